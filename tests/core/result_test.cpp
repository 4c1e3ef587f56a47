// rtcerr::result<T>: layout, construction, TRY propagation, the checked
// observers, the success-code rule, and conversion to Outcome's std::error_code
// and boost::system::error_code results.
#include <doctest/doctest.h>

#include <boost/outcome/result.hpp>
#include <boost/outcome/std_result.hpp>

#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "rtcerr/rtcerr.hpp"

namespace outcome = BOOST_OUTCOME_V2_NAMESPACE;
using rtcerr::error;
using rtcerr::result;

// --- Layout: small and trivially copyable, so returned in registers. --------
static_assert(sizeof(result<int>) == 8);
static_assert(sizeof(result<void*>) <= 16);
static_assert(sizeof(result<void>) == 8);
static_assert(std::is_trivially_copyable_v<result<int>>);
static_assert(std::is_trivially_copyable_v<result<void>>);
static_assert(std::is_trivially_copyable_v<result<void*>>);
static_assert(std::is_trivially_copyable_v<result<double>>);
static_assert(!std::is_trivially_copyable_v<result<std::string>>);
static_assert(
    std::is_same_v<result<int>, outcome::basic_result<int, error, rtcerr::result_policy>>);

// --- Implicit construction: a value, an error or an errc enumerator. --------
static_assert(std::is_convertible_v<int, result<int>>);
static_assert(std::is_convertible_v<error, result<int>>);
static_assert(std::is_convertible_v<rtcerr::gateway::errc, result<int>>);
static_assert(std::is_convertible_v<error, result<void>>);
static_assert(std::is_convertible_v<rtcerr::engine::errc, result<std::string>>);
static_assert(std::is_convertible_v<long, result<long>>);

// A constant-evaluated failure from a real code is fine (the compile-fail
// test result_failure_from_success.cpp shows that 0 is not).
constexpr result<int> constant_failure = rtcerr::recording::errc::stream_data_timeout;
static_assert(constant_failure.has_error());
static_assert(constant_failure.error() == rtcerr::recording::errc::stream_data_timeout);
constexpr result<int> constant_value = 42;
static_assert(constant_value.value() == 42);

namespace {

result<int> seven() { return 7; }  // `return 7;` means the value 7
result<int> timeout() {
  const error e = rtcerr::recording::errc::stream_data_timeout;
  return e;  // an rtcerr::error means a failure
}
result<int> busy() { return rtcerr::gateway::errc::system_busy; }
result<int> parse_port(std::string_view s) {
  if (s.empty()) return rtcerr::engine::errc::invalid_argument;
  int port = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return rtcerr::engine::errc::invalid_argument;
    port = port * 10 + (c - '0');
  }
  return port;
}

// TRY between results of different T, void included.
result<std::string> describe_port(std::string_view s) {
  BOOST_OUTCOME_TRY(auto port, parse_port(s));
  return "port " + std::to_string(port);
}
result<void> check_port(std::string_view s) {
  BOOST_OUTCOME_TRY(auto text, describe_port(s));
  if (text.size() > 12) return rtcerr::gateway::errc::invalid_argument;
  return rtcerr::success();
}
result<int> connect(std::string_view s) {
  BOOST_OUTCOME_TRY(check_port(s));  // result<void>: TRY without a variable
  return 1;
}

}  // namespace

TEST_CASE("return 7 makes a value; an error or an errc makes a failure") {
  const result<int> v = seven();
  REQUIRE(v.has_value());
  CHECK(v.value() == 7);

  const result<int> t = timeout();
  REQUIRE(t.has_error());
  CHECK(t.error() == rtcerr::recording::errc::stream_data_timeout);
  CHECK(t.error().value() == 605030046);

  const result<int> b = busy();
  REQUIRE(b.has_error());
  CHECK(b.error().value() == 606000006);

  const result<int> explicit_failure = rtcerr::failure(error{1000003});
  CHECK(explicit_failure.error().value() == 1000003);
}

TEST_CASE("BOOST_OUTCOME_TRY propagates failures across value types and void") {
  CHECK(describe_port("8080").value() == "port 8080");
  CHECK(check_port("8080").has_value());
  CHECK(connect("8080").value() == 1);

  const result<int> bad_input = connect("80x");
  REQUIRE(bad_input.has_error());
  CHECK(bad_input.error() == rtcerr::engine::errc::invalid_argument);

  const result<int> too_long = connect("123456789");
  REQUIRE(too_long.has_error());
  CHECK(too_long.error() == rtcerr::gateway::errc::invalid_argument);

  // An unknown code travels unchanged.
  const auto relay = [](error e) -> result<int> {
    BOOST_OUTCOME_TRY(auto x, result<int>{e});
    return x;
  };
  CHECK(relay(error::from_wire(605030002)).error().value() == 605030002);
  CHECK(relay(error::from_wire(-7)).error().value() == -7);
}

TEST_CASE("value() on a failure throws the typed exception of its code") {
  const result<int> t = timeout();
  CHECK_THROWS_AS((void)t.value(),
                  const rtcerr::exception_for<rtcerr::recording::errc::stream_data_timeout>&);
  CHECK_THROWS_AS((void)t.value(), const rtcerr::recording::exception&);
  CHECK_THROWS_AS((void)t.value(), const rtcerr::condition_exception<rtcerr::condition::timeout>&);
  try {
    (void)busy().value();
    FAIL("value() did not throw");
  } catch (const rtcerr::exception& e) {
    CHECK(e.code() == rtcerr::gateway::errc::system_busy);
  }
  const result<void> v = rtcerr::engine::errc::not_initialized;
  CHECK_THROWS_AS(v.value(), const rtcerr::exception_for<rtcerr::engine::errc::not_initialized>&);
  const result<int> unknown = error::from_wire(1000999);
  CHECK_THROWS_AS((void)unknown.value(), const rtcerr::session::exception&);
}

TEST_CASE("error() on a success throws rtcerr::bad_result_access") {
  const result<int> v = seven();
  CHECK_THROWS_AS((void)v.error(), const rtcerr::bad_result_access&);
  try {
    (void)v.error();
    FAIL("error() did not throw");
  } catch (const std::exception& e) {
    CHECK(std::string_view(e.what()).find("error() called on a result that holds a value") !=
          std::string_view::npos);
  }
  // It is a misuse, not an error of any domain.
  static_assert(!std::is_base_of_v<rtcerr::exception, rtcerr::bad_result_access>);
  const result<void> ok = rtcerr::success();
  CHECK_THROWS_AS((void)ok.error(), const rtcerr::bad_result_access&);
}

TEST_CASE("a failure made from 0 at run time stays a failure, with the reserved value") {
  constexpr std::int32_t reserved = std::numeric_limits<std::int32_t>::min();
  static_assert(rtcerr::failure_from_success_value == reserved);
  static_assert(rtcerr::domain_of(reserved) == rtcerr::domain_id::unknown);

  const error zero = error::from_wire(0);
  const result<int> from_error = zero;
  const result<int> from_failure = rtcerr::failure(zero);
  const result<int> in_place{outcome::in_place_type<error>};
  const result<void> void_result = zero;
  result<int> assigned = 1;
  assigned = zero;
  const result<std::string> non_trivial = zero;

  const result<int>& assigned_view = assigned;
  for (const result<int>* r : {&from_error, &from_failure, &in_place, &assigned_view}) {
    REQUIRE_FALSE(r->has_value());
    REQUIRE(r->has_error());
    CHECK_FALSE(static_cast<bool>(*r));
    CHECK(r->error().value() == reserved);
    CHECK_THROWS_AS((void)r->value(), const rtcerr::exception&);
  }
  CHECK(void_result.error().value() == reserved);
  CHECK(non_trivial.error().value() == reserved);

  // What value() throws says what went wrong.
  try {
    (void)from_error.value();
    FAIL("value() did not throw");
  } catch (const rtcerr::exception& e) {
    CHECK(e.code().value() == reserved);
    CHECK(std::string_view(e.what()) == "unknown (-2147483648): 以成功码 0 构造的失败（程序错误）");
  }

  // Propagation keeps it a failure.
  const auto relay = [&]() -> result<void> {
    BOOST_OUTCOME_TRY(from_error);
    return rtcerr::success();
  };
  CHECK(relay().error().value() == reserved);
}

TEST_CASE("a result converts to Outcome's std_result and boost result") {
  const result<int> t = timeout();
  const outcome::std_result<int> s{t};
  REQUIRE(s.has_error());
  CHECK(s.error().value() == 605030046);
  CHECK(std::string_view(s.error().category().name()) == "rtcerr.recording");
  CHECK(s.error() == rtcerr::condition::timeout);

  const outcome::std_result<int> sv{seven()};
  CHECK(sv.value() == 7);

  // From an lvalue: Outcome 2.2 cannot convert an rvalue basic_result<void, E>
  // through make_error_code (docs/results-and-exceptions.md).
  const result<void> timed_out = rtcerr::gateway::errc::request_timeout;
  const outcome::std_result<void> sv_void{timed_out};
  CHECK(sv_void.error() == std::errc::timed_out);
  const result<void> done = rtcerr::success();
  CHECK(outcome::std_result<void>{done}.has_value());
  CHECK(outcome::result<void>{timed_out}.error().failed());
  CHECK(outcome::std_result<int>{result<int>{busy()}}.error() == rtcerr::condition::busy);

  const outcome::result<int> b{busy()};
  REQUIRE(b.has_error());
  CHECK(b.error().failed());
  CHECK(std::error_code(b.error()) == rtcerr::gateway::errc::system_busy);
  CHECK(std::error_code(b.error()) == rtcerr::condition::busy);
  CHECK(outcome::result<int>{seven()}.value() == 7);
}

TEST_CASE("a failure made from 0 never becomes a falsy error code") {
  const result<int> zero = error::from_wire(0);
  const outcome::std_result<int> s{zero};
  REQUIRE(s.has_error());
  CHECK(static_cast<bool>(s.error()));
  CHECK(std::string_view(s.error().category().name()) == "rtcerr.unknown");

  const outcome::result<int> b{zero};
  REQUIRE(b.has_error());
  CHECK(b.error().failed());
  CHECK(static_cast<bool>(b.error()));
}

namespace {

outcome::std_result<int> std_connect(std::string_view s) {
  BOOST_OUTCOME_TRY(auto port, parse_port(s));  // an rtcerr::result inside a std_result function
  BOOST_OUTCOME_TRY(check_port(s));
  return port + 1;
}

outcome::result<int> boost_connect(std::string_view s) {
  BOOST_OUTCOME_TRY(auto port, parse_port(s));
  BOOST_OUTCOME_TRY(check_port(s));
  return port + 1;
}

}  // namespace

TEST_CASE("BOOST_OUTCOME_TRY of an rtcerr::result works in std_result and boost result functions") {
  CHECK(std_connect("80").value() == 81);
  const outcome::std_result<int> s = std_connect("8x");
  REQUIRE(s.has_error());
  CHECK(s.error() == rtcerr::engine::errc::invalid_argument);
  CHECK(s.error() == std::errc::invalid_argument);
  CHECK(rtcerr::from_error_code(s.error()) == error{1});
  CHECK(std_connect("123456789").error().value() == 606000003);

  CHECK(boost_connect("80").value() == 81);
  const outcome::result<int> b = boost_connect("");
  REQUIRE(b.has_error());
  CHECK(b.error().failed());
  CHECK(rtcerr::from_error_code(std::error_code(b.error())) == error{1});
}
