// rtcerr - explain, scan, list, document and check the platform's error codes.
//
//   rtcerr explain 605030046 stream_data_timeout 'code=606000006,'
//   rtcerr scan service.log                          (each line, its codes annotated)
//   rtcerr list --domain gateway --format json       (table, json, markdown, csv)
//   rtcerr export                                    (everything, as one versioned JSON document)
//   rtcerr docs > docs/error-codes.md                (the full reference)
//   rtcerr docs --html site/                         (the same, as a static web site)
//   rtcerr check-doc published/error-codes.md        (a published table vs the catalogue)
//   rtcerr check-lock                                (the installed lock of released codes)
//   rtcerr --version                                 (version and catalogue fingerprint)
//
// Exit statuses are listed in `exit_statuses` below (and printed by --help).
//
// Every subcommand is one row of the table built in main(): a CLI11
// subcommand and the function that runs it once the command line is
// parsed. Adding one is a function that adds it to the app and returns its
// row (see add_explain), or a class of its own (generate_command), plus one
// line in that table. All argument handling is CLI11's.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue_export.hpp"
#include "catalogue_lock.hpp"
#include "code_finder.hpp"
#include "code_parser.hpp"
#include "doc_site.hpp"
#include "doc_table.hpp"
#include "generate_command.hpp"
#include "install_paths.hpp"
#include "registry_export.hpp"
#include "rtcerr/fingerprint.hpp"
#include "rtcerr/version.hpp"
#include "scan.hpp"
#include "text_file.hpp"

namespace {

using rtcerr::cli::visible;

constexpr int exit_ok = 0;
constexpr int exit_not_found = 1;
constexpr int exit_usage = 2;
constexpr int exit_internal = 3;  // e.g. out of memory, or stdout closed

constexpr std::string_view exit_statuses =
    "Exit status:\n"
    "  0  success\n"
    "  1  explain: a code is unknown or no code has that name;\n"
    "     check-doc, check-lock: the document or lock disagrees with the catalogue\n"
    "  2  bad usage, an argument that is neither a code, a name nor a log fragment with one,\n"
    "     or an unreadable file (a message on stderr)\n"
    "  3  internal failure (out of memory, output closed)\n";

constexpr std::string_view examples =
    "Examples:\n"
    "  rtcerr explain 605030046                 a code from a log\n"
    "  rtcerr explain STREAM_DATA_TIMEOUT       a name, any case\n"
    "  rtcerr explain 'code=606000001,'         a log fragment: the code in it\n"
    "  rtcerr scan service.log                  every line, its codes annotated\n"
    "  tail -f service.log | rtcerr scan        the same, as the log grows\n"
    "  rtcerr list --domain gateway --format json\n"
    "  rtcerr check-lock                        the installed catalogue.lock\n";

// One subcommand: whether the command line chose it, and what runs it.
struct subcommand {
  std::function<bool()> chosen;
  std::function<int()> run;
};

subcommand row(CLI::App* command, std::function<int()> run) {
  return {[command] { return command->parsed(); }, std::move(run)};
}

// --- explain ------------------------------------------------------------------

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Explains every argument it can, in order, then reports on stderr the
// arguments it could not use and the codes that are not in the catalogue.
int run_explain(const std::vector<std::string>& arguments) {
  std::vector<std::string> unusable, unknown;
  bool first = true;
  const auto show = [&](rtcerr::error e) {
    std::cout << (first ? "" : "\n") << rtcerr::cli::explain(e);
    first = false;
    if (!e.known()) unknown.push_back(std::to_string(e.value()) + " is not in the catalogue");
  };
  for (const std::string& argument : arguments) {
    rtcerr::cli::parsed_argument parsed = rtcerr::cli::parse_code_argument(argument);
    if (!parsed.problem.empty()) {
      // A name in capitals (STREAM_DATA_TIMEOUT, as in constants and logs)?
      if (const std::string lowered = ascii_lower(argument); lowered != argument) {
        rtcerr::cli::parsed_argument as_name = rtcerr::cli::parse_code_argument(lowered);
        if (as_name.problem.empty() && !as_name.is_number) parsed = std::move(as_name);
      }
    }
    if (!parsed.problem.empty()) {
      // A log fragment with codes in it: "code=605030046,", "[605030046]".
      const std::vector<rtcerr::error> found = rtcerr::cli::codes_in_fragment(argument);
      if (found.empty()) unusable.push_back(parsed.problem);
      for (const rtcerr::error e : found) show(e);
      continue;
    }
    if (parsed.codes.empty()) {
      std::string message = "no code is named " + rtcerr::cli::quoted(visible(argument, 60));
      const std::vector<std::string_view> near =
          rtcerr::cli::nearest_names(ascii_lower(argument.substr(argument.find('.') + 1)));
      for (std::size_t i = 0; i < near.size(); ++i)
        message.append(i == 0                 ? "; did you mean "
                       : i + 1 == near.size() ? " or "
                                              : ", ")
            .append(near[i]);
      unknown.push_back(message + (near.empty() ? "" : "?"));
      continue;
    }
    for (const rtcerr::error e : parsed.codes) show(e);
  }
  for (const std::string& message : unknown) std::cerr << "rtcerr explain: " << message << "\n";
  for (const std::string& message : unusable) std::cerr << "rtcerr explain: " << message << "\n";
  if (!unusable.empty()) return exit_usage;
  return unknown.empty() ? exit_ok : exit_not_found;
}

subcommand add_explain(CLI::App& app) {
  auto arguments = std::make_shared<std::vector<std::string>>();
  CLI::App* command = app.add_subcommand(
      "explain", "Explain codes given by number, by name (any case) or inside a log fragment");
  command
      ->add_option("code", *arguments,
                   "605030046, stream_data_timeout, recording.stream_data_timeout or "
                   "'code=605030046,'")
      ->required();
  return row(command, [arguments] { return run_explain(*arguments); });
}

// --- scan ---------------------------------------------------------------------

subcommand add_scan(CLI::App& app) {
  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* command = app.add_subcommand(
      "scan", "Print each line of logs with the error codes in it annotated (stdin by default)");
  command->add_option("file", *files, "Log files to read; - or none for standard input");
  return row(command, [files] {
    std::string problems;
    const int status = rtcerr::cli::scan_files(*files, std::cout, problems);
    std::cerr << problems;
    return status;
  });
}

// --- list ---------------------------------------------------------------------

// The list formats: one table, from which the option's check and help come.
struct list_format {
  std::string_view name;
  std::string (*write)(const std::vector<rtcerr::error>&);
};
constexpr list_format list_formats[] = {{"table", rtcerr::cli::format_table},
                                        {"json", rtcerr::cli::format_json},
                                        {"markdown", rtcerr::cli::format_markdown},
                                        {"csv", rtcerr::cli::format_csv}};

int run_list(const std::string& domain, const std::string& format) {
  std::vector<rtcerr::error> codes;
  if (domain.empty()) {
    codes = rtcerr::cli::catalogue_codes();
  } else {
    const rtcerr::domain_id id = rtcerr::cli::parse_domain(domain);
    if (id == rtcerr::domain_id::unknown) {
      std::cerr << "rtcerr list: " << rtcerr::cli::quoted(visible(domain, 60))
                << " is not a domain (" << rtcerr::cli::domain_names() << ")\n";
      return exit_usage;
    }
    codes = rtcerr::cli::catalogue_codes(id);
  }
  for (const list_format& f : list_formats)
    if (f.name == format) std::cout << f.write(codes);
  return exit_ok;
}

subcommand add_list(CLI::App& app) {
  auto domain = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>(list_formats[0].name);
  std::vector<std::string> names;
  for (const list_format& f : list_formats) names.emplace_back(f.name);
  CLI::App* command = app.add_subcommand("list", "List the catalogue");
  command->add_option("--domain", *domain, "Only this domain: " + rtcerr::cli::domain_names());
  command->add_option("--format", *format, "One of: " + CLI::detail::join(names, ", "))
      ->check(CLI::IsMember(names));
  return row(command, [domain, format] { return run_list(*domain, *format); });
}

// --- export -------------------------------------------------------------------

subcommand add_export(CLI::App& app) {
  CLI::App* command = app.add_subcommand(
      "export",
      "Print the whole catalogue as one versioned JSON document: codes with their gRPC code, "
      "domains with their ranges, unknown-code defaults and retired numbers, the fingerprint "
      "(share/rtcerr/export.schema.json)");
  return row(command, [] {
    std::cout << rtcerr::cli::format_export(rtcerr::cli::registry_model());
    return exit_ok;
  });
}

// --- docs, check-doc, check-lock ------------------------------------------------

subcommand add_docs(CLI::App& app) {
  auto site = std::make_shared<std::string>();
  CLI::App* command =
      app.add_subcommand("docs", "Print the full reference (the source of docs/error-codes.md)");
  // Counted rather than tested for emptiness, so that `--html ""` is refused
  // instead of printing Markdown.
  const CLI::Option* html =
      command->add_option("--html", *site,
                          "Instead, write the reference as a static web site into this "
                          "directory (index.html, codes/<number>.html)");
  return row(command, [site, html] {
    if (html->count() > 0) return rtcerr::cli::run_docs_html(*site, std::cerr);
    std::cout << rtcerr::cli::reference_document();
    return exit_ok;
  });
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

subcommand add_check_doc(CLI::App& app) {
  auto path = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand(
      "check-doc", "Compare a published error table (| 错误码 | 释义 | 备注 |) with the catalogue");
  command->add_option("file", *path, "A Markdown document")->required();
  return row(command, [path] { return run_check(*path, rtcerr::cli::check_doc_file); });
}

subcommand add_check_lock(CLI::App& app, const char* argv0) {
  auto path = std::make_shared<std::string>();
  CLI::App* command =
      app.add_subcommand("check-lock", "Check that the catalogue honours a lock of released codes");
  command->add_option("file", *path,
                      "A lock file; by default the installed one, " +
                          std::string(rtcerr::cli::installed_data_hint) + "/catalogue.lock");
  return row(command, [path, argv0] {
    if (path->empty()) {
      const std::optional<std::string> installed =
          rtcerr::cli::find_installed_data("catalogue.lock", argv0);
      if (!installed) {
        std::cerr << "rtcerr check-lock: no lock file given, and none installed beside this "
                     "program ("
                  << rtcerr::cli::installed_data_hint << "/catalogue.lock)\n";
        return exit_usage;
      }
      *path = *installed;
    }
    return run_check(*path, rtcerr::cli::check_lock_file);
  });
}

// --- help ---------------------------------------------------------------------

subcommand add_help(CLI::App& app) {
  auto topic = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("help", "Show this help, or a subcommand's");
  command->add_option("subcommand", *topic, "The subcommand to describe");
  return row(command, [&app, topic] {
    if (topic->empty()) {
      // app.help() would describe the chosen subcommand, help itself.
      std::cout << app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal);
      return exit_ok;
    }
    const std::vector<CLI::App*> named =
        app.get_subcommands([&](CLI::App* s) { return s->get_name() == *topic; });
    if (named.empty()) {
      std::cerr << "rtcerr help: no subcommand is named "
                << rtcerr::cli::quoted(visible(*topic, 60)) << "\n";
      return exit_usage;
    }
    std::cout << named.front()->help();
    return exit_ok;
  });
}

// CLI11 reports some mistakes by their consequence ("A subcommand is
// required" for `rtcerr frobnicate`, "code is required" for `rtcerr explain
// --bogus`). When the words CLI11 could not place explain it better, this
// names them, from CLI11's own record of what it left unparsed.
std::string unparsed_word(const CLI::App& app) {
  const CLI::App* chosen = nullptr;
  for (const CLI::App* s : app.get_subcommands()) chosen = s;
  const auto is_option = [](const std::string& word) { return word.size() > 1 && word[0] == '-'; };
  const std::vector<std::string> top = app.remaining();
  if (!top.empty() && is_option(top.front()))
    return "unknown option " + rtcerr::cli::quoted(visible(top.front(), 60)) +
           " (options follow the subcommand)";
  if (chosen != nullptr) {
    const std::vector<std::string> left = chosen->remaining();
    if (left.empty() || !is_option(left.front())) return {};
    return "unknown option " + rtcerr::cli::quoted(visible(left.front(), 60)) + " for " +
           chosen->get_name();
  }
  if (top.empty()) return {};
  const std::string& word = top.front();
  std::string names;
  for (const CLI::App* s : app.get_subcommands([](const CLI::App*) { return true; }))
    names.append(names.empty() ? "" : ", ").append(s->get_name());
  return "unknown subcommand " + rtcerr::cli::quoted(visible(word, 60)) + "; expected one of " +
         names;
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
  std::ios::sync_with_stdio(false);
  CLI::App app{"rtcerr: explain, scan, list, document and check the RTC platform's error codes"};
  app.require_subcommand(1);
  app.set_version_flag("--version", version_text(),
                       "Print the version and the catalogue's fingerprint, then exit");
  app.footer(std::string(examples) + "\n" + std::string(exit_statuses));

  std::vector<subcommand> subcommands;
  subcommands.push_back(add_explain(app));
  subcommands.push_back(add_scan(app));
  subcommands.push_back(add_list(app));
  subcommands.push_back(add_export(app));
  subcommands.push_back(add_docs(app));
  subcommands.push_back(add_check_doc(app));
  subcommands.push_back(add_check_lock(app, argc > 0 ? argv[0] : "rtcerr"));
  const rtcerr::cli::generate_command generate{app};
  subcommands.push_back({[&generate] { return generate.parsed(); },
                         [&generate] { return generate.run(std::cout, std::cerr); }});
  subcommands.push_back(add_help(app));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (const std::string word = unparsed_word(app); !word.empty()) {
      std::cerr << "rtcerr: " << word << "\nRun with --help for more information.\n";
      return exit_usage;
    }
    const int code = app.exit(e);  // prints help to stdout, or the problem to stderr
    return code == 0 ? exit_ok : exit_usage;
  }

  try {
    int status = exit_ok;
    for (const subcommand& s : subcommands)
      if (s.chosen()) status = s.run();
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
