// The application's own codes: one domain, with defaults for the codes a
// newer server may send, in a registry of its own.
#pragma once

#include "rtcerr/core/basic_registry.hpp"

// clang-format off
#define ACME_CAMERA_CODES(CODE, RETIRED) \
  CODE(900001, camera_busy, "摄像头被占用", "", "Camera is busy", "Close other programs using the camera", busy, backoff, 0) \
  CODE(900002, codec_missing, "缺少编解码器", "", "Codec missing", "", not_supported, never, 0) \
  CODE(900101, camera_forbidden, "无权使用摄像头", "", "Camera access denied", "", permission_denied, never, 0) \
  RETIRED(900003, old_codec_error)
// clang-format on

namespace acme::camera {
RTCERR_DEFINE_DOMAIN(camera, 900000, 900999, ACME_CAMERA_CODES, unknown(device_error, never),
                     unknown_in(900500, 900599, busy, backoff));
}  // namespace acme::camera

namespace acme {
using registry = rtcerr::basic_registry<std::uint64_t, camera::domain>;
}  // namespace acme
