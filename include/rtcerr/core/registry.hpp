// rtcerr/core/registry.hpp - a set of domains, and constexpr lookups over it.
//
// A registry gathers the domains an application knows about and answers two
// questions about any 64-bit value, at compile time or at run time, without
// touching the heap and without static initialisation:
//   - which domain owns it (by range), and
//   - which catalogue entry it is, if any.
//
//   enum class app_domain : std::uint8_t { engine, media, unknown };
//   using app_registry = rtcerr::basic_registry<app_domain, rtcerr::engine::domain,
//                                               acme::media::domain>;
//   static_assert(app_registry::domain_of(700001) == app_domain::media);
//
// The id enum lists the domains in registry order and ends with `unknown`,
// which is what a value outside every range maps to.
//
// Building a registry does not validate it (that would cost every translation
// unit that includes it). Validate it once, in one .cpp file, with
// rtcerr/core/checks.hpp: `static_assert(rtcerr::registry_is_valid<app_registry>());`
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "rtcerr/core/domain.hpp"

namespace rtcerr {

// The universal success code. It belongs to no domain.
inline constexpr code_info success_code{0,  "success",          "成功",       "", "Success",
                                        "", condition::success, retry::never, 0};

template <class IdEnum, class... Domains>
struct basic_registry {
  using id_type = IdEnum;
  static constexpr std::size_t domain_count = sizeof...(Domains);
  static constexpr std::array<domain_info, domain_count> domains{domain_info::of<Domains>()...};

  static_assert(std::is_enum_v<IdEnum>, "rtcerr: a registry's id type must be an enum");
  static_assert(static_cast<std::size_t>(IdEnum::unknown) == domain_count,
                "rtcerr: the registry's id enum must list one enumerator per domain, in "
                "registry order, followed by `unknown`");

  // True when Errc is the `errc` enum of one of this registry's domains.
  template <class Errc>
  static constexpr bool has_errc = (std::is_same_v<Errc, typename Domains::errc_type> || ...);

  // The position of the domain owning `value` in `domains`, or `domain_count`
  // when no domain owns it (0 included).
  static constexpr std::size_t domain_index(std::int64_t value) noexcept {
    for (std::size_t i = 0; i < domain_count; ++i)
      if (domains[i].owns(value)) return i;
    return domain_count;
  }

  static constexpr IdEnum domain_of(std::int64_t value) noexcept {
    return static_cast<IdEnum>(domain_index(value));
  }

  // The domain owning `value`, or nullptr.
  static constexpr const domain_info* owner(std::int64_t value) noexcept {
    const std::size_t i = domain_index(value);
    return i < domain_count ? &domains[i] : nullptr;
  }

  // The catalogue entry for `value`: `success_code` for 0, nullptr for any
  // value that is not a listed code (including retired ones). O(1): one hash,
  // then on average fewer than two probes of one cache line.
  static constexpr const code_info* find(std::int64_t value) noexcept {
    if (value == 0) return &success_code;
    if (value < std::numeric_limits<std::int32_t>::min() ||
        value > std::numeric_limits<std::int32_t>::max())
      return nullptr;
    const auto key = static_cast<std::int32_t>(value);
    for (std::size_t i = slot_of(key);; i = (i + 1) & (slot_count - 1)) {
      const slot& s = slots[i];
      if (s.info == nullptr) return nullptr;
      if (s.value == key) return s.info;
    }
  }

  // The tombstone for `value` if it is a retired number of its domain, else
  // nullptr. Retired lists are short; a linear scan is enough.
  static constexpr const retired_code* find_retired(std::int64_t value) noexcept {
    const domain_info* d = owner(value);
    if (d == nullptr) return nullptr;
    for (const retired_code& r : d->retired)
      if (r.value == value) return &r;
    return nullptr;
  }

  // True for 0 and for every listed code; false for retired and unknown values.
  static constexpr bool is_registered(std::int64_t value) noexcept {
    return find(value) != nullptr;
  }

 private:
  // The lookup table: open addressing with linear probing over every code of
  // every domain, built at compile time. The table has at least four slots
  // per code, so it is never full (the probe loop always meets an empty slot)
  // and a miss, the common case for values from newer peers, ends quickly.
  struct slot {
    std::int32_t value = 0;
    const code_info* info = nullptr;  // nullptr: empty slot
  };

  static constexpr std::size_t code_count = (Domains::codes.size() + ... + 0);
  static constexpr unsigned slot_bits = [] {
    unsigned bits = 3;
    while ((std::size_t{1} << bits) < 4 * code_count) ++bits;
    return bits;
  }();
  static constexpr std::size_t slot_count = std::size_t{1} << slot_bits;

  // Fibonacci hashing: multiply by 2^32 / phi, keep the top bits.
  static constexpr std::size_t slot_of(std::int32_t key) noexcept {
    const std::uint32_t mixed = static_cast<std::uint32_t>(key) * 2654435769u;
    return static_cast<std::size_t>(mixed >> (32 - slot_bits));
  }

  static constexpr std::array<slot, slot_count> slots = [] {
    std::array<slot, slot_count> table{};
    for (const domain_info& d : domains)
      for (const code_info& c : d.codes) {
        std::size_t i = slot_of(c.value);
        while (table[i].info != nullptr) i = (i + 1) & (slot_count - 1);
        table[i] = slot{c.value, &c};
      }
    return table;
  }();
};

}  // namespace rtcerr
