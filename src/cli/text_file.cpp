#include "text_file.hpp"

#include <algorithm>
#include <cstdint>

#include <filesystem>
#include <fstream>
#include <string_view>
#include <system_error>

namespace rtcerr::cli {

bool read_text_file(const std::string& path, std::string& text, std::string& problem) {
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    problem = "no such file";
    return false;
  }
  if (!std::filesystem::is_regular_file(status)) {
    problem = "not a regular file";
    return false;
  }
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) {
    problem = "cannot determine its size";
    return false;
  }
  if (size > max_text_file_bytes) {
    problem = "too large (" + std::to_string(size) + " bytes; the limit is " +
              std::to_string(max_text_file_bytes) + ")";
    return false;
  }
  text.assign(static_cast<std::size_t>(size), '\0');
  std::ifstream in(path, std::ios::binary);
  if (!in || !in.read(text.data(), static_cast<std::streamsize>(text.size()))) {
    problem = "read error";
    return false;
  }
  return true;
}

std::string quoted(std::string_view text, char quote) {
  std::string out;
  out.reserve(text.size() + 2);
  out += quote;
  out.append(text);
  out += quote;
  return out;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (std::size_t pos = 0; pos <= text.size();) {
    const std::size_t newline = std::min(text.find('\n', pos), text.size());
    lines.push_back(text.substr(pos, newline - pos));
    pos = newline + 1;
  }
  return lines;
}

std::size_t utf8_sequence_length(std::string_view text, std::size_t at) noexcept {
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) return 1;
  // The length of the sequence and the smallest code point it may encode
  // (anything smaller is an overlong encoding).
  std::size_t length = 0;
  std::uint32_t code_point = 0, smallest = 0;
  if ((byte & 0xe0) == 0xc0) {
    length = 2, code_point = byte & 0x1f, smallest = 0x80;
  } else if ((byte & 0xf0) == 0xe0) {
    length = 3, code_point = byte & 0x0f, smallest = 0x800;
  } else if ((byte & 0xf8) == 0xf0) {
    length = 4, code_point = byte & 0x07, smallest = 0x10000;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[at + k]);
    if ((next & 0xc0) != 0x80) return 0;
    code_point = (code_point << 6) | (next & 0x3f);
  }
  if (code_point < smallest || code_point > 0x10ffff ||
      (code_point >= 0xd800 && code_point <= 0xdfff))
    return 0;
  return length;
}

std::string visible(std::string_view text, std::size_t max_bytes) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  std::size_t i = 0;
  while (i < text.size() && i < max_bytes) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0 || byte < 0x20 || byte == 0x7f) {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xf];
      ++i;
    } else {
      out.append(text, i, length);  // a whole character, even past max_bytes
      i += length;
    }
  }
  if (i < text.size()) out += "...";
  return out;
}

}  // namespace rtcerr::cli
