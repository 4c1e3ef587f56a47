// One half of counters_mix_test: a unit built with the counters (the
// build's setting). See counters_mix_test.cpp.
#include "rtcerr/rtcerr.hpp"

static_assert(rtcerr::failure_counters_enabled);

namespace counters_mix {
int make_failure_counted() {
  [[maybe_unused]] rtcerr::result<int> r = rtcerr::recording::errc::stream_data_timeout;
  return r.error().value();
}
}  // namespace counters_mix
