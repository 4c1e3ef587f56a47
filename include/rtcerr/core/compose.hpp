// rtcerr/core/compose.hpp - registries as sets of domains: build, unite, ask.
//
// A registry is a set of domain types. This header does the type-level work
// on such sets with Boost.Hana:
//
//   using audio_registry = rtcerr::make_registry<acme::audio::domain>;
//   using app_registry = rtcerr::registry_union<platform_registry, audio_registry>;
//   using owner = rtcerr::domain_type_in<app_registry, 700001>;  // acme::media::domain
//
//   - `make_registry<Domains...>` is the registry of those domains, in that
//     order, each once (a domain named twice counts once). Its id type is
//     std::uint64_t: `domain_of(v)` answers the owning domain's stable id, so
//     there is no id enum to write or to keep in order.
//   - `registry_union<R1, R2>` holds R1's domains, then those of R2 that R1
//     lacks. If the result has exactly R1's domains it IS R1 (the same type),
//     so uniting a registry with a part of itself changes nothing.
//   - `domain_type_in<R, Value>` is the domain type of R owning Value; it
//     does not compile for a value no domain owns.
//
// Every registry these make is validated like any other (rtcerr/core/checks.hpp):
// a union of two registries whose domains overlap does not compile.
//
// Only the Hana headers used are included (the whole of <boost/hana.hpp>
// costs ~0.35 s per translation unit; these cost ~0.03 s, docs/domains.md).
#pragma once

#include <boost/hana/append.hpp>
#include <boost/hana/basic_tuple.hpp>
#include <boost/hana/contains.hpp>
#include <boost/hana/find_if.hpp>
#include <boost/hana/fold_left.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/optional.hpp>
#include <boost/hana/type.hpp>
#include <boost/hana/unpack.hpp>

#include <cstdint>
#include <type_traits>

#include "rtcerr/core/registry.hpp"

namespace rtcerr {

namespace detail::compose {

namespace hana = boost::hana;

// The domains of a registry, as a Hana sequence of types.
template <class... Domains>
constexpr auto domains_of(type_list<Domains...>) {
  return hana::make_basic_tuple(hana::type_c<Domains>...);
}

// `list` with each domain of `more` appended unless already present.
template <class List, class More>
constexpr auto unite(List list, More more) {
  return hana::fold_left(more, list, [](auto so_far, auto domain) {
    if constexpr (decltype(hana::contains(so_far, domain))::value)
      return so_far;
    else
      return hana::append(so_far, domain);
  });
}

template <class Sequence>
constexpr auto registry_of(Sequence domains) {
  return hana::unpack(domains, [](auto... domain) {
    return hana::type_c<basic_registry<std::uint64_t, typename decltype(domain)::type...>>;
  });
}

template <class R1, class R2>
constexpr auto registry_union() {
  constexpr auto first = domains_of(typename R1::domain_list{});
  constexpr auto united = unite(first, domains_of(typename R2::domain_list{}));
  if constexpr (decltype(hana::length(united) == hana::length(first))::value)
    return hana::type_c<R1>;  // nothing new: R1 itself, not a copy of it
  else
    return registry_of(united);
}

template <class Registry, std::int64_t Value>
constexpr auto domain_type_in() {
  constexpr auto found = hana::find_if(domains_of(typename Registry::domain_list{}), [](auto d) {
    using domain = typename decltype(d)::type;
    return hana::bool_c<(domain::first <= Value && Value <= domain::last)>;
  });
  static_assert(decltype(hana::is_just(found))::value,
                "rtcerr: no domain of the registry owns this value");
  return *found;
}

}  // namespace detail::compose

// The registry of `Domains...`, each once, in that order (see the top of this file).
template <class... Domains>
using make_registry = typename decltype(detail::compose::registry_of(
    detail::compose::unite(boost::hana::make_basic_tuple(),
                           boost::hana::make_basic_tuple(boost::hana::type_c<Domains>...))))::type;

// R1's domains, then those of R2 that R1 lacks; R1 itself when R2 adds nothing.
template <class R1, class R2>
using registry_union = typename decltype(detail::compose::registry_union<R1, R2>())::type;

// The domain type of `Registry` that owns `Value`.
template <class Registry, std::int64_t Value>
using domain_type_in = typename decltype(detail::compose::domain_type_in<Registry, Value>())::type;

}  // namespace rtcerr
