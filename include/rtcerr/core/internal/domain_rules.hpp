// rtcerr/core/internal/domain_rules.hpp - the rules a domain satisfies on its own.
//
// Included by rtcerr/core/domain.hpp, after the vocabulary they read and
// before RTCERR_DEFINE_DOMAIN, which runs them where a domain is defined: a
// domain that breaks one does not compile, even if no registry ever holds it
// (`rtcerr::exception_for<acme::media::errc::x>`, its formatter or its
// error category use a domain without one). Not meant to be included on its
// own. The rules that need other domains (overlapping ranges, names and ids
// shared between domains) and a domain's gRPC mapping
// (rtcerr/core/status_mapping.hpp) stay with the registry
// (rtcerr/core/internal/checks.hpp), which skips these for a domain that ran them.
//
//   1. the domain's range lies inside int32 and does not contain 0, which is
//      reserved for success;
//   2. every code lies inside the domain's owned range;
//   3. codes are listed in strictly ascending order: no duplicate values;
//   4. no two codes share a name;
//   5. every code has a non-empty Chinese and English message;
//   6. no code reuses a retired number, retired numbers lie in range, and no
//      retired name is the name of a live code;
//   7. a listed code's condition is neither `success` (only 0 succeeds) nor
//      `unknown` (which marks values outside the catalogue);
//   8. a code's HTTP status is 0 (derived from its gRPC code) or a failure
//      status, 400-599;
//   9. the defaults of unlisted values (unknown_default): each part of the
//      range lies inside the domain's range, no two parts overlap, one
//      whole-range default at most, and no default's condition is `success`.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>

// The one shape of a rule: a class template whose instantiation with Ok ==
// false stops compilation with "rtcerr: " MESSAGE, the offender (the
// domain type, a code) printed as its template arguments next to it. A
// macro because static_assert takes only a literal message; every rule,
// here and in rtcerr/core/internal/checks.hpp, is one line of it:
//   RTCERR_DETAIL_RULE(code_in_domain_range, "a code lies outside ...",
//                      class Domain, std::int64_t Code);
//   static_assert(code_in_domain_range<D, 500, false>::value);  // fails, naming D and 500
// (The prefix is a macro of its own so that the compiler's echo of this
// source line, under the message, does not look like a second message to
// tests/compile_fail/one_rule.cmake.)
#define RTCERR_DETAIL_RULE_PREFIX "rtcerr: "
#define RTCERR_DETAIL_RULE(NAME, MESSAGE, ...)            \
  template <__VA_ARGS__, bool Ok>                         \
  struct NAME {                                           \
    static_assert(Ok, RTCERR_DETAIL_RULE_PREFIX MESSAGE); \
    static constexpr bool value = Ok;                     \
  }

namespace rtcerr::detail::checks {

inline constexpr std::size_t none = static_cast<std::size_t>(-1);

// --- Finders: the index of the first offending code, or `none`. -------------

// The index of the first code of D for which `offends(code)` holds, or none:
// the loop every single-code finder below shares.
template <class D, class Offends>
constexpr std::size_t first_code_where(Offends offends) {
  for (std::size_t i = 0; i < D::codes.size(); ++i)
    if (offends(D::codes[i])) return i;
  return none;
}

template <class D>
constexpr std::size_t first_code_out_of_range() {
  return first_code_where<D>(
      [](const code_info& c) { return c.value < D::first || c.value > D::last; });
}

template <class D>
constexpr std::size_t first_duplicate_value() {
  for (std::size_t i = 1; i < D::codes.size(); ++i)
    if (D::codes[i].value == D::codes[i - 1].value) return i;
  return none;
}

template <class D>
constexpr std::size_t first_unordered_value() {
  for (std::size_t i = 1; i < D::codes.size(); ++i)
    if (D::codes[i].value < D::codes[i - 1].value) return i;
  return none;
}

// Sorting the names' hashes keeps this O(n log n) with cheap comparisons: a
// large domain (thousands of codes) stays well inside the compilers'
// constant-evaluation limits.
template <class D>
constexpr std::size_t first_duplicate_name() {
  constexpr std::size_t n = D::codes.size();
  if constexpr (n < 2) {
    return none;
  } else {
    struct keyed {
      std::uint64_t hash;
      std::size_t index;
    };
    std::array<keyed, n> order{};
    for (std::size_t i = 0; i < n; ++i) order[i] = {name_hash(D::codes[i].name), i};
    // Shell sort (Ciura's gaps): a few lines, no <algorithm> in every
    // translation unit, and fast enough for thousands of codes.
    constexpr std::size_t gaps[] = {701, 301, 132, 57, 23, 10, 4, 1};
    const auto before = [](const keyed& a, const keyed& b) {
      return a.hash < b.hash || (a.hash == b.hash && a.index < b.index);
    };
    for (const std::size_t gap : gaps)
      for (std::size_t i = gap; i < n; ++i) {
        const keyed item = order[i];
        std::size_t j = i;
        for (; j >= gap && before(item, order[j - gap]); j -= gap) order[j] = order[j - gap];
        order[j] = item;
      }
    std::size_t found = none;
    for (std::size_t i = 1; i < n; ++i)
      for (std::size_t j = i; j > 0 && order[j - 1].hash == order[i].hash; --j)
        if (D::codes[order[j - 1].index].name == D::codes[order[i].index].name &&
            (found == none || order[i].index < found))
          found = order[i].index;
    return found;
  }
}

template <class D>
constexpr std::size_t first_empty_message() {
  return first_code_where<D>(
      [](const code_info& c) { return c.message_zh.empty() || c.message_en.empty(); });
}

template <class D>
constexpr std::size_t first_code_reusing_retired_number() {
  return first_code_where<D>([](const code_info& c) {
    for (const retired_code& r : D::retired)
      if (r.value == c.value) return true;
    return false;
  });
}

template <class D>
constexpr std::size_t first_condition_success() {
  return first_code_where<D>([](const code_info& c) { return c.condition == condition::success; });
}

template <class D>
constexpr std::size_t first_condition_unknown() {
  return first_code_where<D>([](const code_info& c) { return c.condition == condition::unknown; });
}

template <class D>
constexpr std::size_t first_bad_http_status() {
  return first_code_where<D>([](const code_info& c) {
    return c.http_status != 0 && (c.http_status < 400 || c.http_status > 599);
  });
}

// The index of the first retired entry whose name a live code still uses.
template <class D>
constexpr std::size_t first_retired_name_in_use() {
  for (std::size_t r = 0; r < D::retired.size(); ++r)
    for (const code_info& c : D::codes)
      if (c.name == D::retired[r].name) return r;
  return none;
}

template <class D>
constexpr bool retired_numbers_in_range() {
  for (const retired_code& r : D::retired)
    if (r.value < D::first || r.value > D::last) return false;
  return true;
}

// The unknown-code defaults a domain states (none for a domain type that
// has no `unknown_defaults`).
template <class D>
constexpr table_view<unknown_default> unknown_defaults_of() {
  if constexpr (requires { D::unknown_defaults; })
    return {D::unknown_defaults.data(), D::unknown_defaults.size()};
  else
    return {};
}

// The index of the first default row for which `offends(row, index)` holds, or none.
template <class D, class Offends>
constexpr std::size_t first_default_where(Offends offends) {
  constexpr table_view<unknown_default> rows = unknown_defaults_of<D>();
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (offends(rows, i)) return i;
  return none;
}

template <class D>
constexpr std::size_t first_default_out_of_range() {
  return first_default_where<D>([](table_view<unknown_default> rows, std::size_t i) {
    const unknown_default& r = rows[i];
    return !r.whole() && (r.first > r.last || r.first < D::first || r.last > D::last);
  });
}

template <class D>
constexpr std::size_t first_overlapping_default() {
  return first_default_where<D>([](table_view<unknown_default> rows, std::size_t i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (rows[i].whole() && rows[j].whole()) return true;
      if (!rows[i].whole() && !rows[j].whole() && rows[i].first <= rows[j].last &&
          rows[j].first <= rows[i].last)
        return true;
    }
    return false;
  });
}

template <class D>
constexpr std::size_t first_success_default() {
  return first_default_where<D>([](table_view<unknown_default> rows, std::size_t i) {
    return rows[i].condition == condition::success;
  });
}

// The offender value of a default row: its first value, or the domain's
// first for the whole-range default.
template <class D>
constexpr std::int64_t default_value_at(std::size_t index) {
  if (index == none) return 0;
  const unknown_default& r = unknown_defaults_of<D>()[index];
  return r.whole() ? D::first : r.first;
}

template <class D>
constexpr std::int64_t value_at(std::size_t index) {
  return index == none ? 0 : D::codes[index].value;
}

// --- Rules. Each takes the offender as template arguments so that the
// compiler prints them next to the message (RTCERR_DETAIL_RULE). -------------

RTCERR_DETAIL_RULE(domain_range_is_valid,
                   "a domain's owned range must be non-empty (first <= last) and lie "
                   "within int32",
                   class Domain);

RTCERR_DETAIL_RULE(domain_range_excludes_zero, "0 is reserved for success and belongs to no domain",
                   class Domain);

RTCERR_DETAIL_RULE(code_in_domain_range,
                   "a code lies outside its domain's owned range: renumber it, or widen "
                   "the domain's FIRST/LAST",
                   class Domain, std::int64_t Code);

RTCERR_DETAIL_RULE(code_value_is_unique,
                   "duplicate code value in a domain: give each CODE line its own number; "
                   "a withdrawn one becomes RETIRED(value, name)",
                   class Domain, std::int64_t Code);

RTCERR_DETAIL_RULE(codes_in_ascending_order, "codes must be listed in ascending order",
                   class Domain, std::int64_t Code);

RTCERR_DETAIL_RULE(code_name_is_unique, "duplicate code name in a domain", class Domain,
                   std::int64_t Code);

RTCERR_DETAIL_RULE(code_has_messages, "a code needs a non-empty Chinese and English message",
                   class Domain, std::int64_t Code);

RTCERR_DETAIL_RULE(retired_number_not_reused, "a retired code number must never be reused",
                   class Domain, std::int64_t Code);

RTCERR_DETAIL_RULE(failure_condition_is_not_success,
                   "a failure code cannot have condition `success`: only 0 succeeds; pick "
                   "the condition that says what failed",
                   class Domain, std::int64_t Code);

RTCERR_DETAIL_RULE(
    listed_condition_is_not_unknown,
    "a listed code cannot have condition `unknown`, which marks values that "
    "are not in the catalogue; pick a condition (internal_error, operation_failed, ...)",
    class Domain, std::int64_t Code);

RTCERR_DETAIL_RULE(http_status_is_valid,
                   "a code's HTTP status must be a failure status within 400-599, or 0 to "
                   "derive it from the code's gRPC code",
                   class Domain, std::int64_t Code);

RTCERR_DETAIL_RULE(retired_name_not_in_use,
                   "a retired code's name is still the name of a live code: a name means "
                   "one code forever; give the live code a new name",
                   class Domain, std::int64_t RetiredCode);

RTCERR_DETAIL_RULE(retired_numbers_in_domain_range,
                   "a retired code lies outside its domain's owned range", class Domain);

RTCERR_DETAIL_RULE(unknown_default_in_domain_range,
                   "an unknown-code default's part of the range (unknown_in(first, last, ...)) "
                   "must be non-empty and lie inside its domain's owned range",
                   class Domain, std::int64_t First);

RTCERR_DETAIL_RULE(unknown_defaults_do_not_overlap,
                   "two unknown-code defaults cover the same values: parts of the range "
                   "(unknown_in) must not overlap, and a domain states one whole-range "
                   "default (unknown) at most",
                   class Domain, std::int64_t First);

RTCERR_DETAIL_RULE(unknown_default_is_not_success,
                   "an unknown-code default cannot have condition `success`: only 0 succeeds",
                   class Domain, std::int64_t First);

// All rules for one domain. Instantiating a rule with Ok == false fails.
template <class D>
constexpr bool domain_is_valid() {
  constexpr std::int64_t int32_min = std::numeric_limits<std::int32_t>::min();
  constexpr std::int64_t int32_max = std::numeric_limits<std::int32_t>::max();
  constexpr bool range_ok = D::first <= D::last && D::first >= int32_min && D::last <= int32_max;
  constexpr bool zero_ok = !(D::first <= 0 && 0 <= D::last);
  constexpr std::size_t out = first_code_out_of_range<D>();
  constexpr std::size_t dup = first_duplicate_value<D>();
  constexpr std::size_t unordered = first_unordered_value<D>();
  constexpr std::size_t dup_name = first_duplicate_name<D>();
  constexpr std::size_t empty = first_empty_message<D>();
  constexpr std::size_t reused = first_code_reusing_retired_number<D>();
  constexpr std::size_t success = first_condition_success<D>();
  constexpr std::size_t unknown = first_condition_unknown<D>();
  constexpr std::size_t http = first_bad_http_status<D>();
  constexpr std::size_t retired_name = first_retired_name_in_use<D>();
  constexpr std::size_t default_out = first_default_out_of_range<D>();
  constexpr std::size_t default_overlap = first_overlapping_default<D>();
  constexpr std::size_t default_success = first_success_default<D>();
  return unknown_default_in_domain_range<D, default_value_at<D>(default_out),
                                         default_out == none>::value &&
             unknown_defaults_do_not_overlap<D, default_value_at<D>(default_overlap),
                                             default_overlap == none>::value &&
             unknown_default_is_not_success<D, default_value_at<D>(default_success),
                                            default_success == none>::value &&
             domain_range_is_valid<D, range_ok>::value &&
             domain_range_excludes_zero<D, zero_ok>::value &&
             code_in_domain_range<D, value_at<D>(out), out == none>::value &&
             code_value_is_unique<D, value_at<D>(dup), dup == none>::value &&
             codes_in_ascending_order<D, value_at<D>(unordered), unordered == none>::value &&
             code_name_is_unique<D, value_at<D>(dup_name), dup_name == none>::value &&
             code_has_messages<D, value_at<D>(empty), empty == none>::value &&
             retired_number_not_reused<D, value_at<D>(reused), reused == none>::value &&
             retired_numbers_in_domain_range<D, retired_numbers_in_range<D>()>::value &&
             failure_condition_is_not_success<D, value_at<D>(success), success == none>::value &&
             listed_condition_is_not_unknown<D, value_at<D>(unknown), unknown == none>::value &&
             http_status_is_valid<D, value_at<D>(http), http == none>::value &&
             retired_name_not_in_use < D,
         retired_name == none ? 0 : D::retired[retired_name].value, retired_name == none > ::value;
}

// True for a domain whose own rules ran where it was defined (every domain
// RTCERR_DEFINE_DOMAIN declares): a registry does not run them again.
template <class Domain>
constexpr bool rules_ran_at_definition() noexcept {
  if constexpr (requires { Domain::rules_ran_at_definition; })
    return Domain::rules_ran_at_definition;
  else
    return false;
}

}  // namespace rtcerr::detail::checks
