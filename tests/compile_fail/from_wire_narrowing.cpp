// expect: from_wire\(std::int32_t\) would narrow this 64-bit value
// A 64-bit value cannot reach from_wire(std::int32_t) and be narrowed into a
// valid-looking code (4294967297 is 2^32 + 1, which would become code 1).
// long long is 64 bits but not std::int64_t here (which is long), so it would
// otherwise convert silently; std::int64_t itself gets the checked overload.
#include <cstdint>
#include <optional>

#include "rtcerr/registry.hpp"

long long wide = 4294967297LL;

#ifdef RTCERR_CONTROL
std::optional<rtcerr::error> e = rtcerr::error::from_wire(static_cast<std::int64_t>(wide));
#else
rtcerr::error e = rtcerr::error::from_wire(wide);
#endif
