// A program built with RTCERR_TRACES set by check.cmake, linked against the
// rtcerr library as built. It must link only when the settings agree.
#include "rtcerr/result.hpp"

int main() {
  const rtcerr::result<int> r = rtcerr::recording::errc::stream_data_timeout;
  return r.has_error() ? 0 : 1;
}
