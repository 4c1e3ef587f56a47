// A small registry used only by tests: one domain with a retired code and
// texts that need escaping, so that retired and awkward values can be tested
// without touching the platform's catalogue (which has no retired code yet).
#pragma once

#include <cstdint>

#include "rtcerr/core/basic_format.hpp"
#include "rtcerr/core/basic_registry.hpp"
#include "rtcerr/core/error.hpp"

// clang-format off
#define RTCERR_TEST_MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "请关闭其他使用摄像头的程序", "Camera is busy", "Close other programs using the camera", busy, backoff, 0) \
  RETIRED(700002, old_codec_error) \
  CODE(700003, quoted_text, "含\"引号\"与\\反斜杠", "第一行\n第二行\t制表", "Has \"quotes\" and \\ backslash", "line one\nline two", invalid_argument, never, 409)
// clang-format on

namespace rtcerr_test::media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, RTCERR_TEST_MEDIA_CODES);
}  // namespace rtcerr_test::media

namespace rtcerr_test {
enum class test_domain : std::uint8_t { media, unknown };
using test_registry = rtcerr::basic_registry<test_domain, media::domain>;
using test_error = rtcerr::basic_error<test_registry>;
}  // namespace rtcerr_test

template <class Errc>
  requires rtcerr_test::test_registry::has_errc<Errc>
struct rtcerr::error_type_for<Errc> {
  using type = rtcerr_test::test_error;
};
