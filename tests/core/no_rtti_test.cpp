// Typed exceptions without RTTI: built with -fno-rtti in scripts/test's
// no-RTTI stage (and with RTTI everywhere else), it throws through
// throw_error and result.value() and catches at each level of the hierarchy.
// Catching needs the type information the compiler emits for thrown types
// even under -fno-rtti; it needs neither typeid nor dynamic_cast, which this
// test does not use (exception_test checks the exact dynamic type with
// typeid, so it is left out of the no-RTTI build).
#include <doctest/doctest.h>

#include <exception>
#include <ostream>
#include <string_view>
#include <system_error>

#include "rtcerr/rtcerr.hpp"

namespace {

using rtcerr::condition;
using rtcerr::error;
namespace recording = rtcerr::recording;

// Which handler caught a throw of `e`, trying the most specific level first.
enum class level { code, condition, domain, base, standard, none };

template <auto Code, condition Condition, rtcerr::domain_id Domain>
level caught_at(error e) {
  try {
    rtcerr::throw_error(e);
  } catch (const rtcerr::exception_for<Code>& x) {
    return x.code() == e ? level::code : level::none;
  } catch (const rtcerr::condition_exception<Condition>& x) {
    return x.code() == e ? level::condition : level::none;
  } catch (const rtcerr::domain_exception<Domain>& x) {
    return x.code() == e ? level::domain : level::none;
  } catch (const rtcerr::exception& x) {
    return x.code() == e ? level::base : level::none;
  } catch (const std::exception&) {
    return level::standard;
  }
  return level::none;
}

}  // namespace

TEST_CASE("no RTTI: a listed code is caught as exactly its type") {
  CHECK(caught_at<recording::errc::stream_data_timeout, condition::timeout,
                  rtcerr::domain_id::recording>(recording::errc::stream_data_timeout) ==
        level::code);
}

TEST_CASE("no RTTI: another code of the same condition is caught by the condition level") {
  // 606000004 (gateway request timeout) is a timeout too, of another domain.
  CHECK(caught_at<recording::errc::stream_data_timeout, condition::timeout,
                  rtcerr::domain_id::recording>(error::from_wire(606000004)) == level::condition);
}

TEST_CASE("no RTTI: unknown codes of a domain are caught by the domain level") {
  CHECK(caught_at<recording::errc::stream_data_timeout, condition::timeout,
                  rtcerr::domain_id::recording>(error::from_wire(605030002)) == level::domain);
}

TEST_CASE("no RTTI: values outside every domain are caught by rtcerr::exception") {
  CHECK(caught_at<recording::errc::stream_data_timeout, condition::timeout,
                  rtcerr::domain_id::recording>(error::from_wire(-7)) == level::base);
}

TEST_CASE("no RTTI: value() throws the typed exception, with its what()") {
  const rtcerr::result<int> r = recording::errc::stream_data_timeout;
  try {
    (void)r.value();
    FAIL("value() of a failure returned");
  } catch (const rtcerr::recording::exception& x) {
    CHECK(std::string_view(x.what()).find("recording.stream_data_timeout (605030046)") !=
          std::string_view::npos);
  }
}

TEST_CASE("no RTTI: std::error_code and its categories work") {
  const std::error_code ec = make_error_code(error::from_wire(606000004));
  CHECK(ec == condition::timeout);
  CHECK(std::string_view(ec.category().name()) == "rtcerr.gateway");
  CHECK(rtcerr::from_error_code(ec) == error::from_wire(606000004));
}
