// The counted side of benchmarks/counters_bench.hpp, and the goals: a
// counted failure costs at most 2 ns more than an uncounted one (as a ratio
// here, since times are compared within one run: docs/observability.md gives
// the measured ns), and the success path nothing.
#define RTCERR_BENCH_COUNTERS_NAME counted
#include "counters_bench.hpp"
#include "ratios.hpp"

static_assert(rtcerr::failure_counters_enabled);

BENCHMARK(counted::make_failure)->Name("counters/counted/make_failure");
BENCHMARK(counted::make_failure)->Name("counters/counted/make_failure")->Threads(2);
BENCHMARK(counted::make_success)->Name("counters/counted/make_success");
BENCHMARK(counted::answer)->Name("counters/counted/answer");

namespace {
using rtcerr_bench::goal_registrar;
const goal_registrar goals[] = {
    goal_registrar{{"failure made at a leaf: counted / uncounted", "counters/counted/make_failure",
                    "counters/uncounted/make_failure", 0}},
    goal_registrar{{"the same, 2 threads at once: counted / uncounted",
                    "counters/counted/make_failure/threads:2",
                    "counters/uncounted/make_failure/threads:2", 0}},
    goal_registrar{{"success at a leaf: counted build / uncounted build",
                    "counters/counted/make_success", "counters/uncounted/make_success", 1.05}},
    goal_registrar{{"count(e) / reading the error alone", "counters/counted/answer",
                    "counters/uncounted/answer", 0}},
};
}  // namespace
