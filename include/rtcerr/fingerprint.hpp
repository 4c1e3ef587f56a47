// rtcerr/fingerprint.hpp - the fingerprint of the platform's catalogue.
//
//   std::uint64_t f = rtcerr::catalogue_fingerprint();       // computed at compile time
//   std::string_view hex = rtcerr::catalogue_fingerprint_hex;  // "3f2a...": 16 hex digits
//
// `rtcerr --version` prints it after the project version, and generated
// files may quote it. It changes whenever any observable field of any code
// (value, name, texts, condition, retry policy, HTTP status), a domain's range
// or a retired number changes; see rtcerr/core/fingerprint.hpp for exactly
// what is hashed and how.
#pragma once

#include <cstdint>
#include <string_view>

#include "rtcerr/core/fingerprint.hpp"
#include "rtcerr/registry.hpp"

namespace rtcerr {

namespace detail {
// Evaluated once, at compile time: a call at run time only loads it.
inline constexpr std::uint64_t catalogue_fingerprint_value = fingerprint_of<registry>();

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
inline constexpr std::string_view catalogue_fingerprint_hex{
    detail::catalogue_fingerprint_text.digits, 16};

}  // namespace rtcerr
