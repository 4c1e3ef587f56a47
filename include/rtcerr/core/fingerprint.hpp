// rtcerr/core/fingerprint.hpp - one number that changes whenever a registry's catalogue does.
//
// Programs built from different versions of a catalogue can disagree about
// what a code means. A fingerprint makes that visible: tools print it
// (`rtcerr --version`), generated bindings carry it in their header comment,
// and two builds that print the same fingerprint have the same catalogue.
//
//   constexpr std::uint64_t f = rtcerr::fingerprint_of<app_registry>();
//   char hex[17];  // rtcerr::fingerprint_hex writes 16 lowercase hex digits
//
// It is the 64-bit FNV-1a hash (detail::fnv1a64, rtcerr/core/domain.hpp) of a canonical
// serialisation of the registry: for each domain in registry order its name and range, then for
// each code every field a user can observe (value, name, both messages and hints, condition, retry
// policy, HTTP status, gRPC override), then each retired number and name. Every field is written
// with its length first, so that moving text from one field to the next changes the hash. It is
// computed at compile time, costs nothing at run time, and is not a security measure (FNV is not
// collision-resistant against an adversary; it detects accidents).
//
// It changes when anything listed above changes, including a code's English
// hint. It does not change with the library's code, only with its data: the
// project version says the former.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rtcerr/core/domain.hpp"

namespace rtcerr {

// The fingerprint of `Registry` (see the top of this file). Usable in
// static_assert.
template <class Registry>
constexpr std::uint64_t fingerprint_of() noexcept {
  detail::fnv1a64 h;
  h.number(static_cast<std::int64_t>(Registry::domain_count));
  for (const domain_info& d : Registry::domains) {
    h.text(d.name);
    h.number(d.first);
    h.number(d.last);
    h.number(static_cast<std::int64_t>(d.codes.size()));
    for (const code_info& c : d.codes) {
      h.number(c.value);
      h.text(c.name);
      h.text(c.message_zh);
      h.text(c.hint_zh);
      h.text(c.message_en);
      h.text(c.hint_en);
      h.number(static_cast<std::int64_t>(c.condition));
      h.number(static_cast<std::int64_t>(c.retry));
      h.number(c.http_status);
      h.number(c.grpc_override);
    }
    h.number(static_cast<std::int64_t>(d.retired.size()));
    for (const retired_code& r : d.retired) {
      h.number(r.value);
      h.text(r.name);
    }
  }
  return h.value();
}

// Writes `fingerprint` as 16 lowercase hexadecimal digits into `out` (which
// must have room for 16 characters; nothing else is written, no NUL) and
// returns the position after them.
constexpr char* fingerprint_hex(std::uint64_t fingerprint, char* out) noexcept {
  constexpr char digits[] = "0123456789abcdef";
  for (int shift = 60; shift >= 0; shift -= 4) *out++ = digits[(fingerprint >> shift) & 0xf];
  return out;
}

}  // namespace rtcerr
