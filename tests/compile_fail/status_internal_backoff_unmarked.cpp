// expect: advises `backoff` only when its CODE line says the operation is safe
// A code that answers gRPC INTERNAL and advises backoff must say, in its CODE
// line, that the failed operation is safe to send again (AIP-194 retries only
// UNAVAILABLE; retrying a non-idempotent call after INTERNAL is risky).
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define POLICY never
#else
#define POLICY backoff
#endif

#define MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, encoder_crashed, "编码器崩溃", "", "Encoder crashed", "", internal_error, POLICY, 0)
namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
}
enum class ids { media, unknown };
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<ids, media::domain>>());
