// A chain of TRY hops, compiled twice by check.sh: with RTCERR_TRY and with
// BOOST_OUTCOME_TRY (which ignores the context of TRY_WITH). The success
// path of every function (its instructions from the entry to the first
// return) must do no more with RTCERR_TRY.
#include "rtcerr/trace.hpp"

#if defined(TRY_VARIANT_RTCERR_TRY)
#define TRY RTCERR_TRY
#define TRY_WITH(decl, expr, ...) RTCERR_TRY(decl, expr, __VA_ARGS__)
#else
#define TRY BOOST_OUTCOME_TRY
#define TRY_WITH(decl, expr, ...) BOOST_OUTCOME_TRY(decl, expr)
#endif

#ifdef RTCERR_ASM_SELF_TEST
// What the check must catch: work on the success path (here, a store).
extern int self_test_counter;
#define HOT_PATH_WORK() (++self_test_counter)
#else
#define HOT_PATH_WORK() (void)0
#endif

struct guard {
  ~guard();  // a non-trivial destructor in every frame
};

rtcerr::result<int> leaf(int x);

rtcerr::result<int> hop1(int x) {
  guard g;
  TRY(auto v, leaf(x));
  HOT_PATH_WORK();
  return v + 1;
}

rtcerr::result<long> hop2(int x) {
  guard g;
  TRY(auto v, hop1(x));
  HOT_PATH_WORK();
  return static_cast<long>(v) * 2;
}

rtcerr::result<void> hop3(int x) {
  TRY(auto v, hop2(x));
  HOT_PATH_WORK();
  if (v == 3) return rtcerr::success();
  TRY(hop2(x + 1));
  return rtcerr::success();
}

// Context is evaluated and copied only on failure: a string and an integer
// here. (Both are used after the hop as well: a value named only in the
// context must be kept alive across the tried call, in a callee-saved
// register or on the stack, which BOOST_OUTCOME_TRY, dropping it, need not.)
rtcerr::result<int> hop4(int x, const char* room) {
  guard g;
  TRY_WITH(auto v, leaf(x), "room", room, "x", x);
  HOT_PATH_WORK();
  return v + x + room[0];
}

// A chain whose functions call only each other, down to a leaf that makes
// the failure (`fail` in the traced build), each frame with a destructor
// that calls nothing: g++ drops the 16-byte stack alignment of functions
// whose callees need none, so a traced frame keeps the untraced one's
// instructions only while nothing on its failure branch, nor in the leaf's
// `fail`, calls out (or uses a vector register).
volatile int wire_code = 605030046;
volatile int destructor_sink = 0;

struct local_guard {
  ~local_guard() { destructor_sink = destructor_sink + 1; }
};

[[gnu::noinline]] static rtcerr::result<int> local_leaf(int x) {
  if (x < 0) {
#if defined(TRY_VARIANT_RTCERR_TRY)
    return rtcerr::fail(rtcerr::error::from_wire(wire_code));
#else
    return rtcerr::error::from_wire(wire_code);
#endif
  }
  return x;
}

[[gnu::noinline]] static rtcerr::result<int> hop5(int x) {
  local_guard g;
  TRY(auto v, local_leaf(x));
  HOT_PATH_WORK();
  return v + 1;
}

[[gnu::noinline]] static rtcerr::result<int> hop6(int x) {
  local_guard g;
  TRY(auto v, hop5(x));
  HOT_PATH_WORK();
  return v + 2;
}

rtcerr::result<int> local_chain(int x) { return hop6(x); }
