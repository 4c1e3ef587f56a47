// How often a trace read shows another failure's trace, against the rates
// docs/traces.md computes from the design ("What a read shows").
//
// Four threads make failures (with this program's copy of rtcerr and with
// the library's, tests/runtime/visibility/callee.hpp), keep them, hand some to each
// other, and read them back at random, more than a million reads in all.
// Every failure carries a context id of its own, so a read that shows a
// trace is either the failure's own (its id, on its thread, made by this
// copy) or a false match. Each read is classed by what the design promises:
//   - within the window (fewer than trace_key_window records opened in this
//     copy since the failure, whatever the thread): never a false match;
//   - outside it (kept longer), or made by the other copy: a false match
//     needs the completed record number to be one of the reading thread's
//     trace_ring_size live records (at most trace_ring_size in 2,048, for
//     reads at ages spread evenly over the key's period of 2,048 records)
//     and the same error value (here 1 in 4): at most 1/512 per read.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

#include "callee.hpp"
#include "rtcerr/rtcerr.hpp"

namespace {

#if RTCERR_TRACES

using rtcerr::error;
using rtcerr::result;

constexpr std::array<std::int32_t, 4> codes = {1, 2, 32, 605030046};
constexpr std::size_t record_numbers = 2048;  // record numbers a key tells apart
static_assert(rtcerr::trace_key_window < record_numbers);

// The per-read bound outside the window, from the design's constants.
constexpr double stale_bound =
    static_cast<double>(rtcerr::trace_ring_size) / record_numbers / codes.size();

std::uint64_t records_opened() noexcept {
  return __atomic_load_n(&rtcerr::detail::trace_next_record, __ATOMIC_RELAXED);
}

[[gnu::noinline]] result<int> make(std::int32_t code, std::int64_t id) {
  return rtcerr::with_context(result<int>(rtcerr::fail(error::from_wire(code))), "id", id);
}

struct entry {
  result<int> r = 0;
  std::int64_t id = 0;
  std::uint64_t opened_before = 0;  // records_opened() before it was made
  bool foreign = false;             // made by the library's copy
  int thread = -1;
};

struct tally {
  std::uint64_t reads = 0, own = 0;
  std::uint64_t in_window = 0, in_window_false = 0;
  std::uint64_t stale = 0, stale_false = 0;
  std::uint64_t foreign = 0, foreign_false = 0;

  void add(const tally& o) {
    reads += o.reads;
    own += o.own;
    in_window += o.in_window;
    in_window_false += o.in_window_false;
    stale += o.stale;
    stale_false += o.stale_false;
    foreign += o.foreign;
    foreign_false += o.foreign_false;
  }
};

struct exchange {
  std::mutex lock;
  std::array<entry, 256> slots;
};

void read_back(const entry& e, int thread, tally& t) {
  if (e.thread < 0) return;
  const rtcerr::trace_snapshot s = rtcerr::trace_of(e.r);
  const std::uint64_t opened_after = records_opened();
  ++t.reads;
  const bool own = s.present() && !e.foreign && e.thread == thread && s.context_count >= 1 &&
                   s.context[0].integer == e.id;
  const bool false_match = s.present() && !own;
  t.own += own ? 1 : 0;
  if (e.foreign) {
    ++t.foreign;
    t.foreign_false += false_match ? 1 : 0;
  } else if (opened_after - 1 - e.opened_before < rtcerr::trace_key_window) {
    ++t.in_window;
    t.in_window_false += false_match ? 1 : 0;
  } else {
    ++t.stale;
    t.stale_false += false_match ? 1 : 0;
  }
}

tally run(int thread, int steps, exchange& shared) {
  std::mt19937_64 rng(20261207 + static_cast<std::uint64_t>(thread));
  std::array<entry, 64> young{}, archive{};
  std::int64_t next_id = static_cast<std::int64_t>(thread) << 40;
  tally t;
  const auto fresh = [&](bool foreign) {
    entry e;
    e.id = ++next_id;
    e.thread = thread;
    e.foreign = foreign;
    const std::int32_t code = codes[rng() % codes.size()];
    e.opened_before = records_opened();
    e.r = foreign ? callee::failed_with_id(code, e.id) : make(code, e.id);
    return e;
  };
  for (int step = 0; step < steps; ++step) {
    const unsigned action = rng() % 1000;
    if (step % 500 == 0) {
      // Kept for 32,000 steps, many times the window: the ages at which it
      // is read spread evenly over the key's period of 2,048 records.
      archive[static_cast<std::size_t>(step / 500) % archive.size()] = fresh(false);
    } else if (action < 305) {
      young[rng() % young.size()] = fresh(false);
    } else if (action < 330) {
      young[rng() % young.size()] = fresh(true);
    } else if (action < 340) {
      const entry e = young[rng() % young.size()];
      const std::lock_guard<std::mutex> hold(shared.lock);
      shared.slots[rng() % shared.slots.size()] = e;
    } else if (action < 360) {
      entry e;
      {
        const std::lock_guard<std::mutex> hold(shared.lock);
        e = shared.slots[rng() % shared.slots.size()];
      }
      read_back(e, thread, t);
    } else {
      read_back(rng() % 2 == 0 ? young[rng() % young.size()] : archive[rng() % archive.size()],
                thread, t);
    }
  }
  return t;
}

// n reads at a rate of at most p: the count stays under n p plus five
// standard deviations (and 5, for small n).
bool within(std::uint64_t hits, std::uint64_t n, double p) {
  const double mean = static_cast<double>(n) * p;
  return static_cast<double>(hits) <= mean + 5 * std::sqrt(mean * (1 - p)) + 5;
}

TEST_CASE("false matches: none within the window, at most the stated rate outside it") {
  exchange shared;
  std::array<tally, 4> tallies{};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) threads.emplace_back([&, i] { tallies[i] = run(i, 420000, shared); });
  for (std::thread& th : threads) th.join();
  tally all;
  for (const tally& t : tallies) all.add(t);

  MESSAGE("reads " << all.reads << ", own traces " << all.own << "; within the window "
                   << all.in_window << " (false " << all.in_window_false << "); outside "
                   << all.stale << " (false " << all.stale_false << ", bound "
                   << stale_bound * static_cast<double>(all.stale) << "); the other copy's "
                   << all.foreign << " (false " << all.foreign_false << ")");
  CHECK(all.reads >= 1000000);
  CHECK(all.own > 10000);     // the reads do find traces
  CHECK(all.stale > 100000);  // and enough fall outside the window to measure a rate
  CHECK(all.foreign > 10000);
  CHECK(all.in_window_false == 0);
  CHECK(within(all.stale_false, all.stale, stale_bound));
  if (callee::trace_keys_are_private())
    CHECK(all.foreign_false == 0);
  else
    CHECK(within(all.foreign_false, all.foreign, stale_bound));
}

#endif

}  // namespace
