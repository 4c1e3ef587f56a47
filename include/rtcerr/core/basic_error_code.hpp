// rtcerr/core/basic_error_code.hpp - basic_error as std::error_code, conditions as
// std::error_condition.
//
// Code built on <system_error> (Outcome's std_result, Asio, Boost.System)
// sees an rtcerr error as a std::error_code whose category is its domain:
//
//   std::error_code ec = make_error_code(e);  // e = media::errc::camera_busy; found by ADL
//   ec.category().name();                    // "rtcerr.media"
//   ec.value();                              // 700001
//   ec.message();                            // "摄像头被占用" (Chinese unless
//   set_message_language(lang::en)) ec == rtcerr::condition::busy;           // true: the code's
//   generic condition ec == std::errc::device_or_resource_busy;  // true: the condition's std::errc
//   equivalent rtcerr::from_error_code(ec);             // the rtcerr error again
//
// One std::error_category per domain, named "rtcerr.<domain>", plus one for
// values outside every domain, "rtcerr.unknown". The category belongs to the
// domain, not to a registry: an error made through any registry that holds
// the domain gives the same category object (one per domain type per
// program). They are constant-initialised and never destroyed, so they work
// before main, after main and from any thread. make_error_code(e) maps:
//   - 0 (success) to `std::error_code{}`, the universal "no error";
//   - every other value to (value, category of the domain owning it), or the
//     "rtcerr.unknown" category; the value is kept as is, so the mapping is
//     one to one and `from_error_code` is its exact inverse.
//
// `rtcerr::condition` is an error-condition enum with its own category,
// "rtcerr.condition". `ec == condition::c` holds for every code of condition
// c in every domain (an unlisted value's condition is its domain's default, `condition::unknown`
// unless the domain states one). Some conditions are also equivalent to a std::errc (see
// equivalent_errc); both ways: a code of such a condition equals that std::errc, and a foreign code
// that means that std::errc (ETIMEDOUT from a socket) equals the condition.
//
// Identity across copies of the library. std::error_code compares categories
// by address, so `ec1 == ec2` is true only for the same category object: a
// static librtcerr linked into two shared objects with hidden symbols gives
// each its own objects, and two error_codes of the same code made on either
// side then compare unequal (link one shared librtcerr, or build without
// hidden visibility, for full equality). Everything rtcerr decides itself
// matches categories by their stable name instead - "rtcerr.<domain>", unique
// in every registry like the domain's id - and falls back to it only when the
// addresses differ: `ec == rtcerr::condition::c`, `ec == std::errc::e`,
// `ec == some_domain::errc::x` (and `!=`) and from_error_code hold across
// such copies. What stays per copy: `ec1 == ec2` between an error_code of
// each copy, and anything keyed by the category's address
// (std::hash<std::error_code>, ordering).
//
// make_error_code, comparisons and from_error_code allocate nothing and are
// noexcept; message() returns a std::string, as std::error_category requires.
//
// For a registry of your own the templates below do the same; rtcerr's
// catalogue uses compiled instances of them (rtcerr/error_code.hpp).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

#include "rtcerr/core/basic_registry.hpp"
#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/error.hpp"
#include "rtcerr/core/internal/export.hpp"
#include "rtcerr/core/internal/text.hpp"
#include "rtcerr/core/language.hpp"

namespace rtcerr {

// The category of `rtcerr::condition`, named "rtcerr.condition". One object
// for every registry, defined in the rtcerr library.
RTCERR_API const std::error_category& condition_category() noexcept;

// Found by std::error_condition's constructor: `std::error_condition c = condition::busy;`.
inline std::error_condition make_error_condition(condition c) noexcept {
  return {static_cast<int>(c), condition_category()};
}

namespace detail {
// Declared here for the API below; defined after it ("Implementation details
// follow").
namespace errc_column {
// The names RTCERR_CONDITIONS's std::errc column uses: std::errc's
// enumerators, and `none` for a condition without an equivalent.
using enum std::errc;
inline constexpr std::nullopt_t none = std::nullopt;
}  // namespace errc_column
// Whether the std::error_condition `c` is `mine` or its std::errc.
inline bool condition_matches(condition mine, const std::error_condition& c) noexcept;
}  // namespace detail

// The std::errc a condition is equivalent to (RTCERR_CONDITIONS's column,
// rtcerr/core/condition.hpp): invalid_argument -> invalid_argument,
// out_of_memory -> not_enough_memory, timeout -> timed_out, permission_denied
// -> permission_denied, busy -> device_or_resource_busy, insufficient_storage ->
// no_space_on_device. Other conditions
// (and values outside the enum) have none: nullopt.
constexpr std::optional<std::errc> equivalent_errc(condition c) noexcept {
#define RTCERR_DETAIL_ERRC_CASE(name, grpc, http, seconds, errc, ...) \
  case condition::name: return detail::errc_column::errc;
  switch (c) { RTCERR_CONDITIONS(RTCERR_DETAIL_ERRC_CASE) }
#undef RTCERR_DETAIL_ERRC_CASE
  return std::nullopt;
}

// The std::error_category of the domain `Domain` (one object per program, see
// domain_category_of). Its name is "rtcerr.<domain>"; `message` and the
// conditions come from the domain's own list.
template <class Domain>
class basic_error_category final : public std::error_category {
 public:
  constexpr basic_error_category() noexcept = default;

  // "rtcerr.<domain>".
  const char* name() const noexcept override { return name_text.c_str(); }

  // The message of `value` in the process-wide message language, Chinese by
  // default (rtcerr/core/language.hpp); for a value the domain does not list,
  // the message that says so (retired, or unknown code of the domain).
  std::string message(int value) const override {
    return std::string(message_in(value, message_language()));
  }

  // The value's rtcerr::condition (the domain's default for a value it does
  // not list: `unknown` unless it states one).
  std::error_condition default_error_condition(int value) const noexcept override {
    return make_error_condition(condition_of(value));
  }

  // True for the value's rtcerr::condition and for that condition's std::errc.
  bool equivalent(int value, const std::error_condition& c) const noexcept override {
    return detail::condition_matches(condition_of(value), c);
  }

  // From the domain's compact table (rtcerr/core/internal/code_table.hpp).
  static std::string_view message_in(int value, lang l) noexcept {
    if (const detail::packed_code* c = table().find(value)) return c->message(table().blob, l);
    return message_unlisted_in(table(), table().find_retired(value) != nullptr, l);
  }
  static std::string_view message_zh(int value) noexcept { return message_in(value, lang::zh); }

  // An unlisted value's condition is the domain's default for it.
  static condition condition_of(int value) noexcept {
    const detail::packed_code* c = table().find(value);
    return c != nullptr ? c->condition : table().unknown_default_for(value).condition;
  }

 private:
  static const detail::domain_table& table() noexcept {
    return detail::domain_tables<Domain>::table;
  }
  static constexpr std::string_view prefix = "rtcerr.";
  static constexpr auto name_text =
      detail::concat_static_text<prefix.size() + Domain::name.size()>(prefix, Domain::name);
};

// The category of values outside every domain, "rtcerr.unknown". Its
// functions are compiled in the library (src/catalogue/error_code.cpp), which keeps its
// vtable and their code out of every unit that includes this header.
class RTCERR_API unknown_error_category final : public std::error_category {
 public:
  constexpr unknown_error_category() noexcept = default;
  const char* name() const noexcept override;  // "rtcerr.unknown"
  // The unknown-code message, or for failure_from_success_value the message
  // of a failure made from 0, in the process-wide message language.
  std::string message(int value) const override;
  // condition::unknown, for every value.
  std::error_condition default_error_condition(int value) const noexcept override;
  bool equivalent(int value, const std::error_condition& c) const noexcept override;
};

// The one category object of `Domain` (in this copy of the library).
template <class Domain>
const std::error_category& domain_category_of() noexcept;

// "rtcerr.unknown": the category of values outside every domain.
inline const std::error_category& unknown_category() noexcept;

// The category of domain `id`; for the "no domain" id (or any other value),
// "rtcerr.unknown".
template <class Registry>
const std::error_category& basic_domain_category(typename Registry::id_type id) noexcept;

// `e` as a std::error_code (see the top of this file). Any value is accepted.
template <class Registry>
std::error_code make_error_code(basic_error<Registry> e) noexcept;

// The inverse of make_error_code: the error of a code of one of Registry's
// categories or of "rtcerr.unknown" (matched by address, else by name, so
// that codes made by another copy of rtcerr count); the success code for a
// code whose value is 0 (in any category: that is what "no error" means for
// std::error_code); nullopt for a failure of any other category, which
// rtcerr does not guess at.
template <class Registry>
std::optional<basic_error<Registry>> basic_from_error_code(const std::error_code& ec) noexcept;

}  // namespace rtcerr

// rtcerr::condition converts implicitly to std::error_condition.
//
// basic_error is deliberately not declared an error-code enum: that would
// make every `os << e` pick std::error_code's inserter through the implicit
// conversion. Results convert without it (Outcome finds make_error_code by
// argument-dependent lookup); a domain's errc enum can be one (see
// rtcerr/error_code.hpp).
template <>
struct std::is_error_condition_enum<rtcerr::condition> : std::true_type {};

// --- Implementation details follow. -----------------------------------------

namespace rtcerr {
namespace detail {

// Storage whose object is never destroyed: constant-initialised (so usable
// before any dynamic initialisation) and still alive after main returns.
template <class T>
union never_destroyed {
  constexpr never_destroyed() noexcept : object() {}
  ~never_destroyed() {}
  T object;
};

// True for rtcerr's condition category, this copy's or another copy's (see
// "Identity across copies" at the top of this file).
inline bool is_condition_category(const std::error_category& c) noexcept {
  return c == condition_category() || std::strcmp(c.name(), "rtcerr.condition") == 0;
}

// The category of a domain, or of values outside every domain.
template <class Domain>
class domain_category_impl;

// Whether the std::error_condition `c` is `mine` or its std::errc.
inline bool condition_matches(condition mine, const std::error_condition& c) noexcept {
  if (is_condition_category(c.category())) return c.value() == static_cast<int>(mine);
  const std::optional<std::errc> generic = equivalent_errc(mine);
  return generic.has_value() && c == std::make_error_condition(*generic);
}

// Default visibility: with a shared librtcerr built with hidden symbols, the
// program and the library still share one object per domain.
template <class Domain>
RTCERR_API inline constinit never_destroyed<basic_error_category<Domain>> category_storage{};

RTCERR_API inline constinit never_destroyed<unknown_error_category> unknown_category_storage{};

// Every category of Registry, by domain index; the last is "rtcerr.unknown".
template <class Registry>
inline constexpr auto categories = []<class... Domains>(type_list<Domains...>) {
  return std::array<const std::error_category*, sizeof...(Domains) + 1>{
      &category_storage<Domains>.object..., &unknown_category_storage.object};
}(typename Registry::domain_list{});

template <>
inline constexpr bool is_std_error_code<std::error_code> = true;

// `code == errc` of Domain (RTCERR_DEFINE_DOMAIN): the same value, and the
// category is Domain's, this copy's object or another copy's of the same name.
template <class Domain, class Code>
bool error_code_is(const Code& code, std::int32_t value) noexcept {
  if (code.value() != value) return false;
  const std::error_category& mine = domain_category_of<Domain>();
  return code.category() == mine || std::strcmp(code.category().name(), mine.name()) == 0;
}

}  // namespace detail

// The API's functions (described above).
template <class Domain>
const std::error_category& domain_category_of() noexcept {
  return detail::category_storage<Domain>.object;
}

inline const std::error_category& unknown_category() noexcept {
  return detail::unknown_category_storage.object;
}

template <class Registry>
const std::error_category& basic_domain_category(typename Registry::id_type id) noexcept {
  for (std::size_t i = 0; i < Registry::domain_count; ++i)
    if (Registry::id_at(i) == id) return *detail::categories<Registry>[i];
  return unknown_category();
}

template <class Registry>
std::error_code make_error_code(basic_error<Registry> e) noexcept {
  if (e.value() == 0) return {};
  const std::size_t d = Registry::domain_index(e.value());
  return {e.value(),
          *detail::categories<Registry>[d < Registry::domain_count ? d : Registry::domain_count]};
}

template <class Registry>
std::optional<basic_error<Registry>> basic_from_error_code(const std::error_code& ec) noexcept {
  if (!ec) return basic_error<Registry>{};
  for (const std::error_category* c : detail::categories<Registry>)
    if (ec.category() == *c) return basic_error<Registry>::from_wire(ec.value());
  const char* name = ec.category().name();
  for (const std::error_category* c : detail::categories<Registry>)
    if (std::strcmp(name, c->name()) == 0) return basic_error<Registry>::from_wire(ec.value());
  return std::nullopt;
}

}  // namespace rtcerr
