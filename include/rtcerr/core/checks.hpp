// rtcerr/core/checks.hpp - the compile-time rules every registry satisfies.
//
// These rules run inside every registry type (rtcerr/core/registry.hpp):
// a registry that breaks one does not compile, wherever it is first used,
// and there is no step to forget. Each rule is a static_assert whose message
// says what is wrong and what to do; the template that fails names the
// offending domain type and code value (read the "in instantiation of" line
// of the diagnostic). `registry_is_valid<R>()` remains for code that states
// the check explicitly; it is always true for a registry that compiles.
//
// The rules:
//   1. every domain's range lies inside int32 and does not contain 0, which
//      is reserved for success;
//   2. every code lies inside its domain's owned range;
//   3. codes are listed in strictly ascending order: no duplicate values;
//   4. no two codes of a domain share a name;
//   5. no two domains' ranges overlap; domain names and domain ids are unique;
//   6. every code has a non-empty Chinese and English message;
//   7. no code reuses a retired number, retired numbers lie in range, and no
//      retired name is the name of a live code;
//   8. a listed code's condition is neither `success` (only 0 succeeds) nor
//      `unknown` (which marks values outside the catalogue);
//   9. a code's HTTP status is 0 (derived from its gRPC code) or a failure
//      status, 400-599: a code is a failure, so 1xx-3xx would lie to clients;
//  10. a registry's id enum, if it has one, names its domains in registry
//      order and then `unknown`.
//  11. every code's gRPC override, if any, is a google.rpc.Code failure; its
//      name is at most 63
//      characters, the limit of a gRPC ErrorInfo reason (rtcerr/core/status_mapping.hpp).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>

#include <string_view>

#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/status_mapping.hpp"

namespace rtcerr {

namespace detail {
// True for a domain whose rules were run where a compiled library was built,
// together with every other domain for which it is true, and whose data every
// translation unit is tied to by a link guard (as rtcerr/registry.hpp does
// for the platform's catalogue: the guard's fingerprint covers everything the
// rules read). Registries then skip those rules in each unit
// (registry_rules_in_this_unit). Nothing without such a guard may specialise
// this: its domains would go unchecked.
template <class Domain>
inline constexpr bool domain_checked_where_library_is_built = false;
}  // namespace detail
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
constexpr std::size_t first_condition_success() {
  for (std::size_t i = 0; i < D::codes.size(); ++i)
    if (D::codes[i].condition == condition::success) return i;
  return none;
}

template <class D>
constexpr std::size_t first_condition_unknown() {
  for (std::size_t i = 0; i < D::codes.size(); ++i)
    if (D::codes[i].condition == condition::unknown) return i;
  return none;
}

template <class D>
constexpr std::size_t first_bad_http_status() {
  for (std::size_t i = 0; i < D::codes.size(); ++i) {
    const int status = D::codes[i].http_status;
    if (status != 0 && (status < 400 || status > 599)) return i;
  }
  return none;
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
  static_assert(Ok,
                "rtcerr: a code lies outside its domain's owned range: renumber it, or widen "
                "the domain's FIRST/LAST");
  static constexpr bool value = Ok;
};

template <class Domain, std::int64_t Code, bool Ok>
struct code_value_is_unique {
  static_assert(Ok,
                "rtcerr: duplicate code value in a domain: give each CODE line its own number; "
                "a withdrawn one becomes RETIRED(value, name)");
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

template <class Domain, std::int64_t Code, bool Ok>
struct failure_condition_is_not_success {
  static_assert(Ok,
                "rtcerr: a failure code cannot have condition `success`: only 0 succeeds; pick "
                "the condition that says what failed");
  static constexpr bool value = Ok;
};

template <class Domain, std::int64_t Code, bool Ok>
struct listed_condition_is_not_unknown {
  static_assert(
      Ok,
      "rtcerr: a listed code cannot have condition `unknown`, which marks values that "
      "are not in the catalogue; pick a condition (internal_error, operation_failed, ...)");
  static constexpr bool value = Ok;
};

template <class Domain, std::int64_t Code, bool Ok>
struct http_status_is_valid {
  static_assert(Ok,
                "rtcerr: a code's HTTP status must be a failure status within 400-599, or 0 to "
                "derive it from the code's gRPC code");
  static constexpr bool value = Ok;
};

template <class Domain, std::int64_t RetiredCode, bool Ok>
struct retired_name_not_in_use {
  static_assert(Ok,
                "rtcerr: a retired code's name is still the name of a live code: a name means "
                "one code forever; give the live code a new name");
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

template <class DomainA, class DomainB, bool Ok>
struct domain_ids_are_unique {
  static_assert(Ok,
                "rtcerr: two domains have the same id: state a distinct id with "
                "RTCERR_DEFINE_DOMAIN_WITH_ID");
  static constexpr bool value = Ok;
};

template <class IdEnum, std::size_t Position, bool Ok>
struct id_enum_names_domains_in_order {
  static_assert(Ok,
                "rtcerr: the registry's id enum must name its domains in registry order (each "
                "enumerator spelled as the domain's name), then `unknown`");
  static constexpr bool value = Ok;
};

// The spelling of enumerator E, read from the compiler's function signature
// (both g++ and clang print "E = ns::ids::name"). Empty if not found.
template <auto E>
constexpr std::string_view enumerator_name() noexcept {
  const std::string_view signature = __PRETTY_FUNCTION__;
  const std::size_t start = signature.find("E = ");
  if (start == std::string_view::npos) return {};
  std::string_view rest = substring(signature, start + 4);
  rest = substring(rest, 0, rest.find_first_of(";]"));
  const std::size_t colon = rest.rfind("::");
  return colon == std::string_view::npos ? rest : substring(rest, colon + 2);
}

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
  return domain_range_is_valid<D, range_ok>::value &&
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

template <class A, class B>
constexpr bool pair_is_valid() {
  constexpr bool disjoint = A::last < B::first || B::last < A::first;
  return domain_ranges_do_not_overlap<A, B, disjoint>::value &&
         domain_names_are_unique<A, B, A::name != B::name>::value &&
         domain_ids_are_unique<A, B, id_of<A>() != id_of<B>()>::value;
}

template <class IdType, class... Domains>
constexpr bool id_type_is_valid() {
  if constexpr (!std::is_enum_v<IdType>) {
    return true;
  } else {
    return []<std::size_t... I>(std::index_sequence<I...>) {
      constexpr std::string_view names[] = {Domains::name..., "unknown"};
      return (id_enum_names_domains_in_order<
                  IdType, I, enumerator_name<static_cast<IdType>(I)>() == names[I]>::value &&
              ...);
    }
    (std::make_index_sequence<sizeof...(Domains) + 1>{});
  }
}

// The rules, all of them (SkipProven false: what a library that vouches for
// its domains runs where it is built) or those a translation unit must run
// (SkipProven true): every rule except those already proven where a compiled
// library was built, for the domains that library vouches for
// (domain_checked_where_library_is_built). Such a domain's own rules and the
// rules between two such domains are skipped; every rule that involves
// another domain still runs. So an application's registry of the catalogue
// plus its own domains checks its domains, and their ranges, names and ids
// against the catalogue's, but not the catalogue again.
template <bool SkipProven, class D>
constexpr bool domain_rules() {
  if constexpr (SkipProven && domain_checked_where_library_is_built<D>)
    return true;
  else
    return domain_is_valid<D>() && status_mapping_is_valid<D>();
}

template <bool SkipProven, class A, class B>
constexpr bool pair_rules() {
  if constexpr (SkipProven && domain_checked_where_library_is_built<A> &&
                domain_checked_where_library_is_built<B>)
    return true;
  else
    return pair_is_valid<A, B>();
}

template <bool SkipProven, class A, class... Rest>
constexpr bool all_pair_rules() {
  if constexpr (sizeof...(Rest) == 0)
    return true;
  else
    return (pair_rules<SkipProven, A, Rest>() && ...) && all_pair_rules<SkipProven, Rest...>();
}

template <bool SkipProven, class IdType, class... Domains>
constexpr bool rules() {
  if constexpr (sizeof...(Domains) == 0)
    return true;
  else
    return (domain_rules<SkipProven, Domains>() && ...) &&
           all_pair_rules<SkipProven, Domains...>() && id_type_is_valid<IdType, Domains...>();
}

// Every rule over a registry's domains and its id type (an enum naming the
// domains, or the 64-bit domain id itself).
template <class IdType, class... Domains>
constexpr bool registry_rules() {
  return rules<false, IdType, Domains...>();
}

// What a registry's type checks in each translation unit (see rules above).
template <class IdType, class... Domains>
constexpr bool registry_rules_in_this_unit() {
  return rules<true, IdType, Domains...>();
}

}  // namespace detail::checks
}  // namespace rtcerr

// The registry runs these rules; including either header gives both.
#include "rtcerr/core/registry.hpp"  // IWYU pragma: export
