// expect: failed_result_made_from_success_code
// rtcerr::failure(e) made from the success code 0 does not compile where it
// is evaluated at compile time (results trust the failures it makes, so it
// checks them itself).
#include "rtcerr/result.hpp"

#ifdef RTCERR_CONTROL
constexpr rtcerr::result<int> r = rtcerr::failure(rtcerr::error{606000006});
#else
constexpr rtcerr::result<int> r = rtcerr::failure(rtcerr::error{0});
#endif
static_assert(r.has_error());
