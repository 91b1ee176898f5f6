#!/usr/bin/env python3
"""Measure how far becscope's reading of Outlook .msg files agrees with PyPI's extract-msg.

Every .msg file under the corpus (sorted, recursive, read in place) gives eight fields from
extract_msg (the reference) and from `BECSCOPE parse --format json FILE`, normalised alike:

  subject         msg.subject (PR_SUBJECT) / becscope `subject`.
  sender_name,    msg.sender is a display string: the From header when the file keeps transport
  sender_address  headers, else PR_SENDER_NAME plus " <PR_SENDER_SMTP_ADDRESS>". It is split with
                  email.utils.parseaddr; a string with no "@" address ("Wang, Zhuo D.") is a bare
                  name. becscope: from.name, from.address. Addresses compare lowercased.
  to, cc          Set of lowercased SMTP addresses of msg.recipients of type TO / CC (Bcc is not
                  compared) / becscope `to`, `cc`. Only values with an "@" count, on both sides:
                  an X.500 DN ("/o=ExchangeLabs/...") or a missing address is no SMTP address.
  date            msg.date (PR_CLIENT_SUBMIT_TIME; None for items not marked sent) / becscope's
                  RFC 3339 `date`: both in UTC, truncated (not rounded) to the second.
  body            msg.body (PR_BODY, else text from the RTF or S/MIME body) / `body_text`:
                  CRLF and CR -> LF, trailing whitespace stripped from each line, runs of blank
                  lines collapsed to one, the whole stripped; the first 200 characters compare
                  (so one side empty and the other not always disagrees, and is reported so).
  attachments     Sorted list of (name, size). Name: long filename, else short filename, else
                  display name, else "". Size: bytes of decoded data; attachments with no data
                  are left out. Hidden (inline) attachments count: becscope lists inline images.
                  An embedded message (an attached .msg: its data is a message, not bytes) is
                  (display name, None): the two tools have no byte size to agree on, so only the
                  name compares; becscope attachments of type message/rfc822 (or message/global) are sized None too.

Every text value loses trailing NULs (MS-OXMSG string streams end with a terminator that
extract_msg keeps for some 8-bit strings) and surrounding whitespace; None, "", an empty set or
list are "no value". A field where extract_msg raises is no value, so it agrees exactly when
becscope has none either. If becscope exits non-zero or prints no JSON object, all eight fields
of the file disagree, with reason "becscope failed: <first stderr line>".

Usage: msg_agreement.py --becscope PATH [--corpus DIR] [--json] [--verbose]
Exit status: 0 when it ran (the caller judges the ratio), 2 when extract_msg cannot be imported,
1 on any other error of this script.
"""
import argparse
import datetime
import email.utils
import json
import logging
import os
import re
import subprocess
import sys
import warnings
from pathlib import Path

try:
    import extract_msg
except ImportError:
    print("extract_msg is not importable: install it with `pip install extract-msg`", file=sys.stderr)
    sys.exit(2)

FIELDS = ("subject", "sender_address", "sender_name", "to", "cc", "date", "body", "attachments")
BODY_CHARS = 200
TIMEOUT = 120
REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "outlook-msg"


# Normalisation, applied identically to both sides. Each returns None for "no value".
def text(s):
    s = (str(s).rstrip("\x00").strip()) if s is not None else ""
    return s or None


def address(s):
    s = text(s)
    return s.lower() if s and "@" in s else None


def address_set(values):
    found = sorted({a for a in map(address, values) if a})
    return found or None


def utc_second(value):
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value.strip())
        except ValueError:
            return value  # unparseable: kept as written, so it can only agree with itself
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.timezone.utc)
    return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def body(s):
    lines = [line.rstrip() for line in (text(s) or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    s = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return s[:BODY_CHARS] or None


def attachment_list(pairs):
    found = sorted(((text(n) or "", s) for n, s in pairs), key=lambda p: (p[0], -1 if p[1] is None else p[1]))
    return [list(p) for p in found] or None


def sender_parts(s):
    """(name, address) of a sender display string; a string without an address is a bare name."""
    name, addr = email.utils.parseaddr(text(s) or "")
    return (text(name), address(addr)) if "@" in addr else (text(s), None)


# The two views.
def reference(path):
    """extract_msg's fields of one file, and the errors it raised (field -> message)."""
    values, errors = dict.fromkeys(FIELDS), {}
    try:
        msg = extract_msg.openMsg(str(path), strict=False)
    except Exception as e:
        return values, {f: f"extract_msg could not open the file: {type(e).__name__}: {e}" for f in FIELDS}

    def recipients(kind):
        return address_set(r.email for r in msg.recipients if r.type is not None and r.type.name == kind)

    def attachments():
        pairs = []
        for a in msg.attachments:
            data = a.data
            if isinstance(data, (bytes, bytearray)):
                name = a.longFilename or a.shortFilename or getattr(a, "displayName", None)
                pairs.append((name, len(data)))
            elif data is not None:  # an embedded message
                name = getattr(a, "displayName", None) or a.longFilename or a.shortFilename
                pairs.append((name or getattr(data, "subject", None), None))
        return attachment_list(pairs)

    getters = {
        "subject": lambda: text(msg.subject),
        "sender_name": lambda: sender_parts(msg.sender)[0],
        "sender_address": lambda: sender_parts(msg.sender)[1],
        "to": lambda: recipients("TO"),
        "cc": lambda: recipients("CC"),
        "date": lambda: utc_second(msg.date),
        "body": lambda: body(msg.body),
        "attachments": attachments,
    }
    with msg:
        for field, get in getters.items():
            try:
                values[field] = get()
            except Exception as e:
                errors[field] = f"extract_msg raised {type(e).__name__}: {e}"
    return values, errors


def becscope_view(binary, path):
    """becscope's fields of one file, or (None, reason) when it failed."""
    try:
        run = subprocess.run([binary, "parse", "--format", "json", str(path)], capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, f"becscope failed: no answer within {TIMEOUT} s"
    err = run.stderr.decode("utf-8", "replace").strip().splitlines()
    why = err[0] if err else f"exit status {run.returncode}, nothing on stderr"
    lines = [line for line in run.stdout.decode("utf-8", "replace").splitlines() if line.lstrip().startswith("{")]
    try:
        obj = json.loads(lines[0]) if run.returncode == 0 and lines else None
    except ValueError:
        obj = None
    if not isinstance(obj, dict):
        return None, "becscope failed: " + (why if run.returncode else "no JSON object on stdout")
    sender = obj.get("from") or {}
    pairs = [
        (a.get("filename"), None if str(a.get("content_type", "")) in ("message/rfc822", "message/global") else a.get("size"))
        for a in obj.get("attachments") or []
    ]
    return {
        "subject": text(obj.get("subject")),
        "sender_name": text(sender.get("name")),
        "sender_address": address(sender.get("address")),
        "to": address_set(m.get("address") for m in obj.get("to") or []),
        "cc": address_set(m.get("address") for m in obj.get("cc") or []),
        "date": utc_second(obj.get("date")),
        "body": body(obj.get("body_text")),
        "attachments": attachment_list(pairs),
    }, None


def compare(binary, corpus):
    files = sorted(p for p in corpus.rglob("*.msg") if p.is_file())
    if not files:
        raise RuntimeError(f"no .msg files under {corpus}")
    rows, disagreements = [], []
    per_field = {f: 0 for f in FIELDS}
    for path in files:
        name = path.relative_to(corpus).as_posix()
        ref, errors = reference(path)
        got, failure = becscope_view(binary, path)
        bad = []
        for field in FIELDS:
            theirs = None if got is None else got[field]
            if got is not None and ref[field] == theirs:
                per_field[field] += 1
                continue
            reason = failure or errors.get(field)
            if reason is None and field == "body" and (ref[field] is None) != (theirs is None):
                reason = "one side has no body text"
            bad.append(field)
            disagreements.append(
                {"file": name, "field": field, "extract_msg": ref[field], "becscope": theirs, "reason": reason})
        rows.append((name, bad))
    return files, rows, per_field, disagreements


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--becscope", required=True, help="the becscope binary")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=f"default: {DEFAULT_CORPUS}")
    parser.add_argument("--json", action="store_true", help="print a machine-readable summary only")
    parser.add_argument("--verbose", action="store_true", help="print every disagreement")
    try:
        args = parser.parse_args()
    except SystemExit as e:  # a usage error is this script's own error: status 1, not argparse's 2
        sys.exit(1 if e.code else 0)
    if not (os.path.isfile(args.becscope) and os.access(args.becscope, os.X_OK)):
        raise RuntimeError(f"not an executable file: {args.becscope}")
    if not args.corpus.is_dir():
        raise RuntimeError(f"no corpus directory at {args.corpus}")

    files, rows, per_field, disagreements = compare(args.becscope, args.corpus.resolve())
    fields, agree = len(files) * len(FIELDS), sum(per_field.values())
    ratio = agree / fields
    if args.json:
        print(json.dumps({"files": len(files), "fields": fields, "agree": agree, "ratio": round(ratio, 4),
                          "per_field": per_field, "disagreements": disagreements}, ensure_ascii=False, indent=1))
        return
    width = max(len(name) for name, _ in rows)
    print(f"{'file':<{width}}  disagreeing fields")
    for name, bad in rows:
        print(f"{name:<{width}}  {', '.join(bad) or '-'}")
        if args.verbose:
            for d in (d for d in disagreements if d["file"] == name):
                print(f"    {d['field']}: extract_msg={d['extract_msg']!r} becscope={d['becscope']!r}"
                      + (f" ({d['reason']})" if d["reason"] else ""))
    print("\nper field:")
    for field in FIELDS:
        print(f"  {field:<15} {per_field[field]:>3} of {len(files)}")
    print(f"\n{agree} of {fields} fields agree ({100 * ratio:.1f}%)")


if __name__ == "__main__":
    logging.disable(logging.CRITICAL)  # extract_msg logs every standards violation it tolerates
    warnings.simplefilter("ignore")
    try:
        main()
    except Exception as e:
        print(f"msg_agreement.py: {type(e).__name__}: {e}", file=sys.stderr)
        sys.exit(1)
