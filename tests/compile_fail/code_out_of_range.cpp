// expect: code lies outside its domain's owned range
// A code outside its domain's owned range is rejected.
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define STRAY_CODE 700999
#else
#define STRAY_CODE 701000
#endif

#define MEDIA_CODES(CODE, RETIRED)                                                   \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0) \
  CODE(STRAY_CODE, stray, "越界", "", "Out of range", "", internal_error, never, 0)
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
enum class ids { media, unknown };
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<ids, media::domain>>());
