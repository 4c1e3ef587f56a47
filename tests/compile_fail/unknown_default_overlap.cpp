// expect: two unknown-code defaults cover the same values
// Two unknown-code defaults for overlapping parts of the range (10-20 and
// 20-30 share 20) do not compile.
// The control states it right.
#include "rtcerr/core/domain.hpp"

// clang-format off
#define ACME_CODES(CODE, RETIRED) \
  CODE(3, a, "错误甲", "", "Error a", "", busy, backoff, 0)
// clang-format on
namespace acme {
#ifdef RTCERR_CONTROL
RTCERR_DEFINE_DOMAIN(alone, 1, 100, ACME_CODES, unknown_in(10, 19, busy, backoff),
                     unknown_in(20, 30, timeout, backoff));
#else
RTCERR_DEFINE_DOMAIN(alone, 1, 100, ACME_CODES, unknown_in(10, 20, busy, backoff),
                     unknown_in(20, 30, timeout, backoff));
#endif
}  // namespace acme

int main() { return acme::domain::unknown_defaults.size() == 0 ? 1 : 0; }
