// expect: a domain owns INT32_MIN, the value reserved for failures made from the success code
// A registry whose domain owns INT32_MIN, the value that stands for a failure
// made from the success code, cannot be used for results.
#include <cstdint>

#include "rtcerr/core/basic_result.hpp"

#define LOW_CODES(CODE, RETIRED) \
  CODE(-2147483000, deep_failure, "深层失败", "", "Deep failure", "", internal_error, never, 0)

namespace low {
#ifdef RTCERR_CONTROL
RTCERR_DEFINE_DOMAIN(low, -2147483647, -2147482000, LOW_CODES);
#else
RTCERR_DEFINE_DOMAIN(low, -2147483647 - 1, -2147482000, LOW_CODES);
#endif
enum class id : std::uint8_t { low, unknown };
using registry = rtcerr::basic_registry<id, domain>;
}  // namespace low

using low_result = rtcerr::basic_result<int, rtcerr::basic_error<low::registry>>;
low_result f() { return low::errc::deep_failure; }
