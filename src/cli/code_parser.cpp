#include "code_parser.hpp"
#include "text_file.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "rtcerr/wire.hpp"

namespace rtcerr::cli {
namespace {

constexpr std::size_t max_name_length = 128;
// How much of a bad argument a message shows (visible() adds "..." past it).
constexpr std::size_t shown_bytes = 60;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || is_digit(c) || c == '_'; }

parsed_argument problem(std::string message) {
  parsed_argument out;
  out.problem = std::move(message);
  return out;
}

// Every code of that name, one per domain that has it (listed or retired):
// each found by the library's parser with the name qualified by its domain.
void add_matches(std::string_view name, std::vector<rtcerr::error>& out) {
  std::string qualified;
  for (const domain_info& d : registry::domains) {
    qualified.assign(d.name).append(".").append(name);
    if (const std::optional<rtcerr::error> e = rtcerr::parse_code(qualified)) out.push_back(*e);
  }
}

}  // namespace

std::string domain_names() {
  std::string out;
  for (const domain_info& d : registry::domains) out.append(out.empty() ? "" : ", ").append(d.name);
  return out;
}

std::vector<std::string_view> nearest_names(std::string_view name, std::size_t max_count) {
  // Levenshtein distance with a single row; names are short (< 64 bytes).
  const auto distance = [](std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j) {
        const std::size_t above = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
        diagonal = above;
      }
    }
    return row[b.size()];
  };
  // Close enough to be a typo: at most 2 edits, or a quarter of the name.
  const std::size_t limit = std::max<std::size_t>(2, name.size() / 4);
  std::vector<std::pair<std::size_t, std::string_view>> candidates;
  if (name.size() > max_name_length) return {};
  for (const domain_info& d : registry::domains)
    for (const code_info& c : d.codes) {
      const std::size_t n = distance(name, c.name);
      bool listed = false;
      for (const auto& candidate : candidates) listed = listed || candidate.second == c.name;
      if (n <= limit && !listed) candidates.emplace_back(n, c.name);
    }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string_view> out;
  for (const auto& candidate : candidates)
    if (out.size() < max_count) out.push_back(candidate.second);
  return out;
}

rtcerr::domain_id parse_domain(std::string_view text) noexcept {
  for (std::size_t i = 0; i < registry::domain_count; ++i)
    if (registry::domains[i].name == text) return static_cast<domain_id>(i);
  return domain_id::unknown;
}

bool is_decimal_text(std::string_view text) noexcept {
  const std::string_view digits = !text.empty() && text.front() == '-' ? text.substr(1) : text;
  return !digits.empty() && std::all_of(digits.begin(), digits.end(), is_digit);
}

parsed_argument parse_code_argument(std::string_view text) {
  // What a code is, the library decides (rtcerr::parse_code, rtcerr/wire.hpp):
  // this function adds what a person at a terminal needs on top of it, a
  // message saying why an argument is not a code, and every domain's code
  // for a name that several domains share (the library refuses those).
  if (text.empty()) return problem("empty argument: expected a code such as 605030046 or a name");
  if (text.size() > max_name_length)
    return problem("argument too long (" + std::to_string(text.size()) + " bytes): '" +
                   visible(text, shown_bytes) + "'");
  const bool negative = text.front() == '-';
  const bool is_number = is_decimal_text(text);

  if (const std::optional<rtcerr::error> e = rtcerr::parse_code(text)) {
    parsed_argument out;
    out.is_number = is_number;
    out.codes.push_back(*e);
    return out;
  }

  // Not a code: say why.
  if (text.front() == ' ' || text.front() == '\t' || text.back() == ' ' || text.back() == '\t')
    return problem(quoted(visible(text, shown_bytes)) + " has leading or trailing whitespace");
  if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
    return problem(quoted(visible(text, shown_bytes)) +
                   ": hexadecimal is not accepted, codes are decimal");
  if (is_number)
    return problem(quoted(visible(text, shown_bytes)) +
                   " is out of range: codes are 32-bit signed integers");
  if (text.front() == '+' || negative || is_digit(text.front()))
    return problem(quoted(visible(text, shown_bytes)) + " is not a decimal code");

  // A name, optionally qualified by its domain: "recording.stream_data_timeout".
  // ".token_expired" is refused rather than read as an unqualified name.
  std::string_view domain_part, name_part = text;
  const auto dot = text.find('.');
  const bool qualified = dot != std::string_view::npos;
  if (qualified) {
    domain_part = text.substr(0, dot);
    name_part = text.substr(dot + 1);
  }
  if (name_part.empty() || (qualified && domain_part.empty()) ||
      !std::all_of(name_part.begin(), name_part.end(), is_name_char))
    return problem(quoted(visible(text, shown_bytes)) +
                   " is neither a decimal code nor a name like stream_data_timeout");
  if (qualified && parse_domain(domain_part) == domain_id::unknown)
    return problem(quoted(visible(domain_part, shown_bytes)) + " is not a domain (" +
                   domain_names() + ")");

  // A well-formed name that the library did not take: no code has it
  // (`codes` stays empty), or, unqualified, several domains have it.
  parsed_argument out;
  if (!qualified) add_matches(name_part, out.codes);
  return out;
}

}  // namespace rtcerr::cli
