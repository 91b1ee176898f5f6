"""Checks every generated message by re-reading it with Python's email package."""
import email
from email import policy

import mime

MAX_BYTES = 15 * 1024


def _fail(spec, why):
    raise SystemExit(f"verify {spec.file}: {why}")


def check_raw(spec, raw):
    if len(raw) >= MAX_BYTES:
        _fail(spec, f"{len(raw)} bytes")
    if not raw.endswith(b"\r\n"):
        _fail(spec, "no final CRLF")
    for i, b in enumerate(raw):
        if b == 0x0A and (i == 0 or raw[i - 1] != 0x0D):
            _fail(spec, f"bare LF at {i}")
        if b == 0x0D and (i + 1 >= len(raw) or raw[i + 1] != 0x0A):
            _fail(spec, f"bare CR at {i}")
    for n, line in enumerate(raw.split(b"\r\n")):
        if len(line) > 998:
            _fail(spec, f"line {n} has {len(line)} octets")
    eight = any(isinstance(p, mime.Text) and p.cte == "8bit" for p in mime.iter_leaves(spec.body))
    if not eight and any(b > 127 for b in raw):
        _fail(spec, "8-bit byte in a 7-bit message")
    head = raw.split(b"\r\n\r\n", 1)[0]
    if any(b > 127 for b in head):
        _fail(spec, "8-bit byte in the header")


def _no_defects(spec, msg):
    for part in msg.walk():
        if part.defects:
            _fail(spec, f"defects {part.defects}")
        for k, v in part.items():
            d = getattr(v, "defects", ())
            if d:
                _fail(spec, f"header {k} defects {d}")


def _same_addrs(spec, got, want, name):
    got = [(a.display_name, a.addr_spec) for a in got.addresses] if got is not None else []
    want = [(n or "", a) for n, a in want]
    if got != want:
        _fail(spec, f"{name} {got} != {want}")


def check_parsed(spec, raw):
    msg = email.message_from_bytes(raw, policy=policy.default)
    _no_defects(spec, msg)
    keys = list(msg.keys())
    if keys[0] != "Received" or "by mx.example.net" not in str(msg.get_all("Received")[0]):
        _fail(spec, "top header is not the MX Received")
    if keys[1] != "Authentication-Results" or not str(msg["Authentication-Results"]).startswith("mx.example.net;"):
        _fail(spec, "second header is not the MX Authentication-Results")
    for h in ("Message-ID", "Date", "MIME-Version", "From", "To", "Subject"):
        if msg[h] is None:
            _fail(spec, f"missing {h}")
    if msg["Date"].datetime is None:
        _fail(spec, "bad Date")
    if str(msg["Subject"]) != spec.subject:
        _fail(spec, f"subject {str(msg['Subject'])!r} != {spec.subject!r}")
    _same_addrs(spec, msg["From"], [spec.frm], "From")
    _same_addrs(spec, msg["To"], spec.to, "To")
    _same_addrs(spec, msg["Cc"], spec.cc, "Cc")
    _same_addrs(spec, msg["Reply-To"], spec.reply_to, "Reply-To")
    leaves = [p for p in msg.walk() if not p.is_multipart()]
    want = list(mime.iter_leaves(spec.body))
    if len(leaves) != len(want):
        _fail(spec, f"{len(leaves)} leaf parts, expected {len(want)}")
    for got, w in zip(leaves, want):
        if isinstance(w, mime.Text):
            cs = got.get_content_charset()
            if cs != w.charset.lower():
                _fail(spec, f"charset {cs} != {w.charset}")
            data = got.get_payload(decode=True)
            try:
                text = data.decode(mime._codec(w.charset), "strict")
            except UnicodeDecodeError as e:
                _fail(spec, f"part does not decode as {cs}: {e}")
            if text.replace("\r\n", "\n").rstrip("\n") != w.text.rstrip("\n"):
                _fail(spec, "decoded text differs")
            got.get_content()  # must not raise
        else:
            if got.get_filename() != w.filename:
                _fail(spec, f"filename {got.get_filename()!r} != {w.filename!r}")
            if got.get_payload(decode=True) != w.data:
                _fail(spec, "attachment bytes differ")


def check(spec, raw):
    check_raw(spec, raw)
    check_parsed(spec, raw)
