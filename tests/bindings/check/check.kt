// Exercises the generated Kotlin package, compiled into a jar: prints, for check.py to compare with
// the catalogue, every enum entry, every code of the codes file as lookup()
// reports it (texts as hex of their UTF-8 bytes), and the count.
import java.io.File
import io.rtcerr.codes.RtcErrorCode
import io.rtcerr.codes.RtcErrors

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
    System.out.write(out.toString().toByteArray(Charsets.UTF_8))
    System.out.flush()
}
