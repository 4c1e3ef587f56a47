// expect: a failure code cannot have condition `success`
// A failure code whose condition is `success` is rejected: only 0 succeeds.
#include "rtcerr/core/error.hpp"

#ifdef RTCERR_CONTROL
#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0)
#else
#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", success, backoff, 0)
#endif
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
using registry = rtcerr::basic_registry<std::uint64_t, media::domain>;
// No explicit check: the registry type runs every rule when it is used.
rtcerr::basic_error<registry> first_code() { return rtcerr::basic_error<registry>{700001}; }
