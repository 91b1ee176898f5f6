#!/usr/bin/env python3
"""Labeled evaluation set for becscope: raw BEC / phishing / spam / clean mail.

Run:   python3 generate.py
Needs: Python 3.9+ standard library only.

Writes, next to this script:
  org.yaml, employees.csv      the organisation profile of "Example Trading"
  *.eml                        raw RFC 5322 messages, CRLF line endings
  labels.json                  one object per message (label, kind, signals)

Every message is fictional and built byte by byte here: ISO-2022-JP /
Shift_JIS / EUC-JP / UTF-8 bodies, base64 and quoted-printable, RFC 2047
encoded-words and RFC 2231 parameters are applied by this script with
Python's own codecs.  Output is deterministic: running the script again
reproduces every file byte for byte.

After writing, the script re-reads every .eml with Python's `email` package
(policy.default) and checks that the decoded Subject and From are the values
that were encoded, that the bytes use CRLF only, that each file is below
15 KB, and that every body part decodes in its declared charset.  It stops
with an error if any check fails.

DKIM-Signature headers carry a correct body hash (bh=, relaxed body
canonicalization) but a synthetic b= value: no header signature verifies.
The trusted verdict is the Authentication-Results header stamped by
mx1.example.co.jp (the top one); see README.md.
"""

import base64
import csv
import hashlib
import io
import json
import quopri
import random
import re
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import decode_header, make_header
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
MAX_SIZE = 15 * 1024

JST = timezone(timedelta(hours=9), "JST")
PDT = timezone(timedelta(hours=-7), "PDT")
EDT = timezone(timedelta(hours=-4), "EDT")
UTC = timezone.utc
GMT0 = timezone(timedelta(0), "UTC")
BST = timezone(timedelta(hours=1), "BST")
CST8 = timezone(timedelta(hours=8), "CST")
MSK = timezone(timedelta(hours=3), "MSK")

ORG_DOMAINS = ("example.co.jp", "example.com")

# ------------------------------------------------------------------ directory

# local part, family, given, family_latin, given_latin, title, department, personal
EMPLOYEES = [
    ("taro.yamada", "山田", "太郎", "Yamada", "Taro", "代表取締役社長 / CEO", "経営", ["taro.yamada.example@gmail.com"]),
    ("kenichi.sato", "佐藤", "健一", "Sato", "Kenichi", "取締役 CFO", "経営", []),
    ("ichiro.suzuki", "鈴木", "一郎", "Suzuki", "Ichiro", "取締役 COO", "経営", []),
    ("takashi.kimura", "木村", "隆", "Kimura", "Takashi", "取締役 営業本部長", "営業本部", []),
    ("tsuyoshi.fujita", "藤田", "剛", "Fujita", "Tsuyoshi", "常勤監査役", "監査役室", []),
    ("makoto.ikeda", "池田", "誠", "Ikeda", "Makoto", "法務部長", "法務部", []),
    ("shunsuke.ota", "太田", "俊介", "Ota", "Shunsuke", "経営企画部 課長", "経営企画部", []),
    ("misaki.takahashi", "高橋", "美咲", "Takahashi", "Misaki", "経理部長", "経理部", []),
    ("hanako.tsuzuki", "都築", "花子", "Tsuzuki", "Hanako", "経理部 主任", "経理部", ["hanako.tsuzuki.example@gmail.com"]),
    ("shota.ono", "大野", "翔太", "Ono", "Shota", "経理部", "経理部", ["example.shota@docomo.ne.jp"]),
    ("megumi.kato", "加藤", "恵", "Kato", "Megumi", "経理部", "経理部", ["megumi.kato.example@icloud.com"]),
    ("aoi.hashimoto", "橋本", "葵", "Hashimoto", "Aoi", "経理部", "経理部", []),
    ("yuko.ito", "伊藤", "裕子", "Ito", "Yuko", "人事部長", "人事部", ["yuko-ito-example@yahoo.co.jp"]),
    ("aya.yamamoto", "山本", "彩", "Yamamoto", "Aya", "人事部", "人事部", ["aya.yamamoto.example@gmail.com"]),
    ("saori.okada", "岡田", "沙織", "Okada", "Saori", "人事部 給与担当", "人事部", []),
    ("yuko.hayashi", "林", "優子", "Hayashi", "Yuko", "秘書室", "秘書室", ["yuko.hayashi.example@yahoo.co.jp"]),
    ("nana.maeda", "前田", "奈々", "Maeda", "Nana", "総務部長", "総務部", []),
    ("sakura.nakamura", "中村", "さくら", "Nakamura", "Sakura", "総務部", "総務部", ["sakura.n.example@icloud.com"]),
    ("daisuke.kobayashi", "小林", "大輔", "Kobayashi", "Daisuke", "情報システム部長", "情報システム部", []),
    ("kenta.shimizu", "清水", "健太", "Shimizu", "Kenta", "情報システム部", "情報システム部", []),
    ("naoki.watanabe", "渡辺", "直樹", "Watanabe", "Naoki", "営業部長", "営業部", []),
    ("takuya.yoshida", "吉田", "拓也", "Yoshida", "Takuya", "営業部", "営業部", ["takuya.yoshida.example@gmail.com", "example-takuya@docomo.ne.jp"]),
    ("yuto.ishikawa", "石川", "悠人", "Ishikawa", "Yuto", "営業部", "営業部", []),
    ("ryo.matsumoto", "松本", "亮", "Matsumoto", "Ryo", "購買部長", "購買部", []),
    ("mayumi.inoue", "井上", "真由美", "Inoue", "Mayumi", "購買部", "購買部", []),
    ("koji.goto", "後藤", "浩二", "Goto", "Koji", "海外事業部長", "海外事業部", []),
    ("chihiro.mori", "森", "千尋", "Mori", "Chihiro", "広報部", "広報部", []),
]

E = {}
for _l, _f, _g, _fl, _gl, _t, _d, _p in EMPLOYEES:
    E[_l] = {
        "email": f"{_l}@example.co.jp", "family": _f, "given": _g,
        "family_latin": _fl, "given_latin": _gl, "title": _t, "personal": _p,
        "kanji": f"{_f} {_g}",
    }


def write_profile():
    (HERE / "org.yaml").write_text(
        "# Organisation profile for the labeled evaluation set (fictional company).\n"
        "organization:\n"
        "  name: Example Trading\n"
        "  domains: [example.co.jp, example.com]\n"
        "directory: employees.csv\n"
        "trusted_relays: [mx1.example.co.jp]\n",
        encoding="utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["email", "family_name", "given_name", "family_name_latin",
                "given_name_latin", "title", "department", "personal_emails"])
    for l, f, g, fl, gl, t, d, p in EMPLOYEES:
        w.writerow([f"{l}@example.co.jp", f, g, fl, gl, t, d, ";".join(p)])
    (HERE / "employees.csv").write_text(buf.getvalue(), encoding="utf-8")


# ------------------------------------------------------------------ encoding helpers

CODECS = {"iso-2022-jp": "iso2022_jp", "utf-8": "utf-8", "shift_jis": "shift_jis",
          "euc-jp": "euc_jp", "us-ascii": "ascii"}


def codec(charset):
    return CODECS[charset.lower()]


def q_encode(raw: bytes) -> str:
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128 or c in "!*+-/":
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def ew(text, charset="ISO-2022-JP", enc="B", maxlen=68):
    """RFC 2047 encoded-words for text, split at character boundaries so that
    every word is self-contained (ISO-2022-JP words end in ASCII) and at most
    maxlen characters long; words are separated by folding white space."""
    cd = codec(charset)

    def mk(s):
        raw = s.encode(cd)
        payload = base64.b64encode(raw).decode() if enc == "B" else q_encode(raw)
        return f"=?{charset}?{enc}?{payload}?="

    # Never split next to white space: RFC 2047 decoders drop the white space
    # between adjacent encoded-words, but some (Python's structured-header
    # parser among them) keep it and would double a space at the seam.
    words, chunk = [], ""
    for ch in text:
        cand = chunk + ch
        if chunk and len(mk(cand)) > maxlen:
            k = len(chunk)
            while k > 1 and (cand[k - 1].isspace() or cand[k].isspace()):
                k -= 1
            words.append(mk(cand[:k]))
            chunk = cand[k:]
        else:
            chunk = cand
    if chunk:
        words.append(mk(chunk))
    return "\r\n ".join(words).replace("\r\n", "\n")


def hval(text, charset="ISO-2022-JP", enc="B"):
    """An unstructured header value (Subject): raw when ASCII, else encoded."""
    if text.isascii():
        return text
    return ew(text, charset, enc)


SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(name, email, charset="ISO-2022-JP", enc="B"):
    if not name:
        return email
    if name.isascii():
        if SPECIALS.search(name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


def addrs(items, charset="ISO-2022-JP", enc="B"):
    """items: list of (name, email) or email strings."""
    out = []
    for it in items:
        if isinstance(it, str):
            out.append(it)
        else:
            out.append(addr(it[0], it[1], charset, enc))
    return ",\n ".join(out)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def b64_lines(data: bytes) -> bytes:
    s = base64.b64encode(data).decode()
    return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode()


def d(when, tz=JST, comment=True):
    t = when.astimezone(tz)
    s = format_datetime(t)
    if comment and tz.tzname(None) and tz is not UTC:
        s += f" ({tz.tzname(None)})"
    return s


# ------------------------------------------------------------------ MIME parts


class Part:
    def __init__(self, headers, body: bytes, check=None):
        self.headers = headers          # list of header lines (may contain "\n\t")
        self.body = body                # bytes, LF line endings, ends with LF
        self.check = check or []        # (charset, cte, expected text) for verification

    def render(self) -> bytes:
        return ("\n".join(self.headers) + "\n\n").encode() + self.body


def text_part(text, charset="iso-2022-jp", cte=None, subtype="plain", extra=""):
    if not text.endswith("\n"):
        text += "\n"
    cs = charset.lower()
    if cs == "iso-2022-jp":
        body = b"\n".join(line.encode("iso2022_jp") for line in text.split("\n"))
        cte = cte or "7bit"
    elif cte == "base64":
        body = b64_lines(crlf(text).encode(codec(cs)))
    elif cte == "quoted-printable":
        body = b"\n".join(quopri.encodestring(line.encode(codec(cs)))
                          for line in text.split("\n"))
    else:
        cte = cte or ("7bit" if text.isascii() else "8bit")
        body = text.encode(codec(cs))
    hdrs = [f'Content-Type: text/{subtype}; charset="{charset}"{extra}',
            f"Content-Transfer-Encoding: {cte}"]
    return Part(hdrs, body, [(cs, text)])


def attachment(data: bytes, ctype, filename, style="plain", inline=False):
    disp = "inline" if inline else "attachment"
    if style == "plain":
        hdrs = [f'Content-Type: {ctype}; name="{filename}"',
                f'Content-Disposition: {disp}; filename="{filename}"']
    elif style == "rfc2231":
        # Outlook/Thunderbird style: RFC 2047 in name=, RFC 2231 in filename*=
        enc_name = ew(filename, "UTF-8", "B", maxlen=200)
        pct = quote(filename.encode("utf-8"), safe="")
        hdrs = [f'Content-Type: {ctype};\n\tname="{enc_name}"',
                f"Content-Disposition: {disp};\n\tfilename*=UTF-8''{pct}"]
    elif style == "rfc2047":
        enc_name = ew(filename, "ISO-2022-JP", "B", maxlen=200)
        hdrs = [f'Content-Type: {ctype};\n\tname="{enc_name}"',
                f'Content-Disposition: {disp};\n\tfilename="{enc_name}"']
    else:
        raise ValueError(style)
    hdrs.append("Content-Transfer-Encoding: base64")
    return Part(hdrs, b64_lines(data))


def multipart(subtype, parts, boundary, extra=""):
    body = b""
    checks = []
    for p in parts:
        # the line break before a delimiter belongs to the delimiter: add one
        # so that each part's content keeps its final line break
        body += f"--{boundary}\n".encode() + p.render() + b"\n"
        checks += p.check
    body += f"--{boundary}--\n".encode()
    return Part([f'Content-Type: multipart/{subtype};{extra}\n\tboundary="{boundary}"'], body, checks)


def rfc822_part(inner: bytes, filename):
    return Part(["Content-Type: message/rfc822",
                 f'Content-Disposition: attachment; filename="{filename}"'], inner)


def make_pdf(lines):
    """A small valid PDF (one page, Helvetica, ASCII text)."""
    content = "BT /F1 12 Tf 72 760 Td 16 TL\n" + "".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '\n"
        for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content.encode())} >>\nstream\n{content}endstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# ------------------------------------------------------------------ per-message context


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


class M:
    """Per-message deterministic randomness, DKIM placeholder and trace helpers."""

    def __init__(self, file):
        self.file = file
        self.rng = random.Random(zlib.crc32(file.encode()))
        self.sig = None

    def s(self, n, alphabet=ALNUM):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def hex(self, n, upper=False):
        h = self.s(n, "0123456789abcdef")
        return h.upper() if upper else h

    def digits(self, n):
        return self.s(n, "0123456789")

    def qid(self):
        # Postfix long queue id
        return "4W" + self.s(1, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz") + self.s(
            1, "0123456789") + self.s(8, "BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789")

    def sign(self, d, s, when, h="from:to:subject:date:message-id:mime-version:content-type",
             style="generic"):
        raw = bytes(self.rng.getrandbits(8) for _ in range(256))
        self.sig = {"d": d, "s": s, "h": h, "b": base64.b64encode(raw).decode(),
                    "t": int(when.timestamp()), "style": style}
        return self.sig

    # -- trace pieces --------------------------------------------------------

    def mx1(self, helo, ip, rcpt, when, rdns=None, tls=True):
        rd = helo if rdns is None else rdns
        lines = [f"Received: from {helo} ({rd} [{ip}])"]
        if tls:
            lines += ["\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                      "\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
                      "\t(No client certificate requested)"]
        lines.append(f"\tby mx1.example.co.jp (Postfix) with {'ESMTPS' if tls else 'ESMTP'} id {self.qid()}")
        if rcpt:
            lines.append(f"\tfor <{rcpt}>; {d(when, JST)}")
        else:
            lines[-1] += ";"
            lines.append(f"\t{d(when, JST)}")
        return "\n".join(lines)

    def ar(self, spf, dkim="none", dmarc=None, authserv="mx1.example.co.jp"):
        """spf: (result, mailfrom, ip); dkim: 'pass'|'fail'|'none'; dmarc: (result, policy, from_domain)."""
        items = []
        r, mf, ip = spf
        reason = {
            "pass": f"{authserv}: domain of {mf} designates {ip} as permitted sender",
            "fail": f"{authserv}: domain of {mf} does not designate {ip} as permitted sender",
            "softfail": f"{authserv}: domain of transitioning {mf} does not designate {ip} as permitted sender",
            "none": f"{authserv}: domain of {mf} does not provide an SPF record",
            "neutral": f"{authserv}: {ip} is neither permitted nor denied by domain of {mf}",
        }[r]
        items.append(f"spf={r} ({reason}) smtp.mailfrom={mf}")
        if dkim == "none" or self.sig is None:
            items.append("dkim=none (message not signed)")
        else:
            sg = self.sig
            note = "2048-bit key" if dkim == "pass" else '2048-bit key; reason="signature verification failed"'
            items.append(f"dkim={dkim} ({note}) header.d={sg['d']} header.i=@{sg['d']} "
                         f"header.s={sg['s']} header.b={sg['b'][:8]}")
        if dmarc:
            res, pol, dom = dmarc
            if res == "none":
                items.append(f"dmarc=none (no DMARC record) header.from={dom}")
            else:
                items.append(f"dmarc={res} (p={pol} dis=none) header.from={dom}")
        return f"Authentication-Results: {authserv};\n\t" + ";\n\t".join(items)


def dkim_header(sig, body_crlf: bytes):
    lines = body_crlf.split(b"\r\n")
    canon = []
    for l in lines:
        canon.append(re.sub(rb"[ \t]+", b" ", l).rstrip(b" "))
    while canon and canon[-1] == b"":
        canon.pop()
    c = b"".join(l + b"\r\n" for l in canon)
    bh = base64.b64encode(hashlib.sha256(c).digest()).decode()
    b = sig["b"]
    if sig["style"] == "gmail":
        ind = "        "
        head = (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n{ind}d={sig['d']}; s={sig['s']}; "
                f"t={sig['t']}; x={sig['t'] + 604800}; darn=example.co.jp;\n{ind}h={sig['h']};\n{ind}bh={bh};\n{ind}b=")
        return head + f"\n{ind}".join(b[i:i + 70] for i in range(0, len(b), 70))
    head = (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={sig['d']};\n\ts={sig['s']}; "
            f"t={sig['t']};\n\th={sig['h']};\n\tbh={bh};\n\tb=")
    return head + "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))


def assemble(m, headers, part: Part) -> bytes:
    """headers: list of header lines (top first) possibly containing the
    literal '{DKIM}' placeholder; part: the top-level MIME part."""
    body_crlf = part.body.replace(b"\n", b"\r\n")
    out = []
    for h in headers:
        if h == "{DKIM}":
            if m.sig:
                out.append(dkim_header(m.sig, body_crlf))
            continue
        if h is None:
            continue
        out.append(h)
    out.append("MIME-Version: 1.0")
    out += part.headers
    raw = ("\n".join(out) + "\n\n").encode() + part.body
    assert b"\r" not in raw, m.file
    return raw.replace(b"\n", b"\r\n")


# ------------------------------------------------------------------ sender systems
# Each returns (trace header lines, top first, with a '{DKIM}' slot; Message-ID).

S = timedelta(seconds=1)
GOOGLE = {"pl1": "209.85.214.", "pj1": "209.85.216.", "qt1": "209.85.160.",
          "yb1": "209.85.219.", "lf1": "209.85.167.", "wm1": "209.85.128.",
          "ed1": "209.85.208.", "sor": "209.85.220."}
MSGID_CHARS = ALNUM + "+_-="


def gmail_msgid(m):
    return f"<CA{m.s(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{m.s(44, MSGID_CHARS)}@mail.gmail.com>"


def gmail(m, sender, rcpt, when, tz=PDT, node="pl1", octet=170):
    """Sent from Gmail's web client straight to mx1 (no client IP is exposed).
    Google's hops are stamped in Pacific time whatever the sender's zone;
    tz is the sender's zone (used by the caller for Date:)."""
    host, ip = f"mail-{node}-f{octet}.google.com", GOOGLE[node] + str(octet)
    m.sign("gmail.com", "20230601", when, style="gmail",
           h="to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to")
    smtpid = f"{m.hex(5)}{m.s(1, 'abcdef')}-{m.hex(12)}so{m.digits(7)}{m.s(1, 'abcdef')}{m.digits(2)}.{m.digits(1)}"
    return [
        f"Return-Path: <{sender}>",
        m.ar(("pass", sender, ip), "pass", ("pass", "NONE", "gmail.com")),
        m.mx1(host, ip, rcpt, when + 2 * S),
        f"Received: by {host} with SMTP id {smtpid}\n        for <{rcpt}>; {d(when + S, PDT)}",
        "{DKIM}",
        f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t={int(when.timestamp())}; x={int(when.timestamp()) + 604800};\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh={m.s(43)}=;\n        b={m.s(70)}\n         {m.s(70)}\n         {m.s(40)}==",
        f"X-Gm-Message-State: AOJu0Y{m.s(50, MSGID_CHARS)}",
        f"X-Google-Smtp-Source: AGHT+I{m.s(58, MSGID_CHARS)}",
        f"X-Received: by 2002:a17:902:{m.hex(4)}:b0:{m.hex(3)}:{m.hex(4)} with SMTP id\n {smtpid.split('-')[0]}-{m.hex(12)}mr{m.digits(8)}{m.s(3, 'abcdef')}.{m.digits(2)};\n        {d(when + S, PDT)}",
    ], gmail_msgid(m)


OUTLOOK = {
    "JPN": ("JPN01-TYC-obe.outbound.protection.outlook.com",
            "mail-tycjpn01olkn2031.outbound.protection.outlook.com", "40.92.99.31",
            "TYCP286MB2146.JPNP286.PROD.OUTLOOK.COM", "OS3P286MB2350.JPNP286.PROD.OUTLOOK.COM",
            "2603:1096:400:1b5::10", "2603:1096:604:19a::14"),
    "NAM": ("NAM12-BN8-obe.outbound.protection.outlook.com",
            "mail-bn8nam12olkn2083.outbound.protection.outlook.com", "40.92.21.83",
            "SJ0PR11MB5645.namprd11.prod.outlook.com", "BN8PR11MB3604.namprd11.prod.outlook.com",
            "2603:10b6:a03:2d8::7", "2603:10b6:408:8c::20"),
}


def outlook(m, sender, rcpt, when, region="JPN"):
    """Consumer Outlook.com / Hotmail (Exchange Online hops with IPv6, UTC stamps)."""
    helo, edge, ip, mbx1, mbx2, v6a, v6b = OUTLOOK[region]
    dom = sender.split("@")[1]
    m.sign(dom, "selector1", when,
           h="From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck")
    ll = f"fe80::{m.hex(4)}:{m.hex(4)}:{m.hex(4)}:{m.hex(3)}%4"
    return [
        f"Return-Path: <{sender}>",
        m.ar(("pass", sender, ip), "pass", ("pass", "none", dom)),
        m.mx1(helo, ip, rcpt, when + 3 * S, rdns=edge),
        "{DKIM}",
        f"Received: from {mbx1} ({v6a}) by\n {mbx2} ({v6b}) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7633.36; {d(when + 2 * S, UTC)}",
        f"Received: from {mbx1}\n ([{ll}]) by {mbx1}\n ([{ll}]) with mapi id 15.20.7633.036; {d(when + S, UTC)}",
        "X-MS-Exchange-MessageSentRepresentingType: 1",
        "X-MS-PublicTrafficType: Email",
        f"X-MS-TrafficTypeDiagnostic: {mbx1.split('.')[0]}:EE_|{mbx2.split('.')[0]}:EE_",
        "X-Microsoft-Antispam: BCL:0;",
    ], f"<{mbx1.split('.')[0]}{m.hex(16, True)}{m.hex(8, True)}@{mbx1}>"


def nnfmp(when):
    return when.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000")


def yahoojp_inner(m, sender, when, client_ip, n="605"):
    """Yahoo! JAPAN Mail hops from the web client up to the bullet relay."""
    return [
        f"Received: from [182.22.66.{100 + int(n) % 50}] by nh{n}.bullet.mail.ssk.yahoo.co.jp with NNFMP; {nnfmp(when + 2 * S)}",
        f"Received: from [182.22.91.{120 + int(n) % 40}] by t{n}.bullet.mail.ssk.yahoo.co.jp with NNFMP; {nnfmp(when + 2 * S)}",
        f"Received: from [127.0.0.1] by omp{n}.mail.ssk.yahoo.co.jp with NNFMP; {nnfmp(when + S)}",
        "X-Yahoo-Newman-Property: ymail-3",
        f"X-Yahoo-Newman-Id: {m.digits(6)}.{m.digits(5)}.bm@omp{n}.mail.ssk.yahoo.co.jp",
        "{DKIM}",
        f"X-YMail-OSG: {m.s(48, MSGID_CHARS)}\n {m.s(60, MSGID_CHARS)}",
        f"Received: from [{client_ip}] by web{n[:1]}01.mail.ssk.yahoo.co.jp via HTTP; {d(when, JST, False)}",
        "X-Mailer: YahooMailWebService/0.8.203.696",
    ]


def yahoojp(m, sender, rcpt, when, client_ip, n="605"):
    ip = f"182.22.90.{20 + int(n) % 30}"
    host = f"nh{n}-vm3.bullet.mail.ssk.yahoo.co.jp"
    m.sign("yahoo.co.jp", "yj20110701", when,
           h="Date:From:Reply-To:Subject:To:MIME-Version:Content-Type:Message-ID")
    return [
        f"Return-Path: <{sender}>",
        m.ar(("pass", sender, ip), "pass", ("pass", "none", "yahoo.co.jp")),
        m.mx1(host, ip, rcpt, when + 3 * S),
    ] + yahoojp_inner(m, sender, when, client_ip, n), f"<{m.digits(6)}.{m.digits(5)}.qm@web{n[:1]}01.mail.ssk.yahoo.co.jp>"


OPTIMUM_IP = {"mta-12": "167.206.4.12", "mta-07": "167.206.4.7", "omta-03": "167.206.4.43",
              "omta-05": "167.206.4.45"}


def optimum(m, sender, rcpt, when, client_ip, mta="mta-12", omta="omta-03", lan="192.168.1.23"):
    """Optimum (US ISP) webmail: the client IP is in the first hop and X-Originating-IP."""
    m.sign("optimum.net", "20230601", when)
    omta_ip, mta_ip = OPTIMUM_IP[omta], OPTIMUM_IP[mta]
    sid = m.hex(12, True)
    return [
        f"Return-Path: <{sender}>",
        m.ar(("pass", sender, omta_ip), "pass", ("pass", "NONE", "optimum.net")),
        m.mx1(f"{omta}.optimum.net", omta_ip, rcpt, when + 3 * S),
        f"Received: from {mta}.optimum.net ([{mta_ip}])\n\tby {omta}.optimum.net with ESMTP\n\tid {m.s(13)}; {d(when + 2 * S, EDT, False)}",
        "{DKIM}",
        f"Received: from [{lan}] ([{client_ip}])\n\tby {mta}.optimum.net with ESMTPSA\n\tid {sid}; {d(when, EDT, False)}",
        f"X-Authenticated-Sender: {sender}",
        f"X-Originating-IP: [{client_ip}]",
    ], f"<{int(when.timestamp())}.{sid}@{mta}.optimum.net>"


def selfhosted(m, sender, rcpt, when, tz, server, server_ip, client_ip, rdns="unknown",
               sign=True, spf="pass", dmarc=("pass", "none"), mailfrom=None,
               lan="[192.168.0.104]", selector="default"):
    """A sender domain's own Postfix: submission from a client, then to mx1."""
    mailfrom = mailfrom or sender
    dom = sender.split("@")[1]
    if sign:
        m.sign(dom.lower(), selector, when)
    dm = (dmarc[0], dmarc[1], dom) if dmarc else None
    return [
        f"Return-Path: <{mailfrom}>",
        m.ar((spf, mailfrom, server_ip), "pass" if sign else "none", dm),
        m.mx1(server, server_ip, rcpt, when + 2 * S, rdns=rdns),
        "{DKIM}",
        f"Received: from {lan} (unknown [{client_ip}])\n\tby {server} (Postfix) with ESMTPSA id {m.hex(10, True)}"
        + (f"\n\tfor <{rcpt}>; {d(when + S, tz)}" if rcpt else f";\n\t{d(when + S, tz)}"),
    ], f"<{m.hex(8)}-{m.hex(4)}-{m.hex(4)}-{m.hex(4)}-{m.hex(12)}@{dom.lower()}>"


def internal(m, sender, rcpt, when, client_ip="10.20.31.44", client_name="pc-0412.corp.example.co.jp",
             xmailer="Microsoft Outlook 16.0"):
    """Inside the organisation: PC -> smtp.example.co.jp (authenticated) -> mx1."""
    m.sign("example.co.jp", "sel2024", when)
    cn = f"{client_name} [{client_ip}]" if client_name else f"unknown [{client_ip}]"
    return [
        f"Return-Path: <{sender}>",
        m.ar(("pass", sender, "192.0.2.26"), "pass", ("pass", "none", "example.co.jp")),
        m.mx1("smtp.example.co.jp", "192.0.2.26", rcpt, when + 2 * S),
        "{DKIM}",
        f"Received: from [{client_ip}] ({cn})\n\t(Authenticated sender: {sender})\n\tby smtp.example.co.jp (Postfix) with ESMTPSA id {m.qid()}\n\tfor <{rcpt}>; {d(when + S, JST)}" if rcpt else
        f"Received: from [{client_ip}] ({cn})\n\t(Authenticated sender: {sender})\n\tby smtp.example.co.jp (Postfix) with ESMTPSA id {m.qid()};\n\t{d(when + S, JST)}",
        f"X-Mailer: {xmailer}" if xmailer else None,
    ], f"<{m.hex(8, True)}.{m.hex(6, True)}.{sender.split('@')[0]}@example.co.jp>"


def direct(m, helo, ip, mailfrom, rcpt, when, tz, rdns="unknown", spf="none", sign_domain=None,
           dmarc=None, tls=False, below=(), selector="s1"):
    """A bulk sender or bot talking to mx1 directly; `below` are its own earlier hops."""
    if sign_domain:
        m.sign(sign_domain, selector, when)
    return [
        f"Return-Path: <{mailfrom}>",
        m.ar((spf, mailfrom, ip), "pass" if sign_domain else "none", dmarc),
        m.mx1(helo, ip, rcpt, when + 2 * S, rdns=rdns, tls=tls),
        "{DKIM}",
    ] + [b.replace("{T}", d(when + S, tz)) for b in below], \
        f"<{m.hex(16)}.{m.digits(10)}@{mailfrom.split('@')[1].lower()}>"


def gmail_forward(m, sender, private, corp, when, tz=JST):
    """Mail sent to an employee's private Gmail address, auto-forwarded by Gmail
    to the corporate mailbox: Gmail's own hops and Authentication-Results
    (authserv-id mx.google.com, not trusted here) sit below mx1's."""
    fwd_host, fwd_ip = "mail-lf1-f48.google.com", "209.85.167.48"
    local = private.split("@")[0]
    corp_local, corp_dom = corp.split("@")
    env = f"{local}+caf_={corp_local}={corp_dom}@gmail.com"
    m.sign("gmail.com", "20230601", when, style="gmail",
           h="to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to")
    b8 = m.sig["b"][:8]
    fid = f"2adb3069b0e04-{m.hex(12)}so{m.digits(7)}e87.{m.digits(1)}"
    return [
        f"Return-Path: <{env}>",
        m.ar(("pass", env, fwd_ip), "pass", ("pass", "NONE", "gmail.com")),
        m.mx1(fwd_host, fwd_ip, corp, when + 4 * S),
        f"Received: by {fwd_host} with SMTP id {fid}\n        for <{corp}>; {d(when + 3 * S, PDT)}",
        f"X-Forwarded-Encrypted: i=2; AJvYcC{m.s(60, MSGID_CHARS)}",
        f"X-Received: by 2002:a05:6512:{m.hex(4)}:b0:{m.hex(3)}:{m.hex(4)} with SMTP id\n {m.hex(12)}-{m.hex(8)}mr{m.digits(7)}e87.{m.digits(2)};\n        {d(when + 3 * S, PDT)}",
        f"X-Forwarded-To: {corp}",
        f"X-Forwarded-For: {private} {corp}",
        f"Delivered-To: {private}",
        f"Received: by 2002:a05:7108:{m.hex(4)}:b0:{m.hex(3)}:{m.hex(4)} with SMTP id {m.s(2, 'abcdefghijklmnopqrstuvwxyz')}{m.digits(2)}csp{m.digits(7)}gdd;\n        {d(when + 2 * S, PDT)}",
        f"Return-Path: <{sender}>",
        f"Received: from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\n        by mx.google.com with SMTPS id {m.hex(10)}-{m.hex(8)}.{m.digits(3)}.{(when + S).astimezone(UTC).strftime('%Y.%m.%d.%H.%M.%S')}\n        for <{private}>\n        (Google Transport Security);\n        {d(when + S, PDT)}",
        f"Received-SPF: pass (google.com: domain of {sender} designates 209.85.220.41 as permitted sender) client-ip=209.85.220.41;",
        f"Authentication-Results: mx.google.com;\n       dkim=pass header.i=@gmail.com header.s=20230601 header.b={b8};\n       spf=pass (google.com: domain of {sender} designates 209.85.220.41 as permitted sender) smtp.mailfrom={sender};\n       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com",
        "{DKIM}",
        f"X-Google-Smtp-Source: AGHT+I{m.s(58, MSGID_CHARS)}",
        f"X-Received: by 2002:a17:90a:{m.hex(4)}:b0:{m.hex(3)}:{m.hex(4)} with SMTP id\n {m.hex(12)}-{m.hex(8)}mr{m.digits(7)}a91.{m.digits(2)}.{int(when.timestamp())};\n        {d(when, PDT)}",
    ], gmail_msgid(m)


# ------------------------------------------------------------------ registry

MESSAGES = []


def build(m, trace, frm, to, subject, when, tz, msgid, part, cc=None, extra=(),
          subj_cs="ISO-2022-JP", subj_enc="B", subj_raw=None, top=()):
    hdrs = list(top) + list(trace)
    hdrs.append(f"From: {frm}")
    hdrs.append(f"To: {to}")
    if cc:
        hdrs.append(f"Cc: {cc}")
    hdrs.append(f"Subject: {subj_raw if subj_raw is not None else hval(subject, subj_cs, subj_enc)}")
    hdrs.append(f"Date: {d(when, tz, False)}")
    if msgid:
        hdrs.append(f"Message-ID: {msgid}")
    hdrs += [x for x in extra if x]
    return assemble(m, hdrs, part)


def add(m, label, kind, lang, notes, signals, raw, subject, from_name, from_addr, checks,
        inner=None):
    MESSAGES.append({"file": m.file, "label": label, "kind": kind, "language": lang,
                     "notes": notes, "expected_signals": signals, "_raw": raw,
                     "_subject": subject, "_from": (from_name, from_addr), "_inner": inner,
                     "_checks": checks})


def make(file, label, kind, lang, notes, signals, via, frm, to, subject, when, tz, part,
         cc=None, extra=(), cs="ISO-2022-JP", enc="B", msgid=None, top=(), subj_raw=None):
    """One message: via(m) -> (trace, message-id); frm = (name, address);
    to/cc = lists of (name, address) or bare addresses; extra = header lines
    or a callable(m) returning them."""
    m = M(file)
    trace, mid = via(m)
    if callable(extra):
        extra = extra(m)
    frm_str = addr(frm[0], frm[1], cs, enc)
    raw = build(m, trace, frm_str, addrs(to, cs, enc), subject, when, tz, msgid or mid, part,
                addrs(cc, cs, enc) if cc else None, extra, cs, enc, subj_raw, top)
    add(m, label, kind, lang, notes, signals, raw, subject, frm[0], frm[1], part.check)
    return msgid or mid


def T(y, mo, dd, h, mi, s, tz):
    return datetime(y, mo, dd, h, mi, s, tzinfo=tz)


# ================================================================== BEC

CEO = ("山田 太郎", None)


def case_body(family):
    return (f"{family}さん\n\nお疲れ様です。山田です。\n至急ご対応いただきたい件があります。\n"
            "このメールに返信してください。\n\nなお、現在会議中のため電話には出られません。\n"
            "よろしくお願いします。\n\n山田 太郎\n")


CASE_SIGNALS = ["executive-name-on-freemail", "generated-recipient", "personal-recipient",
                "urgency", "reply-request", "text-only", "campaign"]


def bec_case_campaign():
    # Campaign A: the case study, one optimum.net sender, three employees,
    # each copy to the private address and a {given_initial}{family} address.
    sender = "ejbjebduffy@optimum.net"
    for i, (emp, gen, minute) in enumerate([("hanako.tsuzuki", "htsuzuki", 41),
                                             ("shota.ono", "sono", 43),
                                             ("megumi.kato", "mkato", 46)], 1):
        e = E[emp]
        when = T(2024, 5, 16, 22, minute, 5 + 7 * i, EDT)
        rcpt = f"{gen}@example.co.jp"
        make(f"bec-{i:02d}-case-optimum-{e['family_latin'].lower()}.eml", "bec", "ceo-fraud", "ja",
             f"Case-study replica (campaign A, copy {i}/3): CEO kanji name on optimum.net, sent to "
             f"{e['family_latin']}'s private {e['personal'][0].split('@')[1]} address and the non-existent {rcpt}; only asks for a reply.",
             CASE_SIGNALS,
             lambda m: optimum(m, sender, rcpt, when, "155.94.251.82"),
             ("山田 太郎", sender), [e["personal"][0], rcpt], "至急のお願い", when, EDT,
             text_part(case_body(e["family"])))


bec_case_campaign()

# bec-04 / bec-14: a Gmail account, first the probe, then the gift-card stage.
W04 = T(2024, 6, 10, 18, 2, 11, PDT)
MID04 = make(
    "bec-04-ceo-availability-gmail-ja.eml", "bec", "ceo-fraud", "ja",
    "CEO kanji name without space on a Gmail account, availability probe to the head of accounting's real corporate address.",
    ["executive-name-on-freemail", "availability-probe", "reply-request", "text-only"],
    lambda m: gmail(m, "t.yamada.ceo.office@gmail.com", "misaki.takahashi@example.co.jp", W04),
    ("山田太郎", "t.yamada.ceo.office@gmail.com"), [("高橋 美咲", "misaki.takahashi@example.co.jp")],
    "今お時間ありますか", W04, PDT,
    text_part("高橋さん\n\n今お時間ありますか？\nお願いしたいことがありますので、このメールに返信してください。\n\n山田\n\niPhoneから送信\n",
              "UTF-8", "base64"),
    cs="UTF-8")

W05 = T(2024, 6, 12, 9, 14, 40, JST)
make("bec-05-ceo-urgent-outlook-title-ja.eml", "bec", "ceo-fraud", "ja",
     "Display name '代表取締役 山田太郎' (title + name) on an outlook.com account; urgent request with secrecy, reply only.",
     ["executive-name-on-freemail", "urgency", "secrecy", "reply-request", "text-only"],
     lambda m: outlook(m, "ceo.yamada.taro@outlook.com", "shota.ono@example.co.jp", W05),
     ("代表取締役 山田太郎", "ceo.yamada.taro@outlook.com"), [("大野 翔太", "shota.ono@example.co.jp")],
     "至急ご対応いただきたい件があります", W05, JST,
     text_part("大野さん\n\nお疲れ様です。\n至急ご対応いただきたい件があります。\n"
               "社外秘の案件のため、他の方には内密にお願いします。\nこのメールに返信してください。\n\n代表取締役 山田太郎\n"))

W06 = T(2024, 6, 13, 19, 40, 2, EDT)
make("bec-06-ceo-available-hotmail-en.eml", "bec", "ceo-fraud", "en",
     "English CEO fraud: 'Taro Yamada' on hotmail.com asks the overseas division head whether he is available.",
     ["executive-name-on-freemail", "availability-probe", "secrecy", "reply-request", "text-only"],
     lambda m: outlook(m, "taroyamada.ceo@hotmail.com", "koji.goto@example.co.jp", W06, "NAM"),
     ("Taro Yamada", "taroyamada.ceo@hotmail.com"), [("Koji Goto", "koji.goto@example.co.jp")],
     "Are you available?", W06, EDT,
     text_part("Koji,\n\nAre you available? I need you to take care of something for me discreetly.\n"
               "I'm in back-to-back meetings and can't take calls. Reply to this email as soon as you see it.\n\n"
               "Taro Yamada\nSent from my iPhone\n", "us-ascii", "7bit"))

W07 = T(2024, 6, 14, 8, 51, 30, JST)
make("bec-07-ceo-romaji-yahoojp-en.eml", "bec", "ceo-fraud", "en",
     "Romaji 'YAMADA Taro' (family name first, upper case) on yahoo.co.jp, English text; origin IP visible in the webmail hop.",
     ["executive-name-on-freemail", "availability-probe", "urgency", "reply-request", "text-only"],
     lambda m: yahoojp(m, "yamada_t_2024biz@yahoo.co.jp", "yuto.ishikawa@example.co.jp", W07, "45.89.173.58"),
     ("YAMADA Taro", "yamada_t_2024biz@yahoo.co.jp"), ["yuto.ishikawa@example.co.jp"],
     "Quick task", W07, JST,
     text_part("Hi Yuto,\n\nAre you at your desk right now? I have an urgent task that I need you to handle today.\n"
               "Please reply to this email only.\n\nRegards,\nYAMADA Taro\nPresident & CEO, Example Trading\n",
               "us-ascii", "7bit"))

W08 = T(2024, 5, 21, 21, 5, 44, EDT)
make("bec-08-case-romaji-variant-itou-ja.eml", "bec", "ceo-fraud", "ja",
     "Case pattern with a romaji variant: generated yitou@example.co.jp (Ito spelled Itou) plus the private yahoo.co.jp address; same /24 origin as campaign A, other optimum account.",
     ["executive-name-on-freemail", "generated-recipient", "romaji-variant", "personal-recipient",
      "secrecy", "reply-request", "text-only"],
     lambda m: optimum(m, "hjqwerbtz@optimum.net", "yitou@example.co.jp", W08, "155.94.251.117",
                       mta="mta-07", omta="omta-05", lan="10.0.0.14"),
     ("山田 太郎", "hjqwerbtz@optimum.net"), ["yuko-ito-example@yahoo.co.jp", "yitou@example.co.jp"],
     "ご確認のお願い", W08, EDT,
     text_part("伊藤さん\n\nお疲れ様です。山田です。\n内密にご相談したいことがあります。\n"
               "このメールに返信してください。\n\n移動中のため電話には出られません。\n\n山田 太郎\n"))

W09 = T(2024, 6, 3, 17, 26, 9, PDT)
make("bec-09-case-ohno-examplecom-ja.eml", "bec", "ceo-fraud", "ja",
     "Case pattern on the second org domain: generated sohno@example.com (Ono spelled Ohno) plus the private docomo.ne.jp address; Gmail sender.",
     ["executive-name-on-freemail", "generated-recipient", "romaji-variant", "personal-recipient",
      "availability-probe", "urgency", "reply-request", "text-only"],
     lambda m: gmail(m, "yamada.taro.kaigi@gmail.com", "sohno@example.com", W09, node="pj1", octet=54),
     ("山田太郎", "yamada.taro.kaigi@gmail.com"), ["example.shota@docomo.ne.jp", "sohno@example.com"],
     "お願い", W09, PDT,
     text_part("大野さん\n\nお疲れ様です。山田です。\n今お時間ありますか。\n"
               "至急お願いしたいことがあるので、このメールに返信してください。\n\n山田太郎\n", "UTF-8", "base64"),
     cs="UTF-8")

W10 = T(2024, 5, 16, 23, 12, 51, EDT)
make("bec-10-case-nakamura-en.eml", "bec", "ceo-fraud", "en",
     "Case pattern in English: 'Taro Yamada' on optimum.net from the campaign-A origin IP, to the private icloud.com address and generated snakamura@example.co.jp.",
     ["executive-name-on-freemail", "generated-recipient", "personal-recipient", "availability-probe",
      "secrecy", "reply-request", "text-only", "campaign"],
     lambda m: optimum(m, "rbklmnwpq@optimum.net", "snakamura@example.co.jp", W10, "155.94.251.82"),
     ("Taro Yamada", "rbklmnwpq@optimum.net"), ["sakura.n.example@icloud.com", "snakamura@example.co.jp"],
     "Request", W10, EDT,
     text_part("Sakura,\n\nDo you have a moment? I need your help with a confidential matter.\n"
               "Please reply to this email.\n\nTaro Yamada\nRepresentative Director & CEO\n", "us-ascii", "7bit"))

W11 = T(2024, 6, 18, 1, 33, 20, PDT)
make("bec-11-case-family-dot-given-ja.eml", "bec", "ceo-fraud", "ja",
     "Generated address in another pattern ({family}.{given}: yamamoto.aya@example.co.jp) plus the private Gmail address; display name with a full-width space.",
     ["executive-name-on-freemail", "generated-recipient", "personal-recipient", "urgency",
      "reply-request", "text-only"],
     lambda m: gmail(m, "office.yamada.t@gmail.com", "yamamoto.aya@example.co.jp", W11, node="qt1", octet=182),
     ("山田\u3000太郎", "office.yamada.t@gmail.com"), ["aya.yamamoto.example@gmail.com", "yamamoto.aya@example.co.jp"],
     "至急", W11, PDT,
     text_part("山本さん\n\nお疲れ様です。\n至急確認したいことがあります。\nこのメールに返信をお願いします。\n\n山田\n",
               "UTF-8", "base64"),
     cs="UTF-8")

W12 = T(2024, 6, 19, 11, 8, 45, JST)
make("bec-12-giftcard-amazon-ja.eml", "bec", "gift-card", "ja",
     "Gift-card request: CEO kanji name on Gmail asks the secretary to buy Amazon gift cards and send photos of the codes.",
     ["executive-name-on-freemail", "gift-card", "secrecy", "urgency", "text-only"],
     lambda m: gmail(m, "yamada.taro.0619@gmail.com", "yuko.hayashi@example.co.jp", W12, JST, "yb1", 47),
     ("山田 太郎", "yamada.taro.0619@gmail.com"), [("林 優子", "yuko.hayashi@example.co.jp")],
     "至急の買い物のお願い", W12, JST,
     text_part("林さん\n\nお疲れ様です。\n本日、取引先の方へのお礼としてAmazonギフトカードを用意したいのですが、\n"
               "私は会議が続いていて外に出られません。\n近くのコンビニでAmazonギフトカード（1万円分）を5枚購入してもらえますか。\n"
               "費用は後ほど精算します。\n\n購入したら、カード裏面を削ってコードが見える状態で写真を撮り、\n"
               "このメールに返信で送ってください。\nこの件は私から先方に直接伝えたいので、社内には内密にお願いします。\n\n山田\n",
               "UTF-8", "base64"),
     cs="UTF-8")

W13 = T(2024, 6, 20, 21, 17, 3, EDT)
make("bec-13-giftcard-itunes-en.eml", "bec", "gift-card", "en",
     "Gift-card request in English: 'Taro Yamada' on outlook.com asks the purchasing head for ten Apple/iTunes cards.",
     ["executive-name-on-freemail", "gift-card", "secrecy", "urgency", "text-only"],
     lambda m: outlook(m, "taro.yamada.ceo@outlook.com", "ryo.matsumoto@example.co.jp", W13, "NAM"),
     ("Taro Yamada", "taro.yamada.ceo@outlook.com"), ["ryo.matsumoto@example.co.jp"],
     "Urgent request", W13, EDT,
     text_part("Ryo,\n\nI need you to purchase some Apple gift cards (iTunes) for a client appreciation event today.\n"
               "Get 10 cards at $100 each. Scratch off the back, take a clear photo of each card showing the code\n"
               "and send them to me here.\n\nI will make sure you are reimbursed. Keep this between us for now, it's a surprise.\n\n"
               "Taro Yamada\nCEO\n", "us-ascii", "7bit"))

W14 = T(2024, 6, 10, 18, 31, 52, PDT)
make("bec-14-giftcard-followup-thread-ja.eml", "bec", "gift-card", "ja",
     "Second stage of bec-04: same Gmail sender replies in the thread (In-Reply-To/References, quoted reply of the employee) and asks for Google Play gift cards.",
     ["executive-name-on-freemail", "gift-card", "urgency", "thread-continuation", "text-only"],
     lambda m: gmail(m, "t.yamada.ceo.office@gmail.com", "misaki.takahashi@example.co.jp", W14),
     ("山田太郎", "t.yamada.ceo.office@gmail.com"), [("高橋 美咲", "misaki.takahashi@example.co.jp")],
     "Re: 今お時間ありますか", W14, PDT,
     text_part("高橋さん\n\nありがとうございます。\n取引先へのお礼として、Google Playギフトカードを至急用意してほしいです。\n"
               "3万円分を5枚、近くのコンビニで購入してください。\n購入後、カード裏面のコードが見えるように写真を撮って、このメールに送ってください。\n"
               "費用は後で精算します。\n\n山田\n\n"
               "2024年6月11日(火) 10:15 高橋 美咲 <misaki.takahashi@example.co.jp>:\n"
               "> 社長\n>\n> お疲れ様です。高橋です。\n> はい、大丈夫です。どのようなご用件でしょうか。\n>\n> 高橋\n",
               "UTF-8", "base64"),
     cs="UTF-8",
     extra=[f"In-Reply-To: <TYCPR01MB8890A1B2C3D4E5F6.misaki.takahashi@example.co.jp>",
            f"References: {MID04}\n <TYCPR01MB8890A1B2C3D4E5F6.misaki.takahashi@example.co.jp>"])

W15 = T(2024, 6, 21, 10, 20, 33, JST)
make("bec-15-giftcard-lookalike-examp1e-ja.eml", "bec", "gift-card", "ja",
     "Lookalike domain examp1e.co.jp (digit 1 for l) with the CEO's exact local part, Reply-To to Gmail; iTunes cards, codes by reply.",
     ["lookalike-domain", "reply-to-freemail", "gift-card", "urgency", "text-only"],
     lambda m: selfhosted(m, "taro.yamada@examp1e.co.jp", "yuko.hayashi@example.co.jp", W15, JST,
                          "mail.examp1e.co.jp", "185.225.69.140", "103.75.118.42"),
     ("山田 太郎", "taro.yamada@examp1e.co.jp"), [("林 優子", "yuko.hayashi@example.co.jp")],
     "【至急】ご依頼", W15, JST,
     text_part("林さん\n\nお疲れ様です。山田です。\n急ぎでお願いがあります。\n"
               "取引先との打ち合わせで使うため、iTunesカード（App Store & iTunes ギフトカード）\n"
               "1万円分を10枚購入してください。\n購入したらカードのコード番号をこのメールに返信してください。\n"
               "会議中のため電話には出られません。\n\n代表取締役社長 山田 太郎\nエグザンプル商事株式会社\n"),
     extra=[f"Reply-To: {addr('山田 太郎', 'taro.yamada.ceo.jp@gmail.com')}",
            "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101\n Thunderbird/115.11.1"])

W16 = T(2024, 6, 24, 7, 45, 12, JST)
make("bec-16-payroll-employee-gmail-ja.eml", "bec", "payroll", "ja",
     "Payroll diversion: an accounting employee's kanji name on an unregistered Gmail account asks HR payroll to change the salary account, reply to this address.",
     ["employee-name-on-freemail", "payroll", "bank-change", "urgency", "text-only"],
     lambda m: gmail(m, "shota.ono.0412@gmail.com", "saori.okada@example.co.jp", W16, JST, "pl1", 196),
     ("大野 翔太", "shota.ono.0412@gmail.com"), [("岡田 沙織", "saori.okada@example.co.jp")],
     "給与振込口座の変更について", W16, JST,
     text_part("人事部 岡田様\n\nお疲れ様です。経理部の大野です。\n"
               "先日メインバンクを変更したため、給与振込口座の変更をお願いしたくご連絡いたしました。\n"
               "今月の給与から、下記の口座への振込をお願いできますでしょうか。\n\n"
               "銀行名：みらいネット銀行\n支店名：本店営業部\n口座種別：普通\n口座番号：7391024\n口座名義：オオノ ショウタ\n\n"
               "社内システムからの申請がうまくいかなかったため、メールでのご連絡となり申し訳ありません。\n"
               "本日中にご対応いただけると助かります。\n"
               "また、会社のアドレスは現在不調のため、こちらのアドレスにご返信ください。\n\n大野\n",
               "UTF-8", "base64"),
     cs="UTF-8")

W17 = T(2024, 6, 25, 20, 3, 40, EDT)
make("bec-17-payroll-direct-deposit-en.eml", "bec", "payroll", "en",
     "Payroll diversion first stage in English: the sales manager's romaji name on outlook.com asks HR how to change direct deposit.",
     ["employee-name-on-freemail", "payroll", "bank-change", "text-only"],
     lambda m: outlook(m, "naoki.watanabe.jp@outlook.com", "saori.okada@example.co.jp", W17, "NAM"),
     ("Naoki Watanabe", "naoki.watanabe.jp@outlook.com"), ["saori.okada@example.co.jp"],
     "Direct deposit update", W17, EDT,
     text_part("Hi Saori,\n\nI recently changed banks and would like to update my direct deposit information before the next payroll.\n"
               "Can you let me know what details you need from me, or can I just send the new account number here?\n\n"
               "Please make the change effective for this month's salary.\n\nThanks,\nNaoki Watanabe\nSales\n",
               "us-ascii", "7bit"))

W18 = T(2024, 6, 26, 13, 2, 7, JST)
make("bec-18-payroll-data-cfo-lookalike-ja.eml", "bec", "payroll", "ja",
     "CFO impersonation from the fully authenticated lookalike example-co.jp (SPF, DKIM and DMARC pass): asks HR for every employee's withholding slips and payslips.",
     ["lookalike-domain", "executive-name", "payroll", "data-request", "urgency", "secrecy", "auth-pass", "text-only"],
     lambda m: selfhosted(m, "kenichi.sato@example-co.jp", "yuko.ito@example.co.jp", W18, JST,
                          "smtp.example-co.jp", "45.138.16.77", "91.92.248.31", rdns="smtp.example-co.jp"),
     ("佐藤 健一", "kenichi.sato@example-co.jp"), [("伊藤 裕子", "yuko.ito@example.co.jp")],
     "【至急】従業員給与データのご提出について", W18, JST,
     text_part("伊藤部長\n\nお疲れ様です。佐藤です。\n"
               "監査法人より至急の依頼があり、全従業員の2023年分源泉徴収票と\n"
               "直近3か月分の給与明細データ（PDFまたはExcel）が必要になりました。\n\n"
               "本日15時までに、このメールへの返信で送付をお願いします。\n"
               "監査対応のため、本件は他言無用でお願いします。\n\n取締役 CFO 佐藤 健一\n"),
     extra=["X-Mailer: Microsoft Outlook 16.0"])

W19 = T(2024, 6, 27, 16, 40, 18, JST)
make("bec-19-vendor-bankchange-freemail-ja.eml", "bec", "vendor-invoice", "ja",
     "Vendor impersonation: a logistics supplier's accounting clerk on Gmail announces a new bank account for the June payment; claims the company mail server is down.",
     ["vendor-name-on-freemail", "freemail-sender", "bank-change", "urgency", "text-only"],
     lambda m: gmail(m, "nishikawa.keiri.tamura@gmail.com", "mayumi.inoue@example.co.jp", W19, JST, "wm1", 52),
     ("西川物流株式会社 経理部 田村", "nishikawa.keiri.tamura@gmail.com"), [("井上 真由美", "mayumi.inoue@example.co.jp")],
     "【西川物流】振込先口座変更のお知らせ", W19, JST,
     text_part("エグザンプル商事株式会社\n購買部 井上様\n\nいつも大変お世話になっております。\n"
               "西川物流株式会社 経理部の田村でございます。\n\n"
               "このたび弊社の取引銀行変更に伴い、振込先口座を下記の通り変更させていただくこととなりました。\n"
               "6月末お支払い分より、新口座へのお振込をお願い申し上げます。\n\n"
               "【新しい振込先】\n銀行名：みなと第一銀行\n支店名：港南支店（店番号 214）\n口座種別：普通預金\n"
               "口座番号：4402817\n口座名義：ニシカワブツリユウ（カ\n\n"
               "旧口座へのお振込は、システム移行のため着金の確認ができなくなりますのでご注意ください。\n"
               "なお、会社のメールサーバーが障害中のため、本件はこちらのアドレスからご連絡しております。\n"
               "お手数ですが、ご対応の可否を本メールにご返信いただけますと幸いです。\n\n"
               "西川物流株式会社\n経理部 田村 直子\n", "UTF-8", "base64"),
     cs="UTF-8")

W20 = T(2024, 7, 2, 9, 12, 55, BST)
make("bec-20-vendor-lookalike-harbor-en.eml", "bec", "vendor-invoice", "en",
     "Overseas supplier lookalike (harbor-components.test vs the real harborcomponents.test) with Reply-To on outlook.com: remit invoice INV-40213 to a new account.",
     ["lookalike-domain", "reply-to-freemail", "bank-change", "payment-request", "urgency", "text-only"],
     lambda m: selfhosted(m, "accounts@harbor-components.test", "koji.goto@example.co.jp", W20, BST,
                          "mail.harbor-components.test", "193.233.20.61", "5.181.80.120", sign=False,
                          dmarc=("none", None)),
     ("Harbor Components Ltd - Accounts Receivable", "accounts@harbor-components.test"),
     [("Koji Goto", "koji.goto@example.co.jp")],
     "RE: Outstanding invoice INV-40213 - updated remittance details", W20, BST,
     text_part("Dear Koji,\n\nFollowing our recent annual audit, we have moved our receivables to a new bank account.\n"
               "Please make sure the payment for invoice INV-40213 (USD 48,250.00), due this Friday, is remitted\n"
               "to the account below. Our previous account is under review and any payment sent there will be\n"
               "returned, causing delays.\n\nBeneficiary: Harbor Components Ltd\nBank: Meridian Commerce Bank\n"
               "Account No: 00481127993\nSWIFT: MRDCGB2LXXX\n\n"
               "Kindly confirm once the transfer has been scheduled and share the remittance copy.\n\n"
               "Best regards,\nEmily Carter\nAccounts Receivable\nHarbor Components Ltd\n", "us-ascii", "7bit"),
     cc=[("Ryo Matsumoto", "ryo.matsumoto@example.co.jp")],
     extra=["Reply-To: Emily Carter <harborcomponents.ar@outlook.com>"])

W21 = T(2024, 6, 28, 10, 5, 27, JST)
_pdf21 = make_pdf(["INVOICE No. NB-2024-0612", "Nishikawa Butsuryu Co., Ltd.", "Bill to: Example Trading Co., Ltd.",
                   "June 2024 logistics services", "Amount due: JPY 1,382,400 (tax incl.)", "Due date: 2024-06-28",
                   "NEW BANK ACCOUNT (changed from this month):", "Minato Daiichi Bank, Konan branch (214)",
                   "Ordinary 4402817  Nishikawa Butsuryu"])
make("bec-21-vendor-invoice-pdf-lookalike-ja.eml", "bec", "vendor-invoice", "ja",
     "Vendor lookalike nishlkawa-butsuryu.test (l for i) sends an invoice PDF whose bank account 'changed from this month'.",
     ["lookalike-domain", "bank-change", "payment-request", "attachment-pdf"],
     lambda m: selfhosted(m, "seikyu@nishlkawa-butsuryu.test", "mayumi.inoue@example.co.jp", W21, JST,
                          "mail.nishlkawa-butsuryu.test", "94.156.64.18", "94.156.64.201",
                          rdns="mail.nishlkawa-butsuryu.test"),
     ("西川物流 請求担当", "seikyu@nishlkawa-butsuryu.test"), [("井上 真由美", "mayumi.inoue@example.co.jp")],
     "【西川物流】6月分ご請求書（お振込先変更のご案内）", W21, JST,
     multipart("mixed", [
         text_part("エグザンプル商事株式会社\n購買部 井上様\n\nいつもお世話になっております。西川物流の請求担当です。\n"
                   "6月分のご請求書を添付にてお送りいたします。\n\n"
                   "なお、今月より弊社の振込先口座が変更となっております。\n"
                   "請求書に記載の新しい口座へお振込みくださいますよう、お願い申し上げます。\n"
                   "お支払期日：2024年6月28日\n\nご不明点は本メールへご返信ください。\n\n西川物流株式会社 請求担当\n"),
         attachment(_pdf21, "application/pdf", "invoice_202406.pdf"),
     ], "----=_Part_20240628_100527"))

W22 = T(2024, 7, 3, 11, 48, 2, JST)
make("bec-22-cfo-wire-gmail-ja.eml", "bec", "wire-transfer", "ja",
     "CFO name on Gmail: confidential acquisition deposit, USD wire today, details to follow; reply to confirm.",
     ["executive-name-on-freemail", "payment-request", "urgency", "secrecy", "reply-request", "text-only"],
     lambda m: gmail(m, "k.sato.cfo.office@gmail.com", "misaki.takahashi@example.co.jp", W22, JST, "ed1", 171),
     ("佐藤健一", "k.sato.cfo.office@gmail.com"), [("高橋 美咲", "misaki.takahashi@example.co.jp")],
     "本日中の送金について（極秘）", W22, JST,
     text_part("高橋さん\n\nお疲れ様です。佐藤です。\n"
               "現在進めている海外企業の買収案件について、本日中に手付金の送金が必要になりました。\n"
               "案件は公表前のため、社内でも私と社長、高橋さんだけで進めたいと思います。\n\n"
               "送金額：USD 86,500\n詳細な送金先は追って送ります。\n"
               "本日の15時までに処理できるか、このメールに返信してください。\n\n佐藤\n", "UTF-8", "base64"),
     cs="UTF-8")

W23 = T(2024, 7, 4, 14, 22, 10, JST)
make("bec-23-line-group-gmail-ja.eml", "bec", "line-group", "ja",
     "The Japanese LINE-group lure: CEO name on Gmail asks an accounting clerk to create a LINE group and send its QR code.",
     ["executive-name-on-freemail", "chat-move", "reply-request", "text-only"],
     lambda m: gmail(m, "yamada.taro.ceo.jp@gmail.com", "aoi.hashimoto@example.co.jp", W23, JST, "pl1", 41),
     ("山田 太郎", "yamada.taro.ceo.jp@gmail.com"), [("橋本 葵", "aoi.hashimoto@example.co.jp")],
     "お願い", W23, JST,
     text_part("橋本さん\n\nお疲れ様です。\n新しいプロジェクトを担当してもらいたいと考えています。\n"
               "業務連絡を円滑にするため、LINEグループを作成して、\n"
               "そのグループのQRコードをこのメールに返信で送ってください。\n"
               "グループには私と橋本さんの二人だけで大丈夫です。\n\nよろしくお願いします。\n山田 太郎\n",
               "UTF-8", "base64"),
     cs="UTF-8")

W24 = T(2024, 7, 5, 9, 3, 41, JST)
make("bec-24-line-group-lookalike-exarnple-ja.eml", "bec", "line-group", "ja",
     "Lookalike exarnple.co.jp ('rn' for 'm'), display name '代表取締役社長 山田 太郎', to two accounting staff: create a LINE group, send the QR code.",
     ["lookalike-domain", "executive-name", "chat-move", "secrecy", "reply-request", "text-only"],
     lambda m: selfhosted(m, "president@exarnple.co.jp", None, W24, JST, "mail.exarnple.co.jp",
                          "37.120.233.14", "37.120.233.90", sign=False, dmarc=("none", None)),
     ("代表取締役社長 山田 太郎", "president@exarnple.co.jp"),
     [("都築 花子", "hanako.tsuzuki@example.co.jp"), ("高橋 美咲", "misaki.takahashi@example.co.jp")],
     "業務連絡", W24, JST,
     text_part("各位\n\nお疲れ様です。山田です。\n急ぎで進めたい案件があるため、LINEグループを作成してください。\n"
               "作成後、グループのQRコードをこのメールに返信して送ってください。\n"
               "本件は社内でもまだ公表していないので、他の方には内密にお願いします。\n\n代表取締役社長 山田 太郎\n"))

W25 = T(2024, 7, 8, 15, 30, 5, JST)
make("bec-25-line-group-generated-only-ja.eml", "bec", "line-group", "ja",
     "Romaji 'Yamada Taro' on yahoo.co.jp with a Japanese body, only to the generated minoue@example.co.jp (the employee has no registered private address).",
     ["executive-name-on-freemail", "generated-recipient", "chat-move", "reply-request", "text-only"],
     lambda m: yahoojp(m, "yamada.office.t@yahoo.co.jp", "minoue@example.co.jp", W25, "103.151.44.12", "611"),
     ("Yamada Taro", "yamada.office.t@yahoo.co.jp"), ["minoue@example.co.jp"],
     "LINEのお願い", W25, JST,
     text_part("井上さん\n\nお疲れ様です。\nご相談したい業務があります。\n"
               "LINEグループを作ってQRコードを送ってください。\nこのメールに返信で大丈夫です。\n\n山田\n"))

W26 = T(2024, 7, 9, 6, 58, 0, PDT)
make("bec-26-whatsapp-en.eml", "bec", "chat-move", "en",
     "'Taro Yamada (CEO)' on Gmail asks the overseas division head for his WhatsApp number to move the conversation off email.",
     ["executive-name-on-freemail", "chat-move", "secrecy", "reply-request", "text-only"],
     lambda m: gmail(m, "taro.yamada.president@gmail.com", "koji.goto@example.co.jp", W26, PDT, "qt1", 46),
     ("Taro Yamada (CEO)", "taro.yamada.president@gmail.com"), ["koji.goto@example.co.jp"],
     "Quick one", W26, PDT,
     text_part("Koji,\n\nCan you send me your WhatsApp number? I want to discuss a confidential matter with you\n"
               "and it's easier to chat there.\nI'm travelling and my schedule is tight, so please reply here with your number.\n\nTaro\n",
               "us-ascii", "7bit"),
     cs="UTF-8")

W27 = T(2024, 7, 10, 10, 44, 19, JST)
make("bec-27-lookalike-example-co-replyto-ja.eml", "bec", "lookalike", "ja",
     "Lookalike example.co (the .jp dropped) with the CEO's local part; Reply-To points to yahoo.co.jp; urgent availability probe.",
     ["lookalike-domain", "reply-to-freemail", "availability-probe", "urgency", "reply-request", "text-only"],
     lambda m: selfhosted(m, "taro.yamada@example.co", "misaki.takahashi@example.co.jp", W27, JST,
                          "mail.example.co", "156.146.63.201", "156.146.63.188", sign=True, dmarc=("none", None)),
     ("山田 太郎", "taro.yamada@example.co"), [("高橋 美咲", "misaki.takahashi@example.co.jp")],
     "【至急】確認依頼", W27, JST,
     text_part("高橋さん\n\nお疲れ様です。\n至急ご対応いただきたい件があります。\n今お時間ありますか。\n"
               "このメールに返信してください。\n\n山田\n"),
     extra=[f"Reply-To: {addr('山田 太郎', 'yamada.ceo.office@yahoo.co.jp')}"])

W28 = T(2024, 7, 11, 20, 15, 33, EDT)
make("bec-28-lookalike-exampIe-com-en.eml", "bec", "lookalike", "en",
     "Homoglyph lookalike exampIe.com (capital I for l, i.e. the domain exampie.com) with the CFO's name and Reply-To on outlook.com: wire today.",
     ["lookalike-domain", "reply-to-freemail", "executive-name", "payment-request", "urgency", "secrecy", "text-only"],
     lambda m: selfhosted(m, "kenichi.sato@exampIe.com", "misaki.takahashi@example.co.jp", W28, EDT,
                          "mx.exampIe.com", "194.169.175.40", "194.169.175.77", sign=False,
                          dmarc=("none", None), rdns="unknown"),
     ("Kenichi Sato", "kenichi.sato@exampIe.com"), ["misaki.takahashi@example.co.jp"],
     "Wire transfer today", W28, EDT,
     text_part("Misaki,\n\nI need you to process a wire transfer today for a time-sensitive acquisition deposit.\n"
               "Our legal counsel will share the beneficiary details shortly. Please confirm you can handle it before 3pm.\n"
               "Do not discuss this with anyone else until the announcement.\n\nKenichi Sato\nCFO, Example Trading\n",
               "us-ascii", "7bit"),
     extra=["Reply-To: Kenichi Sato <kenichi.sato.cfo@outlook.com>"])

IDN = "xn--exmple-4nf.co.jp"   # "exаmple.co.jp" with CYRILLIC SMALL LETTER A
W29 = T(2024, 7, 12, 8, 9, 56, JST)
make("bec-29-lookalike-idn-homograph-ja.eml", "bec", "lookalike", "ja",
     f"IDN homograph: {IDN} is 'exаmple.co.jp' with a Cyrillic 'а'; SPF/DKIM/DMARC pass for the lookalike; availability probe.",
     ["lookalike-domain", "idn-homograph", "availability-probe", "reply-request", "auth-pass", "text-only"],
     lambda m: selfhosted(m, f"taro.yamada@{IDN}", "shota.ono@example.co.jp", W29, JST,
                          f"mail.{IDN}", "185.234.72.19", "185.234.72.55", rdns=f"mail.{IDN}"),
     ("山田 太郎", f"taro.yamada@{IDN}"), [("大野 翔太", "shota.ono@example.co.jp")],
     "今お時間ありますか", W29, JST,
     text_part("大野さん\n\n今お時間ありますか。\nお願いしたいことがあります。\nこのメールに返信してください。\n\n山田\n"))

W30 = T(2024, 7, 16, 10, 1, 12, JST)


def _bec30(m):
    trace, _ = direct(m, "mail.kousoku-haishin.top", "45.88.90.132", "bounce-7731@kousoku-haishin.top",
                      "hanako.tsuzuki@example.co.jp", W30, JST, spf="pass", dmarc=None)
    # mx1's real verdict: SPF passes for the unaligned envelope domain, DMARC fails.
    trace[1] = m.ar(("pass", "bounce-7731@kousoku-haishin.top", "45.88.90.132"), "none",
                    ("fail", "none", "example.co.jp"))
    trace += [
        f"Received: from localhost (localhost [127.0.0.1])\n\tby mail.kousoku-haishin.top (Postfix) with ESMTP id {m.hex(10, True)};\n\t{d(W30, JST)}",
        # forged by the sender, below mx1's trace: must not be trusted
        "Authentication-Results: mx1.example.co.jp;\n\tspf=pass smtp.mailfrom=example.co.jp;\n\tdkim=pass header.d=example.co.jp;\n\tdmarc=pass header.from=example.co.jp",
    ]
    return trace, f"<{m.hex(24)}@example.co.jp>"


make("bec-30-spoofed-own-domain-dmarc-fail-ja.eml", "bec", "spoofed-domain", "ja",
     "Exact CEO address spoofed: mx1 stamps dmarc=fail (p=none, so delivered); Reply-To on Gmail; a forged 'mx1' Authentication-Results below the trusted hop claims pass.",
     ["spoofed-org-domain", "dmarc-fail", "reply-to-freemail", "forged-auth-results", "availability-probe",
      "urgency", "text-only"],
     _bec30,
     ("山田 太郎", "taro.yamada@example.co.jp"), [("都築 花子", "hanako.tsuzuki@example.co.jp")],
     "至急ご確認ください", W30, JST,
     text_part("都築さん\n\nお疲れ様です。\n至急お願いしたい件があります。\n今お時間ありますか。返信をお願いします。\n\n山田\n"),
     extra=[f"Reply-To: {addr('山田 太郎', 'yamada.taro.president@gmail.com')}", "X-Mailer: Microsoft Outlook 16.0"])

W31 = T(2024, 7, 17, 13, 27, 48, JST)
make("bec-31-display-name-address-gmail-ja.eml", "bec", "ceo-fraud", "ja",
     "Display name that decodes to '山田太郎 <taro.yamada@example.co.jp>' on a Gmail account: the real address is only in the encoded phrase.",
     ["executive-name-on-freemail", "display-name-address", "availability-probe", "urgency", "secrecy",
      "reply-request", "text-only"],
     lambda m: gmail(m, "tyamada.mail.0717@gmail.com", "naoki.watanabe@example.co.jp", W31, JST, "pj1", 179),
     ("山田太郎 <taro.yamada@example.co.jp>", "tyamada.mail.0717@gmail.com"), [("渡辺 直樹", "naoki.watanabe@example.co.jp")],
     "至急", W31, JST,
     text_part("渡辺さん\n\nお疲れ様です。\n今お時間ありますか。\n社外の方に知られたくない件で、至急お願いしたいことがあります。\n"
               "このメールに返信してください。\n\n山田太郎\n", "UTF-8", "base64"),
     cs="UTF-8")

W32 = T(2024, 7, 18, 19, 4, 26, JST)
make("bec-32-personal-address-lookalike-ja.eml", "bec", "ceo-fraud", "ja",
     "CEO name on taro.yamada.example.jp@gmail.com, a near copy of his registered private address taro.yamada.example@gmail.com; claims the company phone is broken.",
     ["executive-name-on-freemail", "personal-address-lookalike", "availability-probe", "secrecy",
      "reply-request", "text-only"],
     lambda m: gmail(m, "taro.yamada.example.jp@gmail.com", "yuko.hayashi@example.co.jp", W32, JST, "yb1", 169),
     ("山田 太郎", "taro.yamada.example.jp@gmail.com"), [("林 優子", "yuko.hayashi@example.co.jp")],
     "私用アドレスから失礼します", W32, JST,
     text_part("林さん\n\nお疲れ様です。山田です。\n社用の携帯が不調のため、私用のアドレスから連絡しています。\n"
               "少しお願いしたいことがあるのですが、今お時間ありますか。\nこの件はまだ他の方には伝えないでください。\n"
               "このアドレスに返信をお願いします。\n\n山田\n", "UTF-8", "base64"),
     cs="UTF-8")


def bec33():
    # inner: received at the secretary's private Yahoo! JAPAN mailbox
    wi = T(2024, 7, 19, 8, 12, 31, JST)
    mi = M("bec-33-inner")
    sender = "president.yamada.t@yahoo.co.jp"
    mi.sign("yahoo.co.jp", "yj20110701", wi,
            h="Date:From:Reply-To:Subject:To:MIME-Version:Content-Type:Message-ID")
    inner_trace = [
        f"Return-Path: <{sender}>",
        "Delivered-To: yuko.hayashi.example@yahoo.co.jp",
        f"Received: from nh608-vm6.bullet.mail.ssk.yahoo.co.jp (nh608-vm6.bullet.mail.ssk.yahoo.co.jp [182.22.90.36])\n\tby mta5002.mail.ssk.yahoo.co.jp with ESMTPS; {nnfmp(wi + 3 * S)}",
        f"Authentication-Results: mta5002.mail.ssk.yahoo.co.jp;\n\tspf=pass smtp.mailfrom={sender};\n\tdkim=pass header.d=yahoo.co.jp;\n\tdmarc=pass header.from=yahoo.co.jp",
    ] + yahoojp_inner(mi, sender, wi, "185.244.36.91", "608")
    inner_part = text_part("林さん\n\nお疲れ様です。山田です。\n急ぎのお願いです。\n"
                           "取引先への謝礼として、Amazonギフトカード（5万円分）を購入してもらえますか。\n"
                           "購入後、ギフトカードの番号をこのメールに返信してください。\n"
                           "費用は明日精算します。会議中のため電話はできません。\n\n代表取締役 山田太郎\n")
    inner = build(mi, inner_trace, addr("代表取締役 山田太郎", sender), "yuko.hayashi.example@yahoo.co.jp",
                  "お願い", wi, JST, f"<{mi.digits(6)}.{mi.digits(5)}.qm@web601.mail.ssk.yahoo.co.jp>",
                  inner_part).replace(b"\r\n", b"\n")
    wo = T(2024, 7, 19, 9, 40, 2, JST)
    outer = multipart("mixed", [
        text_part("情報セキュリティ室 御中\n\nお疲れ様です。秘書室の林です。\n"
                  "私用のYahoo!メールに、社長を名乗る不審なメールが届きました。\n"
                  "ギフトカードの購入を依頼する内容です。返信はしていません。\n"
                  "元のメールを添付しますので、ご確認をお願いします。\n\n秘書室 林 優子\n"),
        rfc822_part(inner, "original-message.eml"),
    ], "_004_TYCPR01MB7713_")
    make("bec-33-reported-wrapper-giftcard-ja.eml", "bec", "gift-card", "ja",
         "Reported message: the secretary forwards, as message/rfc822, a gift-card lure sent by '代表取締役 山田太郎' on yahoo.co.jp to her private Yahoo! JAPAN address. Label is the inner message's.",
         ["reported-as-attachment", "executive-name-on-freemail", "personal-recipient", "gift-card", "urgency", "text-only"],
         lambda m: internal(m, "yuko.hayashi@example.co.jp", "security@example.co.jp", wo,
                            "10.20.33.18", "pc-0533.corp.example.co.jp"),
         ("林 優子", "yuko.hayashi@example.co.jp"), [("情報セキュリティ室", "security@example.co.jp")],
         "【不審メール報告】社長を名乗るメール", wo, JST, outer)
    MESSAGES[-1]["_inner"] = ("お願い", "代表取締役 山田太郎", sender)


bec33()

W34 = T(2024, 7, 22, 2, 11, 45, JST)
make("bec-34-gmail-forwarded-personal-ja.eml", "bec", "ceo-fraud", "ja",
     "Sent only to the employee's private Gmail address and auto-forwarded by Gmail to his corporate mailbox (Gmail's hops and a mx.google.com Authentication-Results below mx1's).",
     ["executive-name-on-freemail", "personal-recipient", "forwarded-by-provider", "availability-probe",
      "urgency", "reply-request", "text-only"],
     lambda m: gmail_forward(m, "yamada.taro.office.ceo@gmail.com", "takuya.yoshida.example@gmail.com",
                             "takuya.yoshida@example.co.jp", W34),
     ("山田 太郎", "yamada.taro.office.ceo@gmail.com"), ["takuya.yoshida.example@gmail.com"],
     "吉田さんへ", W34, JST,
     text_part("吉田さん\n\nお疲れ様です。山田です。\n今お時間ありますか。\n"
               "至急ご対応いただきたい件があるので、このメールに返信してください。\n\n山田 太郎\n", "UTF-8", "base64"),
     cs="UTF-8")


# ================================================================== phishing


def alt(plain, html, boundary, pcs="UTF-8", pcte="quoted-printable", hcs="UTF-8", hcte="quoted-printable"):
    return multipart("alternative", [text_part(plain, pcs, pcte), text_part(html, hcs, hcte, "html")], boundary)


def exim_local(host, mailfrom, rcpt, eid):
    return (f"Received: from www-data by {host} with local (Exim 4.96)\n\t(envelope-from <{mailfrom}>)\n"
            f"\tid {eid}\n\tfor {rcpt}; {{T}}")


W_P01 = T(2024, 6, 4, 23, 14, 8, MSK)
make("phish-01-m365-password-link-mismatch-en.eml", "phishing", "credential-phishing", "en",
     "Microsoft 365 password-expiry lure: the link text shows login.microsoftonline.com, the href goes to mso365-portal-auth.xyz.",
     ["credential-link", "link-text-mismatch", "brand-impersonation", "urgency"],
     lambda m: direct(m, "srv1.mso365-notice.xyz", "193.233.21.7", "bounce@mso365-notice.xyz",
                      "sakura.nakamura@example.co.jp", W_P01, MSK, rdns="srv1.mso365-notice.xyz", spf="pass",
                      sign_domain="mso365-notice.xyz", dmarc=("pass", "none", "mso365-notice.xyz"), tls=True,
                      below=[exim_local("srv1.mso365-notice.xyz", "bounce@mso365-notice.xyz",
                                        "sakura.nakamura@example.co.jp", "1sH4xY-000Abc-2K")]),
     ("Microsoft 365", "no-reply@mso365-notice.xyz"), ["sakura.nakamura@example.co.jp"],
     "Action required: your password expires today", W_P01, MSK,
     alt("Hello sakura.nakamura@example.co.jp,\n\nYour Microsoft 365 password expires today. To keep using your current\n"
         "password, confirm it within 24 hours:\n\nhttps://mso365-portal-auth.xyz/owa/?login=sakura.nakamura%40example.co.jp\n\n"
         "If you do not confirm, your mailbox will be disabled and messages may be lost.\n\nMicrosoft 365 Admin Center\n",
         '<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">\n'
         "<p>Hello sakura.nakamura@example.co.jp,</p>\n"
         "<p>Your Microsoft 365 password expires <b>today</b>. To keep using your current password, confirm it below within 24 hours.</p>\n"
         '<p><a href="https://mso365-portal-auth.xyz/owa/?login=sakura.nakamura%40example.co.jp">'
         "https://login.microsoftonline.com/common/oauth2/keep-password</a></p>\n"
         "<p>If you do not confirm, your mailbox will be disabled and messages may be lost.</p>\n"
         "<p>Microsoft 365 Admin Center<br>This is an automated message, please do not reply.</p>\n</body></html>\n",
         "b1_9f3c2a7d1e6b4c0a"))

W_P02 = T(2024, 6, 6, 8, 2, 41, JST)
make("phish-02-m365-password-ja.eml", "phishing", "credential-phishing", "ja",
     "Japanese Microsoft 365 lure from m365-jp-support.top: link text portal.office.com, href to the attacker's login.php; UTF-8 quoted-printable HTML.",
     ["credential-link", "link-text-mismatch", "brand-impersonation", "urgency"],
     lambda m: direct(m, "m365-jp-support.top", "103.145.13.90", "admin@m365-jp-support.top",
                      "aoi.hashimoto@example.co.jp", W_P02, JST, spf="softfail"),
     ("Microsoft 365 管理センター", "admin@m365-jp-support.top"), ["aoi.hashimoto@example.co.jp"],
     "【重要】Microsoft 365 パスワードの有効期限は本日までです", W_P02, JST,
     alt("aoi.hashimoto@example.co.jp 様\n\nお客様のMicrosoft 365アカウントのパスワードは本日で有効期限が切れます。\n"
         "引き続き現在のパスワードを使用するには、以下から24時間以内に確認してください。\n\n"
         "https://m365-jp-support.top/auth/login.php?id=aoi.hashimoto%40example.co.jp\n\n"
         "確認されない場合、メールボックスは停止されます。\n\nMicrosoft 365 管理センター\n",
         '<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">\n'
         "<p>aoi.hashimoto@example.co.jp 様</p>\n"
         "<p>お客様のMicrosoft 365アカウントのパスワードは<b>本日</b>で有効期限が切れます。<br>\n"
         "引き続き現在のパスワードを使用するには、以下から24時間以内に確認してください。</p>\n"
         '<p><a href="https://m365-jp-support.top/auth/login.php?id=aoi.hashimoto%40example.co.jp">'
         "https://portal.office.com/account/</a></p>\n"
         "<p>確認されない場合、メールボックスは停止されます。</p>\n<p>Microsoft 365 管理センター</p>\n</body></html>\n",
         "=_m365jp_7a1c"),
     cs="UTF-8")

W_P03 = T(2024, 6, 7, 16, 33, 2, UTC)
make("phish-03-esign-shortener-en.eml", "phishing", "credential-phishing", "en",
     "Fake e-signature notice 'Ryo Matsumoto via SignFlow' (a colleague's name on a third-party domain) linking through a bit.ly short URL.",
     ["credential-link", "url-shortener", "colleague-name-in-display", "brand-impersonation"],
     lambda m: direct(m, "mta3.signflow-docs.online", "212.192.246.30", "dse@signflow-docs.online",
                      "mayumi.inoue@example.co.jp", W_P03, UTC, rdns="mta3.signflow-docs.online", spf="pass",
                      sign_domain="signflow-docs.online", dmarc=("pass", "none", "signflow-docs.online"), tls=True),
     ("Ryo Matsumoto via SignFlow", "dse@signflow-docs.online"), ["mayumi.inoue@example.co.jp"],
     "Ryo Matsumoto sent you Purchase_Agreement_Q3.pdf to review and sign", W_P03, UTC,
     alt("Ryo Matsumoto sent you a document to review and sign.\n\nPurchase_Agreement_Q3.pdf\n\n"
         "REVIEW DOCUMENT: https://bit.ly/3xQvT9k\n\nDo not share this email. SignFlow\n",
         '<html><body style="font-family:Helvetica,Arial,sans-serif">\n'
         '<table width="560" style="background:#f4f4f4;padding:20px"><tr><td>\n'
         "<p><b>Ryo Matsumoto</b> sent you a document to review and sign.</p>\n"
         "<p>Purchase_Agreement_Q3.pdf</p>\n"
         '<p><a href="https://bit.ly/3xQvT9k" style="background:#ffc520;padding:10px 24px;color:#000;text-decoration:none">'
         "REVIEW DOCUMENT</a></p>\n<p style=\"font-size:11px\">Do not share this email. SignFlow</p>\n"
         "</td></tr></table>\n</body></html>\n",
         "--==_sf_b72e61", pcs="us-ascii", pcte="7bit", hcs="us-ascii", hcte="7bit"))

W_P04 = T(2024, 6, 8, 3, 41, 17, CST8)
make("phish-04-amazon-account-ja.eml", "phishing", "credential-phishing", "ja",
     "Amazon.co.jp account-verification lure from amazon.co.jp.account-verify-jp.icu (brand as a subdomain); ISO-2022-JP text plus UTF-8 base64 HTML with a mismatched link.",
     ["credential-link", "link-text-mismatch", "brand-impersonation", "subdomain-trick", "urgency"],
     lambda m: direct(m, "account-verify-jp.icu", "47.242.18.93", "service@account-verify-jp.icu",
                      "megumi.kato@example.co.jp", W_P04, CST8, spf="none"),
     ("Amazon.co.jp", "account-update@amazon.co.jp.account-verify-jp.icu"), ["megumi.kato@example.co.jp"],
     "Amazon.co.jpにご登録のアカウント（名前、パスワード、その他個人情報）の確認", W_P04, CST8,
     multipart("alternative", [
         text_part("Amazonをご利用いただきありがとうございます。\n\n"
                   "お客様のアカウントで異常なログインが検出されたため、アカウントを一時的に保留しました。\n"
                   "24時間以内に以下のリンクからアカウント情報を更新してください。\n\n"
                   "https://amazon.co.jp.account-verify-jp.icu/ap/signin?openid=77139\n\n"
                   "期限内に確認いただけない場合、アカウントは利用停止となります。\n\nAmazon.co.jp カスタマーサービス\n"),
         text_part('<html><body style="font-family:sans-serif">\n<p>Amazonをご利用いただきありがとうございます。</p>\n'
                   "<p>お客様のアカウントで異常なログインが検出されたため、アカウントを一時的に保留しました。<br>\n"
                   "24時間以内に以下のリンクからアカウント情報を更新してください。</p>\n"
                   '<p><a href="https://amazon.co.jp.account-verify-jp.icu/ap/signin?openid=77139">'
                   "https://www.amazon.co.jp/ap/signin</a></p>\n"
                   "<p>期限内に確認いただけない場合、アカウントは利用停止となります。</p>\n"
                   "<p>Amazon.co.jp カスタマーサービス</p>\n</body></html>\n", "UTF-8", "base64", "html"),
     ], "----=_NextPart_000_0012_01DAB9F1.3C2A7E50"),
     cs="UTF-8")

W_P05 = T(2024, 6, 9, 12, 5, 39, JST)
make("phish-05-card-text-only-ja.eml", "phishing", "credential-phishing", "ja",
     "Fictional card brand 'ミライカード' usage-confirmation lure, text-only ISO-2022-JP with a bare URL on a fake domain.",
     ["credential-link", "brand-impersonation", "urgency", "text-only"],
     lambda m: direct(m, "mail.miraicard-secure.top", "27.124.45.110", "info@miraicard-secure.top",
                      "yuto.ishikawa@example.co.jp", W_P05, JST, spf="pass",
                      sign_domain="miraicard-secure.top", dmarc=("none", None, "miraicard-secure.top"), tls=True),
     ("ミライカード", "info@miraicard-secure.top"), ["yuto.ishikawa@example.co.jp"],
     "【ミライカード】ご利用確認のお願い", W_P05, JST,
     text_part("ミライカードをご利用いただきありがとうございます。\n\n"
               "お客様のカードにおいて、第三者による不正利用の可能性がある取引を検知いたしました。\n"
               "ご利用の確認が取れるまで、カードのご利用を一時的に制限しております。\n\n"
               "下記URLよりご本人様確認をお願いいたします。\n"
               "https://miraicard.jp-login-check.top/member/confirm?no=5520871\n\n"
               "※48時間以内にご確認いただけない場合、カードのご利用を停止いたします。\n\n"
               "ミライカード株式会社 カスタマーセンター\n"))

W_P06 = T(2024, 6, 10, 7, 55, 3, JST)
make("phish-06-bank-suspended-ja.eml", "phishing", "credential-phishing", "ja",
     "Fictional bank 'ひので銀行' account-suspension lure from hinode-bank-jp.xyz; the link text shows the bank's real (fictional) domain hinode-bank.test.",
     ["credential-link", "link-text-mismatch", "brand-impersonation", "urgency"],
     lambda m: direct(m, "hinode-bank-jp.xyz", "45.144.30.212", "support@hinode-bank-jp.xyz",
                      "misaki.takahashi@example.co.jp", W_P06, JST, spf="neutral"),
     ("ひので銀行", "support@hinode-bank-jp.xyz"), ["misaki.takahashi@example.co.jp"],
     "【ひので銀行】お客様の口座が一時利用停止になりました", W_P06, JST,
     alt("ひので銀行をご利用いただきありがとうございます。\n\n"
         "お客様の口座において、セキュリティ上の理由により一時的にお取引を停止いたしました。\n"
         "下記よりログインし、お客様情報の再登録を行ってください。\n\nhttps://hinode-bank-jp.xyz/login/\n\nひので銀行\n",
         '<html><body>\n<p>ひので銀行をご利用いただきありがとうございます。</p>\n'
         "<p>お客様の口座において、セキュリティ上の理由により一時的にお取引を停止いたしました。<br>\n"
         "下記よりログインし、お客様情報の再登録を行ってください。</p>\n"
         '<p><a href="https://hinode-bank-jp.xyz/login/">https://www.hinode-bank.test/login</a></p>\n'
         "<p>ひので銀行</p>\n</body></html>\n", "=_hnd_41f0"),
     cs="UTF-8", enc="B")

W_P07 = T(2024, 6, 11, 19, 12, 44, JST)
make("phish-07-delivery-shortener-ja.eml", "phishing", "delivery-phishing", "ja",
     "Fictional carrier 'はやぶさ運輸' missed-delivery lure, text-only ISO-2022-JP, tinyurl short link.",
     ["credential-link", "url-shortener", "brand-impersonation", "text-only"],
     lambda m: direct(m, "hayabusa-unyu-delivery.top", "103.214.5.62", "no-reply@hayabusa-unyu-delivery.top",
                      "chihiro.mori@example.co.jp", W_P07, JST, spf="none"),
     ("はやぶさ運輸", "no-reply@hayabusa-unyu-delivery.top"), ["chihiro.mori@example.co.jp"],
     "お荷物お届けのお知らせ", W_P07, JST,
     text_part("お客様宛にお荷物のお届けにあがりましたが、不在のため持ち帰りました。\n"
               "再配達のご依頼は下記よりお手続きください。\n\nhttps://tinyurl.com/hyb-redeliv24\n\n"
               "※保管期限を過ぎたお荷物は差出人へ返送されます。\n\nはやぶさ運輸 お客様センター\n"))

W_P08 = T(2024, 6, 12, 4, 20, 50, UTC)
make("phish-08-customs-fee-ip-url-en.eml", "phishing", "delivery-phishing", "en",
     "Parcel customs-fee lure ('GlobeParcel') with an IP-literal payment URL, plain ASCII text.",
     ["credential-link", "ip-literal-url", "payment-request", "brand-impersonation", "text-only"],
     lambda m: direct(m, "globeparcel-customs.site", "91.214.124.37", "track@globeparcel-customs.site",
                      "takuya.yoshida@example.co.jp", W_P08, UTC, spf="pass", dmarc=("none", None, "globeparcel-customs.site")),
     ("GlobeParcel Delivery", "track@globeparcel-customs.site"), ["takuya.yoshida@example.co.jp"],
     "Your parcel is on hold: customs fee unpaid", W_P08, UTC,
     text_part("Dear customer,\n\nYour parcel GP-7730-1184-JP is on hold at our facility because a customs fee of USD 1.99 is unpaid.\n"
               "Pay the fee within 48 hours to schedule delivery:\n\nhttp://91.214.124.37/gp/pay?id=GP77301184\n\n"
               "Parcels not released will be returned to the sender.\n\nGlobeParcel Delivery Services\n", "us-ascii", "7bit"))

W_P09 = T(2024, 6, 13, 14, 8, 9, EDT)
_html09 = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in to your account</title></head>\n'
           '<body style="font-family:Segoe UI,Arial">\n<div style="width:360px;margin:60px auto;padding:30px;border:1px solid #ddd">\n'
           "<h2>Sign in</h2><p>Your session has expired. Sign in to view the remittance advice.</p>\n"
           '<form method="POST" action="https://remit-view-secure.online/o365/auth.php">\n'
           '<input type="email" name="login" value="mayumi.inoue@example.co.jp"><br>\n'
           '<input type="password" name="passwd" placeholder="Password"><br>\n'
           '<button type="submit">Sign in</button></form></div></body></html>\n')
make("phish-09-html-attachment-login-en.eml", "phishing", "credential-phishing", "en",
     "Remittance-advice lure with an .htm attachment that is a fake Microsoft sign-in form (email prefilled) posting to remit-view-secure.online.",
     ["html-attachment", "credential-form", "payment-lure"],
     lambda m: direct(m, "mail.fastfreight-billing.online", "185.107.56.43", "ap@fastfreight-billing.online",
                      "mayumi.inoue@example.co.jp", W_P09, EDT, rdns="mail.fastfreight-billing.online", spf="pass",
                      sign_domain="fastfreight-billing.online", dmarc=("pass", "none", "fastfreight-billing.online"), tls=True),
     ("Accounts Payable", "ap@fastfreight-billing.online"), ["mayumi.inoue@example.co.jp"],
     "Remittance Advice - Payment Confirmation #RA-0612", W_P09, EDT,
     multipart("mixed", [
         text_part("Hello,\n\nPlease find attached the remittance advice for the payment released today.\n"
                   "Open the attachment to view the details.\n\nRegards,\nAccounts Payable\n", "us-ascii", "7bit"),
         attachment(_html09.encode(), "text/html", "Remittance_Advice_0612.htm"),
     ], "000000000000a1b2c3061ae0f4d2"))

W_P10 = T(2024, 6, 14, 9, 31, 22, JST)
_html10 = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>Microsoft Excel Online</title></head>\n'
           "<body style=\"font-family:Meiryo,sans-serif;background:#f3f2f1\">\n"
           '<div style="width:380px;margin:80px auto;background:#fff;padding:32px">\n'
           "<h3>Excel Online</h3><p>請求書_202406.xlsx を表示するには、サインインしてください。</p>\n"
           '<form method="POST" action="https://seikyu-docs.top/xls/auth.php">\n'
           '<input type="email" name="u" value="aoi.hashimoto@example.co.jp"><br>\n'
           '<input type="password" name="p" placeholder="パスワード"><br>\n'
           '<button type="submit">サインイン</button></form></div></body></html>\n')
make("phish-10-html-attachment-invoice-ja.eml", "phishing", "credential-phishing", "ja",
     "Japanese invoice lure with an HTML attachment (RFC 2231 UTF-8 filename 請求書_202406.html) showing a fake Excel Online sign-in.",
     ["html-attachment", "credential-form", "brand-impersonation"],
     lambda m: direct(m, "seikyu-docs.top", "45.95.147.236", "invoice@seikyu-docs.top",
                      "aoi.hashimoto@example.co.jp", W_P10, JST, spf="softfail"),
     ("請求書送付", "invoice@seikyu-docs.top"), ["aoi.hashimoto@example.co.jp"],
     "【請求書】6月分のご確認をお願いいたします", W_P10, JST,
     multipart("mixed", [
         text_part("ご担当者様\n\nいつもお世話になっております。\n6月分の請求書を添付いたしましたので、ご確認をお願いいたします。\n\n請求書送付センター\n"),
         attachment(_html10.encode(), "text/html", "請求書_202406.html", style="rfc2231"),
     ], "----=_Part_3391_1718325082"))

W_P11 = T(2024, 6, 17, 15, 45, 0, JST)
make("phish-11-quota-lookalike-own-domain-en.eml", "phishing", "credential-phishing", "en",
     "Mailbox-quota lure from the lookalike example-co.jp posing as the company IT helpdesk; link host starts with mail.example.co.jp. but is under webmail-quota.top.",
     ["lookalike-domain", "credential-link", "subdomain-trick", "internal-role-impersonation", "urgency"],
     lambda m: selfhosted(m, "it-helpdesk@example-co.jp", "chihiro.mori@example.co.jp", W_P11, JST,
                          "smtp.example-co.jp", "45.138.16.77", "45.138.16.90", rdns="smtp.example-co.jp"),
     ("Example Trading IT Helpdesk", "it-helpdesk@example-co.jp"), ["chihiro.mori@example.co.jp"],
     "Mailbox quota 99% full - messages will be rejected", W_P11, JST,
     alt("Dear chihiro.mori,\n\nYour mailbox has reached 99% of its storage quota. Incoming messages will be rejected.\n"
         "Sign in to the webmail portal to release storage:\n\nhttps://mail.example.co.jp.webmail-quota.top/owa/auth/logon.aspx\n\n"
         "IT Helpdesk\nExample Trading\n",
         "<html><body style=\"font-family:Arial\">\n<p>Dear chihiro.mori,</p>\n"
         "<p>Your mailbox has reached <b>99%</b> of its storage quota. Incoming messages will be rejected.</p>\n"
         '<p><a href="https://mail.example.co.jp.webmail-quota.top/owa/auth/logon.aspx">Release storage now</a></p>\n'
         "<p>IT Helpdesk<br>Example Trading</p>\n</body></html>\n", "_=quota=_0617", pcs="us-ascii", pcte="7bit",
         hcs="us-ascii", hcte="7bit"))

W_P12 = T(2024, 6, 18, 22, 16, 38, CST8)
make("phish-12-etc-service-sjis-ja.eml", "phishing", "credential-phishing", "ja",
     "'ETC利用照会サービス' suspension notice: Shift_JIS base64 HTML, UTF-8 encoded subject with a full-width space, link to a .cn domain.",
     ["credential-link", "brand-impersonation", "urgency"],
     lambda m: direct(m, "etc-riyou-shoukai.cn", "124.221.78.3", "etc-meisai@etc-riyou-shoukai.cn",
                      "takashi.kimura@example.co.jp", W_P12, CST8, spf="none"),
     ("ETC利用照会サービス", "etc-meisai@etc-riyou-shoukai.cn"), ["takashi.kimura@example.co.jp"],
     "ETC利用照会サービス\u3000利用停止予告", W_P12, CST8,
     text_part("<html><body>\n<p>ETC利用照会サービスをご利用いただきありがとうございます。</p>\n"
               "<p>お客様のETCカードは有効期限の更新手続きが完了していないため、まもなく利用停止となります。</p>\n"
               "<p>引き続きご利用いただくには、下記より登録情報をご確認ください。</p>\n"
               '<p><a href="https://www.etc-riyou-shoukai.cn/login?m=takashi.kimura">ETC利用照会サービスにログイン</a></p>\n'
               "<p>ETC利用照会サービス事務局</p>\n</body></html>\n", "Shift_JIS", "base64", "html"),
     cs="UTF-8")

W_P13 = T(2024, 6, 19, 10, 2, 59, EDT)
make("phish-13-voicemail-shortener-en.eml", "phishing", "credential-phishing", "en",
     "Voicemail notification lure with a 'Play Message' button through an is.gd short link.",
     ["credential-link", "url-shortener", "link-text-mismatch"],
     lambda m: direct(m, "vm-notify.click", "179.43.142.17", "voicemail@vm-notify.click",
                      "naoki.watanabe@example.co.jp", W_P13, EDT, spf="pass", dmarc=("none", None, "vm-notify.click")),
     ("Voicemail Service", "voicemail@vm-notify.click"), ["naoki.watanabe@example.co.jp"],
     "New voice message from +81 3-XXXX-2281 (0:42)", W_P13, EDT,
     alt("You have a new voice message.\n\nFrom: +81 3-XXXX-2281\nLength: 0:42\n\nPlay message: https://is.gd/Vm0x4q\n",
         "<html><body style=\"font-family:Arial\">\n<p>You have a new voice message.</p>\n"
         "<p>From: +81 3-XXXX-2281<br>Length: 0:42</p>\n"
         '<p><a href="https://is.gd/Vm0x4q" style="background:#0067b8;color:#fff;padding:8px 20px;text-decoration:none">'
         "&#9654; Play Message</a></p>\n</body></html>\n", "vm_b_55e1", pcs="us-ascii", pcte="7bit",
         hcs="us-ascii", hcte="7bit"))


# ================================================================== spam

W_S01 = T(2024, 6, 5, 11, 0, 4, JST)
make("spam-01-marketing-sjis-ja.eml", "spam", "marketing", "ja",
     "Office-supplies sale blast in Shift_JIS (8bit body, Shift_JIS encoded-words) to the info@ role address.",
     ["marketing", "bulk-sender", "role-recipient"],
     lambda m: direct(m, "mta02.officemart-sale.shop", "160.16.204.57", "bounce@officemart-sale.shop",
                      "info@example.co.jp", W_S01, JST, rdns="mta02.officemart-sale.shop", spf="pass",
                      sign_domain="officemart-sale.shop", dmarc=("pass", "none", "officemart-sale.shop"), tls=True),
     ("オフィスマート通販", "news@officemart-sale.shop"), ["info@example.co.jp"],
     "【期間限定】オフィス用品が全品最大70%OFF！", W_S01, JST,
     text_part("エグザンプル商事株式会社 ご担当者様\n\n"
               "いつもオフィスマート通販をご利用いただきありがとうございます。\n"
               "ただいま期間限定で、コピー用紙・文房具・オフィス家具が全品最大70%OFF！\n"
               "さらに1万円以上のご注文で送料無料です。\n\n"
               "▼セール会場はこちら\nhttp://officemart-sale.shop/sale/?utm_source=mail\n\n"
               "※配信停止をご希望の方は、本メールにそのままご返信ください。\n\nオフィスマート通販\n",
               "Shift_JIS", "8bit"),
     cs="SHIFT_JIS")

W_S02 = T(2024, 6, 12, 13, 30, 0, JST)
make("spam-02-investment-seminar-ja.eml", "spam", "investment", "ja",
     "'Principal-guaranteed 10% a month' investment seminar spam, UTF-8 base64 HTML, To: undisclosed-recipients (Bcc delivery).",
     ["investment", "bulk-sender", "undisclosed-recipients"],
     lambda m: direct(m, "fx-toushi-seminar.xyz", "38.54.33.106", "info@fx-toushi-seminar.xyz",
                      "kenichi.sato@example.co.jp", W_S02, JST, spf="softfail"),
     ("資産運用セミナー事務局", "info@fx-toushi-seminar.xyz"), ["undisclosed-recipients:;"],
     "【元本保証】月利10%の資産運用セミナーご招待", W_S02, JST,
     text_part('<html><body style="font-family:sans-serif">\n<h2>元本保証・月利10%の資産運用</h2>\n'
               "<p>経営者様限定で、元本保証の運用プログラムをご紹介する無料セミナーを開催いたします。</p>\n"
               "<p>・最低投資額100万円から<br>・毎月配当を受け取れます<br>・参加者限定の特別枠あり</p>\n"
               '<p><a href="https://fx-toushi-seminar.xyz/entry">セミナーに申し込む</a></p>\n'
               "<p>資産運用セミナー事務局</p>\n</body></html>\n", "UTF-8", "base64", "html"),
     cs="UTF-8")

W_S03 = T(2024, 6, 15, 17, 44, 12, UTC)
make("spam-03-crypto-presale-en.eml", "spam", "crypto", "en",
     "Crypto token presale hype ('100x'), plain and HTML, from a bulk sender with its own DKIM.",
     ["investment", "crypto", "bulk-sender"],
     lambda m: direct(m, "o12.mail.novachain-presale.io", "64.190.210.20", "bounces+22841@mail.novachain-presale.io",
                      "koji.goto@example.co.jp", W_S03, UTC, rdns="o12.mail.novachain-presale.io", spf="pass",
                      sign_domain="novachain-presale.io", dmarc=("pass", "none", "novachain-presale.io"), tls=True),
     ("NovaChain Team", "hello@novachain-presale.io"), ["koji.goto@example.co.jp"],
     "Last 48h: NOVA token presale at $0.004 - early buyers are up 100x", W_S03, UTC,
     alt("The NOVA presale closes in 48 hours.\n\nEarly buyers of similar tokens saw 100x returns.\n"
         "Secure your allocation now: https://novachain-presale.io/buy?ref=mail22841\n\n"
         "This is not financial advice. Unsubscribe: https://novachain-presale.io/u/22841\n",
         "<html><body><h1>NOVA presale closes in 48h</h1>\n<p>Early buyers of similar tokens saw <b>100x</b> returns.</p>\n"
         '<p><a href="https://novachain-presale.io/buy?ref=mail22841">Secure your allocation</a></p>\n'
         '<p style="font-size:10px">Not financial advice. <a href="https://novachain-presale.io/u/22841">Unsubscribe</a></p>\n'
         "</body></html>\n", "nova_2a9e0c", pcs="us-ascii", pcte="7bit", hcs="us-ascii", hcte="7bit"))

W_S04 = T(2024, 6, 20, 14, 5, 31, timezone(timedelta(hours=5, minutes=30), "IST"))
make("spam-04-seo-freemail-en.eml", "spam", "marketing", "en",
     "SEO-services cold pitch from a Gmail account to the info@ role address: freemail sender but plain spam, no impersonation.",
     ["marketing", "freemail-sender", "role-recipient", "text-only"],
     lambda m: gmail(m, "seo.expert.rahul2024@gmail.com", "info@example.co.jp", W_S04,
                     timezone(timedelta(hours=5, minutes=30), "IST"), "pj1", 65),
     ("Rahul Verma", "seo.expert.rahul2024@gmail.com"), ["info@example.co.jp"],
     "Website ranking proposal for example.co.jp", W_S04, timezone(timedelta(hours=5, minutes=30), "IST"),
     text_part("Hi,\n\nI was checking your website example.co.jp and noticed it is not ranking on the first page of Google\n"
               "for several important keywords. We can get you to the top 3 results within 90 days with our\n"
               "white-hat SEO package at a very reasonable price.\n\nShall I send you a free audit report and our price list?\n\n"
               "Best regards,\nRahul Verma\nSEO Consultant\n", "us-ascii", "7bit"))

W_S05 = T(2024, 6, 22, 20, 48, 15, JST)
make("spam-05-side-job-eucjp-ja.eml", "spam", "marketing", "ja",
     "'Side job, 1M yen a month' spam with an EUC-JP 8bit body and EUC-JP encoded-words.",
     ["marketing", "bulk-sender"],
     lambda m: direct(m, "fukugyou-navi.biz", "116.202.118.41", "support@fukugyou-navi.biz",
                      "yuto.ishikawa@example.co.jp", W_S05, JST, spf="none"),
     ("副業サポート", "support@fukugyou-navi.biz"), ["yuto.ishikawa@example.co.jp"],
     "副業で月収100万円も可能！スマホだけで完結", W_S05, JST,
     text_part("突然のご連絡失礼いたします。\n\nスマホ1台で、1日30分の作業だけで月収100万円も可能な副業をご紹介しています。\n"
               "初期費用は一切かかりません。\n\n詳しくはこちら\nhttp://fukugyou-navi.biz/lp/?id=a81\n\n"
               "配信停止：http://fukugyou-navi.biz/stop\n", "EUC-JP", "8bit"),
     cs="EUC-JP")

W_S06 = T(2024, 6, 25, 9, 37, 26, EDT)
make("spam-06-attendee-list-en.eml", "spam", "marketing", "en",
     "Trade-show attendee list for sale from an outlook.com account (classic B2B list spam).",
     ["marketing", "freemail-sender", "text-only"],
     lambda m: outlook(m, "jessica.miller.data@outlook.com", "koji.goto@example.co.jp", W_S06, "NAM"),
     ("Jessica Miller", "jessica.miller.data@outlook.com"), ["koji.goto@example.co.jp"],
     "Attendees list - Tokyo Trade Expo 2024", W_S06, EDT,
     text_part("Hi,\n\nWould you be interested in acquiring the attendee list of Tokyo Trade Expo 2024?\n\n"
               "Number of contacts: 18,420\nInformation fields: name, company, title, email, phone\n\n"
               "Let me know if you are interested and I will send pricing.\n\nRegards,\nJessica Miller\nData Marketing\n",
               "us-ascii", "7bit"))

W_S07 = T(2024, 6, 28, 12, 10, 48, JST)
make("spam-07-unlisted-shares-ja.eml", "spam", "investment", "ja",
     "Unlisted-shares ('未公開株') investment pitch, ISO-2022-JP text with a link.",
     ["investment", "bulk-sender"],
     lambda m: direct(m, "mail.mirai-partners-ipo.net", "43.153.201.77", "info@mirai-partners-ipo.net",
                      "takashi.kimura@example.co.jp", W_S07, JST, rdns="mail.mirai-partners-ipo.net", spf="pass"),
     ("未来創造パートナーズ", "info@mirai-partners-ipo.net"), ["takashi.kimura@example.co.jp"],
     "【会員様限定】上場間近の未公開株のご案内", W_S07, JST,
     text_part("木村様\n\n突然のご案内失礼いたします。未来創造パートナーズでございます。\n"
               "このたび、上場が間近と噂される企業の未公開株を、会員様限定で特別にご案内しております。\n"
               "上場後は数倍の値上がりが期待されます。\n\n詳細資料のご請求はこちら\nhttps://mirai-partners-ipo.net/request\n\n"
               "未来創造パートナーズ\n"))


# ================================================================== clean (hard negatives)

W_C01 = T(2024, 6, 11, 9, 12, 30, JST)
make("clean-01-ceo-urgent-internal-ja.eml", "clean", "internal", "ja",
     "The real CEO writes 「至急確認お願いします」 from his corporate address via the internal submission server; SPF/DKIM/DMARC pass at mx1.",
     ["executive-sender", "urgency", "internal-origin", "auth-pass"],
     lambda m: internal(m, "taro.yamada@example.co.jp", None, W_C01, "10.20.11.7", "pc-0101.corp.example.co.jp"),
     ("山田 太郎", "taro.yamada@example.co.jp"), [("高橋 美咲", "misaki.takahashi@example.co.jp")],
     "至急確認お願いします", W_C01, JST,
     text_part("高橋さん\n（cc: 佐藤さん）\n\nお疲れ様です。山田です。\n"
               "来週の取締役会資料のうち、第1四半期の売上総利益の数字が\n"
               "先月の経営会議の資料と合っていないようです。\n"
               "至急確認お願いします。本日中に修正版を共有フォルダに入れてください。\n\n山田\n"),
     cc=[("佐藤 健一", "kenichi.sato@example.co.jp")],
     extra=[f"Thread-Topic: {ew('至急確認お願いします')}",
            "Content-Language: ja-JP"])

W_C02 = T(2024, 6, 12, 18, 47, 5, JST)
make("clean-02-ceo-availability-iphone-ja.eml", "clean", "internal", "ja",
     "The real CEO asks 「今お時間ありますか？」 from his iPhone: authenticated submission from a mobile-carrier IP to smtp.example.co.jp, DKIM/DMARC pass.",
     ["executive-sender", "availability-probe", "auth-pass", "authenticated-submission"],
     lambda m: internal(m, "taro.yamada@example.co.jp", "koji.goto@example.co.jp", W_C02, "126.161.45.203", None,
                        "iPhone Mail (21F90)"),
     ("山田 太郎", "taro.yamada@example.co.jp"), [("後藤 浩二", "koji.goto@example.co.jp")],
     "今お時間ありますか", W_C02, JST,
     text_part("後藤さん\n\n今お時間ありますか？\n来週のシンガポール出張の件で5分だけ電話で話したいです。\n"
               "都合のよい時間を教えてください。携帯にかけます。\n\n山田\n\niPhoneから送信\n",
               "UTF-8", "quoted-printable"),
     cs="UTF-8")

W_C03 = T(2024, 6, 5, 10, 30, 12, JST)
_pdf03 = make_pdf(["INVOICE No. NB-2024-0511", "Nishikawa Butsuryu Co., Ltd.", "Bill to: Example Trading Co., Ltd.",
                   "May 2024 logistics services", "Amount due: JPY 1,382,400 (tax incl.)", "Due date: 2024-07-01",
                   "Payment: to the account registered in your payment system (unchanged)."])
make("clean-03-vendor-invoice-pdf-ja.eml", "clean", "vendor-invoice", "ja",
     "Genuine monthly invoice from the logistics vendor's own domain (nishikawa-butsuryu.test), PDF with an RFC 2047-encoded name, bank account explicitly unchanged.",
     ["vendor-sender", "attachment-pdf", "payment-mention", "auth-pass"],
     lambda m: selfhosted(m, "n.tamura@nishikawa-butsuryu.test", "mayumi.inoue@example.co.jp", W_C03, JST,
                          "mail.nishikawa-butsuryu.test", "153.127.40.12", "61.198.44.201",
                          rdns="mail.nishikawa-butsuryu.test", dmarc=("pass", "quarantine"),
                          lan="[192.168.10.52]"),
     ("西川物流株式会社 田村 直子", "n.tamura@nishikawa-butsuryu.test"), [("井上 真由美", "mayumi.inoue@example.co.jp")],
     "【西川物流】2024年5月分 ご請求書送付のご案内", W_C03, JST,
     multipart("mixed", [
         text_part("エグザンプル商事株式会社\n購買部 井上様\n\nいつも大変お世話になっております。\n"
                   "西川物流株式会社 経理部の田村でございます。\n\n2024年5月分のご請求書をお送りいたします。\n"
                   "ご査収のほど、よろしくお願い申し上げます。\n\n"
                   "ご請求金額：1,382,400円（税込）\nお支払期日：2024年7月1日\n"
                   "お振込先：従来どおり（変更はございません）\n\n"
                   "西川物流株式会社 経理部\n田村 直子\nTEL 045-000-1234\n"),
         attachment(_pdf03, "application/pdf", "請求書_202405_エグザンプル商事様.pdf", style="rfc2047"),
     ], "------------A1B2C3D4E5F6A7B8C9D0E1F2"),
     extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101\n Thunderbird/115.11.1",
            "Content-Language: ja"])

W_C04 = T(2024, 6, 6, 9, 2, 48, BST)
_pdf04 = make_pdf(["Harbor Components Ltd", "INVOICE INV-40213", "Bill to: Example Trading Co., Ltd. (Overseas Division)",
                   "PO-7781: 1,200 x marine connector HC-22", "Total: USD 48,250.00", "Terms: net 30",
                   "Payment: to the account on file with your accounts payable department."])
make("clean-04-vendor-invoice-pdf-en.eml", "clean", "vendor-invoice", "en",
     "Genuine invoice INV-40213 from the overseas supplier's own domain (harborcomponents.test) with a PDF; payment to the account on file.",
     ["vendor-sender", "attachment-pdf", "payment-mention", "auth-pass"],
     lambda m: selfhosted(m, "emily.carter@harborcomponents.test", "koji.goto@example.co.jp", W_C04, BST,
                          "mail.harborcomponents.test", "86.131.44.77", "82.69.112.160",
                          rdns="mail.harborcomponents.test", dmarc=("pass", "reject"), lan="[10.1.4.23]"),
     ("Emily Carter", "emily.carter@harborcomponents.test"), [("Koji Goto", "koji.goto@example.co.jp")],
     "Invoice INV-40213 from Harbor Components Ltd", W_C04, BST,
     multipart("mixed", [
         text_part("Dear Koji,\n\nPlease find attached invoice INV-40213 for PO-7781 (1,200 x HC-22 marine connectors).\n"
                   "Total: USD 48,250.00, payment terms net 30, to the account on file.\n\n"
                   "Thank you for your business.\n\nKind regards,\nEmily Carter\nAccounts Receivable\nHarbor Components Ltd\n",
                   "us-ascii", "7bit"),
         attachment(_pdf04, "application/pdf", "INV-40213.pdf"),
     ], "_000_HCL40213_"))

W_C05 = T(2024, 6, 8, 18, 11, 45, JST)
make("clean-05-friend-gmail-to-private-ja.eml", "clean", "personal", "ja",
     "A friend writes from Gmail to an employee's private Gmail address; Gmail auto-forwards it to her corporate mailbox.",
     ["personal-recipient", "freemail-sender", "forwarded-by-provider", "auth-pass"],
     lambda m: gmail_forward(m, "mihosasaki.example@gmail.com", "hanako.tsuzuki.example@gmail.com",
                             "hanako.tsuzuki@example.co.jp", W_C05),
     ("佐々木 美穂", "mihosasaki.example@gmail.com"), ["hanako.tsuzuki.example@gmail.com"],
     "週末のBBQの件", W_C05, JST,
     text_part("花子へ\n\nやっほー、元気？\n土曜日のBBQ、場所は前と同じ河川敷の公園で、11時集合になりました。\n"
               "飲み物は各自持ってきてね。お肉はこっちで用意します。\n雨だったら日曜日に延期の予定です。\n\n美穂\n",
               "UTF-8", "base64"),
     cs="UTF-8")

W_C06 = T(2024, 6, 20, 21, 3, 17, JST)
make("clean-06-candidate-gmail-hr-ja.eml", "clean", "external", "ja",
     "A job candidate confirms an interview from Gmail to HR's corporate address: freemail sender, not an employee's name.",
     ["freemail-sender", "text-only", "auth-pass"],
     lambda m: gmail(m, "ken.morishita.example@gmail.com", "aya.yamamoto@example.co.jp", W_C06, JST, "pl1", 182),
     ("森下 健", "ken.morishita.example@gmail.com"), [("山本 彩", "aya.yamamoto@example.co.jp")],
     "面接日程のご連絡ありがとうございます（森下）", W_C06, JST,
     text_part("エグザンプル商事株式会社\n人事部 山本様\n\nお世話になっております。森下健です。\n"
               "面接日程のご連絡をいただき、ありがとうございます。\n"
               "ご提示いただいた6月27日(木)14時からの面接に伺います。\n当日はどうぞよろしくお願いいたします。\n\n森下 健\n",
               "UTF-8", "base64"),
     cs="UTF-8")


def esp(m, host, ip, bounce, rcpt, when, tz, dom):
    return direct(m, host, ip, bounce, rcpt, when, tz, rdns=host, spf="pass", sign_domain=dom,
                  dmarc=("pass", "none", dom), tls=True, selector="esp1")


W_C07 = T(2024, 6, 14, 7, 0, 3, JST)
make("clean-07-newsletter-ja.eml", "clean", "newsletter", "ja",
     "Weekly IT-news newsletter with List-Unsubscribe (one-click), List-Id and a bulk ESP trace; UTF-8 quoted-printable HTML and text.",
     ["newsletter", "list-unsubscribe", "bulk-sender", "auth-pass"],
     lambda m: esp(m, "mta-07.mail.technews.test", "112.137.174.94", "bounce-kshimizu=example.co.jp@mail.technews.test",
                   "kenta.shimizu@example.co.jp", W_C07, JST, "technews.test"),
     ("テックニュース週報", "newsletter@technews.test"), ["kenta.shimizu@example.co.jp"],
     "【テックニュース週報】生成AIとメールセキュリティ特集ほか", W_C07, JST,
     alt("テックニュース週報 2024年6月14日号\n\n■ 特集：生成AIで巧妙化するビジネスメール詐欺\n"
         "https://technews.test/articles/2024/06/bec-ai\n\n■ 今週のアップデート情報\nhttps://technews.test/updates/2024-24\n\n"
         "配信停止：https://technews.test/unsubscribe?u=8f31c2\n",
         '<html><body style="font-family:sans-serif">\n<h2>テックニュース週報 2024年6月14日号</h2>\n'
         '<p>■ 特集：<a href="https://technews.test/articles/2024/06/bec-ai">生成AIで巧妙化するビジネスメール詐欺</a></p>\n'
         '<p>■ <a href="https://technews.test/updates/2024-24">今週のアップデート情報</a></p>\n'
         '<p style="font-size:11px"><a href="https://technews.test/unsubscribe?u=8f31c2">配信停止</a></p>\n</body></html>\n',
         "=_tn_20240614"),
     cs="UTF-8",
     extra=[f"List-Id: {ew('テックニュース週報', 'UTF-8')} <weekly.technews.test>",
            "List-Unsubscribe: <https://technews.test/unsubscribe?u=8f31c2>,\n <mailto:unsubscribe@technews.test?subject=unsubscribe-8f31c2>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Precedence: bulk",
            "Feedback-ID: 8f31c2:weekly:technews"])

W_C08 = T(2024, 6, 17, 6, 30, 0, UTC)
make("clean-08-newsletter-en.eml", "clean", "newsletter", "en",
     "Industry newsletter to the info@ role address with List-Unsubscribe, sent through an ESP.",
     ["newsletter", "list-unsubscribe", "bulk-sender", "role-recipient", "auth-pass"],
     lambda m: esp(m, "out2.news.supplychainweekly.test", "95.216.80.33", "bounce@news.supplychainweekly.test",
                   "info@example.co.jp", W_C08, UTC, "supplychainweekly.test"),
     ("Supply Chain Weekly", "newsletter@supplychainweekly.test"), ["info@example.co.jp"],
     "Supply Chain Weekly \u2014 Freight rates, port congestion and customs changes", W_C08, UTC,
     alt("Supply Chain Weekly - 17 June 2024\n\n* Freight rates rise for the third week\n"
         "  https://supplychainweekly.test/2024/06/17/freight-rates\n* Port congestion update\n"
         "  https://supplychainweekly.test/2024/06/17/ports\n\nUnsubscribe: https://supplychainweekly.test/unsub/1f9a77\n",
         "<html><body><h1>Supply Chain Weekly</h1>\n"
         '<ul><li><a href="https://supplychainweekly.test/2024/06/17/freight-rates">Freight rates rise for the third week</a></li>\n'
         '<li><a href="https://supplychainweekly.test/2024/06/17/ports">Port congestion update</a></li></ul>\n'
         '<p><a href="https://supplychainweekly.test/unsub/1f9a77">Unsubscribe</a></p></body></html>\n',
         "scw_1f9a77", pcs="us-ascii", pcte="7bit", hcs="us-ascii", hcte="7bit"),
     cs="UTF-8", enc="Q",
     extra=["List-Unsubscribe: <https://supplychainweekly.test/unsub/1f9a77>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])

W_C09 = T(2024, 6, 18, 2, 5, 41, UTC)
make("clean-09-codehub-notification-en.eml", "clean", "saas-notification", "en",
     "Code-hosting notification: a colleague's name as display name on notifications@codehub.test and a Reply-To on another domain, both normal for this service.",
     ["saas-notification", "colleague-name-in-display", "reply-to-differs", "list-unsubscribe", "auth-pass"],
     lambda m: esp(m, "out-18.smtp.codehub.test", "87.238.12.24", "noreply@codehub.test",
                   "kenta.shimizu@example.co.jp", W_C09, UTC, "codehub.test"),
     ("Daisuke Kobayashi", "notifications@codehub.test"),
     [("example-trading/becscope", "becscope@noreply.codehub.test")],
     "[example-trading/becscope] Add Received-chain origin rules (PR #42)", W_C09, UTC,
     alt("@kenta-shimizu requested your review on: example-trading/becscope#42 Add Received-chain origin rules.\n\n"
         "-- \nReply to this email directly or view it on CodeHub:\nhttps://codehub.test/example-trading/becscope/pull/42\n"
         "You are receiving this because your review was requested.\n",
         '<p><a href="https://codehub.test/kenta-shimizu">@kenta-shimizu</a> requested your review on: '
         '<a href="https://codehub.test/example-trading/becscope/pull/42">example-trading/becscope#42</a> Add Received-chain origin rules.</p>\n'
         '<p style="font-size:small">Reply to this email directly, <a href="https://codehub.test/example-trading/becscope/pull/42">view it on CodeHub</a>.</p>\n',
         "--==_mimepart_6670eb3d_2a1f", pcs="UTF-8", pcte="7bit", hcs="UTF-8", hcte="7bit"),
     cc=[("Kenta Shimizu", "kenta.shimizu@example.co.jp"), ("Review requested", "review_requested@noreply.codehub.test")],
     extra=lambda m: [f"Reply-To: example-trading/becscope <reply+AB3X{m.s(40)}@reply.codehub.test>",
                      f"In-Reply-To: <example-trading/becscope/pull/42@codehub.test>",
                      "List-ID: example-trading/becscope <becscope.example-trading.codehub.test>",
                      "List-Archive: https://codehub.test/example-trading/becscope",
                      "List-Unsubscribe: <mailto:unsub+AB3X@reply.codehub.test>,\n <https://codehub.test/notifications/unsubscribe/AB3X>",
                      "X-CodeHub-Reason: review_requested",
                      "X-Auto-Response-Suppress: All"])

W_C10 = T(2024, 6, 19, 18, 30, 2, JST)
make("clean-10-chat-digest-ja.eml", "clean", "saas-notification", "ja",
     "Chat-service digest whose subject names the CEO (「山田 太郎さんから3件の未読メッセージ」); links go to the company's workspace on the service's own domain; Q-encoded UTF-8 subject.",
     ["saas-notification", "executive-name-in-subject", "auth-pass"],
     lambda m: esp(m, "mail-b.chatter.test", "89.40.118.18", "bounces@chatter.test",
                   "daisuke.kobayashi@example.co.jp", W_C10, JST, "chatter.test"),
     ("Chatter", "no-reply@chatter.test"), ["daisuke.kobayashi@example.co.jp"],
     "[Chatter] 山田 太郎さんから3件の未読メッセージ（#経営企画）", W_C10, JST,
     alt("Example Trading のワークスペースに未読メッセージがあります。\n\n"
         "#経営企画\n山田 太郎: 来週の定例、資料の準備お願いします。\n山田 太郎: 議題は先ほど共有したとおりです。\n"
         "山田 太郎: よろしく。\n\nChatterで開く: https://example-trading.chatter.test/archives/C04KEIEI\n\n"
         "通知設定の変更: https://example-trading.chatter.test/account/notifications\n",
         '<html><body style="font-family:sans-serif">\n<p>Example Trading のワークスペースに未読メッセージがあります。</p>\n'
         "<p><b>#経営企画</b><br>山田 太郎: 来週の定例、資料の準備お願いします。<br>"
         "山田 太郎: 議題は先ほど共有したとおりです。<br>山田 太郎: よろしく。</p>\n"
         '<p><a href="https://example-trading.chatter.test/archives/C04KEIEI">Chatterで開く</a></p>\n'
         '<p style="font-size:11px"><a href="https://example-trading.chatter.test/account/notifications">通知設定の変更</a></p>\n'
         "</body></html>\n", "chatter_d1g3st"),
     cs="UTF-8", enc="Q")

W_C11 = T(2024, 6, 20, 11, 5, 0, JST)
_ics = ("BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\nMETHOD:REQUEST\n"
        "BEGIN:VEVENT\nUID:040000008200E00074C5B7101A82E00800000000A1B2C3D4@example.co.jp\n"
        "ORGANIZER;CN=前田 奈々:mailto:nana.maeda@example.co.jp\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=山田 太郎:mailto:taro.yamada@example.co.jp\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=佐藤 健一:mailto:kenichi.sato@example.co.jp\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=高橋 美咲:mailto:misaki.takahashi@example.co.jp\n"
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=小林 大輔:mailto:daisuke.kobayashi@example.co.jp\n"
        "SUMMARY:6月度 全社業務連絡会\nLOCATION:本社 8F 大会議室\n"
        "DTSTART;TZID=Tokyo Standard Time:20240627T150000\nDTEND;TZID=Tokyo Standard Time:20240627T160000\n"
        "DTSTAMP:20240620T020500Z\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n")
make("clean-11-meeting-invite-ja.eml", "clean", "meeting-invitation", "ja",
     "Internal meeting invitation from the general-affairs head to executives and managers: ISO-2022-JP text plus a text/calendar REQUEST part.",
     ["internal-origin", "calendar-invite", "auth-pass"],
     lambda m: internal(m, "nana.maeda@example.co.jp", None, W_C11, "10.20.21.30", "pc-0217.corp.example.co.jp"),
     ("前田 奈々", "nana.maeda@example.co.jp"),
     [("山田 太郎", "taro.yamada@example.co.jp"), ("佐藤 健一", "kenichi.sato@example.co.jp"),
      ("高橋 美咲", "misaki.takahashi@example.co.jp"), ("小林 大輔", "daisuke.kobayashi@example.co.jp")],
     "【会議招集】6月度 全社業務連絡会", W_C11, JST,
     multipart("alternative", [
         text_part("関係者各位\n\nお疲れ様です。総務部の前田です。\n6月度の全社業務連絡会を下記のとおり開催いたします。\n\n"
                   "日時：2024年6月27日(木) 15:00〜16:00\n場所：本社 8F 大会議室\n\n"
                   "ご出席のほど、よろしくお願いいたします。\n\n総務部 前田\n"),
         text_part(_ics, "utf-8", "base64", "calendar", '; method=REQUEST'),
     ], "_000_TYCPR01MB6612A3B4C5_"),
     extra=["Content-Class: urn:content-classes:calendarmessage", "Content-Language: ja-JP"])

W_C12 = T(2024, 6, 21, 14, 22, 8, JST)
_pdf12 = make_pdf(["QUOTATION No. MH-240612-03", "Minato Housou Co., Ltd.", "Packing materials (corrugated boxes, cushioning)",
                   "Total: JPY 286,000 (tax incl.)", "Valid until: 2024-07-31"])
make("clean-12-internal-forward-document-ja.eml", "clean", "internal-forward", "ja",
     "A purchasing employee forwards a supplier's quotation (inline forwarded header block, PDF with an RFC 2231 UTF-8 filename) to her manager.",
     ["internal-origin", "forwarded-inline", "attachment-pdf", "auth-pass"],
     lambda m: internal(m, "mayumi.inoue@example.co.jp", "ryo.matsumoto@example.co.jp", W_C12, "10.20.41.12",
                        "pc-0488.corp.example.co.jp"),
     ("井上 真由美", "mayumi.inoue@example.co.jp"), [("松本 亮", "ryo.matsumoto@example.co.jp")],
     "FW: 【お見積書送付】梱包資材の件", W_C12, JST,
     multipart("mixed", [
         text_part("松本部長\n\nお疲れ様です。井上です。\nみなと包装様から梱包資材のお見積書が届きましたので転送いたします。\n"
                   "ご確認をお願いいたします。\n\n井上\n\n"
                   "-----Original Message-----\nFrom: 株式会社みなと包装 小川 <ogawa@minato-housou.test>\n"
                   "Sent: Friday, June 21, 2024 11:03 AM\nTo: 井上 真由美 <mayumi.inoue@example.co.jp>\n"
                   "Subject: 【お見積書送付】梱包資材の件\n\nエグザンプル商事株式会社\n井上様\n\n"
                   "いつもお世話になっております。みなと包装の小川です。\n"
                   "ご依頼いただきました梱包資材のお見積書を添付いたします。\nご検討のほど、よろしくお願いいたします。\n"),
         attachment(_pdf12, "application/pdf", "見積書_梱包資材_20240612.pdf", style="rfc2231"),
     ], "_002_TYCPR01MB4410B7C8_"),
     extra=["Content-Language: ja-JP"])


def _c13(m):
    m.sign("example.co.jp", "sel2024", W_C13)
    return [
        "Return-Path: <>",
        m.ar(("pass", "postmaster@mbox01.example.co.jp", "192.0.2.30"), "pass", ("pass", "none", "example.co.jp")),
        m.mx1("mbox01.example.co.jp", "192.0.2.30", "shota.ono@example.co.jp", W_C13 + 2 * S),
        "{DKIM}",
        f"Received: by mbox01.example.co.jp (Postfix, from userid 5000)\n\tid {m.qid()}; {d(W_C13 + S, JST)}",
    ], f"<autoreply.{m.hex(12)}@mbox01.example.co.jp>"


W_C13 = T(2024, 6, 11, 16, 40, 12, JST)
make("clean-13-ceo-out-of-office-ja.eml", "clean", "auto-reply", "ja",
     "The CEO's out-of-office auto-reply (Auto-Submitted, empty envelope sender) says he is abroad, the usual BEC pretext, but it comes from the mailbox server.",
     ["auto-reply", "executive-sender", "internal-origin", "auth-pass"],
     _c13,
     ("山田 太郎", "taro.yamada@example.co.jp"), [("大野 翔太", "shota.ono@example.co.jp")],
     "自動応答: 経費精算の承認のお願い", W_C13, JST,
     text_part("6月10日(月)〜6月14日(金)まで海外出張のため不在にしております。\n"
               "期間中はメールの確認が遅れます。\n"
               "お急ぎの場合は秘書室 林（yuko.hayashi@example.co.jp）までご連絡ください。\n\n山田 太郎\n"),
     extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply",
            "In-Reply-To: <4F2A91C7.0C8D21.shota.ono@example.co.jp>"])

W_C14 = T(2024, 6, 24, 8, 15, 36, BST)
make("clean-14-external-out-of-office-en.eml", "clean", "auto-reply", "en",
     "An overseas supplier contact's automatic reply from her own domain.",
     ["auto-reply", "vendor-sender", "auth-pass", "text-only"],
     lambda m: selfhosted(m, "emily.carter@harborcomponents.test", "koji.goto@example.co.jp", W_C14, BST,
                          "mail.harborcomponents.test", "86.131.44.77", "10.1.0.5", rdns="mail.harborcomponents.test",
                          dmarc=("pass", "reject"), lan="exch01.harborcomponents.test"),
     ("Emily Carter", "emily.carter@harborcomponents.test"), [("Koji Goto", "koji.goto@example.co.jp")],
     "Automatic reply: Shipment schedule for PO-7781", W_C14, BST,
     text_part("Thank you for your message. I am out of the office until 1 July with limited access to email.\n"
               "For urgent accounts matters please contact accounts@harborcomponents.test.\n\nEmily Carter\n",
               "us-ascii", "7bit"),
     extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

W_C15 = T(2024, 7, 1, 10, 12, 55, JST)
make("clean-15-bank-transfer-notice-ja.eml", "clean", "bank-notification", "ja",
     "The company's (fictional) bank confirms a transfer it received; from its own domain hinode-bank.test, no URLs, states it never asks for passwords.",
     ["bank-notification", "payment-mention", "auth-pass", "text-only"],
     lambda m: esp(m, "mx-out1.hinode-bank.test", "118.103.70.14", "noreply@hinode-bank.test",
                   "misaki.takahashi@example.co.jp", W_C15, JST, "hinode-bank.test"),
     ("ひので銀行", "info@hinode-bank.test"), ["misaki.takahashi@example.co.jp"],
     "【ひので銀行】お振込受付のお知らせ", W_C15, JST,
     text_part("エグザンプル商事株式会社 様\n\nいつもひので銀行をご利用いただき、ありがとうございます。\n"
               "下記のお振込みを受け付けましたのでお知らせいたします。\n\n"
               "受付日時：2024年07月01日 10時12分\nお振込先：西川物流（カ\nお振込金額：1,382,400円\n\n"
               "本メールは送信専用アドレスからお送りしています。\n"
               "ひので銀行では、メールでお客様の暗証番号やパスワードをお尋ねすることはありません。\n"
               "また、本メールにはURLを記載しておりません。\n\nひので銀行 法人ビジネス部\n"))

W_C16 = T(2024, 7, 2, 12, 41, 9, JST)
make("clean-16-shop-order-confirmation-ja.eml", "clean", "transactional", "ja",
     "Online-shop order confirmation from the shop's own domain; every link's text matches its href.",
     ["transactional", "auth-pass"],
     lambda m: esp(m, "mail.mirai-mart.test", "121.119.161.5", "order-bounce@mirai-mart.test",
                   "sakura.nakamura@example.co.jp", W_C16, JST, "mirai-mart.test"),
     ("ミライマート", "order@mirai-mart.test"), ["sakura.nakamura@example.co.jp"],
     "【ミライマート】ご注文ありがとうございます（注文番号 MM-20240702-55812）", W_C16, JST,
     alt("中村 さくら 様\n\nミライマートをご利用いただきありがとうございます。\nご注文を承りました。\n\n"
         "注文番号：MM-20240702-55812\n商品：A4コピー用紙 5,000枚 × 2\n合計：7,480円（税込）\n\n"
         "ご注文内容の確認：https://www.mirai-mart.test/mypage/orders/MM-20240702-55812\n\nミライマート\n",
         '<html><body style="font-family:sans-serif">\n<p>中村 さくら 様</p>\n<p>ミライマートをご利用いただきありがとうございます。ご注文を承りました。</p>\n'
         "<p>注文番号：MM-20240702-55812<br>商品：A4コピー用紙 5,000枚 × 2<br>合計：7,480円（税込）</p>\n"
         '<p>ご注文内容の確認：<a href="https://www.mirai-mart.test/mypage/orders/MM-20240702-55812">'
         "https://www.mirai-mart.test/mypage/orders/MM-20240702-55812</a></p>\n</body></html>\n",
         "mm_55812_alt"),
     cs="UTF-8")


def _c17(m):
    m.sign("example.co.jp", "sel2024", W_C17)
    return [
        "Return-Path: <it-helpdesk@example.co.jp>",
        m.ar(("pass", "it-helpdesk@example.co.jp", "192.0.2.40"), "pass", ("pass", "none", "example.co.jp")),
        m.mx1("portal.example.co.jp", "192.0.2.40", "chihiro.mori@example.co.jp", W_C17 + 2 * S),
        "{DKIM}",
        f"Received: by portal.example.co.jp (Postfix, from userid 33)\n\tid {m.qid()}; {d(W_C17 + S, JST)}",
    ], f"<pwexpiry.{m.hex(10)}@portal.example.co.jp>"


W_C17 = T(2024, 7, 3, 6, 0, 0, JST)
make("clean-17-internal-password-reminder-ja.eml", "clean", "internal-notification", "ja",
     "The company's own password-expiry reminder from the intranet portal (the legitimate counterpart of phish-01/02/11); link to portal.example.co.jp.",
     ["internal-origin", "password-reminder", "auth-pass"],
     _c17,
     ("情報システム部", "it-helpdesk@example.co.jp"), [("森 千尋", "chihiro.mori@example.co.jp")],
     "【情報システム部】パスワード有効期限のお知らせ（あと7日）", W_C17, JST,
     text_part("森 千尋 さん\n\n社内アカウントのパスワードの有効期限まで、あと7日です。\n"
               "社内ネットワークから、下記の社内ポータルで変更してください。\n"
               "https://portal.example.co.jp/password/change\n\n"
               "※情報システム部がメールでパスワードを尋ねることはありません。\n"
               "※このメールは送信専用です。\n\n"
               "Your password expires in 7 days. Change it on the intranet portal:\n"
               "https://portal.example.co.jp/password/change\n\n情報システム部\n"),
     extra=["Auto-Submitted: auto-generated"])

W_C18 = T(2024, 7, 1, 9, 35, 40, JST)
make("clean-18-cfo-payment-internal-ja.eml", "clean", "internal", "ja",
     "The real CFO asks accounting to pay a registered vendor today, from his corporate address, account unchanged: urgency and a payment request without BEC.",
     ["executive-sender", "payment-request", "urgency", "internal-origin", "auth-pass"],
     lambda m: internal(m, "kenichi.sato@example.co.jp", "misaki.takahashi@example.co.jp", W_C18, "10.20.11.9",
                        "pc-0103.corp.example.co.jp"),
     ("佐藤 健一", "kenichi.sato@example.co.jp"), [("高橋 美咲", "misaki.takahashi@example.co.jp")],
     "【本日中】西川物流への支払処理のお願い", W_C18, JST,
     text_part("高橋さん\n\nお疲れ様です。佐藤です。\n西川物流の5月分請求（1,382,400円）について、支払期日が本日のため、\n"
               "本日中に支払処理をお願いします。\n請求書は経理の共有フォルダに格納済みです。\n"
               "振込先は支払システムに登録済みの口座のままで問題ありません。\n\n佐藤\n"))

W_C19 = T(2024, 6, 25, 12, 0, 0, JST)
make("clean-19-payroll-saas-payslip-ja.eml", "clean", "saas-notification", "ja",
     "Payroll SaaS notice that the June payslip is available, from the service's own domain with links to it (the legitimate side of 'payroll' keywords).",
     ["saas-notification", "payroll", "auth-pass"],
     lambda m: esp(m, "smtp.payrollcloud.test", "124.146.181.66", "bounce@payrollcloud.test",
                   "yuto.ishikawa@example.co.jp", W_C19, JST, "payrollcloud.test"),
     ("PayrollCloud", "no-reply@payrollcloud.test"), ["yuto.ishikawa@example.co.jp"],
     "【PayrollCloud】2024年6月分の給与明細が発行されました", W_C19, JST,
     alt("石川 悠人 様\n\nエグザンプル商事株式会社から、2024年6月分の給与明細が発行されました。\n"
         "PayrollCloudにログインしてご確認ください。\nhttps://app.payrollcloud.test/payslips/2024-06\n\n"
         "このメールは送信専用です。\nPayrollCloud\n",
         '<html><body style="font-family:sans-serif">\n<p>石川 悠人 様</p>\n'
         "<p>エグザンプル商事株式会社から、2024年6月分の給与明細が発行されました。</p>\n"
         '<p><a href="https://app.payrollcloud.test/payslips/2024-06">https://app.payrollcloud.test/payslips/2024-06</a></p>\n'
         "<p>このメールは送信専用です。<br>PayrollCloud</p>\n</body></html>\n", "prc_2406"),
     cs="UTF-8")

W_C20 = T(2024, 6, 23, 22, 14, 3, JST)
_pdf20 = make_pdf(["Training notes - compliance 2024", "1. Personal information handling", "2. Phishing report procedure",
                   "3. Business chat rules"])
make("clean-20-employee-self-mail-registered-gmail-ja.eml", "clean", "personal", "ja",
     "An HR employee sends a file from her registered private Gmail address to her own corporate address.",
     ["registered-personal-sender", "freemail-sender", "attachment-pdf", "auth-pass"],
     lambda m: gmail(m, "aya.yamamoto.example@gmail.com", "aya.yamamoto@example.co.jp", W_C20, JST, "pj1", 41),
     ("山本 彩", "aya.yamamoto.example@gmail.com"), [("山本 彩", "aya.yamamoto@example.co.jp")],
     "研修資料（自宅から送付）", W_C20, JST,
     multipart("mixed", [
         text_part("自宅で作成した研修資料のメモです。明日、会社で使います。\n", "UTF-8", "base64"),
         attachment(_pdf20, "application/pdf", "研修資料_メモ.pdf", style="rfc2231"),
     ], "000000000000f3e9a1061b9c2d55"),
     cs="UTF-8")

W_C21 = T(2024, 6, 26, 17, 52, 20, JST)
make("clean-21-internal-reply-thread-ja.eml", "clean", "internal", "ja",
     "Ordinary internal reply with a quoted thread about travel expenses.",
     ["internal-origin", "thread-continuation", "auth-pass"],
     lambda m: internal(m, "shota.ono@example.co.jp", "misaki.takahashi@example.co.jp", W_C21, "10.20.31.52",
                        "pc-0415.corp.example.co.jp"),
     ("大野 翔太", "shota.ono@example.co.jp"), [("高橋 美咲", "misaki.takahashi@example.co.jp")],
     "Re: 出張精算について", W_C21, JST,
     text_part("高橋部長\n\nお疲れ様です。大野です。\n承知しました。領収書の原本は明日の午前中に提出します。\n\n大野\n\n"
               "> 大野さん\n>\n> 先週の大阪出張の精算ですが、ホテルの領収書の原本が未提出です。\n"
               "> 今週中に提出をお願いします。\n>\n> 高橋\n"),
     extra=["In-Reply-To: <8C1E22A0.5F3B10.misaki.takahashi@example.co.jp>",
            "References: <8C1E22A0.5F3B10.misaki.takahashi@example.co.jp>"])

W_C22 = T(2024, 7, 5, 10, 0, 31, JST)
make("clean-22-hr-gift-card-award-ja.eml", "clean", "internal-announcement", "ja",
     "HR announces long-service awards given as gift cards, handed over in person: the gift-card keyword in a genuine internal mail to an all-staff list.",
     ["gift-card", "internal-origin", "list-recipient", "auth-pass"],
     lambda m: internal(m, "yuko.ito@example.co.jp", "all@example.co.jp", W_C22, "10.20.51.4", "pc-0602.corp.example.co.jp"),
     ("伊藤 裕子", "yuko.ito@example.co.jp"), [("全社員", "all@example.co.jp")],
     "永年勤続表彰の記念品（ギフトカード）について", W_C22, JST,
     text_part("社員各位\n\nお疲れ様です。人事部の伊藤です。\n"
               "本年度の永年勤続表彰の対象者の方には、記念品としてギフトカードをお贈りします。\n"
               "ギフトカードは7月12日(金)の表彰式で、人事部より直接お渡しします。\n\n"
               "※人事部や役員がメールやチャットでギフトカードの購入やカード番号の送付を依頼することはありません。\n"
               "不審な依頼があった場合は情報セキュリティ室へご連絡ください。\n\n人事部 伊藤\n"))

W_C23 = T(2024, 7, 8, 9, 30, 0, JST)
make("clean-23-it-chat-migration-ja.eml", "clean", "internal-announcement", "ja",
     "IT announces the move to the official chat service (QR code on the intranet, LINE banned for business): chat-move vocabulary in a genuine internal mail.",
     ["chat-move", "internal-origin", "list-recipient", "auth-pass"],
     lambda m: internal(m, "daisuke.kobayashi@example.co.jp", "all@example.co.jp", W_C23, "10.20.61.2",
                        "pc-0701.corp.example.co.jp"),
     ("小林 大輔", "daisuke.kobayashi@example.co.jp"), [("全社員", "all@example.co.jp")],
     "社内チャットツール移行のお知らせ", W_C23, JST,
     text_part("社員各位\n\n情報システム部の小林です。\n7月16日より、社内の業務連絡はChatterに統一します。\n"
               "スマートフォンアプリは、社内ポータルに掲載しているQRコードから設定してください。\n\n"
               "LINEなど私用のアプリでの業務連絡は禁止です。\n"
               "メールでLINEグループの作成やQRコードの送付を求められた場合は、詐欺の可能性があります。\n"
               "返信せず、情報セキュリティ室へ報告してください。\n\n情報システム部 小林\n"))

W_C24 = T(2024, 7, 9, 17, 20, 44, JST)
make("clean-24-ceo-registered-personal-gmail-ja.eml", "clean", "personal", "ja",
     "The CEO writes from his registered private Gmail address (listed in employees.csv) to his secretary: no request beyond information, DKIM/DMARC pass for gmail.com.",
     ["registered-personal-sender", "executive-name-on-freemail", "freemail-sender", "auth-pass", "text-only"],
     lambda m: gmail(m, "taro.yamada.example@gmail.com", "yuko.hayashi@example.co.jp", W_C24, JST, "lf1", 53),
     ("山田 太郎", "taro.yamada.example@gmail.com"), [("林 優子", "yuko.hayashi@example.co.jp")],
     "本日直帰します", W_C24, JST,
     text_part("林さん\n\nお疲れ様です。\n本日は客先から直帰します。\n"
               "明日の役員会の資料は、朝に会社のメールで確認します。\n\n山田\n", "UTF-8", "base64"),
     cs="UTF-8")


# ================================================================== output and checks


def leaf_texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            out.append(part.get_content().replace("\r\n", "\n"))
    return out


def check_message(raw, file, subject, from_name, from_addr, checks):
    problems = []
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for part in msg.walk():
        for defect in part.defects:
            problems.append(f"defect {type(defect).__name__}")
    if str(msg["subject"]) != subject:
        problems.append(f"subject {str(msg['subject'])!r} != {subject!r}")
    a = msg["from"].addresses
    if len(a) != 1 or a[0].addr_spec != from_addr:
        problems.append(f"from {a!r} != {from_addr!r}")
    # Display name: decoded with email.header (RFC 2047 6.2: white space
    # between adjacent encoded-words is dropped).  policy.default's address
    # parser keeps that white space (a Python bug), so its display name is
    # only compared with white space removed.
    raw_from = next(v for k, v in msg.raw_items() if k.lower() == "from")
    phrase = raw_from.rsplit("<", 1)[0].strip() if "<" in raw_from else ""
    name = str(make_header(decode_header(phrase))) if phrase else ""
    if name.startswith('"') and name.endswith('"'):
        name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if name != (from_name or ""):
        problems.append(f"from display name {name!r} != {from_name!r}")
    if re.sub(r"\s", "", a[0].display_name or "") != re.sub(r"\s", "", from_name or ""):
        problems.append(f"policy.default display name {a[0].display_name!r}")
    texts = leaf_texts(msg)
    for t in texts:
        if "\ufffd" in t:
            problems.append("replacement character in a decoded text part")
    for cs, expected in checks or []:
        if expected not in texts:
            problems.append(f"{cs} text part does not decode to its source")
    for mod in ("To", "Cc", "Reply-To"):
        if msg[mod] is not None:
            msg[mod].addresses  # parses
    if msg["date"] is None or msg["date"].datetime is None:
        problems.append("date")
    if not msg["message-id"]:
        problems.append("message-id")
    rec = msg.get_all("received") or []
    if not rec or "by mx1.example.co.jp" not in str(rec[0]):
        problems.append("top Received is not mx1.example.co.jp")
    ar = msg.get_all("authentication-results") or []
    if not ar or not str(ar[0]).startswith("mx1.example.co.jp;"):
        problems.append("first Authentication-Results is not mx1's")
    return msg, problems


def main():
    for old in HERE.glob("*.eml"):
        old.unlink()
    write_profile()
    failures = []
    names = set()
    for rec in MESSAGES:
        raw, file = rec["_raw"], rec["file"]
        assert file not in names, file
        names.add(file)
        problems = []
        if len(raw) >= MAX_SIZE:
            problems.append(f"size {len(raw)}")
        stripped = raw.replace(b"\r\n", b"")
        if b"\r" in stripped or b"\n" in stripped:
            problems.append("bare CR or LF")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            problems.append("line longer than 998 octets")
        msg, p = check_message(raw, file, rec["_subject"], rec["_from"][0], rec["_from"][1], rec["_checks"])
        problems += p
        if rec["_inner"]:
            subj, name, address = rec["_inner"]
            inner = [part for part in msg.walk() if part.get_content_type() == "message/rfc822"]
            if len(inner) != 1:
                problems.append("no single message/rfc822 part")
            else:
                im = inner[0].get_content()
                if str(im["subject"]) != subj or im["from"].addresses[0].addr_spec != address \
                        or im["from"].addresses[0].display_name != name:
                    problems.append("inner subject/from")
        if problems:
            failures.append((file, problems))
        (HERE / file).write_bytes(raw)
    labels = [{k: v for k, v in rec.items() if not k.startswith("_")} for rec in MESSAGES]
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    by_label, by_kind, by_lang = {}, {}, {}
    for r in labels:
        by_label[r["label"]] = by_label.get(r["label"], 0) + 1
        by_kind[(r["label"], r["kind"])] = by_kind.get((r["label"], r["kind"]), 0) + 1
        by_lang[r["language"]] = by_lang.get(r["language"], 0) + 1
    print(f"{len(labels)} messages; labels {by_label}; languages {by_lang}")
    for (l, k), n in sorted(by_kind.items()):
        print(f"  {l:9} {k:22} {n}")
    print(f"largest message: {max(len(r['_raw']) for r in MESSAGES)} bytes")
    if failures:
        for f, p in failures:
            print(f"FAIL {f}: {'; '.join(p)}", file=sys.stderr)
        sys.exit(1)
    print("all messages parsed by Python's email package; subjects, senders and bodies round-trip")


if __name__ == "__main__":
    main()
