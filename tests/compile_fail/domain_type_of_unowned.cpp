// expect: no domain of the registry owns this value
// rtcerr::domain_type_of<Value, Registry> names the domain that owns Value;
// for a value no domain of the registry owns there is none, and it does not
// compile.
#include <type_traits>

#include "rtcerr/core/compose.hpp"

#ifdef RTCERR_CONTROL
#define VALUE 700001
#else
#define VALUE 800001
#endif

#define A_CODES(CODE, RETIRED) CODE(700001, a_busy, "忙", "", "Busy", "", busy, backoff, 0)
namespace a {
RTCERR_DEFINE_DOMAIN(a, 700000, 700999, A_CODES);
}
enum class ids { a, unknown };
using registry = rtcerr::basic_registry<ids, a::domain>;
static_assert(std::is_same_v<rtcerr::domain_type_of<VALUE, registry>, a::domain>);
