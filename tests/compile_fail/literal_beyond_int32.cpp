// expect: error_literal_is_not_zero_or_a_registered_code
// A literal beyond int32 is rejected, not truncated into a valid-looking code.
#include "rtcerr/registry.hpp"

#ifdef RTCERR_CONTROL
constexpr rtcerr::error e{606000006};
#else
constexpr rtcerr::error e{606000006 + (std::int64_t{1} << 32)};
#endif
static_assert(e.value() != 0);
