// rtcerr/core/error_code.hpp - basic_error as std::error_code, conditions as
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
// values outside every domain, "rtcerr.unknown". They are constant-initialised
// and never destroyed, so they work before main, after main and from any
// thread. make_error_code(e) maps:
//   - 0 (success) to `std::error_code{}`, the universal "no error";
//   - every other value to (value, category of the domain owning it), or the
//     "rtcerr.unknown" category; the value is kept as is, so the mapping is
//     one to one and `from_error_code` is its exact inverse.
//
// `rtcerr::condition` is an error-condition enum with its own category,
// "rtcerr.condition". `ec == condition::c` holds for every code of condition
// c in every domain (an unknown value's condition is `condition::unknown`).
// Some conditions are also equivalent to a std::errc (see equivalent_errc);
// both ways: a code of such a condition equals that std::errc, and a foreign
// code that means that std::errc (ETIMEDOUT from a socket) equals the
// condition.
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
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/error.hpp"
#include "rtcerr/core/export.hpp"
#include "rtcerr/core/language.hpp"
#include "rtcerr/core/registry.hpp"
#include "rtcerr/core/text.hpp"

namespace rtcerr {

// The category of `rtcerr::condition`, named "rtcerr.condition". One object
// for every registry, defined in the rtcerr library.
RTCERR_API const std::error_category& condition_category() noexcept;

// Found by std::error_condition's constructor: `std::error_condition c = condition::busy;`.
inline std::error_condition make_error_condition(condition c) noexcept {
  return {static_cast<int>(c), condition_category()};
}

// The std::errc a condition is equivalent to: invalid_argument ->
// invalid_argument, out_of_memory -> not_enough_memory, timeout -> timed_out,
// permission_denied -> permission_denied, busy -> device_or_resource_busy.
// Other conditions (and values outside the enum) have none: nullopt.
constexpr std::optional<std::errc> equivalent_errc(condition c) noexcept {
  switch (c) {
    case condition::invalid_argument: return std::errc::invalid_argument;
    case condition::out_of_memory: return std::errc::not_enough_memory;
    case condition::timeout: return std::errc::timed_out;
    case condition::permission_denied: return std::errc::permission_denied;
    case condition::busy: return std::errc::device_or_resource_busy;
    default: return std::nullopt;
  }
}

namespace detail {

// Storage whose object is never destroyed: constant-initialised (so usable
// before any dynamic initialisation) and still alive after main returns.
template <class T>
union never_destroyed {
  constexpr never_destroyed() noexcept : object() {}
  ~never_destroyed() {}
  T object;
};

}  // namespace detail

// The category of the domain at `DomainIndex` in Registry::domains, or, for
// DomainIndex == Registry::domain_count, of the values outside every domain.
// Use basic_domain_category<Registry>(id) to get the one object of each.
template <class Registry, std::size_t DomainIndex>
class basic_error_category final : public std::error_category {
  static_assert(DomainIndex <= Registry::domain_count);

 public:
  using error_type = basic_error<Registry>;

  constexpr basic_error_category() noexcept = default;

  // "rtcerr.<domain>", or "rtcerr.unknown".
  const char* name() const noexcept override { return name_text.c_str(); }

  // The message of `value` (any value; it need not be in this domain) in the
  // process-wide message language, Chinese by default (rtcerr/core/language.hpp).
  std::string message(int value) const override {
    return std::string(error_type::from_wire(value).message(message_language()));
  }

  // The value's rtcerr::condition.
  std::error_condition default_error_condition(int value) const noexcept override {
    return make_error_condition(error_type::from_wire(value).condition());
  }

  // True for the value's rtcerr::condition and for that condition's std::errc.
  bool equivalent(int value, const std::error_condition& c) const noexcept override {
    const condition mine = error_type::from_wire(value).condition();
    if (c.category() == condition_category()) return c.value() == static_cast<int>(mine);
    const std::optional<std::errc> generic = equivalent_errc(mine);
    return generic.has_value() && c == std::make_error_condition(*generic);
  }

  static constexpr std::string_view message_zh(int value) noexcept {
    return error_type::from_wire(value).message(lang::zh);
  }

 private:
  static constexpr std::string_view prefix = "rtcerr.";
  static constexpr std::string_view domain_name = DomainIndex < Registry::domain_count
                                                      ? Registry::domains[DomainIndex].name
                                                      : std::string_view("unknown");
  static constexpr auto name_text =
      detail::concat_static_text<prefix.size() + domain_name.size()>(prefix, domain_name);
};

namespace detail {

template <class Registry, std::size_t DomainIndex>
inline constinit never_destroyed<basic_error_category<Registry, DomainIndex>> category_storage{};

// Every category of Registry, by domain index; the last is "rtcerr.unknown".
template <class Registry>
inline constexpr auto categories = []<std::size_t... I>(std::index_sequence<I...>) {
  return std::array<const std::error_category*, sizeof...(I)>{
      &category_storage<Registry, I>.object...};
}
(std::make_index_sequence<Registry::domain_count + 1>{});

}  // namespace detail

// The category of domain `id`; for `unknown` (or any value past it), the
// category of values outside every domain.
template <class Registry>
const std::error_category& basic_domain_category(typename Registry::id_type id) noexcept {
  const auto i = static_cast<std::size_t>(id);
  return *detail::categories<Registry>[i < Registry::domain_count ? i : Registry::domain_count];
}

// `e` as a std::error_code (see the top of this file). Any value is accepted.
template <class Registry>
std::error_code make_error_code(basic_error<Registry> e) noexcept {
  if (e.value() == 0) return {};
  return {e.value(), *detail::categories<Registry>[Registry::domain_index(e.value())]};
}

// The inverse of make_error_code: the error of a code of one of Registry's
// categories; the success code for a code whose value is 0 (in any category:
// that is what "no error" means for std::error_code); nullopt for a failure
// of any other category, which rtcerr does not guess at.
template <class Registry>
std::optional<basic_error<Registry>> basic_from_error_code(const std::error_code& ec) noexcept {
  if (!ec) return basic_error<Registry>{};
  for (const std::error_category* c : detail::categories<Registry>)
    if (ec.category() == *c) return basic_error<Registry>::from_wire(ec.value());
  return std::nullopt;
}

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
