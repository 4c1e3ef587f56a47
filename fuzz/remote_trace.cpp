// Fuzzes the remote trace reader (rtcerr/core/trace_remote.hpp) on any text
// a service might send as its trace, and the traceparent reader on the same
// bytes.
//
// Properties, for any bytes:
//   - parse_remote_trace gives a remote part or a one-line reason, never
//     both; a refused text leaves nothing behind; it never crashes, reads out
//     of bounds (ASan) or keeps more than the stated bounds;
//   - what it accepts survives a rewrite: the wire object written from it
//     reads back to the same wire object;
//   - parse_traceparent accepts only 55 characters or more that start with
//     two lower-case hex digits and a '-', and keeps a trace id that is 32
//     lower-case hex digits.
#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "rtcerr/core/format.hpp"
#include "rtcerr/core/trace_remote.hpp"

namespace {
std::string wire_of(const rtcerr::remote_trace& r) {
  std::string out;
  rtcerr::detail::put_remote_trace_json(std::back_inserter(out), r);
  return out;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  static rtcerr::remote_trace r, again;  // large: kept off the stack
  const std::string_view why = rtcerr::parse_remote_trace(text, r);
  FUZZ_CHECK(why.find('\n') == std::string_view::npos);
  if (!why.empty()) {
    FUZZ_CHECK(r.service_count == 0 && r.site_count == 0 && r.text_used == 0);
  } else {
    FUZZ_CHECK(r.service_count <= rtcerr::remote_trace_max_services);
    FUZZ_CHECK(r.site_count <= rtcerr::remote_trace_max_sites);
    FUZZ_CHECK(r.context_count <= rtcerr::remote_trace_max_context);
    FUZZ_CHECK(r.text_used <= rtcerr::remote_trace_text_capacity);
    const std::string wire = wire_of(r);
    const std::string_view reread = rtcerr::parse_remote_trace(wire, again);
    if (wire.size() <= rtcerr::remote_trace_max_wire_bytes) {
      FUZZ_CHECK(reread.empty());
      FUZZ_CHECK(wire_of(again) == wire);
    }
  }

  rtcerr::traceparent p;
  if (rtcerr::parse_traceparent(text, p)) {
    FUZZ_CHECK(size >= 55 && text[2] == '-');
    for (const char c : p.trace_id_view())
      FUZZ_CHECK((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    FUZZ_CHECK(p.trace_id_view().find_first_not_of('0') != std::string_view::npos);
  }
  return 0;
}
