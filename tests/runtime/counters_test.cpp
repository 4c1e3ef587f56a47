// Per-code failure counters (rtcerr/core/counters.hpp): what is counted as a
// failure made, what is counted apart as an answer, and what is not counted
// at all (lookups, failures handed on). Counters are process-wide and only
// grow, so every check compares a snapshot taken before with one after.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "domains_app.hpp"
#include "domains_app_defaults.hpp"
#include "rtcerr/core/counters.hpp"
#include "rtcerr/core/metrics.hpp"
#include "rtcerr/rtcerr.h"
#include "rtcerr/rtcerr.hpp"
#include "rtcerr/trace.hpp"

namespace {

using rtcerr::error;
template <class T>
using result = rtcerr::result<T>;
namespace rec = rtcerr::recording;

template <class Registry = rtcerr::registry>
struct delta {
  rtcerr::failure_counts<Registry> before = rtcerr::failure_snapshot<Registry>();
  std::uint64_t made(rtcerr::basic_error<Registry> e) const {
    return rtcerr::failure_snapshot<Registry>().of(e).made - before.of(e).made;
  }
  std::uint64_t answered(rtcerr::basic_error<Registry> e) const {
    return rtcerr::failure_snapshot<Registry>().of(e).answered - before.of(e).answered;
  }
  std::uint64_t total_made() const {
    return rtcerr::failure_snapshot<Registry>().total_made() - before.total_made();
  }
  std::uint64_t total_answered() const {
    return rtcerr::failure_snapshot<Registry>().total_answered() - before.total_answered();
  }
};

constexpr error timeout = rec::errc::stream_data_timeout;

[[gnu::noinline]] result<int> leaf(int x) {
  if (x < 0) return rec::errc::stream_data_timeout;  // made here, once
  return x;
}
[[gnu::noinline]] result<long> hop1(int x) {
  BOOST_OUTCOME_TRY(auto v, leaf(x));
  return v + 1L;
}
[[gnu::noinline]] result<void> hop2(int x) {
  RTCERR_TRY(auto v, hop1(x), "x", x);
  static_cast<void>(v);
  return rtcerr::success();
}

}  // namespace

static_assert(rtcerr::failure_counters_enabled);

TEST_CASE("a failure made is counted once, however far it is handed on") {
  delta d;
  CHECK(!hop2(-1).has_value());
  CHECK(d.made(timeout) == 1);
  CHECK(d.total_made() == 1);
  CHECK(d.total_answered() == 0);
  CHECK(hop2(3).has_value());  // successes count nothing
  CHECK(d.total_made() == 1);
}

TEST_CASE("each way of making a failure counts one") {
  const error wire = error::from_wire(605030046);
  SUBCASE("result from an errc") {
    delta d;
    [[maybe_unused]] result<int> r = rec::errc::stream_data_timeout;
    CHECK(d.made(timeout) == 1);
  }
  SUBCASE("result from an error made by from_wire") {
    delta d;
    [[maybe_unused]] result<int> r = wire;
    CHECK(d.made(timeout) == 1);
  }
  SUBCASE("rtcerr::failure(error) and rtcerr::failure(errc)") {
    delta d;
    [[maybe_unused]] result<int> a = rtcerr::failure(wire);
    [[maybe_unused]] result<void> b = rtcerr::failure(rec::errc::stream_data_timeout);
    CHECK(d.made(timeout) == 2);
  }
  SUBCASE("rtcerr::fail(error) and rtcerr::fail(errc)") {
    delta d;
    [[maybe_unused]] result<int> a = rtcerr::fail(wire);
    [[maybe_unused]] result<int> b = rtcerr::fail(rec::errc::stream_data_timeout);
    CHECK(d.made(timeout) == 2);
  }
  SUBCASE("in place") {
    delta d;
    [[maybe_unused]] result<int> r{boost::outcome_v2::in_place_type<error>, wire};
    CHECK(d.made(timeout) == 1);
  }
  SUBCASE("a failure made from the success code counts as made, outside every domain") {
    delta d;
    [[maybe_unused]] result<int> r = error::from_wire(0);
    CHECK(r.error().value() == rtcerr::failure_from_success_value);
    CHECK(d.made(r.error()) == 1);
    CHECK(rtcerr::failure_snapshot<rtcerr::registry>().of(r.error()).domain == "unknown");
  }
}

TEST_CASE("lookups, copies, conversions and handing on count nothing") {
  delta d;
  const error a = error::from_wire(605030046);
  const error b{605030046};
  CHECK(a.name() == "stream_data_timeout");
  CHECK(b.message(rtcerr::lang::en).size() > 0);
  CHECK(error::from_wire(std::int64_t{605030046}).has_value());
  CHECK(d.total_made() == 0);

  [[maybe_unused]] result<int> r = a;  // one made
  [[maybe_unused]] result<int> copy = r;
  [[maybe_unused]] result<int> moved = std::move(copy);
  [[maybe_unused]] result<long> converted(r);  // a failure handed on to another result type
  auto t = rtcerr::snapshot(r);
  [[maybe_unused]] result<int> resumed = rtcerr::resume(t);  // continued, not made again
  CHECK(!converted.has_value());
  CHECK(!resumed.has_value());
  CHECK(d.made(a) == 1);
}

TEST_CASE("count(e) counts answers apart from failures made") {
  delta d;
  rtcerr::count(timeout);
  rtcerr::count(timeout);
  rtcerr::count(error{});  // the success code: nothing
  CHECK(d.answered(timeout) == 2);
  CHECK(d.made(timeout) == 0);
  CHECK(d.total_answered() == 2);
}

TEST_CASE("unknown values: one bucket per domain, one outside every domain") {
  delta d;
  const error gap = error::from_wire(605030002);    // recording's range, not listed
  const error newer = error::from_wire(605039999);  // recording's range, not listed
  const error outside = error::from_wire(42000);    // no domain
  const error outside2 = error::from_wire(-7);      // no domain
  [[maybe_unused]] result<int> r1 = gap, r2 = newer, r3 = outside, r4 = outside2;
  const auto counts = rtcerr::failure_snapshot<rtcerr::registry>();
  CHECK(&counts.of(gap) == &counts.of(newer));
  CHECK(&counts.of(outside) == &counts.of(outside2));
  CHECK(&counts.of(gap) != &counts.of(outside));
  CHECK(counts.of(gap).domain == "recording");
  CHECK(counts.of(gap).name == "unknown");
  CHECK_FALSE(counts.of(gap).known);
  CHECK(d.made(gap) == 2);
  CHECK(d.made(outside) == 2);
  CHECK(d.total_made() == 4);
}

TEST_CASE("an application domain's unknown values are counted under that domain") {
  // acme::network states defaults for its unlisted values (permission_denied
  // in 800500-800599, network_error elsewhere): both are counted in the
  // network domain's bucket, labelled with its name, whatever their default.
  using net = acme::net::registry;
  delta<net> d;
  const acme::net::error part = acme::net::error::from_wire(800550);
  const acme::net::error whole = acme::net::error::from_wire(800777);
  REQUIRE(part.condition() == rtcerr::condition::permission_denied);
  REQUIRE(whole.condition() == rtcerr::condition::network_error);
  [[maybe_unused]] rtcerr::basic_result<int, acme::net::error> r1 = part, r2 = whole;
  const auto counts = rtcerr::failure_snapshot<net>();
  CHECK(&counts.of(part) == &counts.of(whole));
  CHECK(counts.of(part).domain == "network");
  CHECK(counts.of(part).name == "unknown");
  CHECK_FALSE(counts.of(part).known);
  CHECK(d.made(part) == 2);
  CHECK(d.total_made() == 2);
  const std::string text = rtcerr::metrics_text<net>();
  CHECK(text.find(R"(rtcerr_failures_total{domain="network",code="unknown",name="unknown",)") !=
        std::string::npos);
}

TEST_CASE("the snapshot lists every bucket once, codes first, in registry order") {
  const auto counts = rtcerr::failure_snapshot<rtcerr::registry>();
  CHECK(counts.size() == rtcerr::registry::code_count + rtcerr::registry::domain_count + 1);
  CHECK(counts.size() == 84);  // 79 failure codes (the catalogue's 80 with success), 4 + 1 unknown
  CHECK(counts[0].domain == "engine");
  CHECK(counts[0].known);
  CHECK(counts.of(timeout).code == 605030046);
  CHECK(counts.of(timeout).name == "stream_data_timeout");
  CHECK(counts.of(timeout).condition == rtcerr::condition::timeout);
  CHECK(counts[counts.size() - 1].domain == "unknown");
  std::size_t known = 0;
  for (const rtcerr::failure_count& c : counts) known += c.known ? 1 : 0;
  CHECK(known == 79);
}

TEST_CASE("an application's registry has counters of its own") {
  delta<acme::registry> app;
  delta<> catalogue;
  [[maybe_unused]] acme::result<int> r = acme::media::errc::camera_busy;
  [[maybe_unused]] acme::result<int> u =
      acme::error::from_wire(700500);  // media's range, not listed
  [[maybe_unused]] acme::result<int> c =
      rec::errc::stream_data_timeout;  // a catalogue code, in acme's registry
  CHECK(app.made(acme::media::errc::camera_busy) == 1);
  CHECK(app.made(acme::error::from_wire(700500)) == 1);
  CHECK(app.made(acme::error{rec::errc::stream_data_timeout}) == 1);
  CHECK(catalogue.total_made() == 0);
  const auto counts = rtcerr::failure_snapshot<acme::registry>();
  CHECK(counts.size() == acme::registry::code_count + acme::registry::domain_count + 1);
  CHECK(counts.of(acme::error::from_wire(700500)).domain == "media");
}

TEST_CASE("otel_error_type: domain.name, domain._OTHER, _OTHER, and nothing for success") {
  static_assert(rtcerr::otel_error_type(timeout) == "recording.stream_data_timeout");
  static_assert(rtcerr::otel_error_type(rec::errc::stream_data_timeout) ==
                "recording.stream_data_timeout");
  static_assert(rtcerr::otel_error_type(error{32}).starts_with("engine."));
  CHECK(rtcerr::otel_error_type(error::from_wire(605030002)) == "recording._OTHER");
  CHECK(rtcerr::otel_error_type(error::from_wire(42000)) == "_OTHER");
  CHECK(rtcerr::otel_error_type(error{}).empty());
  CHECK(rtcerr::otel_error_type(acme::error{acme::media::errc::camera_busy}) ==
        "media.camera_busy");
  // One value per bucket: every listed code's is its own.
  for (const rtcerr::code_info* c : rtcerr::registry::entries) {
    if (c->value == 0) continue;
    const error e = error::from_wire(c->value);
    CHECK(rtcerr::otel_error_type(e) ==
          std::string(rtcerr::to_string(e.domain())) + "." + std::string(e.name()));
  }
}

TEST_CASE("the C API reads the counters C++ counts into") {
  const std::uint64_t made = rtcerr_failures_made(605030046);
  const std::uint64_t answered = rtcerr_failures_answered(605030046);
  [[maybe_unused]] result<int> r = rec::errc::stream_data_timeout;
  rtcerr::count(timeout);
  rtcerr_count_answer(605030046);
  CHECK(rtcerr_failures_made(605030046) - made == 1);
  CHECK(rtcerr_failures_answered(605030046) - answered == 2);
  CHECK(rtcerr_failure_counters_enabled() == 1);
}

TEST_CASE("the snapshot's labels say what the error says, for every code and unknown value") {
  const auto counts = rtcerr::failure_snapshot<rtcerr::registry>();
  for (const rtcerr::code_info* c : rtcerr::registry::entries) {
    if (c->value == 0) continue;
    const error e = error::from_wire(c->value);
    const rtcerr::failure_count& f = counts.of(e);
    CHECK(f.known);
    CHECK(f.code == e.value());
    CHECK(f.domain == rtcerr::to_string(e.domain()));
    CHECK(f.name == e.name());
    CHECK(f.condition == e.condition());
  }
  for (const std::int32_t v : {605030002, 1009999, 999, 606009999, 42000, -1}) {
    const error e = error::from_wire(v);
    const rtcerr::failure_count& f = counts.of(e);
    CHECK_FALSE(f.known);
    CHECK(f.domain == rtcerr::to_string(e.domain()));
    CHECK(f.name == e.name());
    CHECK(f.condition == e.condition());
  }
}
