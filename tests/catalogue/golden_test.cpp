// Golden test: the catalogue against the published error-code table.
//
// The seed document (RTCERR_SEED_PATH, a copy of the published Markdown table
// `| 错误码 | 释义 | 备注 |`) is the source of the Chinese texts. Every row must
// match a catalogue code with the identical message_zh and hint_zh (after
// folding runs of spaces to one and trimming the ends, nothing else), and
// every catalogue code must have a row. Code 0 is success: it must be in the
// seed as 成功 and in no domain.
//
// The reader of the seed below is written apart from the CLI's table reader
// (src/cli/doc_table.cpp, behind `rtcerr check-doc`) on purpose: it is the
// oracle that the catalogue is compared with, so a fault in the tool's parser
// must not be able to hide the same fault here.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "rtcerr/registry.hpp"

#ifndef RTCERR_SEED_PATH
#error "RTCERR_SEED_PATH must name the seed document (tests/data/error-codes.md)"
#endif

namespace {

struct seed_row {
  std::string message_zh;
  std::string hint_zh;
  int line = 0;
};

struct seed_table {
  std::map<std::int64_t, seed_row> rows;
  std::vector<std::string> problems;  // malformed or duplicate rows
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Folds every run of blanks to one space and trims both ends.
std::string fold(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (char c : s) {
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

// The cells of a table row `| a | b | c |`: outer pipes removed, not folded.
std::vector<std::string_view> split_row(std::string_view line) {
  while (!line.empty() && is_blank(line.back())) line.remove_suffix(1);
  while (!line.empty() && is_blank(line.front())) line.remove_prefix(1);
  if (!line.empty() && line.front() == '|') line.remove_prefix(1);
  if (!line.empty() && line.back() == '|') line.remove_suffix(1);
  std::vector<std::string_view> cells;
  for (;;) {
    const std::size_t bar = line.find('|');
    cells.push_back(line.substr(0, bar));
    if (bar == std::string_view::npos) break;
    line.remove_prefix(bar + 1);
  }
  return cells;
}

bool is_alignment_row(const std::vector<std::string_view>& cells) {
  for (std::string_view cell : cells) {
    const std::string f = fold(cell);
    if (f.empty() || f.find_first_not_of(":-") != std::string::npos) return false;
  }
  return true;
}

seed_table read_seed(const char* path) {
  seed_table seed;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    seed.problems.push_back(std::string("cannot open ") + path);
    return seed;
  }
  std::string line;
  int line_no = 0;
  bool in_table = false;  // past a header and its alignment row
  std::string pending_header;
  while (std::getline(in, line)) {
    ++line_no;
    const std::string trimmed = fold(line);
    if (trimmed.empty() || trimmed.front() != '|') {
      in_table = false;
      pending_header.clear();
      continue;
    }
    const std::vector<std::string_view> cells = split_row(line);
    if (!in_table) {
      if (pending_header.empty()) {
        pending_header = trimmed;  // the header row: `| 错误码 | 释义 | 备注 |`
      } else if (is_alignment_row(cells)) {
        in_table = true;
      } else {
        seed.problems.push_back("line " + std::to_string(line_no) +
                                ": table header not followed by an alignment row");
        pending_header.clear();
      }
      continue;
    }
    const std::string code_text = fold(cells[0]);
    std::int64_t code = 0;
    const auto [end, ec] =
        std::from_chars(code_text.data(), code_text.data() + code_text.size(), code);
    if (code_text.empty() || ec != std::errc{} || end != code_text.data() + code_text.size()) {
      seed.problems.push_back("line " + std::to_string(line_no) + ": not a code: '" + code_text +
                              "'");
      continue;
    }
    if (cells.size() < 2 || cells.size() > 3) {
      seed.problems.push_back("line " + std::to_string(line_no) + ": code " + code_text + " has " +
                              std::to_string(cells.size()) + " cells, expected 2 or 3");
      continue;
    }
    seed_row row{fold(cells[1]), cells.size() == 3 ? fold(cells[2]) : std::string(), line_no};
    if (!seed.rows.emplace(code, std::move(row)).second)
      seed.problems.push_back("line " + std::to_string(line_no) + ": duplicate code " + code_text);
  }
  return seed;
}

const seed_table& seed() {
  static const seed_table table = read_seed(RTCERR_SEED_PATH);
  return table;
}

// The catalogue's domains, from their one list (RTCERR_CATALOGUE_DOMAINS).
constexpr const auto& domains = rtcerr::registry::domains;

// The catalogue row for `value`, or nullptr.
const rtcerr::code_info* find_code(std::int64_t value) {
  for (const rtcerr::domain_info& d : domains)
    for (const rtcerr::code_info& c : d.codes)
      if (c.value == value) return &c;
  return nullptr;
}

std::size_t catalogue_size() {
  std::size_t n = 0;
  for (const rtcerr::domain_info& d : domains) n += d.codes.size();
  return n;
}

}  // namespace

TEST_CASE("golden: the seed document parses") {
  INFO("seed: " << RTCERR_SEED_PATH);
  for (const std::string& problem : seed().problems) FAIL_CHECK(problem);
  REQUIRE_FALSE(seed().rows.empty());
}

TEST_CASE("golden: code 0 is success and belongs to no domain") {
  const auto zero = seed().rows.find(0);
  REQUIRE_MESSAGE(zero != seed().rows.end(), "the seed has no row for code 0");
  CHECK(zero->second.message_zh == "成功");
  CHECK(zero->second.hint_zh.empty());
  CHECK(find_code(0) == nullptr);
  for (const rtcerr::domain_info& d : domains) {
    INFO("domain " << d.name);
    CHECK_FALSE(d.owns(0));
  }
}

TEST_CASE("golden: every seed row is in the catalogue with identical Chinese text") {
  for (const auto& [code, row] : seed().rows) {
    if (code == 0) continue;
    INFO("code " << code << " (seed line " << row.line << ")");
    const rtcerr::code_info* c = find_code(code);
    CHECK_MESSAGE(c != nullptr, "seed code " << code << " is missing from the catalogue");
    if (c == nullptr) continue;
    CHECK(std::string(c->message_zh) == row.message_zh);
    CHECK(std::string(c->hint_zh) == row.hint_zh);
  }
}

TEST_CASE("golden: every catalogue code is in the seed") {
  for (const rtcerr::domain_info& d : domains) {
    for (const rtcerr::code_info& c : d.codes) {
      INFO("code " << c.value << " (" << d.name << "::" << c.name << ")");
      CHECK_MESSAGE(seed().rows.count(c.value) == 1,
                    "catalogue code " << c.value << " is not in the seed");
    }
  }
  // 0 is in the seed and in no domain; everything else is one-to-one.
  CHECK(seed().rows.size() == catalogue_size() + 1);
}

TEST_CASE("golden: catalogue well-formedness") {
  std::set<std::int64_t> values;
  for (const rtcerr::domain_info& d : domains) {
    std::set<std::string_view> names;
    std::int64_t previous = d.first - 1;
    CAPTURE(d.name);
    for (const rtcerr::code_info& c : d.codes) {
      INFO("code " << c.value << " (" << d.name << "::" << c.name << ")");
      CHECK(d.owns(c.value));
      CHECK(c.value > previous);  // ascending, no duplicates
      previous = c.value;
      CHECK(values.insert(c.value).second);  // unique across domains
      CHECK_FALSE(c.name.empty());
      CHECK_MESSAGE(names.insert(c.name).second, "duplicate name " << c.name);
      CHECK_FALSE(c.message_zh.empty());
      CHECK_FALSE(c.message_en.empty());
      // An English hint exactly where there is a Chinese one.
      CHECK(c.hint_en.empty() == c.hint_zh.empty());
      CHECK(c.condition != rtcerr::condition::success);
      CHECK(c.condition != rtcerr::condition::unknown);
      // Only gateway codes have an HTTP meaning.
      if (d.name == "gateway") {
        CHECK(c.http_status >= 400);
        CHECK(c.http_status <= 599);
      } else {
        CHECK(c.http_status == 0);
      }
    }
  }
}

// Independent expectations taken from design.md, not from the seed.
TEST_CASE("golden: spot checks from the design notes") {
  using rtcerr::condition;
  using rtcerr::retry;

  static_assert(static_cast<std::int32_t>(rtcerr::recording::errc::stream_data_timeout) ==
                605030046);
  const rtcerr::code_info* stream = find_code(605030046);
  REQUIRE(stream != nullptr);
  CHECK(stream->name == "stream_data_timeout");
  CHECK(stream->condition == condition::timeout);

  struct expected {
    std::int64_t code;
    condition cond;
  };
  const expected conditions[] = {
      {32, condition::authentication_failed},
      {1000000, condition::authentication_failed},
      {605030007, condition::authentication_failed},
      {605030028, condition::authentication_failed},
      {606000000, condition::authentication_failed},
      {1, condition::invalid_argument},
      {605030003, condition::invalid_argument},
      {606000003, condition::invalid_argument},
      {33, condition::app_not_found},
      {1000001, condition::app_not_found},
      {1000003, condition::not_logged_in},
      {605030006, condition::not_logged_in},
      {70, condition::insufficient_balance},
      {1000007, condition::insufficient_balance},
      {302, condition::operation_failed},
      {606000005, condition::operation_failed},
      {606000006, condition::busy},
  };
  for (const expected& e : conditions) {
    INFO("code " << e.code);
    const rtcerr::code_info* c = find_code(e.code);
    REQUIRE(c != nullptr);
    CHECK(c->condition == e.cond);
  }

  struct expected_retry {
    std::int64_t code;
    retry policy;
  };
  const expected_retry retries[] = {
      {606000006, retry::backoff},
      {606000001, retry::refresh_credentials},
      {1, retry::never},
      {606000003, retry::never},
  };
  for (const expected_retry& e : retries) {
    INFO("code " << e.code);
    const rtcerr::code_info* c = find_code(e.code);
    REQUIRE(c != nullptr);
    CHECK(c->retry == e.policy);
  }

  struct expected_http {
    std::int64_t code;
    std::uint16_t status;
  };
  const expected_http statuses[] = {
      {606000000, 401}, {606000001, 401}, {606000002, 400}, {606000003, 400},
      {606000004, 504}, {606000005, 500}, {606000006, 503},
  };
  for (const expected_http& e : statuses) {
    INFO("code " << e.code);
    const rtcerr::code_info* c = find_code(e.code);
    REQUIRE(c != nullptr);
    CHECK(c->http_status == e.status);
  }
}

// The corrections of a bilingual review of the catalogue against the
// published table. Each changes what a client is told, so each is pinned.
TEST_CASE("golden: reviewed conditions, name and English texts") {
  using rtcerr::condition;

  // "The app has not enabled that service": the same failure as engine 71/72,
  // so the same condition (PERMISSION_DENIED / 403, not UNIMPLEMENTED / 501).
  for (std::int64_t code : {71, 72, 1000004, 1000005, 1000009, 1000020, 1000023}) {
    INFO("code " << code);
    const rtcerr::code_info* c = find_code(code);
    REQUIRE(c != nullptr);
    CHECK(c->condition == condition::permission_denied);
  }
  // Auto recording cannot take a manual layout: the call exists, the task is
  // in the wrong state (FAILED_PRECONDITION), like 605030033/039/040.
  for (std::int64_t code : {605030033, 605030035, 605030039, 605030040}) {
    INFO("code " << code);
    const rtcerr::code_info* c = find_code(code);
    REQUIRE(c != nullptr);
    CHECK(c->condition == condition::invalid_state);
  }
  // No catalogue code is `not_supported` any more: every failure the table
  // lists is about a call the server has, not one it lacks.
  for (const rtcerr::domain_info& d : domains)
    for (const rtcerr::code_info& c : d.codes)
      CHECK_MESSAGE(c.condition != condition::not_supported, c.value);

  // 鉴权 is checking a token or signature: authentication, not authorization.
  const rtcerr::code_info* check = find_code(605030007);
  REQUIRE(check != nullptr);
  CHECK(check->name == "auth_check_failed");
  CHECK(check->message_zh == "鉴权失败");
  CHECK(check->message_en == "Authentication check failed");
  CHECK(check->condition == condition::authentication_failed);
  static_assert(static_cast<std::int32_t>(rtcerr::recording::errc::auth_check_failed) == 605030007);
  const rtcerr::code_info* authn = find_code(605030028);
  REQUIRE(authn != nullptr);
  CHECK(authn->name == "authentication_failed");

  const rtcerr::code_info* channel = find_code(605030020);
  REQUIRE(channel != nullptr);
  CHECK(channel->message_en ==
        "Failed to create the input channel: the Parameter field is missing");
  const rtcerr::code_info* stream = find_code(605030046);
  REQUIRE(stream != nullptr);
  CHECK(stream->message_en == "Timed out waiting for stream data");
}
