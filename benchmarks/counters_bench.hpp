// The failure counters' cost (rtcerr/core/counters.hpp), measured side by
// side: counters_bench.cpp is built with them and counters_uncounted_bench.cpp
// with RTCERR_FAILURE_COUNTERS=0 (the two settings live in different inline
// namespaces, so one program can hold both). Each includes this file, which
// defines the same work under a name of its build's setting:
//   make_failure       one failed result made at a leaf from a code read at
//                      run time (the counted work: a lookup, a thread-local
//                      load, one load and store in the thread's row, the test
//                      of the failure hook), called and returned;
//   make_success       the same leaf returning a value (must not change);
//   answer             count(e) of an error read at run time (uncounted: the
//                      read alone).
// The difference counted - uncounted is the cost per counted failure.
#pragma once

#include <benchmark/benchmark.h>

#include <cstdint>

#include "rtcerr/result.hpp"

namespace RTCERR_BENCH_COUNTERS_NAME {

inline volatile std::int32_t wire_code = 605030046;
inline volatile bool fail_yes = true;
inline volatile bool fail_no = false;

[[gnu::noinline]] inline rtcerr::result<int> leaf(bool fail) {
  if (fail) return rtcerr::error::from_wire(wire_code);
  return 1;
}

inline void make_failure(benchmark::State& state) {
  for (auto _ : state) {
    auto r = leaf(fail_yes);
    benchmark::DoNotOptimize(r);
  }
}

inline void make_success(benchmark::State& state) {
  for (auto _ : state) {
    auto r = leaf(fail_no);
    benchmark::DoNotOptimize(r);
  }
}

inline void answer(benchmark::State& state) {
  for (auto _ : state) {
    const rtcerr::error e = rtcerr::error::from_wire(wire_code);
    rtcerr::count(e);
    benchmark::DoNotOptimize(e);
  }
}

}  // namespace RTCERR_BENCH_COUNTERS_NAME
