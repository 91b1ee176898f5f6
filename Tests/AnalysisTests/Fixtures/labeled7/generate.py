#!/usr/bin/env python3
"""Writes labeled7 (org.yaml, employees.csv, the messages, labels.json,
README.md, .gitattributes) and checks every file.

    python3 generate.py           write everything, then check it
    python3 generate.py --check   write nothing; the files on disk must equal
                                  the generator's output

Python 3 standard library only. This folder comes first on sys.path, then
../mailgen (shared MIME, trace-field, checksum and message-check helpers)."""
import importlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "mailgen")]

import company as C  # noqa: E402
import readme  # noqa: E402
import threads  # noqa: E402
from message import LABELS, BEC_SCENARIOS, FILE_RE  # noqa: E402

MODULES = ["mail_ceo", "mail_invoice", "mail_compromise", "mail_attorney", "mail_data", "mail_payroll_gift",
           "mail_phishing", "mail_spam", "mail_vendor", "mail_clean"]


def fail(why):
    raise SystemExit("check: " + why)


def collect():
    msgs = []
    for name in MODULES:
        msgs += importlib.import_module(name).messages()
    msgs.sort(key=lambda m: (LABELS.index(m.label), m.file))
    return msgs


def check_set(msgs):
    names = [m.file for m in msgs]
    if len(set(names)) != len(names):
        fail("duplicate file names")
    for label in LABELS:
        nums = sorted(int(FILE_RE.match(m.file).group(2)) for m in msgs if m.label == label)
        if nums != list(range(1, len(nums) + 1)):
            fail(f"{label} numbering has gaps or repeats: {nums}")
    tmids = [t.mid for t in vars(threads).values() if isinstance(t, threads.T)]
    mids = [m.mid for m in msgs] + tmids
    if len(set(mids)) != len(mids):
        fail("duplicate Message-IDs")
    by_mid = {m.mid: m for m in msgs}
    tby_mid = {t.mid: t for t in vars(threads).values() if isinstance(t, threads.T)}
    for m in msgs:
        refs = list(m.references or [])
        if m.in_reply_to and m.in_reply_to not in refs:
            fail(f"{m.file}: In-Reply-To not in References")
        for r in refs:
            earlier = by_mid.get(r) or tby_mid.get(r)
            if earlier is not None and earlier.when >= m.when:
                fail(f"{m.file}: references a message that is not earlier")
        if m.label == "bec" and m.scenario == "account-compromise" and not (m.in_reply_to and refs):
            fail(f"{m.file}: account compromise outside a thread")
        if m.label == "bec" and m.scenario not in BEC_SCENARIOS:
            fail(f"{m.file}: scenario {m.scenario}")
    langs = {m.lang for m in msgs}
    if langs != {"ja", "en"}:
        fail("languages")
    for m in msgs:
        jp = any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in m.subject + _text(m))
        if m.lang == "ja" and not jp:
            fail(f"{m.file}: marked ja but has no Japanese")


def _text(m):
    import mimeparts as M
    return "\n".join(p.text for p in M.leaves(m.body) if isinstance(p, M.Text))


def labels_json(msgs):
    rows = [{"file": m.file, "label": m.label, "scenario": m.scenario, "language": m.lang, "notes": m.notes}
            for m in msgs]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def outputs():
    msgs = collect()
    check_set(msgs)
    files = {}
    for m in msgs:
        raw = m.render()
        m.check(raw)
        if m.render() != raw:
            fail(f"{m.file}: two renderings differ")
        files[m.file] = raw
    files["labels.json"] = labels_json(msgs).encode("utf-8")
    files["org.yaml"] = C.org_yaml().encode("utf-8")
    files["employees.csv"] = C.employees_csv().encode("utf-8")
    text = readme.render(msgs)
    readme.check(text, json.loads(files["labels.json"]))
    files["README.md"] = text.encode("utf-8")
    files[".gitattributes"] = b"*.eml -text\n"
    return msgs, files


def on_disk_emls():
    return sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))


def main():
    check_only = "--check" in sys.argv[1:]
    msgs, files = outputs()
    if not check_only:
        for f in on_disk_emls():
            if f not in files:
                os.remove(os.path.join(HERE, f))
        for name, data in files.items():
            with open(os.path.join(HERE, name), "wb") as fh:
                fh.write(data)
        _, again = outputs()
        if again != files:
            fail("a second run gives other bytes")
    for name, data in files.items():
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            fail(f"{name} is missing")
        with open(path, "rb") as fh:
            if fh.read() != data:
                fail(f"{name} differs from the generator's output")
    stray = [f for f in on_disk_emls() if f not in files]
    if stray:
        fail(f"stray .eml files: {stray}")
    rows = json.loads(files["labels.json"])
    counts = {}
    for r in rows:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    print(f"labeled7: {len(msgs)} messages " + ", ".join(f"{k} {counts.get(k, 0)}" for k in LABELS)
          + (" (checked)" if check_only else " (written and checked)"))


if __name__ == "__main__":
    main()
