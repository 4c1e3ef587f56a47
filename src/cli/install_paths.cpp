#include "install_paths.hpp"

#include <filesystem>
#include <system_error>

namespace rtcerr::cli {

const char* const installed_data_hint = "<prefix>/" RTCERR_INSTALL_DATA_DIR;

std::optional<std::string> find_installed_data(const std::string& name, const char* argv0) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path program = fs::read_symlink("/proc/self/exe", ec);
  if (ec && argv0 != nullptr) program = fs::absolute(argv0, ec);
  if (ec || program.empty()) return std::nullopt;
  // RTCERR_DATA_FROM_BIN is the data directory relative to the bin
  // directory, "../share/rtcerr" for the usual layout (set by CMake).
  const fs::path candidate = program.parent_path() / RTCERR_DATA_FROM_BIN / name;
  if (fs::is_regular_file(candidate, ec)) return candidate.lexically_normal().string();
  return std::nullopt;
}

}  // namespace rtcerr::cli
