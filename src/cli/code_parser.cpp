#include "code_parser.hpp"
#include "text_file.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>

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

parsed_argument parse_number(std::string_view digits, bool negative, std::string_view text) {
  std::int64_t magnitude = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude);
  const std::int64_t value = negative ? -magnitude : magnitude;
  if (ec == std::errc::result_out_of_range || end != digits.data() + digits.size() ||
      value < std::numeric_limits<std::int32_t>::min() ||
      value > std::numeric_limits<std::int32_t>::max())
    return problem(quoted(visible(text, shown_bytes)) +
                   " is out of range: codes are 32-bit signed integers");
  parsed_argument out;
  out.is_number = true;
  out.codes.push_back(rtcerr::error::from_wire(static_cast<std::int32_t>(value)));
  return out;
}

void add_matches(const domain_info& d, std::string_view name, std::vector<rtcerr::error>& out) {
  for (const code_info& c : d.codes)
    if (c.name == name) out.push_back(rtcerr::error::from_wire(c.value));
  for (const retired_code& r : d.retired)
    if (r.name == name) out.push_back(rtcerr::error::from_wire(r.value));
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

parsed_argument parse_code_argument(std::string_view text) {
  if (text.empty()) return problem("empty argument: expected a code such as 605030046 or a name");
  if (text.size() > max_name_length)
    return problem("argument too long (" + std::to_string(text.size()) + " bytes): '" +
                   visible(text, shown_bytes) + "'");
  if (text.front() == ' ' || text.front() == '\t' || text.back() == ' ' || text.back() == '\t')
    return problem(quoted(visible(text, shown_bytes)) + " has leading or trailing whitespace");
  if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
    return problem(quoted(visible(text, shown_bytes)) +
                   ": hexadecimal is not accepted, codes are decimal");

  const bool negative = text.front() == '-';
  const std::string_view digits = negative ? text.substr(1) : text;
  if (!digits.empty() && std::all_of(digits.begin(), digits.end(), is_digit))
    return parse_number(digits, negative, text);
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

  parsed_argument out;
  if (!qualified) {
    for (const domain_info& d : registry::domains) add_matches(d, name_part, out.codes);
    if (name_part == success_code.name) out.codes.push_back(rtcerr::error{});
    return out;
  }
  const domain_id id = parse_domain(domain_part);
  if (id == domain_id::unknown)
    return problem(quoted(visible(domain_part, shown_bytes)) + " is not a domain (" +
                   domain_names() + ")");
  add_matches(registry::domains[static_cast<std::size_t>(id)], name_part, out.codes);
  return out;
}

}  // namespace rtcerr::cli
