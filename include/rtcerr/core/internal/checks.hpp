// rtcerr/core/internal/checks.hpp - the compile-time rules every registry satisfies.
//
// These rules run inside every registry type (rtcerr/core/basic_registry.hpp):
// a registry that breaks one does not compile, wherever it is first used,
// and there is no step to forget. Each rule is a static_assert whose message
// says what is wrong and what to do (one shape, RTCERR_DETAIL_RULE); the
// template that fails names the offending domain type and code value (read
// the "in instantiation of" line of the diagnostic). `registry_is_valid<R>()`
// remains for code that states the check explicitly; it is always true for a
// registry that compiles.
//
// A domain's own rules (range, codes in range and in order, names, messages,
// conditions, HTTP status: rtcerr/core/internal/domain_rules.hpp) run where
// RTCERR_DEFINE_DOMAIN defines it; a registry runs them only for a domain
// that did not (a domain type written by hand). The registry adds:
//   1. no two domains' ranges overlap; domain names and domain ids are unique;
//   2. a registry's id enum, if it has one, names its domains in registry
//      order and then `unknown`;
//   3. every code's gRPC override, if any, is a google.rpc.Code failure; its
//      name is at most 63 characters, the limit of a gRPC ErrorInfo reason
//      (rtcerr/core/status_mapping.hpp).
//
// A registry skips the rules already proven where a compiled library was
// built, for the domains that library vouches for: how, and on what
// condition, is rtcerr/core/internal/checked_in_library.hpp.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>

#include <string_view>

#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/internal/checked_in_library.hpp"
#include "rtcerr/core/status_mapping.hpp"

namespace rtcerr {

namespace detail::checks {

RTCERR_DETAIL_RULE(domain_ranges_do_not_overlap, "the owned ranges of two domains overlap",
                   class DomainA, class DomainB);

RTCERR_DETAIL_RULE(domain_names_are_unique, "two domains have the same name", class DomainA,
                   class DomainB);

RTCERR_DETAIL_RULE(domain_ids_are_unique,
                   "two domains have the same id: state a distinct id with "
                   "RTCERR_DEFINE_DOMAIN_WITH_ID",
                   class DomainA, class DomainB);

RTCERR_DETAIL_RULE(id_enum_names_domains_in_order,
                   "the registry's id enum must name its domains in registry order (each "
                   "enumerator spelled as the domain's name), then `unknown`",
                   class IdEnum, std::size_t Position);

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
    }(std::make_index_sequence<sizeof...(Domains) + 1>{});
  }
}

// The rules, all of them (SkipProven false: what a library that vouches for
// its domains runs where it is built) or those a translation unit must run
// (SkipProven true): every rule except those already proven where a compiled
// library was built, for the domains that library vouches for
// (checked_where_library_is_built). Such a domain's own rules and the
// rules between two such domains are skipped; every rule that involves
// another domain still runs. So an application's registry of the catalogue
// plus its own domains checks its domains, and their ranges, names and ids
// against the catalogue's, but not the catalogue again.
template <bool SkipProven, class D>
constexpr bool domain_rules() {
  if constexpr (SkipProven && checked_where_library_is_built<D>)
    return true;
  else if constexpr (rules_ran_at_definition<D>())
    return status_mapping_is_valid<D>();
  else
    return domain_is_valid<D>() && status_mapping_is_valid<D>();
}

template <bool SkipProven, class A, class B>
constexpr bool pair_rules() {
  if constexpr (SkipProven && checked_where_library_is_built<A> &&
                checked_where_library_is_built<B>)
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

template <bool SkipProven, bool SkipIdType, class IdType, class... Domains>
constexpr bool rules() {
  if constexpr (sizeof...(Domains) == 0)
    return true;
  else if constexpr (SkipIdType)
    return (domain_rules<SkipProven, Domains>() && ...) && all_pair_rules<SkipProven, Domains...>();
  else
    return (domain_rules<SkipProven, Domains>() && ...) &&
           all_pair_rules<SkipProven, Domains...>() && id_type_is_valid<IdType, Domains...>();
}

// Every rule over a registry's domains and its id type (an enum naming the
// domains, or the 64-bit domain id itself).
template <class IdType, class... Domains>
constexpr bool registry_rules() {
  return rules<false, false, IdType, Domains...>();
}

// What a registry's type checks in each translation unit (see rules above);
// its id type too unless IdTypeProven: the registry itself was checked where
// its library was built (rtcerr/core/internal/checked_in_library.hpp).
template <bool IdTypeProven, class IdType, class... Domains>
constexpr bool registry_rules_in_this_unit() {
  return rules<true, IdTypeProven, IdType, Domains...>();
}

}  // namespace detail::checks
}  // namespace rtcerr
