#!/usr/bin/env python3
"""Validates a registry's export (`<tool> export`) against the JSON Schema of
the export, checks what the schema cannot (every code's domain is one of the
domains, ranges hold their codes, the expected unknown-code defaults), and
shows that the schema rejects broken exports, so that a schema accepting
anything fails here.

  export_schema.py SCHEMA TOOL [--codes N] [--domain NAME:CONDITION:RETRY:PARTS]...

--codes: at least N codes besides success. --domain: the domain exists, its
whole-range default is CONDITION and RETRY, and it has PARTS unknown_ranges.
"""
import argparse
import copy
import json
import subprocess
import sys

import jsonschema


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("schema")
    parser.add_argument("tool")
    parser.add_argument("--codes", type=int, default=1)
    parser.add_argument("--domain", action="append", default=[])
    args = parser.parse_args()

    with open(args.schema, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    out = subprocess.run([args.tool, "export"], check=True, stdout=subprocess.PIPE).stdout
    data = json.loads(out)

    problems = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(data)]
    if problems:
        print("\n".join(problems[:40]))
        return 1

    domains = {d["name"]: d for d in data["domains"]}
    if data["codes"][0]["code"] != 0 or data["codes"][0]["domain"] is not None:
        problems.append("the first code is not success (0)")
    if len(data["codes"]) - 1 < args.codes:
        problems.append(f"{len(data['codes']) - 1} codes, fewer than {args.codes}")
    for c in data["codes"][1:]:
        d = domains.get(c["domain"])
        if d is None or not d["first"] <= c["code"] <= d["last"]:
            problems.append(f"code {c['code']} is not inside its domain {c['domain']}")
    for d in data["domains"]:
        for part in d["unknown_ranges"]:
            if not d["first"] <= part["first"] <= part["last"] <= d["last"]:
                problems.append(f"{d['name']}: a part of the range lies outside it: {part}")
    for expected in args.domain:
        name, condition, retry, parts = expected.split(":")
        d = domains.get(name)
        if d is None:
            problems.append(f"no domain {name}")
            continue
        got = (d["unknown_default"]["condition"], d["unknown_default"]["retry"],
               len(d["unknown_ranges"]))
        if got != (condition, retry, int(parts)):
            problems.append(f"{name}: unknown defaults {got}, expected {(condition, retry, int(parts))}")

    broken = {
        "no schema version": lambda d: d.pop("schema_version"),
        "another schema version": lambda d: d.update(schema_version=2),
        "a short fingerprint": lambda d: d.update(fingerprint="abc"),
        "a code without its gRPC code": lambda d: d["codes"][-1].pop("grpc_code"),
        "an unknown condition": lambda d: d["codes"][-1].update(condition="on_fire"),
        "an unknown default's unknown retry": lambda d: d["domains"][0]["unknown_default"].update(retry="sometimes"),
        "a domain without its range": lambda d: d["domains"][0].pop("first"),
        "a retired number as a string": lambda d: d["domains"][0]["retired"].append({"code": "1", "name": "x"}),
        "an extra key": lambda d: d["codes"][-1].update(colour="red"),
        "a gRPC name that does not exist": lambda d: d["codes"][-1].update(grpc_name="ON_FIRE"),
    }
    for what, mutate in broken.items():
        mutated = copy.deepcopy(data)
        mutate(mutated)
        if validator.is_valid(mutated):
            problems.append(f"the schema accepts an export with {what}")

    if problems:
        print("\n".join(problems[:40]))
        return 1
    print(f"{len(data['codes'])} codes in {len(data['domains'])} domains validate; "
          f"{len(broken)} broken exports are rejected")
    return 0


sys.exit(main())
