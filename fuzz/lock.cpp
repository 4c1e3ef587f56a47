// Fuzzes the reading of a catalogue lock (`rtcerr check-lock`): parse_lock,
// then check_lock against the catalogue, as the command does.
//
// Properties, for any bytes: every entry has a 32-bit code, a domain and a
// name taken from the text, and comes from a line that exists; a lock with
// no entries releases nothing, so the catalogue does not honour it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "catalogue_lock.hpp"
#include "fuzz_check.hpp"
#include "rtcerr/registry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::size_t lines =
      static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;

  const rtcerr::cli::lock_file lock = rtcerr::cli::parse_lock(text);
  for (const rtcerr::cli::lock_entry& entry : lock.entries) {
    FUZZ_CHECK(entry.line >= 1 && entry.line <= lines);
    FUZZ_CHECK(!entry.domain.empty() && !entry.name.empty());
    FUZZ_CHECK(entry.code >= std::numeric_limits<std::int32_t>::min() &&
               entry.code <= std::numeric_limits<std::int32_t>::max());
    FUZZ_CHECK(text.find(entry.name) != std::string_view::npos);
  }

  const auto problems = rtcerr::cli::check_lock(lock, rtcerr::registry::domains);
  for (const std::string& p : problems) FUZZ_CHECK(!p.empty());
  // An empty lock releases nothing, so every catalogue code is unreleased.
  if (lock.entries.empty()) FUZZ_CHECK(!problems.empty());
  return 0;
}
