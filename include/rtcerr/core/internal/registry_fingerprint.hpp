// rtcerr/core/internal/registry_fingerprint.hpp - what basic_registry::fingerprint mixes.
//
// Not meant to be included on its own: rtcerr/core/basic_registry.hpp
// includes it for the `fingerprint` of every registry.
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

}  // namespace rtcerr::detail
