// expect: a retired code number must never be reused
// A retired number can never be given to a new code.
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define NEW_CODE 700003
#else
#define NEW_CODE 700002
#endif

#define MEDIA_CODES(CODE, RETIRED)                                                   \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0) \
  RETIRED(700002, old_codec_error)                                                   \
  CODE(NEW_CODE, codec_error, "编解码失败", "", "Codec failed", "", internal_error, never, 0)
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
enum class ids { media, unknown };
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<ids, media::domain>>());
