// rtcerr/core/domain.hpp - the vocabulary of a domain and the macro that declares one.
//
// An error *domain* is a subsystem that owns a closed range of numeric codes
// (for example 700000-700999). Every code in it carries a stable
// snake_case name, a message and a hint in Chinese and English, a generic
// `condition` (what kind of failure it is, shared across domains), a `retry`
// policy and, where it makes sense, an HTTP status.
//
// A domain is declared once, as data, one line per code (the list is a
// macro taking CODE and RETIRED, so each line ends in a backslash):
/*
     #define MEDIA_CODES(CODE, RETIRED)                                  \
       CODE(700001, camera_busy, "摄像头被占用", "", "Camera is busy", "", \
            busy, backoff, 0)                                            \
       RETIRED(700002, old_codec_error)
     namespace acme::media {
     RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES);
     }
*/
// A CODE line is: value, name, Chinese message, Chinese hint, English message,
// English hint, condition, retry policy, HTTP status (0: derived from the gRPC
// code), and then optionally one or two options, in any order:
//   - a `grpc_code` enumerator, overriding the gRPC code the condition gives
//     (see rtcerr/core/status_mapping.hpp);
//   - `safe_to_retry`: the code answers gRPC INTERNAL, yet the failed
//     operation is transient and safe to send again, so its `backoff` policy
//     stands. Without it an INTERNAL code's policy must be `never` (AIP-194
//     retries only UNAVAILABLE; the rules in rtcerr/core/internal/checks.hpp say so).
//       CODE(700004, quota_full, "配额已满", "", "Quota full", "",
//            limit_exceeded, backoff, 0, unavailable)
//       CODE(700005, relay_send_failed, "中继发送失败", "", "Relay send failed", "",
//            internal_error, backoff, 0, safe_to_retry)
//
// This produces, in the enclosing namespace:
//   - `enum class errc : std::int32_t { camera_busy = 700001 }`, the codes as
//     an enum whose enumerators are the names;
//   - `struct domain`, the same codes as a constexpr table (`domain::codes`),
//     the owned range (`domain::first`, `domain::last`), the retired numbers
//     (`domain::retired`), the domain's name and its identity `domain::id`;
//   - `exception`, the base of every exception of the domain's codes
//     (rtcerr/core/basic_exception.hpp).
// Because all come from the one list, the enum and the table cannot disagree.
//
// Unknown codes. What a value in the range that the list does not name (a
// newer peer's code, a gap, a retired number) means is `condition::unknown`
// and `retry::never` unless the domain says otherwise after CODES, for its
// whole range and for parts of it (the part that covers a value wins):
//   RTCERR_DEFINE_DOMAIN(media, 700000, 700999, MEDIA_CODES,
//                        unknown(operation_failed, never),
//                        unknown_in(700500, 700599, busy, backoff));
// Every writer (basic_error's condition(), retry(), grpc_code() and
// http_status(), the thrown exception, std::error_code's conditions, the C
// API, problem+json, gRPC, the command-line tool and its export) answers an
// unlisted value with them. The rules check them: each part lies inside the
// range, parts do not overlap, one whole-range default at most, and no
// default is `success`.
//
// Identity. A domain is the same domain wherever it appears: in any registry,
// in any shared object holding a copy of rtcerr. Its identity is its name
// and a stable 64-bit id, by default the FNV-1a hash of the name (so it does
// not depend on registry order or on addresses). A domain whose name may
// change later can fix its id once with the longer form
//   RTCERR_DEFINE_DOMAIN_WITH_ID(media, 0x6d656469612d3031, 700000, 700999, MEDIA_CODES);
// Everything per domain - its std::error_category, its exception types, how
// it formats - is keyed by the domain type, never by the registry.
//
// Codes must be listed in ascending order. A domain's own rules (range,
// duplicates, order, names, messages, conditions, HTTP status:
// rtcerr/core/internal/domain_rules.hpp) run right here, where the macro stands, so
// a broken domain does not compile even if no registry holds it; the rules
// between domains (overlap, names and ids) run when domains are gathered
// into a registry (rtcerr/core/internal/checks.hpp).
//
// This header names no catalogue domain: the framework is generic, and the
// platform's four domains are ordinary users of it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <type_traits>
#include <utility>

#include "rtcerr/core/condition.hpp"
#include "rtcerr/core/grpc_code.hpp"
#include "rtcerr/core/internal/export.hpp"
#include "rtcerr/core/internal/string_view.hpp"

namespace rtcerr {

namespace detail {
// Declared here for the API below, and only declared: used in decltype.

// The domain type of an errc enum (found through the declaration
// RTCERR_DEFINE_DOMAIN puts next to it), or void.
template <class Errc>
auto domain_of_errc_impl(int) -> decltype(rtcerr_domain_of_errc(std::declval<Errc>()));
template <class Errc>
void domain_of_errc_impl(...);
}  // namespace detail

// The 64-bit FNV-1a hash of `text`: a domain's default id. Stable across
// compilers, platforms and versions (it is part of the wire identity).
constexpr std::uint64_t name_hash(std::string_view text) noexcept;

// A domain's stable id: `Domain::id` where the domain states one (every domain
// RTCERR_DEFINE_DOMAIN declares does), else the FNV-1a hash of its name.
template <class Domain>
constexpr std::uint64_t id_of() noexcept {
  if constexpr (requires { Domain::id; })
    return Domain::id;
  else
    return name_hash(Domain::name);
}

// "zh" or "en", as in the format specs.
constexpr std::string_view to_string(lang l) noexcept {
  switch (l) {
    case lang::zh: return "zh";
    case lang::en: return "en";
  }
  return "unknown";  // a value cast from outside the enum
}

// One code of a domain. All strings point into static storage.
struct code_info {
  std::int32_t value = 0;
  std::string_view name;
  std::string_view message_zh;
  std::string_view hint_zh;
  std::string_view message_en;
  std::string_view hint_en;
  rtcerr::condition condition = condition::unknown;
  rtcerr::retry retry = retry::never;
  std::uint16_t http_status = 0;   // 0: derived from the gRPC code (status_mapping.hpp)
  std::int8_t grpc_override = -1;  // a grpc_code number, or -1: derived from the condition
  // The CODE line's `safe_to_retry`: an INTERNAL failure that may be retried
  // with backoff (rtcerr/core/status_mapping.hpp checks where it is allowed).
  bool safe_to_retry = false;

  constexpr std::string_view message(lang l) const noexcept {
    return l == lang::en ? message_en : message_zh;
  }
  constexpr std::string_view hint(lang l) const noexcept {
    return l == lang::en ? hint_en : hint_zh;
  }
};

// A number that was released once and then withdrawn. It is never reused:
// peers may still send it, and it must keep meaning "that old code".
struct retired_code {
  std::int32_t value = 0;
  std::string_view name;
};

// What a domain's values that it does not list default to: a code from a
// newer peer, a gap, a retired number. A domain states it in its definition
// (RTCERR_DEFINE_DOMAIN's options `unknown(condition, retry)` for its whole
// range and `unknown_in(first, last, condition, retry)` for a part of it);
// without one, condition::unknown and retry::never. A row's range is the part
// it covers; the whole-range row is marked by `first == whole_range`.
struct unknown_default {
  static constexpr std::int64_t whole_range = std::numeric_limits<std::int64_t>::min();
  std::int64_t first = 0;
  std::int64_t last = -1;
  rtcerr::condition condition = condition::unknown;
  rtcerr::retry retry = retry::never;

  constexpr bool whole() const noexcept { return first == whole_range; }
  constexpr bool covers(std::int64_t value) const noexcept {
    return !whole() && first <= value && value <= last;
  }
  friend constexpr bool operator==(const unknown_default&, const unknown_default&) = default;
};

// A read-only view of a domain's static table (its codes, its retired
// numbers): data(), size(), empty(), begin()/end() (plain pointers), and []
// (unchecked, like std::span's: an index >= size() is undefined behaviour).
// Not std::span, on purpose: constructing a std::span checks the standard
// library's iterator concepts, which every translation unit that includes a
// domain would pay for (measured in docs/performance.md, "Compile time"). A std::span of
// the same rows is `std::span(view.data(), view.size())`.
//
//   for (const rtcerr::code_info& c : acme::media::domain::codes) use(c.name);
template <class Row>
class table_view {
 public:
  constexpr table_view() noexcept = default;
  // `rows` must point to `count` rows in static storage (or be null with a
  // count of 0); the view never owns them.
  constexpr table_view(const Row* rows, std::size_t count) noexcept : rows_(rows), count_(count) {}

  constexpr const Row* data() const noexcept { return rows_; }
  constexpr std::size_t size() const noexcept { return count_; }
  constexpr bool empty() const noexcept { return count_ == 0; }
  constexpr const Row* begin() const noexcept { return rows_; }
  constexpr const Row* end() const noexcept { return rows_ + count_; }
  constexpr const Row& operator[](std::size_t index) const noexcept { return rows_[index]; }

 private:
  const Row* rows_ = nullptr;
  std::size_t count_ = 0;
};

// A domain's table viewed without its type: what registries store and what
// run-time lookups return.
struct domain_info {
  std::string_view name;
  std::uint64_t id = 0;  // stable identity: FNV-1a of the name unless given
  std::int64_t first = 0;
  std::int64_t last = -1;
  table_view<code_info> codes;
  table_view<retired_code> retired;
  std::string_view unknown_message_zh;  // for a value in range but not listed
  std::string_view unknown_message_en;
  // The defaults of values in range but not listed, as the domain states
  // them (see unknown_default); empty: condition::unknown, retry::never.
  table_view<unknown_default> unknown_defaults;

  constexpr bool owns(std::int64_t value) const noexcept { return first <= value && value <= last; }
  constexpr std::string_view unknown_message(lang l) const noexcept {
    return l == lang::en ? unknown_message_en : unknown_message_zh;
  }
  // The condition and retry policy of `value`, a value in range that the
  // domain does not list (retired numbers included): the part of the range
  // that covers it, else the whole range's default, else unknown and never.
  // The returned row's first and last are the range it applies to.
  constexpr unknown_default unknown_default_for(std::int64_t value) const noexcept {
    unknown_default found{first, last, condition::unknown, retry::never};
    for (const unknown_default& row : unknown_defaults) {
      if (row.covers(value)) return row;
      if (row.whole()) found = {first, last, row.condition, row.retry};
    }
    return found;
  }

  template <class Domain>
  static constexpr domain_info of() noexcept {
    return {Domain::name,
            id_of<Domain>(),
            Domain::first,
            Domain::last,
            {Domain::codes.data(), Domain::codes.size()},  // a table_view or a std::span
            {Domain::retired.data(), Domain::retired.size()},
            Domain::unknown_message_zh,
            Domain::unknown_message_en,
            unknown_defaults_of<Domain>()};
  }

 private:
  template <class Domain>
  static constexpr table_view<unknown_default> unknown_defaults_of() noexcept {
    // An empty table points nowhere: no relocation and no sentinel row in
    // the program for the domains (the catalogue's) that state no defaults.
    if constexpr (requires { Domain::unknown_defaults; }) {
      if constexpr (Domain::unknown_defaults.size() != 0)
        return {Domain::unknown_defaults.data(), Domain::unknown_defaults.size()};
    }
    return {};
  }
};

// The domain type whose `errc` is Errc; void for any other type.
template <class Errc>
using domain_of_errc = decltype(detail::domain_of_errc_impl<Errc>(0));

// An `errc` enum that RTCERR_DEFINE_DOMAIN declared, of any domain.
template <class Errc>
concept domain_errc = std::is_enum_v<Errc> && !std::is_void_v<domain_of_errc<Errc>>;

// Every exception of the codes of `Domain` derives from this (defined in
// rtcerr/core/basic_exception.hpp; declared here so that each domain can name it).
template <class Domain>
class domain_exception_of;

}  // namespace rtcerr

// Declares a domain named NAME owning [FIRST, LAST], with the codes listed by
// CODES, a macro taking (CODE, RETIRED). See the top of this file.
// CODES may be followed by the defaults of the domain's unlisted values
// (see unknown_default and the top of this file).
#define RTCERR_DEFINE_DOMAIN(NAME, FIRST, LAST, CODES, ...) \
  RTCERR_DEFINE_DOMAIN_WITH_ID(NAME, ::rtcerr::name_hash(#NAME), FIRST, LAST, CODES, __VA_ARGS__)

// The same, with the domain's 64-bit id given rather than derived from NAME.
// `rtcerr_domain_of_errc` is only declared: argument-dependent lookup on it
// (in decltype) finds the domain of an `errc`, so that exceptions and
// formatters keyed by a code can find its domain without a registry.
#define RTCERR_DEFINE_DOMAIN_WITH_ID(NAME, ID, FIRST, LAST, CODES, ...) \
  RTCERR_DETAIL_DEFINE_DOMAIN(NAME, ID, FIRST, LAST, CODES, true, __VA_ARGS__)

// --- Implementation details follow. -----------------------------------------

namespace rtcerr {

namespace detail {

// 64-bit FNV-1a, the one hash behind every stable number rtcerr derives from
// data: a domain's default id (name_hash), a registry's fingerprint and the
// catalogue's fingerprint (rtcerr/core/basic_fingerprint.hpp). Stable across
// compilers, platforms and versions: its values are part of the wire
// identity and of the link-time skew check.
class fnv1a64 {
 public:
  static constexpr std::uint64_t prime = (std::uint64_t{1} << 40) + 0x1b3;  // FNV's 64-bit prime
  static constexpr std::uint64_t offset_basis = 0xcbf29ce484222325ull;

  constexpr void byte(std::uint8_t b) noexcept {
    hash_ ^= b;
    hash_ *= prime;
  }
  // The bytes of `s` as they are, with no length: what name_hash hashes.
  constexpr void bytes(std::string_view s) noexcept {
    // A local accumulator, not byte(): constant evaluation is a fingerprint's
    // main cost, and a call per byte makes it slower.
    // Indices rather than iterators, for the same reason.
    std::uint64_t h = hash_;
    const char* const p = s.data();
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n; ++i) h = (h ^ static_cast<std::uint8_t>(p[i])) * prime;
    hash_ = h;
  }
  // A number as 8 bytes, least significant first.
  constexpr void number(std::int64_t value) noexcept {
    const auto bits = static_cast<std::uint64_t>(value);
    std::uint64_t h = hash_;
    for (int shift = 0; shift < 64; shift += 8) h = (h ^ ((bits >> shift) & 0xff)) * prime;
    hash_ = h;
  }
  // A number in one step rather than 8: xor, multiply, then fold the high
  // half down so that its high bits reach the low ones. Not FNV-1a's
  // byte-wise definition (values mixed this way differ from number()'s);
  // for registry::fingerprint, which every translation unit of the catalogue
  // evaluates, where the byte loop's constant-evaluation cost shows.
  constexpr void word(std::uint64_t value) noexcept {
    std::uint64_t h = (hash_ ^ value) * prime;
    hash_ = h ^ (h >> 32);
  }
  // Text with its length first, so that moving characters from one field to
  // the next changes the hash.
  constexpr void text(std::string_view s) noexcept {
    number(static_cast<std::int64_t>(s.size()));
    bytes(s);
  }
  constexpr std::uint64_t value() const noexcept { return hash_; }
  // A hash that continues from `value`, a value() of another.
  static constexpr fnv1a64 with_value(std::uint64_t value) noexcept {
    fnv1a64 h;
    h.hash_ = value;
    return h;
  }

 private:
  std::uint64_t hash_ = offset_basis;
};

}  // namespace detail

constexpr std::uint64_t name_hash(std::string_view text) noexcept {
  detail::fnv1a64 h;
  h.bytes(text);
  return h.value();
}

namespace detail {
// Visits every row of `count` domain tables in order: the walk behind
// fingerprint_of (rtcerr/core/basic_fingerprint.hpp); registry::fingerprint
// (rtcerr/core/basic_registry.hpp) visits the same rows in the same order, per
// domain type (detail::link_fingerprint). The visitor is called as
//   begin(count); then per domain: domain(d); code(c) for each code;
//   retired_count(n); retired(r) for each retired number.
// Raw pointers and indices rather than range-for: the walk runs during
// constant evaluation in every unit that includes a registry, where each
// step costs compile time.
template <class Visitor>
constexpr void walk_rows(const domain_info* domains, std::size_t count, Visitor& visit) {
  visit.begin(count);
  for (std::size_t d = 0; d < count; ++d) {
    visit.domain(domains[d]);
    const code_info* const code = domains[d].codes.data();
    const std::size_t codes = domains[d].codes.size();
    for (std::size_t i = 0; i < codes; ++i) visit.code(code[i]);
    const retired_code* const retired = domains[d].retired.data();
    const std::size_t retired_count = domains[d].retired.size();
    visit.retired_count(retired_count);
    for (std::size_t i = 0; i < retired_count; ++i) visit.retired(retired[i]);
  }
}

// Characters (a domain's `code_names`: names, each followed by a NUL) padded
// with zeros to whole 64-bit words, so that constant evaluation can read them
// eight at a time (__builtin_bit_cast): rtcerr/core/internal/registry_fingerprint.hpp.
template <std::size_t N>
struct name_block {
  char text[N];
  char padding[8 - N % 8] = {};
};

// A CODE line's texts as string_views. For a string literal the length is
// known from its type, so nothing is counted: a string_view made from a
// `const char*` measures it character by character during constant
// evaluation, which for a catalogue's texts is a measurable part of every
// translation unit's compile time (docs/performance.md, "Compile time").
// Anything else convertible to a string_view (a constant, a macro) is taken
// as it is.
template <std::size_t N>
constexpr std::string_view text_of(const char (&literal)[N]) noexcept {
  return view_of(literal, N - 1);
}
constexpr std::string_view text_of(std::string_view text) noexcept { return text; }

// The options a CODE line may end with (see the top of this file): each is
// spelled as a name in this namespace. The gRPC codes are grpc_code's
// enumerators; an unknown option does not compile ("'x' is not a member of
// 'rtcerr::detail::code_options'").
namespace code_options {
using enum ::rtcerr::grpc_code;
struct safe_to_retry_option {};
inline constexpr safe_to_retry_option safe_to_retry{};
}  // namespace code_options

constexpr void apply_code_option(code_info& c, grpc_code g) noexcept {
  c.grpc_override = static_cast<std::int8_t>(g);
}
constexpr void apply_code_option(code_info& c, code_options::safe_to_retry_option) noexcept {
  c.safe_to_retry = true;
}
// A CODE line's row with its options applied.
template <class... Options>
constexpr code_info with_code_options(code_info c, Options... options) noexcept {
  (apply_code_option(c, options), ...);
  return c;
}

// What a domain's `ec == errc::x` compares with (see RTCERR_DEFINE_DOMAIN):
// std::error_code, once rtcerr/core/basic_error_code.hpp says so and defines
// error_code_is. Declared here so that this header needs no <system_error>.
template <class T>
inline constexpr bool is_std_error_code = false;
template <class Domain, class Code>
bool error_code_is(const Code& code, std::int32_t value) noexcept;
}  // namespace detail

}  // namespace rtcerr

// A domain's own rules, which RTCERR_DEFINE_DOMAIN runs where it stands.
#include "rtcerr/core/internal/domain_rules.hpp"  // IWYU pragma: export

namespace rtcerr::detail {
// Runs a domain's own rules (rtcerr/core/internal/domain_rules.hpp); true when they
// hold, and a diagnostic naming the rule, the domain and the code when not.
template <bool Run, class Domain>
constexpr bool domain_rules_at_definition() {
  if constexpr (Run)
    return checks::domain_is_valid<Domain>();
  else
    return true;
}
}  // namespace rtcerr::detail

// Expansion helpers for RTCERR_DEFINE_DOMAIN. Each CODE/RETIRED line of a
// domain list becomes one enumerator, one table row or one tombstone.
#define RTCERR_DETAIL_ENUMERATOR(value, name, ...) name = value,
#define RTCERR_DETAIL_SKIP(...)
#define RTCERR_DETAIL_CODE_OPTION(option) ::rtcerr::detail::code_options::option
#define RTCERR_DETAIL_CODE_OPTIONS_1(a) RTCERR_DETAIL_CODE_OPTION(a)
#define RTCERR_DETAIL_CODE_OPTIONS_2(a, b) \
  RTCERR_DETAIL_CODE_OPTION(a), RTCERR_DETAIL_CODE_OPTION(b)
#define RTCERR_DETAIL_CODE_OPTIONS_PICK(a, b, which, ...) which
#define RTCERR_DETAIL_CODE_OPTIONS(...)                                      \
  RTCERR_DETAIL_CODE_OPTIONS_PICK(__VA_ARGS__, RTCERR_DETAIL_CODE_OPTIONS_2, \
                                  RTCERR_DETAIL_CODE_OPTIONS_1, )            \
  (__VA_ARGS__)
// A row; with options, the row passed through with_code_options (a plain
// parenthesised row otherwise, so that lines without options cost nothing).
#define RTCERR_DETAIL_CODE_INFO(value, name, zh, zh_hint, en, en_hint, cond, retry_policy, http, \
                                ...)                                                             \
  __VA_OPT__(::rtcerr::detail::with_code_options)                                                \
  (::rtcerr::code_info{value, ::rtcerr::detail::text_of(#name), ::rtcerr::detail::text_of(zh),   \
                       ::rtcerr::detail::text_of(zh_hint), ::rtcerr::detail::text_of(en),        \
                       ::rtcerr::detail::text_of(en_hint), ::rtcerr::condition::cond,            \
                       ::rtcerr::retry::retry_policy,                                            \
                       http} __VA_OPT__(, RTCERR_DETAIL_CODE_OPTIONS(__VA_ARGS__))),
#define RTCERR_DETAIL_RETIRED_INFO(value, name) \
  ::rtcerr::retired_code{value, ::rtcerr::detail::text_of(#name)},
// A line's texts in the domain's `text_block` (rtcerr/core/internal/code_table.hpp):
// each followed by a NUL, in the order of the row.
#define RTCERR_DETAIL_CODE_TEXT(value, name, zh, zh_hint, en, en_hint, ...) \
  #name "\0" zh "\0" zh_hint "\0" en "\0" en_hint "\0"
#define RTCERR_DETAIL_RETIRED_TEXT(value, name) #name "\0"
// A line's name in the domain's `code_names`, followed by a NUL.
#define RTCERR_DETAIL_CODE_NAME(value, name, ...) #name "\0"
// A domain's options (after CODES): each is `unknown(condition, retry)` or
// `unknown_in(first, last, condition, retry)`, pasted onto the prefix below
// so that an unknown option does not compile ("'RTCERR_DETAIL_DOMAIN_OPTION_x'
// was not declared").
#define RTCERR_DETAIL_DOMAIN_OPTION_unknown(cond, retry_policy)                                \
  ::rtcerr::unknown_default{::rtcerr::unknown_default::whole_range,                            \
                            ::rtcerr::unknown_default::whole_range, ::rtcerr::condition::cond, \
                            ::rtcerr::retry::retry_policy},
#define RTCERR_DETAIL_DOMAIN_OPTION_unknown_in(from, to, cond, retry_policy) \
  ::rtcerr::unknown_default{from, to, ::rtcerr::condition::cond, ::rtcerr::retry::retry_policy},
#define RTCERR_DETAIL_DOMAIN_OPTION(option) RTCERR_DETAIL_DOMAIN_OPTION_##option
// Up to eight options.
#define RTCERR_DETAIL_DOMAIN_OPTIONS_1(a) RTCERR_DETAIL_DOMAIN_OPTION(a)
#define RTCERR_DETAIL_DOMAIN_OPTIONS_2(a, ...) \
  RTCERR_DETAIL_DOMAIN_OPTION(a) RTCERR_DETAIL_DOMAIN_OPTIONS_1(__VA_ARGS__)
#define RTCERR_DETAIL_DOMAIN_OPTIONS_3(a, ...) \
  RTCERR_DETAIL_DOMAIN_OPTION(a) RTCERR_DETAIL_DOMAIN_OPTIONS_2(__VA_ARGS__)
#define RTCERR_DETAIL_DOMAIN_OPTIONS_4(a, ...) \
  RTCERR_DETAIL_DOMAIN_OPTION(a) RTCERR_DETAIL_DOMAIN_OPTIONS_3(__VA_ARGS__)
#define RTCERR_DETAIL_DOMAIN_OPTIONS_5(a, ...) \
  RTCERR_DETAIL_DOMAIN_OPTION(a) RTCERR_DETAIL_DOMAIN_OPTIONS_4(__VA_ARGS__)
#define RTCERR_DETAIL_DOMAIN_OPTIONS_6(a, ...) \
  RTCERR_DETAIL_DOMAIN_OPTION(a) RTCERR_DETAIL_DOMAIN_OPTIONS_5(__VA_ARGS__)
#define RTCERR_DETAIL_DOMAIN_OPTIONS_7(a, ...) \
  RTCERR_DETAIL_DOMAIN_OPTION(a) RTCERR_DETAIL_DOMAIN_OPTIONS_6(__VA_ARGS__)
#define RTCERR_DETAIL_DOMAIN_OPTIONS_8(a, ...) \
  RTCERR_DETAIL_DOMAIN_OPTION(a) RTCERR_DETAIL_DOMAIN_OPTIONS_7(__VA_ARGS__)
#define RTCERR_DETAIL_DOMAIN_OPTIONS_PICK(_1, _2, _3, _4, _5, _6, _7, _8, which, ...) which
#define RTCERR_DETAIL_DOMAIN_OPTIONS(...)                                          \
  __VA_OPT__(RTCERR_DETAIL_DOMAIN_OPTIONS_PICK(                                    \
      __VA_ARGS__, RTCERR_DETAIL_DOMAIN_OPTIONS_8, RTCERR_DETAIL_DOMAIN_OPTIONS_7, \
      RTCERR_DETAIL_DOMAIN_OPTIONS_6, RTCERR_DETAIL_DOMAIN_OPTIONS_5,              \
      RTCERR_DETAIL_DOMAIN_OPTIONS_4, RTCERR_DETAIL_DOMAIN_OPTIONS_3,              \
      RTCERR_DETAIL_DOMAIN_OPTIONS_2, RTCERR_DETAIL_DOMAIN_OPTIONS_1, )(__VA_ARGS__))

// For the platform catalogue's domains only: the same, with the domain's own
// rules run where librtcerr is built (rtcerr/registry.hpp ties every unit to
// that check) rather than in every unit that includes the catalogue (what
// that saves is measured in docs/performance.md, "Compile time").
#define RTCERR_DETAIL_DEFINE_CATALOGUE_DOMAIN(NAME, FIRST, LAST, CODES, ...)               \
  RTCERR_DETAIL_DEFINE_DOMAIN(NAME, ::rtcerr::name_hash(#NAME), FIRST, LAST, CODES, false, \
                              __VA_ARGS__)

// RULES: whether the domain's own rules run here (false only through the
// macro above).
// `operator==` (found by argument-dependent lookup, and rewritten for `!=`
// and the reversed order) makes `ec == errc::x` compare the domain by name
// and the value, not the category's address, which differs between static
// copies of rtcerr in one process (rtcerr/core/basic_error_code.hpp).
#define RTCERR_DETAIL_DEFINE_DOMAIN(NAME, ID, FIRST, LAST, CODES, RULES, ...)                   \
  enum class errc : std::int32_t { CODES(RTCERR_DETAIL_ENUMERATOR, RTCERR_DETAIL_SKIP) };       \
  struct RTCERR_VISIBLE_TYPE domain {                                                           \
    using errc_type = errc;                                                                     \
    static constexpr std::string_view name = ::rtcerr::detail::text_of(#NAME);                  \
    static constexpr std::uint64_t id = ID;                                                     \
    static constexpr std::int64_t first = FIRST;                                                \
    static constexpr std::int64_t last = LAST;                                                  \
    static constexpr std::string_view unknown_message_zh =                                      \
        ::rtcerr::detail::text_of("未知错误码（" #NAME "）");                                   \
    static constexpr std::string_view unknown_message_en =                                      \
        ::rtcerr::detail::text_of("unknown " #NAME " error code");                              \
    /* Each table ends in a sentinel so that an empty list still compiles. */                   \
    static constexpr ::rtcerr::code_info code_rows[] = {                                        \
        CODES(RTCERR_DETAIL_CODE_INFO, RTCERR_DETAIL_SKIP)::rtcerr::code_info{}};               \
    static constexpr ::rtcerr::retired_code retired_rows[] = {                                  \
        CODES(RTCERR_DETAIL_SKIP, RTCERR_DETAIL_RETIRED_INFO)::rtcerr::retired_code{}};         \
    static constexpr ::rtcerr::table_view<::rtcerr::code_info> codes{code_rows,                 \
                                                                     std::size(code_rows) - 1}; \
    static constexpr ::rtcerr::table_view<::rtcerr::retired_code> retired{                      \
        retired_rows, std::size(retired_rows) - 1};                                             \
    static constexpr ::rtcerr::unknown_default unknown_rows[] = {                               \
        RTCERR_DETAIL_DOMAIN_OPTIONS(__VA_ARGS__)::rtcerr::unknown_default{}};                  \
    static constexpr ::rtcerr::table_view<::rtcerr::unknown_default> unknown_defaults{          \
        unknown_rows, std::size(unknown_rows) - 1};                                             \
    static constexpr bool rules_ran_at_definition = RULES;                                      \
    /* Every text above, each followed by a NUL, as one string literal: what */                 \
    /* the run-time queries read (rtcerr/core/internal/code_table.hpp). */                      \
    static constexpr char text_block[] = #NAME                                                  \
        "\0"                                                                                    \
        "未知错误码（" #NAME                                                                    \
        "）\0"                                                                                 \
        "unknown " #NAME " error code\0" CODES(RTCERR_DETAIL_CODE_TEXT, RTCERR_DETAIL_SKIP)     \
            CODES(RTCERR_DETAIL_SKIP, RTCERR_DETAIL_RETIRED_TEXT);                              \
    /* The names of the codes and retired numbers, in the list's order, each */                 \
    /* followed by a NUL, padded to whole 64-bit words: what a registry's */                    \
    /* link-guard fingerprint reads a word at a time */                                         \
    /* (rtcerr/core/internal/registry_fingerprint.hpp). */                                      \
    static constexpr ::rtcerr::detail::name_block<sizeof(                                       \
        CODES(RTCERR_DETAIL_CODE_NAME, RTCERR_DETAIL_RETIRED_TEXT) "")>                         \
        code_names{CODES(RTCERR_DETAIL_CODE_NAME, RTCERR_DETAIL_RETIRED_TEXT) ""};              \
  };                                                                                            \
  static_assert(::rtcerr::detail::domain_rules_at_definition<RULES, domain>());                 \
  domain rtcerr_domain_of_errc(errc) noexcept;                                                  \
  template <class Code>                                                                         \
    requires ::rtcerr::detail::is_std_error_code<Code>                                          \
  bool operator==(const Code& code, errc e) noexcept {                                          \
    return ::rtcerr::detail::error_code_is<domain>(code, static_cast<std::int32_t>(e));         \
  }                                                                                             \
  using exception = ::rtcerr::domain_exception_of<domain>;                                      \
  static_assert(true, "RTCERR_DEFINE_DOMAIN is used as a declaration, followed by ';'")
