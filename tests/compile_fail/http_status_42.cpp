// expect: a code's HTTP status must be a failure status within 400-599, or 0
// one-rule: a code's HTTP status must be a failure status within 400-599, or 0
// An HTTP status below 100 (here 42) is rejected.
#include "rtcerr/core/error.hpp"

#ifdef RTCERR_CONTROL
#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 503)
#else
#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 42)
#endif
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
using registry = rtcerr::basic_registry<std::uint64_t, media::domain>;
// No explicit check: the registry type runs every rule when it is used.
rtcerr::basic_error<registry> first_code() { return rtcerr::basic_error<registry>{700001}; }
