// expect: an error_code does not become an rtcerr error by conversion
// A std::error_code cannot become an rtcerr::error (its category may be any
// library's), so BOOST_OUTCOME_TRY of a std_result in a function returning
// rtcerr::result does not compile, and the diagnostic says to map the code,
// as the control does.
#include <boost/outcome/std_result.hpp>

#include "rtcerr/rtcerr.hpp"

namespace outcome = BOOST_OUTCOME_V2_NAMESPACE;
outcome::std_result<int> legacy() { return std::make_error_code(std::errc::timed_out); }
rtcerr::error to_rtcerr(std::error_code) { return rtcerr::engine::errc::invalid_argument; }

rtcerr::result<int> open() {
#ifdef RTCERR_CONTROL
  auto r = legacy();
  if (!r) return rtcerr::failure(to_rtcerr(r.error()));
  return r.value();
#else
  BOOST_OUTCOME_TRY(auto v, legacy());
  return v;
#endif
}
