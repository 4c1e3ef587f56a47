// Adding an error domain of your own: `media` (cameras, microphones, codecs),
// next to the platform's four.
//
// A list of codes and one RTCERR_DEFINE_DOMAIN line make the domain; one
// `using` gathers it with the catalogue's domains into the application's
// registry; one static_assert checks the whole registry. The framework then
// gives the new codes everything the catalogue's codes have: compile-time
// queries, results with BOOST_OUTCOME_TRY, typed exceptions caught by code,
// condition or domain, and fmt formatting. The rules are checked at compile
// time: a range that overlapped a catalogue domain's, a duplicate code or a
// literal that is not a code would not compile (the README's Examples section
// shows the diagnostic of an overlap; tests/compile_fail/example_media_overlap.cpp
// is that case).
#include <fmt/core.h>

#include <cstdint>

#include <rtcerr/core/checks.hpp>
#include <rtcerr/format.hpp>
#include <rtcerr/rtcerr.hpp>

// One line per code: value, name, Chinese message and hint, English message
// and hint, condition, retry policy, HTTP status (0 for none).
// clang-format off
#define ACME_MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "请关闭其他使用摄像头的程序", "Camera is busy", "Close other programs using the camera", busy, backoff, 0) \
  CODE(700002, microphone_denied, "没有麦克风权限", "", "Microphone access denied", "Allow microphone access in the system settings", permission_denied, never, 0) \
  CODE(700003, codec_missing, "缺少编解码器", "", "Codec missing", "", not_supported, never, 0)
// clang-format on

namespace acme {

namespace media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, ACME_MEDIA_CODES);
}  // namespace media

// The application's registry: the catalogue's domains and its own, and an id
// enum listing them in the same order, ending in `unknown`.
enum class domain_id : std::uint8_t { engine, session, recording, gateway, media, unknown };
using registry =
    rtcerr::basic_registry<domain_id, rtcerr::engine::domain, rtcerr::session::domain,
                           rtcerr::recording::domain, rtcerr::gateway::domain, media::domain>;

// What rtcerr names for its own registry, named for this one.
using error = rtcerr::basic_error<registry>;
template <class T>
using result = rtcerr::basic_result<T, error>;
using exception = rtcerr::basic_exception<registry>;
template <domain_id D>
using domain_exception = rtcerr::basic_domain_exception<registry, D>;
template <rtcerr::condition C>
using condition_exception = rtcerr::basic_condition_exception<registry, C>;
template <auto E>
using exception_for = rtcerr::basic_exception_for<registry, E>;

}  // namespace acme

// The rules (ranges, duplicates, overlaps, messages): once, in one .cpp file.
static_assert(rtcerr::registry_is_valid<acme::registry>());

// Makes media::errc enumerators formattable, like the catalogue's.
template <>
struct rtcerr::error_type_for<acme::media::errc> {
  using type = acme::error;
};

namespace {

// Failures come from the new domain and from the catalogue's alike.
acme::result<int> open_camera(int index, bool engine_ready) {
  if (!engine_ready) return rtcerr::engine::errc::not_initialized;
  if (index == 1) return acme::media::errc::camera_busy;
  return 100 + index;  // a device handle
}

acme::result<void> start_preview(int camera, bool engine_ready) {
  BOOST_OUTCOME_TRY(auto handle, open_camera(camera, engine_ready));
  fmt::print("preview on device {}\n", handle);
  return rtcerr::success();
}

// Reports an acme exception thrown by `f`, at the level each handler cares about.
template <class F>
void report(F&& f) {
  try {
    f();
  } catch (const acme::exception_for<acme::media::errc::camera_busy>&) {
    fmt::print("caught camera_busy: try another camera\n");
  } catch (const acme::condition_exception<rtcerr::condition::busy>& x) {
    fmt::print("caught busy, any domain: {:en}\n", x);
  } catch (const acme::domain_exception<acme::domain_id::media>& x) {
    fmt::print("caught media: {}\n", x.what());
  }
}

}  // namespace

int main() {
  // Queries work at compile time; a literal must be a code of the registry.
  constexpr acme::error busy{700001};
  static_assert(busy == acme::media::errc::camera_busy);
  static_assert(busy.domain() == acme::domain_id::media && busy.retry() == rtcerr::retry::backoff);
  static_assert(acme::registry::domain_of(700500) == acme::domain_id::media);
  // constexpr acme::error typo{700004};  // does not compile: not a code

  fmt::print("{}\n{:en}\n", busy, busy);
  fmt::print("hint: {:h.en}\n", acme::media::errc::microphone_denied);
  fmt::print("from a peer: {:en}\n", acme::error::from_wire(700042));

  // Results.
  (void)start_preview(0, true);
  fmt::print("start_preview(1): {:en}\n", start_preview(1, true));
  fmt::print("start_preview before init: {:en}\n", start_preview(0, false));

  // Exceptions: value() and throw_error throw the most specific type.
  report([] { (void)start_preview(1, true).value(); });
  report([] { rtcerr::throw_error(acme::error{acme::media::errc::codec_missing}); });
  report([] { rtcerr::throw_error(acme::error::from_wire(700042)); });
  report([] { rtcerr::throw_error(acme::error{606000006}); });
  return 0;
}
