// Reading a published error-code table and comparing it with the catalogue.
//
// The platform publishes its codes as a Markdown table:
//
//   | 错误码 | 释义 | 备注 |
//   | :-: | :- | :- |
//   | 0 | 成功 | |
//   | 605030021|创建输入通道失败，输入通道已经存在  ||
//
// `rtcerr check-doc FILE.md` reads such a document and reports where it and
// the catalogue disagree. Reading is deliberately tolerant of how the table
// is typed - spacing, alignment markers, missing outer pipes, empty or absent
// 备注 cells, CRLF line ends - and strict about content: a code on one side
// only, or a message or hint that differs once runs of blanks are folded to
// one space and the ends trimmed.
//
// The three steps are separate functions so that tests and fuzzers can call
// each on its own:
//   validate_doc_text  - is this text at all (UTF-8, no NUL bytes)?
//   parse_doc_table    - the rows of every `| 错误码 | 释义 | 备注 |` table;
//   compare_doc_table  - the differences from a set of domains.
// None of them throws on any input (only std::bad_alloc can escape), and none
// has a limit on line length or cell count.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rtcerr/core/domain.hpp"

namespace rtcerr::cli {

// One data row of a published table. Texts are folded (runs of blanks become
// one space, ends trimmed).
struct doc_row {
  std::int64_t code = 0;
  std::string message;  // the 释义 cell
  std::string hint;     // the 备注 cell; empty when the cell is empty or absent
  std::size_t line = 0;
};

// A problem with one line of a table, for example a code cell that is not a
// number, a row with cells beyond 备注 that are not empty, a duplicate code.
struct doc_row_problem {
  std::size_t line = 0;
  std::string what;
};

struct doc_table {
  std::size_t tables = 0;  // how many `| 错误码 | 释义 | 备注 |` tables were found
  std::vector<doc_row> rows;
  std::vector<doc_row_problem> problems;
};

// An empty string when `text` can be parsed; otherwise why not: it contains
// a NUL byte (binary data) or is not valid UTF-8 (with the byte offset).
std::string validate_doc_text(std::string_view text);

// Every row of every error table in `text`. A table starts at a header row
// whose first cells are 错误码 and 释义 (a third, 备注, is optional),
// followed by an alignment row; it ends at the first line without a '|'.
// Other tables and all other text are ignored. A leading UTF-8 byte order
// mark is skipped. Any input is accepted; malformed rows become `problems`.
doc_table parse_doc_table(std::string_view text);

// One way in which a document and the catalogue disagree.
struct doc_difference {
  enum class kind {
    malformed_row,          // see `detail`
    missing_from_document,  // a catalogue code without a row
    not_in_catalogue,       // a row whose code the catalogue does not list
    retired_in_document,    // a row for a code that has been retired
    message_differs,
    hint_differs,
  };
  kind what = kind::malformed_row;
  std::int64_t code = 0;
  std::string qualified_name;  // "recording.stream_data_timeout"; empty if none
  std::size_t line = 0;        // 0 when the document has no row for the code
  std::string document_text;   // the document's text, when relevant
  std::string catalogue_text;  // the catalogue's text, when relevant
  std::string detail;          // for malformed rows: what is wrong
};

// The differences between `table` and the catalogue made of `domains` plus
// the success code 0, sorted: malformed rows (by line), then by code.
// Empty when they agree.
std::vector<doc_difference> compare_doc_table(const doc_table& table,
                                              std::span<const rtcerr::domain_info> domains);

// A report for a person: a summary line naming `source`, then one entry per
// difference, each naming its code. Control characters in document text are
// escaped and very long cells shortened, so the report is safe to print.
std::string format_doc_report(std::string_view source,
                              const std::vector<doc_difference>& differences);

// Runs the whole check on the file at `path` against `domains` and writes the
// report to `out` and problems reading the file to `err`. Returns the exit
// status of `rtcerr check-doc`: 0 they agree, 1 they differ (the report is on
// `out`), 2 the file cannot be read as a document: missing, not a regular
// file, too large, binary, not UTF-8, or without an error table.
int check_doc_file(const std::string& path, std::span<const rtcerr::domain_info> domains,
                   std::string& out, std::string& err);

}  // namespace rtcerr::cli
