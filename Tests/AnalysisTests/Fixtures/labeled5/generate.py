#!/usr/bin/env python3
"""Writes the labeled5 evaluation set (messages, labels.json, org.yaml,
employees.csv, README.md, .gitattributes) and checks it.

  python3 generate.py          write every file, then check them
  python3 generate.py --check  write nothing: the files on disk must equal the output

Python 3 standard library only; deterministic (every token comes from SHA-256
of a seed). The shared helpers are in ../mailgen, which is put on sys.path
after this folder so that `company` is this set's own module."""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(os.path.dirname(HERE), "mailgen")]

import company as C  # noqa: E402
import mimeparts as M  # noqa: E402
import readme  # noqa: E402
from message import LABELS  # noqa: E402

M.PDF_PRODUCER = "Asanagi DocOut 1.4"

MODULES = ["mail_ceo", "mail_invoice", "mail_compromise", "mail_other", "mail_phishing", "mail_spam",
           "mail_clean", "mail_clean2"]


def specs():
    out = []
    for name in MODULES:
        out += __import__(name).MESSAGES
    order = {l: i for i, l in enumerate(LABELS)}
    return sorted(out, key=lambda s: (order[s.label], s.file))


def labels_json(ss):
    rows = [{"file": s.file, "label": s.label, "scenario": s.scenario, "language": s.lang, "notes": s.notes}
            for s in ss]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def build():
    ss = specs()
    files = {}
    raws = {}
    for s in ss:
        raw = s.render()
        raws[s.file] = raw
        files[s.file] = raw
    files["labels.json"] = labels_json(ss).encode("utf-8")
    files["org.yaml"] = C.org_yaml().encode("utf-8")
    files["employees.csv"] = C.employees_csv().encode("utf-8")
    files["README.md"] = readme.render(ss).encode("utf-8")
    files[".gitattributes"] = b"*.eml -text\n"
    return ss, raws, files


def fail(why):
    raise SystemExit("check: " + why)


def check_set(ss, raws, files):
    names = [s.file for s in ss]
    if len(set(names)) != len(names):
        fail("duplicate file names")
    for s in ss:
        s.check(raws[s.file])
    # numbering: per label 01..n without gaps
    for label in LABELS:
        nums = sorted(int(n.split("-")[1]) for n in names if n.startswith(label + "-"))
        if nums != list(range(1, len(nums) + 1)):
            fail(f"{label} numbering {nums}")
    mids = [s.mid for s in ss]
    if len(set(mids)) != len(mids):
        fail("duplicate Message-IDs")
    if len(ss) < 64:
        fail(f"only {len(ss)} messages")
    # every referenced message of the set precedes the reply
    by_mid = {s.mid: s for s in ss}
    for s in ss:
        for r in (s.references or []):
            if r in by_mid and by_mid[r].when >= s.when:
                fail(f"{s.file} references a later message {by_mid[r].file}")
    rows = json.loads(files["labels.json"])
    if sorted(r["file"] for r in rows) != sorted(names):
        fail("labels.json does not list every message exactly once")
    readme.check(files["README.md"].decode("utf-8"), rows)
    # the look-alike table: each domain is in the messages it names and in no clean message
    for dom, _, _, where in readme.LOOKALIKES:
        named = re.findall(r"(?:bec|phishing)-\d\d", where)
        for s in ss:
            has = dom.encode() in raws[s.file]
            if s.file[:s.file.index("-", s.file.index("-") + 1)] in named and not has:
                fail(f"{dom} is not in {s.file}")
            if has and s.label == "clean":
                fail(f"look-alike {dom} in {s.file}")
    # vendors' real domains never appear as a look-alike
    for v in C.VENDORS:
        if any(v.domain == d for d, _, _, _ in readme.LOOKALIKES):
            fail(f"{v.domain} listed as a look-alike")
    for name, data in files.items():
        if name.endswith((".json", ".yaml", ".csv", ".md")) and b"\r" in data:
            fail(f"{name} has CR")


def main():
    check_only = "--check" in sys.argv[1:]
    ss, raws, files = build()
    check_set(ss, raws, files)
    if not check_only:
        for name, data in files.items():
            with open(os.path.join(HERE, name), "wb") as f:
                f.write(data)
    bad = []
    for name, data in files.items():
        path = os.path.join(HERE, name)
        try:
            with open(path, "rb") as f:
                if f.read() != data:
                    bad.append(name)
        except FileNotFoundError:
            bad.append(name)
    stray = [n for n in os.listdir(HERE) if n.endswith(".eml") and n not in files]
    if bad:
        fail("differs from the generator's output: " + ", ".join(sorted(bad)))
    if stray:
        fail("stray files: " + ", ".join(sorted(stray)))
    counts = {l: sum(1 for s in ss if s.label == l) for l in LABELS}
    print(f"{'checked' if check_only else 'wrote and checked'} {len(ss)} messages "
          + ", ".join(f"{l} {n}" for l, n in counts.items()) + "; all files equal the generator's output")


if __name__ == "__main__":
    main()
