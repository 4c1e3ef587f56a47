// expect: invalid_rtcerr_format_spec_see_docs_formatting_md
// A format spec that rtcerr does not define must not compile: a typo such as
// {:x} in a logging call would otherwise only show up when the error happens.
#include <rtcerr/format.hpp>

#include <string>

std::string describe(rtcerr::error e) {
#ifdef RTCERR_CONTROL
  return fmt::format("{:c}", e);
#else
  return fmt::format("{:x}", e);
#endif
}
