// A registry of the user's own gets results, typed exceptions and error
// categories from the framework templates alone (rtcerr/core/), without any
// compiled instance in the library.
#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string_view>
#include <system_error>
#include <typeinfo>

#include "rtcerr/core/basic_error_code.hpp"
#include "rtcerr/core/basic_exception.hpp"
#include "rtcerr/core/basic_registry.hpp"
#include "rtcerr/core/basic_result.hpp"
#include "rtcerr/domains/gateway.hpp"

// clang-format off
#define ACME_MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera is busy", "", busy, backoff, 0) \
  RETIRED(700002, old_codec_error) \
  CODE(700003, codec_missing, "缺少编解码器", "", "Codec missing", "", not_supported, never, 0)
// clang-format on

namespace acme::media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, ACME_MEDIA_CODES);
}  // namespace acme::media

namespace acme {
enum class domain_id : std::uint8_t { gateway, media, unknown };
using registry = rtcerr::basic_registry<domain_id, rtcerr::gateway::domain, media::domain>;
using error = rtcerr::basic_error<registry>;
template <class T>
using result = rtcerr::basic_result<T, error>;
using exception = rtcerr::basic_exception<registry>;
using media_exception = rtcerr::basic_domain_exception<registry, domain_id::media>;
template <auto E>
using exception_for = rtcerr::basic_exception_for<registry, E>;
template <rtcerr::condition C>
using condition_exception = rtcerr::basic_condition_exception<registry, C>;
}  // namespace acme

static_assert(rtcerr::registry_is_valid<acme::registry>());
static_assert(sizeof(acme::result<int>) == 8);

namespace {

acme::result<int> open_camera(bool busy) {
  if (busy) return acme::media::errc::camera_busy;
  return 3;
}
acme::result<void> start(bool busy) {
  BOOST_OUTCOME_TRY(auto camera, open_camera(busy));
  (void)camera;
  return rtcerr::success();
}

}  // namespace

TEST_CASE("results of an own registry propagate and throw its exceptions") {
  CHECK(start(false).has_value());
  const acme::result<void> r = start(true);
  REQUIRE(r.has_error());
  CHECK(r.error() == acme::media::errc::camera_busy);
  CHECK_THROWS_AS(r.value(), const acme::exception_for<acme::media::errc::camera_busy>&);
  CHECK_THROWS_AS(r.value(), const acme::media_exception&);
  CHECK_THROWS_AS(r.value(), const acme::condition_exception<rtcerr::condition::busy>&);
  CHECK_THROWS_AS(r.value(), const acme::exception&);

  const acme::result<int> zero = acme::error::from_wire(0);
  CHECK(zero.error().value() == rtcerr::failure_from_success_value);
}

TEST_CASE("throw_error of an own registry dispatches by code, domain and range") {
  try {
    rtcerr::throw_error(acme::error{700003});
  } catch (const acme::exception& e) {
    CHECK(typeid(e) == typeid(acme::exception_for<acme::media::errc::codec_missing>));
    CHECK(std::string_view(e.what()) == "media.codec_missing (700003): 缺少编解码器");
  }
  try {
    rtcerr::throw_error(acme::error::from_wire(700002));  // a retired number
  } catch (const acme::exception& e) {
    CHECK(typeid(e) == typeid(acme::media_exception));
    CHECK(std::string_view(e.what()) == "media.old_codec_error (700002): 已废弃的错误码");
  }
  try {
    rtcerr::throw_error(acme::error{606000006});  // the gateway domain, reused
  } catch (const acme::condition_exception<rtcerr::condition::busy>& e) {
    CHECK(e.code<acme::error>().value() == 606000006);
  }
  try {
    rtcerr::throw_error(acme::error::from_wire(1));  // engine is not in this registry
  } catch (const acme::exception& e) {
    CHECK(typeid(e) == typeid(acme::exception));
    CHECK(std::string_view(e.what()) == "unknown (1): 未知错误码");
  }
}

TEST_CASE("an own registry gets its own error categories") {
  const std::error_code ec = make_error_code(acme::error{700001});  // by ADL
  CHECK(std::string_view(ec.category().name()) == "rtcerr.media");
  CHECK(ec.message() == "摄像头被占用");
  CHECK(ec == rtcerr::condition::busy);
  CHECK(ec == std::errc::device_or_resource_busy);
  CHECK(&ec.category() == &rtcerr::basic_domain_category<acme::registry>(acme::domain_id::media));
  CHECK(rtcerr::basic_from_error_code<acme::registry>(ec) == acme::error{700001});
  CHECK(std::string_view(
            rtcerr::basic_domain_category<acme::registry>(acme::domain_id::unknown).name()) ==
        "rtcerr.unknown");
  // Another registry's categories are foreign to this one.
  CHECK_FALSE(
      rtcerr::basic_from_error_code<acme::registry>(std::error_code(5, std::generic_category()))
          .has_value());
}
