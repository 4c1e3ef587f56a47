// Kotlin: rtcerr/RtcErrors.kt (package rtcerr). Enum classes for codes,
// domains, conditions and retry policies; an `ErrorInfo` data class; and
// `RtcErrors.lookup(Int)`, which accepts any number a peer sends. Strings
// escape `$`, which would otherwise start a template. No trailing commas:
// the output compiles with Kotlin 1.3 as well as current releases.
#include "generate.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

constexpr literal_syntax lit{unicode_escape::utf16_units, "$", "null"};

}  // namespace

std::string kotlin_constant(const model_code& code, const generate_options&) {
  return "ErrorCode." + upper_snake(qualified_name(code));
}

std::vector<generated_file> generate_kotlin(const catalogue_model& model, const generate_options&) {
  std::string out =
      generated_header(model, "// ", "RtcErrors.kt - the RTC platform's error codes.");
  out += R"(//
// Branch on RtcErrors.lookup(code).condition (shared across domains) or
// compare with ErrorCode entries. lookup() never throws: a number that is not
// listed here (a newer server's code) gives known == false, the number as
// received and the domain whose range holds it.
package rtcerr

/** The subsystem whose range holds a code; UNKNOWN for 0 and numbers outside every range. */
enum class Domain(
    val wireName: String,
    val first: Long,
    val last: Long,
    val unknownMessageZh: String,
    val unknownMessageEn: String
) {
)";
  for (const model_domain& d : model.domains)
    out += "    " + upper_snake(d.name) + "(" + lit(d.name) + ", " + std::to_string(d.first) +
           "L, " + std::to_string(d.last) + "L, " + lit(d.unknown_message_zh) + ", " +
           lit(d.unknown_message_en) + "),\n";
  out += "    UNKNOWN(\"unknown\", 1L, 0L, " + lit(model.unknown_message_zh) + ", " +
         lit(model.unknown_message_en) + ")\n}\n\n";

  out +=
      "/** The kind of failure, shared across domains: branch on this. */\n"
      "enum class Condition(val wireName: String) {\n";
  out += joined(model.conditions, ",\n",
                [](const std::string& c) { return "    " + upper_snake(c) + "(" + lit(c) + ")"; });
  out +=
      "\n}\n\n/** What to do before trying again. */\nenum class Retry(val wireName: String) {\n";
  out += joined(model.retries, ",\n",
                [](const std::string& r) { return "    " + upper_snake(r) + "(" + lit(r) + ")"; });
  out +=
      "\n}\n\n/** Every code of the catalogue. A number from the wire may be none of these: use "
      "RtcErrors.lookup(). */\nenum class ErrorCode(val value: Int) {\n";
  out += joined(model.codes, ",\n", [](const model_code& c) {
    return "    /** " + comment_text(c.message_en) + " */\n    " + upper_snake(qualified_name(c)) +
           "(" + std::to_string(c.value) + ")";
  });
  out += R"(;

    /** Everything the catalogue says about this code. */
    val info: ErrorInfo get() = RtcErrors.lookup(value)
}

/** Everything the catalogue says about one code. */
data class ErrorInfo(
    /** The number, as received (kept as is when unknown). */
    val code: Int,
    /** False for a number this catalogue does not list. */
    val known: Boolean,
    val domain: Domain,
    /** snake_case, unique within the domain; "unknown" when not known. */
    val name: String,
    val messageZh: String,
    val messageEn: String,
    val hintZh: String,
    val hintEn: String,
    val condition: Condition,
    val retry: Retry,
    /** The HTTP status a service answers with; null where none. */
    val httpStatus: Int?,
    /** The google.rpc.Code a gRPC service answers with (2: UNKNOWN when not known). */
    val grpcCode: Int
)

object RtcErrors {
    const val CATALOGUE_VERSION = )" +
         lit(model.version) + "\n    const val CATALOGUE_FINGERPRINT = " + lit(model.fingerprint) +
         "\n\n    private val codes: List<ErrorInfo> = listOf(\n";
  out += joined(model.codes, ",\n", [](const model_code& c) {
    return "        ErrorInfo(" +
           code_row(c, enum_row_spelling(lit, "Domain", "Condition", "Retry", upper_snake)) + ")";
  });
  out += R"(
    )

    private val byCode: Map<Int, ErrorInfo> = codes.associateBy { it.code }

    /** The domain whose range holds [code]; UNKNOWN outside every range. */
    fun domainOf(code: Long): Domain =
        Domain.values().firstOrNull { code >= it.first && code <= it.last } ?: Domain.UNKNOWN

    /**
     * Everything known about [code]. Never throws: a number not in the catalogue
     * gives known == false, keeps the number and names the domain of its range.
     */
    fun lookup(code: Int): ErrorInfo {
        byCode[code]?.let { return it }
        val d = domainOf(code.toLong())
        return ErrorInfo(code, false, d, "unknown", d.unknownMessageZh, d.unknownMessageEn, "", "",
                         Condition.UNKNOWN, Retry.NEVER, null, @UNKNOWN_GRPC_CODE@)
    }

    /** Every code of the catalogue, success first. */
    val all: List<ErrorInfo> get() = codes
}
)";
  return {{"rtcerr/RtcErrors.kt", with_unknown_grpc_code(out, model)}};
}

}  // namespace rtcerr::cli
