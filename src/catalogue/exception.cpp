// The catalogue's exception dispatch, compiled once here: instantiating it
// makes every catalogue code's exception type and the dispatch tables, which
// user translation units then need not repeat.
#include "rtcerr/exception.hpp"

namespace rtcerr {

// The constructor every code's exception type calls is in
// src/runtime/exception_constructor.cpp, so that a program throwing one type links
// that type and not this file's 79.

// Only the variant of this build's exceptions setting: an object built in
// the other one that calls it does not link (rtcerr/core/internal/config.hpp).
inline namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE {
void throw_error(error e) { throw_error<registry>(e); }
}  // namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE

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
