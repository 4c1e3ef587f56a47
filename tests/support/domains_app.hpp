// The application of tests/core/domains_test.cpp: one domain of its own next to
// the catalogue's four. Its exception dispatch and formatter writer are
// compiled once, in tests/support/domains_once.cpp, as a program's would be.
#pragma once

#include "rtcerr/rtcerr.hpp"

// clang-format off
#define ACME_MEDIA_CODES(CODE, RETIRED) \
  CODE(700001, camera_busy, "摄像头被占用", "", "Camera is busy", "Close other programs using the camera", busy, backoff, 0) \
  CODE(700003, codec_missing, "缺少编解码器", "", "Codec missing", "", not_supported, never, 0) \
  RETIRED(700002, old_codec_error)
// clang-format on

namespace acme::media {
RTCERR_DEFINE_DOMAIN(media, 700000, 700999, ACME_MEDIA_CODES);
}  // namespace acme::media

namespace acme {
using registry = rtcerr::registry_with<media::domain>;
using error = rtcerr::basic_error<registry>;
template <class T>
using result = rtcerr::basic_result<T, error>;
}  // namespace acme

RTCERR_EXTERN_REGISTRY(acme::registry);
RTCERR_EXTERN_REGISTRY_FORMAT(acme::registry);
