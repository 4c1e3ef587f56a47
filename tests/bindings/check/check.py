"""Exercises the generated rtcerr_codes.py: prints, for check.py to compare
with the catalogue, every enum member, every code of the codes file as
lookup() reports it (texts as hex of their UTF-8 bytes), and the count."""
import sys

import rtcerr_codes as rc


def main() -> None:
    out = []
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
    sys.stdout.write("\n".join(out) + "\n")


main()
