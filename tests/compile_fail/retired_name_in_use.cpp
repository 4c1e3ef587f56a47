// expect: a retired code's name is still the name of a live code
// A RETIRED line whose name is still a live code's name is rejected: a name means one code forever.
#include "rtcerr/core/error.hpp"

#ifdef RTCERR_CONTROL
#define MEDIA_CODES(CODE, RETIRED)                                                   \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0) \
  RETIRED(700002, old_camera_busy)
#else
#define MEDIA_CODES(CODE, RETIRED)                                                   \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0) \
  RETIRED(700002, camera_busy)
#endif
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
using registry = rtcerr::basic_registry<std::uint64_t, media::domain>;
// No explicit check: the registry type runs every rule when it is used.
rtcerr::basic_error<registry> first_code() { return rtcerr::basic_error<registry>{700001}; }
