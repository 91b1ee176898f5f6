#!/usr/bin/env python3
"""DKIM fixtures signed by an independent signer (dkimpy).

Run (needs dkimpy, pynacl, cryptography; dnspython only for --check-dns):
    python3 -m venv /tmp/dkimvenv
    /tmp/dkimvenv/bin/pip install dkimpy pynacl cryptography dnspython
    /tmp/dkimvenv/bin/python generate.py
    /tmp/dkimvenv/bin/python generate.py --check-dns 127.0.0.1:5533

The first run creates rsa2048.key, rsa1024.key and ed25519.key; later runs
reuse them.  dkimpy's sign() has no timestamp argument, so time.time() is
patched to SIGN_TIME while signing: RSA PKCS#1 v1.5 and Ed25519 are
deterministic, so with the saved keys every .eml is reproduced byte for byte.

Writes: *.eml (CRLF), manifest.json, zone.txt, dnsmasq.conf.
Every expected outcome below is declared by hand and then checked against
dkimpy's verifier; the script stops if dkimpy disagrees.
"""

import base64
import json
import logging
import sys
from pathlib import Path
from unittest import mock

import dkim
import nacl.signing
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from dkim.canonicalization import CanonicalizationPolicy

HERE = Path(__file__).resolve().parent
SIGN_TIME = 1717243200  # 2024-06-01T12:00:00Z, the t= of every signature

# ---------------------------------------------------------------- keys


def rsa_key(name, bits):
    path = HERE / name
    if not path.exists():
        key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
        path.write_bytes(key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,  # PKCS#1, as dkimpy wants
            serialization.NoEncryption()))
    pem = path.read_bytes()
    key = serialization.load_pem_private_key(pem, password=None)
    spki = key.public_key().public_bytes(
        serialization.Encoding.DER,
        serialization.PublicFormat.SubjectPublicKeyInfo)
    return pem, "v=DKIM1; k=rsa; p=" + base64.b64encode(spki).decode()


def ed25519_key(name):
    path = HERE / name
    if not path.exists():
        seed = nacl.signing.SigningKey.generate().encode()
        path.write_bytes(base64.b64encode(seed) + b"\n")  # as dknewkey writes it
    b64 = path.read_bytes().strip()
    sk = nacl.signing.SigningKey(b64, encoder=nacl.encoding.Base64Encoder)
    pub = base64.b64encode(sk.verify_key.encode()).decode()
    return b64, "v=DKIM1; k=ed25519; p=" + pub


RSA2048, RSA2048_TXT = rsa_key("rsa2048.key", 2048)
RSA1024, RSA1024_TXT = rsa_key("rsa1024.key", 1024)
ED25519, ED25519_TXT = ed25519_key("ed25519.key")

PRIV = {"rsa2048": RSA2048, "rsa1024": RSA1024, "ed25519": ED25519}

# DNS name (no trailing dot) -> TXT value.  "missing._domainkey..." is absent
# on purpose; "revoked" has an empty p= (RFC 6376 3.6.1: key revoked).
ZONE = {
    "s2048._domainkey.mail.example.com": RSA2048_TXT,
    "ed1._domainkey.mail.example.com": ED25519_TXT,
    "revoked._domainkey.mail.example.com": "v=DKIM1; k=rsa; p=",
    "s1024._domainkey.isp.example.net": RSA1024_TXT,
    "s2048._domainkey.example.jp": RSA2048_TXT,
    "ed1._domainkey.example.jp": ED25519_TXT,
}


def static_dns(name, timeout=5):
    if isinstance(name, bytes):
        name = name.decode()
    value = ZONE.get(name.rstrip(".").lower())
    return None if value is None else value.encode()


# ---------------------------------------------------------------- messages

def crlf(text):
    """Message text written with \\n -> wire form with CRLF."""
    assert "\r" not in text
    return text.replace("\n", "\r\n").encode("ascii")


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def tiny_pdf():
    """A minimal, valid one-page PDF (about 600 bytes)."""
    stream = b"BT /F1 18 Tf 72 720 Td (INVOICE INV-2024-0612  EUR 48,750.00) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return bytes(out)


def iso2022jp_word(text):
    return "=?ISO-2022-JP?B?" + base64.b64encode(text.encode("iso2022_jp")).decode() + "?="


CEO_LURE = crlf("""\
From: "Robert Chen" <robert.chen.ceo@isp.example.net>
To: "Anna Keller" <anna.keller@corp.example.com>
Subject: Urgent and confidential
Date: Sat, 1 Jun 2024 11:58:02 +0000
Message-ID: <20240601115802.4411@isp.example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Anna,

Are you at your desk? I need you to handle a confidential wire transfer
today for an acquisition we are closing. Do not discuss this with anyone
in the office until the announcement. I am in meetings all day, so reply
to this address only.

Robert Chen
Chief Executive Officer
Sent from my phone
""")

PDF_BOUNDARY = "----=_Part_7731_20240601"
INVOICE = crlf("""\
From: Accounts Receivable <billing@mail.example.com>
To: accounts.payable@corp.example.com
Subject: Invoice INV-2024-0612 due 15 June 2024
Date: Sat, 01 Jun 2024 09:12:44 +0200
Message-ID: <inv-2024-0612.7731@mail.example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="%s"

--%s
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dear customer,

Please find attached invoice INV-2024-0612 for EUR 48,750.00.
Note that our bank details have changed; please use the account
shown on the attached invoice for this and all future payments.

Kind regards,
Accounts Receivable

--%s
Content-Type: application/pdf; name="INV-2024-0612.pdf"
Content-Disposition: attachment; filename="INV-2024-0612.pdf"
Content-Transfer-Encoding: base64

%s
--%s--
""" % (PDF_BOUNDARY, PDF_BOUNDARY, PDF_BOUNDARY, b64_lines(tiny_pdf()), PDF_BOUNDARY))

# two adjacent encoded-words on two lines: the folding whitespace between them
# is dropped when decoding (RFC 2047 section 6.2)
JP_SUBJECT = iso2022jp_word("【至急】") + "\n " + iso2022jp_word("振込先口座変更のお願い")
JP_FROM = iso2022jp_word("経理部 佐藤")
JP_BODY = (
    "田中様\n"
    "\n"
    "いつもお世話になっております。経理部の佐藤です。\n"
    "監査の都合により、今月から振込先口座が変更となりました。\n"
    "本日中に下記の新しい口座へお振込みをお願いいたします。\n"
    "\n"
    "銀行名：サンプル銀行　本店営業部\n"
    "口座番号：普通 1234567\n"
    "\n"
    "本件は社外秘のため、お電話でのお問い合わせはご遠慮ください。\n"
).encode("iso2022_jp").decode("ascii")
JAPANESE = crlf("""\
From: %s <keiri@example.jp>
To: tanaka@client.example.jp
Subject: %s
Date: Sat, 01 Jun 2024 20:45:10 +0900
Message-ID: <20240601204510.5521@example.jp>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-2022-JP
Content-Transfer-Encoding: 7bit

%s""" % (JP_FROM, JP_SUBJECT, JP_BODY))

PAYROLL = crlf("""\
From: Maria Lopez <maria.lopez@mail.example.com>
To: payroll@mail.example.com
Subject: Direct deposit change before next payroll
Date: Sat, 01 Jun 2024 10:03:51 +0000
Message-ID: <payroll-dd-0601@mail.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi,

I have switched banks. Please update my direct deposit to the new
account before the next payroll run:

  Routing number: 000000000
  Account number: 9876543210

Thanks,
Maria
""")

WIRE_CONFIRM = crlf("""\
From: Treasury <treasury@mail.example.com>
To: cfo@mail.example.com
Subject: Wire transfer WT-88213 released
Date: Sat, 01 Jun 2024 11:30:00 +0000
Message-ID: <wt-88213@mail.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Wire WT-88213 for USD 212,400.00 to Northwind Holdings was released
at 11:29 UTC after dual approval.

Treasury Operations
""")

DUAL = crlf("""\
From: IT Service Desk <servicedesk@mail.example.com>
To: all-staff@mail.example.com
Subject: Mandatory password reset by Friday
Date: Sat, 01 Jun 2024 08:00:00 +0000
Message-ID: <pwreset-20240601@mail.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

All staff must reset their password through the usual intranet portal
by Friday. The service desk will never ask for your password by mail.

IT Service Desk
""")

NEWSLETTER = crlf("""\
From: Vendor News <news@mail.example.com>
To: procurement@corp.example.com
Subject: June supplier bulletin
Date: Sat, 01 Jun 2024 07:15:00 +0000
Message-ID: <bulletin-2024-06@mail.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

June supplier bulletin: invoicing portal maintenance on 8 June,
updated remittance address for paper cheques, and the Q3 price list.
""")
APPENDED = (b"\r\n-- \r\nURGENT: our bank details changed, pay invoices to "
            b"account 55-0101-9999 from today.\r\n")

CONTRACT = crlf("""\
From: Legal Department <legal@mail.example.com>
To: j.smith@corp.example.com
Subject: Signed contract amendment
Date: Sat, 01 Jun 2024 13:20:00 +0000
Message-ID: <contract-amend-17@mail.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

The countersigned amendment to the master services agreement is on file.
Any questions: reply to this message.
""")
OVERSIGN_H = ["from", "from", "reply-to", "subject", "subject", "date",
              "to", "cc", "message-id", "mime-version", "content-type"]

SUPPLIER_PAYMENT = crlf("""\
From: Supplier Accounts <accounts@mail.example.com>
To: ap@corp.example.com
Subject: Remittance details for June
Date: Sat, 01 Jun 2024 09:45:00 +0000
Message-ID: <remit-june@mail.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Please remit June payments to IBAN XX00EXAMPLE0000000001 as usual.
""")

BOARD = crlf("""\
From: Board Office <board@mail.example.com>
To: directors@mail.example.com
Subject: Board meeting moved to Tuesday
Date: Sat, 01 Jun 2024 14:00:00 +0000
Message-ID: <board-0601@mail.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

The June board meeting moves to Tuesday 10:00 in room 4.
""")

KEYROT = crlf("""\
From: Payments <payments@mail.example.com>
To: ap@corp.example.com
Subject: Payment run schedule
Date: Sat, 01 Jun 2024 15:00:00 +0000
Message-ID: <payrun-0601@mail.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Next payment run: Thursday. Approvals close Wednesday 17:00.
""")

# Folded headers, tabs, runs of spaces, trailing whitespace and trailing
# blank lines: relaxed canonicalisation has real work to do.
FOLDED = (
    b"From: \"Procurement Team\"\r\n"
    b"\t<procurement@mail.example.com>\r\n"
    b"To: \"Anna Keller\" <anna.keller@corp.example.com>,\r\n"
    b"  \"Ben Ortiz\" <ben.ortiz@corp.example.com>,\r\n"
    b"\t\"Chloe Dubois\" <chloe.dubois@corp.example.com>\r\n"
    b"Subject: Updated vendor master data  -  please review the\r\n"
    b"   attached   changes before  Monday   \r\n"
    b"Date: Sat, 01 Jun 2024 16:05:00 +0000\r\n"
    b"Message-ID: <vendor-master-0601@mail.example.com>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain;\r\n"
    b"\tcharset=us-ascii\r\n"
    b"\r\n"
    b"Hello team,   \r\n"
    b"\r\n"
    b"Vendor\tNorthwind   Holdings\t changed its remittance account.\t\r\n"
    b"Please  verify by phone before the next payment run. \r\n"
    b"\r\n"
    b"Procurement\r\n"
    b"\r\n"
    b"\r\n"
)


def transit_rewrap(msg):
    """Changes a relaying MTA may make that relaxed/relaxed tolerates."""
    edits = [
        # refold From, change WSP runs, lower-case a header name, add space
        # before the colon's value and trailing WSP
        (b"From: \"Procurement Team\"\r\n\t<procurement",
         b"from:   \"Procurement Team\" <procurement"),
        (b",\r\n  \"Ben Ortiz\"", b", \"Ben Ortiz\""),
        (b"Subject: Updated vendor master data  -  please review the\r\n   attached",
         b"SUBJECT:Updated vendor master data - please\r\n review the attached"),
        (b"Content-Type: text/plain;\r\n\tcharset", b"Content-Type: text/plain; charset"),
        # body: tabs -> spaces, trailing WSP removed/added, more blank lines
        (b"Vendor\tNorthwind   Holdings\t changed its remittance account.\t\r\n",
         b"Vendor Northwind\tHoldings  changed its remittance account.\r\n"),
        (b"Hello team,   \r\n", b"Hello team,\t\r\n"),
        (b"Procurement\r\n\r\n\r\n", b"Procurement  \r\n\r\n\r\n\r\n\r\n"),
    ]
    for old, new in edits:
        assert msg.count(old) == 1, old
        msg = msg.replace(old, new)
    return msg


def replace_once(old, new):
    def f(msg):
        assert msg.count(old) == 1, old
        return msg.replace(old, new)
    return f


def insert_header(header):
    """Insert a header right after the DKIM-Signature block(s)."""
    def f(msg):
        i = msg.index(b"\r\nFrom: ") + 2
        return msg[:i] + header + msg[i:]
    return f


# Each signature: (key, d, s, canonicalization, algorithm, options)
RSA_MAIL = ("rsa2048", "mail.example.com", "s2048")
ED_MAIL = ("ed25519", "mail.example.com", "ed1")

MESSAGES = [
    dict(file="rsa-relaxed-relaxed.eml",
         description="CEO-impersonation lure from an ISP/freemail account; valid ISP signature "
                     "(rsa-sha256 1024-bit, relaxed/relaxed): DKIM passes but d= is not the company's domain",
         body=CEO_LURE, sigs=[(("rsa1024", "isp.example.net", "s1024"), "relaxed/relaxed", {})],
         expect=[("pass", "pass")]),
    dict(file="rsa-simple-simple.eml",
         description="Invoice notice with base64 PDF attachment, rsa-sha256 simple/simple",
         body=INVOICE, sigs=[(RSA_MAIL, "simple/simple", {})],
         expect=[("pass", "pass")]),
    dict(file="rsa-relaxed-simple.eml",
         description="Japanese ISO-2022-JP bank-change request, RFC 2047 From/Subject (Subject folded), "
                     "rsa-sha256 relaxed/simple, d=example.jp",
         body=JAPANESE, sigs=[(("rsa2048", "example.jp", "s2048"), "relaxed/simple", {})],
         expect=[("pass", "pass")]),
    dict(file="rsa-simple-relaxed.eml",
         description="Payroll direct-deposit change request, rsa-sha256 simple/relaxed",
         body=PAYROLL, sigs=[(RSA_MAIL, "simple/relaxed", {})],
         expect=[("pass", "pass")]),
    dict(file="ed25519-relaxed-relaxed.eml",
         description="Wire-transfer confirmation, ed25519-sha256 (RFC 8463) relaxed/relaxed",
         body=WIRE_CONFIRM, sigs=[(ED_MAIL, "relaxed/relaxed", {})],
         expect=[("pass", "pass")]),
    dict(file="dual-ed25519-rsa.eml",
         description="Signed twice by mail.example.com: ed25519-sha256 on top, rsa-sha256 below "
                     "(signed first), as in RFC 8463 appendix A",
         body=DUAL, sigs=[(RSA_MAIL, "relaxed/relaxed", {}), (ED_MAIL, "relaxed/relaxed", {})],
         expect=[("pass", "pass"), ("pass", "pass")]),  # header order: ed25519, rsa
    dict(file="length-tag-appended.eml",
         description="l= body length signature; a 'bank details changed' paragraph appended after "
                     "signing still verifies (unsigned trailing content)",
         body=NEWSLETTER, sigs=[(RSA_MAIL, "relaxed/relaxed", {"length": True})],
         after=lambda m: m + APPENDED,
         expect=[("pass", "pass")]),
    dict(file="oversigned.eml",
         description="Over-signed h=: from and subject twice, absent reply-to and cc signed; verifies",
         body=CONTRACT, sigs=[(RSA_MAIL, "relaxed/relaxed", {"include_headers": OVERSIGN_H})],
         expect=[("pass", "pass")]),
    dict(file="oversigned-reply-to-added.eml",
         description="oversigned.eml after an attacker added Reply-To: the signed-absent reply-to "
                     "breaks the header signature; body hash still passes",
         body=CONTRACT, sigs=[(RSA_MAIL, "relaxed/relaxed", {"include_headers": OVERSIGN_H})],
         after=insert_header(b"Reply-To: <j.smith.legal@isp.example.net>\r\n"),
         expect=[("pass", "fail")]),
    dict(file="body-altered.eml",
         description="Body changed after signing (IBAN ...0001 -> ...0666): body hash mismatch",
         body=SUPPLIER_PAYMENT, sigs=[(RSA_MAIL, "relaxed/relaxed", {})],
         after=replace_once(b"XX00EXAMPLE0000000001", b"XX00EXAMPLE0000000666"),
         expect=[("fail", "fail")]),
    dict(file="subject-altered.eml",
         description="Signed Subject changed after signing: body hash passes, signature fails",
         body=BOARD, sigs=[(RSA_MAIL, "relaxed/relaxed", {})],
         after=replace_once(b"Subject: Board meeting moved to Tuesday",
                            b"Subject: Board meeting moved to Monday"),
         expect=[("pass", "fail")]),
    dict(file="missing-selector.eml",
         description="s=missing: no TXT record at missing._domainkey.mail.example.com "
                     "(NXDOMAIN from dnsmasq): key not found",
         body=KEYROT, sigs=[(("rsa2048", "mail.example.com", "missing"), "relaxed/relaxed", {})],
         expect=[("pass", "no-key")]),
    dict(file="revoked-key.eml",
         description="s=revoked: key record has empty p= (revoked key, RFC 6376 3.6.1)",
         body=KEYROT, sigs=[(("rsa2048", "mail.example.com", "revoked"), "relaxed/relaxed", {})],
         expect=[("pass", "revoked")]),
    dict(file="relaxed-folded-whitespace.eml",
         description="Folded From/To/Subject/Content-Type, tabs, runs of spaces, trailing whitespace "
                     "and trailing blank lines in the body; relaxed/relaxed",
         body=FOLDED, sigs=[(RSA_MAIL, "relaxed/relaxed", {})],
         expect=[("pass", "pass")]),
    dict(file="relaxed-rewrapped-in-transit.eml",
         description="relaxed-folded-whitespace.eml after transit changes relaxed tolerates "
                     "(refolded/unfolded headers, header name case, WSP runs, trailing WSP, extra "
                     "trailing blank lines): still passes",
         body=FOLDED, sigs=[(RSA_MAIL, "relaxed/relaxed", {})],
         after=transit_rewrap,
         expect=[("pass", "pass")]),
    dict(file="simple-trailing-space-added.eml",
         description="simple/simple signature; one trailing space added to a body line in transit: "
                     "body hash fails (simple body canonicalisation keeps whitespace)",
         body=PAYROLL, sigs=[(RSA_MAIL, "simple/simple", {})],
         after=replace_once(b"I have switched banks.", b"I have switched banks. "),
         expect=[("fail", "fail")]),
]


# ---------------------------------------------------------------- sign / verify

def sign(msg, key, d, s, c, opts):
    algo = b"ed25519-sha256" if key == "ed25519" else b"rsa-sha256"
    hdr, body = c.split("/")
    kwargs = dict(canonicalize=(hdr.encode(), body.encode()),
                  signature_algorithm=algo, length=opts.get("length", False))
    if "include_headers" in opts:
        kwargs["include_headers"] = [h.encode() for h in opts["include_headers"]]
    with mock.patch("time.time", return_value=float(SIGN_TIME)):
        sig = dkim.sign(msg, s.encode(), d.encode(), PRIV[key], **kwargs)
    return sig + msg


class Capture(logging.Handler):
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def dkimpy_verify(msg, idx, dnsfunc):
    """dkimpy's verdict for signature idx (0 = topmost), plus its log."""
    cap = Capture()
    logger = logging.getLogger("dkimpy-%d" % id(cap))
    logger.addHandler(cap)
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    d = dkim.DKIM(msg, logger=logger)
    try:
        ok = bool(d.verify(idx=idx, dnsfunc=dnsfunc))
    except dkim.DKIMException as e:
        cap.messages.append("%s: %s" % (type(e).__name__, e))
        ok = False
    return ok, [m for m in cap.messages if not m.startswith(("sig:", "bh:"))]


def sig_headers(msg):
    d = dkim.DKIM(msg)
    return [dkim.util.parse_tag_value(v) for k, v in d.headers
            if k.lower() == b"dkim-signature"], d


def body_hash_ok(msg, tags, d):
    """Recompute bh= independently of key lookup (respects l=)."""
    import hashlib
    policy = CanonicalizationPolicy.from_c_value(tags.get(b"c", b"simple/simple"))
    body = policy.canonicalize_body(d.body)
    if b"l" in tags:
        body = body[:int(tags[b"l"])]
    digest = base64.b64encode(hashlib.sha256(body).digest())
    return digest == b"".join(tags[b"bh"].split())


def header_sig_ok(msg, idx):
    """b= alone (body-hash check skipped); None if no usable key."""
    d = dkim.DKIM(msg, logger=logging.getLogger("quiet"))
    sig, include, sigheaders = d.verify_headerprep(idx)
    sig = dict(sig)
    del sig[b"bh"]
    try:
        d.pk, d.keysize, d.ktag, d.seqtlsrpt = dkim.load_pk_from_dns(
            sig[b"s"] + b"._domainkey." + sig[b"d"] + b".", static_dns)
    except dkim.KeyFormatError:
        return None
    return bool(d.verify_sig_process(sig, include, sigheaders[idx], static_dns))


# What dkimpy's log must mention for each non-pass outcome.
FAIL_REASON = {
    ("fail", "fail"): "body hash mismatch",
    ("pass", "no-key"): "missing public key",
    ("pass", "revoked"): "could not parse RSA public key",
}


def generate():
    logging.getLogger("quiet").addHandler(logging.NullHandler())
    logging.getLogger("quiet").propagate = False
    manifest = []
    for spec in MESSAGES:
        msg = spec["body"]
        for (key, d, s), c, opts in spec["sigs"]:
            msg = sign(msg, key, d, s, c, opts)
        msg = spec.get("after", lambda m: m)(msg)
        assert b"\n" not in msg.replace(b"\r\n", b""), "bare LF"
        (HERE / spec["file"]).write_bytes(msg)

        tags_list, parsed = sig_headers(msg)
        expect = spec["expect"]
        sigs = []
        for idx, tags in enumerate(tags_list):
            exp_bh, exp_sig = expect[idx]
            ok, log = dkimpy_verify(msg, idx, static_dns)
            bh = "pass" if body_hash_ok(msg, tags, parsed) else "fail"
            hv = header_sig_ok(msg, idx)
            where = "%s sig %d" % (spec["file"], idx)
            assert bh == exp_bh, (where, bh, exp_bh)
            assert ok == (exp_sig == "pass"), (where, ok, exp_sig, log)
            if exp_sig == "fail" and exp_bh == "pass":
                assert hv is False, (where, hv)
            if exp_bh == "fail":
                assert hv is True, (where, hv)  # only the body was touched
            reason = FAIL_REASON.get((exp_bh, exp_sig))
            if reason:
                assert any(reason in m for m in log), (where, log)
            entry = {
                "d": tags[b"d"].decode(), "s": tags[b"s"].decode(),
                "a": tags[b"a"].decode(), "c": tags.get(b"c", b"simple/simple").decode(),
                "expected_body_hash": bh, "expected_signature": exp_sig,
                "dkimpy_verify": ok,
                "header_signature_valid": hv,
            }
            if b"l" in tags:
                entry["l"] = int(tags[b"l"])
            sigs.append(entry)
        manifest.append({"file": spec["file"], "description": spec["description"],
                         "signatures": sigs})

    (HERE / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    (HERE / "zone.txt").write_text("".join("%s %s\n" % kv for kv in ZONE.items()))
    lines = ["# DKIM test keys for the fixtures in this folder (generated by generate.py).",
             "# Answer NXDOMAIN for other names under the test domains instead of forwarding.",
             "local=/mail.example.com/", "local=/isp.example.net/", "local=/example.jp/"]
    for name, value in ZONE.items():
        # split explicitly into <=255-byte character-strings (RFC 1035 3.3.14);
        # resolvers concatenate them (RFC 6376 3.6.2.2)
        parts = [value[i:i + 255] for i in range(0, len(value), 255)] or [""]
        lines.append("txt-record=%s,%s" % (name, ",".join('"%s"' % p for p in parts)))
    (HERE / "dnsmasq.conf").write_text("\n".join(lines) + "\n")
    for m in manifest:
        print("%-34s %s" % (m["file"], "; ".join(
            "%s/%s %s bh=%s sig=%s dkimpy=%s" % (x["d"], x["s"], x["a"], x["expected_body_hash"],
                                                 x["expected_signature"], x["dkimpy_verify"])
            for x in m["signatures"])))


def check_dns(server):
    """Verify every fixture through a live DNS server (dnsmasq) and compare."""
    import dns.resolver
    host, port = server.rsplit(":", 1)
    res = dns.resolver.Resolver(configure=False)
    res.nameservers = [host]
    res.port = int(port)

    def live_dns(name, timeout=5):
        if isinstance(name, bytes):
            name = name.decode()
        try:
            ans = res.resolve(name, "TXT", lifetime=timeout)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
            return None
        return b"".join(ans[0].strings)

    for name, value in ZONE.items():
        got = live_dns(name + ".")
        assert got == value.encode(), (name, got)
    assert live_dns("missing._domainkey.mail.example.com.") is None
    manifest = json.loads((HERE / "manifest.json").read_text())
    n = 0
    for m in manifest:
        msg = (HERE / m["file"]).read_bytes()
        for idx, sig in enumerate(m["signatures"]):
            ok, log = dkimpy_verify(msg, idx, live_dns)
            assert ok == sig["dkimpy_verify"], (m["file"], idx, ok, log)
            n += 1
    print("DNS %s: %d TXT records match zone.txt; %d signatures verify as in manifest.json"
          % (server, len(ZONE), n))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--check-dns":
        check_dns(sys.argv[2])
    elif len(sys.argv) == 1:
        generate()
    else:
        sys.exit(__doc__)
