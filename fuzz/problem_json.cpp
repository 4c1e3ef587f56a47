// Fuzzes problem+json both ways: rtcerr::parse_problem_json on any body a
// server might send, and rtcerr::problem_json on any text a caller passes.
//
// Properties, for any bytes:
//   - the reader returns details or a one-line reason, never both, and never
//     crashes or reads out of bounds (ASan);
//   - what it accepts survives a rewrite: problem_json of the parsed code,
//     detail and instance reads back to the same values;
//   - the writer, given the bytes as detail and instance, produces a body the
//     reader accepts, with the same code and those strings back unchanged
//     when they were valid UTF-8, and only printable ASCII or UTF-8 in it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "rtcerr/problem_json.hpp"
#include "utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  const rtcerr::parsed_problem parsed = rtcerr::parse_problem_json(text);
  FUZZ_CHECK(parsed.details.has_value() == parsed.reason.empty());
  FUZZ_CHECK(parsed.reason.find('\n') == std::string::npos);
  if (parsed) {
    const rtcerr::problem_details& d = *parsed.details;
    FUZZ_CHECK(d.status == 0 || (d.status >= 100 && d.status <= 599));
    const std::string again =
        rtcerr::problem_json(d.error, {.detail = d.detail, .instance = d.instance});
    const rtcerr::parsed_problem reread = rtcerr::parse_problem_json(again);
    FUZZ_CHECK(reread);
    FUZZ_CHECK(reread.details->error == d.error);
    FUZZ_CHECK(reread.details->detail == d.detail);
    FUZZ_CHECK(reread.details->instance == d.instance);
  }

  // The bytes as caller input; the first four also choose the code.
  std::uint32_t raw = 0;
  for (std::size_t i = 0; i < size && i < 4; ++i) raw |= std::uint32_t{data[i]} << (8 * i);
  const auto e = rtcerr::error::from_wire(static_cast<std::int32_t>(raw));
  const std::string body = rtcerr::problem_json(e, {.detail = text, .instance = text});
  for (const char c : body) FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20);
  FUZZ_CHECK(rtcerr_fuzz::is_valid_utf8(body));
  const rtcerr::parsed_problem back = rtcerr::parse_problem_json(body);
  FUZZ_CHECK(back);
  FUZZ_CHECK(back.details->error == e);
  FUZZ_CHECK(back.details->status == rtcerr::response_status(e));
  if (rtcerr_fuzz::is_valid_utf8(text)) {
    FUZZ_CHECK(back.details->detail == text);
    FUZZ_CHECK(back.details->instance == text);
  }
  return 0;
}
