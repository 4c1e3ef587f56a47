// rtcerr/trace.hpp - error return traces for the platform's catalogue.
//
//   rtcerr::result<int> start_task(std::string_view room) {
//     if (room.empty()) return rtcerr::fail(rtcerr::recording::errc::invalid_argument);
//     ...
//   }
//   rtcerr::result<void> record(std::string_view room, int task) {
//     RTCERR_TRY(auto id, start_task(room), "room", room, "task", task);
//     ...
//   }
//   fmt::print("{:t}\n", record("", 7));  // the error, each hop, then room="" task=7
//
// Everything is described in rtcerr/core/basic_trace.hpp and docs/traces.md; this
// header adds `rtcerr::fail` for rtcerr::error and every catalogue `errc`
// enumerator (a failure of rtcerr::error) next to the templates for any
// registry's error and any domain's errc.
#pragma once

#include <source_location>

#include "rtcerr/core/basic_trace.hpp"
#include "rtcerr/registry.hpp"
#include "rtcerr/result.hpp"

namespace rtcerr {

// `return rtcerr::fail(e);`: a failure of `e` (any errc enumerator of the
// catalogue, or an rtcerr::error) whose trace starts at the caller's line.
// The success code 0 becomes `failure_from_success_value`, as in failure().
// (In the failure counters' inline namespace, as the template it calls:
// rtcerr/core/counters.hpp.)
inline namespace RTCERR_COUNTER_ABI_NAMESPACE {
[[gnu::always_inline]] inline BOOST_OUTCOME_V2_NAMESPACE::failure_type<error> fail(
    error e, std::source_location where = std::source_location::current()) noexcept {
  return fail<registry>(e, where);
}
}  // namespace RTCERR_COUNTER_ABI_NAMESPACE

// The same for an errc enumerator of the catalogue: more constrained than
// rtcerr/core/basic_trace.hpp's fail() for any domain's errc, so that the
// catalogue's codes keep giving a failure of rtcerr::error.
template <domain_errc Errc>
  requires registry::has_errc<Errc>
[[gnu::always_inline]] inline BOOST_OUTCOME_V2_NAMESPACE::failure_type<error> fail(
    Errc code, std::source_location where = std::source_location::current()) noexcept {
  return fail<registry>(code, where);
}

}  // namespace rtcerr
