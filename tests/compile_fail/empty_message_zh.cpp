// expect: needs a non-empty Chinese and English message
// Every code needs a Chinese message.
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define ZH "摄像头被占用"
#else
#define ZH ""
#endif

#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, ZH, "", "Camera busy", "", busy, backoff, 0)
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
enum class ids { media, unknown };
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<ids, media::domain>>());
