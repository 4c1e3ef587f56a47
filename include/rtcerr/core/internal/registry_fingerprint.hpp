// rtcerr/core/internal/registry_fingerprint.hpp - what a registry's two fingerprints mix.
//
// Not meant to be included on its own: rtcerr/core/basic_registry.hpp
// includes it for `Registry::fingerprint` (the link guard's), and
// rtcerr/core/basic_fingerprint.hpp for `fingerprint_of<Registry>()` (the
// published one, which other languages recompute).
#pragma once

#include <cstddef>
#include <cstdint>

#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/internal/code_table.hpp"

namespace rtcerr::detail {

// What registry::fingerprint mixes from each row (see link_fingerprint
// below): identities, ranges, names and every field a
// compiled library relies on, numbers a word at a time; of the texts other
// than names only whether they are empty (they change no behaviour).
struct registry_fingerprint_mix {
  fnv1a64 hash;

  constexpr void begin(std::size_t) noexcept { hash.bytes("rtcerr registry 4"); }
  constexpr void domain(const domain_info& d) noexcept {
    hash.word(d.id);
    hash.word(d.name.size());
    hash.bytes(d.name);
    hash.word(static_cast<std::uint64_t>(d.first));
    hash.word(static_cast<std::uint64_t>(d.last));
    hash.word(d.codes.size());
    // Only a domain that states unknown-code defaults mixes them, so that
    // the fingerprint of every other domain stays what it was.
    for (const unknown_default& u : d.unknown_defaults) {
      hash.word(static_cast<std::uint64_t>(u.first));
      hash.word(static_cast<std::uint64_t>(u.last));
      hash.word(static_cast<std::uint64_t>(u.condition) << 8 | static_cast<std::uint64_t>(u.retry));
    }
  }
  constexpr void code(const code_info& c) noexcept {
    hash.word(std::uint64_t{static_cast<std::uint32_t>(c.value)} << 32 | c.name.size());
    hash.bytes(c.name);
    hash.word(std::uint64_t{c.message_zh.empty()} << 49 |
              std::uint64_t{c.message_en.empty()} << 48 |
              std::uint64_t{static_cast<std::uint8_t>(c.grpc_override)} << 40 |
              static_cast<std::uint64_t>(c.condition) << 32 |
              static_cast<std::uint64_t>(c.retry) << 16 | c.http_status);
  }
  constexpr void retired_count(std::size_t n) noexcept { hash.word(n); }
  constexpr void retired(const retired_code& r) noexcept {
    hash.word(std::uint64_t{static_cast<std::uint32_t>(r.value)} << 32 | r.name.size());
    hash.bytes(r.name);
  }
};

// Registry::fingerprint of a registry of Domains... (the link guard's: see
// registry_fingerprint_mix above for what it covers). The same walk as
// walk_rows, written per domain type for constant evaluation's costs, since
// every unit that includes the catalogue evaluates it (docs/performance.md,
// "Compile time"): each row read once, by value, and the names of a domain
// that RTCERR_DEFINE_DOMAIN declared read from its `code_names`, eight
// characters a step, rather than byte by byte (the words are the host's
// byte order: the guard compares builds for one platform).
template <class... Domains>
constexpr std::uint64_t link_fingerprint() noexcept;

// What fingerprint_of mixes from each row (see walk_rows in
// rtcerr/core/domain.hpp): every field, texts included, numbers as 8 bytes
// and texts with their length first (FNV-1a's byte-wise definition, which
// other languages can recompute).
struct catalogue_fingerprint_mix {
  fnv1a64 hash;

  constexpr void begin(std::size_t domain_count) noexcept {
    hash.number(static_cast<std::int64_t>(domain_count));
  }
  constexpr void domain(const domain_info& d) noexcept {
    hash.text(d.name);
    hash.number(d.first);
    hash.number(d.last);
    hash.number(static_cast<std::int64_t>(d.codes.size()));
    // Only a domain that states unknown-code defaults mixes them: every
    // other domain's fingerprint stays what it was.
    for (const unknown_default& u : d.unknown_defaults) {
      hash.number(u.first);
      hash.number(u.last);
      hash.number(static_cast<std::int64_t>(u.condition));
      hash.number(static_cast<std::int64_t>(u.retry));
    }
  }
  constexpr void code(const code_info& c) noexcept {
    hash.number(c.value);
    hash.text(c.name);
    hash.text(c.message_zh);
    hash.text(c.hint_zh);
    hash.text(c.message_en);
    hash.text(c.hint_en);
    hash.number(static_cast<std::int64_t>(c.condition));
    hash.number(static_cast<std::int64_t>(c.retry));
    hash.number(c.http_status);
    hash.number(c.grpc_override);
  }
  constexpr void retired_count(std::size_t n) noexcept {
    hash.number(static_cast<std::int64_t>(n));
  }
  constexpr void retired(const retired_code& r) noexcept {
    hash.number(r.value);
    hash.text(r.name);
  }
};

template <std::size_t Words>
struct word_block {
  std::uint64_t word[Words];
};

// One step of fnv1a64::word, written out: a call per step costs constant
// evaluation more than the step.
constexpr std::uint64_t link_word(std::uint64_t h, std::uint64_t value) noexcept {
  h = (h ^ value) * fnv1a64::prime;
  return h ^ (h >> 32);
}

template <class Domain>
constexpr void mix_for_link(fnv1a64& hash) noexcept {
  registry_fingerprint_mix mix{hash};
  mix.domain(domain_info::of<Domain>());
  if constexpr (requires { Domain::code_names; }) {
    // The same words as registry_fingerprint_mix::code, from the domain's
    // compact rows (scalars, read without a call), and the names last.
    std::uint64_t h = mix.hash.value();
    const packed_code* const codes = domain_tables<Domain>::codes.data();
    for (std::size_t i = 0; i < Domain::codes.size(); ++i) {
      const packed_code c = codes[i];
      h = link_word(h, std::uint64_t{static_cast<std::uint32_t>(c.value)} << 32 | c.size[0]);
      h = link_word(h, std::uint64_t{c.size[1] == 0} << 49 | std::uint64_t{c.size[3] == 0} << 48 |
                           std::uint64_t{static_cast<std::uint8_t>(c.grpc_override)} << 40 |
                           static_cast<std::uint64_t>(c.condition) << 32 |
                           static_cast<std::uint64_t>(c.retry) << 16 | c.http_status);
    }
    h = link_word(h, Domain::retired.size());
    const packed_retired* const retired = domain_tables<Domain>::retired.data();
    for (std::size_t i = 0; i < Domain::retired.size(); ++i)
      h = link_word(
          h, std::uint64_t{static_cast<std::uint32_t>(retired[i].value)} << 32 | retired[i].size);
    constexpr std::size_t words = sizeof(Domain::code_names) / 8;
    const auto names = __builtin_bit_cast(word_block<words>, Domain::code_names);
    for (std::size_t i = 0; i < words; ++i) h = link_word(h, names.word[i]);
    hash = fnv1a64::with_value(h);
  } else {
    const code_info* const codes = Domain::codes.data();
    for (std::size_t i = 0; i < Domain::codes.size(); ++i) mix.code(codes[i]);
    const retired_code* const retired = Domain::retired.data();
    mix.retired_count(Domain::retired.size());
    for (std::size_t i = 0; i < Domain::retired.size(); ++i) mix.retired(retired[i]);
    hash = mix.hash;
  }
}

template <class... Domains>
constexpr std::uint64_t link_fingerprint() noexcept {
  registry_fingerprint_mix mix;
  mix.begin(sizeof...(Domains));
  (mix_for_link<Domains>(mix.hash), ...);
  return mix.hash.value();
}

}  // namespace rtcerr::detail
