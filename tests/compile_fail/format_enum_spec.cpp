// expect: invalid_rtcerr_format_spec_see_docs_formatting_md
// rtcerr::condition, retry, lang and domain_id format as their names and
// take no spec: a spec is rejected at compile time like an error's unknown one.
#include <rtcerr/format.hpp>

#include <string>

std::string describe(rtcerr::condition c) {
#ifdef RTCERR_CONTROL
  return fmt::format("{}", c);
#else
  return fmt::format("{:>10}", c);
#endif
}
