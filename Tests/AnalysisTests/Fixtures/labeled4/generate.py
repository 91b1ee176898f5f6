#!/usr/bin/env python3
"""Write (default) or check (--check) the labeled4 evaluation set.

    python3 generate.py          # write every file, then check the files on disk
    python3 generate.py --check  # write nothing; the files on disk must equal the output

Python 3 standard library only; deterministic output.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# The helpers both sets share (MIME parts, PDF, IBAN/ABA, message assembly and checks).
sys.path.insert(1, os.path.join(os.path.dirname(HERE), "mailgen"))
sys.dont_write_bytecode = True  # keep the fixture folder free of __pycache__

import company as C  # noqa: E402
import mimeparts  # noqa: E402

mimeparts.PDF_PRODUCER = "Microsoft: Print To PDF"
import readme  # noqa: E402
import mail_ceo, mail_invoice, mail_compromise, mail_other, mail_phishing, mail_spam  # noqa: E402,E401
import mail_clean, mail_clean2  # noqa: E402,E401

MODULES = [mail_ceo, mail_invoice, mail_compromise, mail_other, mail_phishing, mail_spam, mail_clean,
           mail_clean2]
ORDER = {"bec": 0, "phishing": 1, "spam": 2, "clean": 3}


def specs():
    out = [m for mod in MODULES for m in mod.MESSAGES]
    out.sort(key=lambda m: (ORDER[m.label], m.file))
    names = [m.file for m in out]
    if len(names) != len(set(names)):
        raise SystemExit("duplicate file names")
    for label in ORDER:
        nums = [int(m.file.split("-")[1]) for m in out if m.label == label]
        if nums != list(range(1, len(nums) + 1)):
            raise SystemExit(f"{label}: numbers are not 1..{len(nums)}: {nums}")
    mids = [m.mid for m in out]
    if len(mids) != len(set(mids)):
        raise SystemExit("duplicate Message-IDs")
    return out


def outputs():
    msgs = specs()
    files = {}
    for m in msgs:
        raw = m.render()
        m.check(raw)
        files[m.file] = raw
    rows = [{"file": m.file, "label": m.label, "scenario": m.scenario, "language": m.lang, "notes": m.notes}
            for m in msgs]
    files["labels.json"] = (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    files["org.yaml"] = C.org_yaml().encode("utf-8")
    files["employees.csv"] = C.employees_csv().encode("utf-8")
    text = readme.render(msgs)
    readme.check(text, rows)
    files["README.md"] = text.encode("utf-8")
    files[".gitattributes"] = b"*.eml -text\n"
    return files


def main(argv):
    check_only = "--check" in argv[1:]
    files = outputs()
    if not check_only:
        for name, data in files.items():
            with open(os.path.join(HERE, name), "wb") as fh:
                fh.write(data)
    bad = []
    for name, data in files.items():
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            bad.append(f"{name}: missing")
            continue
        with open(path, "rb") as fh:
            if fh.read() != data:
                bad.append(f"{name}: differs from the generator's output")
    stray = sorted(n for n in os.listdir(HERE) if n.endswith(".eml") and n not in files)
    bad += [f"{n}: not produced by the generator" for n in stray]
    if bad:
        raise SystemExit("check failed:\n  " + "\n  ".join(bad))
    counts = {}
    for name in files:
        if name.endswith(".eml"):
            label = name.split("-")[0]
            counts[label] = counts.get(label, 0) + 1
    print(("checked" if check_only else "wrote and checked"),
          sum(counts.values()), "messages", json.dumps(counts), "+ labels.json, org.yaml, employees.csv, "
          "README.md, .gitattributes")


if __name__ == "__main__":
    main(sys.argv)
