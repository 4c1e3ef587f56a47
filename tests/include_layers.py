#!/usr/bin/env python3
"""Fails, naming each offending line, when an include crosses the layers
that docs/architecture.md describes ("What may depend on what").

    include_layers.py SOURCE_DIR

Checks the `#include "rtcerr/..."` and `#include <rtcerr/...>` lines of
  - every header under SOURCE_DIR/include/rtcerr/core/: the framework includes
    only the framework (rtcerr/core/...), never the catalogue, services or the
    C API;
  - every C and C++ file under SOURCE_DIR/examples/: the examples are written
    as users write, with the public headers only, never rtcerr/core/internal/.
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*[<"](rtcerr/[^">]+)[">]', re.MULTILINE)


def includes(path):
    return INCLUDE.findall(path.read_text(encoding="utf-8"))


def main(argv):
    if len(argv) != 2:
        print("usage: include_layers.py SOURCE_DIR", file=sys.stderr)
        return 2
    root = pathlib.Path(argv[1])
    core = sorted(p for p in (root / "include/rtcerr/core").rglob("*.hpp") if p.is_file())
    examples = sorted(p for p in (root / "examples").rglob("*")
                      if p.suffix in (".c", ".h", ".cpp", ".hpp") and p.is_file())
    if not core or not examples:
        print(f"no framework headers or no examples found under {root}", file=sys.stderr)
        return 2
    problems = []
    for path in core:
        for name in includes(path):
            if not name.startswith("rtcerr/core/"):
                problems.append(f"{path.relative_to(root).as_posix()}: the framework includes "
                                f"{name}, which is not part of it")
    for path in examples:
        for name in includes(path):
            if name.startswith("rtcerr/core/internal/"):
                problems.append(f"{path.relative_to(root).as_posix()}: an example includes "
                                f"{name}, an internal header")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print(f"{len(core)} framework headers and {len(examples)} examples keep to their layers")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
