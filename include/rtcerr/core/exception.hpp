// rtcerr/core/exception.hpp - typed exceptions, generated from a registry.
//
// Code that prefers exceptions to results still wants to react to *kinds* of
// failure, not parse strings. Every error therefore has a family of exception
// types, and one throw can be caught at whichever level the catcher cares
// about:
//
//   basic_exception<R>                      every error of registry R
//    ├─ basic_domain_exception<R, D>        every error of domain D
//    ├─ basic_condition_exception<R, C>     every error whose condition is C
//    └─ basic_exception_for<R, E>           exactly the code E (an errc enumerator),
//                                           derived from its domain's and its
//                                           condition's exception
//
// basic_exception derives from std::exception, and the domain and condition
// levels derive from it virtually, so `catch (const std::exception&)` and
// `catch (const basic_exception<R>&)` see one object, whichever path it was
// thrown through. For the platform's catalogue, rtcerr/exception.hpp names
// these `rtcerr::exception`, `rtcerr::<domain>::exception`,
// `rtcerr::condition_exception<C>` and `rtcerr::exception_for<E>`.
//
//   try {
//     rtcerr::throw_error(e);
//   } catch (const rtcerr::exception_for<media::errc::camera_busy>&) {
//     ...                                   // that code only
//   } catch (const rtcerr::condition_exception<rtcerr::condition::timeout>& x) {
//     ...                                   // a timeout of any domain; x.code() says which
//   } catch (const media::exception& x) {
//     ...                                   // any other error of a domain `media`
//   }
//
// Nothing is written per code: `throw_error(e)` finds the exception type of
// `e` in a table generated at compile time from the registry's domain lists
// (one hash lookup, one indexed call), so a code added to a domain's list has
// its exception type at once. What is thrown for each value:
//   - a listed code: basic_exception_for<R, E>;
//   - a value inside a domain's range but not listed (a newer peer's code, a
//     gap, a retired number): that domain's basic_domain_exception;
//   - any other value (outside every range, including 0): basic_exception.
//
// Allocation: none, beyond the exception object the C++ runtime allocates
// for every throw (which has an emergency pool, so out-of-memory errors can
// be thrown when the heap is exhausted). `what()` is
// "domain.name (code): message", the message in the process-wide message
// language (Chinese unless set_message_language says otherwise; see
// rtcerr/core/language.hpp), chosen when the exception is made. For a listed code it
// points to text built at compile time; for other values it is written, when
// the exception is made, into a small buffer inside the exception object
// (cut at a UTF-8 boundary if a registry's names are very long).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string_view>
#include <utility>

#include "rtcerr/core/config.hpp"
#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/error.hpp"
#include "rtcerr/core/failure_handler.hpp"
#include "rtcerr/core/language.hpp"
#include "rtcerr/core/registry.hpp"
#include "rtcerr/core/text.hpp"
#include "rtcerr/core/trace_storage.hpp"

namespace rtcerr {

namespace detail {

// Makes exception objects; the only code allowed to make most of them.
template <class Registry>
struct raise;

// The position of `value` in its domain's code list, or Registry::npos,
// found by scanning that list rather than by Registry::find_index: an
// exception type is then cheap to instantiate, since it does not need the
// registry's lookup table at compile time. (An index, not a pointer: see
// rtcerr/core/registry.hpp.)
template <class Registry>
constexpr std::size_t listed_code_position(std::int64_t value) noexcept {
  const std::size_t d = Registry::domain_index(value);
  if (d == Registry::domain_count) return Registry::npos;
  const auto codes = Registry::domains[d].codes;
  for (std::size_t i = 0; i < codes.size(); ++i)
    if (codes[i].value == value) return i;
  return Registry::npos;
}

// How an exception describes `e` when its text is written at run time.
template <class Registry>
constexpr error_description describe(basic_error<Registry> e, lang language) noexcept {
  const std::size_t d = Registry::domain_index(e.value());
  const bool owned = d < Registry::domain_count;
  if (!owned && (e.value() == 0 || e.value() == failure_from_success_value))
    return {
        {},
        e.name(),
        e.value(),
        language == lang::en ? failure_from_success_message_en : failure_from_success_message_zh};
  return {owned ? Registry::domains[d].name : std::string_view{}, e.name(), e.value(),
          e.message(language)};
}

}  // namespace detail

// The base of every exception of `Registry`'s errors.
template <class Registry>
class basic_exception : public std::exception {
 public:
  using registry_type = Registry;
  using error_type = basic_error<Registry>;

  // Room for what() of a value that is not a listed code.
  static constexpr std::size_t inline_capacity = 128;

  // The error being reported, exactly as thrown (unknown values included).
  error_type code() const noexcept { return error_type::from_wire(code_); }

  // "domain.name (code): message" with the message in the language that was
  // the process-wide message language when the exception was made, e.g.
  // "media.camera_busy (700001): 摄像头被占用"; for a value
  // outside every domain "unknown (12345): 未知错误码". Valid as long as the
  // exception object lives; never null.
  const char* what() const noexcept override {
    return static_text_ != nullptr ? static_text_ : buffer_;
  }

  // Where the failure came from, copied into the exception when it was
  // thrown by `value()` on a result with a trace (rtcerr/core/trace.hpp);
  // status `none` otherwise. `fmt::format("{:t}", e)` prints it.
  const trace_snapshot& trace() const noexcept { return trace_; }

 protected:
  // For a listed code: `static_text` is its description, in static storage.
  basic_exception(error_type e, const char* static_text) noexcept
      : code_(e.value()), static_text_(static_text) {
    detail::trace_take_for_exception(code_, trace_);
  }

  // For any other value: the description is written into the buffer.
  explicit basic_exception(error_type e) noexcept : code_(e.value()) {
    detail::trace_take_for_exception(code_, trace_);
    detail::text_writer out(buffer_, buffer_ + inline_capacity - 1);
    detail::describe(e, message_language()).write(out);
    *out.position() = '\0';
  }

 private:
  friend struct detail::raise<Registry>;

  std::int32_t code_;
  const char* static_text_ = nullptr;
  char buffer_[inline_capacity] = {};
  trace_snapshot trace_;
};

namespace detail {
template <class Registry, bool Ok>
struct domain_exception_names_a_domain {
  static_assert(Ok,
                "rtcerr: a domain exception needs one of the registry's domains, not `unknown`");
  static constexpr bool value = Ok;
};
}  // namespace detail

// The base of every exception of the errors of domain `Domain` (an
// enumerator of the registry's id enum, not `unknown`).
template <class Registry, typename Registry::id_type Domain>
class basic_domain_exception : public virtual basic_exception<Registry> {
  static_assert(detail::domain_exception_names_a_domain<
                Registry, (static_cast<std::size_t>(Domain) < Registry::domain_count)>::value);

 public:
  using typename basic_exception<Registry>::error_type;

 protected:
  basic_domain_exception(error_type e, const char* static_text) noexcept
      : basic_exception<Registry>(e, static_text) {}
  explicit basic_domain_exception(error_type e) noexcept : basic_exception<Registry>(e) {}

 private:
  friend struct detail::raise<Registry>;
};

// The base of every exception of the errors whose condition is `Condition`,
// whatever their domain.
template <class Registry, condition Condition>
class basic_condition_exception : public virtual basic_exception<Registry> {
 public:
  using typename basic_exception<Registry>::error_type;

 protected:
  basic_condition_exception(error_type e, const char* static_text) noexcept
      : basic_exception<Registry>(e, static_text) {}
};

namespace detail {

template <class Registry, bool Ok>
struct exception_for_takes_an_errc {
  static_assert(Ok,
                "rtcerr: exception_for<E> takes an errc enumerator of one of the registry's "
                "domains");
  static constexpr bool value = Ok;
};

template <class Registry, std::int64_t Value, bool Ok>
struct exception_for_takes_a_listed_code {
  static_assert(Ok, "rtcerr: exception_for<E> takes a listed code, not a value cast to errc");
  static constexpr bool value = Ok;
};

// What an exception type needs to know about a listed code at compile time.
template <class Registry, auto Code>
struct listed_code_facts {
  static constexpr bool is_errc =
      exception_for_takes_an_errc<Registry, Registry::template has_errc<decltype(Code)>>::value;
  static constexpr std::int64_t value = is_errc ? static_cast<std::int64_t>(Code) : 0;
  static constexpr std::size_t position = listed_code_position<Registry>(value);
  static constexpr bool found = position != Registry::npos;
  static constexpr bool listed =
      !is_errc || exception_for_takes_a_listed_code<Registry, value, found>::value;

  // Fallbacks keep a failed check from cascading into unrelated errors.
  static constexpr std::size_t domain_index = found ? Registry::domain_index(value) : 0;
  static constexpr auto domain =
      static_cast<typename Registry::id_type>(listed && found ? domain_index : 0);
  static constexpr condition condition_value =
      found ? Registry::domains[domain_index].codes[position].condition : condition::unknown;
  static constexpr error_description description =
      found ? error_description{Registry::domains[domain_index].name,
                                Registry::domains[domain_index].codes[position].name, value,
                                Registry::domains[domain_index].codes[position].message_zh}
            : error_description{};
  static constexpr auto text = make_static_text<description.length()>(description);
  static constexpr error_description description_en =
      found ? error_description{description.domain, description.name, value,
                                Registry::domains[domain_index].codes[position].message_en}
            : error_description{};
  static constexpr auto text_en = make_static_text<description_en.length()>(description_en);

  // what() in the process-wide message language (rtcerr/core/language.hpp).
  static const char* text_in(lang language) noexcept {
    return language == lang::en ? text_en.c_str() : text.c_str();
  }
};

}  // namespace detail

// The exception of exactly one code: `Code` is an enumerator of the `errc` of
// one of the registry's domains. Derives from the exception of its domain and
// of its condition. Anyone may throw one: `throw basic_exception_for<R, E>{};`
// (throw_error(e) does the same for an `e` known only at run time).
template <class Registry, auto Code>
class basic_exception_for final
    : public basic_domain_exception<Registry, detail::listed_code_facts<Registry, Code>::domain>,
      public basic_condition_exception<Registry,
                                       detail::listed_code_facts<Registry, Code>::condition_value> {
  using facts = detail::listed_code_facts<Registry, Code>;
  using domain_base = basic_domain_exception<Registry, facts::domain>;
  using condition_base = basic_condition_exception<Registry, facts::condition_value>;

 public:
  using typename basic_exception<Registry>::error_type;

  // The virtual base is built by this, the most derived class; the
  // domain_base and condition_base initialisers name it too, but are ignored.
  basic_exception_for() noexcept : basic_exception_for(facts::text_in(message_language())) {}

 private:
  explicit basic_exception_for(const char* text) noexcept
      : basic_exception<Registry>(error(), text),
        domain_base(error(), text),
        condition_base(error(), text) {}

 public:
 private:
  static constexpr error_type error() noexcept {
    return error_type::from_wire(static_cast<std::int32_t>(facts::value));
  }
};

namespace detail {

template <class Id, class... Domains>
struct raise<basic_registry<Id, Domains...>> {
  using registry = basic_registry<Id, Domains...>;
  using error_type = basic_error<registry>;

  template <auto Code>
  [[noreturn]] static void listed() {
#if RTCERR_HAS_EXCEPTIONS
    throw basic_exception_for<registry, Code>();
#else
    handle_failure_of(failure_kind::throw_error, error_type(Code));
#endif
  }

  template <std::size_t DomainIndex>
  [[noreturn]] static void unlisted(error_type e) {
#if RTCERR_HAS_EXCEPTIONS
    throw basic_domain_exception<registry, static_cast<Id>(DomainIndex)>(e);
#else
    handle_failure_of(failure_kind::throw_error, e);
#endif
  }

  [[noreturn]] static void outside(error_type e) {
#if RTCERR_HAS_EXCEPTIONS
    throw basic_exception<registry>(e);
#else
    handle_failure_of(failure_kind::throw_error, e);
#endif
  }

  [[noreturn]] static void any(error_type e);
};

// One thrower per listed code of `Domain`, in the domain's order.
template <class Registry, class Domain, std::size_t... I>
constexpr auto listed_throwers(std::index_sequence<I...>) noexcept {
  return std::array<void (*)(), sizeof...(I)>{&raise<Registry>::template listed<
      static_cast<typename Domain::errc_type>(Domain::codes[I].value)>...};
}

template <class T, std::size_t... N>
constexpr std::array<T, (N + ... + 0)> join(const std::array<T, N>&... parts) noexcept {
  std::array<T, (N + ... + 0)> all{};
  std::size_t next = 0;
  const auto append = [&](const auto& part) {
    for (const T& item : part) all[next++] = item;
  };
  (append(parts), ...);
  return all;
}

// The dispatch tables of throw_error, built at compile time.
template <class Registry>
struct raise_tables;

template <class Id, class... Domains>
struct raise_tables<basic_registry<Id, Domains...>> {
  using registry = basic_registry<Id, Domains...>;

  // Every listed code's thrower, domain after domain.
  static constexpr auto listed = join(
      listed_throwers<registry, Domains>(std::make_index_sequence<Domains::codes.size()>{})...);

  // The thrower of each domain's exception, for its unlisted values.
  static constexpr auto unlisted = []<std::size_t... I>(std::index_sequence<I...>) {
    return std::array<void (*)(basic_error<registry>), sizeof...(I)>{
        &raise<registry>::template unlisted<I>...};
  }
  (std::make_index_sequence<sizeof...(Domains)>{});
};

template <class Id, class... Domains>
void raise<basic_registry<Id, Domains...>>::any(error_type e) {
  using tables = raise_tables<registry>;
  const std::size_t d = registry::domain_index(e.value());
  if (d == registry::domain_count) outside(e);
  // Registry::entries lists the codes domain after domain, in the order of
  // tables::listed, so an entry's index is its thrower's index.
  const std::size_t i = registry::find_index(e.value());
  if (i < tables::listed.size()) tables::listed[i]();
  tables::unlisted[d](e);
  std::terminate();  // not reached: every entry of the tables throws
}

}  // namespace detail

// Throws the most specific exception of `e` (see the top of this file).
// Every value is accepted: an unknown value throws its domain's exception, a
// value outside every range (0 included, which is a caller's bug: success is
// not an error) throws basic_exception<Registry>.
// Built without exceptions, it calls the failure handler
// (rtcerr/core/failure_handler.hpp) instead, and the exception types are
// defined but never instantiated.
template <class Registry>
[[noreturn]] void throw_error(basic_error<Registry> e) {
#if RTCERR_HAS_EXCEPTIONS
  detail::raise<Registry>::any(e);
#else
  detail::handle_failure_of(failure_kind::throw_error, e);
#endif
}

}  // namespace rtcerr
