// Dart: rtcerr_codes.dart. Enhanced enums (Dart 2.17+) for codes, domains,
// conditions and retry policies; an immutable `RtcErrorInfo`; and
// `lookupRtcError(int)`, which accepts any number a peer sends - the
// "9 is not one of the supported values" crash of hand-written Flutter enums
// cannot happen. Strings escape `$`, which would otherwise interpolate.
#include "generate.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

constexpr literal_syntax lit{unicode_escape::braced, "$", "null"};

}  // namespace

std::string dart_constant(const model_code& code, const generate_options& options) {
  return type_name(options, "ErrorCode.") + camel_case(qualified_name(code));
}

std::vector<generated_file> generate_dart(const catalogue_model& model,
                                          const generate_options& options) {
  const type_prefixer t{options};
  std::string out =
      generated_header(model, "// ", "rtcerr_codes.dart - the RTC platform's error codes.");
  out += t(R"(//
// Branch on lookupRtcError(code).condition (shared across domains) or compare
// with @P@ErrorCode values. lookupRtcError never throws: a number that is not
// listed here (a newer server's code) gives known == false, the number as
// received and the domain whose range holds it.

const String rtcCatalogueVersion = )") +
         lit(model.version) +
         ";\nconst String rtcCatalogueFingerprint = " + lit(model.fingerprint) + t(R"(;

/// The subsystem whose range holds a code; [@P@Domain.unknown] for 0 and numbers outside every range.
enum @P@Domain {
)");
  std::vector<model_domain> domains = model.domains;
  domains.push_back({"unknown", 1, 0, model.unknown_message_zh, model.unknown_message_en});
  out += joined(domains, ",\n", [](const model_domain& d) {
    return "  " + camel_case(d.name) + "(" + lit(d.name) + ", " + std::to_string(d.first) + ", " +
           std::to_string(d.last) + ", " + lit(d.unknown_message_zh) + ", " +
           lit(d.unknown_message_en) + ")";
  });
  out += t(R"(;

  const @P@Domain(this.wireName, this.first, this.last, this.unknownMessageZh,
      this.unknownMessageEn);

  /// The name used on the wire and in the catalogue ("engine").
  final String wireName;

  /// The range this domain owns (empty for [@P@Domain.unknown]).
  final int first;
  final int last;

  /// The messages of a number in this range that the catalogue does not list.
  final String unknownMessageZh;
  final String unknownMessageEn;

  /// The domain whose range holds [code]; [@P@Domain.unknown] outside every range.
  static @P@Domain of(int code) {
    for (final d in @P@Domain.values) {
      if (code >= d.first && code <= d.last) return d;
    }
    return @P@Domain.unknown;
  }
}

/// The kind of failure, shared across domains: branch on this.
enum @P@Condition {
)");
  out += joined(model.conditions, ",\n",
                [](const std::string& c) { return "  " + camel_case(c) + "(" + lit(c) + ")"; });
  out += t(R"(;

  const @P@Condition(this.wireName);
  final String wireName;
}

/// What to do before trying again.
enum @P@Retry {
)");
  out += joined(model.retries, ",\n",
                [](const std::string& r) { return "  " + camel_case(r) + "(" + lit(r) + ")"; });
  out += t(R"(;

  const @P@Retry(this.wireName);
  final String wireName;
}

/// Every code of the catalogue. A number from the wire may be none of these: use [lookupRtcError].
enum @P@ErrorCode {
)");
  out += joined(model.codes, ",\n", [](const model_code& c) {
    return "  /// " + comment_text(c.message_en) + "\n  " + camel_case(qualified_name(c)) + "(" +
           std::to_string(c.value) + ")";
  });
  out += t(R"(;

  const @P@ErrorCode(this.value);

  /// The number sent on the wire.
  final int value;

  /// Everything the catalogue says about this code.
  @P@ErrorInfo get info => lookupRtcError(value);
}

/// Everything the catalogue says about one code.
class @P@ErrorInfo {
  const @P@ErrorInfo(this.code, this.known, this.domain, this.name, this.messageZh,
      this.messageEn, this.hintZh, this.hintEn, this.condition, this.retry, this.httpStatus,
      this.grpcCode);

  /// The number, as received (kept as is when unknown).
  final int code;

  /// False for a number this catalogue does not list.
  final bool known;
  final @P@Domain domain;

  /// snake_case, unique within the domain; "unknown" when not known.
  final String name;
  final String messageZh;
  final String messageEn;
  final String hintZh;
  final String hintEn;
  final @P@Condition condition;
  final @P@Retry retry;

  /// The HTTP status a service answers with; null where none.
  final int? httpStatus;

  /// The google.rpc.Code a gRPC service answers with (2: UNKNOWN when not known).
  final int grpcCode;

  /// "domain.name (code): English message".
  @override
  String toString() => '${domain.wireName}.$name ($code): $messageEn';
}

const Map<int, @P@ErrorInfo> _rtcErrorTable = <int, @P@ErrorInfo>{
)");
  for (const model_code& c : model.codes)
    out += "  " + std::to_string(c.value) + t(": @P@ErrorInfo(") +
           code_row(c, enum_row_spelling(lit, t("@P@Domain"), t("@P@Condition"), t("@P@Retry"),
                                         camel_case)) +
           "),\n";
  out += t(R"(};

/// Everything known about [code]. Never throws: a number not in the catalogue
/// gives known == false, keeps the number and names the domain of its range.
@P@ErrorInfo lookupRtcError(int code) {
  final known = _rtcErrorTable[code];
  if (known != null) return known;
  final domain = @P@Domain.of(code);
  return @P@ErrorInfo(code, false, domain, "unknown", domain.unknownMessageZh,
      domain.unknownMessageEn, "", "", @P@Condition.unknown, @P@Retry.never, null,
      @UNKNOWN_GRPC_CODE@);
}

/// Every code of the catalogue, success first.
List<@P@ErrorInfo> allRtcErrors() => List.unmodifiable(_rtcErrorTable.values);
)");
  const std::string pubspec =
      "# Generated by rtcerr generate; do not edit.\nname: " + options.package +
      "\nversion: " + options.version + R"(
description: The RTC platform's error codes, generated by rtcerr from its error catalogue.
environment:
  sdk: '>=2.17.0 <4.0.0'
)";
  return {{"lib/" + options.package + ".dart", with_unknown_grpc_code(out, model)},
          {"pubspec.yaml", pubspec}};
}

}  // namespace rtcerr::cli
