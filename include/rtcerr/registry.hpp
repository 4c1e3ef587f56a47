// rtcerr/registry.hpp - the platform's catalogue: its four domains, gathered.
//
// RTCERR_CATALOGUE_DOMAINS below is the one list of the catalogue's domains:
// the `domain_id` enum, the registry, the rules' bookkeeping, the
// std::error_code enums (rtcerr/error_code.hpp) and the formatters
// (rtcerr/format.hpp) all expand it. Adding a domain to the catalogue is one
// header under rtcerr/domains/, its #include here and its line in the list.
//
// An application adds domains of its own with one line:
//   using app_registry = rtcerr::registry_with<acme::media::domain>;
// the catalogue's four domains plus the given ones (no id enum to write).
// rtcerr::error converts implicitly into app_registry's error type, which
// converts back explicitly (docs/domains.md).
//
//   constexpr rtcerr::error e = rtcerr::recording::errc::stream_data_timeout;
//   static_assert(e.domain() == rtcerr::domain_id::recording);
//   static_assert(rtcerr::domain_of(606000123) == rtcerr::domain_id::gateway);
//   static_assert(!rtcerr::is_registered(605030002));  // a gap in the published table
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "rtcerr/core/basic_registry.hpp"
#include "rtcerr/core/counters.hpp"
#include "rtcerr/core/error.hpp"
#include "rtcerr/core/internal/checked_in_library.hpp"
#include "rtcerr/core/internal/config.hpp"
#include "rtcerr/core/internal/export.hpp"
#include "rtcerr/domains/engine.hpp"
#include "rtcerr/domains/gateway.hpp"
#include "rtcerr/domains/recording.hpp"
#include "rtcerr/domains/session.hpp"

// The catalogue's domains, in registry order, with the ranges they own.
// X(name): `name` is the domain's namespace (rtcerr::name) and its name.
#define RTCERR_CATALOGUE_DOMAINS(X)        \
  X(engine)    /*         1 -       999 */ \
  X(session)   /*   1000000 -   1009999 */ \
  X(recording) /* 605030000 - 605039999 */ \
  X(gateway)   /* 606000000 - 606009999 */

namespace rtcerr {

#define RTCERR_DETAIL_CATALOGUE_ENUMERATOR(name) name,
#define RTCERR_DETAIL_CATALOGUE_DOMAIN_TYPE(name) , name::domain

// The catalogue's domains, in registry order, then `unknown`.
enum class domain_id : std::uint8_t {
  RTCERR_CATALOGUE_DOMAINS(RTCERR_DETAIL_CATALOGUE_ENUMERATOR) unknown
};

// The catalogue's rules (rtcerr/core/internal/checks.hpp) run once, where librtcerr is
// built (src/catalogue/catalogue_checks.cpp), not in every translation unit: the
// version-skew guard at the end of this file makes every unit link only
// against a library whose check held for this very catalogue
// (rtcerr/core/internal/checked_in_library.hpp). Registries of the catalogue's
// domains (rtcerr::registry, an application's registry_with<...>) do not run
// their own rules and the rules between them again; those involving any other
// domain they do. rtcerr::registry's id enum, expanded from the same list as
// its domains, is not checked again either.
#define RTCERR_DETAIL_CATALOGUE_DOMAIN_CHECKED(name) \
  RTCERR_CHECKED_WHERE_LIBRARY_IS_BUILT(name::domain);
RTCERR_CATALOGUE_DOMAINS(RTCERR_DETAIL_CATALOGUE_DOMAIN_CHECKED)
#undef RTCERR_DETAIL_CATALOGUE_DOMAIN_CHECKED
RTCERR_CHECKED_WHERE_LIBRARY_IS_BUILT(
    basic_registry<domain_id RTCERR_CATALOGUE_DOMAINS(RTCERR_DETAIL_CATALOGUE_DOMAIN_TYPE)>);

// The multiplier of the catalogue's perfect hash (rtcerr/core/basic_registry.hpp),
// found once by the search every other registry runs in each unit: stated,
// it spares each unit that includes the catalogue the search. The table is
// built with it in every unit, and is a perfect hash only if no code had to
// probe, so a stale value makes lookups slower, never wrong; the library's
// build fails on it (src/catalogue/catalogue_checks.cpp).
template <>
inline constexpr std::uint32_t detail::stated_hash_multiplier<
    basic_registry<domain_id RTCERR_CATALOGUE_DOMAINS(RTCERR_DETAIL_CATALOGUE_DOMAIN_TYPE)>> =
    0xa1b965f5u;

// A named class rather than an alias, so that diagnostics say
// `rtcerr::basic_error<rtcerr::registry>` rather than a page of domain types.
struct registry
    : basic_registry<domain_id RTCERR_CATALOGUE_DOMAINS(RTCERR_DETAIL_CATALOGUE_DOMAIN_TYPE)> {};

#undef RTCERR_DETAIL_CATALOGUE_ENUMERATOR
#undef RTCERR_DETAIL_CATALOGUE_DOMAIN_TYPE

// The domain's name ("recording"); "unknown" for domain_id::unknown and for
// any value cast from outside the enum.
constexpr std::string_view to_string(domain_id id) noexcept {
  const auto i = static_cast<std::size_t>(id);
  if (i >= registry::domain_count) return "unknown";
  // At run time from the compact tables (rtcerr/core/internal/code_table.hpp).
  return std::is_constant_evaluated() ? registry::domains[i].name : registry::tables[i]->name();
}

// The platform's error value: 4 bytes, trivially copyable. See core/error.hpp.
using error = basic_error<registry>;

// The catalogue's failure counters (rtcerr/core/counters.hpp) live in the
// compiled library (src/runtime/counters.cpp), so that the application, a shared
// librtcerr and its C API count in one place.
#if RTCERR_FAILURE_COUNTERS
namespace detail {
template <>
struct counter_storage<registry> {
  static RTCERR_API counter_block<counter_buckets<registry>> block;
  // count_made_rarely<registry> (the thread's first count, the shared row,
  // the hook), compiled once in the library.
  [[gnu::cold]] RTCERR_API static std::int32_t made_rarely(std::int32_t value) noexcept;
};
}  // namespace detail
#endif

// The catalogue's throwers (throw_error's dispatch, rtcerr/core/basic_exception.hpp)
// are compiled once, in the library (src/catalogue/exception.cpp), with the exception
// types of its 79 codes: throw_error of any registry holding the catalogue's
// domains (an application's registry_with<...>, whose result's value() calls
// it) makes only its own domains' types and calls these for the rest.
namespace detail {
struct error_description;
inline namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE {  // rtcerr/core/internal/config.hpp
template <class Domain>
struct domain_throwers;
#define RTCERR_DETAIL_CATALOGUE_THROWERS(name)                                            \
  template <>                                                                             \
  struct domain_throwers<name::domain> {                                                  \
    [[noreturn]] RTCERR_API static void listed(std::int32_t value, std::size_t position); \
    [[noreturn]] RTCERR_API static void unlisted(std::int32_t value,                      \
                                                 const error_description& description);   \
  };
RTCERR_CATALOGUE_DOMAINS(RTCERR_DETAIL_CATALOGUE_THROWERS)
#undef RTCERR_DETAIL_CATALOGUE_THROWERS
}  // namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE
}  // namespace detail

// `rtcerr::count(e)` for any errc enumerator of the catalogue, or an error:
// counts an answer (rtcerr/core/counters.hpp).
inline namespace RTCERR_COUNTER_ABI_NAMESPACE {
inline void count(error e) noexcept { count<registry>(e); }
}  // namespace RTCERR_COUNTER_ABI_NAMESPACE

// The OpenTelemetry `error.type` of any errc enumerator of the catalogue:
// "recording.stream_data_timeout" (rtcerr/core/counters.hpp; an error takes
// the template there). A template, not a function of `error`: the body of a
// constexpr function is compiled where it is declared, and this one builds
// the table of every code's "domain.name", a large part of a unit
// including rtcerr/rtcerr.hpp, which only a unit that calls it should pay
// for (measured in docs/performance.md, "Compile time").
template <class Errc>
  requires(registry::has_errc<Errc>)
constexpr std::string_view otel_error_type(Errc e) noexcept {
  return otel_error_type<registry>(error(e));
}

// The catalogue's domains plus `Domains...` (each once; a catalogue domain
// named again counts once, so registry_with<> is rtcerr::registry itself).
// Its errors' domain() answers the owning domain's stable id (Domain::id).
template <class... Domains>
using registry_with = registry_union<registry, make_registry<Domains...>>;
// (rtcerr::domain_type_of<605030046>, the domain type owning a value, is in
// the opt-in header rtcerr/core/compose.hpp.)

// The domain whose range contains `value`; `domain_id::unknown` for 0 and for
// values outside every range. Usable in static_assert.
constexpr domain_id domain_of(std::int64_t value) noexcept { return registry::domain_of(value); }

// True for 0 and for every code of the catalogue; false for anything else,
// including unknown values inside a domain's range. Usable in static_assert.
constexpr bool is_registered(std::int64_t value) noexcept { return registry::is_registered(value); }

// Version skew fails to link. Headers and a compiled librtcerr that disagree
// about the catalogue (a code added, removed or renumbered, a condition,
// retry policy or HTTP status changed: everything registry::fingerprint
// covers) would otherwise link and then misbehave: throw_error's tables, the
// categories' lists and the C API would describe another catalogue than the
// program's constants. So the library defines one symbol named after the
// fingerprint of the catalogue it was built with (src/catalogue/catalogue_checks.cpp),
// and every translation unit that includes this header refers to the symbol
// named after its own. When they differ the link fails with
//   undefined reference to
//   `rtcerr::catalogue_skew::librtcerr_built_with_catalogue<12345...ul>::fingerprint'
// naming the registry::fingerprint the headers expected, in decimal (`nm -C`
// on the library shows the one it was built with). The remedy: build against
// the headers installed with the library. The reference is one pointer-sized
// constant per translation unit, never read at run time. The library defines
// the symbol in the file that runs every registry rule over the catalogue,
// and the fingerprint covers everything the rules look at, so the guard also
// proves that the rules held for this catalogue (they are not run again in
// each unit: that is most of the catalogue's compile time).
namespace catalogue_skew {
template <std::uint64_t Fingerprint>
struct librtcerr_built_with_catalogue {
  static const int fingerprint;  // defined for one catalogue only, below
};
// Declared (no initializer: a declaration, not a definition) for this
// catalogue; the library defines it.
template <>
RTCERR_API const int librtcerr_built_with_catalogue<registry::fingerprint>::fingerprint;
[[maybe_unused, gnu::used]] static const int* const guard =
    &librtcerr_built_with_catalogue<registry::fingerprint>::fingerprint;
}  // namespace catalogue_skew

}  // namespace rtcerr
