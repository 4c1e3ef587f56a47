// `{:j}` is for structured logs: whatever a result holds, the output is one
// valid JSON value. A failure is the error's object; a success is
// {"value":V} with V escaped (a string holding `x"y` must not break out of
// its quotes); `{:c}` and the other pieces of a code on a success are the
// success code's, never the value.
//
// Expected strings are written by hand; the property tests parse the output
// with nlohmann::json, an implementation independent of the formatter.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdint>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <string_view>

#include "rtcerr/format.hpp"

namespace {

template <class T>
std::string json_of(const rtcerr::result<T>& r) {
  return fmt::format("{:j}", r);
}

nlohmann::json parse(const std::string& text) {
  return nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
}

}  // namespace

TEST_CASE("{:j} of a successful result is {\"value\":...}, escaped") {
  CHECK(json_of(rtcerr::result<std::string>(std::string("x\"y"))) == R"({"value":"x\"y"})");
  CHECK(json_of(rtcerr::result<std::string>(std::string("a\\b\n\t\r\b\f\x01"))) ==
        R"({"value":"a\\b\n\t\r\b\f\u0001"})");
  CHECK(json_of(rtcerr::result<std::string>(std::string("房间-7"))) == R"({"value":"房间-7"})");
  CHECK(json_of(rtcerr::result<std::string>(std::string("\xff"
                                                        "a\xe6\xb5"))) ==
        R"({"value":"\ufffda\ufffd\ufffd"})");
  CHECK(json_of(rtcerr::result<std::string_view>(std::string_view("v"))) == R"({"value":"v"})");
  CHECK(json_of(rtcerr::result<const char*>("c-string")) == R"({"value":"c-string"})");
  CHECK(json_of(rtcerr::result<char>('"')) == R"({"value":"\""})");
  CHECK(json_of(rtcerr::result<int>(-42)) == R"({"value":-42})");
  CHECK(json_of(rtcerr::result<std::uint64_t>(std::numeric_limits<std::uint64_t>::max())) ==
        R"({"value":18446744073709551615})");
  CHECK(json_of(rtcerr::result<bool>(false)) == R"({"value":false})");
  CHECK(json_of(rtcerr::result<double>(2.5)) == R"({"value":2.5})");
  CHECK(json_of(rtcerr::result<double>(std::numeric_limits<double>::infinity())) ==
        R"({"value":null})");
  CHECK(json_of(rtcerr::result<double>(std::numeric_limits<double>::quiet_NaN())) ==
        R"({"value":null})");
  CHECK(json_of(rtcerr::result<void>(rtcerr::success())) == R"({"value":null})");
}

TEST_CASE("{:j} of a failed result is the error's object, whatever T is") {
  const rtcerr::result<std::string> failed = rtcerr::gateway::errc::system_busy;
  const nlohmann::json j = parse(json_of(failed));
  REQUIRE(j.is_object());
  CHECK(j["code"] == 606000006);
  CHECK(j["name"] == "system_busy");
  CHECK(j["http_status"] == 503);
  CHECK_FALSE(j.contains("value"));
}

TEST_CASE("on a success, the pieces of a code are the success code's, never the value") {
  const rtcerr::result<int> thirty = 30;
  CHECK(fmt::format("{}", thirty) == "30");
  CHECK(fmt::format("{:en}", thirty) == "30");
  CHECK(fmt::format("{:c}", thirty) == "0");
  CHECK(fmt::format("{:n}", thirty) == "success");
  CHECK(fmt::format("{:m.en}", thirty) == "Success");
  const rtcerr::result<void> done = rtcerr::success();
  CHECK(fmt::format("{}", done) == "success (0): 成功");
  CHECK(fmt::format("{:c}", done) == "0");
  CHECK(fmt::format("{:q}", done) == "success");
}

TEST_CASE("property: every {:j} of a result<std::string> parses, and keeps valid UTF-8") {
  std::mt19937 random(20261201);
  std::uniform_int_distribution<int> length(0, 24);
  std::uniform_int_distribution<int> any_byte(0, 255);
  // Bytes biased towards the troublesome ones.
  const std::string special =
      std::string("\"\\/\b\f\n\r\t\x7f\0", 10) + "\x80\xbf\xc0\xc2\xe0\xed\xf0\xf4\xf5\xff";
  std::uniform_int_distribution<std::size_t> pick(0, special.size() - 1);
  int kept = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int n = length(random);
    for (int i = 0; i < n; ++i)
      text += (any_byte(random) < 96) ? special[pick(random)] : static_cast<char>(any_byte(random));
    if (round % 3 == 0) text += "流数据超时";
    const std::string out = json_of(rtcerr::result<std::string>(text));
    const nlohmann::json j = parse(out);
    REQUIRE_MESSAGE(!j.is_discarded(), "not JSON: " << out);
    REQUIRE(j.is_object());
    REQUIRE(j.size() == 1);
    REQUIRE(j["value"].is_string());
    // Valid UTF-8 round-trips exactly, and is written exactly as nlohmann writes it.
    const nlohmann::json as_string = text;
    std::string nlohmann_text;
    try {
      nlohmann_text = as_string.dump();
    } catch (const nlohmann::json::type_error&) {  // invalid UTF-8: nlohmann refuses it
      continue;
    }
    CHECK(j["value"].get<std::string>() == text);
    CHECK(out == "{\"value\":" + nlohmann_text + "}");
    ++kept;
  }
  CHECK(kept > 1000);  // the round trip was really exercised
}

TEST_CASE("property: {:j} of results of numbers and bools parses to the same value") {
  std::mt19937_64 random(7);
  for (int round = 0; round < 5000; ++round) {
    const auto bits = random();
    const auto i = static_cast<std::int64_t>(bits);
    CHECK(parse(json_of(rtcerr::result<std::int64_t>(i)))["value"].get<std::int64_t>() == i);
    CHECK(parse(json_of(rtcerr::result<std::uint64_t>(bits)))["value"].get<std::uint64_t>() ==
          bits);
    double d = 0;
    static_assert(sizeof d == sizeof bits);
    std::memcpy(&d, &bits, sizeof d);
    const nlohmann::json j = parse(json_of(rtcerr::result<double>(d)));
    REQUIRE(!j.is_discarded());
    if (d - d == 0)
      CHECK(j["value"].get<double>() == d);
    else
      CHECK(j["value"].is_null());
  }
}
