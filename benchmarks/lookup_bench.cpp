// Wire code -> message, over a realistic mix of inputs: known codes of every
// domain, unknown codes inside a domain's range (a newer peer), and values
// outside every range. rtcerr's compile-time hash table against what a user
// would otherwise write: a std::unordered_map filled at start-up, or a linear
// scan over an array.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ratios.hpp"
#include "rtcerr/registry.hpp"

namespace {

// 4096 codes: 70% known, 20% unknown inside a range, 10% outside all ranges.
const std::vector<std::int32_t>& workload() {
  static const std::vector<std::int32_t> codes = [] {
    std::vector<std::int32_t> known;
    for (const rtcerr::domain_info& d : rtcerr::registry::domains)
      for (const rtcerr::code_info& c : d.codes) known.push_back(c.value);
    std::mt19937 rng(42);
    std::vector<std::int32_t> out;
    for (int i = 0; i < 4096; ++i) {
      const unsigned pick = rng() % 10;
      if (pick < 7) {
        out.push_back(known[rng() % known.size()]);
      } else if (pick < 9) {
        const rtcerr::domain_info& d =
            rtcerr::registry::domains[rng() % rtcerr::registry::domain_count];
        out.push_back(static_cast<std::int32_t>(d.first + rng() % (d.last - d.first + 1)));
      } else {
        out.push_back(static_cast<std::int32_t>(700000000 + rng() % 1000000));
      }
    }
    return out;
  }();
  return codes;
}

void lookup_rtcerr(benchmark::State& state) {
  const auto& codes = workload();
  std::size_t total = 0;
  for (auto _ : state) {
    for (std::int32_t code : codes) total += rtcerr::error::from_wire(code).message().size();
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(codes.size()));
}

void lookup_unordered_map(benchmark::State& state) {
  // What a user writes without rtcerr: a map filled at start-up.
  std::unordered_map<std::int32_t, std::string> messages;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains)
    for (const rtcerr::code_info& c : d.codes) messages.emplace(c.value, std::string(c.message_zh));
  const std::string unknown = "未知错误码";
  const auto& codes = workload();
  std::size_t total = 0;
  for (auto _ : state) {
    for (std::int32_t code : codes) {
      const auto it = messages.find(code);
      total += (it == messages.end() ? unknown : it->second).size();
    }
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(codes.size()));
}

void lookup_linear_scan(benchmark::State& state) {
  struct row {
    std::int32_t code;
    std::string_view message;
  };
  std::vector<row> rows;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains)
    for (const rtcerr::code_info& c : d.codes) rows.push_back({c.value, c.message_zh});
  const std::string_view unknown = "未知错误码";
  const auto& codes = workload();
  std::size_t total = 0;
  for (auto _ : state) {
    for (std::int32_t code : codes) {
      std::string_view message = unknown;
      for (const row& r : rows)
        if (r.code == code) {
          message = r.message;
          break;
        }
      total += message.size();
    }
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(codes.size()));
}

BENCHMARK(lookup_rtcerr);
BENCHMARK(lookup_unordered_map);
BENCHMARK(lookup_linear_scan);

const rtcerr_bench::goal_registrar lookup_goal{
    {"lookup: rtcerr / std::unordered_map", "lookup_rtcerr", "lookup_unordered_map", 0.5}};

}  // namespace
