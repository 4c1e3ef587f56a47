// expect: an error converts only between registries whose domains do not overlap
// Errors do not convert between registries whose domains overlap: the value
// would silently change domain.
#include "rtcerr/registry.hpp"

#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera busy", "", busy, backoff, 0)
#ifdef RTCERR_CONTROL
#define OLD_CODES(CODE, RETIRED) \
  CODE(800500, old_busy, "旧设备忙", "", "Old device busy", "", busy, backoff, 0)
#else
#define OLD_CODES(CODE, RETIRED) \
  CODE(700500, old_busy, "旧设备忙", "", "Old device busy", "", busy, backoff, 0)
#endif
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
namespace old_media {
#ifdef RTCERR_CONTROL
RTCERR_DEFINE_DOMAIN(old_media, 800000, 800999, OLD_CODES);
#else
RTCERR_DEFINE_DOMAIN(old_media, 700000, 700999, OLD_CODES);
#endif
}  // namespace old_media
using a_error = rtcerr::basic_error<rtcerr::registry_with<media::domain>>;
using b_error = rtcerr::basic_error<rtcerr::registry_with<old_media::domain>>;
constexpr a_error a = media::errc::camera_busy;
constexpr b_error b{a};
static_assert(b.value() == 700001);
