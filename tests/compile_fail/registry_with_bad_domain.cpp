// expect: code lies outside its domain's owned range
// An application's domain added to the catalogue with registry_with<> is
// checked by its own rules too, not only against the catalogue's domains:
// the catalogue's rules are skipped in each unit (the library proved them),
// a code of the application's domain outside its owned range is not.
#include "rtcerr/registry.hpp"

#ifdef RTCERR_CONTROL
#define STRAY_CODE 700003
#else
#define STRAY_CODE 701003  // beyond the domain's last code, 700999
#endif

// clang-format off
#define ACME_MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera is busy", "", busy, backoff, 0) \
  CODE(STRAY_CODE, codec_missing, "缺少编解码器", "", "Codec missing", "", not_supported, never, 0)
// clang-format on

namespace acme {
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, ACME_MEDIA_CODES);
}  // namespace media
using registry = rtcerr::registry_with<media::domain>;
using error = rtcerr::basic_error<registry>;
}  // namespace acme

acme::error busy() { return acme::media::errc::camera_busy; }
