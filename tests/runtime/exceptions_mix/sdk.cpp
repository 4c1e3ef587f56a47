// An SDK's object, built with -fno-exceptions: it calls value() on its own
// results (a failure would call the failure handler), as SDK code does.
#include <rtcerr/result.hpp>

int sdk_double(int x) {
  const rtcerr::result<int> r = x;
  return 2 * r.value();
}

// Returns a result to a caller built with exceptions: the same bytes, and
// each side runs its own value().
rtcerr::result<int> sdk_open(bool ready) {
  if (!ready) return rtcerr::engine::errc::not_initialized;
  return 7;
}

#ifdef CROSS_BY_PARAMETER
// Takes a result from a caller built in the other mode: does not link.
int sdk_take(const rtcerr::result<int>& r) { return r.has_value() ? 1 : 0; }
#endif
