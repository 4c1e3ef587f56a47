// Reading a whole text file given on the command line, with the checks every
// subcommand needs: it exists, is a regular file, and is of a sane size.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "rtcerr/core/internal/text.hpp"

namespace rtcerr::cli {

// Files larger than this are refused: the documents and lock files the CLI
// reads are pages of text, and reading a huge file whole risks memory.
inline constexpr std::size_t max_text_file_bytes = std::size_t{16} << 20;

// Reads `path` into `text`. On failure returns false and sets `problem` to a
// phrase that completes "cannot read 'PATH': ..." (no such file, not a
// regular file, too large, read error). Never throws except std::bad_alloc.
bool read_text_file(const std::string& path, std::string& text, std::string& problem);

// `text` made safe to print: C0 control characters, DEL and bytes that are
// not part of valid UTF-8 escaped as \xNN (valid UTF-8 is kept), cut at a
// character boundary after `max_bytes` bytes.
std::string visible(std::string_view text, std::size_t max_bytes = 240);

// `text` between two `quote` characters: 'text'. (Also sidesteps a false
// -Wrestrict warning of g++ 12 at -O2 on "'" + std::string.)
std::string quoted(std::string_view text, char quote = '\'');

// The lines of `text`, split at '\n' (a '\r' before it is kept), numbered
// from 1 by position; text ending in '\n' has a last, empty line.
std::vector<std::string_view> split_lines(std::string_view text);

// The length of the valid UTF-8 sequence starting at text[at], 0 where the
// bytes are not valid UTF-8: the library's own check (rtcerr/core/internal/text.hpp),
// so the CLI and the formatters agree on what valid UTF-8 is. `at` must be
// < text.size().
using rtcerr::detail::utf8_sequence_length;

}  // namespace rtcerr::cli
