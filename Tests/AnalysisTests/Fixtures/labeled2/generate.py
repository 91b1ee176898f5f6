#!/usr/bin/env python3
"""Writes the labeled2 evaluation set and verifies every file.

Usage: python3 generate.py            (writes into this file's directory)
Python 3 standard library only; deterministic (byte-for-byte reproducible).
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import org  # noqa: E402
import readme  # noqa: E402
import verify  # noqa: E402
from msgs_bec import messages as bec  # noqa: E402
from msgs_phish import messages as phish  # noqa: E402
from msgs_clean import messages as clean  # noqa: E402

EXPECTED = {"bec": 15, "phishing": 8, "spam": 4, "clean": 13}


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def main():
    specs = bec() + phish() + clean()
    specs.sort(key=lambda s: s.file)
    names = [s.file for s in specs]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate file names")
    counts = collections.Counter(s.label for s in specs)
    if dict(counts) != EXPECTED:
        print(f"warning: counts {dict(counts)} != {EXPECTED}", file=sys.stderr)
    # remove stale messages from an earlier run
    for old in os.listdir(HERE):
        if old.endswith(".eml") and old not in names:
            os.remove(os.path.join(HERE, old))
    labels = []
    for s in specs:
        raw = s.render()
        verify.check(s, raw)
        write(s.file, raw)
        labels.append({"file": s.file, "label": s.label, "kind": s.kind,
                       "language": s.lang, "notes": s.notes})
    write("labels.json", json.dumps(labels, ensure_ascii=False, indent=2) + "\n")
    write("org.yaml", org.org_yaml())
    write("employees.csv", org.employees_csv())
    write(".gitattributes", "*.eml -text\n")
    write("README.md", readme.render(labels))
    langs = collections.Counter(s.lang for s in specs)
    print(f"{len(specs)} messages verified: {dict(sorted(counts.items()))} {dict(sorted(langs.items()))}")


if __name__ == "__main__":
    main()
