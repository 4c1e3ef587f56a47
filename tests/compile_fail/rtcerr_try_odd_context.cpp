// expect: RTCERR_TRY takes \(expr\) or \(decl, expr\), then "key", value pairs: a key without a value
// RTCERR_TRY with a declaration and a context key without its value: the
// argument count makes the macro read the declaration as the tried
// expression. It cannot tell, but it sees a result where the first key must
// be, and says what is wrong before the compiler's own parse error.
#include <string_view>

#include "rtcerr/rtcerr.hpp"

rtcerr::result<int> open_room(std::string_view room) {
  if (room.empty()) return rtcerr::engine::errc::invalid_argument;
  return 7;
}

rtcerr::result<int> join(std::string_view room) {
#ifdef RTCERR_CONTROL
  RTCERR_TRY(auto id, open_room(room), "room", room);
#else
  RTCERR_TRY(auto id, open_room(room), "room");
#endif
  return id + 1;
}
