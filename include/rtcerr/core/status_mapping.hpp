// rtcerr/core/status_mapping.hpp - what a service answers for a code: its
// gRPC status code, its HTTP status, and when the client may try again.
//
// Every code of every domain gets all three, without writing them per code:
//
//   condition ──(table below)──> grpc_code ──(code.proto's table)──> HTTP status
//             └─(the condition's own HTTP status, where code.proto's does not fit)
//   retry policy + condition ──> retry advice (Retry-After seconds, re-authenticate)
//
// A domain list can still say more about one code: a non-zero HTTP status in
// its CODE line is kept as published (a REST gateway's documented answers),
// and the optional fields after it override the gRPC code and mark an INTERNAL
// failure as safe to retry (rtcerr/core/domain.hpp). They are checked with the
// registry (rtcerr/core/internal/checks.hpp): an HTTP status that is not a 4xx/5xx
// failure, a failure mapped to gRPC OK, or an INTERNAL code advising backoff
// without `safe_to_retry` (AIP-194) does not compile.
//
//   e.grpc_code();               // grpc_code::unavailable for a `busy` code
//   e.http_status();             // 503
//   rtcerr::retry_advice_for(e); // {retry::backoff, 5}: send "Retry-After: 5"
//
// For values that are not listed codes (a newer peer's code, a gap, a
// retired number): the defaults their domain states for them decide
// (unknown_default, rtcerr/core/domain.hpp): the default condition's gRPC
// code and HTTP status, the default retry policy's advice. Where the domain
// states none (and outside every domain): `grpc_code()` is UNKNOWN, never
// OK; `http_status()` is 0, since nothing says which HTTP answer fits (a
// server answering one anyway uses `response_status()`, 500); the retry
// advice is "never", like `retry()`.
//
// All of it is constexpr and allocation-free: tables in static storage,
// looked up by index.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>

#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/grpc_code.hpp"

namespace rtcerr {

// What a condition means to gRPC, and how long a client backing off from a
// transient failure of that kind should wait before its first retry.
struct condition_status {
  rtcerr::condition condition;
  grpc_code grpc;
  // The HTTP status of the condition's codes: code.proto's for `grpc`, unless
  // the condition's line gives its own (RTCERR_CONDITIONS's HTTP column).
  int http;
  // Used only for codes whose retry policy is `backoff`: the suggested
  // Retry-After, in seconds (> 0).
  std::uint16_t retry_after_seconds;
};

// Indexed by condition: one row per line of RTCERR_CONDITIONS
// (rtcerr/core/condition.hpp), which gives the gRPC code and Retry-After of
// each and says why.
#define RTCERR_DETAIL_CONDITION_STATUS(name, grpc, http, seconds, ...) \
  {condition::name, grpc_code::grpc, http != 0 ? http : http_status_of(grpc_code::grpc), seconds},
inline constexpr condition_status condition_statuses[condition_count] = {
    RTCERR_CONDITIONS(RTCERR_DETAIL_CONDITION_STATUS)};
#undef RTCERR_DETAIL_CONDITION_STATUS

namespace detail {
// Declared here for the API below; defined after it ("Implementation details
// follow"), with the check of the table.

// The row of condition `c` (`unknown`'s for a value outside the enum).
constexpr const condition_status& status_of(condition c) noexcept;
}  // namespace detail

// The gRPC code of a listed code: its override if its CODE line has one,
// else its condition's.
constexpr grpc_code grpc_code_of(const code_info& c) noexcept {
  return c.grpc_override >= 0 ? static_cast<grpc_code>(c.grpc_override)
                              : detail::status_of(c.condition).grpc;
}

// The HTTP status of a listed code: its CODE line's when non-zero; else, for
// a code with a gRPC override, the one code.proto gives that gRPC code; else
// its condition's (RTCERR_CONDITIONS). 200 for the success code.
constexpr int http_status_of(const code_info& c) noexcept {
  if (c.http_status != 0) return c.http_status;
  if (c.grpc_override >= 0) return http_status_of(grpc_code_of(c));
  return detail::status_of(c.condition).http;
}

// The gRPC code of a value that is not a listed code: its domain's default
// condition's (unknown_default, rtcerr/core/domain.hpp), so UNKNOWN where
// the domain states none.
constexpr grpc_code grpc_code_of(const unknown_default& u) noexcept {
  return detail::status_of(u.condition).grpc;
}

// The HTTP status of a value that is not a listed code: its domain's default
// condition's; 0 where the domain states none (response_status() answers 500).
constexpr int http_status_of(const unknown_default& u) noexcept {
  return u.condition == condition::unknown ? 0 : detail::status_of(u.condition).http;
}

// When a client may try again, in the terms of HTTP and gRPC.
struct retry_advice {
  rtcerr::retry policy = retry::never;
  // The suggested Retry-After in seconds: > 0 exactly when policy is
  // `backoff`. Send it as `Retry-After` (RFC 9110 §10.2.3) with 429 and 503,
  // and as google.rpc.RetryInfo's retry_delay.
  std::uint16_t retry_after_seconds = 0;

  // True for `backoff` only: the same request may be sent again, after
  // Retry-After. False for `never` (fix the request) and for
  // `refresh_credentials`: sent again as it is, with the same token, the
  // request fails again; get new credentials first (reauthenticate()).
  constexpr bool retryable() const noexcept { return policy == retry::backoff; }
  // True for `refresh_credentials`: get a new token or log in, then retry.
  constexpr bool reauthenticate() const noexcept { return policy == retry::refresh_credentials; }
  friend constexpr bool operator==(retry_advice, retry_advice) noexcept = default;
};

// The advice for a policy and a condition (of any registry's error).
constexpr retry_advice retry_advice_of(retry policy, condition c) noexcept {
  return {policy,
          policy == retry::backoff ? detail::status_of(c).retry_after_seconds : std::uint16_t{0}};
}

// The advice for an error of any registry: from its retry policy and
// condition. An unknown value gets `never` (its retry() is `never`).
template <class Error>
  requires requires(const Error& e) {
    { e.retry() } -> std::same_as<retry>;
    { e.condition() } -> std::same_as<condition>;
  }
constexpr retry_advice retry_advice_for(const Error& e) noexcept {
  return retry_advice_of(e.retry(), e.condition());
}

// The HTTP status a server answers an error with: `e.http_status()`, or 500
// for a value that has none (not a listed code), so that a response always
// has a failure status. 200 for the success code.
template <class Error>
  requires requires(const Error& e) {
    { e.http_status() } -> std::convertible_to<int>;
  }
constexpr int response_status(const Error& e) noexcept {
  const int status = e.http_status();
  return status != 0 ? status : 500;
}

// --- Implementation details follow. -----------------------------------------

namespace detail {
constexpr bool condition_statuses_are_complete() noexcept {
  for (std::size_t i = 0; i < condition_count; ++i) {
    const condition_status& row = condition_statuses[i];
    if (static_cast<std::size_t>(row.condition) != i) return false;
    if ((row.grpc == grpc_code::ok) != (row.condition == condition::success)) return false;
    if (!is_grpc_number(grpc_number(row.grpc))) return false;
    if (row.condition != condition::success && row.retry_after_seconds == 0) return false;
    if ((row.http == 200) != (row.condition == condition::success)) return false;
    if (row.condition != condition::success && (row.http < 400 || row.http > 599)) return false;
  }
  return true;
}
static_assert(condition_statuses_are_complete(),
              "rtcerr: condition_statuses must list every condition in enum order, map only "
              "success to gRPC OK and HTTP 200, give every failure an HTTP status within "
              "400-599 and a Retry-After of at least 1 s");

constexpr const condition_status& status_of(condition c) noexcept {
  const auto i = static_cast<std::size_t>(c);
  return condition_statuses[i < condition_count ? i : static_cast<std::size_t>(condition::unknown)];
}
}  // namespace detail

// The registry rule (called by rtcerr/core/internal/checks.hpp).
namespace detail::checks {

// The finders below use the domain rules' loop and offender value
// (first_code_where, value_at and `none`, rtcerr/core/internal/domain_rules.hpp).
//
// The first code whose gRPC override is not a failure code. (The HTTP
// status has its one rule with the domain's others, domain_rules.hpp.)
template <class D>
constexpr std::size_t first_bad_grpc_override() {
  return first_code_where<D>([](const code_info& c) {
    return !(c.grpc_override == -1 || (c.grpc_override >= 1 && c.grpc_override <= 16));
  });
}

// True for a code that answers gRPC INTERNAL and advises backoff: the codes
// whose CODE line must say `safe_to_retry`, and the only ones that may.
constexpr bool internal_with_backoff(const code_info& c) noexcept {
  return grpc_code_of(c) == grpc_code::internal && c.retry == retry::backoff;
}

// The first code that answers INTERNAL with backoff without `safe_to_retry`.
template <class D>
constexpr std::size_t first_internal_backoff_not_marked() {
  return first_code_where<D>(
      [](const code_info& c) { return internal_with_backoff(c) && !c.safe_to_retry; });
}

// The first code marked `safe_to_retry` where the mark means nothing.
template <class D>
constexpr std::size_t first_needless_safe_to_retry() {
  return first_code_where<D>(
      [](const code_info& c) { return c.safe_to_retry && !internal_with_backoff(c); });
}

RTCERR_DETAIL_RULE(internal_code_backs_off_only_when_safe,
                   "a code that answers gRPC INTERNAL advises `backoff` only when its CODE line "
                   "says the operation is safe to retry (AIP-194 retries only UNAVAILABLE): add "
                   "`safe_to_retry` after the HTTP status (and the gRPC override, if any), or make "
                   "its retry policy `never`",
                   class Domain, std::int64_t Code);

RTCERR_DETAIL_RULE(safe_to_retry_marks_an_internal_backoff_code,
                   "`safe_to_retry` is for a code that answers gRPC INTERNAL with retry policy "
                   "`backoff`; this code does not: remove the mark",
                   class Domain, std::int64_t Code);

// The first unknown-code default that answers INTERNAL and advises backoff.
// No default may: it has no `safe_to_retry`, since an unlisted code is never
// known to be safe to send again.
template <class D>
constexpr std::size_t first_internal_backoff_default() {
  return first_default_where<D>([](table_view<unknown_default> rows, std::size_t i) {
    return grpc_code_of(rows[i]) == grpc_code::internal && rows[i].retry == retry::backoff;
  });
}

RTCERR_DETAIL_RULE(unknown_default_does_not_back_off_on_internal,
                   "an unknown-code default that answers gRPC INTERNAL cannot advise `backoff`: "
                   "an unlisted code is never known to be safe to retry (AIP-194 retries only "
                   "UNAVAILABLE); make its retry policy `never`, or pick another condition",
                   class Domain, std::int64_t First);

RTCERR_DETAIL_RULE(code_grpc_override_is_a_failure,
                   "a code's gRPC override must be a google.rpc.Code failure (cancelled ... "
                   "unauthenticated; OK is for success only)",
                   class Domain, std::int64_t Code);

// AIP-193 limits an ErrorInfo reason to 63 characters; the reason is the
// code's name in upper case (rtcerr/grpc.hpp), so names stay within that.
inline constexpr std::size_t max_code_name_length = 63;

template <class D>
constexpr std::size_t first_long_name() {
  return first_code_where<D>(
      [](const code_info& c) { return c.name.size() > max_code_name_length; });
}

RTCERR_DETAIL_RULE(code_name_fits_an_error_reason,
                   "a code's name must be at most 63 characters: it is the gRPC ErrorInfo reason "
                   "(AIP-193), in upper case",
                   class Domain, std::int64_t Code);

template <class D>
constexpr bool status_mapping_is_valid() {
  constexpr std::size_t bad = first_bad_grpc_override<D>();
  constexpr std::size_t long_name = first_long_name<D>();
  constexpr std::size_t unmarked = first_internal_backoff_not_marked<D>();
  constexpr std::size_t needless = first_needless_safe_to_retry<D>();
  constexpr std::size_t default_backoff = first_internal_backoff_default<D>();
  return unknown_default_does_not_back_off_on_internal<D, default_value_at<D>(default_backoff),
                                                       default_backoff == none>::value &&
         code_grpc_override_is_a_failure<D, value_at<D>(bad), bad == none>::value &&
         code_name_fits_an_error_reason<D, value_at<D>(long_name), long_name == none>::value &&
         internal_code_backs_off_only_when_safe<D, value_at<D>(unmarked),
                                                unmarked == none>::value &&
         safe_to_retry_marks_an_internal_backoff_code<D, value_at<D>(needless),
                                                      needless == none>::value;
}

}  // namespace detail::checks
}  // namespace rtcerr
