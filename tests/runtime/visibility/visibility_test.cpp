// rtcerr across a hidden-visibility shared library (tests/runtime/visibility/callee.hpp).
//
// The library holds its own static copy of rtcerr, hidden by
// -fvisibility=hidden and -Wl,--exclude-libs,ALL; this program links another
// copy. Every category object, type_info and table exists twice, so
// comparisons by address fail across the boundary. What must still hold
// (docs/domains.md, "Across shared libraries"):
//   - an error_code made in the library equals rtcerr's conditions and the
//     std::errc equivalents here, and from_error_code turns it back into the
//     same rtcerr::error;
//   - an exception thrown in the library is caught here at each of its four
//     levels: the code, its domain, its condition, rtcerr::exception.
// What does not hold, as for any std::error_category: an error_code made in
// the library does not equal one made here (operator== compares category
// addresses); the test states that too, so that the documentation stays true.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <cstdint>
#include <cstdlib>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>

#include "callee.hpp"
#include "rtcerr/rtcerr.hpp"

namespace {

using rtcerr::condition;

#if RTCERR_TRACES
// Traces across the two copies (docs/traces.md, "Several copies in one
// process"). Each copy numbers its records itself, from an offset of its
// own; a read is made by the copy that reads, in its own records. First in
// this file, so that the failures here are the first of both copies.
int app_origin_line = 0;
[[gnu::noinline]] rtcerr::result<int> app_origin() {
  app_origin_line = __LINE__ + 1;
  return rtcerr::fail(rtcerr::engine::errc::invalid_argument);
}
[[gnu::noinline]] rtcerr::result<int> app_through_try() {
  RTCERR_TRY(auto v, app_origin());
  return v;
}

TEST_CASE("the first failures of two copies do not collide") {
  std::uint16_t mine_key = 0, theirs_key = 0;
  rtcerr::trace_snapshot mine, theirs, thrown;
  std::string text;
  std::thread([&] {
    const rtcerr::result<int> m = app_origin();
    const rtcerr::result<int> t = callee::failed_through_try();  // the same code, one hop
    mine_key = rtcerr::trace_key_of(m);
    theirs_key = rtcerr::trace_key_of(t);
    theirs = rtcerr::trace_of(t);
    text = fmt::format("{:t}", t);
#if RTCERR_HAS_EXCEPTIONS
    try {
      static_cast<void>(t.value());
    } catch (const rtcerr::exception& x) {
      thrown = x.trace();
    }
#endif
    mine = rtcerr::trace_of(m);
  }).join();
  CHECK((mine_key & 0x7FF0) != (theirs_key & 0x7FF0));  // the records' bits
  CHECK(((theirs_key & 0x8000) != 0) == callee::trace_keys_are_private());
  CHECK(theirs.state == rtcerr::trace_snapshot::status::lost);
  CHECK(text.find("app_origin") == std::string::npos);
  CHECK(thrown.state != rtcerr::trace_snapshot::status::present);
  REQUIRE(mine.present());
  CHECK(mine.site(0).location.line() == static_cast<unsigned>(app_origin_line));
}

// Outside what the offsets separate: this copy makes failures until one has
// the same record bits and depth as the library's result. Without the
// setting, a read of the library's result then finds this copy's record of
// the same code: the false match docs/traces.md states a rate for. With
// RTCERR_TRACE_PRIVATE_KEYS in the library, its keys carry another tag, and
// the read is lost.
TEST_CASE("the library's keys meet ours only without RTCERR_TRACE_PRIVATE_KEYS") {
  rtcerr::trace_snapshot theirs;
  bool met = false;
  std::thread([&] {
    const rtcerr::result<int> t = callee::failed_through_try();
    const std::uint16_t wanted = rtcerr::trace_key_of(t) & 0x7FFF;
    for (int i = 0; i < 4096 && !met; ++i) {
      const rtcerr::result<int> m = app_through_try();
      met = (rtcerr::trace_key_of(m) & 0x7FFF) == wanted;
      if (met) theirs = rtcerr::trace_of(t);
    }
  }).join();
  REQUIRE(met);
  if (callee::trace_keys_are_private()) {
    CHECK(theirs.state == rtcerr::trace_snapshot::status::lost);
  } else {
    REQUIRE(theirs.present());  // the stated limit, shown
    CHECK(theirs.site(0).location.line() == static_cast<unsigned>(app_origin_line));
  }
}
#endif

TEST_CASE("ec == errc and ec != errc hold across the copies, by domain and value") {
  const std::error_code theirs = callee::error_code_of(1);
  CHECK(&theirs.category() != &make_error_code(rtcerr::error::from_wire(1)).category());
  CHECK((theirs == rtcerr::engine::errc::invalid_argument));
  CHECK((rtcerr::engine::errc::invalid_argument == theirs));
  CHECK_FALSE((theirs != rtcerr::engine::errc::invalid_argument));
  CHECK((theirs != rtcerr::engine::errc::not_initialized));
  CHECK_FALSE((theirs == rtcerr::engine::errc::not_initialized));
  // The same value in another domain's category is another code.
  const std::error_code timeout = callee::error_code_of(605030046);
  CHECK((timeout == rtcerr::recording::errc::stream_data_timeout));
  CHECK((timeout != rtcerr::gateway::errc::request_timeout));
  CHECK((std::error_code(605030046, std::generic_category()) !=
         rtcerr::recording::errc::stream_data_timeout));
  // And within one copy, as before.
  const std::error_code ours = rtcerr::engine::errc::invalid_argument;
  CHECK((ours == rtcerr::engine::errc::invalid_argument));
  CHECK((ours != rtcerr::session::errc::app_not_found));
}

TEST_CASE("the library really holds a second copy of rtcerr") {
  // Without two copies this test would prove nothing.
  CHECK(&callee::condition_category() != &rtcerr::condition_category());
  const std::error_code theirs = callee::error_code_of(605030046);
  const std::error_code ours = make_error_code(rtcerr::error::from_wire(605030046));
  CHECK(&theirs.category() != &ours.category());
  // What std::error_code's operator== does with two category objects
  // (parenthesised: doctest cannot print an error_code).
  CHECK((theirs != ours));
  CHECK(theirs.value() == ours.value());
}

TEST_CASE("an error_code from the library equals rtcerr's conditions and std::errc") {
  struct row {
    std::int32_t value;
    condition generic;
    std::optional<std::errc> standard;
  };
  const row rows[] = {
      {1, condition::invalid_argument, std::errc::invalid_argument},
      {32, condition::authentication_failed, std::nullopt},
      {1000000, condition::authentication_failed, std::nullopt},
      {1000001, condition::app_not_found, std::nullopt},
      {605030046, condition::timeout, std::errc::timed_out},
      {606000003, condition::invalid_argument, std::errc::invalid_argument},
      {606000004, condition::timeout, std::errc::timed_out},
      {606000006, condition::busy, std::errc::device_or_resource_busy},
      {605030002, condition::unknown, std::nullopt},  // a gap: unknown code of recording
      {123456, condition::unknown, std::nullopt},     // outside every domain
  };
  for (const row& r : rows) {
    CAPTURE(r.value);
    const std::error_code ec = callee::error_code_of(r.value);
    REQUIRE(static_cast<bool>(ec));
    CHECK((ec == r.generic));
    CHECK((ec != (r.generic == condition::timeout ? condition::busy : condition::timeout)));
    if (r.standard) CHECK((ec == *r.standard));
    CHECK((ec != std::errc::operation_not_permitted));
    const std::optional<rtcerr::error> back = rtcerr::from_error_code(ec);
    REQUIRE(back.has_value());
    CHECK(back->value() == r.value);
    CHECK(*back == rtcerr::error::from_wire(r.value));
    CHECK(std::string_view(ec.category().name()) ==
          std::string_view(make_error_code(*back).category().name()));
  }
  // Success is std::error_code{} on both sides.
  CHECK_FALSE(static_cast<bool>(callee::error_code_of(0)));
  CHECK(rtcerr::from_error_code(callee::error_code_of(0)) == rtcerr::error{});
}

TEST_CASE("a foreign code the library sees is still not an rtcerr code here") {
  CHECK_FALSE(rtcerr::from_error_code(std::make_error_code(std::errc::timed_out)).has_value());
}

#if RTCERR_HAS_EXCEPTIONS

// Which handler caught what the library threw, most specific first.
enum class level { code, condition, domain, base, standard, none };

template <auto Code, condition Condition, class DomainException, class Thrower>
level caught_at(Thrower thrower, std::int32_t expected) {
  try {
    thrower();
  } catch (const rtcerr::exception_for<Code>& x) {
    return x.value() == expected ? level::code : level::none;
  } catch (const rtcerr::condition_exception<Condition>& x) {
    return x.value() == expected ? level::condition : level::none;
  } catch (const DomainException& x) {
    return x.value() == expected ? level::domain : level::none;
  } catch (const rtcerr::exception& x) {
    return x.value() == expected ? level::base : level::none;
  } catch (const std::exception&) {
    return level::standard;
  }
  return level::none;
}

// Each level, by leaving out the handlers before it.
template <class Catch, class Thrower>
bool caught_as(Thrower thrower) {
  try {
    thrower();
  } catch (const Catch&) {
    return true;
  } catch (...) {
    return false;
  }
  return false;
}

namespace recording = rtcerr::recording;
constexpr auto timeout_code = recording::errc::stream_data_timeout;
using timeout_exception = rtcerr::condition_exception<condition::timeout>;

TEST_CASE("an exception thrown in the library is caught here at all four levels") {
  const auto thrown = [] { callee::throw_error(605030046); };
  CHECK(caught_at<timeout_code, condition::timeout, recording::exception>(thrown, 605030046) ==
        level::code);
  CHECK(caught_as<rtcerr::exception_for<timeout_code>>(thrown));
  CHECK(caught_as<timeout_exception>(thrown));
  CHECK(caught_as<recording::exception>(thrown));
  CHECK(caught_as<rtcerr::exception>(thrown));
  CHECK(caught_as<std::exception>(thrown));
  // ...and not by another code's, domain's or condition's type.
  CHECK_FALSE(caught_as<rtcerr::exception_for<rtcerr::gateway::errc::request_timeout>>(thrown));
  CHECK_FALSE(caught_as<rtcerr::gateway::exception>(thrown));
  CHECK_FALSE(caught_as<rtcerr::condition_exception<condition::busy>>(thrown));

  // The same through a throw written in the library and through value().
  const auto written = [] { callee::throw_stream_data_timeout(); };
  CHECK(caught_as<rtcerr::exception_for<timeout_code>>(written));
  CHECK(caught_as<timeout_exception>(written));
  CHECK(caught_as<recording::exception>(written));
  const auto from_result = [] { (void)callee::value_of_failed_result(605030046); };
  CHECK(caught_as<rtcerr::exception_for<timeout_code>>(from_result));
  CHECK(caught_as<rtcerr::domain_exception<rtcerr::domain_id::recording>>(from_result));
}

TEST_CASE("what the caught exception says, read here") {
  try {
    callee::throw_error(606000006);
  } catch (const rtcerr::condition_exception<condition::busy>& x) {
    CHECK(x.code() == rtcerr::gateway::errc::system_busy);
    CHECK(x.code().retry() == rtcerr::retry::backoff);
    CHECK(std::string_view(x.what()).find("gateway.system_busy (606000006)") == 0);
    REQUIRE(x.domain() != nullptr);
    CHECK(x.domain()->name == "gateway");
    CHECK(x.domain()->id == rtcerr::gateway::domain::id);
  }
}

TEST_CASE("unlisted values thrown in the library: their domain's exception, or the base") {
  // 605030002 is a gap in the recording domain; 123456 is in no domain.
  const auto gap = [] { callee::throw_error(605030002); };
  CHECK(caught_at<timeout_code, condition::timeout, recording::exception>(gap, 605030002) ==
        level::domain);
  const auto outside = [] { callee::throw_error(123456); };
  CHECK(caught_at<timeout_code, condition::timeout, recording::exception>(outside, 123456) ==
        level::base);
  CHECK_FALSE(caught_as<rtcerr::engine::exception>(outside));
}

#endif  // RTCERR_HAS_EXCEPTIONS

TEST_CASE("process-wide settings are per copy of rtcerr, and an SDK sets its own") {
  const rtcerr::error timeout = rtcerr::error::from_wire(605030046);
  const std::string zh(timeout.message(rtcerr::lang::zh));
  const std::string en(timeout.message(rtcerr::lang::en));
  REQUIRE(zh != en);

  // The program's copy: English. The library's copy keeps Chinese.
  rtcerr::set_message_language(rtcerr::lang::en);
  CHECK(make_error_code(timeout).message() == en);
  CHECK(callee::error_code_of(605030046).message() == zh);
  // The SDK's own setter reaches its copy.
  callee::set_message_language_english(true);
  CHECK(callee::error_code_of(605030046).message() == en);
  rtcerr::set_message_language(rtcerr::lang::zh);
  CHECK(callee::error_code_of(605030046).message() == en);
  callee::set_message_language_english(false);
  CHECK(callee::error_code_of(605030046).message() == zh);

  // The failure handler likewise: the program's does not reach the library.
  const rtcerr::failure_handler previous =
      rtcerr::set_failure_handler([](const rtcerr::failure_report&) noexcept { std::abort(); });
  const bool replaced_here = rtcerr::get_failure_handler() != &rtcerr::default_failure_handler;
  CHECK(replaced_here);
  CHECK(callee::failure_handler_is_default());
  rtcerr::set_failure_handler(previous);
}

}  // namespace
