// The catalogue fingerprint: a compile-time FNV-1a hash of everything a user
// can observe about a registry's codes. It must change whenever any one field
// changes, and the printed form must be 16 lowercase hex digits.
#include <doctest/doctest.h>

#include <cstdint>
#include <string_view>

#include "rtcerr/core/fingerprint.hpp"
#include "rtcerr/core/registry.hpp"
#include "rtcerr/fingerprint.hpp"

// Pairs of one-domain registries that differ in exactly one field.
// clang-format off
#define BASE(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "提示", "Camera is busy", "Hint", busy, backoff, 0) \
  RETIRED(700002, old_codec_error)
#define OTHER_VALUE(CODE, RETIRED) \
  CODE(700003, camera_busy, "摄像头被占用", "提示", "Camera is busy", "Hint", busy, backoff, 0) \
  RETIRED(700002, old_codec_error)
#define OTHER_NAME(CODE, RETIRED) \
  CODE(700001, camera_used, "摄像头被占用", "提示", "Camera is busy", "Hint", busy, backoff, 0) \
  RETIRED(700002, old_codec_error)
#define OTHER_EN_HINT(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "提示", "Camera is busy", "Hint.", busy, backoff, 0) \
  RETIRED(700002, old_codec_error)
#define MOVED_TEXT(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用提示", "", "Camera is busy", "Hint", busy, backoff, 0) \
  RETIRED(700002, old_codec_error)
#define OTHER_CONDITION(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "提示", "Camera is busy", "Hint", timeout, backoff, 0) \
  RETIRED(700002, old_codec_error)
#define OTHER_RETRY(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "提示", "Camera is busy", "Hint", busy, never, 0) \
  RETIRED(700002, old_codec_error)
#define OTHER_HTTP(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "提示", "Camera is busy", "Hint", busy, backoff, 503) \
  RETIRED(700002, old_codec_error)
#define OTHER_RETIRED(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "提示", "Camera is busy", "Hint", busy, backoff, 0) \
  RETIRED(700004, old_codec_error)
// clang-format on

namespace fp {
enum class id : std::uint8_t { media, unknown };
#define FP_REGISTRY(NS, CODES, FIRST, LAST)                    \
  namespace NS {                                               \
  RTCERR_DEFINE_DOMAIN(media, FIRST, LAST, CODES);             \
  using registry = rtcerr::basic_registry<fp::id, NS::domain>; \
  }
FP_REGISTRY(base, BASE, 700000, 700999)
FP_REGISTRY(other_value, OTHER_VALUE, 700000, 700999)
FP_REGISTRY(other_name, OTHER_NAME, 700000, 700999)
FP_REGISTRY(other_en_hint, OTHER_EN_HINT, 700000, 700999)
FP_REGISTRY(moved_text, MOVED_TEXT, 700000, 700999)
FP_REGISTRY(other_condition, OTHER_CONDITION, 700000, 700999)
FP_REGISTRY(other_retry, OTHER_RETRY, 700000, 700999)
FP_REGISTRY(other_http, OTHER_HTTP, 700000, 700999)
FP_REGISTRY(other_retired, OTHER_RETIRED, 700000, 700999)
FP_REGISTRY(other_range, BASE, 700000, 700998)
FP_REGISTRY(same_again, BASE, 700000, 700999)
}  // namespace fp

TEST_CASE("FNV-1a is the published function (test vector for \"a\")") {
  rtcerr::detail::fnv1a64 h;
  h.byte('a');
  CHECK(h.value() == 0xaf63dc4c8601ec8cull);
}

TEST_CASE("the same data gives the same fingerprint, computed at compile time") {
  static_assert(rtcerr::fingerprint_of<fp::base::registry>() ==
                rtcerr::fingerprint_of<fp::same_again::registry>());
  static_assert(rtcerr::catalogue_fingerprint() == rtcerr::fingerprint_of<rtcerr::registry>());
}

TEST_CASE("changing any one observable field changes the fingerprint") {
  constexpr std::uint64_t base = rtcerr::fingerprint_of<fp::base::registry>();
  CHECK(rtcerr::fingerprint_of<fp::other_value::registry>() != base);
  CHECK(rtcerr::fingerprint_of<fp::other_name::registry>() != base);
  CHECK(rtcerr::fingerprint_of<fp::other_en_hint::registry>() != base);
  CHECK(rtcerr::fingerprint_of<fp::moved_text::registry>() != base);
  CHECK(rtcerr::fingerprint_of<fp::other_condition::registry>() != base);
  CHECK(rtcerr::fingerprint_of<fp::other_retry::registry>() != base);
  CHECK(rtcerr::fingerprint_of<fp::other_http::registry>() != base);
  CHECK(rtcerr::fingerprint_of<fp::other_retired::registry>() != base);
  CHECK(rtcerr::fingerprint_of<fp::other_range::registry>() != base);
}

TEST_CASE("the printed fingerprint is 16 lowercase hex digits of the value") {
  char out[16];
  CHECK(rtcerr::fingerprint_hex(0x0123456789abcdefull, out) == out + 16);
  CHECK(std::string_view(out, 16) == "0123456789abcdef");
  CHECK(rtcerr::fingerprint_hex(0, out) == out + 16);
  CHECK(std::string_view(out, 16) == "0000000000000000");

  const std::string_view hex = rtcerr::catalogue_fingerprint_hex;
  REQUIRE(hex.size() == 16);
  std::uint64_t parsed = 0;
  for (const char c : hex) {
    REQUIRE(((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')));
    parsed = parsed * 16 + static_cast<std::uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
  }
  CHECK(parsed == rtcerr::catalogue_fingerprint());
}
