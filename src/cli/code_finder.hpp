// Finding error codes in text a person pastes or a program logs.
//
// Logs carry codes in many shapes: `code=605030046,`, `[605030046]`,
// `err: 605030046;`, `{"code":606000006}`. A number is a *token* when it
// stands alone: a run of ASCII digits with no letter, digit, '_' or '.'
// right before it, and no letter, digit or '_' right after it (nor a '.'
// followed by a digit), so that `1.5`, `0x1f`, `v605030046` and
// `12:30:01`'s parts next to letters are not read as codes. A token is
// *strong* when it is unlikely to be a code by accident:
//   - it is in brackets, `[605030046]`; or
//   - it follows a key such as `code`, `err`, `error`, `errno`, `errcode`,
//     `error_code`, `ret`, `rc`, `status` or `result` (any case), then
//     optional blanks, quotes, '=' or ':' (`code=5`, `err: 5`, `"code":5`); or
//   - it has 7 digits or more and lies in a domain's range (the catalogue's
//     long codes do; timestamps and ports rarely do).
//
// `scan` annotates strong tokens that lie in a domain's range (known or not:
// a newer server's code is still worth naming). `explain` given a fragment
// explains its strong tokens, or, when it has none, every token.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "rtcerr/registry.hpp"

namespace rtcerr::cli {

struct found_code {
  std::size_t offset = 0;  // of the first digit in the text
  std::size_t length = 0;  // number of digits
  rtcerr::error code;
  bool strong = false;
};

// A token of any registry: its number, where it is, whether it is strong.
struct found_token {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::int64_t value = 0;
  bool strong = false;
};

// Every token of `text` that fits in 32 bits (longer digit runs are not
// codes), in order; `in_domain_range` says whether a value lies in a domain's
// range of the registry read (a long token is strong there). Any bytes are
// accepted; never throws except bad_alloc.
std::vector<found_token> find_tokens(std::string_view text,
                                     const std::function<bool(std::int64_t)>& in_domain_range);

// The same, for the platform's catalogue.
std::vector<found_code> find_codes(std::string_view text);

// The codes `rtcerr explain` reads in a fragment: the strong tokens, or
// every token when there is no strong one.
std::vector<rtcerr::error> codes_in_fragment(std::string_view text);

// The tokens `rtcerr scan` annotates: strong and inside a domain's range.
std::vector<found_code> codes_to_annotate(std::string_view text);

// How many bytes at the end of `text` might be the start of a token cut by
// a buffer boundary (a run of digits, letters, '_' or '.', up to `limit`);
// `scan` carries them over to the next piece of a long line.
std::size_t unfinished_token_length(std::string_view text, std::size_t limit) noexcept;

}  // namespace rtcerr::cli
