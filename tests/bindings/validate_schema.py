#!/usr/bin/env python3
"""Validates `rtcerr list --format json` (the whole catalogue and each
domain's list) against docs/catalogue.schema.json, and shows that the
schema rejects broken exports (a missing key, a wrong type, an unknown
condition, an extra key), so that a schema accepting anything fails here.

  validate_schema.py SCHEMA RTCERR
"""
import copy
import json
import subprocess
import sys

import jsonschema


def main():
    schema_path, cli = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    problems = []
    exports = {"all": None}
    for domain in (None, "engine", "session", "recording", "gateway"):
        cmd = [cli, "list", "--format", "json"] + (["--domain", domain] if domain else [])
        data = json.loads(subprocess.run(cmd, check=True, stdout=subprocess.PIPE).stdout)
        exports[domain or "all"] = data
        for error in validator.iter_errors(data):
            problems.append(f"{' '.join(cmd[1:])}: {error.json_path}: {error.message}")

    full = exports["all"]
    if len(full) < 80:
        problems.append(f"the export lists {len(full)} codes, fewer than the catalogue's 80")
    broken = {
        "a missing key": lambda d: d[1].pop("message_en"),
        "a code as a string": lambda d: d[1].update(code="1"),
        "an unknown condition": lambda d: d[1].update(condition="on_fire"),
        "an unknown retry policy": lambda d: d[1].update(retry="sometimes"),
        "an extra key": lambda d: d[1].update(colour="red"),
        "an HTTP status of 0": lambda d: d[1].update(http_status=0),
        "a name that is not snake_case": lambda d: d[1].update(name="Invalid Argument"),
        "a domain that does not exist": lambda d: d[1].update(domain="billing"),
        "a listed code in no domain": lambda d: d[1].update(domain="unknown"),
        "success's domain as null": lambda d: d[0].update(domain=None),
        "an object instead of an array": lambda d: d.clear() or d.append({"codes": []}),
    }
    for what, mutate in broken.items():
        data = copy.deepcopy(full)
        mutate(data)
        if validator.is_valid(data):
            problems.append(f"the schema accepts an export with {what}")

    if problems:
        print("\n".join(problems[:40]))
        return 1
    print(f"{len(full)} codes validate; {len(broken)} broken exports are rejected")
    return 0


sys.exit(main())
