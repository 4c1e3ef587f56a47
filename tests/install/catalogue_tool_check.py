#!/usr/bin/env python3
"""Generates an application's TypeScript, Java, Go and Python packages with
its own tool (rtcerr_add_catalogue_tool), under its own names, and compiles
each with the toolchain the bindings tests use (compile_package of
tests/bindings/custom_names.py), where it is installed; Python is imported
and asked about the application's codes.

  catalogue_tool_check.py --tool ACME_ERRORS --work DIR --toolchains ON|OFF
"""
import argparse
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bindings"))
from custom_names import compile_package, files, run  # noqa: E402

OPTIONS = {
    "typescript": ["--package", "@acme/camera-errors", "--version", "2.3.0"],
    "java": ["--package", "com.acme:camera-errors", "--namespace", "com.acme.camera",
             "--prefix", "Acme"],
    "go": ["--package", "example.com/acme/cameraerrors", "--namespace", "cameraerrors"],
    "python": ["--package", "acme-camera-errors", "--namespace", "acme_camera_errors"],
}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tool", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--toolchains", default="ON")
    args = p.parse_args()
    toolchains = args.toolchains.upper() not in ("OFF", "0", "FALSE", "NO", "")
    shutil.rmtree(args.work, ignore_errors=True)
    checked, skipped, problems = [], [], []
    for lang, options in OPTIONS.items():
        out = os.path.join(args.work, lang)
        try:
            run([args.tool, "generate", "--lang", lang, "--out", out] + options)
            text = "".join(open(f, encoding="utf-8").read() for f in files(out, ""))
            if "900001" not in text or "camera" not in text.lower():
                raise RuntimeError("the application's codes are not in the package")
            left = [d for d in ("rtcerr.io", "io.rtcerr", "@rtcerr/codes", "rtcerr-codes")
                    if d in text]
            if left:
                raise RuntimeError(f"default names left in the package: {left}")
            if lang == "python":
                run([sys.executable, "-c",
                     "import acme_camera_errors as p; c = p.lookup(900001); "
                     "assert c.known and c.name == 'camera_busy', c; "
                     "u = p.lookup(900550); assert not u.known and u.domain == 'camera', u; "
                     # The domain's defaults, as its definition states them
                     # (catalogue_tool_consumer/include/acme/errors.hpp).
                     "assert (u.condition, u.retry) == ('busy', 'backoff'), u; "
                     "w = p.lookup(900777); "
                     "assert (w.condition, w.retry) == ('device_error', 'never'), w"],
                    env=dict(os.environ, PYTHONPATH=out, PYTHONDONTWRITEBYTECODE="1"))
                checked.append(lang)
            elif toolchains and compile_package(lang, out, args.work):
                checked.append(lang)
            else:
                skipped.append(lang)
        except RuntimeError as e:
            problems.append(f"{lang}: {e}")
    for problem in problems:
        print(problem)
    print(f"application bindings: {len(checked)} compiled ({', '.join(checked)}), "
          f"{len(skipped)} skipped ({', '.join(skipped) or 'none'}), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
