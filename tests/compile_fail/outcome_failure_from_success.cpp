// expect: failed_result_made_from_success_code
// Outcome's own failure() of the success code stops constant evaluation, as
// rtcerr::failure does (at run time both give failure_from_success_value).
#include "rtcerr/result.hpp"

namespace outcome = BOOST_OUTCOME_V2_NAMESPACE;
#ifdef RTCERR_CONTROL
constexpr rtcerr::result<int> r = outcome::failure(rtcerr::error{1});
#else
constexpr rtcerr::result<int> r = outcome::failure(rtcerr::error{0});
#endif
static_assert(r.has_error());
