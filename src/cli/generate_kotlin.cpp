// Kotlin: a Maven package. src/main/kotlin/<package path>/RtcErrors.kt
// (package --namespace; every top-level type takes --prefix, so that
// `RtcDomain` and `RtcErrorInfo` do not collide with an app's own types):
// enum classes for codes, domains, conditions and retry policies; an
// `RtcErrorInfo` data class; and `RtcErrors.lookup(Int)`, which accepts any
// number a peer sends. pom.xml has the coordinates and kotlin-stdlib. Strings
// escape `$`, which would otherwise start a template. No trailing commas:
// the output compiles with Kotlin 1.3 as well as current releases.
#include "generate.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

constexpr literal_syntax lit{unicode_escape::utf16_units, "$", "null"};

// What a Kotlin library's pom adds: the standard library and the compiler
// plugin, with the Kotlin version the sources are written for.
constexpr std::string_view kotlin_pom_parts = R"(  <dependencies>
    <dependency>
      <groupId>org.jetbrains.kotlin</groupId>
      <artifactId>kotlin-stdlib</artifactId>
      <version>${kotlin.version}</version>
    </dependency>
  </dependencies>
  <build>
    <sourceDirectory>src/main/kotlin</sourceDirectory>
    <plugins>
      <plugin>
        <groupId>org.jetbrains.kotlin</groupId>
        <artifactId>kotlin-maven-plugin</artifactId>
        <version>${kotlin.version}</version>
        <executions>
          <execution>
            <id>compile</id>
            <goals><goal>compile</goal></goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
)";

}  // namespace

std::string kotlin_constant(const model_code& code, const generate_options& options) {
  return type_name(options, "ErrorCode.") + upper_snake(qualified_name(code));
}

std::vector<generated_file> generate_kotlin(const catalogue_model& model,
                                            const generate_options& options) {
  const type_prefixer t{options};
  std::string out =
      generated_header(model, "// ", t("@P@Errors.kt - the RTC platform's error codes."));
  out += t(R"(//
// Branch on @P@Errors.lookup(code).condition (shared across domains) or
// compare with @P@ErrorCode entries. lookup() never throws: a number that is not
// listed here (a newer server's code) gives known == false, the number as
// received and the domain whose range holds it.
package )") +
         options.name_space + t(R"(

/** The subsystem whose range holds a code; UNKNOWN for 0 and numbers outside every range. */
enum class @P@Domain(
    val wireName: String,
    val first: Long,
    val last: Long,
    val unknownMessageZh: String,
    val unknownMessageEn: String
) {
)");
  for (const model_domain& d : model.domains)
    out += "    " + upper_snake(d.name) + "(" + lit(d.name) + ", " + std::to_string(d.first) +
           "L, " + std::to_string(d.last) + "L, " + lit(d.unknown_message_zh) + ", " +
           lit(d.unknown_message_en) + "),\n";
  out += "    UNKNOWN(\"unknown\", 1L, 0L, " + lit(model.unknown_message_zh) + ", " +
         lit(model.unknown_message_en) + ")\n}\n\n";

  out += "/** The kind of failure, shared across domains: branch on this. */\n" +
         t("enum class @P@Condition(val wireName: String) {\n");
  out += joined(model.conditions, ",\n",
                [](const std::string& c) { return "    " + upper_snake(c) + "(" + lit(c) + ")"; });
  out +=
      t("\n}\n\n/** What to do before trying again. */\nenum class @P@Retry(val wireName: String) "
        "{\n");
  out += joined(model.retries, ",\n",
                [](const std::string& r) { return "    " + upper_snake(r) + "(" + lit(r) + ")"; });
  out +=
      "\n}\n\n/** Every code of the catalogue. A number from the wire may be none of these: use " +
      t("@P@Errors.lookup(). */\nenum class @P@ErrorCode(val value: Int) {\n");
  out += joined(model.codes, ",\n", [](const model_code& c) {
    return "    /** " + comment_text(c.message_en) + " */\n    " + upper_snake(qualified_name(c)) +
           "(" + std::to_string(c.value) + ")";
  });
  out += t(R"(;

    /** Everything the catalogue says about this code. */
    val info: @P@ErrorInfo get() = @P@Errors.lookup(value)
}

/** Everything the catalogue says about one code. */
data class @P@ErrorInfo(
    /** The number, as received (kept as is when unknown). */
    val code: Int,
    /** False for a number this catalogue does not list. */
    val known: Boolean,
    val domain: @P@Domain,
    /** snake_case, unique within the domain; "unknown" when not known. */
    val name: String,
    val messageZh: String,
    val messageEn: String,
    val hintZh: String,
    val hintEn: String,
    val condition: @P@Condition,
    val retry: @P@Retry,
    /** The HTTP status a service answers with; null where none. */
    val httpStatus: Int?,
    /** The google.rpc.Code a gRPC service answers with (2: UNKNOWN when not known). */
    val grpcCode: Int
)

object @P@Errors {
    const val CATALOGUE_VERSION = )") +
         lit(model.version) + "\n    const val CATALOGUE_FINGERPRINT = " + lit(model.fingerprint) +
         t("\n\n    private val codes: List<@P@ErrorInfo> = listOf(\n");
  out += joined(model.codes, ",\n", [&t](const model_code& c) {
    return t("        @P@ErrorInfo(") +
           code_row(c, enum_row_spelling(lit, t("@P@Domain"), t("@P@Condition"), t("@P@Retry"),
                                         upper_snake)) +
           ")";
  });
  out += t(R"(
    )

    private val byCode: Map<Int, @P@ErrorInfo> = codes.associateBy { it.code }

    /** The domain whose range holds [code]; UNKNOWN outside every range. */
    fun domainOf(code: Long): @P@Domain =
        @P@Domain.values().firstOrNull { code >= it.first && code <= it.last } ?: @P@Domain.UNKNOWN

    /**
     * Everything known about [code]. Never throws: a number not in the catalogue
     * gives known == false, keeps the number and names the domain of its range.
     */
    fun lookup(code: Int): @P@ErrorInfo {
        byCode[code]?.let { return it }
        val d = domainOf(code.toLong())
        return @P@ErrorInfo(code, false, d, "unknown", d.unknownMessageZh, d.unknownMessageEn, "", "",
                         @P@Condition.UNKNOWN, @P@Retry.NEVER, null, @UNKNOWN_GRPC_CODE@)
    }

    /** Every code of the catalogue, success first. */
    val all: List<@P@ErrorInfo> get() = codes
}
)");
  return {{"src/main/kotlin/" + namespace_path(options.name_space) + t("/@P@Errors.kt"),
           with_unknown_grpc_code(out, model)},
          {"pom.xml",
           maven_pom(options, "    <kotlin.version>1.3.72</kotlin.version>\n", kotlin_pom_parts)}};
}

}  // namespace rtcerr::cli
