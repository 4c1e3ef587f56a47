// What a C++ user expects of a small value type, and of a library's
// exceptions: rtcerr::error is [[nodiscard]] (compile_fail/error_nodiscard.cpp),
// hashable, ordered by value, has ok(); bad_result_access is caught as Outcome's
// bad_result_access and as std::logic_error; the language of what() and of
// the categories' messages can be chosen for the whole process; condition,
// retry, lang and domain_id print their names.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <atomic>
#include <boost/outcome/bad_access.hpp>
#include <compare>
#include <cstdint>
#include <cstring>
#include <limits>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rtcerr/rtcerr.hpp"

using rtcerr::error;

namespace {
// Restores Chinese when a test case ends, whatever it checked.
struct language_guard {
  ~language_guard() { rtcerr::set_message_language(rtcerr::lang::zh); }
};
}  // namespace

TEST_CASE("ok() is true for the success code 0 only") {
  static_assert(error{}.ok());
  static_assert(error{0}.ok());
  static_assert(!error{32}.ok());
  CHECK(error::from_wire(0).ok());
  CHECK_FALSE(error::from_wire(605030002).ok());  // unknown, in a domain
  CHECK_FALSE(error::from_wire(-1).ok());         // outside every domain
  CHECK_FALSE(error::from_wire(rtcerr::failure_from_success_value).ok());
  CHECK_FALSE(error(rtcerr::gateway::errc::system_busy).ok());
}

TEST_CASE("errors order by value, across domains and for unknown values") {
  static_assert(error{1} < error{32});
  static_assert(error{32} < error{1000000});
  static_assert((error{606000006} <=> error{606000006}) == std::strong_ordering::equal);
  static_assert(std::is_same_v<decltype(error{} <=> error{}), std::strong_ordering>);
  CHECK(error::from_wire(-5) < error{});
  CHECK(error::from_wire(std::numeric_limits<std::int32_t>::min()) < error::from_wire(-1));
  CHECK(error::from_wire(605030002) > error{605030001});
  CHECK(error::from_wire(605030002) != error{605030001});

  std::map<error, int> seen;
  seen[rtcerr::recording::errc::stream_data_timeout] = 1;
  seen[error{1}] = 2;
  seen[error::from_wire(605030002)] = 3;
  seen[error{1}] = 4;  // same key, replaced
  REQUIRE(seen.size() == 3);
  std::vector<std::int32_t> order;
  for (const auto& [e, n] : seen) order.push_back(e.value());
  CHECK(order == std::vector<std::int32_t>{1, 605030002, 605030046});
}

TEST_CASE("std::hash: equal errors hash equally; errors key unordered containers") {
  const std::hash<error> h;
  CHECK(h(error{32}) == h(error::from_wire(32)));
  CHECK(h(error{32}) != h(error{33}));
  static_assert(noexcept(h(error{})));

  std::unordered_map<error, int> counts;
  for (int i = 0; i < 3; ++i) ++counts[rtcerr::gateway::errc::system_busy];
  ++counts[error::from_wire(-7)];
  CHECK(counts.size() == 2);
  CHECK(counts[error{606000006}] == 3);

  // Every catalogue code is distinct as a key.
  std::unordered_set<error> all;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains)
    for (const rtcerr::code_info& c : d.codes) all.insert(error::from_wire(c.value));
  std::size_t listed = 0;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) listed += d.codes.size();
  CHECK(all.size() == listed);
}

TEST_CASE("bad_result_access is Outcome's bad_result_access and a std::logic_error") {
  static_assert(
      std::is_base_of_v<BOOST_OUTCOME_V2_NAMESPACE::bad_result_access, rtcerr::bad_result_access>);
  static_assert(std::is_base_of_v<std::logic_error, rtcerr::bad_result_access>);
  const rtcerr::result<int> holds_value = 5;

  bool by_logic_error = false;
  try {
    (void)holds_value.error();
  } catch (const std::logic_error& x) {
    by_logic_error = std::string_view(x.what()).find(
                         "error() called on a result that holds a "
                         "value") != std::string_view::npos;
  }
  CHECK(by_logic_error);

  bool by_outcome = false;
  try {
    (void)holds_value.error();
  } catch (const BOOST_OUTCOME_V2_NAMESPACE::bad_result_access&) {
    by_outcome = true;
  }
  CHECK(by_outcome);

  // A failure's value() still throws the typed exception, not bad_result_access.
  const rtcerr::result<int> failed = rtcerr::engine::errc::invalid_argument;
  CHECK_THROWS_AS((void)failed.value(), const rtcerr::engine::exception&);
}

TEST_CASE("the message language: Chinese by default, English when chosen") {
  const language_guard guard;
  CHECK(rtcerr::message_language() == rtcerr::lang::zh);

  const auto what_of = [](error e) {
    try {
      rtcerr::throw_error(e);
    } catch (const rtcerr::exception& x) {
      return std::string(x.what());
    }
    return std::string("not thrown");
  };
  const error timeout = rtcerr::recording::errc::stream_data_timeout;
  const error unknown = error::from_wire(605030002);
  const std::error_code ec = make_error_code(timeout);
  const std::error_condition cond = rtcerr::condition::timeout;

  CHECK(what_of(timeout) == "recording.stream_data_timeout (605030046): 流数据超时");
  CHECK(what_of(unknown).find("未知错误码") != std::string::npos);
  CHECK(ec.message() == "流数据超时");
  CHECK(cond.message() == "超时");

  rtcerr::set_message_language(rtcerr::lang::en);
  CHECK(rtcerr::message_language() == rtcerr::lang::en);
  CHECK(what_of(timeout) == "recording.stream_data_timeout (605030046): " +
                                std::string(timeout.message(rtcerr::lang::en)));
  CHECK(what_of(unknown) == "recording.unknown (605030002): unknown recording error code");
  CHECK(what_of(error::from_wire(-3)) == "unknown (-3): unknown error code");
  CHECK(ec.message() == timeout.message(rtcerr::lang::en));
  CHECK(cond.message() == "timed out");
  // Explicit choices are unaffected: message() and {} still mean Chinese.
  CHECK(timeout.message() == "流数据超时");
  CHECK(fmt::format("{:m}", timeout) == "流数据超时");

  // An exception keeps the language it was made with.
  try {
    rtcerr::throw_error(timeout);
  } catch (const rtcerr::exception& x) {
    rtcerr::set_message_language(rtcerr::lang::zh);
    CHECK(std::string_view(x.what()).find("流数据超时") == std::string_view::npos);
  }
  CHECK(what_of(timeout).find("流数据超时") != std::string::npos);

  // A value cast from outside the enum is ignored.
  rtcerr::set_message_language(static_cast<rtcerr::lang>(7));
  CHECK(rtcerr::message_language() == rtcerr::lang::zh);
}

TEST_CASE("the message language may change while other threads throw and read messages") {
  const language_guard guard;
  std::atomic<bool> stop{false};
  std::atomic<int> bad{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      const error e = rtcerr::gateway::errc::system_busy;
      while (!stop.load()) {
        try {
          rtcerr::throw_error(e);
        } catch (const rtcerr::exception& x) {
          const std::string_view w = x.what();
          if (w != "gateway.system_busy (606000006): 系统繁忙" &&
              w != "gateway.system_busy (606000006): " + std::string(e.message(rtcerr::lang::en)))
            ++bad;
        }
        const std::string m = make_error_code(e).message();
        if (m != e.message(rtcerr::lang::zh) && m != e.message(rtcerr::lang::en)) ++bad;
      }
    });
  }
  for (int i = 0; i < 2000; ++i)
    rtcerr::set_message_language(i % 2 == 0 ? rtcerr::lang::en : rtcerr::lang::zh);
  stop = true;
  for (std::thread& t : readers) t.join();
  CHECK(bad.load() == 0);
}

TEST_CASE("condition, retry, lang and domain_id have to_string and fmt formatters") {
  static_assert(rtcerr::to_string(rtcerr::lang::en) == "en");
  static_assert(rtcerr::to_string(rtcerr::domain_id::recording) == "recording");
  static_assert(rtcerr::to_string(rtcerr::domain_id::unknown) == "unknown");
  CHECK(rtcerr::to_string(static_cast<rtcerr::domain_id>(200)) == "unknown");
  CHECK(rtcerr::to_string(static_cast<rtcerr::lang>(9)) == "unknown");

  CHECK(fmt::format("{}", rtcerr::condition::timeout) == "timeout");
  CHECK(fmt::format("{}", rtcerr::condition::authentication_failed) == "authentication_failed");
  CHECK(fmt::format("{}", rtcerr::retry::refresh_credentials) == "refresh_credentials");
  CHECK(fmt::format("{}", rtcerr::lang::zh) == "zh");
  CHECK(fmt::format("{} {}", rtcerr::domain_id::gateway, rtcerr::domain_id::unknown) ==
        "gateway unknown");
  const error e = rtcerr::gateway::errc::system_busy;
  CHECK(fmt::format("{} {} {}", e.domain(), e.condition(), e.retry()) == "gateway busy backoff");
  // Every condition's name is its enumerator's.
  for (std::size_t i = 0; i < rtcerr::condition_count; ++i) {
    const auto c = static_cast<rtcerr::condition>(i);
    CHECK(fmt::format("{}", c) == rtcerr::to_string(c));
  }
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:x}"), rtcerr::retry::never), fmt::format_error);
}
