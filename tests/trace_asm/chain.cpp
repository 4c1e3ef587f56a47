// A chain of TRY hops, compiled twice by check.sh: with TRY = RTCERR_TRY and
// with TRY = BOOST_OUTCOME_TRY. The success path of every function (its
// instructions from the entry to the first return) must be the same.
#include "rtcerr/trace.hpp"

struct guard {
  ~guard();  // a non-trivial destructor in every frame
};

rtcerr::result<int> leaf(int x);

rtcerr::result<int> hop1(int x) {
  guard g;
  TRY(auto v, leaf(x));
  return v + 1;
}

rtcerr::result<long> hop2(int x) {
  guard g;
  TRY(auto v, hop1(x));
  return static_cast<long>(v) * 2;
}

rtcerr::result<void> hop3(int x) {
  TRY(auto v, hop2(x));
  if (v == 3) return rtcerr::success();
  TRY(hop2(x + 1));
  return rtcerr::success();
}
