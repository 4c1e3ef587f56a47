// The shared library of tests/visibility (see callee.hpp).
#include "callee.hpp"

#include "rtcerr/rtcerr.hpp"

namespace callee {

std::error_code error_code_of(std::int32_t value) noexcept {
  return make_error_code(rtcerr::error::from_wire(value));
}

const std::error_category& condition_category() noexcept { return rtcerr::condition_category(); }

bool trace_keys_are_private() noexcept { return RTCERR_TRACE_PRIVATE_KEYS != 0; }

namespace {
[[gnu::noinline]] rtcerr::result<int> origin() {
  return rtcerr::fail(rtcerr::engine::errc::invalid_argument);
}
}  // namespace

rtcerr::result<int> failed_through_try() noexcept {
  RTCERR_TRY(auto v, origin());
  return v;
}

rtcerr::result<int> failed_with_id(std::int32_t value, std::int64_t id) noexcept {
  return rtcerr::with_context(rtcerr::result<int>(rtcerr::fail(rtcerr::error::from_wire(value))),
                              "id", id);
}

void set_message_language_english(bool english) noexcept {
  rtcerr::set_message_language(english ? rtcerr::lang::en : rtcerr::lang::zh);
}

bool failure_handler_is_default() noexcept {
  return rtcerr::get_failure_handler() == &rtcerr::default_failure_handler;
}

#if RTCERR_HAS_EXCEPTIONS
void throw_error(std::int32_t value) { rtcerr::throw_error(rtcerr::error::from_wire(value)); }

void throw_stream_data_timeout() {
  throw rtcerr::exception_for<rtcerr::recording::errc::stream_data_timeout>{};
}

int value_of_failed_result(std::int32_t value) {
  const rtcerr::result<int> r = rtcerr::error::from_wire(value);
  return r.value();
}
#endif

}  // namespace callee
