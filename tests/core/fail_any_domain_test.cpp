// `rtcerr::fail(e)` takes an errc enumerator of any domain and any
// registry's error, and the failure converts into every result whose
// registry holds the error's domain (rtcerr/core/basic_trace.hpp). A registry
// lacking the domain rejects it at compile time
// (tests/compile_fail/fail_errc_into_registry_without_domain.cpp).
#include <doctest/doctest.h>

#include <string>
#include <type_traits>

#include "rtcerr/rtcerr.hpp"

// clang-format off
#define FAIL_ACME_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera is busy", "", busy, backoff, 0)
#define FAIL_OTHER_CODES(CODE, RETIRED) \
  CODE(800001, disk_full, "磁盘已满", "", "Disk full", "", limit_exceeded, never, 0)
// clang-format on

namespace fail_acme {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, FAIL_ACME_CODES);
}  // namespace fail_acme
namespace fail_other {
RTCERR_DEFINE_DOMAIN(storage, 800000, 800999, FAIL_OTHER_CODES);
}  // namespace fail_other

namespace {

using app_error = rtcerr::basic_error<rtcerr::registry_with<fail_acme::domain>>;
template <class T>
using app_result = rtcerr::basic_result<T, app_error>;
// A second application registry, holding the same domain and another one.
using wide_error =
    rtcerr::basic_error<rtcerr::registry_with<fail_other::domain, fail_acme::domain>>;
template <class T>
using wide_result = rtcerr::basic_result<T, wide_error>;
// A registry of the application's domain alone, without the catalogue.
using own_error = rtcerr::basic_error<rtcerr::make_registry<fail_acme::domain>>;
template <class T>
using own_result = rtcerr::basic_result<T, own_error>;

app_result<int> camera_app() { return rtcerr::fail(fail_acme::errc::camera_busy); }
wide_result<int> camera_wide() { return rtcerr::fail(fail_acme::errc::camera_busy); }
own_result<void> camera_own() { return rtcerr::fail(fail_acme::errc::camera_busy); }
app_result<std::string> from_error() {
  return rtcerr::fail(app_error{fail_acme::errc::camera_busy});
}
rtcerr::result<int> catalogue() { return rtcerr::fail(rtcerr::engine::errc::invalid_argument); }
app_result<int> catalogue_into_app() {
  return rtcerr::fail(rtcerr::engine::errc::invalid_argument);
}

}  // namespace

TEST_CASE("rtcerr::fail takes any domain's errc, into every result whose registry holds it") {
  for (const auto& e : {camera_app().error().value(), camera_wide().error().value(),
                        camera_own().error().value(), from_error().error().value()})
    CHECK(e == 700001);
  CHECK(camera_app().error().domain_name() == "media");
  CHECK(camera_wide().error().name() == "camera_busy");
  CHECK(camera_own().error().known());
  CHECK(catalogue().error().value() == 1);
  CHECK(catalogue_into_app().error().domain_name() == "engine");
}

TEST_CASE("rtcerr::fail opens a trace for any domain's errc") {
  const auto r = camera_app();
  const rtcerr::trace_snapshot t = rtcerr::trace_of(r);
#if RTCERR_TRACES
  CHECK(t.state == rtcerr::trace_snapshot::status::present);
  CHECK(t.has_origin);
#else
  CHECK(t.error_value == 700001);
#endif
}

TEST_CASE("The catalogue's errc still gives a failure of rtcerr::error") {
  static_assert(std::is_same_v<decltype(rtcerr::fail(rtcerr::engine::errc::invalid_argument)),
                               BOOST_OUTCOME_V2_NAMESPACE::failure_type<rtcerr::error>>);
  static_assert(std::is_same_v<
                std::remove_cvref_t<decltype(rtcerr::fail(fail_acme::errc::camera_busy).error())>,
                own_error>);
  CHECK(true);
}
