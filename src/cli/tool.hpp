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
//   scan [FILE...]           logs with the registry's codes annotated (scan.hpp)
//   list [--domain D] [--format table|json]
//   export                   the versioned document (registry_export.hpp)
//   generate --lang L --out DIR [--package P] [--namespace N] [--prefix X] [--version V]
//   docs --html DIR          the reference site
//   check-doc FILE.md        a published table (| 错误码 | 释义 | 备注 |) vs the registry
//   check-lock FILE          a lock of released codes (DOMAIN CODE NAME lines) vs the registry
//   help [SUBCOMMAND]
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "generate.hpp"
#include "model_of.hpp"
#include "scan.hpp"

namespace rtcerr::cli {

struct tool_catalogue {
  std::string program;               // the tool's name, in its help and messages
  catalogue_model model;             // model_of<Registry>()
  std::vector<domain_info> domains;  // Registry::domains (the site's retired pages, the checks)
  scan_registry scan;                // what scan annotates, from the registry's error type
};

template <class Registry>
tool_catalogue tool_catalogue_of(std::string program,
                                 std::string_view version = RTCERR_VERSION_STRING) {
  using error_type = basic_error<Registry>;
  scan_registry scan{
      [](std::int64_t value) { return Registry::domain_index(value) < Registry::domain_count; },
      [](std::int64_t value) {
        const error_type e = error_type::from_wire(static_cast<std::int32_t>(value));
        return std::string(e.domain_name()) + "." + std::string(e.name()) + ": " +
               std::string(e.message(lang::en));
      },
      program};
  return {std::move(program), model_of<Registry>(version),
          std::vector<domain_info>(Registry::domains.begin(), Registry::domains.end()),
          std::move(scan)};
}

// One code, or an unlisted value, explained from the model, as `explain` prints it.
std::string explain_in_model(const catalogue_model& model, std::int64_t value);

// The tool's main: parses the command line, runs the subcommand, returns
// the exit status (0; 1 for an unknown code; 2 for bad usage; 3 internal).
int run_tool(int argc, char** argv, const tool_catalogue& catalogue);

}  // namespace rtcerr::cli
