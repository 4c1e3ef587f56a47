// expect: invalid_rtcerr_format_spec_see_docs_formatting_md
// The same holds when an errc enumerator is formatted directly, and for a
// language given to a field that has none.
#include <rtcerr/format.hpp>

#include <string>

std::string describe() {
#ifdef RTCERR_CONTROL
  return fmt::format("{:m.en}", rtcerr::gateway::errc::system_busy);
#else
  return fmt::format("{:c.en}", rtcerr::gateway::errc::system_busy);
#endif
}
