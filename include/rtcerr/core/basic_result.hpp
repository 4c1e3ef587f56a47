// rtcerr/core/basic_result.hpp - Boost.Outcome results that carry a basic_error.
//
// A function that can fail returns `basic_result<T, Error>`: either a T (the
// value) or an Error (the failure), never both, never neither. With a
// registry's error type `app_error` (for the platform's catalogue,
// rtcerr/result.hpp names it `rtcerr::result<T>`):
//
//   template <class T> using app_result = rtcerr::basic_result<T, app_error>;
//
//   app_result<int> open_camera(int index) {
//     if (camera_in_use(index)) return media::errc::camera_busy;  // a failure
//     return index;                                              // a value
//   }
//   app_result<void> start_preview(int index) {
//     BOOST_OUTCOME_TRY(auto handle, open_camera(index));  // returns the failure, if any
//     ...
//     return rtcerr::success();
//   }
//
// It is `boost::outcome_v2::basic_result<T, Error, basic_result_policy<Error>>`,
// so the whole Outcome API and BOOST_OUTCOME_TRY apply. With a 4-byte error
// and a trivially copyable T the result is trivially copyable, and
// `result<int>` is 8 bytes: it is returned in a register.
//
// What the policy adds to Outcome's defaults:
//   - `.value()` on a failure throws the typed exception of the error
//     (rtcerr/core/basic_exception.hpp), found through `throw_error(error)`.
//   - `.error()` on a success throws `rtcerr::bad_result_access`.
//   - Built without exceptions, both call the failure handler instead
//     (rtcerr/core/failure_handler.hpp: by default it prints the error to
//     stderr and aborts), and this header does not include the typed
//     exceptions.
//   - A failure made here (from an errc enumerator or an error) is counted
//     per code; one handed on (BOOST_OUTCOME_TRY, a conversion between
//     result types) is not (rtcerr/core/counters.hpp, docs/observability.md).
//   - `.assume_value()` / `.assume_error()` keep Outcome's meaning: unchecked,
//     undefined behaviour when wrong. Check first, or use value()/error().
//   - A failure must not be made from the success code 0. Where that happens
//     during constant evaluation (`constexpr result<int> r = error{};`)
//     compilation stops with `failed_result_made_from_success_code` in the
//     diagnostic. At run time (`result<int> r = error::from_wire(0);`) the
//     result stays a failure and its error becomes `failure_from_success_value`
//     (INT32_MIN, owned by no domain), so that it can never read as a success,
//     neither here nor after conversion to std::error_code. That holds on
//     every path Outcome offers (its own failure(), failure_type, in place,
//     conversions, as_failure(), BOOST_OUTCOME_TRY: the table in
//     docs/results-and-exceptions.md). Writing 0 into an existing failure
//     through the reference error() returns is not checked.
//   - A failure never changes domain: a result does not take the failure of
//     an error whose registry has domains its own lacks (an application's
//     error into rtcerr::error), whether by BOOST_OUTCOME_TRY, as_failure()
//     or conversion; the diagnostic names the fix.
//
// Conversions to Outcome's std::error_code and boost::system::error_code
// results work through make_error_code (rtcerr/core/basic_error_code.hpp).
#pragma once

// First: an older Boost stops here, with a message naming the version.
#include "rtcerr/core/internal/boost_version.hpp"  // IWYU pragma: keep

#include <boost/outcome/bad_access.hpp>
#include <boost/outcome/basic_result.hpp>
#include <boost/outcome/try.hpp>

#include <cstdint>
#include <cstring>
#include <exception>
#include <type_traits>

#include "rtcerr/core/counters.hpp"
#include "rtcerr/core/error.hpp"
#include "rtcerr/core/failure_handler.hpp"
#include "rtcerr/core/internal/config.hpp"
#include "rtcerr/core/internal/text.hpp"
#include "rtcerr/core/internal/trace_storage.hpp"
#if RTCERR_HAS_EXCEPTIONS
#include "rtcerr/core/basic_exception.hpp"
#endif

namespace rtcerr {

// The policy's inline namespace names both settings that change its code
// (exceptions: rtcerr/core/internal/config.hpp; failure counters:
// rtcerr/core/counters.hpp), e.g. `exceptions_on_counters_on_v1`, so that
// objects built with different settings keep their own. One namespace, not
// two nested ones: reopening either setting's namespace at rtcerr's scope
// would then be ambiguous.
#define RTCERR_DETAIL_JOIN_NAMES(a, b) a##_##b
#define RTCERR_DETAIL_JOINED_NAMES(a, b) RTCERR_DETAIL_JOIN_NAMES(a, b)
#define RTCERR_RESULT_POLICY_ABI_NAMESPACE \
  RTCERR_DETAIL_JOINED_NAMES(RTCERR_EXCEPTIONS_ABI_NAMESPACE, RTCERR_COUNTER_ABI_NAMESPACE)
inline namespace RTCERR_RESULT_POLICY_ABI_NAMESPACE {
template <class Error>
struct basic_result_policy;
}  // namespace RTCERR_RESULT_POLICY_ABI_NAMESPACE

// Thrown by `.error()` on a result that holds a value (and by `.value()` on
// a result that holds neither, which only a moved-from or hand-built result
// can): a bug in the caller, not an error of any domain, so it does not
// derive from rtcerr's exceptions. It derives from Boost.Outcome's
// bad_result_access, itself a std::logic_error, so each of
//   catch (const rtcerr::bad_result_access&)
//   catch (const boost::outcome_v2::bad_result_access&)
//   catch (const std::logic_error&)
//   catch (const std::exception&)
// catches it, as code written for Outcome or for the standard expects. Like
// every std::logic_error it copies its message when made (the one allocation
// on this path, which is a programming error, not an error path).
class bad_result_access : public BOOST_OUTCOME_V2_NAMESPACE::bad_result_access {
 public:
  explicit bad_result_access(const char* what)
      : BOOST_OUTCOME_V2_NAMESPACE::bad_result_access(what) {}
};

namespace detail {
// Declared here for the API below; defined after it ("Implementation details
// follow"). The traits are variable templates, declared `extern const` here
// and defined `inline constexpr`.
inline void failed_result_made_from_success_code() noexcept;
template <class Error>
struct checked_error;
template <class From, class ToError>
constexpr bool keeps_its_domains();
template <class From>
extern const bool is_checked_source;
template <class U>
extern const bool is_made_failure;
template <class Registry, bool Ok>
struct failure_from_success_value_is_free;
inline namespace RTCERR_COUNTER_ABI_NAMESPACE {
struct failure_fn;
}  // namespace RTCERR_COUNTER_ABI_NAMESPACE
}  // namespace detail

// The no-value policy of rtcerr results (see the top of this file). In the
// inline namespace of the exceptions and failure counters settings (see
// RTCERR_RESULT_POLICY_ABI_NAMESPACE above): what it does on a failure, and
// whether its hooks count, depend on them.
inline namespace RTCERR_RESULT_POLICY_ABI_NAMESPACE {
template <class Error>
struct basic_result_policy : BOOST_OUTCOME_V2_NAMESPACE::policy::base {
 public:
  // Without exceptions (rtcerr/core/internal/config.hpp) these call the failure
  // handler instead of throwing (rtcerr/core/failure_handler.hpp). An Outcome
  // result always holds a value or an error, so "no value and no error" is
  // reported as a failure with the error it holds (0).
  template <class Impl>
  static constexpr void wide_value_check(Impl&& self) {
    if (!base::_has_value(self)) {
#if RTCERR_HAS_EXCEPTIONS
      // Found by argument-dependent lookup: the catalogue's compiled
      // throw_error(rtcerr::error), or the template for any other registry.
      if (base::_has_error(self)) {
        // The exception made by the throw keeps a copy of the trace.
        detail::trace_pass_to_exception(BOOST_OUTCOME_V2_NAMESPACE::hooks::spare_storage(&self),
                                        base::_error(self).value());
        throw_error(base::_error(self));
      }
      throw bad_result_access("rtcerr: value() called on a result that holds no value");
#else
      detail::handle_failure_of(failure_kind::value_of_failure, Error(base::_error(self)));
#endif
    }
  }

  template <class Impl>
  static constexpr void wide_error_check(Impl&& self) {
    if (!base::_has_error(self)) {
#if RTCERR_HAS_EXCEPTIONS
      throw bad_result_access(
          "rtcerr: error() called on a result that holds a value, not an error");
#else
      detail::handle_failure_of(failure_kind::error_of_success, Error{});
#endif
    }
  }

  // Outcome calls these after every construction of a result other than a
  // plain copy or move of the same type; they keep two promises:
  //   - A failure never holds the success code 0 (check_failure). Every
  //     source is checked but another rtcerr result and the failure
  //     BOOST_OUTCOME_TRY hands on from one (detail::is_checked_source),
  //     whose error was checked when that result was built. A failure_type
  //     of this very Error is checked too: Outcome's failure_type
  //     constructor makes one from any value.
  //   - A failure never loses its domain: a failure_type or result of an
  //     error whose registry has domains this one lacks (an application's
  //     error into rtcerr::error) does not compile (keeps_its_domains).
  //     basic_error converts that way only explicitly, and Outcome would
  //     otherwise call the explicit conversion for BOOST_OUTCOME_TRY and
  //     as_failure() without the caller writing it.
  //   - A failure made here, from an errc or an error (or a failure_type of
  //     an errc), is counted (rtcerr/core/counters.hpp, count_failure); one
  //     converted from another result, handed on by a hop
  //     (detail::checked_error) or made by rtcerr::failure (which counted it)
  //     is not.
  template <class T, class U>
  [[gnu::always_inline]] static constexpr void on_result_construction(T* self,
                                                                      U&& /*from*/) noexcept {
    check_failure(*self);
    count_failure(*self);
  }
  // Outcome calls one hook for a converting copy and another for a
  // converting move; the two do the same on purpose (what is checked and
  // counted depends on the source's type, not on whether it is moved).
  template <class T, class U>
  [[gnu::always_inline]] static constexpr void on_result_copy_construction(T* self,
                                                                           U&& /*from*/) noexcept {
    static_assert(detail::keeps_its_domains<U, Error>());
    if constexpr (!detail::is_checked_source<std::remove_cvref_t<U>>) check_failure(*self);
    if constexpr (detail::is_made_failure<std::remove_cvref_t<U>>) count_failure(*self);
  }
  template <class T, class U>
  [[gnu::always_inline]] static constexpr void on_result_move_construction(T* self,
                                                                           U&& /*from*/) noexcept {
    static_assert(detail::keeps_its_domains<U, Error>());
    if constexpr (!detail::is_checked_source<std::remove_cvref_t<U>>) check_failure(*self);
    if constexpr (detail::is_made_failure<std::remove_cvref_t<U>>) count_failure(*self);
  }
  template <class T, class U, class... Args>
  [[gnu::always_inline]] static constexpr void on_result_in_place_construction(
      T* self, BOOST_OUTCOME_V2_NAMESPACE::in_place_type_t<U> /*what*/,
      Args&&... /*from*/) noexcept {
    check_failure(*self);
    count_failure(*self);
  }

  // The error of a result known to hold one, without assume_error()'s
  // check: without NDEBUG that check is an assert that g++ does not inline,
  // and the call takes the result's address, which kept the result in memory
  // on the success path of every RTCERR_TRY and BOOST_OUTCOME_TRY
  // (tests/trace_asm checks both NDEBUG settings). It still tells the
  // compiler that the result holds an error, as assume_error() does with
  // NDEBUG (Outcome's make_ub): without that, since the merge of issue-22 and
  // issue-23 read the hop's error here (detail::tried_failure), clang 16
  // allocated BOOST_OUTCOME_TRY's registers otherwise than RTCERR_TRY's, and
  // tests/trace_asm found an instruction only RTCERR_TRY's success path had.
  // With it and NDEBUG, the success paths of both macros are again those of
  // each branch before the merge.
  template <class Impl>
  static constexpr const Error& unchecked_error(const Impl& self) noexcept {
    if (!base::_has_error(self)) __builtin_unreachable();
    return base::_error(self);
  }

 private:
  using registry = typename Error::registry_type;
  static_assert(detail::failure_from_success_value_is_free<
                registry, registry::domain_index(failure_from_success_value) ==
                              registry::domain_count>::value);

  template <class Result>
  static constexpr void check_failure(Result& self) noexcept {
    if (!base::_has_error(self)) return;
    auto& e = base::_error(self);
    if (e.value() != 0) return;
    if (std::is_constant_evaluated()) detail::failed_result_made_from_success_code();
    e = Error::from_wire(failure_from_success_value);
  }
  // These hooks are always inline, so that the test of the error flag folds
  // away in a constructor that makes a value (clang otherwise calls the hook
  // with the result's address, which puts the result in memory on the
  // success path: tests/trace_asm).
  template <class Result>
  [[gnu::always_inline]] static constexpr void count_failure(Result& self) noexcept {
    if (!std::is_constant_evaluated() && base::_has_error(self)) {
      // The same value back (detail::count_made says why it is stored again).
      auto& e = base::_error(self);
      e = Error::from_wire(detail::count_made<registry>(e.value()));
    }
  }
};
}  // namespace RTCERR_RESULT_POLICY_ABI_NAMESPACE

// Outcome's own types holding an rtcerr error under Outcome's error-code
// policy (`outcome::std_outcome<T, rtcerr::error>`) call this, found by
// argument-dependent lookup, when value() finds a failure: it throws the
// typed exception, as an rtcerr result's value() does (without exceptions,
// the failure handler). Without it such a value() does not compile.
inline namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE {
template <class Registry>
[[noreturn]] void outcome_throw_as_system_error_with_payload(basic_error<Registry> e) {
#if RTCERR_HAS_EXCEPTIONS
  throw_error(e);
#else
  detail::handle_failure_of(failure_kind::throw_error, e);
#endif
}
}  // namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE

// A result of T or Error, for any registry's Error = basic_error<Registry>.
template <class T, class Error>
using basic_result = BOOST_OUTCOME_V2_NAMESPACE::basic_result<T, Error, basic_result_policy<Error>>;

}  // namespace rtcerr

namespace rtcerr {

// `return rtcerr::success();` in a function returning a result of void.
using BOOST_OUTCOME_V2_NAMESPACE::success;

// `return rtcerr::failure(e);` to be explicit about a failure. Made from the
// success code 0, it stops compilation during constant evaluation and holds
// `failure_from_success_value` at run time, like a result made from 0 (and
// like Outcome's own failure() of an rtcerr error, overloaded below).
// `spare_storage` is Outcome's 16 spare bits of the result, as in Outcome's
// failure(). Any other argument (an errc enumerator) is checked by the
// result made from it.
//
// A function object rather than a function template, so that argument-
// dependent lookup from inside Outcome (whose as_failure() calls an
// unqualified `failure`) never picks it up and checks again at every hop.
extern const detail::failure_fn failure;

}  // namespace rtcerr

BOOST_OUTCOME_V2_NAMESPACE_BEGIN
// Outcome's own `failure(e)`, for an rtcerr error: as rtcerr::failure, the
// success code 0 becomes failure_from_success_value (and stops constant
// evaluation), so that code written for Outcome (`return
// outcome::failure(e);`) cannot make a failure that reads as success, in an
// rtcerr result or in any other Outcome type it converts into. More
// specialised than Outcome's templates, so a call naming Outcome's failure
// picks it; Outcome's own internals (BOOST_OUTCOME_TRY's hop, as_failure())
// look `failure` up where they are defined, before this, and keep theirs:
// the results they convert into check what they receive.
template <class Registry>
constexpr failure_type<rtcerr::basic_error<Registry>> failure(rtcerr::basic_error<Registry> e,
                                                              uint16_t spare_storage = 0) noexcept {
  return rtcerr::failure(e, spare_storage);
}
BOOST_OUTCOME_V2_NAMESPACE_END

// --- Implementation details follow. -----------------------------------------

namespace rtcerr {

namespace detail {

// Called, during constant evaluation only, when a failed result is made from
// the success code; since it is not constexpr, compilation stops there and
// its name is the diagnostic.
inline void failed_result_made_from_success_code() noexcept {}

template <class T>
inline constexpr bool is_basic_error = false;
template <class Registry>
inline constexpr bool is_basic_error<basic_error<Registry>> = true;

// The error type a result is being made from: of a failure_type or of
// another result; void for anything else (a value, an error, an errc).
template <class From>
struct source_error {
  using type = void;
};
template <class E>
struct source_error<BOOST_OUTCOME_V2_NAMESPACE::failure_type<E>> {
  using type = E;
};
template <class T, class E, class P>
struct source_error<BOOST_OUTCOME_V2_NAMESPACE::basic_result<T, E, P>> {
  using type = E;
};
template <class E>
struct checked_error;
template <class E>
struct source_error<BOOST_OUTCOME_V2_NAMESPACE::failure_type<checked_error<E>>> {
  using type = E;
};

RTCERR_DETAIL_RULE(failure_keeps_its_domain,
                   "this failure's error has domains the result's registry lacks, so its code "
                   "would read as unknown here: propagate it into a result of a registry that "
                   "holds its domains (registry_with<...>), or convert the error explicitly and "
                   "say so: return rtcerr::failure(ToError{r.error()});",
                   class FromError, class ToError);

// False (and a diagnostic) when a result of ToError is being made from a
// failure_type or result of an rtcerr error whose registry has domains
// ToError's lacks.
template <class From, class ToError>
constexpr bool keeps_its_domains() {
  using from_error = typename source_error<std::remove_cvref_t<From>>::type;
  if constexpr (is_basic_error<from_error>)
    return failure_keeps_its_domain<from_error, ToError,
                                    ToError::registry_type::template contains_all_of<
                                        typename from_error::registry_type>>::value;
  else
    return true;
}

// The error of the failure that BOOST_OUTCOME_TRY and RTCERR_TRY hand on
// from a failed rtcerr result (try_operation_return_as, below): the same 4
// bytes under a type of its own, so that the result made from it knows the
// value was checked when the tried result was built. Checking it again at
// every hop put an instruction on the success path (tests/trace_asm) and a
// compare on the error path's dependency chain (docs/performance.md).
// Derived from the error, so it converts wherever the error does: into the
// error of a registry holding its domains, into std::error_code through
// make_error_code.
template <class Error>
struct checked_error : Error {};

// What a result may be made from without checking for the success code
// again: another result under rtcerr's policy (its error, if any, was
// checked when it was built) and a hop's failure.
template <class From>
inline constexpr bool is_checked_source = false;
template <class T, class Error>
inline constexpr bool is_checked_source<
    BOOST_OUTCOME_V2_NAMESPACE::basic_result<T, Error, basic_result_policy<Error>>> = true;
template <class Error>
inline constexpr bool
    is_checked_source<BOOST_OUTCOME_V2_NAMESPACE::failure_type<checked_error<Error>>> = true;

// A failure_type made from something other than an rtcerr error (an errc
// enumerator: `rtcerr::failure(errc::x)`): a failure made where it converts
// into a result, and counted there. A failure_type of an error was counted
// where rtcerr::failure made it, and a hop's (checked_error) is handed on.
template <class U>
inline constexpr bool is_made_failure = false;
template <class E>
inline constexpr bool is_made_failure<BOOST_OUTCOME_V2_NAMESPACE::failure_type<E>> =
    !is_basic_error<E>;
template <class E>
inline constexpr bool is_made_failure<BOOST_OUTCOME_V2_NAMESPACE::failure_type<checked_error<E>>> =
    false;

RTCERR_DETAIL_RULE(
    failure_from_success_value_is_free,
    "a domain owns INT32_MIN, the value reserved for failures made from the success code",
    class Registry);

}  // namespace detail

namespace detail {

// A result that is one 8-byte word, copied as bytes: what the failure branch
// below hands on whole and what a traced hop (rtcerr/core/basic_trace.hpp) reads as
// one word.
template <class Result>
inline constexpr bool is_one_word_result =
    sizeof(Result) == sizeof(std::uint64_t) && std::is_trivially_copyable_v<Result>;

// What BOOST_OUTCOME_TRY (and RTCERR_TRY) hands back from a failed 8-byte
// rtcerr result: Outcome's failure_type of its error and spare bits, as
// usual, plus the failed result's whole 8 bytes. Converted back to the same
// result type (a function returning what it tried, the common case) it
// gives those 8 bytes unchanged; converted to any other type, it is the
// failure_type it derives from, and Outcome converts that as it always does.
//
// Why: Outcome rebuilds the returned result from its parts (error value,
// error flag, spare bits), because the compiler cannot know that a failed
// result's status word holds nothing else; that is five instructions per
// hop on the error path (docs/performance.md). A failed rtcerr result that
// is trivially copyable holds exactly Outcome's error flag and the spare
// bits (the flags for moved-from, lost consistency and errno are set only
// for non-trivial storage or errno-like error types), so its 8 bytes *are*
// what the rebuild makes, and handing them on is the same value.
//
// The word passes through an empty asm statement so that g++ cannot see it
// is the tried result, and the result is made from Outcome's failure and
// then overwritten with the word: written any more directly (returning the
// tried result, or a bit_cast of its word), g++ 12 merged the failure and
// success returns and lengthened the success path by one to five
// instructions (docs/performance.md). tests/trace_asm checks that the success
// paths stay those of Outcome's own failure branch. Only for g++ on x86-64,
// where it was measured; with clang 16 the error path got no shorter overall
// (one instruction less in one frame, one more in another) and, with the asm
// statement, the success path's instructions changed order. Defining
// RTCERR_TRY_FORWARDS_FAILED_WORD to 0 or 1 overrides the choice (the
// machine-code check builds with 0 to compare).
#ifndef RTCERR_TRY_FORWARDS_FAILED_WORD
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define RTCERR_TRY_FORWARDS_FAILED_WORD 1
#else
#define RTCERR_TRY_FORWARDS_FAILED_WORD 0
#endif
#endif

#if RTCERR_TRY_FORWARDS_FAILED_WORD
template <class Result, class Error>
struct failed_result_word : BOOST_OUTCOME_V2_NAMESPACE::failure_type<checked_error<Error>> {
  std::uint64_t word;

  constexpr operator Result() && noexcept {
    Result out(
        static_cast<BOOST_OUTCOME_V2_NAMESPACE::failure_type<checked_error<Error>>&&>(*this));
    if (!std::is_constant_evaluated()) std::memcpy(static_cast<void*>(&out), &word, sizeof out);
    return out;
  }
};

#endif

template <class T, class Error>
inline constexpr bool forwards_failed_word =
    RTCERR_TRY_FORWARDS_FAILED_WORD && is_basic_error<Error> &&
    is_one_word_result<basic_result<T, Error>>;

// The failure a hop hands on (try_operation_return_as, below).
template <class Error>
using tried_failure_type = BOOST_OUTCOME_V2_NAMESPACE::failure_type<checked_error<Error>>;

template <class Error, class Result>
constexpr tried_failure_type<Error> tried_failure(const Result& tried) noexcept {
  // Unchecked: the caller has just seen the failure, and Outcome's checked
  // accessor is an assert g++ does not inline without NDEBUG, which would
  // keep `tried` in memory on the success path too (tests/trace_asm).
  return tried_failure_type<Error>{
      checked_error<Error>{basic_result_policy<Error>::unchecked_error(tried)},
      BOOST_OUTCOME_V2_NAMESPACE::hooks::spare_storage(&tried)};
}

// A failed rtcerr result whose hop is not the whole-word one.
template <class T, class Error>
concept hop_without_word = is_basic_error<Error> && !forwards_failed_word<T, Error>;

}  // namespace detail

namespace detail {
// A failure_type of `e`, neither checked nor counted: for an error already
// checked and counted where it was made (fail's trace key, resume, a hop).
// Made by the constructor, not by a call to Outcome's `failure`: that name
// also finds the overload for rtcerr errors below, which counts.
template <class Error>
constexpr BOOST_OUTCOME_V2_NAMESPACE::failure_type<Error> handed_on_failure(
    const Error& e, std::uint16_t spare_storage = 0) noexcept {
  return BOOST_OUTCOME_V2_NAMESPACE::failure_type<Error>{e, spare_storage};
}

// rtcerr::failure(e) without counting it: for a failure handed on (resume).
template <class Registry>
constexpr BOOST_OUTCOME_V2_NAMESPACE::failure_type<basic_error<Registry>> checked_failure(
    basic_error<Registry> e, std::uint16_t spare_storage = 0) noexcept {
  if (e.value() == 0) {
    if (std::is_constant_evaluated()) detail::failed_result_made_from_success_code();
    e = basic_error<Registry>::from_wire(failure_from_success_value);
  }
  return handed_on_failure(e, spare_storage);
}

inline namespace RTCERR_COUNTER_ABI_NAMESPACE {
struct failure_fn {
  // Counted as a failure made (rtcerr/core/counters.hpp).
  template <class Registry>
  constexpr BOOST_OUTCOME_V2_NAMESPACE::failure_type<basic_error<Registry>> operator()(
      basic_error<Registry> e, std::uint16_t spare_storage = 0) const noexcept {
    auto made = checked_failure(e, spare_storage);
    if (!std::is_constant_evaluated())
      made.error() = basic_error<Registry>::from_wire(count_made<Registry>(made.error().value()));
    return made;
  }

  template <class E>
    requires(!detail::is_basic_error<std::remove_cvref_t<E>>)
  constexpr auto operator()(E&& e, std::uint16_t spare_storage = 0) const {
    return BOOST_OUTCOME_V2_NAMESPACE::failure(static_cast<E&&>(e), spare_storage);
  }
};
}  // namespace RTCERR_COUNTER_ABI_NAMESPACE
}  // namespace detail
inline constexpr detail::failure_fn failure{};

}  // namespace rtcerr

BOOST_OUTCOME_V2_NAMESPACE_BEGIN
// The failure branch of BOOST_OUTCOME_TRY (and RTCERR_TRY) for a failed
// rtcerr result: a failure of rtcerr::detail::checked_error, which results
// take without checking it again. Outcome calls it by its qualified name, so
// these are overloads in Outcome's namespace, more specialised than
// Outcome's own; every other type keeps Outcome's.
#if RTCERR_TRY_FORWARDS_FAILED_WORD
// An 8-byte one hands on its whole word (rtcerr::detail::failed_result_word).
template <class T, class Error>
  requires rtcerr::detail::forwards_failed_word<T, Error>
[[gnu::always_inline]] constexpr rtcerr::detail::failed_result_word<rtcerr::basic_result<T, Error>,
                                                                    Error>
try_operation_return_as(rtcerr::basic_result<T, Error>&& tried) noexcept {
  std::uint64_t word = 0;
  if (!std::is_constant_evaluated()) {
    word = __builtin_bit_cast(std::uint64_t, tried);
    asm("" : "+r"(word));
  }
  return {rtcerr::detail::tried_failure<Error>(tried), word};
}
#endif
template <class T, class Error>
  requires rtcerr::detail::hop_without_word<T, Error>
constexpr rtcerr::detail::tried_failure_type<Error> try_operation_return_as(
    rtcerr::basic_result<T, Error>&& tried) noexcept {
  return rtcerr::detail::tried_failure<Error>(tried);
}
template <class T, class Error>
  requires rtcerr::detail::is_basic_error<Error>
constexpr rtcerr::detail::tried_failure_type<Error> try_operation_return_as(
    rtcerr::basic_result<T, Error>& tried) noexcept {
  return rtcerr::detail::tried_failure<Error>(tried);
}
template <class T, class Error>
  requires rtcerr::detail::is_basic_error<Error>
constexpr rtcerr::detail::tried_failure_type<Error> try_operation_return_as(
    const rtcerr::basic_result<T, Error>& tried) noexcept {
  return rtcerr::detail::tried_failure<Error>(tried);
}
BOOST_OUTCOME_V2_NAMESPACE_END
