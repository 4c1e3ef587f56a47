// expect: duplicate code name in a domain
// Two codes with the same name in one domain are rejected. (The enum would
// reject them too, so the check is shown on a registry built by hand.)
#include <span>

#include "rtcerr/core/basic_registry.hpp"

#ifdef RTCERR_CONTROL
#define SECOND_NAME "mic_busy"
#else
#define SECOND_NAME "camera_busy"
#endif

namespace media {
struct domain {
  static constexpr std::string_view name = "media";
  static constexpr std::int64_t first = 700000;
  static constexpr std::int64_t last = 700999;
  static constexpr std::string_view unknown_message_zh = "未知错误码";
  static constexpr std::string_view unknown_message_en = "unknown";
  static constexpr rtcerr::code_info rows[] = {
      {700001, "camera_busy", "摄像头被占用", "", "Camera busy", "", rtcerr::condition::busy,
       rtcerr::retry::backoff, 0},
      {700002, SECOND_NAME, "麦克风被占用", "", "Microphone busy", "", rtcerr::condition::busy,
       rtcerr::retry::backoff, 0}};
  static constexpr std::span<const rtcerr::code_info> codes{rows};
  static constexpr std::span<const rtcerr::retired_code> retired{};
};
}  // namespace media
enum class ids { media, unknown };
static_assert(rtcerr::registry_is_valid<rtcerr::basic_registry<ids, media::domain>>());
