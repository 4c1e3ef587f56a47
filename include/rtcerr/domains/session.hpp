// rtcerr/domains/session.hpp - the `session` domain: errors of the
// signalling/online service (tokens, apps, login, enabled services, groups,
// unicast/multicast quotas).
//
// Owns 1000000 - 1009999 (published codes: 1000000 - 1000023). No session
// code has an HTTP status (the last column is 0).
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
#define RTCERR_SESSION_CODES(CODE, RETIRED) \
  CODE(1000000, token_verification_failed, "token校验失败", "", "Token verification failed", "", authentication_failed, refresh_credentials, 0) \
  CODE(1000001, app_not_found, "应用不存在", "", "App does not exist", "", app_not_found, never, 0) \
  CODE(1000002, app_offline, "应用已下线", "", "App has been taken offline", "", app_not_found, never, 0, permission_denied) \
  CODE(1000003, not_logged_in, "未登录", "", "Not logged in", "", not_logged_in, refresh_credentials, 0) \
  CODE(1000004, video_service_not_supported, "当前应用不支持视频服务", "", "The app does not support the video service", "", permission_denied, never, 0) \
  CODE(1000005, voice_service_not_supported, "当前应用不支持语音服务", "", "The app does not support the voice service", "", permission_denied, never, 0) \
  CODE(1000006, invalid_user_id, "User ID字段不合法", "", "Invalid User ID field", "", invalid_argument, never, 0) \
  CODE(1000007, insufficient_balance, "当前应用账户余额不足", "", "Insufficient balance in the app's account", "", insufficient_balance, never, 0) \
  CODE(1000008, duplicate_login, "相同终端相同账号重复登录在线服务", "", "Same account logged in to the online service twice from the same device", "", already_logged_in, never, 0) \
  CODE(1000009, screen_share_service_not_supported, "当前应用不支持屏幕共享服务", "", "The app does not support the screen sharing service", "", permission_denied, never, 0) \
  CODE(1000010, already_in_group, "用户重复加入分组", "", "User has already joined the group", "", already_exists, never, 0) \
  CODE(1000020, transparent_signaling_service_not_supported, "当前应用不支持透明信令通道服务", "", "The app does not support the transparent signaling channel service", "", permission_denied, never, 0) \
  CODE(1000021, unicast_limit_exceeded, "已达到单播上限", "", "Unicast limit reached", "", limit_exceeded, backoff, 0) \
  CODE(1000022, multicast_limit_exceeded, "已达到组播上限", "", "Multicast limit reached", "", limit_exceeded, backoff, 0) \
  CODE(1000023, online_service_not_supported, "当前应用不支持在线服务", "", "The app does not support the online service", "", permission_denied, never, 0)
// clang-format on

namespace rtcerr::session {
RTCERR_DETAIL_DEFINE_CATALOGUE_DOMAIN(session, 1000000, 1009999, RTCERR_SESSION_CODES);
}  // namespace rtcerr::session
