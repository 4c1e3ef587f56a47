// The goals the benchmark program checks: each is "numerator time divided by
// denominator time, measured in this run, is at most `limit`".
#pragma once

#include <string_view>
#include <vector>

namespace rtcerr_bench {

struct ratio_goal {
  std::string_view what;
  std::string_view numerator;    // benchmark name
  std::string_view denominator;  // benchmark name
  double limit;                  // the goal: numerator / denominator <= limit; 0: no goal
};

// Each benchmark file adds its goals through a static registrar, so that the
// table lives next to the code it measures.
std::vector<ratio_goal>& goals();

struct goal_registrar {
  explicit goal_registrar(ratio_goal g) { goals().push_back(g); }
};

}  // namespace rtcerr_bench
