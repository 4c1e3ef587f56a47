// expect: an unknown-code default that answers gRPC INTERNAL cannot advise `backoff`
// An unknown-code default obeys the rule a code does: a code that answers
// gRPC INTERNAL advises backoff only when its CODE line says `safe_to_retry`,
// and an unlisted code is never known to be safe, so a default (here for a
// part of the range) of condition internal_error with retry backoff does not
// compile in a registry. The control retries it never.
#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define POLICY never
#else
#define POLICY backoff
#endif

// clang-format off
#define ACME_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera is busy", "", busy, backoff, 0)
// clang-format on
namespace acme {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, ACME_CODES, unknown(busy, backoff),
                     unknown_in(700500, 700599, internal_error, POLICY));
}  // namespace acme
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<std::uint64_t, acme::domain>>());

int main() { return 0; }
