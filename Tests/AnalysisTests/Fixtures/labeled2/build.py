"""Assemble one raw message (bytes, CRLF) from a spec."""
from datetime import datetime

import hops as H
import mime
from mime import CRLF

LABELS = {"bec", "phishing", "spam", "clean"}


class Spec:
    """One labeled message.

    frm, to, cc, reply_to: (display name, address) tuples.
    hcs: (charset, 'B'|'Q') for encoded-words in headers.
    provider: a hops.Hops for the sender side; auth: dict for Authentication-Results.
    """

    def __init__(self, file, label, kind, lang, notes, *, when, frm, to, subject, body,
                 provider, auth, mid, cc=(), reply_to=(), hcs=("ISO-2022-JP", "B"),
                 extra=(), return_path=None, rcpt=None):
        assert label in LABELS, label
        assert file.startswith({"bec": "bec-", "phishing": "phish-", "spam": "spam-",
                                "clean": "clean-"}[label]), file
        self.file, self.label, self.kind, self.lang, self.notes = file, label, kind, lang, notes
        self.when = when
        self.frm, self.to, self.cc, self.reply_to = frm, list(to), list(cc), list(reply_to)
        self.subject, self.body = subject, body
        self.provider, self.auth, self.mid = provider, auth, mid
        self.hcs, self.extra = hcs, list(extra)
        self.return_path = return_path if return_path is not None else frm[1]
        self.rcpt = rcpt or self.to[0][1]

    def render(self):
        seed = self.file
        cs, enc = self.hcs
        lines = H.trace(seed, self.when, self.rcpt, self.provider, self.auth, self.return_path)
        lines.append("From: " + mime.addr(self.frm[0], self.frm[1], cs, enc))
        lines.append("To: " + mime.addr_list(self.to, cs, enc))
        if self.cc:
            lines.append("Cc: " + mime.addr_list(self.cc, cs, enc))
        if self.reply_to:
            lines.append("Reply-To: " + mime.addr_list(self.reply_to, cs, enc))
        lines.append("Subject: " + mime.unstructured(self.subject, cs, enc))
        lines.append("Date: " + H.rfcdate(self.when, self.date_tz(), False))
        lines.append(f"Message-ID: <{self.mid}>")
        for name, value in self.extra:
            lines.append(f"{name}: {value}")
        lines.append("MIME-Version: 1.0")
        ph, body = self.body.render(seed)
        lines += ph
        head = CRLF.join(lines).encode("ascii")
        return head + b"\r\n\r\n" + b"\r\n".join(body) + (b"" if isinstance(self.body, mime.Multi) else b"\r\n")

    def date_tz(self):
        return getattr(self, "tz", H.JST)


def jst(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=H.JST)


def auth(spf, mfrom, dkim, d, dmarc, hfrom, p="none"):
    return dict(spf=spf, mfrom=mfrom, dkim=dkim, d=d, dmarc=dmarc, hfrom=hfrom, p=p)


def aligned(domain, p="none"):
    return auth("pass", domain, "pass", domain, "pass", domain, p)


# Message-ID styles of common senders
def mid_gmail(seed):
    return "CA+" + mime.token(seed + "mg", 38, mime.ALNUM) + "_" + mime.token(seed + "mg2", 8, mime.ALNUM) + "@mail.gmail.com"


def mid_outlook(seed):
    box = "TYCP286MB" + mime.token(seed + "box", 4, "0123456789")
    return box + mime.token(seed + "mo", 24, "0123456789ABCDEF") + "@" + box + ".JPNP286.PROD.OUTLOOK.COM"


def mid_yahoo(seed):
    return mime.token(seed + "my", 6, "0123456789") + "." + mime.token(seed + "my2", 5, "0123456789") + ".qm@web" + mime.token(seed + "w", 5, "0123456789") + ".mail.kks.yahoo.co.jp"


def mid_generic(seed, when, domain):
    return when.strftime("%Y%m%d%H%M%S") + "." + mime.token(seed + "mm", 8, "0123456789ABCDEF") + "@" + domain


def tiny_pdf(title):
    """A small, valid-looking PDF with one text line (ASCII title only)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({title}) Tj ET".encode("ascii")
    objs = [b"<</Type/Catalog/Pages 2 0 R>>",
            b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>",
            b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream",
            b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out
