// `rtcerr generate --lang L --out DIR`: the catalogue as source code for the
// platform's other SDK languages (TypeScript, Java, Kotlin, Swift, Dart, C#,
// Python, Go, protobuf, C).
//
// Every generator reads one `catalogue_model`, built from `rtcerr::registry`
// or any other registry (model_of.hpp; the same tables the C++ code uses),
// and returns whole files. Each output
// has, in its language's idiom:
//   - every code with its number, a name in the language's convention
//     (domain-prefixed, since names repeat across domains: `invalid_argument`
//     exists in engine, recording and gateway), both messages and hints, the
//     condition, the retry policy, the HTTP status and the gRPC code;
//   - a lookup by number that never fails: a number that is not in the
//     catalogue (a newer server's code) gives an "unknown" value that keeps
//     the raw number and names the domain whose range holds it;
//   - a header with the catalogue version and fingerprint and "generated, do
//     not edit".
// The generated text is pure ASCII: every non-ASCII character, quote,
// backslash and control character is written as the language's escape, so
// the files compile whatever source encoding a build assumes.
//
// Everything here is a pure function of the model: the same catalogue gives
// byte-identical files, which is what lets a test compare the committed
// bindings/ with a fresh generation.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rtcerr::cli {

// One code as every generator sees it. `domain` is empty for success (0).
struct model_code {
  std::int64_t value = 0;
  std::string domain;
  std::string name;  // snake_case, unique within its domain
  std::string message_zh, message_en, hint_zh, hint_en;
  std::string condition;  // rtcerr::condition's name, e.g. "timeout"
  std::string retry;      // rtcerr::retry's name, e.g. "backoff"
  int http_status = 0;    // 0: none
  int grpc_code = 2;      // google.rpc.Code number (2: UNKNOWN)
};

// What the unlisted values of a domain (or of a part of its range) default
// to (rtcerr::unknown_default): for the whole range, first and last are the
// domain's.
struct model_unknown_default {
  std::int64_t first = 0, last = -1;
  std::string condition = "unknown";
  std::string retry = "never";
  int http_status = 0;  // 0: none (a server answers 500)
  int grpc_code = 2;    // google.rpc.Code number
};

// A retired number of a domain and the name it had.
struct model_retired {
  std::int64_t value = 0;
  std::string name;
};

// One domain: its name, its closed range, and the messages of an unknown
// code inside that range; then its id, its retired numbers and the defaults
// of its unlisted values (the whole range's, then each part's).
struct model_domain {
  std::string name;
  std::int64_t first = 0, last = -1;
  std::string unknown_message_zh, unknown_message_en;
  std::uint64_t id = 0;
  std::vector<model_retired> retired = {};
  model_unknown_default unknown = {};
  std::vector<model_unknown_default> unknown_ranges = {};
};

struct catalogue_model;

// One language the catalogue's texts are written in, and where the model
// holds its texts. Generators write the text fields of every locale in
// `catalogue_model::locales` (message_<tag>, hint_<tag>, each in the
// language's naming convention) and pick among them in message(locale), so
// a new language of the catalogue is one entry there (with its fields here),
// not a change to each generator.
struct model_locale {
  std::string tag;  // BCP 47 language subtag: "zh", "en"
  std::string model_code::*message = nullptr;
  std::string model_code::*hint = nullptr;
  std::string model_domain::*unknown_message = nullptr;     // an unlisted code of the domain
  std::string catalogue_model::*outside_message = nullptr;  // a value outside every domain
};

struct catalogue_model {
  std::string version;                  // the project's version, "0.1.0"
  std::string fingerprint;              // rtcerr::catalogue_fingerprint_hex
  std::vector<model_domain> domains;    // in registry order
  std::vector<model_code> codes;        // success first, then ascending by domain
  std::vector<std::string> conditions;  // every rtcerr::condition name, "unknown" last
  std::vector<std::string> retries;     // every rtcerr::retry name
  // The messages of a value outside every domain.
  std::string unknown_message_zh, unknown_message_en;
  // The google.rpc.Code of any number the catalogue does not list.
  int unknown_grpc_code = 2;
  // The languages of the texts, in the order of the fields (Chinese first,
  // as the seed document). message(locale) falls back to English, then to
  // these in order.
  std::vector<model_locale> locales;
};

// The problem+json member holding a locale's message: "title" (English, RFC
// 9457's human-readable summary) or "message_<tag>" (rtcerr::problem_json
// writes message_zh).
std::string problem_member(const model_locale& locale);

// For each text field of a code, messages first, then hints, each locale in
// model order: `render(snake_name, locale, is_hint)` ("message_zh", "hint_en"),
// joined by `separator`. The one place the text fields' order is written.
std::string text_fields(
    const catalogue_model& model, std::string_view separator,
    const std::function<std::string(const std::string&, const model_locale&, bool)>& render);

// The catalogue of `rtcerr::registry`, with its fingerprint (see
// rtcerr/fingerprint.hpp). Any registry's: model_of<Registry>() in
// model_of.hpp.
catalogue_model registry_model();

// One file of a generated binding: a path relative to the output directory
// (forward slashes) and its contents.
struct generated_file {
  std::string path;
  std::string text;
};

// What a vendor names in `rtcerr generate` (docs/bindings.md has the table of
// what each option means in each language). An empty field, and an unset
// prefix, take the language's default (language_generator).
struct generate_options {
  // The distribution: npm package name, Maven "groupId:artifactId", Go
  // module path, Python distribution, NuGet package id, SwiftPM package,
  // pub package; for proto the go_package import path.
  std::string package;
  // Where the code lives: Java/Kotlin package, C# namespace, Python import
  // package, Go package name, proto package.
  std::string name_space;
  // The prefix of the type names of languages whose types share one
  // namespace with the application's (Java, Kotlin, Swift, Dart, C#):
  // "Rtc" gives RtcErrorCode. TypeScript, Python and Go names are qualified
  // by their module, proto's by its package, C's by RTCERR_.
  std::optional<std::string> prefix;
  // The package's version; the catalogue's version when empty.
  std::string version;
};

// The default type-name prefix.
inline constexpr std::string_view default_type_prefix = "Rtc";

// One target language.
struct language_generator {
  std::string_view name;   // the --lang value
  std::string_view title;  // "TypeScript"
  std::string_view description;
  std::string_view default_package;    // empty where the option does not apply
  std::string_view default_namespace;  // empty where the option does not apply
  // Writes the files; `options` is complete (see with_defaults). The first
  // file is the source, the one `--out -` prints.
  std::vector<generated_file> (*write)(const catalogue_model&, const generate_options&);
  // The constant a code is in this language ("RtcErrorCode.RecordingStreamDataTimeout").
  std::string (*constant)(const model_code&, const generate_options&);

  // `options` with every empty field given this language's default.
  generate_options with_defaults(generate_options options, const catalogue_model& model) const;
  std::vector<generated_file> generate(const catalogue_model& model,
                                       const generate_options& options = {}) const {
    return write(model, with_defaults(options, model));
  }
  std::string constant_of(const model_code& code, const catalogue_model& model,
                          const generate_options& options = {}) const {
    return constant(code, with_defaults(options, model));
  }
};

// Every supported language, in a fixed order.
std::span<const language_generator> language_generators();
// The generator named `name`, or nullptr.
const language_generator* find_language_generator(std::string_view name);

// Why `options` cannot be used for `generator` (a name the language would
// reject, or a character that could break out of the generated text), or
// empty when they can.
std::string options_problem(const language_generator& generator, const generate_options& options);

// `rtcerr generate`: writes the files of `language` under `out_dir`
// (created if missing, parents included; existing files of the same names
// are replaced, nothing else is touched), or prints the source file alone
// (no package files) to `out` when `out_dir` is "-". Returns 0, or 2 with a
// message on `err` for an unknown language, options the language cannot
// take, or a directory or file that cannot be created or written.
int run_generate(std::string_view language, const std::string& out_dir,
                 const generate_options& options, std::ostream& out, std::ostream& err);
// The same for `model`, any registry's (model_of.hpp).
int run_generate(const catalogue_model& model, std::string_view language,
                 const std::string& out_dir, const generate_options& options, std::ostream& out,
                 std::ostream& err);

// Writes each of `files` under `out_dir` (directories created, each file
// replaced atomically through a temporary and a rename); on the first failure
// writes "<command>: <problem>" to `err` and returns false. `rtcerr generate`
// and `rtcerr docs --html` write with it.
bool write_files(const std::string& out_dir, std::span<const generated_file> files,
                 std::string_view command, std::ostream& err);

// --- Building blocks shared by the generators (tested on their own). --------

// The identifier stem of a code: "success" for 0, else domain and name
// ("recording_stream_data_timeout"), unique across the catalogue.
std::string qualified_name(const model_code& code);

// Names in each language's convention, from a snake_case name:
// pascal_case("stream_data_timeout") == "StreamDataTimeout",
// camel_case(...) == "streamDataTimeout", upper_snake(...) ==
// "STREAM_DATA_TIMEOUT". A name part starting with a digit is kept as is.
std::string pascal_case(std::string_view snake);
std::string camel_case(std::string_view snake);
std::string upper_snake(std::string_view snake);

// How a language spells a character of a string literal it cannot hold
// as plain ASCII.
enum class unicode_escape {
  utf16_units,  // \uXXXX, astral characters as two surrogates (Java, Kotlin, TypeScript)
  u_and_big_u,  // \uXXXX or \UXXXXXXXX (Python, Go, C#)
  braced,       // \u{XXXX} (Swift, Dart)
  octal_bytes,  // each UTF-8 byte as \ooo (C, protobuf)
};

// The contents (without the surrounding double quotes) of a double-quoted
// string literal holding `text`: backslash and double quote escaped, \n \r
// \t as such, other control characters and every non-ASCII character in
// the `style` form, and each character of `also_escape` (e.g. "$" for Kotlin
// and Dart, whose strings interpolate `$name`) preceded by a backslash.
// Invalid UTF-8 bytes are written as U+FFFD; the catalogue holds none (its
// checks reject them), so this only keeps hostile input from producing an
// uncompilable file.
std::string string_literal_body(std::string_view text, unicode_escape style,
                                std::string_view also_escape = {});

// `text` made safe inside a one-line comment of any generated language:
// non-ASCII and control characters become '?', a backslash '/' (javac
// decodes \uXXXX even in comments), and neither "*/" nor "/*" appears.
std::string comment_text(std::string_view text);

// The lines every generated file starts with, each prefixed with `prefix`
// ("// ", "# "): what the file is, that it is generated, and the version
// and fingerprint of the catalogue it holds.
std::string generated_header(const catalogue_model& model, std::string_view prefix,
                             std::string_view first_line);

// How one language writes literals: strings in its escape style (with the
// characters it interpolates escaped), and the word for "no value".
// Each generator holds one, named `lit`, so that a string reads `lit(text)`.
struct literal_syntax {
  unicode_escape escape = unicode_escape::u_and_big_u;
  std::string_view also_escape = {};  // "$" for Kotlin and Dart, "?" for C
  std::string_view none = "null";     // "null", "None", "nil"; "0" where there is none
  // Where a present number needs a conversion (Go's *int): the function
  // that makes one, written around the number ("httpStatus(503)").
  std::string_view some = {};

  // `text` as a double-quoted string literal.
  std::string operator()(std::string_view text) const;
  // `value` as a number literal (in `some`), or `none` for 0 (the model's
  // "no HTTP status").
  std::string number_or_none(int value) const;
};

// The items rendered and joined with `separator` (nothing after the last).
template <class Items, class Render>
std::string joined(const Items& items, std::string_view separator, Render render) {
  std::string out;
  bool first = true;
  for (const auto& item : items) {
    if (!first) out.append(separator);
    first = false;
    out += render(item);
  }
  return out;
}

// How a language spells the typed fields of a code in a table row: the
// domain ("unknown" for success), the condition and the retry policy, each
// from its wire name, and the literal `true`.
struct row_spelling {
  literal_syntax lit;
  std::function<std::string(std::string_view)> domain, condition, retry;
  std::string_view true_word = "true";
};

// The messages of an unlisted code of `domain`, one literal per language in
// model order, joined by ", "; and those of a value outside every domain.
std::string unknown_messages(const catalogue_model& model, const model_domain& domain,
                             const literal_syntax& lit);
std::string outside_messages(const catalogue_model& model, const literal_syntax& lit);

// The fields of `code` in the model's order, as the arguments of a
// language's constructor call: value, true, domain, name, the text fields
// (text_fields: messages, then hints, per locale), condition, retry, HTTP
// status (or none), gRPC code.
// Every generator whose table is positional writes its rows with this, so the
// field order is stated once.
std::string code_row(const catalogue_model& model, const model_code& code,
                     const row_spelling& spelling);

// A row_spelling for languages whose domain, condition and retry policy are
// enums: `Type.member`, each member named by `convention` (upper_snake,
// pascal_case or camel_case) from the wire name.
row_spelling enum_row_spelling(const literal_syntax& lit, std::string domain_type,
                               std::string condition_type, std::string retry_type,
                               std::string (*convention)(std::string_view));

// `text` with every "@UNKNOWN_GRPC_CODE@" replaced by the model's
// unknown_grpc_code, for templates that need the number in their code.
std::string with_unknown_grpc_code(std::string text, const catalogue_model& model);

// `name` with the options' type-name prefix ("ErrorCode" -> "RtcErrorCode").
std::string type_name(const generate_options& options, std::string_view name);
// `text` with every "@P@" replaced by `prefix`: for the templates of
// languages whose type names take --prefix ("@P@ErrorCode"). Applied to
// template text only, never to catalogue text.
std::string with_type_prefix(std::string_view text, std::string_view prefix);
// A Maven pom.xml for the coordinates of `options` (package
// "groupId:artifactId", version), Java 8, UTF-8 sources, with `properties`
// (lines of <properties>) and `parts` (dependencies, build) added.
std::string maven_pom(const generate_options& options, std::string_view properties,
                      std::string_view parts);
// with_type_prefix as a callable bound to the options' prefix, for the
// generators whose templates say "@P@": `t(R"(enum @P@Retry)")`.
struct type_prefixer {
  explicit type_prefixer(const generate_options& options) : prefix(options.prefix.value_or("")) {}
  std::string operator()(std::string_view text) const { return with_type_prefix(text, prefix); }
  std::string prefix;
};
// What an unlisted number defaults to, as every generator's lookup applies
// it: for each domain, the parts of its range that state a default
// (unknown_in), then its whole range (unknown, or `unknown`/`never` where it
// states none). The first row whose first..last holds a number is its
// default; a number in no row (outside every domain) is `unknown`, `never`,
// no HTTP status, model.unknown_grpc_code. Rows whose first..last are the
// domain's own carry its whole-range default (model_domain::unknown).
std::vector<model_unknown_default> unknown_default_rows(const catalogue_model& model);

// Every domain's wire name, then "unknown" (the domain of 0 and of numbers
// outside every range).
std::vector<std::string> domain_names(const catalogue_model& model);
// A dotted name as a path ("io.rtcerr.codes" -> "io/rtcerr/codes").
std::string namespace_path(std::string_view dotted_name);

// Generators, one per language (generate_<language>.cpp): its files, and the
// constant a code is in it. Each generator's templates are that language's
// source text; where two languages' texts have the same shape (an enum block,
// a JSON reader, an error type's accessors) they stay separate, since each is
// written in, and compiled by, its own language.
#define RTCERR_CLI_LANGUAGES(X) \
  X(typescript) X(java) X(kotlin) X(swift) X(dart) X(csharp) X(python) X(go) X(proto) X(c)
#define RTCERR_CLI_DECLARE_GENERATOR(language)                                      \
  std::vector<generated_file> generate_##language(const catalogue_model& model,     \
                                                  const generate_options& options); \
  std::string language##_constant(const model_code& code, const generate_options& options);
RTCERR_CLI_LANGUAGES(RTCERR_CLI_DECLARE_GENERATOR)
#undef RTCERR_CLI_DECLARE_GENERATOR

}  // namespace rtcerr::cli
