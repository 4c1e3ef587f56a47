// An application's own domain next to the catalogue's four, as a real
// service would add it: one domain, one `registry_with` line, and then the
// catalogue's codes and the application's mix freely - conversions, TRY,
// error codes, exceptions and formatting all agree on what a code is,
// whichever registry it travelled through.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <cstdint>
#include <optional>
#include <string>
#include <system_error>
#include <type_traits>
#include <typeinfo>

#include "rtcerr/core/compose.hpp"
#include "rtcerr/rtcerr.hpp"

#include "domains_app.hpp"

namespace {

// --- The registry is the catalogue plus the application's domain. ---------

static_assert(acme::registry::domain_count == rtcerr::registry::domain_count + 1);
static_assert(acme::registry::has_domain<rtcerr::engine::domain> &&
              acme::registry::has_domain<acme::media::domain>);
static_assert(std::is_same_v<rtcerr::registry_with<>, rtcerr::registry>);
static_assert(std::is_same_v<rtcerr::registry_with<rtcerr::engine::domain>, rtcerr::registry>);
static_assert(std::is_same_v<rtcerr::registry_with<acme::media::domain, rtcerr::gateway::domain>,
                             acme::registry>);
static_assert(std::is_same_v<rtcerr::domain_type_of<605030046>, rtcerr::recording::domain>);
static_assert(std::is_same_v<rtcerr::domain_type_of<700001, acme::registry>, acme::media::domain>);

// --- Identity: a stable name and id, whatever the registry. ----------------

static_assert(acme::media::domain::id == rtcerr::name_hash("media"));
static_assert(rtcerr::engine::domain::id == rtcerr::name_hash("engine"));
// No id enum to write: domain() answers the owning domain's stable id, in
// every order the domains may come in.
static_assert(acme::error{700001}.domain() == acme::media::domain::id);
static_assert(acme::error{1}.domain() == rtcerr::engine::domain::id);
static_assert(acme::error::from_wire(900000).domain() == 0);
using reversed =
    rtcerr::basic_error<rtcerr::make_registry<acme::media::domain, rtcerr::engine::domain>>;
static_assert(reversed{1}.domain() == rtcerr::engine::domain::id);
static_assert(reversed{700001}.domain() == acme::media::domain::id);
static_assert(reversed{700001}.domain_name() == "media" && reversed{1}.domain_name() == "engine");

// --- Conversions: implicit and lossless one way, explicit the other. -------

static_assert(std::is_convertible_v<rtcerr::error, acme::error>);
static_assert(!std::is_convertible_v<acme::error, rtcerr::error>);
static_assert(std::is_constructible_v<rtcerr::error, acme::error>);
static_assert(std::is_trivially_copyable_v<acme::error> && sizeof(acme::error) == 4);

constexpr rtcerr::error stream_timeout = rtcerr::recording::errc::stream_data_timeout;
constexpr acme::error widened = stream_timeout;  // implicit
static_assert(widened.value() == 605030046 && widened.name() == "stream_data_timeout");
static_assert(widened.condition() == rtcerr::condition::timeout);
static_assert(rtcerr::error{widened} == stream_timeout);
// An application code means nothing to the catalogue: kept as is, attributed
// to no domain there (never to another one).
static_assert(rtcerr::error{acme::error{700001}}.value() == 700001);
static_assert(rtcerr::error{acme::error{700001}}.domain() == rtcerr::domain_id::unknown);

// --- TRY across the catalogue's results and the application's. -------------

rtcerr::result<int> sdk_join(bool ok) {
  if (!ok) return rtcerr::engine::errc::not_initialized;
  return 42;
}

acme::result<long> app_join(bool sdk_ok, bool camera_ok) {
  BOOST_OUTCOME_TRY(auto handle, sdk_join(sdk_ok));  // rtcerr::result<int> into acme::result<long>
  if (!camera_ok) return acme::media::errc::camera_busy;
  return handle + 1L;
}

// And back, only by converting the error explicitly: BOOST_OUTCOME_TRY of an
// acme::result here does not compile, since its codes would read as unknown
// (tests/compile_fail/result_narrowing_try.cpp).
rtcerr::result<int> sdk_wrapper(bool sdk_ok, bool camera_ok) {
  const acme::result<long> r = app_join(sdk_ok, camera_ok);
  if (!r) return rtcerr::failure(rtcerr::error{r.error()});
  return static_cast<int>(r.value());
}

// The exception type a call throws, or nothing.
template <class Catch, class F>
bool throws_as(F&& f) {
  try {
    f();
  } catch (const Catch&) {
    return true;
  } catch (...) {
    return false;
  }
  return false;
}

}  // namespace

TEST_CASE(
    "TRY carries failures from rtcerr::result into an application's result; back explicitly") {
  CHECK(app_join(true, true).value() == 43);
  const acme::result<long> sdk_failed = app_join(false, true);
  REQUIRE(sdk_failed.has_error());
  CHECK(sdk_failed.error() == rtcerr::engine::errc::not_initialized);
  CHECK(sdk_failed.error().name() == "not_initialized");

  CHECK(sdk_wrapper(true, true).value() == 43);
  const rtcerr::result<int> back = sdk_wrapper(false, true);
  REQUIRE(back.has_error());
  CHECK(back.error() == rtcerr::engine::errc::not_initialized);
  const rtcerr::result<int> app_code = sdk_wrapper(true, false);
  REQUIRE(app_code.has_error());
  CHECK(app_code.error().value() == 700001);  // the value survives, unknown to the catalogue
  CHECK_FALSE(app_code.error().known());

  const acme::error e = rtcerr::error{rtcerr::gateway::errc::system_busy};  // assignment compiles
  CHECK(e.retry() == rtcerr::retry::backoff);
}

TEST_CASE("a catalogue code made through the application's registry is the same std::error_code") {
  const acme::error app = rtcerr::engine::errc::invalid_argument;
  const std::error_code ec = make_error_code(app);
  const std::error_code catalogue = rtcerr::make_error_code(rtcerr::error{1});
  CHECK(&ec.category() == &catalogue.category());  // one category object per domain
  CHECK(ec == catalogue);
  CHECK(ec == rtcerr::engine::errc::invalid_argument);
  CHECK(std::string(ec.category().name()) == "rtcerr.engine");
  CHECK(ec == rtcerr::condition::invalid_argument);
  CHECK(ec == std::errc::invalid_argument);
  REQUIRE(rtcerr::from_error_code(ec).has_value());
  CHECK(*rtcerr::from_error_code(ec) == rtcerr::engine::errc::invalid_argument);
  CHECK(rtcerr::basic_from_error_code<acme::registry>(catalogue) == app);

  // The application's own code: its domain's category, the same from any registry.
  const std::error_code media = make_error_code(acme::error{700001});
  CHECK(std::string(media.category().name()) == "rtcerr.media");
  CHECK(&media.category() == &rtcerr::domain_category_of<acme::media::domain>());
  CHECK(media == rtcerr::condition::busy);
  CHECK(media.message() == "摄像头被占用");
  CHECK(rtcerr::basic_from_error_code<acme::registry>(media) == acme::error{700001});
  CHECK_FALSE(rtcerr::from_error_code(media).has_value());  // not a category of the catalogue's
}

TEST_CASE("a catalogue code thrown through the application's registry is caught at every level") {
  const acme::result<int> failed = acme::error{rtcerr::engine::errc::invalid_argument};
  const auto value = [&] { (void)failed.value(); };
  CHECK(throws_as<rtcerr::exception_for<rtcerr::engine::errc::invalid_argument>>(value));
  CHECK(throws_as<rtcerr::engine::exception>(value));
  CHECK(throws_as<rtcerr::condition_exception<rtcerr::condition::invalid_argument>>(value));
  CHECK(throws_as<rtcerr::exception>(value));
  CHECK(throws_as<std::exception>(value));
  try {
    rtcerr::throw_error(acme::error{606000006});
  } catch (const rtcerr::exception& x) {
    CHECK(typeid(x) == typeid(rtcerr::exception_for<rtcerr::gateway::errc::system_busy>));
    CHECK(x.code() == rtcerr::gateway::errc::system_busy);
    CHECK(std::string(x.what()) == "gateway.system_busy (606000006): 系统繁忙");
  }
  // The same type from the catalogue's own throw_error.
  CHECK(throws_as<rtcerr::exception_for<rtcerr::gateway::errc::system_busy>>(
      [] { rtcerr::throw_error(rtcerr::gateway::errc::system_busy); }));
}

TEST_CASE("the application's own codes throw their domain's exceptions") {
  const auto busy = [] { rtcerr::throw_error(acme::error{700001}); };
  CHECK(throws_as<rtcerr::exception_for<acme::media::errc::camera_busy>>(busy));
  CHECK(throws_as<acme::media::exception>(busy));
  CHECK(throws_as<rtcerr::condition_exception<rtcerr::condition::busy>>(busy));
  CHECK(throws_as<rtcerr::exception>(busy));
  try {
    rtcerr::throw_error(acme::error::from_wire(700002));  // retired
  } catch (const rtcerr::exception& x) {
    CHECK(typeid(x) == typeid(acme::media::exception));
    CHECK(x.code<acme::error>().retired());
    CHECK(std::string(x.what()) == "media.old_codec_error (700002): 已废弃的错误码");
    CHECK(fmt::format("{:en}", x) == "media.old_codec_error (700002): retired error code");
  }
  try {
    rtcerr::throw_error(acme::error::from_wire(900001));
  } catch (const rtcerr::exception& x) {
    CHECK(typeid(x) == typeid(rtcerr::exception));
    CHECK(x.domain() == nullptr);
  }
}

TEST_CASE("fmt formats every domain's codes, in any registry, with no specialisation") {
  CHECK(fmt::format("{}", acme::error{1}) == "engine.invalid_argument (1): 非法参数");
  CHECK(fmt::format("{:en}", acme::media::errc::camera_busy) ==
        "media.camera_busy (700001): Camera is busy");
  CHECK(fmt::format("{:h.en}", acme::media::errc::camera_busy) ==
        "Close other programs using the camera");
  CHECK(fmt::format("{:c}", rtcerr::engine::errc::invalid_argument) == "1");
  CHECK(fmt::format("{:en}", acme::error::from_wire(700042)) ==
        "media.unknown (700042): unknown media error code");
}
