// Runs every benchmark, then prints the goals as ratios of times measured in
// this same run (machines are shared and noisy; absolute times are not
// comparable between runs, ratios within one run are).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>

#include "ratios.hpp"

namespace rtcerr_bench {

std::vector<ratio_goal>& goals() {
  static std::vector<ratio_goal> all;
  return all;
}

namespace {

// Collects each benchmark's time per iteration while printing as usual: CPU
// time, except for multi-threaded comparisons (names starting "threads/"),
// where wall-clock time is what shows whether threads get in each other's way.
// Runs are keyed by name, plus "/threads:N" when N > 1; with repetitions,
// the median is kept.
class collecting_reporter : public benchmark::ConsoleReporter {
 public:
  collecting_reporter() : ConsoleReporter(OO_Tabular) {}  // no colour codes in logs
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration && run.aggregate_name != "median") continue;
      std::string key = run.run_name.function_name;
      if (run.threads > 1) key += "/threads:" + std::to_string(run.threads);
      const bool wall = key.rfind("threads/", 0) == 0;
      times[key] = wall ? run.GetAdjustedRealTime() : run.GetAdjustedCPUTime();
    }
    ConsoleReporter::ReportRuns(runs);
  }
  std::map<std::string, double> times;
};

}  // namespace
}  // namespace rtcerr_bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  rtcerr_bench::collecting_reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();

#ifndef NDEBUG
  std::printf(
      "\nWARNING: built without NDEBUG (not a Release build): the ratios below do not "
      "describe an optimised build. Use scripts/bench.\n");
#endif
  std::printf("\n%-58s %10s %8s  %s\n", "goal", "ratio", "limit", "verdict");
  int missed = 0;
  for (const rtcerr_bench::ratio_goal& g : rtcerr_bench::goals()) {
    const auto num = reporter.times.find(std::string(g.numerator));
    const auto den = reporter.times.find(std::string(g.denominator));
    if (num == reporter.times.end() || den == reporter.times.end() || den->second <= 0) {
      std::printf("%-58.*s %10s %8.2f  not measured (filtered out?)\n",
                  static_cast<int>(g.what.size()), g.what.data(), "-", g.limit);
      continue;
    }
    const double ratio = num->second / den->second;
    if (g.limit <= 0) {
      std::printf("%-58.*s %10.3f %8s  reported, no goal\n", static_cast<int>(g.what.size()),
                  g.what.data(), ratio, "-");
      continue;
    }
    const bool met = ratio <= g.limit;
    missed += !met;
    std::printf("%-58.*s %10.3f %8.2f  %s\n", static_cast<int>(g.what.size()), g.what.data(), ratio,
                g.limit, met ? "met" : "MISSED");
  }
  std::printf("%d goal(s) missed\n", missed);
  return 0;  // goals are reported, not enforced: a noisy machine must not fail a build
}
