#!/usr/bin/env python3
"""Deterministic generator for the MailCore parser fixtures.

Run:  python3 generate.py            (writes messages/*.eml, expectations.json
                                       and ../../../Examples/ceo-lure.eml)
      python3 verify_with_python_email.py   (cross-checks with Python's email)

Every message is built byte by byte here: charsets, base64, quoted-printable,
RFC 2047 encoded-words and RFC 2231 parameters are applied by this script, and
every expected value in expectations.json is the *source* value that was
encoded (never the output of a parser).

Conventions (also in README.md):
  * Files are stored with LF line endings.  The Swift test also runs each file
    converted to CRLF unless "fixed_line_endings" is true (bare-CR file, raw
    binary parts whose hash would change).
  * "attachments" lists every leaf part that is not the chosen text/plain or
    text/html body, in document order (inline images included).  A fixture
    whose only non-body leaf is a message/rfc822 part uses "embedded" instead.
  * "defects" lists defect kinds that MUST be reported; a parser may report
    more.
  * text_contains substrings never span a line break.
"""

import base64
import hashlib
import io
import json
import struct
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSG_DIR = HERE / "messages"
EXAMPLES_DIR = HERE.parents[2] / "Examples"

FIXTURES = []


def fixture(fn):
    FIXTURES.append(fn)
    return fn


# ---------------------------------------------------------------- helpers


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64_lines(data: bytes, width: int = 76) -> bytes:
    s = b64(data)
    return "\n".join(s[i : i + width] for i in range(0, len(s), width)).encode() + b"\n"


def ew_b(raw: bytes, charset: str, marker: str = "B") -> str:
    """RFC 2047 B encoded-word from already-encoded bytes."""
    return "=?%s?%s?%s?=" % (charset, marker, b64(raw))


def ew_q(raw: bytes, charset: str, marker: str = "Q") -> str:
    """RFC 2047 Q encoded-word (phrase-safe subset, space -> '_')."""
    out = []
    for byte in raw:
        ch = chr(byte)
        if byte == 0x20:
            out.append("_")
        elif byte < 0x80 and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append("=%02X" % byte)
    return "=?%s?%s?%s?=" % (charset, marker, "".join(out))


def chunks(data: bytes, size: int):
    return [data[i : i + size] for i in range(0, len(data), size)]


def iso2022jp(text: str) -> bytes:
    """ISO-2022-JP, encoded line by line so that every line ends in ASCII."""
    return b"\n".join(line.encode("iso2022_jp") for line in text.split("\n"))


def _sjis_pair_to_jis(s1: int, s2: int):
    j1 = (s1 - 0x71) * 2 + 1 if s1 <= 0x9F else (s1 - 0xB1) * 2 + 1
    if s2 > 0x7F:
        s2 -= 1
    if s2 >= 0x9E:
        j1 += 1
        j2 = s2 - 0x7D
    else:
        j2 = s2 - 0x1F
    return j1, j2


def iso2022jp_nec(text: str) -> bytes:
    """ISO-2022-JP with NEC row-13 characters (CP50220/CP50221 style).

    Each character is encoded through cp932 and the Shift_JIS pair is
    converted to its JIS X 0208 row/cell, so ① becomes ESC $ B 0x2D 0x21.
    Only ASCII and double-byte characters are supported.
    """
    lines = []
    for line in text.split("\n"):
        out = bytearray()
        mode = "ascii"
        for ch in line:
            raw = ch.encode("cp932")
            if len(raw) == 1:
                assert raw[0] < 0x80, ch
                if mode != "ascii":
                    out += b"\x1b(B"
                    mode = "ascii"
                out += raw
            else:
                j1, j2 = _sjis_pair_to_jis(raw[0], raw[1])
                assert 0x21 <= j1 <= 0x7E and 0x21 <= j2 <= 0x7E, ch
                if mode != "jis":
                    out += b"\x1b$B"
                    mode = "jis"
                out += bytes([j1, j2])
        if mode != "ascii":
            out += b"\x1b(B"
        lines.append(bytes(out))
    return b"\n".join(lines)


def qp_encode(raw: bytes, width: int = 76, break_at=()) -> bytes:
    """Quoted-printable (RFC 2045) with soft line breaks.

    Line breaks in the input (LF) are kept as hard breaks.  Extra soft breaks
    are forced after the byte offsets listed in break_at (offsets into the
    whole input), which lets a fixture split a multi-byte character across a
    soft line break.
    """
    out_lines = []
    offset = 0
    for line in raw.split(b"\n"):
        cur = ""
        for i, byte in enumerate(line):
            last = i == len(line) - 1
            if byte in (0x20, 0x09) and last:
                tok = "=%02X" % byte
            elif 33 <= byte <= 126 and byte != 0x3D:
                tok = chr(byte)
            elif byte in (0x20, 0x09):
                tok = chr(byte)
            else:
                tok = "=%02X" % byte
            if len(cur) + len(tok) > width - 1:
                out_lines.append(cur + "=")
                cur = ""
            cur += tok
            if (offset + i) in break_at and not last:
                out_lines.append(cur + "=")
                cur = ""
        out_lines.append(cur)
        offset += len(line) + 1
    return "\n".join(out_lines).encode("ascii")


class Stream:
    """Deterministic pseudo-random bytes (SHA-256 in counter mode)."""

    def __init__(self, seed: str):
        self.seed = seed.encode()
        self.n = 0

    def read(self, count: int) -> bytes:
        out = b""
        while len(out) < count:
            out += hashlib.sha256(self.seed + struct.pack(">I", self.n)).digest()
            self.n += 1
        return out[:count]


def make_pdf(title: str, seed: str, pad: int = 600) -> bytes:
    rnd = Stream(seed).read(pad)
    body = (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
        + b"4 0 obj\n<< /Length " + str(len(rnd)).encode() + b" /Filter /FlateDecode >>\nstream\n"
        + rnd
        + b"\nendstream\nendobj\n"
        b"5 0 obj\n<< /Title (" + title.encode("ascii") + b") /Producer (Acme Billing 7.2) >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R /Info 5 0 R >>\n%%EOF\n"
    )
    return body


def make_png(w: int, h: int, seed: int) -> bytes:
    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(
        b"\x00"
        + b"".join(bytes(((x * 16 + seed) & 0xFF, (y * 16) & 0xFF, ((x ^ y) * 8) & 0xFF)) for x in range(w))
        for y in range(h)
    )
    # level 0 = stored deflate blocks: byte-identical on every zlib version
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 0))
        + chunk(b"IEND", b"")
    )


def make_zip(files) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 16, 9, 30, 0))
            zi.create_system = 0
            zi.external_attr = 0
            zi.compress_type = zipfile.ZIP_STORED
            zf.writestr(zi, data)
    return buf.getvalue()


def make_docx(paragraphs) -> bytes:
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % p for p in paragraphs)
        + "</w:body></w:document>"
    )
    return make_zip(
        [
            ("[Content_Types].xml", ct.encode()),
            ("_rels/.rels", rels.encode()),
            ("word/document.xml", doc.encode()),
        ]
    )


def build(*parts) -> bytes:
    """Join header lines (str -> UTF-8, bytes as-is) with LF; a None entry
    marks the blank line between header and body."""
    out = []
    for p in parts:
        if p is None:
            out.append(b"")
        elif isinstance(p, str):
            out.append(p.encode("utf-8"))
        else:
            out.append(p)
    return b"\n".join(out)


def addr(name, address, **extra):
    d = {"name": name, "address": address}
    d.update(extra)
    return d


def att(filename, content_type, data):
    return {"filename": filename, "content_type": content_type, "size": len(data), "sha256": sha256(data)}


# ---------------------------------------------------------------- shared content

CEO_NAME = "山田 太郎"
LURE_SUBJECT = "至急のお願い"
LURE_BODY = (
    "{salutation}さん\n"
    "\n"
    "お疲れ様です。山田です。\n"
    "至急ご対応いただきたい件があります。\n"
    "このメールに返信してください。\n"
    "\n"
    "なお、現在会議中のため電話には出られません。\n"
    "よろしくお願いします。\n"
    "\n"
    "山田 太郎\n"
)


def lure_body(salutation="都築"):
    return LURE_BODY.format(salutation=salutation)


def lure_inner(
    to_private="hanako.tsuzuki.example@gmail.com", to_generated="htsuzuki@example.co.jp", received=True, salutation="都築"
):
    subj_raw = LURE_SUBJECT.encode("iso2022_jp")
    name_raw = CEO_NAME.encode("iso2022_jp")
    hdrs = []
    if received:
        hdrs += [
            "Return-Path: <ejbjebduffy@optimum.net>",
            "Received: from omta-03.optimum.net (omta-03.optimum.net [198.51.100.43])",
            "\tby mx1.example.co.jp (Postfix) with ESMTPS id 4VgT1x2Lq8z1R",
            "\tfor <%s>; Fri, 17 May 2024 11:41:08 +0900 (JST)" % to_generated,
            "Received: from [155.94.251.82] ([155.94.251.82:51544] helo=[192.168.1.23])",
            "\tby mta-12.optimum.net with ESMTPSA id 0A1B2C3D4E5F;",
            "\tThu, 16 May 2024 22:41:05 -0400",
        ]
    hdrs += [
        "From: %s <ejbjebduffy@optimum.net>" % ew_b(name_raw, "ISO-2022-JP"),
        "To: %s, %s" % (to_private, to_generated),
        "Subject: %s" % ew_b(subj_raw, "ISO-2022-JP"),
        "Date: Thu, 16 May 2024 22:41:05 -0400",
        "Message-ID: <1715913665.0A1B2C3D4E5F@mta-12.optimum.net>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="ISO-2022-JP"',
        "Content-Transfer-Encoding: 7bit",
    ]
    return build(*hdrs, None, iso2022jp(lure_body(salutation)))


# ---------------------------------------------------------------- fixtures


@fixture
def f_iso2022jp_ceo_lure():
    msg = lure_inner()
    exp = {
        "description": "CEO-impersonation lure: ISO-2022-JP body (7bit), ISO-2022-JP B-encoded subject and display name, two recipients (private webmail + generated corporate address), obsolete-free date with -0400 offset, folded Received",
        "subject": LURE_SUBJECT,
        "from": addr(CEO_NAME, "ejbjebduffy@optimum.net"),
        "to": [addr(None, "hanako.tsuzuki.example@gmail.com"), addr(None, "htsuzuki@example.co.jp")],
        "date": "2024-05-17T02:41:05Z",
        "message_id": "1715913665.0A1B2C3D4E5F@mta-12.optimum.net",
        "text_contains": ["至急ご対応いただきたい件があります。", "このメールに返信してください。", "山田 太郎"],
        "leaf_part_count": 1,
    }
    return "iso2022jp-ceo-lure.eml", msg, exp


@fixture
def f_folded_headers():
    subject = "Action required: updated remittance instructions for all outstanding invoices  (Q2 FY2024, vendor ID 80417)"
    msg = build(
        "Received: from mail-out.vendor.example (mail-out.vendor.example [203.0.113.77])",
        "        by mx.company.example (Postfix) with ESMTPS id 7C2F31A0042",
        "        for <ap@company.example>; Tue, 21 May 2024 10:03:41 +0900 (JST)",
        "From: Accounts Receivable",
        " <ar@vendor.example>",
        "To: Accounts Payable <ap@company.example>,",
        "    Kenji Sato <kenji.sato@company.example>,",
        "\tTreasury <treasury@company.example>",
        "Subject: Action required: updated remittance instructions for all",
        " outstanding invoices",
        "  (Q2 FY2024, vendor ID 80417)",
        "Date: Tue, 21 May 2024 10:03:39 +0900 (JST)",
        "Message-ID:",
        " <20240521010339.GA18844@mail-out.vendor.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain;",
        '  charset="us-ascii";',
        "  format=flowed",
        "Content-Transfer-Encoding: 7bit",
        None,
        "Dear Accounts Payable team,",
        "",
        "Please note that our bank details have changed effective immediately.",
        "All payments for outstanding invoices must be sent to the new account",
        "listed in the attached letter. Do not use the previous account.",
        "",
        "Regards,",
        "Accounts Receivable",
        "",
    )
    # unfolding removes only the line break: "all" + " outstanding invoices" + "  (Q2..."
    exp = {
        "description": "Folded headers: Subject folded twice (the second fold keeps two spaces of WSP), From/To/Message-ID/Content-Type folded (space and tab), date with '+0900 (JST)' comment",
        "subject": subject,
        "from": addr("Accounts Receivable", "ar@vendor.example"),
        "to": [
            addr("Accounts Payable", "ap@company.example"),
            addr("Kenji Sato", "kenji.sato@company.example"),
            addr("Treasury", "treasury@company.example"),
        ],
        "date": "2024-05-21T01:03:39Z",
        "message_id": "20240521010339.GA18844@mail-out.vendor.example",
        "text_contains": ["Please note that our bank details have changed effective immediately."],
        "leaf_part_count": 1,
    }
    return "folded-headers.eml", msg, exp


@fixture
def f_rfc2047_b_utf8_split():
    subject = "【重要】お支払い口座変更のお知らせ"
    raw = subject.encode("utf-8")
    # 10-byte chunks: most UTF-8 characters (3 bytes) straddle two words
    words = [ew_b(c, "UTF-8") for c in chunks(raw, 10)]
    name = "経理部 佐藤"
    name_words = [ew_b(c, "utf-8", "b") for c in chunks(name.encode("utf-8"), 4)]
    msg = build(
        "From: %s <keiri@partner.example>" % " ".join(name_words),
        "To: finance@company.example",
        "Subject: " + words[0] + " " + words[1],
        "\t" + words[2],
        " " + " ".join(words[3:]),
        "Date: Fri, 17 May 2024 09:12:00 +0900",
        "Message-ID: <split-utf8.5f1c@partner.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
        None,
        b64_lines(
            "財務部 御中\n\nいつもお世話になっております。\n弊社の振込先口座が変更となりましたので、ご連絡いたします。\n新口座の詳細は別途お送りします。\n".encode()
        ),
    )
    exp = {
        "description": "RFC 2047 B (UTF-8): subject split into 10-byte encoded-words so 3-byte characters straddle words (bytes must be joined before decoding; whitespace and folds between adjacent words dropped); display name split into 4-byte lowercase ?b? words. RFC 2047 5 says each encoded-word MUST hold whole characters, so the sender is non-conforming; expectation is the lenient join of the bytes (as Thunderbird/Gmail do). Python email decodes the display-name words one by one and garbles them (subject is fine)",
        "subject": subject,
        "from": addr(name, "keiri@partner.example"),
        "to": [addr(None, "finance@company.example")],
        "date": "2024-05-17T00:12:00Z",
        "message_id": "split-utf8.5f1c@partner.example",
        "text_contains": ["弊社の振込先口座が変更となりましたので、ご連絡いたします。"],
        "leaf_part_count": 1,
    }
    return "rfc2047-b-utf8-split.eml", msg, exp


@fixture
def f_rfc2047_iso2022jp_split():
    subject = "請求書送付のご案内（5月分）"
    raw = subject.encode("iso2022_jp")
    # split after the escape sequence + 3 bytes: the second byte of 求 starts word 2
    cut = 3 + 3
    assert raw[:3] == b"\x1b$B"
    words = [ew_b(raw[:cut], "ISO-2022-JP"), ew_b(raw[cut:], "ISO-2022-JP")]
    body = "株式会社サンプル商事\n経理ご担当者様\n\n5月分の請求書をお送りいたします。\nお支払い期限は6月28日です。\n"
    msg = build(
        "From: %s <seikyu@supplier.example>" % ew_b("株式会社テスト物産 請求センター".encode("iso2022_jp"), "ISO-2022-JP"),
        "To: keiri@sample-shoji.example",
        "Subject: %s" % words[0],
        " %s" % words[1],
        "Date: 17 May 2024 10:05:33 +0900",
        "Message-ID: <20240517100533.88A2@supplier.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=iso-2022-jp",
        "Content-Transfer-Encoding: 7bit",
        None,
        iso2022jp(body),
    )
    exp = {
        "description": "RFC 2047 B (ISO-2022-JP): subject split across two encoded-words in the middle of a JIS double-byte character (second word starts with the trail byte, no escape); date without weekday. Non-conforming sender (RFC 2047 5); expectation is the lenient byte join. Python email leaves the first word undecoded",
        "subject": subject,
        "from": addr("株式会社テスト物産 請求センター", "seikyu@supplier.example"),
        "to": [addr(None, "keiri@sample-shoji.example")],
        "date": "2024-05-17T01:05:33Z",
        "message_id": "20240517100533.88A2@supplier.example",
        "text_contains": ["5月分の請求書をお送りいたします。", "お支払い期限は6月28日です。"],
        "leaf_part_count": 1,
    }
    return "rfc2047-b-iso2022jp-split.eml", msg, exp


@fixture
def f_rfc2047_q():
    part1 = "Rechnung für März 2024"
    part2 = " – Zahlungserinnerung"
    name = "Jürgen Weiß"
    msg = build(
        "From: %s <j.weiss@lieferant.example>" % ew_q(name.encode("iso-8859-1"), "iso-8859-1", "q"),
        "To: %s <buchhaltung@company.example>" % ew_q("Buchhaltung & Controlling".encode(), "UTF-8*de", "Q"),
        "Subject: %s %s (Kundennr. 40917)" % (
            ew_q(part1.encode("iso-8859-1"), "iso-8859-1", "q"),
            ew_b(part2.encode("utf-8"), "utf-8", "b"),
        ),
        "Date: Tue, 4 Jun 2024 10:30:00 EST",
        "Message-ID: <q-encoding.20240604@lieferant.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=iso-8859-1",
        "Content-Transfer-Encoding: quoted-printable",
        None,
        qp_encode(
            "Sehr geehrte Damen und Herren,\n\nleider konnten wir bis heute keinen Zahlungseingang für die Rechnung Nr. 2024-0311 feststellen. Bitte überweisen Sie den offenen Betrag von 8.940,00 EUR umgehend.\n\nMit freundlichen Grüßen\nJürgen Weiß\n".encode(
                "iso-8859-1"
            )
        ),
        b"",
    )
    exp = {
        "description": "RFC 2047 Q: lowercase ?q? ISO-8859-1 words with underscores for spaces, adjacent ?q?/?b? words (whitespace between them dropped, the space comes from inside the second word), trailing plain text kept; RFC 2231 language suffix in encoded-word charset (UTF-8*de); obsolete zone EST (-0500)",
        "subject": part1 + part2 + " (Kundennr. 40917)",
        "from": addr(name, "j.weiss@lieferant.example"),
        "to": [addr("Buchhaltung & Controlling", "buchhaltung@company.example")],
        "date": "2024-06-04T15:30:00Z",
        "message_id": "q-encoding.20240604@lieferant.example",
        "text_contains": ["offenen Betrag von 8.940,00 EUR", "Mit freundlichen Grüßen"],
        "leaf_part_count": 1,
    }
    return "rfc2047-q-underscore-lowercase.eml", msg, exp


@fixture
def f_rfc2047_invalid():
    valid = ew_b("支払い".encode("utf-8"), "UTF-8")
    invalid = "=?UTF-8?X?cmVtaW5kZXI=?="
    msg = build(
        "From: Treasury Bot <treasury-bot@company.example>",
        "To: cfo@company.example",
        "Subject: %s %s overdue" % (valid, invalid),
        "Date: Mon, 3 Jun 2024 16:20 -0700",
        "Message-ID: <invalid-ew.3391@company.example>",
        None,
        "Automated notice: 3 supplier payments are overdue.",
        "",
    )
    exp = {
        "description": "Encoded-word with an unknown encoding letter (?X?) must be left as literal text while the valid B word before it is decoded; whitespace between a valid and an invalid word is kept; date without seconds, -0700",
        "subject": "支払い =?UTF-8?X?cmVtaW5kZXI=?= overdue",
        "from": addr("Treasury Bot", "treasury-bot@company.example"),
        "to": [addr(None, "cfo@company.example")],
        "date": "2024-06-03T23:20:00Z",
        "message_id": "invalid-ew.3391@company.example",
        "text_contains": ["Automated notice: 3 supplier payments are overdue."],
        "leaf_part_count": 1,
        "defects": ["invalidEncodedWord"],
    }
    return "rfc2047-invalid-word.eml", msg, exp


@fixture
def f_rfc2047_in_quotes():
    name = "佐藤 花子"
    fname = "お見積書_2024年6月.pdf"
    pdf = make_pdf("Estimate 2024-06", "quoted-ew-pdf", 300)
    msg = build(
        'From: "%s" <hanako.sato@partner.example>' % ew_b(name.encode("iso2022_jp"), "ISO-2022-JP"),
        "To: purchasing@company.example",
        "Subject: %s" % ew_b("お見積書送付の件".encode("iso2022_jp"), "ISO-2022-JP"),
        "Date: Thu, 13 Jun 2024 13:01:44 +0900",
        "Message-ID: <quoted-ew.0613@partner.example>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="----=_Part_77_1718251304"',
        None,
        "------=_Part_77_1718251304",
        'Content-Type: text/plain; charset="ISO-2022-JP"',
        "Content-Transfer-Encoding: 7bit",
        None,
        iso2022jp("購買部 御中\n\nお見積書を添付いたします。\nご確認のほどよろしくお願いいたします。"),
        "",
        "------=_Part_77_1718251304",
        'Content-Type: application/pdf; name="%s"' % ew_b(fname.encode("utf-8"), "UTF-8"),
        "Content-Transfer-Encoding: base64",
        'Content-Disposition: attachment; filename="%s"' % ew_b(fname.encode("utf-8"), "UTF-8"),
        None,
        b64_lines(pdf) + b"------=_Part_77_1718251304--",
        "",
    )
    exp = {
        "description": "Non-standard but ubiquitous: RFC 2047 encoded-words inside a quoted display name and inside a quoted filename parameter (RFC 2047 5 forbids both; mainstream clients decode them, so the expectation is decoded)",
        "subject": "お見積書送付の件",
        "from": addr(name, "hanako.sato@partner.example"),
        "to": [addr(None, "purchasing@company.example")],
        "date": "2024-06-13T04:01:44Z",
        "message_id": "quoted-ew.0613@partner.example",
        "text_contains": ["お見積書を添付いたします。"],
        "attachments": [att(fname, "application/pdf", pdf)],
        "leaf_part_count": 2,
    }
    return "rfc2047-in-quoted-strings.eml", msg, exp


@fixture
def f_rfc6532():
    subject = "【経理】6月度 支払予定一覧の確認依頼"
    msg = build(
        "From: 経理部 佐藤 <keiri-sato@example.co.jp>",
        'To: "高橋 部長" <経理@example.co.jp>',
        "Cc: お問い合わせ窓口 <info@例え.jp>",
        "Subject: " + subject,
        "Date: Wed, 19 Jun 2024 08:30:00 +0900",
        "Message-ID: <rfc6532.20240619083000@example.co.jp>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        None,
        "高橋部長\n\n6月度の支払予定一覧を共有フォルダに格納しました。\n本日中にご確認をお願いします。\n\n経理部 佐藤\n".encode(),
    )
    exp = {
        "description": "RFC 6532 raw UTF-8 headers: unencoded UTF-8 subject, unquoted and quoted UTF-8 display names, UTF-8 local part (経理@), raw UTF-8 IDN domain; 8bit UTF-8 body",
        "subject": subject,
        "from": addr("経理部 佐藤", "keiri-sato@example.co.jp"),
        "to": [addr("高橋 部長", "経理@example.co.jp")],
        "cc": [addr("お問い合わせ窓口", "info@例え.jp")],
        "date": "2024-06-18T23:30:00Z",
        "message_id": "rfc6532.20240619083000@example.co.jp",
        "text_contains": ["6月度の支払予定一覧を共有フォルダに格納しました。"],
        "leaf_part_count": 1,
    }
    return "rfc6532-utf8-headers.eml", msg, exp


@fixture
def f_rfc2231_utf8():
    fname = "【至急】振込先変更依頼書_final_v2.xlsx"
    raw = fname.encode("utf-8")
    tail_text = "_final_v2.xlsx"

    def pct(b):
        return "".join(
            chr(x) if (x < 0x80 and (chr(x).isalnum() or chr(x) in "-.")) else "%%%02X" % x for x in b
        )

    # piece 0 ends one byte into a 3-byte character; piece 2 is an unencoded continuation
    p0, p1 = raw[:10], raw[10 : -len(tail_text)]
    assert p0 + p1 + tail_text.encode() == raw
    xlsx = make_zip(
        [
            ("[Content_Types].xml", b'<?xml version="1.0"?><Types/>'),
            ("xl/workbook.xml", b'<?xml version="1.0"?><workbook><sheets><sheet name="Bank"/></sheets></workbook>'),
            ("xl/sharedStrings.xml", "<sst><si><t>新口座</t></si><si><t>みずほ銀行 本店</t></si></sst>".encode()),
        ]
    )
    ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    msg = build(
        "From: Kobayashi Daisuke <d.kobayashi@partner.example>",
        "To: treasury@company.example",
        "Subject: Bank account change request form (final)",
        "Date: Fri, 14 Jun 2024 17:55:21 +0900",
        "Message-ID: <rfc2231-utf8.91ab@partner.example>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="=_mixed 0042_="',
        None,
        "--=_mixed 0042_=",
        "Content-Type: text/plain; charset=us-ascii",
        None,
        "Please find the signed bank account change request form attached.",
        "Kindly update your vendor master before the next payment run.",
        "",
        "--=_mixed 0042_=",
        "Content-Type: %s;" % ctype,
        " name*0*=UTF-8''%s;" % pct(p0),
        ' name*1*=%s;' % pct(p1),
        ' name*2="%s"' % tail_text,
        "Content-Disposition: attachment;",
        " filename*0*=UTF-8''%s;" % pct(p0),
        " filename*1*=%s;" % pct(p1),
        ' filename*2="%s"' % tail_text,
        "Content-Transfer-Encoding: base64",
        None,
        b64_lines(xlsx) + b"--=_mixed 0042_=--",
        "",
    )
    exp = {
        "description": "RFC 2231 filename continuations: filename*0*=UTF-8'' / filename*1* percent-encoded (a 3-byte character is split between the two pieces) / filename*2 plain (ASCII) quoted; same for Content-Type name*. RFC 2231 3 builds the value by joining the sections and does not say encoded sections must end on a character boundary, so the octets are joined before decoding (Python email decodes each section separately; it only matches here after undoing its surrogateescape); quoted boundary containing a space and '='",
        "subject": "Bank account change request form (final)",
        "from": addr("Kobayashi Daisuke", "d.kobayashi@partner.example"),
        "to": [addr(None, "treasury@company.example")],
        "date": "2024-06-14T08:55:21Z",
        "message_id": "rfc2231-utf8.91ab@partner.example",
        "text_contains": ["Please find the signed bank account change request form attached."],
        "attachments": [att(fname, ctype, xlsx)],
        "leaf_part_count": 2,
    }
    return "rfc2231-filename-utf8-continuations.eml", msg, exp


@fixture
def f_rfc2231_sjis():
    fname = "支払予定表（6月）.csv"
    raw = fname.encode("shift_jis")
    assert b"\x5c" in raw  # 表 = 0x95 0x5C: the trail byte is a backslash

    def pct(b):
        return "".join(chr(x) if (x < 0x80 and chr(x).isalnum()) else "%%%02X" % x for x in b)

    csv = "支払日,取引先,金額\n2024/06/28,株式会社テスト物産,1250000\n2024/06/28,サンプル運輸,384000\n".encode("shift_jis")
    msg = build(
        "From: %s <ono@example.co.jp>" % ew_b("大野 由紀".encode("shift_jis"), "Shift_JIS"),
        "To: keiri@example.co.jp",
        "Subject: %s" % ew_b("支払予定表の送付".encode("shift_jis"), "SHIFT_JIS"),
        "Date: Mon, 17 Jun 2024 11:20:05 +0900",
        "Message-ID: <sjis-2231.20240617@example.co.jp>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=sjis_boundary_01",
        None,
        "--sjis_boundary_01",
        "Content-Type: text/plain; charset=Shift_JIS",
        "Content-Transfer-Encoding: 8bit",
        None,
        "経理部 各位\n\n6月の支払予定表を添付します。\n".encode("shift_jis"),
        "--sjis_boundary_01",
        "Content-Type: text/csv; charset=Shift_JIS",
        "Content-Disposition: attachment;",
        " filename*0*=shift_jis'ja'%s;" % pct(raw[:7]),
        " filename*1*=%s" % pct(raw[7:]),
        "Content-Transfer-Encoding: base64",
        None,
        b64_lines(csv) + b"--sjis_boundary_01--",
        "",
    )
    exp = {
        "description": "RFC 2231 filename in Shift_JIS with language tag and continuation (piece 0 ends in the middle of a double-byte character; 表 has trail byte 0x5C); Shift_JIS B-encoded subject and display name; 8bit Shift_JIS body. Octets are joined across sections before decoding (RFC 2231 3); Python email decodes each section separately and garbles the name",
        "subject": "支払予定表の送付",
        "from": addr("大野 由紀", "ono@example.co.jp"),
        "to": [addr(None, "keiri@example.co.jp")],
        "date": "2024-06-17T02:20:05Z",
        "message_id": "sjis-2231.20240617@example.co.jp",
        "text_contains": ["6月の支払予定表を添付します。"],
        "attachments": [att(fname, "text/csv", csv)],
        "leaf_part_count": 2,
    }
    return "rfc2231-filename-sjis.eml", msg, exp


def simple_charset_fixture(
    filename,
    description,
    charset_label,
    codec,
    body,
    contains,
    *,
    cte="8bit",
    subject="Invoice",
    subject_ew=None,
    sender=("Billing", "billing@vendor.example"),
    to=(None, "ap@company.example"),
    date_hdr="Fri, 17 May 2024 09:12:00 +0900",
    date_utc="2024-05-17T00:12:00Z",
    msgid=None,
    extra_headers=(),
    defects=None,
    raw_body=None,
):
    data = raw_body if raw_body is not None else body.encode(codec)
    if cte in ("7bit", "8bit"):
        enc_body = data if data.endswith(b"\n") else data + b"\n"
    elif cte == "base64":
        enc_body = b64_lines(data)
    elif cte == "quoted-printable":
        enc_body = qp_encode(data) + b"\n"
    else:
        raise ValueError(cte)
    msgid = msgid or filename.replace(".eml", "") + ".20240517@vendor.example"
    subj_hdr = subject_ew if subject_ew is not None else subject
    from_hdr = "%s <%s>" % sender if sender[0] else sender[1]
    msg = build(
        "From: " + from_hdr,
        "To: " + ("%s <%s>" % to if to[0] else to[1]),
        "Subject: " + subj_hdr,
        "Date: " + date_hdr,
        "Message-ID: <%s>" % msgid,
        *extra_headers,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=%s" % charset_label,
        "Content-Transfer-Encoding: %s" % cte,
        None,
        enc_body,
    )
    exp = {
        "description": description,
        "subject": subject,
        "from": addr(sender[0], sender[1]),
        "to": [addr(to[0], to[1])],
        "date": date_utc,
        "message_id": msgid,
        "text_contains": contains,
        "leaf_part_count": 1,
    }
    if defects:
        exp["defects"] = defects
    return filename, msg, exp


@fixture
def f_sjis():
    body = (
        "株式会社サンプル商事\n経理部 御中\n\n"
        "いつもお世話になっております。\n"
        "ソフトウェア保守費用の請求明細表を下記のとおりお送りします。\n"
        "ご請求金額：￥1,320,000（税込）\n"
        "振込先：ｻﾝﾌﾟﾙｷﾞﾝｺｳ ﾎﾝﾃﾝ\n\n"
        "よろしくお願いいたします。\n"
    )
    subj = "ソフトウェア保守費用のご請求"
    return simple_charset_fixture(
        "charset-shift_jis.eml",
        "Shift_JIS 8bit body with trail bytes 0x5C (ソ, 表) and half-width katakana; Shift_JIS B-encoded subject",
        "Shift_JIS",
        "shift_jis",
        body,
        ["ソフトウェア保守費用の請求明細表を下記のとおりお送りします。", "ｻﾝﾌﾟﾙｷﾞﾝｺｳ ﾎﾝﾃﾝ", "1,320,000"],
        subject=subj,
        subject_ew=ew_b(subj.encode("shift_jis"), "Shift_JIS"),
        sender=("Test Soft Billing", "billing@testsoft.example"),
        to=(None, "keiri@sample-shoji.example"),
    )


@fixture
def f_cp932_as_sjis():
    body = "ご担当者様\n\n下記の通りご確認をお願いします。\n①請求書の原本\n②振込先口座の変更届\n③㈱テスト物産の印鑑証明\n\n以上、よろしくお願いします。\n"
    data = body.encode("cp932")
    return simple_charset_fixture(
        "charset-cp932-declared-shift_jis.eml",
        "CP932 (Windows-31J) bytes with NEC special characters ①②③ and ㈱ in a part declared charset=Shift_JIS, as Outlook/Windows mailers send; strict Shift_JIS cannot decode 0x8740, so the declared label must be treated as its CP932 superset (the WHATWG Encoding Standard decodes the Shift_JIS label with NEC row 13 included). Python email decodes strictly and shows U+FFFD",
        "Shift_JIS",
        "cp932",
        body,
        ["①請求書の原本", "③㈱テスト物産の印鑑証明"],
        raw_body=data,
        subject="Documents required",
        sender=("Keiri Center", "keiri-center@testbussan.example"),
        date_hdr="Fri, 17 May 2024 13:45:10 +0900",
        date_utc="2024-05-17T04:45:10Z",
    )


@fixture
def f_iso2022jp_nec():
    body = "各位\n\n①振込先の変更\n②支払期日の変更\n㈱テスト物産より連絡がありました。\n"
    raw = iso2022jp_nec(body)
    assert b"\x1b$B-!" in raw  # ① = JIS row 13 cell 1
    subj = "①振込先変更のお知らせ"
    return simple_charset_fixture(
        "charset-iso2022jp-nec.eml",
        "ISO-2022-JP (7bit) containing NEC row-13 characters ① ② ㈱ (CP50221 style, ESC $ B 0x2D21) in body and B-encoded subject; decoders should map row 13 like CP932 (as the WHATWG ISO-2022-JP decoder does). Python email cannot decode row 13 (body U+FFFD, subject left encoded)",
        "ISO-2022-JP",
        None,
        body,
        ["①振込先の変更", "㈱テスト物産より連絡がありました。"],
        cte="7bit",
        raw_body=raw,
        subject=subj,
        subject_ew=ew_b(iso2022jp_nec(subj), "ISO-2022-JP"),
        sender=("Somu", "somu@example.co.jp"),
        to=(None, "all-staff@example.co.jp"),
        date_hdr="Fri, 17 May 2024 15:00:00 +0900",
        date_utc="2024-05-17T06:00:00Z",
    )


@fixture
def f_eucjp():
    body = "関係者各位\n\n来週の取締役会資料を共有します。\n社外秘のため取り扱いにご注意ください。\nﾃｽﾄ用の半角カナも含みます。\n"
    subj = "取締役会資料（社外秘）"
    return simple_charset_fixture(
        "charset-euc-jp.eml",
        "EUC-JP 8bit body including half-width katakana (SS2 0x8E); subject as EUC-JP Q-encoded word",
        "EUC-JP",
        "euc_jp",
        body,
        ["来週の取締役会資料を共有します。", "ﾃｽﾄ用の半角カナも含みます。"],
        subject=subj,
        subject_ew=ew_q(subj.encode("euc_jp"), "EUC-JP"),
        sender=("Hisho Shitsu", "hisho@example.co.jp"),
        to=(None, "board@example.co.jp"),
        date_hdr="Sat, 18 May 2024 07:00:00 +0900",
        date_utc="2024-05-17T22:00:00Z",
    )


@fixture
def f_iso8859_2():
    body = (
        "Szanowni Państwo,\n\n"
        "w załączeniu przesyłamy fakturę nr FV/2024/05/117.\n"
        "Prosimy o zapłatę na nowy rachunek bankowy w ciągu 7 dni.\n"
        "Zmiana rachunku wynika z przejęcia spółki.\n\n"
        "Z poważaniem\nDział Księgowości\n"
    )
    return simple_charset_fixture(
        "charset-iso8859-2.eml",
        "ISO-8859-2 (Polish) body in quoted-printable; obsolete zone GMT",
        "ISO-8859-2",
        "iso8859_2",
        body,
        ["w załączeniu przesyłamy fakturę nr FV/2024/05/117.", "Dział Księgowości"],
        cte="quoted-printable",
        subject="Faktura FV/2024/05/117",
        sender=("Ksiegowosc", "ksiegowosc@dostawca.example"),
        date_hdr="Mon, 20 May 2024 08:15:00 GMT",
        date_utc="2024-05-20T08:15:00Z",
    )


@fixture
def f_iso8859_15():
    body = (
        "Madame, Monsieur,\n\n"
        "Veuillez trouver ci-dessous le récapitulatif de la facture n° 2024-0612.\n"
        "Montant dû : 12 480,00 € TTC.\n"
        "Nous vous remercions de régler cette facture de bon cœur avant le 30 juin.\n\n"
        "Service comptabilité\n"
    )
    return simple_charset_fixture(
        "charset-iso8859-15.eml",
        "ISO-8859-15 8bit body with € (0xA4) and œ (0xBD), which differ from ISO-8859-1",
        "ISO-8859-15",
        "iso8859_15",
        body,
        ["Montant dû : 12 480,00 € TTC.", "de bon cœur"],
        subject="Facture 2024-0612",
        sender=("Comptabilite", "compta@fournisseur.example"),
        date_hdr="Wed, 12 Jun 2024 09:00:00 +0200",
        date_utc="2024-06-12T07:00:00Z",
    )


@fixture
def f_cp1251():
    body = (
        "Уважаемые коллеги!\n\n"
        "Просим оплатить счёт № 145 от 10.06.2024 до конца недели.\n"
        "Реквизиты для оплаты изменились, см. ниже.\n\n"
        "С уважением,\nбухгалтерия\n"
    )
    subj = "Счёт № 145"
    return simple_charset_fixture(
        "charset-windows-1251.eml",
        "Windows-1251 (Cyrillic) 8bit body with ё and № (0xB9); windows-1251 B-encoded subject",
        "windows-1251",
        "cp1251",
        body,
        ["Просим оплатить счёт № 145 от 10.06.2024 до конца недели."],
        subject=subj,
        subject_ew=ew_b(subj.encode("cp1251"), "windows-1251"),
        sender=("Buhgalteria", "buh@postavshik.example"),
        date_hdr="Tue, 11 Jun 2024 12:30:00 +0300",
        date_utc="2024-06-11T09:30:00Z",
    )


@fixture
def f_cp1252():
    body = (
        "Hi Sarah,\n\n"
        "As discussed, the outstanding balance is €4,250.00 – please treat this as “urgent”.\n"
        "Our CFO’s instructions are attached… kindly confirm once the wire is sent.\n\n"
        "Best,\nDaniel\n"
    )
    data = body.encode("cp1252")
    assert b"\x80" in data and b"\x93" in data and b"\x85" in data
    return simple_charset_fixture(
        "charset-windows-1252.eml",
        "Windows-1252 8bit body with € (0x80), en dash (0x96), smart quotes (0x93/0x94/0x92) and ellipsis (0x85); obsolete zone PDT (-0700)",
        "windows-1252",
        "cp1252",
        body,
        ["the outstanding balance is €4,250.00 – please treat this as “urgent”.", "Our CFO’s instructions are attached…"],
        subject="Outstanding balance",
        sender=("Daniel Ortiz", "daniel.ortiz@vendor.example"),
        to=("Sarah Kim", "sarah.kim@company.example"),
        date_hdr="Wed, 12 Jun 2024 08:15:00 PDT",
        date_utc="2024-06-12T15:15:00Z",
    )


@fixture
def f_koi8r():
    body = "Добрый день!\n\nНаправляем акт сверки за май.\nПросим подписать и вернуть до пятницы.\n"
    subj = "Акт сверки за май"
    return simple_charset_fixture(
        "charset-koi8-r.eml",
        "KOI8-R 8bit body and KOI8-R B-encoded subject; obsolete zone UT",
        "koi8-r",
        "koi8_r",
        body,
        ["Направляем акт сверки за май."],
        subject=subj,
        subject_ew=ew_b(subj.encode("koi8_r"), "KOI8-R"),
        sender=("Buhgalteria", "buh@kontragent.example"),
        date_hdr="Thu, 30 May 2024 14:05:00 UT",
        date_utc="2024-05-30T14:05:00Z",
    )


@fixture
def f_gb2312():
    body = "您好：\n\n请查收附件中的发票，并于本周五前付款。\n我司银行账户已变更，请使用新账户。\n\n财务部\n"
    subj = "发票及付款通知"
    return simple_charset_fixture(
        "charset-gb2312.eml",
        "GB2312 body in base64 (typical Chinese webmail) and GB2312 B-encoded subject",
        "gb2312",
        "gb2312",
        body,
        ["请查收附件中的发票，并于本周五前付款。", "我司银行账户已变更，请使用新账户。"],
        cte="base64",
        subject=subj,
        subject_ew=ew_b(subj.encode("gb2312"), "gb2312"),
        sender=("Caiwu", "caiwu@gongsi.example"),
        date_hdr="Mon, 27 May 2024 10:00:00 +0800",
        date_utc="2024-05-27T02:00:00Z",
    )


@fixture
def f_gbk():
    body = "各位同事：\n\n王喆总经理要求今天完成一笔保密的对外付款。\n请直接回复此邮件，不要电话联系。\n"
    data = body.encode("gbk")
    return simple_charset_fixture(
        "charset-gbk.eml",
        "GBK 8bit body containing 喆 (0x86B4), outside GB2312; asctime-style Date 'Mon Jun  3 09:04:05 2024' (no zone: read as UTC)",
        "GBK",
        "gbk",
        body,
        ["王喆总经理要求今天完成一笔保密的对外付款。"],
        raw_body=data,
        subject="Confidential payment",
        sender=("Wang Zhe", "wangzhe.gm@freemail.example"),
        date_hdr="Mon Jun  3 09:04:05 2024",
        date_utc="2024-06-03T09:04:05Z",
    )


@fixture
def f_gb18030():
    body = "您好：\n\n合同编号 HT-2024-0618 已确认 ✅，金额 €18,000。\n联系人：김민준（首尔分公司）。\n"
    data = body.encode("gb18030")
    assert "✅".encode("gb18030") in data  # 4-byte sequence
    return simple_charset_fixture(
        "charset-gb18030.eml",
        "GB18030 8bit body with four-byte sequences (✅, Hangul 김민준) and € as 0xA2E3; ISO 8601 Date '2024-06-18T11:22:33+08:00' (not RFC 5322 syntax; a lenient parse is expected and no defect is required). Python email returns no date",
        "GB18030",
        "gb18030",
        body,
        ["合同编号 HT-2024-0618 已确认 ✅，金额 €18,000。", "联系人：김민준（首尔分公司）。"],
        subject="Contract HT-2024-0618",
        sender=("Li Na", "lina@maoyi.example"),
        date_hdr="2024-06-18T11:22:33+08:00",
        date_utc="2024-06-18T03:22:33Z",
    )


@fixture
def f_big5():
    body = "您好：\n\n附件為本月發票，請於週五前匯款至新帳戶。\n如有問題請來信，許經理目前無法接聽電話。\n系統功能維護中。\n"
    data = body.encode("big5")
    assert b"\xb3\x5c" in data and b"\xa5\x5c" in data
    subj = "本月發票"
    return simple_charset_fixture(
        "charset-big5.eml",
        "Big5 8bit body with trail byte 0x5C (許 0xB35C, 功 0xA55C); Big5 B-encoded subject",
        "big5",
        "big5",
        body,
        ["附件為本月發票，請於週五前匯款至新帳戶。", "如有問題請來信，許經理目前無法接聽電話。", "系統功能維護中。"],
        raw_body=data,
        subject=subj,
        subject_ew=ew_b(subj.encode("big5"), "Big5"),
        sender=("Accounting", "acct@maoyi-tw.example"),
        date_hdr="Tue, 4 Jun 2024 16:40:00 +0800",
        date_utc="2024-06-04T08:40:00Z",
    )


@fixture
def f_euckr():
    body = "안녕하세요.\n\n첨부된 송장을 확인하시고 금요일까지 송금해 주시기 바랍니다.\n계좌 정보가 변경되었습니다.\n"
    subj = "송장 및 계좌 변경 안내"
    return simple_charset_fixture(
        "charset-euc-kr.eml",
        "EUC-KR body in base64 with EUC-KR B-encoded subject; two-digit year '24' (RFC 5322 obs-year -> 2024)",
        "euc-kr",
        "euc_kr",
        body,
        ["첨부된 송장을 확인하시고 금요일까지 송금해 주시기 바랍니다."],
        cte="base64",
        subject=subj,
        subject_ew=ew_b(subj.encode("euc_kr"), "EUC-KR"),
        sender=("Finance", "finance@hoesa.example"),
        date_hdr="Wed, 05 Jun 24 14:00:00 +0900",
        date_utc="2024-06-05T05:00:00Z",
    )


@fixture
def f_utf16():
    body = "Dear partner,\r\n\r\nご請求書をお送りします。Total: ¥480,000\r\nThank you.\r\n"
    data = b"\xff\xfe" + body.encode("utf-16-le")
    return simple_charset_fixture(
        "charset-utf-16-bom.eml",
        "UTF-16 (little-endian with BOM FF FE) body in base64; declared charset=utf-16",
        "utf-16",
        None,
        body,
        ["ご請求書をお送りします。Total: ¥480,000", "Thank you."],
        cte="base64",
        raw_body=data,
        subject="Invoice (UTF-16)",
        sender=("Billing", "billing@exporter.example"),
        date_hdr="Fri, 07 Jun 2024 10:10:10 +0000",
        date_utc="2024-06-07T10:10:10Z",
    )


@fixture
def f_utf32():
    body = "Payment confirmation 確認番号 7781-AX 😀\nAmount: 2,400.00 USD\n"
    data = b"\x00\x00\xfe\xff" + body.encode("utf-32-be")
    return simple_charset_fixture(
        "charset-utf-32-bom.eml",
        "UTF-32 (big-endian with BOM 00 00 FE FF) body in base64, including a non-BMP emoji; declared charset=utf-32",
        "utf-32",
        None,
        body,
        ["Payment confirmation 確認番号 7781-AX 😀", "Amount: 2,400.00 USD"],
        cte="base64",
        raw_body=data,
        subject="Payment confirmation",
        sender=("Payments", "payments@bank.example"),
        date_hdr="Fri, 07 Jun 2024 11:11:11 +0000",
        date_utc="2024-06-07T11:11:11Z",
    )


@fixture
def f_usascii_no_mime():
    msg = build(
        "From: Controller <controller@company.example>",
        "To: ap@company.example",
        "Subject: Year-end accrual reminder",
        "Date: Fri, 11 Dec 98 17:30:00 -0500",
        "Message-ID: <199812112230.RAA04411@mailhost.company.example>",
        None,
        "All,",
        "",
        "Please submit year-end accruals by December 18.",
        "Invoices received after that date go into the next period.",
        "",
        "-- Controller",
        "",
    )
    exp = {
        "description": "Plain US-ASCII message with no MIME headers at all (defaults: text/plain; charset=us-ascii; 7bit); two-digit year 98 -> 1998",
        "subject": "Year-end accrual reminder",
        "from": addr("Controller", "controller@company.example"),
        "to": [addr(None, "ap@company.example")],
        "date": "1998-12-11T22:30:00Z",
        "message_id": "199812112230.RAA04411@mailhost.company.example",
        "text_contains": ["Please submit year-end accruals by December 18."],
        "leaf_part_count": 1,
    }
    return "charset-us-ascii-no-mime.eml", msg, exp


@fixture
def f_unknown_charset():
    body = b"Quarterly statement for account 4471-0093.\nClosing balance: 58,220.17\n\xa4 rounding applied\n"
    return simple_charset_fixture(
        "charset-unknown.eml",
        "Unknown charset label x-unknown-foo (mostly ASCII body with one 8-bit byte); ASCII text must still be readable (Python email raises LookupError on get_content)",
        "x-unknown-foo",
        None,
        None,
        ["Quarterly statement for account 4471-0093.", "Closing balance: 58,220.17"],
        raw_body=body,
        subject="Quarterly statement",
        sender=("Statements", "statements@bank.example"),
        date_hdr="Sat, 01 Jun 2024 00:00:00 +0000",
        date_utc="2024-06-01T00:00:00Z",
        defects=["unknownCharset"],
    )


@fixture
def f_lying_usascii():
    body = "Please confirm the wire today.\n本日中に送金の確認をお願いします。\n"
    return simple_charset_fixture(
        "charset-lying-us-ascii.eml",
        "Declared charset=us-ascii but the 8bit body is UTF-8 (Japanese): charsetMismatch, and the UTF-8 text should be recovered (Python email decodes strictly and shows U+FFFD)",
        "us-ascii",
        "utf-8",
        body,
        ["Please confirm the wire today.", "本日中に送金の確認をお願いします。"],
        subject="Wire confirmation",
        sender=("CEO", "ceo.office@freemail.example"),
        date_hdr="Mon, 10 Jun 2024 09:00:00 +0900",
        date_utc="2024-06-10T00:00:00Z",
        defects=["charsetMismatch"],
    )


@fixture
def f_lying_utf8_sjis():
    body = "Invoice INV-2024-0611 amount JPY 2,750,000\n振込先口座が変更になりました。至急ご確認ください。\n"
    data = body.encode("shift_jis")
    try:
        data.decode("utf-8")
        raise AssertionError("must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    return simple_charset_fixture(
        "charset-lying-utf8-is-sjis.eml",
        "Declared charset=utf-8 but the 8bit body is Shift_JIS: charsetMismatch; ASCII text must survive, Japanese expected via CP932/Shift_JIS fallback (Python email shows U+FFFD)",
        "utf-8",
        None,
        body,
        ["Invoice INV-2024-0611 amount JPY 2,750,000", "振込先口座が変更になりました。"],
        raw_body=data,
        subject="INV-2024-0611",
        sender=("Seikyu", "seikyu@supplier.example"),
        date_hdr="Tue, 11 Jun 2024 10:00:00 +0900",
        date_utc="2024-06-11T01:00:00Z",
        defects=["charsetMismatch"],
    )


@fixture
def f_addresses_groups():
    member_name = "経理 チーム"
    msg = build(
        "From: CFO Office <cfo.office@company.example>",
        "To: Undisclosed recipients:;",
        'Cc: Finance Team: cfo@company.example, "Controller, Asia" <controller.apac@company.example>,',
        "  %s <keiri@example.co.jp>;, auditor@audit.example" % ew_b(member_name.encode("utf-8"), "UTF-8"),
        "Bcc: Board:;",
        "Date: Wed, 22 May 2024 18:00:00 +0900",
        "Message-ID: <groups.20240522@company.example>",
        None,
        "Reminder: quarter-end close meeting moves to Friday 10:00.",
        "",
    )
    exp = {
        "description": "No Subject field (null). Address groups: 'Undisclosed recipients:;' (empty), group with quoted name containing a comma and an encoded member name, followed by a plain address; empty Bcc group",
        "subject": None,
        "from": addr("CFO Office", "cfo.office@company.example"),
        "to": [],
        "cc": [
            addr(None, "cfo@company.example"),
            addr("Controller, Asia", "controller.apac@company.example"),
            addr(member_name, "keiri@example.co.jp"),
            addr(None, "auditor@audit.example"),
        ],
        "date": "2024-05-22T09:00:00Z",
        "message_id": "groups.20240522@company.example",
        "text_contains": ["Reminder: quarter-end close meeting moves to Friday 10:00."],
        "leaf_part_count": 1,
    }
    return "addresses-groups.eml", msg, exp


@fixture
def f_addresses_mixed():
    enc_name = "森 海斗"
    msg = build(
        "From: ap-team@vendor.example (Accounts Payable Team)",
        'To: "Doe, John \\"JD\\"" <john.doe@company.example>, jane.roe@company.example (Jane Roe),',
        "    %s <kaito.mori@company.example>" % ew_b(enc_name.encode("iso2022_jp"), "ISO-2022-JP"),
        "Cc: Legal Dept <@relay.example:legal@company.example>, info@xn--r8jz45g.jp,",
        "    Hans J. Mueller <mueller@partner.example>",
        'Reply-To: "Billing (new address)" <billing@vendor-payments.example>',
        "Subject: Re: Vendor master update",
        "Date: Thu, 23 May 2024 07:45:00 -0400",
        "Message-ID: <addr-mixed.7741@vendor.example>",
        None,
        "Confirmed. Please use the Reply-To address for all future correspondence.",
        "",
    )
    exp = {
        "description": "Address forms: trailing comment as display name, quoted display name with comma and escaped quotes, ISO-2022-JP encoded display name, obsolete route <@relay:addr>, punycode IDN domain, obs-phrase with a '.' (Hans J. Mueller), parentheses inside a quoted name, Reply-To differing from From. A trailing comment is taken as the name when there is no display name (RFC 822-era convention; Python email ignores comments and gives no name)",
        "subject": "Re: Vendor master update",
        "from": addr("Accounts Payable Team", "ap-team@vendor.example"),
        "to": [
            addr('Doe, John "JD"', "john.doe@company.example"),
            addr("Jane Roe", "jane.roe@company.example"),
            addr(enc_name, "kaito.mori@company.example"),
        ],
        "cc": [
            addr("Legal Dept", "legal@company.example"),
            addr(None, "info@xn--r8jz45g.jp", unicode_domain="例え.jp"),
            addr("Hans J. Mueller", "mueller@partner.example"),
        ],
        "reply_to": [addr("Billing (new address)", "billing@vendor-payments.example")],
        "date": "2024-05-23T11:45:00Z",
        "message_id": "addr-mixed.7741@vendor.example",
        "text_contains": ["Please use the Reply-To address for all future correspondence."],
        "leaf_part_count": 1,
    }
    return "addresses-comments-quoted.eml", msg, exp


@fixture
def f_addresses_spoof():
    msg = build(
        'From: "ceo@company.example" <k.tanaka.office@freemail.example>',
        "To: Mika Ito <mika.ito@company.example>",
        'Reply-To: "Kenichi Tanaka (CEO)" <ceo.tanaka.private@freemail.example>',
        "Subject: Quick favor",
        "Date: Fri, 24 May 2024 08:02:11 +0900",
        "Message-ID: <CAF3k9x0=Yq2@mail.freemail.example>",
        None,
        "Mika,",
        "",
        "Are you at your desk? I need a quick favor handled discreetly.",
        "Reply to this email only, I am in meetings all day.",
        "",
        "Kenichi Tanaka",
        "Sent from my iPhone",
        "",
    )
    exp = {
        "description": "BEC display-name spoof: display name is a different (corporate) address while the real address is freemail; Reply-To points to another freemail mailbox",
        "subject": "Quick favor",
        "from": addr("ceo@company.example", "k.tanaka.office@freemail.example"),
        "to": [addr("Mika Ito", "mika.ito@company.example")],
        "reply_to": [addr("Kenichi Tanaka (CEO)", "ceo.tanaka.private@freemail.example")],
        "date": "2024-05-23T23:02:11Z",
        "message_id": "CAF3k9x0=Yq2@mail.freemail.example",
        "text_contains": ["Are you at your desk? I need a quick favor handled discreetly."],
        "leaf_part_count": 1,
    }
    return "addresses-display-name-spoof.eml", msg, exp


@fixture
def f_addresses_malformed():
    msg = build(
        "From: Accounts Payable ap@vendor.example",
        "To: <kenji.sato@company.example",
        "Subject: Payment run status",
        "Date: Mon, 27 May 2024 09:30:00 +0900",
        "Message-ID: <malformed-addr.5520@vendor.example>",
        None,
        "The payment run for May 31 has been scheduled.",
        "",
    )
    exp = {
        "description": "Malformed addresses: display name followed by an addr-spec without angle brackets, and a missing closing '>' (lenient parse recovers the addresses). Python email reads the From as the quoted local part \"Accounts Payable ap\"@vendor.example (obs-local-part), which is not what the sender meant",
        "subject": "Payment run status",
        "from": addr("Accounts Payable", "ap@vendor.example"),
        "to": [addr(None, "kenji.sato@company.example")],
        "date": "2024-05-27T00:30:00Z",
        "message_id": "malformed-addr.5520@vendor.example",
        "text_contains": ["The payment run for May 31 has been scheduled."],
        "leaf_part_count": 1,
        "defects": ["malformedAddress"],
    }
    return "addresses-malformed.eml", msg, exp


@fixture
def f_threading():
    refs = [
        "20240603081502.4F2A1C0015@mx.company.example",
        "CAH7x+2q9ZkLmw0P=r6Fq@mail.vendor.example",
        "a1b2c3$d4e5@vendor.example",
        "reply.2.8841@company.example",
    ]
    msg = build(
        "From: Lisa Park <lisa.park@company.example>",
        "To: Mark Chen <mark.chen@vendor.example>",
        "Subject: RE: RE: Remittance details",
        "Date: Tue, 4 Jun 2024 09:31:02 -0700",
        "Message-ID: <reply.3.9102@company.example>",
        "In-Reply-To: <%s>" % refs[-1],
        "References: <%s>" % refs[0],
        " <%s>" % refs[1],
        "\t<%s><%s>" % (refs[2], refs[3]),
        "Thread-Topic: Remittance details",
        None,
        "Mark, we will call your office to verify before changing anything.",
        "",
    )
    exp = {
        "description": "Message-ID / In-Reply-To / References: folded References (space and tab), two ids adjacent without whitespace, ids containing '+', '=' and '$'",
        "subject": "RE: RE: Remittance details",
        "from": addr("Lisa Park", "lisa.park@company.example"),
        "to": [addr("Mark Chen", "mark.chen@vendor.example")],
        "date": "2024-06-04T16:31:02Z",
        "message_id": "reply.3.9102@company.example",
        "references": refs,
        "text_contains": ["we will call your office to verify before changing anything."],
        "leaf_part_count": 1,
    }
    return "threading-references.eml", msg, exp


@fixture
def f_nested():
    plain = "Your June statement from Northwind Logistics is ready.\nAmount due: 1,284,000 JPY by 2024-06-30.\n"
    html = (
        '<html><body><p>Your <b>June statement</b> from Northwind Logistics is ready.</p>'
        '<p><img src="cid:logo@northwind.example" alt="Northwind"></p>'
        "<p>Amount due: 1,284,000 JPY by 2024-06-30.</p></body></html>\n"
    )
    png = make_png(12, 8, 7)
    pdf = make_pdf("Statement 2024-06", "nested-pdf", 900)
    msg = build(
        'From: "Northwind Logistics" <billing@northwind.example>',
        "To: Akiko Ishii <akiko.ishii@example.co.jp>",
        "Subject: Your June statement is ready",
        "Date: Mon, 10 Jun 2024 07:45:12 +0000",
        "Message-ID: <nested.20240610074512.9912@northwind.example>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="b1"',
        None,
        "This is a multi-part message in MIME format.",
        "PREAMBLE-MARKER: this text is not part of any body part.",
        "",
        "--b1  ",
        'Content-Type: multipart/alternative; boundary="b1_inner"',
        None,
        "--b1_inner",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        None,
        qp_encode(plain.encode()),
        "--b1_inner",
        'Content-Type: multipart/related; boundary="b1_inner_rel"; type="text/html"',
        None,
        "--b1_inner_rel",
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: base64",
        None,
        b64_lines(html.encode()) + b"--b1_inner_rel",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        "Content-ID: <logo@northwind.example>",
        'Content-Disposition: inline; filename="logo.png"',
        None,
        b64_lines(png) + b"--b1_inner_rel--",
        "",
        "--b1_inner--",
        "",
        "--b1",
        'Content-Type: application/pdf; name="statement-2024-06.pdf"',
        'Content-Disposition: attachment; filename="statement-2024-06.pdf"',
        "Content-Transfer-Encoding: base64",
        None,
        b64_lines(pdf) + b"--b1--",
        "EPILOGUE-MARKER: trailing text after the close delimiter.",
        "",
    )
    exp = {
        "description": "Nested multipart mixed > alternative > related with boundaries that prefix each other (b1, b1_inner, b1_inner_rel), transport padding after a delimiter, preamble and epilogue (must not leak into bodies), QP text, base64 HTML, inline CID image, PDF attachment",
        "subject": "Your June statement is ready",
        "from": addr("Northwind Logistics", "billing@northwind.example"),
        "to": [addr("Akiko Ishii", "akiko.ishii@example.co.jp")],
        "date": "2024-06-10T07:45:12Z",
        "message_id": "nested.20240610074512.9912@northwind.example",
        "text_contains": ["Your June statement from Northwind Logistics is ready.", "Amount due: 1,284,000 JPY by 2024-06-30."],
        "html_text_contains": ["Amount due: 1,284,000 JPY by 2024-06-30."],
        "html_text_excludes": ["PREAMBLE-MARKER", "EPILOGUE-MARKER"],
        "attachments": [att("logo.png", "image/png", png), att("statement-2024-06.pdf", "application/pdf", pdf)],
        "leaf_part_count": 4,
    }
    return "multipart-nested-prefix-boundaries.eml", msg, exp


@fixture
def f_missing_close():
    pdf = make_pdf("Remittance", "missing-close", 500)
    msg = build(
        "From: Remittance <remit@vendor.example>",
        "To: ap@company.example",
        "Subject: Remittance advice 88213",
        "Date: Tue, 28 May 2024 06:00:00 +0000",
        "Message-ID: <missing-close.88213@vendor.example>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=xYzZY",
        None,
        "--xYzZY",
        "Content-Type: text/plain; charset=us-ascii",
        None,
        "Remittance advice 88213 is attached.",
        "--xYzZY",
        "Content-Type: application/pdf",
        'Content-Disposition: attachment; filename="remittance-88213.pdf"',
        "Content-Transfer-Encoding: base64",
        None,
        b64_lines(pdf),
    )
    exp = {
        "description": "Multipart whose close delimiter is missing (message ends inside the last part); both parts must still be parsed",
        "subject": "Remittance advice 88213",
        "from": addr("Remittance", "remit@vendor.example"),
        "to": [addr(None, "ap@company.example")],
        "date": "2024-05-28T06:00:00Z",
        "message_id": "missing-close.88213@vendor.example",
        "text_contains": ["Remittance advice 88213 is attached."],
        "attachments": [att("remittance-88213.pdf", "application/pdf", pdf)],
        "leaf_part_count": 2,
        "defects": ["missingCloseDelimiter"],
    }
    return "multipart-missing-close-delimiter.eml", msg, exp


@fixture
def f_no_boundary():
    msg = build(
        "From: Statements <noreply@bank.example>",
        "To: treasury@company.example",
        "Subject: Account statement available",
        "Date: Wed, 29 May 2024 03:00:00 +0000",
        "Message-ID: <no-boundary.3318@bank.example>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed",
        None,
        "Your account statement for May is available in online banking.",
        "",
    )
    exp = {
        "description": "Content-Type multipart/mixed without a boundary parameter: cannot be split, so the body is a single leaf treated as text/plain (RFC 2046 5.1.1 requires the boundary). Python email keeps it as a multipart with a string payload and gives no text body",
        "subject": "Account statement available",
        "from": addr("Statements", "noreply@bank.example"),
        "to": [addr(None, "treasury@company.example")],
        "date": "2024-05-29T03:00:00Z",
        "message_id": "no-boundary.3318@bank.example",
        "text_contains": ["Your account statement for May is available in online banking."],
        "leaf_part_count": 1,
        "defects": ["missingBoundary"],
    }
    return "multipart-no-boundary.eml", msg, exp


@fixture
def f_base64_lenient():
    text = "添付の送金明細をご確認ください。\nPlease review the attached remittance details.\n"
    tb = text.encode("utf-8")
    tb64 = b64(tb)
    # odd line lengths, spaces/tabs inside and at the end of lines
    pieces = [tb64[:13], tb64[13:50], tb64[50:51], tb64[51:90], tb64[90:]]
    text_lines = [pieces[0] + " ", pieces[1][:20] + "\t" + pieces[1][20:], pieces[2], "  " + pieces[3], pieces[4]]
    blob = Stream("b64-lenient").read(301)  # 301 % 3 == 1 -> '==' padding normally
    bb = b64(blob).rstrip("=")  # missing padding
    assert len(bb) % 4 == 2
    blines, i, sizes = [], 0, [60, 71, 3, 45, 77, 19]
    k = 0
    while i < len(bb):
        s = sizes[k % len(sizes)]
        blines.append(bb[i : i + s])
        i += s
        k += 1
    blines[1] = blines[1][:30] + " " + blines[1][30:]
    msg = build(
        "From: Remittance <remit@bank.example>",
        "To: keiri@example.co.jp",
        "Subject: Remittance details",
        "Date: Thu, 30 May 2024 12:00:00 +0900",
        "Message-ID: <b64-lenient.1@bank.example>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=lenient",
        None,
        "--lenient",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: BASE64",
        None,
        *text_lines,
        "--lenient",
        "Content-Type: application/octet-stream",
        'Content-Disposition: attachment; filename="remittance.bin"',
        "Content-Transfer-Encoding: base64",
        None,
        *blines,
        "",
        "--lenient--",
        "",
    )
    exp = {
        "description": "Lenient base64: uppercase CTE token, lines of odd lengths (including a 1-character line), spaces/tabs inside and around lines, attachment missing its '==' padding (not a defect)",
        "subject": "Remittance details",
        "from": addr("Remittance", "remit@bank.example"),
        "to": [addr(None, "keiri@example.co.jp")],
        "date": "2024-05-30T03:00:00Z",
        "message_id": "b64-lenient.1@bank.example",
        "text_contains": ["添付の送金明細をご確認ください。", "Please review the attached remittance details."],
        "attachments": [att("remittance.bin", "application/octet-stream", blob)],
        "leaf_part_count": 2,
    }
    return "base64-lenient.eml", msg, exp


@fixture
def f_base64_junk():
    blob = make_png(6, 6, 99)
    s = b64(blob)
    lines = [s[i : i + 64] for i in range(0, len(s), 64)]
    lines[0] = lines[0][:10] + "!" + lines[0][10:]
    lines[1] = "*" + lines[1]
    lines[2] = lines[2][:30] + "!!" + lines[2][30:] + "*"
    msg = build(
        "From: Scanner <scanner@company.example>",
        "To: hr@company.example",
        "Subject: Scanned document",
        "Date: Thu, 30 May 2024 12:30:00 +0900",
        "Message-ID: <b64-junk.2@company.example>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=junk",
        None,
        "--junk",
        "Content-Type: text/plain",
        None,
        "Scanned document attached.",
        "--junk",
        'Content-Type: image/png; name="scan.png"',
        "Content-Transfer-Encoding: base64",
        None,
        *lines,
        "--junk--",
        "",
    )
    exp = {
        "description": "Base64 with junk characters '!' and '*' that are not in the alphabet: invalidBase64, decoded by skipping them; filename only in Content-Type name=",
        "subject": "Scanned document",
        "from": addr("Scanner", "scanner@company.example"),
        "to": [addr(None, "hr@company.example")],
        "date": "2024-05-30T03:30:00Z",
        "message_id": "b64-junk.2@company.example",
        "text_contains": ["Scanned document attached."],
        "attachments": [att("scan.png", "image/png", blob)],
        "leaf_part_count": 2,
        "defects": ["invalidBase64"],
    }
    return "base64-junk-chars.eml", msg, exp


@fixture
def f_qp():
    text = (
        "経理部の皆様、あいうえお。振込先口座の変更依頼が届いています。内容を確認のうえ、承認フローに回してください。\n"
        "Equation check: a=b, 100% done.   \n"
        "最後の行です。\n"
    )
    raw = text.encode("utf-8")
    idx = raw.index("あ".encode())
    qp = qp_encode(raw, break_at={idx, idx + 4})  # soft breaks inside あ and inside い
    assert b"=E3=\n" in qp
    msg = build(
        "From: Workflow <workflow@company.example>",
        "To: keiri@company.example",
        "Subject: =?UTF-8?Q?=E6=8C=AF=E8=BE=BC=E5=85=88=E5=A4=89=E6=9B=B4=E4=BE=9D=E9=A0=BC?=",
        "Date: Fri, 31 May 2024 10:00:00 +0900",
        "Message-ID: <qp.531@company.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
        None,
        qp,
        "",
    )
    exp = {
        "description": "Quoted-printable UTF-8: =E3=81=82 multi-byte sequences, soft line breaks placed inside a 3-byte character, =3D, trailing whitespace encoded as =20; UTF-8 Q-encoded subject",
        "subject": "振込先変更依頼",
        "from": addr("Workflow", "workflow@company.example"),
        "to": [addr(None, "keiri@company.example")],
        "date": "2024-05-31T01:00:00Z",
        "message_id": "qp.531@company.example",
        "text_contains": [
            "経理部の皆様、あいうえお。振込先口座の変更依頼が届いています。内容を確認のうえ、承認フローに回してください。",
            "Equation check: a=b, 100% done.",
            "最後の行です。",
        ],
        "leaf_part_count": 1,
    }
    return "qp-soft-breaks-multibyte.eml", msg, exp


@fixture
def f_qp_invalid():
    msg = build(
        "From: Legacy Mailer <legacy@vendor.example>",
        "To: ap@company.example",
        "Subject: Statement",
        "Date: Fri, 31 May 2024 11:00:00 +0000",
        "Message-ID: <qp-invalid.1@vendor.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        None,
        "Balance after discount =ZZ applied.",
        "Lowercase hex: caf=c3=a9 au lait.",
        "Statement total: 4,200.00 USD",
        "",
    )
    exp = {
        "description": "Quoted-printable with an invalid escape '=ZZ' (invalidQuotedPrintable; RFC 2045 suggests keeping it literally) and lowercase hex '=c3=a9' (tolerated)",
        "subject": "Statement",
        "from": addr("Legacy Mailer", "legacy@vendor.example"),
        "to": [addr(None, "ap@company.example")],
        "date": "2024-05-31T11:00:00Z",
        "message_id": "qp-invalid.1@vendor.example",
        "text_contains": ["Balance after discount", "café au lait.", "Statement total: 4,200.00 USD"],
        "leaf_part_count": 1,
        "defects": ["invalidQuotedPrintable"],
    }
    return "qp-invalid-escapes.eml", msg, exp


@fixture
def f_8bit_binary():
    text = "契約書の署名済みデータを送付します。\nChecksum follows in the binary part.\n"
    blob = bytes(range(256)).replace(b"\r", b"") + Stream("binary-part").read(200).replace(b"\r", b"\x00")
    blob = blob.replace(b"\n--", b"\n-x")
    msg = build(
        "From: Contracts <contracts@partner.example>",
        "To: legal@company.example",
        "Subject: Signed contract data",
        "Date: Mon, 3 Jun 2024 09:15:00 +0900",
        "Message-ID: <8bit-binary.0603@partner.example>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=\"bin-sep-5571\"",
        None,
        "--bin-sep-5571",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        None,
        text.encode("utf-8"),
        "--bin-sep-5571",
        "Content-Type: application/octet-stream",
        'Content-Disposition: attachment; filename="contract.sig"',
        "Content-Transfer-Encoding: binary",
        None,
        blob,
        "--bin-sep-5571--",
        "",
    )
    exp = {
        "description": "8bit UTF-8 text part and a Content-Transfer-Encoding: binary part with raw bytes 0x00-0xFF (including NUL and LF, no CR); the LF before the delimiter belongs to the delimiter; fixed line endings because the raw bytes would change",
        "fixed_line_endings": True,
        "subject": "Signed contract data",
        "from": addr("Contracts", "contracts@partner.example"),
        "to": [addr(None, "legal@company.example")],
        "date": "2024-06-03T00:15:00Z",
        "message_id": "8bit-binary.0603@partner.example",
        "text_contains": ["契約書の署名済みデータを送付します。", "Checksum follows in the binary part."],
        "attachments": [att("contract.sig", "application/octet-stream", blob)],
        "leaf_part_count": 2,
    }
    return "cte-8bit-and-binary.eml", msg, exp


@fixture
def f_cte_unknown():
    msg = build(
        "From: Archive <archive@vendor.example>",
        "To: records@company.example",
        "Subject: Archived ledger",
        "Date: Mon, 3 Jun 2024 10:00:00 +0000",
        "Message-ID: <cte-unknown.1@vendor.example>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=cte",
        None,
        "--cte",
        "Content-Type: text/plain; charset=us-ascii",
        None,
        "The archived ledger is attached in our proprietary armor format.",
        "--cte",
        "Content-Type: application/octet-stream",
        'Content-Disposition: attachment; filename="ledger.arm"',
        "Content-Transfer-Encoding: x-acme-armor",
        None,
        "ACME-ARMOR-1 6b2f0c9e 00000400",
        "JKdk3kL0pQ9x-Z7mM2aa",
        "--cte--",
        "",
    )
    exp = {
        "description": "Unknown Content-Transfer-Encoding 'x-acme-armor' on an attachment (RFC 2049: treat as application/octet-stream, do not decode); text part still readable",
        "subject": "Archived ledger",
        "from": addr("Archive", "archive@vendor.example"),
        "to": [addr(None, "records@company.example")],
        "date": "2024-06-03T10:00:00Z",
        "message_id": "cte-unknown.1@vendor.example",
        "text_contains": ["The archived ledger is attached in our proprietary armor format."],
        "leaf_part_count": 2,
        "defects": ["unknownTransferEncoding"],
    }
    return "cte-unknown.eml", msg, exp


@fixture
def f_rfc822_forward():
    inner = lure_inner(
        to_private="kenta.ono.example@gmail.com", to_generated="kono@example.co.jp", received=False, salutation="大野"
    )
    note = "情報セキュリティ室 御中\n\n社長を名乗る不審なメールが届いたため、添付にて報告します。\n返信はしていません。\n\n営業部 大野 健太\n"
    msg = build(
        "From: %s <kenta.ono@example.co.jp>" % ew_b("大野 健太".encode("utf-8"), "UTF-8"),
        "To: security@example.co.jp",
        "Subject: %s" % ew_b("Fw: 不審なメールの報告".encode("utf-8"), "UTF-8"),
        "Date: Fri, 17 May 2024 13:30:12 +0900",
        "Message-ID: <report.20240517133012.kono@example.co.jp>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="report_boundary_01"',
        None,
        "--report_boundary_01",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
        None,
        b64_lines(note.encode()) + b"--report_boundary_01",
        'Content-Type: message/rfc822; name="suspicious.eml"',
        'Content-Disposition: attachment; filename="suspicious.eml"',
        "Content-Transfer-Encoding: 7bit",
        None,
        inner,
        "--report_boundary_01--",
        "",
    )
    exp = {
        "description": "Reporter forwards a CEO lure as attachment: outer UTF-8 base64 note + message/rfc822 part whose inner message is ISO-2022-JP (subject, display name, body)",
        "subject": "Fw: 不審なメールの報告",
        "from": addr("大野 健太", "kenta.ono@example.co.jp"),
        "to": [addr(None, "security@example.co.jp")],
        "date": "2024-05-17T04:30:12Z",
        "message_id": "report.20240517133012.kono@example.co.jp",
        "text_contains": ["社長を名乗る不審なメールが届いたため、添付にて報告します。"],
        "embedded": {
            "subject": LURE_SUBJECT,
            "from": addr(CEO_NAME, "ejbjebduffy@optimum.net"),
            "to": [addr(None, "kenta.ono.example@gmail.com"), addr(None, "kono@example.co.jp")],
            "date": "2024-05-17T02:41:05Z",
            "message_id": "1715913665.0A1B2C3D4E5F@mta-12.optimum.net",
            "text_contains": ["至急ご対応いただきたい件があります。", "このメールに返信してください。"],
            "leaf_part_count": 1,
        },
        "leaf_part_count": 3,
    }
    return "message-rfc822-forwarded-lure.eml", msg, exp


@fixture
def f_html_only():
    html = (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
        "<title>Mailbox notice</title>\n"
        "<style type=\"text/css\">p.warn { color: #c00; font-weight: bold; } .STYLE-SECRET-9c1 { display:none }</style>\n"
        "<script type=\"text/javascript\">var trackingToken = \"SCRIPT-SECRET-7f3a\"; document.write(trackingToken);</script>\n"
        "</head><body>\n"
        "<!-- COMMENT-SECRET-44 internal build marker -->\n"
        "<p>Dear Customer,</p>\n"
        "<p class=\"warn\">Your mailbox &amp; OneDrive storage will be suspended in 24&nbsp;hours.</p>\n"
        "<p>Reference: &lt;MS-4471&gt; &quot;quota exceeded&quot; &#x41;&#66;C</p>\n"
        "<p>&#12354;&#12426;&#12364;&#12392;&#12358;&#12372;&#12374;&#12356;&#12414;&#12377;</p>\n"
        "<p>Line one of the notice<br>Line two of the notice</p>\n"
        "<p><a href=\"https://login.microsoftonline.com.account-verify.example/session?id=8812\">Verify your account</a></p>\n"
        "</body></html>\n"
    )
    msg = build(
        'From: "Microsoft 365" <no-reply@m365-alerts.example>',
        "To: y.kimura@example.co.jp",
        "Subject: Action required: mailbox storage",
        "Date: Sat, 1 Jun 2024 02:11:09 +0000",
        "Message-ID: <html-only.77@m365-alerts.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/html; charset=\"utf-8\"",
        "Content-Transfer-Encoding: quoted-printable",
        None,
        qp_encode(html.encode()),
        "",
    )
    exp = {
        "description": "HTML-only phishing notice (no text/plain): <style>, <script> and a comment must be dropped; entities &amp; &lt; &gt; &quot; &#x41; &#66; &#12354; &nbsp; decoded; <br> and link text kept; QP-encoded",
        "subject": "Action required: mailbox storage",
        "from": addr("Microsoft 365", "no-reply@m365-alerts.example"),
        "to": [addr(None, "y.kimura@example.co.jp")],
        "date": "2024-06-01T02:11:09Z",
        "message_id": "html-only.77@m365-alerts.example",
        "html_text_contains": [
            "Dear Customer,",
            "Your mailbox & OneDrive storage will be suspended in 24",
            'Reference: <MS-4471> "quota exceeded" ABC',
            "ありがとうございます",
            "Line one of the notice",
            "Line two of the notice",
            "Verify your account",
        ],
        "html_text_excludes": ["SCRIPT-SECRET-7f3a", "STYLE-SECRET-9c1", "font-weight", "COMMENT-SECRET-44", "&amp;", "&#12354;"],
        "leaf_part_count": 1,
    }
    return "html-only.eml", msg, exp


@fixture
def f_reply_english():
    msg = build(
        "From: Lisa Park <lisa.park@company.example>",
        "To: Mark Chen <mark.chen@vendor.example>",
        "Subject: Re: Updated remittance details",
        "Date: Tue, 4 Jun 2024 09:20:00 -0700",
        "Message-ID: <reply-en.1@company.example>",
        "In-Reply-To: <orig-en.1@vendor.example>",
        "References: <orig-en.1@vendor.example>",
        "Content-Type: text/plain; charset=utf-8",
        None,
        "Hi Mark,",
        "",
        "We will hold the payment until we confirm the new account by phone",
        "with your finance director.",
        "",
        "Thanks,",
        "Lisa",
        "",
        "On Tue, Jun 4, 2024 at 9:02 AM Mark Chen <mark.chen@vendor.example> wrote:",
        "> Hi Lisa,",
        ">",
        "> Please update our remittance details to the new account below before",
        "> Friday's payment run.",
        ">> Earlier thread: invoice 7781 was approved.",
        "> Regards, Mark",
        "",
    )
    exp = {
        "description": "Reply with an 'On ... wrote:' attribution and '> ' / '>>' quoted history: current thread is the text above the attribution",
        "subject": "Re: Updated remittance details",
        "from": addr("Lisa Park", "lisa.park@company.example"),
        "to": [addr("Mark Chen", "mark.chen@vendor.example")],
        "date": "2024-06-04T16:20:00Z",
        "message_id": "reply-en.1@company.example",
        "references": ["orig-en.1@vendor.example"],
        "text_contains": ["We will hold the payment until we confirm the new account by phone", "Please update our remittance details"],
        "current_thread_contains": ["We will hold the payment until we confirm the new account by phone"],
        "current_thread_excludes": ["Please update our remittance details", "invoice 7781 was approved", "wrote:"],
        "leaf_part_count": 1,
    }
    return "reply-quoted-english.eml", msg, exp


@fixture
def f_reply_outlook():
    msg = build(
        "From: Accounts Payable <ap@company.example>",
        "To: Daniel Ortiz <dortiz@company-ceo.example>",
        "Subject: RE: Urgent wire - acquisition escrow",
        "Date: Mon, 10 Jun 2024 17:05:00 -0400",
        "Message-ID: <reply-outlook.1@company.example>",
        "Content-Type: text/plain; charset=\"us-ascii\"",
        "Content-Transfer-Encoding: 7bit",
        None,
        "Daniel,",
        "",
        "Before we release anything we need a callback on your known mobile number.",
        "",
        "AP Team",
        "",
        "-----Original Message-----",
        "From: Daniel Ortiz <dortiz@company-ceo.example>",
        "Sent: Monday, June 10, 2024 4:47 PM",
        "To: Accounts Payable <ap@company.example>",
        "Subject: Urgent wire - acquisition escrow",
        "",
        "I need you to process a confidential wire of $186,400 to the escrow agent today.",
        "Do not discuss this with anyone else in the office.",
        "",
    )
    exp = {
        "description": "Outlook-style reply: '-----Original Message-----' block with From:/Sent:/To:/Subject: lines, no '>' quoting; current thread is the text above the separator",
        "subject": "RE: Urgent wire - acquisition escrow",
        "from": addr("Accounts Payable", "ap@company.example"),
        "to": [addr("Daniel Ortiz", "dortiz@company-ceo.example")],
        "date": "2024-06-10T21:05:00Z",
        "message_id": "reply-outlook.1@company.example",
        "text_contains": ["Before we release anything we need a callback", "I need you to process a confidential wire"],
        "current_thread_contains": ["Before we release anything we need a callback on your known mobile number."],
        "current_thread_excludes": ["I need you to process a confidential wire", "-----Original Message-----", "Sent: Monday, June 10, 2024"],
        "leaf_part_count": 1,
    }
    return "reply-outlook-original-message.eml", msg, exp


@fixture
def f_reply_japanese():
    body = (
        "山田社長\n\n"
        "経理部の小林です。\n"
        "社内規程により、メールのみでの送金依頼には対応できません。\n"
        "チャットでご連絡いただけますでしょうか。\n\n"
        "小林\n\n"
        "-----Original Message-----\n"
        "差出人: 山田 太郎 <yamada.ceo.office@freemail.example>\n"
        "送信日時: 2024年6月10日 16:47\n"
        "宛先: 経理部 <keiri@example.co.jp>\n"
        "件名: 至急: 送金のお願い\n\n"
        "本日中に以下の口座へ送金をお願いします。\n"
        "この件は他言無用でお願いします。\n"
    )
    return_subject = "RE: 至急: 送金のお願い"
    msg = build(
        "From: %s <keiri-kobayashi@example.co.jp>" % ew_b("小林 経理部".encode("iso2022_jp"), "ISO-2022-JP"),
        "To: %s <yamada.ceo.office@freemail.example>" % ew_b(CEO_NAME.encode("iso2022_jp"), "ISO-2022-JP"),
        "Subject: RE: %s" % ew_b("至急: 送金のお願い".encode("iso2022_jp"), "ISO-2022-JP"),
        "Date: Mon, 10 Jun 2024 17:10:00 +0900",
        "Message-ID: <reply-ja.1@example.co.jp>",
        "In-Reply-To: <orig-ja.1@freemail.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=\"iso-2022-jp\"",
        "Content-Transfer-Encoding: 7bit",
        None,
        iso2022jp(body),
    )
    exp = {
        "description": "Japanese Outlook reply: '-----Original Message-----' followed by 差出人:/送信日時:/宛先:/件名: (ISO-2022-JP body); plain 'RE: ' before an encoded-word in the subject",
        "subject": return_subject,
        "from": addr("小林 経理部", "keiri-kobayashi@example.co.jp"),
        "to": [addr(CEO_NAME, "yamada.ceo.office@freemail.example")],
        "date": "2024-06-10T08:10:00Z",
        "message_id": "reply-ja.1@example.co.jp",
        "text_contains": ["社内規程により、メールのみでの送金依頼には対応できません。", "本日中に以下の口座へ送金をお願いします。"],
        "current_thread_contains": ["社内規程により、メールのみでの送金依頼には対応できません。", "チャットでご連絡いただけますでしょうか。"],
        "current_thread_excludes": ["本日中に以下の口座へ送金をお願いします。", "差出人:", "送信日時:"],
        "leaf_part_count": 1,
    }
    return "reply-japanese-outlook.eml", msg, exp


@fixture
def f_attachments():
    pdf = make_pdf("Invoice 2024-05", "attach-pdf", 1200)
    docx = make_docx(["Remittance Advice", "Beneficiary: Northwind Trading Ltd.", "Account: 0012-3345-7781"])
    png = make_png(16, 16, 42)
    pdf_name = "請求書_2024年5月分.pdf"
    pct = "".join("%%%02X" % b if b >= 0x80 else chr(b) for b in pdf_name.encode())
    docx_ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    msg = build(
        "From: Northwind Trading <invoice@northwind-trading.example>",
        "To: keiri@example.co.jp",
        "Subject: Invoice and remittance advice (May 2024)",
        "Date: Sun, 2 Jun 2024 22:15:30 +0100",
        "Message-ID: <attachments.20240602@northwind-trading.example>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="----=_NextPart_000_0012_01DAB4C2.5E7F1A20"',
        None,
        "This is a multipart message in MIME format.",
        "",
        "------=_NextPart_000_0012_01DAB4C2.5E7F1A20",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 7bit",
        None,
        "Please find attached our May invoice, the remittance advice and a photo of the signed form.",
        "",
        "------=_NextPart_000_0012_01DAB4C2.5E7F1A20",
        "Content-Type: application/pdf",
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment; filename*=UTF-8''%s" % pct,
        None,
        b64_lines(pdf),
        "------=_NextPart_000_0012_01DAB4C2.5E7F1A20",
        'Content-Type: %s; name="Remittance_Advice.docx"' % docx_ct,
        "Content-Transfer-Encoding: base64",
        'Content-Disposition: attachment; filename="Remittance_Advice.docx"; size=%d' % len(docx),
        None,
        b64_lines(docx),
        "------=_NextPart_000_0012_01DAB4C2.5E7F1A20",
        'Content-Type: image/png; name="signed-form.png"',
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment",
        None,
        b64_lines(png),
        "------=_NextPart_000_0012_01DAB4C2.5E7F1A20--",
        "",
    )
    exp = {
        "description": "Three base64 attachments: PDF with RFC 2231 UTF-8 filename (no continuation), .docx (stored zip) with quoted filename and size= parameter, PNG whose name comes only from Content-Type name=; Outlook-style boundary",
        "subject": "Invoice and remittance advice (May 2024)",
        "from": addr("Northwind Trading", "invoice@northwind-trading.example"),
        "to": [addr(None, "keiri@example.co.jp")],
        "date": "2024-06-02T21:15:30Z",
        "message_id": "attachments.20240602@northwind-trading.example",
        "text_contains": ["Please find attached our May invoice"],
        "attachments": [
            att(pdf_name, "application/pdf", pdf),
            att("Remittance_Advice.docx", docx_ct, docx),
            att("signed-form.png", "image/png", png),
        ],
        "leaf_part_count": 4,
    }
    return "attachments-pdf-docx-png.eml", msg, exp


@fixture
def f_no_separator():
    msg = build(
        "From: Payroll <payroll@company.example>",
        "To: staff@company.example",
        "Subject: Payslip notification",
        "Date: Tue, 25 Jun 2024 09:00:00 +0900",
        "Message-ID: <no-sep.0625@company.example>",
        "Hi all, payslips for June are now available in the HR portal.",
        "Please do not reply to this message.",
        "",
    )
    exp = {
        "description": "No blank line between header and body: the first line that is neither a field nor a continuation starts the body",
        "subject": "Payslip notification",
        "from": addr("Payroll", "payroll@company.example"),
        "to": [addr(None, "staff@company.example")],
        "date": "2024-06-25T00:00:00Z",
        "message_id": "no-sep.0625@company.example",
        "text_contains": ["Hi all, payslips for June are now available in the HR portal.", "Please do not reply to this message."],
        "leaf_part_count": 1,
        "defects": ["missingHeaderBodySeparator"],
    }
    return "no-header-body-separator.eml", msg, exp


@fixture
def f_mbox_from():
    msg = build(
        "From ap-billing@vendor.example Tue Jun 11 08:03:12 2024",
        "Return-Path: <ap-billing@vendor.example>",
        "From: AP Billing <ap-billing@vendor.example>",
        "To: ap@company.example",
        "Subject: Statement of account",
        "Date: Tue, 11 Jun 2024 08:03:10 +0000",
        "Message-ID: <mbox-from.0611@vendor.example>",
        None,
        "Your statement of account as of June 10 is below.",
        "Open items: 3, total 12,904.50 EUR.",
        "",
    )
    exp = {
        "description": "File starts with an mbox 'From ' separator line (exported from an mbox); it is not a header field and must not become the From address",
        "subject": "Statement of account",
        "from": addr("AP Billing", "ap-billing@vendor.example"),
        "to": [addr(None, "ap@company.example")],
        "date": "2024-06-11T08:03:10Z",
        "message_id": "mbox-from.0611@vendor.example",
        "text_contains": ["Open items: 3, total 12,904.50 EUR."],
        "leaf_part_count": 1,
        "defects": ["mboxFromLine"],
    }
    return "mbox-from-line.eml", msg, exp


@fixture
def f_nul_garbage():
    msg = build(
        "From: Bulk Sender <news@bulk.example>",
        "To: marketing@company.example",
        "Subject: Newsletter June",
        b"X-Mailer: BulkMail 2.\x003 (build\x00 77)",
        b"X-Original-Subject: \x93\xfa\xff\xfe\x81 \xc0\xc1 garbage",
        "Date: Wed, 12 Jun 2024 05:00:00 +0000",
        "Message-ID: <nul.0612@bulk.example>",
        None,
        b"June newsletter: new product line announced.\n\xff\xfe stray bytes here\nUnsubscribe at any time.\n",
    )
    exp = {
        "description": "NUL bytes inside a header field value and undeclared 8-bit garbage (invalid UTF-8) in a header and in the body; the rest of the message must parse",
        "subject": "Newsletter June",
        "from": addr("Bulk Sender", "news@bulk.example"),
        "to": [addr(None, "marketing@company.example")],
        "date": "2024-06-12T05:00:00Z",
        "message_id": "nul.0612@bulk.example",
        "text_contains": ["June newsletter: new product line announced.", "Unsubscribe at any time."],
        "leaf_part_count": 1,
        "defects": ["nulByte"],
    }
    return "nul-and-8bit-garbage-header.eml", msg, exp


@fixture
def f_bare_cr():
    msg = build(
        "From: Old Mac Mailer <oldmac@studio.example>",
        "To: Design Team: ren@studio.example, sora@studio.example;",
        "Subject: Proof approval",
        "  needed today",
        "Date: Thu, 13 Jun 2024 15:30:00 +0900",
        "Message-ID: <bare-cr.0613@studio.example>",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        None,
        "Please approve the final proof by 18:00.",
        "校正の承認をお願いします。",
        "",
    ).replace(b"\n", b"\r")
    assert b"\n" not in msg
    exp = {
        "description": "Entire file uses bare CR line endings (classic Mac OS); stored with CR, do not convert; includes a folded Subject and a group",
        "fixed_line_endings": True,
        "subject": "Proof approval  needed today",
        "from": addr("Old Mac Mailer", "oldmac@studio.example"),
        "to": [addr(None, "ren@studio.example"), addr(None, "sora@studio.example")],
        "date": "2024-06-13T06:30:00Z",
        "message_id": "bare-cr.0613@studio.example",
        "text_contains": ["Please approve the final proof by 18:00.", "校正の承認をお願いします。"],
        "leaf_part_count": 1,
        "defects": ["bareCarriageReturn"],
    }
    return "bare-cr-line-endings.eml", msg, exp


@fixture
def f_duplicate():
    msg = build(
        "From: IT Helpdesk <helpdesk@company.example>",
        "From: CEO <ceo.urgent@freemail.example>",
        "To: staff@company.example",
        "Subject: Password expiry notice",
        "Subject: Urgent: gift cards needed",
        "Date: Fri, 14 Jun 2024 08:00:00 +0900",
        "Message-ID: <dup.0614@freemail.example>",
        None,
        "Please reply as soon as you see this.",
        "",
    )
    exp = {
        "description": "Duplicate From and Subject fields with different values (clients disagree on which one to show); which value wins is not specified, only the defect is required",
        "to": [addr(None, "staff@company.example")],
        "date": "2024-06-13T23:00:00Z",
        "message_id": "dup.0614@freemail.example",
        "text_contains": ["Please reply as soon as you see this."],
        "leaf_part_count": 1,
        "defects": ["duplicateHeader"],
    }
    return "duplicate-headers.eml", msg, exp


@fixture
def f_malformed_header_lines():
    msg = build(
        "   leading continuation line before any field",
        "From: Reports <reports@vendor.example>",
        "To: ap@company.example",
        "X-Spam Score: 5.1",
        "Subject: Monthly report",
        "Date: Sat, 15 Jun 2024 06:00:00 +0000",
        "Message-ID: <malformed-lines.0615@vendor.example>",
        None,
        "The monthly report is ready for download.",
        "",
    )
    exp = {
        "description": "Header block starting with a continuation line (malformedHeaderLine) and a field name containing a space 'X-Spam Score:' (invalidHeaderName) followed by more valid fields, which must still be parsed. Python email ends the header at the bad line and loses Subject/Date/Message-ID; the line has a colon, so skipping it as a bad field keeps the sender's real header fields",
        "subject": "Monthly report",
        "from": addr("Reports", "reports@vendor.example"),
        "to": [addr(None, "ap@company.example")],
        "date": "2024-06-15T06:00:00Z",
        "message_id": "malformed-lines.0615@vendor.example",
        "text_contains": ["The monthly report is ready for download."],
        "leaf_part_count": 1,
        "defects": ["malformedHeaderLine", "invalidHeaderName"],
    }
    return "malformed-header-lines.eml", msg, exp


@fixture
def f_content_type_malformed():
    msg = build(
        "From: monitor@scheduler.example",
        "To: ops@company.example",
        "MIME-Version: 1.0",
        "Content-Type: text; charset=us-ascii",
        None,
        "Job nightly-ledger-export finished with status OK.",
        "",
    )
    exp = {
        "description": "Content-Type 'text' without a subtype (malformedContentType, fall back to text/plain); no Subject and no Date (both null); bare addr-spec sender",
        "subject": None,
        "from": addr(None, "monitor@scheduler.example"),
        "to": [addr(None, "ops@company.example")],
        "date": None,
        "text_contains": ["Job nightly-ledger-export finished with status OK."],
        "leaf_part_count": 1,
        "defects": ["malformedContentType"],
    }
    return "content-type-malformed.eml", msg, exp


@fixture
def f_date_garbage():
    msg = build(
        "From: Vendor Portal <portal@vendor.example>",
        "To: ap@company.example",
        "Subject: New bank details uploaded",
        "Date: sometime next Tuesday, probably",
        "Message-ID: <garbage-date.1@vendor.example>",
        None,
        "New bank details were uploaded to the vendor portal.",
        "",
    )
    exp = {
        "description": "Unparseable Date value: date must be null and malformedDate reported",
        "subject": "New bank details uploaded",
        "from": addr("Vendor Portal", "portal@vendor.example"),
        "to": [addr(None, "ap@company.example")],
        "date": None,
        "message_id": "garbage-date.1@vendor.example",
        "text_contains": ["New bank details were uploaded to the vendor portal."],
        "leaf_part_count": 1,
        "defects": ["malformedDate"],
    }
    return "date-garbage.eml", msg, exp


# ---------------------------------------------------------------- example


def example_ceo_lure() -> bytes:
    rnd = Stream("example-dkim")
    dkim_bh = b64(rnd.read(32))
    dkim_b = b64(rnd.read(256))
    inner_body = iso2022jp(lure_body("都築"))
    subj_raw = LURE_SUBJECT.encode("iso2022_jp")
    name_raw = CEO_NAME.encode("iso2022_jp")
    inner = build(
        "Return-Path: <ejbjebduffy@optimum.net>",
        "Delivered-To: htsuzuki@example.co.jp",
        "Received: from mx1.example.co.jp (mx1.example.co.jp [192.0.2.25])",
        "\tby mbox02.example.co.jp (Postfix) with ESMTPS id 4VgT1z0d3Mz4wYk",
        "\tfor <htsuzuki@example.co.jp>; Fri, 17 May 2024 11:41:09 +0900 (JST)",
        "Authentication-Results: mx1.example.co.jp;",
        "\tspf=pass (mx1.example.co.jp: domain of ejbjebduffy@optimum.net designates 198.51.100.43 as permitted sender) smtp.mailfrom=ejbjebduffy@optimum.net;",
        "\tdkim=pass (2048-bit key) header.d=optimum.net header.i=@optimum.net header.s=20230601 header.b=%s;" % dkim_b[:8],
        "\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=optimum.net",
        "Received: from omta-03.optimum.net (omta-03.optimum.net [198.51.100.43])",
        "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))",
        "\t(No client certificate requested)",
        "\tby mx1.example.co.jp (Postfix) with ESMTPS id 4VgT1x2Lq8z1R",
        "\tfor <htsuzuki@example.co.jp>; Fri, 17 May 2024 11:41:08 +0900 (JST)",
        "Received: from mta-12.optimum.net ([198.51.100.12])",
        "\tby omta-03.optimum.net with ESMTP",
        "\tid 7rGhs2QkXvS0W; Thu, 16 May 2024 22:41:07 -0400",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=optimum.net; s=20230601;",
        "\tt=1715913665; h=from:to:subject:date:message-id:mime-version:content-type;",
        "\tbh=%s;" % dkim_bh,
        "\tb=%s" % dkim_b[:72],
        *["\t %s" % dkim_b[i : i + 72] for i in range(72, len(dkim_b), 72)],
        "Received: from [192.168.1.23] ([155.94.251.82])",
        "\tby mta-12.optimum.net with ESMTPSA",
        "\tid 0A1B2C3D4E5F; Thu, 16 May 2024 22:41:05 -0400",
        "X-Authenticated-Sender: ejbjebduffy@optimum.net",
        "X-Originating-IP: [155.94.251.82]",
        "From: %s <ejbjebduffy@optimum.net>" % ew_b(name_raw, "ISO-2022-JP"),
        "To: hanako.tsuzuki.example@gmail.com, htsuzuki@example.co.jp",
        "Subject: %s" % ew_b(subj_raw, "ISO-2022-JP"),
        "Date: Thu, 16 May 2024 22:41:05 -0400",
        "Message-ID: <1715913665.0A1B2C3D4E5F@mta-12.optimum.net>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="ISO-2022-JP"',
        "Content-Transfer-Encoding: 7bit",
        None,
        inner_body,
    )
    note = (
        "情報セキュリティ室 御中\n"
        "\n"
        "お疲れ様です。経理部の都築です。\n"
        "山田社長の名前で、社外のアドレス（optimum.net）から不審なメールが届きました。\n"
        "私用のメールアドレスと、会社では使っていない htsuzuki@example.co.jp 宛てに\n"
        "同じ内容が送られています。返信はしていません。\n"
        "元のメールを添付しますので、ご確認をお願いします。\n"
        "\n"
        "経理部 都築 花子\n"
    )
    return build(
        "From: %s <hanako.tsuzuki@example.co.jp>" % ew_b("都築 花子".encode("iso2022_jp"), "ISO-2022-JP"),
        "To: %s <security@example.co.jp>" % ew_b("情報セキュリティ室".encode("iso2022_jp"), "ISO-2022-JP"),
        "Subject: %s" % ew_b("【不審メール報告】社長を名乗るメール".encode("iso2022_jp"), "ISO-2022-JP"),
        "Date: Fri, 17 May 2024 13:05:27 +0900",
        "Message-ID: <TYCPR01MB8421.20240517130527.tsuzuki@example.co.jp>",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="_002_TYCPR01MB8421_"',
        None,
        "--_002_TYCPR01MB8421_",
        'Content-Type: text/plain; charset="iso-2022-jp"',
        "Content-Transfer-Encoding: 7bit",
        None,
        iso2022jp(note),
        "--_002_TYCPR01MB8421_",
        'Content-Type: message/rfc822; name="original-message.eml"',
        'Content-Disposition: attachment; filename="original-message.eml"',
        None,
        inner,
        "--_002_TYCPR01MB8421_--",
        "",
    )


# ---------------------------------------------------------------- main


def main():
    MSG_DIR.mkdir(parents=True, exist_ok=True)
    manifest = []
    seen = set()
    for fn in FIXTURES:
        name, data, exp = fn()
        assert name not in seen, name
        seen.add(name)
        assert len(data) < 20 * 1024, (name, len(data))
        (MSG_DIR / name).write_bytes(data)
        entry = {
            "file": name,
            "description": exp.pop("description"),
            "fixed_line_endings": exp.pop("fixed_line_endings", False),
        }
        entry.update(exp)
        manifest.append(entry)
    # remove stale fixtures
    for p in MSG_DIR.glob("*.eml"):
        if p.name not in seen:
            p.unlink()
    (HERE / "expectations.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    if EXAMPLES_DIR.is_dir():
        (EXAMPLES_DIR / "ceo-lure.eml").write_bytes(example_ceo_lure())
    print("wrote %d fixtures" % len(manifest))


if __name__ == "__main__":
    main()
