// The JSON string reader shared by the remote-trace and problem+json readers
// (rtcerr/core/internal/json_lexer.hpp). The expectations are RFC 8259's:
//   - section 7: a string is quoted; the quotation mark, the reverse solidus
//     and U+0000 to U+001F must be escaped; the escapes are \" \\ \/ \b \f \n
//     \r \t and \u with four hex digits of either case; a character outside
//     the BMP is a UTF-16 surrogate pair, "\uD834\uDD1E" for U+1D11E;
//   - section 8.1: the text is UTF-8 (RFC 3629: no overlong forms, no
//     encoded surrogates, nothing beyond U+10FFFF);
//   - section 8.2: a lone surrogate's meaning is left open; I-JSON (RFC 7493,
//     section 2.1) forbids it, and so does the reader.
#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "rtcerr/core/internal/json_lexer.hpp"

namespace {

using rtcerr::detail::json_string_error;

struct outcome {
  json_string_error error;
  std::string decoded;
  std::size_t pos;
};

// Reads the string at the start of `text`, keeping what it decodes.
outcome read(std::string_view text) {
  outcome o{json_string_error::none, {}, 0};
  o.error = rtcerr::detail::json_read_string(text, o.pos, [&o](std::string_view s) {
    o.decoded.append(s);
    return true;
  });
  return o;
}

}  // namespace

TEST_CASE("json_lexer: plain strings and the two-character escapes") {
  CHECK(read(R"("")").decoded.empty());
  CHECK(read(R"("")").error == json_string_error::none);
  CHECK(read(R"("abc")").decoded == "abc");
  CHECK(read(R"("\"\\\/\b\f\n\r\t")").decoded == "\"\\/\b\f\n\r\t");
  // DEL (U+007F) is not a control character the RFC asks to escape.
  CHECK(read("\"a\x7F\"").decoded == "a\x7F");
  // Non-ASCII UTF-8 passes unchanged.
  CHECK(read("\"\xE6\x91\x84\xE5\x83\x8F\"").decoded == "\xE6\x91\x84\xE5\x83\x8F");
}

TEST_CASE("json_lexer: the reader stops just past the closing quote") {
  const outcome o = read(R"("ab" , "cd")");
  CHECK(o.error == json_string_error::none);
  CHECK(o.pos == 4);
  CHECK(o.decoded == "ab");
}

TEST_CASE("json_lexer: \\u escapes, \\u0000 and surrogate pairs") {
  CHECK(read(R"("\u0041")").decoded == "A");
  CHECK(read(R"("\u00e9\u00E9")").decoded == "\xC3\xA9\xC3\xA9");  // either case
  CHECK(read(R"("\u6444")").decoded == "\xE6\x91\x84");
  // U+0000 may be written escaped; it decodes to one NUL byte.
  const outcome nul = read(R"("a\u0000b")");
  CHECK(nul.error == json_string_error::none);
  CHECK(nul.decoded == std::string("a\0b", 3));
  // The RFC's own example: the G clef, U+1D11E.
  CHECK(read(R"("\uD834\uDD1E")").decoded == "\xF0\x9D\x84\x9E");
  CHECK(read(R"("\ud834\udd1e")").decoded == "\xF0\x9D\x84\x9E");
  // The largest code point, U+10FFFF.
  CHECK(read(R"("\uDBFF\uDFFF")").decoded == "\xF4\x8F\xBF\xBF");
}

TEST_CASE("json_lexer: lone surrogates are refused") {
  CHECK(read(R"("\uDC00")").error == json_string_error::unpaired_low_surrogate);
  CHECK(read(R"("\uDFFF")").error == json_string_error::unpaired_low_surrogate);
  CHECK(read(R"("\uD800")").error == json_string_error::unpaired_high_surrogate);
  CHECK(read(R"("\uD800x")").error == json_string_error::unpaired_high_surrogate);
  CHECK(read(R"("\uD800\n")").error == json_string_error::unpaired_high_surrogate);
  CHECK(read(R"("\uD800\u0041")").error == json_string_error::unpaired_high_surrogate);
  CHECK(read(R"("\uD800\uD800")").error == json_string_error::unpaired_high_surrogate);
  // A pair in the wrong order is two lone surrogates.
  CHECK(read(R"("\uDD1E\uD834")").error == json_string_error::unpaired_low_surrogate);
}

TEST_CASE("json_lexer: escapes the RFC does not list are refused") {
  for (const std::string_view text :
       {R"("\a")", R"("\x41")", R"("\'")", R"("\U0041")", R"("\0")", R"("\ ")"})
    CHECK_MESSAGE(read(text).error == json_string_error::unknown_escape, std::string(text));
  CHECK(read(R"("\u00G0")").error == json_string_error::bad_hex_digit);
  CHECK(read(R"("\u-123")").error == json_string_error::bad_hex_digit);
  CHECK(read(R"("\uD834\uDD1G")").error == json_string_error::bad_hex_digit);
}

TEST_CASE("json_lexer: raw control characters are refused, U+0000 included") {
  for (int c = 0; c < 0x20; ++c) {
    std::string text = "\"a";
    text += static_cast<char>(c);
    text += "\"";
    const outcome o = read(text);
    CHECK_MESSAGE(o.error == json_string_error::control_character, c);
    CHECK(o.pos == 2);  // at the offending byte
  }
}

TEST_CASE("json_lexer: text that is not UTF-8 is refused") {
  for (const std::string_view text : {
           "\"\xFF\"",              // never in UTF-8
           "\"\x80\"",              // a continuation byte alone
           "\"\xC0\xAF\"",          // an overlong '/'
           "\"\xE0\x80\xAF\"",      // an overlong '/', three bytes
           "\"\xED\xA0\x80\"",      // U+D800 encoded
           "\"\xF4\x90\x80\x80\"",  // beyond U+10FFFF
           "\"\xE6\x91\"",          // a sequence cut short
       })
    CHECK(read(text).error == json_string_error::invalid_utf8);
}

TEST_CASE("json_lexer: truncated input") {
  CHECK(read("").error == json_string_error::not_a_string);
  CHECK(read("abc").error == json_string_error::not_a_string);
  CHECK(read(" \"a\"").error == json_string_error::not_a_string);  // whitespace is the caller's
  CHECK(read("\"").error == json_string_error::unterminated);
  CHECK(read(R"("abc)").error == json_string_error::unterminated);
  CHECK(read(R"("abc\)").error == json_string_error::unterminated);
  CHECK(read(R"("abc\")").error == json_string_error::unterminated);  // the quote is escaped
  CHECK(read(R"("\u)").error == json_string_error::truncated_unicode_escape);
  CHECK(read(R"("\u12)").error == json_string_error::truncated_unicode_escape);
  CHECK(read(R"("\uD834\u)").error == json_string_error::truncated_unicode_escape);
  CHECK(read(R"("\uD834\uDD1)").error == json_string_error::truncated_unicode_escape);
  // A high surrogate at the end has no low one after it.
  CHECK(read(R"("\uD834)").error == json_string_error::unpaired_high_surrogate);
  CHECK(read(R"("\uD834\)").error == json_string_error::unpaired_high_surrogate);
  // A multi-byte character cut by the end of the input.
  CHECK(read("\"\xE6\x91").error == json_string_error::invalid_utf8);
}

TEST_CASE("json_lexer: the sink may refuse, and the discarding sink keeps nothing") {
  std::size_t pos = 0;
  int pieces = 0;
  const auto refuse_second = [&pieces](std::string_view) { return ++pieces < 2; };
  CHECK(rtcerr::detail::json_read_string(R"("a\nb")", pos, refuse_second) ==
        json_string_error::refused_by_sink);
  CHECK(pos == 2);  // at the escape refused
  pos = 0;
  CHECK(rtcerr::detail::json_read_string(R"("a\u0041")", pos, rtcerr::detail::json_discard) ==
        json_string_error::none);
  CHECK(pos == 9);
}

TEST_CASE("json_lexer: whitespace is space, tab, line feed and carriage return") {
  std::size_t pos = 0;
  rtcerr::detail::json_skip_space(" \t\n\r x", pos);
  CHECK(pos == 5);
  pos = 0;
  rtcerr::detail::json_skip_space("\f\v x", pos);  // not JSON whitespace
  CHECK(pos == 0);
  pos = 0;
  rtcerr::detail::json_skip_space("   ", pos);
  CHECK(pos == 3);
}
