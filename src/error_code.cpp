// The catalogue's std::error_code support, compiled once here. The category
// objects belong to the domains (rtcerr/core/error_code.hpp): this library's
// and every user translation unit's references to them name the same
// objects, so make_error_code agrees wherever it is called from.
#include "rtcerr/error_code.hpp"

namespace rtcerr {

std::error_code make_error_code(error e) noexcept { return make_error_code<registry>(e); }

const std::error_category& domain_category(domain_id d) noexcept {
  return basic_domain_category<registry>(d);
}

std::optional<error> from_error_code(const std::error_code& ec) noexcept {
  return basic_from_error_code<registry>(ec);
}

}  // namespace rtcerr
