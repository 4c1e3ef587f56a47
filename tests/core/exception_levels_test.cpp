// The shape of the typed exceptions, and what each catch level sees.
//
// Contract: a thrown code is caught as exception_for<E>, as its domain's
// exception, as condition_exception<C>, as rtcerr::exception and as
// std::exception, also after travelling through std::exception_ptr. The
// condition level is not an rtcerr::exception but a view of the whole
// exception object it is part of: it answers the same queries, converts to
// `const rtcerr::exception&` (so to `const std::exception&`), formats like
// it, and refers to the object it is part of - in a copy of an
// exception_for<E>, to the copy. No virtual inheritance: a code's exception
// is an rtcerr::exception plus one pointer.
//
// No typeid or dynamic_cast here: it also runs in the -fno-rtti build.
#include <doctest/doctest.h>

#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "rtcerr/rtcerr.hpp"

namespace {

using rtcerr::condition;
using rtcerr::error;
namespace recording = rtcerr::recording;
namespace gateway = rtcerr::gateway;

constexpr auto timeout_code = recording::errc::stream_data_timeout;
using timeout_for = rtcerr::exception_for<timeout_code>;
using timeout_level = rtcerr::condition_exception<condition::timeout>;

// The hierarchy.
static_assert(std::is_base_of_v<rtcerr::exception, timeout_for>);
static_assert(std::is_base_of_v<std::exception, timeout_for>);
static_assert(std::is_base_of_v<recording::exception, timeout_for>);
static_assert(std::is_base_of_v<timeout_level, timeout_for>);
static_assert(!std::is_base_of_v<rtcerr::exception, timeout_level>);
static_assert(!std::is_polymorphic_v<timeout_level>);
static_assert(std::is_convertible_v<const timeout_level&, const rtcerr::exception&>);
static_assert(std::is_convertible_v<const timeout_level&, const std::exception&>);
static_assert(std::is_convertible_v<const timeout_for&, const rtcerr::exception&>);
static_assert(std::is_nothrow_copy_constructible_v<timeout_for>);
static_assert(std::is_nothrow_copy_assignable_v<timeout_for>);
// Nobody but a code's type makes a condition level.
static_assert(!std::is_constructible_v<timeout_level, const rtcerr::exception&>);
// No virtual base, no second vtable pointer: the base plus the view's pointer.
static_assert(sizeof(timeout_for) == sizeof(rtcerr::exception) + sizeof(void*));
// The queries of the view have the types of rtcerr::exception's.
static_assert(std::is_same_v<decltype(std::declval<const timeout_level&>().code()), error>);
static_assert(std::is_same_v<decltype(std::declval<const timeout_level&>().value()), std::int32_t>);
static_assert(std::is_same_v<decltype(std::declval<const timeout_level&>().trace()),
                             const rtcerr::trace_snapshot&>);

const rtcerr::exception* address_seen_by_base(const rtcerr::exception& x) { return &x; }
const std::exception* address_seen_by_std(const std::exception& x) { return &x; }

// Runs `thrower`, which throws `expected`, once per level and reports the
// levels that caught it with the right value. A handler names one level only:
// a throw it does not match escapes and fails the test.
template <auto Code, condition Condition, class DomainException, class Thrower>
int count_levels(Thrower thrower, error expected) {
  int caught = 0;
  try {
    thrower();
  } catch (const rtcerr::exception_for<Code>& x) {
    caught += x.code() == expected;
  }
  try {
    thrower();
  } catch (const DomainException& x) {
    caught += x.code() == expected;
  }
  try {
    thrower();
  } catch (const rtcerr::condition_exception<Condition>& x) {
    caught += x.code() == expected;
  }
  try {
    thrower();
  } catch (const rtcerr::exception& x) {
    caught += x.code() == expected;
  }
  try {
    thrower();
  } catch (const std::exception& x) {
    caught +=
        std::string_view(x.what()).find(std::to_string(expected.value())) != std::string_view::npos;
  }
  return caught;
}

template <auto Code, condition Condition, class DomainException>
int count_levels_after_exception_ptr(error e) {
  std::exception_ptr saved;
  try {
    rtcerr::throw_error(e);
  } catch (...) {
    saved = std::current_exception();
  }
  REQUIRE(saved != nullptr);
  return count_levels<Code, Condition, DomainException>([&] { std::rethrow_exception(saved); }, e);
}

}  // namespace

TEST_CASE("a thrown code is caught at each of its five levels") {
  const auto timeout = [] { rtcerr::throw_error(timeout_code); };
  CHECK(count_levels<timeout_code, condition::timeout, recording::exception>(timeout,
                                                                             timeout_code) == 5);
  const auto busy = [] { rtcerr::throw_error(error{606000006}); };
  CHECK(count_levels<gateway::errc::system_busy, condition::busy, gateway::exception>(
            busy, gateway::errc::system_busy) == 5);
  const auto direct = [] { throw rtcerr::exception_for<rtcerr::engine::errc::invalid_argument>{}; };
  CHECK(count_levels<rtcerr::engine::errc::invalid_argument, condition::invalid_argument,
                     rtcerr::engine::exception>(direct, rtcerr::engine::errc::invalid_argument) ==
        5);
  const auto from_result = [] {
    const rtcerr::result<int> r = rtcerr::session::errc::not_logged_in;
    (void)r.value();
  };
  CHECK(count_levels<rtcerr::session::errc::not_logged_in, condition::not_logged_in,
                     rtcerr::session::exception>(from_result,
                                                 rtcerr::session::errc::not_logged_in) == 5);
}

TEST_CASE("every level catches a code rethrown from a std::exception_ptr") {
  CHECK(count_levels_after_exception_ptr<timeout_code, condition::timeout, recording::exception>(
            timeout_code) == 5);
  CHECK(count_levels_after_exception_ptr<gateway::errc::access_token_expired,
                                         condition::authentication_failed, gateway::exception>(
            gateway::errc::access_token_expired) == 5);
}

TEST_CASE("the condition level reads the whole exception it is part of") {
  bool caught = false;
  try {
    try {
      rtcerr::throw_error(timeout_code);
    } catch (const timeout_level& x) {
      const rtcerr::exception& whole = x;
      CHECK(x.value() == 605030046);
      CHECK(x.code() == timeout_code);
      CHECK(x.code<rtcerr::basic_error<rtcerr::registry>>() == timeout_code);
      REQUIRE(x.domain() != nullptr);
      CHECK(x.domain()->name == "recording");
      CHECK(x.what() == whole.what());  // the same buffer, not a copy of it
      CHECK(std::string_view(x.what()) == "recording.stream_data_timeout (605030046): 流数据超时");
      CHECK(&x.trace() == &whole.trace());
      CHECK(!x.trace().present());
      throw;  // the same exception object, caught again below
    }
  } catch (const rtcerr::exception& outer) {
    caught = true;
    // The view converts to the object that was thrown, not to a copy.
    try {
      throw;
    } catch (const timeout_level& again) {
      CHECK(&static_cast<const rtcerr::exception&>(again) == &outer);
      CHECK(address_seen_by_base(again) == &outer);
      CHECK(address_seen_by_std(again) == &outer);
      const std::exception& as_std = again;
      CHECK(&as_std == &outer);
      CHECK(std::string_view(as_std.what()) == outer.what());
    }
  }
  CHECK(caught);
}

TEST_CASE("a condition handler keeps the exception by copying the rtcerr::exception it is") {
  std::optional<rtcerr::exception> kept;
  try {
    rtcerr::throw_error(gateway::errc::request_timeout);
  } catch (const timeout_level& x) {
    const rtcerr::exception& whole = x;
    kept.emplace(whole);
  }
  // The exception object is gone; the copy has its own value and text.
  REQUIRE(kept.has_value());
  CHECK(kept->value() == 606000004);
  CHECK(std::string_view(kept->what()) == "gateway.request_timeout (606000004): 请求超时");
}

TEST_CASE("the condition level formats as the exception does") {
  try {
    rtcerr::throw_error(gateway::errc::request_timeout);
  } catch (const timeout_level& x) {
    const rtcerr::exception& whole = x;
    CHECK(fmt::format("{}", x) == "gateway.request_timeout (606000004): 请求超时");
    CHECK(fmt::format("{}", x) == fmt::format("{}", whole));
    CHECK(fmt::format("{:c} {:q} {:m.en}", x, x, x) ==
          "606000004 gateway.request_timeout Request timed out");
    CHECK(fmt::format("{:t}", x) == fmt::format("{:t}", whole));
  }
}

// The next tests catch by value on purpose (what they test is the copy),
// which g++ warns about for polymorphic types.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wcatch-value"
#endif

TEST_CASE("a copy of a code's exception is whole: its condition level refers to the copy") {
  const timeout_for* original = nullptr;
  const char* original_what = nullptr;
  try {
    rtcerr::throw_error(timeout_code);
  } catch (timeout_for copy) {  // by value: a copy of the exception object
    try {
      throw;
    } catch (const timeout_for& thrown) {
      original = &thrown;
      original_what = thrown.what();
    }
    REQUIRE(original != nullptr);
    CHECK(original != &copy);
    const timeout_level& view = copy;
    const rtcerr::exception& whole = view;
    CHECK(&whole == static_cast<const rtcerr::exception*>(&copy));
    CHECK(view.what() == copy.what());
    CHECK(view.what() != original_what);
    CHECK(std::string_view(view.what()) == original_what);
    // And the original's view still refers to the original.
    const timeout_level& original_view = *original;
    CHECK(&static_cast<const rtcerr::exception&>(original_view) ==
          static_cast<const rtcerr::exception*>(original));
  }

  // A copy outlives the exception it was made from, and so does its view.
  timeout_for kept = [] {
    try {
      rtcerr::throw_error(timeout_code);
    } catch (const timeout_for& x) {
      return x;
    }
    return timeout_for{};
  }();
  const timeout_level& view = kept;
  CHECK(&static_cast<const rtcerr::exception&>(view) ==
        static_cast<const rtcerr::exception*>(&kept));
  CHECK(view.value() == 605030046);
  CHECK(std::string_view(view.what()) == "recording.stream_data_timeout (605030046): 流数据超时");

  // Assignment copies the exception and keeps each view on its own object.
  timeout_for assigned;
  assigned = kept;
  const timeout_level& assigned_view = assigned;
  CHECK(&static_cast<const rtcerr::exception&>(assigned_view) ==
        static_cast<const rtcerr::exception*>(&assigned));
  CHECK(assigned_view.what() == assigned.what());
  CHECK(std::string_view(assigned_view.what()) == kept.what());
}

TEST_CASE("a copy of the domain level keeps its own text and value") {
  try {
    rtcerr::throw_error(timeout_code);
  } catch (recording::exception copy) {  // by value: the domain part of the exception
    std::string original;
    try {
      throw;
    } catch (const rtcerr::exception& thrown) {
      original = thrown.what();
      CHECK(copy.what() != thrown.what());
      // The same table (in a shared build, the library's copy of it).
      CHECK(copy.domain() == thrown.domain());
    }
    CHECK(copy.what() == original);
    CHECK(copy.code() == timeout_code);
    REQUIRE(copy.domain() != nullptr);
    CHECK(copy.domain()->name == "recording");
  }
  // An unknown value of the domain: the domain level is the exception itself.
  try {
    rtcerr::throw_error(error::from_wire(605030002));
  } catch (recording::exception copy) {
    CHECK(copy.value() == 605030002);
    CHECK(std::string_view(copy.what()) ==
          "recording.unknown (605030002): 未知错误码（recording）");
  }
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

TEST_CASE("a code's exception passes where an rtcerr::exception is expected") {
  const timeout_for x;
  CHECK(address_seen_by_base(x) == static_cast<const rtcerr::exception*>(&x));
  CHECK(address_seen_by_std(x) == static_cast<const std::exception*>(&x));
  // Its queries are the exception's own (one answer, not two bases' answers).
  CHECK(x.value() == 605030046);
  CHECK(x.what() == static_cast<const timeout_level&>(x).what());
  CHECK(fmt::format("{:q}", x) == "recording.stream_data_timeout");
}
