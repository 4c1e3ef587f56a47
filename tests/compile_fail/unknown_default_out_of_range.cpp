// expect: an unknown-code default's part of the range \(unknown_in\(first, last, ...\)\) must be non-empty and lie inside
// An unknown-code default for a part of the range that reaches past the domain's
// range (50-200 in [1, 100]) does not compile where the domain is defined.
// The control states it right.
#include "rtcerr/core/domain.hpp"

// clang-format off
#define ACME_CODES(CODE, RETIRED) \
  CODE(3, a, "错误甲", "", "Error a", "", busy, backoff, 0)
// clang-format on
namespace acme {
#ifdef RTCERR_CONTROL
RTCERR_DEFINE_DOMAIN(alone, 1, 100, ACME_CODES, unknown_in(50, 100, busy, backoff));
#else
RTCERR_DEFINE_DOMAIN(alone, 1, 100, ACME_CODES, unknown_in(50, 200, busy, backoff));
#endif
}  // namespace acme

int main() { return acme::domain::unknown_defaults.size() == 0 ? 1 : 0; }
