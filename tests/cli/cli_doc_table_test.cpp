// check-doc's pieces: validating, parsing and comparing a published table.
//
// Documents are written out in the tests (or read from tests/data/); the
// expected rows and differences are stated by hand.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "doc_table.hpp"
#include "format_test_registry.hpp"
#include "rtcerr/registry.hpp"
#include "text_file.hpp"

using rtcerr::cli::compare_doc_table;
using rtcerr::cli::doc_difference;
using rtcerr::cli::parse_doc_table;
using rtcerr::cli::validate_doc_text;
using kind = doc_difference::kind;

namespace {

const std::string data_dir = RTCERR_TEST_DATA_DIR;

const rtcerr::cli::doc_row* row_of(const rtcerr::cli::doc_table& t, std::int64_t code) {
  for (const auto& r : t.rows)
    if (r.code == code) return &r;
  return nullptr;
}

std::vector<doc_difference> compare_with_catalogue(std::string_view text) {
  return compare_doc_table(parse_doc_table(text), rtcerr::registry::domains);
}

std::vector<doc_difference> compare_with_media(std::string_view text) {
  return compare_doc_table(parse_doc_table(text), rtcerr_test::test_registry::domains);
}

// A table for the test registry with every code right, to be varied.
constexpr std::string_view media_header = "| 错误码 | 释义 | 备注 |\n|---|---|---|\n";
const std::string media_ok = std::string(media_header) +
                             "| 0 | 成功 | |\n"
                             "| 700001 | 摄像头被占用 | 请关闭其他使用摄像头的程序 |\n"
                             "| 700003 | 含\"引号\"与\\反斜杠 | 第一行 第二行 制表 |\n";

}  // namespace

TEST_CASE("validate_doc_text: UTF-8 text passes; binary and malformed UTF-8 do not") {
  CHECK(validate_doc_text("").empty());
  CHECK(validate_doc_text("| 错误码 | 释义 | 备注 |\n😀 é").empty());
  CHECK(validate_doc_text(std::string_view("a\0b", 3)) ==
        "contains a NUL byte at offset 1 (binary data)");
  CHECK(validate_doc_text("ab\xff") == "is not valid UTF-8 (byte 0xff at offset 2)");
  CHECK(validate_doc_text("\x80") ==
        "is not valid UTF-8 (byte 0x80 at offset 0)");         // lone continuation
  CHECK_FALSE(validate_doc_text("\xc0\x80").empty());          // overlong NUL
  CHECK_FALSE(validate_doc_text("\xe0\x80\xaf").empty());      // overlong '/'
  CHECK_FALSE(validate_doc_text("\xed\xa0\x80").empty());      // a UTF-16 surrogate
  CHECK_FALSE(validate_doc_text("\xf4\x90\x80\x80").empty());  // beyond U+10FFFF
  CHECK_FALSE(validate_doc_text("\xe9\x94").empty());          // truncated 错
  CHECK_FALSE(validate_doc_text("\xe9\x94x").empty());         // not a continuation
}

TEST_CASE("parse_doc_table: the published table") {
  std::string text, problem;
  REQUIRE(rtcerr::cli::read_text_file(data_dir + "/error-codes.md", text, problem));
  const auto t = parse_doc_table(text);
  CHECK(t.tables == 1);
  CHECK(t.problems.empty());
  CHECK(t.rows.size() == 80);
  // `| 605030021|创建输入通道失败，输入通道已经存在  ||`: trimmed, empty hint.
  const auto* r = row_of(t, 605030021);
  REQUIRE(r != nullptr);
  CHECK(r->message == "创建输入通道失败，输入通道已经存在");
  CHECK(r->hint.empty());
  // `|不能暂停  录制中才可以   |`: the inner run folded to one space.
  REQUIRE(row_of(t, 605030039) != nullptr);
  CHECK(row_of(t, 605030039)->message == "不能暂停 录制中才可以");
  REQUIRE(row_of(t, 34) != nullptr);
  CHECK(row_of(t, 34)->hint == "User ID冲突");
  CHECK(row_of(t, 0)->message == "成功");
}

TEST_CASE("parse_doc_table: tolerant of how the table is typed") {
  const auto t = parse_doc_table(
      "\xef\xbb\xbf"  // byte order mark
      "Intro text | with a pipe, but no table.\r\n"
      "\r\n"
      "错误码|释义\r\n"  // no outer pipes, no 备注 column
      " :---: | --- \r\n"
      "1|非法参数\r\n"
      "|  2 |   未初始化  |  请确认  已经初始化引擎 |  |\r\n"  // an empty extra cell
      "| 3 | 内存\\|不足 | |\r\n"                              // an escaped pipe
      "|   |   |   |\r\n"                                      // an empty row: skipped
      "| 4 | 访问设备失败 |\r\n");
  CHECK(t.tables == 1);
  CHECK(t.problems.empty());
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[0].code == 1);
  CHECK(t.rows[0].message == "非法参数");
  CHECK(t.rows[0].hint.empty());
  CHECK(t.rows[0].line == 5);
  CHECK(t.rows[1].hint == "请确认 已经初始化引擎");
  CHECK(t.rows[2].message == "内存|不足");
  CHECK(t.rows[3].code == 4);
}

TEST_CASE("parse_doc_table: only error tables, and a table ends at a line without a pipe") {
  const auto t = parse_doc_table(
      "| code | message |\n|---|---|\n| 9 | another table |\n"
      "\n"
      "| 错误码 | 释义 | 备注 |\n| --- | --- | --- |\n| 1 | 非法参数 | |\n"
      "Not part of the table.\n"
      "| 2 | after the table | |\n"
      "| 错误码 | 释义 | 备注 |\n"  // a header without an alignment row is not a table
      "| 3 | 内存不足 | |\n"
      "\n"
      "| 错误码 | 释义 |\n|-|-|\n| 4 | 访问设备失败 |\n");
  CHECK(t.tables == 2);
  CHECK(t.problems.empty());
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].code == 1);
  CHECK(t.rows[1].code == 4);
}

TEST_CASE("parse_doc_table: malformed rows are reported with their line") {
  const auto t = parse_doc_table(std::string(media_header) +
                                 "| abc | 不是错误码 | |\n"
                                 "| 1 | 非法参数 | | 多余 |\n"
                                 "| 2 |\n"
                                 "| 3 | 内存不足 | |\n"
                                 "| 3 | 内存不足 | |\n"
                                 "| 99999999999 | 太大 | |\n"
                                 "| 0x10 | 十六进制 | |\n"
                                 "| -5 | 负数 | |\n");
  REQUIRE(t.problems.size() == 6);
  CHECK(t.problems[0].line == 3);
  CHECK(t.problems[0].what == "'abc' is not a decimal code");
  CHECK(t.problems[1].what == "code 1 has 4 cells; expected 错误码, 释义 and 备注");
  CHECK(t.problems[2].what == "code 2 has no 释义 (message)");
  CHECK(t.problems[3].what == "code 3 is listed again (first on line 6)");
  CHECK(t.problems[4].what == "99999999999 is not a 32-bit code");
  CHECK(t.problems[5].what == "'0x10' is not a decimal code");
  REQUIRE(t.rows.size() == 2);  // 3 (once) and -5, a well-formed code of no domain
  CHECK(t.rows[1].code == -5);
}

TEST_CASE("parse_doc_table: never fails on hostile input") {
  CHECK(parse_doc_table("").tables == 0);
  CHECK(parse_doc_table("|").tables == 0);
  CHECK(parse_doc_table("\n\n\n").rows.empty());
  // One huge line of pipes, and a huge row in a table.
  const std::string pipes(1 << 20, '|');
  CHECK(parse_doc_table(pipes).rows.empty());
  const auto huge = parse_doc_table(std::string(media_header) + "| 1 | a |" + pipes + "\n");
  CHECK(huge.rows.size() == 1);  // every extra cell is empty, so the row is fine
  CHECK(huge.problems.empty());
  const auto no_message = parse_doc_table(std::string(media_header) + "| 1 |" + pipes + "\n");
  CHECK(no_message.rows.empty());
  CHECK(no_message.problems.size() == 1);
  const auto wide =
      parse_doc_table(std::string(media_header) + "| 1 | a |" + std::string(100000, 'x') + "|\n");
  CHECK(wide.rows.size() == 1);
  CHECK(wide.rows[0].hint.size() == 100000);
  // Random bytes drawn from the table's own alphabet, with a fixed seed.
  std::mt19937 rng(20240601);
  const std::string alphabet[] = {"|", "\n", " ",  "-",  ":",  "错误码", "释义", "备注",
                                  "1", "0",  "\\", "\r", "\t", "x",      "\xe9"};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int pieces = static_cast<int>(rng() % 200);
    for (int i = 0; i < pieces; ++i) text += alphabet[rng() % std::size(alphabet)];
    const auto t = parse_doc_table(text);
    const std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    for (const auto& r : t.rows) CHECK(r.line <= lines + 1);
    (void)compare_doc_table(t, rtcerr::registry::domains);
  }
}

TEST_CASE("compare_doc_table: the published table agrees with the catalogue") {
  std::string text, problem;
  REQUIRE(rtcerr::cli::read_text_file(data_dir + "/error-codes.md", text, problem));
  CHECK(compare_with_catalogue(text).empty());
}

TEST_CASE("compare_doc_table: every kind of difference, each naming its code") {
  CHECK(compare_with_media(media_ok).empty());

  // Whitespace runs and the ends of cells do not matter.
  CHECK(compare_with_media(std::string(media_header) +
                           "|0|成功|\n"
                           "|700001|  摄像头被占用 |请关闭其他使用摄像头的程序|\n"
                           "|700003|含\"引号\"与\\反斜杠|第一行   第二行\t制表|\n")
            .empty());

  SUBCASE("a changed message and a changed hint") {
    const auto d = compare_with_media(std::string(media_header) +
                                      "| 0 | 成功 | |\n"
                                      "| 700001 | 摄像头被占 | 请关闭其他使用摄像头的程序 |\n"
                                      "| 700003 | 含\"引号\"与\\反斜杠 | 第一行 |\n");
    REQUIRE(d.size() == 2);
    CHECK(d[0].what == kind::message_differs);
    CHECK(d[0].code == 700001);
    CHECK(d[0].qualified_name == "media.camera_busy");
    CHECK(d[0].line == 4);
    CHECK(d[0].document_text == "摄像头被占");
    CHECK(d[0].catalogue_text == "摄像头被占用");
    CHECK(d[1].what == kind::hint_differs);
    CHECK(d[1].code == 700003);
    CHECK(d[1].catalogue_text == "第一行\n第二行\t制表");
  }
  SUBCASE("a missing row, an extra row, a retired code still listed") {
    const auto d = compare_with_media(std::string(media_header) +
                                      "| 0 | 成功 | |\n"
                                      "| 700002 | 旧的编解码错误 | |\n"
                                      "| 700003 | 含\"引号\"与\\反斜杠 | 第一行 第二行 制表 |\n"
                                      "| 700009 | 新的错误 | |\n");
    REQUIRE(d.size() == 3);
    CHECK(d[0].what == kind::missing_from_document);
    CHECK(d[0].code == 700001);
    CHECK(d[0].line == 0);
    CHECK(d[1].what == kind::retired_in_document);
    CHECK(d[1].code == 700002);
    CHECK(d[1].qualified_name == "media.old_codec_error");
    CHECK(d[2].what == kind::not_in_catalogue);
    CHECK(d[2].code == 700009);
    CHECK(d[2].line == 6);
  }
  SUBCASE("success must be listed too") {
    const auto d = compare_with_media(std::string(media_header) +
                                      "| 700001 | 摄像头被占用 | 请关闭其他使用摄像头的程序 |\n"
                                      "| 700003 | 含\"引号\"与\\反斜杠 | 第一行 第二行 制表 |\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0].code == 0);
    CHECK(d[0].qualified_name == "success");
  }
  SUBCASE("malformed rows come first") {
    const auto d = compare_with_media(media_ok + "| x | y | |\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0].what == kind::malformed_row);
    CHECK(d[0].line == 6);
  }
}

TEST_CASE("format_doc_report: readable, names every code, safe to print") {
  const auto d =
      compare_with_media(std::string(media_header) +
                         "| 0 | 成功 | |\n"
                         "| 700001 | 摄像头\x1b[31m被占用 | 请关闭其他使用摄像头的程序 |\n"
                         "| 700009 | 新的错误 | |\n");
  const std::string report = rtcerr::cli::format_doc_report("doc.md", d);
  CHECK(report ==
        "doc.md: 3 differences from the catalogue\n"
        "  700001 media.camera_busy: 释义 (message) differs (line 4)\n"
        "      document:  摄像头\\x1b[31m被占用\n"
        "      catalogue: 摄像头被占用\n"
        "  700003 media.quoted_text: missing from the document\n"
        "      catalogue: 含\"引号\"与\\反斜杠\n"
        "  700009: in the document (line 5) but not in the catalogue\n"
        "      document:  新的错误\n");
  CHECK(rtcerr::cli::format_doc_report("doc.md", {}) == "doc.md: agrees with the catalogue\n");
}

TEST_CASE("check_doc_file: exit statuses") {
  std::string out, err;
  CHECK(rtcerr::cli::check_doc_file(data_dir + "/error-codes.md", rtcerr::registry::domains, out,
                                    err) == 0);
  CHECK(err.empty());
  out.clear();
  CHECK(rtcerr::cli::check_doc_file(data_dir + "/error-codes-missing-row.md",
                                    rtcerr::registry::domains, out, err) == 1);
  CHECK(out.find("605030046 recording.stream_data_timeout: missing from the document") !=
        std::string::npos);
  for (const char* bad :
       {"/no-such-file.md", "", "/not-utf8.md", "/binary.md", "/no-table.md", "/empty.md"}) {
    INFO(bad);
    out.clear();
    err.clear();
    CHECK(rtcerr::cli::check_doc_file(data_dir + bad, rtcerr::registry::domains, out, err) == 2);
    CHECK(out.empty());
    CHECK_FALSE(err.empty());
  }
}
