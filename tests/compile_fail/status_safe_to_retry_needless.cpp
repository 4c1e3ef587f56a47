// expect: `safe_to_retry` is for a code that answers gRPC INTERNAL
// `safe_to_retry` marks an INTERNAL code whose policy is backoff; on any
// other code it means nothing, and a reader would take it for a promise.
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define POLICY backoff
#else
#define POLICY never
#endif

#define MEDIA_CODES(CODE, RETIRED)                                                               \
  CODE(700001, encoder_crashed, "编码器崩溃", "", "Encoder crashed", "", internal_error, POLICY, \
       0, safe_to_retry)
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
enum class ids { media, unknown };
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<ids, media::domain>>());
