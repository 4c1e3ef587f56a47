#!/usr/bin/env python3
"""Generates packages under a vendor's names (rtcerr generate --package
--namespace --prefix --version) and compiles each with its real toolchain
where it is installed, so that no template keeps a default name where an
option belongs; then compiles the packages bindings_fixture writes for a
catalogue in three languages, so that no generator assumes two. The default
names and two languages are compiled and run by run_check.py.

  custom_names.py --cli RTCERR --fixture BINDINGS_FIXTURE --work DIR
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

VENDOR = {  # language -> generate options
    "java": ["--package", "com.acme:acme-rtc", "--namespace", "com.acme.rtc",
             "--prefix", "Acme", "--version", "2.3.4"],
    "java-no-prefix": ["--package", "com.acme:acme-rtc", "--namespace", "com.acme.rtc",
                       "--prefix", ""],
    "csharp": ["--package", "Acme.Rtc", "--namespace", "Acme.Rtc", "--prefix", "Acme"],
    "csharp-no-prefix": ["--package", "Acme.Rtc", "--namespace", "Acme.Rtc", "--prefix", ""],
    "go": ["--package", "example.com/acme/rtcerrors", "--namespace", "rtcerrors"],
    "python": ["--package", "acme-rtc", "--namespace", "acme_rtc", "--version", "2.3.4"],
    "typescript": ["--package", "@acme/rtc-errors", "--version", "2.3.4"],
}


def run(cmd, cwd=None, env=None):
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout.decode(errors='replace')[-3000:]}")
    return proc.stdout.decode()


_rpc = {}


def rpc_classpath(work):
    """run_check.py's protobuf-java and google.rpc classes, built once."""
    if "path" not in _rpc:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import run_check
        try:
            _rpc["path"] = run_check.rpc_classpath(os.path.join(work, "rpc"))
        except run_check.Failure as e:
            raise RuntimeError(str(e))
    return _rpc["path"]


def files(root, suffix):
    return sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(suffix))


def compile_package(lang, out, work):
    """Compiles one generated package; False where the toolchain is missing.
    The gRPC decoders are compiled against protobuf where run_check.py finds
    it (Java: protobuf-java and the google.rpc classes; TypeScript:
    @bufbuild/protobuf), and left out otherwise."""
    if lang == "java" and shutil.which("javac"):
        rpc = rpc_classpath(work)
        run(["javac", "-Xlint:all", "-Werror", "-d", os.path.join(out, "classes")]
            + (["-cp", rpc] if rpc else [])
            + [f for f in files(out, ".java") if rpc or not f.endswith("GrpcStatus.java")])
    elif lang == "csharp" and shutil.which("mcs"):
        run(["mcs", "-warnaserror+", "-langversion:6", "-target:library",
             "-out:" + os.path.join(out, "package.dll")] + files(out, ".cs"))
    elif lang == "go" and shutil.which("go"):
        env = dict(os.environ, GOFLAGS="-mod=mod", GOPROXY="off", GO111MODULE="on",
                   GOTOOLCHAIN="local", GOPATH=os.path.join(work, "gopath"),
                   GOCACHE=os.path.join(work, "gocache"))
        run(["go", "vet", "./..."], cwd=out, env=env)
    elif lang == "python":
        packages = [d for d in os.listdir(out) if os.path.isdir(os.path.join(out, d))]
        run([sys.executable, "-c", f"import {packages[0]} as p; assert p.lookup(1).known; "
             "assert p.message_of(p.lookup(1), 'ja') == p.lookup(1).message_en"],
            env=dict(os.environ, PYTHONPATH=out, PYTHONDONTWRITEBYTECODE="1"))
    elif lang == "typescript" and shutil.which("tsc"):
        bufbuild = os.path.join(os.environ.get("RTCERR_NPM_TOOLS", "/opt/rtcerr-npm-tools"),
                                "node_modules", "@bufbuild", "protobuf")
        if os.path.isdir(bufbuild):
            os.makedirs(os.path.join(out, "node_modules", "@bufbuild"), exist_ok=True)
            os.symlink(bufbuild, os.path.join(out, "node_modules", "@bufbuild", "protobuf"))
        else:
            os.remove(os.path.join(out, "src", "grpc.ts"))
        run(["tsc", "-p", out])
    else:
        return False
    return True


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cli", required=True)
    p.add_argument("--fixture", required=True)
    p.add_argument("--work", required=True)
    args = p.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    checked, problems = [], []
    fixture = os.path.join(args.work, "fixture")
    run([args.fixture, fixture])
    for lang in ("java", "csharp", "go", "python", "typescript"):
        out = os.path.join(fixture, "three_languages", lang)
        try:
            text = "".join(open(f, encoding="utf-8").read() for f in files(out, ""))
            if not re.search(r"[mM]essage_?[jJ]a\b", text):
                raise RuntimeError("no field for the third language")
            if compile_package(lang, out, args.work):
                checked.append(lang + " (three languages)")
        except RuntimeError as e:
            problems.append(f"{lang}, three languages: {e}")
    for name, options in VENDOR.items():
        lang = name.split("-")[0]
        out = os.path.join(args.work, name)
        try:
            run([args.cli, "generate", "--lang", lang, "--out", out] + options)
            text = "".join(open(f, encoding="utf-8").read() for f in files(out, ""))
            left = [d for d in ("rtcerr.io", "io.rtcerr", "Rtcerr.Codes", "rtcerr_codes",
                                "@rtcerr/codes", "rtcerr-codes") if d in text]
            if left:
                raise RuntimeError(f"default names left in the package: {left}")
            if not compile_package(lang, out, args.work):
                continue
            checked.append(name)
        except RuntimeError as e:
            problems.append(f"{name}: {e}")
    for problem in problems:
        print(problem)
    print(f"custom names: {len(checked)} packages compiled ({', '.join(checked)}), "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
