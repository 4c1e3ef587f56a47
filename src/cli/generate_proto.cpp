// protobuf: <package path>/error_codes.proto (package --namespace, default
// rtcerr.v1; go_package --package; java_package and csharp_namespace derived
// from them, see proto_file_options). An `ErrorCode`
// enum, one value per code, each carrying every field of the catalogue as
// custom options that any language reads through descriptors; a `Domain`
// enum whose values carry their ranges. proto3 enums are open: a field of
// type ErrorCode keeps a number it does not list (a newer server's code) as
// is, so a message never loses it. Value names follow the style guide and
// `buf lint` (STANDARD): ERROR_CODE_ prefix, the zero value
// ERROR_CODE_UNSPECIFIED (which is success: 0 is the one success code).
#include "generate.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

constexpr literal_syntax lit{unicode_escape::octal_bytes};

// The value name of a code: the zero value is ERROR_CODE_UNSPECIFIED, as
// buf's ENUM_ZERO_VALUE_SUFFIX asks.
std::string value_name(const model_code& code) {
  return "ERROR_CODE_" +
         (code.value == 0 ? std::string("UNSPECIFIED") : upper_snake(qualified_name(code)));
}

// java_package: the go_package's host reversed, then the proto package
// without a first part the host already ends with ("rtcerr.io/rtcerr/rtcerrv1"
// and "rtcerr.v1" give "io.rtcerr.v1", as googleapis writes "com.google.rpc");
// csharp_namespace: the package's parts in PascalCase ("Rtcerr.V1").
std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  for (;;) {
    const std::size_t at = text.find(separator);
    parts.emplace_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

std::string proto_file_options(const generate_options& options) {
  const std::string_view go_package = options.package;
  std::vector<std::string> host = split(go_package.substr(0, go_package.find('/')), '.');
  std::vector<std::string> package = split(options.name_space, '.');
  if (package.size() > 1 && package.front() == host.front()) package.erase(package.begin());
  std::string java;
  for (auto part = host.rbegin(); part != host.rend(); ++part) {
    for (char& c : *part)
      if (c == '-') c = '_';
    java += (java.empty() ? "" : ".") + *part;
  }
  for (const std::string& part : package) java += "." + part;
  const std::string csharp = joined(split(options.name_space, '.'), ".",
                                    [](const std::string& part) { return pascal_case(part); });
  return "option go_package = " + lit(go_package) + ";\noption java_package = " + lit(java) +
         ";\noption java_multiple_files = true;\noption csharp_namespace = " + lit(csharp) + ";\n";
}

}  // namespace

std::string proto_constant(const model_code& code, const generate_options&) {
  return value_name(code);
}

namespace {

// A Domain value's unknown_default options: its parts, then its whole range.
std::string unknown_defaults_of(const model_domain& d) {
  std::vector<model_unknown_default> rows = d.unknown_ranges;
  model_unknown_default whole = d.unknown;
  whole.first = d.first;
  whole.last = d.last;
  rows.push_back(std::move(whole));
  std::string out;
  for (const model_unknown_default& u : rows)
    out += ",\n      (unknown_default) = {first: " + std::to_string(u.first) +
           " last: " + std::to_string(u.last) + " condition: " + lit(u.condition) +
           " retry: " + lit(u.retry) + " http_status: " + std::to_string(u.http_status) +
           " grpc_code: " + std::to_string(u.grpc_code) + "}";
  return out;
}

}  // namespace

std::vector<generated_file> generate_proto(const catalogue_model& model,
                                           const generate_options& options) {
  // The one generator that names the catalogue's languages (message_zh,
  // message_en, hint_zh, hint_en and the unknown messages below): each is an
  // extension field whose number is part of the wire contract, so a new
  // language gets new numbers here, assigned by hand and never derived from
  // its position in model.locales.
  std::string out =
      generated_header(model, "// ", "error_codes.proto - the RTC platform's error codes.");
  out += R"(//
// Services put an ErrorCode in their messages (or its number in
// google.rpc.ErrorInfo metadata); clients read a value's fields through the
// options below, e.g. in C++:
//   const auto* value = rtcerr::v1::ErrorCode_descriptor()->FindValueByNumber(n);
//   if (value != nullptr) value->options().GetExtension(rtcerr::v1::message_en);
// A number FindValueByNumber does not know is an unknown code: find its domain
// with the Domain ranges.
syntax = "proto3";

package )" +
         options.name_space + R"(;

import "google/protobuf/descriptor.proto";

)" + proto_file_options(options) +
         R"(

// The catalogue these values come from (version and fingerprint).
extend google.protobuf.FileOptions {
  string catalogue_version = 50850;
  string catalogue_fingerprint = 50851;
}
option (catalogue_version) = )" +
         lit(model.version) + ";\noption (catalogue_fingerprint) = " + lit(model.fingerprint) +
         R"(;

// What an unlisted number of first..last defaults to: a Domain value lists
// the parts of its range that state a default, then its whole range; the
// first that holds a number applies.
message UnknownDefault {
  int64 first = 1;
  int64 last = 2;
  string condition = 3;
  string retry = 4;
  // 0: none (a server answers 500).
  int32 http_status = 5;
  int32 grpc_code = 6;
}

// The fields of an ErrorCode value.
extend google.protobuf.EnumValueOptions {
  // The domain ("engine"); empty for success.
  string domain = 50800;
  // snake_case, unique within the domain.
  string code_name = 50801;
  string message_zh = 50802;
  string message_en = 50803;
  string hint_zh = 50804;
  string hint_en = 50805;
  // The generic condition ("timeout"): branch on it.
  string condition = 50806;
  // "never", "backoff" or "refresh_credentials".
  string retry = 50807;
  // The HTTP status a service answers with; absent where none.
  int32 http_status = 50808;
  // The google.rpc.Code a gRPC service answers with.
  int32 grpc_code = 50809;
  // For Domain values: the owned range and the messages of an unlisted number.
  int64 range_first = 50820;
  int64 range_last = 50821;
  string unknown_message_zh = 50822;
  string unknown_message_en = 50823;
  // For Domain values: what its unlisted numbers default to.
  repeated UnknownDefault unknown_default = 50824;
}

// The subsystem whose range holds a code.
enum Domain {
  DOMAIN_UNSPECIFIED = 0 [(unknown_message_zh) = )" +
         lit(model.unknown_message_zh) +
         ", (unknown_message_en) = " + lit(model.unknown_message_en) + "];\n";
  int number = 1;
  for (const model_domain& d : model.domains)
    out += "  DOMAIN_" + upper_snake(d.name) + " = " + std::to_string(number++) +
           " [(range_first) = " + std::to_string(d.first) +
           ", (range_last) = " + std::to_string(d.last) +
           ", (unknown_message_zh) = " + lit(d.unknown_message_zh) +
           ", (unknown_message_en) = " + lit(d.unknown_message_en) + unknown_defaults_of(d) +
           "];\n";
  out += "}\n\n// Every code of the catalogue.\nenum ErrorCode {\n";
  for (const model_code& c : model.codes) {
    out += std::string("  // ") + (c.value == 0 ? "0 is success, no error: " : "") +
           comment_text(c.message_en) + "\n  " + value_name(c) + " = " + std::to_string(c.value) +
           " [\n";
    out += "    (domain) = " + lit(c.domain.empty() ? "unknown" : c.domain) +
           ",\n    (code_name) = " + lit(c.name) + ",\n    (message_zh) = " + lit(c.message_zh) +
           ",\n    (message_en) = " + lit(c.message_en) + ",\n    (hint_zh) = " + lit(c.hint_zh) +
           ",\n    (hint_en) = " + lit(c.hint_en) + ",\n    (condition) = " + lit(c.condition) +
           ",\n    (retry) = " + lit(c.retry);
    if (c.http_status != 0) out += ",\n    (http_status) = " + std::to_string(c.http_status);
    out += ",\n    (grpc_code) = " + std::to_string(c.grpc_code);
    out += "\n  ];\n";
  }
  out += "}\n";
  return {{namespace_path(options.name_space) + "/error_codes.proto", out}};
}

}  // namespace rtcerr::cli
