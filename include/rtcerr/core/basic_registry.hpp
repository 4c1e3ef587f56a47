// rtcerr/core/basic_registry.hpp - a set of domains, and constexpr lookups over it.
//
// A registry gathers the domains an application knows about and answers two
// questions about any 64-bit value, at compile time or at run time, without
// touching the heap and without static initialisation:
//   - which domain owns it (by range), and
//   - which catalogue entry it is, if any.
//
//   using app_registry = rtcerr::basic_registry<std::uint64_t, acme::audio::domain,
//                                               acme::media::domain>;
//   static_assert(app_registry::domain_of(700001) == acme::media::domain::id);
//
// The id type says what `domain_of` answers:
//   - `std::uint64_t`: the owning domain's stable id (`Domain::id`), 0 for a
//     value outside every range. Nothing to write and nothing to keep in
//     order; registries made by composition (rtcerr/core/compose.hpp) use it.
//   - an enum listing the domains in registry order, each enumerator spelled
//     as its domain's name, then `unknown` (the platform's `domain_id`). The
//     spelling and the order are checked: an enum cannot report one domain
//     for another's value.
// Each domain is a type as RTCERR_DEFINE_DOMAIN declares it (errc_type, name,
// id, first, last, codes, retired, unknown_message_zh, unknown_message_en).
//
// Validation is part of the type: every rule of rtcerr/core/internal/checks.hpp runs
// when a registry is first used, so no registry can skip it (measured cost:
// docs/domains.md).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/internal/checks.hpp"
#include "rtcerr/core/internal/code_table.hpp"
#include "rtcerr/core/internal/registry_fingerprint.hpp"

namespace rtcerr {

// The universal success code. It belongs to no domain.
inline constexpr code_info success_code{0,  "success",          "成功",       "", "Success",
                                        "", condition::success, retry::never, 0};

// A list of types, for handing a registry's domains to other templates.
template <class... Types>
struct type_list {};

namespace detail {
// Declared here for the API below; defined after it ("Implementation details
// follow").
template <class... Domains>
constexpr std::size_t code_count_of() noexcept;
struct success_domain;
// success_domain, named through a template argument so that a registry's
// tables name it only when instantiated (it is defined below).
template <class Dependent>
struct success_domain_for {
  using type = success_domain;
};
template <class IdType, std::size_t DomainCount>
constexpr bool id_type_is_usable() noexcept;
// The perfect-hash multiplier of a registry's lookup table, stated where the
// registry's library found it (the catalogue's, in rtcerr/registry.hpp), or 0:
// search for one. A stated multiplier spares every unit the search.
template <class Registry>
inline constexpr std::uint32_t stated_hash_multiplier = 0;
// Registries as sets of domains (make_registry, registry_union).
template <class List, class... More>
struct unite;
template <class List>
struct registry_of_list;
template <class R1, class List>
struct union_with;
}  // namespace detail

template <class IdEnum, class... Domains>
struct basic_registry {
  using id_type = IdEnum;
  using domain_list = type_list<Domains...>;
  static constexpr std::size_t domain_count = sizeof...(Domains);
  static constexpr std::array<domain_info, domain_count> domains{domain_info::of<Domains>()...};

  static_assert(detail::id_type_is_usable<IdEnum, sizeof...(Domains)>(),
                "rtcerr: a registry's id type is std::uint64_t (the domains' own ids) or an enum "
                "listing one enumerator per domain, in registry order, followed by `unknown`");

  // Every rule of rtcerr/core/internal/checks.hpp; a broken rule stops compilation
  // here, with its own message. (The rules of domains checked where their
  // library was built, the catalogue's, run there once, and a link guard ties
  // every unit to that check: rtcerr/core/internal/checked_in_library.hpp.)
  static constexpr bool validated = detail::checks::registry_rules_in_this_unit<
      detail::checked_where_library_is_built<basic_registry>, IdEnum, Domains...>();
  static_assert(validated);

  // True when `Domain` is one of this registry's domains.
  template <class Domain>
  static constexpr bool has_domain = (std::is_same_v<Domain, Domains> || ...);

  // True when every domain of `Other` (a registry) is one of this registry's:
  // then Other's errors convert into this registry's without loss.
  template <class Other>
  static constexpr bool contains_all_of = []<class... Ds>(type_list<Ds...>) {
    return (has_domain<Ds> && ...);
  }(typename Other::domain_list{});

  // True when Errc is the `errc` enum of one of this registry's domains.
  template <class Errc>
  static constexpr bool has_errc = (std::is_same_v<Errc, typename Domains::errc_type> || ...);

  // The position of the domain owning `value` in `domains`, or `domain_count`
  // when no domain owns it (0 included).
  // (It reads `ranges`, not `domains`: a unit that finds a value's domain at
  // run time then does not emit every domain's table with it.)
  static constexpr std::size_t domain_index(std::int64_t value) noexcept {
    for (std::size_t i = 0; i < domain_count; ++i)
      if (ranges[i].first <= value && value <= ranges[i].last) return i;
    return domain_count;
  }

  // The id of the domain at `index` in `domains`; the "no domain" id (enum
  // `unknown`, or 0) for domain_count.
  static constexpr IdEnum id_at(std::size_t index) noexcept {
    if constexpr (std::is_enum_v<IdEnum>)
      return static_cast<IdEnum>(index < domain_count ? index : domain_count);
    else
      return index < domain_count ? domains[index].id : 0;
  }

  static constexpr IdEnum domain_of(std::int64_t value) noexcept {
    return id_at(domain_index(value));
  }

  // A 64-bit fingerprint of everything a compiled library relies on and
  // everything the registry rules look at: every domain's identity and
  // range, every code's value, name, condition, retry policy, HTTP status
  // and gRPC override and whether its messages are empty, every retired
  // number and name. Two builds that disagree on any of them disagree here
  // (rtcerr/registry.hpp turns that into a link error, which is also what
  // lets the catalogue's rules run once, in the library: see `validated`).
  // Texts other than names are not covered: they change no behaviour.
  // It is evaluated in every translation unit that includes the catalogue,
  // where each step of constant evaluation costs compile time: numbers are
  // mixed a word at a time, and the names of a domain that
  // RTCERR_DEFINE_DOMAIN declared eight characters at a time
  // (rtcerr/core/internal/registry_fingerprint.hpp).
  static constexpr std::uint64_t fingerprint = detail::link_fingerprint<Domains...>();

  // "No such entry", returned by the index lookups below.
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  // The lookups come in two forms. The index forms (`find_index`,
  // `retired_index`, `domain_index`) are what everything evaluated at
  // compile time uses: they never compare a pointer, which g++ refuses in
  // constant evaluation under -fsanitize=undefined. The pointer forms
  // (`find`, `owner`, `find_retired`) are thin wrappers for run-time callers.

  // The position of `value`'s catalogue entry in `entries` (`code_count` for
  // the success code 0), or npos for any value that is not a listed code
  // (including retired ones). O(1): one multiply, two loads and one compare
  // (see `slots` below).
  static constexpr std::size_t find_index(std::int64_t value) noexcept {
    if (value == 0) return code_count;
    if (value < std::numeric_limits<std::int32_t>::min() ||
        value > std::numeric_limits<std::int32_t>::max())
      return npos;
    const auto key = static_cast<std::int32_t>(value);
    if constexpr (lookup.perfect) {
      const std::size_t entry = lookup.slots[slot_of(key)];
      // An empty slot holds 0, whose value is 0: never a key here.
      return lookup.values[entry] == key ? entry - 1 : npos;
    } else {
      for (std::size_t i = slot_of(key);; i = (i + 1) & (slot_count - 1)) {
        const std::size_t entry = lookup.slots[i];
        if (entry == 0) return npos;
        if (lookup.values[entry] == key) return entry - 1;
      }
    }
  }

  // The entry at `index` (a find_index result other than npos). Through
  // `entries`' pointer: a lookup is one load from the row (finding the row
  // through a (domain, position) pair instead saves the pointers'
  // relocations in a position-independent program, but made the lookup
  // benchmark's wire code -> message slower: docs/performance.md).
  static constexpr const code_info& entry_at(std::size_t index) noexcept { return *entries[index]; }

  // The domain owning `value`, or nullptr.
  static constexpr const domain_info* owner(std::int64_t value) noexcept {
    const std::size_t i = domain_index(value);
    return i < domain_count ? &domains[i] : nullptr;
  }

  // The catalogue entry for `value`: `success_code` for 0, nullptr for any
  // value that is not a listed code (including retired ones).
  static constexpr const code_info* find(std::int64_t value) noexcept {
    const std::size_t i = find_index(value);
    return i != npos ? entries[i] : nullptr;
  }

  // The position of `value` in its domain's retired list, or npos when it is
  // not a retired number. Retired lists are short; a linear scan is enough.
  static constexpr std::size_t retired_index(std::int64_t value) noexcept {
    const std::size_t d = domain_index(value);
    if (d == domain_count) return npos;
    if (!std::is_constant_evaluated()) {  // the compact table: see `rows`
      const detail::domain_table& t = *tables[d];
      const detail::packed_retired* r = t.find_retired(static_cast<std::int32_t>(value));
      return r != nullptr ? static_cast<std::size_t>(r - t.retired) : npos;
    }
    for (std::size_t i = 0; i < domains[d].retired.size(); ++i)
      if (domains[d].retired[i].value == value) return i;
    return npos;
  }

  // The tombstone for `value` if it is a retired number of its domain, else
  // nullptr.
  static constexpr const retired_code* find_retired(std::int64_t value) noexcept {
    const std::size_t i = retired_index(value);
    return i != npos ? &domains[domain_index(value)].retired[i] : nullptr;
  }

  // True when the lookup table is a perfect hash (one probe per lookup).
  static constexpr bool perfect_hash() noexcept { return lookup.perfect; }

  // True for 0 and for every listed code; false for retired and unknown values.
  static constexpr bool is_registered(std::int64_t value) noexcept {
    return find_index(value) != npos;
  }

  // The number of listed codes, over all domains.
  static constexpr std::size_t code_count = detail::code_count_of<Domains...>();

  // Every listed code, domain after domain in registry order, then the
  // success code (at `code_count`). Pointers into the domains' own tables, so
  // a code's entry is the same object whichever registry finds it.
  static constexpr std::array<const code_info*, code_count + 1> entries = [] {
    std::array<const code_info*, code_count + 1> all{};
    std::size_t next = 0;
    for (const domain_info& d : domains)
      for (const code_info& c : d.codes) all[next++] = &c;
    all[next] = &success_code;
    return all;
  }();

  // What the queries read at run time (rtcerr/core/internal/code_table.hpp):
  // the same codes as `entries`, in the same order, as rows of offsets into
  // their domain's block of texts, so that a program reading codes at run
  // time holds no pointer per text (each needs a relocation in a
  // position-independent program) and does not link the `code_info` rows.
  // Compile-time queries keep reading `entries` and `domains`.
  // Each domain's compact table, in registry order.
  static constexpr std::array<const detail::domain_table*, domain_count> tables{
      &detail::domain_tables<Domains>::table...};
  // Each domain's block of texts, then the success code's (a row's `domain`
  // indexes this).
  static constexpr std::array<const char*, domain_count + 1> blobs{
      detail::domain_tables<Domains>::blob...,
      detail::domain_tables<typename detail::success_domain_for<IdEnum>::type>::blob};
  // The row of each entry of `entries`.
  static constexpr std::array<detail::packed_code, code_count + 1> rows = [] {
    std::array<detail::packed_code, code_count + 1> all{};
    std::size_t next = 0;
    std::uint16_t d = 0;
    (
        [&] {
          for (std::size_t i = 0; i < Domains::codes.size(); ++i) {
            all[next] = detail::domain_tables<Domains>::codes[i];
            all[next++].domain = d;
          }
          ++d;
        }(),
        ...);
    all[next] = detail::domain_tables<typename detail::success_domain_for<IdEnum>::type>::codes[0];
    all[next].domain = d;
    return all;
  }();

  // The compact table of the domain owning `value`, or nullptr. Run time only.
  static const detail::domain_table* table_of(std::int64_t value) noexcept {
    const std::size_t d = domain_index(value);
    return d < domain_count ? tables[d] : nullptr;
  }
  // The block of texts of `row`, one of `rows`.
  static constexpr const char* blob_of(const detail::packed_code& row) noexcept {
    return blobs[row.domain];
  }

 private:
  // The lookup table, built at compile time: every code of every domain in a
  // slot chosen by multiplicative hashing. For registries of up to ~120 codes,
  // building it searches for a multiplier that gives every code a slot of its
  // own (a perfect hash: a lookup is two loads and one compare), in a table of
  // at most 2048 slots; a registry whose library states the multiplier it
  // found (detail::stated_hash_multiplier, the catalogue's in
  // rtcerr/registry.hpp) skips the search. Otherwise (larger registries, or no
  // multiplier found) colliding codes are placed by linear probing in a table
  // at most 1/4 full, and a lookup probes until it meets the code or an empty
  // slot. Whether the table is perfect is read from the table as built (no
  // code had to probe), so a stated multiplier that no longer fits the codes
  // makes lookups probe, never miss.
  // A slot holds 0 (empty) or 1 + a position in `entries`, in the smallest
  // unsigned type that counts them (one byte for the catalogue's codes); the
  // codes' values sit in `lookup.values` (at 1 + the position), 4 bytes per
  // code, read by the one compare. Empty slots are 0 so that building the
  // table writes only the codes' slots (filling the others with another value
  // cost every unit that includes the catalogue: docs/performance.md,
  // "Compile time").
  using slot = std::conditional_t<(detail::code_count_of<Domains...>() < 0xFF), std::uint8_t,
                                  std::conditional_t<(detail::code_count_of<Domains...>() < 0xFFFF),
                                                     std::uint16_t, std::uint32_t>>;

  // Each domain's range, in registry order (domain_index).
  struct domain_range {
    std::int64_t first;
    std::int64_t last;
  };
  static constexpr std::array<domain_range, domain_count> ranges = [] {
    std::array<domain_range, domain_count> all{};
    for (std::size_t d = 0; d < domain_count; ++d) all[d] = {domains[d].first, domains[d].last};
    return all;
  }();

  static constexpr unsigned bits_for(std::size_t slots_wanted) noexcept {
    unsigned bits = 3;
    while ((std::size_t{1} << bits) < slots_wanted) ++bits;
    return bits;
  }

  static constexpr std::uint32_t hash_of(std::uint32_t multiplier, unsigned bits,
                                         std::int32_t key) noexcept {
    return (static_cast<std::uint32_t>(key) * multiplier) >> (32 - bits);
  }

  struct hash_choice {
    std::uint32_t multiplier = 2654435769u;  // 2^32 / phi: Fibonacci hashing
    unsigned bits = bits_for(4 * code_count);
  };

  static constexpr hash_choice hash = [] {
    // With n codes in m slots, a random multiplier is perfect with
    // probability about exp(-n^2 / 2m); m >= n^2 / 8 makes that >= 2e-2, so
    // a few hundred candidates suffice, and the search stays cheap.
    constexpr std::size_t for_perfect = code_count * code_count / 8;
    constexpr unsigned bits = bits_for(for_perfect > 4 * code_count ? for_perfect : 4 * code_count);
    constexpr unsigned max_perfect_bits = 11;
    constexpr std::uint32_t stated = detail::stated_hash_multiplier<basic_registry>;
    if constexpr (bits > max_perfect_bits) {
      return hash_choice{};
    } else if constexpr (stated != 0) {
      return hash_choice{stated, bits};
    } else {
      std::uint64_t state = 0x9E3779B97F4A7C15ull;
      for (int attempt = 0; attempt < 1024; ++attempt) {
        // splitmix64 gives the candidates; multipliers must be odd.
        state += 0x9E3779B97F4A7C15ull;
        std::uint64_t z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        const auto multiplier = static_cast<std::uint32_t>(z ^ (z >> 31)) | 1u;
        std::array<std::uint64_t, ((std::size_t{1} << bits) + 63) / 64> used{};
        bool collision = false;
        for (const domain_info& d : domains) {
          for (const code_info& c : d.codes) {
            const std::uint32_t h = hash_of(multiplier, bits, c.value);
            const std::uint64_t bit = std::uint64_t{1} << (h % 64);
            collision = (used[h / 64] & bit) != 0;
            used[h / 64] |= bit;
            if (collision) break;
          }
          if (collision) break;
        }
        if (!collision) return hash_choice{multiplier, bits};
      }
      return hash_choice{};
    }
  }();

  static constexpr std::size_t slot_count = std::size_t{1} << hash.bits;

  static constexpr std::size_t slot_of(std::int32_t key) noexcept {
    return hash_of(hash.multiplier, hash.bits, key);
  }

  // The slots, and the values they point to: 0 (what an empty slot points
  // to), then the value of each listed code, in the order of `entries`.
  // Built in one pass, each code's value read once: every unit that includes
  // the catalogue builds them.
  struct lookup_table {
    slot slots[slot_count] = {};
    std::int32_t values[code_count + 1] = {};
    bool perfect = true;  // no code had to probe
  };
  static constexpr lookup_table lookup = [] {
    lookup_table table;
    std::size_t next = 0;
    (
        [&] {
          const code_info* const codes = Domains::codes.data();
          for (std::size_t c = 0; c < Domains::codes.size(); ++c) {
            const std::int32_t value = codes[c].value;
            std::size_t i =
                (static_cast<std::uint32_t>(value) * hash.multiplier) >> (32 - hash.bits);
            if (table.slots[i] != 0) {
              table.perfect = false;
              do i = (i + 1) & (slot_count - 1);
              while (table.slots[i] != 0);
            }
            table.slots[i] = static_cast<slot>(++next);
            table.values[next] = value;
          }
        }(),
        ...);
    return table;
  }();
};

// --- Registries as sets of domains. ------------------------------------------

// The registry of `Domains...`, in that order, each once (a domain named
// twice counts once). Its id type is std::uint64_t: `domain_of(v)` answers the
// owning domain's stable id, so there is no id enum to write or keep in order.
template <class... Domains>
using make_registry =
    typename detail::registry_of_list<typename detail::unite<type_list<>, Domains...>::type>::type;

// R1's domains, then those of R2 that R1 lacks. When R2 adds nothing the
// result IS R1 (the same type), so uniting a registry with a part of itself
// changes nothing. A union whose domains overlap fails the registry rules.
template <class R1, class R2>
using registry_union = typename detail::union_with<R1, typename R2::domain_list>::type;

// True for every registry that compiles: the rules run inside the registry
// type (rtcerr/core/internal/checks.hpp), so a broken one stops compilation with the
// rule's message. Kept for code that states the check explicitly.
template <class Registry>
consteval bool registry_is_valid() {
  return Registry::validated;
}

}  // namespace rtcerr

// --- Implementation details follow. -----------------------------------------

namespace rtcerr {
namespace detail {

// The success code as a domain of one code, for the compact tables
// (rtcerr/core/internal/code_table.hpp): its texts in a blob of their own.
struct success_domain {
  static constexpr std::string_view name = "";
  static constexpr std::uint64_t id = 0;
  static constexpr std::int64_t first = 0;
  static constexpr std::int64_t last = 0;
  static constexpr std::string_view unknown_message_zh = "";
  static constexpr std::string_view unknown_message_en = "";
  static constexpr table_view<code_info> codes{&success_code, 1};
  static constexpr table_view<retired_code> retired{};
  // Its texts as the compact table lays them out (name, two unknown-code
  // messages, then the code's five texts), each followed by a NUL.
  static constexpr char text_block[] = "\0\0\0success\0成功\0\0Success\0\0";
};

// True when a domain of Registry states defaults for its unlisted values
// (unknown_default, rtcerr/core/domain.hpp): a registry whose domains state
// none (the catalogue) skips the lookup, and its unlisted values cost no more
// code than a constant.
template <class Registry>
inline constexpr bool states_unknown_defaults = [] {
  for (const domain_info& d : Registry::domains)
    if (!d.unknown_defaults.empty()) return true;
  return false;
}();

// The number of listed codes of `Domains...`.
template <class... Domains>
constexpr std::size_t code_count_of() noexcept {
  return (Domains::codes.size() + ... + 0);
}

template <class IdType, std::size_t DomainCount>
constexpr bool id_type_is_usable() noexcept {
  if constexpr (std::is_enum_v<IdType>)
    return requires { IdType::unknown; } &&
           static_cast<std::size_t>(IdType::unknown) == DomainCount;
  else
    return std::is_same_v<IdType, std::uint64_t>;
}

// Registries as sets of domains.
// `List` with each of `More...` appended unless already in it.
template <class... Have>
struct unite<type_list<Have...>> {
  using type = type_list<Have...>;
};
template <class... Have, class Next, class... More>
struct unite<type_list<Have...>, Next, More...> {
  using type = typename unite<std::conditional_t<(std::is_same_v<Have, Next> || ...),
                                                 type_list<Have...>, type_list<Have..., Next>>,
                              More...>::type;
};

template <class... Domains>
struct registry_of_list<type_list<Domains...>> {
  using type = basic_registry<std::uint64_t, Domains...>;
};

template <class R1, class... More>
struct union_with<R1, type_list<More...>> {
  template <class... Have>
  static auto append(type_list<Have...>) -> unite<type_list<Have...>, More...>;
  using united = typename decltype(append(typename R1::domain_list{}))::type;
  using type = std::conditional_t<std::is_same_v<united, typename R1::domain_list>, R1,
                                  typename registry_of_list<united>::type>;
};

// Every rule over `Registry`, none skipped: what a library that checks its
// domains where it is built asserts (rtcerr/core/internal/checked_in_library.hpp).
template <class Registry>
consteval bool check_registry_rules() {
  return []<class... Domains>(type_list<Domains...>) {
    return checks::registry_rules<typename Registry::id_type, Domains...>();
  }(typename Registry::domain_list{});
}
}  // namespace detail

}  // namespace rtcerr
