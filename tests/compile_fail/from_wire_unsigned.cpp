// expect: from_wire takes a signed code
// from_wire of an unsigned 32-bit value says what to write instead (the two
// from_wire overloads would otherwise make the call ambiguous).
#include <cstdint>

#include "rtcerr/registry.hpp"

rtcerr::error read(std::uint32_t raw) {
#ifdef RTCERR_CONTROL
  return rtcerr::error::from_wire(static_cast<std::int32_t>(raw));
#else
  return rtcerr::error::from_wire(raw);
#endif
}
