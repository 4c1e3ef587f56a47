// The process-wide message language (rtcerr/core/language.hpp).
#include <atomic>

#include "rtcerr/core/language.hpp"

namespace rtcerr {
namespace {
// Relaxed: the language is a setting, not a signal; it orders nothing else.
constinit std::atomic<lang> current_language{lang::zh};
static_assert(std::atomic<lang>::is_always_lock_free);
}  // namespace

void set_message_language(lang language) noexcept {
  if (language == lang::zh || language == lang::en)
    current_language.store(language, std::memory_order_relaxed);
}

lang message_language() noexcept { return current_language.load(std::memory_order_relaxed); }

}  // namespace rtcerr
