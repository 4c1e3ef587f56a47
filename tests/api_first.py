#!/usr/bin/env python3
"""Fails, naming each offending header, when a public framework header does
not give its API first (docs/architecture.md, "The layers").

    api_first.py INCLUDE_DIR

Checks every header directly under INCLUDE_DIR/rtcerr/core/ (not internal/,
whose headers are all implementation): a header that opens a `detail`
namespace has the line

    // --- Implementation details follow. ---...

and opens no `detail` namespace before it, except for blocks of forward
declarations, whose first line inside the namespace is a comment beginning
"// Declared here for the API below". Forwarding headers, which only include
their new name, open no namespace and pass.
"""
import pathlib
import re
import sys

MARKER = re.compile(r"^// --- Implementation details follow\. -+$")
DETAIL = re.compile(r"^\s*namespace\s+(?:\w+::)*detail(?:::\w+)*\s*\{")
FORWARD = "// Declared here for the API below"


def problems_of(path, name):
    lines = path.read_text(encoding="utf-8").splitlines()
    marker = next((i for i, line in enumerate(lines) if MARKER.match(line)), None)
    opens = [i for i, line in enumerate(lines) if DETAIL.match(line)]
    problems = []
    if opens and marker is None:
        problems.append(f"{name}: opens a detail namespace (line {opens[0] + 1}) but has no "
                        "'// --- Implementation details follow.' line")
        return problems
    for i in opens:
        if i > marker:
            continue
        following = next((line.strip() for line in lines[i + 1:] if line.strip()), "")
        if not following.startswith(FORWARD):
            problems.append(f"{name}:{i + 1}: a detail namespace before the "
                            "'Implementation details follow' line that is not a block of "
                            f"forward declarations ('{FORWARD}...')")
    return problems


def main(argv):
    if len(argv) != 2:
        print("usage: api_first.py INCLUDE_DIR", file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1])
    headers = sorted(p for p in (root / "rtcerr/core").glob("*.hpp") if p.is_file())
    if not headers:
        print(f"no framework headers found under {root}/rtcerr/core", file=sys.stderr)
        return 2
    problems = []
    for path in headers:
        problems += problems_of(path, path.relative_to(root).as_posix())
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print(f"{len(headers)} framework headers give their API first")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
