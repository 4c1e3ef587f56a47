// expect: too_many_requests
// A gRPC override names a google.rpc.Code; anything else is not in the table.
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define GRPC resource_exhausted
#else
#define GRPC too_many_requests
#endif

#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0, GRPC)
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
enum class ids { media, unknown };
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<ids, media::domain>>());
