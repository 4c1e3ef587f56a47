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
using rtcerr_bench::frame;

volatile std::int32_t wire_code = 605030046;
volatile bool fail_happy = false;
volatile bool fail_error = true;

// --- raw int codes ---------------------------------------------------------
struct wire_code_value {
  static int value() { return wire_code; }
};
using raw_way = rtcerr_bench::raw_int_way<wire_code_value>;

// --- rtcerr::result, error made with from_wire at the leaf -----------------
struct result_way {
  using type = rtcerr::result<int>;
  [[gnu::noinline]] static type leaf(bool fail) {
    if (fail) return rtcerr::error::from_wire(wire_code);
    return 1;
  }
  static type hop(type (*next)(bool), bool fail) {
    BOOST_OUTCOME_TRY(auto v, next(fail));
    return v + 1;
  }
};

// --- the same with a trace: fail() at the leaf, RTCERR_TRY at each hop -------
struct traced_way {
  using type = rtcerr::result<int>;
  [[gnu::noinline]] static type leaf(bool fail) {
    if (fail) return rtcerr::fail(rtcerr::error::from_wire(wire_code));
    return 1;
  }
  static type hop(type (*next)(bool), bool fail) {
    RTCERR_TRY(auto v, next(fail));
    return v + 1;
  }
};

// --- the origin alone: fail() at the leaf, BOOST_OUTCOME_TRY at each hop ----
struct origin_only_way {
  using type = rtcerr::result<int>;
  static type leaf(bool fail) { return traced_way::leaf(fail); }
  static type hop(type (*next)(bool), bool fail) { return result_way::hop(next, fail); }
};

// --- and with typed exceptions: throw_error at the leaf ----------------------
struct throw_wire_code {
  [[noreturn]] static void raise() { rtcerr::throw_error(rtcerr::error::from_wire(wire_code)); }
};
using exception_way = rtcerr_bench::exception_way<throw_wire_code>;

template <bool Fail>
void wire_raw_int(benchmark::State& state) {
  for (auto _ : state) {
    int out = 0;
    benchmark::DoNotOptimize(frame<raw_way, depth - 1>(Fail ? fail_error : fail_happy, &out));
    benchmark::DoNotOptimize(out);
  }
}

template <class Way, bool Fail>
void wire_result(benchmark::State& state) {
  for (auto _ : state) {
    auto r = frame<Way, depth - 1>(Fail ? fail_error : fail_happy);
    benchmark::DoNotOptimize(r);
  }
}

void wire_exception(benchmark::State& state) {
  for (auto _ : state) {
    try {
      benchmark::DoNotOptimize(frame<exception_way, depth - 1>(static_cast<bool>(fail_error)));
    } catch (const rtcerr::exception& e) {
      benchmark::DoNotOptimize(e.code());
    }
  }
}

// Interleaved, so that both sides see the same machine state.
BENCHMARK(wire_raw_int<true>)->Name("wire/raw_int/error");
BENCHMARK(wire_result<result_way, true>)->Name("wire/rtcerr_result/error");
BENCHMARK(wire_raw_int<false>)->Name("wire/raw_int/happy");
BENCHMARK(wire_result<result_way, false>)->Name("wire/rtcerr_result/happy");
BENCHMARK(wire_result<traced_way, true>)->Name("wire/traced_result/error");
BENCHMARK(wire_result<traced_way, false>)->Name("wire/traced_result/happy");
BENCHMARK(wire_result<origin_only_way, true>)->Name("wire/traced_origin_only/error");
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
