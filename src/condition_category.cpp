// The std::error_category of rtcerr::condition, shared by every registry.
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/error_code.hpp"
#include "rtcerr/core/language.hpp"

namespace rtcerr {
namespace {

// What each condition means, in Chinese like the catalogue's messages, and
// in English.
std::string_view condition_message(int value, lang language) noexcept {
  const bool en = language == lang::en;
  if (value < 0 || value >= static_cast<int>(condition_count))
    return en ? "unknown error condition" : "未知的错误类别";
  switch (static_cast<condition>(value)) {
    case condition::success: return en ? "success" : "成功";
    case condition::invalid_argument: return en ? "invalid argument" : "参数无效";
    case condition::not_initialized: return en ? "not initialized" : "未初始化";
    case condition::out_of_memory: return en ? "out of memory" : "内存不足";
    case condition::authentication_failed: return en ? "authentication failed" : "认证失败";
    case condition::app_not_found: return en ? "application not found" : "应用不存在";
    case condition::not_logged_in: return en ? "not logged in" : "未登录";
    case condition::already_logged_in: return en ? "already logged in" : "已登录";
    case condition::insufficient_balance: return en ? "insufficient balance" : "余额不足";
    case condition::permission_denied: return en ? "permission denied" : "没有权限";
    case condition::not_supported: return en ? "operation not supported" : "不支持的操作";
    case condition::already_exists: return en ? "already exists" : "已存在";
    case condition::not_found: return en ? "not found" : "不存在";
    case condition::invalid_state:
      return en ? "operation not allowed in the current state" : "当前状态不允许该操作";
    case condition::limit_exceeded: return en ? "limit exceeded" : "超出限制";
    case condition::timeout: return en ? "timed out" : "超时";
    case condition::busy: return en ? "busy" : "繁忙";
    case condition::network_error: return en ? "network error" : "网络错误";
    case condition::device_error: return en ? "device error" : "设备错误";
    case condition::internal_error: return en ? "internal error" : "内部错误";
    case condition::operation_failed: return en ? "operation failed" : "操作失败";
    case condition::unknown: return en ? "unknown error" : "未知错误";
  }
  return en ? "unknown error condition" : "未知的错误类别";
}

class condition_category_impl final : public std::error_category {
 public:
  constexpr condition_category_impl() noexcept = default;

  const char* name() const noexcept override { return "rtcerr.condition"; }

  // In the process-wide message language (rtcerr/core/language.hpp).
  std::string message(int value) const override {
    return std::string(condition_message(value, message_language()));
  }

  // rtcerr's own codes answer through their category's equivalent(); this
  // side matches codes of other categories (a socket's ETIMEDOUT) whose
  // generic condition is the std::errc equivalent of the condition.
  bool equivalent(const std::error_code& ec, int value) const noexcept override {
    if (ec.category() == *this) return ec.value() == value;
    if (value < 0 || value >= static_cast<int>(condition_count)) return false;
    const std::optional<std::errc> generic = equivalent_errc(static_cast<condition>(value));
    return generic.has_value() &&
           ec.default_error_condition() == std::make_error_condition(*generic);
  }
};

constinit detail::never_destroyed<condition_category_impl> condition_category_storage{};

}  // namespace

const std::error_category& condition_category() noexcept {
  return condition_category_storage.object;
}

}  // namespace rtcerr
