// The catalogue's {fmt} writers, compiled once here rather than in every
// translation unit that formats an error (see rtcerr/format.hpp).
#include "rtcerr/format.hpp"

#include <fmt/format.h>

#include <cstddef>

namespace rtcerr {

namespace detail {
format_spec_parse_result parse_format_spec_in_library(std::string_view text) noexcept {
  return parse_format_spec(text);
}
}  // namespace detail

// Every piece but the JSON object is a few names, one number and one text
// from static storage, so its length is known before writing. Such output is
// gathered in a stack array (with block copies) and handed to {fmt} in one
// piece: appending one character at a time to fmt's buffer costs several
// times more. The JSON object, whose escaping makes its length unknown, is
// written directly.
fmt::appender compiled_error_writer<registry>::write(fmt::appender out, error e, format_spec spec) {
  char text[512];
  const std::size_t longest = e.domain_name().size() + e.name().size() + 32 +
                              e.message(spec.language).size() + e.hint(spec.language).size();
  if (spec.field == format_field::json || longest > sizeof text) return write_error(out, e, spec);
  char* const end = write_error(text, e, spec);
  return fmt::format_to(out, FMT_STRING("{}"), fmt::string_view(text, end - text));
}

fmt::appender detail::write_error_code(fmt::appender out, const std::error_code& ec,
                                       format_spec spec) {
  return write_error_code<fmt::appender>(out, ec, spec);
}

}  // namespace rtcerr
