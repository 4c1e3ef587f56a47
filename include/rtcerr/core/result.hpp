// rtcerr/core/result.hpp - Boost.Outcome results that carry a basic_error.
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
//     (rtcerr/core/exception.hpp), found through `throw_error(error)`.
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
//     neither here nor after conversion to std::error_code. Writing 0 into an
//     existing failure through the reference error() returns is not checked.
//
// Conversions to Outcome's std::error_code and boost::system::error_code
// results work through make_error_code (rtcerr/core/error_code.hpp).
#pragma once

#include <boost/outcome/bad_access.hpp>
#include <boost/outcome/basic_result.hpp>
#include <boost/outcome/try.hpp>

#include <bit>
#include <cstdint>
#include <cstring>
#include <exception>
#include <type_traits>

#include "rtcerr/core/config.hpp"
#include "rtcerr/core/counters.hpp"
#include "rtcerr/core/error.hpp"
#include "rtcerr/core/failure_handler.hpp"
#include "rtcerr/core/text.hpp"
#include "rtcerr/core/trace_storage.hpp"
#if RTCERR_HAS_EXCEPTIONS
#include "rtcerr/core/exception.hpp"
#endif

namespace rtcerr {

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

// Called, during constant evaluation only, when a failed result is made from
// the success code; since it is not constexpr, compilation stops there and
// its name is the diagnostic.
inline void failed_result_made_from_success_code() noexcept {}

template <class T>
inline constexpr bool is_basic_error = false;
template <class Registry>
inline constexpr bool is_basic_error<basic_error<Registry>> = true;

// A failure_type made from something other than an rtcerr error (an errc
// enumerator: `rtcerr::failure(errc::x)`): a failure made where it converts
// into a result. A failure_type of an error was counted where it was made.
template <class U>
inline constexpr bool is_made_failure = false;
template <class E>
inline constexpr bool is_made_failure<BOOST_OUTCOME_V2_NAMESPACE::failure_type<E>> =
    !is_basic_error<E>;

template <class Registry, bool Ok>
struct failure_from_success_value_is_free {
  static_assert(Ok,
                "rtcerr: a domain owns INT32_MIN, the value reserved for failures made from the "
                "success code");
  static constexpr bool value = Ok;
};

}  // namespace detail

// The no-value policy of rtcerr results (see the top of this file). In the
// failure counters' inline namespace (rtcerr/core/counters.hpp): its hooks
// count, or do not, by the build's setting.
inline namespace RTCERR_COUNTER_ABI_NAMESPACE {
template <class Error>
struct basic_result_policy : BOOST_OUTCOME_V2_NAMESPACE::policy::base {
 private:
  using registry = typename Error::registry_type;
  static_assert(detail::failure_from_success_value_is_free<
                registry, registry::domain_index(failure_from_success_value) ==
                              registry::domain_count>::value);

 public:
  // Without exceptions (rtcerr/core/config.hpp) these call the failure
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
  // plain copy or move of the same type. A failure_type of this very Error
  // is not checked again: BOOST_OUTCOME_TRY hands one on at every hop, made
  // from a result that was checked when it was built, and rtcerr::failure()
  // checks the ones it makes. Checking at every hop cost the error path
  // about 15% against raw int codes (docs/performance.md).
  //
  // A failure made here, from an errc or an error (or its failure_type), is
  // counted (rtcerr/core/counters.hpp); one converted from another result
  // or another registry's failure_type is handed on, not made, and is not.
  template <class T, class U>
  [[gnu::always_inline]] static constexpr void on_result_construction(T* self,
                                                                      U&& /*from*/) noexcept {
    check_failure(*self);
    count_failure(*self);
  }
  template <class T, class U>
  [[gnu::always_inline]] static constexpr void on_result_copy_construction(T* self,
                                                                           U&& /*from*/) noexcept {
    if constexpr (!std::is_same_v<std::remove_cvref_t<U>,
                                  BOOST_OUTCOME_V2_NAMESPACE::failure_type<Error>>)
      check_failure(*self);
    if constexpr (detail::is_made_failure<std::remove_cvref_t<U>>) count_failure(*self);
  }
  template <class T, class U>
  [[gnu::always_inline]] static constexpr void on_result_move_construction(T* self,
                                                                           U&& /*from*/) noexcept {
    if constexpr (!std::is_same_v<std::remove_cvref_t<U>,
                                  BOOST_OUTCOME_V2_NAMESPACE::failure_type<Error>>)
      check_failure(*self);
    if constexpr (detail::is_made_failure<std::remove_cvref_t<U>>) count_failure(*self);
  }
  template <class T, class U, class... Args>
  [[gnu::always_inline]] static constexpr void on_result_in_place_construction(
      T* self, BOOST_OUTCOME_V2_NAMESPACE::in_place_type_t<U> /*what*/,
      Args&&... /*from*/) noexcept {
    check_failure(*self);
    count_failure(*self);
  }

 private:
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
}  // namespace RTCERR_COUNTER_ABI_NAMESPACE

// A result of T or Error, for any registry's Error = basic_error<Registry>.
template <class T, class Error>
using basic_result = BOOST_OUTCOME_V2_NAMESPACE::basic_result<T, Error, basic_result_policy<Error>>;

namespace detail {

// A result that is one 8-byte word, copied as bytes: what the failure branch
// below hands on whole and what a traced hop (rtcerr/core/trace.hpp) reads as
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
struct failed_result_word : BOOST_OUTCOME_V2_NAMESPACE::failure_type<Error> {
  std::uint64_t word;

  constexpr operator Result() && noexcept {
    Result out(static_cast<BOOST_OUTCOME_V2_NAMESPACE::failure_type<Error>&&>(*this));
    if (!std::is_constant_evaluated()) std::memcpy(static_cast<void*>(&out), &word, sizeof out);
    return out;
  }
};

template <class T, class Error>
inline constexpr bool forwards_failed_word =
    is_basic_error<Error>&& is_one_word_result<basic_result<T, Error>>;
#endif

}  // namespace detail
}  // namespace rtcerr

#if RTCERR_TRY_FORWARDS_FAILED_WORD
BOOST_OUTCOME_V2_NAMESPACE_BEGIN
// The failure branch of BOOST_OUTCOME_TRY for an 8-byte rtcerr result that
// failed (see rtcerr::detail::failed_result_word). Outcome calls it by its
// qualified name, so it is an overload in Outcome's namespace, more
// specialised than Outcome's own for an rvalue result; lvalues and every
// other type keep Outcome's.
template <class T, class Error>
requires rtcerr::detail::forwards_failed_word<T, Error>
constexpr rtcerr::detail::failed_result_word<rtcerr::basic_result<T, Error>, Error>
try_operation_return_as(rtcerr::basic_result<T, Error>&& tried) noexcept {
  std::uint64_t word = 0;
  if (!std::is_constant_evaluated()) {
    word = std::bit_cast<std::uint64_t>(tried);
    asm("" : "+r"(word));
  }
  return {failure(tried.assume_error(), hooks::spare_storage(&tried)), word};
}
BOOST_OUTCOME_V2_NAMESPACE_END
#endif

namespace rtcerr {

// `return rtcerr::success();` in a function returning a result of void.
using BOOST_OUTCOME_V2_NAMESPACE::success;

// `return rtcerr::failure(e);` to be explicit about a failure. Made from the
// success code 0, it stops compilation during constant evaluation and holds
// `failure_from_success_value` at run time, like a result made from 0. (Use
// this one, not Outcome's own boost::outcome_v2::failure: results trust a
// failure_type of their own error type to have been checked, since that is
// what BOOST_OUTCOME_TRY hands on at every hop.) `spare_storage` is Outcome's
// 16 spare bits of the result, as in Outcome's failure(). Any other argument
// (an errc enumerator) is checked by the result made from it.
//
// A function object rather than a function template, so that argument-
// dependent lookup from inside Outcome (whose as_failure() calls an
// unqualified `failure`) never picks it up and checks again at every hop.
namespace detail {
// rtcerr::failure(e) without counting it: for a failure handed on (resume).
template <class Registry>
constexpr BOOST_OUTCOME_V2_NAMESPACE::failure_type<basic_error<Registry>> checked_failure(
    basic_error<Registry> e, std::uint16_t spare_storage = 0) noexcept {
  if (e.value() == 0) {
    if (std::is_constant_evaluated()) detail::failed_result_made_from_success_code();
    e = basic_error<Registry>::from_wire(failure_from_success_value);
  }
  return BOOST_OUTCOME_V2_NAMESPACE::failure(e, spare_storage);
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
  requires(!detail::is_basic_error<std::remove_cvref_t<E>>) constexpr auto operator()(
      E&& e, std::uint16_t spare_storage = 0) const {
    return BOOST_OUTCOME_V2_NAMESPACE::failure(static_cast<E&&>(e), spare_storage);
  }
};
}  // namespace RTCERR_COUNTER_ABI_NAMESPACE
}  // namespace detail
inline constexpr detail::failure_fn failure{};

}  // namespace rtcerr
