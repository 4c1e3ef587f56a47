// Dart: a pub package, lib/<package>.dart. Enhanced enums (Dart 2.17+) for
// codes, domains, conditions and retry policies; an immutable `RtcErrorInfo`;
// `lookupRtcError(int)`, which accepts any number a peer sends - the
// "9 is not one of the supported values" crash of hand-written Flutter enums
// cannot happen; `RtcErrorCode.fromValue`; `RtcException`, the error type,
// with a problem+json reader (dart:convert). Strings escape `$`, which would
// otherwise interpolate. pubspec.yaml names the package and its version.
#include "generate.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

// The error type and its problem+json reader ("@P@": the type-name prefix).
constexpr std::string_view exception_dart = R"~(
/// The message of [info] for [locale] ("zh", "zh-CN", "en_US"): the text of
/// the locale's language, else English, else the first text there is.
String rtcErrorMessage(@P@ErrorInfo info, String locale) {
  final language = locale.toLowerCase().split(RegExp('[-_]')).first;
  final texts = <String, String>{@LOCALE_TEXTS@};
  for (final wanted in [language, 'en', '']) {
    for (final entry in texts.entries) {
      if ((wanted.isEmpty || entry.key == wanted) && entry.value.isNotEmpty) return entry.value;
    }
  }
  return info.messageEn;
}

/// A failure with a catalogue code, to throw: `on @P@Exception catch (e)`
/// catches it, [condition] and [retry] say what to do; [message] gives the
/// text for a user's locale.
class @P@Exception implements Exception {
  @P@Exception(this.info, [this.detail]);

  /// The error of any number; an unknown code keeps its number and domain.
  /// Never throws.
  factory @P@Exception.of(int code) => @P@Exception(lookupRtcError(code));

  final @P@ErrorInfo info;

  /// What the server said about this occurrence (problem+json "detail").
  final String? detail;

  int get code => info.code;
  bool get known => info.known;
  @P@Domain get domain => info.domain;

  /// snake_case, unique within the domain; "unknown" when not known.
  String get name => info.name;
  @P@Condition get condition => info.condition;
  @P@Retry get retry => info.retry;

  /// The HTTP status; null where none.
  int? get httpStatus => info.httpStatus;
  int get grpcCode => info.grpcCode;

  /// The message for [locale], with [rtcErrorMessage]'s fallback.
  String message([String locale = 'en']) => rtcErrorMessage(info, locale);

  @override
  String toString() => '@P@Exception: $info';

  /// An application/problem+json body as an exception to throw, or null when
  /// the body is not JSON or has no integer "code". See [fromProblem].
  static @P@Exception? fromProblemJson(String body) {
    Object? doc;
    try {
      doc = jsonDecode(body);
    } on FormatException {
      return null;
    }
    return doc is Map<String, Object?> ? fromProblem(doc) : null;
  }

  /// A problem+json body already decoded as an exception, or null without an
  /// integer "code". The body's members win over this package's catalogue, so
  /// that a code a newer server knows keeps the server's name, texts,
  /// condition and retry policy; a member missing or of a value this package
  /// does not know comes from [lookupRtcError] (retry: backoff when
  /// "retryable", for an unknown code).
  static @P@Exception? fromProblem(Map<String, Object?> body) {
    final code = body['code'];
    if (code is! int) return null;
    final base = lookupRtcError(code);
    var domain = base.domain;
    for (final d in @P@Domain.values) {
      if (d.wireName == body['domain']) domain = d;
    }
    var condition = base.condition;
    for (final c in @P@Condition.values) {
      if (c.wireName == body['condition']) condition = c;
    }
    var retry = base.known
        ? base.retry
        : (body['retryable'] == true ? @P@Retry.backoff : @P@Retry.never);
    for (final r in @P@Retry.values) {
      if (r.wireName == body['retry']) retry = r;
    }
    String text(String key, String fallback) {
      final value = body[key];
      return value is String ? value : fallback;
    }

    final status = body['status'];
    final detail = body['detail'];
    return @P@Exception(
        @P@ErrorInfo(code, base.known, domain, text('name', base.name),
            @TEXTS@,
            condition, retry, status is int ? status : base.httpStatus, base.grpcCode),
        detail is String ? detail : null);
  }
}
)~";

constexpr literal_syntax lit{unicode_escape::braced, "$", "null"};

}  // namespace

std::string dart_constant(const model_code& code, const generate_options& options) {
  return type_name(options, "ErrorCode.") + camel_case(qualified_name(code));
}

std::vector<generated_file> generate_dart(const catalogue_model& model,
                                          const generate_options& options) {
  const type_prefixer t{options};
  // The error type, with the texts of each language: rtcErrorMessage's
  // table, and each message decoded from its problem+json member.
  std::string exception = t(exception_dart);
  exception.replace(exception.find("@LOCALE_TEXTS@"), 14,
                    joined(model.locales, ", ", [](const model_locale& l) {
                      std::string entry = lit(l.tag);
                      entry += ": info.";
                      entry += camel_case("message_" + l.tag);
                      return entry;
                    }));
  exception.replace(
      exception.find("@TEXTS@"), 7,
      text_fields(model, ", ", [](const std::string& field, const model_locale& l, bool hint) {
        std::string value = hint ? "base." : "text(";
        if (!hint) value += lit(problem_member(l)) + ", base.";
        value += camel_case(field);
        if (!hint) value += ")";
        return value;
      }));
  std::string out =
      generated_header(model, "// ", options.package + ".dart - the RTC platform's error codes.");
  out += t(R"(//
// Branch on lookupRtcError(code).condition (shared across domains) or compare
// with @P@ErrorCode values. lookupRtcError never throws: a number that is not
// listed here (a newer server's code) gives known == false, the number as
// received and the domain whose range holds it.

import 'dart:convert';

const String rtcCatalogueVersion = )") +
         lit(model.version) +
         ";\nconst String rtcCatalogueFingerprint = " + lit(model.fingerprint) + t(R"(;

/// The subsystem whose range holds a code; [@P@Domain.unknown] for 0 and numbers outside every range.
enum @P@Domain {
)");
  std::vector<model_domain> domains = model.domains;
  model_domain outside;
  outside.name = "unknown";
  outside.first = 1;
  outside.last = 0;
  for (const model_locale& l : model.locales) outside.*l.unknown_message = model.*l.outside_message;
  domains.push_back(outside);
  out += joined(domains, ",\n", [&model](const model_domain& d) {
    return "  " + camel_case(d.name) + "(" + lit(d.name) + ", " + std::to_string(d.first) + ", " +
           std::to_string(d.last) + ", " + unknown_messages(model, d, lit) + ")";
  });
  const auto unknown_field = [](const model_locale& l) {
    return camel_case("unknown_message_" + l.tag);
  };
  out +=
      ";\n\n" + t("  const @P@Domain(this.wireName, this.first, this.last, ") +
      joined(model.locales, ", ",
             [&](const model_locale& l) { return "this." + unknown_field(l); }) +
      t(R"();

  /// The name used on the wire and in the catalogue ("engine").
  final String wireName;

  /// The range this domain owns (empty for [@P@Domain.unknown]).
  final int first;
  final int last;

  /// The messages of a number in this range that the catalogue does not list.
)") +
      joined(model.locales, "",
             [&](const model_locale& l) { return "  final String " + unknown_field(l) + ";\n"; }) +
      t(R"(
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

  /// The safe number-to-enum conversion: the value [value] is, or null for a
  /// number this package does not list (`values.firstWhere` would throw:
  /// "9 is not one of the supported values").
  static @P@ErrorCode? fromValue(int value) {
    for (final c in values) {
      if (c.value == value) return c;
    }
    return null;
  }

  /// The number sent on the wire.
  final int value;

  /// Everything the catalogue says about this code.
  @P@ErrorInfo get info => lookupRtcError(value);
}

/// Everything the catalogue says about one code.
class @P@ErrorInfo {
  const @P@ErrorInfo(this.code, this.known, this.domain, this.name,
      )") +
         text_fields(model, ", ",
                     [](const std::string& field, const model_locale&, bool) {
                       return "this." + camel_case(field);
                     }) +
         t(R"(,
      this.condition, this.retry, this.httpStatus, this.grpcCode);

  /// The number, as received (kept as is when unknown).
  final int code;

  /// False for a number this catalogue does not list.
  final bool known;
  final @P@Domain domain;

  /// snake_case, unique within the domain; "unknown" when not known.
  final String name;
)") +
         text_fields(model, "",
                     [](const std::string& field, const model_locale&, bool) {
                       return "  final String " + camel_case(field) + ";\n";
                     }) +
         t(R"(  final @P@Condition condition;
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
           code_row(model, c,
                    enum_row_spelling(lit, t("@P@Domain"), t("@P@Condition"), t("@P@Retry"),
                                      camel_case)) +
           "),\n";
  out += t(R"(};

/// What an unlisted number of first..last defaults to.
class _UnknownDefault {
  const _UnknownDefault(
      this.first, this.last, this.condition, this.retry, this.httpStatus, this.grpcCode);
  final int first;
  final int last;
  final @P@Condition condition;
  final @P@Retry retry;
  final int? httpStatus;
  final int grpcCode;
}

/// Each domain's parts of its range, then its whole range; the first that
/// holds a number applies.
const List<_UnknownDefault> _unknownDefaults = <_UnknownDefault>[
)");
  for (const model_unknown_default& u : unknown_default_rows(model))
    out += "  _UnknownDefault(" + std::to_string(u.first) + ", " + std::to_string(u.last) + ", " +
           t("@P@Condition.") + camel_case(u.condition) + ", " + t("@P@Retry.") +
           camel_case(u.retry) + ", " + lit.number_or_none(u.http_status) + ", " +
           std::to_string(u.grpc_code) + "),\n";
  out += t(R"(];

/// Everything known about [code]. Never throws: a number not in the catalogue
/// gives known == false, keeps the number and names the domain of its range.
@P@ErrorInfo lookupRtcError(int code) {
  final known = _rtcErrorTable[code];
  if (known != null) return known;
  final domain = @P@Domain.of(code);
  _UnknownDefault? unlisted;
  for (final u in _unknownDefaults) {
    if (code >= u.first && code <= u.last) {
      unlisted = u;
      break;
    }
  }
  return @P@ErrorInfo(code, false, domain, "unknown", )") +
         text_fields(model, ", ",
                     [](const std::string&, const model_locale& l, bool hint) {
                       return hint ? std::string("\"\"")
                                   : "domain." + camel_case("unknown_message_" + l.tag);
                     }) +
         t(R"(,
      unlisted?.condition ?? @P@Condition.unknown, unlisted?.retry ?? @P@Retry.never,
      unlisted?.httpStatus, unlisted?.grpcCode ?? @UNKNOWN_GRPC_CODE@);
}

/// Every code of the catalogue, success first.
List<@P@ErrorInfo> allRtcErrors() => List.unmodifiable(_rtcErrorTable.values);
)") + exception;
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
