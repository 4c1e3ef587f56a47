// expect: rtcerr: the registry's data changed, so its fingerprint did
// A registry that states its fingerprint as a literal (as the catalogue does
// in rtcerr/fingerprint.hpp) cannot keep a stale one: after a change to its
// data the check fails, and the diagnostic names the new value to state.
#include "rtcerr/core/basic_fingerprint.hpp"
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera is busy", "", busy, backoff, 0)
#else
// The English message was edited; the stated fingerprint below was not.
#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "The camera is busy", "", busy, backoff, 0)
#endif
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
using registry = rtcerr::basic_registry<std::uint64_t, media::domain>;
static_assert(rtcerr::stated_fingerprint_is_current<registry, 0xaa56700730f6f412ull>());
