// The call chain every error-path benchmark measures: `depth` frames, each a
// separate noinline function holding an object with a non-trivial
// destructor (the "error speed" setup of WG21 P1886), down to a leaf that
// succeeds or fails. One definition of that scaffolding serves every way of
// reporting an error, so that the ways differ only in what a hop does.
//
//   RTCERR_BENCH_FRAMES(result_frame, rtcerr::result<int>, (bool fail), (fail), result_leaf,
//                       BOOST_OUTCOME_TRY(auto v, result_frame<N - 1>(fail));
//                       return v + 1;)
//
// defines `template <int N> rtcerr::result<int> result_frame(bool fail)`:
// frame 0 returns `result_leaf(fail)`, frame N runs the hop (the last
// argument), which calls frame N - 1 itself.
//
// A macro rather than a template taking the hop as a function: the frame's
// code must be what a user writes by hand. Through an inlined hop function
// g++ 12 merged the return paths differently (the untraced error path
// measured 10-15% slower) and, with always_inline, left RTCERR_TRY's cold
// failure branch calling Outcome's conversion out of line.
//
// The frames stay where the compiler puts them (16-byte alignment). A chain
// this short is bound by the front end and by the destructors' stores, so
// placement alone moves a chain's time by about 10%. Aligning every frame
// and leaf to 64 bytes was measured (docs/performance.md, "Run of
// 2026-12-02"): it is one fixed placement, not a neutral one; it made the
// untraced rtcerr::result chain about 10% slower and left raw int and the
// traced chain as they were, which would have moved the traced/untraced
// ratio under its goal by slowing the untraced side. Read the error-path
// ratios as good to about +-0.1.
#pragma once

namespace rtcerr_bench {

inline constexpr int depth = 8;

// Written by every frame's destructor, on every path out: volatile, so that
// it cannot be folded away.
inline volatile int destructor_sink = 0;

struct frame_guard {
  ~frame_guard() { destructor_sink = destructor_sink + 1; }
};

}  // namespace rtcerr_bench

#define RTCERR_BENCH_FRAMES(name, type, params, args, leaf, ...) \
  template <int N>                                               \
  [[gnu::noinline]] type name params {                           \
    ::rtcerr_bench::frame_guard guard;                           \
    if constexpr (N == 0) {                                      \
      return leaf args;                                          \
    } else {                                                     \
      __VA_ARGS__                                                \
    }                                                            \
  }
