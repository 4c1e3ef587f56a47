// Decodes the google.rpc.Status bytes a real rtcerr gRPC service answered
// (grpc_statuses.txt, hex, one a line, beside the codes file) with the
// package's RtcGrpcStatus, against protobuf-java and the google.rpc classes
// the test generates with protoc, and prints a G line for each (see
// run_check.py); X lines for expectations that do not hold.
import com.google.protobuf.Any;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import com.google.rpc.Status;
import io.rtcerr.codes.RtcErrors;
import io.rtcerr.codes.RtcException;
import io.rtcerr.codes.RtcGrpcStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Optional;

public final class GrpcCheck {
  static void expect(StringBuilder out, boolean ok, String what) {
    if (!ok) out.append("X\t").append(what).append('\n');
  }

  static byte[] unhex(String s) {
    byte[] out = new byte[s.length() / 2];
    for (int i = 0; i < out.length; ++i)
      out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
    return out;
  }

  public static void main(String[] args) throws Exception {
    StringBuilder out = new StringBuilder();
    for (String line : Files.readAllLines(
             Paths.get(args[0]).resolveSibling("grpc_statuses.txt"), StandardCharsets.US_ASCII)) {
      if (line.isEmpty()) continue;
      Optional<RtcException> decoded = RtcGrpcStatus.decode(unhex(line));
      if (!decoded.isPresent()) {
        out.append("X\tnot decoded: ").append(line).append('\n');
        continue;
      }
      try {
        throw decoded.get();
      } catch (RtcException e) {
        expect(out, RtcGrpcStatus.decode(Status.parseFrom(unhex(line))).get().code() == e.code(),
            "the message and its bytes differ");
        out.append(String.join("\t", "G", Integer.toString(e.code()), e.known() ? "1" : "0",
            e.domain().wireName, e.name(), e.condition().wireName, e.retry().wireName,
            e.httpStatus() == null ? "" : e.httpStatus().toString(),
            Integer.toString(e.grpcCode()), Check.hex(e.getMessage()),
            Check.hex(e.message("zh-CN")), Check.hex(e.message("en")))).append('\n');
      }
    }
    // Not rtcerr's: nothing, never an exception.
    Status foreign = Status.newBuilder().setCode(5).addDetails(Any.pack(
        ErrorInfo.newBuilder().setReason("NOT_FOUND").setDomain("example.com").build())).build();
    expect(out, !RtcGrpcStatus.decode(foreign).isPresent(), "a foreign status decoded");
    expect(out, !RtcGrpcStatus.decode(new byte[] {-1, -1, -1, 32}).isPresent(), "garbage decoded");
    for (String bad : new String[] {"abc", "", "99999999999", "12 ", "+1"}) {
      Status s = Status.newBuilder().setCode(2).addDetails(Any.pack(
          ErrorInfo.newBuilder().setReason("X").putMetadata("code", bad).build())).build();
      expect(out, !RtcGrpcStatus.decode(s).isPresent(), "metadata code '" + bad + "' decoded");
    }
    // A newer server's code without a name in the metadata: the reason is the name.
    Status newer = Status.newBuilder().setCode(8).setMessage("Composition quota exceeded")
        .addDetails(Any.pack(ErrorInfo.newBuilder().setReason("COMPOSITION_QUOTA_EXCEEDED")
            .setDomain("recording.rtc.example.com").putMetadata("code", "605039999").build()))
        .addDetails(Any.pack(RetryInfo.getDefaultInstance())).build();
    RtcException e = RtcGrpcStatus.decode(newer.toByteArray()).get();
    expect(out, !e.known() && e.name().equals("composition_quota_exceeded")
        && e.domain() == RtcErrors.Domain.RECORDING && e.retry() == RtcErrors.Retry.BACKOFF
        && e.grpcCode() == 8 && e.message("fr").equals("Composition quota exceeded"),
        "a newer server's code: " + e.info());
    System.out.write(out.toString().getBytes(StandardCharsets.UTF_8));
    System.out.flush();
  }
}
