#include "scan.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "code_finder.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

// A number cut by a block boundary is carried to the next piece; digit runs
// longer than this are no codes and may be cut anywhere.
constexpr std::size_t max_carry = 64;

struct file_closer {
  void operator()(std::FILE* f) const noexcept { std::fclose(f); }
};

}  // namespace

const scan_registry& catalogue_scan_registry() {
  static const scan_registry catalogue{
      [](std::int64_t value) { return rtcerr::domain_of(value) != domain_id::unknown; },
      [](std::int64_t value) {
        const rtcerr::error e = rtcerr::error::from_wire(static_cast<std::int32_t>(value));
        return std::string(e.domain_name()) + "." + std::string(e.name()) + ": " +
               std::string(e.message(lang::en));
      },
      "rtcerr"};
  return catalogue;
}

void annotate(std::string_view text, std::string& out, const scan_registry& registry) {
  std::size_t written = 0;
  for (const found_token& f : find_tokens(text, registry.in_domain_range)) {
    if (!f.strong || !registry.in_domain_range(f.value)) continue;
    const std::size_t end = f.offset + f.length;
    out.append(text, written, end - written);
    out.append(" (").append(registry.describe(f.value)).append(")");
    written = end;
  }
  out.append(text, written);
}

bool scan_stream(std::FILE* in, std::ostream& out, const scan_registry& registry) {
  const std::unique_ptr<char[]> block(new char[scan_block]);
  std::string pending;  // read, not yet written: less than scan_block + max_carry bytes
  std::string annotated;
  pending.reserve(2 * scan_block);
  annotated.reserve(2 * scan_block);
  const int fd = fileno(in);
  for (;;) {
    // read(), not fread(): it returns what is there, so that a line from a
    // pipe (tail -f) is written at once rather than when a block is full.
    const ssize_t n = ::read(fd, block.get(), scan_block);
    if (n < 0 && errno == EINTR) continue;
    const bool failed = n < 0;
    const bool done = n <= 0;
    if (n > 0) pending.append(block.get(), static_cast<std::size_t>(n));
    // Every complete line, then, for a line longer than a block, a piece of it.
    std::size_t start = 0;
    for (std::size_t newline; (newline = pending.find('\n', start)) != std::string::npos;
         start = newline + 1)
      annotate(std::string_view(pending).substr(start, newline + 1 - start), annotated, registry);
    if (!done && pending.size() - start >= scan_block) {
      const std::string_view rest = std::string_view(pending).substr(start);
      const std::size_t cut = rest.size() - unfinished_token_length(rest, max_carry);
      annotate(rest.substr(0, cut), annotated, registry);
      start += cut;
    }
    if (done) {
      annotate(std::string_view(pending).substr(start), annotated, registry);
      start = pending.size();
    }
    out.write(annotated.data(), static_cast<std::streamsize>(annotated.size()));
    out.flush();  // a line is shown as soon as it is complete (tail -f | rtcerr scan)
    annotated.clear();
    pending.erase(0, start);
    if (done) return !failed;
  }
}

int scan_files(const std::vector<std::string>& files, std::ostream& out, std::string& problems,
               const scan_registry& registry) {
  const std::vector<std::string> names = files.empty() ? std::vector<std::string>{"-"} : files;
  int status = 0;
  for (const std::string& name : names) {
    const bool standard_input = name == "-";
    std::unique_ptr<std::FILE, file_closer> opened;
    if (!standard_input) {
      opened.reset(std::fopen(name.c_str(), "rb"));
      if (!opened) {
        problems += registry.program + " scan: cannot read " + quoted(visible(name)) + ": " +
                    std::strerror(errno) + "\n";
        status = 2;
        continue;
      }
    }
    if (!scan_stream(standard_input ? stdin : opened.get(), out, registry)) {
      problems += registry.program + " scan: error while reading " +
                  (standard_input ? std::string("standard input") : quoted(visible(name))) + "\n";
      status = 2;
    }
  }
  return status;
}

}  // namespace rtcerr::cli
