#include "tool.hpp"

#include <CLI/CLI.hpp>
#include <charconv>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "catalogue_lock.hpp"
#include "doc_site.hpp"
#include "doc_table.hpp"
#include "generate_command.hpp"
#include "registry_export.hpp"

namespace rtcerr::cli {

namespace {

constexpr int exit_ok = 0;
constexpr int exit_not_found = 1;
constexpr int exit_usage = 2;
constexpr int exit_internal = 3;

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string or_dash(std::string_view text) { return text.empty() ? "-" : std::string(text); }

const model_code* code_of(const catalogue_model& model, std::int64_t value) {
  for (const model_code& c : model.codes)
    if (c.value == value) return &c;
  return nullptr;
}

const model_domain* domain_of(const catalogue_model& model, std::int64_t value) {
  for (const model_domain& d : model.domains)
    if (d.first <= value && value <= d.last) return &d;
  return nullptr;
}

// The values an argument names: a number, or a name (domain.name, any case).
std::vector<std::int64_t> values_named(const catalogue_model& model, std::string_view argument) {
  std::int64_t number = 0;
  const char* end = argument.data() + argument.size();
  if (const auto [p, ec] = std::from_chars(argument.data(), end, number);
      ec == std::errc{} && p == end)
    return {number};
  const std::string name = lower(argument);
  std::vector<std::int64_t> found;
  for (const model_code& c : model.codes)
    if (c.name == name || (!c.domain.empty() && c.domain + "." + c.name == name))
      found.push_back(c.value);
  return found;
}

}  // namespace

std::string explain_in_model(const catalogue_model& model, std::int64_t value) {
  const model_domain* d = domain_of(model, value);
  std::string out = std::to_string(value) + "  ";
  const auto http = [](int status) {
    return status == 0 ? std::string("-") : std::to_string(status);
  };
  if (const model_code* c = code_of(model, value)) {
    out += (c->domain.empty() ? "" : c->domain + ".") + c->name + "  (known)\n";
    out += "  domain:     " +
           (d != nullptr
                ? d->name + " (" + std::to_string(d->first) + "-" + std::to_string(d->last) + ")"
                : std::string("none")) +
           "\n";
    out += "  message:    " + c->message_zh + "\n              " + c->message_en + "\n";
    out += "  hint:       " + or_dash(c->hint_zh) + "\n              " + or_dash(c->hint_en) + "\n";
    out += "  condition:  " + c->condition + "\n";
    out += "  retry:      " + c->retry + "\n";
    out += "  http:       " + http(c->http_status) + "\n";
    out += "  grpc:       " + std::to_string(c->grpc_code) + "\n";
    return out;
  }
  if (d == nullptr) {
    out += "unknown  (unknown)\n  domain:     none\n";
    out += "  message:    " + model.unknown_message_zh + "\n              " +
           model.unknown_message_en + "\n";
    out += "  condition:  unknown\n  retry:      never\n  http:       -\n";
    out += "  grpc:       " + std::to_string(model.unknown_grpc_code) + "\n";
    return out;
  }
  const model_retired* retired = nullptr;
  for (const model_retired& r : d->retired)
    if (r.value == value) retired = &r;
  model_unknown_default u = d->unknown;
  for (const model_unknown_default& part : d->unknown_ranges)
    if (part.first <= value && value <= part.last) u = part;
  out += d->name + "." + (retired != nullptr ? retired->name : std::string("unknown")) + "  (" +
         (retired != nullptr ? "retired" : "unknown") + ")\n";
  out += "  domain:     " + d->name + " (" + std::to_string(d->first) + "-" +
         std::to_string(d->last) + ")\n";
  if (retired == nullptr)
    out += "  message:    " + d->unknown_message_zh + "\n              " + d->unknown_message_en +
           "\n";
  out += "  condition:  " + u.condition + "  (the domain's default for " + std::to_string(u.first) +
         "-" + std::to_string(u.last) + ")\n";
  out += "  retry:      " + u.retry + "\n";
  out += "  http:       " + http(u.http_status) + "\n";
  out += "  grpc:       " + std::to_string(u.grpc_code) + "\n";
  return out;
}

namespace {

nlohmann::ordered_json list_row(const model_code& c) {
  nlohmann::ordered_json j;
  j["domain"] =
      c.domain.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.domain);
  j["code"] = c.value;
  j["name"] = c.name;
  j["message_zh"] = c.message_zh;
  j["message_en"] = c.message_en;
  j["hint_zh"] = c.hint_zh;
  j["hint_en"] = c.hint_en;
  j["condition"] = c.condition;
  j["retry"] = c.retry;
  j["http_status"] =
      c.http_status != 0 ? nlohmann::ordered_json(c.http_status) : nlohmann::ordered_json(nullptr);
  return j;
}

int run_explain(const tool_catalogue& t, const std::vector<std::string>& arguments) {
  int status = exit_ok;
  bool first = true;
  for (const std::string& argument : arguments) {
    const std::vector<std::int64_t> values = values_named(t.model, argument);
    if (values.empty()) {
      std::cerr << t.program << " explain: no code is named " << argument << "\n";
      status = exit_not_found;
    }
    for (const std::int64_t v : values) {
      std::cout << (first ? "" : "\n") << explain_in_model(t.model, v);
      first = false;
      if (code_of(t.model, v) == nullptr) {
        std::cerr << t.program << " explain: " << v << " is not a code of the registry\n";
        status = exit_not_found;
      }
    }
  }
  return status;
}

int run_list(const tool_catalogue& t, const std::string& domain, const std::string& format) {
  if (!domain.empty()) {
    bool exists = false;
    for (const model_domain& d : t.model.domains) exists = exists || d.name == domain;
    if (!exists) {
      std::cerr << t.program << " list: " << domain << " is not a domain\n";
      return exit_usage;
    }
  }
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const model_code& c : t.model.codes) {
    if (!domain.empty() && c.domain != domain) continue;
    if (format == "json")
      rows.push_back(list_row(c));
    else
      std::cout << c.value << "  " << (c.domain.empty() ? "" : c.domain + ".") << c.name << "  "
                << c.condition << "  " << c.retry << "  " << c.message_en << "\n";
  }
  if (format == "json") std::cout << rows.dump(2) << "\n";
  return exit_ok;
}

// check-doc and check-lock: the check's report on stdout, problems reading
// the file on stderr, each line of those naming the program.
template <class Check>
int run_check(const tool_catalogue& t, const std::string& path, Check check) {
  std::string out, err;
  const int status = check(path, std::span<const domain_info>(t.domains), out, err);
  std::cout << out;
  for (std::size_t start = 0; start < err.size();) {
    std::size_t end = err.find('\n', start);
    end = end == std::string::npos ? err.size() : end + 1;
    const std::string_view line = std::string_view(err).substr(start, end - start);
    // The checks name rtcerr's subcommand; this tool has its own name.
    const std::string_view rtcerr_prefix = "rtcerr ";
    std::cerr << t.program << " "
              << (line.starts_with(rtcerr_prefix) ? line.substr(rtcerr_prefix.size()) : line);
    start = end;
  }
  return status;
}

int run_help(CLI::App& app, const tool_catalogue& t, const std::string& topic) {
  if (topic.empty()) {
    // app.help() would describe the chosen subcommand, help itself.
    std::cout << app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal);
    return exit_ok;
  }
  const std::vector<CLI::App*> named =
      app.get_subcommands([&](CLI::App* s) { return s->get_name() == topic; });
  if (named.empty()) {
    std::cerr << t.program << " help: no subcommand is named " << topic << "\n";
    return exit_usage;
  }
  std::cout << named.front()->help();
  return exit_ok;
}

constexpr std::string_view exit_statuses =
    "Exit status:\n"
    "  0  success\n"
    "  1  explain: a code is unknown or no code has that name;\n"
    "     check-doc, check-lock: the document or lock disagrees with the registry\n"
    "  2  bad usage, or an unreadable file (a message on stderr)\n"
    "  3  internal failure (out of memory, output closed)\n";

}  // namespace

int run_tool(int argc, char** argv, const tool_catalogue& t) {
  std::ios::sync_with_stdio(false);
  CLI::App app{t.program +
               ": explain, scan, list, export, document, check and generate the error codes of " +
               (t.model.domains.empty() ? std::string("this registry") : "the domains " + [&] {
                 std::string names;
                 for (const model_domain& d : t.model.domains)
                   names += (names.empty() ? "" : ", ") + d.name;
                 return names;
               }())};
  app.require_subcommand(1);
  app.set_version_flag("--version", t.program + " " + t.model.version + " (fingerprint " +
                                        t.model.fingerprint +
                                        ", rtcerr " RTCERR_VERSION_STRING ")");

  std::vector<std::string> codes;
  app.footer(std::string(exit_statuses));
  CLI::App* explain = app.add_subcommand("explain", "Explain codes given by number or by name");
  explain->add_option("code", codes, "700001, camera_busy or media.camera_busy")->required();

  std::vector<std::string> logs;
  CLI::App* scan = app.add_subcommand(
      "scan", "Print each line of logs with the error codes in it annotated (stdin by default)");
  scan->add_option("file", logs, "Log files to read; - or none for standard input");

  std::string domain, format = "table";
  CLI::App* list = app.add_subcommand("list", "List the codes");
  list->add_option("--domain", domain, "Only this domain");
  list->add_option("--format", format, "table or json")->check(CLI::IsMember({"table", "json"}));

  CLI::App* exported = app.add_subcommand(
      "export", "Print the whole catalogue as one versioned JSON document (export.schema.json)");

  std::string site;
  CLI::App* docs = app.add_subcommand("docs", "Write the reference as a static web site");
  docs->add_option("--html", site, "The directory to write it into")->required();

  std::string published;
  CLI::App* check_doc = app.add_subcommand(
      "check-doc", "Compare a published error table (| 错误码 | 释义 | 备注 |) with the codes");
  check_doc->add_option("file", published, "A Markdown document")->required();

  std::string lock;
  CLI::App* check_lock = app.add_subcommand(
      "check-lock",
      "Check that the codes honour a lock of released codes (DOMAIN CODE NAME lines)");
  check_lock->add_option("file", lock, "A lock file")->required();

  const generate_command generate{app};

  std::string topic;
  CLI::App* help = app.add_subcommand("help", "Show this help, or a subcommand's");
  help->add_option("subcommand", topic, "The subcommand to describe");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? exit_ok : exit_usage;
  }
  try {
    int status = exit_ok;
    if (explain->parsed()) status = run_explain(t, codes);
    if (scan->parsed()) {
      std::string problems;
      status = scan_files(logs, std::cout, problems, t.scan);
      std::cerr << problems;
    }
    if (list->parsed()) status = run_list(t, domain, format);
    if (exported->parsed()) std::cout << format_export(t.model);
    if (docs->parsed())
      status = write_files(site, write_site(site_model_of(t.model, t.domains)), t.program + " docs",
                           std::cerr)
                   ? exit_ok
                   : exit_usage;
    if (check_doc->parsed()) status = run_check(t, published, check_doc_file);
    if (check_lock->parsed()) status = run_check(t, lock, check_lock_file);
    if (generate.parsed()) status = generate.run(t.model, std::cout, std::cerr);
    if (help->parsed()) status = run_help(app, t, topic);
    std::cout.flush();
    if (!std::cout) {
      std::cerr << t.program << ": cannot write the output\n";
      return exit_internal;
    }
    return status;
  } catch (const std::exception& e) {
    std::cerr << t.program << ": internal error: " << e.what() << "\n";
    return exit_internal;
  }
}

}  // namespace rtcerr::cli
