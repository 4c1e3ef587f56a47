// rtcerr/format.hpp - {fmt} (and spdlog) formatting of the platform's errors.
//
//   #include <rtcerr/format.hpp>
//
//   rtcerr::error e = rtcerr::recording::errc::stream_data_timeout;
//   fmt::print("{}\n", e);     // recording.stream_data_timeout (605030046): 流数据超时
//   fmt::print("{:en}\n", e);  // recording.stream_data_timeout (605030046): Timed out waiting for
//   stream data fmt::print("{:c}\n", e);   // 605030046 spdlog::error("upload failed: {}",
//   rtcerr::gateway::errc::system_busy);
//
// Formattable: `rtcerr::error`, every domain's `errc` enumerators,
// `rtcerr::condition`, `rtcerr::retry`, `rtcerr::lang`, `rtcerr::domain_id`
// (their names, no spec),
// `rtcerr::result<T>`, `rtcerr::exception` and every exception derived from
// it, and `std::error_code`. The specs (c, n, q, d, m, h, j, and zh/en) are
// listed in rtcerr/core/basic_format.hpp and docs/formatting.md; an unknown spec in
// a literal format string does not compile.
// A unit that only formats errors (and errc enumerators, conditions...)
// can include rtcerr/format_error.hpp instead, which brings no results,
// exceptions or std::error_code.
//
// std::error_code: a code of one of rtcerr's categories (make_error_code)
// formats as the rtcerr::error it holds, with every spec. Any other code is
// shown through its category - `{}` gives "generic:110: Connection timed
// out" - and its message, a std::string, is the one allocation. {fmt} 10
// brings its own formatter for std::error_code, so this one is defined only
// for {fmt} 9; define RTCERR_NO_STD_ERROR_CODE_FORMATTER to leave it out
// (for a program that defines its own).
#pragma once

#include <string>
#include <system_error>

#include "rtcerr/core/basic_format.hpp"
#include "rtcerr/core/internal/export.hpp"
#include "rtcerr/error_code.hpp"
#include "rtcerr/exception.hpp"
#include "rtcerr/format_error.hpp"
#include "rtcerr/registry.hpp"
#include "rtcerr/result.hpp"

namespace rtcerr {

namespace detail {
// Writes a std::error_code for the formatter below (compiled in src/catalogue/format.cpp).
RTCERR_API fmt::appender write_error_code(fmt::appender out, const std::error_code& ec,
                                          format_spec spec);

template <class Out>
Out write_error_code(Out out, const std::error_code& ec, format_spec spec) {
  if (const std::optional<error> e = from_error_code(ec)) return write_error(out, *e, spec);
  // A code of another category: category:value, and the category's message.
  const std::string_view category = ec.category().name();
  const auto qualified = [&](Out o) {
    o = put(o, category);
    *o++ = ':';
    return put_int(o, ec.value());
  };
  switch (spec.field) {
    case format_field::full: return put(put(qualified(out), ": "), ec.message());
    case format_field::code: return put_int(out, ec.value());
    case format_field::name:
    case format_field::qualified_name: return qualified(out);
    case format_field::domain: return put(out, category);
    case format_field::message: return put(out, ec.message());
    case format_field::hint: return out;
    case format_field::json:
      out = put_json_string(put(out, "{\"category\":"), category);
      out = put_int(put(out, ",\"code\":"), ec.value());
      out = put_json_string(put(out, ",\"message\":"), ec.message());
      return put(out, "}");
  }
  return out;
}
}  // namespace detail

}  // namespace rtcerr

#if FMT_VERSION < 100000 && !defined(RTCERR_NO_STD_ERROR_CODE_FORMATTER)
template <>
struct fmt::formatter<std::error_code, char> : rtcerr::error_spec_parser {
  template <class FormatContext>
  auto format(const std::error_code& ec, FormatContext& ctx) const -> decltype(ctx.out()) {
    return rtcerr::detail::write_error_code(ctx.out(), ec, spec);
  }
};
#endif
