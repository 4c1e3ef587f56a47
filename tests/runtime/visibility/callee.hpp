// A shared library in the way client SDKs ship one: compiled with
// -fvisibility=hidden -fvisibility-inlines-hidden, holding its own static copy
// of librtcerr, linked with -Wl,--exclude-libs,ALL so that none of rtcerr's
// symbols leave it. Only the functions below are exported. The program that
// loads it links its own librtcerr (tests/runtime/visibility/visibility_test.cpp), so
// two copies of every rtcerr object meet at this boundary.
#pragma once

#include <cstdint>
#include <system_error>

#include "rtcerr/core/internal/config.hpp"
#include "rtcerr/result.hpp"

#define CALLEE_API __attribute__((visibility("default")))

namespace callee {

// make_error_code of `value`, made with the library's own copy of rtcerr.
CALLEE_API std::error_code error_code_of(std::int32_t value) noexcept;

// The library's own rtcerr::condition_category(): the test compares its
// address with the program's, to prove that the copies really are two.
CALLEE_API const std::error_category& condition_category() noexcept;

// Whether the library's copy was built with RTCERR_TRACE_PRIVATE_KEYS.
CALLEE_API bool trace_keys_are_private() noexcept;

// `rtcerr::fail(engine::errc::invalid_argument)` handed on through one
// RTCERR_TRY, made with the library's copy (the SDK call).
CALLEE_API rtcerr::result<int> failed_through_try() noexcept;

// `rtcerr::fail(error::from_wire(value))` with the context `"id", id`,
// made with the library's copy (tests/runtime/visibility/trace_false_match_test.cpp).
CALLEE_API rtcerr::result<int> failed_with_id(std::int32_t value, std::int64_t id) noexcept;

// The library copy's process-wide settings: one per copy of rtcerr, so an
// SDK holding its own copy offers its users a way to set them (here, as an
// SDK's init function would; docs/platforms.md, "Process-wide settings").
CALLEE_API void set_message_language_english(bool english) noexcept;
CALLEE_API bool failure_handler_is_default() noexcept;

#if RTCERR_HAS_EXCEPTIONS
// rtcerr::throw_error(value) inside the library.
[[noreturn]] CALLEE_API void throw_error(std::int32_t value);

// `throw rtcerr::exception_for<recording::errc::stream_data_timeout>{}`
// written out in the library's own code.
[[noreturn]] CALLEE_API void throw_stream_data_timeout();

// `.value()` on a failed rtcerr::result<int> holding `value`.
CALLEE_API int value_of_failed_result(std::int32_t value);
#endif

}  // namespace callee
