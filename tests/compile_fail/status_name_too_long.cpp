// expect: name must be at most 63 characters
// A code's name becomes its gRPC ErrorInfo reason, which AIP-193 limits to 63
// characters.
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define MEDIA_CODES(CODE, RETIRED)                                                                 \
  CODE(700001, camera_busy_because_another_program_uses_it, "摄像头被占用", "", "Camera busy", "", \
       busy, backoff, 0)
#else
#define MEDIA_CODES(CODE, RETIRED)                                                                \
  CODE(700001, camera_busy_because_another_program_is_using_it_right_now_again_x, "摄像头被占用", \
       "", "Camera busy", "", busy, backoff, 0)
#endif

namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
enum class ids { media, unknown };
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<ids, media::domain>>());
