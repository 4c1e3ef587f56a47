// expect: HTTP status must be a failure
// one-rule: a code's HTTP status must be a failure status within 400-599, or 0
// A code's HTTP status is a failure status (4xx/5xx), or 0 to derive it.
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define HTTP 503
#else
#define HTTP 200
#endif

#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, HTTP)
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
enum class ids { media, unknown };
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<ids, media::domain>>());
