// The std::error_category of rtcerr::condition, shared by every registry.
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "rtcerr/core/basic_error_code.hpp"
#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/language.hpp"

namespace rtcerr {
namespace {

class condition_category_impl final : public std::error_category {
 public:
  constexpr condition_category_impl() noexcept = default;

  const char* name() const noexcept override { return "rtcerr.condition"; }

  // In the process-wide message language (rtcerr/core/language.hpp).
  std::string message(int value) const override {
    // A value outside the enum (an int from elsewhere) stays outside it, and
    // condition_message says so, rather than wrapping into the enum's type.
    const condition c = value >= 0 && value < static_cast<int>(condition_count)
                            ? static_cast<condition>(value)
                            : static_cast<condition>(condition_count);
    return std::string(condition_message(c, message_language()));
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
