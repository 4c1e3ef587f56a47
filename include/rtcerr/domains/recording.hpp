// rtcerr/domains/recording.hpp - the `recording` domain: errors of cloud
// recording and composition (recording tasks, input channels, output layout,
// media servers, the resource platform, the event gateway).
//
// Owns 605030000 - 605039999 (published codes: 605030000 - 605030046). The
// published table has gaps (605030002, 605030014, ...): such a value is an
// unknown code of this domain, not a catalogue error. No recording code has
// an HTTP status (the last column is 0).
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
#define RTCERR_RECORDING_CODES(CODE, RETIRED) \
  CODE(605030000, internal_error, "异常失败(内部错误)", "", "Unexpected failure (internal error)", "", internal_error, never, 0) \
  CODE(605030001, context_not_found, "上下文不存在", "", "Context does not exist", "", not_found, never, 0) \
  CODE(605030003, invalid_argument, "参数错误", "", "Invalid parameter", "", invalid_argument, never, 0) \
  CODE(605030004, connection_already_exists, "链接已经存在", "", "Connection already exists", "", already_exists, never, 0) \
  CODE(605030005, json_parse_error, "json解析错误", "", "JSON parse error", "", invalid_argument, never, 0) \
  CODE(605030006, not_logged_in, "未登录", "", "Not logged in", "", not_logged_in, refresh_credentials, 0) \
  CODE(605030007, auth_check_failed, "鉴权失败", "", "Authentication check failed", "", authentication_failed, refresh_credentials, 0) \
  CODE(605030008, insufficient_storage, "剩余空间不足", "", "Not enough free storage space", "", insufficient_storage, backoff, 0) \
  CODE(605030009, server_tasks_overloaded, "服务器任务数已达负载上限", "", "Server task count has reached its load limit", "", busy, backoff, 0) \
  CODE(605030010, server_cpu_overloaded, "服务器CPU已达负载上限", "", "Server CPU has reached its load limit", "", busy, backoff, 0) \
  CODE(605030011, server_disk_overloaded, "服务器硬盘已达负载上限", "", "Server disk has reached its load limit", "", busy, backoff, 0) \
  CODE(605030012, context_already_exists, "上下文已经存在", "", "Context already exists", "", already_exists, never, 0) \
  CODE(605030013, virtual_user_login_failed, "虚拟用户登录失败", "", "Virtual user login failed", "", internal_error, backoff, 0, safe_to_retry) \
  CODE(605030016, resource_platform_send_failed, "给资源平台发送命令失败", "", "Failed to send a command to the resource platform", "", internal_error, backoff, 0, safe_to_retry) \
  CODE(605030017, resource_platform_parse_error, "解析资源平台消息错误", "", "Failed to parse a message from the resource platform", "", internal_error, never, 0) \
  CODE(605030018, resource_platform_record_failed, "资源平台record 响应返回失败", "", "The resource platform returned a failed record response", "", internal_error, never, 0) \
  CODE(605030020, input_channel_parameter_missing, "创建输入通道失败，没有Parameter参数", "", "Failed to create the input channel: the Parameter field is missing", "", invalid_argument, never, 0) \
  CODE(605030021, input_channel_already_exists, "创建输入通道失败，输入通道已经存在", "", "Failed to create the input channel: the input channel already exists", "", already_exists, never, 0) \
  CODE(605030022, input_channel_not_found, "移除输入通道失败，不存在指定的输入通道", "", "Failed to remove the input channel: the specified input channel does not exist", "", not_found, never, 0) \
  CODE(605030023, output_media_server_error, "设置输出参数失败，媒体服务器内部原因", "", "Failed to set output parameters: media server internal error", "", internal_error, backoff, 0, safe_to_retry) \
  CODE(605030024, output_input_channel_invalid, "设置输出参数失败，不存在指定的输入通道或者输入同道类型不对", "", "Failed to set output parameters: the specified input channel does not exist or has the wrong type", "", invalid_argument, never, 0) \
  CODE(605030025, output_layout_missing, "设置输出参数失败，设置了幕布大小却没有设置布局", "", "Failed to set output parameters: canvas size set without a layout", "", invalid_argument, never, 0) \
  CODE(605030026, output_canvas_size_missing, "设置输出参数失败，没有设置幕布大小却设置布局", "", "Failed to set output parameters: layout set without a canvas size", "", invalid_argument, never, 0) \
  CODE(605030027, overlay_media_server_error, "设置输出叠加台标字幕失败，媒体服务器内部原因", "", "Failed to set the output logo and caption overlay: media server internal error", "", internal_error, backoff, 0, safe_to_retry) \
  CODE(605030028, authentication_failed, "认证失败", "", "Authentication failed", "", authentication_failed, refresh_credentials, 0) \
  CODE(605030029, heartbeat_error, "心跳异常", "", "Heartbeat error", "", internal_error, backoff, 0, safe_to_retry) \
  CODE(605030031, file_read_error, "文件读取异常", "", "File read error", "", internal_error, never, 0) \
  CODE(605030032, media_service_timeout, "媒体服务返回超时", "", "Media service response timed out", "", timeout, backoff, 0) \
  CODE(605030033, output_failed_while_paused, "录制任务暂停，设置输出失败", "", "Recording task is paused: failed to set the output", "", invalid_state, never, 0) \
  CODE(605030034, intermediate_file_download_failed, "下载中间文件失败", "", "Failed to download an intermediate file", "", internal_error, backoff, 0, safe_to_retry) \
  CODE(605030035, auto_recording_layout_not_supported, "自动录制不支持 手动设置布局", "", "Auto recording does not support setting the layout manually", "", invalid_state, never, 0) \
  CODE(605030036, auto_recording_event_gateway_login_failed, "自动录制 登陆事件网关失败", "", "Auto recording: failed to log in to the event gateway", "", internal_error, backoff, 0, safe_to_retry) \
  CODE(605030038, auto_recording_already_exists, "自动录制 该房间存在一个自动录制任务", "", "Auto recording: the room already has an auto recording task", "", already_exists, never, 0) \
  CODE(605030039, pause_requires_recording, "不能暂停 录制中才可以", "", "Cannot pause: only possible while recording", "", invalid_state, never, 0) \
  CODE(605030040, resume_requires_paused, "不能恢复录制 暂停中才可以", "", "Cannot resume recording: only possible while paused", "", invalid_state, never, 0) \
  CODE(605030041, composition_heartbeat_timeout, "合成服务心跳返回超时", "", "Composition service heartbeat timed out", "", timeout, backoff, 0) \
  CODE(605030042, event_gateway_login_failed, "登录事件网关失败", "", "Failed to log in to the event gateway", "", internal_error, backoff, 0, safe_to_retry) \
  CODE(605030043, event_gateway_subscribe_failed, "订阅事件网关事件失败", "", "Failed to subscribe to event gateway events", "", internal_error, backoff, 0, safe_to_retry) \
  CODE(605030044, event_gateway_full_sync_failed, "全量同步事件网关事件失败", "", "Failed to fully synchronize event gateway events", "", internal_error, backoff, 0, safe_to_retry) \
  CODE(605030045, segment_composition_failed, "合成分片失败", "", "Failed to compose segments", "", internal_error, never, 0) \
  CODE(605030046, stream_data_timeout, "流数据超时", "", "Timed out waiting for stream data", "", timeout, backoff, 0)
// clang-format on

namespace rtcerr::recording {
RTCERR_DETAIL_DEFINE_CATALOGUE_DOMAIN(recording, 605030000, 605039999, RTCERR_RECORDING_CODES);
}  // namespace rtcerr::recording
