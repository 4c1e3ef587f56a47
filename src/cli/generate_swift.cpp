// Swift: a Swift package, Sources/<package>/<package>.swift. `RtcErrorCode`,
// an Int32 enum of the catalogue (`RtcErrorCode(rawValue:)`, the safe
// conversion, is nil for a number it does not list); `RtcErrorInfo`, a struct
// of the catalogue's fields; `RtcErrorInfo.lookup(_:)`, which accepts any
// number a peer sends; and `RtcError`, the error type to throw, a
// LocalizedError and CustomNSError where Foundation is, with a problem+json
// reader. Package.swift declares the library.
#include "generate.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

// The error type and its problem+json reader ("@P@": the type-name prefix).
constexpr std::string_view error_swift = R"~(
/// The message of `info` for `locale` ("zh", "zh-Hans-CN", "en_US"): the
/// text of the locale's language, else English, else the first text there is.
public func rtcErrorMessage(_ info: @P@ErrorInfo, locale: String) -> String {
    let language = String(locale.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
    let texts: [(String, String)] = [@LOCALE_TEXTS@]
    for wanted in [language, "en", ""] {
        for (tag, text) in texts where (wanted.isEmpty || tag == wanted) && !text.isEmpty {
            return text
        }
    }
    return info.messageEn
}

/// A failure with a catalogue code, to throw: `catch let e as @P@Error`
/// catches it, `condition` and `retry` say what to do. With Foundation it is
/// a LocalizedError (localizedDescription is the message for the user's
/// language) and a CustomNSError (domain "rtcerr", code the number).
public struct @P@Error: Error, Equatable, CustomStringConvertible {
    public let info: @P@ErrorInfo
    /// What the server said about this occurrence (problem+json "detail").
    public let detail: String?

    public init(_ info: @P@ErrorInfo, detail: String? = nil) {
        self.info = info
        self.detail = detail
    }

    /// The error of any number; an unknown code keeps its number and domain.
    public init(code: Int32, detail: String? = nil) {
        self.init(@P@ErrorInfo.lookup(code), detail: detail)
    }

    public var code: Int32 { return info.code }
    public var known: Bool { return info.known }
    public var domain: @P@Domain { return info.domain }
    /// snake_case, unique within the domain; "unknown" when not known.
    public var name: String { return info.name }
    public var condition: @P@Condition { return info.condition }
    public var retry: @P@Retry { return info.retry }
    /// The HTTP status; nil where none.
    public var httpStatus: Int? { return info.httpStatus }
    public var grpcCode: Int { return info.grpcCode }

    /// The message for `locale`, with rtcErrorMessage's fallback.
    public func message(locale: String) -> String {
        return rtcErrorMessage(info, locale: locale)
    }

    public var description: String { return info.description }

    /// A problem+json body already decoded (JSONSerialization, a JSON
    /// library) as an error, or nil without an integer "code". The body's
    /// members win over this package's catalogue, so that a code a newer
    /// server knows keeps the server's name, texts, condition and retry
    /// policy; a member missing or of a value this package does not know
    /// comes from lookup (retry: backoff when "retryable", for an unknown code).
    public static func fromProblem(_ body: [String: Any]) -> @P@Error? {
        guard let number = body["code"] as? Int, let code = Int32(exactly: number) else { return nil }
        let base = @P@ErrorInfo.lookup(code)
        let retryable = body["retryable"] as? Bool ?? false
        let retry = (body["retry"] as? String).flatMap { @P@Retry(rawValue: $0) }
            ?? (base.known ? base.retry : (retryable ? @P@Retry.backoff : @P@Retry.never))
        let info = @P@ErrorInfo(
            code: code, known: base.known,
            domain: (body["domain"] as? String).flatMap { @P@Domain(rawValue: $0) } ?? base.domain,
            name: body["name"] as? String ?? base.name,
@TEXTS@            condition: (body["condition"] as? String).flatMap { @P@Condition(rawValue: $0) } ?? base.condition,
            retry: retry, httpStatus: body["status"] as? Int ?? base.httpStatus,
            grpcCode: base.grpcCode)
        return @P@Error(info, detail: body["detail"] as? String)
    }
}

#if canImport(Foundation)
extension @P@Error: LocalizedError {
    public var errorDescription: String? {
        return message(locale: Locale.preferredLanguages.first ?? "en")
    }
}

extension @P@Error: CustomNSError {
    public static var errorDomain: String { return "rtcerr" }
    public var errorCode: Int { return Int(code) }
    public var errorUserInfo: [String: Any] {
        return [NSLocalizedDescriptionKey: errorDescription ?? info.messageEn,
                "rtcerr.domain": domain.rawValue, "rtcerr.name": name]
    }
}

extension @P@Error {
    /// An application/problem+json body as an error, or nil when it is not
    /// JSON or has no integer "code". See fromProblem.
    public static func fromProblemJSON(_ data: Data) -> @P@Error? {
        guard let body = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return nil
        }
        return fromProblem(body)
    }
}
#endif
)~";

constexpr literal_syntax lit{unicode_escape::braced, "", "nil"};

// An enum case with a raw value: `case invalidArgument = "invalid_argument"`
// (the raw value only where it differs from the case name).
std::string string_case(const std::string& snake) {
  const std::string name = camel_case(snake);
  return "    case " + name + (name == snake ? std::string() : " = " + lit(snake)) + "\n";
}

}  // namespace

std::string swift_constant(const model_code& code, const generate_options& options) {
  return type_name(options, "ErrorCode.") + camel_case(qualified_name(code));
}

std::vector<generated_file> generate_swift(const catalogue_model& model,
                                           const generate_options& options) {
  const type_prefixer t{options};
  std::string out =
      generated_header(model, "// ", options.package + ".swift - the RTC platform's error codes.");
  out += t(R"(//
// Branch on @P@ErrorInfo.lookup(code).condition (shared across domains) or
// compare with @P@ErrorCode cases. lookup(_:) never fails: a number that is
// not listed here (a newer server's code) gives known == false, the number as
// received and the domain whose range holds it.

#if canImport(Foundation)
import Foundation
#endif

public let rtcCatalogueVersion = )") +
         lit(model.version) + "\npublic let rtcCatalogueFingerprint = " + lit(model.fingerprint) +
         t(R"(

/// The subsystem whose range holds a code; `.unknown` for 0 and numbers outside every range.
public enum @P@Domain: String, CaseIterable {
)");
  for (const model_domain& d : model.domains) out += string_case(d.name);
  out +=
      "    case unknown\n\n    /// The range this domain owns (nil for `.unknown`).\n"
      "    public var range: ClosedRange<Int64>? {\n        switch self {\n";
  for (const model_domain& d : model.domains)
    out += "        case ." + camel_case(d.name) + ": return " + std::to_string(d.first) + "..." +
           std::to_string(d.last) + "\n";
  out += "        case .unknown: return nil\n        }\n    }\n";
  // The messages of a number in a range that the catalogue does not list, per language.
  for (const model_locale& l : model.locales) {
    out += "\n    /// The message, in \"" + l.tag +
           "\", of a number in this range that the catalogue does not list.\n    public var " +
           camel_case("unknown_message_" + l.tag) + ": String {\n        switch self {\n";
    for (const model_domain& d : model.domains)
      out += "        case ." + camel_case(d.name) + ": return " + lit(d.*l.unknown_message) + "\n";
    out +=
        "        case .unknown: return " + lit(model.*l.outside_message) + "\n        }\n    }\n";
  }
  out += "\n    /// The domain whose range holds `code`; `.unknown` outside " +
         t("every range.\n    public static func of(_ code: Int64) -> @P@Domain {\n") +
         "        return allCases.first { $0.range?.contains(code) ?? false } ?? .unknown\n"
         "    }\n}\n\n";

  out += "/// The kind of failure, shared across domains: branch on this.\n" +
         t("public enum @P@Condition: String, CaseIterable {\n");
  for (const std::string& c : model.conditions) out += string_case(c);
  out +=
      t("}\n\n/// What to do before trying again.\npublic enum @P@Retry: String, CaseIterable {\n");
  for (const std::string& r : model.retries) out += string_case(r);
  out += "}\n\n/// Every code of the catalogue. A number from the wire may be none of these: use " +
         t("`@P@ErrorInfo.lookup(_:)`.\npublic enum @P@ErrorCode: Int32, CaseIterable {\n");
  for (const model_code& c : model.codes)
    out += "    /// " + comment_text(c.message_en) + "\n    case " + camel_case(qualified_name(c)) +
           " = " + std::to_string(c.value) + "\n";
  out += t(R"~(
    /// Everything the catalogue says about this code.
    public var info: @P@ErrorInfo { return @P@ErrorInfo.lookup(rawValue) }
}

/// Everything the catalogue says about one code.
public struct @P@ErrorInfo: Equatable, CustomStringConvertible {
    /// The number, as received (kept as is when unknown).
    public let code: Int32
    /// False for a number this catalogue does not list.
    public let known: Bool
    public let domain: @P@Domain
    /// snake_case, unique within the domain; "unknown" when not known.
    public let name: String
)~") +
         text_fields(model, "",
                     [](const std::string& field, const model_locale&, bool) {
                       return "    public let " + camel_case(field) + ": String\n";
                     }) +
         t(R"~(    public let condition: @P@Condition
    public let retry: @P@Retry
    /// The HTTP status a service answers with; nil where none.
    public let httpStatus: Int?
    /// The google.rpc.Code a gRPC service answers with (2: UNKNOWN when not known).
    public let grpcCode: Int

    /// "domain.name (code): English message".
    public var description: String {
        return "\(domain.rawValue).\(name) (\(code)): \(messageEn)"
    }

    /// Everything known about `code`. Never fails: a number not in the
    /// catalogue gives `known == false`, keeps the number and names the domain
    /// of its range.
    public static func lookup(_ code: Int32) -> @P@ErrorInfo {
        if let info = rtcErrorTable[code] { return info }
        let domain = @P@Domain.of(Int64(code))
        let unlisted = rtcUnknownDefaults.first { Int64(code) >= $0.first && Int64(code) <= $0.last }
        return @P@ErrorInfo(code: code, known: false, domain: domain, name: "unknown",
                            )~") +
         text_fields(model, ", ",
                     [](const std::string& field, const model_locale& l, bool hint) {
                       return camel_case(field) + ": " +
                              (hint ? std::string("\"\"")
                                    : "domain." + camel_case("unknown_message_" + l.tag));
                     }) +
         t(R"~(,
                            condition: unlisted?.condition ?? .unknown,
                            retry: unlisted?.retry ?? .never, httpStatus: unlisted?.httpStatus,
                            grpcCode: unlisted?.grpcCode ?? @UNKNOWN_GRPC_CODE@)
    }

    /// Every code of the catalogue, success first.
    public static var all: [@P@ErrorInfo] {
        return @P@ErrorCode.allCases.map { $0.info }
    }
}

/// What an unlisted number defaults to: each domain's parts of its range,
/// then its whole range; the first that holds a number applies.
private let rtcUnknownDefaults: [(first: Int64, last: Int64, condition: @P@Condition,
                                  retry: @P@Retry, httpStatus: Int?, grpcCode: Int)] = [
)~");
  for (const model_unknown_default& u : unknown_default_rows(model))
    out += "    (first: " + std::to_string(u.first) + ", last: " + std::to_string(u.last) +
           ", condition: ." + camel_case(u.condition) + ", retry: ." + camel_case(u.retry) +
           ", httpStatus: " + lit.number_or_none(u.http_status) +
           ", grpcCode: " + std::to_string(u.grpc_code) + "),\n";
  out += t(R"~(]

private let rtcErrorTable: [Int32: @P@ErrorInfo] = [
)~");
  for (const model_code& c : model.codes)
    out += "    " + std::to_string(c.value) + t(": @P@ErrorInfo(code: ") + std::to_string(c.value) +
           ", known: true, domain: ." + camel_case(c.domain.empty() ? "unknown" : c.domain) +
           ", name: " + lit(c.name) + ", " +
           text_fields(model, ", ",
                       [&c](const std::string& field, const model_locale& l, bool hint) {
                         return camel_case(field) + ": " + lit(c.*(hint ? l.hint : l.message));
                       }) +
           ", condition: ." + camel_case(c.condition) + ", retry: ." + camel_case(c.retry) +
           ", httpStatus: " +
           (c.http_status == 0 ? std::string("nil") : std::to_string(c.http_status)) +
           ", grpcCode: " + std::to_string(c.grpc_code) + "),\n";
  // The error type, with the texts of each language: rtcErrorMessage's
  // table, and each message decoded from its problem+json member.
  std::string error = t(error_swift);
  // (GCC 12 warns, wrongly, of overlapping copies in `"(" + std::string&&`
  // here: the strings are built by appending.)
  error.replace(error.find("@LOCALE_TEXTS@"), 14,
                joined(model.locales, ", ", [](const model_locale& l) {
                  std::string pair = "(";
                  pair += lit(l.tag);
                  pair += ", info.";
                  pair += camel_case("message_" + l.tag);
                  pair += ")";
                  return pair;
                }));
  std::string texts(12, ' ');
  texts += text_fields(model, ",\n            ",
                       [](const std::string& field, const model_locale& l, bool hint) {
                         const std::string name = camel_case(field);
                         std::string value = name;
                         value += ": ";
                         if (hint) {
                           value += "base.";
                         } else {
                           value += "body[";
                           value += lit(problem_member(l));
                           value += "] as? String ?? base.";
                         }
                         value += name;
                         return value;
                       });
  texts += ",\n";
  error.replace(error.find("@TEXTS@"), 7, texts);
  out += "]\n" + error;
  // SwiftPM takes versions from git tags: the version is stated, not set.
  const std::string manifest =
      "// swift-tools-version:5.5\n// Generated by rtcerr generate; do not edit. Version " +
      options.version + R"(.
import PackageDescription

let package = Package(
    name: ")" +
      options.package + R"(",
    products: [.library(name: ")" +
      options.package + R"(", targets: [")" + options.package + R"("])],
    targets: [.target(name: ")" +
      options.package + R"(", path: "Sources/)" + options.package + R"(")]
)
)";
  return {{"Sources/" + options.package + "/" + options.package + ".swift",
           with_unknown_grpc_code(out, model)},
          {"Package.swift", manifest}};
}

}  // namespace rtcerr::cli
