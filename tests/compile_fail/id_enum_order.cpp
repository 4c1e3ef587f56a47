// expect: the registry's id enum must name its domains in registry order
// A registry's id enum must name its domains in registry order: with
// `{ b, a, unknown }` for a registry of <a, b>, domain() would answer b for an
// error of a, so it does not compile.
#include "rtcerr/core/basic_registry.hpp"

#define A_CODES(CODE, RETIRED) CODE(700001, a_busy, "忙", "", "Busy", "", busy, backoff, 0)
#define B_CODES(CODE, RETIRED) CODE(701001, b_busy, "忙", "", "Busy", "", busy, backoff, 0)
namespace a {
RTCERR_DEFINE_DOMAIN(a, 700000, 700999, A_CODES);
}
namespace b {
RTCERR_DEFINE_DOMAIN(b, 701000, 701999, B_CODES);
}
#ifdef RTCERR_CONTROL
enum class ids { a, b, unknown };
#else
enum class ids { b, a, unknown };
#endif
using registry = rtcerr::basic_registry<ids, a::domain, b::domain>;
static_assert(registry::domain_of(700001) == ids::a);
