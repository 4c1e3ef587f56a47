// rtcerr/core/condition.hpp - the generic conditions and the retry policies, one line each.
//
// A code's *condition* says what kind of failure it is, whatever its domain:
// `timeout` is `timeout` in the client engine and in the recording service.
// Code that reacts to failures (retry, re-login, report a bug) branches on
// it rather than on individual codes. Its *retry policy* says what a caller
// does before trying again.
//
// Each condition is one line of RTCERR_CONDITIONS below, and every fact about
// a condition is a column of that line:
//
//   X(name, gRPC code, HTTP status, Retry-After seconds, std::errc equivalent,
//     中文, English)
//
// The HTTP status is 0 where code.proto's mapping of the gRPC code fits
// (rtcerr/core/grpc_code.hpp), or the status the condition's meaning calls
// for where it does not.
//
// Everything else is derived from the list, so no two places can disagree:
// the `condition` enum and its names (here), what a service answers
// (rtcerr/core/status_mapping.hpp), the std::error_category of conditions and
// their std::errc equivalences (rtcerr/core/basic_error_code.hpp,
// src/runtime/condition_category.cpp), the C API and the generated bindings.
//
// `success` is the condition of code 0; `unknown` the condition of any value
// that is not a listed code; both stay first and last.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rtcerr/core/grpc_code.hpp"
#include "rtcerr/core/internal/string_view.hpp"

// The gRPC codes follow AIP-193 and code.proto's descriptions: the failure
// is the client's to fix (INVALID_ARGUMENT, FAILED_PRECONDITION, NOT_FOUND,
// ALREADY_EXISTS, PERMISSION_DENIED, UNAUTHENTICATED), a limit was reached
// (RESOURCE_EXHAUSTED), or the server failed (DEADLINE_EXCEEDED, UNAVAILABLE,
// INTERNAL, UNKNOWN). The HTTP status of a condition is its gRPC code's
// (code.proto's table) unless the HTTP column says otherwise. Retry-After is
// used only for codes whose retry policy is `backoff`. The std::errc column
// names a std::errc enumerator, or `none`. Notes on single rows (the reasons,
// code by code, are in docs/services.md):
//   - insufficient_balance is a precondition (top up first), not a quota; over
//     HTTP it is 403, as RFC 9457's own "out of credit" example answers;
//   - out_of_memory is RESOURCE_EXHAUSTED, but over HTTP 503: the server (or
//     device) cannot serve now, while 429 would tell the client that *it*
//     sends too much (RFC 6585 §4);
//   - insufficient_storage (a server's or device's storage is full) is
//     RESOURCE_EXHAUSTED too (code.proto: "perhaps the entire file system is
//     out of space"), over HTTP 507 Insufficient Storage (RFC 4918 §11.5), not
//     429; listed last but one, so that the numbers of the others stay;
//   - invalid_state is FAILED_PRECONDITION, over HTTP 409 Conflict: "the
//     request conflicts with the current state of the target resource" (RFC
//     9110 §15.5.10), which a client resolves by changing that state first;
//   - timeout is a *server's* wait on something it depends on (a media
//     service, a heartbeat, stream data, an upstream): UNAVAILABLE, and HTTP
//     504 Gateway Timeout. DEADLINE_EXCEEDED would read as the client's own
//     deadline, which gRPC reports itself;
//   - not_supported is UNIMPLEMENTED (HTTP 501); device_error a precondition
//     (fix or free the device); operation_failed says nothing more, code.proto's
//     UNKNOWN (HTTP 500).
// clang-format off
#define RTCERR_CONDITIONS(X)                                                                                                                           \
  X(success,               ok,                  0,   0,  none,                    "成功",               "success")                                     \
  X(invalid_argument,      invalid_argument,    0,   1,  invalid_argument,        "参数无效",           "invalid argument")                            \
  X(not_initialized,       failed_precondition, 0,   1,  none,                    "未初始化",           "not initialized")                             \
  X(out_of_memory,         resource_exhausted,  503, 5,  not_enough_memory,       "内存不足",           "out of memory")                               \
  X(authentication_failed, unauthenticated,     0,   1,  none,                    "认证失败",           "authentication failed")                       \
  X(app_not_found,         not_found,           0,   1,  none,                    "应用不存在",         "application not found")                       \
  X(not_logged_in,         unauthenticated,     0,   1,  none,                    "未登录",             "not logged in")                               \
  X(already_logged_in,     already_exists,      0,   1,  none,                    "已登录",             "already logged in")                           \
  X(insufficient_balance,  failed_precondition, 403, 1,  none,                    "余额不足",           "insufficient balance")                        \
  X(permission_denied,     permission_denied,   0,   1,  permission_denied,       "没有权限",           "permission denied")                           \
  X(not_supported,         unimplemented,       0,   1,  none,                    "不支持的操作",       "operation not supported")                     \
  X(already_exists,        already_exists,      0,   1,  none,                    "已存在",             "already exists")                              \
  X(not_found,             not_found,           0,   1,  none,                    "不存在",             "not found")                                   \
  X(invalid_state,         failed_precondition, 409, 1,  none,                    "当前状态不允许该操作", "operation not allowed in the current state")\
  X(limit_exceeded,        resource_exhausted,  0,   30, none,                    "超出限制",           "limit exceeded")                              \
  X(timeout,               unavailable,         504, 2,  timed_out,               "超时",               "timed out")                                   \
  X(busy,                  unavailable,         0,   5,  device_or_resource_busy, "繁忙",               "busy")                                        \
  X(network_error,         unavailable,         0,   2,  none,                    "网络错误",           "network error")                               \
  X(device_error,          failed_precondition, 0,   1,  none,                    "设备错误",           "device error")                                \
  X(internal_error,        internal,            0,   2,  none,                    "内部错误",           "internal error")                              \
  X(operation_failed,      unknown,             0,   2,  none,                    "操作失败",           "operation failed")                            \
  X(insufficient_storage,  resource_exhausted,  507, 30, no_space_on_device,      "存储空间不足",       "insufficient storage")                        \
  X(unknown,               unknown,             0,   2,  none,                    "未知错误",           "unknown error")

// X(name, meaning)
#define RTCERR_RETRY_POLICIES(X)                                        \
  X(never,               "the request itself is wrong: fix it, do not retry") \
  X(backoff,             "transient: retry later, with exponential backoff")  \
  X(refresh_credentials, "obtain a new token or log in again, then retry")
// clang-format on

namespace rtcerr {

// The language of a message or hint.
enum class lang : std::uint8_t { zh, en };

#define RTCERR_DETAIL_ENUMERATOR_OF_ROW(name, ...) name,
#define RTCERR_DETAIL_ONE_PER_ROW(...) 1 +

// What kind of failure a code is, independent of the domain that raised it.
enum class condition : std::uint8_t { RTCERR_CONDITIONS(RTCERR_DETAIL_ENUMERATOR_OF_ROW) };

// What a caller should do before trying the same operation again (the
// meanings are RTCERR_RETRY_POLICIES's second column).
enum class retry : std::uint8_t { RTCERR_RETRY_POLICIES(RTCERR_DETAIL_ENUMERATOR_OF_ROW) };

// How many conditions and retry policies there are: one per line of the lists.
inline constexpr std::size_t condition_count = RTCERR_CONDITIONS(RTCERR_DETAIL_ONE_PER_ROW) 0;
inline constexpr std::size_t retry_count = RTCERR_RETRY_POLICIES(RTCERR_DETAIL_ONE_PER_ROW) 0;

#undef RTCERR_DETAIL_ENUMERATOR_OF_ROW
#undef RTCERR_DETAIL_ONE_PER_ROW

// Names of the enumerators, as spelled in code ("invalid_argument");
// "unknown" for a value cast from outside the enum.
constexpr std::string_view to_string(condition c) noexcept;
constexpr std::string_view to_string(retry r) noexcept;

// What a condition means, in Chinese (like the catalogue's messages) or
// English: "超时" / "timed out". For a value cast from outside the enum, the
// text that says so.
constexpr std::string_view condition_message(condition c, lang l) noexcept;

// --- Implementation details follow. -----------------------------------------

#define RTCERR_DETAIL_NAME_OF_ROW(name, ...) RTCERR_DETAIL_LITERAL(#name),

namespace detail {
inline constexpr std::string_view condition_names[] = {
    RTCERR_CONDITIONS(RTCERR_DETAIL_NAME_OF_ROW)};
inline constexpr std::string_view retry_names[] = {
    RTCERR_RETRY_POLICIES(RTCERR_DETAIL_NAME_OF_ROW)};

#define RTCERR_DETAIL_CONDITION_TEXT(name, grpc, http, seconds, errc, zh, en) \
  {RTCERR_DETAIL_LITERAL(zh), RTCERR_DETAIL_LITERAL(en)},
struct condition_text {
  std::string_view zh, en;
};
inline constexpr condition_text condition_texts[] = {
    RTCERR_CONDITIONS(RTCERR_DETAIL_CONDITION_TEXT)};
#undef RTCERR_DETAIL_CONDITION_TEXT
}  // namespace detail

#undef RTCERR_DETAIL_NAME_OF_ROW

static_assert(static_cast<std::size_t>(condition::unknown) + 1 == condition_count &&
                  condition::success == condition{},
              "rtcerr: RTCERR_CONDITIONS must begin with `success` and end with `unknown`");

constexpr std::string_view to_string(condition c) noexcept {
  const auto i = static_cast<std::size_t>(c);
  return i < condition_count ? detail::condition_names[i] : "unknown";
}
constexpr std::string_view to_string(retry r) noexcept {
  const auto i = static_cast<std::size_t>(r);
  return i < retry_count ? detail::retry_names[i] : "unknown";
}

constexpr std::string_view condition_message(condition c, lang l) noexcept {
  const auto i = static_cast<std::size_t>(c);
  if (i >= condition_count) return l == lang::en ? "unknown error condition" : "未知的错误类别";
  return l == lang::en ? detail::condition_texts[i].en : detail::condition_texts[i].zh;
}

}  // namespace rtcerr
