// The catalogue's std::error_code support, compiled once here. The category
// objects belong to the domains (rtcerr/core/basic_error_code.hpp): this library's
// and every user translation unit's references to them name the same
// objects, so make_error_code agrees wherever it is called from.
#include "rtcerr/error_code.hpp"

namespace rtcerr {

const char* unknown_error_category::name() const noexcept { return "rtcerr.unknown"; }

std::string unknown_error_category::message(int value) const {
  return std::string(message_outside_domains(value, message_language()));
}

std::error_condition unknown_error_category::default_error_condition(int /*value*/) const noexcept {
  return make_error_condition(condition::unknown);
}

bool unknown_error_category::equivalent(int /*value*/,
                                        const std::error_condition& c) const noexcept {
  return detail::condition_matches(condition::unknown, c);
}

std::error_code make_error_code(error e) noexcept { return make_error_code<registry>(e); }

const std::error_category& domain_category(domain_id d) noexcept {
  return basic_domain_category<registry>(d);
}

std::optional<error> from_error_code(const std::error_code& ec) noexcept {
  return basic_from_error_code<registry>(ec);
}

}  // namespace rtcerr
