#!/usr/bin/env python3
"""Validate a case's STIX 2.1 bundle and MISP event with the tools other teams use.

Usage: python3 docs/schema/validate_exports.py OUT_DIR

stix.json: `stix2-validator` (errors fail; warnings are printed and also fail, so identifiers,
names and descriptions stay as the specification recommends). misp.json: loaded with
`pymisp.MISPEvent().load_file` and checked against the JSON schema pymisp ships
(`schema-lax.json`: the strict `schema.json` of MISP's 2.4 format predates MISP objects and
refuses the `Object` list that MISP and pymisp themselves write).
Exit status: 0 valid, 1 invalid, 2 when a tool is missing.
"""

import json
import os
import sys

try:
    import jsonschema
    import pymisp
    from stix2validator import ValidationOptions, validate_file
except ImportError as error:
    sys.stderr.write("validate_exports.py: missing %s (pip install stix2-validator pymisp)\n" % error.name)
    sys.exit(2)

out = sys.argv[1]
problems = []
result = validate_file(os.path.join(out, "stix.json"), ValidationOptions(strict=False))
for r in result.object_results:
    problems += ["stix %s: %s" % (r.object_id, e) for e in r.errors]
    problems += ["stix %s: warning %s" % (r.object_id, w) for w in r.warnings]
if not result.is_valid and not problems:
    problems.append("stix: invalid")
event = pymisp.MISPEvent()
event.load_file(os.path.join(out, "misp.json"))
if not event.info or not (event.attributes or event.objects):
    problems.append("misp: empty event")
schema_path = os.path.join(os.path.dirname(pymisp.__file__), "data", "schema-lax.json")
if os.path.exists(schema_path):
    schema = json.load(open(schema_path))
    data = json.load(open(os.path.join(out, "misp.json")))
    for e in jsonschema.Draft4Validator(schema).iter_errors(data):
        problems.append("misp schema %s: %s" % ("/".join(map(str, e.absolute_path)), e.message))
for p in problems:
    print(p)
sys.stderr.write("validate_exports.py: %d problems (%d MISP attributes, %d MISP objects)\n"
                 % (len(problems), len(event.attributes), len(event.objects)))
sys.exit(1 if problems else 0)
