#include "code_finder.hpp"

#include <array>
#include <cstdint>
#include <optional>

#include "rtcerr/wire.hpp"

namespace rtcerr::cli {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Keys after which a number is a code; compared case-insensitively.
constexpr std::array<std::string_view, 10> code_keys{
    "code", "err", "error", "errno", "errcode", "error_code", "ret", "rc", "status", "result"};

// True when the word ending just before `end` (after blanks, quotes, '='
// and ':' are skipped) is one of code_keys, and at least one separator was
// there.
bool follows_key(std::string_view text, std::size_t end) {
  std::size_t i = end;
  bool separated = false;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '=' ||
                   text[i - 1] == ':' || text[i - 1] == '"' || text[i - 1] == '\'')) {
    --i;
    separated = true;
  }
  if (!separated) return false;
  std::size_t start = i;
  while (start > 0 && is_word(text[start - 1])) --start;
  const std::string_view word = text.substr(start, i - start);
  for (const std::string_view key : code_keys) {
    if (key.size() != word.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < key.size() && same; ++k) same = lower(word[k]) == key[k];
    if (same) return true;
  }
  return false;
}

}  // namespace

std::vector<found_token> find_tokens(std::string_view text,
                                     const std::function<bool(std::int64_t)>& in_domain_range) {
  std::vector<found_token> out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    const std::size_t length = i - start;
    // A sign belongs to the number: "+5" is no code, "--5" neither; "=-1" is -1.
    const char before = start == 0 ? ' ' : text[start - 1];
    const char before_sign = start < 2 ? ' ' : text[start - 2];
    const bool negative = before == '-' && !(is_word(before_sign) || before_sign == '.' ||
                                             before_sign == '-' || before_sign == '+');
    const bool alone_before =
        !(is_word(before) || before == '.' || before == '+' || (before == '-' && !negative));
    const bool alone_after =
        i == text.size() ||
        !(is_word(text[i]) || (text[i] == '.' && i + 1 < text.size() && is_digit(text[i + 1])));
    if (!alone_before || !alone_after || length > 10) continue;
    // The number, with its sign, read by the library's parser: nothing
    // beyond 32 bits.
    const std::size_t sign = negative ? 1 : 0;
    const std::optional<rtcerr::error> code =
        rtcerr::parse_code(text.substr(start - sign, length + sign));
    if (!code) continue;
    const std::int64_t value = code->value();
    found_token f;
    f.offset = start;
    f.length = length;
    f.value = value;
    const bool bracketed = start > 0 && text[start - 1] == '[' && i < text.size() && text[i] == ']';
    const bool long_in_range = length >= 7 && in_domain_range(value);
    f.strong = bracketed || long_in_range || follows_key(text, start);
    out.push_back(f);
  }
  return out;
}

std::vector<found_code> find_codes(std::string_view text) {
  std::vector<found_code> out;
  for (const found_token& t : find_tokens(
           text, [](std::int64_t value) { return rtcerr::domain_of(value) != domain_id::unknown; }))
    out.push_back({t.offset, t.length, rtcerr::error::from_wire(static_cast<std::int32_t>(t.value)),
                   t.strong});
  return out;
}

std::vector<rtcerr::error> codes_in_fragment(std::string_view text) {
  const std::vector<found_code> found = find_codes(text);
  bool any_strong = false;
  for (const found_code& f : found) any_strong = any_strong || f.strong;
  std::vector<rtcerr::error> out;
  for (const found_code& f : found)
    if (f.strong || !any_strong) out.push_back(f.code);
  return out;
}

std::vector<found_code> codes_to_annotate(std::string_view text) {
  std::vector<found_code> out;
  for (const found_code& f : find_codes(text))
    if (f.strong && f.code.domain() != domain_id::unknown) out.push_back(f);
  return out;
}

std::size_t unfinished_token_length(std::string_view text, std::size_t limit) noexcept {
  std::size_t n = 0;
  while (n < text.size() && n < limit) {
    const char c = text[text.size() - 1 - n];
    if (!(is_word(c) || c == '.')) break;
    ++n;
  }
  return n < limit ? n : 0;  // a run longer than `limit` is no code: cut it anywhere
}

}  // namespace rtcerr::cli
