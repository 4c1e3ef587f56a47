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
