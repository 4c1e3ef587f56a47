// expect: failure_type<rtcerr::basic_error<rtcerr::registry>, std::.*exception_ptr.* to .*rtcerr::result<int>
// An outcome<T, rtcerr::error> may hold an exception, which an
// rtcerr::result cannot: BOOST_OUTCOME_TRY of one in a function returning
// rtcerr::result is Outcome's compile error. The control handles the
// exception and passes the error on.
#include <boost/outcome/std_outcome.hpp>

#include "rtcerr/rtcerr.hpp"

namespace outcome = BOOST_OUTCOME_V2_NAMESPACE;
outcome::std_outcome<int, rtcerr::error> legacy() { return rtcerr::engine::errc::invalid_argument; }

rtcerr::result<int> open() {
#ifdef RTCERR_CONTROL
  auto o = legacy();
  if (o.has_exception()) std::rethrow_exception(o.exception());
  if (o.has_error()) return rtcerr::failure(o.error());
  return o.value();
#else
  BOOST_OUTCOME_TRY(auto v, legacy());
  return v;
#endif
}
