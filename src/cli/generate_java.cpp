// Java: a Maven package. src/main/java/<package path>/RtcErrors.java (the
// holder's name takes --prefix) with enums for codes, domains, conditions and
// retry policies, an immutable `RtcErrors.Info` per code whose httpStatus is
// null where there is none, and `RtcErrors.lookup(int)`, which accepts any
// number a peer sends; pom.xml with the coordinates (--package
// groupId:artifactId, --version), Java 8 bytecode.
#include "generate.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

constexpr literal_syntax lit{unicode_escape::utf16_units, "", "null"};

}  // namespace

std::string java_constant(const model_code& code, const generate_options& options) {
  return type_name(options, "Errors") + ".Code." + upper_snake(qualified_name(code));
}

std::vector<generated_file> generate_java(const catalogue_model& model,
                                          const generate_options& options) {
  const std::string holder = type_name(options, "Errors");
  std::string out =
      generated_header(model, "// ", holder + ".java - the RTC platform's error codes.");
  out += "package " + options.name_space + R"(;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The RTC platform's error codes. Branch on {@code lookup(code).condition}
 * (shared across domains) or compare with {@link Code} constants.
 * {@link #lookup(int)} never throws: a number that is not listed here (a
 * newer server's code) gives {@code known == false}, the number as received
 * and the domain whose range holds it.
 */
public final class )" +
         holder + R"( {
  private )" +
         holder + R"(() {}

  public static final String CATALOGUE_VERSION = )" +
         lit(model.version) +
         ";\n  public static final String CATALOGUE_FINGERPRINT = " + lit(model.fingerprint) +
         ";\n\n";

  out +=
      "  /** The subsystem whose range holds a code; UNKNOWN for 0 and numbers outside every "
      "range. */\n  public enum Domain {\n";
  for (const model_domain& d : model.domains)
    out += "    " + upper_snake(d.name) + "(" + lit(d.name) + ", " + std::to_string(d.first) +
           "L, " + std::to_string(d.last) + "L, " + lit(d.unknown_message_zh) + ", " +
           lit(d.unknown_message_en) + "),\n";
  out += "    UNKNOWN(\"unknown\", 1L, 0L, " + lit(model.unknown_message_zh) + ", " +
         lit(model.unknown_message_en) + ");\n\n";
  out += R"(    /** The name used on the wire and in the catalogue ("engine"). */
    public final String wireName;
    /** The range this domain owns (empty for UNKNOWN). */
    public final long first, last;
    /** The messages of a number in this range that the catalogue does not list. */
    public final String unknownMessageZh, unknownMessageEn;

    Domain(String wireName, long first, long last, String unknownMessageZh,
           String unknownMessageEn) {
      this.wireName = wireName;
      this.first = first;
      this.last = last;
      this.unknownMessageZh = unknownMessageZh;
      this.unknownMessageEn = unknownMessageEn;
    }
  }

  /** The kind of failure, shared across domains: branch on this. */
  public enum Condition {
)";
  for (std::size_t i = 0; i < model.conditions.size(); ++i)
    out += "    " + upper_snake(model.conditions[i]) + "(" + lit(model.conditions[i]) + ")" +
           (i + 1 < model.conditions.size() ? ",\n" : ";\n");
  out += R"(
    public final String wireName;

    Condition(String wireName) { this.wireName = wireName; }
  }

  /** What to do before trying again. */
  public enum Retry {
)";
  for (std::size_t i = 0; i < model.retries.size(); ++i)
    out += "    " + upper_snake(model.retries[i]) + "(" + lit(model.retries[i]) + ")" +
           (i + 1 < model.retries.size() ? ",\n" : ";\n");
  out += R"(
    public final String wireName;

    Retry(String wireName) { this.wireName = wireName; }
  }

  /** Every code of the catalogue. A number from the wire may be none of these: use lookup(). */
  public enum Code {
)";
  for (std::size_t i = 0; i < model.codes.size(); ++i) {
    const model_code& c = model.codes[i];
    out += "    /** " + comment_text(c.message_en) + " */\n    " + upper_snake(qualified_name(c)) +
           "(" + std::to_string(c.value) + ")" + (i + 1 < model.codes.size() ? ",\n" : ";\n");
  }
  out += R"(
    /** The number sent on the wire. */
    public final int value;

    Code(int value) { this.value = value; }

    /** Everything the catalogue says about this code. */
    public Info info() { return lookup(value); }
  }

  /** Everything the catalogue says about one code. Immutable. */
  public static final class Info {
    /** The number, as received (kept as is when unknown). */
    public final int code;
    /** False for a number this catalogue does not list. */
    public final boolean known;
    public final Domain domain;
    /** snake_case, unique within the domain; "unknown" when not known. */
    public final String name;
    public final String messageZh, messageEn, hintZh, hintEn;
    public final Condition condition;
    public final Retry retry;
    /** The HTTP status a service answers with; null where none. */
    public final Integer httpStatus;
    /** The google.rpc.Code a gRPC service answers with (2: UNKNOWN when not known). */
    public final int grpcCode;

    Info(int code, boolean known, Domain domain, String name, String messageZh, String messageEn,
         String hintZh, String hintEn, Condition condition, Retry retry, Integer httpStatus,
         int grpcCode) {
      this.code = code;
      this.known = known;
      this.domain = domain;
      this.name = name;
      this.messageZh = messageZh;
      this.messageEn = messageEn;
      this.hintZh = hintZh;
      this.hintEn = hintEn;
      this.condition = condition;
      this.retry = retry;
      this.httpStatus = httpStatus;
      this.grpcCode = grpcCode;
    }

    /** "domain.name (code): English message". */
    @Override
    public String toString() {
      return domain.wireName + "." + name + " (" + code + "): " + messageEn;
    }
  }

  private static final Info[] CODES = {
)";
  for (const model_code& c : model.codes)
    out += "    new Info(" +
           code_row(c, enum_row_spelling(lit, "Domain", "Condition", "Retry", upper_snake)) +
           "),\n";
  out += R"(  };

  private static final Map<Integer, Info> BY_CODE = new HashMap<>();

  static {
    for (Info info : CODES) BY_CODE.put(info.code, info);
  }

  /** The domain whose range holds {@code code}; UNKNOWN outside every range. */
  public static Domain domainOf(long code) {
    for (Domain d : Domain.values())
      if (code >= d.first && code <= d.last) return d;
    return Domain.UNKNOWN;
  }

  /**
   * Everything known about {@code code}. Never throws and never returns null:
   * a number not in the catalogue gives {@code known == false}, keeps the
   * number and names the domain of its range.
   */
  public static Info lookup(int code) {
    Info info = BY_CODE.get(code);
    if (info != null) return info;
    Domain d = domainOf(code);
    return new Info(code, false, d, "unknown", d.unknownMessageZh, d.unknownMessageEn, "", "",
                    Condition.UNKNOWN, Retry.NEVER, null, @UNKNOWN_GRPC_CODE@);
  }

  /** Every code of the catalogue, success first. */
  public static List<Info> all() {
    return Collections.unmodifiableList(Arrays.asList(CODES));
  }
}
)";
  return {{"src/main/java/" + namespace_path(options.name_space) + "/" + holder + ".java",
           with_unknown_grpc_code(out, model)},
          {"pom.xml", maven_pom(options, {}, {})}};
}

}  // namespace rtcerr::cli
