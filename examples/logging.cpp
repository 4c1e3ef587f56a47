// Logging rtcerr errors with spdlog.
//
// spdlog formats through {fmt}; with <rtcerr/format.hpp> included, errors,
// errc enumerators, results, exceptions and error codes can be passed to any
// logging call, and the format specs choose what to show:
//
//   {}      recording.stream_data_timeout (605030046): 流数据超时
//   {:en}   recording.stream_data_timeout (605030046): Timed out waiting for stream data
//   {:c}    605030046
//   {:j}    {"domain":"recording","code":605030046,...}   (one JSON object)
//
// The full table of specs is docs/formatting.md. A misspelt spec ({:x}) is a
// compile error, not a garbled log line.
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <rtcerr/format.hpp>
#include <rtcerr/rtcerr.hpp>

namespace {

// A function that can fail: a value, or an rtcerr::error.
rtcerr::result<int> open_stream(int room) {
  if (room < 0) return rtcerr::engine::errc::invalid_argument;
  if (room == 0) return rtcerr::recording::errc::stream_data_timeout;
  return room * 10;  // the stream id
}

}  // namespace

int main() {
  auto log = spdlog::stdout_logger_st("example");
  log->set_pattern("[%l] %v");  // level and message only, so that CTest can check the output

  // An error, in each language, and the pieces one by one.
  const rtcerr::error busy = rtcerr::gateway::errc::system_busy;
  log->warn("gateway: {}", busy);
  log->warn("gateway: {:en}", busy);
  log->info("code={:c} name={:q} message={:m.en}", busy, busy, busy);

  // A result: its value when it has one, its error when it failed.
  log->info("open_stream(3) = {}", open_stream(3));
  if (const rtcerr::result<int> r = open_stream(0); !r) log->error("open_stream(0) failed: {}", r);

  // An exception: value() on a failed result throws the typed exception.
  try {
    (void)open_stream(-1).value();
  } catch (const rtcerr::exception& e) {
    log->error("caught: {:en}", e);
  }

  // One JSON object per line, for log shippers; and a code from a newer peer.
  log->info("event={:j}", rtcerr::error{606000001});
  log->warn("peer sent {:en}", rtcerr::error::from_wire(605030002));
  return 0;
}
