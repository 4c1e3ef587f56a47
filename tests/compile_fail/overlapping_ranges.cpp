// expect: the owned ranges of two domains overlap
// Two domains whose owned ranges overlap are rejected.
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define VIDEO_FIRST 701000
#else
#define VIDEO_FIRST 700500
#endif

#define AUDIO_CODES(CODE, RETIRED) \
  CODE(700001, mic_busy, "麦克风被占用", "", "Microphone busy", "", busy, backoff, 0)
#define VIDEO_CODES(CODE, RETIRED) \
  CODE(701001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0)
namespace audio {
RTCERR_DEFINE_DOMAIN(audio, 700000, 700999, AUDIO_CODES);
}
namespace video {
RTCERR_DEFINE_DOMAIN(video, VIDEO_FIRST, 701999, VIDEO_CODES);
}
enum class ids { audio, video, unknown };
static_assert(
    rtcerr::registry_is_valid<rtcerr::basic_registry<ids, audio::domain, video::domain>>());
