// expect: the owned ranges of two domains overlap
// The media domain of examples/define_domain.cpp, given a range that overlaps
// the catalogue's recording domain (605030000-605039999), is rejected. The
// README's Examples section quotes this file's g++ diagnostic.
#include "rtcerr/registry.hpp"

#ifdef RTCERR_CONTROL
#define MEDIA_FIRST 700000
#else
#define MEDIA_FIRST 605030000
#endif

// clang-format off
#define ACME_MEDIA_CODES(CODE, RETIRED) \
  CODE(MEDIA_FIRST + 1, camera_busy, "摄像头被占用", "", "Camera is busy", "", busy, backoff, 0) \
  CODE(MEDIA_FIRST + 2, microphone_denied, "没有麦克风权限", "", "Microphone access denied", "", permission_denied, never, 0)
// clang-format on

namespace acme {
namespace media {
RTCERR_DEFINE_DOMAIN(media, MEDIA_FIRST, MEDIA_FIRST + 999, ACME_MEDIA_CODES);
}  // namespace media
using registry = rtcerr::registry_with<media::domain>;
using error = rtcerr::basic_error<registry>;
}  // namespace acme

// No explicit check: using the registry runs the rules.
acme::error busy() { return acme::media::errc::camera_busy; }
