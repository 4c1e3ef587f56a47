// Adding an error domain of your own: `media` (cameras, microphones, codecs),
// next to the platform's four.
//
// A list of codes and one RTCERR_DEFINE_DOMAIN line make the domain; one
// `using` (rtcerr::registry_with) gathers it with the catalogue's domains
// into the application's registry. Nothing else is needed: the registry
// checks itself wherever it is used (an overlapping range, a duplicate code
// or a literal that is not a code does not compile; the README's Examples
// section shows the diagnostic of an overlap, and
// tests/compile_fail/example_media_overlap.cpp is that case). The new codes
// then get everything the catalogue's have - compile-time queries, results
// with BOOST_OUTCOME_TRY, typed exceptions caught by code, condition or
// domain, fmt formatting - and the catalogue's codes keep their meaning
// inside the application's results: rtcerr::error converts into acme::error
// implicitly, TRY carries an rtcerr::result's failure into an acme::result
// (the way back converts the error explicitly), and a
// catalogue code thrown through acme's registry is caught by rtcerr's own
// exception types.
#include <fmt/core.h>

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

// The application's registry: the catalogue's four domains plus its own.
using registry = rtcerr::registry_with<media::domain>;
using error = rtcerr::basic_error<registry>;
template <class T>
using result = rtcerr::basic_result<T, error>;

}  // namespace acme

namespace {

// The platform SDK's API returns the catalogue's result type.
rtcerr::result<int> sdk_open_engine(bool ready) {
  if (!ready) return rtcerr::engine::errc::not_initialized;
  return 7;
}

// The application's functions return its own, and TRY carries the SDK's
// failures through unchanged.
acme::result<int> open_camera(int index, bool engine_ready) {
  BOOST_OUTCOME_TRY(auto engine, sdk_open_engine(engine_ready));
  if (index == 1) return acme::media::errc::camera_busy;
  return 100 * engine + index;  // a device handle
}

acme::result<void> start_preview(int camera, bool engine_ready) {
  BOOST_OUTCOME_TRY(auto handle, open_camera(camera, engine_ready));
  fmt::print("preview on device {}\n", handle);
  return rtcerr::success();
}

// Back into the SDK's result type, for a callback the SDK calls. The error
// converts explicitly: a media code would mean nothing to the SDK (it reads
// as unknown there), so BOOST_OUTCOME_TRY does not do it silently.
rtcerr::result<int> sdk_callback(bool engine_ready) {
  const acme::result<int> handle = open_camera(0, engine_ready);
  if (!handle) return rtcerr::failure(rtcerr::error{handle.error()});
  return handle.value();
}

// Reports an exception thrown by `f`, at the level each handler cares about.
// The handlers name rtcerr's types and the domain's own: none names the registry.
template <class F>
void report(F&& f) {
  try {
    f();
  } catch (const rtcerr::exception_for<acme::media::errc::camera_busy>&) {
    fmt::print("caught camera_busy: try another camera\n");
  } catch (const rtcerr::condition_exception<rtcerr::condition::busy>& x) {
    fmt::print("caught busy, any domain: {:en}\n", x);
  } catch (const acme::media::exception& x) {
    fmt::print("caught media: {}\n", x.what());
  } catch (const rtcerr::engine::exception& x) {
    fmt::print("caught engine: {:en}\n", x);
  }
}

}  // namespace

int main() {
  // Queries work at compile time; a literal must be a code of the registry.
  constexpr acme::error busy{700001};
  static_assert(busy == acme::media::errc::camera_busy);
  static_assert(busy.domain() == acme::media::domain::id && busy.retry() == rtcerr::retry::backoff);
  static_assert(acme::registry::domain_of(700500) == acme::media::domain::id);
  // constexpr acme::error typo{700004};  // does not compile: not a code

  // A catalogue error is an acme::error as it is; the other way is explicit.
  constexpr acme::error from_sdk = rtcerr::error{rtcerr::gateway::errc::system_busy};
  static_assert(rtcerr::error{from_sdk} == rtcerr::gateway::errc::system_busy);

  fmt::print("{}\n{:en}\n", busy, busy);
  fmt::print("hint: {:h.en}\n", acme::media::errc::microphone_denied);
  fmt::print("from a peer: {:en}\n", acme::error::from_wire(700042));

  // Results, across the SDK's result type and the application's.
  (void)start_preview(0, true);
  fmt::print("start_preview(1): {:en}\n", start_preview(1, true));
  fmt::print("start_preview before init: {:en}\n", start_preview(0, false));
  fmt::print("SDK callback before init: {:en}\n", sdk_callback(false));

  // Exceptions: value() and throw_error throw the most specific type.
  report([] { (void)start_preview(1, true).value(); });
  report([] { rtcerr::throw_error(acme::error{acme::media::errc::codec_missing}); });
  report([] { rtcerr::throw_error(acme::error::from_wire(700042)); });
  report([=] { rtcerr::throw_error(from_sdk); });
  report([] { (void)start_preview(0, false).value(); });  // a catalogue code, thrown through acme
  return 0;
}
