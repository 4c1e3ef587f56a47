"""Exercises the generated package, installed with pip: prints, for
run_check.py to compare with the catalogue, every enum member, every code of
the codes file as lookup() reports it (texts as hex of their UTF-8 bytes),
the count, and an X line for each expectation that does not hold."""
import os
import sys

import rtcerr_codes as rc


def main() -> None:
    out = []

    def expect(ok: bool, what: str) -> None:
        if not ok:
            out.append(f"X\t{what}")

    for member in rc.Code:
        out.append(f"E\t{member.name}\t{int(member)}")
    with open(sys.argv[1], encoding="utf-8") as codes:
        for text in codes.read().split():
            i = rc.lookup(int(text))
            out.append("\t".join(str(f) for f in (
                "C", i.code, 1 if i.known else 0, i.domain, i.name, i.message_zh.encode().hex(),
                i.message_en.encode().hex(), i.hint_zh.encode().hex(), i.hint_en.encode().hex(),
                i.condition, i.retry, "" if i.http_status is None else i.http_status, i.grpc_code)))
    out.append(f"N\t{len(rc.all_codes())}")

    # Numbers only: anything else is a TypeError saying what it got.
    for bad, shown in (("605030099", "str: '605030099'"), (3.7, "float: 3.7"), (True, "bool")):
        try:
            rc.lookup(bad)  # type: ignore[arg-type]
            expect(False, f"lookup({bad!r}) accepted")
        except TypeError as e:
            expect(shown in str(e) and "int" in str(e), f"lookup({bad!r}): {e}")
    expect(rc.lookup(rc.Code.GATEWAY_SYSTEM_BUSY).retry == "backoff", "lookup(Code member)")
    expect(set(rc.CONDITIONS) >= {i.condition for i in rc.all_codes()}, "CONDITIONS")
    expect(sys.prefix != sys.base_prefix and rc.__file__.startswith(sys.prefix),
           f"imported from {rc.__file__}, not from the venv {sys.prefix}")
    # Issue 29: from_value, the error type from any number, problem+json bodies.
    with open(sys.argv[1], encoding="utf-8") as codes:
        for text in codes.read().split():
            n = int(text)
            out.append(f"V\t{n}\t{0 if rc.from_value(n) is None else 1}\t"
                       f"{rc.RtcError.from_code(n).code}")
    problems = os.path.join(os.path.dirname(sys.argv[1]), "problems.txt")
    with open(problems, encoding="utf-8") as bodies:
        for body in bodies.read().splitlines():
            e = rc.decode_problem(body)
            if e is None:
                out.append(f"X\tnot decoded: {body}")
                continue
            out.append("\t".join(str(f) for f in (
                "P", e.code, 1 if e.known else 0, e.domain, e.name, e.condition, e.retry,
                "" if e.http_status is None else e.http_status, str(e).encode().hex(),
                e.info.message_zh.encode().hex(), e.message("zh-CN").encode().hex(),
                e.message("fr").encode().hex(), e.grpc_code)))
    expect(rc.decode_problem("not json") is None, "a body that is not JSON decoded")
    expect(rc.decode_problem('{"code": "1"}') is None, "a string code decoded")
    try:
        raise rc.RtcError.from_code(rc.Code.GATEWAY_SYSTEM_BUSY, "42 tasks queued")
    except rc.RtcError as e:
        expect(e.retry == "backoff" and e.http_status == 503 and e.detail == "42 tasks queued",
               f"caught: {e!r}")
    # The package alone needs no protobuf (rtcerr_codes.grpc_status does).
    expect("google.protobuf" not in sys.modules and "rtcerr_codes.grpc_status" not in sys.modules,
           "importing the package imported protobuf")
    unseen = rc.RtcError.from_code(605039999)
    expect(not unseen.known and unseen.domain == "recording", "a code never seen")
    sys.stdout.write("\n".join(out) + "\n")


main()
