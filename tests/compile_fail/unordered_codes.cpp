// expect: codes must be listed in ascending order
// Codes listed out of ascending order are rejected (lookups rely on the order).
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define SECOND 700003
#else
#define SECOND 700000
#endif

#define MEDIA_CODES(CODE, RETIRED)                                                   \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0) \
  CODE(SECOND, mic_busy, "麦克风被占用", "", "Microphone busy", "", busy, backoff, 0)
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
enum class ids { media, unknown };
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<ids, media::domain>>());
