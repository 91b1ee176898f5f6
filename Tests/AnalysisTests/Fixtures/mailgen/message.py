"""One labeled message: its description, how it is rendered to bytes, and
the checks run on the bytes (re-read with Python's email package)."""
import email
import re
from datetime import datetime
from email import policy

import banking as B
import company as C
import mimeparts as M
import routes as R
from mimeparts import CRLF

LABELS = ("bec", "phishing", "spam", "clean")
BEC_SCENARIOS = ("ceo-fraud", "invoice-fraud", "account-compromise", "attorney-impersonation",
                 "data-theft", "payroll-diversion", "gift-card")
MAX_BYTES = 20 * 1024
FILE_RE = re.compile(r"^(bec|phishing|spam|clean)-([0-9]{2})-([a-z0-9]+(?:-[a-z0-9]+)*)-(ja|en)\.eml$")

# the order in which each kind of mail client writes its own fields;
# "*" is where extra fields (X-Mailer, Thread-Index, ...) go
ORDERS = {
    "default": ["Date", "From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "In-Reply-To",
                "References", "*", "MIME-Version"],
    "gmail": ["MIME-Version", "References", "In-Reply-To", "From", "Reply-To", "Date", "Message-ID",
              "Subject", "To", "Cc", "*"],
    "outlook": ["From", "To", "Cc", "Reply-To", "Subject", "*", "Date", "Message-ID", "References",
                "In-Reply-To", "MIME-Version"],
    "thunderbird": ["Message-ID", "Date", "MIME-Version", "*", "Subject", "To", "Cc", "References",
                    "From", "Reply-To", "In-Reply-To"],
    "apple": ["From", "Reply-To", "Subject", "Date", "Message-ID", "References", "In-Reply-To", "Cc",
              "To", "*", "MIME-Version"],
}


def jst(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=R.JST)


class Msg:
    """frm, to, cc, reply_to: (display name, address). body: a mimeparts tree.
    route: routes.Route; auth: routes.Auth. hcs: (charset, B|Q) for encoded
    words in the header. fields: extra fields [(name, value)]. accounts:
    account numbers / IBANs / routing numbers that the text must contain
    (digits compared after full-width folding). on_file: vendor key whose
    payment details on file the text must contain."""

    def __init__(self, file, label, scenario, lang, notes, *, when, frm, to, subject, body, route,
                 auth, mid, cc=(), reply_to=(), hcs=("ISO-2022-JP", "B"), fields=(), style="default",
                 date_tz=R.JST, return_path=None, rcpt=None, accounts=(), on_file=None,
                 in_reply_to=None, references=None, fake_reply=False):
        self.file, self.label, self.scenario, self.lang, self.notes = file, label, scenario, lang, notes
        self.when, self.frm, self.to, self.cc = when, frm, list(to), list(cc)
        self.reply_to, self.subject, self.body = list(reply_to), subject, body
        self.route, self.auth, self.mid, self.hcs = route, auth, mid, hcs
        self.fields, self.style, self.date_tz = list(fields), style, date_tz
        self.return_path = frm[1] if return_path is None else return_path
        self.rcpt = rcpt or self.to[0][1]
        self.accounts, self.on_file = list(accounts), on_file
        self.in_reply_to, self.references = in_reply_to, references
        self.fake_reply = fake_reply  # a 'RE:' subject with no thread (spam trick)

    # ------------------------------------------------------------ rendering

    def own_fields(self):
        cs, enc = self.hcs
        f = {"From": M.mailbox(self.frm[0], self.frm[1], cs, enc),
             "To": M.mailboxes(self.to, cs, enc),
             "Subject": M.subject_value(self.subject, cs, enc),
             "Date": R.date(self.when, self.date_tz, False),
             "Message-ID": f"<{self.mid}>",
             "MIME-Version": "1.0"}
        if self.cc:
            f["Cc"] = M.mailboxes(self.cc, cs, enc)
        if self.reply_to:
            f["Reply-To"] = M.mailboxes(self.reply_to, cs, enc)
        if self.in_reply_to:
            f["In-Reply-To"] = f"<{self.in_reply_to}>"
        if self.references:
            f["References"] = (CRLF + " ").join(f"<{r}>" for r in self.references)
        return f

    def render(self):
        seed = self.file
        r = self.route
        lines = [f"Return-Path: <{self.return_path}>", f"Delivered-To: {self.rcpt}",
                 self.auth.header(seed, r), R.mx_received(seed, self.when, self.rcpt, r)]
        lines += r.hops
        if self.auth.sign and self.auth.d:
            lines.append(R.dkim_signature(seed, self.auth.d, r.selector or "default",
                                          int(self.when.timestamp())))
        lines += r.extra
        own = self.own_fields()
        order = ORDERS[self.style]
        for name in order:
            if name == "*":
                for k, v in self.fields:
                    lines.append(f"{k}: {v}" if v != "" else f"{k}:")
            elif name in own:
                lines.append(f"{name}: {own[name]}")
        heads, body = self.body.render(seed)
        lines += heads
        head = CRLF.join(lines).encode("ascii")
        raw = head + b"\r\n\r\n" + b"\r\n".join(body)
        if not raw.endswith(b"\r\n"):
            raw += b"\r\n"
        return raw

    # ------------------------------------------------------------ checks

    def fail(self, why):
        raise SystemExit(f"check {self.file}: {why}")

    def check(self, raw):
        self.check_name()
        self.check_bytes(raw)
        msg = email.message_from_bytes(raw, policy=policy.default)
        self.check_fields(msg)
        texts = self.check_parts(msg)
        self.check_banking("\n".join(texts))
        self.check_links("\n".join(texts))

    def check_name(self):
        m = FILE_RE.match(self.file)
        if not m:
            self.fail("file name does not follow LABEL-NN-description-LANG.eml")
        if m.group(1) != self.label or m.group(4) != self.lang:
            self.fail("label or language differs from the file name")
        if self.label not in LABELS:
            self.fail(f"label {self.label}")
        if self.label == "bec" and self.scenario not in BEC_SCENARIOS:
            self.fail(f"bec scenario {self.scenario}")
        if not self.notes or len(self.notes) < 40:
            self.fail("notes too short")

    def check_bytes(self, raw):
        if len(raw) >= MAX_BYTES:
            self.fail(f"{len(raw)} bytes")
        if not raw.endswith(b"\r\n"):
            self.fail("no final CRLF")
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            self.fail("bare LF or CR")
        for i, line in enumerate(raw.split(b"\r\n")):
            if len(line) > 998:
                self.fail(f"line {i} has {len(line)} octets")
        head = raw.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in head):
            self.fail("8-bit byte in the header")
        eightbit = any(isinstance(p, M.Text) and p.cte == "8bit" for p in M.leaves(self.body))
        if not eightbit and any(b > 127 for b in raw):
            self.fail("8-bit byte without an 8bit part")

    def check_fields(self, msg):
        for part in msg.walk():
            if part.defects:
                self.fail(f"defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    self.fail(f"{k}: {v.defects}")
        keys = list(msg.keys())
        if keys[:4] != ["Return-Path", "Delivered-To", "Authentication-Results", "Received"]:
            self.fail(f"trace fields out of order: {keys[:4]}")
        rec = msg.get_all("Received")
        if f"by {C.MX} " not in str(rec[0]).replace("\n", " ").replace("\t", " "):
            self.fail("the newest Received is not the MX's")
        ar = msg.get_all("Authentication-Results")
        if len(ar) != 1 or not str(ar[0]).startswith(C.MX + ";"):
            self.fail("Authentication-Results not stamped by the MX")
        words = dict(re.findall(r"\b(spf|dkim|dmarc)=([a-z]+)", str(ar[0])))
        if set(words) != {"spf", "dkim", "dmarc"}:
            self.fail(f"Authentication-Results incomplete: {words}")
        for ip in re.findall(r"\[(\d+\.\d+\.\d+\.\d+)\]", " ".join(str(x) for x in rec)):
            if not _allowed_ip(ip):
                self.fail(f"address {ip} is neither documentation/private nor a known provider's")
        for h in ("Date", "Message-ID", "From", "To", "Subject", "MIME-Version"):
            if msg[h] is None:
                self.fail(f"no {h}")
        if msg["Date"].datetime is None:
            self.fail("Date does not parse")
        if str(msg["Subject"]) != self.subject:
            self.fail(f"Subject {str(msg['Subject'])!r} != {self.subject!r}")
        for name, want in (("From", [self.frm]), ("To", self.to), ("Cc", self.cc),
                           ("Reply-To", self.reply_to)):
            got = [(a.display_name, a.addr_spec) for a in msg[name].addresses] if msg[name] else []
            if got != [(n or "", a) for n, a in want]:
                self.fail(f"{name} {got} != {want}")
        if msg["Delivered-To"].split("@")[-1].lower() not in C.DOMAINS:
            self.fail("Delivered-To outside the organisation")
        if self.in_reply_to and self.references and self.references[-1] != self.in_reply_to:
            self.fail("References does not end with In-Reply-To")
        if re.match(r"(?i)^(re|aw|返信|ＲＥ)\s*[:：]", self.subject) and not self.fake_reply:
            if not (msg["In-Reply-To"] and msg["References"]):
                self.fail("a reply without In-Reply-To and References")
        for d in _domains(msg):
            if not _allowed_domain(d):
                self.fail(f"domain {d} is not .example/.test/.invalid nor a known provider")

    def check_parts(self, msg):
        got = [p for p in msg.walk() if not p.is_multipart()]
        want = list(M.leaves(self.body))
        if len(got) != len(want):
            self.fail(f"{len(got)} leaves, expected {len(want)}")
        texts = []
        for g, w in zip(got, want):
            if isinstance(w, M.Text):
                if g.get_content_charset() != w.charset.lower():
                    self.fail(f"charset {g.get_content_charset()} != {w.charset}")
                data = g.get_payload(decode=True)
                try:
                    text = data.decode(M.CODECS[w.charset])
                except UnicodeDecodeError as e:
                    self.fail(f"text does not decode: {e}")
                if text.replace("\r\n", "\n").rstrip("\n") != w.text.rstrip("\n"):
                    self.fail("decoded text differs from the source")
                g.get_content()
                texts.append(text)
            else:
                if g.get_filename() != w.filename:
                    self.fail(f"filename {g.get_filename()!r} != {w.filename!r}")
                data = g.get_payload(decode=True)
                if data != w.data:
                    self.fail("attachment bytes differ")
                if w.ctype == "application/pdf":
                    texts += M.pdf_text(data)
                elif w.ctype.startswith("text/"):
                    texts.append(data.decode("utf-8"))
        return texts

    def check_banking(self, text):
        flat = B.halfwidth(text)
        for v in B.find_ibans(flat):
            if not B.iban_ok(v):
                self.fail(f"IBAN {v} has a bad checksum")
        for v in B.find_abas(flat):
            if not B.aba_ok(v):
                self.fail(f"ABA routing number {v} has a bad checksum")
        squeezed = re.sub(r"[ ,]", "", flat)
        for a in self.accounts:
            if re.sub(r"[ ,]", "", a) not in squeezed:
                self.fail(f"account {a} not in the text")
            if re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", a) and not B.iban_ok(a):
                self.fail(f"declared IBAN {a} invalid")
        if self.on_file:
            bank = C.V[self.on_file].bank
            key = bank.get("iban") or bank["account"]
            if key not in squeezed:
                self.fail(f"on-file account of {self.on_file} not in the text")
        # a message that claims a new account must not reuse the vendor's on-file one
        if self.label == "bec" and self.scenario in ("invoice-fraud", "account-compromise"):
            for a in self.accounts:
                for v in C.VENDORS:
                    if v.bank and a in (v.bank.get("iban"), v.bank.get("account"), v.bank.get("routing")):
                        self.fail(f"fraud account {a} equals {v.key}'s account on file")


    def check_links(self, text):
        """Every URL host and every mail address in the text is fictional
        (.example, .test, .invalid, a documentation IP) or a known mail provider."""
        for host in re.findall(r"(?i)\bhttps?://([^/\s\"'<>:?#]+)", text):
            if re.fullmatch(r"[0-9.]+", host):
                if not _allowed_ip(host) or host.startswith("10."):
                    if not host.startswith(("192.0.2.", "198.51.100.", "203.0.113.")):
                        self.fail(f"URL host {host}")
            elif not host.lower().endswith((".example", ".test", ".invalid")):
                self.fail(f"URL host {host} is not fictional")
        for d in re.findall(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", text):
            if not _allowed_domain(d):
                self.fail(f"address domain {d} in the text")
        for host in re.findall(r"(?i)\bwww\.([a-z0-9.-]+)", text):
            if not host.lower().rstrip(".").endswith((".example", ".test", ".invalid")):
                self.fail(f"web host www.{host}")


_PROVIDER_DOMAINS = ("gmail.com", "google.com", "outlook.com", "outlook.jp", "hotmail.com",
                     "yahoo.co.jp", "icloud.com", "me.com", "apple", "nifty.com", "ocn.ne.jp", "ocn.ad.jp",
                     "protection.outlook.com", "PROD.OUTLOOK.COM", "mail.gmail.com")


def _allowed_domain(d):
    d = d.lower().rstrip(".")
    if d.endswith((".example", ".test", ".invalid")) or d in ("localhost",):
        return True
    return any(d == p.lower() or d.endswith("." + p.lower()) for p in _PROVIDER_DOMAINS)


def _domains(msg):
    out = []
    for name in ("From", "To", "Cc", "Reply-To", "Return-Path", "Delivered-To"):
        for v in msg.get_all(name) or []:
            out += re.findall(r"@([A-Za-z0-9.-]+)", str(v))
    return out


_PROVIDER_NETS = ("209.85.", "40.92.", "40.107.", "183.79.", "17.58.", "106.153.", "153.153.")


def _allowed_ip(ip):
    a = [int(x) for x in ip.split(".")]
    if a[0] in (10, 127):
        return True
    if a[:3] in ([192, 0, 2], [198, 51, 100], [203, 0, 113]):
        return True
    return ip.startswith(_PROVIDER_NETS)
