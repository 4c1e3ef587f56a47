// Logging rtcerr errors with spdlog, which formats through the system {fmt}:
// the formatters and their specs work inside logging calls, for an error, a
// failed result and a caught exception, in Chinese and in English.
#include <doctest/doctest.h>
#include <spdlog/logger.h>
#include <spdlog/sinks/ostream_sink.h>

#include <memory>
#include <sstream>
#include <string>

#include "rtcerr/format.hpp"

namespace {

// A logger writing "LEVEL message" lines into a string stream.
struct captured_log {
  std::ostringstream text;
  spdlog::logger logger{"test", std::make_shared<spdlog::sinks::ostream_sink_st>(text)};
  captured_log() { logger.set_pattern("%l %v"); }
};

}  // namespace

TEST_CASE("spdlog: an error, in Chinese and in English") {
  captured_log log;
  const rtcerr::error e = rtcerr::recording::errc::stream_data_timeout;
  log.logger.error("upload failed: {}", e);
  log.logger.error("upload failed: {:en}", e);
  log.logger.warn("code={:c} name={:q} retry={:h}", e, e, e);
  CHECK(log.text.str() ==
        "error upload failed: recording.stream_data_timeout (605030046): 流数据超时\n"
        "error upload failed: recording.stream_data_timeout (605030046): Timed out waiting for "
        "stream data\n"
        "warning code=605030046 name=recording.stream_data_timeout retry=\n");
}

TEST_CASE("spdlog: an errc enumerator and a JSON field") {
  captured_log log;
  log.logger.info("{:m} / {:m.en}", rtcerr::gateway::errc::system_busy,
                  rtcerr::gateway::errc::system_busy);
  log.logger.info("event={:j}", rtcerr::error::from_wire(605030002));
  CHECK(
      log.text.str() ==
      "info 系统繁忙 / System busy\n"
      "info event={\"domain\":\"recording\",\"code\":605030002,\"name\":\"unknown\","
      "\"message_zh\":\"未知错误码（recording）\",\"message_en\":\"unknown recording error code\","
      "\"hint_zh\":\"\",\"hint_en\":\"\",\"condition\":\"unknown\",\"retry\":\"never\","
      "\"http_status\":null}\n");
}

namespace {

rtcerr::result<int> open_stream(int room) {
  if (room == 0) return rtcerr::recording::errc::stream_data_timeout;
  return room * 10;
}

}  // namespace

TEST_CASE("spdlog: a failed result, in Chinese and in English") {
  captured_log log;
  const rtcerr::result<int> r = open_stream(0);
  REQUIRE(r.has_error());
  log.logger.error("open_stream: {}", r);
  log.logger.error("open_stream: {:en}", r);
  log.logger.info("open_stream(2) = {}", open_stream(2));
  CHECK(log.text.str() ==
        "error open_stream: recording.stream_data_timeout (605030046): 流数据超时\n"
        "error open_stream: recording.stream_data_timeout (605030046): Timed out waiting for "
        "stream data\n"
        "info open_stream(2) = 20\n");
}

TEST_CASE("spdlog: a caught exception, in Chinese and in English") {
  captured_log log;
  try {
    (void)open_stream(0).value();
    FAIL("value() did not throw");
  } catch (const rtcerr::recording::exception& e) {
    log.logger.error("caught {}", e);
    log.logger.error("caught {:en} (hint: {:h.en})", e, e);
  }
  try {
    rtcerr::throw_error(rtcerr::engine::errc::not_initialized);
  } catch (const rtcerr::exception& e) {
    log.logger.critical("{:h}", e);
  }
  CHECK(log.text.str() ==
        "error caught recording.stream_data_timeout (605030046): 流数据超时\n"
        "error caught recording.stream_data_timeout (605030046): Timed out waiting for stream data "
        "(hint: )\n"
        "critical 请确认已经初始化引擎\n");
}
