// The catalogue's exception dispatch, compiled once here: instantiating it
// makes every catalogue code's exception type and the dispatch tables, which
// user translation units then need not repeat.
#include "rtcerr/exception.hpp"

namespace rtcerr {

// Every code's exception type, of every registry, is made through this one
// constructor: its description is written from the domain's table here, so
// that no code carries a copy of its text or of this code. Not inlined: this
// file also makes every catalogue code's exception type (throw_error<registry>
// below), and clang would otherwise copy this body (about 430 bytes) into each.
[[gnu::noinline]] exception::exception(std::int32_t value, const domain_info* domain,
                                       std::size_t position) noexcept
    : exception(value, domain,
                detail::error_description{domain->name, domain->codes[position].name, value,
                                          domain->codes[position].message(message_language())}) {}

// Only the variant of this build's exceptions setting: an object built in
// the other one that calls it does not link (rtcerr/core/config.hpp).
inline namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE {
void throw_error(error e) { throw_error<registry>(e); }
}  // namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE

}  // namespace rtcerr
