// Exercises the generated Java package, compiled into a jar: prints, for check.py to compare
// with the catalogue, every enum constant, every code of the codes file as
// lookup() reports it (texts as hex of their UTF-8 bytes), and the count.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import io.rtcerr.codes.RtcErrors;

public final class Check {
  static String hex(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) out.append(String.format("%02x", b & 0xff));
    return out.toString();
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
    System.out.write(out.toString().getBytes(StandardCharsets.UTF_8));
    System.out.flush();
  }
}
