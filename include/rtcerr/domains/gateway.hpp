// rtcerr/domains/gateway.hpp - the `gateway` domain: errors of the REST API
// gateway in front of the platform's services.
//
// Owns 606000000 - 606009999 (published codes: 606000000 - 606000006). Every
// gateway code carries the HTTP status the gateway answers with: 401 for
// authentication, 400 for bad parameters, 504 for a timeout, 500 for a failed
// operation, 503 when busy.
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
#define RTCERR_GATEWAY_CODES(CODE, RETIRED) \
  CODE(606000000, authentication_failed, "认证失败", "", "Authentication failed", "", authentication_failed, refresh_credentials, 401) \
  CODE(606000001, access_token_expired, "Access Token超时失效", "", "Access token expired", "", authentication_failed, refresh_credentials, 401) \
  CODE(606000002, missing_required_parameter, "重要参数缺失", "", "A required parameter is missing", "", invalid_argument, never, 400) \
  CODE(606000003, invalid_argument, "参数错误", "", "Invalid parameter", "", invalid_argument, never, 400) \
  CODE(606000004, request_timeout, "请求超时", "", "Request timed out", "", timeout, backoff, 504) \
  CODE(606000005, operation_failed, "操作失败", "", "Operation failed", "", operation_failed, backoff, 500) \
  CODE(606000006, system_busy, "系统繁忙", "", "System busy", "", busy, backoff, 503)
// clang-format on

namespace rtcerr::gateway {
RTCERR_DETAIL_DEFINE_CATALOGUE_DOMAIN(gateway, 606000000, 606009999, RTCERR_GATEWAY_CODES);
}  // namespace rtcerr::gateway
