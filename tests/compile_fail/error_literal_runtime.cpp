// expect: for a value known only at run time write error::from_wire\(value\)
// error{value} with a value known only at run time names the fix,
// error::from_wire, rather than only saying the value is not a constant.
#include <cstdint>

#include "rtcerr/registry.hpp"

rtcerr::error read(std::int32_t raw) {
#ifdef RTCERR_CONTROL
  return rtcerr::error::from_wire(raw);
#else
  return rtcerr::error{raw};
#endif
}
