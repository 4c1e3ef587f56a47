// expect: this failure's error has domains the result's registry lacks
// Even an explicit conversion of a whole application result into an
// rtcerr::result does not compile: the error's explicit conversion is the
// one place to say that a code loses its domain. The control converts a
// catalogue result into the application's, which is lossless.
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
acme::result<long> widen(const rtcerr::result<int>& from) { return acme::result<long>{from}; }
#else
rtcerr::result<long> narrow(const acme::result<int>& from) { return rtcerr::result<long>{from}; }
#endif
