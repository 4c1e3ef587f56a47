// expect: two domains have the same id
// Two domains with the same stable id are rejected, like overlapping ranges.
#include "rtcerr/core/basic_registry.hpp"

#define AUDIO_CODES(CODE, RETIRED) \
  CODE(700001, mic_busy, "麦克风被占用", "", "Microphone busy", "", busy, backoff, 0)
#define VIDEO_CODES(CODE, RETIRED) \
  CODE(701001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0)
namespace audio {
RTCERR_DEFINE_DOMAIN_WITH_ID(audio, 0x1234, 700000, 700999, AUDIO_CODES);
}
namespace video {
#ifdef RTCERR_CONTROL
RTCERR_DEFINE_DOMAIN_WITH_ID(video, 0x5678, 701000, 701999, VIDEO_CODES);
#else
RTCERR_DEFINE_DOMAIN_WITH_ID(video, 0x1234, 701000, 701999, VIDEO_CODES);
#endif
}  // namespace video
using registry = rtcerr::basic_registry<std::uint64_t, audio::domain, video::domain>;
static_assert(registry::domain_of(701001) == 0x5678 || registry::domain_count == 2);
