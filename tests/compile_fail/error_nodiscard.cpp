// expect: nodiscard|ignoring return
// rtcerr::error is [[nodiscard]]: a function that reports failure by
// returning an error cannot have that error dropped silently, just as a
// dropped result warns. (Under -Werror, the warning stops the build.)
#include <rtcerr/registry.hpp>

rtcerr::error close_stream(int id) {
  if (id < 0) return rtcerr::engine::errc::invalid_argument;
  return {};
}

void shut_down() {
#ifdef RTCERR_CONTROL
  if (!close_stream(1).ok()) return;
#else
  close_stream(1);
#endif
}
