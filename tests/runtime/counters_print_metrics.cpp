// Makes a few failures and answers, then prints the counters' exposition in
// the format named by its argument ("prometheus" or "openmetrics"), for
// tests/runtime/counters_promtool.cmake to hand to promtool.
#include <cstdio>
#include <string>
#include <string_view>

#include "rtcerr/core/metrics.hpp"
#include "rtcerr/rtcerr.hpp"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const std::string_view which = argv[1];
  [[maybe_unused]] rtcerr::result<int> a = rtcerr::recording::errc::stream_data_timeout;
  [[maybe_unused]] rtcerr::result<int> b = rtcerr::error::from_wire(605030002);
  [[maybe_unused]] rtcerr::result<int> c = rtcerr::error::from_wire(-5);
  rtcerr::count(rtcerr::gateway::errc::system_busy);
  const std::string text = rtcerr::metrics_text<rtcerr::registry>(
      which == "prometheus" ? rtcerr::metrics_format::prometheus
                            : rtcerr::metrics_format::openmetrics);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return 0;
}
