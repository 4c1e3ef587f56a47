// Units built with and without failure counters link into one program and
// each keeps its own setting: the setting's inline namespace (counters_on_v1
// / counters_off_v1) gives their results' policies, fail() and count()
// different names, so the linker cannot pick one unit's inline copy for the
// other's. This unit is built with RTCERR_FAILURE_COUNTERS=0;
// counters_mix_on.cpp with the build's (on); the library is the build's.
#undef RTCERR_FAILURE_COUNTERS
#define RTCERR_FAILURE_COUNTERS 0
#include <doctest/doctest.h>

#include "rtcerr/rtcerr.h"
#include "rtcerr/rtcerr.hpp"
#include "rtcerr/trace.hpp"

static_assert(!rtcerr::failure_counters_enabled);

namespace counters_mix {
int make_failure_counted();  // counters_mix_on.cpp

int make_failure_uncounted() {
  [[maybe_unused]] rtcerr::result<int> r = rtcerr::recording::errc::stream_data_timeout;
  [[maybe_unused]] rtcerr::result<int> f =
      rtcerr::fail(rtcerr::recording::errc::stream_data_timeout);
  return r.error().value() + f.error().value() * 0;
}
}  // namespace counters_mix

TEST_CASE("units with and without counters in one program each keep their setting") {
  const auto before = rtcerr_failures_made(605030046);
  CHECK(counters_mix::make_failure_uncounted() == 605030046);
  CHECK(rtcerr_failures_made(605030046) == before);
  CHECK(counters_mix::make_failure_counted() == 605030046);
  CHECK(rtcerr_failures_made(605030046) == before + 1);
  CHECK(counters_mix::make_failure_uncounted() == 605030046);
  CHECK(rtcerr_failures_made(605030046) == before + 1);
}
