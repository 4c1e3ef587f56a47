// rtcerr errors as std::error_code: categories, messages, round trips,
// conditions across domains, std::errc equivalences, foreign codes, and use
// before and after main.
#include <doctest/doctest.h>

#include <boost/system/error_code.hpp>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#include "rtcerr/rtcerr.hpp"

using rtcerr::condition;
using rtcerr::domain_id;
using rtcerr::error;

static_assert(std::is_error_code_enum_v<rtcerr::recording::errc>);
static_assert(std::is_error_condition_enum_v<condition>);
static_assert(std::is_convertible_v<rtcerr::engine::errc, std::error_code>);
static_assert(std::is_convertible_v<rtcerr::engine::errc, boost::system::error_code>);
static_assert(std::is_convertible_v<condition, std::error_condition>);
// Not an error-code enum, so that `os << e` is never std::error_code's inserter.
static_assert(!std::is_convertible_v<error, std::error_code>);
static_assert(noexcept(rtcerr::make_error_code(error{})));
static_assert(noexcept(rtcerr::from_error_code(std::error_code{})));

namespace {

std::string_view category_name(error e) { return rtcerr::make_error_code(e).category().name(); }

// --- Before main: categories are constant-initialised. ----------------------
struct early_observation {
  bool name_ok = false;
  bool condition_ok = false;
  bool errc_ok = false;
  bool round_trip_ok = false;
};

early_observation observe() {
  const std::error_code ec = rtcerr::make_error_code(rtcerr::recording::errc::stream_data_timeout);
  early_observation o;
  o.name_ok = std::string_view(ec.category().name()) == "rtcerr.recording";
  o.condition_ok = ec == condition::timeout;
  o.errc_ok = ec == std::errc::timed_out;
  o.round_trip_ok = rtcerr::from_error_code(ec) == error{605030046};
  return o;
}

const early_observation before_main = observe();

// --- After main: categories are never destroyed. A static object made
// before main is destroyed after it returns; its destructor checks the
// categories still work, and fails the test binary if not. --------------------
struct check_after_main {
  ~check_after_main() {
    const early_observation o = observe();
    if (!(o.name_ok && o.condition_ok && o.errc_ok && o.round_trip_ok)) {
      std::fputs("error categories failed after main\n", stderr);
      std::_Exit(1);
    }
  }
} after_main_check;

}  // namespace

TEST_CASE("categories work before main") {
  CHECK(before_main.name_ok);
  CHECK(before_main.condition_ok);
  CHECK(before_main.errc_ok);
  CHECK(before_main.round_trip_ok);
}

TEST_CASE("one category per domain, named rtcerr.<domain>") {
  CHECK(category_name(rtcerr::engine::errc::invalid_argument) == "rtcerr.engine");
  CHECK(category_name(rtcerr::session::errc::app_offline) == "rtcerr.session");
  CHECK(category_name(rtcerr::recording::errc::stream_data_timeout) == "rtcerr.recording");
  CHECK(category_name(rtcerr::gateway::errc::system_busy) == "rtcerr.gateway");
  CHECK(category_name(error::from_wire(12345)) == "rtcerr.unknown");
  CHECK(category_name(error::from_wire(-1)) == "rtcerr.unknown");

  CHECK(std::string_view(rtcerr::domain_category(domain_id::engine).name()) == "rtcerr.engine");
  CHECK(std::string_view(rtcerr::domain_category(domain_id::unknown).name()) == "rtcerr.unknown");
  CHECK(std::string_view(rtcerr::domain_category(static_cast<domain_id>(200)).name()) ==
        "rtcerr.unknown");
  CHECK(std::string_view(rtcerr::condition_category().name()) == "rtcerr.condition");

  // One object per domain: the code's category is the domain's category.
  const std::error_code a = rtcerr::make_error_code(error{605030046});
  const std::error_code b = rtcerr::make_error_code(error::from_wire(605030002));
  CHECK(&a.category() == &b.category());
  CHECK(&a.category() == &rtcerr::domain_category(domain_id::recording));
  CHECK(a.category() != rtcerr::domain_category(domain_id::gateway));
}

TEST_CASE("0 maps to the empty error_code; every other value to a failure") {
  const std::error_code success = rtcerr::make_error_code(error{});
  CHECK_FALSE(success);
  CHECK(success == std::error_code{});
  CHECK(rtcerr::from_error_code(success) == error{});

  for (std::int32_t v : {1, -1, 5, 605030002, 606000006, std::numeric_limits<std::int32_t>::min(),
                         std::numeric_limits<std::int32_t>::max()}) {
    const std::error_code ec = rtcerr::make_error_code(error::from_wire(v));
    CHECK_MESSAGE(static_cast<bool>(ec), v);
    CHECK(ec.value() == v);
  }
}

TEST_CASE("message() is the Chinese message") {
  CHECK(rtcerr::make_error_code(rtcerr::recording::errc::stream_data_timeout).message() ==
        "流数据超时");
  CHECK(rtcerr::make_error_code(error{606000006}).message() == "系统繁忙");
  CHECK(rtcerr::make_error_code(error::from_wire(605030002)).message() ==
        "未知错误码（recording）");
  CHECK(rtcerr::make_error_code(error::from_wire(12345)).message() == "未知错误码");
  CHECK(rtcerr::make_error_code(error::from_wire(rtcerr::failure_from_success_value)).message() ==
        "以成功码 0 构造的失败（程序错误）");
  CHECK(std::error_condition(condition::timeout).message() == "超时");
  CHECK(std::error_condition(condition::authentication_failed).message() == "认证失败");
  CHECK(rtcerr::condition_category().message(1000) == "未知的错误类别");
}

TEST_CASE("make_error_code and from_error_code round-trip every value of every range") {
  std::size_t checked = 0;
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    for (std::int64_t v = d.first - 3; v <= d.last + 3; ++v) {
      const error e = error::from_wire(static_cast<std::int32_t>(v));
      const std::error_code ec = rtcerr::make_error_code(e);
      const std::optional<error> back = rtcerr::from_error_code(ec);
      if (!back || *back != e || ec.value() != v) FAIL_CHECK("round trip fails for " << v);
      // No two ranges are within 3 of each other, so a value near this
      // range but outside it is outside every range.
      const std::string expected = d.owns(v) ? "rtcerr." + std::string(d.name) : "rtcerr.unknown";
      if (v != 0 && ec.category().name() != expected) FAIL_CHECK("wrong category for " << v);
      ++checked;
    }
  }
  CHECK(checked > 30000);
  for (std::int32_t v : {0, -1, 1000, 12345, std::numeric_limits<std::int32_t>::min(),
                         std::numeric_limits<std::int32_t>::max()}) {
    const error e = error::from_wire(v);
    CHECK_MESSAGE(rtcerr::from_error_code(rtcerr::make_error_code(e)) == e, v);
  }
}

TEST_CASE("codes of the same condition compare equal to it in every domain") {
  for (int v : {32, 1000000, 605030007, 605030028, 606000000}) {
    const std::error_code ec = rtcerr::make_error_code(error::from_wire(v));
    CHECK_MESSAGE(ec == condition::authentication_failed, v);
    CHECK_MESSAGE(ec != condition::timeout, v);
    CHECK_MESSAGE(ec.default_error_condition() == condition::authentication_failed, v);
  }
  for (int v : {1, 605030003, 606000003})
    CHECK_MESSAGE(rtcerr::make_error_code(error::from_wire(v)) == condition::invalid_argument, v);
  for (int v : {33, 1000001})
    CHECK_MESSAGE(rtcerr::make_error_code(error::from_wire(v)) == condition::app_not_found, v);
  for (int v : {302, 606000005})
    CHECK_MESSAGE(rtcerr::make_error_code(error::from_wire(v)) == condition::operation_failed, v);

  // Every listed code matches its own condition and no other.
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    for (const rtcerr::code_info& c : d.codes) {
      const std::error_code ec = rtcerr::make_error_code(error::from_wire(c.value));
      for (std::size_t k = 0; k < rtcerr::condition_count; ++k) {
        const auto other = static_cast<condition>(k);
        if ((ec == other) != (other == c.condition))
          FAIL_CHECK(c.value << " vs condition " << rtcerr::to_string(other));
      }
    }
  }

  // Unknown values have the condition `unknown`.
  CHECK(rtcerr::make_error_code(error::from_wire(605030002)) == condition::unknown);
  CHECK(rtcerr::make_error_code(error::from_wire(12345)) == condition::unknown);
}

TEST_CASE("the natural std::errc equivalences hold") {
  CHECK(std::error_code(rtcerr::engine::errc::invalid_argument) == std::errc::invalid_argument);
  CHECK(std::error_code(rtcerr::gateway::errc::invalid_argument) == std::errc::invalid_argument);
  CHECK(std::error_code(rtcerr::engine::errc::out_of_memory) == std::errc::not_enough_memory);
  CHECK(std::error_code(rtcerr::recording::errc::stream_data_timeout) == std::errc::timed_out);
  CHECK(std::error_code(rtcerr::gateway::errc::request_timeout) == std::errc::timed_out);
  CHECK(std::error_code(rtcerr::engine::errc::no_video_permission) == std::errc::permission_denied);
  CHECK(std::error_code(rtcerr::gateway::errc::system_busy) == std::errc::device_or_resource_busy);
  CHECK(std::error_code(rtcerr::recording::errc::insufficient_storage) ==
        std::errc::no_space_on_device);

  CHECK(std::error_code(rtcerr::gateway::errc::system_busy) != std::errc::timed_out);
  CHECK(std::error_code(rtcerr::engine::errc::authentication_failed) !=
        std::errc::permission_denied);
  CHECK(rtcerr::make_error_code(error::from_wire(12345)) != std::errc::invalid_argument);

  // Every listed code matches the std::errc of its condition, if it has one.
  const std::errc all[] = {std::errc::invalid_argument, std::errc::not_enough_memory,
                           std::errc::timed_out, std::errc::permission_denied,
                           std::errc::device_or_resource_busy};
  for (const rtcerr::domain_info& d : rtcerr::registry::domains) {
    for (const rtcerr::code_info& c : d.codes) {
      const std::error_code ec = rtcerr::make_error_code(error::from_wire(c.value));
      for (std::errc generic : all) {
        if ((ec == generic) != (rtcerr::equivalent_errc(c.condition) == generic))
          FAIL_CHECK(c.value << " vs errc " << static_cast<int>(generic));
      }
    }
  }
}

TEST_CASE("codes of other categories meaning the same std::errc match the condition") {
  CHECK(std::make_error_code(std::errc::timed_out) == condition::timeout);
  CHECK(std::error_code(ETIMEDOUT, std::system_category()) == condition::timeout);
  CHECK(std::error_code(EBUSY, std::system_category()) == condition::busy);
  CHECK(std::make_error_code(std::errc::invalid_argument) != condition::timeout);
  CHECK(std::make_error_code(std::errc::io_error) != condition::internal_error);
}

TEST_CASE("foreign codes are not mapped back to rtcerr errors") {
  CHECK_FALSE(rtcerr::from_error_code(std::make_error_code(std::errc::timed_out)).has_value());
  CHECK_FALSE(rtcerr::from_error_code(std::error_code(1, std::system_category())).has_value());
  CHECK_FALSE(
      rtcerr::from_error_code(std::error_code(605030046, std::generic_category())).has_value());
  // The condition category holds conditions, not codes.
  CHECK_FALSE(
      rtcerr::from_error_code(std::error_code(1, rtcerr::condition_category())).has_value());
  // A code of an rtcerr category keeps its value, whichever rtcerr category.
  CHECK(rtcerr::from_error_code(std::error_code(77, rtcerr::domain_category(domain_id::unknown))) ==
        error::from_wire(77));
  // "No error" is success in any category.
  CHECK(rtcerr::from_error_code(std::error_code(0, std::generic_category())) == error{});
}

TEST_CASE("errc enumerators compare with error codes directly") {
  const std::error_code ec = rtcerr::gateway::errc::request_timeout;
  CHECK(ec == rtcerr::gateway::errc::request_timeout);
  CHECK(ec != rtcerr::gateway::errc::system_busy);
  CHECK(ec == rtcerr::make_error_code(error{606000004}));
}

TEST_CASE("boost::system::error_code carries rtcerr codes unchanged") {
  const boost::system::error_code bec = rtcerr::gateway::errc::system_busy;
  CHECK(boost::system::error_code(rtcerr::make_error_code(error{606000006})) == bec);
  CHECK(bec.failed());
  const std::error_code back(bec);
  CHECK(back == rtcerr::gateway::errc::system_busy);
  CHECK(back == condition::busy);
  CHECK(rtcerr::from_error_code(back) == error{606000006});
  const boost::system::error_code none = rtcerr::make_error_code(error{});
  CHECK_FALSE(none.failed());
}
