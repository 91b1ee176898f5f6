#!/usr/bin/env python3
"""Cross-check expectations.json against Python's email package (policy.default).

This is an independent second opinion, not the source of truth: where Python
disagrees, the fixture description says which behaviour the RFCs require.
Prints one line per disagreement; exit status 0 even when Python disagrees.

Usage: python3 verify_with_python_email.py [-v]
"""

import datetime
import email
import email.policy
import hashlib
import html.parser
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERBOSE = "-v" in sys.argv

DEFECT_MAP = {
    "MissingHeaderBodySeparatorDefect": "missingHeaderBodySeparator",
    "FirstHeaderLineIsContinuationDefect": "malformedHeaderLine",
    "StartBoundaryNotFoundDefect": "missingBoundary",
    "NoBoundaryInMultipartDefect": "missingBoundary",
    "CloseBoundaryNotFoundDefect": "missingCloseDelimiter",
    "InvalidBase64CharactersDefect": "invalidBase64",
    "InvalidBase64PaddingDefect": "invalidBase64(padding)",
    "InvalidBase64LengthDefect": "invalidBase64(length)",
    "InvalidMultipartContentTransferEncodingDefect": "unknownTransferEncoding",
    "MultipartInvariantViolationDefect": "multipartInvariant",
}


def fix(s):
    """Undo surrogateescape of raw 8-bit header bytes (RFC 6532 UTF-8)."""
    if s is None:
        return None
    try:
        return s.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeError:
        return s


class TextExtractor(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("br", "p", "div"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_to_text(s):
    p = TextExtractor()
    p.feed(s)
    return "".join(p.out).replace("\xa0", " ")


def addresses(msg, name):
    h = msg[name]
    if h is None:
        return None
    try:
        return [
            {"name": fix(a.display_name) or None, "address": fix(a.addr_spec)}
            for a in h.addresses
        ]
    except Exception as e:  # noqa: BLE001
        return "ERROR %r" % e


def body_text(msg, pref):
    try:
        part = msg.get_body(preferencelist=(pref,))
    except Exception as e:  # noqa: BLE001
        return "ERROR %r" % e
    if part is None:
        return None
    try:
        return part.get_content()
    except Exception as e:  # noqa: BLE001
        return "ERROR %r" % e


def leaves(msg):
    out = []

    def rec(m):
        if m.get_content_type() == "message/rfc822":
            out.append(m)
            inner = m.get_payload()
            for i in inner if isinstance(inner, list) else [inner]:
                rec(i)
        elif m.is_multipart():
            for p in m.get_payload():
                rec(p)
        else:
            out.append(m)

    rec(msg)
    return out


def all_defects(msg):
    found = []
    for part in msg.walk():
        for d in part.defects:
            found.append(DEFECT_MAP.get(type(d).__name__, type(d).__name__))
        for _, v in part.items():
            for d in getattr(v, "defects", ()):
                found.append(type(d).__name__)
    return sorted(set(found))


def check(msg, exp, label, problems):
    def bad(key, got, want):
        problems.append("%s: %s: python=%r expected=%r" % (label, key, got, want))

    if "subject" in exp:
        got = msg["subject"]
        got = fix(str(got)) if got is not None else None
        if got != exp["subject"]:
            bad("subject", got, exp["subject"])
    if "from" in exp:
        got = addresses(msg, "from")
        got = got[0] if isinstance(got, list) and got else got
        if got != {k: exp["from"][k] for k in ("name", "address")}:
            bad("from", got, exp["from"])
    for key, hname in (("to", "to"), ("cc", "cc"), ("reply_to", "reply-to")):
        if key in exp:
            got = addresses(msg, hname) or []
            want = [{k: a[k] for k in ("name", "address")} for a in exp[key]]
            if got != want:
                bad(key, got, want)
    if "date" in exp:
        h = msg["date"]
        got = None
        if h is not None:
            try:
                dt = h.datetime
                if dt is not None:
                    if dt.tzinfo is None:
                        dt = dt.replace(tzinfo=datetime.timezone.utc)
                    got = dt.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            except Exception as e:  # noqa: BLE001
                got = "ERROR %r" % e
        if got != exp["date"]:
            bad("date", got, exp["date"])
    if "message_id" in exp:
        got = msg["message-id"]
        got = str(got).strip().strip("<>") if got is not None else None
        if got != exp["message_id"]:
            bad("message_id", got, exp["message_id"])
    if "references" in exp:
        got = msg["references"]
        got = [r.strip("<>") for r in str(got).replace("><", "> <").split()] if got else []
        if got != exp["references"]:
            bad("references", got, exp["references"])
    if "text_contains" in exp:
        text = body_text(msg, "plain")
        for s in exp["text_contains"]:
            if not isinstance(text, str) or s not in text:
                bad("text_contains", (text[:200] if isinstance(text, str) else text), s)
    if "html_text_contains" in exp or "html_text_excludes" in exp:
        h = body_text(msg, "html")
        t = html_to_text(h) if isinstance(h, str) and not h.startswith("ERROR") else h
        for s in exp.get("html_text_contains", []):
            if not isinstance(t, str) or s not in t:
                bad("html_text_contains", t, s)
        for s in exp.get("html_text_excludes", []):
            if isinstance(t, str) and s in t:
                bad("html_text_excludes", "present", s)
    if "attachments" in exp:
        got = []
        bodies = set()
        for pref in ("plain", "html"):
            try:
                b = msg.get_body(preferencelist=(pref,))
            except Exception:  # noqa: BLE001
                b = None
            if b is not None:
                bodies.add(id(b))
        for leaf in leaves(msg):
            if id(leaf) in bodies:
                continue
            data = leaf.get_payload(decode=True) or b""
            got.append(
                {
                    "filename": fix(leaf.get_filename()),
                    "content_type": leaf.get_content_type(),
                    "size": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(),
                }
            )
        if got != exp["attachments"]:
            for g, w in zip(got, exp["attachments"]):
                for k in w:
                    if g.get(k) != w[k]:
                        bad("attachment." + k, g.get(k), w[k])
            if len(got) != len(exp["attachments"]):
                bad("attachment count", len(got), len(exp["attachments"]))
    if "leaf_part_count" in exp:
        got = len(leaves(msg))
        if got != exp["leaf_part_count"]:
            bad("leaf_part_count", got, exp["leaf_part_count"])
    if "embedded" in exp:
        inner = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
        if not inner:
            bad("embedded", None, "message/rfc822 part")
        else:
            check(inner[0].get_payload()[0], exp["embedded"], label + " [embedded]", problems)


def main():
    manifest = json.loads((HERE / "expectations.json").read_text(encoding="utf-8"))
    problems = []
    for exp in manifest:
        raw = (HERE / "messages" / exp["file"]).read_bytes()
        variants = [("LF", raw)]
        if not exp.get("fixed_line_endings"):
            variants.append(("CRLF", raw.replace(b"\n", b"\r\n")))
        for tag, data in variants:
            msg = email.message_from_bytes(data, policy=email.policy.default)
            check(msg, exp, "%s (%s)" % (exp["file"], tag), problems)
            if VERBOSE and tag == "LF":
                print("%-45s python defects: %s | expected: %s" % (exp["file"], all_defects(msg), exp.get("defects", [])))
    for p in problems:
        print(p)
    print("%d fixtures, %d disagreements with Python's email" % (len(manifest), len(problems)))


if __name__ == "__main__":
    main()
