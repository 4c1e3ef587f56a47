"""Exercises the generated package, installed with pip: prints, for
run_check.py to compare with the catalogue, every enum member, every code of
the codes file as lookup() reports it (texts as hex of their UTF-8 bytes),
the count, and an X line for each expectation that does not hold."""
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
    sys.stdout.write("\n".join(out) + "\n")


main()
