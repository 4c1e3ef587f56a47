// expect: this failure's error has domains the result's registry lacks
// as_failure() of an application's result returned from a function that
// returns rtcerr::result would turn the application's code into an unknown
// one: it does not compile. The control says the conversion explicitly.
#include "rtcerr/rtcerr.hpp"

#define ACME_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera is busy", "", busy, backoff, 0)
namespace acme {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, ACME_CODES);
using error = rtcerr::basic_error<rtcerr::registry_with<domain>>;
template <class T>
using result = rtcerr::basic_result<T, error>;
}  // namespace acme

acme::result<int> camera() { return acme::errc::camera_busy; }

rtcerr::result<int> open() {
  acme::result<int> r = camera();
#ifdef RTCERR_CONTROL
  if (!r) return rtcerr::failure(rtcerr::error{r.error()});
#else
  if (!r) return std::move(r).as_failure();
#endif
  return r.value();
}
