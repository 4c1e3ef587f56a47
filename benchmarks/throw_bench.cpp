// throw_error's dispatch: a code known only at run time is thrown as its
// most specific type (exception_for<E>) through a generated table, against
// throwing that same type, with the code known at compile time, from a
// non-inlined function (throw_error is one too, so both unwind through a
// call). The difference is the cost of the dispatch; both are caught the same
// way.
#include <benchmark/benchmark.h>

#include "ratios.hpp"
#include "rtcerr/exception.hpp"

namespace {

volatile std::int32_t runtime_code = 605030046;

[[noreturn, gnu::noinline]] void throw_stream_data_timeout() {
  throw rtcerr::exception_for<rtcerr::recording::errc::stream_data_timeout>{};
}

void throw_dispatched(benchmark::State& state) {
  for (auto _ : state) {
    try {
      rtcerr::throw_error(rtcerr::error::from_wire(runtime_code));
    } catch (const rtcerr::exception& e) {
      benchmark::DoNotOptimize(e.code());
    }
  }
}

void throw_static_type(benchmark::State& state) {
  for (auto _ : state) {
    try {
      throw_stream_data_timeout();
    } catch (const rtcerr::exception& e) {
      benchmark::DoNotOptimize(e.code());
    }
  }
}

BENCHMARK(throw_dispatched)->Name("throw/throw_error_runtime_code");
BENCHMARK(throw_static_type)->Name("throw/static_type");

const rtcerr_bench::goal_registrar goal{{"throw: throw_error(run-time code) / throw static type",
                                         "throw/throw_error_runtime_code", "throw/static_type", 0}};

}  // namespace
