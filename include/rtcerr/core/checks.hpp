// rtcerr/core/checks.hpp - the compile-time rules every registry must satisfy.
//
//   static_assert(rtcerr::registry_is_valid<app_registry>());
//
// Put that line in ONE .cpp file of the program (rtcerr does so for its own
// catalogue in src/catalogue_checks.cpp): the checks walk every code, and
// there is no reason to pay for that in every translation unit.
//
// The rules, each a static_assert whose message says what is wrong; the
// template that fails names the offending domain type and code value
// (read the "in instantiation of" line of the diagnostic):
//   1. every domain's range lies inside int32 and does not contain 0, which
//      is reserved for success;
//   2. every code lies inside its domain's owned range;
//   3. codes are listed in strictly ascending order: no duplicate values;
//   4. no two codes of a domain share a name;
//   5. no two domains' ranges overlap, and domain names are unique;
//   6. every code has a non-empty Chinese and English message;
//   7. no code reuses a retired number, and retired numbers lie in range.
//   8. every code's HTTP status is 0 or a failure (400-599) and its gRPC
//      override, if any, a google.rpc.Code failure; its name is at most 63
//      characters, the limit of a gRPC ErrorInfo reason (rtcerr/core/status_mapping.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>

#include "rtcerr/core/registry.hpp"
#include "rtcerr/core/status_mapping.hpp"

namespace rtcerr {
namespace detail::checks {

inline constexpr std::size_t none = static_cast<std::size_t>(-1);

// --- Finders: the index of the first offending code, or `none`. -------------

template <class D>
constexpr std::size_t first_code_out_of_range() {
  for (std::size_t i = 0; i < D::codes.size(); ++i)
    if (D::codes[i].value < D::first || D::codes[i].value > D::last) return i;
  return none;
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

template <class D>
constexpr std::size_t first_duplicate_name() {
  for (std::size_t i = 0; i < D::codes.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (D::codes[i].name == D::codes[j].name) return i;
  return none;
}

template <class D>
constexpr std::size_t first_empty_message() {
  for (std::size_t i = 0; i < D::codes.size(); ++i)
    if (D::codes[i].message_zh.empty() || D::codes[i].message_en.empty()) return i;
  return none;
}

template <class D>
constexpr std::size_t first_code_reusing_retired_number() {
  for (std::size_t i = 0; i < D::codes.size(); ++i)
    for (const retired_code& r : D::retired)
      if (r.value == D::codes[i].value) return i;
  return none;
}

template <class D>
constexpr bool retired_numbers_in_range() {
  for (const retired_code& r : D::retired)
    if (r.value < D::first || r.value > D::last) return false;
  return true;
}

template <class D>
constexpr std::int64_t value_at(std::size_t index) {
  return index == none ? 0 : D::codes[index].value;
}

// --- Rules. Each takes the offender as template arguments so that the
// compiler prints them next to the message. -----------------------------------

template <class Domain, bool Ok>
struct domain_range_is_valid {
  static_assert(Ok,
                "rtcerr: a domain's owned range must be non-empty (first <= last) and lie "
                "within int32");
  static constexpr bool value = Ok;
};

template <class Domain, bool Ok>
struct domain_range_excludes_zero {
  static_assert(Ok, "rtcerr: 0 is reserved for success and belongs to no domain");
  static constexpr bool value = Ok;
};

template <class Domain, std::int64_t Code, bool Ok>
struct code_in_domain_range {
  static_assert(Ok, "rtcerr: a code lies outside its domain's owned range");
  static constexpr bool value = Ok;
};

template <class Domain, std::int64_t Code, bool Ok>
struct code_value_is_unique {
  static_assert(Ok, "rtcerr: duplicate code value in a domain");
  static constexpr bool value = Ok;
};

template <class Domain, std::int64_t Code, bool Ok>
struct codes_in_ascending_order {
  static_assert(Ok, "rtcerr: codes must be listed in ascending order");
  static constexpr bool value = Ok;
};

template <class Domain, std::int64_t Code, bool Ok>
struct code_name_is_unique {
  static_assert(Ok, "rtcerr: duplicate code name in a domain");
  static constexpr bool value = Ok;
};

template <class Domain, std::int64_t Code, bool Ok>
struct code_has_messages {
  static_assert(Ok, "rtcerr: a code needs a non-empty Chinese and English message");
  static constexpr bool value = Ok;
};

template <class Domain, std::int64_t Code, bool Ok>
struct retired_number_not_reused {
  static_assert(Ok, "rtcerr: a retired code number must never be reused");
  static constexpr bool value = Ok;
};

template <class Domain, bool Ok>
struct retired_numbers_in_domain_range {
  static_assert(Ok, "rtcerr: a retired code lies outside its domain's owned range");
  static constexpr bool value = Ok;
};

template <class DomainA, class DomainB, bool Ok>
struct domain_ranges_do_not_overlap {
  static_assert(Ok, "rtcerr: the owned ranges of two domains overlap");
  static constexpr bool value = Ok;
};

template <class DomainA, class DomainB, bool Ok>
struct domain_names_are_unique {
  static_assert(Ok, "rtcerr: two domains have the same name");
  static constexpr bool value = Ok;
};

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
  return domain_range_is_valid<D, range_ok>::value &&
         domain_range_excludes_zero<D, zero_ok>::value &&
         code_in_domain_range<D, value_at<D>(out), out == none>::value &&
         code_value_is_unique<D, value_at<D>(dup), dup == none>::value &&
         codes_in_ascending_order<D, value_at<D>(unordered), unordered == none>::value &&
         code_name_is_unique<D, value_at<D>(dup_name), dup_name == none>::value &&
         code_has_messages<D, value_at<D>(empty), empty == none>::value &&
         retired_number_not_reused<D, value_at<D>(reused), reused == none>::value &&
         retired_numbers_in_domain_range<D, retired_numbers_in_range<D>()>::value;
}

template <class A, class B>
constexpr bool pair_is_valid() {
  constexpr bool disjoint = A::last < B::first || B::last < A::first;
  return domain_ranges_do_not_overlap<A, B, disjoint>::value &&
         domain_names_are_unique<A, B, A::name != B::name>::value;
}

template <class A, class... Rest>
constexpr bool all_pairs_valid() {
  if constexpr (sizeof...(Rest) == 0)
    return true;
  else
    return (pair_is_valid<A, Rest>() && ...) && all_pairs_valid<Rest...>();
}

template <class Registry>
struct registry_rules;

template <class IdEnum, class... Domains>
struct registry_rules<basic_registry<IdEnum, Domains...>> {
  static constexpr bool value = [] {
    if constexpr (sizeof...(Domains) == 0)
      return true;
    else
      return (domain_is_valid<Domains>() && ...) && (status_mapping_is_valid<Domains>() && ...) &&
             all_pairs_valid<Domains...>();
  }();
};

}  // namespace detail::checks

// True when every rule holds; otherwise compilation stops at the first broken
// rule with its message.
template <class Registry>
consteval bool registry_is_valid() {
  return detail::checks::registry_rules<Registry>::value;
}

}  // namespace rtcerr
