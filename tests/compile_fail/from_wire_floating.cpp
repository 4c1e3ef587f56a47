// expect: from_wire takes an integer code, not a floating-point number
// from_wire of a floating-point number (a JSON number parsed as double) says
// what to write instead.
#include <cstdint>
#include <optional>

#include "rtcerr/registry.hpp"

std::optional<rtcerr::error> read(double raw) {
#ifdef RTCERR_CONTROL
  return rtcerr::error::from_wire(static_cast<std::int64_t>(raw));
#else
  return rtcerr::error::from_wire(raw);
#endif
}
