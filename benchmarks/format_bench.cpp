// Formatting an error for a log line, the way each tool is used in practice:
// rtcerr's fmt formatter into a buffer reused across lines; a
// std::ostringstream per line; snprintf into a stack buffer.
#include <benchmark/benchmark.h>

#include <fmt/format.h>
#include <cstdio>
#include <sstream>
#include <string>

#include "ratios.hpp"
#include "rtcerr/format.hpp"

namespace {

const rtcerr::error logged_error = rtcerr::recording::errc::stream_data_timeout;

void format_rtcerr_fmt(benchmark::State& state) {
  fmt::memory_buffer buffer;
  for (auto _ : state) {
    buffer.clear();
    fmt::format_to(std::back_inserter(buffer), "{}", logged_error);
    benchmark::DoNotOptimize(buffer.data());
  }
}

void format_ostringstream(benchmark::State& state) {
  for (auto _ : state) {
    std::ostringstream line;
    line << logged_error.domain_name() << '.' << logged_error.name() << " (" << logged_error.value()
         << "): " << logged_error.message();
    std::string text = line.str();
    benchmark::DoNotOptimize(text.data());
  }
}

void format_snprintf(benchmark::State& state) {
  char buffer[256];
  for (auto _ : state) {
    const std::string_view domain = logged_error.domain_name(), name = logged_error.name(),
                           message = logged_error.message();
    std::snprintf(buffer, sizeof buffer, "%.*s.%.*s (%d): %.*s", static_cast<int>(domain.size()),
                  domain.data(), static_cast<int>(name.size()), name.data(), logged_error.value(),
                  static_cast<int>(message.size()), message.data());
    benchmark::DoNotOptimize(buffer);
  }
}

BENCHMARK(format_rtcerr_fmt)->Name("format/rtcerr_fmt_reused_buffer");
BENCHMARK(format_ostringstream)->Name("format/ostringstream");
BENCHMARK(format_snprintf)->Name("format/snprintf");

using rtcerr_bench::goal_registrar;
const goal_registrar goals[] = {
    goal_registrar{{"format: rtcerr fmt into reused buffer / ostringstream",
                    "format/rtcerr_fmt_reused_buffer", "format/ostringstream", 0.33}},
    goal_registrar{{"format: rtcerr fmt into reused buffer / snprintf",
                    "format/rtcerr_fmt_reused_buffer", "format/snprintf", 0}},
};

}  // namespace
