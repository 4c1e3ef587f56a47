// Failure counters under threads (rtcerr/core/counters.hpp): built into
// concurrency_test, which scripts/test also runs under ThreadSanitizer, so a
// data race between a thread counting in its row and a reader summing the
// rows fails there.
//
// More threads than there are rows (counter_thread_rows) count at once, and
// more again end and are replaced (rows freed at thread exit and claimed by
// new threads); a reader takes snapshots while they run. After every thread
// has joined, each count is exact.
#include <doctest/doctest.h>

#include <atomic>
#include <cstdint>
#include <latch>
#include <thread>
#include <vector>

#include "rtcerr/rtcerr.hpp"

namespace {

[[gnu::noinline]] rtcerr::result<int> make_failure(int i) {
  if (i % 3 == 0) return rtcerr::recording::errc::stream_data_timeout;
  if (i % 3 == 1) return rtcerr::gateway::errc::system_busy;
  return rtcerr::error::from_wire(605030002);  // an unknown value of recording
}

}  // namespace

TEST_CASE("failure counters: exact after many threads, rows reused, read while counting") {
  using rtcerr::error;
  const error timeout = rtcerr::recording::errc::stream_data_timeout;
  const error busy = rtcerr::gateway::errc::system_busy;
  const error gap = error::from_wire(605030002);
  const auto before = rtcerr::failure_snapshot<rtcerr::registry>();

  constexpr int per_thread = 3000;  // 1000 of each
  constexpr int waves = 3;
  constexpr int threads_per_wave = static_cast<int>(rtcerr::counter_thread_rows) + 16;
  std::atomic<bool> done{false};
  std::uint64_t last_seen = 0;
  bool monotonic = true;
  std::thread reader([&] {
    while (!done.load(std::memory_order_acquire)) {
      const std::uint64_t seen = rtcerr::failure_snapshot<rtcerr::registry>().of(timeout).made;
      monotonic = monotonic && seen >= last_seen;
      last_seen = seen;
    }
  });
  for (int wave = 0; wave < waves; ++wave) {
    std::latch start(threads_per_wave);
    std::vector<std::thread> threads;
    for (int t = 0; t < threads_per_wave; ++t)
      threads.emplace_back([&start] {
        start.arrive_and_wait();
        for (int i = 0; i < per_thread; ++i) {
          auto r = make_failure(i);
          if (i % 3 == 1) rtcerr::count(r.error());
        }
      });
    for (std::thread& t : threads) t.join();
  }
  done.store(true, std::memory_order_release);
  reader.join();

  const auto after = rtcerr::failure_snapshot<rtcerr::registry>();
  const std::uint64_t each = std::uint64_t{waves} * threads_per_wave * (per_thread / 3);
  CHECK(monotonic);
  CHECK(after.of(timeout).made - before.of(timeout).made == each);
  CHECK(after.of(busy).made - before.of(busy).made == each);
  CHECK(after.of(gap).made - before.of(gap).made == each);
  CHECK(after.of(busy).answered - before.of(busy).answered == each);
  CHECK(after.total_made() - before.total_made() == 3 * each);
}
