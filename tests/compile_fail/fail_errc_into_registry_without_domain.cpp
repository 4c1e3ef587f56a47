// expect: this failure's error has domains the result's registry lacks
// rtcerr::fail of an application domain's errc converts into the results of
// registries holding that domain, and into no other: in a function
// returning rtcerr::result, the code would read as unknown.
#include "rtcerr/rtcerr.hpp"

#define ACME_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera is busy", "", busy, backoff, 0)
namespace acme {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, ACME_CODES);
using error = rtcerr::basic_error<rtcerr::registry_with<domain>>;
template <class T>
using result = rtcerr::basic_result<T, error>;
}  // namespace acme

#ifdef RTCERR_CONTROL
acme::result<int> open() {
#else
rtcerr::result<int> open() {
#endif
  return rtcerr::fail(acme::errc::camera_busy);
}
