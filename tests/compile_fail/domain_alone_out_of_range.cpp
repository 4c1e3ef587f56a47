// expect: a code lies outside its domain's owned range
// A domain's own rules run where RTCERR_DEFINE_DOMAIN stands, not only
// inside a registry: a code outside the domain's range (500 in [1, 10]), in a domain that no
// registry holds, stops compilation where its exception type is used. The control lists it right.
#include "rtcerr/core/basic_exception.hpp"

#ifdef RTCERR_CONTROL
// clang-format off
#define ACME_CODES(CODE, RETIRED) \
  CODE(3, a, "错误甲", "", "Error a", "", busy, backoff, 0) \
  CODE(5, b, "错误乙", "", "Error b", "", busy, backoff, 0)
// clang-format on
#else
// clang-format off
#define ACME_CODES(CODE, RETIRED) \
  CODE(3, a, "错误甲", "", "Error a", "", busy, backoff, 0) \
  CODE(500, b, "错误乙", "", "Error b", "", busy, backoff, 0)
// clang-format on
#endif
namespace acme {
RTCERR_DEFINE_DOMAIN(alone, 1, 10, ACME_CODES);
}  // namespace acme

[[noreturn]] void fail_with_a() { throw rtcerr::exception_for<acme::errc::a>{}; }
