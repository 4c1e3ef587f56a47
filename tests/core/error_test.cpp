// rtcerr::error and the catalogue's compile-time queries.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <type_traits>

#include "rtcerr/rtcerr.hpp"

using rtcerr::domain_id;
using rtcerr::error;
using rtcerr::lang;

// --- The contract, checked at compile time. ---------------------------------
static_assert(sizeof(error) == 4);
static_assert(std::is_trivially_copyable_v<error>);
static_assert(std::is_same_v<std::underlying_type_t<rtcerr::engine::errc>, std::int32_t>);
static_assert(std::is_convertible_v<rtcerr::gateway::errc, error>);
static_assert(!std::is_convertible_v<int, error>, "literal constructor must stay explicit");
static_assert(!std::is_convertible_v<rtcerr::condition, error>);

static_assert(rtcerr::domain_of(0) == domain_id::unknown);
static_assert(rtcerr::domain_of(1) == domain_id::engine);
static_assert(rtcerr::domain_of(999) == domain_id::engine);
static_assert(rtcerr::domain_of(1000) == domain_id::unknown);
static_assert(rtcerr::domain_of(1000000) == domain_id::session);
static_assert(rtcerr::domain_of(1009999) == domain_id::session);
static_assert(rtcerr::domain_of(605030000) == domain_id::recording);
static_assert(rtcerr::domain_of(605039999) == domain_id::recording);
static_assert(rtcerr::domain_of(606000000) == domain_id::gateway);
static_assert(rtcerr::domain_of(606010000) == domain_id::unknown);
static_assert(rtcerr::domain_of(-1) == domain_id::unknown);
static_assert(rtcerr::domain_of(std::numeric_limits<std::int64_t>::min()) == domain_id::unknown);
static_assert(rtcerr::domain_of(std::numeric_limits<std::int64_t>::max()) == domain_id::unknown);

static_assert(rtcerr::is_registered(0));
static_assert(rtcerr::is_registered(302));
static_assert(rtcerr::is_registered(605030046));
static_assert(!rtcerr::is_registered(605030002));  // a gap
static_assert(!rtcerr::is_registered(5));
static_assert(!rtcerr::is_registered(-1));
static_assert(!rtcerr::is_registered(std::int64_t{605030046} + (std::int64_t{1} << 32)));

constexpr error timeout_literal{605030046};
static_assert(timeout_literal == rtcerr::recording::errc::stream_data_timeout);
static_assert(timeout_literal.name() == "stream_data_timeout");
static_assert(timeout_literal.condition() == rtcerr::condition::timeout);
static_assert(error{} == error{0});

TEST_CASE("a known code answers every query from the catalogue") {
  const error e = rtcerr::recording::errc::stream_data_timeout;
  CHECK(e.value() == 605030046);
  CHECK(e.known());
  CHECK_FALSE(e.retired());
  CHECK(e.domain() == domain_id::recording);
  CHECK(e.domain_name() == "recording");
  CHECK(e.name() == "stream_data_timeout");
  CHECK(e.message() == "流数据超时");
  CHECK(e.message(lang::zh) == "流数据超时");
  CHECK_FALSE(e.message(lang::en).empty());
  CHECK(e.hint().empty());
  CHECK(e.http_status() == 504);  // a server's wait timed out, from its condition
}

TEST_CASE("hints come from the published 备注 column") {
  const error e{2};
  CHECK(e.hint(lang::zh) == "请确认已经初始化引擎");
  CHECK_FALSE(e.hint(lang::en).empty());
  CHECK(e.condition() == rtcerr::condition::not_initialized);
}

TEST_CASE("success is 0, belongs to no domain and is known") {
  const error e;
  CHECK(e.value() == 0);
  CHECK(e.known());
  CHECK(e.domain() == domain_id::unknown);
  CHECK(e.name() == "success");
  CHECK(e.message() == "成功");
  CHECK(e.condition() == rtcerr::condition::success);
  CHECK(e == error::from_wire(0));
}

TEST_CASE("the design's condition examples hold across domains") {
  using rtcerr::condition;
  for (int v : {32, 1000000, 605030007, 605030028, 606000000})
    CHECK_MESSAGE(error::from_wire(v).condition() == condition::authentication_failed, v);
  for (int v : {1, 605030003, 606000003})
    CHECK_MESSAGE(error::from_wire(v).condition() == condition::invalid_argument, v);
  for (int v : {33, 1000001}) CHECK(error::from_wire(v).condition() == condition::app_not_found);
  for (int v : {1000003, 605030006})
    CHECK(error::from_wire(v).condition() == condition::not_logged_in);
  for (int v : {70, 1000007})
    CHECK(error::from_wire(v).condition() == condition::insufficient_balance);
  for (int v : {302, 606000005})
    CHECK(error::from_wire(v).condition() == condition::operation_failed);
}

TEST_CASE("retry policy and HTTP status of the gateway follow the design") {
  using rtcerr::retry;
  CHECK(error::from_wire(606000006).retry() == retry::backoff);
  CHECK(error::from_wire(606000001).retry() == retry::refresh_credentials);
  CHECK(error::from_wire(1).retry() == retry::never);
  CHECK(error::from_wire(606000003).retry() == retry::never);
  const int expected[][2] = {{606000000, 401}, {606000001, 401}, {606000002, 400}, {606000003, 400},
                             {606000004, 504}, {606000005, 500}, {606000006, 503}};
  for (const auto& [code, status] : expected)
    CHECK_MESSAGE(error::from_wire(code).http_status() == status, code);
}

TEST_CASE("an unknown value inside a range is kept and attributed to its domain") {
  const error e = error::from_wire(605030002);
  CHECK(e.value() == 605030002);
  CHECK_FALSE(e.known());
  CHECK_FALSE(e.retired());
  CHECK(e.domain() == domain_id::recording);
  CHECK(e.name() == "unknown");
  CHECK(e.message(lang::en).find("recording") != std::string_view::npos);
  CHECK(e.message(lang::zh).find("recording") != std::string_view::npos);
  CHECK(e.condition() == rtcerr::condition::unknown);
  CHECK(e.retry() == rtcerr::retry::never);
  CHECK(e.http_status() == 0);
  CHECK(e.hint().empty());
}

TEST_CASE("a value outside every range has domain unknown and is never rewritten") {
  for (std::int32_t v :
       {-1, 5000, 999999, 1010000, 700000000, std::numeric_limits<std::int32_t>::min(),
        std::numeric_limits<std::int32_t>::max()}) {
    const error e = error::from_wire(v);
    CHECK(e.value() == v);
    CHECK_FALSE(e.known());
    CHECK(e.domain() == domain_id::unknown);
    CHECK(e.domain_name() == "unknown");
    CHECK(e.name() == "unknown");
    CHECK_FALSE(e.message().empty());
  }
}

TEST_CASE("every int32 boundary of every range is handled") {
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    for (std::int64_t v : {d.first - 1, d.first, d.last, d.last + 1}) {
      const error e = error::from_wire(static_cast<std::int32_t>(v));
      CHECK(e.value() == v);
      CHECK((e.domain_name() == d.name) == d.owns(v));
    }
  }
}

TEST_CASE("errc enumerators and errors compare equal by value") {
  const error a = rtcerr::gateway::errc::system_busy;
  CHECK(a == error::from_wire(606000006));
  CHECK(a == rtcerr::gateway::errc::system_busy);
  CHECK(rtcerr::gateway::errc::system_busy == a);
  CHECK(a != error::from_wire(606000005));
}

TEST_CASE("the hashed lookup agrees with a linear scan over every value of every range") {
  const auto linear_find = [](std::int64_t v) -> const rtcerr::code_info* {
    for (const rtcerr::domain_info& d : rtcerr::registry::domains)
      for (const rtcerr::code_info& c : d.codes)
        if (c.value == v) return &c;
    return nullptr;
  };
  std::size_t found = 0;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    for (std::int64_t v = d.first - 2; v <= d.last + 2; ++v) {
      const rtcerr::code_info* expected = v == 0 ? &rtcerr::success_code : linear_find(v);
      const rtcerr::code_info* actual = rtcerr::registry::find(v);
      if (actual != expected) FAIL_CHECK("lookup disagrees for " << v);
      found += actual != nullptr;
    }
  }
  CHECK(found == 80);  // every published code, 0 included
  CHECK(rtcerr::registry::find(0) == &rtcerr::success_code);
}

TEST_CASE("INT32_MIN, the value of a failure made from the success code, says so") {
  const error e = error::from_wire(std::numeric_limits<std::int32_t>::min());
  CHECK_FALSE(e.known());
  CHECK(e.domain() == domain_id::unknown);
  CHECK(e.message(lang::en) == "failure made from the success code 0 (a programming error)");
  CHECK(e.message(lang::zh) == "以成功码 0 构造的失败（程序错误）");
}
