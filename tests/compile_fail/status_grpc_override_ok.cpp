// expect: OK is for success only
// A failure cannot be mapped to gRPC OK: that would tell clients it succeeded.
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define GRPC unavailable
#else
#define GRPC ok
#endif

#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0, GRPC)
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
enum class ids { media, unknown };
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<ids, media::domain>>());
