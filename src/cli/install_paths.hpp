// Where an installed rtcerr keeps its data: the catalogue lock and the
// reference (docs/error-codes.md) go to <prefix>/share/rtcerr/ (CMake's
// DATADIR), next to <prefix>/bin/rtcerr. The tool finds them relative to its
// own executable, so an installation can be moved, or unpacked from the
// Debian package into any directory, and still find its data.
#pragma once

#include <optional>
#include <string>

namespace rtcerr::cli {

// "<prefix>/share/rtcerr", as shown in messages.
extern const char* const installed_data_hint;

// The path of the installed data file `name` ("catalogue.lock"), found
// relative to this executable (/proc/self/exe, else `argv0`), if it exists.
std::optional<std::string> find_installed_data(const std::string& name, const char* argv0);

}  // namespace rtcerr::cli
