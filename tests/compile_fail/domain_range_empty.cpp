// expect: a domain's owned range must be non-empty \(first <= last\) and lie within int32
// A domain's owned range runs from FIRST to LAST: a LAST before FIRST owns
// nothing and does not compile.
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define LAST 700999
#else
#define LAST 699999
#endif

#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0)
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, LAST, MEDIA_CODES);
}
enum class ids { media, unknown };
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<ids, media::domain>>());
