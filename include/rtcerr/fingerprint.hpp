// rtcerr/fingerprint.hpp - the fingerprint of the platform's catalogue.
//
//   std::uint64_t f = rtcerr::catalogue_fingerprint();       // a compile-time constant
//   std::string_view hex = rtcerr::catalogue_fingerprint_hex;  // "49a9...": 16 hex digits
//
// `rtcerr --version` prints it after the project version, and generated
// files may quote it. It changes whenever any observable field of any code
// (value, name, texts, condition, retry policy, HTTP status), a domain's range
// or a retired number changes; see rtcerr/core/basic_fingerprint.hpp for exactly
// what is hashed and how.
//
// It is stated here as a literal rather than computed in every translation
// unit that includes the catalogue: hashing all of the catalogue's texts was
// a tenth of the compile time of a small unit (docs/performance.md, "Compile
// time"). It cannot go stale: src/catalogue/catalogue_checks.cpp recomputes it where
// librtcerr is built and does not compile when the two differ, and its
// diagnostic shows the value to write below. (The version-skew guard of
// rtcerr/registry.hpp does not depend on this literal: it is computed from
// the catalogue a translation unit actually sees.)
#pragma once

#include <cstdint>
#include <string_view>

#include "rtcerr/core/basic_fingerprint.hpp"
#include "rtcerr/registry.hpp"

namespace rtcerr {

namespace detail {
// fingerprint_of<rtcerr::registry>(), checked in src/catalogue/catalogue_checks.cpp.
inline constexpr std::uint64_t catalogue_fingerprint_value = 0x9eb23aae193a7cf1ull;

struct fingerprint_text {
  char digits[17] = {};
};
inline constexpr fingerprint_text catalogue_fingerprint_text = [] {
  fingerprint_text t;
  fingerprint_hex(catalogue_fingerprint_value, t.digits);
  return t;
}();
}  // namespace detail

// The catalogue's fingerprint: 64-bit FNV-1a of its data.
constexpr std::uint64_t catalogue_fingerprint() noexcept {
  return detail::catalogue_fingerprint_value;
}

// The fingerprint as 16 lowercase hexadecimal digits, in static storage.
inline constexpr std::string_view catalogue_fingerprint_hex =
    detail::view_of(detail::catalogue_fingerprint_text.digits, 16);

}  // namespace rtcerr
