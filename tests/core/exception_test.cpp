// The catalogue's typed exceptions: every code is caught at each of its
// levels (exact code, domain, condition, rtcerr::exception, std::exception),
// and only there; unknown values are caught by their domain or the base.
#include <doctest/doctest.h>

#include <cstdint>
#include <exception>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>

#include "rtcerr/rtcerr.hpp"

using rtcerr::condition;
using rtcerr::error;

static_assert(std::is_base_of_v<std::exception, rtcerr::exception>);
static_assert(std::is_base_of_v<rtcerr::exception, rtcerr::engine::exception>);
// The condition level is a view of an rtcerr::exception, not one itself; it
// converts to one (tests/core/exception_levels_test.cpp).
static_assert(!std::is_base_of_v<rtcerr::exception, rtcerr::condition_exception<condition::busy>>);
static_assert(std::is_convertible_v<const rtcerr::condition_exception<condition::busy>&,
                                    const rtcerr::exception&>);
static_assert(std::is_base_of_v<rtcerr::gateway::exception,
                                rtcerr::exception_for<rtcerr::gateway::errc::system_busy>>);
static_assert(std::is_base_of_v<rtcerr::condition_exception<condition::busy>,
                                rtcerr::exception_for<rtcerr::gateway::errc::system_busy>>);
static_assert(!std::is_base_of_v<rtcerr::condition_exception<condition::timeout>,
                                 rtcerr::exception_for<rtcerr::gateway::errc::system_busy>>);
static_assert(!std::is_base_of_v<rtcerr::engine::exception,
                                 rtcerr::exception_for<rtcerr::gateway::errc::system_busy>>);
static_assert(
    std::is_same_v<rtcerr::engine::exception, rtcerr::domain_exception<rtcerr::domain_id::engine>>);
static_assert(std::is_same_v<decltype(std::declval<const rtcerr::exception&>().code()), error>);
// Only throw_error (and value()) make the non-final levels; exact codes can
// be thrown by anyone.
static_assert(!std::is_constructible_v<rtcerr::engine::exception, error>);
static_assert(!std::is_constructible_v<rtcerr::exception, error>);
static_assert(std::is_nothrow_default_constructible_v<
              rtcerr::exception_for<rtcerr::session::errc::duplicate_login>>);

namespace {

// Throws `value` through throw_error five times and catches it at each level.
// Each catch clause names one level only: a throw that the clause does not
// match leaves this function and fails the test case.
template <auto E, condition C, class DomainException>
void check_every_level(std::int32_t value, std::string_view expected_what) {
  const error e = error::from_wire(value);
  int caught = 0;
  try {
    rtcerr::throw_error(e);
  } catch (const rtcerr::exception_for<E>& x) {
    ++caught;
    CHECK(x.code() == e);
    CHECK(x.code() == E);
    CHECK(typeid(x) == typeid(rtcerr::exception_for<E>));
    CHECK(std::string_view(x.what()) == expected_what);
  }
  try {
    rtcerr::throw_error(e);
  } catch (const DomainException& x) {
    ++caught;
    CHECK(x.code() == e);
  }
  try {
    rtcerr::throw_error(e);
  } catch (const rtcerr::condition_exception<C>& x) {
    ++caught;
    CHECK(x.code() == e);
  }
  try {
    rtcerr::throw_error(e);
  } catch (const rtcerr::exception& x) {
    ++caught;
    CHECK(x.code() == e);
    CHECK(std::string_view(x.what()) == expected_what);
  }
  try {
    rtcerr::throw_error(e);
  } catch (const std::exception& x) {
    ++caught;
    CHECK(std::string_view(x.what()) == expected_what);
  }
  CHECK_MESSAGE(caught == 5, value);
}

}  // namespace

// Generated from the catalogue's own lists, so every code is covered; the
// expected what() is spelled out from the list's data.
#define RTCERR_TEST_LEVELS(domain_name, value, name, zh, zh_hint, en, en_hint, cond, retry, http, \
                           ...)                                                                   \
  check_every_level<rtcerr::domain_name::errc::name, condition::cond,                             \
                    rtcerr::domain_name::exception>(value,                                        \
                                                    #domain_name "." #name " (" #value "): " zh);
#define RTCERR_TEST_ENGINE(...) RTCERR_TEST_LEVELS(engine, __VA_ARGS__)
#define RTCERR_TEST_SESSION(...) RTCERR_TEST_LEVELS(session, __VA_ARGS__)
#define RTCERR_TEST_RECORDING(...) RTCERR_TEST_LEVELS(recording, __VA_ARGS__)
#define RTCERR_TEST_GATEWAY(...) RTCERR_TEST_LEVELS(gateway, __VA_ARGS__)
#define RTCERR_TEST_SKIP(...)

// clang-format off
TEST_CASE("every catalogue code is caught by its code, domain, condition, base and std::exception") {
  RTCERR_ENGINE_CODES(RTCERR_TEST_ENGINE, RTCERR_TEST_SKIP)
  RTCERR_SESSION_CODES(RTCERR_TEST_SESSION, RTCERR_TEST_SKIP)
  RTCERR_RECORDING_CODES(RTCERR_TEST_RECORDING, RTCERR_TEST_SKIP)
  RTCERR_GATEWAY_CODES(RTCERR_TEST_GATEWAY, RTCERR_TEST_SKIP)
}  // clang-format on

namespace {

// what() is written when the exception is made, from the domain's table, in
// the message language of that moment.
void check_what(std::int32_t value, std::string_view expected) {
  bool caught = false;
  try {
    rtcerr::throw_error(error::from_wire(value));
  } catch (const rtcerr::exception& x) {
    caught = true;
    CHECK_MESSAGE(std::string_view(x.what()) == expected, value);
  }
  CHECK_MESSAGE(caught, value);
}

struct english_messages {
  english_messages() { rtcerr::set_message_language(rtcerr::lang::en); }
  ~english_messages() { rtcerr::set_message_language(rtcerr::lang::zh); }
  english_messages(const english_messages&) = delete;
  english_messages& operator=(const english_messages&) = delete;
};

}  // namespace

#define RTCERR_TEST_EN_WHAT(domain_name, value, name, zh, zh_hint, en, en_hint, cond, retry, http, \
                            ...)                                                                   \
  check_what(value, #domain_name "." #name " (" #value "): " en);
#define RTCERR_TEST_EN_ENGINE(...) RTCERR_TEST_EN_WHAT(engine, __VA_ARGS__)
#define RTCERR_TEST_EN_SESSION(...) RTCERR_TEST_EN_WHAT(session, __VA_ARGS__)
#define RTCERR_TEST_EN_RECORDING(...) RTCERR_TEST_EN_WHAT(recording, __VA_ARGS__)
#define RTCERR_TEST_EN_GATEWAY(...) RTCERR_TEST_EN_WHAT(gateway, __VA_ARGS__)

// The longest catalogue description (149 bytes) is an English one: every
// text is whole, none cut by the buffer it is written into.
// clang-format off
TEST_CASE("what() of every catalogue code is whole in English too") {
  static_assert(rtcerr::exception::inline_capacity > 149);
  const english_messages english;
  RTCERR_ENGINE_CODES(RTCERR_TEST_EN_ENGINE, RTCERR_TEST_SKIP)
  RTCERR_SESSION_CODES(RTCERR_TEST_EN_SESSION, RTCERR_TEST_SKIP)
  RTCERR_RECORDING_CODES(RTCERR_TEST_EN_RECORDING, RTCERR_TEST_SKIP)
  RTCERR_GATEWAY_CODES(RTCERR_TEST_EN_GATEWAY, RTCERR_TEST_SKIP)
}  // clang-format on

TEST_CASE("what() of a catalogue code is domain, name, code and Chinese message") {
  try {
    rtcerr::throw_error(rtcerr::recording::errc::stream_data_timeout);
  } catch (const rtcerr::exception& e) {
    CHECK(std::string_view(e.what()) == "recording.stream_data_timeout (605030046): 流数据超时");
  }
  try {
    rtcerr::throw_error(error{606000006});
  } catch (const std::exception& e) {
    CHECK(std::string_view(e.what()) == "gateway.system_busy (606000006): 系统繁忙");
  }
}

TEST_CASE("a throw is not caught by another code, domain or condition") {
  bool right_handler = false;
  try {
    rtcerr::throw_error(rtcerr::recording::errc::stream_data_timeout);
  } catch (const rtcerr::exception_for<rtcerr::gateway::errc::request_timeout>&) {
    FAIL("caught by another code of the same condition");
  } catch (const rtcerr::gateway::exception&) {
    FAIL("caught by another domain");
  } catch (const rtcerr::condition_exception<condition::busy>&) {
    FAIL("caught by another condition");
  } catch (const rtcerr::exception_for<rtcerr::recording::errc::stream_data_timeout>&) {
    right_handler = true;
  }
  CHECK(right_handler);

  right_handler = false;
  try {
    rtcerr::throw_error(rtcerr::engine::errc::authentication_failed);
  } catch (const rtcerr::exception_for<rtcerr::recording::errc::authentication_failed>&) {
    FAIL("caught by a code of the same name in another domain");
  } catch (const rtcerr::condition_exception<condition::authentication_failed>& e) {
    right_handler = e.code().value() == 32;
  }
  CHECK(right_handler);
}

TEST_CASE("a condition handler catches that condition in every domain") {
  int caught = 0;
  for (int v : {32, 1000000, 605030007, 605030028, 606000000}) {
    try {
      rtcerr::throw_error(error::from_wire(v));
    } catch (const rtcerr::condition_exception<condition::authentication_failed>& e) {
      caught += e.code().value() == v;
    }
  }
  CHECK(caught == 5);
}

namespace {

// The exception thrown for `value`, which must be exactly `Expected`.
template <class Expected>
std::string thrown_what(std::int32_t value) {
  try {
    rtcerr::throw_error(error::from_wire(value));
  } catch (const rtcerr::exception& e) {
    CHECK(typeid(e) == typeid(Expected));
    CHECK(e.code().value() == value);
    CHECK(dynamic_cast<const Expected*>(&e) != nullptr);
    return e.what();
  }
  FAIL("throw_error returned");
  return {};
}

}  // namespace

TEST_CASE("an unknown code inside a domain's range throws that domain's exception") {
  CHECK(thrown_what<rtcerr::engine::exception>(5) == "engine.unknown (5): 未知错误码（engine）");
  CHECK(thrown_what<rtcerr::session::exception>(1009999) ==
        "session.unknown (1009999): 未知错误码（session）");
  CHECK(thrown_what<rtcerr::recording::exception>(605030002) ==
        "recording.unknown (605030002): 未知错误码（recording）");
  CHECK(thrown_what<rtcerr::gateway::exception>(606000123) ==
        "gateway.unknown (606000123): 未知错误码（gateway）");

  // Caught by its domain (and so by the base and std::exception), by no
  // condition: the condition handlers come first and must not match.
  bool caught = false;
  try {
    rtcerr::throw_error(error::from_wire(605030002));
  } catch (const rtcerr::condition_exception<condition::unknown>&) {
    FAIL("an unknown code has no condition exception");
  } catch (const rtcerr::condition_exception<condition::internal_error>&) {
    FAIL("an unknown code has no condition exception");
  } catch (const rtcerr::recording::exception& e) {
    caught = e.code().value() == 605030002;
  }
  CHECK(caught);
}

TEST_CASE("a value outside every range throws rtcerr::exception itself") {
  CHECK(thrown_what<rtcerr::exception>(12345) == "unknown (12345): 未知错误码");
  CHECK(thrown_what<rtcerr::exception>(-1) == "unknown (-1): 未知错误码");
  CHECK(thrown_what<rtcerr::exception>(std::numeric_limits<std::int32_t>::max()) ==
        "unknown (2147483647): 未知错误码");
  // 0 is success: throwing it is a caller's bug, and what() says so.
  CHECK(thrown_what<rtcerr::exception>(0) == "success (0): 以成功码 0 构造的失败（程序错误）");
  try {
    rtcerr::throw_error(error::from_wire(1000));
  } catch (const rtcerr::engine::exception&) {
    FAIL("1000 is outside the engine range");
  } catch (const rtcerr::session::exception&) {
    FAIL("1000 is outside the session range");
  } catch (const std::exception& e) {
    CHECK(std::string_view(e.what()) == "unknown (1000): 未知错误码");
  }
}

TEST_CASE("exception_for<E> can be thrown directly and copied") {
  try {
    throw rtcerr::exception_for<rtcerr::session::errc::duplicate_login>{};
  } catch (const rtcerr::session::exception& e) {
    CHECK(e.code() == rtcerr::session::errc::duplicate_login);
    CHECK(std::string_view(e.what()).starts_with("session.duplicate_login ("));
  }

  // A copy made while handling keeps its own text (the buffer of an unknown
  // code is copied, not pointed to).
  try {
    rtcerr::throw_error(error::from_wire(605039999));
  } catch (const rtcerr::recording::exception& e) {
    const rtcerr::recording::exception copy = e;
    CHECK(std::string_view(copy.what()) == std::string_view(e.what()));
    CHECK(copy.what() != e.what());
    CHECK(copy.code() == e.code());
  }

  // Rethrowing through std::exception_ptr keeps the type.
  std::exception_ptr saved;
  try {
    rtcerr::throw_error(rtcerr::gateway::errc::access_token_expired);
  } catch (...) {
    saved = std::current_exception();
  }
  CHECK_THROWS_AS(std::rethrow_exception(saved),
                  const rtcerr::exception_for<rtcerr::gateway::errc::access_token_expired>&);
}
