// rtcerr/core/basic_trace.hpp - error return traces and context: where a failure
// came from, which calls it passed through, and what it was about.
//
//   app_result<int> open_camera(int index) {
//     if (camera_in_use(index)) return rtcerr::fail(app_error{media::errc::camera_busy});
//     return index;
//   }
//   app_result<void> start_preview(int index, std::string_view user) {
//     RTCERR_TRY(auto handle, open_camera(index), "camera", index, "user", user);
//     ...
//   }
//   fmt::print("{:t}\n", start_preview(0, "ana"));
//   // media.camera_busy (700001): 摄像头被占用
//   //   at camera.cpp:2 open_camera
//   //   at camera.cpp:6 start_preview: open_camera(index)
//   //   context: camera=0 user="ana"
//
// (app_error and media are the illustrative registry and domain of
// rtcerr/core/error.hpp; for the platform's catalogue, rtcerr/trace.hpp adds
// `rtcerr::fail(e)` for any errc enumerator.)
//
//   - `return rtcerr::fail(e);` makes a failure like `rtcerr::failure(e)` and
//     opens its trace at the caller's source location (a default argument).
//   - `RTCERR_TRY(decl, expr)` and `RTCERR_TRY(expr)` are BOOST_OUTCOME_TRY's
//     two forms; on failure they also append a hop: the source location, the
//     function and the text of `expr`. A failure that was not traced yet (a
//     plain `return errc::x;`) gets a record at its first RTCERR_TRY. Up to
//     three key/value pairs may follow `expr` (keys constant, such as
//     string literals); values are evaluated and copied only on failure. An
//     `expr` with a comma outside parentheses (template arguments) must be
//     wrapped in parentheses when context follows it. Each RTCERR_TRY defines
//     a static constant, so it cannot stand in a constexpr function. The
//     argument count picks the form, so a key without a value shifts the
//     arguments; what that makes visible is checked, and the diagnostic says
//     "a key without a value" (docs/traces.md).
//   - BOOST_OUTCOME_TRY keeps working and hands the trace on unchanged (it
//     adds no hop); `return r.error();` or `return rtcerr::failure(r.error());`
//     make a new, untraced failure and lose it.
//   - Reading: `trace_of(r)` copies the record into a `trace_snapshot`;
//     `fmt::format("{:t}", r)` prints it (rtcerr/core/basic_format.hpp), `{:tj}` as
//     JSON; the typed exception thrown by `r.value()` or `throw_error(r)`
//     keeps a copy (`exception.trace()`); `throw_error(r.error())` is given
//     only the error, so its exception has none.
//   - Another thread: `snapshot(r)` gives a `traced_error<Error>` (the error
//     and its trace, fixed size, copyable); `return resume(t);` on any thread
//     continues the trace there.
//
// What it costs and what it cannot do (docs/traces.md): nothing on the
// success path (BOOST_OUTCOME_TRY's test and branch; tests/trace_asm compares
// the machine code, g++ and clang; docs/traces.md says what context costs a
// frame); on the error path each hop
// appends one pointer (the address of the hop's static trace_site) and the
// key, one step deeper, to the thread's hop log, inline with g++ on x86-64
// and otherwise in one out-of-line call; no heap; `trace_memory_per_thread`
// bytes per thread. Records are per thread and bounded
// (rtcerr/core/internal/trace_storage.hpp): a result read on another thread, or after
// `trace_ring_size` newer traced failures or `trace_hop_log_size` further
// hops on its thread, reports its trace as lost; copies of a result extended
// along several paths are marked `copied`; the table of what a read shows,
// exactly or at what rate, is in docs/traces.md. Converting to std::error_code keeps only the code:
// format with {:t} (or take a snapshot) first.
//
// With RTCERR_TRACES=0 all of this compiles to plain Outcome: RTCERR_TRY is
// BOOST_OUTCOME_TRY (context arguments are not evaluated), `fail(e)` is
// `failure(e)`, and snapshots are always empty.
#pragma once

// First: an older Boost stops here, with a message naming the version.
#include "rtcerr/core/internal/boost_version.hpp"  // IWYU pragma: keep

#include <boost/outcome/basic_result.hpp>
#include <boost/outcome/try.hpp>

#include <concepts>
#include <cstdint>
#include <source_location>
#include <string_view>
#include <type_traits>

#include "rtcerr/core/basic_result.hpp"
#include "rtcerr/core/error.hpp"
#include "rtcerr/core/internal/trace_storage.hpp"
#include "rtcerr/core/trace_remote.hpp"

namespace rtcerr {

// An error and its trace, detached from any result and any thread.
template <class Error>
struct traced_error {
  Error error;
  trace_snapshot trace;
};

// The 16 spare bits of a result's status word, where a trace key lives.
template <class T, class Error, class Policy>
constexpr std::uint16_t trace_key_of(
    const BOOST_OUTCOME_V2_NAMESPACE::basic_result<T, Error, Policy>& r) noexcept {
  return BOOST_OUTCOME_V2_NAMESPACE::hooks::spare_storage(&r);
}

// A failure of `e` whose trace starts at `where`. `e` == 0 is treated as
// rtcerr::failure treats it (see rtcerr/core/basic_result.hpp), and it is counted
// as a failure made (rtcerr/core/counters.hpp, whose inline namespace it is
// in, since that setting changes its body). Always inline, as the opening of
// the trace and the counting are: g++ would otherwise leave it a call, which
// gives every function on the way to it a stack alignment that the untraced
// chain does not need (trace_take_number in rtcerr/core/internal/trace_storage.hpp,
// tests/runtime/trace_asm).
inline namespace RTCERR_COUNTER_ABI_NAMESPACE {
template <class Registry>
[[gnu::always_inline]] inline BOOST_OUTCOME_V2_NAMESPACE::failure_type<basic_error<Registry>> fail(
    basic_error<Registry> e,
    std::source_location where = std::source_location::current()) noexcept {
  auto checked = failure(e);
#if RTCERR_TRACES
  const std::uint16_t key = detail::trace_open(checked.error().value(), where);
  return detail::handed_on_failure(checked.error(), key);
#else
  static_cast<void>(where);
  return checked;
#endif
}
}  // namespace RTCERR_COUNTER_ABI_NAMESPACE

// A failure of an errc enumerator of any domain, whose trace starts at
// `where`: `return rtcerr::fail(acme::media::errc::camera_busy);`. Its error
// is that of the domain's own registry (make_registry<Domain>), which
// converts implicitly and losslessly into the error of every registry
// holding the domain, so the failure converts into every result whose
// registry does (and into no other: rtcerr/core/basic_result.hpp).
template <domain_errc Errc>
[[gnu::always_inline]] inline BOOST_OUTCOME_V2_NAMESPACE::failure_type<
    basic_error<make_registry<domain_of_errc<Errc>>>>
fail(Errc code, std::source_location where = std::source_location::current()) noexcept {
  return fail(basic_error<make_registry<domain_of_errc<Errc>>>(code), where);
}

// A copy of the trace of `r`'s failure: status none when `r` holds a value
// or an untraced failure, lost when its record is gone.
template <class T, class Registry, class Policy>
trace_snapshot trace_of(
    const BOOST_OUTCOME_V2_NAMESPACE::basic_result<T, basic_error<Registry>, Policy>& r) noexcept {
  trace_snapshot out;
  if (!r.has_error()) return out;
#if RTCERR_TRACES
  detail::trace_read(trace_key_of(r), r.assume_error().value(), out);
#else
  out.error_value = r.assume_error().value();
#endif
  return out;
}

// The error of a failed `r` with its trace, to hand to another thread. On a
// result holding a value: the success code and an empty trace.
template <class T, class Registry, class Policy>
traced_error<basic_error<Registry>> snapshot(
    const BOOST_OUTCOME_V2_NAMESPACE::basic_result<T, basic_error<Registry>, Policy>& r) noexcept {
  if (!r.has_error()) return {};
  return {r.assume_error(), trace_of(r)};
}

// Throws the error of a failed `r` as throw_error(r.error()) does, and the
// exception keeps `r`'s trace (exception::trace()), as with `r.value()`;
// `throw_error(r.error())` throws the same type without it. On a result
// holding a value there is no error to throw: that is the caller's bug, and
// it is treated as throw_error of the success code 0 is (rtcerr::exception).
// Built without exceptions, it calls the failure handler, as throw_error does.
// The error's throw_error must be visible: rtcerr/exception.hpp for the
// catalogue, rtcerr/core/basic_exception.hpp for any registry.
inline namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE {  // rtcerr/core/internal/config.hpp
template <class T, class Registry, class Policy>
[[noreturn]] void throw_error(
    const BOOST_OUTCOME_V2_NAMESPACE::basic_result<T, basic_error<Registry>, Policy>& r) {
  if (!r.has_error()) throw_error(basic_error<Registry>::from_wire(0));
  detail::trace_pass_to_exception(trace_key_of(r), r.assume_error().value());
  throw_error(r.assume_error());
}
}  // namespace RTCERR_EXCEPTIONS_ABI_NAMESPACE

// A failure of `t.error` that continues `t.trace` on this thread, with a hop
// at `where`. A success code in `t.error` is treated as fail() treats it.
template <class Registry>
BOOST_OUTCOME_V2_NAMESPACE::failure_type<basic_error<Registry>> resume(
    const traced_error<basic_error<Registry>>& t,
    std::source_location where = std::source_location::current()) noexcept {
  auto checked = detail::checked_failure(t.error);  // handed on: not counted again
#if RTCERR_TRACES
  const std::uint16_t key = detail::trace_restore(t.trace, checked.error().value(), where);
  return detail::handed_on_failure(checked.error(), key);
#else
  static_cast<void>(where);
  return checked;
#endif
}

namespace detail {
// Declared here for the API below; defined after it ("Implementation details
// follow"), except with_context_result: an alias template is declared only
// with its definition.
template <class V>
constexpr auto context_argument(const V& value) noexcept;
template <class A>
struct sensitive_argument;
#if RTCERR_TRACES
inline void add_contexts(std::uint16_t, std::int32_t) noexcept;
template <class V, class... Rest>
void add_contexts(std::uint16_t key, std::int32_t error_value, std::string_view name,
                  const V& value, const Rest&... rest) noexcept;
inline std::uint16_t trace_open_remote(std::int32_t error_value, std::uint64_t remote) noexcept;
#endif

// What with_context returns for an argument of type R (see there).
template <class R>
using with_context_result = std::conditional_t<std::is_lvalue_reference_v<R> &&
                                                   !std::is_const_v<std::remove_reference_t<R>>,
                                               R, std::remove_cvref_t<R>>;
}  // namespace detail

// Adds context to the trace of `r`'s failure (evaluated now, unlike
// RTCERR_TRY's; nothing is recorded when `r` holds a value or its trace is
// gone) and returns the result: `r` itself for a non-const lvalue (so that
// `with_context(r, ...);` adds to `r`), otherwise a new result, by value, so
// that `auto&& r = with_context(f(), ...)` holds a result, never a reference
// to f()'s temporary. Pairs of a key and an integer or string value. Like a
// hop, it takes the result one step deeper, so that context added to one
// copy of a result is not read as another copy's.
template <class R, class... Context>
detail::with_context_result<R> with_context(R&& r, const Context&... context) noexcept {
  detail::with_context_result<R> out(static_cast<R&&>(r));
#if RTCERR_TRACES
  if (out.has_error()) {
    const std::uint16_t key = detail::trace_context_step(trace_key_of(out));
    detail::add_contexts(key, out.assume_error().value(), context...);
    BOOST_OUTCOME_V2_NAMESPACE::hooks::set_spare_storage(&out, key);
  }
#else
  (static_cast<void>(context), ...);
#endif
  return out;
}

// A context value that must not leave this process: `RTCERR_TRY(auto s,
// open(user), "user", rtcerr::sensitive(user_id))` or in with_context. The
// record keeps it (trace_snapshot::context[i].text_view()), every formatter
// prints it as <redacted>, and no edge sends it (rtcerr/core/trace_remote.hpp).
template <class V>
constexpr auto sensitive(const V& value) noexcept {
  using A = decltype(detail::context_argument(value));
  return detail::sensitive_argument<A>{detail::context_argument(value)};
}

// A failure of `e`, received from another service, whose trace begins with
// the remote part `wire` (the JSON object the service sent:
// rtcerr/core/trace_remote.hpp), empty when it sent none. A wire text that
// does not parse (malformed, or beyond the bounds) gives a trace that says
// so and why, never a part of it. RTCERR_TRY hops append after it. Counted
// as a failure made, as fail() is. rtcerr/problem_json.hpp and
// rtcerr/grpc.hpp read the wire text from an answer. (In the failure
// counters' inline namespace, as fail().)
inline namespace RTCERR_COUNTER_ABI_NAMESPACE {
template <class Registry>
BOOST_OUTCOME_V2_NAMESPACE::failure_type<basic_error<Registry>> remote_failure(
    basic_error<Registry> e, std::string_view wire) noexcept {
  auto checked = failure(e);
#if RTCERR_TRACES
  const std::uint64_t remote = detail::remote_trace_receive(wire);
  const std::uint16_t key = detail::trace_open_remote(checked.error().value(), remote);
  return detail::handed_on_failure(checked.error(), key);
#else
  static_cast<void>(wire);
  return checked;
#endif
}
}  // namespace RTCERR_COUNTER_ABI_NAMESPACE

}  // namespace rtcerr

// RTCERR_TRY(expr) / RTCERR_TRY(decl, expr): as BOOST_OUTCOME_TRY, plus a hop
// in the failure's trace. Up to three `"key", value` pairs may follow expr.
#define RTCERR_TRY(...)                                                                      \
  RTCERR_DETAIL_TRY_PICK(__VA_ARGS__, RTCERR_DETAIL_TRY_D4, RTCERR_DETAIL_TRY_V3,            \
                         RTCERR_DETAIL_TRY_D4, RTCERR_DETAIL_TRY_V3, RTCERR_DETAIL_TRY_D4,   \
                         RTCERR_DETAIL_TRY_V3, RTCERR_DETAIL_TRY_D2, RTCERR_DETAIL_TRY_V1, ) \
  (__VA_ARGS__)

// --- Implementation details follow. -----------------------------------------

namespace rtcerr {

namespace detail {

template <class T>
inline constexpr bool is_context_integer =
    std::is_integral_v<T> && !std::is_same_v<T, char> && !std::is_same_v<T, bool>;

template <class T>
inline constexpr bool is_context_value =
    is_context_integer<T> || std::is_enum_v<T> || std::is_same_v<T, bool> ||
    std::is_convertible_v<const T&, std::string_view>;

template <class A>
struct sensitive_argument;
template <class T>
inline constexpr bool is_sensitive_argument = false;
template <class A>
inline constexpr bool is_sensitive_argument<sensitive_argument<A>> = true;

RTCERR_DETAIL_RULE(context_value_is_an_integer_or_a_string,
                   "a trace context value must be an integer, an enum, a bool or convertible to "
                   "std::string_view; format anything else into a string first",
                   class T);

// What may stand where RTCERR_TRY expects a context key; never the tried
// expression, which is a result. RTCERR_TRY's argument count alone picks its
// form (decl or not), so a key without a value makes it read its arguments
// one place off; these two facts let it say so (RTCERR_DETAIL_CHECK_*).
template <class T>
inline constexpr bool is_context_key = std::is_convertible_v<T, std::string_view>;

// A context value as RTCERR_TRY hands it to the failure function: by value,
// so that no variable named in the context has its address taken (which
// would keep it in memory on the success path too), and as little as can be
// computed there, so that the failure branch needs few registers. A C string
// stays a pointer (measured by the failure function), anything else
// convertible to std::string_view becomes one, an integer, enum or bool a
// 64-bit integer.
template <class V>
constexpr auto context_argument(const V& value) noexcept {
  using U = std::remove_cvref_t<V>;
  static_assert(context_value_is_an_integer_or_a_string < U,
                is_context_value<U> || is_sensitive_argument < U >> ::value);
  if constexpr (is_sensitive_argument<U>)
    return value;
  else if constexpr (std::is_convertible_v<const U&, const char*>)
    return static_cast<const char*>(value);
  else if constexpr (std::is_convertible_v<const U&, std::string_view>)
    return std::string_view(value);
  else if constexpr (is_context_value<U>)
    return static_cast<std::int64_t>(value);
  else
    return std::int64_t{0};  // not reached: the static_assert has failed
}

// A context value marked sensitive: its argument, as context_argument made it.
template <class A>
struct sensitive_argument {
  A value;
};

#if RTCERR_TRACES
// A null C string is recorded as an empty text.
template <class V>
void add_context(std::uint16_t key, std::int32_t error_value, std::string_view name, const V& value,
                 bool sensitive = false) noexcept {
  const auto v = context_argument(value);
  if constexpr (is_sensitive_argument<std::remove_cv_t<decltype(v)>>)
    add_context(key, error_value, name, v.value, true);
  else if constexpr (std::is_same_v<decltype(v), const char* const>)
    trace_add_text(key, error_value, name, v != nullptr ? std::string_view(v) : std::string_view(),
                   sensitive);
  else if constexpr (std::is_same_v<decltype(v), const std::string_view>)
    trace_add_text(key, error_value, name, v, sensitive);
  else
    trace_add_integer(key, error_value, name, v, sensitive);
}

inline void add_contexts(std::uint16_t, std::int32_t) noexcept {}
template <class V, class... Rest>
void add_contexts(std::uint16_t key, std::int32_t error_value, std::string_view name,
                  const V& value, const Rest&... rest) noexcept {
  add_context(key, error_value, name, value);
  add_contexts(key, error_value, rest...);
}

// The failure branch of RTCERR_TRY, first part, inline: when `tried` is an
// 8-byte rtcerr failure (result<int>, result<void>, ...) that is traced
// already (its key is not 0), appends the hop to the thread's hop log and
// returns true, `tried` now carrying the key one deeper; the macro then
// returns `tried` exactly as BOOST_OUTCOME_TRY does. Otherwise (an untraced failure,
// a larger result, another library's error) returns false and does nothing.
//
// Inline, so that a hop is a few stores and no call. What keeps the success
// path free of it is that the macro's test is `RTCERR_DETAIL_NEVER`
// (probability 0): the compiler places this block after the function's
// return and does not move work from it into the success path
// (tests/trace_asm compares). Taking `tried` by reference and returning a
// bool, not the result, keeps g++ from splitting the result into fields.
//
// On by default where it was measured, g++ on x86-64 (as
// RTCERR_TRY_FORWARDS_FAILED_WORD, rtcerr/core/basic_result.hpp). With clang 16
// the inline hop changed the success path (the success and failure returns
// were merged, and more registers saved), so there every hop is the call to
// trace_failure. Defining RTCERR_TRACE_INLINE_HOP to 0 or 1 overrides it.
#ifndef RTCERR_TRACE_INLINE_HOP
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define RTCERR_TRACE_INLINE_HOP 1
#else
#define RTCERR_TRACE_INLINE_HOP 0
#endif
#endif
template <class Tried>
[[gnu::always_inline]] inline bool trace_logged_hop(const trace_site* site, Tried& tried) noexcept {
  using error_type = std::remove_cvref_t<decltype(tried.assume_error())>;
  if constexpr (RTCERR_TRACE_INLINE_HOP && is_basic_error<error_type> &&
                is_one_word_result<Tried> && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) {
    // An 8-byte result, read as one word: the key (Outcome's spare bits) is
    // its top 16 bits. A larger result is left to trace_failure: g++ would
    // compute its key before the test, on the success path.
    const auto word = __builtin_bit_cast(std::uint64_t, tried);
    const auto key = static_cast<std::uint16_t>(word >> 48);
    if (key == 0) return false;
    const std::uint16_t next = trace_log_hop(key, site);
    BOOST_OUTCOME_V2_NAMESPACE::hooks::set_spare_storage(&tried, next);
    return true;
  } else {
    static_cast<void>(site);
    return false;
  }
}

// The error value of `tried`, a failure. An 8-byte result's is its low 32
// bits (tests/core/result_try_word_test.cpp checks the layout), read without
// assume_error()'s check: without NDEBUG that check is an assert, a call,
// which makes g++ give every traced frame a stack adjustment on its success
// path too (tests/trace_asm checks both NDEBUG settings).
template <class Tried>
[[gnu::always_inline]] inline std::int32_t failed_error_value(const Tried& tried) noexcept {
  if constexpr (is_one_word_result<Tried> && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
    return static_cast<std::int32_t>(
        static_cast<std::uint32_t>(__builtin_bit_cast(std::uint64_t, tried)));
  else
    return tried.assume_error().value();
}

// The failure branch of RTCERR_TRY, second part, out of line and cold: for
// an untraced failure, a larger result, or a hop with context. `tried` (a failure) is handed
// back with a hop appended to its trace, or a record opened at this hop,
// and the context added; the macro then returns it as BOOST_OUTCOME_TRY
// does. It takes the tried result by value, the site as one pointer to the
// call site's static trace_site, the context's keys as one pointer to the
// call site's static array of them, and the values as context_argument
// makes them. A result whose error is not an rtcerr error passes through
// untouched.
template <class Tried, class... Values>
[[gnu::noinline, gnu::cold]] Tried trace_failure(const trace_site* site, Tried tried,
                                                 const std::string_view* keys = nullptr,
                                                 Values... values) noexcept {
  using error_type = std::remove_cvref_t<decltype(tried.assume_error())>;
  if constexpr (!is_basic_error<error_type> || !requires { trace_key_of(tried); }) {
    static_cast<void>(site);
    static_cast<void>(keys);
    (static_cast<void>(values), ...);
    return tried;
  } else {
    const std::int32_t value = failed_error_value(tried);
    const std::uint16_t next = trace_hop(trace_key_of(tried), value, site);
    if constexpr (sizeof...(Values) != 0) {
      std::size_t i = 0;
      (add_context(next, value, keys[i++], values), ...);
    } else {
      static_cast<void>(keys);
    }
    BOOST_OUTCOME_V2_NAMESPACE::hooks::set_spare_storage(&tried, next);
    return tried;
  }
}

// What RTCERR_TRY returns from what trace_failure handed back: Outcome's
// try_operation_return_as, except for a result of an rtcerr error under
// another policy that is not one word, whose failure is made from its error
// and key without assume_error()'s check: without NDEBUG that check is an
// assert that g++ does not inline, and the call takes the result's address,
// which cost the success path a stack slot (tests/trace_asm). Only where the
// inline hop is on (g++ on x86-64): with clang 16 the success path then
// gained a shift.
//
// A result under rtcerr's own policy (result<long>, result<std::string>,
// ...) always takes try_operation_return_as, whose overloads for it
// (rtcerr/core/basic_result.hpp) read the error unchecked too and hand on
// detail::tried_failure_type, which the returned result takes without
// checking again. Made here with Outcome's failure(), it was a failure_type
// of the error: the overload of failure() for rtcerr errors compared it with
// the success code and the returned result checked it once more, in a call
// g++ does not inline on the cold branch, given the result's address; that
// cost hop3 of tests/runtime/trace_asm/chain.cpp a stack slot on its success path.
// Under another policy the error was not checked when the result was built,
// so that failure keeps being checked.
#if RTCERR_TRACE_INLINE_HOP || !defined(NDEBUG)
inline constexpr bool trace_return_directly = true;
#else
inline constexpr bool trace_return_directly = false;
#endif
template <class Tried>
[[gnu::always_inline]] inline decltype(auto) trace_return_as(Tried&& tried) noexcept {
  using result_type = std::remove_cvref_t<Tried>;
  using error_type = std::remove_cvref_t<decltype(tried.assume_error())>;
  if constexpr (trace_return_directly && is_basic_error<error_type> &&
                !is_one_word_result<result_type> && !is_checked_source<result_type> &&
                requires { trace_key_of(tried); })
    return checked_failure(basic_result_policy<error_type>::unchecked_error(tried),
                           trace_key_of(tried));  // checked, not counted: a hop
  else
    return BOOST_OUTCOME_V2_NAMESPACE::try_operation_return_as(static_cast<Tried&&>(tried));
}
#endif

}  // namespace detail

#if RTCERR_TRACES
namespace detail {
// Opens a record of `error_value` whose trace begins with the remote part
// numbered `remote`; returns its key (never 0).
inline std::uint16_t trace_open_remote(std::int32_t error_value, std::uint64_t remote) noexcept {
  trace_slot& s = trace_open_record(error_value, 0, true);
  s.record.remote = remote;
  return record_key(s);
}
}  // namespace detail
#endif

}  // namespace rtcerr

// --- RTCERR_TRY ----------------------------------------------------------
// The number of arguments picks the form: odd is RTCERR_TRY(expr, k, v...),
// even is RTCERR_TRY(decl, expr, k, v...).
#define RTCERR_DETAIL_CAT2(a, b) a##b
#define RTCERR_DETAIL_CAT(a, b) RTCERR_DETAIL_CAT2(a, b)
#define RTCERR_DETAIL_TRY_PICK(_1, _2, _3, _4, _5, _6, _7, _8, name, ...) name

#if RTCERR_TRACES

// "This is never true", more strongly than [[unlikely]]: with probability
// 0, g++ and clang place the block after the function's return, as they do
// a block that calls a cold function, and move none of its work before the
// test.
#define RTCERR_DETAIL_NEVER(condition) __builtin_expect_with_probability((condition), 1, 0.0)

// The site is a static constant of the function where the macro stands
// (so RTCERR_TRY cannot be used in a constexpr function), made at compile
// time, as are the context's keys: the failure branch passes their
// addresses, the success path never touches them.
#define RTCERR_DETAIL_TRY_FAIL(unique, expr, ...)                                                  \
  if (RTCERR_DETAIL_NEVER(!::BOOST_OUTCOME_V2_NAMESPACE::try_operation_has_value(unique))) {       \
    static constexpr ::rtcerr::trace_site unique##_site{::std::source_location::current(), #expr}; \
    __VA_OPT__(static constexpr ::std::string_view unique##_keys[] = {                             \
                   RTCERR_DETAIL_CONTEXT(KEY, __VA_ARGS__)};)                                      \
    if (__VA_OPT__(false&&)::rtcerr::detail::trace_logged_hop(&unique##_site, unique))             \
      return ::BOOST_OUTCOME_V2_NAMESPACE::try_operation_return_as(                                \
          static_cast<decltype(unique)&&>(unique));                                                \
    return ::rtcerr::detail::trace_return_as(::rtcerr::detail::trace_failure(                      \
        &unique##_site, static_cast<decltype(unique)&&>(unique) __VA_OPT__(                        \
                            , unique##_keys, RTCERR_DETAIL_CONTEXT(VALUE, __VA_ARGS__))));         \
  }

// The context pairs (at most three), as the list of their keys or of their
// values, each value converted by context_argument.
#define RTCERR_DETAIL_CONTEXT_PICK(_1, _2, _3, _4, _5, _6, name, ...) name
#define RTCERR_DETAIL_CONTEXT(part, ...)                                                  \
  RTCERR_DETAIL_CONTEXT_PICK(__VA_ARGS__, RTCERR_DETAIL_CONTEXT6, RTCERR_DETAIL_CONTEXT5, \
                             RTCERR_DETAIL_CONTEXT4, RTCERR_DETAIL_CONTEXT3,              \
                             RTCERR_DETAIL_CONTEXT2, RTCERR_DETAIL_CONTEXT1, )            \
  (RTCERR_DETAIL_CONTEXT_##part, __VA_ARGS__)
#define RTCERR_DETAIL_CONTEXT_KEY(k, v) k
#define RTCERR_DETAIL_CONTEXT_VALUE(k, v) ::rtcerr::detail::context_argument(v)
// RTCERR_TRY's argument count picks its form so that the context count is
// always even; an odd count cannot arrive here, and would name its mistake.
#define RTCERR_DETAIL_CONTEXT1(...) RTCERR_TRY_context_must_be_key_value_pairs
#define RTCERR_DETAIL_CONTEXT3(...) RTCERR_TRY_context_must_be_key_value_pairs
#define RTCERR_DETAIL_CONTEXT5(...) RTCERR_TRY_context_must_be_key_value_pairs
#define RTCERR_DETAIL_CONTEXT2(f, k1, v1) f(k1, v1)
#define RTCERR_DETAIL_CONTEXT4(f, k1, v1, k2, v2) f(k1, v1), f(k2, v2)
#define RTCERR_DETAIL_CONTEXT6(f, k1, v1, k2, v2, k3, v3) f(k1, v1), f(k2, v2), f(k3, v3)

#define RTCERR_DETAIL_TRYV(unique, expr, ...) \
  auto unique = (expr);                       \
  RTCERR_DETAIL_TRY_FAIL(unique, expr, __VA_ARGS__)

#define RTCERR_DETAIL_TRYD(unique, decl, expr, ...)                 \
  RTCERR_DETAIL_TRYV(unique, expr, __VA_ARGS__)                     \
  decl = ::BOOST_OUTCOME_V2_NAMESPACE::try_operation_extract_value( \
      static_cast<decltype(unique)&&>(unique))

#define RTCERR_DETAIL_U RTCERR_DETAIL_CAT(rtcerr_try_unique_, __COUNTER__)
#define RTCERR_DETAIL_TRY_V1(expr) RTCERR_DETAIL_TRYV(RTCERR_DETAIL_U, expr)
#define RTCERR_DETAIL_TRY_D2(decl, expr) \
  RTCERR_DETAIL_CHECK_EXPR(expr);        \
  RTCERR_DETAIL_TRYD(RTCERR_DETAIL_U, decl, expr)
#define RTCERR_DETAIL_TRY_V3(expr, ...)   \
  RTCERR_DETAIL_CHECK_KEY(__VA_ARGS__, ); \
  RTCERR_DETAIL_TRYV(RTCERR_DETAIL_U, expr, __VA_ARGS__)
#define RTCERR_DETAIL_TRY_D4(decl, expr, ...) \
  RTCERR_DETAIL_CHECK_EXPR(expr);             \
  RTCERR_DETAIL_TRYD(RTCERR_DETAIL_U, decl, expr, __VA_ARGS__)

#else  // traces compiled out: plain Outcome, context not evaluated

#define RTCERR_DETAIL_TRY_V1(expr) BOOST_OUTCOME_TRY(expr)
#define RTCERR_DETAIL_TRY_D2(decl, expr) \
  RTCERR_DETAIL_CHECK_EXPR(expr);        \
  BOOST_OUTCOME_TRY(decl, expr)
#define RTCERR_DETAIL_TRY_V3(expr, ...)   \
  RTCERR_DETAIL_CHECK_KEY(__VA_ARGS__, ); \
  BOOST_OUTCOME_TRY(expr)
#define RTCERR_DETAIL_TRY_D4(decl, expr, ...) \
  RTCERR_DETAIL_CHECK_EXPR(expr);             \
  BOOST_OUTCOME_TRY(decl, expr)

#endif

// A key without a value (an odd number of context arguments) shifts the
// form RTCERR_TRY picks by one place: the declaration is read as the tried
// expression and the expression as the first key, or the first key as the
// tried expression. The preprocessor cannot tell a declaration from an
// expression, but these checks (unevaluated) see a result where a key must
// be, or a string where the result must be, and say so before the compiler
// reports what the shifted arguments do ("expected primary-expression before
// 'auto'" follows for the first case).
#define RTCERR_DETAIL_TRY_MISUSE                                                               \
  "rtcerr: RTCERR_TRY takes (expr) or (decl, expr), then \"key\", value pairs: a key without " \
  "a value (an odd number of context arguments) shifts every argument by one place"
#define RTCERR_DETAIL_FIRST(first, ...) first
#define RTCERR_DETAIL_CHECK_KEY(...)                                                            \
  static_assert(::rtcerr::detail::is_context_key<decltype((RTCERR_DETAIL_FIRST(__VA_ARGS__)))>, \
                RTCERR_DETAIL_TRY_MISUSE)
#define RTCERR_DETAIL_CHECK_EXPR(expr) \
  static_assert(!::rtcerr::detail::is_context_key<decltype((expr))>, RTCERR_DETAIL_TRY_MISUSE)
