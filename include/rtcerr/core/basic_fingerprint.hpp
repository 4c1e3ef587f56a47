// rtcerr/core/basic_fingerprint.hpp - one number that changes whenever a registry's catalogue does.
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
// serialisation of the registry: for each domain in registry order its name and range (and its
// unknown-code defaults, when it states any), then for
// each code every field a user can observe (value, name, both messages and hints, condition, retry
// policy, HTTP status, gRPC override), then each retired number and name. (A code's `safe_to_retry`
// mark is not hashed: the registry rules make it follow from the gRPC code and the retry policy,
// which are.) Every field is written
// with its length first, so that moving text from one field to the next changes the hash. It is
// computed at compile time, costs nothing at run time, and is not a security measure (FNV is not
// collision-resistant against an adversary; it detects accidents).
//
// It changes when anything listed above changes, including a code's English
// hint. It does not change with the library's code, only with its data: the
// project version says the former.
//
// Hashing every text costs compile time (for an 80-code catalogue, about a
// tenth of a small translation unit), so a registry included everywhere
// should state its fingerprint as a literal and verify it in one place:
//   static_assert(rtcerr::stated_fingerprint_is_current<app_registry, 0x3f2a...ull>());
// in one .cpp of its library or its tests. When the data change, that line
// fails to compile and the diagnostic shows the new value to state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/internal/registry_fingerprint.hpp"
#include "rtcerr/core/internal/text.hpp"

namespace rtcerr {

// The fingerprint of `Registry` (see the top of this file). Usable in
// static_assert.
template <class Registry>
constexpr std::uint64_t fingerprint_of() noexcept {
  detail::catalogue_fingerprint_mix mix;
  detail::walk_rows(Registry::domains.data(), Registry::domain_count, mix);
  return mix.hash.value();
}

// Writes `fingerprint` as 16 lowercase hexadecimal digits into `out` (which
// must have room for 16 characters; nothing else is written, no NUL) and
// returns the position after them.
constexpr char* fingerprint_hex(std::uint64_t fingerprint, char* out) noexcept {
  char digits[16] = {};
  for (const char c : detail::hex_digits(fingerprint, 16, digits)) *out++ = c;
  return out;
}

// True when `Stated` is the fingerprint of `Registry`'s data; otherwise it
// fails to compile, and the diagnostic shows the fingerprint to state
// instead. For a registry that states its fingerprint as a literal (see the
// top of this file); use it in one static_assert.
template <class Registry, std::uint64_t Stated>
consteval bool stated_fingerprint_is_current();

}  // namespace rtcerr

// --- Implementation details follow. -----------------------------------------

namespace rtcerr {

namespace detail::checks {
// The fingerprint as a C++ literal ("0x" and 16 hex digits), as a template
// argument: both compilers print it in the diagnostic, ready to copy.
struct fingerprint_literal {
  char text[19] = {};
};
constexpr fingerprint_literal fingerprint_literal_of(std::uint64_t fingerprint) noexcept {
  fingerprint_literal literal{{'0', 'x'}};
  fingerprint_hex(fingerprint, literal.text + 2);
  return literal;
}

RTCERR_DETAIL_RULE(stated_fingerprint_matches_data,
                   "the registry's data changed, so its fingerprint did: state the new "
                   "fingerprint, ComputedFingerprint in this template's arguments, where the old "
                   "one is written (for the platform's catalogue: rtcerr/fingerprint.hpp)",
                   fingerprint_literal ComputedFingerprint);
}  // namespace detail::checks

template <class Registry, std::uint64_t Stated>
consteval bool stated_fingerprint_is_current() {
  constexpr std::uint64_t computed = fingerprint_of<Registry>();
  return detail::checks::stated_fingerprint_matches_data<
      detail::checks::fingerprint_literal_of(computed), Stated == computed>::value;
}

}  // namespace rtcerr
