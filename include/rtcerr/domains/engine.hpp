// rtcerr/domains/engine.hpp - the `engine` domain: errors of the client SDK's
// engine (arguments, initialisation, memory, devices, network, groups, login,
// permissions, screen sharing).
//
// Owns 1 - 999 (published codes: 1 - 302). Code 0 is success and belongs to
// no domain. No engine code has an HTTP status (the last column is 0).
//
// The Chinese message (message_zh) and hint (hint_zh) of every code are the
// 释义 and 备注 columns of the published error-code table, copied exactly as
// published; the only changes are that runs of spaces inside a cell are
// folded to one and the ends are trimmed. tests/catalogue/golden_test.cpp checks every
// row against the copy of that table in tests/data/error-codes.md. Names,
// English texts, conditions and retry policies are this project's.
//
// One line per code, in ascending order:
//   CODE(value, name, message_zh, hint_zh, message_en, hint_en,
//        condition, retry, http_status)
// (see rtcerr/core/domain.hpp). Names and numbers are stable: a withdrawn
// code becomes a RETIRED(value, name) line and its number is never reused.
//
// Unknown codes: the published table says nothing of the numbers it does
// not list, so the domain states no default for them (condition unknown,
// retry never; see unknown_default in rtcerr/core/domain.hpp).
#pragma once

#include "rtcerr/core/domain.hpp"

// clang-format off
#define RTCERR_ENGINE_CODES(CODE, RETIRED) \
  CODE(1, invalid_argument, "非法参数", "", "Invalid argument", "", invalid_argument, never, 0) \
  CODE(2, not_initialized, "未初始化", "请确认已经初始化引擎", "Not initialized", "Make sure the engine has been initialized", not_initialized, never, 0) \
  CODE(3, out_of_memory, "内存不足", "", "Out of memory", "", out_of_memory, backoff, 0) \
  CODE(4, device_access_failed, "访问设备失败", "请确认音视频设备正常", "Failed to access the device", "Make sure the audio and video devices work properly", device_error, never, 0) \
  CODE(30, network_connection_failed, "网络连接失败", "", "Network connection failed", "", network_error, backoff, 0) \
  CODE(31, not_in_group, "未加入组", "", "Not in a group", "", invalid_state, never, 0) \
  CODE(32, authentication_failed, "认证失败", "", "Authentication failed", "", authentication_failed, refresh_credentials, 0) \
  CODE(33, app_not_found, "应用不存在", "请确认应用已创建并已上线", "App does not exist", "Make sure the app has been created and is online", app_not_found, never, 0) \
  CODE(34, already_logged_in, "用户已登录", "User ID冲突", "User is already logged in", "User ID conflict", already_logged_in, never, 0) \
  CODE(70, insufficient_balance, "账户余额不足", "请登录管理后台确认账户余额", "Insufficient account balance", "Log in to the admin console and check the account balance", insufficient_balance, never, 0) \
  CODE(71, no_video_permission, "没有视频操作权限", "请确认应用已经配置视频通信产品", "No permission for video operations", "Make sure the app has the video communication product configured", permission_denied, never, 0) \
  CODE(72, no_audio_permission, "没有音频操作权限", "请确认应用已经配置音频通信产品", "No permission for audio operations", "Make sure the app has the audio communication product configured", permission_denied, never, 0) \
  CODE(73, no_screen_share, "当前没有屏幕共享", "", "No screen share in progress", "", invalid_state, never, 0) \
  CODE(74, receiving_screen_share, "当前正在接收屏幕共享", "", "Currently receiving a screen share", "", invalid_state, never, 0) \
  CODE(301, service_internal_error, "服务内部错误", "", "Internal service error", "", internal_error, never, 0) \
  CODE(302, operation_failed, "操作失败", "", "Operation failed", "", operation_failed, backoff, 0)
// clang-format on

namespace rtcerr::engine {
RTCERR_DETAIL_DEFINE_CATALOGUE_DOMAIN(engine, 1, 999, RTCERR_ENGINE_CODES);
}  // namespace rtcerr::engine
