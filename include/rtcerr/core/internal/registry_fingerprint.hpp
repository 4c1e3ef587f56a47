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

namespace rtcerr::detail {

// What registry::fingerprint mixes from each row (see walk_rows in
// rtcerr/core/domain.hpp): identities, ranges, names and every field a
// compiled library relies on, numbers a word at a time; of the texts other
// than names only whether they are empty (they change no behaviour).
struct registry_fingerprint_mix {
  fnv1a64 hash;

  constexpr void begin(std::size_t) noexcept { hash.bytes("rtcerr registry 3"); }
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

}  // namespace rtcerr::detail
