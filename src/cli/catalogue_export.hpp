// The catalogue as text: one code explained, a list in several formats, and
// the full reference document (docs/error-codes.md).
//
// Every function here is a pure function of the catalogue (and its argument):
// the same catalogue always gives byte-identical output, which is what lets a
// test compare the committed docs/error-codes.md with a fresh rendering.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "rtcerr/registry.hpp"

namespace rtcerr::cli {

// Every catalogue code in ascending order: success (0) first, then each
// domain's codes. With a domain, only that domain's codes (no 0); none for
// `domain_id::unknown`.
std::vector<rtcerr::error> catalogue_codes();
std::vector<rtcerr::error> catalogue_codes(rtcerr::domain_id domain);

// One code as a JSON object with the keys domain, code, name, message_zh,
// message_en, hint_zh, hint_en, condition, retry, http_status. `domain` and
// `http_status` are null where there is none.
nlohmann::ordered_json to_json(rtcerr::error e);

// All fields of one code, both languages, for a person to read. The first
// line says whether the code is known, retired or unknown. Any value works.
template <class Registry>
std::string explain_error(rtcerr::basic_error<Registry> e);
std::string explain(rtcerr::error e);

// `rtcerr list --format ...`: one line or row per code, in the order given.
std::string format_table(const std::vector<rtcerr::error>& codes);
std::string format_json(const std::vector<rtcerr::error>& codes);
// A GitHub-flavoured Markdown table; `|` in a text is escaped as `\|`.
std::string format_markdown(const std::vector<rtcerr::error>& codes);
// RFC 4180 CSV with a header row (the JSON keys as column names) and CRLF
// line ends. Fields containing a comma, a double quote, CR or LF are quoted,
// with quotes doubled. `domain` and `http_status` are empty where none.
std::string format_csv(const std::vector<rtcerr::error>& codes);

// One field of a CSV record, quoted as RFC 4180 requires: unchanged unless
// it contains a comma, a double quote, CR or LF; then in double quotes, with
// each double quote doubled.
std::string csv_field(std::string_view text);
// One cell of a Markdown table row: `|` escaped as `\|`, a line break as
// <br>, CR dropped, so that the row stays one line with the same cells.
std::string markdown_cell(std::string_view text);

// The full reference of the catalogue as a Markdown document: domains and
// ranges, then every code with both languages, condition, retry policy and
// HTTP status, and each domain's retired codes. `rtcerr docs` prints it and
// docs/error-codes.md is a committed copy.
std::string reference_document();

// --- Implementation of the template above. ----------------------------------

template <class Registry>
std::string explain_error(rtcerr::basic_error<Registry> e) {
  const auto or_dash = [](std::string_view text) {
    return text.empty() ? std::string("-") : std::string(text);
  };
  const rtcerr::domain_info* d = Registry::owner(e.value());
  const std::string status = e.known() ? "known" : e.retired() ? "retired" : "unknown";
  std::string out = std::to_string(e.value()) + "  " +
                    (d != nullptr ? std::string(d->name) + "." : std::string()) +
                    std::string(e.name()) + "  (" + status + ")\n";
  if (d != nullptr)
    out += "  domain:     " + std::string(d->name) + " (" + std::to_string(d->first) + "-" +
           std::to_string(d->last) + ")\n";
  else
    out += "  domain:     unknown\n";
  out += "  message:    " + std::string(e.message(rtcerr::lang::zh)) + "\n";
  out += "              " + std::string(e.message(rtcerr::lang::en)) + "\n";
  out += "  hint:       " + or_dash(e.hint(rtcerr::lang::zh)) + "\n";
  out += "              " + or_dash(e.hint(rtcerr::lang::en)) + "\n";
  out += "  condition:  " + std::string(to_string(e.condition())) + "\n";
  out += "  retry:      " + std::string(to_string(e.retry())) + "\n";
  out += "  http:       " +
         (e.http_status() == 0 ? std::string("-") : std::to_string(e.http_status())) + "\n";
  return out;
}

}  // namespace rtcerr::cli
