// Fuzzes `rtcerr check-doc`'s reading of a published table: the input is the
// whole document, passed through validate_doc_text, parse_doc_table,
// compare_doc_table and format_doc_report exactly as the command does.
//
// Properties, for any bytes:
//   - text is accepted for parsing exactly when it is valid UTF-8 without a
//     NUL byte (checked against an independent UTF-8 validator);
//   - every row and problem points at a line that exists;
//   - the report is safe to print: no control bytes but newlines, and valid
//     UTF-8 whenever the document was (long cells are cut at a character
//     boundary, never inside one).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "doc_table.hpp"
#include "fuzz_check.hpp"
#include "rtcerr/registry.hpp"
#include "utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  const bool acceptable =
      rtcerr_fuzz::is_valid_utf8(text) && text.find('\0') == std::string_view::npos;
  const std::string why_not = rtcerr::cli::validate_doc_text(text);
  FUZZ_CHECK(why_not.empty() == acceptable);
  if (!acceptable) return 0;

  const std::size_t lines =
      static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  const rtcerr::cli::doc_table table = rtcerr::cli::parse_doc_table(text);
  for (const rtcerr::cli::doc_row& row : table.rows) {
    FUZZ_CHECK(row.line >= 1 && row.line <= lines);
    FUZZ_CHECK(rtcerr_fuzz::is_valid_utf8(row.message) && rtcerr_fuzz::is_valid_utf8(row.hint));
  }
  for (const rtcerr::cli::doc_row_problem& problem : table.problems)
    FUZZ_CHECK(problem.line >= 1 && problem.line <= lines);
  if (table.tables == 0) FUZZ_CHECK(table.rows.empty() && table.problems.empty());

  const auto differences = rtcerr::cli::compare_doc_table(table, rtcerr::registry::domains);
  for (const rtcerr::cli::doc_difference& d : differences) FUZZ_CHECK(d.line <= lines);

  const std::string report = rtcerr::cli::format_doc_report("fuzz.md", differences);
  FUZZ_CHECK(!report.empty());
  for (const char c : report) FUZZ_CHECK(c == '\n' || static_cast<unsigned char>(c) >= 0x20);
  FUZZ_CHECK(report.find('\x7f') == std::string::npos);
  FUZZ_CHECK(rtcerr_fuzz::is_valid_utf8(report));
  return 0;
}
