// The C API of the failure counters (rtcerr/rtcerr.h): the catalogue's
// counters, read and written as C++ code does (rtcerr/core/counters.hpp).
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>

#include "rtcerr/core/metrics.hpp"
#include "rtcerr/registry.hpp"
#include "rtcerr/rtcerr.h"

namespace {

using rtcerr::error;

// The error whose bucket `code` is counted in: a value outside int32 is
// outside every domain, like failure_from_success_value.
error bucket_error(std::int64_t code) noexcept {
  if (code < std::numeric_limits<std::int32_t>::min() ||
      code > std::numeric_limits<std::int32_t>::max())
    return error::from_wire(rtcerr::failure_from_success_value);
  return error::from_wire(static_cast<std::int32_t>(code));
}

}  // namespace

extern "C" {

int rtcerr_failure_counters_enabled(void) { return rtcerr::failure_counters_enabled ? 1 : 0; }

std::uint64_t rtcerr_failures_made(std::int64_t code) {
  if (code == 0) return 0;
  return rtcerr::failure_snapshot<rtcerr::registry>().of(bucket_error(code)).made;
}

std::uint64_t rtcerr_failures_answered(std::int64_t code) {
  if (code == 0) return 0;
  return rtcerr::failure_snapshot<rtcerr::registry>().of(bucket_error(code)).answered;
}

void rtcerr_count_answer(std::int64_t code) {
  if (code != 0) rtcerr::count(bucket_error(code));
}

std::size_t rtcerr_metrics_text(char* buffer, std::size_t size, rtcerr_metrics_format format) {
  const std::string text = rtcerr::metrics_text<rtcerr::registry>(
      format == RTCERR_METRICS_PROMETHEUS ? rtcerr::metrics_format::prometheus
                                          : rtcerr::metrics_format::openmetrics);
  if (buffer != nullptr && size != 0) {
    const std::size_t n = text.size() < size - 1 ? text.size() : size - 1;
    std::memcpy(buffer, text.data(), n);
    buffer[n] = '\0';
  }
  return text.size();
}

}  // extern "C"
