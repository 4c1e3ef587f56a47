// {fmt} formatting of results, exceptions and std::error_codes: each shows
// the rtcerr error it carries, with every spec, or its value.
//
// Expected strings are written out by hand; none is produced by the
// formatter under test.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <system_error>

#include "format_test_registry.hpp"
#include "rtcerr/format.hpp"

using rtcerr::error;

namespace {

rtcerr::result<int> open_stream(int room) {
  if (room < 0) return rtcerr::engine::errc::invalid_argument;
  if (room == 0) return rtcerr::recording::errc::stream_data_timeout;
  return room * 10;
}

rtcerr::result<void> connect(bool ok) {
  if (!ok) return rtcerr::gateway::errc::system_busy;
  return rtcerr::success();
}

struct point {
  int x, y;
};

}  // namespace

template <>
struct fmt::formatter<point> {
  constexpr auto parse(fmt::format_parse_context& ctx) { return ctx.begin(); }
  template <class FormatContext>
  auto format(point p, FormatContext& ctx) const {
    return fmt::format_to(ctx.out(), "({}, {})", p.x, p.y);
  }
};

TEST_CASE("result: a failure formats as its error, with every spec") {
  const rtcerr::result<int> r = open_stream(0);
  REQUIRE(r.has_error());
  CHECK(fmt::format("{}", r) == "recording.stream_data_timeout (605030046): 流数据超时");
  CHECK(fmt::format("{:en}", r) ==
        "recording.stream_data_timeout (605030046): Timed out waiting for stream data");
  CHECK(fmt::format("{:c} {:q} {:m.en}", r, r, r) ==
        "605030046 recording.stream_data_timeout Timed out waiting for stream data");
  CHECK(fmt::format("{:j}", open_stream(-1)) ==
        R"({"domain":"engine","code":1,"name":"invalid_argument","message_zh":"非法参数",)"
        R"("message_en":"Invalid argument","hint_zh":"","hint_en":"",)"
        R"("condition":"invalid_argument","retry":"never","http_status":400})");
}

TEST_CASE("result: a value formats as the value") {
  CHECK(fmt::format("{}", open_stream(3)) == "30");
  CHECK(fmt::format("{:c}", open_stream(3)) == "0");  // {:c} is the result's code: 0 on success
  CHECK(fmt::format("{}", rtcerr::result<std::string>(std::string("room-7"))) == "room-7");
  CHECK(fmt::format("{}", rtcerr::result<bool>(true)) == "true");
  CHECK(fmt::format("{}", rtcerr::result<unsigned long long>(18446744073709551615ull)) ==
        "18446744073709551615");
  CHECK(fmt::format("{}", rtcerr::result<long long>(-9223372036854775807ll - 1)) ==
        "-9223372036854775808");
  CHECK(fmt::format("{}", rtcerr::result<double>(2.5)) == "2.5");
  CHECK(fmt::format("{}", rtcerr::result<char>('x')) == "x");
  CHECK(fmt::format("{}", rtcerr::result<point>(point{1, 2})) == "(1, 2)");
}

TEST_CASE("result<void>: success is the success code, formatted with the spec") {
  CHECK(fmt::format("{}", connect(true)) == "success (0): 成功");
  CHECK(fmt::format("{:en}", connect(true)) == "success (0): Success");
  CHECK(fmt::format("{:c}", connect(true)) == "0");
  CHECK(fmt::format("{}", connect(false)) == "gateway.system_busy (606000006): 系统繁忙");
}

TEST_CASE("result: a failure made from the success code says so") {
  const rtcerr::result<int> r = error::from_wire(0);
  REQUIRE(r.has_error());
  CHECK(fmt::format("{}", r) == "unknown (-2147483648): 以成功码 0 构造的失败（程序错误）");
  CHECK(fmt::format("{:m.en}", r) == "failure made from the success code 0 (a programming error)");
}

TEST_CASE("exceptions format as their code, whichever level is caught") {
  try {
    (void)open_stream(0).value();
    FAIL("value() did not throw");
  } catch (const rtcerr::exception& e) {
    CHECK(fmt::format("{}", e) == "recording.stream_data_timeout (605030046): 流数据超时");
    CHECK(fmt::format("{}", e) == e.what());
    CHECK(fmt::format("{:en}", e) ==
          "recording.stream_data_timeout (605030046): Timed out waiting for stream data");
    CHECK(fmt::format("{:c}", e) == "605030046");
  }
  try {
    rtcerr::throw_error(rtcerr::gateway::errc::request_timeout);
  } catch (const rtcerr::gateway::exception& e) {
    CHECK(fmt::format("{:q} {:m.en}", e, e) == "gateway.request_timeout Request timed out");
  }
  try {
    rtcerr::throw_error(rtcerr::gateway::errc::request_timeout);
  } catch (const rtcerr::condition_exception<rtcerr::condition::timeout>& e) {
    CHECK(fmt::format("{:c}", e) == "606000004");
  }
  try {
    rtcerr::throw_error(error::from_wire(605030002));
  } catch (const rtcerr::exception& e) {
    CHECK(fmt::format("{:en}", e) == "recording.unknown (605030002): unknown recording error code");
  }
  // The most derived type, formatted directly.
  const rtcerr::exception_for<rtcerr::session::errc::not_logged_in> typed;
  CHECK(fmt::format("{:q}", typed) == "session.not_logged_in");
}

TEST_CASE("std::error_code of an rtcerr category formats as the rtcerr error") {
  const std::error_code ec = rtcerr::make_error_code(rtcerr::recording::errc::stream_data_timeout);
  CHECK(fmt::format("{}", ec) == "recording.stream_data_timeout (605030046): 流数据超时");
  CHECK(fmt::format("{:en}", ec) ==
        "recording.stream_data_timeout (605030046): Timed out waiting for stream data");
  CHECK(fmt::format("{:c} {:d}", ec, ec) == "605030046 recording");
  const std::error_code from_enum = rtcerr::gateway::errc::system_busy;
  CHECK(fmt::format("{:q}", from_enum) == "gateway.system_busy");
  const std::error_code unknown = rtcerr::make_error_code(error::from_wire(605030002));
  CHECK(fmt::format("{}", unknown) == "recording.unknown (605030002): 未知错误码（recording）");
  CHECK(fmt::format("{}", std::error_code{}) == "success (0): 成功");
}

TEST_CASE("std::error_code of another category: category:value and its message") {
  const std::error_code ec = std::make_error_code(std::errc::timed_out);
  const std::string message = ec.message();  // the platform's text
  CHECK(fmt::format("{}", ec) == "generic:" + std::to_string(ec.value()) + ": " + message);
  CHECK(fmt::format("{:c}", ec) == std::to_string(ec.value()));
  CHECK(fmt::format("{:d}", ec) == "generic");
  CHECK(fmt::format("{:q}", ec) == "generic:" + std::to_string(ec.value()));
  CHECK(fmt::format("{:n}", ec) == "generic:" + std::to_string(ec.value()));
  CHECK(fmt::format("{:m.en}", ec) == message);
  CHECK(fmt::format("{:h}", ec).empty());
  CHECK(fmt::format("{:j}", ec) == R"({"category":"generic","code":)" + std::to_string(ec.value()) +
                                       R"(,"message":")" + message + R"("})");
}

TEST_CASE("results and exceptions of a registry of one's own") {
  using rtcerr_test::test_error;
  const rtcerr::basic_result<int, test_error> failed = rtcerr_test::media::errc::camera_busy;
  CHECK(fmt::format("{}", failed) == "media.camera_busy (700001): 摄像头被占用");
  const rtcerr::basic_result<int, test_error> retired = test_error::from_wire(700002);
  CHECK(fmt::format("{:en}", retired) == "media.old_codec_error (700002): retired error code");
  try {
    (void)failed.value();
  } catch (const rtcerr::basic_exception<rtcerr_test::test_registry>& e) {
    CHECK(fmt::format("{:h.en}", e) == "Close other programs using the camera");
  }
}

TEST_CASE("a bad spec for a result, an exception or an error code throws at run time") {
  const rtcerr::result<int> r = open_stream(0);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:x}"), r), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:c.en}"), std::error_code{}), fmt::format_error);
}
