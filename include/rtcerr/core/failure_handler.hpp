// rtcerr/core/failure_handler.hpp - what happens instead of a throw when a
// program is built without exceptions.
//
// Built with -fno-exceptions (RTCERR_HAS_EXCEPTIONS == 0, see
// rtcerr/core/internal/config.hpp), rtcerr never throws. The three places that would
// throw call the failure handler instead, with a report of what went wrong:
//
//   result.value() on a failure     kind value_of_failure, the result's error
//   throw_error(e)                  kind throw_error, e
//   result.error() on a success     kind error_of_success, no error (code 0)
//
// The default handler prints one line to stderr and aborts:
//
//   rtcerr: value() called on a failed result: media.camera_busy (700001): 摄像头被占用
//
// A program replaces it at run time (a function pointer kept in the compiled
// library: one per copy of librtcerr, so the modules of a program that use
// one shared librtcerr share one handler, while an SDK holding its own
// static copy keeps its own and sets it from its own code, as for the
// message language in rtcerr/core/language.hpp):
//
//   [[noreturn]] void crash_report(const rtcerr::failure_report& r) noexcept {
//     my_crash_log("rtcerr", r.domain, r.name, r.code);
//     std::abort();
//   }
//   rtcerr::set_failure_handler(crash_report);
//
// A handler must not return: the caller has no value to give back. If one
// returns anyway, std::abort() follows. It may end the process, or leave by
// longjmp or by switching to another context; it is called with no locks held
// by rtcerr, possibly on several threads at once. It should not allocate if
// it is to report out-of-memory errors reliably.
//
// With exceptions enabled the handler is never called (the same three places
// throw, see rtcerr/core/basic_result.hpp and rtcerr/core/basic_exception.hpp), but it
// can still be set, so that code shared between both kinds of build compiles
// unchanged.
#pragma once

#include <cstdint>
#include <string_view>

#include "rtcerr/core/internal/config.hpp"
#include "rtcerr/core/internal/export.hpp"

namespace rtcerr {

// Where the failure happened.
enum class failure_kind : std::uint8_t {
  value_of_failure,  // value() on a result holding an error
  throw_error,       // throw_error(e)
  error_of_success,  // error() on a result holding a value
};

// A description of the failure; every view is into static storage.
struct failure_report {
  failure_kind kind;
  std::int32_t code;         // the error's value; 0 for error_of_success
  std::string_view domain;   // "media"; "unknown" outside every domain's range
  std::string_view name;     // "camera_busy"; "unknown" when not listed
  std::string_view message;  // the Chinese message, as in what()
};

// Must not return (see the top of this file).
using failure_handler = void (*)(const failure_report&) noexcept;

// Installs `handler` and returns the one it replaces; nullptr installs the
// default. Thread-safe.
RTCERR_API failure_handler set_failure_handler(failure_handler handler) noexcept;

// The handler installed now (never nullptr).
RTCERR_API failure_handler get_failure_handler() noexcept;

// Prints the report to stderr, one line, and calls std::abort(). Allocates
// nothing.
[[noreturn]] RTCERR_API void default_failure_handler(const failure_report& report) noexcept;

// Calls the installed handler with `report`; std::abort() if it returns.
[[noreturn]] RTCERR_API void handle_failure(const failure_report& report) noexcept;

// --- Implementation details follow. -----------------------------------------

namespace detail {

// The report of `e` (any registry's basic_error) failing as `kind`.
template <class Error>
[[noreturn]] void handle_failure_of(failure_kind kind, Error e) noexcept {
  handle_failure(failure_report{kind, e.value(), e.domain_name(), e.name(), e.message()});
}

}  // namespace detail

}  // namespace rtcerr
