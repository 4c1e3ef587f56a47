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
  // int32, too long...); `codes` is then empty. Safe to print: the argument
  // is shown through visible() (text_file.hpp), the CLI's one escaper.
  std::string problem;
};

// Never throws for any input (bad input is reported in `problem`).
parsed_argument parse_code_argument(std::string_view text);

// True when `text` is written as a decimal number: an optional '-', then one
// or more digits, nothing else. Whether it is a code (within 32 bits) is
// rtcerr::parse_code's to say; this only tells a number from other text, for
// inputs where a name is not allowed (document tables, lock files).
bool is_decimal_text(std::string_view text) noexcept;

// The catalogue's domain names, from the registry: "engine, session, ...".
std::string domain_names();

// Up to `max_count` catalogue names within a few edits of `name` (a typo:
// "stream_data_timout" -> "stream_data_timeout"), nearest first; none when
// nothing is close. Any input; never throws except bad_alloc.
std::vector<std::string_view> nearest_names(std::string_view name, std::size_t max_count = 3);

// "engine" -> domain_id::engine; anything else (including "unknown") -> unknown.
rtcerr::domain_id parse_domain(std::string_view text) noexcept;

}  // namespace rtcerr::cli
