// rtcerr/core/compose.hpp - type-level questions about a registry's set of
// domains, answered with Boost.Hana.
//
//   #include <rtcerr/core/compose.hpp>
//   using owner = rtcerr::domain_type_of<1>;  // the catalogue domain owning code 1
//   using mine = rtcerr::domain_type_of<700001, app_registry>;  // acme::media::domain
//   constexpr auto set = rtcerr::domain_set<app_registry>;      // hana::basic_tuple of hana::type
//
// Building and uniting registries (make_registry, registry_union and the
// catalogue's registry_with) is in rtcerr/core/basic_registry.hpp, written with
// plain pack expansion: it is needed by every translation unit that names a
// registry, and the Hana headers below are a large part of a translation
// unit's compile time (measured: docs/domains.md, "Boost.Hana, and what it
// costs"). This header is opt-in: include it where a
// program computes with domain types.
#pragma once

#include "rtcerr/core/internal/boost_version.hpp"  // IWYU pragma: keep

#include <boost/hana/basic_tuple.hpp>
#include <boost/hana/find_if.hpp>
#include <boost/hana/optional.hpp>
#include <boost/hana/type.hpp>

#include <cstdint>

#include "rtcerr/core/basic_registry.hpp"

namespace rtcerr {

// The platform's catalogue registry (rtcerr/registry.hpp), the default below.
struct registry;

namespace detail::compose {
// Declared here for the API below; defined after it ("Implementation details
// follow").
template <class... Domains>
constexpr auto domains_of(type_list<Domains...>);
template <class Registry, std::int64_t Value>
constexpr auto domain_type_of();
}  // namespace detail::compose

// A registry's domains as a Hana sequence of types, for type-level work.
template <class Registry>
inline constexpr auto domain_set = detail::compose::domains_of(typename Registry::domain_list{});

// The domain type of `Registry` (by default the platform's catalogue) that
// owns `Value`; does not compile for a value that no domain owns.
template <std::int64_t Value, class Registry = registry>
using domain_type_of = typename decltype(detail::compose::domain_type_of<Registry, Value>())::type;

// --- Implementation details follow. -----------------------------------------

namespace detail::compose {
namespace hana = boost::hana;

template <class... Domains>
constexpr auto domains_of(type_list<Domains...>) {
  return hana::make_basic_tuple(hana::type_c<Domains>...);
}

template <class Registry, std::int64_t Value>
constexpr auto domain_type_of() {
  constexpr auto found = hana::find_if(domains_of(typename Registry::domain_list{}), [](auto d) {
    using domain = typename decltype(d)::type;
    return hana::bool_c<(domain::first <= Value && Value <= domain::last)>;
  });
  static_assert(decltype(hana::is_just(found))::value,
                "rtcerr: no domain of the registry owns this value");
  return *found;
}
}  // namespace detail::compose

}  // namespace rtcerr
