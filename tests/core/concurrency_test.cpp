// Concurrency: the error path is safe to use from many threads at once.
//
// rtcerr keeps its catalogue in constexpr tables, so lookups share nothing
// mutable. What could still race is anything set up lazily on first use
// (error categories are function-local statics; the first throw of a type
// initialises the runtime's exception machinery), so the threads below start
// together, before any other code in this program has touched that part of
// the library, and every thread does the same work. Each thread writes what it saw into its own
// slot; only after all have joined are the slots compared with facts stated here and with one
// another.
//
// The threads look up, format, convert to std::error_code and compare with
// conditions, throw and catch typed exceptions, and trace failures (each
// thread's trace records are its own; sequence numbers come from one shared
// counter; snapshots are handed from thread to thread), and receive remote
// traces (one store for the process) and hand those on.
//
// The test is built with ThreadSanitizer by scripts/test, which turns any
// data race into a failure; without it, it still checks that concurrent
// results are right.
#include <doctest/doctest.h>
// fmt/format.h, not just fmt/core.h: Debian's libfmt is built with g++, and
// clang++ mangles the vformat_to that format_to_n needs differently, so
// the template must be instantiated here.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <latch>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "rtcerr/format.hpp"
#include "rtcerr/rtcerr.hpp"
#include "rtcerr/trace.hpp"

namespace {

constexpr int thread_count = 4;
constexpr int iterations = 200;
constexpr int throw_iterations = 50;  // a throw costs far more than a lookup

// Values every thread looks up: each domain's first and last listed codes, a
// gap inside a range, and values outside every range.
struct probe {
  std::int32_t value;
  bool known;
  rtcerr::domain_id domain;
  std::string_view name;
};
constexpr std::array probes{
    probe{0, true, rtcerr::domain_id::unknown, "success"},
    probe{1, true, rtcerr::domain_id::engine, "invalid_argument"},
    probe{5, false, rtcerr::domain_id::engine, "unknown"},
    probe{1000000, true, rtcerr::domain_id::session, "token_verification_failed"},
    probe{605030002, false, rtcerr::domain_id::recording, "unknown"},
    probe{605030046, true, rtcerr::domain_id::recording, "stream_data_timeout"},
    probe{606000006, true, rtcerr::domain_id::gateway, "system_busy"},
    probe{606010000, false, rtcerr::domain_id::unknown, "unknown"},
    probe{-1, false, rtcerr::domain_id::unknown, "unknown"},
};

// What one thread observed. Counters rather than booleans, so that a failure
// says how often it happened.
struct observations {
  int lookups = 0;
  int wrong_probe = 0;
  int wrong_round_trip = 0;
  std::uint64_t checksum = 0;  // over every catalogue code's queries
  int formatted = 0;
  int wrong_format = 0;
  std::uint64_t format_checksum = 0;  // over every catalogue code's formatted texts
  int converted = 0;
  int wrong_error_code = 0;
  int caught_timeout = 0;  // by condition_exception<condition::timeout>
  int caught_by_domain[rtcerr::registry::domain_count] = {};
  int caught_as_base = 0;  // by rtcerr::exception alone
  int wrong_exception = 0;
  std::uint64_t what_checksum = 0;  // over every what() text
};

// A sum over every field a lookup returns, so that any difference between
// threads shows up as a different number.
std::uint64_t fold(std::uint64_t h, std::string_view s) {
  for (const char c : s) h = h * 1099511628211u ^ static_cast<unsigned char>(c);
  return h;
}

std::uint64_t fold_queries(std::uint64_t h, rtcerr::error e) {
  h = h * 31 + static_cast<std::uint32_t>(e.value());
  h = h * 31 + static_cast<unsigned>(e.domain());
  h = h * 31 + static_cast<unsigned>(e.condition());
  h = h * 31 + static_cast<unsigned>(e.retry());
  h = h * 31 + static_cast<unsigned>(e.http_status());
  h = fold(h, e.name());
  h = fold(h, e.domain_name());
  h = fold(h, e.message(rtcerr::lang::zh));
  h = fold(h, e.message(rtcerr::lang::en));
  h = fold(h, e.hint(rtcerr::lang::zh));
  return fold(h, e.hint(rtcerr::lang::en));
}

void look_up(observations& seen) {
  for (const probe& p : probes) {
    const rtcerr::error e = rtcerr::error::from_wire(p.value);
    ++seen.lookups;
    if (e.value() != p.value || e.known() != p.known || e.domain() != p.domain ||
        e.name() != p.name || rtcerr::domain_of(p.value) != p.domain)
      ++seen.wrong_probe;
  }
  std::uint64_t h = 0;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    for (const rtcerr::code_info& c : d.codes) {
      const rtcerr::error e = rtcerr::error::from_wire(c.value);
      ++seen.lookups;
      if (!e.known() || e.name() != c.name || e.info() != &c) ++seen.wrong_round_trip;
      h = fold_queries(h, e);
    }
  }
  seen.checksum = h;
}

// Formats every catalogue code into a buffer of the thread's own, the way a
// logger does, and checks the pieces against the queries.
void format_all(observations& seen) {
  std::uint64_t h = 0;
  char buffer[512];
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    for (const rtcerr::code_info& c : d.codes) {
      const rtcerr::error e = rtcerr::error::from_wire(c.value);
      const auto full = fmt::format_to_n(buffer, sizeof buffer, "{}", e);
      const std::string_view text(buffer, std::min(full.size, sizeof buffer));
      const auto code =
          fmt::format_to_n(buffer + text.size(), sizeof buffer - text.size(), "{:c}", e);
      const std::string_view digits(buffer + text.size(), code.size);
      ++seen.formatted;
      if (full.size >= sizeof buffer || digits != std::to_string(c.value) ||
          text.find(c.name) == std::string_view::npos ||
          text.find(digits) == std::string_view::npos)
        ++seen.wrong_format;
      h = fold(h, text);
    }
  }
  seen.format_checksum = h;
}

// Converts every catalogue code to std::error_code and back, and compares it
// with its condition and with a condition it does not have.
void convert_all(observations& seen) {
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    for (const rtcerr::code_info& c : d.codes) {
      const rtcerr::error e = rtcerr::error::from_wire(c.value);
      const std::error_code ec = make_error_code(e);
      const rtcerr::condition other = c.condition == rtcerr::condition::timeout
                                          ? rtcerr::condition::busy
                                          : rtcerr::condition::timeout;
      ++seen.converted;
      if (ec.value() != c.value || ec.category().name() != "rtcerr." + std::string(d.name) ||
          !(ec == c.condition) || ec == other || rtcerr::from_error_code(ec) != e)
        ++seen.wrong_error_code;
    }
  }
}

// Throws every catalogue code and catches it at the first level that
// matches: its condition (timeouts), its domain, or the base class.
void throw_all(observations& seen) {
  std::uint64_t h = 0;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    for (const rtcerr::code_info& c : d.codes) {
      const rtcerr::error e = rtcerr::error::from_wire(c.value);
      const auto record = [&](int& counter, const rtcerr::exception& x) {
        ++counter;
        if (x.code() != e) ++seen.wrong_exception;
        h = fold(h, x.what());
      };
      try {
        rtcerr::throw_error(e);
      } catch (const rtcerr::condition_exception<rtcerr::condition::timeout>& x) {
        record(seen.caught_timeout, x);
      } catch (const rtcerr::engine::exception& x) {
        record(seen.caught_by_domain[0], x);
      } catch (const rtcerr::session::exception& x) {
        record(seen.caught_by_domain[1], x);
      } catch (const rtcerr::recording::exception& x) {
        record(seen.caught_by_domain[2], x);
      } catch (const rtcerr::gateway::exception& x) {
        record(seen.caught_by_domain[3], x);
      } catch (const rtcerr::exception& x) {
        record(seen.caught_as_base, x);
      }
    }
  }
  // One code caught by its own type.
  try {
    rtcerr::throw_error(rtcerr::recording::errc::stream_data_timeout);
  } catch (const rtcerr::exception_for<rtcerr::recording::errc::stream_data_timeout>& x) {
    if (std::string_view(x.what()).find("stream_data_timeout") == std::string_view::npos)
      ++seen.wrong_exception;
  } catch (...) {
    ++seen.wrong_exception;
  }
  seen.what_checksum = h;
}

// Runs `work` on thread_count threads released together, `rounds` times
// each, and returns what each thread observed.
template <class Work>
std::vector<observations> run_together(Work work, int rounds = iterations) {
  std::vector<observations> seen(thread_count);
  std::latch start(thread_count);
  std::vector<std::thread> threads;
  for (int t = 0; t < thread_count; ++t) {
    threads.emplace_back([&, t] {
      start.arrive_and_wait();
      for (int i = 0; i < rounds; ++i) work(seen[t]);
    });
  }
  for (std::thread& thread : threads) thread.join();
  return seen;
}

}  // namespace

TEST_CASE("threads looking up codes at once all see the catalogue") {
  const std::vector<observations> seen = run_together(look_up);

  observations alone;
  look_up(alone);
  REQUIRE(alone.wrong_probe == 0);
  REQUIRE(alone.wrong_round_trip == 0);
  const int lookups_per_round = alone.lookups;
  CHECK(lookups_per_round > 80);  // the catalogue has 80 codes, plus the probes

  for (const observations& s : seen) {
    CHECK(s.lookups == lookups_per_round * iterations);
    CHECK(s.wrong_probe == 0);
    CHECK(s.wrong_round_trip == 0);
    CHECK(s.checksum == alone.checksum);
  }
}

TEST_CASE("threads formatting codes at once all write the right text") {
  const std::vector<observations> seen = run_together(format_all);

  observations alone;
  format_all(alone);
  REQUIRE(alone.wrong_format == 0);
  CHECK(alone.formatted >= 79);  // the catalogue: 80 codes, 0 (success) is in no domain

  for (const observations& s : seen) {
    CHECK(s.formatted == alone.formatted * iterations);
    CHECK(s.wrong_format == 0);
    CHECK(s.format_checksum == alone.format_checksum);
  }
}

TEST_CASE("threads converting to std::error_code and throwing at once get the right answers") {
  // The first use of the error categories happens here, on all threads at once.
  const std::vector<observations> seen = run_together(
      [](observations& s) {
        convert_all(s);
        throw_all(s);
      },
      throw_iterations);

  // Where each code must be caught, from the catalogue's tables.
  int timeouts = 0;
  int by_domain[rtcerr::registry::domain_count] = {};
  for (std::size_t i = 0; i < rtcerr::registry::domain_count; ++i)
    for (const rtcerr::code_info& c : rtcerr::registry::domains[i].codes)
      ++(c.condition == rtcerr::condition::timeout ? timeouts : by_domain[i]);
  CHECK(timeouts > 0);

  observations alone;
  convert_all(alone);
  throw_all(alone);
  REQUIRE(alone.wrong_error_code == 0);
  REQUIRE(alone.wrong_exception == 0);
  CHECK(alone.converted >= 79);
  CHECK(alone.caught_timeout == timeouts);
  for (std::size_t i = 0; i < rtcerr::registry::domain_count; ++i)
    CHECK(alone.caught_by_domain[i] == by_domain[i]);
  CHECK(alone.caught_as_base == 0);

  for (const observations& s : seen) {
    CHECK(s.converted == alone.converted * throw_iterations);
    CHECK(s.wrong_error_code == 0);
    CHECK(s.wrong_exception == 0);
    CHECK(s.caught_timeout == timeouts * throw_iterations);
    for (std::size_t i = 0; i < rtcerr::registry::domain_count; ++i)
      CHECK(s.caught_by_domain[i] == by_domain[i] * throw_iterations);
    CHECK(s.what_checksum == alone.what_checksum);
  }
}

#if RTCERR_TRACES
namespace {

[[gnu::noinline]] rtcerr::result<int> traced_leaf(int thread, int round) {
  if (round >= 0) return rtcerr::fail(rtcerr::recording::errc::stream_data_timeout);
  return thread;
}
[[gnu::noinline]] rtcerr::result<int> traced_middle(int thread, int round) {
  RTCERR_TRY(auto v, traced_leaf(thread, round), "thread", thread);
  return v;
}
[[gnu::noinline]] rtcerr::result<int> traced_top(int thread, int round) {
  RTCERR_TRY(auto v, traced_middle(thread, round), "round", round);
  return v;
}

// Whether `t` is the trace traced_top(thread, round) must leave.
bool is_trace_of(const rtcerr::trace_snapshot& t, int thread, int round, std::size_t sites) {
  return t.present() && t.site_count == sites && t.context_count == 2 &&
         t.context[0].integer == thread && t.context[1].integer == round;
}

}  // namespace

TEST_CASE("threads tracing failures at once each read their own traces, and hand them on") {
  constexpr int rounds = 300;  // more than one block of sequence numbers per thread
  std::vector<int> wrong(thread_count, 0), read(thread_count, 0);
  std::vector<rtcerr::traced_error<rtcerr::error>> handed(thread_count);
  std::latch start(thread_count), handed_over(thread_count);
  std::vector<std::thread> threads;
  for (int t = 0; t < thread_count; ++t) {
    threads.emplace_back([&, t] {
      start.arrive_and_wait();
      for (int i = 0; i < rounds; ++i) {
        const rtcerr::result<int> r = traced_top(t, i);
        const bool right =
            is_trace_of(rtcerr::trace_of(r), t, i, 3) &&
            fmt::format("{:t}", r).find("context: thread=" + std::to_string(t) +
                                        " round=" + std::to_string(i)) != std::string::npos;
        wrong[t] += !right;
        try {
          (void)traced_top(t, i).value();
        } catch (const rtcerr::exception& x) {
          wrong[t] += !is_trace_of(x.trace(), t, i, 3);
        }
        read[t] += 2;
      }
      handed[t] = rtcerr::snapshot(traced_top(t, rounds));
      handed_over.arrive_and_wait();
      // Continue the next thread's failure here.
      const int from = (t + 1) % thread_count;
      const rtcerr::result<int> continued = [&]() -> rtcerr::result<int> {
        return rtcerr::resume(handed[from]);
      }();
      wrong[t] += !is_trace_of(rtcerr::trace_of(continued), from, rounds, 4);
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < thread_count; ++t) {
    CHECK(read[t] == 2 * rounds);
    CHECK(wrong[t] == 0);
  }
}

TEST_CASE("threads receiving remote traces at once each read their own, and hand them on") {
  // Each thread receives failures whose remote part names it (the store is
  // one for the process, behind a mutex), reads them, and continues the next
  // thread's snapshot, whose remote part it must then read too.
  constexpr int rounds = 50;
  const auto wire = [](int t, int i) {
    return R"({"format":"rtcerr.trace/1","services":[{"origin":true,"service":"svc-)" +
           std::to_string(t) + R"(","sites":[{"file":"w.cpp","line":)" + std::to_string(i + 1) +
           R"(,"function":"f"}]}]})";
  };
  const auto shows = [](const std::string& text, int t, int i) {
    return text.find("in service svc-" + std::to_string(t) +
                     ":\n    at w.cpp:" + std::to_string(i + 1) + " f") != std::string::npos;
  };
  std::vector<int> wrong(thread_count, 0);
  std::vector<rtcerr::traced_error<rtcerr::error>> handed(thread_count);
  std::latch start(thread_count), looped(thread_count), handed_over(thread_count);
  std::vector<std::thread> threads;
  for (int t = 0; t < thread_count; ++t) {
    threads.emplace_back([&, t] {
      start.arrive_and_wait();
      for (int i = 0; i < rounds; ++i) {
        const rtcerr::result<int> r = rtcerr::remote_failure(
            rtcerr::error(rtcerr::recording::errc::stream_data_timeout), wire(t, i));
        // With more threads than cores, a thread may sleep while the others
        // receive more than the store holds: then its part reads as lost,
        // which is true; what it must never show is another thread's part.
        const std::string text = fmt::format("{:t}", r);
        const bool said_lost = text.find("(remote part lost") != std::string::npos &&
                               text.find("in service svc-") == std::string::npos;
        wrong[t] += !shows(text, t, i) && !said_lost;
      }
      // Fewer than remote_trace_store_size parts are received from here on.
      looped.arrive_and_wait();
      handed[t] = rtcerr::snapshot(rtcerr::result<int>(rtcerr::remote_failure(
          rtcerr::error(rtcerr::recording::errc::stream_data_timeout), wire(t, rounds))));
      handed_over.arrive_and_wait();
      const int from = (t + 1) % thread_count;
      const rtcerr::result<int> continued = rtcerr::resume(handed[from]);
      wrong[t] += !shows(fmt::format("{:t}", continued), from, rounds);
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < thread_count; ++t) CHECK(wrong[t] == 0);
}
#endif
