// The failure hook (rtcerr/core/counters.hpp): one per process, set once,
// called after each failure made is counted, never for answers, and never
// recursively: a failure the hook itself makes on its thread is counted but
// does not call it again. Its own executable, since the hook cannot be
// removed once set.
#include <doctest/doctest.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <thread>
#include <vector>

#include "rtcerr/rtcerr.hpp"

#if __has_include(<unwind.h>)
#include <unwind.h>
#define RTCERR_TEST_UNWIND 1
#else
#define RTCERR_TEST_UNWIND 0
#endif

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

#if RTCERR_TEST_UNWIND
// A backtrace: the return addresses the unwinder finds, innermost first.
struct unwound {
  std::uintptr_t ip[128] = {};
  std::size_t size = 0;
};
_Unwind_Reason_Code add_frame(_Unwind_Context* context, void* to) {
  auto& trace = *static_cast<unwound*>(to);
  if (trace.size == std::size(trace.ip)) return _URC_END_OF_STACK;
  trace.ip[trace.size++] = _Unwind_GetIP(context);
  return _URC_NO_REASON;
}
// Inline, so that the first frame is the function that takes the backtrace.
[[gnu::always_inline]] inline void take_backtrace(unwound& trace) {
  trace.size = 0;
  _Unwind_Backtrace(&add_frame, &trace);
}
std::atomic<bool> backtrace_inside{false};
unwound in_hook;  // taken by the hook when backtrace_inside is set
volatile int kept = 0;

[[gnu::noinline]] rtcerr::result<int> fail_with_backtrace() {
  return rtcerr::recording::errc::stream_data_timeout;
}
// Takes a backtrace itself, then makes a failure whose hook takes another:
// the frames above this function must be the same in both.
[[gnu::noinline]] void fail_below(unwound& here) {
  take_backtrace(here);
  const rtcerr::result<int> r = fail_with_backtrace();
  kept = kept + r.error().value();
}
#endif

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
#if RTCERR_TEST_UNWIND
  if (backtrace_inside.load()) take_backtrace(in_hook);
#endif
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

#if RTCERR_TEST_UNWIND
// The rare part of counting is reached, with g++ on x86-64, from inline
// assembly through a trampoline that moves the stack pointer
// (rtcerr/core/counters.hpp, call_made_rarely): its unwind table must let a
// backtrace taken in the hook (a logger recording where failures come from,
// a debugger, a profiler) pass through it to the function that failed and on
// to its callers.
TEST_CASE("a backtrace taken in the hook reaches the function that failed and its callers") {
  REQUIRE((rtcerr::get_failure_hook() == &hook));
  unwound here;
  backtrace_inside.store(true);
  fail_below(here);
  backtrace_inside.store(false);
  // here: fail_below (at its first call), then its callers. in_hook: the
  // hook, the library's frames, fail_with_backtrace, fail_below (at its
  // second call), then the same callers.
  REQUIRE(here.size >= 3);
  REQUIRE(in_hook.size >= here.size + 3);
  const std::size_t above = here.size - 1;  // the frames above fail_below
  bool same_callers = true;
  for (std::size_t i = 0; i < above; ++i)
    same_callers = same_callers && in_hook.ip[in_hook.size - 1 - i] == here.ip[here.size - 1 - i];
  CHECK(same_callers);
  // fail_below itself, a little after its first call.
  const std::uintptr_t fail_below_ip = in_hook.ip[in_hook.size - above - 1];
  CHECK(fail_below_ip > here.ip[0]);
  CHECK(fail_below_ip - here.ip[0] < 64);
}
#endif
