#include "catalogue_export.hpp"
#include "text_file.hpp"

#include <cstddef>
#include <string_view>

namespace rtcerr::cli {
namespace {

std::string padded(std::string_view text, std::size_t width) {
  std::string out(text);
  if (out.size() < width) out.append(width - out.size(), ' ');
  return out;
}

std::string_view domain_or(rtcerr::error e, std::string_view none) {
  return e.domain() == domain_id::unknown ? none : e.domain_name();
}

std::string http_or(rtcerr::error e, std::string_view none) {
  return e.http_status() == 0 ? std::string(none) : std::to_string(e.http_status());
}

std::string md_row(const std::vector<std::string>& cells) {
  std::string out = "|";
  for (const std::string& cell : cells) out += cell.empty() ? " |" : " " + cell + " |";
  return out + "\n";
}

std::string range_of(const domain_info& d) {
  return std::to_string(d.first) + " – " + std::to_string(d.last);
}

// A Markdown link to the domain's section: [engine](#engine).
std::string domain_link(std::string_view name) {
  std::string link = "[";
  link.append(name).append("](#").append(name).append(")");
  return link;
}

// "UNAVAILABLE (14)".
std::string grpc_cell(grpc_code g) {
  return std::string(to_string(g)) + " (" + std::to_string(grpc_number(g)) + ")";
}

// The HTTP status, with a mark when it is the domain list's own rather than
// the one its condition (or gRPC override) gives.
std::string http_cell(const code_info& c) {
  code_info derived = c;
  derived.http_status = 0;
  const bool own = c.http_status != 0 && c.http_status != http_status_of(derived);
  return std::to_string(http_status_of(c)) + (own ? " (listed)" : "");
}

std::string retry_after_cell(retry_advice advice) {
  if (advice.reauthenticate()) return "re-authenticate";
  if (advice.retry_after_seconds > 0) return std::to_string(advice.retry_after_seconds) + " s";
  return "";
}

// The mapping rules, as a table derived from the same constexpr tables the
// library answers from (rtcerr/core/status_mapping.hpp).
std::string services_section() {
  std::string out =
      "What a service answers for a code (`e.grpc_code()`, `e.http_status()`,\n"
      "`rtcerr::retry_advice_for(e)`), derived from its condition unless its line in\n"
      "include/rtcerr/domains/ says otherwise; every code's values are in its domain's\n"
      "table below. The gateway's HTTP statuses are the published ones. A value that is not\n"
      "a listed code maps to UNKNOWN (2), has no HTTP status of its own (servers answer\n"
      "500) and is never retried.\n"
      "\n"
      "**Retry-After** is the suggested delay in seconds for `backoff` codes (the\n"
      "`Retry-After` header, RetryInfo in gRPC); `refresh_credentials` codes ask the\n"
      "client to re-authenticate first; `never` codes are not retried. A code answering\n"
      "INTERNAL backs off only when its line says `safe_to_retry`. The HTTP status is the\n"
      "one code.proto gives the gRPC code, except where the condition's meaning calls for\n"
      "another (see docs/services.md for each code's reasons).\n"
      "\n";
  out += md_row({"condition", "gRPC", "HTTP", "Retry-After (backoff codes)"});
  out += "|---|---|---:|---|\n";
  for (const condition_status& row : condition_statuses)
    out += md_row(
        {std::string(to_string(row.condition)), grpc_cell(row.grpc), std::to_string(row.http),
         row.condition == condition::success ? std::string()
                                             : std::to_string(row.retry_after_seconds) + " s"});
  out += "\ngRPC to HTTP, as googleapis' google/rpc/code.proto gives it:\n\n";
  out += md_row({"gRPC", "HTTP"});
  out += "|---|---:|\n";
  for (int n = 0; n < grpc_code_count; ++n) {
    const auto g = static_cast<grpc_code>(n);
    out += md_row({grpc_cell(g), std::to_string(http_status_of(g))});
  }
  return out;
}

}  // namespace

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n')
      out += "<br>";
    else if (c != '\r')
      out += c;
  }
  return out;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::vector<rtcerr::error> catalogue_codes() {
  std::vector<rtcerr::error> out{rtcerr::error{}};
  for (const domain_info& d : registry::domains)
    for (const code_info& c : d.codes) out.push_back(rtcerr::error::from_wire(c.value));
  return out;
}

std::vector<rtcerr::error> catalogue_codes(rtcerr::domain_id domain) {
  std::vector<rtcerr::error> out;
  if (domain == domain_id::unknown) return out;
  for (const code_info& c : registry::domains[static_cast<std::size_t>(domain)].codes)
    out.push_back(rtcerr::error::from_wire(c.value));
  return out;
}

nlohmann::ordered_json to_json(rtcerr::error e) {
  nlohmann::ordered_json j;
  // "unknown" for 0, as domain_name(), the {:j} writer and every binding say.
  j["domain"] = e.domain_name();
  j["code"] = e.value();
  j["name"] = e.name();
  j["message_zh"] = e.message(lang::zh);
  j["message_en"] = e.message(lang::en);
  j["hint_zh"] = e.hint(lang::zh);
  j["hint_en"] = e.hint(lang::en);
  j["condition"] = to_string(e.condition());
  j["retry"] = to_string(e.retry());
  j["http_status"] = e.http_status() == 0 ? nlohmann::ordered_json(nullptr)
                                          : nlohmann::ordered_json(e.http_status());
  return j;
}

std::string explain(rtcerr::error e) { return explain_error(e); }

std::string format_table(const std::vector<rtcerr::error>& codes) {
  std::string out = padded("code", 11) + padded("domain", 11) + padded("name", 44) +
                    padded("condition", 23) + padded("retry", 21) + padded("http", 6) + "message\n";
  for (const rtcerr::error& e : codes) {
    out += padded(std::to_string(e.value()), 11) + padded(domain_or(e, "-"), 11) +
           padded(e.name(), 44) + padded(to_string(e.condition()), 23) +
           padded(to_string(e.retry()), 21) + padded(http_or(e, "-"), 6) +
           std::string(e.message(lang::zh)) + " / " + std::string(e.message(lang::en)) + "\n";
  }
  return out;
}

std::string format_json(const std::vector<rtcerr::error>& codes) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const rtcerr::error& e : codes) array.push_back(to_json(e));
  return array.dump(2) + "\n";
}

std::string format_markdown(const std::vector<rtcerr::error>& codes) {
  std::string out = md_row(
      {"code", "domain", "name", "释义", "message", "备注", "hint", "condition", "retry", "HTTP"});
  out += "|---:|---|---|---|---|---|---|---|---|---:|\n";
  for (const rtcerr::error& e : codes) {
    out += md_row({std::to_string(e.value()), std::string(domain_or(e, "")), quoted(e.name(), '`'),
                   markdown_cell(e.message(lang::zh)), markdown_cell(e.message(lang::en)),
                   markdown_cell(e.hint(lang::zh)), markdown_cell(e.hint(lang::en)),
                   std::string(to_string(e.condition())), std::string(to_string(e.retry())),
                   http_or(e, "")});
  }
  return out;
}

std::string format_csv(const std::vector<rtcerr::error>& codes) {
  std::string out =
      "domain,code,name,message_zh,message_en,hint_zh,hint_en,condition,retry,http_status\r\n";
  for (const rtcerr::error& e : codes) {
    out += csv_field(domain_or(e, "")) + "," + std::to_string(e.value()) + "," +
           csv_field(e.name()) + "," + csv_field(e.message(lang::zh)) + "," +
           csv_field(e.message(lang::en)) + "," + csv_field(e.hint(lang::zh)) + "," +
           csv_field(e.hint(lang::en)) + "," + csv_field(to_string(e.condition())) + "," +
           csv_field(to_string(e.retry())) + "," + http_or(e, "") + "\r\n";
  }
  return out;
}

std::string reference_document() {
  std::string out =
      "# Error code reference\n"
      "\n"
      "<!-- Generated by `rtcerr docs` from include/rtcerr/domains/. Do not edit: regenerate\n"
      "     with `rtcerr docs > docs/error-codes.md`. A test fails when this file and the\n"
      "     catalogue disagree. -->\n"
      "\n"
      "Every code of the platform's catalogue. Columns:\n"
      "\n"
      "- **释义** and **备注**: the published Chinese message and hint, as in the platform's\n"
      "  error table; **message** and **hint**: the English ones.\n"
      "- **condition**: the generic `rtcerr::condition`, shared across domains; branch on it\n"
      "  rather than on individual codes.\n"
      "- **retry**: the `rtcerr::retry` policy: `never` (fix the request), `backoff`\n"
      "  (transient: retry later, with backoff), `refresh_credentials` (obtain a new token or\n"
      "  log in again, then retry).\n"
      "- **gRPC**, **HTTP** and **Retry-After**: what a service answers (see\n"
      "  [Services](#services-grpc-http-and-retry) below and docs/services.md).\n"
      "\n"
      "A value inside a domain's range that is not listed (a newer peer's code, a gap) is an\n"
      "unknown code of that domain; a value outside every range has no domain. Retired codes\n"
      "are listed under their domain: their numbers are never reused.\n"
      "\n"
      "## Domains\n"
      "\n"
      "| domain | owned range | codes | retired |\n"
      "|---|---|---:|---:|\n";
  for (const domain_info& d : registry::domains)
    out += md_row({domain_link(d.name), range_of(d), std::to_string(d.codes.size()),
                   std::to_string(d.retired.size())});

  out += "\n## success\n\n0 is the one success code; it belongs to no domain.\n\n";
  out += md_row({"code", "name", "释义", "message"});
  out += "|---:|---|---|---|\n";
  out += md_row({"0", quoted(success_code.name, '`'), markdown_cell(success_code.message_zh),
                 markdown_cell(success_code.message_en)});

  out += "\n## Services: gRPC, HTTP and retry\n\n" + services_section();

  for (const domain_info& d : registry::domains) {
    out += "\n## " + std::string(d.name) + "\n\nOwns " + range_of(d) + ".\n\n";
    out += md_row({"code", "name", "释义", "备注", "message", "hint", "condition", "retry", "gRPC",
                   "HTTP", "Retry-After"});
    out += "|---:|---|---|---|---|---|---|---|---|---:|---|\n";
    for (const code_info& c : d.codes) {
      out += md_row({std::to_string(c.value), quoted(c.name, '`'), markdown_cell(c.message_zh),
                     markdown_cell(c.hint_zh), markdown_cell(c.message_en),
                     markdown_cell(c.hint_en), std::string(to_string(c.condition)),
                     std::string(to_string(c.retry)), grpc_cell(grpc_code_of(c)), http_cell(c),
                     retry_after_cell(retry_advice_of(c.retry, c.condition))});
    }
    if (!d.retired.empty()) {
      out += "\nRetired (never reused):\n\n";
      out += md_row({"code", "name"});
      out += "|---:|---|\n";
      for (const retired_code& r : d.retired)
        out += md_row({std::to_string(r.value), quoted(r.name, '`')});
    }
  }
  return out;
}

}  // namespace rtcerr::cli
