// The catalogue lock: the wire contract, written down.
//
// Codes cross process and language boundaries: a peer built years ago sends
// 605030046 and means stream_data_timeout. So once a code is released its
// number, its domain and its name never change, and its number is never given
// to another code. The lock file (tests/data/catalogue.lock) records every
// released code, one line each:
//
//   # comment
//   recording 605030046 stream_data_timeout
//
// and `check_lock` compares it with the catalogue:
//   - every locked code must still exist with the same domain and name, or be
//     a RETIRED line of its domain with the same name;
//   - every catalogue code must be locked (a new code is released by adding
//     its line to the end of the lock, in the same change that adds it).
// The lock is only ever appended to by hand; nothing generates it from the
// catalogue, since a lock rewritten from the code would accept any change.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rtcerr/core/domain.hpp"

namespace rtcerr::cli {

struct lock_entry {
  std::string domain;
  std::int64_t code = 0;
  std::string name;
  std::size_t line = 0;
};

struct lock_file {
  std::vector<lock_entry> entries;
  std::vector<std::string> problems;  // malformed or duplicate lines, with line numbers
};

// Reads a lock. Blank lines and lines starting with '#' are skipped; every
// other line must be DOMAIN CODE NAME separated by blanks, with a decimal
// 32-bit CODE. Any input is accepted; bad lines become `problems`.
lock_file parse_lock(std::string_view text);

// The lock line for a code: "recording 605030046 stream_data_timeout".
std::string lock_line(std::string_view domain, std::int64_t code, std::string_view name);

// Everything that breaks the wire contract between `lock` and the catalogue
// made of `domains`, one message per problem, each saying what to do about
// it. Empty when the catalogue honours the lock. `lock_path` is only used in
// the messages.
std::vector<std::string> check_lock(const lock_file& lock,
                                    std::span<const rtcerr::domain_info> domains,
                                    std::string_view lock_path = "tests/data/catalogue.lock");

// `rtcerr check-lock FILE`: reads the lock at `path` and checks it against
// `domains`, writing the verdict to `out` and read errors to `err`. Returns 0
// when the catalogue honours the lock, 1 with one line per problem, 2 when
// the file cannot be read.
int check_lock_file(const std::string& path, std::span<const rtcerr::domain_info> domains,
                    std::string& out, std::string& err);

}  // namespace rtcerr::cli
