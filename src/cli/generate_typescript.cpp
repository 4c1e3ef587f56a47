// TypeScript: rtcerr.ts. An `ErrorCode` enum for switch statements and
// comparisons, a frozen `ErrorInfo` record per code, and `lookup(code)`,
// which accepts any number a peer sends.
#include "generate.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

constexpr literal_syntax lit{unicode_escape::utf16_units, "", "null"};

std::string union_of(const std::vector<std::string>& names) { return joined(names, " | ", lit); }

}  // namespace

std::string typescript_constant(const model_code& code, const generate_options&) {
  return "ErrorCode." + pascal_case(qualified_name(code));
}

std::vector<generated_file> generate_typescript(const catalogue_model& model,
                                                const generate_options&) {
  std::string out = generated_header(model, "// ", "rtcerr.ts - the RTC platform's error codes.");
  out += R"(//
// Branch on `lookup(code).condition` (shared across domains) or compare with
// `ErrorCode` members. `lookup` never throws: a number that is not listed
// here (a newer server's code) gives `known: false`, the number as received
// and the domain whose range holds it.

export const CATALOGUE_VERSION = )" +
         lit(model.version) + ";\nexport const CATALOGUE_FINGERPRINT = " + lit(model.fingerprint) +
         ";\n\n";

  std::vector<std::string> domain_names;
  for (const model_domain& d : model.domains) domain_names.push_back(d.name);
  domain_names.push_back("unknown");
  out +=
      "/** The subsystem whose range holds a code; \"unknown\" for 0 and numbers outside every "
      "range. */\n";
  out += "export type Domain = " + union_of(domain_names) + ";\n";
  out += "/** The kind of failure, shared across domains: branch on this. */\n";
  out += "export type Condition = " + union_of(model.conditions) + ";\n";
  out += "/** What to do before trying again. */\n";
  out += "export type Retry = " + union_of(model.retries) + ";\n\n";

  out +=
      "/** Every code of the catalogue. A number from the wire may be none of these: use "
      "lookup(). */\n";
  out += "export enum ErrorCode {\n";
  for (const model_code& c : model.codes)
    out += "  /** " + comment_text(c.message_en) + " */\n  " + pascal_case(qualified_name(c)) +
           " = " + std::to_string(c.value) + ",\n";
  out += "}\n\n";

  out += R"(/** Everything the catalogue says about one code. */
export interface ErrorInfo {
  /** The number, as received (kept as is when unknown). */
  readonly code: number;
  /** False for a number this catalogue does not list. */
  readonly known: boolean;
  readonly domain: Domain;
  /** snake_case, unique within the domain; "unknown" when not known. */
  readonly name: string;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly hintZh: string;
  readonly hintEn: string;
  readonly condition: Condition;
  readonly retry: Retry;
  /** The HTTP status a service answers with; null where none. */
  readonly httpStatus: number | null;
  /** The google.rpc.Code a gRPC service answers with (14: UNAVAILABLE; 2: UNKNOWN when not known). */
  readonly grpcCode: number;
}

interface DomainRange {
  readonly name: Domain;
  readonly first: number;
  readonly last: number;
  readonly unknownMessageZh: string;
  readonly unknownMessageEn: string;
}

const DOMAINS: ReadonlyArray<DomainRange> = [
)";
  for (const model_domain& d : model.domains)
    out += "  { name: " + lit(d.name) + ", first: " + std::to_string(d.first) +
           ", last: " + std::to_string(d.last) +
           ", unknownMessageZh: " + lit(d.unknown_message_zh) +
           ", unknownMessageEn: " + lit(d.unknown_message_en) + " },\n";
  out += "];\n\nconst UNKNOWN_MESSAGE_ZH = " + lit(model.unknown_message_zh) +
         ";\nconst UNKNOWN_MESSAGE_EN = " + lit(model.unknown_message_en) +
         ";\nconst UNKNOWN_GRPC_CODE = " + std::to_string(model.unknown_grpc_code) + ";\n\n";

  out += R"(function entry(
  code: number, known: boolean, domain: Domain, name: string, messageZh: string, messageEn: string,
  hintZh: string, hintEn: string, condition: Condition, retry: Retry, httpStatus: number | null,
  grpcCode: number,
): ErrorInfo {
  return Object.freeze({ code, known, domain, name, messageZh, messageEn, hintZh, hintEn,
                         condition, retry, httpStatus, grpcCode });
}

const CODES: ReadonlyArray<ErrorInfo> = Object.freeze([
)";
  for (const model_code& c : model.codes)
    out += "  entry(" + code_row(c, {lit, lit, lit, lit}) + "),\n";
  out += R"(]);

const BY_CODE: ReadonlyMap<number, ErrorInfo> = new Map(CODES.map((c) => [c.code, c]));

function rangeOf(code: number): DomainRange | undefined {
  return DOMAINS.find((d) => code >= d.first && code <= d.last);
}

/** The domain whose range holds `code`; "unknown" outside every range. */
export function domainOf(code: number): Domain {
  const range = rangeOf(code);
  return range === undefined ? "unknown" : range.name;
}

/**
 * Everything known about `code`. Never throws: a number not in the catalogue
 * gives `known: false`, keeps the number and names the domain of its range.
 */
export function lookup(code: number): ErrorInfo {
  const known = BY_CODE.get(code);
  if (known !== undefined) return known;
  const range = rangeOf(code);
  return Object.freeze({
    code,
    known: false,
    domain: range === undefined ? "unknown" : range.name,
    name: "unknown",
    messageZh: range === undefined ? UNKNOWN_MESSAGE_ZH : range.unknownMessageZh,
    messageEn: range === undefined ? UNKNOWN_MESSAGE_EN : range.unknownMessageEn,
    hintZh: "",
    hintEn: "",
    condition: "unknown",
    retry: "never",
    httpStatus: null,
    grpcCode: UNKNOWN_GRPC_CODE,
  });
}

/** Every code of the catalogue, success first. */
export function allCodes(): ReadonlyArray<ErrorInfo> {
  return CODES;
}
)";
  return {{"rtcerr.ts", out}};
}

}  // namespace rtcerr::cli
