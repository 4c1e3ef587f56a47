// {fmt} formatting of errors and errc enumerators: every spec, every kind of
// value (known, success, unknown in a range, outside every range, retired),
// spec parsing at compile time and at run time, and truncated output.
//
// Expected strings are written out by hand from the catalogue's published
// texts; none is produced by the formatter under test.
#include <doctest/doctest.h>
#include <fmt/format.h>  // fmt::format_error

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "format_test_registry.hpp"
#include "rtcerr/format.hpp"

using rtcerr::error;
using rtcerr::format_field;
using rtcerr::lang;
using rtcerr::parse_format_spec;

// --- The spec grammar, checked at compile time. ------------------------------
namespace {

constexpr bool accepts(std::string_view spec, format_field field, lang language) {
  const auto r = parse_format_spec(spec);
  return r.error == nullptr && r.spec.field == field && r.spec.language == language &&
         r.consumed == spec.size();
}
constexpr bool rejects(std::string_view spec) { return parse_format_spec(spec).error != nullptr; }

}  // namespace

static_assert(accepts("", format_field::full, lang::zh));
static_assert(accepts("zh", format_field::full, lang::zh));
static_assert(accepts("en", format_field::full, lang::en));
static_assert(accepts("c", format_field::code, lang::zh));
static_assert(accepts("n", format_field::name, lang::zh));
static_assert(accepts("q", format_field::qualified_name, lang::zh));
static_assert(accepts("d", format_field::domain, lang::zh));
static_assert(accepts("m", format_field::message, lang::zh));
static_assert(accepts("m.zh", format_field::message, lang::zh));
static_assert(accepts("m.en", format_field::message, lang::en));
static_assert(accepts("h", format_field::hint, lang::zh));
static_assert(accepts("h.en", format_field::hint, lang::en));
static_assert(accepts("j", format_field::json, lang::zh));
static_assert(rejects("x"));
static_assert(rejects("C"));
static_assert(rejects("cc"));
static_assert(rejects("c.en"));  // a code has no language
static_assert(rejects("j.en"));  // JSON carries both languages
static_assert(rejects("m."));
static_assert(rejects("m.fr"));
static_assert(rejects("men"));
static_assert(rejects(".en"));
static_assert(rejects("EN"));
static_assert(rejects(">10"));  // no width or alignment
static_assert(rejects("\xe4\xb8\xad"));
// The spec stops before the closing brace; the rest of the format string is not ours.
static_assert(parse_format_spec("c} and {}").consumed == 1);
static_assert(parse_format_spec("c} and {}").error == nullptr);
static_assert(parse_format_spec("}").consumed == 0);

TEST_CASE("format spec grammar: exactly the documented specs are accepted") {
  // Every spec of up to four characters over the letters that occur in the
  // grammar; the accepted set must be the documented one, no more.
  const std::string alphabet = "cnqdmhjzen.x}";
  const std::array<std::string_view, 13> documented = {"",  "zh",   "en",   "c", "n",    "q",   "d",
                                                       "m", "m.zh", "m.en", "h", "h.zh", "h.en"};
  std::size_t accepted = 0;
  std::string wrong;  // every spec whose verdict differs from the documented grammar
  const auto visit = [&](const std::string& s) {
    const std::string_view upto_brace = std::string_view(s).substr(0, s.find('}'));
    const bool ok = parse_format_spec(s).error == nullptr;
    const bool expected = upto_brace == "j" || std::find(documented.begin(), documented.end(),
                                                         upto_brace) != documented.end();
    if (ok != expected) wrong += "'" + s + "' ";
    accepted += ok ? 1 : 0;
  };
  for (char a : alphabet) {
    for (char b : alphabet) {
      for (char c : alphabet) {
        for (char d : alphabet) visit({a, b, c, d});
        visit({a, b, c});
      }
      visit({a, b});
    }
    visit({a});
  }
  CHECK_MESSAGE(wrong.empty(), "misjudged specs: " << wrong);
  CHECK(accepted > 100);  // e.g. "c}xy": a valid spec followed by the rest of the string
}

TEST_CASE("format: every spec on a known code with a hint") {
  const error e{2};  // engine.not_initialized, hint 请确认已经初始化引擎
  CHECK(fmt::format("{}", e) == "engine.not_initialized (2): 未初始化");
  CHECK(fmt::format("{:zh}", e) == "engine.not_initialized (2): 未初始化");
  CHECK(fmt::format("{:en}", e) == "engine.not_initialized (2): Not initialized");
  CHECK(fmt::format("{:c}", e) == "2");
  CHECK(fmt::format("{:n}", e) == "not_initialized");
  CHECK(fmt::format("{:q}", e) == "engine.not_initialized");
  CHECK(fmt::format("{:d}", e) == "engine");
  CHECK(fmt::format("{:m}", e) == "未初始化");
  CHECK(fmt::format("{:m.zh}", e) == "未初始化");
  CHECK(fmt::format("{:m.en}", e) == "Not initialized");
  CHECK(fmt::format("{:h}", e) == "请确认已经初始化引擎");
  CHECK(fmt::format("{:h.zh}", e) == "请确认已经初始化引擎");
  CHECK(fmt::format("{:h.en}", e) == "Make sure the engine has been initialized");
  CHECK(fmt::format("{:j}", e) ==
        R"({"domain":"engine","code":2,"name":"not_initialized","message_zh":"未初始化",)"
        R"("message_en":"Not initialized","hint_zh":"请确认已经初始化引擎",)"
        R"("hint_en":"Make sure the engine has been initialized","condition":"not_initialized",)"
        R"("retry":"never","http_status":400})");
}

TEST_CASE("format: the design's example, and several fields in one string") {
  const error e = rtcerr::recording::errc::stream_data_timeout;
  CHECK(fmt::format("{}", e) == "recording.stream_data_timeout (605030046): 流数据超时");
  CHECK(fmt::format("{:c}", e) == "605030046");
  CHECK(fmt::format("[{:c}] {:q}: {:m.en}", e, e, e) ==
        "[605030046] recording.stream_data_timeout: Timed out waiting for stream data");
  CHECK(fmt::format("{:h}|{:h.en}", e, e) == "|");  // no hint: empty, not "-"
}

TEST_CASE("format: a gateway code's JSON carries its HTTP status") {
  const error e = rtcerr::gateway::errc::system_busy;
  CHECK(fmt::format("{:j}", e) ==
        R"({"domain":"gateway","code":606000006,"name":"system_busy","message_zh":"系统繁忙",)"
        R"("message_en":"System busy","hint_zh":"","hint_en":"","condition":"busy",)"
        R"("retry":"backoff","http_status":503})");
}

TEST_CASE("format: errc enumerators format exactly like the error they convert to") {
  CHECK(fmt::format("{}", rtcerr::gateway::errc::access_token_expired) ==
        "gateway.access_token_expired (606000001): Access Token超时失效");
  CHECK(fmt::format("{:c} {:n} {:m.en}", rtcerr::session::errc::not_logged_in,
                    rtcerr::session::errc::not_logged_in,
                    rtcerr::session::errc::not_logged_in) == "1000003 not_logged_in Not logged in");
  CHECK(fmt::format("{:en}", rtcerr::engine::errc::invalid_argument) ==
        "engine.invalid_argument (1): Invalid argument");
}

TEST_CASE("format: success") {
  const error ok;
  CHECK(fmt::format("{}", ok) == "success (0): 成功");
  CHECK(fmt::format("{:en}", ok) == "success (0): Success");
  CHECK(fmt::format("{:q}|{:d}|{:c}", ok, ok, ok) == "success|unknown|0");
  CHECK(
      fmt::format("{:j}", ok) ==
      R"({"domain":"unknown","code":0,"name":"success","message_zh":"成功","message_en":"Success",)"
      R"("hint_zh":"","hint_en":"","condition":"success","retry":"never","http_status":200})");
}

TEST_CASE("format: values not in the catalogue are shown as they are") {
  const error gap = error::from_wire(605030002);
  CHECK(fmt::format("{}", gap) == "recording.unknown (605030002): 未知错误码（recording）");
  CHECK(fmt::format("{:en}", gap) == "recording.unknown (605030002): unknown recording error code");
  CHECK(fmt::format("{:h}", gap).empty());

  const error outside = error::from_wire(123456);
  CHECK(fmt::format("{}", outside) == "unknown (123456): 未知错误码");
  CHECK(fmt::format("{:en}", outside) == "unknown (123456): unknown error code");
  CHECK(fmt::format("{:d}", outside) == "unknown");

  const error lowest = error::from_wire(std::numeric_limits<std::int32_t>::min());
  CHECK(fmt::format("{:c}", lowest) == "-2147483648");
  CHECK(fmt::format("{:q}", lowest) == "unknown");
  CHECK(fmt::format("{:c}", error::from_wire(std::numeric_limits<std::int32_t>::max())) ==
        "2147483647");
  CHECK(fmt::format("{:j}", error::from_wire(-7)) ==
        R"({"domain":"unknown","code":-7,"name":"unknown","message_zh":"未知错误码",)"
        R"("message_en":"unknown error code","hint_zh":"","hint_en":"",)"
        R"("condition":"unknown","retry":"never","http_status":null})");
}

TEST_CASE("format: a retired code keeps its name and says it is retired") {
  using rtcerr_test::test_error;
  const test_error retired = test_error::from_wire(700002);
  REQUIRE(retired.retired());
  REQUIRE_FALSE(retired.known());
  CHECK(fmt::format("{}", retired) == "media.old_codec_error (700002): 已废弃的错误码");
  CHECK(fmt::format("{:en}", retired) == "media.old_codec_error (700002): retired error code");
  CHECK(fmt::format("{:n}", retired) == "old_codec_error");
  // A gap next to it is unknown, not retired.
  CHECK(fmt::format("{:en}", test_error::from_wire(700004)) ==
        "media.unknown (700004): unknown media error code");
}

TEST_CASE("format: a registry of one's own, its errc, and JSON escaping") {
  using rtcerr_test::media::errc;
  CHECK(fmt::format("{}", errc::camera_busy) == "media.camera_busy (700001): 摄像头被占用");
  CHECK(fmt::format("{:h.en}", errc::camera_busy) == "Close other programs using the camera");
  CHECK(fmt::format("{:j}", errc::quoted_text) ==
        R"({"domain":"media","code":700003,"name":"quoted_text",)"
        R"("message_zh":"含\"引号\"与\\反斜杠","message_en":"Has \"quotes\" and \\ backslash",)"
        R"("hint_zh":"第一行\n第二行\t制表","hint_en":"line one\nline two",)"
        R"("condition":"invalid_argument","retry":"never","http_status":409})");
}

TEST_CASE("format: a bad spec in a run-time format string throws fmt::format_error") {
  const error e{1};
  for (const char* bad : {"{:x}", "{:c.en}", "{:m.fr}", "{:>10}", "{:men}", "{:j.zh}"}) {
    INFO("format string " << bad);
    CHECK_THROWS_AS((void)fmt::format(fmt::runtime(bad), e), fmt::format_error);
  }
  CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:x}"), e),
                       "rtcerr: unknown format spec; expected zh, en, c, n, q, d, m, h or j",
                       fmt::format_error);
  CHECK(fmt::format(fmt::runtime("{:m.en}"), e) == "Invalid argument");
}

TEST_CASE("format: format_to_n truncates and reports the full size") {
  const error e = rtcerr::recording::errc::stream_data_timeout;
  std::array<char, 10> buffer{};
  const auto r = fmt::format_to_n(buffer.data(), buffer.size(), "{}", e);
  const std::string full = "recording.stream_data_timeout (605030046): 流数据超时";
  CHECK(r.size == full.size());
  CHECK(std::string_view(buffer.data(), buffer.size()) == "recording.");
  CHECK(r.out == buffer.data() + buffer.size());
}
