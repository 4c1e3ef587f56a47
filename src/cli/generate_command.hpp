// The `generate` subcommand's CLI11 wiring, kept beside its generators so
// that main.cpp needs one declaration and one dispatch line:
//
//   rtcerr::cli::generate_command generate{app};
//   ...
//   else if (generate.parsed()) status = generate.run(std::cout, std::cerr);
#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>

#include "generate.hpp"

namespace rtcerr::cli {

class generate_command {
 public:
  // Adds `generate --lang L --out DIR` to `app`. The languages come from
  // the generator table, so the help text and the table cannot disagree.
  explicit generate_command(CLI::App& app) {
    std::string names;
    for (const language_generator& g : language_generators())
      names += (names.empty() ? "" : ", ") + std::string(g.name);
    command_ = app.add_subcommand("generate",
                                  "Write the catalogue as source code for another SDK language");
    command_->add_option("--lang", language_, "One of: " + names)->required();
    command_->add_option("--out", out_dir_, "Directory to write into (created), or - for stdout")
        ->required();
  }
  // Bound to this object's members: neither copied nor moved.
  generate_command(const generate_command&) = delete;
  generate_command& operator=(const generate_command&) = delete;

  bool parsed() const { return command_->parsed(); }

  // The exit status: 0, or 2 with a message on `err` (see run_generate).
  int run(std::ostream& out, std::ostream& err) const {
    return run_generate(language_, out_dir_, out, err);
  }

 private:
  CLI::App* command_ = nullptr;
  std::string language_, out_dir_;
};

}  // namespace rtcerr::cli
