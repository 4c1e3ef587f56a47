// expect: 0 is reserved for success
// A domain may not own 0: it is the universal success code.
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define FIRST 1
#else
#define FIRST 0
#endif

#define MEDIA_CODES(CODE, RETIRED) \
  CODE(1, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0)
namespace media {
RTCERR_DEFINE_DOMAIN(media, FIRST, 999, MEDIA_CODES);
}
enum class ids { media, unknown };
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<ids, media::domain>>());
