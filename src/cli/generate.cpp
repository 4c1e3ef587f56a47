// The parts every generator shares: the model read from the registry, the
// names, string escapes, the header, and writing the files.
#include "generate.hpp"

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <system_error>

#include "model_of.hpp"
#include "rtcerr/core/grpc_code.hpp"
#include "rtcerr/fingerprint.hpp"
#include "rtcerr/registry.hpp"
#include "rtcerr/version.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

constexpr std::array<language_generator, 10> generators{{
    {"typescript", "TypeScript", "an npm package: src/index.ts, package.json, tsconfig.json",
     "@rtcerr/codes", "", generate_typescript, typescript_constant},
    {"java", "Java", "a Maven package: RtcErrors.java under src/main/java, pom.xml",
     "io.rtcerr:rtcerr-codes", "io.rtcerr.codes", generate_java, java_constant},
    {"kotlin", "Kotlin", "a Maven package: RtcErrors.kt under src/main/kotlin, pom.xml",
     "io.rtcerr:rtcerr-codes-kotlin", "io.rtcerr.codes", generate_kotlin, kotlin_constant},
    {"swift", "Swift", "a Swift package: Sources/RtcErrors/RtcErrors.swift, Package.swift",
     "RtcErrors", "", generate_swift, swift_constant},
    {"dart", "Dart", "a pub package: lib/rtcerr_codes.dart, pubspec.yaml", "rtcerr_codes", "",
     generate_dart, dart_constant},
    {"csharp", "C#", "a .NET project: RtcErrors.cs, a .csproj", "Rtcerr.Codes", "Rtcerr.Codes",
     generate_csharp, csharp_constant},
    {"python", "Python", "a Python package: rtcerr_codes/__init__.py, py.typed, pyproject.toml",
     "rtcerr-codes", "rtcerr_codes", generate_python, python_constant},
    {"go", "Go", "a Go module: rtcerr_codes.go, go.mod", "rtcerr.io/rtcerr", "rtcerr", generate_go,
     go_constant},
    {"proto", "Protocol Buffers",
     "rtcerr/v1/error_codes.proto: an enum whose values carry every field as options",
     "rtcerr.io/rtcerr/rtcerrv1", "rtcerr.v1", generate_proto, proto_constant},
    {"c", "C", "rtcerr_codes.h: C11 constants and a static table with rtcerr_codes_lookup()", "",
     "", generate_c, c_constant},
}};

bool identifier(std::string_view s) {
  if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
  for (const char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
      return false;
  return true;
}

// Identifiers joined by `separator` ("io.rtcerr.codes").
bool dotted(std::string_view s, char separator = '.') {
  for (std::size_t start = 0;;) {
    const std::size_t end = s.find(separator, start);
    if (!identifier(s.substr(start, end - start))) return false;
    if (end == std::string_view::npos) return true;
    start = end + 1;
  }
}

// Letters, digits and `extra`, not empty.
bool made_of(std::string_view s, std::string_view extra) {
  if (s.empty()) return false;
  for (const char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          extra.find(c) != std::string_view::npos))
      return false;
  return true;
}

std::string upper_hex(std::uint32_t value, int digits) {
  char buffer[16] = {};
  return std::string(
      rtcerr::detail::hex_digits(value, static_cast<std::size_t>(digits), buffer, true));
}

// Decodes the UTF-8 character at text[at] and advances `at`. Invalid bytes
// decode as U+FFFD, one byte at a time.
char32_t next_code_point(std::string_view text, std::size_t& at) {
  const std::size_t length = utf8_sequence_length(text, at);
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  char32_t cp = 0xFFFD;
  switch (length) {
    case 1: cp = byte(0); break;
    case 2: cp = ((byte(0) & 0x1Fu) << 6) | (byte(1) & 0x3Fu); break;
    case 3: cp = ((byte(0) & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu); break;
    case 4:
      cp = ((byte(0) & 0x07u) << 18) | ((byte(1) & 0x3Fu) << 12) | ((byte(2) & 0x3Fu) << 6) |
           (byte(3) & 0x3Fu);
      break;
    default: break;
  }
  at += length == 0 ? 1 : length;
  return cp;
}

void append_escape(std::string& out, char32_t cp, unicode_escape style) {
  switch (style) {
    case unicode_escape::utf16_units:
      if (cp >= 0x10000) {
        const char32_t v = cp - 0x10000;
        out += "\\u" + upper_hex(static_cast<std::uint32_t>(0xD800 + (v >> 10)), 4);
        out += "\\u" + upper_hex(static_cast<std::uint32_t>(0xDC00 + (v & 0x3FF)), 4);
      } else {
        out += "\\u" + upper_hex(static_cast<std::uint32_t>(cp), 4);
      }
      return;
    case unicode_escape::u_and_big_u:
      if (cp >= 0x10000)
        out += "\\U" + upper_hex(static_cast<std::uint32_t>(cp), 8);
      else
        out += "\\u" + upper_hex(static_cast<std::uint32_t>(cp), 4);
      return;
    case unicode_escape::braced:
      out += "\\u{" + upper_hex(static_cast<std::uint32_t>(cp), cp >= 0x10000 ? 6 : 4) + "}";
      return;
    case unicode_escape::octal_bytes: {
      char buffer[4] = {};
      for (const char b : rtcerr::detail::utf8_encoded(cp, buffer)) {
        const auto v = static_cast<unsigned char>(b);
        out += '\\';
        out += static_cast<char>('0' + ((v >> 6) & 7));
        out += static_cast<char>('0' + ((v >> 3) & 7));
        out += static_cast<char>('0' + (v & 7));
      }
      return;
    }
  }
}

// Writes `text` to `path` through a temporary file in the same directory
// and a rename, so that a failed write never leaves a half file behind.
bool write_file(const std::filesystem::path& path, std::string_view text, std::string& problem) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) {
    problem =
        "cannot create directory " + cli::quoted(path.parent_path().string()) + ": " + ec.message();
    return false;
  }
  std::filesystem::path temporary = path;
  temporary += ".tmp";
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file) {
      problem = "cannot write " + cli::quoted(path.string()) + ": cannot create the file";
      return false;
    }
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    file.close();
    if (!file) {
      std::filesystem::remove(temporary, ec);
      problem = "cannot write " + cli::quoted(path.string()) + ": write error";
      return false;
    }
  }
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    problem = "cannot write " + cli::quoted(path.string()) + ": " + ec.message();
    return false;
  }
  return true;
}

}  // namespace

catalogue_model empty_model() {
  catalogue_model model;
  model.version = RTCERR_VERSION_STRING;
  model.unknown_message_zh = unknown_code_message_zh;
  model.unknown_message_en = unknown_code_message_en;
  model.locales = {{"zh", &model_code::message_zh, &model_code::hint_zh,
                    &model_domain::unknown_message_zh, &catalogue_model::unknown_message_zh},
                   {"en", &model_code::message_en, &model_code::hint_en,
                    &model_domain::unknown_message_en, &catalogue_model::unknown_message_en}};
  model.unknown_grpc_code = static_cast<int>(grpc_number(grpc_code::unknown));
  for (std::size_t i = 0; i < condition_count; ++i)
    model.conditions.emplace_back(to_string(static_cast<condition>(i)));
  for (std::size_t i = 0; i < retry_count; ++i)
    model.retries.emplace_back(to_string(static_cast<retry>(i)));
  return model;
}

catalogue_model registry_model() {
  catalogue_model model = model_of<registry>();
  // The stated fingerprint, which the library checks is fingerprint_of<registry>().
  model.fingerprint = std::string(catalogue_fingerprint_hex);
  return model;
}

std::string qualified_name(const model_code& code) {
  return code.domain.empty() ? code.name : code.domain + "_" + code.name;
}

std::string pascal_case(std::string_view snake) {
  std::string out;
  bool start = true;
  for (const char c : snake) {
    if (c == '_') {
      start = true;
    } else {
      out += start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      start = false;
    }
  }
  return out;
}

std::string camel_case(std::string_view snake) {
  std::string out = pascal_case(snake);
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z')
    out[0] = static_cast<char>(out[0] - 'A' + 'a');
  return out;
}

std::string upper_snake(std::string_view snake) {
  std::string out(snake);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string string_literal_body(std::string_view text, unicode_escape style,
                                std::string_view also_escape) {
  std::string out;
  out.reserve(text.size() * 2);
  std::size_t at = 0;
  while (at < text.size()) {
    const char32_t cp = next_code_point(text, at);
    if (cp == '\\' || cp == '"') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp < 0x20 || cp >= 0x7F) {
      append_escape(out, cp, style);
    } else {
      if (also_escape.find(static_cast<char>(cp)) != std::string_view::npos) out += '\\';
      out += static_cast<char>(cp);
    }
  }
  return out;
}

std::string comment_text(std::string_view text) {
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    const char32_t cp = next_code_point(text, at);
    // A backslash could start a Java \u escape, which javac decodes even
    // inside comments (\u000a would end the comment line).
    const char c = cp < 0x20 || cp >= 0x7F ? '?' : cp == '\\' ? '/' : static_cast<char>(cp);
    // Neither "*/" (ends a block comment) nor "/*" (gcc's -Wcomment).
    if ((c == '/' && !out.empty() && out.back() == '*') ||
        (c == '*' && !out.empty() && out.back() == '/'))
      out += ' ';
    out += c;
  }
  return out;
}

std::string generated_header(const catalogue_model& model, std::string_view prefix,
                             std::string_view first_line) {
  std::string out;
  const auto line = [&](std::string_view text) {
    out.append(prefix).append(text);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += '\n';
  };
  line(first_line);
  line("");
  line("Generated by `rtcerr generate` from the rtcerr error catalogue. Do not edit:");
  line("regenerate it (see bindings/README.md in the rtcerr repository).");
  line("Catalogue version " + model.version + ", fingerprint " + model.fingerprint + ".");
  return out;
}

std::string literal_syntax::operator()(std::string_view text) const {
  return cli::quoted(string_literal_body(text, escape, also_escape), '"');
}

std::string literal_syntax::number_or_none(int value) const {
  if (value == 0) return std::string(none);
  return some.empty() ? std::to_string(value)
                      : std::string(some) + "(" + std::to_string(value) + ")";
}

std::string problem_member(const model_locale& locale) {
  return locale.tag == "en" ? std::string("title") : "message_" + locale.tag;
}

std::string unknown_messages(const catalogue_model& model, const model_domain& domain,
                             const literal_syntax& lit) {
  return joined(model.locales, ", ",
                [&](const model_locale& l) { return lit(domain.*l.unknown_message); });
}

std::string outside_messages(const catalogue_model& model, const literal_syntax& lit) {
  return joined(model.locales, ", ",
                [&](const model_locale& l) { return lit(model.*l.outside_message); });
}

std::string text_fields(
    const catalogue_model& model, std::string_view separator,
    const std::function<std::string(const std::string&, const model_locale&, bool)>& render) {
  std::string out;
  for (const bool hint : {false, true})
    for (const model_locale& l : model.locales)
      out += (out.empty() ? "" : std::string(separator)) +
             render((hint ? "hint_" : "message_") + l.tag, l, hint);
  return out;
}

std::string code_row(const catalogue_model& model, const model_code& c, const row_spelling& s) {
  const std::string domain = c.domain.empty() ? "unknown" : c.domain;
  return std::to_string(c.value) + ", " + std::string(s.true_word) + ", " + s.domain(domain) +
         ", " + s.lit(c.name) + ", " +
         text_fields(model, ", ",
                     [&](const std::string&, const model_locale& l, bool hint) {
                       return s.lit(c.*(hint ? l.hint : l.message));
                     }) +
         ", " + s.condition(c.condition) + ", " + s.retry(c.retry) + ", " +
         s.lit.number_or_none(c.http_status) + ", " + std::to_string(c.grpc_code);
}

row_spelling enum_row_spelling(const literal_syntax& lit, std::string domain_type,
                               std::string condition_type, std::string retry_type,
                               std::string (*convention)(std::string_view)) {
  const auto member = [convention](std::string type) {
    return [type = std::move(type), convention](std::string_view name) {
      return type + "." + convention(name);
    };
  };
  return {lit, member(std::move(domain_type)), member(std::move(condition_type)),
          member(std::move(retry_type))};
}

std::string with_unknown_grpc_code(std::string text, const catalogue_model& model) {
  static constexpr std::string_view placeholder = "@UNKNOWN_GRPC_CODE@";
  const std::string number = std::to_string(model.unknown_grpc_code);
  for (std::size_t at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + number.size()))
    text.replace(at, placeholder.size(), number);
  return text;
}

generate_options language_generator::with_defaults(generate_options options,
                                                   const catalogue_model& model) const {
  if (options.package.empty()) options.package = default_package;
  if (options.name_space.empty()) options.name_space = default_namespace;
  if (!options.prefix) options.prefix = std::string(default_type_prefix);
  if (options.version.empty()) options.version = model.version;
  return options;
}

std::string options_problem(const language_generator& g, const generate_options& o) {
  const std::string_view lang = g.name;
  if (!o.version.empty() &&
      !(made_of(o.version, ".+-") && o.version[0] >= '0' && o.version[0] <= '9'))
    return "--version " + cli::quoted(visible(o.version)) +
           " is not a version: digits first, then letters, digits, '.', '+' or '-' (1.2.0)";
  if (o.prefix && !o.prefix->empty() &&
      !(identifier(*o.prefix) && (*o.prefix)[0] >= 'A' && (*o.prefix)[0] <= 'Z'))
    return "--prefix " + cli::quoted(visible(*o.prefix)) +
           " is not a type-name prefix: a capital letter, then letters and digits (Rtc)";
  if (!o.package.empty()) {
    const std::string bad = "--package " + cli::quoted(visible(o.package)) + " ";
    if (g.default_package.empty()) return bad + "does not apply to " + std::string(lang);
    if (lang == "typescript") {
      const std::string_view p = o.package;
      const std::size_t slash = p.find('/');
      const bool scoped = p[0] == '@' && slash != std::string_view::npos;
      const auto part = [](std::string_view s) {
        if (!made_of(s, "-._") || s[0] == '.' || s[0] == '_') return false;
        for (const char c : s)
          if (c >= 'A' && c <= 'Z') return false;
        return true;
      };
      if (!(scoped ? part(p.substr(1, slash - 1)) && part(p.substr(slash + 1)) : part(p)))
        return bad + "is not an npm package name (lower case, e.g. @vendor/rtc-errors)";
    } else if (lang == "java" || lang == "kotlin") {
      const std::size_t colon = o.package.find(':');
      if (colon == std::string::npos || !dotted(o.package.substr(0, colon)) ||
          !made_of(o.package.substr(colon + 1), "-._"))
        return bad + "is not Maven coordinates groupId:artifactId (com.vendor:rtc-errors)";
    } else if (lang == "go" || lang == "proto") {
      if (!made_of(o.package, "-._~/") || o.package.front() == '/' || o.package.back() == '/')
        return bad + "is not a Go import path (example.com/vendor/rtcerr)";
    } else if (lang == "python" || lang == "swift" || lang == "csharp") {
      if (!made_of(o.package, "-._")) return bad + "is not a package name (letters, digits, - . _)";
    } else if (lang == "dart") {
      if (!identifier(o.package) ||
          o.package.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string::npos)
        return bad + "is not a pub package name (lower_case_with_underscores)";
    }
  }
  if (!o.name_space.empty()) {
    const std::string bad = "--namespace " + cli::quoted(visible(o.name_space)) + " ";
    if (g.default_namespace.empty()) return bad + "does not apply to " + std::string(lang);
    const bool one_word = lang == "python" || lang == "go";
    if (one_word ? !identifier(o.name_space) : !dotted(o.name_space))
      return bad + (one_word ? "is not an identifier" : "is not a dotted name (com.vendor.rtc)");
  }
  return {};
}

std::string type_name(const generate_options& options, std::string_view name) {
  return options.prefix.value_or(std::string(default_type_prefix)) + std::string(name);
}

std::string with_type_prefix(std::string_view text, std::string_view prefix) {
  static constexpr std::string_view mark = "@P@";
  std::string out;
  for (std::size_t at = 0;;) {
    const std::size_t next = text.find(mark, at);
    out.append(text.substr(at, next - at));
    if (next == std::string_view::npos) return out;
    out.append(prefix);
    at = next + mark.size();
  }
}

std::string maven_pom(const generate_options& options, std::string_view properties,
                      std::string_view parts) {
  const std::size_t colon = options.package.find(':');
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by rtcerr generate; do not edit. -->
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>)" +
         options.package.substr(0, colon) + "</groupId>\n  <artifactId>" +
         options.package.substr(colon + 1) + "</artifactId>\n  <version>" + options.version +
         R"(</version>
  <packaging>jar</packaging>
  <name>RTC platform error codes</name>
  <description>The RTC platform's error codes, generated by rtcerr.</description>
  <licenses>
    <license><name>BSL-1.0</name></license>
  </licenses>
  <properties>
    <maven.compiler.source>8</maven.compiler.source>
    <maven.compiler.target>8</maven.compiler.target>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
)" + std::string(properties) +
         "  </properties>\n" + std::string(parts) + "</project>\n";
}

std::vector<model_unknown_default> unknown_default_rows(const catalogue_model& model) {
  std::vector<model_unknown_default> rows;
  for (const model_domain& d : model.domains) {
    rows.insert(rows.end(), d.unknown_ranges.begin(), d.unknown_ranges.end());
    model_unknown_default whole = d.unknown;
    whole.first = d.first;
    whole.last = d.last;
    rows.push_back(std::move(whole));
  }
  return rows;
}

std::vector<std::string> domain_names(const catalogue_model& model) {
  std::vector<std::string> names;
  for (const model_domain& d : model.domains) names.push_back(d.name);
  names.emplace_back("unknown");
  return names;
}

std::string namespace_path(std::string_view dotted_name) {
  std::string out(dotted_name);
  for (char& c : out)
    if (c == '.') c = '/';
  return out;
}

std::span<const language_generator> language_generators() { return generators; }

const language_generator* find_language_generator(std::string_view name) {
  for (const language_generator& g : generators)
    if (g.name == name) return &g;
  return nullptr;
}

int run_generate(std::string_view language, const std::string& out_dir,
                 const generate_options& options, std::ostream& out, std::ostream& err) {
  return run_generate(registry_model(), language, out_dir, options, out, err);
}

int run_generate(const catalogue_model& model, std::string_view language,
                 const std::string& out_dir, const generate_options& options, std::ostream& out,
                 std::ostream& err) {
  const language_generator* generator = find_language_generator(language);
  if (generator == nullptr) {
    err << "rtcerr generate: unknown language " << cli::quoted(visible(language))
        << "; expected one of "
        << joined(generators, ", ", [](const language_generator& g) { return std::string(g.name); })
        << "\n";
    return 2;
  }
  if (out_dir.empty()) {
    err << "rtcerr generate: --out needs a directory, or - for standard output\n";
    return 2;
  }
  if (const std::string problem = options_problem(*generator, options); !problem.empty()) {
    err << "rtcerr generate: " << problem << "\n";
    return 2;
  }
  const std::vector<generated_file> files = generator->generate(model, options);
  if (out_dir == "-") {
    out << files.front().text;
    return 0;
  }
  return write_files(out_dir, files, "rtcerr generate", err) ? 0 : 2;
}

bool write_files(const std::string& out_dir, std::span<const generated_file> files,
                 std::string_view command, std::ostream& err) {
  for (const generated_file& file : files) {
    std::string problem;
    if (!write_file(std::filesystem::path(out_dir) / file.path, file.text, problem)) {
      err << command << ": " << visible(problem) << "\n";
      return false;
    }
  }
  return true;
}

}  // namespace rtcerr::cli
