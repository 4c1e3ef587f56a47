// The failure handler of builds without exceptions
// (rtcerr/core/failure_handler.hpp): one per program, kept in the compiled
// library so that a shared librtcerr and everything using it agree.
#include "rtcerr/core/failure_handler.hpp"
#include "rtcerr/core/internal/text.hpp"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace rtcerr {
namespace {

std::atomic<failure_handler> installed{&default_failure_handler};

std::string_view what_happened(failure_kind kind) noexcept {
  switch (kind) {
    case failure_kind::value_of_failure: return "value() called on a failed result";
    case failure_kind::throw_error: return "throw_error() called";
    case failure_kind::error_of_success: return "error() called on a result that holds a value";
  }
  return "failure";
}

void put(std::string_view text) noexcept { std::fwrite(text.data(), 1, text.size(), stderr); }

}  // namespace

failure_handler set_failure_handler(failure_handler handler) noexcept {
  return installed.exchange(handler != nullptr ? handler : &default_failure_handler);
}

failure_handler get_failure_handler() noexcept { return installed.load(); }

void default_failure_handler(const failure_report& report) noexcept {
  // "rtcerr: value() called on a failed result: media.camera_busy (700001): 摄像头被占用"
  put("rtcerr: ");
  put(what_happened(report.kind));
  if (report.kind != failure_kind::error_of_success) {
    put(": ");
    put(report.domain);
    put(".");
    put(report.name);
    char code[detail::max_decimal_length + 1] = {};
    put(" (");
    put(detail::decimal_digits(report.code, code));
    put("): ");
    put(report.message);
  }
  put("\n");
  std::fflush(stderr);
  std::abort();
}

void handle_failure(const failure_report& report) noexcept {
  installed.load()(report);
  std::abort();  // a handler that returns has nowhere to return to
}

}  // namespace rtcerr
