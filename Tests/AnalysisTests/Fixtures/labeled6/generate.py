#!/usr/bin/env python3
"""Writes the labeled6 evaluation set (messages, labels.json, org.yaml,
employees.csv, README.md) and checks it. `--check` writes nothing and fails
when a file on disk differs from what this generator produces.

Python 3 standard library only. This folder comes first on sys.path, then
../mailgen (the shared helpers, used unchanged)."""
import sys

sys.dont_write_bytecode = True

import email  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
from email import policy  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "mailgen")]

import company as C  # noqa: E402
import local as L  # noqa: E402
import readme  # noqa: E402
from message import LABELS, FILE_RE  # noqa: E402

MODULES = ["mail_ceo", "mail_invoice", "mail_compromise", "mail_other", "mail_phishing", "mail_spam",
           "mail_clean", "mail_clean2"]


def build():
    msgs = []
    for name in MODULES:
        mod = __import__(name)
        for fn in mod.MESSAGES:
            msgs.append(fn())
    L.finish(msgs)
    order = {l: i for i, l in enumerate(LABELS)}
    msgs.sort(key=lambda m: (order[m.label], m.file))
    return msgs


def fail(why):
    raise SystemExit("check: " + why)


def check_set(msgs, raws):
    names = [m.file for m in msgs]
    if len(set(names)) != len(names):
        fail("duplicate file names")
    for label in LABELS:
        nums = sorted(int(FILE_RE.match(n).group(2)) for n in names if n.startswith(label + "-"))
        if nums != list(range(1, len(nums) + 1)):
            fail(f"{label} numbering has gaps or repeats: {nums}")
    mids = {}
    for m in msgs:
        if m.mid in mids:
            fail(f"Message-ID of {m.file} repeats {mids[m.mid].file}")
        mids[m.mid] = m
    for m, raw in zip(msgs, raws):
        msg = email.message_from_bytes(raw, policy=policy.default)
        refs = re.findall(r"<([^<>\s]+)>", str(msg.get("References", "")) + " " + str(msg.get("In-Reply-To", "")))
        for r in refs:
            if r == m.mid:
                fail(f"{m.file} references itself")
            if r in mids and mids[r].when >= m.when:
                fail(f"{m.file} references {mids[r].file}, which is not earlier")
        if m.references and m.in_reply_to and m.in_reply_to != m.references[-1]:
            fail(f"{m.file}: In-Reply-To is not the last reference")
        if m.label == "bec" and m.scenario == "account-compromise" and not m.in_reply_to:
            fail(f"{m.file}: an account-compromise message outside a thread")


def labels(msgs):
    rows = [{"file": m.file, "label": m.label, "scenario": m.scenario, "language": m.lang, "notes": m.notes}
            for m in msgs]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n", rows


def outputs():
    msgs = build()
    raws = [m.render() for m in msgs]
    for m, raw in zip(msgs, raws):
        m.check(raw)
    check_set(msgs, raws)
    files = {m.file: raw for m, raw in zip(msgs, raws)}
    lj, rows = labels(msgs)
    files["labels.json"] = lj.encode("utf-8")
    files["org.yaml"] = C.org_yaml().encode("utf-8")
    files["employees.csv"] = C.employees_csv().encode("utf-8")
    files[".gitattributes"] = b"*.eml -text\n"
    text = readme.render(msgs)
    readme.check(text, rows)
    files["README.md"] = text.encode("utf-8")
    return files, msgs


def main():
    check_only = "--check" in sys.argv[1:]
    files, msgs = outputs()
    on_disk = {f for f in os.listdir(HERE) if f.endswith(".eml")}
    stray = on_disk - set(files)
    if check_only:
        if stray:
            fail(f"stray .eml files: {sorted(stray)}")
        for name, data in files.items():
            path = os.path.join(HERE, name)
            if not os.path.exists(path):
                fail(f"{name} is missing")
            with open(path, "rb") as fh:
                if fh.read() != data:
                    fail(f"{name} differs from the generator's output")
        print(f"labeled6: {len(msgs)} messages and {len(files) - len(msgs)} other files match the generator")
        return
    for name in stray:
        os.remove(os.path.join(HERE, name))
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    again, _ = outputs()
    if again != files:
        fail("two runs differ")
    print(f"labeled6: wrote {len(msgs)} messages and {len(files) - len(msgs)} other files")


if __name__ == "__main__":
    main()
