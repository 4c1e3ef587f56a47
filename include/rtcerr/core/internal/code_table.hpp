// rtcerr/core/internal/code_table.hpp - what the run-time readers of a code read:
// a domain's texts in one block of characters, its codes as offsets into it.
//
// A domain's constexpr table (`Domain::codes`, rows of `code_info`, rtcerr/core/domain.hpp)
// is what users read and what every compile-time query reads. Each of its
// rows holds five std::string_views, and in a position-independent program
// each pointer in static data needs a relocation (24 bytes in `.rela.dyn`,
// written by the loader at start-up) next to the 8 bytes it patches: about
// 200 bytes a code for pointers alone (docs/performance.md, "Size budget").
// What the queries run at run time (basic_error's name(), message(),
// condition()..., the thrown exception's description, the formatters) read
// instead the tables below, built at compile time from the same rows:
//   - a domain's texts (its name, its unknown-code messages, each code's name,
//     messages and hints, its retired names) one after another in one array
//     of characters, `domain_tables<D>::blob`, each followed by a NUL (the C
//     API returns them as C strings);
//   - a row per code with its value, where its texts start in the blob and
//     their lengths, and its small fields (`packed_code`): no pointer;
//   - the domain's own row (`domain_table`): the few pointers a domain needs.
// So a program that only reads codes at run time does not link the
// `code_info` rows, nor relocate their pointers.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rtcerr/core/condition.hpp"
#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/internal/string_view.hpp"

namespace rtcerr::detail {

// A code's row in a compact table. Its five texts (name, Chinese message and
// hint, English message and hint) follow one another in the blob from
// `text`, each followed by a NUL; `size` holds their lengths (a domain's rule keeps each under
// 64 KiB: texts_fit_a_code_table below).
struct packed_code {
  std::int32_t value = 0;
  std::uint32_t text = 0;
  std::uint16_t size[5] = {};
  rtcerr::condition condition = condition::unknown;
  rtcerr::retry retry = retry::never;
  std::uint16_t http_status = 0;
  std::int8_t grpc_override = -1;
  bool safe_to_retry = false;
  // In a registry's rows: the position of the code's domain in the registry
  // (domain_count for the success code); 0 in a domain's own rows.
  std::uint16_t domain = 0;

  // The text at `field` (0 name, 1 message_zh, 2 hint_zh, 3 message_en,
  // 4 hint_en) in `blob`.
  constexpr std::string_view field(const char* blob, unsigned which) const noexcept {
    std::uint32_t at = text;
    for (unsigned i = 0; i < which; ++i) at += size[i] + 1u;
    return view_of(blob + at, size[which]);
  }
  constexpr std::string_view name(const char* blob) const noexcept {
    return view_of(blob + text, size[0]);
  }
  constexpr std::string_view message(const char* blob, lang l) const noexcept {
    return field(blob, l == lang::en ? 3 : 1);
  }
  constexpr std::string_view hint(const char* blob, lang l) const noexcept {
    return field(blob, l == lang::en ? 4 : 2);
  }
  // The row's small fields as a code_info without texts: what the status
  // mapping (grpc_code_of, http_status_of) reads.
  constexpr code_info fields() const noexcept {
    return code_info{value,         {},           {}, {}, {}, {}, condition, retry, http_status,
                     grpc_override, safe_to_retry};
  }
};

// A retired number and where its name is in the blob.
struct packed_retired {
  std::int32_t value = 0;
  std::uint32_t text = 0;
  std::uint32_t size = 0;
};

// A domain as the run-time readers see it: its identity and range, its
// texts (name, unknown-code messages) in its blob, its codes and retired
// numbers, and the defaults of its unlisted values.
struct domain_table {
  const char* blob = nullptr;
  const packed_code* codes = nullptr;
  const packed_retired* retired = nullptr;
  const unknown_default* unknown_defaults = nullptr;
  std::uint64_t id = 0;
  std::int64_t first = 0;
  std::int64_t last = -1;
  std::uint32_t code_count = 0;
  std::uint32_t retired_count = 0;
  std::uint32_t unknown_default_count = 0;
  // Lengths of the name and of the Chinese and English unknown-code
  // messages, which open the blob in that order (each followed by a NUL).
  std::uint32_t name_size = 0;
  std::uint32_t unknown_zh_size = 0;
  std::uint32_t unknown_en_size = 0;

  constexpr std::string_view name() const noexcept { return view_of(blob, name_size); }
  constexpr std::string_view unknown_message(lang l) const noexcept {
    return l == lang::en ? view_of(blob + name_size + 1 + unknown_zh_size + 1, unknown_en_size)
                         : view_of(blob + name_size + 1, unknown_zh_size);
  }
  // The row of the listed code `value`, or nullptr (codes are in ascending
  // order: a binary search).
  const packed_code* find(std::int32_t value) const noexcept {
    std::uint32_t low = 0, high = code_count;
    while (low < high) {
      const std::uint32_t mid = low + (high - low) / 2;
      if (codes[mid].value < value)
        low = mid + 1;
      else
        high = mid;
    }
    return low < code_count && codes[low].value == value ? &codes[low] : nullptr;
  }
  // The name of the retired number `value`, or nullptr when it is not one.
  const packed_retired* find_retired(std::int32_t value) const noexcept {
    for (std::uint32_t i = 0; i < retired_count; ++i)
      if (retired[i].value == value) return &retired[i];
    return nullptr;
  }
  std::string_view retired_name(const packed_retired& r) const noexcept {
    return view_of(blob + r.text, r.size);
  }
  // As domain_info::unknown_default_for (rtcerr/core/domain.hpp).
  unknown_default unknown_default_for(std::int64_t value) const noexcept {
    unknown_default found{first, last, condition::unknown, retry::never};
    for (std::uint32_t i = 0; i < unknown_default_count; ++i) {
      const unknown_default& row = unknown_defaults[i];
      if (row.covers(value)) return row;
      if (row.whole()) found = {first, last, row.condition, row.retry};
    }
    return found;
  }
};

RTCERR_DETAIL_RULE(texts_fit_a_code_table,
                   "a code's name, message or hint is longer than 65535 bytes", class Domain,
                   std::int64_t Code);

// Where Domain's codes' texts start in its blob: after its name and its two
// unknown-code messages, each with its NUL.
template <class Domain>
constexpr std::size_t codes_start_of() noexcept {
  return Domain::name.size() + Domain::unknown_message_zh.size() +
         Domain::unknown_message_en.size() + 3;
}

// The number of characters of Domain's blob, NULs included.
template <class Domain>
constexpr std::size_t blob_size_of() noexcept {
  // RTCERR_DEFINE_DOMAIN's text_block is the blob, and the literal's own NUL.
  if constexpr (requires { Domain::text_block; }) {
    return sizeof(Domain::text_block) - 1;
  } else {
    std::size_t n = codes_start_of<Domain>();
    for (std::size_t i = 0; i < Domain::codes.size(); ++i) {
      const code_info& c = Domain::codes[i];
      n += c.name.size() + c.message_zh.size() + c.hint_zh.size() + c.message_en.size() +
           c.hint_en.size() + 5;
    }
    for (std::size_t i = 0; i < Domain::retired.size(); ++i)
      n += Domain::retired[i].name.size() + 1;
    return n;
  }
}

// The first code of Domain with a text too long for a packed_code, or its
// code count: a pass over every row, run only to name the code when
// domain_tables' texts_fit (below) fails.
template <class Domain>
constexpr std::size_t first_text_too_long() noexcept {
  const code_info* const rows = Domain::codes.data();
  for (std::size_t i = 0; i < Domain::codes.size(); ++i) {
    const code_info c = rows[i];  // one read of the row (see `codes` below)
    if ((c.name.size() | c.message_zh.size() | c.hint_zh.size() | c.message_en.size() |
         c.hint_en.size()) > 0xFFFF)
      return i;
  }
  return Domain::codes.size();
}

// The value of that code, or 0 when every text fits (the pass then does
// not run).
template <class Domain, bool Fit>
constexpr std::int64_t first_code_too_long() noexcept {
  if constexpr (Fit)
    return 0;
  else
    return Domain::codes[first_text_too_long<Domain>()].value;
}

// The compact tables of `Domain`, built at compile time from its `codes`.
template <class Domain>
struct domain_tables {
  static constexpr std::size_t code_count = Domain::codes.size();
  static constexpr std::size_t retired_count = Domain::retired.size();

  // The blob built at compile time from the rows: for domains not declared
  // by RTCERR_DEFINE_DOMAIN (which writes it as one string literal,
  // `Domain::text_block`: nothing to evaluate, and compilers see it as a
  // string; g++ 12 mistakes a NUL-terminated text at an offset in an array
  // built by constant evaluation for an unterminated one in -Wformat-truncation).
  static constexpr std::array<char, blob_size_of<Domain>()> built_blob = [] {
    std::array<char, blob_size_of<Domain>()> out{};
    std::size_t at = 0;
    const auto put = [&](std::string_view t) {
      for (std::size_t i = 0; i < t.size(); ++i) out[at++] = t[i];
      out[at++] = '\0';
    };
    put(Domain::name);
    put(Domain::unknown_message_zh);
    put(Domain::unknown_message_en);
    for (std::size_t i = 0; i < code_count; ++i) {
      const code_info& c = Domain::codes[i];
      put(c.name);
      put(c.message_zh);
      put(c.hint_zh);
      put(c.message_en);
      put(c.hint_en);
    }
    for (std::size_t i = 0; i < retired_count; ++i) put(Domain::retired[i].name);
    return out;
  }();

  static constexpr const char* blob_of() noexcept {
    if constexpr (requires { Domain::text_block; })
      return Domain::text_block;
    else
      return built_blob.data();
  }
  // The domain's texts, in the order above, each followed by a NUL.
  static constexpr const char* blob = blob_of();

  // Built in every unit that uses the domain, so written for constant
  // evaluation's costs (docs/performance.md, "Compile time"): each row read
  // once, by value, and written as one aggregate.
  static constexpr std::array<packed_code, code_count + 1> codes = [] {
    std::array<packed_code, code_count + 1> out{};
    auto at = static_cast<std::uint32_t>(codes_start_of<Domain>());
    const code_info* const rows = Domain::codes.data();
    for (std::size_t i = 0; i < code_count; ++i) {
      const code_info c = rows[i];
      const auto name = static_cast<std::uint16_t>(c.name.size());
      const auto message_zh = static_cast<std::uint16_t>(c.message_zh.size());
      const auto hint_zh = static_cast<std::uint16_t>(c.hint_zh.size());
      const auto message_en = static_cast<std::uint16_t>(c.message_en.size());
      const auto hint_en = static_cast<std::uint16_t>(c.hint_en.size());
      out[i] = packed_code{c.value,
                           at,
                           {name, message_zh, hint_zh, message_en, hint_en},
                           c.condition,
                           c.retry,
                           c.http_status,
                           c.grpc_override,
                           c.safe_to_retry};
      at += name + message_zh + hint_zh + message_en + hint_en + 5u;
    }
    // The sentinel row: where the codes' texts end by the lengths kept (see
    // texts_fit below).
    out[code_count].text = at;
    return out;
  }();

  static constexpr std::array<packed_retired, retired_count + 1> retired = [] {
    std::array<packed_retired, retired_count + 1> out{};
    std::size_t names = 0;
    for (std::size_t i = 0; i < retired_count; ++i) names += Domain::retired[i].name.size() + 1;
    // Where the retired names start, that is where the codes' texts end by
    // their true lengths.
    const std::size_t names_start = blob_size_of<Domain>() - names;
    std::size_t at = names_start;
    for (std::size_t i = 0; i < retired_count; ++i) {
      out[i] = {Domain::retired[i].value, static_cast<std::uint32_t>(at),
                static_cast<std::uint32_t>(Domain::retired[i].name.size())};
      at += Domain::retired[i].name.size() + 1;
    }
    // The sentinel row (see texts_fit below).
    out[retired_count].text = static_cast<std::uint32_t>(names_start);
    return out;
  }();

  // True when every text's length fits the 16 bits of packed_code::size.
  // Read from the two sentinels rather than from a pass over the lengths (a
  // pass of its own cost every unit that includes the catalogue as much as
  // building the rows): a length cut to 16 bits only ever shortens the sum.
  static constexpr bool texts_fit = codes[code_count].text == retired[retired_count].text;
  static_assert(
      texts_fit_a_code_table<Domain, first_code_too_long<Domain, texts_fit>(), texts_fit>::value);

  static constexpr const unknown_default* unknown_defaults_of() noexcept {
    if constexpr (requires { Domain::unknown_defaults; }) {
      if constexpr (Domain::unknown_defaults.size() != 0) return Domain::unknown_defaults.data();
    }
    return nullptr;
  }
  static constexpr std::size_t unknown_default_count() noexcept {
    if constexpr (requires { Domain::unknown_defaults; })
      return Domain::unknown_defaults.size();
    else
      return 0;
  }

  static constexpr domain_table table{
      blob,
      codes.data(),
      retired_count != 0 ? retired.data() : nullptr,
      unknown_defaults_of(),
      id_of<Domain>(),
      Domain::first,
      Domain::last,
      static_cast<std::uint32_t>(code_count),
      static_cast<std::uint32_t>(retired_count),
      static_cast<std::uint32_t>(unknown_default_count()),
      static_cast<std::uint32_t>(Domain::name.size()),
      static_cast<std::uint32_t>(Domain::unknown_message_zh.size()),
      static_cast<std::uint32_t>(Domain::unknown_message_en.size())};
};

}  // namespace rtcerr::detail
