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

std::string dart_constant(const model_code& code, const generate_options&) {
  return "RtcErrorCode." + camel_case(qualified_name(code));
}

std::vector<generated_file> generate_dart(const catalogue_model& model, const generate_options&) {
  std::string out =
      generated_header(model, "// ", "rtcerr_codes.dart - the RTC platform's error codes.");
  out += R"(//
// Branch on lookupRtcError(code).condition (shared across domains) or compare
// with RtcErrorCode values. lookupRtcError never throws: a number that is not
// listed here (a newer server's code) gives known == false, the number as
// received and the domain whose range holds it.

const String rtcCatalogueVersion = )" +
         lit(model.version) +
         ";\nconst String rtcCatalogueFingerprint = " + lit(model.fingerprint) + R"(;

/// The subsystem whose range holds a code; [RtcDomain.unknown] for 0 and numbers outside every range.
enum RtcDomain {
)";
  std::vector<model_domain> domains = model.domains;
  domains.push_back({"unknown", 1, 0, model.unknown_message_zh, model.unknown_message_en});
  out += joined(domains, ",\n", [](const model_domain& d) {
    return "  " + camel_case(d.name) + "(" + lit(d.name) + ", " + std::to_string(d.first) + ", " +
           std::to_string(d.last) + ", " + lit(d.unknown_message_zh) + ", " +
           lit(d.unknown_message_en) + ")";
  });
  out += R"(;

  const RtcDomain(this.wireName, this.first, this.last, this.unknownMessageZh,
      this.unknownMessageEn);

  /// The name used on the wire and in the catalogue ("engine").
  final String wireName;

  /// The range this domain owns (empty for [RtcDomain.unknown]).
  final int first;
  final int last;

  /// The messages of a number in this range that the catalogue does not list.
  final String unknownMessageZh;
  final String unknownMessageEn;

  /// The domain whose range holds [code]; [RtcDomain.unknown] outside every range.
  static RtcDomain of(int code) {
    for (final d in RtcDomain.values) {
      if (code >= d.first && code <= d.last) return d;
    }
    return RtcDomain.unknown;
  }
}

/// The kind of failure, shared across domains: branch on this.
enum RtcCondition {
)";
  out += joined(model.conditions, ",\n",
                [](const std::string& c) { return "  " + camel_case(c) + "(" + lit(c) + ")"; });
  out += R"(;

  const RtcCondition(this.wireName);
  final String wireName;
}

/// What to do before trying again.
enum RtcRetry {
)";
  out += joined(model.retries, ",\n",
                [](const std::string& r) { return "  " + camel_case(r) + "(" + lit(r) + ")"; });
  out += R"(;

  const RtcRetry(this.wireName);
  final String wireName;
}

/// Every code of the catalogue. A number from the wire may be none of these: use [lookupRtcError].
enum RtcErrorCode {
)";
  out += joined(model.codes, ",\n", [](const model_code& c) {
    return "  /// " + comment_text(c.message_en) + "\n  " + camel_case(qualified_name(c)) + "(" +
           std::to_string(c.value) + ")";
  });
  out += R"(;

  const RtcErrorCode(this.value);

  /// The number sent on the wire.
  final int value;

  /// Everything the catalogue says about this code.
  RtcErrorInfo get info => lookupRtcError(value);
}

/// Everything the catalogue says about one code.
class RtcErrorInfo {
  const RtcErrorInfo(this.code, this.known, this.domain, this.name, this.messageZh,
      this.messageEn, this.hintZh, this.hintEn, this.condition, this.retry, this.httpStatus,
      this.grpcCode);

  /// The number, as received (kept as is when unknown).
  final int code;

  /// False for a number this catalogue does not list.
  final bool known;
  final RtcDomain domain;

  /// snake_case, unique within the domain; "unknown" when not known.
  final String name;
  final String messageZh;
  final String messageEn;
  final String hintZh;
  final String hintEn;
  final RtcCondition condition;
  final RtcRetry retry;

  /// The HTTP status a service answers with; null where none.
  final int? httpStatus;

  /// The google.rpc.Code a gRPC service answers with (2: UNKNOWN when not known).
  final int grpcCode;

  /// "recording.stream_data_timeout (605030046): Stream data timed out".
  @override
  String toString() => '${domain.wireName}.$name ($code): $messageEn';
}

const Map<int, RtcErrorInfo> _rtcErrorTable = <int, RtcErrorInfo>{
)";
  for (const model_code& c : model.codes)
    out +=
        "  " + std::to_string(c.value) + ": RtcErrorInfo(" +
        code_row(c, enum_row_spelling(lit, "RtcDomain", "RtcCondition", "RtcRetry", camel_case)) +
        "),\n";
  out += R"(};

/// Everything known about [code]. Never throws: a number not in the catalogue
/// gives known == false, keeps the number and names the domain of its range.
RtcErrorInfo lookupRtcError(int code) {
  final known = _rtcErrorTable[code];
  if (known != null) return known;
  final domain = RtcDomain.of(code);
  return RtcErrorInfo(code, false, domain, "unknown", domain.unknownMessageZh,
      domain.unknownMessageEn, "", "", RtcCondition.unknown, RtcRetry.never, null,
      @UNKNOWN_GRPC_CODE@);
}

/// Every code of the catalogue, success first.
List<RtcErrorInfo> allRtcErrors() => List.unmodifiable(_rtcErrorTable.values);
)";
  return {{"rtcerr_codes.dart", with_unknown_grpc_code(out, model)}};
}

}  // namespace rtcerr::cli
