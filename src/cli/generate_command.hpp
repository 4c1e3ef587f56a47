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
  // Adds `generate --lang L --out DIR [--package P] [--namespace N]
  // [--prefix X] [--version V]` to `app`. The languages and their defaults
  // come from the generator table, so the help text and the table cannot
  // disagree.
  explicit generate_command(CLI::App& app) {
    std::string names, packages, namespaces;
    for (const language_generator& g : language_generators()) {
      names += (names.empty() ? "" : ", ") + std::string(g.name);
      if (!g.default_package.empty())
        packages += "\n  " + std::string(g.name) + ": " + std::string(g.default_package);
      if (!g.default_namespace.empty())
        namespaces += "\n  " + std::string(g.name) + ": " + std::string(g.default_namespace);
    }
    command_ = app.add_subcommand(
        "generate", "Write the catalogue as a package for another SDK language (docs/bindings.md)");
    command_->add_option("--lang", language_, "One of: " + names)->required();
    command_
        ->add_option("--out", out_dir_,
                     "Directory to write the package into (created), or - to print the source "
                     "file alone")
        ->required();
    command_->add_option("--package", options_.package,
                         "The package: npm name, Maven groupId:artifactId, Go module path, "
                         "Python distribution, NuGet id, SwiftPM or pub package, proto "
                         "go_package. Defaults:" +
                             packages);
    command_->add_option("--namespace", options_.name_space,
                         "Where the code lives: Java/Kotlin package, C# namespace, Python import "
                         "package, Go package name, proto package. Defaults:" +
                             namespaces);
    prefix_ =
        command_->add_option("--prefix", prefix_text_,
                             "Type-name prefix for Java, Kotlin, Swift, Dart and C# (default " +
                                 std::string(default_type_prefix) + "; \"\" for none)");
    command_->add_option("--version", options_.version,
                         "The package's version (default: the catalogue's version)");
  }
  // Bound to this object's members: neither copied nor moved.
  generate_command(const generate_command&) = delete;
  generate_command& operator=(const generate_command&) = delete;

  bool parsed() const { return command_->parsed(); }

  // The exit status: 0, or 2 with a message on `err` (see run_generate).
  int run(std::ostream& out, std::ostream& err) const { return run(registry_model(), out, err); }
  // The same for `model`, any registry's (model_of.hpp).
  int run(const catalogue_model& model, std::ostream& out, std::ostream& err) const {
    generate_options options = options_;
    if (prefix_->count() > 0) options.prefix = prefix_text_;  // "" is a choice: no prefix
    return run_generate(model, language_, out_dir_, options, out, err);
  }

 private:
  CLI::App* command_ = nullptr;
  CLI::Option* prefix_ = nullptr;
  std::string language_, out_dir_, prefix_text_;
  generate_options options_;
};

}  // namespace rtcerr::cli
