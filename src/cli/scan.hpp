// `rtcerr scan`: logs in, the same logs out with their error codes named.
//
//   2026-12-01 10:00:02 upload failed code=605030046, retrying
// becomes
//   2026-12-01 10:00:02 upload failed code=605030046 (recording.stream_data_timeout: Timed out
//   waiting for stream data), retrying
//
// Each code that code_finder.hpp calls strong and that lies in a domain's
// range (of the platform's catalogue, or of the registry given) is followed
// by " (domain.name: English message)"; everything else
// is copied unchanged, byte for byte (any bytes, NUL and invalid UTF-8
// included: scan annotates, it does not clean).
//
// Streaming with bounded memory: input is read in blocks of `scan_block`
// bytes and written out line by line as soon as each line is complete. A
// line longer than a block is written in pieces of about a block, each cut
// where no number can be split; a code whose key (`code=`) lies in the
// previous piece of such a line is then only annotated if it is strong on its
// own. Memory use is about two blocks, whatever the input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace rtcerr::cli {

inline constexpr std::size_t scan_block = std::size_t{64} << 10;

// The registry a scan reads codes of: which values lie in a domain's range,
// and what follows such a value ("domain.name: English message"). The
// platform's catalogue by default; the tool of any registry (tool.hpp) makes
// one from its registry's error type.
struct scan_registry {
  std::function<bool(std::int64_t)> in_domain_range;
  std::function<std::string(std::int64_t)> describe;
  std::string program = "rtcerr";  // in the messages about files
};

// The platform's catalogue, rtcerr::registry.
const scan_registry& catalogue_scan_registry();

// `text` with its codes annotated, appended to `out`.
void annotate(std::string_view text, std::string& out,
              const scan_registry& registry = catalogue_scan_registry());

// Copies `in` to `out`, annotated. Returns false on a read error.
bool scan_stream(std::FILE* in, std::ostream& out,
                 const scan_registry& registry = catalogue_scan_registry());

// `rtcerr scan FILE...`: each file in turn ("-", or no file at all, is
// standard input). A file that cannot be opened or read is reported in
// `problems` (one line each) and the others are still scanned. Returns 0,
// or 2 when any file could not be read.
int scan_files(const std::vector<std::string>& files, std::ostream& out, std::string& problems,
               const scan_registry& registry = catalogue_scan_registry());

}  // namespace rtcerr::cli
