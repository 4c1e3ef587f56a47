// The catalogue's std::error_code support, compiled once here: the category
// objects of the four domains and of "rtcerr.unknown" are instantiated in
// this file only, so every user sees the same objects (error_category
// compares by address).
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
