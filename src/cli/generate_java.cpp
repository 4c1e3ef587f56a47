// Java: a Maven package. src/main/java/<package path>/RtcErrors.java (the
// holder's name takes --prefix) with enums for codes, domains, conditions and
// retry policies, an immutable `RtcErrors.Info` per code whose httpStatus is
// null where there is none, and `RtcErrors.lookup(int)`, which accepts any
// number a peer sends; `Code.fromValue(int)`; <prefix>Exception.java, the
// error type (unchecked; it says why) with a problem+json reader; pom.xml
// with the coordinates (--package
// groupId:artifactId, --version), Java 8 bytecode.
#include "generate.hpp"
#include "text_file.hpp"

namespace rtcerr::cli {
namespace {

constexpr literal_syntax lit{unicode_escape::utf16_units, "", "null"};

// <prefix>Exception.java: the error type, with its problem+json reader. "@P@"
// is the type-name prefix, "@NS@" the package.
constexpr std::string_view exception_java = R"~(package @NS@;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A failure with a catalogue code, to throw: {@code catch (@P@Exception e)}
 * catches it, {@link #condition()} and {@link #retry()} say what to do.
 * {@link #getMessage()} is the English text, {@link #message(String)} the
 * text for a user.
 *
 * <p>Unchecked: codes arrive from the wire inside callbacks and lambdas
 * (listeners, futures, streams), which checked exceptions cannot cross, and
 * Kotlin callers see no checked exceptions at all; what to do is decided by
 * the condition and retry policy, not by the compiler.
 */
public class @P@Exception extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient @P@Errors.Info info;
  private final String detail;

  /** The error of {@code info}, with what a server said about this occurrence (or null). */
  public @P@Exception(@P@Errors.Info info, String detail) {
    super(info.messageEn);
    this.info = info;
    this.detail = detail;
  }

  /** The error of any number; an unknown code keeps its number and domain. Never throws. */
  public static @P@Exception of(int code) {
    return new @P@Exception(@P@Errors.lookup(code), null);
  }

  public @P@Errors.Info info() { return info; }
  public int code() { return info.code; }
  public boolean known() { return info.known; }
  public @P@Errors.Domain domain() { return info.domain; }
  /** snake_case, unique within the domain; "unknown" when not known. */
  public String name() { return info.name; }
  public @P@Errors.Condition condition() { return info.condition; }
  public @P@Errors.Retry retry() { return info.retry; }
  /** The HTTP status; null where none. */
  public Integer httpStatus() { return info.httpStatus; }
  public int grpcCode() { return info.grpcCode; }
  /** What the server said about this occurrence (problem+json "detail"), or null. */
  public String detail() { return detail; }

  /** The message for {@code locale}, with {@link @P@Errors#message}'s fallback. */
  public String message(String locale) { return @P@Errors.message(info, locale); }

  /**
   * An application/problem+json body as an exception to throw, or empty when
   * the body is not JSON or has no integer "code". See {@link #fromProblem}.
   */
  public static Optional<@P@Exception> fromProblemJson(String body) {
    final Object doc;
    try {
      doc = Json.parse(body);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!(doc instanceof Map)) return Optional.empty();
    @SuppressWarnings("unchecked")
    Map<String, ?> members = (Map<String, ?>) doc;
    return fromProblem(members);
  }

  /**
   * A problem+json body already parsed (by Gson, Jackson, org.json's toMap)
   * as an exception, or empty without an integer "code". The body's members
   * win over this package's catalogue, so that a code a newer server knows
   * keeps the server's name, texts, condition and retry policy; a member
   * missing or of a value this package does not know comes from lookup
   * (retry: BACKOFF when "retryable", for an unknown code).
   */
  public static Optional<@P@Exception> fromProblem(Map<String, ?> body) {
    Object code = body.get("code");
    if (!(code instanceof Number)) return Optional.empty();
    double number = ((Number) code).doubleValue();
    if (number != Math.rint(number) || number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)
      return Optional.empty();
    @P@Errors.Info base = @P@Errors.lookup((int) number);
    @P@Errors.Domain domain = base.domain;
    for (@P@Errors.Domain d : @P@Errors.Domain.values())
      if (d.wireName.equals(body.get("domain"))) domain = d;
    @P@Errors.Condition condition = base.condition;
    for (@P@Errors.Condition c : @P@Errors.Condition.values())
      if (c.wireName.equals(body.get("condition"))) condition = c;
    @P@Errors.Retry retry = base.known ? base.retry
        : Boolean.TRUE.equals(body.get("retryable")) ? @P@Errors.Retry.BACKOFF : @P@Errors.Retry.NEVER;
    for (@P@Errors.Retry r : @P@Errors.Retry.values())
      if (r.wireName.equals(body.get("retry"))) retry = r;
    Object status = body.get("status");
    @P@Errors.Info info = new @P@Errors.Info(base.code, base.known, domain,
        text(body, "name", base.name),
        @TEXTS@,
        condition, retry,
        status instanceof Number ? Integer.valueOf(((Number) status).intValue()) : base.httpStatus,
        base.grpcCode);
    Object detail = body.get("detail");
    return Optional.of(new @P@Exception(info, detail instanceof String ? (String) detail : null));
  }

  private static String text(Map<String, ?> body, String key, String fallback) {
    Object value = body.get(key);
    return value instanceof String ? (String) value : fallback;
  }

  /** A small, strict JSON reader: objects, arrays, strings, numbers, literals. */
  private static final class Json {
    private final String s;
    private int at;

    private Json(String s) { this.s = s; }

    static Object parse(String text) {
      Json json = new Json(text == null ? "" : text);
      json.space();
      Object value = json.value(0);
      json.space();
      if (json.at != json.s.length()) throw new IllegalArgumentException("trailing characters");
      return value;
    }

    private void space() {
      while (at < s.length() && " \t\r\n".indexOf(s.charAt(at)) >= 0) ++at;
    }

    private char peek() {
      if (at >= s.length()) throw new IllegalArgumentException("unexpected end");
      return s.charAt(at);
    }

    private void expect(char c) {
      if (peek() != c) throw new IllegalArgumentException("expected " + c + " at " + at);
      ++at;
    }

    private Object value(int depth) {
      if (depth > 64) throw new IllegalArgumentException("nested deeper than 64 levels");
      char c = peek();
      if (c == '{') {
        ++at;
        Map<String, Object> members = new HashMap<>();
        space();
        if (peek() == '}') { ++at; return members; }
        while (true) {
          space();
          String key = string();
          space();
          expect(':');
          space();
          members.put(key, value(depth + 1));
          space();
          if (peek() == ',') { ++at; continue; }
          expect('}');
          return members;
        }
      }
      if (c == '[') {
        ++at;
        List<Object> items = new ArrayList<>();
        space();
        if (peek() == ']') { ++at; return items; }
        while (true) {
          space();
          items.add(value(depth + 1));
          space();
          if (peek() == ',') { ++at; continue; }
          expect(']');
          return items;
        }
      }
      if (c == '"') return string();
      for (String word : new String[] {"true", "false", "null"}) {
        if (s.startsWith(word, at)) {
          at += word.length();
          return word.equals("null") ? null : Boolean.valueOf(word);
        }
      }
      int start = at;
      while (at < s.length() && "+-0123456789.eE".indexOf(s.charAt(at)) >= 0) ++at;
      String number = s.substring(start, at);
      try {
        if (number.matches("-?[0-9]+")) {
          try {
            return Long.valueOf(number);
          } catch (NumberFormatException tooLong) {
            return Double.valueOf(number);
          }
        }
        return Double.valueOf(number);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a value at " + start);
      }
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = peek();
        ++at;
        if (c == '"') return out.toString();
        if (c < 0x20) throw new IllegalArgumentException("control character in a string");
        if (c != '\\') { out.append(c); continue; }
        char e = peek();
        ++at;
        switch (e) {
          case '"': case '\\': case '/': out.append(e); break;
          case 'b': out.append('\b'); break;
          case 'f': out.append('\f'); break;
          case 'n': out.append('\n'); break;
          case 'r': out.append('\r'); break;
          case 't': out.append('\t'); break;
          case 'u':
            if (at + 4 > s.length()) throw new IllegalArgumentException("short escape");
            try {
              out.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
            } catch (NumberFormatException bad) {
              throw new IllegalArgumentException("bad escape at " + at);
            }
            at += 4;
            break;
          default: throw new IllegalArgumentException("unknown escape at " + at);
        }
      }
    }
  }
}
)~";

// <prefix>GrpcStatus.java: a google.rpc.Status as the exception. Needs
// protobuf-java and proto-google-common-protos (optional dependencies in
// the pom): no other class of the package refers to it, so an app without
// gRPC never loads it.
constexpr std::string_view grpc_status_java = R"~(package @NS@;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import com.google.rpc.LocalizedMessage;
import com.google.rpc.RetryInfo;
import com.google.rpc.Status;
import java.util.Map;
import java.util.Optional;

/**
 * A google.rpc.Status, as rtcerr's gRPC services answer it, as an
 * {@link @P@Exception}:
 *
 * <pre>{@code
 * } catch (StatusRuntimeException e) {
 *   Optional<@P@Exception> err = @P@GrpcStatus.decode(StatusProto.fromThrowable(e));
 * }</pre>
 *
 * <p>Needs protobuf-java and proto-google-common-protos (optional
 * dependencies of this package: declare them to use this class).
 */
public final class @P@GrpcStatus {
  private @P@GrpcStatus() {}

  /** The serialised status (the grpc-status-details-bin trailer); empty when it does not parse. */
  public static Optional<@P@Exception> decode(byte[] status) {
    try {
      return decode(Status.parseFrom(status));
    } catch (InvalidProtocolBufferException e) {
      return Optional.empty();
    }
  }

  /**
   * The exception a status carries, or empty without an ErrorInfo whose
   * metadata "code" is a decimal int32 (a server that does not use rtcerr).
   * What the server sent wins over this package's catalogue, so that a code
   * a newer server knows keeps its name (metadata "name", else the reason in
   * lower case), domain, condition and retry policy; the status message is
   * the English text, a LocalizedMessage the text of its language. Never
   * throws on an unknown code.
   */
  public static Optional<@P@Exception> decode(Status status) {
    if (status == null) return Optional.empty();
    for (Any detail : status.getDetailsList()) {
      if (!detail.is(ErrorInfo.class)) continue;
      final ErrorInfo info;
      try {
        info = detail.unpack(ErrorInfo.class);
      } catch (InvalidProtocolBufferException e) {
        continue;
      }
      Map<String, String> metadata = info.getMetadataMap();
      String number = metadata.get("code");
      if (number == null || !number.matches("-?[0-9]{1,10}")) continue;
      long value = Long.parseLong(number);
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) continue;
      @P@Errors.Info base = @P@Errors.lookup((int) value);
      String name = metadata.get("name");
      if (name == null || name.isEmpty())
        name = !base.known && !info.getReason().isEmpty() && !info.getReason().equals("UNKNOWN")
            ? info.getReason().toLowerCase(java.util.Locale.ROOT) : base.name;
      @P@Errors.Domain domain = base.domain;
      for (@P@Errors.Domain d : @P@Errors.Domain.values())
        if (d.wireName.equals(metadata.get("domain"))) domain = d;
      @P@Errors.Condition condition = base.condition;
      for (@P@Errors.Condition c : @P@Errors.Condition.values())
        if (c.wireName.equals(metadata.get("condition"))) condition = c;
@LOCALS@      boolean retryInfo = false;
      for (Any other : status.getDetailsList()) {
        retryInfo |= other.is(RetryInfo.class);
        if (!other.is(LocalizedMessage.class)) continue;
        try {
          LocalizedMessage m = other.unpack(LocalizedMessage.class);
          String language = m.getLocale().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
          if (m.getMessage().isEmpty()) continue;
@LOCALIZED@        } catch (InvalidProtocolBufferException e) {
          // not a LocalizedMessage after all: skipped
        }
      }
      if (!status.getMessage().isEmpty()) messageEn = status.getMessage();
      @P@Errors.Retry retry = base.known ? base.retry
          : retryInfo ? @P@Errors.Retry.BACKOFF : @P@Errors.Retry.NEVER;
      for (@P@Errors.Retry r : @P@Errors.Retry.values())
        if (r.wireName.equals(metadata.get("retry"))) retry = r;
      return Optional.of(new @P@Exception(new @P@Errors.Info(base.code, base.known, domain, name,
          @TEXTS@,
          condition, retry, base.httpStatus,
          status.getCode() != 0 ? status.getCode() : base.grpcCode), null));
    }
    return Optional.empty();
  }
}
)~";

// The optional dependencies of <prefix>GrpcStatus.java.
constexpr std::string_view grpc_pom_parts = R"(  <dependencies>
    <!-- Only for )";
constexpr std::string_view grpc_pom_parts_end = R"(GrpcStatus (google.rpc.Status); optional. -->
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
)";

}  // namespace

std::string java_constant(const model_code& code, const generate_options& options) {
  return type_name(options, "Errors") + ".Code." + upper_snake(qualified_name(code));
}

std::vector<generated_file> generate_java(const catalogue_model& model,
                                          const generate_options& options) {
  const std::string holder = type_name(options, "Errors");
  const std::string text_names = text_fields(
      model, ", ",
      [](const std::string& field, const model_locale&, bool) { return camel_case(field); });
  std::string out =
      generated_header(model, "// ", holder + ".java - the RTC platform's error codes.");
  out += "package " + options.name_space + R"(;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
           "L, " + std::to_string(d.last) + "L, " + unknown_messages(model, d, lit) + "),\n";
  out += "    UNKNOWN(\"unknown\", 1L, 0L, " + outside_messages(model, lit) + ");\n\n";
  const auto unknown_field = [](const model_locale& l) {
    return camel_case("unknown_message_" + l.tag);
  };
  out += R"(    /** The name used on the wire and in the catalogue ("engine"). */
    public final String wireName;
    /** The range this domain owns (empty for UNKNOWN). */
    public final long first, last;
    /** The messages of a number in this range that the catalogue does not list. */
    public final String )" +
         joined(model.locales, ", ", unknown_field) +
         ";\n\n    Domain(String wireName, long first, long last,\n           " +
         joined(model.locales, ", ",
                [&](const model_locale& l) { return "String " + unknown_field(l); }) +
         ") {\n      this.wireName = wireName;\n      this.first = first;\n      this.last = "
         "last;\n" +
         joined(model.locales, "",
                [&](const model_locale& l) {
                  return "      this." + unknown_field(l) + " = " + unknown_field(l) + ";\n";
                }) +
         R"(    }
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

    /**
     * The safe number-to-enum conversion: the constant {@code value} is, or
     * empty for a number this package does not list (valueOf-style lookups
     * throw for those; this never does).
     */
    public static Optional<Code> fromValue(int value) {
      return Optional.ofNullable(BY_VALUE.get(value));
    }

    private static final Map<Integer, Code> BY_VALUE = new HashMap<>();

    static {
      for (Code c : values()) BY_VALUE.put(c.value, c);
    }
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
    public final String )" +
         text_names + R"(;
    public final Condition condition;
    public final Retry retry;
    /** The HTTP status a service answers with; null where none. */
    public final Integer httpStatus;
    /** The google.rpc.Code a gRPC service answers with (2: UNKNOWN when not known). */
    public final int grpcCode;

    Info(int code, boolean known, Domain domain, String name,
         )" +
         text_fields(model, ", ",
                     [](const std::string& field, const model_locale&, bool) {
                       return "String " + camel_case(field);
                     }) +
         R"(,
         Condition condition, Retry retry, Integer httpStatus, int grpcCode) {
      this.code = code;
      this.known = known;
      this.domain = domain;
      this.name = name;
)" +
         text_fields(model, "",
                     [](const std::string& field, const model_locale&, bool) {
                       return "      this." + camel_case(field) + " = " + camel_case(field) + ";\n";
                     }) +
         R"(      this.condition = condition;
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
           code_row(model, c, enum_row_spelling(lit, "Domain", "Condition", "Retry", upper_snake)) +
           "),\n";
  out += R"(  };

  /** What an unlisted number of first..last defaults to. */
  private static final class UnknownDefault {
    final long first;
    final long last;
    final Condition condition;
    final Retry retry;
    final Integer httpStatus;
    final int grpcCode;

    UnknownDefault(long first, long last, Condition condition, Retry retry, Integer httpStatus,
                   int grpcCode) {
      this.first = first;
      this.last = last;
      this.condition = condition;
      this.retry = retry;
      this.httpStatus = httpStatus;
      this.grpcCode = grpcCode;
    }
  }

  /** Each domain's parts of its range, then its whole range; the first that holds a number applies. */
  private static final UnknownDefault[] UNKNOWN_DEFAULTS = {
)" +
         joined(unknown_default_rows(model), "",
                [](const model_unknown_default& u) {
                  return "    new UnknownDefault(" + std::to_string(u.first) + "L, " +
                         std::to_string(u.last) + "L, Condition." + upper_snake(u.condition) +
                         ", Retry." + upper_snake(u.retry) + ", " +
                         lit.number_or_none(u.http_status) + ", " + std::to_string(u.grpc_code) +
                         "),\n";
                }) +
         R"(  };

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
    UnknownDefault u = null;
    for (UnknownDefault candidate : UNKNOWN_DEFAULTS) {
      if (code >= candidate.first && code <= candidate.last) {
        u = candidate;
        break;
      }
    }
    return new Info(code, false, d, "unknown", )" +
         text_fields(model, ", ",
                     [](const std::string&, const model_locale& l, bool hint) {
                       return hint ? std::string("\"\"")
                                   : "d." + camel_case("unknown_message_" + l.tag);
                     }) +
         R"(,
                    u == null ? Condition.UNKNOWN : u.condition, u == null ? Retry.NEVER : u.retry,
                    u == null ? null : u.httpStatus, u == null ? @UNKNOWN_GRPC_CODE@ : u.grpcCode);
  }

  /** Every code of the catalogue, success first. */
  public static List<Info> all() {
    return Collections.unmodifiableList(Arrays.asList(CODES));
  }

  /** The languages of the texts, in the order of Info's message fields. */
  private static final String[] LANGUAGES = {)" +
         joined(model.locales, ", ", [](const model_locale& l) { return lit(l.tag); }) + R"(};

  /**
   * The message of {@code info} for {@code locale} ("zh", "zh-CN", "en_US"):
   * the text of the locale's language, else English, else the first text
   * there is.
   */
  public static String message(Info info, String locale) {
    String language = String.valueOf(locale).toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
    String[] texts = {)" +
         joined(model.locales, ", ",
                [](const model_locale& l) { return "info." + camel_case("message_" + l.tag); }) +
         R"(};
    for (String wanted : new String[] {language, "en", ""}) {
      for (int i = 0; i < texts.length; ++i) {
        if ((wanted.isEmpty() || LANGUAGES[i].equals(wanted)) && !texts[i].isEmpty()) return texts[i];
      }
    }
    return info.messageEn;
  }
}
)";
  const std::string dir = "src/main/java/" + namespace_path(options.name_space) + "/";
  std::string exception = std::string(exception_java);
  exception.replace(exception.find("@NS@"), 4, options.name_space);
  // The decoded texts: each message from its problem+json member, the hints
  // from the catalogue.
  exception.replace(
      exception.find("@TEXTS@"), 7,
      text_fields(model, ",\n        ",
                  [](const std::string& field, const model_locale& l, bool hint) {
                    const std::string base = "base." + camel_case(field);
                    return hint ? base : "text(body, " + lit(problem_member(l)) + ", " + base + ")";
                  }));
  // The gRPC decoder: a local per message, set from a LocalizedMessage of
  // its language.
  std::string grpc = std::string(grpc_status_java);
  grpc.replace(grpc.find("@NS@"), 4, options.name_space);
  std::string locals, localized;
  for (const model_locale& l : model.locales) {
    const std::string field = camel_case("message_" + l.tag);
    locals += "      String " + field + " = base." + field + ";\n";
    localized +=
        "          if (language.equals(" + lit(l.tag) + ")) " + field + " = m.getMessage();\n";
  }
  grpc.replace(grpc.find("@LOCALS@"), 8, locals);
  grpc.replace(grpc.find("@LOCALIZED@"), 11, localized);
  grpc.replace(
      grpc.find("@TEXTS@"), 7,
      text_fields(model, ", ", [](const std::string& field, const model_locale&, bool hint) {
        return hint ? "base." + camel_case(field) : camel_case(field);
      }));
  return {{dir + holder + ".java", with_unknown_grpc_code(out, model)},
          {dir + type_name(options, "Exception.java"),
           generated_header(model, "// ",
                            type_name(options, "Exception.java") +
                                " - the error type of the RTC platform's codes.") +
               with_type_prefix(exception, options.prefix.value_or(""))},
          {dir + type_name(options, "GrpcStatus.java"),
           generated_header(model, "// ",
                            type_name(options, "GrpcStatus.java") +
                                " - a google.rpc.Status as the error type.") +
               with_type_prefix(grpc, options.prefix.value_or(""))},
          {"pom.xml", maven_pom(options, {},
                                std::string(grpc_pom_parts) + type_name(options, "") +
                                    std::string(grpc_pom_parts_end))}};
}

}  // namespace rtcerr::cli
