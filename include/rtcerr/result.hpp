// rtcerr/result.hpp - `rtcerr::result<T>`: a T or an rtcerr::error.
//
//   rtcerr::result<int> port_of(std::string_view s) {
//     if (s.empty()) return rtcerr::engine::errc::invalid_argument;  // failure
//     return 7;                                                      // value
//   }
//   rtcerr::result<void> connect(std::string_view s) {
//     BOOST_OUTCOME_TRY(auto port, port_of(s));  // a failure is returned as is
//     ...
//     return rtcerr::success();
//   }
//   port_of("").value();  // throws rtcerr::exception_for<rtcerr::engine::errc::invalid_argument>
//
// `result<int>` is 8 bytes and trivially copyable. The rules (what value()
// and error() do when there is none, and why a failure can never be made
// from the success code 0) are at the top of rtcerr/core/basic_result.hpp and in
// docs/results-and-exceptions.md.
#pragma once

#include "rtcerr/core/basic_result.hpp"
#include "rtcerr/core/internal/export.hpp"
#include "rtcerr/registry.hpp"

namespace rtcerr {

// Throws the most specific exception of `e` (see rtcerr/exception.hpp).
// Defined in the rtcerr library; result<T>::value() calls it on a failure.
inline namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE {  // rtcerr/core/internal/config.hpp
[[noreturn]] RTCERR_API void throw_error(error e);
}

// The no-value policy of rtcerr::result.
using result_policy = basic_result_policy<error>;

// = boost::outcome_v2::basic_result<T, rtcerr::error, rtcerr::result_policy>
template <class T>
using result = basic_result<T, error>;

}  // namespace rtcerr
