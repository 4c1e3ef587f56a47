// expect: rtcerr::registry|conversion|convert
// An application's error converts into rtcerr::error only explicitly: the
// application's own domains mean nothing to the catalogue.
#include "rtcerr/registry.hpp"

#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0)
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
using app_error = rtcerr::basic_error<rtcerr::registry_with<media::domain>>;
constexpr app_error a = media::errc::camera_busy;
#ifdef RTCERR_CONTROL
constexpr rtcerr::error e{a};
#else
constexpr rtcerr::error e = a;
#endif
static_assert(e.value() == 700001);
