// The failure hook (rtcerr/core/counters.hpp): one per process, set once,
// called after each failure made is counted, never for answers, and never
// recursively: a failure the hook itself makes on its thread is counted but
// does not call it again. Its own executable, since the hook cannot be
// removed once set.
#include <doctest/doctest.h>

#include <atomic>
#include <string_view>
#include <thread>
#include <vector>

#include "rtcerr/rtcerr.hpp"

namespace {

std::atomic<int> calls{0};
thread_local int depth = 0;  // this thread's nesting of the hook
std::atomic<int> max_depth{0};
std::atomic<int> last_value{0};
std::atomic<bool> make_failure_inside{false};
const std::thread::id main_thread = std::this_thread::get_id();
std::string_view last_domain;  // written by the hook on the main thread only
std::string_view last_name;
rtcerr::condition last_condition = rtcerr::condition::unknown;

void hook(const rtcerr::failure_event& e) noexcept {
  const int d = ++depth;
  for (int seen = max_depth.load(); d > seen && !max_depth.compare_exchange_weak(seen, d);) {
  }
  calls.fetch_add(1);
  last_value.store(e.value);
  if (std::this_thread::get_id() == main_thread) {
    last_domain = e.domain;
    last_name = e.name;
    last_condition = e.condition;
  }
  if (make_failure_inside.load()) {
    // The hook's own code failing: counted, but no second call.
    [[maybe_unused]] rtcerr::result<int> inner = rtcerr::gateway::errc::system_busy;
    static_cast<void>(inner);
  }
  --depth;
}

void other_hook(const rtcerr::failure_event&) noexcept {}

}  // namespace

// doctest runs the test cases of a file in the order they are written; the
// first installs the hook.
TEST_CASE("the failure hook: set once, told each failure made, not answers nor lookups") {
  CHECK((rtcerr::get_failure_hook() == nullptr));
  [[maybe_unused]] rtcerr::result<int> before_hook = rtcerr::recording::errc::stream_data_timeout;
  CHECK(calls.load() == 0);

  CHECK_FALSE(rtcerr::set_failure_hook(nullptr));
  CHECK(rtcerr::set_failure_hook(&hook));
  CHECK_FALSE(rtcerr::set_failure_hook(&other_hook));  // the first one stays
  CHECK((rtcerr::get_failure_hook() == &hook));

  [[maybe_unused]] rtcerr::result<int> r = rtcerr::recording::errc::stream_data_timeout;
  CHECK(calls.load() == 1);
  CHECK(last_value.load() == 605030046);
  CHECK(last_domain == "recording");
  CHECK(last_name == "stream_data_timeout");
  CHECK(last_condition == rtcerr::condition::timeout);

  [[maybe_unused]] rtcerr::result<int> unknown = rtcerr::error::from_wire(42000);
  CHECK(calls.load() == 2);
  CHECK(last_domain == "unknown");
  CHECK(last_name == "unknown");

  rtcerr::count(rtcerr::error{rtcerr::recording::errc::stream_data_timeout});  // an answer
  const rtcerr::error looked_up = rtcerr::error::from_wire(605030046);         // a lookup
  CHECK(looked_up.known());
  CHECK(calls.load() == 2);
}

TEST_CASE("a failure made inside the hook is counted but does not call it again") {
  REQUIRE((rtcerr::get_failure_hook() == &hook));
  {
    const int start = calls.load();
    const rtcerr::error busy = rtcerr::gateway::errc::system_busy;
    const auto counts_before = rtcerr::failure_snapshot<rtcerr::registry>();
    make_failure_inside.store(true);
    [[maybe_unused]] rtcerr::result<int> outer = rtcerr::recording::errc::stream_data_timeout;
    make_failure_inside.store(false);
    CHECK(calls.load() - start == 1);
    CHECK(max_depth.load() == 1);
    const auto counts_after = rtcerr::failure_snapshot<rtcerr::registry>();
    CHECK(counts_after.of(busy).made - counts_before.of(busy).made == 1);

    // And afterwards the hook is called again as usual.
    [[maybe_unused]] rtcerr::result<int> next = busy;
    CHECK(calls.load() - start == 2);
    CHECK(last_value.load() == 606000006);
  }
}

TEST_CASE("the hook is called on the thread that fails, from many threads at once") {
  REQUIRE((rtcerr::get_failure_hook() == &hook));
  {
    const int start = calls.load();
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
      threads.emplace_back([] {
        for (int i = 0; i < 100; ++i) {
          [[maybe_unused]] rtcerr::result<int> x = rtcerr::engine::errc::invalid_argument;
          static_cast<void>(x);
        }
      });
    for (std::thread& t : threads) t.join();
    CHECK(calls.load() - start == 800);
    CHECK(max_depth.load() == 1);
  }
}
