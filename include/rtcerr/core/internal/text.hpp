// rtcerr/core/internal/text.hpp - short texts built without the heap.
//
// Exceptions and error categories describe an error as
//
//   media.camera_busy (700001): 摄像头被占用
//
// (the same shape as fmt's "{}" of an error). For a catalogue code the whole
// text is known at compile time and lives in static storage; for a value
// that is not in the catalogue it is written at run time into a small buffer
// owned by the caller. Both go through `text_writer`, which never allocates,
// never writes past its end and never cuts a UTF-8 sequence in half.
//
// Apart from the two constants below, its names live in rtcerr::detail.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>

#include "rtcerr/core/internal/string_view.hpp"

namespace rtcerr {

// A failed result must carry a failure, and 0 is success. A failure made at
// run time from 0 (say `result<int> r = error::from_wire(0);`) is therefore
// turned into this value, which no domain may own (a compile-time check in
// rtcerr/core/basic_result.hpp), and is described with the message below by
// exceptions and error categories. See docs/results-and-exceptions.md.
inline constexpr std::int32_t failure_from_success_value = std::numeric_limits<std::int32_t>::min();
inline constexpr std::string_view failure_from_success_message_zh =
    RTCERR_DETAIL_LITERAL("以成功码 0 构造的失败（程序错误）");
inline constexpr std::string_view failure_from_success_message_en =
    RTCERR_DETAIL_LITERAL("failure made from the success code 0 (a programming error)");

}  // namespace rtcerr

namespace rtcerr::detail {

// --- The one writer of numbers and code points. ------------------------------
// Each fills a small buffer of the caller's and returns a view of what it
// wrote: every decimal, hexadecimal and UTF-8 writer in rtcerr (text_writer,
// the fmt and JSON writers, fingerprints, problem+json, the generators) is
// built on these, so that no two of them can spell a number differently.

// Room for any 64-bit number in decimal, sign included ("-9223372036854775808").
inline constexpr std::size_t max_decimal_length = 20;

// `magnitude` in decimal, after a '-' when `negative`.
constexpr std::string_view decimal_digits(std::uint64_t magnitude, bool negative,
                                          char (&buffer)[max_decimal_length + 1]) noexcept {
  std::size_t first = sizeof buffer;
  do {
    buffer[--first] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (negative) buffer[--first] = '-';
  return view_of(buffer + first, sizeof buffer - first);
}
// `value` in decimal. The magnitude is taken as unsigned, so the most
// negative value is written correctly too.
constexpr std::string_view decimal_digits(std::int64_t value,
                                          char (&buffer)[max_decimal_length + 1]) noexcept {
  const std::uint64_t magnitude =
      value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  return decimal_digits(magnitude, value < 0, buffer);
}

// The low `width` hexadecimal digits of `value` (1 to 16; leading zeros
// kept), in lower case unless `upper`.
constexpr std::string_view hex_digits(std::uint64_t value, std::size_t width, char (&buffer)[16],
                                      bool upper = false) noexcept {
  const char* const digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  if (width > sizeof buffer) width = sizeof buffer;
  for (std::size_t i = width; i > 0; --i, value >>= 4) buffer[i - 1] = digits[value & 0xf];
  return view_of(buffer, width);
}

// Code point `cp` in UTF-8 (1 to 4 bytes). `cp` must be a Unicode scalar
// value (at most U+10FFFF, not a surrogate); anything else is written as
// U+FFFD, the replacement character.
constexpr std::string_view utf8_encoded(char32_t cp, char (&buffer)[4]) noexcept {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  const auto byte = [](char32_t bits) {
    return static_cast<char>(static_cast<unsigned char>(bits));
  };
  if (cp < 0x80) {
    buffer[0] = byte(cp);
    return view_of(buffer, 1);
  }
  if (cp < 0x800) {
    buffer[0] = byte(0xC0 | (cp >> 6));
    buffer[1] = byte(0x80 | (cp & 0x3F));
    return view_of(buffer, 2);
  }
  if (cp < 0x10000) {
    buffer[0] = byte(0xE0 | (cp >> 12));
    buffer[1] = byte(0x80 | ((cp >> 6) & 0x3F));
    buffer[2] = byte(0x80 | (cp & 0x3F));
    return view_of(buffer, 3);
  }
  buffer[0] = byte(0xF0 | (cp >> 18));
  buffer[1] = byte(0x80 | ((cp >> 12) & 0x3F));
  buffer[2] = byte(0x80 | ((cp >> 6) & 0x3F));
  buffer[3] = byte(0x80 | (cp & 0x3F));
  return view_of(buffer, 4);
}

// Number of characters of `value` in decimal, sign included.
constexpr std::size_t decimal_length(std::int64_t value) noexcept {
  std::uint64_t magnitude =
      value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  std::size_t length = value < 0 ? 2 : 1;
  while (magnitude >= 10) {
    magnitude /= 10;
    ++length;
  }
  return length;
}

// The length of the valid UTF-8 sequence starting at text[at] (1 for
// ASCII, NUL included), or 0 when the bytes there are not valid UTF-8: a stray
// continuation byte, a truncated, overlong or surrogate sequence, or a code
// point beyond U+10FFFF.
constexpr std::size_t utf8_sequence_length(std::string_view text, std::size_t at) noexcept {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xbf;  // the range of the second byte
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead == 0xe0) low = 0xa0;   // no overlong forms
    if (lead == 0xed) high = 0x9f;  // no surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead == 0xf0) low = 0x90;   // no overlong forms
    if (lead == 0xf4) high = 0x8f;  // nothing beyond U+10FFFF
  } else {
    return 0;
  }
  if (text.size() - at < length) return 0;
  if (byte(at + 1) < low || byte(at + 1) > high) return 0;
  for (std::size_t i = 2; i < length; ++i)
    if ((byte(at + i) & 0xc0) != 0x80) return 0;
  return length;
}

// Writes pieces of text into [first, last). When a piece does not fit, as
// much of it as fits is written, backing off to the start of a UTF-8 sequence
// so that the result stays valid UTF-8, and every later piece is dropped.
class text_writer {
 public:
  constexpr text_writer(char* first, char* last) noexcept : out_(first), end_(last) {}

  constexpr text_writer& put(std::string_view piece) noexcept {
    std::size_t n = piece.size();
    const auto room = static_cast<std::size_t>(end_ - out_);
    if (n > room) {
      n = room;
      while (n > 0 && is_continuation_byte(piece[n])) --n;
      end_ = out_ + n;
    }
    for (std::size_t i = 0; i < n; ++i) *out_++ = piece[i];
    return *this;
  }

  constexpr text_writer& put(std::int64_t value) noexcept {
    char digits[max_decimal_length + 1] = {};
    return put(decimal_digits(value, digits));
  }

  // One past the last character written.
  constexpr char* position() const noexcept { return out_; }

 private:
  static constexpr bool is_continuation_byte(char c) noexcept {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
  }

  char* out_;
  char* end_;
};

// A NUL-terminated text of exactly N characters, usable as a constexpr value.
template <std::size_t N>
struct static_text {
  char data[N + 1] = {};

  constexpr const char* c_str() const noexcept { return data; }
  constexpr std::string_view view() const noexcept { return view_of(data, N); }
};

// The description of an error, "domain.name (value): message"; without a
// domain (values outside every range, and 0) just "name (value): message".
struct error_description {
  std::string_view domain;  // empty: no domain
  std::string_view name;
  std::int64_t value = 0;
  std::string_view message;

  constexpr std::size_t length() const noexcept {
    return (domain.empty() ? 0 : domain.size() + 1) + name.size() + 2 + decimal_length(value) + 3 +
           message.size();
  }

  constexpr void write(text_writer& out) const noexcept {
    if (!domain.empty()) out.put(domain).put(".");
    out.put(name).put(" (").put(value).put("): ").put(message);
  }
};

// `description` as a static_text; N must be description.length().
template <std::size_t N>
constexpr static_text<N> make_static_text(const error_description& description) noexcept {
  static_text<N> text;
  text_writer out(text.data, text.data + N);
  description.write(out);
  return text;
}

// "prefix" + "name" as a static_text; N must be the sum of their sizes.
template <std::size_t N>
constexpr static_text<N> concat_static_text(std::string_view prefix,
                                            std::string_view name) noexcept {
  static_text<N> text;
  text_writer out(text.data, text.data + N);
  out.put(prefix).put(name);
  return text;
}

}  // namespace rtcerr::detail
