// rtcerr/error_code.hpp - the catalogue's errors as std::error_code.
//
//   std::error_code ec = rtcerr::gateway::errc::request_timeout;  // implicit
//   ec.category().name();                 // "rtcerr.gateway"
//   ec == rtcerr::condition::timeout;     // true
//   ec == std::errc::timed_out;           // true
//   rtcerr::from_error_code(ec);          // optional: the rtcerr::error again
//
// The rules (what 0 maps to, which std::errc each condition matches, how
// foreign codes are treated) are at the top of rtcerr/core/basic_error_code.hpp.
// The category objects live in the compiled library: one per domain
// ("rtcerr.engine", "rtcerr.session", "rtcerr.recording", "rtcerr.gateway")
// and "rtcerr.unknown" for values outside every domain.
#pragma once

#include <optional>
#include <system_error>

#include "rtcerr/core/basic_error_code.hpp"
#include "rtcerr/core/internal/export.hpp"
#include "rtcerr/registry.hpp"

namespace rtcerr {

// `e` as a std::error_code: std::error_code{} for 0, otherwise (e.value(), the
// category of its domain, or "rtcerr.unknown"). Found by argument-dependent
// lookup, which is how Outcome converts rtcerr results to std::error_code and
// boost::system::error_code results. Allocates nothing.
RTCERR_API std::error_code make_error_code(error e) noexcept;

// The category of domain `d`; for domain_id::unknown (or any value that is
// not a domain), "rtcerr.unknown".
RTCERR_API const std::error_category& domain_category(domain_id d) noexcept;

// The rtcerr::error of `ec`: its value when its category is one of rtcerr's
// domain categories or "rtcerr.unknown"; the success code when ec is not a
// failure (value 0, any category); nullopt for a failure of any other
// category (std::errc, system, other libraries): those are not mapped.
RTCERR_API std::optional<error> from_error_code(const std::error_code& ec) noexcept;

// The domains' errc enums are error-code enums too, so that an enumerator
// converts to std::error_code and compares with one directly:
// `ec == rtcerr::gateway::errc::request_timeout`.
#define RTCERR_DETAIL_CATALOGUE_MAKE_ERROR_CODE(name)                                            \
  namespace name {                                                                               \
  inline std::error_code make_error_code(errc e) noexcept { return rtcerr::make_error_code(e); } \
  }
RTCERR_CATALOGUE_DOMAINS(RTCERR_DETAIL_CATALOGUE_MAKE_ERROR_CODE)
#undef RTCERR_DETAIL_CATALOGUE_MAKE_ERROR_CODE

}  // namespace rtcerr

#define RTCERR_DETAIL_CATALOGUE_ERROR_CODE_ENUM(name) \
  template <>                                         \
  struct std::is_error_code_enum<rtcerr::name::errc> : std::true_type {};
RTCERR_CATALOGUE_DOMAINS(RTCERR_DETAIL_CATALOGUE_ERROR_CODE_ENUM)
#undef RTCERR_DETAIL_CATALOGUE_ERROR_CODE_ENUM
