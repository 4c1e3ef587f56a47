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

}  // namespace rtcerr
