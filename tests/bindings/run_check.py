#!/usr/bin/env python3
"""Compiles and runs one language's generated bindings with its real
toolchain, and compares what the program reports with the catalogue.

  run_check.py --lang L --cli RTCERR --fixture BINDINGS_FIXTURE --work DIR

The bindings compiled are bindings_fixture's: the real catalogue plus a
`hostile` domain whose texts hold quotes, backslashes, `$`, braces, control
characters and characters beyond the BMP (see fixture.cpp). The expected
values come from `rtcerr list --format json` (the fixture's JSON must agree
with it on every real code) and from `rtcerr explain` for unknown numbers -
never from the generated file. The check program (check/check.*) prints:

  V <number> <1|0> <code>   fromValue(number) gives a member (1) or nothing
                            (0); the error type made from the number keeps it
  P <code> <known> <domain> <name> <condition> <retry> <http> <hex title>
    <hex message_zh> <hex message("zh-CN")> <hex message("fr")> <grpc>
                            each body of problems.txt (the gateway's
                            responses) decoded into the error type
  X <what>                  an expectation of the check program that failed

  E <name> <value>          an enum member (all of them where the language
                            can list them)
  C <code> <known> <domain> <name> <hex zh> <hex en> <hex hint zh>
    <hex hint en> <condition> <retry> <http> <grpc>
                            lookup() of each number of the codes file
  N <count>                 the number of codes the binding lists

Swift and Dart have no toolchain here: their files are checked as text
instead (every code's literal decoded and compared with the catalogue).
Exit status 0 when everything agrees; 1 with a report otherwise.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# The ranges of the design, written here independently of the generator.
PROBES = [  # (number, domain)
    (998, "engine"), (1009999, "session"), (605030002, "recording"),
    (606009999, "gateway"), (700000999, "hostile"),
    (1000, "unknown"), (999999, "unknown"), (-1, "unknown"), (605029999, "unknown"),
    (2147483647, "unknown"), (-2147483647, "unknown"),
]


def pascal(snake):
    return "".join(p[:1].upper() + p[1:] for p in snake.split("_"))


def camel(snake):
    p = pascal(snake)
    return p[:1].lower() + p[1:]


def qualified(entry):
    return entry["name"] if entry["code"] == 0 else entry["domain"] + "_" + entry["name"]


ENUM_NAME = {  # the constant of a code, in each language's convention
    "typescript": lambda e: pascal(qualified(e)),
    "java": lambda e: qualified(e).upper(),
    "kotlin": lambda e: qualified(e).upper(),
    "csharp": lambda e: pascal(qualified(e)),
    "python": lambda e: qualified(e).upper(),
    "go": lambda e: pascal(qualified(e)),
    "proto": lambda e: "ERROR_CODE_" + ("UNSPECIFIED" if e["code"] == 0 else qualified(e).upper()),
    "c": lambda e: "RTCERR_CODE_" + qualified(e).upper(),
    "swift": lambda e: camel(qualified(e)),
    "dart": lambda e: camel(qualified(e)),
}
# Languages whose check program lists every enum member (Go and C cannot).
LISTS_ALL = {"typescript", "java", "kotlin", "csharp", "python", "proto"}


class Failure(Exception):
    pass


def run(cmd, cwd=None, env=None, stdout=True):
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    took = time.monotonic() - started
    print(f"[{took:5.1f} s] {' '.join(cmd[:3])}{' ...' if len(cmd) > 3 else ''}")
    if proc.returncode != 0:
        raise Failure(f"{' '.join(cmd)} failed ({proc.returncode}):\n"
                      f"{proc.stdout.decode(errors='replace')[-3000:]}"
                      f"{proc.stderr.decode(errors='replace')[-3000:]}")
    return proc.stdout.decode("utf-8")


def hexed(text):
    return text.encode("utf-8").hex()


def unknown_texts(cli, number):
    """The messages `rtcerr explain` gives an unknown number."""
    proc = subprocess.run([cli, "explain", str(number)], stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL)  # "not in the catalogue", expected
    lines = proc.stdout.decode("utf-8").split("\n")
    for i, line in enumerate(lines):
        if line.startswith("  message:"):
            return line[len("  message:"):].strip(), lines[i + 1].strip()
    raise Failure(f"rtcerr explain {number} printed no message")


def pom_coordinates(path):
    """(groupId, artifactId, version) of a pom.xml, which must parse."""
    import xml.etree.ElementTree as ET
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    root = ET.parse(path).getroot()
    found = tuple(root.findtext(f"m:{k}", namespaces=ns) for k in
                  ("groupId", "artifactId", "version"))
    if None in found or "" in found:
        raise Failure(f"{path}: no groupId, artifactId or version: {found}")
    return found


def python_with(*modules):
    """The first Python (Debian's, then the one running this) that imports
    every module: the venv needs setuptools and wheel, the type check mypy
    (Debian: python3-setuptools, python3-wheel, python3-venv, python3-mypy)."""
    for python in ("/usr/bin/python3", sys.executable):
        if os.path.exists(python) and subprocess.run(
                [python, "-c", "import " + ", ".join(modules)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0:
            return python
    raise Failure(f"no Python with {', '.join(modules)} (see scripts/install-deps)")


# The google/rpc .proto files (status.proto, error_details.proto) as Debian
# ships them: golang-github-gogo-googleapis-dev has the published definitions
# (package google.rpc, the same field numbers). The gRPC decoders' tests
# generate each language's classes from them with Debian's protoc.
RPC_PROTOS = ["google/rpc/status.proto", "google/rpc/error_details.proto"]


def rpc_protos():
    root = "/usr/share/gocode/src/github.com/gogo/googleapis"
    return root if all(os.path.exists(os.path.join(root, p)) for p in RPC_PROTOS) else None


def rpc_classpath(work):
    """Debian's protobuf-java and the google.rpc classes generated from
    rpc_protos() (protoc --java_out, javac), as a class path; None without
    them (libprotobuf-java, golang-github-gogo-googleapis-dev)."""
    protobuf = "/usr/share/java/protobuf.jar"
    root = rpc_protos()
    if not (root and os.path.exists(protobuf)):
        print("libprotobuf-java or the google/rpc protos not found: the gRPC decoder not compiled")
        return None
    java = os.path.join(work, "rpc-java")
    classes = os.path.join(work, "rpc-classes")
    os.makedirs(java)
    run(["protoc", "-I", root, "-I", "/usr/include", "--java_out=" + java]
        + [os.path.join(root, p) for p in RPC_PROTOS])
    sources = [os.path.join(d, f) for d, _, fs in os.walk(java) for f in fs]
    run(["javac", "-nowarn", "--release", "8", "-cp", protobuf, "-d", classes] + sources)
    return protobuf + os.pathsep + classes


# --- Compiling and running each language. -------------------------------------

def build_and_run(lang, gen, work, codes, args):
    src = os.path.join(HERE, "check")
    if lang == "typescript":
        # The package as npm packs it (prepack compiles it with its own
        # tsconfig: ES5 output and library), installed from the tarball into
        # a consumer project that compiles against its declarations.
        pkg = os.path.join(work, "package")
        shutil.copytree(gen, pkg)
        # @bufbuild/protobuf (the "grpc" entry's optional peer dependency and
        # the package's dev dependency) from the pinned npm tools, offline.
        npm_tools = os.environ.get("RTCERR_NPM_TOOLS", "/opt/rtcerr-npm-tools")
        bufbuild = os.path.join(npm_tools, "node_modules", "@bufbuild", "protobuf")
        if not os.path.isdir(bufbuild):
            raise Failure(f"{bufbuild} not found (scripts/install-deps installs it)")

        def with_bufbuild(project):
            os.makedirs(os.path.join(project, "node_modules", "@bufbuild"), exist_ok=True)
            os.symlink(bufbuild, os.path.join(project, "node_modules", "@bufbuild", "protobuf"))
        with_bufbuild(pkg)
        env = dict(os.environ, npm_config_cache=os.path.join(work, "npm-cache"),
                   npm_config_update_notifier="false", npm_config_fund="false",
                   npm_config_audit="false")
        tarball = run(["npm", "pack", "--offline", "--pack-destination", work], cwd=pkg,
                      env=env).strip().split("\n")[-1]
        listing = run(["tar", "tzf", os.path.join(work, tarball)])
        for member in ("package/package.json", "package/dist/index.js",
                       "package/dist/index.d.ts", "package/src/index.ts",
                       "package/dist/grpc.js", "package/dist/grpc.d.ts"):
            if member not in listing.split():
                raise Failure(f"npm pack: {member} missing from {tarball}:\n{listing}")
        # Erasable syntax only (no enum, namespace or parameter property): the
        # source runs under Node's type stripping. Needs TypeScript >= 5.8, from
        # npm (scripts/install-deps); Debian's is older.
        tsc58 = os.path.join(os.environ.get("RTCERR_NPM_TOOLS", "/opt/rtcerr-npm-tools"),
                             "node_modules", ".bin", "tsc")
        if os.path.exists(tsc58):
            run([tsc58, "--erasableSyntaxOnly", "--noEmit", "--strict", "--target", "es5",
                 "--lib", "es5", os.path.join(gen, "src", "index.ts")])
        else:
            print(f"{tsc58} not found (scripts/install-deps): --erasableSyntaxOnly not checked")
        consumer = os.path.join(work, "consumer")
        os.makedirs(consumer)
        shutil.copy(os.path.join(src, "check.ts"), consumer)
        with open(os.path.join(consumer, "package.json"), "w") as f:
            json.dump({"name": "consumer", "private": True, "version": "0.0.0"}, f)
        run(["npm", "install", "--offline", "--no-save", os.path.join(work, tarball)],
            cwd=consumer, env=env)
        run(["tsc", "--strict", "--noUnusedLocals", "--target", "es2019", "--module", "commonjs",
             "--moduleResolution", "node", "--outDir", os.path.join(consumer, "out"),
             os.path.join(consumer, "check.ts")], cwd=consumer)
        # The main entry runs without @bufbuild/protobuf installed.
        output = run(["node", os.path.join(consumer, "out", "check.js"), codes])
        if os.path.exists(os.path.join(work, "grpc_statuses.txt")):
            with_bufbuild(consumer)
            shutil.copy(os.path.join(src, "grpc_check.ts"), consumer)
            # --skipLibCheck: @bufbuild/protobuf's declarations need a newer
            # TypeScript than Debian's (checked with the pinned one below).
            run(["tsc", "--strict", "--noUnusedLocals", "--skipLibCheck", "--target", "es2019",
                 "--module", "commonjs", "--moduleResolution", "node", "--outDir",
                 os.path.join(consumer, "out"), os.path.join(consumer, "grpc_check.ts")],
                cwd=consumer)
            if os.path.exists(tsc58):
                run([tsc58, "--strict", "--noEmit", "--target", "es2019", "--module", "commonjs",
                     "--moduleResolution", "node", os.path.join(consumer, "grpc_check.ts")],
                    cwd=consumer)
            output += run(["node", os.path.join(consumer, "out", "grpc_check.js"), codes])
        return output
    if lang == "python":
        # Installed with pip into a fresh venv, offline, built by the
        # system's setuptools (--system-site-packages gives the venv setuptools;
        # the package itself is then imported from the venv).
        pkg = os.path.join(work, "package")
        shutil.copytree(gen, pkg)
        venv = os.path.join(work, "venv")
        run([python_with("setuptools", "wheel", "venv"), "-m", "venv", "--system-site-packages",
             venv])
        python = os.path.join(venv, "bin", "python")
        env = dict(os.environ, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1",
                   PYTHONDONTWRITEBYTECODE="1")
        env.pop("PYTHONPATH", None)
        run([python, "-m", "pip", "install", "--no-index", "--no-build-isolation", "--no-deps",
             "--quiet", pkg], env=env)
        output = run([python, "-W", "error", os.path.join(src, "check.py"), codes], env=env)
        # rtcerr_codes.grpc_status against Debian's python3-protobuf and the
        # google.rpc modules generated from Debian's .proto files.
        if os.path.exists(os.path.join(work, "grpc_statuses.txt")):
            rpc = rpc_protos()
            if rpc and subprocess.run([python, "-c", "import google.protobuf"],
                                      env=env).returncode == 0:
                pb = os.path.join(work, "pb-python")
                os.makedirs(pb)
                run(["protoc", "-I", rpc, "-I", "/usr/include", "--python_out=" + pb]
                    + [os.path.join(rpc, p) for p in RPC_PROTOS])
                output += run([python, "-W", "error", os.path.join(src, "grpc_check.py"), codes],
                              env=dict(env, PYTHONPATH=pb))
            else:
                print("python3-protobuf or the google/rpc protos not found: "
                      "rtcerr_codes.grpc_status not run")
        # mypy --strict: a typed consumer passes, a misspelt condition fails.
        mypy = python_with("mypy")
        cache = os.path.join(work, "mypy-cache")
        strict = [mypy, "-m", "mypy", "--strict", "--python-executable", python,
                  "--cache-dir", cache, "--no-error-summary"]
        run(strict + [os.path.join(src, "typed_consumer.py")], cwd=work)
        run(strict + ["-p", "rtcerr_codes"], cwd=work)
        proc = subprocess.run(strict + [os.path.join(src, "misspelt_condition.py")], cwd=work,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        said = proc.stdout.decode(errors="replace")
        if proc.returncode == 0 or "timout" not in said:
            raise Failure("mypy --strict accepted a misspelt condition:\n" + said)
        return output
    if lang == "java":
        # The package built as a jar with javac + jar, its pom.xml read for
        # the coordinates, and the check compiled against the jar alone.
        coordinates = pom_coordinates(os.path.join(gen, "pom.xml"))
        # The package compiled with protobuf-java and the google.rpc classes
        # (RtcGrpcStatus needs them); the check of the rest compiled against
        # the jar alone and run without them.
        rpc = rpc_classpath(work)
        classes = os.path.join(work, "classes")
        sources = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(gen, "src", "main"))
                   for f in fs if rpc or not f.endswith("GrpcStatus.java")]
        run(["javac", "-Xlint:all", "-Werror", "--release", "8", "-Xlint:-options", "-d", classes]
            + (["-cp", rpc] if rpc else []) + sources)
        jar = os.path.join(work, f"{coordinates[1]}-{coordinates[2]}.jar")
        run(["jar", "cf", jar, "-C", classes, "."])
        out = os.path.join(work, "check-classes")
        run(["javac", "-Xlint:all", "-Werror", "-cp", jar, "-d", out,
             os.path.join(src, "Check.java")])
        output = run(["java", "-cp", jar + os.pathsep + out, "Check", codes])
        if rpc and os.path.exists(os.path.join(work, "grpc_statuses.txt")):
            run(["javac", "-Xlint:all", "-Werror", "-cp", os.pathsep.join([jar, out, rpc]), "-d",
                 out, os.path.join(src, "GrpcCheck.java")])
            output += run(["java", "-cp", os.pathsep.join([jar, out, rpc]), "GrpcCheck", codes])
        return output
    if lang == "kotlin":
        # The package compiled into a jar (its pom.xml read for the
        # coordinates), the check compiled against that jar.
        coordinates = pom_coordinates(os.path.join(gen, "pom.xml"))
        # As Java's: the package and the checks compiled with protobuf-java and
        # the google.rpc classes (RtcGrpcStatus needs them), CheckKt run without.
        rpc = rpc_classpath(work)
        sources = [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(gen, "src", "main"))
                   for f in fs if rpc or not f.endswith("GrpcStatus.kt")]
        jar = os.path.join(work, f"{coordinates[1]}-{coordinates[2]}.jar")
        run(["kotlinc", "-Werror", "-d", jar] + (["-cp", rpc] if rpc else []) + sources)
        check = os.path.join(work, "check.jar")
        checks = [os.path.join(src, "check.kt")] + ([os.path.join(src, "grpc_check.kt")]
                                                    if rpc else [])
        run(["kotlinc", "-Werror", "-cp", jar + (os.pathsep + rpc if rpc else ""),
             "-include-runtime", "-d", check] + checks)
        output = run(["java", "-cp", jar + os.pathsep + check, "CheckKt", codes])
        if rpc and os.path.exists(os.path.join(work, "grpc_statuses.txt")):
            output += run(["java", "-cp", os.pathsep.join([jar, check, rpc]), "GrpcCheck", codes])
        return output
    if lang == "csharp":
        # The .csproj read for the package id (Debian has no dotnet), the
        # sources compiled into that assembly with mcs, the check against it.
        import xml.etree.ElementTree as ET
        project = [f for f in os.listdir(gen) if f.endswith(".csproj")]
        if len(project) != 1:
            raise Failure(f"one .csproj expected, found {project}")
        props = ET.parse(os.path.join(gen, project[0])).getroot().find("PropertyGroup")
        package = props.findtext("PackageId")
        if not package or not props.findtext("Version") or project[0] != package + ".csproj":
            raise Failure(f"{project[0]}: no PackageId or Version, or named otherwise")
        dll = os.path.join(work, package + ".dll")
        run(["mcs", "-warnaserror+", "-langversion:6", "-target:library", "-out:" + dll]
            + [os.path.join(gen, f) for f in sorted(os.listdir(gen)) if f.endswith(".cs")])
        exe = os.path.join(work, "check.exe")
        run(["mcs", "-warnaserror+", "-r:" + dll, "-out:" + exe, os.path.join(src, "Check.cs")])
        return run(["mono", exe, codes])
    if lang == "go":
        # The generated module, vetted and tested where it stands, and a
        # consumer module that requires it (a replace directive: no network).
        module = os.path.join(work, "module")
        shutil.copytree(gen, module)
        with open(os.path.join(gen, "go.mod")) as f:
            path = re.search(r"^module (\S+)$", f.read(), re.M).group(1)
        unformatted = run(["gofmt", "-l", module])
        if unformatted.strip():
            raise Failure("the generated Go file is not gofmt-clean:\n" + unformatted)
        env = dict(os.environ, GOPATH=os.path.join(work, "gopath"), GOFLAGS="-mod=mod",
                   GOPROXY="off", GO111MODULE="on", GOTOOLCHAIN="local",
                   GOCACHE=os.path.abspath(args.gocache or os.path.join(work, "gocache")))
        shutil.copy(os.path.join(src, "forward_test.go"), module)
        run(["go", "vet", "./..."], cwd=module, env=env)
        run(["go", "test", "./..."], cwd=module, env=env)
        # GRPCStatus (-tags rtcerr_grpc) against Debian's golang-google-grpc-dev,
        # which is a GOPATH tree: the package built and tested in GOPATH mode.
        gocode = "/usr/share/gocode"
        grpc_output = ""
        if os.path.isdir(os.path.join(gocode, "src", "google.golang.org", "grpc")):
            tree = os.path.join(work, "gopath-grpc")
            package = os.path.join(tree, "src", *path.split("/"))
            shutil.copytree(module, package)
            shutil.copy(os.path.join(src, "grpc_test.go"), package)
            gopath = dict(env, GO111MODULE="off", GOFLAGS="", GOPATH=tree + os.pathsep + gocode)
            run(["go", "vet", "-tags", "rtcerr_grpc", path], cwd=package, env=gopath)
            statuses = os.path.join(work, "grpc_statuses.txt")
            decoded = os.path.join(work, "grpc_decoded.txt")
            if os.path.exists(statuses):
                gopath = dict(gopath, RTCERR_GRPC_STATUSES=statuses, RTCERR_GRPC_OUT=decoded)
            run(["go", "test", "-count=1", "-tags", "rtcerr_grpc", path], cwd=package, env=gopath)
            if os.path.exists(statuses):
                with open(decoded, encoding="utf-8") as f:
                    grpc_output = f.read()
        else:
            print("golang-google-grpc-dev not found: the rtcerr_grpc build tag is not compiled")
        consumer = os.path.join(work, "consumer")
        os.makedirs(consumer)
        shutil.copy(os.path.join(src, "check.go"), os.path.join(consumer, "main.go"))
        with open(os.path.join(consumer, "go.mod"), "w") as f:
            f.write(f"module check\n\ngo 1.18\n\nrequire {path} v0.0.0\n\n"
                    f"replace {path} => ../module\n")
        run(["go", "vet", "./..."], cwd=consumer, env=env)
        run(["go", "build", "-o", os.path.join(work, "check"), "."], cwd=consumer, env=env)
        return run([os.path.join(work, "check"), codes]) + grpc_output
    if lang == "proto":
        proto = os.path.join(gen, "rtcerr", "v1", "error_codes.proto")
        with open(proto) as f:
            text = f.read()
        for option in ('option go_package = "', 'option java_package = "',
                       'option csharp_namespace = "'):
            if option not in text:
                raise Failure(f"{proto}: no {option}...")
        if shutil.which("buf"):
            # buf lint, STANDARD rules, on the module the generated directory is.
            with open(os.path.join(work, "buf.yaml"), "w") as f:
                f.write("version: v2\nmodules:\n  - path: gen\nlint:\n  use:\n    - STANDARD\n")
            shutil.copytree(gen, os.path.join(work, "gen"))
            run(["buf", "lint"], cwd=work)
        else:
            print("buf not found (scripts/install-deps installs it): buf lint skipped")
        pb = os.path.join(work, "pb")
        for out in ("cpp", "java", "csharp"):
            os.makedirs(os.path.join(pb, out), exist_ok=True)
        run(["protoc", "-I", gen, "-I", "/usr/include", "--cpp_out=" + os.path.join(pb, "cpp"),
             "--java_out=" + os.path.join(pb, "java"), "--csharp_out=" + os.path.join(pb, "csharp"),
             proto])
        if not os.path.isdir(os.path.join(pb, "java", "io", "rtcerr", "v1")):
            raise Failure("protoc --java_out did not write package io.rtcerr.v1")
        flags = run(["pkg-config", "--cflags", "--libs", "protobuf"]).split()
        exe = os.path.join(work, "check")
        cpp = os.path.join(pb, "cpp")
        run([args.cxx, "-std=c++17", "-O0", "-I", cpp, os.path.join(src, "proto_check.cpp"),
             os.path.join(cpp, "rtcerr", "v1", "error_codes.pb.cc"), "-o", exe] + flags)
        return run([exe, codes])
    if lang == "c":
        exe = os.path.join(work, "check")
        run(["gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic", "-I", gen,
             os.path.join(src, "check.c"), "-o", exe])
        return run([exe, codes])
    raise Failure(f"no toolchain check for {lang}")


# --- Swift and Dart: the text of every table entry, decoded. -----------------

def decode_literal(body, lang):
    """The text of a Swift or Dart double-quoted string literal's body."""
    out, i = [], 0
    simple = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", '"': '"', "'": "'", "0": "\0",
              "$": "$"}
    while i < len(body):
        c = body[i]
        if c == "$" and lang == "dart":
            raise Failure(f"unescaped $ in a Dart string: {body}")
        if ord(c) > 0x7e or ord(c) < 0x20:
            raise Failure(f"raw character U+{ord(c):04X} in a {lang} string: the output must be ASCII")
        if c != "\\":
            out.append(c)
            i += 1
            continue
        n = body[i + 1]
        if n == "u" and body[i + 2] == "{":
            end = body.index("}", i)
            out.append(chr(int(body[i + 3:end], 16)))
            i = end + 1
        elif n in simple and not (n == "$" and lang == "swift"):
            out.append(simple[n])
            i += 2
        else:
            raise Failure(f"unexpected escape \\{n} in a {lang} string: {body}")
    return "".join(out)


LITERAL = r'"((?:[^"\\]|\\.)*)"'


def check_text(lang, gen, catalogue, unlisted=()):
    if lang == "swift":
        path = os.path.join(gen, "Sources", "RtcErrors", "RtcErrors.swift")
        with open(os.path.join(gen, "Package.swift")) as f:
            manifest = f.read()
        if not (manifest.startswith("// swift-tools-version:5.") and
                re.search(r'\.library\(name: "RtcErrors", targets: \["RtcErrors"\]\)', manifest)
                and 'path: "Sources/RtcErrors"' in manifest):
            raise Failure("Package.swift: no tools version, library product or target path:\n"
                          + manifest)
    else:
        path = os.path.join(gen, "lib", "rtcerr_codes.dart")
        with open(os.path.join(gen, "pubspec.yaml")) as f:
            pubspec = f.read()
        for line in ("name: rtcerr_codes", "version: ", "  sdk: '>=2.17.0 <4.0.0'"):
            if not re.search("^" + re.escape(line), pubspec, re.M):
                raise Failure(f"pubspec.yaml: no line {line!r}:\n{pubspec}")
    with open(path, "rb") as f:
        raw = f.read()
    if any(b > 0x7e or (b < 0x20 and b != 0x0a) for b in raw):
        raise Failure(f"{path} is not plain ASCII")
    text = raw.decode("ascii")
    problems = []
    # The error type, the safe conversion and the decoder (issue 29): declared,
    # not compiled here.
    for declaration in ({"swift": [r"^public struct RtcError: Error, Equatable",
                                   r"^extension RtcError: LocalizedError \{",
                                   r"^extension RtcError: CustomNSError \{",
                                   r"public static func fromProblem\(_ body: \[String: Any\]\) -> RtcError\?",
                                   r"public static func fromProblemJSON\(_ data: Data\) -> RtcError\?",
                                   r"public func message\(locale: String\) -> String"],
                         "dart": [r"^import 'dart:convert';$",
                                  r"^class RtcException implements Exception \{",
                                  r"static RtcErrorCode\? fromValue\(int value\)",
                                  r"static RtcException\? fromProblemJson\(String body\)",
                                  r"String message\(\[String locale = 'en'\]\)"]}[lang]):
        if not re.search(declaration, text, re.M):
            problems.append(f"no declaration matching {declaration}")
    for e in catalogue:
        name = ENUM_NAME[lang](e)
        if lang == "swift":
            case = re.search(rf"^    case {re.escape(name)} = (-?\d+)$", text, re.M)
            entry = re.search(rf"^    {e['code']}: RtcErrorInfo\(code: {e['code']}, known: true, "
                              rf"domain: \.(\w+), name: {LITERAL}, messageZh: {LITERAL}, "
                              rf"messageEn: {LITERAL}, hintZh: {LITERAL}, hintEn: {LITERAL}, "
                              rf"condition: \.(\w+), retry: \.(\w+), httpStatus: (\w+), "
                              rf"grpcCode: (\d+)\),$",
                              text, re.M)
        else:
            case = re.search(rf"^  {re.escape(name)}\((-?\d+)\)[,;]$", text, re.M)
            entry = re.search(rf"^  {e['code']}: RtcErrorInfo\({e['code']}, true, "
                              rf"RtcDomain\.(\w+), {LITERAL}, {LITERAL}, {LITERAL}, {LITERAL}, "
                              rf"{LITERAL}, RtcCondition\.(\w+), RtcRetry\.(\w+), (\w+), (\d+)\),$",
                              text, re.M)
        if case is None or int(case.group(1)) != e["code"]:
            problems.append(f"{e['code']}: no enum case {name} = {e['code']}")
        if entry is None:
            problems.append(f"{e['code']}: no table entry")
            continue
        domain, name_, mzh, men, hzh, hen, cond, retry, http, grpc = entry.groups()
        got = (domain, decode_literal(name_, lang), decode_literal(mzh, lang),
               decode_literal(men, lang), decode_literal(hzh, lang), decode_literal(hen, lang),
               cond, retry, http, int(grpc))
        want = (camel(e["domain"]), e["name"], e["message_zh"], e["message_en"],
                e["hint_zh"], e["hint_en"], camel(e["condition"]), camel(e["retry"]),
                "nil" if e["http_status"] is None and lang == "swift" else
                "null" if e["http_status"] is None else str(e["http_status"]), e["grpc_code"])
        if got != want:
            problems.append(f"{e['code']}: table entry differs\n  got  {got!r}\n  want {want!r}")
    # The defaults of unlisted numbers: the first row of the table that holds
    # a number is what lookup gives it; compared with what C++ answers.
    row = {"swift": r"^    \(first: (-?\d+), last: (-?\d+), condition: \.(\w+), retry: \.(\w+), "
                    r"httpStatus: (\w+), grpcCode: (\d+)\),$",
           "dart": r"^  _UnknownDefault\((-?\d+), (-?\d+), RtcCondition\.(\w+), RtcRetry\.(\w+), "
                   r"(\w+), (\d+)\),$"}[lang]
    rows = [(int(a), int(b), c, r, h, int(g)) for a, b, c, r, h, g in re.findall(row, text, re.M)]
    if not rows:
        problems.append("no table of the defaults of unlisted numbers")
    for u in unlisted:
        found = next((r for r in rows if r[0] <= u["code"] <= r[1]), None)
        none = "nil" if lang == "swift" else "null"
        want = (camel(u["condition"]), camel(u["retry"]),
                none if u["http_status"] is None else str(u["http_status"]), u["grpc_code"])
        if found is None or found[2:] != want:
            problems.append(f"{u['code']}: default {found[2:] if found else None}, "
                            f"C++ answers {want}")
    return problems


# --- Comparing a run with the catalogue. -------------------------------------

# Languages whose check program exercises the error type, fromValue and the
# problem+json decoder (issue 29).
DECODES = {"typescript", "python", "go", "java", "csharp", "kotlin"}


def expected_problem(text, catalogue):
    """What a decoder must make of a problem+json body: the body's members
    where it has them (a newer server knows codes this client does not), the
    client's catalogue for the rest."""
    body = json.loads(text)
    entry = next((e for e in catalogue if e["code"] == body["code"]), None)
    condition = body.get("condition") or (entry["condition"] if entry else "unknown")
    retry = body.get("retry") or (entry["retry"] if entry else
                                  "backoff" if body.get("retryable") else "never")
    return ["P", str(body["code"]), "1" if entry else "0", body["domain"], body["name"],
            condition, retry, str(body["status"]), hexed(body["title"]),
            hexed(body["message_zh"]), hexed(body["message_zh"]), hexed(body["title"]),
            str(entry["grpc_code"] if entry else 2)]


# Languages whose package has a google.rpc.Status decoder, and whose check
# prints a G line for each status the real gRPC service answered
# (bindings_grpc_capture, tests/bindings/grpc_capture.cpp):
#   G <code> <known> <domain> <name> <condition> <retry> <http> <grpc>
#     <hex message_en> <hex message("zh-CN")> <hex message("en")>
GRPC_DECODES = {"go", "python", "java", "kotlin", "typescript"}


def expected_grpc(capture, catalogue, cli):
    """What a google.rpc.Status decoder must make of a captured status: the
    code, name, condition and retry policy the service put in its ErrorInfo
    (a code this client does not list keeps the server's), the domain where
    the client knows it, the status message as the English text and the
    LocalizedMessage as its language's; the catalogue (or, for a number it does
    not list, `rtcerr explain`) for the rest."""
    sent = capture["sent"]
    entry = next((e for e in catalogue if e["code"] == sent["code"]), None)
    domains = {e["domain"] for e in catalogue}
    if entry:
        zh = entry["message_zh"]
        domain = entry["domain"]
    else:
        zh, _ = unknown_texts(cli, sent["code"])
        explained = subprocess.run([cli, "explain", str(sent["code"])], stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL).stdout.decode()
        in_range = re.search(r"^  domain:\s+(\w+) \(", explained, re.M)
        domain = in_range.group(1) if in_range else "unknown"
    if sent["domain"] in domains:
        domain = sent["domain"]
    # The LocalizedMessage (read by the capture program with protobuf's
    # generated classes) gives the text of its language.
    if sent["locale"].split("-")[0] == "zh":
        zh = sent["localized"]
    return ["G", str(sent["code"]), "1" if entry else "0", domain, sent["name"],
            sent["condition"], sent["retry"],
            str(entry["http_status"]) if entry and entry["http_status"] is not None else "",
            str(capture["grpc_code"]), hexed(capture["message"]), hexed(zh),
            hexed(capture["message"])]


# Requests to examples/gateway_server and what each answers (see the
# example): a missing and an expired token, the faked recording service's
# busy, full, slow and newer-service rooms, a missing channel, a layout
# without a canvas, a missing query parameter.
GATEWAY_REQUESTS = [  # (method, path, token, body)
    ("POST", "/v1/rooms/42/recording", None, ""),
    ("POST", "/v1/rooms/42/recording", "expired", ""),
    ("POST", "/v1/rooms/busy-1/recording", "t0k3n", ""),
    ("POST", "/v1/rooms/full-1/recording", "t0k3n", ""),
    ("POST", "/v1/rooms/slow-1/recording", "t0k3n", ""),
    ("POST", "/v1/rooms/new-1/recording", "t0k3n", ""),
    ("DELETE", "/v1/rooms/8/channels/cam-9", "t0k3n", None),
    ("PUT", "/v1/rooms/9/layout", "t0k3n", '{"tiles":[]}'),
    ("POST", "/v1/rooms/9/channels", "t0k3n", ""),
]


def gateway_bodies(program):
    """The problem+json bodies examples/gateway_server answers
    GATEWAY_REQUESTS with, over a real loopback connection."""
    import http.client
    server = subprocess.Popen([program, "--max-seconds", "60"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE)
    try:
        line = server.stdout.readline().decode()
        match = re.match(r"listening on http://127\.0\.0\.1:(\d+)", line)
        if not match:
            raise Failure(f"{program} printed {line!r}, not the port it listens on")
        bodies = []
        for method, path, token, body in GATEWAY_REQUESTS:
            connection = http.client.HTTPConnection("127.0.0.1", int(match.group(1)), timeout=10)
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8")
            if response.getheader("Content-Type") != "application/problem+json":
                raise Failure(f"{method} {path}: {response.status} without a problem document")
            bodies.append(text)
            connection.close()
        return bodies
    finally:
        server.stdin.close()
        server.wait(timeout=10)


def compare(lang, output, catalogue, probes, bodies=(), statuses=None):
    problems = []
    lines = [l.split("\t") for l in output.rstrip("\n").split("\n")]
    enums = {l[1]: int(l[2]) for l in lines if l[0] == "E"}
    want_enums = {ENUM_NAME[lang](e): e["code"] for e in catalogue}
    for name, value in enums.items():
        if want_enums.get(name) != value:
            problems.append(f"enum {name} = {value}: not a catalogue code of that name")
    if lang in LISTS_ALL:
        for name in sorted(set(want_enums) - set(enums)):
            problems.append(f"enum {name} missing")
    elif not enums:
        problems.append("no enum constant checked")
    results = [l for l in lines if l[0] == "C"]
    expected = []
    for e in catalogue:
        expected.append(["C", str(e["code"]), "1", e["domain"], e["name"],
                         hexed(e["message_zh"]), hexed(e["message_en"]), hexed(e["hint_zh"]),
                         hexed(e["hint_en"]), e["condition"], e["retry"],
                         "" if e["http_status"] is None else str(e["http_status"]),
                         str(e["grpc_code"])])
    for number, domain, zh, en, *unlisted in probes:
        # A number not listed: its domain's default condition, retry policy,
        # HTTP status and gRPC code where the domain states one (as the C++
        # error says, unlisted.json), else unknown, never, none and
        # google.rpc.Code UNKNOWN.
        condition, retry, http, grpc = unlisted or ("unknown", "never", "", "2")
        expected.append(["C", str(number), "0", domain, "unknown",
                         hexed(zh) if zh is not None else None,
                         hexed(en) if en is not None else None, "", "", condition, retry, http,
                         grpc])
    if len(results) != len(expected):
        problems.append(f"{len(results)} lookups printed, {len(expected)} expected")
    for got, want in zip(results, expected):
        same = len(got) == len(want) and all(w is None or g == w for g, w in zip(got, want))
        if not same:
            problems.append(f"lookup({want[1]}) differs\n  got  {got}\n  want {want}")
    # #29: the safe number-to-enum conversion and the error type, for every
    # number of the codes file (where the check program prints them).
    values = [l for l in lines if l[0] == "V"]
    if lang in DECODES:
        want_v = [["V", str(e["code"]), "1", str(e["code"])] for e in catalogue]
        want_v += [["V", str(p[0]), "0", str(p[0])] for p in probes]
        if values != want_v:
            bad = [(g, w) for g, w in zip(values, want_v) if g != w][:5]
            problems.append(f"fromValue / error type: {len(values)} lines, {len(want_v)} "
                            f"expected; first differences {bad}")
        decoded = [l for l in lines if l[0] == "P"]
        want_p = [expected_problem(b, catalogue) for b in bodies]
        if decoded != want_p:
            for g, w in zip(decoded, want_p):
                if g != w:
                    problems.append(f"problem+json decoded differs\n  got  {g}\n  want {w}")
            if len(decoded) != len(want_p):
                problems.append(f"{len(decoded)} problem bodies decoded, {len(want_p)} expected")
    if statuses is not None:
        decoded = [l for l in lines if l[0] == "G"]
        if decoded != statuses:
            for g, w in zip(decoded, statuses):
                if g != w:
                    problems.append(f"google.rpc.Status decoded differs\n  got  {g}\n  want {w}")
            if len(decoded) != len(statuses):
                problems.append(f"{len(decoded)} gRPC statuses decoded, {len(statuses)} expected")
    for l in lines:
        if l[0] == "X":
            problems.append("check program: " + "\t".join(l[1:]))
    counts = [l for l in lines if l[0] == "N"]
    if not counts or int(counts[0][1]) != len(catalogue):
        problems.append(f"the binding lists {counts[0][1] if counts else '?'} codes, "
                        f"the catalogue {len(catalogue)}")
    return problems


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--lang", required=True)
    p.add_argument("--cli", required=True)
    p.add_argument("--fixture", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--cxx", default="c++")
    p.add_argument("--gocache")
    p.add_argument("--gateway", help="examples/gateway_server, whose answers are decoded")
    p.add_argument("--grpc-capture",
                   help="bindings_grpc_capture, whose captured statuses are decoded")
    args = p.parse_args()

    started = time.monotonic()
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    fixture_dir = os.path.join(args.work, "fixture")
    run([args.fixture, fixture_dir])
    with open(os.path.join(fixture_dir, "catalogue.json"), encoding="utf-8") as f:
        catalogue = json.load(f)
    export = json.loads(run([args.cli, "list", "--format", "json"]))

    problems = []
    real = [{k: v for k, v in e.items() if k != "grpc_code"}
            for e in catalogue if e["domain"] not in ("hostile", "network")]
    if real != export:
        problems.append("the fixture's catalogue differs from `rtcerr list --format json`")
    if len(catalogue) - len(real) < 5:
        problems.append("the fixture has lost its hostile codes")

    gen = os.path.join(fixture_dir, args.lang)
    try:
        with open(os.path.join(fixture_dir, "unlisted.json"), encoding="utf-8") as f:
            unlisted = json.load(f)
        # (A domain's defaults: a C++ answer that is `unknown` compares nothing.)
        if (len(unlisted) < 5 or any(u["known"] or u["domain"] != "network" for u in unlisted)
                or not any(u["condition"] != "unknown" for u in unlisted)):
            problems.append("unlisted.json: not the network domain's unlisted numbers with "
                            "their defaults")
        if args.lang in ("swift", "dart"):
            problems += check_text(args.lang, gen, catalogue, unlisted)
        else:
            probes = []
            for number, domain in PROBES:
                zh, en = unknown_texts(args.cli, number) if domain != "hostile" else (None, None)
                probes.append((number, domain, zh, en))
            # The application domain's unlisted numbers, with what C++ answers.
            for u in unlisted:
                probes.append((u["code"], u["domain"], u["message_zh"], u["message_en"],
                               u["condition"], u["retry"],
                               "" if u["http_status"] is None else str(u["http_status"]),
                               str(u["grpc_code"])))
            codes = os.path.join(args.work, "codes.txt")
            with open(codes, "w") as f:
                f.write("".join(f"{e['code']}\n" for e in catalogue))
                f.write("".join(f"{p[0]}\n" for p in probes))
            with open(os.path.join(fixture_dir, "problems.json"), encoding="utf-8") as f:
                bodies = json.load(f)
            if args.lang in DECODES and args.gateway:
                if os.path.exists(args.gateway):
                    bodies = gateway_bodies(args.gateway) + bodies
                else:
                    print(f"{args.gateway} not built: only the fixture's problem bodies decoded")
            with open(os.path.join(args.work, "problems.txt"), "w", encoding="utf-8") as f:
                f.write("".join(b + "\n" for b in bodies))  # one body per line
            statuses = None
            if args.lang in GRPC_DECODES and args.grpc_capture:
                captured = os.path.join(args.work, "grpc.json")
                run([args.grpc_capture, captured])
                with open(captured, encoding="utf-8") as f:
                    captures = json.load(f)
                with open(os.path.join(args.work, "grpc_statuses.txt"), "w") as f:
                    f.write("".join(c["details"] + "\n" for c in captures))  # hex, one a line
                statuses = [expected_grpc(c, catalogue, args.cli) for c in captures]
            output = build_and_run(args.lang, gen, args.work, codes, args)
            problems += compare(args.lang, output, catalogue, probes, bodies, statuses)
    except Failure as e:
        problems.append(str(e))

    took = time.monotonic() - started
    if problems:
        print(f"{args.lang}: {len(problems)} problem(s):")
        for problem in problems[:40]:
            print("  " + problem)
        return 1
    if args.lang in ("swift", "dart"):
        print(f"{args.lang}: the text of {len(catalogue)} codes agrees with the catalogue "
              f"(not compiled: no toolchain) ({took:.1f} s)")
    else:
        print(f"{args.lang}: {len(catalogue)} codes and {len(PROBES)} unknown numbers agree "
              f"with the catalogue ({took:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
