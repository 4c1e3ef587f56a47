// RTCERR_FAILURE_COUNTERS=0 removes the counters entirely: built with a copy
// of the library compiled the same way (tests/runtime/counters.cmake), nothing is
// counted or stored, the hook is refused, and the exposition reads 0. The
// library copy has no counter storage at all (checked with nm there).
#include <doctest/doctest.h>

#include <string>

#include "rtcerr/metrics.hpp"
#include "rtcerr/rtcerr.h"
#include "rtcerr/rtcerr.hpp"
#include "rtcerr/trace.hpp"

static_assert(!rtcerr::failure_counters_enabled);

namespace {
void hook(const rtcerr::failure_event&) noexcept {}
}  // namespace

TEST_CASE("counters compiled out: nothing counted, hook refused, zeros exposed") {
  [[maybe_unused]] rtcerr::result<int> a = rtcerr::recording::errc::stream_data_timeout;
  [[maybe_unused]] rtcerr::result<int> b =
      rtcerr::fail(rtcerr::recording::errc::stream_data_timeout);
  rtcerr::count(rtcerr::recording::errc::stream_data_timeout);
  rtcerr_count_answer(605030046);
  const auto counts = rtcerr::failure_snapshot<rtcerr::registry>();
  CHECK(counts.size() == 84);  // the same buckets, all 0
  CHECK(counts.total_made() == 0);
  CHECK(counts.total_answered() == 0);
  CHECK(rtcerr_failures_made(605030046) == 0);
  CHECK(rtcerr_failure_counters_enabled() == 0);
  CHECK_FALSE(rtcerr::set_failure_hook(&hook));
  CHECK((rtcerr::get_failure_hook() == nullptr));
  const std::string text = rtcerr::metrics_text();
  CHECK(text.find("} 1\n") == std::string::npos);
  CHECK(text.ends_with("# EOF\n"));
  // Errors and traces work as ever.
  CHECK(a.error().name() == "stream_data_timeout");
  CHECK(rtcerr::trace_of(b).present());
}
