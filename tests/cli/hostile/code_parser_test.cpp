// Hostile input to the CLI's code parser, called directly.
//
// `rtcerr::cli::parse_code_argument` is what turns a person's (or a script's)
// text into codes. Whatever it is given, it must return: either codes, or a
// `problem` that is short, printable and says what is wrong. It never throws,
// never reads past the text, and never echoes raw bytes back to a terminal.
#include <doctest/doctest.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "code_parser.hpp"
#include "rtcerr/wire.hpp"
#include "text_file.hpp"

using rtcerr::cli::parse_code_argument;

namespace {

// A problem message is shown on a terminal: one line of valid UTF-8 (as
// nlohmann::json, an independent validator, sees it) without control
// characters or DEL. Valid UTF-8 from the argument is kept, not escaped.
bool is_printable_line(std::string_view s) {
  for (const char c : s) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) return false;
  }
  std::string quoted = "\"";
  for (const char c : s) quoted += (c == '"' || c == '\\') ? ' ' : c;
  return !nlohmann::json::parse(quoted + "\"", nullptr, false).is_discarded();
}

// Checks that `text` is refused with a message containing `expected`.
void check_refused(std::string_view text, std::string_view expected) {
  CAPTURE(rtcerr::cli::visible(text));
  const rtcerr::cli::parsed_argument parsed = parse_code_argument(text);
  CHECK(parsed.codes.empty());
  CHECK_FALSE(parsed.is_number);
  CHECK(parsed.problem.find(expected) != std::string::npos);
  CHECK(is_printable_line(parsed.problem));
  CHECK(parsed.problem.size() < 400);  // the text is cut, whatever its length
}

}  // namespace

TEST_CASE("well-formed arguments are accepted (so that refusals below mean something)") {
  const auto number = parse_code_argument("605030046");
  CHECK(number.problem.empty());
  CHECK(number.is_number);
  REQUIRE(number.codes.size() == 1);
  CHECK(number.codes[0].value() == 605030046);

  const auto negative = parse_code_argument("-2147483648");
  CHECK(negative.problem.empty());
  REQUIRE(negative.codes.size() == 1);
  CHECK(negative.codes[0].value() == INT32_MIN);

  const auto qualified = parse_code_argument("recording.stream_data_timeout");
  CHECK(qualified.problem.empty());
  REQUIRE(qualified.codes.size() == 1);
  CHECK(qualified.codes[0].value() == 605030046);

  const auto unknown_name = parse_code_argument("no_such_code");
  CHECK(unknown_name.problem.empty());  // well-formed, just not in the catalogue
  CHECK(unknown_name.codes.empty());
}

TEST_CASE("empty, signed, hexadecimal and non-numeric text is refused") {
  check_refused("", "empty argument");
  check_refused("+5", "is not a decimal code");
  check_refused("-", "is not a decimal code");
  check_refused("--5", "is not a decimal code");
  check_refused("-+5", "is not a decimal code");
  check_refused("0x23B0E26E", "hexadecimal");
  check_refused("0X1", "hexadecimal");
  check_refused("1e3", "is not a decimal code");
  check_refused("1.5", "is not a decimal code");
  check_refused("hello!", "is neither a decimal code nor a name");
  check_refused("Token_Expired", "is neither a decimal code nor a name");
}

TEST_CASE("numbers beyond int32 and int64 are refused, not wrapped") {
  check_refused("2147483648", "out of range");
  check_refused("-2147483649", "out of range");
  check_refused("4294967296", "out of range");  // would wrap to 0
  check_refused("4900001006", "out of range");  // would wrap to 605033710
  check_refused("9223372036854775807", "out of range");
  check_refused("9223372036854775808", "out of range");
  check_refused("-9223372036854775809", "out of range");
  check_refused("99999999999999999999999999999999", "out of range");
}

TEST_CASE("whitespace and trailing garbage are refused") {
  check_refused(" 605030046", "whitespace");
  check_refused("605030046 ", "whitespace");
  check_refused("\t1", "whitespace");
  check_refused("605030046abc", "is not a decimal code");
  check_refused("1\n", "is not a decimal code");
  check_refused("1 2", "is not a decimal code");
  check_refused(std::string_view("1\0"
                                 "2",
                                 3),
                "is not a decimal code");
}

TEST_CASE("names with a malformed domain part are refused") {
  check_refused(".token_expired", "is neither a decimal code nor a name");
  check_refused("engine.", "is neither a decimal code nor a name");
  check_refused(".", "is neither a decimal code nor a name");
  check_refused("a.b.c", "is neither a decimal code nor a name");
  check_refused("nosuch.token_expired", "'nosuch' is not a domain");
  check_refused("unknown.token_expired", "'unknown' is not a domain");
}

TEST_CASE("very long arguments are refused with a short message") {
  check_refused(std::string(100'000, '9'), "argument too long (100000 bytes)");
  check_refused(std::string(100'000, 'a'), "argument too long (100000 bytes)");
  check_refused(std::string(100'000, '\xff'), "argument too long (100000 bytes)");
}

TEST_CASE("valid UTF-8 is shown as it is, not as \\x escapes") {
  check_refused("非法参数", "'非法参数' is neither a decimal code nor a name");
}

TEST_CASE("invalid UTF-8 and control bytes are refused and escaped in the message") {
  check_refused("\xff\xfe\xc3", "'\\xff\\xfe\\xc3' is neither");
  check_refused("\x1b[31m", "'\\x1b[31m' is neither");
  check_refused("engine.\xc3", "is neither a decimal code nor a name");
  check_refused("\xc3.token_expired", "'\\xc3' is not a domain");
}

TEST_CASE("no byte string of length 1 or 2 makes the parser misbehave") {
  // Every such string either parses or yields a printable problem; none throws.
  int refused = 0;
  for (int a = 0; a < 256; ++a) {
    for (int b = -1; b < 256; ++b) {
      std::string text(1, static_cast<char>(a));
      if (b >= 0) text += static_cast<char>(b);
      const auto parsed = parse_code_argument(text);
      if (!parsed.problem.empty()) {
        ++refused;
        if (!parsed.codes.empty() || !is_printable_line(parsed.problem)) {
          FAIL("bad refusal of '" << rtcerr::cli::visible(text) << "'");
        }
      }
    }
  }
  CHECK(refused > 60000);  // nearly all of the 65 792 strings are not codes or names
}

TEST_CASE("the CLI takes what rtcerr::parse_code takes, and a shared name from every domain") {
  // Every catalogue code, by number and by qualified name, gives exactly the
  // error the library's parser gives.
  for (const rtcerr::domain_info& d : rtcerr::registry::domains)
    for (const rtcerr::code_info& c : d.codes) {
      const std::string number = std::to_string(c.value);
      const std::string qualified = std::string(d.name) + "." + std::string(c.name);
      for (const std::string& text : {number, qualified}) {
        const auto parsed = parse_code_argument(text);
        const std::optional<rtcerr::error> expected = rtcerr::parse_code(text);
        REQUIRE(expected.has_value());
        CHECK_MESSAGE(parsed.problem.empty(), text);
        REQUIRE_MESSAGE(parsed.codes.size() == 1, text);
        CHECK_MESSAGE(parsed.codes[0] == *expected, text);
      }
    }

  // A name several domains share: the library refuses it unqualified, the
  // CLI explains each domain's code, in the registry's order.
  CHECK_FALSE(rtcerr::parse_code("authentication_failed").has_value());
  const auto shared = parse_code_argument("authentication_failed");
  CHECK(shared.problem.empty());
  REQUIRE(shared.codes.size() == 3);
  CHECK(shared.codes[0].value() == 32);
  CHECK(shared.codes[1].value() == 605030028);
  CHECK(shared.codes[2].value() == 606000000);
}

TEST_CASE("decimal text is an optional minus and digits, nothing else") {
  using rtcerr::cli::is_decimal_text;
  CHECK(is_decimal_text("0"));
  CHECK(is_decimal_text("-5"));
  CHECK(is_decimal_text("99999999999999999999"));  // a number, if not a code
  CHECK_FALSE(is_decimal_text(""));
  CHECK_FALSE(is_decimal_text("-"));
  CHECK_FALSE(is_decimal_text("+5"));
  CHECK_FALSE(is_decimal_text("--5"));
  CHECK_FALSE(is_decimal_text("5 "));
  CHECK_FALSE(is_decimal_text("1.5"));
  CHECK_FALSE(is_decimal_text("0x1"));
  CHECK_FALSE(is_decimal_text("stream_data_timeout"));
}
