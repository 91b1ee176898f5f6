#!/usr/bin/env python3
"""Validate `becscope investigate` output (case.json) against docs/schema/case.schema.json.

Usage:
    python3 docs/schema/validate_case.py docs/schema/case.schema.json docs/schema/analyze.schema.json < OUT/case.json

Checks the case against its schema, every message against the analyze schema (with the
checks of validate_analyze.py), and what a schema cannot say: each campaign's messages are
sources of the case's messages, every campaign recipient's employee is targeted, and every
indicator of a message is in the case's list. Exit status: 0 valid, 1 invalid, 2 usage error.
"""

import json
import os
import sys

from jsonschema import Draft202012Validator

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import validate  # noqa: E402
import validate_analyze  # noqa: E402


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    case_schema = json.load(open(argv[1], encoding="utf-8"))
    analyze_schema = json.load(open(argv[2], encoding="utf-8"))
    case = json.load(sys.stdin)
    problems = ["%s: %s" % (validate.where(e), e.message) for e in Draft202012Validator(case_schema).iter_errors(case)]
    analyzer = Draft202012Validator(analyze_schema)
    sources = {m.get("source") for m in case.get("messages", [])}
    iocs = {(i["type"], i["value"]) for i in case.get("iocs", [])}
    for n, message in enumerate(case.get("messages", [])):
        errors = list(analyzer.iter_errors(message))
        problems += ["messages[%d] %s: %s" % (n, validate.where(e), e.message) for e in errors]
        if not errors:
            problems += ["messages[%d]: %s" % (n, p) for p in validate_analyze.consistency(message)]
        for ioc in message.get("iocs", []):
            if (ioc["type"], ioc["value"]) not in iocs:
                problems.append("messages[%d]: indicator %s missing from the case's iocs" % (n, ioc["value"]))
    for c in case.get("campaigns", []):
        for source in c.get("messages", []):
            if source not in sources:
                problems.append("%s: message %s is not in the case" % (c.get("id"), source))
        targeted = set(c.get("targeted_employees", []))
        for r in c.get("recipients", []):
            if r.get("employee") and r["employee"] not in targeted:
                problems.append("%s: recipient %s names %s, who is not targeted" % (c.get("id"), r["address"], r["employee"]))
    for p in problems:
        print(p)
    sys.stderr.write("validate_case.py: %d campaigns, %d messages, %d problems\n"
                     % (len(case.get("campaigns", [])), len(case.get("messages", [])), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
