// expect: invalid_rtcerr_format_spec_see_docs_formatting_md
// Results, exceptions and std::error_codes take the same specs as errors, and
// an unknown one fails to compile in the same way.
#include <rtcerr/format.hpp>

#include <string>
#include <system_error>

std::string describe(const rtcerr::result<int>& r, const rtcerr::exception& e,
                     const std::error_code& ec) {
#ifdef RTCERR_CONTROL
  return fmt::format("{:c} {:m.en} {:j}", r, e, ec);
#else
  return fmt::format("{:c} {:m.en} {:jj}", r, e, ec);
#endif
}
