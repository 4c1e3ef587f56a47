// The error path where it is most often measured by users: a code that
// arrives at run time (from a peer, a C library, a syscall) is turned into an
// error at the leaf with `from_wire`, then travels up 8 frames, each holding
// an object with a non-trivial destructor, with BOOST_OUTCOME_TRY at every
// hop. Raw `int` return codes do the same work by hand.
//
// This differs from propagation_bench.cpp in one way that matters: there the
// leaf returns an enumerator, a constant the compiler can see is not 0; here
// the leaf's value is read from a volatile, so the check that a failure is
// never made from the success code 0 cannot be folded away at the leaf, and
// every hop must show it is not needed there either.
//
// The same chain with a trace (rtcerr::fail at the leaf, RTCERR_TRY at each
// hop) shows what a trace costs: nothing on the success path, a call per hop
// on the error path; and throwing the same code through the same frames
// shows what it still saves.
//
// The frames are benchmarks/frames.hpp's, shared with propagation_bench.cpp;
// the failing code is read from a volatile, so that nothing is specialised
// away.
#include <benchmark/benchmark.h>

#include <boost/outcome/try.hpp>
#include <cstdint>

#include "frames.hpp"
#include "ratios.hpp"
#include "rtcerr/exception.hpp"
#include "rtcerr/result.hpp"
#include "rtcerr/trace.hpp"

namespace {

using rtcerr_bench::depth;

volatile std::int32_t wire_code = 605030046;
volatile bool fail_happy = false;
volatile bool fail_error = true;

// --- raw int codes ---------------------------------------------------------
[[gnu::noinline]] int raw_leaf(bool fail, int& out) {
  if (fail) return wire_code;
  out = 1;
  return 0;
}
RTCERR_BENCH_FRAMES(raw_frame, int, (bool fail, int& out), (fail, out), raw_leaf,
                    if (const int rc = raw_frame<N - 1>(fail, out); rc != 0) return rc;
                    out += 1; return 0;)

// --- rtcerr::result, error made with from_wire at the leaf -----------------
[[gnu::noinline]] rtcerr::result<int> result_leaf(bool fail) {
  if (fail) return rtcerr::error::from_wire(wire_code);
  return 1;
}
RTCERR_BENCH_FRAMES(result_frame, rtcerr::result<int>, (bool fail), (fail), result_leaf,
                    BOOST_OUTCOME_TRY(auto v, result_frame<N - 1>(fail));
                    return v + 1;)

// --- the same with a trace: fail() at the leaf, RTCERR_TRY at each hop -------
[[gnu::noinline]] rtcerr::result<int> traced_leaf(bool fail) {
  if (fail) return rtcerr::fail(rtcerr::error::from_wire(wire_code));
  return 1;
}
RTCERR_BENCH_FRAMES(traced_frame, rtcerr::result<int>, (bool fail), (fail), traced_leaf,
                    RTCERR_TRY(auto v, traced_frame<N - 1>(fail));
                    return v + 1;)

// --- the origin alone: fail() at the leaf, BOOST_OUTCOME_TRY at each hop ----
RTCERR_BENCH_FRAMES(origin_only_frame, rtcerr::result<int>, (bool fail), (fail), traced_leaf,
                    BOOST_OUTCOME_TRY(auto v, origin_only_frame<N - 1>(fail));
                    return v + 1;)

// --- and with typed exceptions: throw_error at the leaf ----------------------
[[gnu::noinline]] int throwing_leaf(bool fail) {
  if (fail) rtcerr::throw_error(rtcerr::error::from_wire(wire_code));
  return 1;
}
RTCERR_BENCH_FRAMES(throwing_frame, int, (bool fail), (fail), throwing_leaf,
                    return throwing_frame<N - 1>(fail) + 1;)

template <bool Fail>
void wire_raw_int(benchmark::State& state) {
  for (auto _ : state) {
    int out = 0;
    benchmark::DoNotOptimize(raw_frame<depth - 1>(Fail ? fail_error : fail_happy, out));
    benchmark::DoNotOptimize(out);
  }
}

template <bool Fail>
void wire_rtcerr_result(benchmark::State& state) {
  for (auto _ : state) {
    auto r = result_frame<depth - 1>(Fail ? fail_error : fail_happy);
    benchmark::DoNotOptimize(r);
  }
}

template <bool Fail>
void wire_traced_result(benchmark::State& state) {
  for (auto _ : state) {
    auto r = traced_frame<depth - 1>(Fail ? fail_error : fail_happy);
    benchmark::DoNotOptimize(r);
  }
  // What was timed must be a whole trace: the origin and a hop per frame.
  const auto trace = rtcerr::trace_of(traced_frame<depth - 1>(Fail ? fail_error : fail_happy));
  const std::size_t sites = Fail ? depth : 0;
  if (trace.site_count != sites) state.SkipWithError("the traced chain did not record its trace");
}

void wire_origin_only(benchmark::State& state) {
  for (auto _ : state) {
    auto r = origin_only_frame<depth - 1>(fail_error);
    benchmark::DoNotOptimize(r);
  }
}

void wire_exception(benchmark::State& state) {
  for (auto _ : state) {
    try {
      benchmark::DoNotOptimize(throwing_frame<depth - 1>(fail_error));
    } catch (const rtcerr::exception& e) {
      benchmark::DoNotOptimize(e.code());
    }
  }
}

// Interleaved, so that both sides see the same machine state.
BENCHMARK(wire_raw_int<true>)->Name("wire/raw_int/error");
BENCHMARK(wire_rtcerr_result<true>)->Name("wire/rtcerr_result/error");
BENCHMARK(wire_raw_int<false>)->Name("wire/raw_int/happy");
BENCHMARK(wire_rtcerr_result<false>)->Name("wire/rtcerr_result/happy");
BENCHMARK(wire_traced_result<true>)->Name("wire/traced_result/error");
BENCHMARK(wire_traced_result<false>)->Name("wire/traced_result/happy");
BENCHMARK(wire_origin_only)->Name("wire/traced_origin_only/error");
BENCHMARK(wire_exception)->Name("wire/exception/error");

using rtcerr_bench::goal_registrar;
const goal_registrar goals[] = {
    goal_registrar{{"from_wire error path, depth 8: rtcerr::result / raw int",
                    "wire/rtcerr_result/error", "wire/raw_int/error", 1.05}},
    goal_registrar{{"from_wire happy path, depth 8: rtcerr::result / raw int",
                    "wire/rtcerr_result/happy", "wire/raw_int/happy", 1.05}},
    goal_registrar{{"traced happy path, depth 8: RTCERR_TRY / BOOST_OUTCOME_TRY",
                    "wire/traced_result/happy", "wire/rtcerr_result/happy", 1.02}},
    goal_registrar{{"traced error path, depth 8: fail+RTCERR_TRY / untraced",
                    "wire/traced_result/error", "wire/rtcerr_result/error", 2.0}},
    goal_registrar{{"of which the origin (fail, no hops) / untraced",
                    "wire/traced_origin_only/error", "wire/rtcerr_result/error", 0}},
    goal_registrar{{"traced error path / throw+catch (<= 0.02 is 50x)", "wire/traced_result/error",
                    "wire/exception/error", 0.02}},
};

}  // namespace
