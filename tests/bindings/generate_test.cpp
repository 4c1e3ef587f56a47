// The building blocks of `rtcerr generate`: names in each language's
// convention, string literals escaped for each language, comments that
// cannot be broken out of, the catalogue fingerprint, and the command's
// handling of bad input. (Each language's whole output is compiled and run
// by its real toolchain in bindings/run_check.py.)
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "generate.hpp"
#include "rtcerr/fingerprint.hpp"

using namespace rtcerr::cli;

TEST_CASE("names follow each language's convention") {
  CHECK(pascal_case("stream_data_timeout") == "StreamDataTimeout");
  CHECK(camel_case("stream_data_timeout") == "streamDataTimeout");
  CHECK(upper_snake("stream_data_timeout") == "STREAM_DATA_TIMEOUT");
  CHECK(pascal_case("success") == "Success");
  CHECK(camel_case("success") == "success");
  CHECK(pascal_case("audio_2_failed") == "Audio2Failed");
  model_code code;
  code.name = "invalid_argument";
  CHECK(qualified_name(code) == "invalid_argument");
  code.domain = "gateway";
  CHECK(qualified_name(code) == "gateway_invalid_argument");
}

TEST_CASE("quotes, backslashes and control characters use the common escapes") {
  for (const unicode_escape style : {unicode_escape::utf16_units, unicode_escape::u_and_big_u,
                                     unicode_escape::braced, unicode_escape::octal_bytes}) {
    CHECK(string_literal_body("a\"b\\c", style) == "a\\\"b\\\\c");
    CHECK(string_literal_body("l1\nl2\r\tx", style) == "l1\\nl2\\r\\tx");
    CHECK(string_literal_body("plain ASCII 'ok' {} $", style) == "plain ASCII 'ok' {} $");
  }
}

TEST_CASE("non-ASCII characters use each language's form") {
  const std::string text = "成\x01😀";  // U+6210, U+0001, U+1F600
  CHECK(string_literal_body(text, unicode_escape::utf16_units) == "\\u6210\\u0001\\uD83D\\uDE00");
  CHECK(string_literal_body(text, unicode_escape::u_and_big_u) == "\\u6210\\u0001\\U0001F600");
  CHECK(string_literal_body(text, unicode_escape::braced) == "\\u{6210}\\u{0001}\\u{01F600}");
  CHECK(string_literal_body(text, unicode_escape::octal_bytes) ==
        "\\346\\210\\220\\001\\360\\237\\230\\200");
  CHECK(string_literal_body("\x7f", unicode_escape::utf16_units) == "\\u007F");
}

TEST_CASE("characters a language interpolates are escaped where asked") {
  CHECK(string_literal_body("${x} $y", unicode_escape::utf16_units, "$") == "\\${x} \\$y");
  CHECK(string_literal_body("?\?/ ?", unicode_escape::octal_bytes, "?") == "\\?\\?/ \\?");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD rather than a broken literal") {
  CHECK(string_literal_body("a\xff"
                            "b",
                            unicode_escape::u_and_big_u) == "a\\uFFFDb");
  CHECK(string_literal_body("\xe6\x88", unicode_escape::utf16_units) == "\\uFFFD\\uFFFD");
}

TEST_CASE("comment text cannot end or open a comment, nor start a Java unicode escape") {
  CHECK(comment_text("a */ b /* c") == "a * / b / * c");
  CHECK(comment_text("x\\u000a y") == "x/u000a y");
  CHECK(comment_text("line\nnext 成") == "line?next ?");
}

TEST_CASE("the header says generated, do not edit, with version and fingerprint") {
  catalogue_model model;
  model.version = "1.2.3";
  model.fingerprint = "0123456789abcdef";
  const std::string header = generated_header(model, "# ", "title");
  CHECK(header.find("# title\n#\n") == 0);
  CHECK(header.find("Do not edit") != std::string::npos);
  CHECK(header.find("Catalogue version 1.2.3, fingerprint 0123456789abcdef.") != std::string::npos);
}

TEST_CASE("the model carries the catalogue's fingerprint") {
  const catalogue_model model = registry_model();
  CHECK(model.fingerprint == rtcerr::catalogue_fingerprint_hex);
  CHECK(model.fingerprint.size() == 16);
}

TEST_CASE("the model holds every catalogue code once, success first") {
  const catalogue_model model = registry_model();
  CHECK(model.codes.front().value == 0);
  CHECK(model.codes.front().domain.empty());
  CHECK(model.domains.size() == 4);
  CHECK(model.conditions.back() == "unknown");
  CHECK(model.retries == std::vector<std::string>{"never", "backoff", "refresh_credentials"});
  bool found = false;
  for (const model_code& c : model.codes)
    if (c.value == 606000006) {
      found = true;
      CHECK(c.domain == "gateway");
      CHECK(c.retry == "backoff");
      CHECK(c.http_status == 503);
      CHECK(c.grpc_code == 14);  // UNAVAILABLE
    }
  CHECK(found);
}

TEST_CASE("every language writes its source with the header first, then its package files") {
  const catalogue_model model = registry_model();
  CHECK(language_generators().size() == 10);
  for (const language_generator& g : language_generators()) {
    CAPTURE(g.name);
    const std::vector<generated_file> files = g.generate(model);
    REQUIRE(!files.empty());
    CHECK(files[0].text.find(model.fingerprint) != std::string::npos);
    bool ascii = true;
    for (const generated_file& f : files)
      for (const char c : f.text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    CHECK(ascii);
    // A package manifest names the version (the C header and the proto file
    // are not packages).
    bool versioned = false;
    for (std::size_t i = 1; i < files.size(); ++i)
      versioned = versioned || files[i].text.find(model.version) != std::string::npos;
    const std::vector<std::string_view> packaged{"typescript", "python", "go",    "java",
                                                 "csharp",     "kotlin", "swift", "dart"};
    CHECK(versioned == (std::find(packaged.begin(), packaged.end(), g.name) != packaged.end()));
    CHECK(find_language_generator(g.name) == &g);
  }
  CHECK(find_language_generator("rust") == nullptr);
}

TEST_CASE("rtcerr generate reports bad input with exit status 2") {
  std::ostringstream out, err;
  CHECK(run_generate("cobol", "-", {}, out, err) == 2);
  CHECK(err.str().find("unknown language 'cobol'; expected one of typescript,") !=
        std::string::npos);
  CHECK(out.str().empty());

  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "rtcerr_generate_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a_file") << "x";
  err.str("");
  CHECK(run_generate("c", (dir / "a_file" / "sub").string(), {}, out, err) == 2);
  CHECK(err.str().find("cannot create directory") != std::string::npos);

  err.str("");
  CHECK(run_generate("python", "", {}, out, err) == 2);
  CHECK(err.str().find("--out needs a directory") != std::string::npos);

  // Success: the package appears, nothing else is left behind.
  CHECK(run_generate("python", (dir / "out").string(), {}, out, err) == 0);
  CHECK(std::filesystem::exists(dir / "out" / "rtcerr_codes" / "__init__.py"));
  CHECK(std::filesystem::exists(dir / "out" / "rtcerr_codes" / "grpc_status.py"));
  CHECK(std::filesystem::exists(dir / "out" / "rtcerr_codes" / "py.typed"));
  CHECK(std::filesystem::exists(dir / "out" / "pyproject.toml"));
  CHECK(std::distance(std::filesystem::recursive_directory_iterator(dir / "out"),
                      std::filesystem::recursive_directory_iterator{}) == 5);
  // `--out -` prints the source file alone.
  std::ostringstream printed;
  CHECK(run_generate("python", "-", {}, printed, err) == 0);
  std::ifstream written(dir / "out" / "rtcerr_codes" / "__init__.py", std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(written)), {});
  CHECK(printed.str() == text);
  std::filesystem::remove_all(dir);
}

TEST_CASE("generate options: defaults per language, and names a language would reject refused") {
  const catalogue_model model = registry_model();
  const language_generator& java = *find_language_generator("java");
  const generate_options defaults = java.with_defaults({}, model);
  CHECK(defaults.package == "io.rtcerr:rtcerr-codes");
  CHECK(defaults.name_space == "io.rtcerr.codes");
  CHECK(defaults.prefix == "Rtc");
  CHECK(defaults.version == model.version);
  generate_options none;
  none.prefix = "";
  CHECK(java.with_defaults(none, model).prefix == "");  // "" is a choice, not "unset"

  const auto problem = [](std::string_view lang, generate_options o) {
    return options_problem(*find_language_generator(lang), o);
  };
  CHECK(problem("java", {"com.vendor:rtc-errors", "com.vendor.rtc", "V", "2.0.1"}).empty());
  CHECK(problem("java", {"com.vendor", {}, {}, {}}).find("groupId:artifactId") !=
        std::string::npos);
  CHECK(problem("java", {{}, "com.vendor.", {}, {}}).find("dotted name") != std::string::npos);
  CHECK(problem("typescript", {"@vendor/rtc-errors", {}, {}, {}}).empty());
  CHECK(!problem("typescript", {"@Vendor/Rtc", {}, {}, {}}).empty());
  CHECK(!problem("typescript", {"x\"; evil", {}, {}, {}}).empty());
  CHECK(problem("go", {"example.com/vendor/rtcerr", "rtcerr", {}, {}}).empty());
  CHECK(!problem("go", {{}, "two.words", {}, {}}).empty());
  CHECK(!problem("python", {{}, "rtc-errors", {}, {}}).empty());
  CHECK(!problem("dart", {"RtcErrors", {}, {}, {}}).empty());
  CHECK(problem("c", {"anything", {}, {}, {}}).find("does not apply to c") != std::string::npos);
  CHECK(problem("csharp", {{}, {}, "rtc", {}}).find("--prefix") != std::string::npos);
  CHECK(problem("csharp", {{}, {}, {}, "v1"}).find("--version") != std::string::npos);
}

TEST_CASE("--prefix and --namespace reach the type names and the package layout") {
  const catalogue_model model = registry_model();
  generate_options acme{"com.acme:acme-rtc", "com.acme.rtc", "Acme", "3.1.4"};
  const auto text_of = [&](std::string_view lang, const generate_options& options) {
    std::string all;
    for (const generated_file& f : find_language_generator(lang)->generate(model, options))
      all += "== " + f.path + "\n" + f.text;
    return all;
  };
  const std::string java = text_of("java", acme);
  CHECK(java.find("== src/main/java/com/acme/rtc/AcmeErrors.java\n") != std::string::npos);
  CHECK(java.find("package com.acme.rtc;") != std::string::npos);
  CHECK(java.find("<groupId>com.acme</groupId>") != std::string::npos);
  CHECK(java.find("<artifactId>acme-rtc</artifactId>") != std::string::npos);
  CHECK(java.find("<version>3.1.4</version>") != std::string::npos);
  CHECK(java.find("RtcErrors") == std::string::npos);

  const std::string csharp = text_of("csharp", {"Acme.Rtc", "Acme.Rtc", "Acme", "3.1.4"});
  CHECK(csharp.find("== AcmeErrors.cs\n") != std::string::npos);
  CHECK(csharp.find("namespace Acme.Rtc\n") != std::string::npos);
  CHECK(csharp.find("public enum AcmeErrorCode") != std::string::npos);
  CHECK(csharp.find("<PackageId>Acme.Rtc</PackageId>") != std::string::npos);
  CHECK(csharp.find("Rtc"
                    "ErrorCode") == std::string::npos);
  generate_options bare;
  bare.prefix = "";
  CHECK(text_of("csharp", bare).find("public enum ErrorCode\n") != std::string::npos);

  const std::string go = text_of("go", {"example.com/acme/rtc", "rtc", {}, {}});
  CHECK(go.find("module example.com/acme/rtc\n") != std::string::npos);
  CHECK(go.find("\npackage rtc\n") != std::string::npos);

  const std::string python = text_of("python", {"acme-rtc", "acme_rtc", {}, "3.1.4"});
  CHECK(python.find("== acme_rtc/__init__.py\n") != std::string::npos);
  CHECK(python.find("== acme_rtc/py.typed\n") != std::string::npos);
  CHECK(python.find("name = \"acme-rtc\"") != std::string::npos);
  CHECK(python.find("packages = [\"acme_rtc\"]") != std::string::npos);

  const std::string ts = text_of("typescript", {"@acme/rtc-errors", {}, {}, "3.1.4"});
  CHECK(ts.find("\"name\": \"@acme/rtc-errors\"") != std::string::npos);
  CHECK(ts.find("\"version\": \"3.1.4\"") != std::string::npos);
}
