// rtcerr/core/basic_exception.hpp - typed exceptions, keyed by code, domain and condition.
//
// Code that prefers exceptions to results still wants to react to *kinds* of
// failure, not parse strings. Every error therefore has a family of exception
// types, and one throw can be caught at whichever level the catcher cares
// about:
//
//   std::exception
//    └─ rtcerr::exception                      every error of every domain
//        └─ rtcerr::domain_exception_of<D>     every error of domain D (also named D's
//            │                                 namespace `exception`, e.g. media::exception)
//            │   rtcerr::condition_exception<C>  every error whose condition is C: a view
//            │    │                              of the whole exception, not an
//            │    │                              rtcerr::exception itself (see below)
//            └────┴─ rtcerr::exception_for<E>    exactly the code E (an errc enumerator)
//
// The types belong to the code, the domain and the condition - never to a
// registry - so a code means the same exception whichever registry threw it:
// an application's registry that contains the platform's domains throws, for
// a platform code, exactly the type the platform's own registry throws.
// There is no virtual inheritance: a code's exception is one rtcerr::exception
// (so `catch (const std::exception&)` and `catch (const rtcerr::exception&)`
// see one object) plus one pointer. condition_exception<C> is not an
// rtcerr::exception itself: it is a small non-polymorphic base of each code's
// type that refers to the whole exception object, reads what rtcerr::exception
// reads (value(), code(), domain(), trace(), what()) and converts to `const
// rtcerr::exception&`, so a condition handler can pass what it caught
// wherever an rtcerr::exception or a std::exception is expected. Were it an
// rtcerr::exception, each code's class would need rtcerr::exception as a
// virtual base, at more than twice the size per code (docs/performance.md).
// Catch it by reference: a copy of the view alone does not compile.
//
//   try {
//     rtcerr::throw_error(e);
//   } catch (const rtcerr::exception_for<media::errc::camera_busy>&) {
//     ...                                   // that code only
//   } catch (const rtcerr::condition_exception<rtcerr::condition::timeout>& x) {
//     ...                                   // a timeout of any domain; x.value() says which
//   } catch (const media::exception& x) {
//     ...                                   // any other error of a domain `media`
//   }
//
// Nothing is written per code: `throw_error(e)` finds the exception type of
// `e` in a table generated at compile time from the registry's domain lists
// (one hash lookup, one bounds-checked indexed call), so a code added to a
// domain's list has its exception type at once. What is thrown for each value:
//   - a listed code: exception_for<E>;
//   - a value inside a domain's range but not listed (a newer peer's code, a
//     gap, a retired number): that domain's domain_exception_of<D>; when the
//     domain states a default condition C for it (unknown_default,
//     rtcerr/core/domain.hpp), unlisted_exception_of<D, C>, which is also a
//     condition_exception<C>;
//   - any other value (outside every range, including 0): rtcerr::exception.
//
// Allocation: none, beyond the exception object the C++ runtime allocates
// for every throw (which has an emergency pool, so out-of-memory errors can
// be thrown when the heap is exhausted). `what()` is
// "domain.name (code): message", the message in the process-wide message
// language (Chinese unless set_message_language says otherwise; see
// rtcerr/core/language.hpp), chosen when the exception is made and written
// then, from the domain's table, into a buffer inside the exception object
// (inline_capacity bytes: every catalogue text fits; a longer one, from an
// application's domain, is cut at a UTF-8 boundary, and formatting code()
// gives it whole). Nothing is stored per code: a code's exception type costs
// only what the C++ ABI needs for a class (docs/performance.md, "Size of
// the typed exceptions").
//
// The older registry-keyed names remain as aliases of these:
// basic_exception<R> is rtcerr::exception, basic_domain_exception<R, id> the
// exception of R's domain `id`, basic_condition_exception<R, C> and
// basic_exception_for<R, E> the condition's and the code's.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string_view>
#include <type_traits>
#include <utility>

#include "rtcerr/core/basic_registry.hpp"
#include "rtcerr/core/domain.hpp"
#include "rtcerr/core/error.hpp"
#include "rtcerr/core/failure_handler.hpp"
#include "rtcerr/core/internal/config.hpp"
#include "rtcerr/core/internal/export.hpp"
#include "rtcerr/core/internal/text.hpp"
#include "rtcerr/core/internal/thrown_error.hpp"
#include "rtcerr/core/internal/trace_storage.hpp"
#include "rtcerr/core/language.hpp"

namespace rtcerr {

// The platform's catalogue registry, completed by rtcerr/registry.hpp. The
// framework names it in one place only: as the error type that
// `exception::code()` returns by default, so that `rtcerr::exception`'s
// `code()` is an `rtcerr::error` as the catalogue's users expect.
struct registry;

namespace detail {
// Declared here for the API below; defined after it ("Implementation details
// follow").
// Makes exception objects; the only code allowed to make most of them. In
// the inline namespace of the exceptions setting (rtcerr/core/internal/config.hpp).
inline namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE {
struct raise;
}
class thrown_error;
// False: what condition_exception's copy constructor asserts, so that a copy
// (a by-value handler) fails to compile with a message, and only when made.
template <condition>
inline constexpr bool condition_exception_is_caught_by_reference = false;
// What an exception type needs to know about a listed code at compile time.
template <auto Code>
struct listed_code_facts;
// The domain type of a registry's domain id (the registry-keyed names).
template <class Registry, typename Registry::id_type Id>
struct domain_of_id;
}  // namespace detail

// The base of every rtcerr exception, of every domain and every registry.
class exception : public std::exception {
 public:
  // Room for what(), its terminating NUL included. The catalogue's longest
  // description is 149 bytes.
  static constexpr std::size_t inline_capacity = 256;

  // The value thrown, exactly as thrown (unknown values included).
  std::int32_t value() const noexcept { return value_; }

  // The error thrown, as the error of a registry: by default the platform's
  // `rtcerr::error`; `x.code<app_error>()` for an application's. Lossless: the
  // value is kept as is.
  template <class Error = basic_error<registry>>
  Error code() const noexcept {
    return Error::from_wire(value_);
  }

  // The domain of the value (its name, range and list) as the registry
  // `Registry` holds it (by default the platform's catalogue, as for code();
  // `x.domain<app_registry>()` for an application's domains), or nullptr for
  // a value outside every domain of the registry that threw it, or of a
  // domain that `Registry` lacks. (The exception itself keeps only the
  // domain's compact table, so that a program that throws does not link
  // every domain's `code_info` rows: docs/performance.md, "Size budget".)
  template <class Registry = registry>
  const domain_info* domain() const noexcept {
    if (domain_ == nullptr) return nullptr;
    const std::size_t d = Registry::domain_index(value_);
    return d < Registry::domain_count && Registry::domains[d].id == domain_->id
               ? &Registry::domains[d]
               : nullptr;
  }

  // The name of the value's domain ("media"), whichever registry threw it;
  // "unknown" for a value outside every domain.
  std::string_view domain_name() const noexcept {
    return domain_ != nullptr ? domain_->name() : std::string_view("unknown");
  }

  // Where the failure came from, copied into the exception when it was
  // thrown by `value()` on a result with a trace (rtcerr/core/basic_trace.hpp);
  // status `none` otherwise. `fmt::format("{:t}", e)` prints it.
  const trace_snapshot& trace() const noexcept { return trace_; }

  // "domain.name (code): message" with the message in the language that was
  // the process-wide message language when the exception was made, e.g.
  // "media.camera_busy (700001): 摄像头被占用"; for a value
  // outside every domain "unknown (12345): 未知错误码". Valid as long as the
  // exception object lives; never null.
  const char* what() const noexcept override { return buffer_; }

 protected:
  // For a listed code: the code at `position` in `domain`'s list. Compiled
  // once in the library rather than inline, so that the constructor of each
  // code's exception type is a call, not a copy of this one.
  RTCERR_API exception(std::int32_t value, const detail::domain_table* domain,
                       std::size_t position) noexcept;

  // For any other value: the description is written into the buffer. Also
  // compiled once in the library (machine code that each program would
  // otherwise carry a copy of, next to the library's: docs/performance.md).
  RTCERR_API exception(std::int32_t value, const detail::domain_table* domain,
                       const detail::error_description& description) noexcept;

 private:
  // Only throw_error's dispatch makes a bare rtcerr::exception.
  friend struct detail::raise;
  friend class detail::thrown_error;

  std::int32_t value_;
  const detail::domain_table* domain_;  // nullptr: outside every domain
  char buffer_[inline_capacity] = {};
  trace_snapshot trace_;
};

// The base of every exception of the errors of domain `Domain` (a domain
// type). Each domain's namespace names it `exception` (RTCERR_DEFINE_DOMAIN).
template <class Domain>
class domain_exception_of : public exception {
 public:
  using domain_type = Domain;

  // The domain's table, in static storage (what `domain()` points to).
  static constexpr domain_info info = domain_info::of<Domain>();

 protected:
  // As a base of a code's exception type: the code at `position` in the
  // domain's list.
  domain_exception_of(std::int32_t value, std::size_t position) noexcept
      : exception(value, &detail::domain_tables<Domain>::table, position) {}
  // As the most derived class (an unlisted value of the domain).
  domain_exception_of(std::int32_t value, const detail::error_description& description) noexcept
      : exception(value, &detail::domain_tables<Domain>::table, description) {}

 private:
  friend struct detail::raise;
};

// The catch level of every error whose condition is `Condition`, whatever its
// domain: a base of each code's exception type whose condition it is.
//
// It is not an rtcerr::exception itself but a view of one: it refers to the
// whole exception object it is part of, and reads the same things as
// rtcerr::exception (value(), code(), domain(), trace(), what()), and converts
// to `const rtcerr::exception&` (and so to `const std::exception&`) wherever
// one is expected: `log(x)` for `void log(const rtcerr::exception&)`,
// `fmt::format("{}", x)`, `throw;` rethrows the whole exception. Why not an
// rtcerr::exception: a class with a domain level and a condition level that
// both were would need rtcerr::exception as a virtual base, which costs every
// program that throws them construction vtables, a VTT and thunks per code
// (measured in docs/performance.md, "Size of the typed exceptions").
template <condition Condition>
class condition_exception {
 public:
  static constexpr ::rtcerr::condition condition_value = Condition;

  // The same queries as rtcerr::exception (see there), of the whole exception.
  std::int32_t value() const noexcept { return whole_->value(); }
  template <class Error = basic_error<registry>>
  Error code() const noexcept {
    return whole_->template code<Error>();
  }
  template <class Registry = registry>
  const domain_info* domain() const noexcept {
    return whole_->template domain<Registry>();
  }
  std::string_view domain_name() const noexcept { return whole_->domain_name(); }
  const trace_snapshot& trace() const noexcept { return whole_->trace(); }
  const char* what() const noexcept { return whole_->what(); }

  // The whole exception: the code's exception object this is part of.
  // Implicit, so that a condition handler passes what it caught to anything
  // taking `const rtcerr::exception&` or `const std::exception&`.
  operator const exception&() const noexcept { return *whole_; }

  // Catch it by reference. A copy would be a view of an exception object that
  // it does not own (a handler's copy would outlive it), so copying one is an
  // error: `catch (rtcerr::condition_exception<C> x)` does not compile, and
  // says why. (std::is_copy_constructible cannot see a static_assert in a
  // body and reports true; the copy does not compile.) A code's exception
  // type, exception_for<E>, is copied whole and points its copy at itself.
  condition_exception(const condition_exception& other) noexcept : whole_(other.whole_) {
    static_assert(detail::condition_exception_is_caught_by_reference<Condition>,
                  "rtcerr: catch a condition_exception<C> by reference (`const "
                  "rtcerr::condition_exception<C>&`): it is a view of the exception object, "
                  "not a copy of it; to keep the exception, copy the exception_for<E> or "
                  "rtcerr::exception it converts to, or std::current_exception()");
  }
  condition_exception& operator=(const condition_exception&) = delete;
  // Public so that a by-value handler gets the one diagnostic above. Not
  // virtual: the runtime destroys an exception object as its own type.
  ~condition_exception() = default;

 protected:
  // Only a code's exception type makes one, pointing at its own
  // rtcerr::exception.
  explicit condition_exception(const exception& whole) noexcept : whole_(&whole) {}

 private:
  const exception* whole_;
};

// The exception of exactly one code: `Code` is an enumerator of a domain's
// `errc`. Derives from the exception of its domain (and through it from
// rtcerr::exception and std::exception) and from the catch level of its
// condition. Anyone may throw one: `throw rtcerr::exception_for<E>{};`
// (throw_error(e) does the same for an `e` known only at run time).
template <auto Code>
class exception_for final
    : public domain_exception_of<typename detail::listed_code_facts<Code>::domain>,
      public condition_exception<detail::listed_code_facts<Code>::condition_value> {
 public:
  // what() is in the process-wide message language when the exception is made.
  // All the work is in one constructor of the library, shared by every code.
  exception_for() noexcept
      : domain_base(static_cast<std::int32_t>(facts::value), facts::position),
        condition_base(static_cast<const exception&>(*this)) {}

  // A copy is whole: its condition level refers to the copy, not to the
  // original (a handler's `catch (exception_for<E> x)` and std::exception_ptr
  // copies stay valid after the original is gone).
  exception_for(const exception_for& other) noexcept
      : domain_base(other), condition_base(static_cast<const exception&>(*this)) {}
  exception_for& operator=(const exception_for& other) noexcept {
    domain_base::operator=(other);  // the condition level keeps pointing here
    return *this;
  }
  // Cold: run once per caught exception, the same few instructions for every
  // code; laid out for size (no alignment padding), which every code's type
  // pays for otherwise (docs/performance.md, "Size budget").
  [[gnu::cold]] ~exception_for() = default;

  // Both bases answer these; the domain's (rtcerr::exception's) is the object itself.
  using exception::code;
  using exception::domain;
  using exception::trace;
  using exception::value;
  using exception::what;

 private:
  using facts = detail::listed_code_facts<Code>;
  using domain_base = domain_exception_of<typename facts::domain>;
  using condition_base = condition_exception<facts::condition_value>;
  static_assert(facts::listed, "see the rule above");  // runs the check; its message says why
};

// The exception of a value inside Domain's range that Domain does not list,
// when the domain's defaults (unknown_default, rtcerr/core/domain.hpp) give
// it condition `Condition`: Domain's exception, catchable at the condition's
// level too, like a listed code of that condition. throw_error throws it; an
// unlisted value whose default condition is `unknown` throws
// domain_exception_of<Domain> itself.
template <class Domain, condition Condition>
class unlisted_exception_of final : public domain_exception_of<Domain>,
                                    public condition_exception<Condition> {
 public:
  unlisted_exception_of(std::int32_t value, const detail::error_description& description) noexcept
      : domain_base(value, description), condition_base(static_cast<const exception&>(*this)) {}
  unlisted_exception_of(const unlisted_exception_of& other) noexcept
      : domain_base(other), condition_base(static_cast<const exception&>(*this)) {}
  unlisted_exception_of& operator=(const unlisted_exception_of& other) noexcept {
    domain_base::operator=(other);
    return *this;
  }
  ~unlisted_exception_of() = default;

  using exception::code;
  using exception::domain;
  using exception::trace;
  using exception::value;
  using exception::what;

 private:
  using domain_base = domain_exception_of<Domain>;
  using condition_base = condition_exception<Condition>;
};

// --- The registry-keyed names, kept for code written against them. ----------

template <class Registry>
using basic_exception = exception;

template <class Registry, typename Registry::id_type Domain>
using basic_domain_exception =
    domain_exception_of<typename detail::domain_of_id<Registry, Domain>::type>;

template <class Registry, condition Condition>
using basic_condition_exception = condition_exception<Condition>;

template <class Registry, auto Code>
using basic_exception_for = exception_for<Code>;

// --- throw_error: the dispatch. ---------------------------------------------
// In the inline namespace of the exceptions setting (rtcerr/core/internal/config.hpp):
// built without exceptions it calls the failure handler, and its tables'
// throwers terminate.
inline namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE {

// Throws the most specific exception of `e` (see the top of this file).
// Every value is accepted: an unknown value throws its domain's exception, a
// value outside every range (0 included, which is a caller's bug: success is
// not an error) throws rtcerr::exception.
// Built without exceptions, it calls the failure handler
// (rtcerr/core/failure_handler.hpp) instead, and the exception types are
// defined but never instantiated.
template <class Registry>
[[noreturn]] void throw_error(basic_error<Registry> e);

}  // namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE
}  // namespace rtcerr

// Compiling a registry's exception dispatch once. throw_error<R> (which
// result::value() calls on a failure) makes the exception type of every code
// of those domains of R whose throwers no library compiled (domain_throwers
// above; the catalogue's are in librtcerr), in each translation unit that
// instantiates it. Nothing needs to be written for a registry_with<...> of a
// few codes of an application's own (docs/performance.md, "Compile time");
// a registry of many codes, or a program that wants the dispatch compiled
// exactly once, states next to its registry
//   RTCERR_EXTERN_REGISTRY(app_registry);       // in the header: do not instantiate here
// and in ONE .cpp file
//   RTCERR_INSTANTIATE_REGISTRY(app_registry);  // instantiate here
// as rtcerr does for its catalogue (src/catalogue/throw_error.cpp). For the
// formatter's writer, the same pair is in rtcerr/core/basic_format.hpp (a
// registry without it is written by the library's writer of described errors).
#define RTCERR_EXTERN_REGISTRY(R) \
  extern template void ::rtcerr::throw_error<R>(::rtcerr::basic_error<R>)
#define RTCERR_INSTANTIATE_REGISTRY(R) \
  template void ::rtcerr::throw_error<R>(::rtcerr::basic_error<R>)

// --- Implementation details follow. -----------------------------------------

namespace rtcerr {

namespace detail {

RTCERR_DETAIL_RULE(exception_for_takes_an_errc,
                   "exception_for<E> takes an errc enumerator of one of the registry's domains (an "
                   "errc that RTCERR_DEFINE_DOMAIN declared)",
                   class Errc);

RTCERR_DETAIL_RULE(exception_for_takes_a_listed_code,
                   "exception_for<E> takes a listed code, not a value cast to errc", class Domain,
                   std::int64_t Value);

// The position of `value` in Domain's code list, or npos. An index, not a
// pointer (see rtcerr/core/basic_registry.hpp).
template <class Domain>
constexpr std::size_t position_in(std::int64_t value) noexcept {
  for (std::size_t i = 0; i < Domain::codes.size(); ++i)
    if (Domain::codes[i].value == value) return i;
  return static_cast<std::size_t>(-1);
}

// A domain that has no codes: what exception_for falls back to after a failed
// check, so that one mistake gives one diagnostic.
struct no_domain {
  static constexpr std::string_view name = "unknown";
  static constexpr std::int64_t first = 1;
  static constexpr std::int64_t last = 0;
  static constexpr table_view<code_info> codes{};
  static constexpr table_view<retired_code> retired{};
  static constexpr std::string_view unknown_message_zh = unknown_code_message_zh;
  static constexpr std::string_view unknown_message_en = unknown_code_message_en;
};

// What an exception type needs to know about a listed code at compile time.
template <auto Code>
struct listed_code_facts {
  using found_domain = domain_of_errc<decltype(Code)>;
  static constexpr bool is_errc =
      exception_for_takes_an_errc<decltype(Code), !std::is_void_v<found_domain>>::value;
  using domain = std::conditional_t<is_errc, found_domain, no_domain>;
  static constexpr std::int64_t value = is_errc ? static_cast<std::int64_t>(Code) : 0;
  static constexpr std::size_t position = position_in<domain>(value);
  static constexpr bool found = position != static_cast<std::size_t>(-1);
  static constexpr bool listed =
      !is_errc || exception_for_takes_a_listed_code<domain, value, found>::value;

  static constexpr condition condition_value =
      found ? domain::codes[position].condition : condition::unknown;
};

// True for the condition levels, condition_exception<C>: what accepts an
// rtcerr::exception accepts them too (they convert to one).
template <class T>
inline constexpr bool is_condition_exception = false;
template <condition C>
inline constexpr bool is_condition_exception<condition_exception<C>> = true;

// thrown_error, the error an exception reports described from the exception
// alone: rtcerr/core/internal/thrown_error.hpp.

// The registry-keyed names.

RTCERR_DETAIL_RULE(domain_exception_names_a_domain,
                   "a domain exception needs one of the registry's domains, not `unknown`",
                   class Registry);

template <class Registry, typename Registry::id_type Id>
constexpr std::size_t index_of_id() noexcept {
  for (std::size_t i = 0; i < Registry::domain_count; ++i)
    if (Registry::id_at(i) == Id) return i;
  return Registry::domain_count;
}

template <std::size_t I, class First, class... Rest>
struct nth_type {
  using type = typename nth_type<I - 1, Rest...>::type;
};
template <class First, class... Rest>
struct nth_type<0, First, Rest...> {
  using type = First;
};

template <class Registry, std::size_t Index>
struct domain_at {
  template <class... Domains>
  static auto pick(type_list<Domains...>) -> typename nth_type<Index, Domains...>::type;
  using type = decltype(pick(typename Registry::domain_list{}));
};

template <class Registry, typename Registry::id_type Id>
struct domain_of_id {
  static constexpr std::size_t index = index_of_id<Registry, Id>();
  static constexpr bool ok =
      domain_exception_names_a_domain<Registry, (index < Registry::domain_count)>::value;
  using type = typename domain_at<Registry, ok ? index : 0>::type;
};

// throw_error's dispatch.
inline namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE {

// Built without exceptions the throwers are never called (throw_error calls
// the failure handler instead); they still exist so that the tables compile.
struct raise {
  template <auto Code>
  [[noreturn]] static void listed(std::int32_t) {
#if RTCERR_HAS_EXCEPTIONS
    throw exception_for<Code>();
#else
    std::terminate();
#endif
  }

  // The distinct conditions, other than `unknown`, that Domain's
  // unknown-code defaults give (N of them).
  template <class Domain, std::size_t N>
  static constexpr std::array<condition, N> default_conditions() noexcept {
    std::array<condition, N> out{};
    std::size_t n = 0;
    for (const unknown_default& u : checks::unknown_defaults_of<Domain>()) {
      bool seen = u.condition == condition::unknown;
      for (std::size_t i = 0; i < n; ++i) seen = seen || out[i] == u.condition;
      if (!seen && n < N) out[n++] = u.condition;
    }
    return out;
  }
  template <class Domain>
  static constexpr std::size_t default_condition_count() noexcept {
    const auto all = default_conditions<Domain, condition_count>();
    std::size_t n = 0;
    while (n < all.size() && all[n] != condition{}) ++n;  // success is never a default
    return n;
  }

  template <class Domain, std::size_t... I>
  [[noreturn]] static void unlisted_of([[maybe_unused]] std::int32_t value,
                                       [[maybe_unused]] const error_description& description,
                                       std::index_sequence<I...>) {
#if RTCERR_HAS_EXCEPTIONS
    if constexpr (sizeof...(I) != 0) {
      constexpr auto conditions = default_conditions<Domain, sizeof...(I)>();
      const condition c = domain_tables<Domain>::table.unknown_default_for(value).condition;
      ((c == conditions[I] ? throw unlisted_exception_of<Domain, conditions[I]>(value, description)
                           : void()),
       ...);
    }
    throw domain_exception_of<Domain>(value, description);
#else
    std::terminate();
#endif
  }

  // An unlisted value of Domain: the domain's exception, with the condition
  // level of the domain's default for the value when it states one.
  template <class Domain>
  [[noreturn]] static void unlisted(std::int32_t value, const error_description& description) {
    unlisted_of<Domain>(value, description,
                        std::make_index_sequence<default_condition_count<Domain>()>{});
  }

  [[noreturn]] static void outside([[maybe_unused]] std::int32_t value,
                                   [[maybe_unused]] const error_description& description) {
#if RTCERR_HAS_EXCEPTIONS
    throw exception(value, nullptr, description);
#else
    std::terminate();
#endif
  }
};

// How an exception describes `e` when its text is written at run time.
template <class Registry>
constexpr error_description describe(basic_error<Registry> e, lang language) noexcept {
  const std::size_t d = Registry::domain_index(e.value());
  const bool owned = d < Registry::domain_count;
  if (!owned && (e.value() == 0 || e.value() == failure_from_success_value))
    return {{}, e.name(), e.value(), message_outside_domains(failure_from_success_value, language)};
  return {owned ? Registry::tables[d]->name() : std::string_view{}, e.name(), e.value(),
          e.message(language)};
}

// Throws the exception of the code at `position` of `Domain`'s table. A
// chain of comparisons, which the compiler turns into a jump table of
// relative offsets: a table of function pointers would need a relocation
// per code in a position-independent executable (docs/performance.md, "Size
// budget").
template <class Domain, std::size_t... I>
void raise_listed_at(std::int32_t value, std::size_t position, std::index_sequence<I...>) {
  (void)((position == I &&
          (raise::template listed<static_cast<typename Domain::errc_type>(Domain::codes[I].value)>(
               value),
           true)) ||
         ...);
}

// The throwers of one domain, `Domain`, whichever registry holds it:
//   listed(value, position): the exception of the code at `position` in the
//     domain's table;
//   unlisted(value, description): the domain's exception, for a value in its
//     range that it does not list.
// Made here, with every listed code's exception type, in each translation
// unit that instantiates throw_error of a registry holding the domain.
template <class Domain>
struct throwers_made_here {
  [[noreturn]] static void listed(std::int32_t value, std::size_t position) {
    raise_listed_at<Domain>(value, position, std::make_index_sequence<Domain::codes.size()>{});
    std::terminate();  // not reached: every listed position throws
  }
  [[noreturn]] static void unlisted(std::int32_t value, const error_description& description) {
    raise::unlisted<Domain>(value, description);
  }
};

// What throw_error calls for a domain's values. A library that compiles a
// domain's throwers once specialises this with the same two static functions,
// declared here and defined there (as `throwers_made_here<Domain>`'s): the
// platform's catalogue does (rtcerr/registry.hpp, src/catalogue/exception.cpp), so that
// a registry holding its domains (rtcerr::registry_with<...>) makes the
// exception types of its own domains only and calls the library for the
// rest (docs/performance.md, "Compile time").
template <class Domain>
struct domain_throwers : throwers_made_here<Domain> {};

// The dispatch tables of throw_error, built at compile time: one entry per
// domain, in registry order.
template <class Registry, class Domains = typename Registry::domain_list>
struct raise_tables;

template <class Registry, class... Domains>
struct raise_tables<Registry, type_list<Domains...>> {
  static constexpr std::array<void (*)(std::int32_t, std::size_t), sizeof...(Domains)> listed{
      &domain_throwers<Domains>::listed...};

  static constexpr std::array<void (*)(std::int32_t, const detail::error_description&),
                              sizeof...(Domains)>
      unlisted{&domain_throwers<Domains>::unlisted...};

  // The position in Registry::entries of each domain's first code: an
  // entry's position in its domain's table is its index minus this.
  static constexpr std::array<std::size_t, sizeof...(Domains)> first_entry = [] {
    std::array<std::size_t, sizeof...(Domains)> first{};
    std::size_t next = 0;
    std::size_t d = 0;
    ((first[d++] = next, next += Domains::codes.size()), ...);
    return first;
  }();
};

}  // namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE
}  // namespace detail

inline namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE {

template <class Registry>
[[noreturn]] void throw_error(basic_error<Registry> e) {
#if RTCERR_HAS_EXCEPTIONS
  using tables = detail::raise_tables<Registry>;
  const std::size_t d = Registry::domain_index(e.value());
  if (d >= Registry::domain_count)
    detail::raise::outside(e.value(), detail::describe(e, message_language()));
  const std::size_t i = Registry::find_index(e.value());
  if (i < Registry::code_count) tables::listed[d](e.value(), i - tables::first_entry[d]);
  tables::unlisted[d](e.value(), detail::describe(e, message_language()));
  std::terminate();  // not reached: every entry of the tables throws
#else
  detail::handle_failure_of(failure_kind::throw_error, e);
#endif
}

}  // namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE
}  // namespace rtcerr
