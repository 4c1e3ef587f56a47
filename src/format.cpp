// The catalogue's {fmt} writers, compiled once here rather than in every
// translation unit that formats an error (see rtcerr/format.hpp).
#include "rtcerr/format.hpp"

namespace rtcerr {

fmt::appender compiled_error_writer<registry>::write(fmt::appender out, error e, format_spec spec) {
  return write_error(out, e, spec);
}

fmt::appender detail::write_error_code(fmt::appender out, const std::error_code& ec,
                                       format_spec spec) {
  return write_error_code<fmt::appender>(out, ec, spec);
}

}  // namespace rtcerr
