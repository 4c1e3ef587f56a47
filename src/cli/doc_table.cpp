#include "doc_table.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

#include "code_parser.hpp"
#include "rtcerr/core/basic_registry.hpp"
#include "rtcerr/wire.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Folds every run of blanks to one space and trims both ends.
std::string fold(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (const char c : s) {
    if (is_blank(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

// The cells of a table row, outer pipes removed, `\|` read as a literal pipe
// (GitHub's escape for a pipe inside a cell), each cell folded.
std::vector<std::string> split_row(std::string_view line) {
  line = trim(line);
  if (!line.empty() && line.front() == '|') line.remove_prefix(1);
  if (!line.empty() && line.back() == '|' && !(line.size() >= 2 && line[line.size() - 2] == '\\'))
    line.remove_suffix(1);
  std::vector<std::string> cells;
  std::string cell;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (line[i] == '|') {
      cells.push_back(fold(cell));
      cell.clear();
    } else {
      cell += line[i];
    }
  }
  cells.push_back(fold(cell));
  return cells;
}

bool is_alignment_row(const std::vector<std::string>& cells) {
  for (const std::string& cell : cells) {
    std::string_view c = cell;
    if (!c.empty() && c.front() == ':') c.remove_prefix(1);
    if (!c.empty() && c.back() == ':') c.remove_suffix(1);
    if (c.empty() || c.find_first_not_of('-') != std::string_view::npos) return false;
  }
  return true;
}

bool is_error_table_header(const std::vector<std::string>& cells) {
  return cells.size() >= 2 && cells[0] == "错误码" && cells[1] == "释义" &&
         (cells.size() == 2 || cells[2] == "备注");
}

std::string hex_byte(unsigned char byte) {
  static constexpr char hex[] = "0123456789abcdef";
  return {hex[byte >> 4], hex[byte & 0xf]};
}

struct catalogue_entry {
  std::string qualified_name;
  std::string_view message_zh;
  std::string_view hint_zh;
  bool retired = false;
};

// Every code of `domains` (and 0) by value, retired numbers included.
std::map<std::int64_t, catalogue_entry> catalogue_of(std::span<const domain_info> domains) {
  std::map<std::int64_t, catalogue_entry> out;
  out[0] = {std::string(success_code.name), success_code.message_zh, success_code.hint_zh, false};
  for (const domain_info& d : domains) {
    for (const code_info& c : d.codes)
      out[c.value] = {std::string(d.name) + "." + std::string(c.name), c.message_zh, c.hint_zh,
                      false};
    for (const retired_code& r : d.retired)
      out[r.value] = {std::string(d.name) + "." + std::string(r.name), {}, {}, true};
  }
  return out;
}

}  // namespace

std::string validate_doc_text(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == 0) return "contains a NUL byte at offset " + std::to_string(i) + " (binary data)";
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0)
      return "is not valid UTF-8 (byte 0x" + hex_byte(byte) + " at offset " + std::to_string(i) +
             ")";
    i += length;
  }
  return {};
}

doc_table parse_doc_table(std::string_view text) {
  doc_table table;
  if (text.substr(0, 3) == "\xef\xbb\xbf") text.remove_prefix(3);

  enum class state { outside, after_header, in_table } at = state::outside;
  std::map<std::int64_t, std::size_t> first_line_of;
  std::size_t line_no = 0;
  for (const std::string_view line : split_lines(text)) {
    ++line_no;

    if (line.find('|') == std::string_view::npos) {
      at = state::outside;
      continue;
    }
    const std::vector<std::string> cells = split_row(line);
    if (at == state::outside) {
      if (is_error_table_header(cells)) at = state::after_header;
      continue;
    }
    if (at == state::after_header) {
      // A header without an alignment row is not a table in Markdown.
      if (is_alignment_row(cells)) {
        at = state::in_table;
        ++table.tables;
      } else {
        at = is_error_table_header(cells) ? state::after_header : state::outside;
      }
      continue;
    }

    // A data row.
    if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); }))
      continue;
    const std::string& code_text = cells[0];
    // A decimal number (the library's parser would take a name too).
    if (!is_decimal_text(code_text)) {
      table.problems.push_back({line_no, quoted(visible(code_text)) + " is not a decimal code"});
      continue;
    }
    const std::optional<rtcerr::error> parsed = rtcerr::parse_code(code_text);
    if (!parsed) {
      table.problems.push_back({line_no, code_text + " is not a 32-bit code"});
      continue;
    }
    const std::int64_t code = parsed->value();
    if (cells.size() < 2 || cells[1].empty()) {
      table.problems.push_back({line_no, "code " + code_text + " has no 释义 (message)"});
      continue;
    }
    if (std::any_of(cells.begin() + std::min<std::size_t>(cells.size(), 3), cells.end(),
                    [](const std::string& c) { return !c.empty(); })) {
      table.problems.push_back({line_no, "code " + code_text + " has " +
                                             std::to_string(cells.size()) +
                                             " cells; expected 错误码, 释义 and 备注"});
      continue;
    }
    if (const auto [it, inserted] = first_line_of.emplace(code, line_no); !inserted) {
      table.problems.push_back({line_no, "code " + code_text + " is listed again (first on line " +
                                             std::to_string(it->second) + ")"});
      continue;
    }
    table.rows.push_back({code, cells[1], cells.size() >= 3 ? cells[2] : std::string(), line_no});
  }
  return table;
}

std::vector<doc_difference> compare_doc_table(const doc_table& table,
                                              std::span<const domain_info> domains) {
  using kind = doc_difference::kind;
  std::vector<doc_difference> out;
  for (const doc_row_problem& p : table.problems) {
    doc_difference d;
    d.what = kind::malformed_row;
    d.line = p.line;
    d.detail = p.what;
    out.push_back(std::move(d));
  }

  const std::map<std::int64_t, catalogue_entry> catalogue = catalogue_of(domains);
  std::map<std::int64_t, const doc_row*> document;
  for (const doc_row& row : table.rows) document.emplace(row.code, &row);

  std::vector<doc_difference> by_code;
  for (const auto& [code, entry] : catalogue) {
    if (entry.retired) continue;
    const auto row = document.find(code);
    doc_difference d;
    d.code = code;
    d.qualified_name = entry.qualified_name;
    if (row == document.end()) {
      d.what = kind::missing_from_document;
      d.catalogue_text = std::string(entry.message_zh);
      by_code.push_back(std::move(d));
      continue;
    }
    d.line = row->second->line;
    if (row->second->message != fold(entry.message_zh)) {
      d.what = kind::message_differs;
      d.document_text = row->second->message;
      d.catalogue_text = std::string(entry.message_zh);
      by_code.push_back(d);
    }
    if (row->second->hint != fold(entry.hint_zh)) {
      d.what = kind::hint_differs;
      d.document_text = row->second->hint;
      d.catalogue_text = std::string(entry.hint_zh);
      by_code.push_back(std::move(d));
    }
  }
  for (const auto& [code, row] : document) {
    const auto entry = catalogue.find(code);
    if (entry != catalogue.end() && !entry->second.retired) continue;
    doc_difference d;
    d.what = entry == catalogue.end() ? kind::not_in_catalogue : kind::retired_in_document;
    d.code = code;
    d.line = row->line;
    d.document_text = row->message;
    if (entry != catalogue.end()) d.qualified_name = entry->second.qualified_name;
    by_code.push_back(std::move(d));
  }
  std::stable_sort(
      by_code.begin(), by_code.end(),
      [](const doc_difference& a, const doc_difference& b) { return a.code < b.code; });
  out.insert(out.end(), by_code.begin(), by_code.end());
  return out;
}

std::string format_doc_report(std::string_view source,
                              const std::vector<doc_difference>& differences) {
  using kind = doc_difference::kind;
  if (differences.empty()) return std::string(source) + ": agrees with the catalogue\n";
  std::string out = std::string(source) + ": " + std::to_string(differences.size()) +
                    (differences.size() == 1 ? " difference" : " differences") +
                    " from the catalogue\n";
  for (const doc_difference& d : differences) {
    const std::string at = d.line != 0 ? " (line " + std::to_string(d.line) + ")" : "";
    if (d.what == kind::malformed_row) {
      out += "  line " + std::to_string(d.line) + ": " + d.detail + "\n";
      continue;
    }
    out += "  " + std::to_string(d.code);
    if (!d.qualified_name.empty()) out += " " + d.qualified_name;
    switch (d.what) {
      case kind::missing_from_document:
        out += ": missing from the document\n";
        out += "      catalogue: " + visible(d.catalogue_text) + "\n";
        break;
      case kind::not_in_catalogue:
        out += ": in the document" + at + " but not in the catalogue\n";
        out += "      document:  " + visible(d.document_text) + "\n";
        break;
      case kind::retired_in_document:
        out += ": retired, but still in the document" + at + "\n";
        break;
      case kind::message_differs:
      case kind::hint_differs:
        out += std::string(d.what == kind::message_differs ? ": 释义 (message)" : ": 备注 (hint)") +
               " differs" + at + "\n";
        out += "      document:  " + visible(d.document_text) + "\n";
        out += "      catalogue: " + visible(d.catalogue_text) + "\n";
        break;
      case kind::malformed_row: break;
    }
  }
  return out;
}

int check_doc_file(const std::string& path, std::span<const domain_info> domains, std::string& out,
                   std::string& err) {
  const std::string shown = visible(path, 200);
  std::string text, problem;
  if (!read_text_file(path, text, problem)) {
    err += "rtcerr check-doc: cannot read '" + shown + "': " + problem + "\n";
    return 2;
  }
  if (problem = validate_doc_text(text); !problem.empty()) {
    err += "rtcerr check-doc: cannot read '" + shown + "': it " + problem + "\n";
    return 2;
  }
  const doc_table table = parse_doc_table(text);
  if (table.tables == 0) {
    err += "rtcerr check-doc: '" + shown +
           "' has no error table (a header row | 错误码 | 释义 | 备注 | followed by an "
           "alignment row such as | --- | --- | --- |)\n";
    return 2;
  }
  const std::vector<doc_difference> differences = compare_doc_table(table, domains);
  out += format_doc_report(shown, differences);
  return differences.empty() ? 0 : 1;
}

}  // namespace rtcerr::cli
