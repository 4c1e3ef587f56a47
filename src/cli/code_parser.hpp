// Parsing what a person types for a code: "605030046", "stream_data_timeout"
// or "recording.stream_data_timeout".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rtcerr/registry.hpp"

namespace rtcerr::cli {

struct parsed_argument {
  // A number gives exactly one error (known or not); a name gives every code
  // of that name (one per domain that has it), or none when no code has it.
  std::vector<rtcerr::error> codes;
  bool is_number = false;
  // Set when the argument is malformed (empty, a sign, hex, garbage, beyond
  // int32, too long...); `codes` is then empty. Safe to print: see printable().
  std::string problem;
};

// Never throws for any input (bad input is reported in `problem`).
parsed_argument parse_code_argument(std::string_view text);

// `text` made safe to echo in a message: control bytes and non-ASCII bytes
// are escaped as \xNN, and anything past `max_chars` is cut with "...".
std::string printable(std::string_view text, std::size_t max_chars = 60);

// "engine" -> domain_id::engine; anything else (including "unknown") -> unknown.
rtcerr::domain_id parse_domain(std::string_view text) noexcept;

}  // namespace rtcerr::cli
