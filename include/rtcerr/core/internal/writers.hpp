// rtcerr/core/internal/writers.hpp - the character writers behind every
// formatter: text, integers and JSON strings into any output iterator, at
// compile time or run time, without the heap.
//
// Used by rtcerr/core/basic_format.hpp and rtcerr/core/internal/trace_format.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "rtcerr/core/internal/string_view.hpp"
#include "rtcerr/core/internal/text.hpp"

namespace rtcerr::detail {

template <class Out>
constexpr Out put(Out out, std::string_view text) {
  if constexpr (std::is_same_v<Out, char*>) {
    if (!std::is_constant_evaluated()) {  // into a plain array: one block copy
      if (!text.empty()) std::memcpy(out, text.data(), text.size());
      return out + text.size();
    }
  }
  for (const char c : text) *out++ = c;
  return out;
}

template <class Out>
constexpr Out put_int(Out out, std::int64_t value) {
  char digits[max_decimal_length + 1] = {};
  return put(out, decimal_digits(value, digits));
}

template <class Out>
constexpr Out put_uint(Out out, std::uint64_t value) {
  char digits[max_decimal_length + 1] = {};
  return put(out, decimal_digits(value, false, digits));
}

// A JSON string literal (RFC 8259) of any bytes. Valid UTF-8 passes through
// unchanged; '"', '\\' and the control characters are escaped the way
// nlohmann::json's dump() escapes them (\b \f \n \r \t, else \u00xx), so the
// two agree byte for byte; each byte that is not part of valid UTF-8 becomes
// U+FFFD (written \ufffd), since JSON text must be UTF-8. The output is
// therefore always valid JSON, whatever `text` holds.
template <class Out>
constexpr Out put_json_string(Out out, std::string_view text) {
  constexpr char hex[] = "0123456789abcdef";
  *out++ = '"';
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) {
      const std::size_t length = utf8_sequence_length(text, i);
      if (length == 0) {
        out = put(out, "\\ufffd");
        ++i;
      } else {
        out = put(out, detail::substring(text, i, length));
        i += length;
      }
      continue;
    }
    ++i;
    switch (c) {
      case '"': out = put(out, "\\\""); break;
      case '\\': out = put(out, "\\\\"); break;
      case '\b': out = put(out, "\\b"); break;
      case '\f': out = put(out, "\\f"); break;
      case '\n': out = put(out, "\\n"); break;
      case '\r': out = put(out, "\\r"); break;
      case '\t': out = put(out, "\\t"); break;
      default:
        if (byte < 0x20) {
          out = put(out, "\\u00");
          *out++ = hex[byte >> 4];
          *out++ = hex[byte & 0xf];
        } else {
          *out++ = c;
        }
    }
  }
  *out++ = '"';
  return out;
}

}  // namespace rtcerr::detail
