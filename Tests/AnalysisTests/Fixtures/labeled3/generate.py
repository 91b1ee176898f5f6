#!/usr/bin/env python3
"""Writes the labeled3 evaluation set into this folder and checks it.

    python3 generate.py           write every file, then check them
    python3 generate.py --check   write nothing; check that the files on disk are
                                  exactly what this generator produces, and
                                  run every check on them

Python 3 standard library only. Deterministic: two runs give identical bytes.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# The helpers both sets share (MIME parts, PDF, IBAN/ABA, message assembly and checks).
sys.path.insert(1, os.path.join(os.path.dirname(HERE), "mailgen"))

import company as C  # noqa: E402
import readme  # noqa: E402
from message import LABELS, BEC_SCENARIOS, FILE_RE  # noqa: E402
import msgs_ceo, msgs_vendor, msgs_bec_other, msgs_phishing, msgs_spam, msgs_clean, msgs_clean2  # noqa: E402

MODULES = [msgs_ceo, msgs_vendor, msgs_bec_other, msgs_phishing, msgs_spam, msgs_clean, msgs_clean2]
MIN = {"bec": 30, "phishing": 6, "spam": 6, "clean": 18}


def specs():
    out = []
    for m in MODULES:
        out += [f() for f in m.MESSAGES]
    order = {l: i for i, l in enumerate(LABELS)}
    out.sort(key=lambda s: (order[s.label], s.file))
    return out


def labels_json(all_specs):
    rows = [{"file": s.file, "label": s.label, "scenario": s.scenario, "language": s.lang,
             "notes": s.notes} for s in all_specs]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def outputs():
    all_specs = specs()
    files = {}
    for s in all_specs:
        raw = s.render()
        s.check(raw)
        files[s.file] = raw
    files["labels.json"] = labels_json(all_specs).encode("utf-8")
    files["org.yaml"] = C.org_yaml().encode("utf-8")
    files["employees.csv"] = C.employees_csv().encode("utf-8")
    files["README.md"] = readme.render(all_specs).encode("utf-8")
    files[".gitattributes"] = b"*.eml -text\n"
    return all_specs, files


def check_set(all_specs, files):
    def fail(why):
        raise SystemExit(f"check set: {why}")
    names = [s.file for s in all_specs]
    if len(names) != len(set(names)):
        fail("duplicate file names")
    for label in LABELS:
        nums = sorted(int(FILE_RE.match(n).group(2)) for n in names if n.startswith(label + "-"))
        if nums != list(range(1, len(nums) + 1)):
            fail(f"{label} numbers are not 01..{len(nums):02d}: {nums}")
        if len(nums) < MIN[label]:
            fail(f"only {len(nums)} {label} messages")
    for sc in BEC_SCENARIOS:
        for lang in ("ja", "en"):
            if not any(s.label == "bec" and s.scenario == sc and s.lang == lang for s in all_specs):
                fail(f"no {lang} message for {sc}")
        if sum(1 for s in all_specs if s.label == "bec" and s.scenario == sc) < 4:
            fail(f"fewer than 4 messages for {sc}")
    # labels.json lists every .eml exactly once
    rows = json.loads(files["labels.json"].decode("utf-8"))
    listed = [r["file"] for r in rows]
    emls = sorted(n for n in files if n.endswith(".eml"))
    if sorted(listed) != emls or len(listed) != len(set(listed)):
        fail("labels.json does not list every .eml exactly once")
    for r in rows:
        if set(r) != {"file", "label", "scenario", "language", "notes"}:
            fail(f"labels.json keys {sorted(r)}")
        if r["label"] not in LABELS or r["language"] not in ("ja", "en"):
            fail(f"labels.json row {r['file']}")
    # README counts match the set
    readme.check(files["README.md"].decode("utf-8"), rows)


def main():
    check_only = "--check" in sys.argv[1:]
    all_specs, files = outputs()
    check_set(all_specs, files)
    if check_only:
        on_disk = sorted(n for n in os.listdir(HERE) if n.endswith(".eml"))
        if on_disk != sorted(n for n in files if n.endswith(".eml")):
            raise SystemExit("check: the .eml files on disk differ from the generated set")
        for name, data in files.items():
            path = os.path.join(HERE, name)
            with open(path, "rb") as fh:
                if fh.read() != data:
                    raise SystemExit(f"check: {name} differs from what generate.py writes")
        # and every file on disk passes the message checks as read from disk
        by_name = {s.file: s for s in all_specs}
        for name in on_disk:
            with open(os.path.join(HERE, name), "rb") as fh:
                by_name[name].check(fh.read())
        print(f"ok: {len(all_specs)} messages checked, files match the generator")
        return
    for name in [n for n in os.listdir(HERE) if n.endswith(".eml")]:
        if name not in files:
            os.remove(os.path.join(HERE, name))
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    counts = {l: sum(1 for s in all_specs if s.label == l) for l in LABELS}
    print(f"wrote {len(all_specs)} messages: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
