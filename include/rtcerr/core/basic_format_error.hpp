// rtcerr/core/basic_format_error.hpp - {fmt} formatting of any registry's error values, alone.
//
// The lighter half of rtcerr/core/basic_format.hpp: the format spec and its
// parser, `write_error`, and the {fmt} formatters of `basic_error<Registry>`,
// of every domain's `errc` enumerators and of `condition`, `retry` and
// `lang`. It does not bring results (Outcome), exceptions or traces: a unit
// that only formats errors parses none of them (docs/performance.md,
// "Compile time"). rtcerr/core/basic_format.hpp includes it and adds the
// formatters of results and exceptions and the trace spec's writers.
// The specs are listed at the top of rtcerr/core/basic_format.hpp and in
// docs/formatting.md.
#pragma once

#include <fmt/core.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "rtcerr/core/error.hpp"
#include "rtcerr/core/internal/export.hpp"
#include "rtcerr/core/internal/text.hpp"
#include "rtcerr/core/internal/thrown_error.hpp"
#include "rtcerr/core/internal/writers.hpp"

namespace rtcerr {

// Which piece of an error a format spec selects.
enum class format_field : std::uint8_t {
  full,            // "media.camera_busy (700001): 摄像头被占用"
  code,            // "700001"
  name,            // "camera_busy"
  qualified_name,  // "media.camera_busy"
  domain,          // "media"
  message,         // "流数据超时"
  hint,            // "" (most codes have none)
  json,            // {"domain":"media","code":700001,...}
};

struct format_spec {
  format_field field = format_field::full;
  lang language = lang::zh;
  bool trace = false;  // "t": a result's or exception's trace follows (internal/trace_format.hpp)
};

// The outcome of parsing a spec: the spec, how many characters it used (it
// stops before the closing '}'), and, when the spec is malformed, a message
// saying why (`error` is then non-null and `spec` is the default).
struct format_spec_parse_result {
  format_spec spec;
  std::size_t consumed = 0;
  const char* error = nullptr;
};

namespace detail {
// Declared here for the API below; defined after it ("Implementation details
// follow").

// parse_format_spec, compiled once in the library (src/catalogue/format.cpp). A
// formatter's parse() runs the constexpr parser while {fmt} checks a format
// string at compile time, and calls this copy at run time, so that the
// parser's machine code is not compiled into every unit that formats an error
// (what that saves is measured in docs/performance.md, "Compile time").
RTCERR_API format_spec_parse_result parse_format_spec_in_library(std::string_view text) noexcept;

// Reports a malformed spec; defined below.
template <class ParseContext>
void invalid_rtcerr_format_spec_see_docs_formatting_md(ParseContext& ctx, const char* why);

// The writer shared by errors and exceptions; defined below.
template <class Error, class Out>
constexpr Out write_error_of(Out out, const Error& e, format_spec spec);

// The error type an errc maps to by default (error_type_for below).
template <class Errc, class Domain = domain_of_errc<Errc>>
struct default_error_type {
  using type = basic_error<basic_registry<std::uint64_t, Domain>>;
};
template <class Errc>
struct default_error_type<Errc, void> {};
}  // namespace detail

// Parses the text after ':' in a replacement field, up to but excluding the
// first '}' (or the end of `text`). Total: any input, including an empty
// string, a missing '}', or bytes that are not ASCII, yields either a spec or
// an error message; never throws, never reads outside `text`.
constexpr format_spec_parse_result parse_format_spec(std::string_view text) noexcept {
  format_spec_parse_result r;
  const std::size_t close = text.find('}');
  const std::string_view spec = detail::substring(text, 0, close);  // npos: the whole text
  r.consumed = spec.size();

  const auto language = [](std::string_view s, lang& out) {
    if (s == "zh")
      out = lang::zh;
    else if (s == "en")
      out = lang::en;
    else
      return false;
    return true;
  };

  if (spec.empty()) return r;
  if (language(spec, r.spec.language)) return r;  // the whole error, in a language
  if (spec.front() == 't') {                      // t, t.zh, t.en, tj: the error and its trace
    r.spec.trace = true;
    const std::string_view rest = detail::substring(spec, 1);
    if (rest.empty()) return r;
    if (rest == "j") {
      r.spec.field = format_field::json;
      return r;
    }
    if (rest.front() == '.' && language(detail::substring(rest, 1), r.spec.language)) return r;
    return {{}, r.consumed, "rtcerr: unknown format spec; t takes j or a language (tj, t.en)"};
  }

  switch (spec.front()) {
    case 'c': r.spec.field = format_field::code; break;
    case 'n': r.spec.field = format_field::name; break;
    case 'q': r.spec.field = format_field::qualified_name; break;
    case 'd': r.spec.field = format_field::domain; break;
    case 'm': r.spec.field = format_field::message; break;
    case 'h': r.spec.field = format_field::hint; break;
    case 'j': r.spec.field = format_field::json; break;
    default:
      return {
          {}, r.consumed, "rtcerr: unknown format spec; expected zh, en, c, n, q, d, m, h or j"};
  }
  const std::string_view rest = detail::substring(spec, 1);
  if (rest.empty()) return r;
  const bool takes_language =
      r.spec.field == format_field::message || r.spec.field == format_field::hint;
  if (!takes_language || rest.front() != '.')
    return {{}, r.consumed, "rtcerr: unknown format spec; only m and h take a language (m.en)"};
  if (!language(detail::substring(rest, 1), r.spec.language))
    return {{}, r.consumed, "rtcerr: unknown language in format spec; expected zh or en"};
  return r;
}

// Writes the piece of `e` that `spec` selects to `out` and returns the
// iterator past it. Allocates nothing itself; any value of `e` (unknown,
// retired, negative) is fine. This is what the {fmt} formatter calls.
template <class Registry, class Out>
constexpr Out write_error(Out out, basic_error<Registry> e, format_spec spec) {
  return detail::write_error_of(out, e, spec);
}

// The same for the error an exception reports (see rtcerr/core/basic_exception.hpp).
template <class Out>
Out write_error(Out out, const detail::thrown_error& e, format_spec spec) {
  return detail::write_error_of(out, e, spec);
}

// A registry may have its writer compiled once, in a library, instead of in
// every translation unit that formats its errors: specialise this with
//   static fmt::appender write(fmt::appender out, basic_error<Registry> e, format_spec spec);
// defined out of line as `return write_error(out, e, spec);`. The formatters
// then call it for fmt::appender, the iterator {fmt} formats into. (The
// platform's catalogue does so: rtcerr/format.hpp, src/catalogue/format.cpp.)
template <class Registry>
struct compiled_error_writer {};

// Maps an `errc` enum to the error type it converts to, which makes the enum
// formattable exactly like that error. By default a domain's errc maps to
// the error of a registry of that domain alone; specialise it (fully, one
// errc at a time) to choose another. Enums of no domain are left alone.
template <class Errc>
struct error_type_for : detail::default_error_type<Errc> {};

// The part of every rtcerr formatter that reads the spec; reused by the
// formatters of results, exceptions and error codes.
struct error_spec_parser {
  format_spec spec;

  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    const auto begin = ctx.begin();
    const std::string_view text =
        detail::view_of(begin, static_cast<std::size_t>(ctx.end() - begin));
    const format_spec_parse_result r = std::is_constant_evaluated()
                                           ? parse_format_spec(text)
                                           : detail::parse_format_spec_in_library(text);
    if (r.error != nullptr) detail::invalid_rtcerr_format_spec_see_docs_formatting_md(ctx, r.error);
    spec = r.spec;
    return begin + r.consumed;
  }
};

}  // namespace rtcerr

// Compiling a registry's formatter writer once (see compiled_error_writer):
//   RTCERR_EXTERN_REGISTRY_FORMAT(app_registry);       // in the header
//   RTCERR_INSTANTIATE_REGISTRY_FORMAT(app_registry);  // in ONE .cpp file
#define RTCERR_EXTERN_REGISTRY_FORMAT(R)                                      \
  template <>                                                                 \
  struct rtcerr::compiled_error_writer<R> {                                   \
    static fmt::appender write(fmt::appender out, ::rtcerr::basic_error<R> e, \
                               ::rtcerr::format_spec spec);                   \
  }
#define RTCERR_INSTANTIATE_REGISTRY_FORMAT(R)                                      \
  fmt::appender rtcerr::compiled_error_writer<R>::write(                           \
      fmt::appender out, ::rtcerr::basic_error<R> e, ::rtcerr::format_spec spec) { \
    return ::rtcerr::write_error(out, e, spec);                                    \
  }                                                                                \
  static_assert(true, "RTCERR_INSTANTIATE_REGISTRY_FORMAT is followed by ';'")

// --- Implementation details follow. -----------------------------------------

namespace rtcerr {
namespace detail {

// Not constexpr on purpose: reached during {fmt}'s compile-time check of a
// format string, it stops compilation and its name is the diagnostic; reached
// at run time (fmt::runtime), it reports through the parse context, which
// throws fmt::format_error like any {fmt} spec error.
template <class ParseContext>
void invalid_rtcerr_format_spec_see_docs_formatting_md(ParseContext& ctx, const char* why) {
  ctx.on_error(why);
}

// True when a domain owns the error's value.
template <class Registry>
constexpr bool in_domain(basic_error<Registry> e) noexcept {
  return Registry::domain_index(e.value()) < Registry::domain_count;
}
inline bool in_domain(const thrown_error& e) noexcept { return e.in_domain(); }

template <class Error, class Out>
constexpr Out put_qualified_name(Out out, const Error& e) {
  if (in_domain(e)) {
    out = put(out, e.domain_name());
    *out++ = '.';
  }
  return put(out, e.name());
}

// The same object, keys and order as `rtcerr list --format json` prints for
// one code; `domain` is "unknown" for 0 and outside every range (what
// domain_name() and every binding say), `http_status` null where there is none.
template <class Error, class Out>
constexpr Out put_json(Out out, const Error& e) {
  const auto key = [](Out o, std::string_view k) {
    o = put_json_string(o, k);
    *o++ = ':';
    return o;
  };
  *out++ = '{';
  out = key(out, "domain");
  out = put_json_string(out, e.domain_name());  // "unknown" outside every range, as for 0
  out = key(put(out, ","), "code");
  out = put_int(out, e.value());
  out = key(put(out, ","), "name");
  out = put_json_string(out, e.name());
  out = key(put(out, ","), "message_zh");
  out = put_json_string(out, e.message(lang::zh));
  out = key(put(out, ","), "message_en");
  out = put_json_string(out, e.message(lang::en));
  out = key(put(out, ","), "hint_zh");
  out = put_json_string(out, e.hint(lang::zh));
  out = key(put(out, ","), "hint_en");
  out = put_json_string(out, e.hint(lang::en));
  out = key(put(out, ","), "condition");
  out = put_json_string(out, to_string(e.condition()));
  out = key(put(out, ","), "retry");
  out = put_json_string(out, to_string(e.retry()));
  out = key(put(out, ","), "http_status");
  out = e.http_status() != 0 ? put_int(out, e.http_status()) : put(out, "null");
  *out++ = '}';
  return out;
}

// The writer shared by errors and exceptions: any type with the queries of
// basic_error.
template <class Error, class Out>
constexpr Out write_error_of(Out out, const Error& e, format_spec spec) {
  switch (spec.field) {
    case format_field::full:
      out = detail::put_qualified_name(out, e);
      out = detail::put(out, " (");
      out = detail::put_int(out, e.value());
      out = detail::put(out, "): ");
      return detail::put(out, e.message(spec.language));
    case format_field::code: return detail::put_int(out, e.value());
    case format_field::name: return detail::put(out, e.name());
    case format_field::qualified_name: return detail::put_qualified_name(out, e);
    case format_field::domain: return detail::put(out, e.domain_name());
    case format_field::message: return detail::put(out, e.message(spec.language));
    case format_field::hint: return detail::put(out, e.hint(spec.language));
    case format_field::json: return detail::put_json(out, e);
  }
  return out;  // a `format_field` cast from outside the enum writes nothing
}

template <class T, class = void>
inline constexpr bool is_mapped_errc = false;
template <class T>
inline constexpr bool is_mapped_errc<T, std::void_t<typename error_type_for<T>::type>> =
    std::is_enum_v<T>;

// The error an exception reports has no compiled writer: written here.
template <class Out>
Out write_error_for_fmt(Out out, const thrown_error& e, format_spec spec) {
  return write_error_of(out, e, spec);
}

// The writer of any error described by its value and its domain's table
// (a thrown_error), compiled once in the library (src/catalogue/format.cpp): what the
// formatter calls for a registry without a compiled writer of its own, so
// that a unit formatting an application registry's errors emits a call
// rather than the writer. Writes what write_error(out, e, spec) writes for
// the same value (tests/agreement_test.cpp compares the queries).
RTCERR_API fmt::appender write_described_error(fmt::appender out, const thrown_error& e,
                                               format_spec spec);

template <class Registry, class Out>
Out write_error_for_fmt(Out out, basic_error<Registry> e, format_spec spec) {
  if constexpr (std::is_same_v<Out, fmt::appender> &&
                requires { compiled_error_writer<Registry>::write(out, e, spec); })
    return compiled_error_writer<Registry>::write(out, e, spec);
  else if constexpr (std::is_same_v<Out, fmt::appender>)
    return write_described_error(out, thrown_error(e.value(), Registry::table_of(e.value())), spec);
  else
    return write_error(out, e, spec);
}

// The formatter of an enum with a to_string (condition, retry, lang, and the
// catalogue's domain_id): its name, as spelled in code. It takes no spec;
// any spec is rejected like an error's unknown spec.
struct enum_name_formatter {
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) -> decltype(ctx.begin()) {
    const auto begin = ctx.begin();
    if (begin != ctx.end() && *begin != '}')
      invalid_rtcerr_format_spec_see_docs_formatting_md(
          ctx, "rtcerr: condition, retry, lang and domain_id take no format spec");
    return begin;
  }
  template <class Enum, class FormatContext>
  auto format(Enum value, FormatContext& ctx) const -> decltype(ctx.out()) {
    return put(ctx.out(), to_string(value));
  }
};
}  // namespace detail
}  // namespace rtcerr

// --- The {fmt} formatters, built from the details above (what they write and
// the format spec: the top of this file). -------------------------------------

// fmt::format("{}", rtcerr::condition::timeout) == "timeout"; likewise retry
// ("backoff") and lang ("en"). The same names as rtcerr::to_string.
template <>
struct fmt::formatter<rtcerr::condition, char> : rtcerr::detail::enum_name_formatter {};
template <>
struct fmt::formatter<rtcerr::retry, char> : rtcerr::detail::enum_name_formatter {};
template <>
struct fmt::formatter<rtcerr::lang, char> : rtcerr::detail::enum_name_formatter {};

template <class Registry>
struct fmt::formatter<rtcerr::basic_error<Registry>, char> : rtcerr::error_spec_parser {
  template <class FormatContext>
  auto format(rtcerr::basic_error<Registry> e, FormatContext& ctx) const -> decltype(ctx.out()) {
    return rtcerr::detail::write_error_for_fmt(ctx.out(), e, spec);
  }
};

template <class Errc>
struct fmt::formatter<Errc, char, std::enable_if_t<rtcerr::detail::is_mapped_errc<Errc>>>
    : fmt::formatter<typename rtcerr::error_type_for<Errc>::type, char> {
  template <class FormatContext>
  auto format(Errc code, FormatContext& ctx) const -> decltype(ctx.out()) {
    using error_type = typename rtcerr::error_type_for<Errc>::type;
    return fmt::formatter<error_type, char>::format(error_type(code), ctx);
  }
};
