// Exercises the generated Java package, compiled into a jar: prints, for check.py to compare
// with the catalogue, every enum constant, every code of the codes file as
// lookup() reports it (texts as hex of their UTF-8 bytes), and the count.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import io.rtcerr.codes.RtcErrors;
import io.rtcerr.codes.RtcException;
import java.util.Optional;

public final class Check {
  static String hex(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) out.append(String.format("%02x", b & 0xff));
    return out.toString();
  }

  static void expect(StringBuilder out, boolean ok, String what) {
    if (!ok) out.append("X\t").append(what).append('\n');
  }

  public static void main(String[] args) throws Exception {
    StringBuilder out = new StringBuilder();
    for (RtcErrors.Code c : RtcErrors.Code.values())
      out.append("E\t").append(c.name()).append('\t').append(c.value).append('\n');
    for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
      if (line.isEmpty()) continue;
      RtcErrors.Info i = RtcErrors.lookup(Integer.parseInt(line));
      out.append(String.join("\t", "C", Integer.toString(i.code), i.known ? "1" : "0",
          i.domain.wireName, i.name, hex(i.messageZh), hex(i.messageEn), hex(i.hintZh),
          hex(i.hintEn), i.condition.wireName, i.retry.wireName,
          i.httpStatus == null ? "" : i.httpStatus.toString(), Integer.toString(i.grpcCode)))
          .append('\n');
    }
    out.append("N\t").append(RtcErrors.all().size()).append('\n');

    // Issue 29: fromValue, the error type from any number, problem+json bodies.
    for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
      if (line.isEmpty()) continue;
      int n = Integer.parseInt(line);
      out.append("V\t").append(n).append('\t')
          .append(RtcErrors.Code.fromValue(n).isPresent() ? 1 : 0).append('\t')
          .append(RtcException.of(n).code()).append('\n');
    }
    java.nio.file.Path problems = Paths.get(args[0]).resolveSibling("problems.txt");
    for (String body : Files.readAllLines(problems, StandardCharsets.UTF_8)) {
      if (body.isEmpty()) continue;
      Optional<RtcException> decoded = RtcException.fromProblemJson(body);
      if (!decoded.isPresent()) {
        out.append("X\tnot decoded: ").append(body).append('\n');
        continue;
      }
      RtcException e = decoded.get();
      out.append(String.join("\t", "P", Integer.toString(e.code()), e.known() ? "1" : "0",
          e.domain().wireName, e.name(), e.condition().wireName, e.retry().wireName,
          e.httpStatus() == null ? "" : e.httpStatus().toString(), hex(e.getMessage()),
          hex(e.info().messageZh), hex(e.message("zh-CN")), hex(e.message("fr")),
          Integer.toString(e.grpcCode()))).append('\n');
    }
    expect(out, !RtcException.fromProblemJson("not json").isPresent(), "not JSON decoded");
    expect(out, !RtcException.fromProblemJson("{\"code\":\"1\"}").isPresent(), "string code");
    try {
      throw RtcException.of(RtcErrors.Code.GATEWAY_SYSTEM_BUSY.value);
    } catch (RtcException e) {
      expect(out, e.retry() == RtcErrors.Retry.BACKOFF && e.httpStatus() == 503,
          "caught: " + e.retry() + " " + e.httpStatus());
    }
    RtcException unseen = RtcException.of(605039999);
    expect(out, !unseen.known() && unseen.domain() == RtcErrors.Domain.RECORDING, "never seen");
    System.out.write(out.toString().getBytes(StandardCharsets.UTF_8));
    System.out.flush();
  }
}
