// The catalogue's exports: CSV (RFC 4180), Markdown, JSON, the reference
// document, and the agreement between the CLI's JSON and the {:j} format spec.
#include <doctest/doctest.h>
#include <fmt/core.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue_export.hpp"
#include "rtcerr/format.hpp"

using rtcerr::cli::catalogue_codes;

namespace {

// A minimal RFC 4180 reader, written for this test: records end in CRLF,
// quoted fields may contain commas, CRLF and doubled quotes.
std::vector<std::vector<std::string>> read_csv(std::string_view text) {
  std::vector<std::vector<std::string>> records(1);
  std::string field;
  bool quoted = false, was_quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      REQUIRE_MESSAGE(field.empty(), "a quote inside an unquoted field");
      quoted = was_quoted = true;
    } else if (c == ',') {
      records.back().push_back(field);
      field.clear();
      was_quoted = false;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      records.back().push_back(field);
      field.clear();
      was_quoted = false;
      records.emplace_back();
      ++i;
    } else {
      REQUIRE_MESSAGE((c != '\n' && c != '\r'), "a bare line break outside quotes");
      REQUIRE_MESSAGE(!was_quoted, "text after a closing quote");
      field += c;
    }
  }
  REQUIRE_MESSAGE(!quoted, "an unterminated quoted field");
  REQUIRE_MESSAGE(records.back().empty(), "the last record does not end in CRLF");
  records.pop_back();
  return records;
}

std::size_t count(std::string_view text, std::string_view part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string_view::npos;
       at = text.find(part, at + part.size()))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("csv_field quotes exactly when RFC 4180 requires it") {
  using rtcerr::cli::csv_field;
  CHECK(csv_field("plain text") == "plain text");
  CHECK(csv_field("") == "");
  CHECK(csv_field("流数据超时") == "流数据超时");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("cr\r") == "\"cr\r\"");
  // What the reader gets back is the original text.
  const std::string awkward = "a,\"b\"\r\nc";
  const auto records = read_csv(csv_field(awkward) + "," + csv_field("x") + "\r\n");
  REQUIRE(records.size() == 1);
  REQUIRE(records[0].size() == 2);
  CHECK(records[0][0] == awkward);
  CHECK(records[0][1] == "x");
}

TEST_CASE("list --format csv: a header and one record per code") {
  const auto codes = catalogue_codes();
  const auto records = read_csv(rtcerr::cli::format_csv(codes));
  REQUIRE(records.size() == codes.size() + 1);
  CHECK(records[0] == std::vector<std::string>{"domain", "code", "name", "message_zh", "message_en",
                                               "hint_zh", "hint_en", "condition", "retry",
                                               "http_status"});
  CHECK(records[1] == std::vector<std::string>{"", "0", "success", "成功", "Success", "", "",
                                               "success", "never", "200"});
  for (std::size_t i = 1; i < records.size(); ++i) {
    const rtcerr::error e = codes[i - 1];
    INFO("code " << e.value());
    REQUIRE(records[i].size() == 10);
    CHECK(records[i][1] == std::to_string(e.value()));
    CHECK(records[i][2] == e.name());
    CHECK(records[i][3] == e.message(rtcerr::lang::zh));
    CHECK(records[i][4] == e.message(rtcerr::lang::en));
    CHECK(records[i][5] == e.hint(rtcerr::lang::zh));
    CHECK(records[i][6] == e.hint(rtcerr::lang::en));
  }
  const auto gateway =
      read_csv(rtcerr::cli::format_csv(catalogue_codes(rtcerr::domain_id::gateway)));
  CHECK(gateway.back() == std::vector<std::string>{"gateway", "606000006", "system_busy",
                                                   "系统繁忙", "System busy", "", "", "busy",
                                                   "backoff", "503"});
}

TEST_CASE("list --format markdown: a table with ten cells in every row") {
  using rtcerr::cli::markdown_cell;
  CHECK(markdown_cell("a|b") == "a\\|b");
  CHECK(markdown_cell("one\r\ntwo") == "one<br>two");

  const auto codes = catalogue_codes(rtcerr::domain_id::engine);
  const std::string table = rtcerr::cli::format_markdown(codes);
  std::size_t rows = 0;
  std::size_t start = 0;
  for (std::size_t end = table.find('\n'); end != std::string::npos;
       start = end + 1, end = table.find('\n', start)) {
    const std::string_view row(table.data() + start, end - start);
    INFO(row);
    CHECK(row.front() == '|');
    CHECK(count(row, "|") - count(row, "\\|") == 11);
    ++rows;
  }
  CHECK(rows == codes.size() + 2);
  CHECK(table.find("| 34 | engine | `already_logged_in` | 用户已登录 | User is already logged in | "
                   "User ID冲突 | User ID conflict | already_logged_in | never | 409 |\n") !=
        std::string::npos);
}

TEST_CASE("the {:j} format spec and the CLI's JSON agree on every code") {
  auto values = catalogue_codes();
  values.push_back(rtcerr::error::from_wire(605030002));
  values.push_back(rtcerr::error::from_wire(-1));
  for (const rtcerr::error e : values) {
    INFO("code " << e.value());
    const auto from_formatter = nlohmann::ordered_json::parse(fmt::format("{:j}", e));
    CHECK(from_formatter == rtcerr::cli::to_json(e));
    CHECK(from_formatter.dump() == rtcerr::cli::to_json(e).dump());  // same key order
  }
}

TEST_CASE("the reference document lists every code under its domain") {
  const std::string doc = rtcerr::cli::reference_document();
  CHECK(doc.rfind("# Error code reference\n", 0) == 0);
  CHECK(doc.find("rtcerr docs > docs/error-codes.md") != std::string::npos);
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    const std::size_t section = doc.find("\n## " + std::string(d.name) + "\n");
    INFO("domain " << d.name);
    REQUIRE(section != std::string::npos);
    for (const rtcerr::code_info& c : d.codes) {
      const std::size_t row =
          doc.find("\n| " + std::to_string(c.value) + " | `" + std::string(c.name) + "` | " +
                   std::string(c.message_zh) + " |");
      INFO("code " << c.value);
      CHECK(row != std::string::npos);
      CHECK(row > section);
    }
  }
  CHECK(doc.find("| 606000004 | `request_timeout` | 请求超时 | | Request timed out | | timeout | "
                 "backoff | UNAVAILABLE (14) | 504 | 2 s |\n") != std::string::npos);
  CHECK(doc.find("| 2 | `not_initialized` | 未初始化 | 请确认已经初始化引擎 | Not initialized | "
                 "Make sure the engine has been initialized | not_initialized | never | "
                 "FAILED_PRECONDITION (9) | 400 | |\n") != std::string::npos);
}
