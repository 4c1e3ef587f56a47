// expect: a registry's id type is std::uint64_t \(the domains' own ids\) or an enum listing one enumerator per domain
// A registry's id type is std::uint64_t (what domain() then answers is the
// domain's own id), or an enum naming its domains and then `unknown`: any
// other integer type does not compile.
#include <cstdint>

#include "rtcerr/core/basic_registry.hpp"

#define A_CODES(CODE, RETIRED) CODE(700001, a_busy, "忙", "", "Busy", "", busy, backoff, 0)
namespace a {
RTCERR_DEFINE_DOMAIN(a, 700000, 700999, A_CODES);
}
#ifdef RTCERR_CONTROL
using id_type = std::uint64_t;
#else
using id_type = int;
#endif
using registry = rtcerr::basic_registry<id_type, a::domain>;
static_assert(registry::domain_count == 1);
