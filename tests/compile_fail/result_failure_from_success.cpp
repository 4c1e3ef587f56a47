// expect: failed_result_made_from_success_code
// A failed result made from the success code 0 does not compile where it is
// evaluated at compile time.
#include "rtcerr/result.hpp"

#ifdef RTCERR_CONTROL
constexpr rtcerr::result<int> r = rtcerr::engine::errc::invalid_argument;
#else
constexpr rtcerr::result<int> r = rtcerr::error{0};
#endif
static_assert(r.has_error());
