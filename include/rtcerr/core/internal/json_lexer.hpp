// rtcerr/core/internal/json_lexer.hpp - the one reader of JSON strings.
//
// rtcerr reads JSON in two places, each with limits of its own: the wire
// form of a remote trace (src/runtime/trace_remote.cpp, which never
// allocates) and problem+json (src/services/problem_json.cpp). Both read
// strings and whitespace here, by RFC 8259: a string is quoted, its control
// characters (U+0000 to U+001F) are escaped, its escapes are \" \\ \/ \b \f
// \n \r \t and \uXXXX (a character outside the BMP as a surrogate pair), and
// its text is UTF-8 (section 8.1). A lone surrogate, which the RFC's grammar
// allows but whose meaning it leaves open (section 8.2), is refused, as
// I-JSON (RFC 7493, section 2.1) requires.
//
// The reader allocates nothing: it hands the decoded bytes to a sink of the
// caller's, which keeps them where it likes (or drops them) and may refuse
// them. Its failures are kinds, with the position reached; each caller says
// them in its own words.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rtcerr/core/internal/text.hpp"

namespace rtcerr::detail {

// Why a string was refused.
enum class json_string_error : std::uint8_t {
  none,
  not_a_string,              // no opening quote at the position given
  unterminated,              // the input ends inside the string
  control_character,         // a raw U+0000 to U+001F
  invalid_utf8,              // bytes that are not UTF-8 (RFC 3629)
  unknown_escape,            // a backslash before anything but " \ / b f n r t u
  truncated_unicode_escape,  // fewer than four characters after \u
  bad_hex_digit,             // a character of the four that is not a hex digit
  unpaired_low_surrogate,    // \uDC00 to \uDFFF without a high surrogate before it
  unpaired_high_surrogate,   // \uD800 to \uDBFF not followed by a \u low surrogate
  refused_by_sink,           // the sink returned false
};

// Skips JSON whitespace (space, tab, line feed, carriage return) from `pos`.
constexpr void json_skip_space(std::string_view text, std::size_t& pos) noexcept {
  while (pos < text.size() &&
         (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r'))
    ++pos;
}

// Reads the string whose opening quote is at text[pos], giving its decoded
// text to `sink(std::string_view)` in pieces (each whole UTF-8 characters)
// until the sink returns false. On success `pos` is just past the closing
// quote; on failure it is where the reader stopped:
//   not_a_string                 at the character that is not a quote
//   unterminated                 at the end of the input
//   control_character,
//   invalid_utf8                 at the offending byte
//   unknown_escape,
//   bad_hex_digit                just past the offending character
//   truncated_unicode_escape     just past the "\u"
//   unpaired_low_surrogate       just past its four digits
//   unpaired_high_surrogate      just past its four digits, past a "\" not
//                                followed by "u", or past the four digits of
//                                a second \u that is not a low surrogate
//   refused_by_sink              at the character or escape refused
template <class Sink>
constexpr json_string_error json_read_string(std::string_view text, std::size_t& pos,
                                             Sink&& sink) noexcept(noexcept(sink(text)));

// A sink that keeps nothing: the string is only checked.
inline constexpr auto json_discard = [](std::string_view) noexcept { return true; };

// --- Implementation details follow. -----------------------------------------

// The four hex digits at text[pos], as a number.
constexpr json_string_error json_hex4(std::string_view text, std::size_t& pos,
                                      std::uint32_t& value) noexcept {
  if (text.size() - pos < 4) return json_string_error::truncated_unicode_escape;
  value = 0;
  for (int k = 0; k < 4; ++k) {
    const char h = text[pos++];
    value <<= 4;
    if (h >= '0' && h <= '9')
      value |= static_cast<std::uint32_t>(h - '0');
    else if (h >= 'a' && h <= 'f')
      value |= static_cast<std::uint32_t>(h - 'a' + 10);
    else if (h >= 'A' && h <= 'F')
      value |= static_cast<std::uint32_t>(h - 'A' + 10);
    else
      return json_string_error::bad_hex_digit;
  }
  return json_string_error::none;
}

// The escape whose backslash is at text[pos]: its decoded text, in `buffer`.
constexpr json_string_error json_escape(std::string_view text, std::size_t& pos, char (&buffer)[4],
                                        std::string_view& decoded) noexcept {
  ++pos;  // the backslash
  if (pos >= text.size()) return json_string_error::unterminated;
  const char e = text[pos++];
  switch (e) {
    case '"': buffer[0] = '"'; break;
    case '\\': buffer[0] = '\\'; break;
    case '/': buffer[0] = '/'; break;
    case 'b': buffer[0] = '\b'; break;
    case 'f': buffer[0] = '\f'; break;
    case 'n': buffer[0] = '\n'; break;
    case 'r': buffer[0] = '\r'; break;
    case 't': buffer[0] = '\t'; break;
    case 'u': {
      std::uint32_t cp = 0;
      if (const auto e4 = json_hex4(text, pos, cp); e4 != json_string_error::none) return e4;
      if (cp >= 0xDC00 && cp <= 0xDFFF) return json_string_error::unpaired_low_surrogate;
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (pos >= text.size() || text[pos] != '\\')
          return json_string_error::unpaired_high_surrogate;
        ++pos;
        if (pos >= text.size() || text[pos] != 'u')
          return json_string_error::unpaired_high_surrogate;
        ++pos;
        std::uint32_t low = 0;
        if (const auto e4 = json_hex4(text, pos, low); e4 != json_string_error::none) return e4;
        if (low < 0xDC00 || low > 0xDFFF) return json_string_error::unpaired_high_surrogate;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      }
      decoded = utf8_encoded(static_cast<char32_t>(cp), buffer);
      return json_string_error::none;
    }
    default: return json_string_error::unknown_escape;
  }
  decoded = view_of(buffer, 1);
  return json_string_error::none;
}

template <class Sink>
constexpr json_string_error json_read_string(std::string_view text, std::size_t& pos,
                                             Sink&& sink) noexcept(noexcept(sink(text))) {
  if (pos >= text.size() || text[pos] != '"') return json_string_error::not_a_string;
  ++pos;
  while (true) {
    if (pos >= text.size()) return json_string_error::unterminated;
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c == '"') {
      ++pos;
      return json_string_error::none;
    }
    if (c < 0x20) return json_string_error::control_character;
    const std::size_t start = pos;
    std::string_view piece;
    char buffer[4] = {};
    if (c == '\\') {
      if (const auto e = json_escape(text, pos, buffer, piece); e != json_string_error::none)
        return e;
    } else {
      const std::size_t n = utf8_sequence_length(text, pos);
      if (n == 0) return json_string_error::invalid_utf8;
      piece = view_of(text.data() + pos, n);
      pos += n;
    }
    if (!sink(piece)) {
      pos = start;
      return json_string_error::refused_by_sink;
    }
  }
}

}  // namespace rtcerr::detail
