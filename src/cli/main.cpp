// rtcerr - explain, list, document and check the platform's error codes.
//
//   rtcerr explain 605030046 token_expired
//   rtcerr list --domain gateway --format json      (table, json, markdown, csv)
//   rtcerr docs > docs/error-codes.md                (the full reference)
//   rtcerr check-doc published/error-codes.md        (a published table vs the catalogue)
//   rtcerr check-lock tests/data/catalogue.lock      (the wire contract)
//
// Exit status: 0 success; 1 a code was not found or is not in the catalogue
// (explain), or the document or lock disagrees with the catalogue (check-doc,
// check-lock); 2 bad usage or unreadable input, with a message on stderr;
// 3 an internal failure.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue_export.hpp"
#include "catalogue_lock.hpp"
#include "code_parser.hpp"
#include "doc_table.hpp"
#include "generate_command.hpp"
#include "rtcerr/fingerprint.hpp"
#include "rtcerr/version.hpp"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_not_found = 1;
constexpr int exit_usage = 2;
constexpr int exit_internal = 3;  // e.g. out of memory, or stdout closed

int run_explain(const std::vector<std::string>& arguments) {
  int status = exit_ok;
  bool first = true;
  for (const std::string& argument : arguments) {
    const rtcerr::cli::parsed_argument parsed = rtcerr::cli::parse_code_argument(argument);
    if (!parsed.problem.empty()) {
      std::cerr << "rtcerr explain: " << parsed.problem << "\n";
      return exit_usage;
    }
    if (parsed.codes.empty()) {
      std::cerr << "rtcerr explain: no code is named '" << rtcerr::cli::printable(argument)
                << "'\n";
      status = exit_not_found;
      continue;
    }
    for (const rtcerr::error e : parsed.codes) {
      std::cout << (first ? "" : "\n") << rtcerr::cli::explain(e);
      first = false;
      if (!e.known()) status = exit_not_found;
    }
  }
  return status;
}

int run_list(const std::string& domain, const std::string& format) {
  std::vector<rtcerr::error> codes;
  if (domain.empty()) {
    codes = rtcerr::cli::catalogue_codes();
  } else {
    const rtcerr::domain_id id = rtcerr::cli::parse_domain(domain);
    if (id == rtcerr::domain_id::unknown) {
      std::cerr << "rtcerr list: '" << rtcerr::cli::printable(domain)
                << "' is not a domain (engine, session, recording, gateway)\n";
      return exit_usage;
    }
    codes = rtcerr::cli::catalogue_codes(id);
  }
  if (format == "json")
    std::cout << rtcerr::cli::format_json(codes);
  else if (format == "markdown")
    std::cout << rtcerr::cli::format_markdown(codes);
  else if (format == "csv")
    std::cout << rtcerr::cli::format_csv(codes);
  else
    std::cout << rtcerr::cli::format_table(codes);
  return exit_ok;
}

// Runs a check that produces a report and read errors, and prints both.
template <class Check>
int run_check(const std::string& path, Check check) {
  std::string out, err;
  const int status = check(path, rtcerr::registry::domains, out, err);
  std::cout << out;
  std::cerr << err;
  return status;
}

// CLI11 reports an unknown subcommand, or an unknown option before a
// required argument, as "A subcommand is required" or "code is required".
// This names the offending word instead; empty when there is none.
std::string unknown_word(CLI::App& app, int argc, char** argv) {
  using rtcerr::cli::printable;
  CLI::App* subcommand = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;  // everything after is an argument
    if (arg == "-h" || arg == "--help" || arg == "--version") continue;
    // "-5" is a (negative) code, not an option.
    const bool option = arg.size() > 1 && arg[0] == '-' && !(arg[1] >= '0' && arg[1] <= '9');
    if (subcommand == nullptr) {
      if (option) return "unknown option '" + printable(arg) + "' (options follow the subcommand)";
      const std::vector<CLI::App*> named =
          app.get_subcommands([arg](CLI::App* s) { return s->get_name() == arg; });
      subcommand = named.empty() ? nullptr : named.front();
      if (subcommand == nullptr)
        return "unknown subcommand '" + printable(arg) +
               "'; expected explain, list, docs, check-doc or check-lock";
    } else if (option && subcommand->get_option_no_throw(
                             std::string(arg.substr(0, arg.find('=')))) == nullptr) {
      return "unknown option '" + printable(arg) + "' for " + subcommand->get_name();
    }
  }
  return {};
}

// "rtcerr 0.1.0 (catalogue: 80 codes, fingerprint 0123456789abcdef)": the
// project version and the data the tool was built with.
std::string version_text() {
  std::size_t codes = 0;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) codes += d.codes.size();
  return "rtcerr " RTCERR_VERSION_STRING " (catalogue: " + std::to_string(codes) +
         " codes, fingerprint " + std::string(rtcerr::catalogue_fingerprint_hex) + ")";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"rtcerr: explain, list, document and check the RTC platform's error codes"};
  app.require_subcommand(1);
  app.set_version_flag("--version", version_text(),
                       "Print the version and the catalogue's fingerprint, then exit");

  std::vector<std::string> explain_arguments;
  CLI::App* explain = app.add_subcommand("explain", "Explain codes, given by number or name");
  explain->add_option("code", explain_arguments, "A code (605030046) or a name (token_expired)")
      ->required();

  std::string list_domain, list_format = "table";
  CLI::App* list = app.add_subcommand("list", "List the catalogue");
  list->add_option("--domain", list_domain,
                   "Only this domain: engine, session, recording, gateway");
  list->add_option("--format", list_format, "table, json, markdown or csv")
      ->check(CLI::IsMember({"table", "json", "markdown", "csv"}));

  CLI::App* docs =
      app.add_subcommand("docs", "Print the full reference (the source of docs/error-codes.md)");

  std::string doc_path;
  CLI::App* check_doc = app.add_subcommand(
      "check-doc", "Compare a published error table (| 错误码 | 释义 | 备注 |) with the catalogue");
  check_doc->add_option("file", doc_path, "A Markdown document")->required();

  std::string lock_path;
  CLI::App* check_lock =
      app.add_subcommand("check-lock", "Check that the catalogue honours a lock of released codes");
  check_lock->add_option("file", lock_path, "A lock file, e.g. tests/data/catalogue.lock")
      ->required();

  const rtcerr::cli::generate_command generate{app};

  if (const std::string problem = unknown_word(app, argc, argv); !problem.empty()) {
    std::cerr << "rtcerr: " << problem << "\nRun with --help for more information.\n";
    return exit_usage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // prints help to stdout, or the problem to stderr
    return code == 0 ? exit_ok : exit_usage;
  }

  try {
    int status = exit_ok;
    if (explain->parsed())
      status = run_explain(explain_arguments);
    else if (list->parsed())
      status = run_list(list_domain, list_format);
    else if (docs->parsed())
      std::cout << rtcerr::cli::reference_document();
    else if (check_doc->parsed())
      status = run_check(doc_path, rtcerr::cli::check_doc_file);
    else if (check_lock->parsed())
      status = run_check(lock_path, rtcerr::cli::check_lock_file);
    else if (generate.parsed())
      status = generate.run(std::cout, std::cerr);
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "rtcerr: cannot write the output\n";
      return exit_internal;
    }
    return status;
  } catch (const std::exception& e) {
    std::cerr << "rtcerr: internal error: " << e.what() << "\n";
    return exit_internal;
  }
}
