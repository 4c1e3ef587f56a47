// Error return traces and context (rtcerr/core/basic_trace.hpp). The contract:
//   - `fail(e)` opens a trace at the caller's line; each RTCERR_TRY a failure
//     passes adds a hop (file, line, function, expression); BOOST_OUTCOME_TRY
//     hands the trace on without adding one;
//   - context is copied only on failure, texts cut at a UTF-8 boundary;
//   - a trace read back is the right one or reported lost, never another
//     failure's: several failures in flight, failures dropped, and a ring that
//     wraps (the property test below interleaves all three against a model);
//   - `{:t}` and `{:tj}` print it; the exception thrown by value() keeps a
//     copy; a snapshot moves to another thread and continues there.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <vector>

#include "rtcerr/rtcerr.hpp"

namespace {

using rtcerr::error;
using rtcerr::result;
using rtcerr::trace_snapshot;
namespace recording = rtcerr::recording;

#if RTCERR_TRACES

int origin_line = 0;
[[gnu::noinline]] result<int> leaf(bool failing) {
  origin_line = __LINE__ + 1;
  if (failing) return rtcerr::fail(recording::errc::stream_data_timeout);
  return 1;
}

int evaluations = 0;  // counts context arguments evaluated
std::string_view counted(std::string_view s) {
  ++evaluations;
  return s;
}

int middle_line = 0;
[[gnu::noinline]] result<std::string> middle(bool failing, std::string_view room) {
  middle_line = __LINE__ + 1;
  RTCERR_TRY(auto n, leaf(failing), "room", counted(room), "attempt", 3);
  return std::string(static_cast<std::size_t>(n), 'x');
}

// BOOST_OUTCOME_TRY in between: hands the trace on, adds no hop.
[[gnu::noinline]] result<std::string> plain(bool failing) {
  BOOST_OUTCOME_TRY(auto s, middle(failing, "r-1001"));
  return s;
}

int top_line = 0;
[[gnu::noinline]] result<void> top(bool failing) {
  top_line = __LINE__ + 1;
  RTCERR_TRY(plain(failing));
  return rtcerr::success();
}

TEST_CASE("fail opens a trace; RTCERR_TRY adds a hop; BOOST_OUTCOME_TRY adds none") {
  const result<void> r = top(true);
  REQUIRE(r.has_error());
  CHECK(r.error() == recording::errc::stream_data_timeout);
  const trace_snapshot t = rtcerr::trace_of(r);
  REQUIRE(t.present());
  CHECK(t.has_origin);
  REQUIRE(t.site_count == 3);
  CHECK(t.site(0).location.line() == static_cast<unsigned>(origin_line));
  CHECK(t.site(0).expression == nullptr);
  CHECK(std::string_view(t.site(0).location.file_name()).ends_with("trace_test.cpp"));
  CHECK(t.site(1).location.line() == static_cast<unsigned>(middle_line));
  CHECK(std::string_view(t.site(1).expression) == "leaf(failing)");
  CHECK(std::string_view(t.site(1).location.function_name()).find("middle") !=
        std::string_view::npos);
  CHECK(t.site(2).location.line() == static_cast<unsigned>(top_line));
  CHECK(std::string_view(t.site(2).expression) == "plain(failing)");
  REQUIRE(t.context_count == 2);
  CHECK(t.context[0].key_view() == "room");
  CHECK(t.context[0].is_text);
  CHECK(t.context[0].text_view() == "r-1001");
  CHECK(t.context[1].key_view() == "attempt");
  CHECK_FALSE(t.context[1].is_text);
  CHECK(t.context[1].integer == 3);
}

[[gnu::noinline]] result<int> with_c_strings(const char* room, const char* user) {
  RTCERR_TRY(auto v, leaf(true), "room", room, "user", user);
  return v;
}

TEST_CASE("C string context: copied on failure; a null one is an empty text") {
  const trace_snapshot t = rtcerr::trace_of(with_c_strings("r-42", nullptr));
  REQUIRE(t.present());
  REQUIRE(t.context_count == 2);
  CHECK(t.context[0].text_view() == "r-42");
  CHECK(t.context[1].is_text);
  CHECK(t.context[1].text_view().empty());
  // Past the sites kept: an empty site, not another record's.
  CHECK(t.site(t.site_count).expression == nullptr);
  CHECK(t.site(t.site_count).location.line() == 0);
  CHECK(t.site(rtcerr::trace_max_hops + 3).expression == nullptr);
}

TEST_CASE("a hop records its call site's static trace_site, one word") {
  const trace_snapshot a = rtcerr::trace_of(middle(true, "r-1"));
  const trace_snapshot b = rtcerr::trace_of(middle(true, "r-2"));
  REQUIRE(a.site_count == 2);
  REQUIRE(b.site_count == 2);
  // The same RTCERR_TRY: the same address, not a copy of its fields.
  CHECK(a.site_words[1] == b.site_words[1]);
  CHECK((a.site_words[1] & 1u) == 0);
  CHECK(a.site(1).expression == b.site(1).expression);
  // The origin is fail's source_location, marked by the low bit.
  CHECK((a.site_words[0] & 1u) == 1);
  CHECK(a.site(0).location.line() == static_cast<unsigned>(origin_line));
  static_assert(sizeof(a.site_words[0]) == sizeof(void*));
}

TEST_CASE("context is evaluated only on failure") {
  evaluations = 0;
  CHECK(top(false).has_value());
  CHECK(evaluations == 0);
  CHECK(top(true).has_error());
  CHECK(evaluations == 1);
}

TEST_CASE("sizeof(result<int>) stays 8 and a success has no trace") {
  static_assert(sizeof(result<int>) == 8);
  static_assert(std::is_trivially_copyable_v<result<int>>);
  static_assert(std::is_trivially_copyable_v<trace_snapshot>);
  CHECK(rtcerr::trace_of(leaf(false)).state == trace_snapshot::status::none);
}

// A failure made without fail() gets its record at the first RTCERR_TRY.
[[gnu::noinline]] result<int> untraced() { return recording::errc::invalid_argument; }
[[gnu::noinline]] result<int> first_hop() {
  RTCERR_TRY(auto v, untraced());
  return v;
}

TEST_CASE("an untraced failure starts its trace at its first RTCERR_TRY") {
  CHECK(rtcerr::trace_of(untraced()).state == trace_snapshot::status::none);
  const trace_snapshot t = rtcerr::trace_of(first_hop());
  REQUIRE(t.present());
  CHECK_FALSE(t.has_origin);
  REQUIRE(t.site_count == 1);
  CHECK(std::string_view(t.site(0).expression) == "untraced()");
}

// A hop checks key, error value and room against one word of the slot; a
// slot never used must match nothing, not even a result that carries key 0
// (untraced) and the error value 0 (written into it through the reference
// assume_error() returns, which is not checked). On a fresh thread every
// slot is unused: the hop must open a record of its own, not append to
// slot 0 and hand the result on untraced.
[[gnu::noinline]] result<int> untraced_zero() {
  result<int> r{recording::errc::invalid_argument};
  r.assume_error() = error::from_wire(0);
  return r;
}
[[gnu::noinline]] result<int> hop_over_untraced_zero() {
  RTCERR_TRY(auto v, untraced_zero());
  return v;
}

TEST_CASE("a hop never takes an unused slot for its record, even for key 0 and error 0") {
  trace_snapshot t;
  std::thread([&t] { t = rtcerr::trace_of(hop_over_untraced_zero()); }).join();
  REQUIRE(t.present());
  CHECK_FALSE(t.has_origin);
  REQUIRE(t.site_count == 1);
  CHECK(std::string_view(t.site(0).expression) == "untraced_zero()");
  CHECK(t.error_value == 0);
}

TEST_CASE("a failure of the success code is traced as failure_from_success_value") {
  const result<int> r = rtcerr::fail(error::from_wire(0));
  REQUIRE(r.has_error());
  CHECK(r.error().value() == rtcerr::failure_from_success_value);
  CHECK(rtcerr::trace_of(r).present());
}

[[gnu::noinline]] result<int> deep(int depth) {
  if (depth == 0) return rtcerr::fail(recording::errc::stream_data_timeout);
  RTCERR_TRY(auto v, deep(depth - 1));
  return v;
}

TEST_CASE("hops past the capacity are counted, not kept") {
  const trace_snapshot t = rtcerr::trace_of(deep(40));
  REQUIRE(t.present());
  CHECK(t.site_count == rtcerr::trace_max_hops);
  CHECK(t.sites_dropped == 40 + 1 - rtcerr::trace_max_hops);
  const std::string text = fmt::format("{:t}", deep(40));
  CHECK(text.find("... 25 more hops not kept") != std::string::npos);
}

[[gnu::noinline]] result<int> with_text(std::string_view text) {
  RTCERR_TRY(auto v, leaf(true), "text", text, "a", 1, "b", 2);
  return v;
}

TEST_CASE("long texts are cut at a UTF-8 boundary and marked; extra entries are counted") {
  // One byte, then 20 three-byte characters: 61 bytes, more than the 48 a
  // value holds; 48 would end inside the 16th character.
  std::string long_text = "a";
  for (int i = 0; i < 20; ++i) long_text += "流";
  const result<int> r = rtcerr::with_context(with_text(long_text), "c", 3, "d", 4);
  const trace_snapshot t = rtcerr::trace_of(r);
  REQUIRE(t.context_count == rtcerr::trace_max_context);
  CHECK(t.context_dropped == 1);
  const auto& e = t.context[0];
  CHECK(e.cut);
  CHECK(e.text_length == 46);  // "a" and 15 whole characters
  CHECK(e.text_view() == std::string_view(long_text).substr(0, 46));
  const std::string text = fmt::format("{:t}", r);
  CHECK(text.find("text=\"" + long_text.substr(0, 46) + "…\" a=1 b=2 c=3 (1 more not kept)") !=
        std::string::npos);
}

TEST_CASE("{:t} prints the error line, one hop a line, origin first, then the context") {
  const std::string text = fmt::format("{:t}", top(true));
  const std::string expected =
      "recording.stream_data_timeout (605030046): 流数据超时\n"
      "  at trace_test.cpp:" +
      std::to_string(origin_line) +
      " {anon}::leaf\n  at trace_test.cpp:" + std::to_string(middle_line) +
      " {anon}::middle: leaf(failing)\n  at trace_test.cpp:" + std::to_string(top_line) +
      " {anon}::top: plain(failing)\n  context: room=\"r-1001\" attempt=3";
  // The anonymous namespace is spelled differently by each compiler.
  std::string normalised = text;
  for (const std::string_view anon : {"(anonymous namespace)", "{anonymous}"})
    for (std::size_t at; (at = normalised.find(anon)) != std::string::npos;)
      normalised.replace(at, anon.size(), "{anon}");
  CHECK(normalised == expected);
  const error timeout = recording::errc::stream_data_timeout;
  CHECK(fmt::format("{:t.en}", top(true))
            .starts_with("recording.stream_data_timeout (605030046): " +
                         std::string(timeout.message(rtcerr::lang::en)) +
                         "\n  at trace_test.cpp:"));
  CHECK(fmt::format("{:t}", untraced()) ==
        "recording.invalid_argument (605030003): 参数错误\n"
        "  (no trace: made without rtcerr::fail or RTCERR_TRY)");
  CHECK(fmt::format("{:t}", leaf(false)) == "1");  // a value prints as with {}
}

TEST_CASE("{:tj} is one JSON object: the error and its trace") {
  const std::string json = fmt::format("{:tj}", middle(true, "a\"b"));
  CHECK(json.starts_with("{\"error\":{\"domain\":\"recording\",\"code\":605030046,"));
  CHECK(json.find(",\"trace\":{\"status\":\"present\",\"origin\":true,\"sites\":[{\"file\":") !=
        std::string::npos);
  CHECK(json.find("\"expression\":null},{") != std::string::npos);
  CHECK(json.find("\"expression\":\"leaf(failing)\"}],\"sites_dropped\":0,") != std::string::npos);
  CHECK(
      json.ends_with("\"context\":[{\"key\":\"room\",\"value\":\"a\\\"b\",\"cut\":false},"
                     "{\"key\":\"attempt\",\"value\":3,\"cut\":false}],\"context_dropped\":0}}"));
}

TEST_CASE("value() and throw_error(r) throw with the trace; throw_error(e) without") {
  try {
    (void)middle(true, "r-7").value();
    FAIL("value() did not throw");
  } catch (const rtcerr::exception_for<recording::errc::stream_data_timeout>& x) {
    const trace_snapshot& t = x.trace();
    REQUIRE(t.present());
    CHECK(t.site_count == 2);
    CHECK(t.context[0].text_view() == "r-7");
    const std::string text = fmt::format("{:t}", x);
    CHECK(text.find("leaf(failing)\n  context: room=\"r-7\" attempt=3") != std::string::npos);
  }
  try {
    rtcerr::throw_error(recording::errc::stream_data_timeout);
  } catch (const rtcerr::exception& x) {
    CHECK(x.trace().state == trace_snapshot::status::none);
  }
  // throw_error given the result (not only its error) carries its trace.
  const result<std::string> failed = middle(true, "r-8");
  try {
    rtcerr::throw_error(failed);
  } catch (const rtcerr::exception_for<recording::errc::stream_data_timeout>& x) {
    REQUIRE(x.trace().present());
    CHECK(x.trace().site_count == 2);
    CHECK(x.trace().context[0].text_view() == "r-8");
  }
  try {
    rtcerr::throw_error(failed.error());
  } catch (const rtcerr::exception& x) {
    CHECK(x.trace().state == trace_snapshot::status::none);
  }
  // On a result holding a value there is nothing to throw but the bug.
  try {
    rtcerr::throw_error(middle(false, "r-9"));
  } catch (const rtcerr::exception& x) {
    CHECK(x.code().value() == 0);
    CHECK(x.trace().state == trace_snapshot::status::none);
  }
  // value() on an untraced failure after a traced one: no stale trace.
  try {
    (void)untraced().value();
  } catch (const rtcerr::exception& x) {
    CHECK(x.trace().state == trace_snapshot::status::none);
  }
}

TEST_CASE("a snapshot moves to another thread and continues there") {
  const rtcerr::traced_error<error> t = rtcerr::snapshot(middle(true, "r-9"));
  REQUIRE(t.trace.present());
  trace_snapshot there;
  error there_error;
  std::thread worker([&] {
    // The key of a result made on the main thread means nothing here.
    const result<std::string> foreign = middle(true, "elsewhere");
    static_cast<void>(foreign);
    const auto continued = [&]() -> result<int> { return rtcerr::resume(t); };
    const auto outer = [&]() -> result<int> {
      RTCERR_TRY(auto v, continued());
      return v;
    };
    const result<int> r = outer();
    there = rtcerr::trace_of(r);
    there_error = r.error();
  });
  worker.join();
  CHECK(there_error == recording::errc::stream_data_timeout);
  REQUIRE(there.present());
  REQUIRE(there.site_count == 4);  // origin, middle, resume, outer
  CHECK(there.site(0).expression == nullptr);
  CHECK(std::string_view(there.site(1).expression) == "leaf(failing)");
  CHECK(there.site(2).expression == nullptr);
  CHECK(std::string_view(there.site(3).expression) == "continued()");
  CHECK(there.context[0].text_view() == "r-9");
}

TEST_CASE("a result read on another thread reports its trace lost, never another's") {
  const result<std::string> r = middle(true, "mine");
  trace_snapshot seen;
  std::thread other([&] {
    // Fill this thread's ring so that every slot holds a record.
    for (std::size_t i = 0; i < 2 * rtcerr::trace_ring_size; ++i) static_cast<void>(leaf(true));
    seen = rtcerr::trace_of(r);
  });
  other.join();
  CHECK(seen.state == trace_snapshot::status::lost);
  CHECK(fmt::format("{:t}", r).find("room=\"mine\"") != std::string::npos);  // here it is
}

// --- the property test ------------------------------------------------------
// Interleaves opening failures (fail, or an untraced failure picked up by a
// first RTCERR_TRY), adding hops, adding context, dropping failures and
// reading them back, at random, against a model of what each trace must
// hold. A trace read back must equal the model exactly, or be reported lost;
// and it must not be lost while fewer than trace_ring_size newer records
// were opened on this thread since its own and the hop log has not wrapped
// past its first hop. A hop of a lost trace leaves it lost.

[[gnu::noinline]] result<int> site_a(result<int> r) {
  RTCERR_TRY(auto v, std::move(r));
  return v;
}
[[gnu::noinline]] result<int> site_b(result<int> r) {
  RTCERR_TRY(auto v, std::move(r));
  return v;
}
[[gnu::noinline]] result<int> open_traced(error e) { return rtcerr::fail(e); }
[[gnu::noinline]] result<int> open_untraced(error e) { return e; }

struct model {
  result<int> r = 0;
  bool traced = false;       // has a record
  std::uint64_t opened = 0;  // records opened on this thread before it
  std::uint64_t logged = 0;  // hops logged on this thread before it was opened
  bool has_origin = false;
  std::vector<char> hops;  // 'a' or 'b', after the origin
  std::vector<std::int64_t> context;
};

TEST_CASE("property: interleaved failures, drops and a wrapping ring never mix traces up") {
  std::mt19937 rng(20261201);
  std::vector<model> live;
  std::uint64_t opened = 0;  // records opened so far by this test
  std::uint64_t logged = 0;  // hops logged so far by this test
  int checks = 0, lost = 0;
  const error codes[] = {recording::errc::stream_data_timeout, recording::errc::invalid_argument,
                         error::from_wire(605030002)};

  const auto check = [&](const model& m) {
    const trace_snapshot t = rtcerr::trace_of(m.r);
    ++checks;
    if (!m.traced) {
      CHECK(t.state == trace_snapshot::status::none);
      return;
    }
    if (t.state == trace_snapshot::status::lost) {
      ++lost;
      CHECK((opened - m.opened >= rtcerr::trace_ring_size ||
             logged - m.logged > rtcerr::trace_hop_log_size));  // lost only once overwritten
      return;
    }
    REQUIRE(t.present());
    CHECK(t.error_value == m.r.error().value());
    CHECK(t.has_origin == m.has_origin);
    const std::size_t first = m.has_origin ? 1 : 0;
    REQUIRE(t.site_count == first + std::min(m.hops.size(), rtcerr::trace_max_hops - first));
    for (std::size_t i = first; i < t.site_count; ++i)
      CHECK(std::string_view(t.site(i).expression) == "std::move(r)");
    for (std::size_t i = first; i < t.site_count; ++i) {
      const bool in_a = std::string_view(t.site(i).location.function_name()).find("site_a") !=
                        std::string_view::npos;
      CHECK(in_a == (m.hops[i - first] == 'a'));
    }
    REQUIRE(t.context_count == std::min(m.context.size(), rtcerr::trace_max_context));
    for (std::size_t i = 0; i < t.context_count; ++i) CHECK(t.context[i].integer == m.context[i]);
  };

  for (int step = 0; step < 20000; ++step) {
    const unsigned action = rng() % 100;
    if (live.empty() || action < 25) {
      model m;
      const error e = codes[rng() % 3];
      if (rng() % 4 != 0) {
        m.r = open_traced(e);
        m.traced = m.has_origin = true;
        m.opened = opened++;
        m.logged = logged;
      } else {
        m.r = open_untraced(e);
      }
      live.push_back(std::move(m));
    } else if (action < 60) {
      model& m = live[rng() % live.size()];
      const bool a = rng() % 2 == 0;
      if (!m.traced) {  // the first RTCERR_TRY opens its record
        m.traced = true;
        m.opened = opened++;
        m.logged = logged;
      } else {  // later ones go to the hop log
        ++logged;
      }
      m.r = a ? site_a(std::move(m.r)) : site_b(std::move(m.r));
      m.hops.push_back(a ? 'a' : 'b');
    } else if (action < 70) {
      model& m = live[rng() % live.size()];
      const std::int64_t value = rng() % 1000;
      if (m.traced && rtcerr::trace_of(m.r).present()) m.context.push_back(value);
      if (m.traced) ++logged;  // a step in the hop log, as a hop's
      m.r = rtcerr::with_context(std::move(m.r), "k", value);
    } else if (action < 80) {
      live.erase(live.begin() + static_cast<std::ptrdiff_t>(rng() % live.size()));  // dropped
    } else {
      check(live[rng() % live.size()]);
    }
    if (live.size() > 40) live.erase(live.begin());
  }
  for (const model& m : live) check(m);
  MESSAGE("checks: " << checks << ", reported lost: " << lost);
  CHECK(lost > 0);              // the ring did wrap
  CHECK(checks - lost > 1000);  // and most reads found their trace
}

// The hop log holds trace_hop_log_size hops of all the thread's traces: a
// trace whose first logged hop has been overwritten is lost, whole; one
// hop fewer and it is read back whole.
TEST_CASE("a trace is lost once the hop log wraps past its hops, never read in part") {
  const result<int> kept = site_a(open_traced(recording::errc::invalid_argument));
  result<int> other = open_traced(recording::errc::stream_data_timeout);
  for (std::size_t i = 0; i + 1 < rtcerr::trace_hop_log_size; ++i) other = site_b(std::move(other));
  const trace_snapshot before = rtcerr::trace_of(kept);
  REQUIRE(before.present());
  REQUIRE(before.site_count == 2);
  CHECK(std::string_view(before.site(1).location.function_name()).find("site_a") !=
        std::string_view::npos);

  other = site_b(std::move(other));  // overwrites the hop `kept` logged
  CHECK(rtcerr::trace_of(kept).state == trace_snapshot::status::lost);
  const trace_snapshot t = rtcerr::trace_of(other);  // its own hops fill the log exactly
  REQUIRE(t.present());
  CHECK(t.site_count == rtcerr::trace_max_hops);
  CHECK(t.sites_dropped == 1 + rtcerr::trace_hop_log_size - rtcerr::trace_max_hops);

  other = site_b(std::move(other));  // and now its own first hop is gone
  CHECK(rtcerr::trace_of(other).state == trace_snapshot::status::lost);
}

// --- more threads than a block of keys; copies on two paths; with_context --

// The first program: a result kept while 299 short-lived threads
// each make one failure; then a 300th thread makes one more and reads the
// kept result. Every number went to a failure made, so the 300 are well
// inside the window: the kept result reads as lost on the other thread
// (never the fresh failure's trace, from the same code), and as its own here.
int origin_a_line = 0, origin_b_line = 0;
[[gnu::noinline]] result<int> origin_a() {
  origin_a_line = __LINE__ + 1;
  return rtcerr::fail(rtcerr::engine::errc::invalid_argument);
}
[[gnu::noinline]] result<int> origin_b() {
  origin_b_line = __LINE__ + 1;
  return rtcerr::fail(rtcerr::engine::errc::invalid_argument);
}

TEST_CASE("300 short-lived threads: a kept result reads its own trace or lost, never another's") {
  const result<int> stale = origin_a();
  static_assert(300 < rtcerr::trace_key_window);
  for (int i = 0; i < 299; ++i) std::thread([] { static_cast<void>(origin_b()); }).join();
  trace_snapshot fresh_trace, stale_there;
  std::uint16_t fresh_key = 0;
  std::thread([&] {
    const result<int> fresh = origin_b();
    fresh_key = rtcerr::trace_key_of(fresh);
    fresh_trace = rtcerr::trace_of(fresh);
    stale_there = rtcerr::trace_of(stale);
  }).join();
  CHECK(fresh_key != rtcerr::trace_key_of(stale));
  REQUIRE(fresh_trace.present());
  CHECK(fresh_trace.site(0).location.line() == static_cast<unsigned>(origin_b_line));
  CHECK(stale_there.state == trace_snapshot::status::lost);
  const trace_snapshot here = rtcerr::trace_of(stale);
  REQUIRE(here.present());
  CHECK(here.site(0).location.line() == static_cast<unsigned>(origin_a_line));
}

// The third program: a failed result kept (a cache) and extended
// along two paths, one with context.
result<int> cached = 0;
[[gnu::noinline]] result<int> path_a() {
  RTCERR_TRY(auto v, cached, "path", "A");
  return v;
}
[[gnu::noinline]] result<int> path_b() {
  RTCERR_TRY(auto v, result<int>(cached));
  return v;
}
[[gnu::noinline]] result<int> path_b2() {
  RTCERR_TRY(auto v, path_b());
  return v;
}

TEST_CASE("copies extended along two paths are reported copied, never as one path") {
  cached = leaf(true);
  // One path alone is exact and not marked.
  const result<int> a = path_a();
  const trace_snapshot alone = rtcerr::trace_of(a);
  REQUIRE(alone.present());
  CHECK_FALSE(alone.copied);
  CHECK(alone.site_count == 2);
  CHECK(fmt::format("{:t}", a).find("copied") == std::string::npos);

  const result<int> b = path_b2();
  for (const result<int>* r : {&a, &b}) {
    const trace_snapshot t = rtcerr::trace_of(*r);
    REQUIRE(t.present());
    CHECK(t.copied);
    const std::string text = fmt::format("{:t}", *r);
    CHECK(text.find("(copied: hops of another path may be mixed in)") != std::string::npos);
    CHECK(fmt::format("{:tj}", *r).find("\"copied\":true") != std::string::npos);
  }
  // The kept result itself passed no hop: its origin alone, exact.
  const trace_snapshot kept = rtcerr::trace_of(cached);
  REQUIRE(kept.present());
  CHECK_FALSE(kept.copied);
  CHECK(kept.site_count == 1);
  CHECK(kept.context_count == 0);  // path A's context came after it
  // Extended further, path A's result stays marked: its first hop has a
  // twin on path B.
  const result<int> after_a = site_b(a);
  const trace_snapshot further = rtcerr::trace_of(after_a);
  REQUIRE(further.present());
  CHECK(further.copied);
  cached = result<int>(0);
}

TEST_CASE("a copy extended after the other path's hop, alone, is exact") {
  const result<int> start = site_a(leaf(true));
  const result<int> longer = site_b(start);
  const trace_snapshot t = rtcerr::trace_of(longer);
  REQUIRE(t.present());
  CHECK_FALSE(t.copied);
  REQUIRE(t.site_count == 3);
  const trace_snapshot shorter = rtcerr::trace_of(start);
  REQUIRE(shorter.present());
  CHECK_FALSE(shorter.copied);
  CHECK(shorter.site_count == 2);  // the copy's later hop is not its own
}

TEST_CASE("context added to two copies is reported copied; one copy's context is its own") {
  const result<int> origin = leaf(true);
  const result<int> one = rtcerr::with_context(origin, "copy", 1);
  const trace_snapshot alone = rtcerr::trace_of(one);
  REQUIRE(alone.present());
  CHECK_FALSE(alone.copied);
  REQUIRE(alone.context_count == 1);
  CHECK(rtcerr::trace_of(origin).context_count == 0);
  const result<int> two = rtcerr::with_context(origin, "copy", 2);
  CHECK(rtcerr::trace_of(one).copied);
  CHECK(rtcerr::trace_of(two).copied);
}

TEST_CASE("a trace extended on another thread and read back is lost, never shown in part") {
  const result<int> origin = leaf(true);
  result<int> there = 0;
  std::thread([&] { there = site_b(origin); }).join();
  CHECK(rtcerr::trace_of(there).state == trace_snapshot::status::lost);
  const result<int> back_here = site_a(there);  // one more hop, here
  CHECK(rtcerr::trace_of(back_here).state == trace_snapshot::status::lost);
  // The copy that stayed here reads its own trace.
  const trace_snapshot own = rtcerr::trace_of(origin);
  REQUIRE(own.present());
  CHECK(own.site_count == 1);
}

[[gnu::noinline]] result<int> failing_for_context() { return leaf(true); }

TEST_CASE("with_context returns a result, not a reference to its argument") {
  static_assert(
      std::is_same_v<decltype(rtcerr::with_context(failing_for_context(), "k", 1)), result<int>>);
  // A temporary argument: what `auto&&` binds to must outlive the statement
  // (the sanitizer builds run this under ASan, which reported
  // stack-use-after-scope here when with_context returned R&&).
  auto&& r = rtcerr::with_context(failing_for_context(), "room", "r-1");
  CHECK(fmt::format("{:t}", r).find("context: room=\"r-1\"") != std::string::npos);
  // A non-const lvalue still gets the context itself.
  result<int> kept = failing_for_context();
  rtcerr::with_context(kept, "attempt", 2);
  const trace_snapshot t = rtcerr::trace_of(kept);
  REQUIRE(t.context_count == 1);
  CHECK(t.context[0].integer == 2);
}

#else  // RTCERR_TRACES == 0

[[gnu::noinline]] result<int> leaf() { return rtcerr::fail(recording::errc::stream_data_timeout); }
int evaluations = 0;
[[maybe_unused]] int counted() { return ++evaluations; }
[[gnu::noinline]] result<int> hop() {
  RTCERR_TRY(auto v, leaf(), "n", counted());
  return v;
}

TEST_CASE("compiled out: plain Outcome, nothing recorded, context not evaluated") {
  const result<int> r = hop();
  REQUIRE(r.has_error());
  CHECK(r.error() == recording::errc::stream_data_timeout);
  CHECK(rtcerr::trace_of(r).state == trace_snapshot::status::none);
  CHECK(evaluations == 0);
  CHECK(rtcerr::trace_memory_per_thread == 0);
  CHECK(fmt::format("{:t}", r) ==
        "recording.stream_data_timeout (605030046): 流数据超时\n"
        "  (no trace: traces are compiled out, RTCERR_TRACES=0)");
}

#endif

}  // namespace
