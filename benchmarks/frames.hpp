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
// Every frame and every leaf (RTCERR_BENCH_CODE) starts on a 64-byte
// boundary, whichever way of reporting an error it belongs to. A chain of 8
// frames runs in about 11 ns, bound by the front end (calls, returns, taken
// branches) and by each destructor's store, so where a function's
// instructions fall relative to 64-byte lines moves its time by several
// percent: the untraced rtcerr::result chain measured 1.09x raw int codes
// at the compiler's placement and 1.17-1.30x with every frame aligned. With
// the compiler's 16-byte alignment those offsets depend on the size of
// everything placed before the function, so they change whenever unrelated
// code does. Aligned, each function's placement is the same in every build
// and the same for every side; what remains is the function's own size (an
// rtcerr::result frame is 82 bytes, its error block at 48-81 crosses into a
// second line; a raw int frame is 32 bytes), which is a cost of that frame,
// not luck.
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

// The attributes of every function a benchmarked chain runs (see above).
#define RTCERR_BENCH_CODE [[gnu::noinline, gnu::aligned(64)]]

#define RTCERR_BENCH_FRAMES(name, type, params, args, leaf, ...) \
  template <int N>                                               \
  RTCERR_BENCH_CODE type name params {                           \
    ::rtcerr_bench::frame_guard guard;                           \
    if constexpr (N == 0) {                                      \
      return leaf args;                                          \
    } else {                                                     \
      __VA_ARGS__                                                \
    }                                                            \
  }
