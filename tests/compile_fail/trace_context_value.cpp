// expect: a trace context value must be an integer
// A trace context value is copied into a fixed record: integers, enums,
// bools and strings only. Anything else must be formatted into a string first.
#include "rtcerr/trace.hpp"

struct point {
  int x, y;
};

rtcerr::result<int> attempt() { return rtcerr::fail(rtcerr::recording::errc::invalid_argument); }

rtcerr::result<int> caller(point p) {
#ifdef RTCERR_CONTROL
  RTCERR_TRY(auto v, attempt(), "x", p.x);
#else
  RTCERR_TRY(auto v, attempt(), "where", p);
#endif
  return v;
}
