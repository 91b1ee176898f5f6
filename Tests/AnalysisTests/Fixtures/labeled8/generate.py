#!/usr/bin/env python3
"""Writes the labeled8 evaluation set (messages, labels.json, org.yaml,
employees.csv, README.md, .gitattributes) and checks it.

    python3 generate.py          # write everything, then check it
    python3 generate.py --check  # write nothing; the files on disk must equal the output
"""
import importlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "mailgen")]

import company as C  # noqa: E402
import mimeparts as M  # noqa: E402
import readme  # noqa: E402
import threads as T  # noqa: E402
from message import LABELS, FILE_RE  # noqa: E402

MODULES = ["mail_ceo", "mail_invoice", "mail_compromise", "mail_attorney", "mail_data", "mail_payroll_gift",
           "mail_phishing", "mail_spam", "mail_vendor", "mail_clean"]
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff10-\uff19]")


def fail(why):
    raise SystemExit("check: " + why)


def load():
    msgs = []
    for name in MODULES:
        msgs += importlib.import_module(name).MESSAGES
    order = {l: i for i, l in enumerate(LABELS)}
    return sorted(msgs, key=lambda m: (order[m.label], m.file))


def texts(m):
    out = [m.subject]
    for p in M.leaves(m.body):
        if isinstance(p, M.Text):
            out.append(p.text)
        elif p.ctype == "application/pdf":
            out += M.pdf_text(p.data)
        elif p.ctype.startswith("text/"):
            out.append(p.data.decode("utf-8"))
    return "\n".join(out)


def check_set(msgs, raws):
    files = [m.file for m in msgs]
    if len(set(files)) != len(files):
        fail("duplicate file names")
    for label in LABELS:
        nums = sorted(int(FILE_RE.match(f).group(2)) for f in files if f.startswith(label + "-"))
        if nums != list(range(1, len(nums) + 1)):
            fail(f"{label} numbering has gaps or repeats: {nums}")
    # Message-IDs: unique over the set and the quoted-only thread messages
    known = {}
    for m in msgs:
        if m.mid in known:
            fail(f"{m.file}: Message-ID repeated")
        known[m.mid] = m.when
    for p in T.HISTORY_ONLY:
        if p.mid in known:
            fail(f"thread post {p.key}: Message-ID repeated")
        known[p.mid] = p.when
    # thread posts that are messages of the set must carry the same Message-ID and date
    by_mid = {m.mid: m for m in msgs}
    for p in (T.T1, T.T2, T.T3, T.C11):
        if p.mid not in by_mid or by_mid[p.mid].when != p.when:
            fail(f"thread post {p.key} is not a message of the set with the same date")
    for m in msgs:
        refs = m.references or []
        if m.in_reply_to and m.in_reply_to not in refs:
            fail(f"{m.file}: In-Reply-To not in References")
        for r in refs:
            if r not in known:
                fail(f"{m.file}: references an unknown message {r}")
            if known[r] >= m.when:
                fail(f"{m.file}: references a later message {r}")
        if m.scenario == "account-compromise" and not m.in_reply_to:
            fail(f"{m.file}: account compromise outside a thread")
        t = texts(m)
        if m.lang == "ja" and not CJK.search(t):
            fail(f"{m.file}: marked ja without Japanese text")
        if m.lang == "en" and CJK.search(t):
            fail(f"{m.file}: marked en with Japanese text")
    for m, raw in zip(msgs, raws):
        if m.render() != raw:
            fail(f"{m.file}: two renderings differ")


def build():
    msgs = load()
    raws = []
    for m in msgs:
        raw = m.render()
        m.check(raw)
        raws.append(raw)
    check_set(msgs, raws)
    rows = [{"file": m.file, "label": m.label, "scenario": m.scenario, "language": m.lang, "notes": m.notes}
            for m in msgs]
    labels = (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    text = readme.render(msgs)
    readme.check(text, rows)
    out = {m.file: raw for m, raw in zip(msgs, raws)}
    out["labels.json"] = labels
    out["README.md"] = text.encode("utf-8")
    out["org.yaml"] = C.org_yaml().encode("utf-8")
    out["employees.csv"] = C.employees_csv().encode("utf-8")
    out[".gitattributes"] = b"*.eml -text\n"
    return out


def check_disk(out):
    for name, data in out.items():
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            fail(f"{name} missing on disk")
        with open(path, "rb") as fh:
            if fh.read() != data:
                fail(f"{name} on disk differs from the generator's output")
    stray = sorted(f for f in os.listdir(HERE) if f.endswith(".eml") and f not in out)
    if stray:
        fail(f"stray files on disk: {stray}")
    rows = json.loads(out["labels.json"])
    if sorted(r["file"] for r in rows) != sorted(f for f in out if f.endswith(".eml")):
        fail("labels.json does not list every message exactly once")


def main():
    out = build()
    if "--check" not in sys.argv[1:]:
        for f in os.listdir(HERE):
            if f.endswith(".eml") and f not in out:
                os.remove(os.path.join(HERE, f))
        for name, data in out.items():
            with open(os.path.join(HERE, name), "wb") as fh:
                fh.write(data)
        if build() != out:
            fail("a second run differs")
    check_disk(out)
    n = sum(1 for f in out if f.endswith(".eml"))
    print(f"labeled8: {n} messages {'checked' if '--check' in sys.argv[1:] else 'written and checked'}")


if __name__ == "__main__":
    main()
