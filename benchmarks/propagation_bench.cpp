// Error propagation through 8 call frames, each holding an object with a
// non-trivial destructor (the "error speed" setup of WG21 P1886), on the
// happy path and on the error path, for each way of reporting an error:
// raw int return codes, rtcerr::result<int> with BOOST_OUTCOME_TRY,
// outcome::std_result<int> (std::error_code), std::expected<int, rtcerr::error>
// (where the standard library has it), and rtcerr typed exceptions.
//
// The frames are benchmarks/frames.hpp's (noinline, so that the compiler
// cannot fold the chain away), shared with error_path_bench.cpp; `fail`
// comes from a volatile so that it cannot specialise on it either.
#include <benchmark/benchmark.h>

#include <boost/outcome/std_result.hpp>
#include <boost/outcome/try.hpp>
#include <system_error>
#include <version>

#include "frames.hpp"
#include "ratios.hpp"
#include "rtcerr/error_code.hpp"
#include "rtcerr/exception.hpp"
#include "rtcerr/result.hpp"

#if defined(__cpp_lib_expected)
#include <expected>
#endif

namespace {

using rtcerr_bench::depth;

// --- raw int codes ---------------------------------------------------------
[[gnu::noinline]] int raw_leaf(bool fail, int& out) {
  if (fail) return 605030046;
  out = 1;
  return 0;
}
RTCERR_BENCH_FRAMES(raw_frame, int, (bool fail, int& out), (fail, out), raw_leaf,
                    if (const int rc = raw_frame<N - 1>(fail, out); rc != 0) return rc;
                    out += 1; return 0;)

// --- rtcerr::result ---------------------------------------------------------
[[gnu::noinline]] rtcerr::result<int> result_leaf(bool fail) {
  if (fail) return rtcerr::recording::errc::stream_data_timeout;
  return 1;
}
RTCERR_BENCH_FRAMES(result_frame, rtcerr::result<int>, (bool fail), (fail), result_leaf,
                    BOOST_OUTCOME_TRY(auto v, result_frame<N - 1>(fail));
                    return v + 1;)

// --- outcome::std_result (std::error_code) ----------------------------------
namespace outcome = BOOST_OUTCOME_V2_NAMESPACE;
[[gnu::noinline]] outcome::std_result<int> std_result_leaf(bool fail) {
  if (fail) return std::make_error_code(std::errc::timed_out);
  return 1;
}
RTCERR_BENCH_FRAMES(std_result_frame, outcome::std_result<int>, (bool fail), (fail),
                    std_result_leaf, BOOST_OUTCOME_TRY(auto v, std_result_frame<N - 1>(fail));
                    return v + 1;)

#if defined(__cpp_lib_expected)
// --- std::expected<int, rtcerr::error> --------------------------------------
using expected_int = std::expected<int, rtcerr::error>;
[[gnu::noinline]] expected_int expected_leaf(bool fail) {
  if (fail) return std::unexpected(rtcerr::error{rtcerr::recording::errc::stream_data_timeout});
  return 1;
}
RTCERR_BENCH_FRAMES(expected_frame, expected_int, (bool fail), (fail), expected_leaf,
                    auto v = expected_frame<N - 1>(fail);
                    if (!v) return std::unexpected(v.error()); return *v + 1;)
#endif

// --- typed exceptions --------------------------------------------------------
[[gnu::noinline]] int exception_leaf(bool fail) {
  if (fail) rtcerr::throw_error(rtcerr::recording::errc::stream_data_timeout);
  return 1;
}
RTCERR_BENCH_FRAMES(exception_frame, int, (bool fail), (fail), exception_leaf,
                    return exception_frame<N - 1>(fail) + 1;)

volatile bool happy_flag = false;
volatile bool error_flag = true;

template <bool Fail>
bool flag() {
  return Fail ? error_flag : happy_flag;
}

template <bool Fail>
void propagate_raw_int(benchmark::State& state) {
  for (auto _ : state) {
    int out = 0;
    benchmark::DoNotOptimize(raw_frame<depth - 1>(flag<Fail>(), out));
    benchmark::DoNotOptimize(out);
  }
}

template <bool Fail>
void propagate_rtcerr_result(benchmark::State& state) {
  for (auto _ : state) {
    auto r = result_frame<depth - 1>(flag<Fail>());
    benchmark::DoNotOptimize(r);
  }
}

template <bool Fail>
void propagate_std_result(benchmark::State& state) {
  for (auto _ : state) {
    auto r = std_result_frame<depth - 1>(flag<Fail>());
    benchmark::DoNotOptimize(r);
  }
}

#if defined(__cpp_lib_expected)
template <bool Fail>
void propagate_std_expected(benchmark::State& state) {
  for (auto _ : state) {
    auto r = expected_frame<depth - 1>(flag<Fail>());
    benchmark::DoNotOptimize(r);
  }
}
#endif

template <bool Fail>
void propagate_exception(benchmark::State& state) {
  for (auto _ : state) {
    try {
      benchmark::DoNotOptimize(exception_frame<depth - 1>(flag<Fail>()));
    } catch (const rtcerr::exception& e) {
      benchmark::DoNotOptimize(e.code());
    }
  }
}

BENCHMARK(propagate_raw_int<false>)->Name("propagate/raw_int/happy");
BENCHMARK(propagate_raw_int<true>)->Name("propagate/raw_int/error");
BENCHMARK(propagate_rtcerr_result<false>)->Name("propagate/rtcerr_result/happy");
BENCHMARK(propagate_rtcerr_result<true>)->Name("propagate/rtcerr_result/error");
BENCHMARK(propagate_std_result<false>)->Name("propagate/std_result/happy");
BENCHMARK(propagate_std_result<true>)->Name("propagate/std_result/error");
#if defined(__cpp_lib_expected)
BENCHMARK(propagate_std_expected<false>)->Name("propagate/std_expected/happy");
BENCHMARK(propagate_std_expected<true>)->Name("propagate/std_expected/error");
#endif
BENCHMARK(propagate_exception<false>)->Name("propagate/exception/happy");
BENCHMARK(propagate_exception<true>)->Name("propagate/exception/error");

// The error path on 1 and 2 threads: results are plain values and scale;
// exception unwinding takes locks in the runtime and may not.
BENCHMARK(propagate_rtcerr_result<true>)
    ->Name("threads/rtcerr_result/error")
    ->Threads(1)
    ->Threads(2)
    ->UseRealTime();
BENCHMARK(propagate_exception<true>)
    ->Name("threads/exception/error")
    ->Threads(1)
    ->Threads(2)
    ->UseRealTime();

using rtcerr_bench::goal_registrar;
const goal_registrar goals[] = {
    goal_registrar{{"happy path: rtcerr::result / raw int", "propagate/rtcerr_result/happy",
                    "propagate/raw_int/happy", 1.10}},
    goal_registrar{{"error path: rtcerr::result / raw int", "propagate/rtcerr_result/error",
                    "propagate/raw_int/error", 1.10}},
    goal_registrar{{"error path: rtcerr::result / outcome::std_result",
                    "propagate/rtcerr_result/error", "propagate/std_result/error", 1.0}},
    goal_registrar{{"error path: rtcerr::result / throw+catch (<= 0.01 is 100x)",
                    "propagate/rtcerr_result/error", "propagate/exception/error", 0.01}},
    goal_registrar{{"error path, 2 threads / 1: rtcerr::result (1.0 = scales)",
                    "threads/rtcerr_result/error/threads:2", "threads/rtcerr_result/error", 1.25}},
    goal_registrar{{"error path, 2 threads / 1: throw+catch (1.0 = scales)",
                    "threads/exception/error/threads:2", "threads/exception/error", 0}},
};

}  // namespace
