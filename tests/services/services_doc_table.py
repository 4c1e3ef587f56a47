#!/usr/bin/env python3
"""docs/services.md's table of every code agrees with the catalogue.

    services_doc_table.py docs/services.md docs/error-codes.md

The table between the `services-table` markers of docs/services.md gives, per
code, the HTTP status, the gRPC code and the retry policy, with the reason for
each. docs/error-codes.md is written by `rtcerr docs` from the catalogue (and
CTest `cli.docs_error_codes_up_to_date` keeps it current), so comparing the two
catches a status changed in the code but not in the reasons, a code missing
from the table, or one listed twice. Exit 0 when they agree, 1 with a report.
"""
import re
import sys


def cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def reference(path):
    """code -> (http, grpc name, retry) from the generated reference."""
    out = {}
    for line in open(path, encoding="utf-8"):
        c = cells(line)
        if len(c) != 11 or not c[0].isdigit() or c[0] == "0" or not c[1].startswith("`"):
            continue
        grpc = re.match(r"([A-Z_]+) \(\d+\)", c[8])
        out[c[0]] = (c[9].split()[0], grpc.group(1) if grpc else c[8], c[7])
    return out


def documented(path):
    """code -> (http, grpc name, retry), and problems, from the services table."""
    text = open(path, encoding="utf-8").read()
    m = re.search(r"<!-- services-table: begin -->\n(.*?)<!-- services-table: end -->", text, re.S)
    if not m:
        return {}, ["no services-table markers in " + path]
    out, problems = {}, []
    for line in m.group(1).splitlines():
        c = cells(line)
        if len(c) != 7 or not c[0].isdigit():
            continue
        if c[0] in out:
            problems.append(f"code {c[0]} is listed twice")
        if not c[6]:
            problems.append(f"code {c[0]} has no reason")
        out[c[0]] = (c[3], c[4], c[5])
    return out, problems


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    ref = reference(argv[2])
    doc, problems = documented(argv[1])
    if len(ref) < 79:
        problems.append(f"only {len(ref)} codes read from {argv[2]}")
    for code in sorted(set(ref) | set(doc), key=int):
        if code not in doc:
            problems.append(f"code {code} is missing from the table")
        elif code not in ref:
            problems.append(f"code {code} is in the table but not in the catalogue")
        elif doc[code] != ref[code]:
            problems.append(f"code {code}: the table says HTTP/gRPC/retry {doc[code]}, "
                            f"the catalogue {ref[code]}")
    for p in problems:
        print(p)
    if problems:
        print("Update the table in docs/services.md (and its reasons).")
        return 1
    print(f"the table gives all {len(ref)} codes as the catalogue does")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
