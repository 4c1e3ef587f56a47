// rtcerr/core/internal/checked_in_library.hpp - "the rules run once, where the library is built".
//
// Every registry runs the rules of rtcerr/core/internal/checks.hpp inside its
// type (rtcerr/core/basic_registry.hpp), in every translation unit that uses
// it. For the domains of a compiled library that would repeat, in each unit
// of each program, a check whose answer cannot change: the library's
// domains are fixed when the library is built. This header is the one place
// that lets them be checked once, there, instead:
//
//   1. One flag: checked_where_library_is_built<T>, false by default, for a
//      domain type or a registry type. A registry type
//      (checks::registry_rules_in_this_unit in rtcerr/core/internal/checks.hpp)
//      skips a flagged domain's own rules and the rules between two flagged
//      domains; every rule that involves an unflagged domain still runs, so
//      an application's registry of the catalogue plus its own domains checks
//      its domains, and their ranges, names and ids against the catalogue's.
//      A registry checks its id enum too, unless the registry type itself is
//      flagged (the catalogue's: `domain_id` with exactly its four domains,
//      in their order).
//   2. One macro, RTCERR_CHECKED_WHERE_LIBRARY_IS_BUILT(Type), sets the flag.
//      It goes in the library's header, after the domains' definitions and
//      before any registry of them is used: rtcerr/registry.hpp states it for
//      each of the catalogue's four domains and for its registry type.
//   3. The library's build runs every rule over its registry, none skipped:
//        static_assert(rtcerr::detail::check_registry_rules<Registry>());
//      in one .cpp file of the library (src/catalogue/catalogue_checks.cpp);
//      check_registry_rules is in rtcerr/core/basic_registry.hpp.
//   4. A link guard ties every translation unit to that file: the file
//      defines a symbol named after Registry::fingerprint, which covers
//      everything the rules read but the id enum's spelling, and the header
//      refers to the symbol named after its own fingerprint ("Version skew"
//      in rtcerr/registry.hpp). A program whose headers describe other data
//      than the library was built with, or data that breaks a rule, does not
//      link. (The catalogue's id enum and domain types are expanded from one
//      list, RTCERR_CATALOGUE_DOMAINS, so their spelling and order agree.)
//
// Without step 4 a flagged type would go unchecked: flag only the domains and
// the registry of a library that has such a guard. (The catalogue's domains
// also leave their own rules, which a domain normally runs where
// RTCERR_DEFINE_DOMAIN defines it, to step 3: RTCERR_DETAIL_DEFINE_CATALOGUE_DOMAIN
// in rtcerr/core/domain.hpp.) What this saves is in docs/domains.md.
#pragma once

namespace rtcerr::detail {

// True for a domain type or a registry type whose rules ran where a compiled
// library was built (see the top of this file). Set with
// RTCERR_CHECKED_WHERE_LIBRARY_IS_BUILT.
template <class T>
inline constexpr bool checked_where_library_is_built = false;

}  // namespace rtcerr::detail

// States, at namespace scope in the library's header, that the rules of a
// domain type or a registry type (the commas of its template arguments are
// allowed) ran where the library was built (steps 2 to 4 above).
#define RTCERR_CHECKED_WHERE_LIBRARY_IS_BUILT(...) \
  template <>                                      \
  inline constexpr bool ::rtcerr::detail::checked_where_library_is_built<__VA_ARGS__> = true
