// The error path allocates nothing: creating an error, propagating it through
// results, querying and comparing it, make_error_code, converting to a
// std_result, throwing and catching typed exceptions and reading what().
// And an out-of-memory error can be thrown while operator new fails.
//
// This binary replaces the global operator new with one that counts calls
// and, on demand, fails like an exhausted heap. (The C++ runtime allocates
// the thrown exception object itself, with malloc and an emergency pool,
// not with operator new; that allocation is the one the contract allows.)
#include <doctest/doctest.h>

#include <fmt/format.h>
#include <boost/outcome/std_result.hpp>

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <string>
#include <string_view>
#include <system_error>

#include "rtcerr/rtcerr.hpp"

namespace {
std::atomic<long> allocations{0};
std::atomic<bool> counting{false};
std::atomic<bool> heap_exhausted{false};

void* allocate(std::size_t size, std::size_t alignment) {
  if (counting.load()) ++allocations;
  if (heap_exhausted.load()) throw std::bad_alloc();
  void* p = alignment <= alignof(std::max_align_t)
                ? std::malloc(size == 0 ? 1 : size)
                : std::aligned_alloc(alignment, (size + alignment - 1) / alignment * alignment);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}
}  // namespace

// These replacements pair malloc with free on purpose; g++ (at -O1 and up,
// once it inlines them) reports each pairing as a mismatched new/delete.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
void* operator new(std::size_t size) { return allocate(size, 0); }
void* operator new[](std::size_t size) { return allocate(size, 0); }
void* operator new(std::size_t size, std::align_val_t a) {
  return allocate(size, static_cast<std::size_t>(a));
}
void* operator new[](std::size_t size, std::align_val_t a) {
  return allocate(size, static_cast<std::size_t>(a));
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }

namespace {

namespace outcome = BOOST_OUTCOME_V2_NAMESPACE;
using rtcerr::condition;
using rtcerr::error;
using rtcerr::result;

// Counts operator new calls made by `body`.
template <class Body>
long allocations_during(Body&& body) {
  allocations = 0;
  counting = true;
  body();
  counting = false;
  return allocations.load();
}

// Kept out of line, so that the compiler cannot fold the path away.
[[gnu::noinline]] result<int> fail_with(error e) { return e; }
[[gnu::noinline]] result<std::string> middle(error e) {
  BOOST_OUTCOME_TRY(auto n, fail_with(e));
  return std::string(static_cast<std::size_t>(n), 'x');  // not reached on the error path
}
[[gnu::noinline]] result<void> top(error e) {
  BOOST_OUTCOME_TRY(middle(e));
  return rtcerr::success();
}
[[gnu::noinline]] outcome::std_result<int> std_top(error e) {
  BOOST_OUTCOME_TRY(top(e));
  return 0;
}

// Throws e, catches it at the levels named by the template arguments and the
// base; true when every handler saw the right code and a non-empty what().
template <class Exact, class Domain, class Condition>
[[gnu::noinline]] bool throw_and_catch_every_level(error e) {
  bool ok = true;
  try {
    rtcerr::throw_error(e);
  } catch (const Exact& x) {
    ok = ok && x.code() == e && x.what()[0] != '\0';
  }
  try {
    rtcerr::throw_error(e);
  } catch (const Domain& x) {
    ok = ok && x.code() == e;
  }
  try {
    rtcerr::throw_error(e);
  } catch (const Condition& x) {
    ok = ok && x.code() == e;
  }
  try {
    rtcerr::throw_error(e);
  } catch (const std::exception& x) {
    ok = ok && std::string_view(x.what()).size() > 10;
  }
  return ok;
}

}  // namespace

TEST_CASE("the counting operator new counts and can fail") {
  // Proves the fixture works, so that the zero counts below mean something.
  // Direct calls of operator new: unlike new-expressions, they may not be
  // elided by the optimiser.
  const long counted = allocations_during([] { ::operator delete(::operator new(16)); });
  CHECK(counted == 1);
  heap_exhausted = true;
  bool threw = false;
  try {
    ::operator delete(::operator new(16));
  } catch (const std::bad_alloc&) {
    threw = true;
  }
  heap_exhausted = false;
  CHECK(threw);
}

TEST_CASE("create, propagate, query, compare and convert: no allocation") {
  bool ok = true;
  const long counted = allocations_during([&] {
    const error e = rtcerr::recording::errc::stream_data_timeout;
    const error unknown = error::from_wire(605030002);
    ok = ok && e.known() && !unknown.known();
    ok = ok && e.name() == "stream_data_timeout" && e.message() == "流数据超时";
    ok = ok && !e.message(rtcerr::lang::en).empty() && unknown.domain_name() == "recording";
    ok = ok && e.condition() == condition::timeout &&
         e == rtcerr::recording::errc::stream_data_timeout;

    const result<void> r = top(e);
    ok = ok && r.has_error() && r.error() == e;
    ok = ok && top(unknown).error() == unknown;

    const std::error_code ec = rtcerr::make_error_code(r.error());
    ok = ok && ec == condition::timeout && ec == std::errc::timed_out;
    ok = ok && ec != condition::busy && ec.default_error_condition() == condition::timeout;
    ok = ok && rtcerr::from_error_code(ec) == e;
    ok = ok && std::string_view(ec.category().name()) == "rtcerr.recording";

    const outcome::std_result<int> s = std_top(e);
    ok = ok && s.has_error() && s.error() == rtcerr::recording::errc::stream_data_timeout;
    const outcome::std_result<int> converted{fail_with(e)};
    ok = ok && converted.error() == condition::timeout;

    const result<int> from_zero = error::from_wire(0);  // the success-code rule
    ok = ok && from_zero.has_error() && rtcerr::make_error_code(from_zero.error());
  });
  CHECK(ok);
  CHECK(counted == 0);
}

TEST_CASE("throwing and catching at every level, and what(): no allocation") {
  bool ok = true;
  const long counted = allocations_during([&] {
    using rtcerr::exception_for;
    ok =
        ok && throw_and_catch_every_level<exception_for<rtcerr::engine::errc::invalid_argument>,
                                          rtcerr::engine::exception,
                                          rtcerr::condition_exception<condition::invalid_argument>>(
                  rtcerr::engine::errc::invalid_argument);
    ok = ok && throw_and_catch_every_level<exception_for<rtcerr::session::errc::not_logged_in>,
                                           rtcerr::session::exception,
                                           rtcerr::condition_exception<condition::not_logged_in>>(
                   rtcerr::session::errc::not_logged_in);
    ok = ok &&
         throw_and_catch_every_level<exception_for<rtcerr::recording::errc::stream_data_timeout>,
                                     rtcerr::recording::exception,
                                     rtcerr::condition_exception<condition::timeout>>(
             rtcerr::recording::errc::stream_data_timeout);
    ok = ok && throw_and_catch_every_level<exception_for<rtcerr::gateway::errc::system_busy>,
                                           rtcerr::gateway::exception,
                                           rtcerr::condition_exception<condition::busy>>(
                   rtcerr::gateway::errc::system_busy);

    // Unknown values: what() is written into the exception object.
    try {
      rtcerr::throw_error(error::from_wire(605030002));
    } catch (const rtcerr::recording::exception& x) {
      ok = ok &&
           std::string_view(x.what()) == "recording.unknown (605030002): 未知错误码（recording）";
    }
    try {
      rtcerr::throw_error(error::from_wire(12345));
    } catch (const rtcerr::exception& x) {
      ok = ok && std::string_view(x.what()) == "unknown (12345): 未知错误码";
    }

    // value() on a failed result.
    try {
      (void)fail_with(rtcerr::gateway::errc::request_timeout).value();
      ok = false;
    } catch (const rtcerr::condition_exception<condition::timeout>& x) {
      ok = ok && x.code().value() == 606000004;
    }
  });
  CHECK(ok);
  CHECK(counted == 0);
}

TEST_CASE("out of memory can be thrown and caught while operator new fails") {
  bool caught_exact = false;
  bool caught_condition = false;
  bool caught_by_value = false;
  bool new_failed = false;
  heap_exhausted = true;
  const long counted = allocations_during([&] {
    try {
      (void)::operator new(16);  // the heap really is "exhausted"
    } catch (const std::bad_alloc&) {
      new_failed = true;
    }
    try {
      rtcerr::throw_error(rtcerr::engine::errc::out_of_memory);
    } catch (const rtcerr::exception_for<rtcerr::engine::errc::out_of_memory>& x) {
      caught_exact = std::string_view(x.what()) == "engine.out_of_memory (3): 内存不足";
    }
    try {
      (void)fail_with(rtcerr::engine::errc::out_of_memory).value();
    } catch (const rtcerr::condition_exception<condition::out_of_memory>& x) {
      caught_condition = x.code().value() == 3;
    }
    try {
      rtcerr::throw_error(error{3});
    } catch (const rtcerr::engine::exception& x) {
      const rtcerr::engine::exception copy = x;  // made while the heap is exhausted
      caught_by_value = copy.code() == rtcerr::engine::errc::out_of_memory;
    }
  });
  heap_exhausted = false;
  CHECK(new_failed);
  CHECK(caught_exact);
  CHECK(caught_condition);
  CHECK(caught_by_value);
  CHECK(counted == 1);  // the probe above, and nothing else
}

#if RTCERR_TRACES
namespace {
[[gnu::noinline]] result<int> traced_leaf(error e) { return rtcerr::fail(e); }
[[gnu::noinline]] result<std::string> traced_middle(error e, std::string_view room) {
  RTCERR_TRY(auto n, traced_leaf(e), "room", room, "task", 7);
  return std::string(static_cast<std::size_t>(n), 'x');  // not reached on the error path
}
[[gnu::noinline]] result<void> traced_top(error e, std::string_view room) {
  RTCERR_TRY(traced_middle(e, room));
  return rtcerr::success();
}
}  // namespace

TEST_CASE("traces: opening, hops, context, reading, {:t} and the thrown copy: no allocation") {
  const error e = rtcerr::recording::errc::stream_data_timeout;
  // A room id longer than a context value holds: cut, not allocated.
  const std::string room(200, 'r');
  bool ok = true;
  char buffer[2048];
  const long counted = allocations_during([&] {
    for (int i = 0; i < 3 * static_cast<int>(rtcerr::trace_ring_size); ++i) {  // the ring wraps
      const result<void> r = traced_top(e, room);
      const rtcerr::trace_snapshot t = rtcerr::trace_of(r);
      ok = ok && t.present() && t.site_count == 3 && t.context_count == 2 && t.context[0].cut;
      const auto written = fmt::format_to_n(buffer, sizeof buffer, "{:t}", r);
      ok = ok && written.size < sizeof buffer &&
           std::string_view(buffer, written.size).find("context: room=") != std::string_view::npos;
      const auto snapshot = rtcerr::snapshot(r);
      const result<int> resumed = rtcerr::resume(snapshot);
      ok = ok && rtcerr::trace_of(resumed).site_count == 4;
      try {
        (void)traced_middle(e, "r-1").value();
      } catch (const rtcerr::exception& x) {
        ok = ok && x.trace().present() && x.trace().context[0].text_view() == "r-1";
      }
    }
  });
  CHECK(ok);
  CHECK(counted == 0);
}
#endif
