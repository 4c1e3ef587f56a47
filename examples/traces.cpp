// Where did this error come from? A request to the recording service fails
// four calls down; the log line says which calls, where, and for which room
// and task. Then the same failure is thrown by value() and caught, trace and
// all.
//
//   rtcerr::fail(e)              the failure, with the line that made it
//   RTCERR_TRY(v, expr, k, v...) propagate it, adding this line and context
//   fmt::format("{:t}", r)       the error, then one line per hop, origin first
//
// Context arguments are evaluated only when the call failed; a success costs
// what BOOST_OUTCOME_TRY costs.
#include <fmt/core.h>

#include <string_view>

#include "rtcerr/rtcerr.hpp"

namespace recorder {

using rtcerr::result;
using errc = rtcerr::recording::errc;

// The media server stops sending data for one room.
result<int> read_stream(std::string_view room) {
  if (room == "r-1001") return rtcerr::fail(errc::stream_data_timeout);
  return 4096;
}

result<int> mix_audio(std::string_view room) {
  RTCERR_TRY(auto bytes, read_stream(room), "room", room);
  return bytes / 2;
}

result<int> write_segment(std::string_view room, int task) {
  RTCERR_TRY(auto mixed, mix_audio(room), "task", task);
  return mixed + task;
}

result<void> record(std::string_view room, int task) {
  RTCERR_TRY(write_segment(room, task));
  return rtcerr::success();
}

}  // namespace recorder

int main() {
  // Logged where it is handled, with its trace.
  if (const auto r = recorder::record("r-2002", 7); r) fmt::print("r-2002: recorded\n");
  if (const auto r = recorder::record("r-1001", 7); !r) fmt::print("r-1001: {:t.en}\n", r);

  // Thrown by value() and caught: the exception carries a copy of the trace.
  try {
    const int written = recorder::write_segment("r-1001", 8).value();
    fmt::print("wrote {}\n", written);
  } catch (const rtcerr::exception& e) {
    fmt::print("caught: {:t}\n", e);
  }
}
