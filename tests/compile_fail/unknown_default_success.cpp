// expect: an unknown-code default cannot have condition `success`
// An unknown-code default of condition `success` does not compile: only 0
// succeeds.
// The control states it right.
#include "rtcerr/core/domain.hpp"

// clang-format off
#define ACME_CODES(CODE, RETIRED) \
  CODE(3, a, "错误甲", "", "Error a", "", busy, backoff, 0)
// clang-format on
namespace acme {
#ifdef RTCERR_CONTROL
RTCERR_DEFINE_DOMAIN(alone, 1, 100, ACME_CODES, unknown(operation_failed, never));
#else
RTCERR_DEFINE_DOMAIN(alone, 1, 100, ACME_CODES, unknown(success, never));
#endif
}  // namespace acme

int main() { return acme::domain::unknown_defaults.size() == 0 ? 1 : 0; }
