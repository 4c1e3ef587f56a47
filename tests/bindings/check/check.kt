// Exercises the generated Kotlin package, compiled into a jar: prints, for check.py to compare with
// the catalogue, every enum entry, every code of the codes file as lookup()
// reports it (texts as hex of their UTF-8 bytes), and the count.
import java.io.File
import io.rtcerr.codes.RtcDomain
import io.rtcerr.codes.RtcErrorCode
import io.rtcerr.codes.RtcErrors
import io.rtcerr.codes.RtcException
import io.rtcerr.codes.RtcRetry

fun hex(s: String): String = s.toByteArray(Charsets.UTF_8).joinToString("") { "%02x".format(it.toInt() and 0xff) }

fun main(args: Array<String>) {
    val out = StringBuilder()
    for (c in RtcErrorCode.values()) out.append("E\t${c.name}\t${c.value}\n")
    for (line in File(args[0]).readLines(Charsets.UTF_8)) {
        if (line.length == 0) continue
        val i = RtcErrors.lookup(line.toInt())
        out.append(listOf("C", i.code.toString(), if (i.known) "1" else "0", i.domain.wireName, i.name,
            hex(i.messageZh), hex(i.messageEn), hex(i.hintZh), hex(i.hintEn), i.condition.wireName,
            i.retry.wireName, i.httpStatus?.toString() ?: "", i.grpcCode.toString()).joinToString("\t")).append('\n')
    }
    out.append("N\t${RtcErrors.all.size}\n")

    // Issue 29: fromValue, the error type from any number, problem+json bodies.
    for (line in File(args[0]).readLines(Charsets.UTF_8)) {
        if (line.length == 0) continue
        val n = line.toInt()
        out.append("V\t$n\t${if (RtcErrorCode.fromValue(n) != null) 1 else 0}\t${RtcException.of(n).code}\n")
    }
    val problems = File(File(args[0]).absoluteFile.parentFile, "problems.txt")
    for (body in problems.readLines(Charsets.UTF_8)) {
        if (body.length == 0) continue
        val e = RtcException.fromProblemJson(body)
        if (e == null) {
            out.append("X\tnot decoded: $body\n")
            continue
        }
        out.append(listOf("P", e.code.toString(), if (e.known) "1" else "0", e.domain.wireName, e.name,
            e.condition.wireName, e.retry.wireName, e.httpStatus?.toString() ?: "", hex(e.message ?: ""),
            hex(e.info.messageZh), hex(e.messageFor("zh-CN")), hex(e.messageFor("fr")),
            e.grpcCode.toString()).joinToString("\t")).append('\n')
    }
    if (RtcException.fromProblemJson("not json") != null) out.append("X\tnot JSON decoded\n")
    if (RtcException.fromProblemJson("{\"code\":\"1\"}") != null) out.append("X\tstring code\n")
    try {
        throw RtcException.of(RtcErrorCode.GATEWAY_SYSTEM_BUSY.value)
    } catch (e: RtcException) {
        if (e.retry != RtcRetry.BACKOFF || e.httpStatus != 503) out.append("X\tcaught: ${e.retry}\n")
    }
    val unseen = RtcException.of(605039999)
    if (unseen.known || unseen.domain != RtcDomain.RECORDING) out.append("X\tnever seen\n")
    System.out.write(out.toString().toByteArray(Charsets.UTF_8))
    System.out.flush()
}
