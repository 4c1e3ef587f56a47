// A strict UTF-8 check, written independently of the code under test so that
// the fuzzers can use it as an oracle: no overlong forms, no surrogates,
// nothing above U+10FFFF, no truncated sequences.
#pragma once

#include <cstddef>
#include <string_view>

namespace rtcerr_fuzz {

inline bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    std::size_t length = 0;
    unsigned lowest = 0, highest = 0xbf;  // allowed range of the second byte
    if (b0 < 0x80) {
      ++i;
      continue;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      length = 2, lowest = 0x80;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      length = 3;
      lowest = b0 == 0xe0 ? 0xa0 : 0x80;   // overlong
      highest = b0 == 0xed ? 0x9f : 0xbf;  // surrogates
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      length = 4;
      lowest = b0 == 0xf0 ? 0x90 : 0x80;   // overlong
      highest = b0 == 0xf4 ? 0x8f : 0xbf;  // beyond U+10FFFF
    } else {
      return false;
    }
    if (s.size() - i < length) return false;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b1 < lowest || b1 > highest) return false;
    for (std::size_t k = 2; k < length; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if (b < 0x80 || b > 0xbf) return false;
    }
    i += length;
  }
  return true;
}

}  // namespace rtcerr_fuzz
