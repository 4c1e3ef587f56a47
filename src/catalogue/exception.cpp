// The catalogue domains' throwers, compiled once here: instantiating them
// makes every catalogue code's exception type, which user translation units
// then need not repeat.
#include "rtcerr/exception.hpp"

namespace rtcerr {

// The constructor every code's exception type calls is in
// src/runtime/exception_constructor.cpp, so that a program throwing one type links
// that type and not this file's 79.

// rtcerr::throw_error(error), the catalogue registry's dispatch, is in
// src/catalogue/throw_error.cpp: an application's registry (registry_with<...>)
// calls these throwers through its own dispatch, and a program of its codes
// then links neither the catalogue registry's lookup nor its description
// writer (docs/performance.md, "Size budget").

// Each catalogue domain's throwers (declared in rtcerr/registry.hpp), which
// throw_error of every registry holding the domain calls.
namespace detail {
inline namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE {
#define RTCERR_DETAIL_CATALOGUE_THROWERS(name)                                           \
  void domain_throwers<name::domain>::listed(std::int32_t value, std::size_t position) { \
    throwers_made_here<name::domain>::listed(value, position);                           \
  }                                                                                      \
  void domain_throwers<name::domain>::unlisted(std::int32_t value,                       \
                                               const error_description& description) {   \
    throwers_made_here<name::domain>::unlisted(value, description);                      \
  }
RTCERR_CATALOGUE_DOMAINS(RTCERR_DETAIL_CATALOGUE_THROWERS)
#undef RTCERR_DETAIL_CATALOGUE_THROWERS
}  // namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE
}  // namespace detail

}  // namespace rtcerr
