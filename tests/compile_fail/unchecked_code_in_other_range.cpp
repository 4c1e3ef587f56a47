// expect: a code lies outside its domain's owned range
// Validation cannot be skipped: a code listed in domain `a` but numbered
// inside `b`'s range is rejected although nothing asks for a check - using
// the registry is enough.
#include "rtcerr/core/error.hpp"

#ifdef RTCERR_CONTROL
#define A_CODES(CODE, RETIRED) CODE(700001, a_busy, "忙", "", "Busy", "", busy, backoff, 0)
#else
#define A_CODES(CODE, RETIRED) CODE(701001, a_busy, "忙", "", "Busy", "", busy, backoff, 0)
#endif
#define B_CODES(CODE, RETIRED) CODE(701002, b_busy, "忙", "", "Busy", "", busy, backoff, 0)
namespace a {
RTCERR_DEFINE_DOMAIN(a, 700000, 700999, A_CODES);
}
namespace b {
RTCERR_DEFINE_DOMAIN(b, 701000, 701999, B_CODES);
}
using registry = rtcerr::basic_registry<std::uint64_t, a::domain, b::domain>;
rtcerr::basic_error<registry> first_code() { return a::errc::a_busy; }
