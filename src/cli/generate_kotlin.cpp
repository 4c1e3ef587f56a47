// Kotlin: a Maven package. src/main/kotlin/<package path>/RtcErrors.kt
// (package --namespace; every top-level type takes --prefix, so that
// `RtcDomain` and `RtcErrorInfo` do not collide with an app's own types):
// enum classes for codes, domains, conditions and retry policies; an
// `RtcErrorInfo` data class; and `RtcErrors.lookup(Int)`, which accepts any
// number a peer sends; `RtcErrorCode.fromValue`; `RtcException`, the error
// type, with a problem+json reader. pom.xml has the coordinates and
// kotlin-stdlib. Strings
// escape `$`, which would otherwise start a template. No trailing commas:
// the output compiles with Kotlin 1.3 as well as current releases.
#include "generate.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

constexpr literal_syntax lit{unicode_escape::utf16_units, "$", "null"};

// The error type and its problem+json reader ("@P@": the type-name prefix).
constexpr std::string_view exception_kt = R"~(
/**
 * A failure with a catalogue code, to throw: `catch (e: @P@Exception)` catches
 * it, [condition] and [retry] say what to do. [message] is the English text,
 * [messageFor] the text for a user. Unchecked, as every Kotlin exception.
 */
class @P@Exception(val info: @P@ErrorInfo, val detail: String? = null) : RuntimeException(info.messageEn) {
    val code: Int get() = info.code
    val known: Boolean get() = info.known
    val domain: @P@Domain get() = info.domain
    /** snake_case, unique within the domain; "unknown" when not known. */
    val name: String get() = info.name
    val condition: @P@Condition get() = info.condition
    val retry: @P@Retry get() = info.retry
    /** The HTTP status; null where none. */
    val httpStatus: Int? get() = info.httpStatus
    val grpcCode: Int get() = info.grpcCode

    /** The message for [locale], with [@P@Errors.message]'s fallback. */
    fun messageFor(locale: String): String = @P@Errors.message(info, locale)

    companion object {
        /** The error of any number; an unknown code keeps its number and domain. Never throws. */
        fun of(code: Int): @P@Exception = @P@Exception(@P@Errors.lookup(code))

        /**
         * An application/problem+json body as an exception to throw, or null when
         * the body is not JSON or has no integer "code". See [fromProblem].
         */
        fun fromProblemJson(body: String): @P@Exception? {
            val doc = try {
                Json(body).parse()
            } catch (e: IllegalArgumentException) {
                return null
            }
            @Suppress("UNCHECKED_CAST")
            return (doc as? Map<String, Any?>)?.let { fromProblem(it) }
        }

        /**
         * A problem+json body already parsed (kotlinx.serialization, Gson, Moshi) as
         * an exception, or null without an integer "code". The body's members win
         * over this package's catalogue, so that a code a newer server knows keeps
         * the server's name, texts, condition and retry policy; a member missing or
         * of a value this package does not know comes from lookup (retry: BACKOFF
         * when "retryable", for an unknown code).
         */
        fun fromProblem(body: Map<String, Any?>): @P@Exception? {
            val number = (body["code"] as? Number)?.toDouble() ?: return null
            if (number != Math.rint(number) || number < Int.MIN_VALUE || number > Int.MAX_VALUE) return null
            val base = @P@Errors.lookup(number.toInt())
            val status = body["status"] as? Number
            val info = base.copy(
                domain = @P@Domain.values().firstOrNull { it.wireName == body["domain"] } ?: base.domain,
                name = body["name"] as? String ?: base.name,
@TEXTS@                condition = @P@Condition.values().firstOrNull { it.wireName == body["condition"] } ?: base.condition,
                retry = @P@Retry.values().firstOrNull { it.wireName == body["retry"] }
                    ?: if (base.known) base.retry
                    else if (body["retryable"] == true) @P@Retry.BACKOFF else @P@Retry.NEVER,
                httpStatus = status?.toInt() ?: base.httpStatus
            )
            return @P@Exception(info, body["detail"] as? String)
        }
    }

    /** A small, strict JSON reader: objects, arrays, strings, numbers, literals. */
    private class Json(private val s: String) {
        private var at = 0

        fun parse(): Any? {
            space()
            val value = value(0)
            space()
            if (at != s.length) throw IllegalArgumentException("trailing characters")
            return value
        }

        private fun space() {
            while (at < s.length && " \t\r\n".indexOf(s[at]) >= 0) ++at
        }

        private fun peek(): Char {
            if (at >= s.length) throw IllegalArgumentException("unexpected end")
            return s[at]
        }

        private fun expect(c: Char) {
            if (peek() != c) throw IllegalArgumentException("expected " + c + " at " + at)
            ++at
        }

        private fun value(depth: Int): Any? {
            if (depth > 64) throw IllegalArgumentException("nested deeper than 64 levels")
            val c = peek()
            if (c == '{') {
                ++at
                val members = HashMap<String, Any?>()
                space()
                if (peek() == '}') { ++at; return members }
                while (true) {
                    space()
                    val key = string()
                    space()
                    expect(':')
                    space()
                    members[key] = value(depth + 1)
                    space()
                    if (peek() == ',') { ++at; continue }
                    expect('}')
                    return members
                }
            }
            if (c == '[') {
                ++at
                val items = ArrayList<Any?>()
                space()
                if (peek() == ']') { ++at; return items }
                while (true) {
                    space()
                    items.add(value(depth + 1))
                    space()
                    if (peek() == ',') { ++at; continue }
                    expect(']')
                    return items
                }
            }
            if (c == '"') return string()
            for (word in arrayOf("true", "false", "null")) {
                if (s.startsWith(word, at)) {
                    at += word.length
                    return if (word == "null") null else word == "true"
                }
            }
            val start = at
            while (at < s.length && "+-0123456789.eE".indexOf(s[at]) >= 0) ++at
            val number = s.substring(start, at)
            return number.toLongOrNull() ?: number.toDoubleOrNull()
                ?: throw IllegalArgumentException("not a value at " + start)
        }

        private fun string(): String {
            expect('"')
            val out = StringBuilder()
            while (true) {
                val c = peek()
                ++at
                if (c == '"') return out.toString()
                if (c < ' ') throw IllegalArgumentException("control character in a string")
                if (c != '\\') { out.append(c); continue }
                val e = peek()
                ++at
                when (e) {
                    '"', '\\', '/' -> out.append(e)
                    'b' -> out.append('\b')
                    'f' -> out.append('\u000C')
                    'n' -> out.append('\n')
                    'r' -> out.append('\r')
                    't' -> out.append('\t')
                    'u' -> {
                        val unit = if (at + 4 <= s.length) s.substring(at, at + 4).toIntOrNull(16) else null
                        out.append((unit ?: throw IllegalArgumentException("bad escape at " + at)).toChar())
                        at += 4
                    }
                    else -> throw IllegalArgumentException("unknown escape at " + at)
                }
            }
        }
    }
}
)~";

// What a Kotlin library's pom adds: the standard library and the compiler
// plugin, with the Kotlin version the sources are written for.
constexpr std::string_view kotlin_pom_parts = R"(  <dependencies>
    <dependency>
      <groupId>org.jetbrains.kotlin</groupId>
      <artifactId>kotlin-stdlib</artifactId>
      <version>${kotlin.version}</version>
    </dependency>
    <!-- Only for the GrpcStatus object (google.rpc.Status); optional. -->
    <dependency>
      <groupId>com.google.protobuf</groupId>
      <artifactId>protobuf-java</artifactId>
      <version>3.21.12</version>
      <optional>true</optional>
    </dependency>
    <dependency>
      <groupId>com.google.api.grpc</groupId>
      <artifactId>proto-google-common-protos</artifactId>
      <version>2.9.0</version>
      <optional>true</optional>
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

// <prefix>GrpcStatus.kt: a google.rpc.Status as the exception, with the
// Java classes of protobuf-java and proto-google-common-protos (optional
// dependencies in the pom; nothing else in the package refers to it).
constexpr std::string_view grpc_status_kt = R"~(package @NS@

import com.google.protobuf.InvalidProtocolBufferException
import com.google.rpc.ErrorInfo
import com.google.rpc.LocalizedMessage
import com.google.rpc.RetryInfo
import com.google.rpc.Status

/**
 * A google.rpc.Status, as rtcerr's gRPC services answer it, as an
 * [@P@Exception]: `@P@GrpcStatus.decode(StatusProto.fromThrowable(e))`.
 * Needs protobuf-java and proto-google-common-protos (optional dependencies
 * of this package: declare them to use this object).
 */
object @P@GrpcStatus {
    /** The serialised status (the grpc-status-details-bin trailer); null when it does not parse. */
    @JvmStatic
    fun decode(status: ByteArray): @P@Exception? =
        try {
            decode(Status.parseFrom(status))
        } catch (e: InvalidProtocolBufferException) {
            null
        }

    /**
     * The exception a status carries, or null without an ErrorInfo whose
     * metadata "code" is a decimal int32 (a server that does not use rtcerr).
     * What the server sent wins over this package's catalogue, so that a code
     * a newer server knows keeps its name (metadata "name", else the reason in
     * lower case), domain, condition and retry policy; the status message is
     * the English text, a LocalizedMessage the text of its language. Never
     * throws on an unknown code.
     */
    @JvmStatic
    fun decode(status: Status): @P@Exception? {
        for (detail in status.detailsList) {
            if (!detail.`is`(ErrorInfo::class.java)) continue
            val info = try {
                detail.unpack(ErrorInfo::class.java)
            } catch (e: InvalidProtocolBufferException) {
                continue
            }
            val metadata = info.metadataMap
            val number = metadata["code"] ?: continue
            if (!Regex("-?[0-9]{1,10}").matches(number)) continue
            val value = number.toLong()
            if (value < Int.MIN_VALUE || value > Int.MAX_VALUE) continue
            val base = @P@Errors.lookup(value.toInt())
            val texts = HashMap<String, String>()  // by language, lower case
            var retryInfo = false
            for (other in status.detailsList) {
                if (other.`is`(RetryInfo::class.java)) retryInfo = true
                if (!other.`is`(LocalizedMessage::class.java)) continue
                val m = try {
                    other.unpack(LocalizedMessage::class.java)
                } catch (e: InvalidProtocolBufferException) {
                    continue
                }
                if (m.message.isNotEmpty()) texts[lower(m.locale.split('-', '_')[0])] = m.message
            }
            if (status.message.isNotEmpty()) texts["en"] = status.message
            val reason = info.reason
            val name = metadata["name"]?.takeIf { it.isNotEmpty() }
                ?: if (!base.known && reason.isNotEmpty() && reason != "UNKNOWN") lower(reason) else base.name
            return @P@Exception(base.copy(
                domain = @P@Domain.values().firstOrNull { it.wireName == metadata["domain"] } ?: base.domain,
                name = name,
@TEXTS@                condition = @P@Condition.values().firstOrNull { it.wireName == metadata["condition"] } ?: base.condition,
                retry = @P@Retry.values().firstOrNull { it.wireName == metadata["retry"] }
                    ?: if (base.known) base.retry else if (retryInfo) @P@Retry.BACKOFF else @P@Retry.NEVER,
                grpcCode = if (status.code != 0) status.code else base.grpcCode
            ))
        }
        return null
    }

    private fun lower(s: String): String = s.map { if (it in 'A'..'Z') it + 32 else it }.joinToString("")
}
)~";

}  // namespace

std::string kotlin_constant(const model_code& code, const generate_options& options) {
  return type_name(options, "ErrorCode.") + upper_snake(qualified_name(code));
}

std::vector<generated_file> generate_kotlin(const catalogue_model& model,
                                            const generate_options& options) {
  const type_prefixer t{options};
  // The error type, its decoded texts written per language: each message from
  // its problem+json member, the hints from the catalogue.
  std::string exception = t(exception_kt);
  exception.replace(
      exception.find("@TEXTS@"), 7,
      text_fields(model, "", [](const std::string& field, const model_locale& l, bool hint) {
        const std::string name = camel_case(field);
        return hint ? std::string()
                    : "                " + name + " = body[" + lit(problem_member(l)) +
                          "] as? String ?: base." + name + ",\n";
      }));
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
)") +
         joined(model.locales, ",\n",
                [](const model_locale& l) {
                  return "    val " + camel_case("unknown_message_" + l.tag) + ": String";
                }) +
         "\n) {\n";
  for (const model_domain& d : model.domains)
    out += "    " + upper_snake(d.name) + "(" + lit(d.name) + ", " + std::to_string(d.first) +
           "L, " + std::to_string(d.last) + "L, " + unknown_messages(model, d, lit) + "),\n";
  out += "    UNKNOWN(\"unknown\", 1L, 0L, " + outside_messages(model, lit) + ")\n}\n\n";

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

    companion object {
        private val byValue: Map<Int, @P@ErrorCode> = values().associateBy { it.value }

        /**
         * The safe number-to-enum conversion: the entry [value] is, or null for a
         * number this package does not list (never `values().first { ... }`).
         */
        fun fromValue(value: Int): @P@ErrorCode? = byValue[value]
    }
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
)") +
         text_fields(model, "",
                     [](const std::string& field, const model_locale&, bool) {
                       return "    val " + camel_case(field) + ": String,\n";
                     }) +
         t(R"(    val condition: @P@Condition,
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
  out += joined(model.codes, ",\n", [&t, &model](const model_code& c) {
    return t("        @P@ErrorInfo(") +
           code_row(model, c,
                    enum_row_spelling(lit, t("@P@Domain"), t("@P@Condition"), t("@P@Retry"),
                                      upper_snake)) +
           ")";
  });
  out += t(R"(
    )

    private val byCode: Map<Int, @P@ErrorInfo> = codes.associateBy { it.code }

    /** What an unlisted number of first..last defaults to. */
    private class UnknownDefault(
        val first: Long, val last: Long, val condition: @P@Condition, val retry: @P@Retry,
        val httpStatus: Int?, val grpcCode: Int
    )

    /** Each domain's parts of its range, then its whole range; the first that holds a number applies. */
    private val unknownDefaults: List<UnknownDefault> = listOf(
)") +
         joined(unknown_default_rows(model), ",\n",
                [&t](const model_unknown_default& u) {
                  return "        UnknownDefault(" + std::to_string(u.first) + "L, " +
                         std::to_string(u.last) + "L, " + t("@P@Condition.") +
                         upper_snake(u.condition) + ", " + t("@P@Retry.") + upper_snake(u.retry) +
                         ", " + lit.number_or_none(u.http_status) + ", " +
                         std::to_string(u.grpc_code) + ")";
                }) +
         t(R"(
    )

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
        val u = unknownDefaults.firstOrNull { code.toLong() >= it.first && code.toLong() <= it.last }
        return @P@ErrorInfo(code, false, d, "unknown", )") +
         text_fields(model, ", ",
                     [](const std::string&, const model_locale& l, bool hint) {
                       return hint ? std::string("\"\"")
                                   : "d." + camel_case("unknown_message_" + l.tag);
                     }) +
         t(R"(,
                         u?.condition ?: @P@Condition.UNKNOWN, u?.retry ?: @P@Retry.NEVER,
                         u?.httpStatus, u?.grpcCode ?: @UNKNOWN_GRPC_CODE@)
    }

    /** Every code of the catalogue, success first. */
    val all: List<@P@ErrorInfo> get() = codes

    /**
     * The message of [info] for [locale] ("zh", "zh-CN", "en_US"): the text of
     * the locale's language, else English, else the first text there is.
     */
    fun message(info: @P@ErrorInfo, locale: String): String {
        val language = locale.split('-', '_')[0]
        val texts = listOf()") +
         joined(model.locales, ", ",
                [](const model_locale& l) {
                  return lit(l.tag) + " to info." + camel_case("message_" + l.tag);
                }) +
         t(R"()
        for (wanted in listOf(language, "en", "")) {
            for ((tag, text) in texts) {
                if ((wanted == "" || tag.equals(wanted, ignoreCase = true)) && text.isNotEmpty()) return text
            }
        }
        return info.messageEn
    }
}
)") + exception;
  std::string grpc = std::string(grpc_status_kt);
  grpc.replace(grpc.find("@NS@"), 4, options.name_space);
  std::string localized;
  for (const model_locale& l : model.locales) {
    const std::string field = camel_case("message_" + l.tag);
    localized +=
        "                " + field + " = texts[" + lit(l.tag) + "] ?: base." + field + ",\n";
  }
  grpc.replace(grpc.find("@TEXTS@"), 7, localized);
  return {{"src/main/kotlin/" + namespace_path(options.name_space) + t("/@P@Errors.kt"),
           with_unknown_grpc_code(out, model)},
          {"src/main/kotlin/" + namespace_path(options.name_space) + t("/@P@GrpcStatus.kt"),
           generated_header(model, "// ",
                            t("@P@GrpcStatus.kt - a google.rpc.Status as the error type.")) +
               t(grpc)},
          {"pom.xml",
           maven_pom(options, "    <kotlin.version>1.3.72</kotlin.version>\n", kotlin_pom_parts)}};
}

}  // namespace rtcerr::cli
