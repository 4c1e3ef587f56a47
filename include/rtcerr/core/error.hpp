// rtcerr/core/error.hpp - the 4-byte error value.
//
// `basic_error<Registry>` holds one 32-bit code and nothing else: it is
// trivially copyable, fits in a register and is what travels through results,
// exceptions and the wire. Everything else (name, messages, condition, retry
// policy, HTTP status, domain) is looked up in the registry's constexpr tables
// when asked for, so queries are constexpr, noexcept and allocation-free.
//
// Three ways to make one:
//   app_error a = media::errc::camera_busy;  // from an enumerator
//   constexpr app_error b{700001};           // literal: must be 0 or a registered code
//   auto c = app_error::from_wire(raw);      // any int32 received from a peer; kept as is
//   std::optional<app_error> d = app_error::from_wire(std::int64_t{raw64});  // checked
//
// (app_error is basic_error<app_registry>, for a registry holding an
// illustrative domain `media` as in rtcerr/core/domain.hpp; the platform's
// catalogue calls its own `rtcerr::error`.)
//
// The literal constructor is `consteval` and `explicit`. Consteval, so that a
// typo such as `app_error{700002}` (no such code) is a compile error, not a runtime
// surprise. Explicit, because an integer on its own is ambiguous: with an
// implicit one, `return 7;` in a function returning `result<int>` could mean
// a value or an error, and Boost.Outcome rightly refuses it.
//
// A value that is not in the catalogue (a newer peer's code, a gap in a
// range) is never rewritten: `value()` returns it, `known()` is false,
// `domain()` is the domain whose range contains it (or `unknown`), `name()`
// is "unknown" and `message()` says it is an unknown code of that domain.
// No input value has undefined behaviour.
//
// The class is [[nodiscard]]: a function returning an error whose result is
// dropped is a warning (an error under -Werror), as for a dropped result.
// Errors compare and order by value (`==`, `<=>`), so they key std::map and,
// with the std::hash below, std::unordered_map; `ok()` is true for 0 only.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>  // also declares the primary std::hash, specialised below
#include <type_traits>

#include "rtcerr/core/basic_registry.hpp"
#include "rtcerr/core/internal/string_view.hpp"
#include "rtcerr/core/internal/text.hpp"
#include "rtcerr/core/status_mapping.hpp"

namespace rtcerr {

namespace detail {
// Declared here for the API below; defined after it ("Implementation details
// follow").
template <class R1, class R2>
constexpr bool registries_agree() noexcept;
template <class From, class To, bool Ok>
struct registries_agree_on_their_domains;

// Called, in a consteval context, only for a bad literal; since it is not
// constexpr, the compiler stops and its name is the diagnostic.
void error_literal_is_not_zero_or_a_registered_code() noexcept;
}  // namespace detail

inline constexpr std::string_view unknown_code_name = RTCERR_DETAIL_LITERAL("unknown");
inline constexpr std::string_view retired_code_message_zh = RTCERR_DETAIL_LITERAL("已废弃的错误码");
inline constexpr std::string_view retired_code_message_en =
    RTCERR_DETAIL_LITERAL("retired error code");
inline constexpr std::string_view unknown_code_message_zh = RTCERR_DETAIL_LITERAL("未知错误码");
inline constexpr std::string_view unknown_code_message_en =
    RTCERR_DETAIL_LITERAL("unknown error code");

// The messages of values that are not listed codes. Every reader of a code
// (basic_error, the thrown exception, the error categories, the C API) takes
// them from these two functions, so that no two of them can word one apart.
//
// A value outside every domain: the message of a failure made from the
// success code for failure_from_success_value (rtcerr/core/internal/text.hpp), else
// "unknown error code".
constexpr std::string_view message_outside_domains(std::int64_t value, lang l) noexcept {
  if (value == failure_from_success_value)
    return l == lang::en ? failure_from_success_message_en : failure_from_success_message_zh;
  return l == lang::en ? unknown_code_message_en : unknown_code_message_zh;
}
// A value inside `owner`'s range that it does not list: "retired error code"
// for one of its retired numbers, else the domain's own "unknown <domain>
// error code".
constexpr std::string_view message_unlisted_in(const domain_info& owner, bool retired,
                                               lang l) noexcept {
  if (retired) return l == lang::en ? retired_code_message_en : retired_code_message_zh;
  return owner.unknown_message(l);
}
// The same, from the domain's compact table (run-time readers).
constexpr std::string_view message_unlisted_in(const detail::domain_table& owner, bool retired,
                                               lang l) noexcept {
  if (retired) return l == lang::en ? retired_code_message_en : retired_code_message_zh;
  return owner.unknown_message(l);
}

template <class Registry>
class [[nodiscard]] basic_error {
 public:
  using registry_type = Registry;
  using domain_id_type = typename Registry::id_type;

  // The success code, 0.
  constexpr basic_error() noexcept = default;

  // From a literal. Does not compile unless `literal` is 0 or a listed code.
  consteval explicit basic_error(std::int64_t literal)
      : value_(static_cast<std::int32_t>(literal)) {
    if (!Registry::is_registered(literal)) detail::error_literal_is_not_zero_or_a_registered_code();
  }

  // From any enumerator of a registered domain's `errc`.
  template <class Errc>
    requires(Registry::template has_errc<Errc>)
  constexpr basic_error(Errc code) noexcept  // NOLINT(google-explicit-constructor)
      : value_(static_cast<std::int32_t>(code)) {}

  // A variable where a literal belongs (`error{code}`, `code` a non-const
  // integer): the literal constructor would say only that `code` is not a
  // constant expression, so this overload, a better match for a non-const
  // lvalue, says what to write instead. (A run-time value that is not a
  // variable, `error{f()}`, still reaches the literal constructor.)
  template <class Int>
    requires(std::is_integral_v<Int> && !std::is_const_v<Int>)
  constexpr explicit basic_error(Int& /*run_time_value*/) noexcept {
    static_assert(sizeof(Int) == 0,
                  "rtcerr: error{value} takes a constant, a literal code checked at compile time; "
                  "for a value known only at run time write error::from_wire(value), which keeps "
                  "any value");
  }

  // A std::error_code (or boost::system::error_code) where an error belongs:
  // its category may be any library's, so no conversion can know the code.
  // Declared so that the places Outcome converts through it
  // (BOOST_OUTCOME_TRY of an outcome::std_result in a function returning an
  // rtcerr result, a result made from a code) say what to write instead of
  // only that no conversion exists. Recognised by its members, so that this
  // header need not include <system_error>.
  template <class ErrorCode>
    requires(std::is_class_v<ErrorCode> && !std::is_same_v<ErrorCode, basic_error> &&
             requires(const ErrorCode& ec) {
               ec.value();
               ec.category().name();
             })
  constexpr explicit basic_error(const ErrorCode& /*code*/) noexcept {
    static_assert(sizeof(ErrorCode) == 0,
                  "rtcerr: an error_code does not become an rtcerr error by conversion (its "
                  "category may be any library's): map it, with rtcerr::from_error_code(ec) for "
                  "codes rtcerr made or a function of yours, then return rtcerr::failure(e);");
  }

  // From the error of another registry whose domains are all this one's
  // (rtcerr::error into an application's error): lossless, so implicit.
  template <class Other>
    requires(!std::is_same_v<Other, Registry> && Registry::template contains_all_of<Other>)
  constexpr basic_error(basic_error<Other> e) noexcept  // NOLINT(google-explicit-constructor)
      : value_(e.value()) {
    static_assert(detail::registries_agree_on_their_domains<
                  Other, Registry, detail::registries_agree<Other, Registry>()>::value);
  }

  // From the error of a registry with domains this one lacks (an
  // application's error into rtcerr::error): explicit, because such a value
  // loses its meaning here. The value is kept as is; a value of a domain this
  // registry lacks is an unknown value outside every domain here, never
  // attributed to another domain (registries whose domains overlap do not
  // convert at all).
  template <class Other>
    requires(!std::is_same_v<Other, Registry> && !Registry::template contains_all_of<Other>)
  constexpr explicit basic_error(basic_error<Other> e) noexcept : value_(e.value()) {
    static_assert(detail::registries_agree_on_their_domains<
                  Other, Registry, detail::registries_agree<Other, Registry>()>::value);
  }

  // From a number received from elsewhere. Keeps every value, known or not.
  static constexpr basic_error from_wire(std::int32_t value) noexcept {
    basic_error e;
    e.value_ = value;
    return e;
  }

  // From a 64-bit number received from elsewhere (a JSON number, a database
  // column): the error when `value` fits in 32 bits (kept as is, known or
  // not), std::nullopt when it does not, since no code can be that value.
  static constexpr std::optional<basic_error> from_wire(std::int64_t value) noexcept {
    if (value < std::numeric_limits<std::int32_t>::min() ||
        value > std::numeric_limits<std::int32_t>::max())
      return std::nullopt;
    return from_wire(static_cast<std::int32_t>(value));
  }

  // Any other integer wider than 32 bits (long long, std::size_t, ...) would
  // silently narrow through from_wire(std::int32_t), so it does not compile;
  // see the message below.
  template <class Wide>
    requires(std::is_integral_v<Wide> && sizeof(Wide) > sizeof(std::int32_t) &&
             !std::is_same_v<Wide, std::int64_t>)
  static constexpr basic_error from_wire(Wide) noexcept {
    static_assert(sizeof(Wide) == 0,
                  "rtcerr: from_wire(std::int32_t) would narrow this 64-bit value; cast it to "
                  "std::int64_t to call the checked from_wire, which returns std::optional");
    return {};
  }

  // An unsigned 32-bit number or a floating-point one would reach either
  // from_wire above only through a conversion, and the call would be
  // ambiguous; these say what to write instead.
  template <class Unsigned>
    requires(std::is_integral_v<Unsigned> && std::is_unsigned_v<Unsigned> &&
             sizeof(Unsigned) == sizeof(std::int32_t))
  static constexpr basic_error from_wire(Unsigned) noexcept {
    static_assert(sizeof(Unsigned) == 0,
                  "rtcerr: from_wire takes a signed code: cast an unsigned 32-bit value to "
                  "std::int32_t if the peer sent the code's bits, or to std::int64_t for the "
                  "checked from_wire, which returns std::nullopt above INT32_MAX");
    return {};
  }
  template <class Floating>
    requires std::is_floating_point_v<Floating>
  static constexpr basic_error from_wire(Floating) noexcept {
    static_assert(sizeof(Floating) == 0,
                  "rtcerr: from_wire takes an integer code, not a floating-point number: check "
                  "that the number is integral, convert it to std::int64_t and call the checked "
                  "from_wire, which returns std::nullopt beyond int32");
    return {};
  }

  constexpr std::int32_t value() const noexcept { return value_; }

  // True for the success code 0 only; every other value, known or not
  // (including failure_from_success_value), is a failure.
  constexpr bool ok() const noexcept { return value_ == 0; }

  // True for 0 and every listed code; false for retired and unknown values.
  constexpr bool known() const noexcept { return index() != Registry::npos; }

  // True when the value is a retired (tombstoned) number of its domain.
  constexpr bool retired() const noexcept {
    return Registry::retired_index(value_) != Registry::npos;
  }

  // The domain whose range contains the value; `unknown` for 0 and for values
  // outside every range.
  constexpr domain_id_type domain() const noexcept { return Registry::domain_of(value_); }

  // The domain's name ("media"), or "unknown".
  constexpr std::string_view domain_name() const noexcept {
    const std::size_t d = Registry::domain_index(value_);
    if (d == Registry::domain_count) return unknown_code_name;
    if (std::is_constant_evaluated()) return Registry::domains[d].name;
    return Registry::tables[d]->name();
  }

  // The snake_case name; a retired code keeps its old name; otherwise "unknown".
  constexpr std::string_view name() const noexcept {
    const std::size_t i = index();
    if (std::is_constant_evaluated()) {
      if (i != Registry::npos) return Registry::entry_at(i).name;
      if (const std::size_t r = Registry::retired_index(value_); r != Registry::npos)
        return Registry::domains[Registry::domain_index(value_)].retired[r].name;
      return unknown_code_name;
    }
    if (i != Registry::npos) return row(i).name(Registry::blob_of(row(i)));
    return name_of_unlisted();
  }

  // The message in `l`. For a value not in the catalogue, a message saying it
  // is a retired code, an unknown code of its domain, a failure made from the
  // success code (`failure_from_success_value`), or an unknown code.
  constexpr std::string_view message(lang l = lang::zh) const noexcept {
    if (const std::size_t i = index(); i != Registry::npos)
      return std::is_constant_evaluated() ? Registry::entry_at(i).message(l)
                                          : row(i).message(Registry::blob_of(row(i)), l);
    return message_of_unlisted(l);
  }

  // What to check or do about it, in `l`; often empty. Empty when not known.
  constexpr std::string_view hint(lang l = lang::zh) const noexcept {
    const std::size_t i = index();
    if (i == Registry::npos) return {};
    return std::is_constant_evaluated() ? Registry::entry_at(i).hint(l)
                                        : row(i).hint(Registry::blob_of(row(i)), l);
  }

  // For a value that is not a listed code, its domain's default for it
  // (unknown_default, rtcerr/core/domain.hpp): `condition::unknown` where the
  // domain states none, and outside every domain.
  constexpr ::rtcerr::condition condition() const noexcept {
    const std::size_t i = index();
    if (i == Registry::npos) return unlisted_default().condition;
    return std::is_constant_evaluated() ? Registry::entry_at(i).condition : row(i).condition;
  }

  // For a value that is not a listed code, its domain's default for it;
  // `retry::never` where the domain states none: retrying blindly on an
  // unrecognised failure is how outages get amplified.
  constexpr ::rtcerr::retry retry() const noexcept {
    const std::size_t i = index();
    if (i == Registry::npos) return unlisted_default().retry;
    return std::is_constant_evaluated() ? Registry::entry_at(i).retry : row(i).retry;
  }

  // The gRPC status code (google.rpc.Code) the code maps to: its CODE line's
  // override, else its condition's (rtcerr/core/status_mapping.hpp). OK for
  // 0 only. For a value that is not a listed code, its domain's default
  // condition's: UNKNOWN where the domain states none.
  constexpr ::rtcerr::grpc_code grpc_code() const noexcept {
    const std::size_t i = index();
    if (i == Registry::npos) return grpc_code_of(unlisted_default());
    return std::is_constant_evaluated() ? grpc_code_of(Registry::entry_at(i))
                                        : grpc_code_of(row(i).fields());
  }

  // The HTTP status the code maps to: its CODE line's when it has one, else
  // the one its gRPC code maps to; so non-zero for every listed code (200 for
  // 0). For a value that is not a listed code, its domain's default
  // condition's; 0 where the domain states none (see response_status()).
  constexpr int http_status() const noexcept {
    const std::size_t i = index();
    if (i == Registry::npos) return http_status_of(unlisted_default());
    return std::is_constant_evaluated() ? http_status_of(Registry::entry_at(i))
                                        : http_status_of(row(i).fields());
  }

  // The catalogue entry, or nullptr when not known. For run-time callers:
  // during constant evaluation prefer the queries above (see
  // rtcerr/core/basic_registry.hpp on why compile-time code uses indices).
  constexpr const code_info* info() const noexcept { return Registry::find(value_); }

  // By value: the same order as the numbers, whatever their domains.
  friend constexpr bool operator==(basic_error, basic_error) noexcept = default;
  friend constexpr std::strong_ordering operator<=>(basic_error, basic_error) noexcept = default;

 private:
  // The message of a value that is not a listed code: kept out of message()
  // so that the common, known case stays a few instructions.
  constexpr std::string_view message_of_unlisted(lang l) const noexcept {
    const std::size_t d = Registry::domain_index(value_);
    if (d == Registry::domain_count) return message_outside_domains(value_, l);
    if (std::is_constant_evaluated())
      return message_unlisted_in(Registry::domains[d], retired(), l);
    return message_unlisted_in(*Registry::tables[d], retired(), l);
  }

  // The name of a value that is not a listed code, at run time: a retired
  // number's old name, else "unknown".
  std::string_view name_of_unlisted() const noexcept {
    const std::size_t d = Registry::domain_index(value_);
    if (d == Registry::domain_count) return unknown_code_name;
    const detail::domain_table& t = *Registry::tables[d];
    const detail::packed_retired* r = t.find_retired(value_);
    return r != nullptr ? t.retired_name(*r) : unknown_code_name;
  }

  // The compact row of the entry at `i` (run time).
  static constexpr const detail::packed_code& row(std::size_t i) noexcept {
    return Registry::rows[i];
  }

  // The default of a value that is not a listed code: its domain's
  // (condition::unknown and retry::never outside every domain).
  // A registry none of whose domains states defaults (the catalogue) skips
  // the lookup: its unlisted values cost no more code than before.
  constexpr unknown_default unlisted_default() const noexcept {
    if constexpr (!detail::states_unknown_defaults<Registry>) {
      return unknown_default{};
    } else {
      const std::size_t d = Registry::domain_index(value_);
      if (d == Registry::domain_count) return unknown_default{};
      if (std::is_constant_evaluated()) return Registry::domains[d].unknown_default_for(value_);
      return Registry::tables[d]->unknown_default_for(value_);
    }
  }

  // The position of the value's entry in Registry::entries, or npos.
  constexpr std::size_t index() const noexcept { return Registry::find_index(value_); }

  std::int32_t value_ = 0;
};

// --- Implementation details follow. -----------------------------------------

namespace detail {
// True when no domain of R1 that R2 lacks overlaps a domain of R2 (and the
// other way round): then a value means the same domain, or none, in both.
template <class R1, class R2>
constexpr bool registries_agree() noexcept {
  for (const domain_info& a : R1::domains)
    for (const domain_info& b : R2::domains) {
      const bool same = a.id == b.id && a.name == b.name && a.first == b.first && a.last == b.last;
      const bool disjoint = a.last < b.first || b.last < a.first;
      if (!same && !disjoint) return false;
    }
  return true;
}

RTCERR_DETAIL_RULE(registries_agree_on_their_domains,
                   "an error converts only between registries whose domains do not overlap: a "
                   "value would change domain",
                   class From, class To);
}  // namespace detail

}  // namespace rtcerr

// Hashes the value: equal errors hash equally, distinct values differently
// (the identity on the 32 bits, as standard libraries hash integers; a table
// that needs mixing does it, as std::unordered_map's prime buckets do).
template <class Registry>
struct std::hash<rtcerr::basic_error<Registry>> {
  std::size_t operator()(rtcerr::basic_error<Registry> e) const noexcept {
    return static_cast<std::size_t>(static_cast<std::uint32_t>(e.value()));
  }
};
