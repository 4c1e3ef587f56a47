// rtcerr/core/language.hpp - the language of texts made without a caller to ask.
//
// Most texts take their language from the caller: `e.message(lang::en)`,
// `fmt::format("{:en}", e)`. Two cannot: an exception's `what()` and a
// std::error_category's `message()` have fixed signatures. They use the
// process-wide message language, Chinese unless a program chooses otherwise:
//
//   int main() {
//     rtcerr::set_message_language(rtcerr::lang::en);  // early, before threads start
//     ...
//   }
//
// What follows the choice:
//   - `what()` of every exception made after the call (its text is chosen
//     when the exception object is made, so an exception in flight keeps the
//     language it was thrown with);
//   - `std::error_category::message()` of rtcerr's categories, at each call
//     (the domains' categories and `rtcerr::condition`'s).
// Nothing else changes: `message()` still defaults to Chinese, and the
// format spec `{}` still means Chinese.
//
// The setting is one std::atomic, read with a relaxed load: safe to change
// from any thread at any time (readers see the old or the new language), it
// allocates nothing, and reading it costs a plain load. It lives in the
// compiled library, so there is one per copy of librtcerr: every module of a
// program that uses one shared librtcerr sees one setting, but an SDK that
// links its own static copy into its shared object (hidden visibility, as
// client SDKs ship) has its own, which the program's call does not reach.
// Such an SDK offers its users a way to set it, for example a language
// argument to its init function that calls rtcerr::set_message_language in
// the SDK's own code (docs/platforms.md, "Process-wide settings";
// tests/visibility checks both copies).
#pragma once

#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/internal/export.hpp"

namespace rtcerr {

// Sets the process-wide message language (see above). A value other than
// lang::zh and lang::en (cast from an integer) is ignored.
RTCERR_API void set_message_language(lang language) noexcept;

// The process-wide message language; lang::zh until set_message_language
// says otherwise.
RTCERR_API lang message_language() noexcept;

}  // namespace rtcerr
