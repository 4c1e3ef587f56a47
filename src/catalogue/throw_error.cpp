// The catalogue registry's exception dispatch, rtcerr::throw_error(error),
// compiled once here. Apart from the domains' throwers (exception.cpp), which
// every registry holding a catalogue domain calls: an application's registry
// has a dispatch of its own and does not link this one.
#include "rtcerr/exception.hpp"

namespace rtcerr {

// Only the variant of this build's exceptions setting: an object built in
// the other one that calls it does not link (rtcerr/core/internal/config.hpp).
inline namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE {
void throw_error(error e) { throw_error<registry>(e); }
}  // namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE

}  // namespace rtcerr
