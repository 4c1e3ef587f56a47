// rtcerr/wire.hpp - codes that arrive from outside: numbers and text.
//
// A code read from a log line, a config file, a JSON body or a command line
// is checked before it becomes an rtcerr::error, so that nobody writes (and
// gets wrong) their own parser:
//
//   rtcerr::parse_code("605030046");                      // recording.stream_data_timeout
//   rtcerr::parse_code("stream_data_timeout");            // the same, by name
//   rtcerr::parse_code("recording.stream_data_timeout");  // the same, qualified
//   rtcerr::parse_code("605030002");                      // an unknown recording code, kept
//   rtcerr::parse_code("4294967297");                     // nullopt: beyond 32 bits
//   rtcerr::parse_code(" 42");                            // nullopt: trim it first
//
//   std::int64_t from_json = ...;
//   if (auto e = rtcerr::error::from_wire(from_json)) use(*e);  // checked, 64-bit
//
// Both return std::optional<rtcerr::error>: an absent value means "this is not
// a code", which is the caller's to report; a present one may still be an
// unknown code (`known()` is false), which is kept as is like everything
// from_wire takes. Nothing here allocates, throws or reads past its input,
// and all of it is constexpr.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "rtcerr/registry.hpp"

namespace rtcerr {

namespace detail {

constexpr bool is_decimal_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_code_name_char(char c) noexcept {
  return (c >= 'a' && c <= 'z') || is_decimal_digit(c) || c == '_';
}

// Optional '-', then 1 to 10 decimal digits, all within int32.
constexpr std::optional<error> parse_decimal_code(std::string_view text) noexcept {
  const bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  // Leading zeros are allowed, so only the value bounds the length.
  while (text.size() > 1 && text.front() == '0') text.remove_prefix(1);
  if (text.empty() || text.size() > 10) return std::nullopt;
  std::int64_t magnitude = 0;
  for (const char c : text) {
    if (!is_decimal_digit(c)) return std::nullopt;
    magnitude = magnitude * 10 + (c - '0');
  }
  return error::from_wire(negative ? -magnitude : magnitude);
}

// The code named `name` in `d`, listed or retired; 0 when there is none.
constexpr std::int32_t code_named(const domain_info& d, std::string_view name) noexcept {
  for (const code_info& c : d.codes)
    if (c.name == name) return c.value;
  for (const retired_code& r : d.retired)
    if (r.name == name) return r.value;
  return 0;
}

}  // namespace detail

// The error that `text` denotes, or std::nullopt when it denotes none:
//   - a decimal number, optionally negative, within int32: that value, known
//     or not ("605030002" is an unknown recording code; "-5" belongs to no
//     domain). No '+', no hexadecimal, no spaces, nothing after the digits.
//   - a code's name, "stream_data_timeout" (exact case): that code, when
//     exactly one domain has a code (or a retired number) of that name;
//     nullopt when none has, and when several have (then qualify it).
//   - a qualified name, "recording.stream_data_timeout": that domain's code.
//   - "success": 0.
// Anything else (empty text, an unknown domain, other characters) is nullopt.
constexpr std::optional<error> parse_code(std::string_view text) noexcept {
  if (text.empty()) return std::nullopt;
  if (text.front() == '-' || detail::is_decimal_digit(text.front()))
    return detail::parse_decimal_code(text);

  std::string_view domain_part, name_part = text;
  const std::size_t dot = text.find('.');
  if (dot != std::string_view::npos) {
    domain_part = detail::substring(text, 0, dot);
    name_part = detail::substring(text, dot + 1);
    if (domain_part.empty()) return std::nullopt;
  }
  if (name_part.empty()) return std::nullopt;
  for (const char c : name_part)
    if (!detail::is_code_name_char(c)) return std::nullopt;

  if (dot == std::string_view::npos && name_part == success_code.name) return error{};
  std::int32_t found = 0;
  int matches = 0;
  for (const domain_info& d : registry::domains) {
    if (dot != std::string_view::npos && d.name != domain_part) continue;
    if (const std::int32_t value = detail::code_named(d, name_part); value != 0) {
      found = value;
      ++matches;
    }
  }
  if (matches != 1) return std::nullopt;
  return error::from_wire(found);
}

}  // namespace rtcerr
