// The std::error_category of rtcerr::condition, shared by every registry.
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/error_code.hpp"

namespace rtcerr {
namespace {

// What each condition means, in Chinese like the catalogue's messages.
std::string_view condition_message_zh(int value) noexcept {
  if (value < 0 || value >= static_cast<int>(condition_count)) return "未知的错误类别";
  switch (static_cast<condition>(value)) {
    case condition::success: return "成功";
    case condition::invalid_argument: return "参数无效";
    case condition::not_initialized: return "未初始化";
    case condition::out_of_memory: return "内存不足";
    case condition::authentication_failed: return "认证失败";
    case condition::app_not_found: return "应用不存在";
    case condition::not_logged_in: return "未登录";
    case condition::already_logged_in: return "已登录";
    case condition::insufficient_balance: return "余额不足";
    case condition::permission_denied: return "没有权限";
    case condition::not_supported: return "不支持的操作";
    case condition::already_exists: return "已存在";
    case condition::not_found: return "不存在";
    case condition::invalid_state: return "当前状态不允许该操作";
    case condition::limit_exceeded: return "超出限制";
    case condition::timeout: return "超时";
    case condition::busy: return "繁忙";
    case condition::network_error: return "网络错误";
    case condition::device_error: return "设备错误";
    case condition::internal_error: return "内部错误";
    case condition::operation_failed: return "操作失败";
    case condition::unknown: return "未知错误";
  }
  return "未知的错误类别";
}

class condition_category_impl final : public std::error_category {
 public:
  constexpr condition_category_impl() noexcept = default;

  const char* name() const noexcept override { return "rtcerr.condition"; }

  std::string message(int value) const override { return std::string(condition_message_zh(value)); }

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
