// expect: this failure's error has domains the result's registry lacks
// BOOST_OUTCOME_TRY of an application's result inside a function returning
// rtcerr::result would turn the application's code into an unknown one: it
// does not compile. The control propagates into the application's result.
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

#ifdef RTCERR_CONTROL
acme::result<int> open() {
#else
rtcerr::result<int> open() {
#endif
  BOOST_OUTCOME_TRY(auto v, camera());
  return v + 1;
}
