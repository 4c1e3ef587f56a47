// The C API (rtcerr/rtcerr.h): the catalogue's queries behind extern "C"
// functions. Each one answers what rtcerr::error answers in C++, and is
// defined for every input: a code that does not fit in 32 bits is an unknown
// value of no domain (rtcerr::error::from_wire takes 32 bits), and any
// language value but RTCERR_LANG_EN means Chinese.
//
// C wants NUL-terminated strings, and the catalogue's texts are
// std::string_views. They are views of string literals, so a NUL follows
// each one; the static_asserts below check that for every text the API can
// return, so that a change in how the catalogue stores its texts fails to
// compile here rather than handing C a string without an end.
#include "rtcerr/rtcerr.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string_view>
#include <type_traits>

#include "rtcerr/registry.hpp"
#include "rtcerr/version.hpp"

namespace {

using rtcerr::error;
using rtcerr::registry;

constexpr bool nul_terminated(std::string_view s) { return s.data()[s.size()] == '\0'; }

constexpr bool every_text_is_nul_terminated() {
  for (const rtcerr::domain_info& d : registry::domains) {
    if (!nul_terminated(d.name) || !nul_terminated(d.unknown_message_zh) ||
        !nul_terminated(d.unknown_message_en))
      return false;
    for (const rtcerr::code_info& c : d.codes)
      if (!nul_terminated(c.name) || !nul_terminated(c.message_zh) ||
          !nul_terminated(c.message_en) || !nul_terminated(c.hint_zh) || !nul_terminated(c.hint_en))
        return false;
    for (const rtcerr::retired_code& r : d.retired)
      if (!nul_terminated(r.name)) return false;
  }
  for (std::size_t c = 0; c < rtcerr::condition_count; ++c)
    if (!nul_terminated(to_string(static_cast<rtcerr::condition>(c)))) return false;
  for (std::size_t r = 0; r < rtcerr::retry_count; ++r)
    if (!nul_terminated(to_string(static_cast<rtcerr::retry>(r)))) return false;
  return nul_terminated(rtcerr::unknown_code_name) &&
         nul_terminated(rtcerr::unknown_code_message_zh) &&
         nul_terminated(rtcerr::unknown_code_message_en) &&
         nul_terminated(rtcerr::retired_code_message_zh) &&
         nul_terminated(rtcerr::retired_code_message_en) &&
         nul_terminated(rtcerr::failure_from_success_message_zh) &&
         nul_terminated(rtcerr::failure_from_success_message_en) &&
         nul_terminated(rtcerr::success_code.name) &&
         nul_terminated(rtcerr::success_code.message_zh) &&
         nul_terminated(rtcerr::success_code.message_en) &&
         nul_terminated(rtcerr::success_code.hint_zh) &&
         nul_terminated(rtcerr::success_code.hint_en);
}
static_assert(every_text_is_nul_terminated(),
              "rtcerr: the C API returns the catalogue's texts as C strings; each must be "
              "followed by a NUL (store them as string literals)");

// The error of `code`, or nullopt when it does not fit in 32 bits.
constexpr std::optional<error> error_of(std::int64_t code) noexcept {
  if (code < std::numeric_limits<std::int32_t>::min() ||
      code > std::numeric_limits<std::int32_t>::max())
    return std::nullopt;
  return error::from_wire(static_cast<std::int32_t>(code));
}

// A C caller may pass any int as an rtcerr_lang. In C++, reading a value
// outside the enumerators' range through the enum type is undefined, so the
// argument is taken by reference and its bytes read as the enum's integer.
rtcerr::lang lang_of(const rtcerr_lang& language) noexcept {
  using raw_type = std::underlying_type_t<rtcerr_lang>;
  raw_type raw;
  std::memcpy(&raw, &language, sizeof raw);
  return raw == static_cast<raw_type>(RTCERR_LANG_EN) ? rtcerr::lang::en : rtcerr::lang::zh;
}

// Every listed failure code, in registry order.
constexpr std::size_t code_count = [] {
  std::size_t n = 0;
  for (const rtcerr::domain_info& d : registry::domains) n += d.codes.size();
  return n;
}();

constexpr auto all_codes = [] {
  std::array<std::int32_t, code_count> codes{};
  std::size_t next = 0;
  for (const rtcerr::domain_info& d : registry::domains)
    for (const rtcerr::code_info& c : d.codes) codes[next++] = c.value;
  return codes;
}();

}  // namespace

extern "C" {

int rtcerr_is_known(std::int64_t code) { return rtcerr::is_registered(code) ? 1 : 0; }

const char* rtcerr_domain_name(std::int64_t code) {
  const std::optional<error> e = error_of(code);
  return e ? e->domain_name().data() : rtcerr::unknown_code_name.data();
}

const char* rtcerr_name(std::int64_t code) {
  const std::optional<error> e = error_of(code);
  return e ? e->name().data() : rtcerr::unknown_code_name.data();
}

const char* rtcerr_message(std::int64_t code, rtcerr_lang language) {
  const rtcerr::lang l = lang_of(language);
  if (const std::optional<error> e = error_of(code)) return e->message(l).data();
  return rtcerr::message_outside_domains(code, l).data();
}

const char* rtcerr_hint(std::int64_t code, rtcerr_lang language) {
  const std::optional<error> e = error_of(code);
  // A listed code's hint is a literal (maybe ""); anything else has none.
  return e && e->known() ? e->hint(lang_of(language)).data() : "";
}

const char* rtcerr_condition_name(std::int64_t code) {
  const std::optional<error> e = error_of(code);
  return to_string(e ? e->condition() : rtcerr::condition::unknown).data();
}

const char* rtcerr_retry_name(std::int64_t code) {
  const std::optional<error> e = error_of(code);
  return to_string(e ? e->retry() : rtcerr::retry::never).data();
}

int rtcerr_http_status(std::int64_t code) {
  const std::optional<error> e = error_of(code);
  return e ? e->http_status() : 0;
}

std::size_t rtcerr_code_count(void) { return code_count; }

std::int32_t rtcerr_code_at(std::size_t index) {
  return index < all_codes.size() ? all_codes[index] : 0;
}

const char* rtcerr_version(void) { return RTCERR_VERSION_STRING; }

}  // extern "C"
