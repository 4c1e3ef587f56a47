// Decodes the google.rpc.Status bytes a real rtcerr gRPC service answered
// (grpc_statuses.txt, hex, one a line, beside the codes file) with the
// package's RtcGrpcStatus, against protobuf-java and the google.rpc classes
// the test generates with protoc, and prints a G line for each (see
// run_check.py); X lines for expectations that do not hold.
import com.google.protobuf.Any
import com.google.rpc.ErrorInfo
import com.google.rpc.RetryInfo
import com.google.rpc.Status
import io.rtcerr.codes.RtcDomain
import io.rtcerr.codes.RtcException
import io.rtcerr.codes.RtcGrpcStatus
import io.rtcerr.codes.RtcRetry
import java.io.File

object GrpcCheck {
    @JvmStatic
    fun main(args: Array<String>) {
        val out = StringBuilder()
        fun expect(ok: Boolean, what: String) {
            if (!ok) out.append("X\t$what\n")
        }
        fun unhex(s: String) = ByteArray(s.length / 2) { s.substring(2 * it, 2 * it + 2).toInt(16).toByte() }
        for (line in File(File(args[0]).parentFile, "grpc_statuses.txt").readLines(Charsets.US_ASCII)) {
            if (line.length == 0) continue
            val decoded = RtcGrpcStatus.decode(unhex(line))
            if (decoded == null) {
                out.append("X\tnot decoded: $line\n")
                continue
            }
            try {
                throw decoded
            } catch (e: RtcException) {
                expect(RtcGrpcStatus.decode(Status.parseFrom(unhex(line)))?.info == e.info,
                    "the message and its bytes differ")
                out.append(listOf("G", e.code.toString(), if (e.known) "1" else "0", e.domain.wireName,
                    e.name, e.condition.wireName, e.retry.wireName, e.httpStatus?.toString() ?: "",
                    e.grpcCode.toString(), hex(e.message ?: ""), hex(e.messageFor("zh-CN")),
                    hex(e.messageFor("en"))).joinToString("\t")).append('\n')
            }
        }
        val foreign = Status.newBuilder().setCode(5).addDetails(Any.pack(
            ErrorInfo.newBuilder().setReason("NOT_FOUND").setDomain("example.com").build())).build()
        expect(RtcGrpcStatus.decode(foreign) == null, "a foreign status decoded")
        expect(RtcGrpcStatus.decode(byteArrayOf(-1, -1, -1, 32)) == null, "garbage decoded")
        for (bad in listOf("abc", "", "99999999999", "12 ", "+1")) {
            val s = Status.newBuilder().setCode(2).addDetails(Any.pack(
                ErrorInfo.newBuilder().setReason("X").putMetadata("code", bad).build())).build()
            expect(RtcGrpcStatus.decode(s) == null, "metadata code '$bad' decoded")
        }
        val newer = Status.newBuilder().setCode(8).setMessage("Composition quota exceeded")
            .addDetails(Any.pack(ErrorInfo.newBuilder().setReason("COMPOSITION_QUOTA_EXCEEDED")
                .setDomain("recording.rtc.example.com").putMetadata("code", "605039999").build()))
            .addDetails(Any.pack(RetryInfo.getDefaultInstance())).build()
        val e = RtcGrpcStatus.decode(newer.toByteArray())
        expect(e != null && !e.known && e.name == "composition_quota_exceeded" &&
            e.domain == RtcDomain.RECORDING && e.retry == RtcRetry.BACKOFF && e.grpcCode == 8 &&
            e.messageFor("fr") == "Composition quota exceeded", "a newer server's code: ${e?.info}")
        System.out.write(out.toString().toByteArray(Charsets.UTF_8))
        System.out.flush()
    }
}
