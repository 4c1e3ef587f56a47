// Codes from outside: parse_code for text and the checked 64-bit from_wire.
// The contract (rtcerr/wire.hpp): a present result is the value the text or
// number denotes, kept as is even when unknown; anything that is not a code
// is nullopt, never a rewritten or truncated value.
#include <doctest/doctest.h>

#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "rtcerr/rtcerr.hpp"

using rtcerr::error;
using rtcerr::parse_code;

namespace {
std::int64_t value_of(std::optional<error> e) { return e ? e->value() : -999999999999; }
}  // namespace

// The 64-bit overload is chosen for std::int64_t and is checked; int keeps
// the plain one.
static_assert(std::is_same_v<decltype(error::from_wire(std::int64_t{1})), std::optional<error>>);
static_assert(std::is_same_v<decltype(error::from_wire(1)), error>);
static_assert(!error::from_wire(std::int64_t{4294967297}).has_value());
static_assert(error::from_wire(std::int64_t{606000006})->name() == "system_busy");
static_assert(parse_code("recording.stream_data_timeout")->value() == 605030046);

TEST_CASE("from_wire(int64): values that fit in 32 bits are kept, others are refused") {
  CHECK(value_of(error::from_wire(std::int64_t{605030046})) == 605030046);
  CHECK(value_of(error::from_wire(std::int64_t{605030002})) == 605030002);  // unknown, kept
  CHECK(value_of(error::from_wire(std::int64_t{-1})) == -1);
  CHECK(value_of(error::from_wire(std::int64_t{std::numeric_limits<std::int32_t>::min()})) ==
        std::numeric_limits<std::int32_t>::min());
  CHECK(value_of(error::from_wire(std::int64_t{std::numeric_limits<std::int32_t>::max()})) ==
        std::numeric_limits<std::int32_t>::max());
  for (const std::int64_t v :
       {std::int64_t{4294967297}, std::int64_t{2147483648}, std::int64_t{-2147483649},
        std::numeric_limits<std::int64_t>::max(), std::numeric_limits<std::int64_t>::min()})
    CHECK_MESSAGE(!error::from_wire(v).has_value(), v);
}

TEST_CASE("parse_code: decimal numbers within int32, known or not") {
  CHECK(value_of(parse_code("605030046")) == 605030046);
  CHECK(parse_code("605030046")->name() == "stream_data_timeout");
  CHECK(value_of(parse_code("605030002")) == 605030002);
  CHECK_FALSE(parse_code("605030002")->known());
  CHECK(value_of(parse_code("0")) == 0);
  CHECK(value_of(parse_code("-5")) == -5);
  CHECK(value_of(parse_code("0001")) == 1);
  CHECK(value_of(parse_code("2147483647")) == 2147483647);
  CHECK(value_of(parse_code("-2147483648")) == std::numeric_limits<std::int32_t>::min());
}

TEST_CASE("parse_code: names, qualified names and success") {
  CHECK(value_of(parse_code("stream_data_timeout")) == 605030046);
  CHECK(value_of(parse_code("recording.stream_data_timeout")) == 605030046);
  CHECK(value_of(parse_code("gateway.system_busy")) == 606000006);
  CHECK(value_of(parse_code("success")) == 0);
  CHECK(value_of(parse_code("engine.invalid_argument")) == 1);
}

TEST_CASE("parse_code: a name that several domains have needs its domain") {
  // Find a name listed in two domains, if the catalogue has one.
  std::string shared;
  for (const auto& a : rtcerr::registry::domains)
    for (const auto& b : rtcerr::registry::domains)
      if (&a != &b)
        for (const auto& ca : a.codes)
          for (const auto& cb : b.codes)
            if (ca.name == cb.name) shared = std::string(ca.name);
  if (shared.empty()) return;  // nothing to check in this catalogue
  INFO(shared);
  CHECK_FALSE(parse_code(shared).has_value());
}

TEST_CASE("parse_code: anything that is not a code is nullopt") {
  using namespace std::string_view_literals;
  for (const std::string_view bad :
       std::initializer_list<std::string_view>{""sv,
                                               " "sv,
                                               "-",
                                               "+1",
                                               " 1",
                                               "1 ",
                                               "1\n",
                                               "0x1F",
                                               "1e3",
                                               "1.0",
                                               "12a",
                                               "4294967297",
                                               "2147483648",
                                               "-2147483649",
                                               "99999999999999999999",
                                               "stream_data_timout",
                                               "STREAM_DATA_TIMEOUT",
                                               "recording.",
                                               ".stream_data_timeout",
                                               "nowhere.system_busy",
                                               "gateway.stream_data_timeout",
                                               "recording.stream data",
                                               "流数据超时",
                                               "a.b.c",
                                               "1\0"sv})
    CHECK_MESSAGE(!parse_code(bad).has_value(), "'", bad, "'");
}
