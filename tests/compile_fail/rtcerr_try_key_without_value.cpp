// expect: RTCERR_TRY takes \(expr\) or \(decl, expr\), then "key", value pairs: a key without a value
// RTCERR_TRY with an expression and one context key without its value: the
// argument count makes the macro read the key as the tried expression, and
// it says so.
#include <string_view>

#include "rtcerr/rtcerr.hpp"

rtcerr::result<void> open_room(std::string_view room) {
  if (room.empty()) return rtcerr::engine::errc::invalid_argument;
  return rtcerr::success();
}

rtcerr::result<void> join(std::string_view room) {
#ifdef RTCERR_CONTROL
  RTCERR_TRY(open_room(room), "room", room);
#else
  RTCERR_TRY(open_room(room), "room");
#endif
  return rtcerr::success();
}
