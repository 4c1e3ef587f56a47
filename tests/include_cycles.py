#!/usr/bin/env python3
"""Fails, naming the cycle, when the headers under an include directory
include one another in a cycle.

    include_cycles.py INCLUDE_DIR

Reads every .hpp and .h under INCLUDE_DIR/rtcerr and follows the lines
`#include "rtcerr/..."` and `#include <rtcerr/...>` (other includes cannot
close a cycle among rtcerr's headers). An include of a file that does not
exist is reported too: the graph would be incomplete.
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"](rtcerr/[^">]+)[">]', re.MULTILINE)


def main(argv):
    if len(argv) != 2:
        print("usage: include_cycles.py INCLUDE_DIR", file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1])
    headers = sorted(p for p in (root / "rtcerr").rglob("*")
                     if p.suffix in (".hpp", ".h") and p.is_file())
    if not headers:
        print(f"no headers found under {root}/rtcerr", file=sys.stderr)
        return 2
    graph = {}
    missing = []
    for path in headers:
        name = path.relative_to(root).as_posix()
        included = INCLUDE.findall(path.read_text(encoding="utf-8"))
        graph[name] = included
        missing += [f"{name} includes {i}, which does not exist"
                    for i in included if not (root / i).is_file()]
    if missing:
        print("\n".join(missing), file=sys.stderr)
        return 1

    # Depth-first search; a header met again while still on the path closes a cycle.
    state = {}  # name -> "open" while on the path, "done" after
    cycles = []

    def visit(name, path):
        state[name] = "open"
        path.append(name)
        for child in graph.get(name, []):
            if state.get(child) == "open":
                cycles.append(path[path.index(child):] + [child])
            elif child not in state:
                visit(child, path)
        path.pop()
        state[name] = "done"

    for name in graph:
        if name not in state:
            visit(name, [])
    if cycles:
        for cycle in cycles:
            print("include cycle: " + " -> ".join(cycle), file=sys.stderr)
        return 1
    print(f"{len(graph)} headers, no include cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
