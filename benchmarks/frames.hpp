// The call chain every error-path benchmark measures: `depth` frames, each a
// separate noinline function holding an object with a non-trivial
// destructor (the "error speed" setup of WG21 P1886), down to a leaf that
// succeeds or fails. One template serves every way of reporting an error, so
// that the ways differ only in what they do at a hop.
//
// A way is a struct with
//   using type = ...;                                   what a frame returns
//   static type leaf(Args...);                          the innermost call
//   static type hop(type (*next)(Args...), Args...);    calls next, passes a
//                                                       failure on, else adds 1
// `hop` is small and the compiler inlines it into each frame (the call
// through `next` becomes a direct call), so a hop's code is the frame's
// code, as if written out by hand. It is deliberately not forced with
// always_inline: g++ 12 then optimises RTCERR_TRY's cold failure branch as
// if it were outside any function and leaves Outcome's conversion there as
// calls, which hand-written frames do not.
//
//   int out = 0;
//   frame<raw_int_way, depth - 1>(fail, &out);
#pragma once

namespace rtcerr_bench {

inline constexpr int depth = 8;

// Written by every frame's destructor, on every path out: volatile, so that
// it cannot be folded away.
inline volatile int destructor_sink = 0;

struct frame_guard {
  ~frame_guard() { destructor_sink = destructor_sink + 1; }
};

// Frame N of the chain of `Way`; frame 0 calls the leaf.
template <class Way, int N, class... Args>
[[gnu::noinline]] typename Way::type frame(Args... args) {
  frame_guard guard;
  if constexpr (N == 0)
    return Way::leaf(args...);
  else
    return Way::hop(&frame<Way, N - 1, Args...>, args...);
}

// Raw int return codes, the value through an out-parameter: the baseline.
// `Code` gives the failing code (a constant, or a volatile read).
template <class Code>
struct raw_int_way {
  using type = int;
  [[gnu::noinline]] static int leaf(bool fail, int* out) {
    if (fail) return Code::value();
    *out = 1;
    return 0;
  }
  static int hop(int (*next)(bool, int*), bool fail, int* out) {
    if (const int rc = next(fail, out); rc != 0) return rc;
    *out += 1;
    return 0;
  }
};

// Typed exceptions: the leaf throws, the frames only add.
template <class Throw>
struct exception_way {
  using type = int;
  [[gnu::noinline]] static int leaf(bool fail) {
    if (fail) Throw::raise();
    return 1;
  }
  static int hop(int (*next)(bool), bool fail) { return next(fail) + 1; }
};

}  // namespace rtcerr_bench
