// The command-line tool of any registry: what `rtcerr` is for the platform's
// catalogue, for an application's own codes. An application builds it with
// the installed CMake function
//   rtcerr_add_catalogue_tool(acme_errors REGISTRY acme::registry HEADERS acme/errors.hpp
//                             [VERSION 2.3.0])
// which compiles one main() calling run_tool with tool_catalogue_of<acme::registry>()
// and links the installed rtcerr::catalogue_tool library (docs/domains.md).
//
// Its subcommands read only the model (model_of.hpp), so they are the same
// code for every registry:
//   explain CODE...          a number or a name (domain.name, any case): every field,
//                            and for an unlisted value its domain's defaults
//   list [--domain D] [--format table|json]
//   export                   the versioned document (registry_export.hpp)
//   generate --lang L --out DIR [--package P] [--namespace N] [--prefix X] [--version V]
//   docs --html DIR          the reference site
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "generate.hpp"
#include "model_of.hpp"

namespace rtcerr::cli {

struct tool_catalogue {
  std::string program;               // the tool's name, in its help and messages
  catalogue_model model;             // model_of<Registry>()
  std::vector<domain_info> domains;  // Registry::domains (the site's retired pages)
};

template <class Registry>
tool_catalogue tool_catalogue_of(std::string program,
                                 std::string_view version = RTCERR_VERSION_STRING) {
  return {std::move(program), model_of<Registry>(version),
          std::vector<domain_info>(Registry::domains.begin(), Registry::domains.end())};
}

// One code, or an unlisted value, explained from the model, as `explain` prints it.
std::string explain_in_model(const catalogue_model& model, std::int64_t value);

// The tool's main: parses the command line, runs the subcommand, returns
// the exit status (0; 1 for an unknown code; 2 for bad usage; 3 internal).
int run_tool(int argc, char** argv, const tool_catalogue& catalogue);

}  // namespace rtcerr::cli
