#include "text_file.hpp"

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

std::string visible(std::string_view text, std::size_t max_bytes) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  std::size_t i = 0;
  for (; i < text.size() && i < max_bytes; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 || byte == 0x7f) {
      out += "\\x";
      out += hex[byte >> 4];
      out += hex[byte & 0xf];
    } else {
      out += text[i];
    }
  }
  // Finish a multi-byte character rather than cut it in half.
  while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xc0) == 0x80) out += text[i++];
  if (i < text.size()) out += "...";
  return out;
}

}  // namespace rtcerr::cli
