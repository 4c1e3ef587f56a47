// rtcerr/core/basic_format.hpp - {fmt} support for any registry's error values.
//
// With this header, `basic_error<Registry>` for every registry, its results
// (`basic_result<T, basic_error<Registry>>`), its exceptions (every class
// derived from `basic_exception<Registry>`, and `condition_exception<C>`, a
// view of one) and, once mapped, every `errc` enum of its domains can be
// formatted by {fmt} and by anything built on it, such as spdlog:
//
//   fmt::print("{}\n", e);       // media.camera_busy (700001): 摄像头被占用
//   fmt::print("{:en}\n", e);    // media.camera_busy (700001): Camera is busy
//   fmt::print("{:c}\n", e);     // 700001
//   fmt::print("{:m.en}\n", e);  // Camera is busy
//
// (e is the code camera_busy = 700001 of an illustrative domain `media`, as in
// rtcerr/core/domain.hpp.)
//
// The format spec (what follows ':') selects one piece of the error and, for
// the pieces that have one, a language:
//
//   spec  ::= ""  |  lang  |  field  |  field "." lang  |  trace
//   lang  ::= "zh" | "en"                      (default: zh)
//   field ::= "c" code | "n" name | "q" domain.name | "d" domain
//           | "m" message | "h" hint | "j" JSON object
//   trace ::= "t" | "t." lang | "tj"           (results and exceptions: the
//           error, then its trace; rtcerr/core/internal/trace_format.hpp)
//
// Only "m", "h" and the whole error take a language. The table with examples
// is docs/formatting.md. Width, fill and alignment are not supported: an
// error is not a number, and padding belongs to the surrounding text.
//
// A spec outside this grammar is rejected at compile time when the format
// string is a literal checked by {fmt} (fmt::format, fmt::print, spdlog's
// logging calls): the diagnostic names
// `invalid_rtcerr_format_spec_see_docs_formatting_md`. With a run-time format
// string (fmt::runtime) the same spec throws fmt::format_error.
//
// Formatting writes the pieces straight into the output (no intermediate
// string, no call back into fmt's formatting engine), so formatting into a
// caller's buffer - fmt::format_to into a fixed array or a reused
// fmt::memory_buffer with room, fmt::format_to_n - allocates nothing, and a
// translation unit that formats errors does not instantiate fmt's number and
// padding machinery.
//
// A result formats its error with the spec. A successful result formats its
// value with T's default format for `{}`, `{:zh}` and `{:en}` (result<void>:
// the success code, "success (0): 成功"); `{"value":...}` for `{:j}` (valid
// JSON: the value escaped; null for result<void>; a compile error for a T
// without a JSON form); and for the pieces c, n, q, d, m and h the piece of
// the success code 0 (`{:c}` is always the result's code: 0 on success). An
// exception formats the error it reports with the spec, whichever registry
// threw it.
//
// Every domain's `errc` enumerators are formattable as they are: formatting
// belongs to the domain, so `media::errc::camera_busy` formats from media's
// own list with no registry named. A program may map an errc to a registry's
// error type instead (to use a writer compiled once, as rtcerr/format.hpp
// does for the platform's four), with a full specialisation, which never
// clashes with another:
//
//   template <> struct rtcerr::error_type_for<acme::media::errc> { using type = app_error; };
#pragma once

#include <fmt/core.h>

#include <cstddef>
#include <string_view>
#include <type_traits>

#include "rtcerr/core/basic_exception.hpp"
#include "rtcerr/core/basic_format_error.hpp"
#include "rtcerr/core/basic_result.hpp"
#include "rtcerr/core/basic_trace.hpp"
#include "rtcerr/core/error.hpp"
#include "rtcerr/core/internal/text.hpp"
#include "rtcerr/core/internal/writers.hpp"

// --- Implementation details follow. -----------------------------------------

namespace rtcerr {
namespace detail {

// True for rtcerr::exception, every class derived from it, and the condition
// levels (which are views of one).
template <class T>
inline constexpr bool is_rtcerr_exception =
    std::is_base_of_v<exception, T> || is_condition_exception<T>;

// Writes the value of a successful result. Integers, booleans and strings are
// written directly, like the error pieces; anything else goes through its
// own fmt::formatter with the default spec.
template <class T, class FormatContext>
auto write_value(const T& value, FormatContext& ctx) -> decltype(ctx.out()) {
  using U = std::remove_cv_t<T>;
  if constexpr (std::is_same_v<U, bool>) {
    return put(ctx.out(), value ? "true" : "false");
  } else if constexpr (std::is_integral_v<U> && std::is_signed_v<U> && !std::is_same_v<U, char>) {
    return put_int(ctx.out(), value);
  } else if constexpr (std::is_integral_v<U> && std::is_unsigned_v<U> && !std::is_same_v<U, char> &&
                       !std::is_same_v<U, wchar_t> && !std::is_same_v<U, char8_t> &&
                       !std::is_same_v<U, char16_t> && !std::is_same_v<U, char32_t>) {
    return put_uint(ctx.out(), value);
  } else if constexpr (std::is_convertible_v<const U&, std::string_view> &&
                       !std::is_same_v<U, std::nullptr_t>) {
    return put(ctx.out(), std::string_view(value));
  } else {
    fmt::formatter<U, char> value_formatter;
    fmt::format_parse_context no_spec({});
    value_formatter.parse(no_spec);
    return value_formatter.format(value, ctx);
  }
}

// True for the value types that `{:j}` can write as JSON: bool, the
// integers, floating-point numbers, and anything convertible to
// std::string_view (a JSON string). Characters other than char have none.
template <class T>
inline constexpr bool has_json_form = [] {
  using U = std::remove_cv_t<T>;
  if constexpr (std::is_void_v<U>)
    return true;  // result<void>: null
  else if constexpr (std::is_same_v<U, wchar_t> || std::is_same_v<U, char8_t> ||
                     std::is_same_v<U, char16_t> || std::is_same_v<U, char32_t>)
    return false;
  else
    return std::is_arithmetic_v<U> || (std::is_convertible_v<const U&, std::string_view> &&
                                       !std::is_same_v<U, std::nullptr_t>);
}();

// `{"value":V}` for a successful result: V a JSON number, true/false, a
// string (escaped by put_json_string) or, for a non-finite floating-point
// value and for result<void>, null.
template <class T, class FormatContext>
auto write_json_value(const T* value, FormatContext& ctx) -> decltype(ctx.out()) {
  auto out = put(ctx.out(), "{\"value\":");
  if constexpr (std::is_void_v<T>) {
    out = put(out, "null");
  } else {
    using U = std::remove_cv_t<T>;
    if constexpr (std::is_same_v<U, char>) {
      out = put_json_string(out, detail::view_of(value, 1));
    } else if constexpr (std::is_floating_point_v<U>) {
      if (*value - *value == 0) {  // finite: NaN and infinities have no JSON form
        ctx.advance_to(out);
        out = write_value(*value, ctx);
      } else {
        out = put(out, "null");
      }
    } else if constexpr (std::is_arithmetic_v<U>) {
      ctx.advance_to(out);
      out = write_value(*value, ctx);  // bool and integers are written directly
    } else {
      out = put_json_string(out, std::string_view(*value));
    }
  }
  return put(out, "}");
}

// Not constexpr on purpose, like the function above: its name is the
// diagnostic of `{:j}` on a result whose value type has no JSON form.
template <class ParseContext>
void result_value_has_no_json_form_see_docs_formatting_md(ParseContext& ctx, const char* why) {
  ctx.on_error(why);
}

}  // namespace detail
}  // namespace rtcerr

// --- The {fmt} formatters of results and exceptions (what they write and the
// format spec: the top of this file). ------------------------------------------

#include "rtcerr/core/internal/trace_format.hpp"  // {:t}: uses the writers above

template <class T, class Registry, class Policy>
struct fmt::formatter<
    BOOST_OUTCOME_V2_NAMESPACE::basic_result<T, rtcerr::basic_error<Registry>, Policy>, char>
    : rtcerr::error_spec_parser {
  // `{:j}` needs a JSON form of T, checked here, at compile time for a
  // literal format string: a successful result writes its value as JSON.
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    const auto end = rtcerr::error_spec_parser::parse(ctx);
    if constexpr (!rtcerr::detail::has_json_form<T>) {
      if (spec.field == rtcerr::format_field::json)
        rtcerr::detail::result_value_has_no_json_form_see_docs_formatting_md(
            ctx,
            "rtcerr: {:j} on a result needs a value type with a JSON form (bool, a number, a "
            "string); format r.error() instead");
    }
    return end;
  }

  // A failure: the error, with the spec. A success: with `{}`, `{:zh}` or
  // `{:en}` the value (result<void>: the success code, "success (0): 成功");
  // with `{:j}` {"value":...}; with a piece of the code (c, n, q, d, m, h)
  // that piece of the success code 0, never the value, so that `{:c}` is
  // always the result's code.
  template <class FormatContext>
  auto format(
      const BOOST_OUTCOME_V2_NAMESPACE::basic_result<T, rtcerr::basic_error<Registry>, Policy>& r,
      FormatContext& ctx) const -> decltype(ctx.out()) {
    if (r.has_error() && spec.trace)
      return rtcerr::detail::write_traced_error(ctx.out(), r.assume_error(), rtcerr::trace_of(r),
                                                spec);
    if (r.has_error())
      return rtcerr::detail::write_error_for_fmt(ctx.out(), r.assume_error(), spec);
    if (spec.field == rtcerr::format_field::json) {
      if constexpr (std::is_void_v<T>)
        return rtcerr::detail::write_json_value(static_cast<const void*>(nullptr), ctx);
      else if constexpr (rtcerr::detail::has_json_form<T>)
        return rtcerr::detail::write_json_value(&r.assume_value(), ctx);
    }
    if constexpr (!std::is_void_v<T>) {
      if (spec.field == rtcerr::format_field::full)
        return rtcerr::detail::write_value(r.assume_value(), ctx);
    }
    return rtcerr::detail::write_error_for_fmt(ctx.out(), rtcerr::basic_error<Registry>{}, spec);
  }
};

template <class Exception>
struct fmt::formatter<Exception, char,
                      std::enable_if_t<rtcerr::detail::is_rtcerr_exception<Exception>>>
    : rtcerr::error_spec_parser {
  template <class FormatContext>
  auto format(const Exception& x, FormatContext& ctx) const -> decltype(ctx.out()) {
    const rtcerr::exception& e = x;  // a condition level: the whole exception
    const rtcerr::detail::thrown_error thrown(e);
    if (spec.trace) return rtcerr::detail::write_traced_error(ctx.out(), thrown, e.trace(), spec);
    return rtcerr::write_error(ctx.out(), thrown, spec);
  }
};
