#!/usr/bin/env python3
"""Validate `becscope parse --format json` output against a JSON Schema.

Usage:
    becscope parse --format json INPUT... | python3 docs/schema/validate.py docs/schema/parse.schema.json

Reads JSON Lines (one object per line; blank lines ignored) from standard input,
checks the schema itself, validates every object with JSON Schema draft 2020-12,
then checks the cross-references a schema cannot express (part ids, byte ranges).
Prints one line per problem and a summary on standard error.

Exit status: 0 when every object is valid, 1 when any is not (or the input held
no object at all), 2 for a usage error or an unusable schema.

Needs the `jsonschema` package (pip install jsonschema).
"""

import json
import sys

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError
except ImportError:
    sys.stderr.write("validate.py: the jsonschema package is missing (pip install jsonschema)\n")
    sys.exit(2)


def where(error):
    path = "".join("[%r]" % p if isinstance(p, int) else "." + str(p) for p in error.absolute_path)
    return path or "(top level)"


def consistency(report):
    """Problems in references between parts that the schema cannot see."""
    problems = []
    parts = report.get("parts", [])
    count = len(parts)

    def known(part_id, what):
        if not 0 <= part_id < count:
            problems.append("%s refers to part %d, but there are %d parts" % (what, part_id, count))

    for index, part in enumerate(parts):
        name = "parts[%d]" % index
        if part["id"] != index:
            problems.append("%s has id %d" % (name, part["id"]))
        if not part["offset_header"] <= part["offset_body"] <= part["offset_end"]:
            problems.append("%s offsets are out of order" % name)
        if part["buffer"] == 0 and part["offset_end"] > report["size"]:
            problems.append("%s ends at %d, past the input size %d" % (name, part["offset_end"], report["size"]))
        parent = part.get("parent")
        if index == 0:
            if parent is not None or part["depth"] != 0:
                problems.append("parts[0] must be the top-level message (no parent, depth 0)")
        elif parent is None:
            problems.append("%s has no parent" % name)
        else:
            known(parent, name + ".parent")
            if 0 <= parent < count:
                if index not in parts[parent]["children"]:
                    problems.append("%s is not among the children of its parent %d" % (name, parent))
                if part["depth"] != parts[parent]["depth"] + 1:
                    problems.append("%s depth is not its parent's depth + 1" % name)
        for child in part["children"]:
            known(child, name + ".children")
    for key in ("text_body", "html_body", "embedded_messages"):
        for part_id in report.get(key, []):
            known(part_id, key)
    for i, attachment in enumerate(report.get("attachments", [])):
        known(attachment["part"], "attachments[%d].part" % i)
    for i, envelope in enumerate(report.get("envelopes", [])):
        known(envelope["part"], "envelopes[%d].part" % i)
    for i, defect in enumerate(report.get("defects", [])):
        if defect.get("part") is not None:
            known(defect["part"], "defects[%d].part" % i)
    if count and (not report.get("envelopes") or report["envelopes"][0]["part"] != 0):
        problems.append("envelopes[0] must describe part 0")
    return problems


def main(argv, check=None, name="validate.py"):
    """Validates JSON Lines on standard input; `check` adds the checks a schema cannot express."""
    check = check or consistency
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        sys.stderr.write("usage: python3 %s SCHEMA < output.jsonl\n" % name)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, SchemaError) as error:
        sys.stderr.write("%s: unusable schema %s: %s\n" % (name, argv[1], error))
        return 2
    validator = Draft202012Validator(schema)

    objects = 0
    invalid = 0
    for number, line in enumerate(sys.stdin.buffer, start=1):
        if not line.strip():
            continue
        objects += 1
        try:
            report = json.loads(line)
        except ValueError as error:
            print("line %d: not JSON: %s" % (number, error))
            invalid += 1
            continue
        source = report.get("source", "?") if isinstance(report, dict) else "?"
        errors = sorted(validator.iter_errors(report), key=lambda e: list(e.absolute_path))
        problems = ["%s: %s" % (where(e), e.message) for e in errors]
        if not errors:
            problems = check(report)
        for problem in problems:
            print("line %d (%s): %s" % (number, source, problem))
        if problems:
            invalid += 1

    sys.stderr.write("%s: %d objects, %d valid, %d invalid\n" % (name, objects, objects - invalid, invalid))
    if objects == 0:
        sys.stderr.write("%s: no JSON object on standard input\n" % name)
        return 1
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
