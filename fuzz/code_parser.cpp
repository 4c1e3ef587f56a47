// Fuzzes the CLI's parser of codes, `rtcerr::cli::parse_code_argument`, and
// what `rtcerr explain` prints for what it returns.
//
// The input is the argument as typed. For any bytes, the parser returns
// either codes or a problem, never both; a problem is one short printable
// line; a number it accepts round-trips through its decimal form; a name
// gives only codes of that name.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "catalogue_export.hpp"
#include "code_parser.hpp"
#include "fuzz_check.hpp"
#include "text_file.hpp"
#include "utf8.hpp"

namespace {

// Safe on a terminal: valid UTF-8 (checked independently) without C0
// control characters or DEL.
bool is_printable(std::string_view s) {
  for (const char c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return false;
  return rtcerr_fuzz::is_valid_utf8(s);
}

bool is_decimal(std::string_view s) {
  if (!s.empty() && s.front() == '-') s.remove_prefix(1);
  if (s.empty()) return false;
  for (const char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  const std::string shown = rtcerr::cli::visible(text, 60);
  FUZZ_CHECK(is_printable(shown));
  FUZZ_CHECK(shown.size() <= 4 * 60 + 3 + 3);

  const rtcerr::cli::parsed_argument parsed = rtcerr::cli::parse_code_argument(text);
  if (!parsed.problem.empty()) {
    FUZZ_CHECK(parsed.codes.empty());
    FUZZ_CHECK(is_printable(parsed.problem));
    FUZZ_CHECK(parsed.problem.size() < 400);
    return 0;
  }

  if (parsed.is_number) {
    FUZZ_CHECK(is_decimal(text));
    FUZZ_CHECK(parsed.codes.size() == 1);
    const rtcerr::error e = parsed.codes.front();
    const auto again = rtcerr::cli::parse_code_argument(std::to_string(e.value()));
    FUZZ_CHECK(again.problem.empty() && again.codes.size() == 1 && again.codes[0] == e);
    FUZZ_CHECK(!rtcerr::cli::explain(e).empty());
    FUZZ_CHECK(rtcerr::cli::to_json(e).at("code") == e.value());
    return 0;
  }

  // A name, bare or qualified: every code found carries that name.
  const std::string_view name = text.substr(text.find('.') + 1);  // npos + 1 == 0
  for (const rtcerr::error e : parsed.codes) {
    FUZZ_CHECK(e.name() == name);
    FUZZ_CHECK(!rtcerr::cli::explain(e).empty());
  }
  return 0;
}
