// expect: two domains have the same name
// Two domains with the same name are rejected.
#include "rtcerr/core/basic_registry.hpp"

#define AUDIO_CODES(CODE, RETIRED) \
  CODE(700001, mic_busy, "麦克风被占用", "", "Microphone busy", "", busy, backoff, 0)
#define VIDEO_CODES(CODE, RETIRED) \
  CODE(701001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0)
namespace audio {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, AUDIO_CODES);
}
namespace video {
#ifdef RTCERR_CONTROL
RTCERR_DEFINE_DOMAIN(video, 701000, 701999, VIDEO_CODES);
#else
RTCERR_DEFINE_DOMAIN(media, 701000, 701999, VIDEO_CODES);
#endif
}  // namespace video
enum class ids { media, video, unknown };  // spelled as the domains (a registry rule)
static_assert(
    rtcerr::registry_is_valid<rtcerr::basic_registry<ids, audio::domain, video::domain>>());
