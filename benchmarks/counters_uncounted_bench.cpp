// The uncounted side of benchmarks/counters_bench.hpp: this file alone is
// built without failure counters.
#undef RTCERR_FAILURE_COUNTERS
#define RTCERR_FAILURE_COUNTERS 0
#define RTCERR_BENCH_COUNTERS_NAME uncounted
#include "counters_bench.hpp"

static_assert(!rtcerr::failure_counters_enabled);

BENCHMARK(uncounted::make_failure)->Name("counters/uncounted/make_failure");
BENCHMARK(uncounted::make_failure)->Name("counters/uncounted/make_failure")->Threads(2);
BENCHMARK(uncounted::make_success)->Name("counters/uncounted/make_success");
BENCHMARK(uncounted::answer)->Name("counters/uncounted/answer");
