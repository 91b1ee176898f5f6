#!/usr/bin/env python3
"""Writes the inline-forward fixtures: reports that employees of 翡翠電機株式会社
(hisui-denki.example) sent by pressing "Forward" (inline, not as attachment),
and expected.json, which says what a parser must rebuild from each one.

    python3 make_forwards.py          # write every file, then verify them
    python3 make_forwards.py --check  # build in memory, compare with the files, verify

Python 3 standard library only. Deterministic: no clock, no randomness, no network.
Every case is written twice, `<case>-crlf.eml` and `<case>-lf.eml`. The LF file is
the CRLF file with every CRLF turned into LF, as a Unix mail store keeps it; the
bytes inside base64 bodies (which encode CRLF text) are not touched.

See README.md for what each case is and why it looks the way it does.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import json
import os
import quopri
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

DOMAIN = "hisui-denki.example"
SECURITY = f"security@{DOMAIN}"
SECURITY_NAME = "情報セキュリティ窓口"
SUBMIT = f"submit.{DOMAIN}"
SUBMIT_IP = "10.20.0.25"
MX = f"mx.{DOMAIN}"

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
SGT = dt.timezone(dt.timedelta(hours=8))
EDT = dt.timezone(dt.timedelta(hours=-4))

NNBSP = "\u202f"  # narrow no-break space: Gmail and Apple write it before AM/PM since 2023

# ---------------------------------------------------------------------------
# People (the same directory as Tests/InvestigationTests/Fixtures/case/employees.csv)


class Emp:
    def __init__(self, key, family, given, family_latin, given_latin, dept_ja, dept_en, ip):
        self.key = key
        self.family, self.given = family, given
        self.family_latin, self.given_latin = family_latin, given_latin
        self.dept_ja, self.dept_en = dept_ja, dept_en
        self.ip = ip
        self.email = f"{given_latin.lower()}.{family_latin.lower()}@{DOMAIN}"

    @property
    def ja(self):
        return f"{self.family} {self.given}"

    @property
    def en(self):
        return f"{self.given_latin} {self.family_latin}"

    @property
    def outlook_en(self):  # how an Exchange directory shows a name ("Family, Given")
        return f"{self.family_latin}, {self.given_latin}"


E = {e.key: e for e in [
    Emp("yamada", "山田", "太郎", "Yamada", "Taro", "代表取締役社長", "President & CEO", "10.20.30.2"),
    Emp("sasaki", "佐々木", "恵子", "Sasaki", "Keiko", "取締役 CFO", "CFO", "10.20.30.5"),
    Emp("suzuki", "鈴木", "一郎", "Suzuki", "Ichiro", "情報システム部", "IT Systems", "10.20.31.14"),
    Emp("takada", "高田", "翔", "Takada", "Sho", "営業部", "Sales", "10.20.34.118"),
    Emp("sato", "佐藤", "美香", "Sato", "Mika", "経理部", "Accounting", "10.20.36.52"),
    Emp("ito", "伊藤", "健二", "Ito", "Kenji", "購買部", "Purchasing", "10.20.35.7"),
    Emp("ono", "小野", "由紀", "Ono", "Yuki", "人事部", "Human Resources", "10.20.37.91"),
    Emp("nakamura", "中村", "大輔", "Nakamura", "Daisuke", "技術部", "Engineering", "10.20.40.23"),
    Emp("watanabe", "渡辺", "直美", "Watanabe", "Naomi", "総務部", "General Affairs", "10.20.38.40"),
    Emp("matsumoto", "松本", "拓也", "Matsumoto", "Takuya", "営業部", "Sales", "10.20.34.77"),
    Emp("tanaka", "田中", "さくら", "Tanaka", "Sakura", "広報部", "Public Relations", "10.20.39.12"),
    Emp("kato", "加藤", "誠", "Kato", "Makoto", "品質保証部", "Quality Assurance", "10.20.41.9"),
    Emp("yoshida", "吉田", "亮", "Yoshida", "Ryo", "技術部", "Engineering", "10.20.40.61"),
    Emp("yamamoto", "山本", "愛", "Yamamoto", "Ai", "経理部", "Accounting", "10.20.36.18"),
    Emp("inoue", "井上", "裕子", "Inoue", "Yuko", "人事部", "Human Resources", "10.20.37.30"),
    Emp("kimura", "木村", "浩", "Kimura", "Hiroshi", "製造部", "Manufacturing", "10.20.42.5"),
]}


def P(key, lang="en"):
    """(display name, address) of an employee."""
    e = E[key]
    return (e.ja if lang == "ja" else e.en, e.email)


# ---------------------------------------------------------------------------
# Small deterministic helpers


def digest(*parts):
    return hashlib.sha256("\x00".join(str(p) for p in parts).encode()).digest()


def hexid(*parts, n=12):
    return digest(*parts).hex()[:n].upper()


B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def b62(*parts, n=12):
    return "".join(B62[b % 62] for b in digest(*parts)[:n])


def uuid_like(*parts):
    h = digest(*parts).hex().upper()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def rfc_date(t):
    return email.utils.format_datetime(t)


def received_date(t):
    t = t.astimezone(JST)
    return rfc_date(t) + " (JST)"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------------------
# Header encoding (RFC 2047) and folding

CODECS = {"ISO-2022-JP": "iso-2022-jp", "UTF-8": "utf-8", "US-ASCII": "ascii"}


def encoded_words(text, charset="UTF-8", label=None):
    """B-encoded words, each self-contained, short enough to fold at 78."""
    label = label or charset
    prefix = f"=?{label}?B?"
    room = 66 - len(prefix) - 2
    codec = CODECS[charset.upper()]
    pieces, chunk = [], ""
    for ch in text:
        if chunk and len(base64.b64encode((chunk + ch).encode(codec))) > room:
            pieces.append(chunk)
            chunk = ch
        else:
            chunk += ch
    if chunk:
        pieces.append(chunk)
    return [prefix + base64.b64encode(p.encode(codec)).decode() + "?=" for p in pieces]


def phrase(text, charset, label=None):
    if text.isascii():
        return text.split(" ")
    return encoded_words(text, charset, label)


def display(name, charset, label=None):
    if name.isascii():
        special = any(c in name for c in ',.;:@<>()[]"')
        return [f'"{name}"'] if special else name.split(" ")
    return encoded_words(name, charset, label)


def mailbox(addr, name, charset, label=None):
    if not name:
        return [addr]
    return display(name, charset, label) + [f"<{addr}>"]


def address_list(boxes):
    tokens = []
    for i, box in enumerate(boxes):
        box = list(box)
        if i < len(boxes) - 1:
            box[-1] += ","
        tokens += box
    return tokens


def header(name, tokens):
    lines = [name + ":"]
    for tok in tokens:
        if lines[-1] == name + ":" or len(lines[-1]) + 1 + len(tok) <= 78:
            lines[-1] += " " + tok
        else:
            lines.append(" " + tok)
    return "\n".join(lines)


def received(*segments):
    lines = ["Received: " + segments[0]]
    for seg in segments[1:]:
        if len(lines[-1]) + 1 + len(seg) <= 78:
            lines[-1] += " " + seg
        else:
            lines.append("\t" + seg)
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Body encodings. Text is written with LF here; the message becomes CRLF at the end.
# base64 encodes the canonical CRLF form of the text (RFC 2045), as every client does.


def enc_body(text, cte, charset):
    if cte == "base64":
        raw = text.replace("\n", "\r\n").encode(CODECS[charset.upper()])
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(CODECS[charset.upper()])).decode("ascii")
    if cte == "7bit":
        return text.encode(CODECS[charset.upper()]).decode("ascii")  # ISO-2022-JP is 7bit too
    if cte == "8bit":
        return text  # written as UTF-8 bytes by the caller
    raise ValueError(cte)


def leaf(ctype_lines, cte, charset, text, cte_first=False):
    """A text part: (header lines, body text)."""
    hdrs = list(ctype_lines)
    cte_line = f"Content-Transfer-Encoding: {cte}"
    hdrs = [cte_line] + hdrs if cte_first else hdrs + [cte_line]
    body = enc_body(text, cte, charset)
    if not body.endswith("\n"):
        body += "\n"
    return hdrs, body


def multipart(subtype, boundary, parts, ctype_style="default"):
    out = ""
    for hdrs, body in parts:
        out += f"--{boundary}\n" + "\n".join(hdrs) + "\n\n" + body
        if not out.endswith("\n"):
            out += "\n"
        out += "\n"
    out += f"--{boundary}--\n"
    if ctype_style == "apple":
        ct = f"Content-Type: multipart/{subtype};\n\tboundary=\"{boundary}\""
    elif ctype_style == "gmail":
        ct = f'Content-Type: multipart/{subtype}; boundary="{boundary}"'
    else:
        ct = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"'
    return [ct], out


# ---------------------------------------------------------------------------
# Date formats, as each client writes the original's date in the forward header

WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WD_JA = "月火水木金土日"


def _h12(t):
    return (t.hour % 12 or 12), ("AM" if t.hour < 12 else "PM")


def fmt_outlook_en(t):  # Friday, May 17, 2024 11:41 AM
    h, ap = _h12(t)
    return f"{WD_EN[t.weekday()]}, {MON_EN[t.month - 1]} {t.day}, {t.year} {h}:{t.minute:02d} {ap}"


def fmt_outlook_ja(t, style="plain"):  # 2024年5月17日 11:41 / (金) / 金曜日
    base = f"{t.year}年{t.month}月{t.day}日"
    time = f"{t.hour}:{t.minute:02d}"
    wd = WD_JA[t.weekday()]
    if style == "paren":
        return f"{base}({wd}) {time}"
    if style == "long":
        return f"{base} {wd}曜日 {time}"
    return f"{base} {time}"


def fmt_gmail_en(t):  # Fri, May 17, 2024 at 11:41 AM (U+202F before AM)
    h, ap = _h12(t)
    return (f"{WD_EN[t.weekday()][:3]}, {MON_EN[t.month - 1][:3]} {t.day}, {t.year} "
            f"at {h}:{t.minute:02d}{NNBSP}{ap}")


def fmt_gmail_ja(t):  # 2024年5月17日(金) 11:41
    return f"{t.year}年{t.month}月{t.day}日({WD_JA[t.weekday()]}) {t.hour}:{t.minute:02d}"


def _gmt_name(t):
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    hh, mm = divmod(abs(mins), 60)
    return f"GMT{sign}{hh}" + (f":{mm:02d}" if mm else "")


def fmt_apple_en(t, nnbsp=True):  # May 17, 2024 at 11:41:37 AM GMT+9
    h, ap = _h12(t)
    sep = NNBSP if nnbsp else " "
    return (f"{MON_EN[t.month - 1]} {t.day}, {t.year} at {h}:{t.minute:02d}:{t.second:02d}"
            f"{sep}{ap} {_gmt_name(t)}")


def fmt_apple_ja(t):  # 2024年5月17日 11:41:37 JST
    assert t.utcoffset() == dt.timedelta(hours=9)
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}:{t.minute:02d}:{t.second:02d} JST"


def fmt_raw(t):  # Thunderbird copies the Date field: Fri, 17 May 2024 11:41:37 +0900
    return rfc_date(t)


# ---------------------------------------------------------------------------
# Body text with links. In the source strings a link is either a bare URL or
# [[label|url]]. Each client renders labelled links its own way in text/plain.

LINK_RE = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
URL_RE = re.compile(r"https?://[^\s<>\"\]]+")


def text_links(body, style):
    if style == "outlook":
        return LINK_RE.sub(lambda m: f"{m.group(1)}<{m.group(2)}>", body)
    return LINK_RE.sub(lambda m: f"{m.group(1)} <{m.group(2)}>", body)


def links_of(body):
    found = []
    for m in LINK_RE.finditer(body):
        found.append(m.group(2))
    for m in URL_RE.finditer(LINK_RE.sub("", body)):
        found.append(m.group(0))
    out = []
    for u in found:
        if u not in out:
            out.append(u)
    # keep the order of appearance
    return sorted(out, key=lambda u: body.find(u))


def html_inline(line, link_class=None):
    """One line of text as HTML, links as <a href>."""
    out, pos = "", 0
    pattern = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]|https?://[^\s<>\"\]]+")
    for m in pattern.finditer(line):
        out += esc(line[pos:m.start()])
        if m.group(1):
            label, url = m.group(1), m.group(2)
        else:
            label = url = m.group(0)
        cls = f' class="{link_class}"' if link_class else ""
        out += f'<a{cls} href="{esc(url)}">{esc(label)}</a>'
        pos = m.end()
    return out + esc(line[pos:])


# ---------------------------------------------------------------------------
# The forwarded originals


class Orig:
    """An original message as the forwarding client shows it."""

    def __init__(self, from_name, from_addr, to, subject, sent, body, cc=(), body_html=None):
        self.from_name, self.from_addr = from_name, from_addr
        self.to, self.cc = list(to), list(cc)  # [(name or None, addr)]
        self.subject, self.sent, self.body = subject, sent, body
        self.body_html = body_html  # pre-rendered HTML (for a message that is itself a forward)


# The case-study lure (Tests/InvestigationTests/Fixtures/case): the same sender,
# subject and body as the copies attached to report-1, report-3 and report-5.
ATTACKER = "ejbjebduffy@optimum.net"
LURE_NAME = "山田 太郎"
LURE_SUBJECT = "至急のお願い"
LURE_BODY = """{greeting}

お疲れさまです。山田です。
内々に進めたい案件があり、至急お願いしたいことがあります。
このメールを読んだら、まずは返信をください。

本日は終日社外での打ち合わせが続くため、電話には出られません。
よろしくお願いします。

山田
"""
# key: (greeting, private address, generated address, sent, Message-ID, case report)
LURE_COPIES = {
    "takada": ("高田さん", "sho.tkd@gmail.com", "stakada@hisui-denki.example",
               dt.datetime(2026, 3, 9, 21, 12, 7, tzinfo=EDT), "report-1.eml"),
    "ito": ("伊藤健二さん", "kenji-ito@outlook.jp", "kito@hisui-denki.example",
            dt.datetime(2026, 3, 9, 21, 20, 16, tzinfo=EDT), "report-3.eml"),
    "nakamura": ("中村さん", "dnakamura1985@icloud.com", "dnakamura@hisui-denki.example",
                 dt.datetime(2026, 3, 9, 21, 31, 49, tzinfo=EDT), "report-5.eml"),
}


def lure(key):
    greeting, private, generated, sent, _ = LURE_COPIES[key]
    return Orig(LURE_NAME, ATTACKER, [(None, private), (None, generated)], LURE_SUBJECT, sent,
                LURE_BODY.format(greeting=greeting))


# ---------------------------------------------------------------------------
# Forward blocks, client by client. Each function returns the lines of the block
# header (the marker and the header lines) in text/plain, exactly as written.


def fmt_box_outlook(name, addr, names_only=False):
    if names_only and name:
        return name
    return f"{name} <{addr}>" if name else addr


def outlook_text_block(o, lang, local, form, date_style="plain", names_only=False):
    """form: 'original' (-----Original Message-----), 'mailto' (Outlook 2010 [mailto:]),
    'underscore' (Outlook on the web / new Outlook), 'none' (text part of an HTML
    message from Outlook desktop: no marker line)."""
    t = o.sent.astimezone(local)
    labels = {"en": ("From", "Sent", "To", "Cc", "Subject"),
              "ja": ("差出人", "送信日時", "宛先", "CC", "件名")}[lang]
    when = fmt_outlook_en(t) if lang == "en" else fmt_outlook_ja(t, date_style)
    if form == "mailto":
        sender = f"{o.from_name} [mailto:{o.from_addr}] "
    elif form == "underscore":
        sender = f"{o.from_name} <{o.from_addr}>"
    else:  # Outlook desktop leaves a space at the end of the From line
        sender = f"{o.from_name} <{o.from_addr}> "
    lines = []
    if form in ("original", "mailto"):
        lines.append("-----Original Message-----")
    elif form == "underscore":
        lines.append("_" * 32)
    lines.append(f"{labels[0]}: {sender}")
    lines.append(f"{labels[1]}: {when}")
    lines.append(f"{labels[2]}: " + "; ".join(fmt_box_outlook(n, a, names_only) for n, a in o.to))
    if o.cc:
        lines.append(f"{labels[3]}: " + "; ".join(fmt_box_outlook(n, a, names_only) for n, a in o.cc))
    lines.append(f"{labels[4]}: {o.subject}")
    return lines


def gmail_wrap(line, width=78):
    """Gmail hard-wraps long text/plain lines; it may break right after '<'."""
    out = []
    while len(line) > width:
        cut = -1
        for i in range(width, 0, -1):
            if line[i - 1] == "<" or line[i] == " ":
                cut = i
                break
        if cut <= 0:
            break
        out.append(line[:cut].rstrip(" "))
        line = line[cut:].lstrip(" ")
    out.append(line)
    return out


def gmail_box(name, addr):
    return f"{name} <{addr}>" if name else f"<{addr}>"


def gmail_text_block(o, lang, local):
    t = o.sent.astimezone(local)
    marker = "---------- Forwarded message ---------" if lang == "en" else "---------- 転送メッセージ ---------"
    when = fmt_gmail_en(t) if lang == "en" else fmt_gmail_ja(t)
    lines = [marker, f"From: {gmail_box(o.from_name, o.from_addr)}", f"Date: {when}",
             f"Subject: {o.subject}"]
    lines += gmail_wrap("To: " + ", ".join(gmail_box(n, a) for n, a in o.to))
    if o.cc:
        lines += gmail_wrap("Cc: " + ", ".join(gmail_box(n, a) for n, a in o.cc))
    return lines


def apple_box(name, addr):
    return f"{name} <{addr}>" if name else addr


def apple_text_block(o, lang, local, nnbsp=True, ios=False):
    """Without the '> ' quoting (added by the caller)."""
    t = o.sent.astimezone(local)
    if lang == "en":
        marker = "Begin forwarded message:"
        labels = {"from": "From", "subject": "Subject", "date": "Date", "to": "To", "cc": "Cc"}
        when = fmt_apple_en(t, nnbsp)
    else:
        marker = "転送されたメッセージ:"
        labels = {"from": "差出人", "subject": "件名", "date": "日付", "to": "宛先", "cc": "Cc"}
        when = fmt_apple_ja(t)
    rows = {"from": apple_box(o.from_name, o.from_addr), "subject": o.subject, "date": when,
            "to": ", ".join(apple_box(n, a) for n, a in o.to),
            "cc": ", ".join(apple_box(n, a) for n, a in o.cc)}
    # macOS Mail: From, Subject, Date, To, Cc. iOS Mail: From, Date, To, Cc, Subject.
    order = ["from", "date", "to", "cc", "subject"] if ios else ["from", "subject", "date", "to", "cc"]
    lines = [f"{labels[k]}: {rows[k]}" for k in order if rows[k]]
    return marker, lines


def tb_text_block(o, lang):
    labels = {"en": ("-------- Forwarded Message --------", "Subject", "Date", "From", "To", "CC"),
              "ja": ("-------- 転送メッセージ --------", "件名", "日付", "差出人", "宛先", "CC")}[lang]
    lines = [labels[0],
             f"{labels[1]}: \t{o.subject}",
             f"{labels[2]}: \t{fmt_raw(o.sent)}",
             f"{labels[3]}: \t{o.from_name} <{o.from_addr}>" if o.from_name else f"{labels[3]}: \t{o.from_addr}",
             f"{labels[4]}: \t" + ", ".join(f"{n} <{a}>" if n else a for n, a in o.to)]
    if o.cc:
        lines.append(f"{labels[5]}: \t" + ", ".join(f"{n} <{a}>" if n else a for n, a in o.cc))
    return lines


# ---------------------------------------------------------------------------
# HTML renderings of the forward blocks


def owa_html_header(o, lang, local, style):
    """Outlook on the web / new Outlook: <hr> then <div id="divRplyFwdMsg">.
    style 'font' (older: <font>, space after </b>) or 'span' (newer: &nbsp; after </b>,
    addresses as mailto: links)."""
    t = o.sent.astimezone(local)
    labels = {"en": ("From", "Sent", "To", "Cc", "Subject"),
              "ja": ("差出人", "送信日時", "宛先", "CC", "件名")}[lang]
    when = fmt_outlook_en(t) if lang == "en" else fmt_outlook_ja(t)
    sep = " " if style == "font" else "&nbsp;"

    def box(n, a):
        inner = f'<a href="mailto:{a}">{a}</a>' if style == "span" else a
        return f"{esc(n)} &lt;{inner}&gt;" if n else inner

    rows = [(labels[0], box(o.from_name, o.from_addr)), (labels[1], esc(when)),
            (labels[2], "; ".join(box(n, a) for n, a in o.to))]
    if o.cc:
        rows.append((labels[3], "; ".join(box(n, a) for n, a in o.cc)))
    rows.append((labels[4], esc(o.subject)))
    body = "<br>\n".join(f"<b>{k}:</b>{sep}{v}" for k, v in rows)
    if style == "font":
        inner = f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{body}</font>'
    else:
        inner = (f'<span style="font-family: Calibri, sans-serif; font-size: 11pt; '
                 f'color: rgb(0, 0, 0);">{body}</span>')
    return ('<div id="appendonsend"></div>\n'
            '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            f'<div id="divRplyFwdMsg" dir="ltr">{inner}\n<div>&nbsp;</div>\n</div>')


def word_html_header(o, lang, local):
    """Outlook desktop (Word HTML): a div with a top border, <b>From:</b> ... <br>."""
    t = o.sent.astimezone(local)
    labels = {"en": ("From", "Sent", "To", "Cc", "Subject"),
              "ja": ("差出人", "送信日時", "宛先", "CC", "件名")}[lang]
    when = fmt_outlook_en(t) if lang == "en" else fmt_outlook_ja(t)

    def box(n, a):
        link = f'<a href="mailto:{a}">{a}</a>'
        return f"{esc(n)} &lt;{link}&gt;" if n else link

    rows = [f"<b>{labels[0]}:</b> {box(o.from_name, o.from_addr)} ",
            f"<b>{labels[1]}:</b> {esc(when)}",
            f"<b>{labels[2]}:</b> " + "; ".join(box(n, a) for n, a in o.to)]
    if o.cc:
        rows.append(f"<b>{labels[3]}:</b> " + "; ".join(box(n, a) for n, a in o.cc))
    rows.append(f"<b>{labels[4]}:</b> {esc(o.subject)}<o:p></o:p>")
    return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm'>"
            "<p class=MsoNormal>" + "<br>".join(rows) + "</p></div>")


def gmail_html_header(o, lang, local):
    t = o.sent.astimezone(local)
    marker = "---------- Forwarded message ---------" if lang == "en" else "---------- 転送メッセージ ---------"
    when = fmt_gmail_en(t) if lang == "en" else fmt_gmail_ja(t)

    def box(n, a):
        link = f'&lt;<a href="mailto:{a}">{a}</a>&gt;'
        return f"{esc(n)} {link}" if n else link

    sender = (f'<strong class="gmail_sendername" dir="auto">{esc(o.from_name)}</strong> '
              f'<span dir="auto">&lt;<a href="mailto:{o.from_addr}">{o.from_addr}</a>&gt;</span>')
    rows = [marker, f"From: {sender}", f"Date: {esc(when)}", f"Subject: {esc(o.subject)}",
            "To: " + ", ".join(box(n, a) for n, a in o.to)]
    if o.cc:
        rows.append("Cc: " + ", ".join(box(n, a) for n, a in o.cc))
    return '<div dir="ltr" class="gmail_attr">' + "<br>".join(rows) + "<br></div>"


APPLE_SPAN_B = ('<span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; '
                'color:rgba(0, 0, 0, 1.0);">')
APPLE_SPAN = '<span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">'
APPLE_DIV = '<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;">'


def apple_html_header(o, lang, local, nnbsp=True):
    marker, lines = apple_text_block(o, lang, local, nnbsp)
    t = o.sent.astimezone(local)
    when = fmt_apple_en(t, nnbsp) if lang == "en" else fmt_apple_ja(t)

    def box(n, a):
        link = f'<a href="mailto:{a}">{a}</a>'
        return f"{esc(n)} &lt;{link}&gt;" if n else link

    labels = ({"from": "From", "subject": "Subject", "date": "Date", "to": "To", "cc": "Cc"} if lang == "en"
              else {"from": "差出人", "subject": "件名", "date": "日付", "to": "宛先", "cc": "Cc"})
    vals = {"from": box(o.from_name, o.from_addr), "subject": f"<b>{esc(o.subject)}</b>",
            "date": esc(when), "to": ", ".join(box(n, a) for n, a in o.to),
            "cc": ", ".join(box(n, a) for n, a in o.cc)}
    rows = "\n".join(
        f"{APPLE_DIV}{APPLE_SPAN_B}<b>{labels[k]}: </b></span>{APPLE_SPAN}{vals[k]}<br></span></div>"
        for k in ["from", "subject", "date", "to", "cc"] if vals[k])
    return (f'<blockquote type="cite"><div>{esc(marker)}</div><br class="Apple-interchange-newline">'
            f"{rows}\n<br>")


def ios_html_block(o, local):
    """iOS Mail: the marker outside the blockquote, headers inside, Subject in bold."""
    t = o.sent.astimezone(local)

    def box(n, a):
        link = f'<a href="mailto:{a}">{a}</a>'
        return f"{esc(n)} &lt;{link}&gt;" if n else link

    rows = [f"<b>From:</b> {box(o.from_name, o.from_addr)}",
            f"<b>Date:</b> {esc(fmt_apple_en(t, True))}",
            "<b>To:</b> " + ", ".join(box(n, a) for n, a in o.to)]
    if o.cc:
        rows.append("<b>Cc:</b> " + ", ".join(box(n, a) for n, a in o.cc))
    rows.append(f"<b>Subject:</b> <b>{esc(o.subject)}</b>")
    body = "<br>".join(html_inline(x) for x in o.body.rstrip("\n").split("\n"))
    return ('<div dir="ltr"><br>Begin forwarded message:<br><br></div>'
            '<blockquote type="cite"><div dir="ltr">' + "<br>".join(rows) + "<br></div></blockquote>"
            '<blockquote type="cite"><div dir="ltr">' + body + "</div></blockquote>")


def tb_html_header(o, lang):
    labels = {"en": ("-------- Forwarded Message --------", "Subject", "Date", "From", "To", "CC"),
              "ja": ("-------- 転送メッセージ --------", "件名", "日付", "差出人", "宛先", "CC")}[lang]

    def box(n, a):
        if n:
            return f'{esc(n)} <a class="moz-txt-link-rfc2396E" href="mailto:{a}">&lt;{a}&gt;</a>'
        return f'<a class="moz-txt-link-abbreviated" href="mailto:{a}">{a}</a>'

    rows = [(labels[1], esc(o.subject)), (labels[2], esc(fmt_raw(o.sent))),
            (labels[3], box(o.from_name, o.from_addr)),
            (labels[4], ", ".join(box(n, a) for n, a in o.to))]
    if o.cc:
        rows.append((labels[5], ", ".join(box(n, a) for n, a in o.cc)))
    trs = "".join(
        "\n          <tr>\n"
        f'            <th valign="BASELINE" nowrap="nowrap" align="RIGHT">{k}: </th>\n'
        f"            <td>{v}</td>\n"
        "          </tr>" for k, v in rows)
    return (f"      {labels[0]}\n"
            '      <table class="moz-email-headers-table" cellspacing="0"\n'
            '        cellpadding="0" border="0">\n'
            f"        <tbody>{trs}\n"
            "        </tbody>\n"
            "      </table>\n")


# body renderings of a plain-text original inside each client's HTML

def body_lines(o):
    return o.body.rstrip("\n").split("\n")


def owa_html_body(o):
    return ('<div class="PlainText">' + "<br>\n".join(html_inline(x) for x in body_lines(o))
            + "<br>\n</div>")


def word_html_body(o):
    return "".join(
        f"<p class=MsoNormal>{html_inline(x)}<o:p></o:p></p>\n" if x
        else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" for x in body_lines(o))


def gmail_html_body(o):
    if o.body_html:
        return o.body_html
    return '<div dir="ltr">' + "<br>".join(html_inline(x) for x in body_lines(o)) + "<br></div>"


def apple_html_body(o):
    return "".join(f"<div>{html_inline(x)}</div>" if x else "<div><br></div>" for x in body_lines(o))


def tb_html_body(o):
    return ('      <pre class="moz-quote-pre" wrap="">'
            + "\n".join(html_inline(x, "moz-txt-link-freetext") for x in body_lines(o)) + "\n</pre>\n")


# ---------------------------------------------------------------------------
# Cases


class Case:
    def __init__(self, cid, client, lang, reporter, subject, sent, note, orig=None, **kw):
        self.id, self.client, self.lang = cid, client, lang
        self.reporter = E[reporter]
        self.subject, self.sent, self.note = subject, sent, note
        self.orig = orig
        self.kw = kw
        self.to = kw.get("to") or [(SECURITY_NAME, SECURITY)]
        self.cc = kw.get("cc", [])
        self.reporter_name = kw.get("reporter_name") or (self.reporter.ja if lang == "ja" else self.reporter.en)


def T(y, mo, d, h, mi, s, tz=JST):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


CASES = []


def add(case):
    CASES.append(case)
    return case


# 1. Outlook desktop, English, plain text: -----Original Message----- / <addr>
add(Case("outlook-text-en", "outlook-text-en", "en", "kimura",
         "FW: RE: Outstanding invoice INV-240517", T(2024, 5, 17, 13, 2, 18), """\
Got this, looks fishy. We have never paid Northwind to a new account
without a phone call first, and the sender domain is spelled with a 1.

Hiroshi Kimura
Manufacturing Dept.
""", Orig("Northwind Supply Accounts", "accounts@northwind-supp1y.example",
          [("Hiroshi Kimura", "hiroshi.kimura@hisui-denki.example")],
          "RE: Outstanding invoice INV-240517", T(2024, 5, 17, 11, 41, 37), """\
Dear Hiroshi,

Following up on the invoice below, our records show INV-240517
(JPY 4,860,000) is still outstanding.
Please note that our bank details have changed due to an ongoing audit.
Kindly settle the balance to the new account using the secure link below
before end of day:

http://invoice-check.example/pay

Regards,
Grace Miller
Accounts Receivable | Northwind Supply Co.
""", cc=[("Ai Yamamoto", "ai.yamamoto@hisui-denki.example")]),
         form="original", mailer="Microsoft Outlook 16.0"))

# 2. Outlook 2010, English, plain text: [mailto:addr], names only in To/Cc;
#    the reporter is travelling, so the report and the block are in +0800.
add(Case("outlook-text-en-mailto", "outlook-text-en", "en", "kato",
         "FW: Confidential - are you at your desk?", T(2024, 5, 17, 10, 55, 3, SGT), """\
Security team,

I'm in Singapore this week and got this on my laptop. The address is not
Yamada-san's and he never writes to me in English. I have not replied.

Makoto Kato
Quality Assurance
""", Orig("Taro Yamada", "taro.yamada.office@freemail.example",
          [("Kato, Makoto", "makoto.kato@hisui-denki.example")],
          "Confidential - are you at your desk?", T(2024, 5, 17, 11, 41, 5), """\
Makoto,

Are you at your desk? I need you to handle a confidential payment for an
acquisition we are closing today. Do not discuss this with anyone else in
the office until it is announced.

Reply to this email only. I am in meetings and cannot take calls.

Taro Yamada
President & CEO
Sent from my iPad
""", cc=[("Sasaki, Keiko", "keiko.sasaki@hisui-denki.example")]),
         form="mailto", names_only=True, mailer="Microsoft Outlook 14.0",
         reporter_name="Kato, Makoto"))

# 3. Outlook on the web / new Outlook, English, plain-text mode: a line of
#    underscores. Sent just after midnight (12:07 AM), UTF-8 quoted-printable.
add(Case("outlook-text-en-underscore", "outlook-text-en", "en", "inoue",
         "FW: Direct deposit update", T(2024, 5, 17, 9, 12, 40), """\
Hi team,

This came in overnight from a private address claiming to be Ryo Yoshida
in Engineering. Ryo is at his desk and says he didn’t send it.

Yuko Inoue
Human Resources
""", Orig("Ryo Yoshida", "ryo.yoshida.hd@freemail.example",
          [("Yuko Inoue", "yuko.inoue@hisui-denki.example")],
          "Direct deposit update", T(2024, 5, 17, 0, 7, 52), """\
Hi Yuko,

I’ve changed banks and would like my salary paid into the new account
from this month’s payroll. Could you update my direct deposit details
before the cut-off? The new account details are in the form here:

https://payroll-update.example/form/ryo-yoshida

Thanks,
Ryo
"""), form="underscore", mailer=None))

# 4. Outlook desktop, Japanese, plain text, ISO-2022-JP: 2024年5月17日 11:41
add(Case("outlook-text-ja", "outlook-text-ja", "ja", "sato",
         "FW: 【至急】LINEグループ作成のお願い", T(2024, 5, 17, 12, 3, 55), """\
情報セキュリティ窓口 御中

経理部の佐藤です。
不審なメールが届きました。ご確認ください。
社長のお名前ですが、差出人のアドレスが社外のものです。返信はしていません。

経理部 佐藤 美香
""", Orig("山田 太郎", "president.hisui@freemail.example",
          [("佐藤 美香", "mika.sato@hisui-denki.example")],
          "【至急】LINEグループ作成のお願い", T(2024, 5, 17, 11, 41, 37), """\
佐藤さん

お疲れさまです。山田です。
現在、社外で重要な案件を進めており、至急対応をお願いしたいです。
業務連絡用にLINEグループを作成し、QRコードをこのメールに返信で送ってください。
グループには私と佐藤さんの二人だけにしてください。

この件は社内でもまだ公表前のため、他の方には口外しないようお願いします。

山田
""", cc=[("佐々木 恵子", "keiko.sasaki@hisui-denki.example")]),
         form="original", date_style="plain", encoding="iso", mailer="Microsoft Outlook 16.0"))

# 5. Outlook desktop, Japanese, plain text, UTF-8 base64: 2024年5月17日(金) 14:05
add(Case("outlook-text-ja-paren", "outlook-text-ja", "ja", "yamamoto",
         "FW: 請求書送付のご案内（2024年5月分）", T(2024, 5, 17, 14, 31, 9), """\
お疲れさまです。経理部の山本です。

みなと商事からの請求書メールですが、いつもの担当者と違い、
URLも見覚えがありません。念のため転送します。

山本
""", Orig("株式会社みなと商事 経理部", "keiri@minato-shouji.example",
          [("山本 愛", "ai.yamamoto@hisui-denki.example")],
          "請求書送付のご案内（2024年5月分）", T(2024, 5, 17, 14, 5, 12), """\
翡翠電機株式会社
経理部 ご担当者様

いつもお世話になっております。
株式会社みなと商事 経理部でございます。

2024年5月分のご請求書を発行いたしました。
下記URLよりご確認のうえ、期日までにお支払いをお願いいたします。

http://invoice-check.example/pay

なお、今月より振込先口座が変更となっておりますのでご注意ください。

株式会社みなと商事 経理部
"""), form="original", date_style="paren", encoding="b64", mailer="Microsoft Outlook 16.0"))

# 6. Outlook desktop, Japanese, plain text, UTF-8 quoted-printable:
#    2024年5月17日 金曜日 9:03 (one-digit hour)
add(Case("outlook-text-ja-weekday", "outlook-text-ja", "ja", "matsumoto",
         "FW: 振込先口座変更のお知らせ", T(2024, 5, 17, 9, 48, 30), """\
セキュリティ窓口 各位

営業部の松本です。
東和ロジスティクスを名乗るメールですが、ドメインが普段と違います
（logistics ではなく logistlcs）。確認をお願いします。

松本
""", Orig("東和ロジスティクス 営業部 田村", "tamura@towa-logistlcs.example",
          [("松本 拓也", "takuya.matsumoto@hisui-denki.example")],
          "振込先口座変更のお知らせ", T(2024, 5, 17, 9, 3, 44), """\
翡翠電機株式会社 営業部
松本様

平素より大変お世話になっております。
東和ロジスティクスの田村でございます。

弊社の取引銀行変更に伴い、6月支払分より振込先口座が変更となります。
新しい口座情報は下記ページに掲載しておりますので、ご確認をお願いいたします。

https://towa-bank-update.example/notice?id=5581

ご不明な点がございましたら、本メールにご返信ください。
""", cc=[("高田 翔", "sho.takada@hisui-denki.example")]),
         form="original", date_style="long", encoding="qp", mailer="Microsoft Outlook 16.0"))

# 7. Outlook on the web, English, HTML: <hr> + <div id="divRplyFwdMsg"> (<font> form)
add(Case("outlook-html-en", "outlook-html-en", "en", "suzuki",
         "FW: Payment approval needed today", T(2024, 5, 17, 15, 40, 2), """\
Got this, looks fishy. hisui-denkl with an L, not an i.

Ichiro Suzuki
IT Systems
""", Orig("Taro Yamada", "taro.yamada@hisui-denkl.example",
          [("Ichiro Suzuki", "ichiro.suzuki@hisui-denki.example")],
          "Payment approval needed today", T(2024, 5, 17, 15, 18, 9), """\
Ichiro,

I need you to approve a payment to a new supplier before 5 PM today.
The approval form is here:

http://invoice-check.example/approve?id=7781

Please treat this as confidential and do not call me, I am in meetings
all afternoon.

Taro
""", cc=[("Keiko Sasaki", "keiko.sasaki@hisui-denki.example")]), style="font"))

# 8. Outlook on the web, Japanese, HTML: <b>差出人:</b>&nbsp; with mailto: links
add(Case("outlook-html-ja", "outlook-html-ja", "ja", "yoshida",
         "FW: 【重要】お支払い口座変更のご連絡", T(2024, 5, 17, 16, 45, 27), """\
不審なメールが届きました。ご確認ください。
アオバ精工さんのアドレスは aoba-seiko ですが、このメールは aoba-seik0（ゼロ）です。

技術部 吉田
""", Orig("株式会社アオバ精工 営業部 佐野", "sano@aoba-seik0.example",
          [("吉田 亮", "ryo.yoshida@hisui-denki.example")],
          "【重要】お支払い口座変更のご連絡", T(2024, 5, 17, 16, 22, 48), """\
翡翠電機株式会社
技術部 吉田様

いつもお世話になっております。アオバ精工の佐野です。

監査対応のため、お支払い口座を変更させていただくことになりました。
変更届を下記に置きましたので、経理ご担当者様へご共有ください。

https://files-share.example/aoba/kouza-henkou.pdf

何卒よろしくお願いいたします。
""", cc=[("木村 浩", "hiroshi.kimura@hisui-denki.example")]), style="span"))

# 9. Outlook desktop, English, HTML (Word): border-top div, mailto: links;
#    the text part has no marker line and lines holding a single space.
add(Case("outlook-html-desktop-en", "outlook-html-en", "en", "tanaka",
         "FW: Updated remittance details", T(2024, 5, 17, 10, 20, 41), """\
Hello,

Got this from the agency we used for the spring event, but the bank is in
a different country and the invoice link asks for my Microsoft password.

Sakura
""", Orig("Sophie Laurent", "s.laurent@pr-eventsgroup.example",
          [("Sakura Tanaka", "sakura.tanaka@hisui-denki.example")],
          "Updated remittance details", T(2024, 5, 16, 18, 55, 21), """\
Dear Sakura,

Thank you again for choosing us for your spring press event.
Please be advised that our remittance details have been updated.
[[Download the updated invoice|https://docs-share.example/invoice/7781]]
and arrange payment to the account shown there at your earliest convenience.

Kind regards,
Sophie Laurent
Events Group
""", cc=[("Accounts", "accounts@pr-eventsgroup.example")]), style="word"))

# 10. Gmail, English: ---------- Forwarded message --------- ; U+202F before PM;
#     the To line is long, so Gmail's text part wraps it (after "<").
add(Case("gmail-en", "gmail-en", "en", "watanabe",
         "Fwd: Quick favour", T(2024, 5, 17, 14, 22, 6), """\
Got this, looks fishy. It went to three of us in General Affairs, PR and Sales.

Naomi
""", Orig("Taro Yamada", "t.yamada.ceo@freemail.example",
          [("Naomi Watanabe", "naomi.watanabe@hisui-denki.example"),
           ("Takuya Matsumoto", "takuya.matsumoto@hisui-denki.example"),
           ("Sakura Tanaka", "sakura.tanaka@hisui-denki.example")],
          "Quick favour", T(2024, 5, 17, 14, 5, 33), """\
Hi all,

I need a quick favour. I am about to step into a board meeting and I need
six gift cards (JPY 10,000 each) for a client thank-you today.
Please buy them at the store below and reply with the codes:

https://giftcard-store.example/buy?value=10000&qty=6

I will reimburse you this evening. Keep this between us for now.

Taro
Sent from my mobile
""")))

# 11. Gmail, Japanese: ---------- 転送メッセージ --------- / Date: 2024年5月17日(金) 10:02
add(Case("gmail-ja", "gmail-ja", "ja", "ono",
         "Fwd: 従業員情報の確認依頼", T(2024, 5, 17, 10, 30, 51), """\
不審なメールが届きました。ご確認ください。
井上課長のお名前ですが、アドレスが社外のものです。

人事部 小野
""", Orig("人事部 井上 裕子", "inoue.yuko.hd@freemail.example",
          [("小野 由紀", "yuki.ono@hisui-denki.example")],
          "従業員情報の確認依頼", T(2024, 5, 17, 10, 2, 19), """\
小野さん

お疲れさまです。井上です。
監査対応のため、全従業員の氏名・住所・口座情報の一覧が至急必要です。
本日中に下記のページからアップロードしてください。

http://hr-portal-check.example/upload

社内システムは使わないでください。よろしくお願いします。

井上
""", cc=[("木村 浩", "hiroshi.kimura@hisui-denki.example")])))

# 12. Apple Mail (macOS), English: the block is quoted with "> ",
#     From / Subject / Date / To / Cc, May 17, 2024 at 11:41:37 AM GMT+9
add(Case("apple-en", "apple-en", "en", "ito",
         "Fwd: Invoice 24-0517 past due", T(2024, 5, 17, 12, 15, 44), """\
Got this, looks fishy. Pacific Components has never sent us a payment link.

Kenji
""", Orig("Lisa Chen", "lisa.chen@pacific-components.example",
          [("Kenji Ito", "kenji.ito@hisui-denki.example")],
          "Invoice 24-0517 past due", T(2024, 5, 17, 11, 41, 37), """\
Hello Kenji,

Our invoice 24-0517 is now 30 days past due. To avoid a hold on your next
shipment, please pay today through our payment portal:

http://invoice-check.example/pay?inv=24-0517

Best regards,
Lisa Chen
Pacific Components
""", cc=[(None, "ap@pacific-components.example")])))

# 13. Apple Mail (macOS), Japanese, plain text in ISO-2022-JP:
#     転送されたメッセージ: / 差出人 / 件名 / 日付 2024年5月17日 11:41:37 JST / 宛先
add(Case("apple-ja", "apple-ja", "ja", "kato",
         "【不審メール】転送: お振込先変更のお願い", T(2024, 5, 17, 13, 10, 27), """\
不審なメールが届きました。ご確認ください。
北斗電材さんとは直接の取引がありません。

品質保証部 加藤
""", Orig("北斗電材株式会社 経理課", "keiri@hokuto-denzal.example",
          [("加藤 誠", "makoto.kato@hisui-denki.example")],
          "お振込先変更のお願い", T(2024, 5, 17, 11, 41, 37), """\
翡翠電機株式会社
品質保証部 加藤様

いつも大変お世話になっております。北斗電材株式会社 経理課です。

このたび弊社の振込先口座を変更いたしました。
今後のお支払いは、下記ページに記載の新口座へお願いいたします。

http://invoice-check.example/pay?vendor=hokuto

お手数をおかけしますが、よろしくお願いいたします。
""", cc=[(None, "keiri@hisui-denki.example")])))

# 14. Thunderbird, English, HTML + text: -------- Forwarded Message -------- ;
#     Subject / Date / From / To / CC, a tab after each label, the Date field as written (-0400)
add(Case("thunderbird-en", "thunderbird-en", "en", "yoshida",
         "Fwd: Re: PO-7781 tooling payment", T(2024, 5, 17, 11, 58, 12), """\
Got this, looks fishy. Apex has never asked us to pay into a new account.

Ryo
""", Orig("Mark Davis", "mark.davis@apex-castings.example",
          [(None, "ryo.yoshida@hisui-denki.example")],
          "Re: PO-7781 tooling payment", T(2024, 5, 16, 22, 41, 37, EDT), """\
Hi Ryo,

Thanks for confirming the tooling order. Our finance team asks that the
deposit for PO-7781 be paid to our new account this week. The updated
wire instructions are on the invoice here:

http://invoice-check.example/pay

Best,
Mark Davis
Apex Castings Inc.
""", cc=[("Kenji Ito", "kenji.ito@hisui-denki.example")])))

# 15. Thunderbird, Japanese, plain text, UTF-8 8bit, format=flowed
add(Case("thunderbird-ja", "thunderbird-ja", "ja", "kimura",
         "Fwd: 【重要】請求書再発行のお知らせ", T(2024, 5, 17, 12, 44, 0), """\
セキュリティ窓口 御中

製造部の木村です。
ミドリ運輸を名乗るメールが届きました。URLが普段の請求サイトと違います。

木村
""", Orig("株式会社ミドリ運輸 請求担当", "seikyu@midori-unyu.example",
          [("木村 浩", "hiroshi.kimura@hisui-denki.example")],
          "【重要】請求書再発行のお知らせ", T(2024, 5, 17, 11, 41, 37), """\
翡翠電機株式会社 製造部
木村様

いつもお世話になっております。株式会社ミドリ運輸 請求担当です。

先日お送りした4月分の請求書に誤りがあったため、再発行いたしました。
お手数ですが、下記より再発行分をご確認ください。

http://invoice-check.example/pay/midori

旧請求書は破棄をお願いいたします。
"""), html=False))

# 16. A forward of a forward: Outlook (ja, ISO-2022-JP) inside Outlook.
_inner16 = Orig("株式会社サクラ金型 営業部", "eigyo@sakura-kanagata.example",
                [("小野 由紀", "yuki.ono@hisui-denki.example")],
                "【至急】発注書の差し替えについて", T(2024, 5, 17, 11, 41, 37), """\
翡翠電機株式会社
ご担当者様

いつもお世話になっております。サクラ金型の営業部です。

先日お送りした発注請書に不備がございました。
差し替え版と新しいお振込先を下記に掲載しております。

http://invoice-check.example/pay?po=SK-0517

本日中にご確認いただけますと幸いです。
""")
_mid16_note = """\
伊藤さん

購買部宛てのようなので転送します。このメール、本物でしょうか？

小野
"""
_mid16 = Orig("小野 由紀", "yuki.ono@hisui-denki.example",
              [("伊藤 健二", "kenji.ito@hisui-denki.example")],
              "FW: 【至急】発注書の差し替えについて", T(2024, 5, 17, 13, 20, 5),
              _mid16_note + "\n" + "\n".join(outlook_text_block(_inner16, "ja", JST, "original"))
              + "\n\n" + _inner16.body)
add(Case("forward-of-forward-outlook-ja", "outlook-text-ja", "ja", "ito",
         "FW: FW: 【至急】発注書の差し替えについて", T(2024, 5, 17, 13, 52, 48), """\
情報セキュリティ窓口 御中

購買部の伊藤です。
小野さんから転送されてきたメールです。不審なため転送します。

伊藤
""", _mid16, form="original", date_style="plain", encoding="iso", mailer="Microsoft Outlook 16.0",
         inner=_inner16))

# 17. A forward of a forward: Gmail (en) of an iPhone forward (Begin forwarded message:,
#     then "> " quoted From / Date / To / Subject).
_inner17 = Orig("Global Freight Desk", "desk@globalfreight-track.example",
                [(None, "daisuke.nakamura@hisui-denki.example")],
                "Shipment on hold - customs fee", T(2024, 5, 17, 11, 41, 37), """\
Dear customer,

Your shipment JP240517 is on hold at customs. A clearance fee of
JPY 18,400 must be paid within 24 hours or the parcel will be returned.

Pay the fee here: https://globalfreight-track.example/pay/JP240517

Global Freight Desk
""")
_mid17_text = ("Takuya, is this ours? I don't remember a customs shipment.\n\nSent from my iPhone\n\n"
               "Begin forwarded message:\n\n"
               + "".join("> " + x + "\n" for x in apple_text_block(_inner17, "en", JST, True, ios=True)[1])
               + ">\n"  # Gmail writes an empty quoted line as a lone ">"
               + "".join(("> " + x if x else ">") + "\n" for x in body_lines(_inner17)))
_mid17_html = ('<div dir="auto">Takuya, is this ours? I don&#39;t remember a customs shipment.<br><br>'
               '<div dir="ltr">Sent from my iPhone</div>' + ios_html_block(_inner17, JST) + "</div>")
_mid17 = Orig("Daisuke Nakamura", "daisuke.nakamura@hisui-denki.example",
              [("Takuya Matsumoto", "takuya.matsumoto@hisui-denki.example")],
              "Fwd: Shipment on hold - customs fee", T(2024, 5, 17, 12, 10, 26), _mid17_text,
              body_html=_mid17_html)
add(Case("forward-of-forward-gmail-ios", "gmail-en", "en", "matsumoto",
         "Fwd: Fwd: Shipment on hold - customs fee", T(2024, 5, 17, 12, 36, 15), """\
Daisuke got this on his phone and sent it to me. Looks like phishing to me,
we don't use Global Freight.

Takuya
""", _mid17, inner=_inner17))

# 18-20. The case-study lure, forwarded inline.
add(Case("bec-outlook-text-ja", "outlook-text-ja", "ja", "takada",
         "FW: 至急のお願い", T(2026, 3, 10, 10, 31, 5), """\
情報セキュリティ窓口 御中

営業部の高田です。
山田社長の名前で、社外のアドレス（optimum.net）からメールが届きました。
宛先は私用のメールアドレスと、社内では使われていない
stakada@hisui-denki.example の二つです。
返信を求められていますが、返信はしていません。
不審なメールが届きました。ご確認ください。

営業部 高田 翔
""", lure("takada"), form="original", date_style="plain", encoding="iso",
         mailer="Microsoft Outlook 16.0", bec=True))

add(Case("bec-gmail-ja", "gmail-ja", "ja", "ito",
         "Fwd: 至急のお願い", T(2026, 3, 10, 10, 47, 33), """\
お疲れさまです。購買部の伊藤です。

社長を名乗るメールが届きましたが、送信元が optimum.net という
見慣れないドメインでした。
社長からメールで依頼が来ることはないので、念のため転送します。

伊藤
""", lure("ito"), bec=True))

add(Case("bec-apple-en", "apple-en", "en", "nakamura",
         "Fwd: 至急のお願い", T(2026, 3, 10, 11, 3, 58), """\
セキュリティ窓口 各位

技術部の中村です。
私用のiCloudアドレスに、山田社長を名乗るメールが届きました。
私用アドレスを社長に伝えたことはありません。調査をお願いします。

中村 大輔
""", lure("nakamura"), bec=True, reporter_name="中村 大輔"))

# 21-24. Negative cases
add(Case("no-forward-note-only", "outlook-text-ja", "ja", "watanabe",
         "不審なSMSについて（報告）", T(2024, 5, 17, 15, 12, 44), """\
情報セキュリティ窓口 御中

総務部の渡辺です。
先ほど、社長を名乗る人物から私用の携帯電話にSMSが届きました。
「LINEのIDを教えてほしい」という内容でした。
メールではないため転送できませんが、念のためご報告します。
SMSの画面は削除せずに残してあります。

総務部 渡辺 直美
""", None, encoding="iso", mailer="Microsoft Outlook 16.0"))

add(Case("no-forward-reply-thread", "outlook-html-ja", "ja", "takada",
         "RE: 来週の打ち合わせ場所", T(2024, 5, 17, 11, 58, 20), """\
佐藤さん

承知しました。第2会議室で問題ありません。
資料は前日までに共有フォルダに置いておきます。

高田
""", Orig("佐藤 美香", "mika.sato@hisui-denki.example",
          [("高田 翔", "sho.takada@hisui-denki.example")],
          "来週の打ち合わせ場所", T(2024, 5, 17, 11, 41, 37), """\
高田さん

お疲れさまです。経理部の佐藤です。
来週火曜日の予算打ち合わせですが、場所を第2会議室に変更させてください。
時間は変わらず14時からです。

よろしくお願いします。
""", cc=[("松本 拓也", "takuya.matsumoto@hisui-denki.example")]),
         style="word", to=[("佐藤 美香", "mika.sato@hisui-denki.example")],
         cc=[("松本 拓也", "takuya.matsumoto@hisui-denki.example")], reply=True,
         encoding="iso"))

add(Case("no-forward-mentions-from-en", "outlook-text-en", "en", "matsumoto",
         "Idea for the next phishing drill", T(2024, 5, 17, 16, 5, 31), """\
Hi security team,

Nothing to forward this time, just a suggestion for the next phishing drill.
Several people in my team only look at the display name, so a mail that
shows From: Taro Yamada looks genuine to them even when the address is a
free webmail one. Could the next training explain how to read the From:
and Reply-To: fields, and why a Subject: with "urgent" in it is a warning
sign? Sent: and Date: lines in a forwarded mail confuse people as well.

Thanks,
Takuya Matsumoto
Sales
""", None, form="original", mailer="Microsoft Outlook 16.0"))

add(Case("no-forward-mentions-from-ja", "gmail-ja", "ja", "tanaka",
         "不審なメールを削除してしまいました", T(2024, 5, 17, 17, 20, 9), """\
お疲れさまです。広報部の田中です。

昨日届いた不審なメールは、誤って削除してしまったため転送できません。
覚えている範囲でお伝えします。
差出人: の欄には「山田 太郎」と表示されていましたが、アドレスは覚えていません。
件名: は「至急のお願い」だったと思います。
日時は昨日の午前10時ごろです。

よろしくお願いします。
田中
""", None))


# ---------------------------------------------------------------------------
# Rendering a case into a message


def render_text_outlook(case):
    """Outlook plain text: note, blank line, block, blank line, body."""
    kw = case.kw
    local = case.sent.tzinfo
    text = case.note
    block = None
    if case.orig:
        block = outlook_text_block(case.orig, case.lang, local, kw.get("form", "original"),
                                   kw.get("date_style", "plain"), kw.get("names_only", False))
        text += "\n" + "\n".join(block) + "\n\n" + text_links(case.orig.body, "outlook")
    return text, block


def outlook_like(case):
    """Outlook desktop / OWA plain text (text/plain only)."""
    text, block = render_text_outlook(case)
    enc = case.kw.get("encoding")
    if case.lang == "en":
        if text.isascii():
            hdrs, body = leaf(['Content-Type: text/plain; charset="us-ascii"'], "7bit", "US-ASCII", text)
        else:
            hdrs, body = leaf(['Content-Type: text/plain; charset="utf-8"'], "quoted-printable", "UTF-8", text)
    elif enc == "iso":
        hdrs, body = leaf(['Content-Type: text/plain; charset="iso-2022-jp"'], "7bit", "ISO-2022-JP", text)
    elif enc == "b64":
        hdrs, body = leaf(['Content-Type: text/plain; charset="utf-8"'], "base64", "UTF-8", text)
    else:
        hdrs, body = leaf(['Content-Type: text/plain; charset="utf-8"'], "quoted-printable", "UTF-8", text)
    return hdrs, body, {"text": text, "block": block, "html": None, "html_block": None}


def outlook_html(case):
    """Outlook on the web (style font/span) or Outlook desktop Word HTML (style word)."""
    o, lang, style = case.orig, case.lang, case.kw["style"]
    local = case.sent.tzinfo
    bnd = "_000_" + hexid("bnd", case.id, n=32) + "_"
    if style == "word":
        text_block = outlook_text_block(o, lang, local, "none")
        # Word writes each empty paragraph as a line holding one space
        paras = [x or " " for x in case.note.rstrip("\n").split("\n")]
        paras += [" "] + text_block + [" "]
        paras += [x or " " for x in text_links(o.body, "outlook").rstrip("\n").split("\n")]
        text = "\n".join(paras) + "\n"
        note_html = "".join(f"<p class=MsoNormal>{html_inline(x)}<o:p></o:p></p>\n" if x else
                            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" for x in case.note.rstrip("\n").split("\n"))
        hblock = word_html_header(o, lang, local)
        charset_meta = "iso-2022-jp" if case.kw.get("encoding") == "iso" else "us-ascii"
        html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">'
                f'<head><meta http-equiv=Content-Type content="text/html; charset={charset_meta}">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
                "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
                "\t{margin:0mm;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;}\n"
                "a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n"
                "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>"
                f'<body lang={"JA" if lang == "ja" else "EN-US"} link="#0563C1" vlink="#954F72" '
                "style='word-wrap:break-word'><div class=WordSection1>\n"
                + note_html + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div>" + hblock + "</div>\n"
                + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + word_html_body(o)
                + "</div></body></html>\n")
        if case.kw.get("encoding") == "iso":
            tp = leaf(['Content-Type: text/plain; charset="iso-2022-jp"'], "7bit", "ISO-2022-JP", text)
            hp = leaf(['Content-Type: text/html; charset="iso-2022-jp"'], "7bit", "ISO-2022-JP", html)
        else:
            tp = leaf(['Content-Type: text/plain; charset="us-ascii"'], "quoted-printable", "US-ASCII", text)
            hp = leaf(['Content-Type: text/html; charset="us-ascii"'], "quoted-printable", "US-ASCII", html)
    else:
        text_block = outlook_text_block(o, lang, local, "underscore")
        text = case.note + "\n" + "\n".join(text_block) + "\n\n" + text_links(o.body, "outlook")
        hblock = owa_html_header(o, lang, local, style)
        note_html = "".join(
            '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
            'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            + (html_inline(x) if x else "<br>") + "</div>\n" for x in case.note.rstrip("\n").split("\n"))
        html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n' + note_html + hblock + "\n<div>\n" + owa_html_body(o)
                + "\n</div>\n</body>\n</html>\n")
        cte = "quoted-printable" if lang == "en" else "base64"
        tp = leaf(['Content-Type: text/plain; charset="utf-8"'], cte, "UTF-8", text)
        hp = leaf(['Content-Type: text/html; charset="utf-8"'], cte, "UTF-8", html)
    ct, body = multipart("alternative", bnd, [tp, hp])
    return ct, body, {"text": text, "block": text_block, "html": html, "html_block": hblock}


def gmail(case):
    o, lang = case.orig, case.lang
    local = case.sent.tzinfo
    bnd = "0000000000" + hexid("bnd", case.id, n=18).lower()
    note_html = "<br>".join(html_inline(x) for x in case.note.rstrip("\n").split("\n"))
    if o:
        block = gmail_text_block(o, lang, local)
        text = case.note + "\n" + "\n".join(block) + "\n\n\n" + text_links(o.body, "space")
        hblock = gmail_html_header(o, lang, local)
        html = (f'<div dir="ltr"><div>{note_html}</div><br><div class="gmail_quote gmail_quote_container">'
                + hblock + "<br><br>" + gmail_html_body(o) + "</div></div>\n")
    else:
        block = hblock = None
        text = case.note
        html = f'<div dir="ltr">{note_html}</div>\n'
    if text.isascii():
        tp = leaf(['Content-Type: text/plain; charset="UTF-8"'], "7bit", "US-ASCII", text)
    elif lang == "ja":
        tp = leaf(['Content-Type: text/plain; charset="UTF-8"'], "base64", "UTF-8", text)
    else:
        tp = leaf(['Content-Type: text/plain; charset="UTF-8"'], "quoted-printable", "UTF-8", text)
    if lang == "ja":
        hp = leaf(['Content-Type: text/html; charset="UTF-8"'], "base64", "UTF-8", html)
    else:
        hp = leaf(['Content-Type: text/html; charset="UTF-8"'], "quoted-printable", "UTF-8", html)
    # Gmail writes the Content-Type line only, no Content-Transfer-Encoding, for 7bit text
    if tp[0][-1] == "Content-Transfer-Encoding: 7bit":
        tp = (tp[0][:-1], tp[1])
    ct, body = multipart("alternative", bnd, [tp, hp], "gmail")
    return ct, body, {"text": text, "block": block, "html": html, "html_block": hblock}


def apple(case):
    o, lang = case.orig, case.lang
    local = case.sent.tzinfo
    marker, hlines = apple_text_block(o, lang, local, True)
    block = [marker, ""] + hlines
    quoted_block = ["> " + x if x else "> " for x in block]
    body_q = ["> " + x if x else "> " for x in text_links(o.body, "space").rstrip("\n").split("\n")]
    text = case.note + "\n" + "\n".join(quoted_block) + "\n> \n" + "\n".join(body_q) + "\n"
    if case.kw.get("html", lang == "en"):
        bnd = "Apple-Mail=_" + uuid_like("bnd", case.id)
        hblock = apple_html_header(o, lang, local, True)
        note_html = "".join(f"<div>{html_inline(x)}</div>" if x else "<div><br></div>"
                            for x in case.note.rstrip("\n").split("\n"))
        html = ('<html aria-label="message body"><head><meta http-equiv="content-type" '
                'content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; '
                '-webkit-nbsp-mode: space; line-break: after-white-space;">' + note_html
                + '<div><br id="lineBreakAtBeginningOfMessage"><div><br>' + hblock
                + "<div>" + apple_html_body(o) + "</div></blockquote></div><br></div></body></html>\n")
        tp = leaf(["Content-Type: text/plain;\n\tcharset=utf-8"], "quoted-printable", "UTF-8", text, True)
        hp = leaf(["Content-Type: text/html;\n\tcharset=utf-8"], "quoted-printable", "UTF-8", html, True)
        ct, body = multipart("alternative", bnd, [tp, hp], "apple")
        return ct, body, {"text": text, "block": quoted_block, "html": html, "html_block": hblock}
    hdrs, body = leaf(["Content-Type: text/plain;\n\tcharset=iso-2022-jp"], "7bit", "ISO-2022-JP", text, True)
    return hdrs, body, {"text": text, "block": quoted_block, "html": None, "html_block": None}


def thunderbird(case):
    o, lang = case.orig, case.lang
    block = tb_text_block(o, lang)
    text = case.note + "\n" + "\n".join(block) + "\n\n\n" + text_links(o.body, "space")
    if not case.kw.get("html", True):
        hdrs, body = leaf(["Content-Type: text/plain; charset=UTF-8; format=flowed"], "8bit", "UTF-8", text)
        return hdrs, body, {"text": text, "block": block, "html": None, "html_block": None}
    bnd = "------------" + b62("bnd", case.id, n=24)
    note_html = "".join(f"    <p>{html_inline(x)}</p>\n" for x in case.note.rstrip("\n").split("\n\n"))
    hblock = tb_html_header(o, lang)
    html = ("<!DOCTYPE html>\n<html>\n  <head>\n"
            '    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
            "  </head>\n  <body>\n" + note_html
            + '    <div class="moz-forward-container"><br>\n      <br>\n' + hblock
            + "      <br>\n      <br>\n" + tb_html_body(o) + "    </div>\n  </body>\n</html>\n")
    cte = "7bit" if text.isascii() and html.isascii() else "8bit"
    tp = leaf(["Content-Type: text/plain; charset=UTF-8; format=flowed"], cte, "UTF-8", text)
    hp = leaf(["Content-Type: text/html; charset=UTF-8"], cte, "UTF-8", html)
    ct, body = multipart("alternative", bnd, [tp, hp])
    return ct, body, {"text": text, "block": block, "html": html, "html_block": hblock}


def render(case):
    c = case.client
    if c.startswith("outlook-text"):
        return outlook_like(case)
    if c.startswith("outlook-html"):
        return outlook_html(case)
    if c.startswith("gmail"):
        return gmail(case)
    if c.startswith("apple"):
        return apple(case)
    if c.startswith("thunderbird"):
        return thunderbird(case)
    raise ValueError(c)


def family(client):
    return client.split("-")[0]


def outer_headers(case):
    emp = case.reporter
    fam = family(case.client)
    t = case.sent
    # header charset as the client writes it
    if fam == "outlook" and case.kw.get("encoding") == "iso":
        cs, label = "ISO-2022-JP", "iso-2022-jp"
    elif fam == "outlook":
        cs, label = "UTF-8", "utf-8"
    elif fam == "apple" and case.lang == "ja":
        cs, label = "ISO-2022-JP", "iso-2022-jp"
    elif fam == "apple":
        cs, label = "UTF-8", "utf-8"
    else:
        cs, label = "UTF-8", "UTF-8"
    rcpt = case.to[0][1]
    trace = [
        f"Return-Path: <{emp.email}>",
        received(f"from {SUBMIT}", f"({SUBMIT} [{SUBMIT_IP}])",
                              f"by {MX} (Postfix) with ESMTPS id {'4' + b62('mx', case.id, n=11)}",
                              f"for <{rcpt}>;", received_date(t + dt.timedelta(seconds=2))),
        received(f"from [{emp.ip}] (unknown [{emp.ip}])",
                              f"by {SUBMIT} (Postfix) with ESMTPSA id {'4' + b62('submit', case.id, n=11)}",
                              f"for <{rcpt}>;", received_date(t + dt.timedelta(seconds=1))),
    ]
    frm = header("From", mailbox(emp.email, case.reporter_name, cs, label))
    to = header("To", address_list([mailbox(a, n, cs, label) for n, a in case.to]))
    cc = header("Cc", address_list([mailbox(a, n, cs, label) for n, a in case.cc])) if case.cc else None
    subj = header("Subject", phrase(case.subject, cs, label))
    date = f"Date: {rfc_date(t)}"
    if fam == "outlook":
        h = hexid("mid", case.id, n=24).lower()
        mid = f"Message-ID: <0000{h[:8]}${h[8:16]}${h[16:24]}$@{DOMAIN}>"
        thread = "Thread-Index: " + base64.b64encode(digest("thread", case.id)[:22]).decode()
        lang_tag = "ja" if case.lang == "ja" else "en-us"
        if case.kw.get("reply"):
            extra = [f"In-Reply-To: <0000{hexid('parent', case.id, n=8).lower()}$"
                     f"{hexid('p2', case.id, n=8).lower()}${hexid('p3', case.id, n=8).lower()}$@{DOMAIN}>"]
        else:
            extra = []
        mailer = case.kw.get("mailer", "Microsoft Outlook 16.0")
        out = trace + [frm, to] + ([cc] if cc else []) + [subj, date, mid] + extra + ["MIME-Version: 1.0"]
        tail = ([f"X-Mailer: {mailer}"] if mailer else []) + [thread, f"Content-Language: {lang_tag}"]
        return out, tail, "Message-ID"
    if fam == "gmail":
        mid = f"Message-ID: <CA{b62('mid', case.id, n=44)}@mail.gmail.com>"
        return trace + ["MIME-Version: 1.0", frm, date, mid, subj, to] + ([cc] if cc else []), [], "Message-ID"
    if fam == "apple":
        mime = "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))"
        mid = f"Message-Id: <{uuid_like('mid', case.id)}@{DOMAIN}>"
        return (trace + [frm], [mime, subj, date] + ([cc] if cc else []) + [to, mid,
                "X-Mailer: Apple Mail (2.3774.500.171.1.1)"], "apple")
    if fam == "thunderbird":
        mid = f"Message-ID: <{uuid_like('mid', case.id).lower()}@{DOMAIN}>"
        lang_tag = "ja" if case.lang == "ja" else "en-US"
        return (trace + [mid, date, "MIME-Version: 1.0",
                            "User-Agent: Mozilla Thunderbird", f"Content-Language: {lang_tag}", to]
                + ([cc] if cc else []) + [frm, subj], [], "Message-ID")
    raise ValueError(fam)


def build_message(case):
    ct, body, info = render(case)
    head, tail, style = outer_headers(case)
    if style == "apple":
        hdrs = head + ct + tail
    else:
        hdrs = head + tail + ct
    msg = "\n".join(hdrs) + "\n\n" + body
    raw = msg.encode("utf-8")  # only 8bit parts hold non-ASCII
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n"), info


# ---------------------------------------------------------------------------
# Expectations


def written_date(case, o, local):
    """(string as written, expected RFC 3339 UTC, precision, assumption or None)."""
    c = case.client
    t = o.sent.astimezone(local)
    if c.startswith("thunderbird"):
        s = fmt_raw(o.sent)
        return s, o.sent.astimezone(UTC), "second", None
    if c.startswith("apple"):
        s = fmt_apple_en(t) if case.lang == "en" else fmt_apple_ja(t)
        return s, o.sent.astimezone(UTC), "second", None
    if c.startswith("gmail"):
        s = fmt_gmail_en(t) if case.lang == "en" else fmt_gmail_ja(t)
    elif c.startswith("outlook-html") and case.kw.get("style") != "word":
        s = fmt_outlook_en(t) if case.lang == "en" else fmt_outlook_ja(t)
    else:
        s = fmt_outlook_en(t) if case.lang == "en" else fmt_outlook_ja(t, case.kw.get("date_style", "plain"))
    return s, o.sent.astimezone(UTC).replace(second=0), "minute", None


def zone_text(tz):
    mins = int(tz.utcoffset(None).total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    return f"{sign}{abs(mins) // 60:02d}{abs(mins) % 60:02d}"


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def describe(o, case, local, nested_client=None):
    """The expected view of one forwarded message."""
    c = nested_client or case.client
    probe = Case(case.id, c, case.lang, case.reporter.key, "", case.sent, "", o, **case.kw)
    s, t, precision, _ = written_date(probe, o, local)
    d = {"from_name": o.from_name, "from_address": o.from_addr, "date": iso(t), "date_as_written": s,
         "date_precision": precision}
    if precision == "minute":
        d["date_assumption"] = (f"no zone in the block: read in the zone of the report's own Date field "
                                f"({zone_text(case.sent.tzinfo)})")
    return d


def expected_for(case, fname, le, info):
    e = {"file": fname, "client": case.client, "language": case.lang, "line_endings": le,
         "reporter": case.reporter.email, "reporter_name": case.reporter_name,
         "outer_subject": case.subject}
    note_phrase = next(x for x in case.note.split("\n") if len(x) > 8 and "http" not in x)
    e["note_contains"] = [note_phrase.strip()]
    if case.orig is None or case.kw.get("reply"):
        e["forwarded"] = None
        if case.kw.get("reply"):
            o = case.orig
            q = describe(o, case, case.sent.tzinfo)
            q.update({"to": [a for _, a in o.to], "cc": [a for _, a in o.cc], "subject": o.subject})
            e["quoted_reply"] = q
            e["note"] = (
                "Not a forward. This is an ordinary reply between two employees, sent to a colleague "
                "(To: mika.sato@, not the security mailbox). Its quoted header block (差出人/送信日時/宛先/"
                "件名) is laid out exactly like an Outlook forward, so the block alone cannot tell them "
                "apart. What decides: the outer Subject starts with RE: and carries no FW:/Fwd:/転送: "
                "prefix, and its topic equals the quoted Subject; the quoted sender and every recipient "
                "are in hisui-denki.example. A parser should report no forwarded message "
                "(forwarded: null). It may expose the quoted block as a quoted reply (quoted_reply "
                "describes it) but must not rebuild it as the reported original.")
        elif "mentions" in case.id:
            e["note"] = (
                "Not a forward. The text only talks about header fields in sentences. A line that "
                "starts with a header-like label is not a block unless it is one of several consecutive "
                "header lines that include a sender with an address and a date (From:/差出人: plus "
                "Sent:/Date:/送信日時:/日付:).")
        else:
            e["note"] = "Not a forward: the employee only wrote a note."
        return e
    kw = case.kw
    inner = kw.get("inner")
    o = inner or case.orig
    local = case.sent.tzinfo
    if inner is not None and case.client.startswith("gmail"):
        f = describe(inner, case, local, nested_client="apple-en")
    else:
        f = describe(o, case, local)
    names_only = kw.get("names_only", False)
    if names_only:
        f["to"], f["cc"] = [], []
        f["to_names"] = [n for n, _ in o.to]
        f["cc_names"] = [n for n, _ in o.cc]
    else:
        f["to"] = [a for _, a in o.to]
        f["cc"] = [a for _, a in o.cc]
    f["subject"] = o.subject
    body_phrases = [x.strip() for x in o.body.split("\n")
                    if len(x.strip()) >= 12 and "http" not in x and "[[" not in x]
    f["body_contains"] = body_phrases[:2]
    f["links"] = links_of(o.body)
    if case.client.startswith("apple"):
        f["marker"] = "Begin forwarded message:" if case.lang == "en" else "転送されたメッセージ:"
    elif inner is not None and case.client.startswith("gmail"):
        f["marker"] = "Begin forwarded message:"
    else:
        f["marker"] = info["block"][0] if not info["block"][0].startswith(("From", "差出人")) else None
    f["depth"] = 2 if inner is not None else 1
    if inner is not None:
        mid = case.orig
        m = describe(mid, case, local)
        m.update({"to": [a for _, a in mid.to], "subject": mid.subject})
        f["outer_blocks"] = [m]
    f["text_quoted"] = case.client.startswith("apple") or (inner is not None and case.client.startswith("gmail"))
    e["forwarded"] = f
    e["parts_with_block"] = ["text/plain"] + (["text/html"] if info["html"] else [])
    if kw.get("bec"):
        e["verdict"] = "bec"
        e["impersonated"] = LURE_NAME
    notes = {
        "outlook-text-en-mailto": ("Outlook 2010 shows directory names only in To/Cc (\"Kato, Makoto\"), "
                                   "so to/cc hold no address; to_names/cc_names give the names as written. "
                                   "The report was written in Singapore: its Date is +0800, and so is the "
                                   "block's Sent time."),
        "outlook-text-en-underscore": "Sent just after midnight: 12:07 AM local is the previous day in UTC.",
        "outlook-html-desktop-en": ("Outlook desktop HTML mail: the text/plain part has no marker line; "
                                    "the block starts at From: after a line holding a single space. The "
                                    "From line ends with a space. A labelled link is written "
                                    "label<url> in text/plain."),
        "gmail-en": ("Gmail writes U+202F (narrow no-break space) before AM/PM, and hard-wraps the long To: "
                     "line of its text/plain part right after '<'; the HTML part has the whole line."),
        "thunderbird-en": ("Thunderbird copies the Date field as written, here in the sender's zone "
                           "(-0400); each label is followed by ': ' and a TAB."),
        "forward-of-forward-outlook-ja": "Two nested Outlook blocks; the rebuilt message is the innermost one.",
        "forward-of-forward-gmail-ios": ("Gmail forward of an iPhone forward: the inner block follows "
                                         "'Begin forwarded message:' and its lines are quoted with '> ' "
                                         "(iOS order From/Date/To/Subject). The rebuilt message is the "
                                         "innermost one."),
        "bec-outlook-text-ja": ("Same lure copy as the attachment of case/reports/report-1.eml "
                                "(sent 2026-03-10T01:12:07Z); Outlook drops the seconds."),
        "bec-gmail-ja": ("Same lure copy as the attachment of case/reports/report-3.eml "
                         "(sent 2026-03-10T01:20:16Z); Gmail drops the seconds."),
        "bec-apple-en": "Same lure copy as the attachment of case/reports/report-5.eml; Apple keeps the seconds.",
    }
    if case.id in notes:
        e["note"] = notes[case.id]
    return e


# ---------------------------------------------------------------------------
# Verification


def all_defects(msg):
    out = []
    for part in msg.walk():
        out += [type(d).__name__ for d in part.defects]
        for k, v in part.items():
            out += [f"{k}:{type(d).__name__}" for d in getattr(v, "defects", ())]
    return out


def decoded_parts(msg):
    texts, htmls = [], []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            texts.append(part.get_content().replace("\r\n", "\n"))
        elif part.get_content_type() == "text/html":
            htmls.append(part.get_content().replace("\r\n", "\n"))
    return texts, htmls


DATE_PATTERNS = [
    # (regex, kind)
    (re.compile(r"^(?:\w+day), (\w+) (\d+), (\d{4}) (\d+):(\d\d) (AM|PM)$"), "outlook-en"),
    (re.compile(r"^\w{3}, (\w{3}) (\d+), (\d{4}) at (\d+):(\d\d)\u202f(AM|PM)$"), "gmail-en"),
    (re.compile(r"^(\w+) (\d+), (\d{4}) at (\d+):(\d\d):(\d\d)[\u202f ](AM|PM) GMT([+-]\d+)$"), "apple-en"),
    (re.compile(r"^(\d{4})年(\d+)月(\d+)日(?:\((.)\)| (.)曜日)? (\d+):(\d\d)(?::(\d\d) JST)?$"), "ja"),
]


def parse_written(s, zone):
    """An independent reading of a date as written, to check expected.json's date."""
    try:
        t = email.utils.parsedate_to_datetime(s)
        if t is not None and t.tzinfo is not None and re.match(r"^\w{3}, \d", s):
            return t.astimezone(UTC)
    except (TypeError, ValueError):
        pass
    months = {m[:3]: i + 1 for i, m in enumerate(MON_EN)}
    for rx, kind in DATE_PATTERNS:
        m = rx.match(s)
        if not m:
            continue
        g = m.groups()
        if kind in ("outlook-en", "gmail-en"):
            mon, day, year, h, mi, ap = g
            h = int(h) % 12 + (12 if ap == "PM" else 0)
            return dt.datetime(int(year), months[mon[:3]], int(day), h, int(mi), tzinfo=zone).astimezone(UTC)
        if kind == "apple-en":
            mon, day, year, h, mi, sec, ap, off = g
            h = int(h) % 12 + (12 if ap == "PM" else 0)
            tz = dt.timezone(dt.timedelta(hours=int(off)))
            return dt.datetime(int(year), months[mon[:3]], int(day), h, int(mi), int(sec), tzinfo=tz).astimezone(UTC)
        year, mon, day, wd1, wd2, h, mi, sec = g
        t = dt.datetime(int(year), int(mon), int(day), int(h), int(mi), int(sec or 0),
                        tzinfo=JST if sec else zone)
        wd = wd1 or wd2
        assert wd is None or WD_JA[t.weekday()] == wd, s
        return t.astimezone(UTC)
    raise AssertionError(f"cannot read date {s!r}")


def check_file(fname, raw, case, info, exp, le):
    errors = []

    def need(cond, what):
        if not cond:
            errors.append(f"{fname}: {what}")

    if le == "crlf":
        need(raw.count(b"\n") == raw.count(b"\r\n") and raw.count(b"\r") == raw.count(b"\r\n"),
             "CRLF file has a bare LF or CR")
    else:
        need(b"\r" not in raw, "LF file has a CR")
    for line in raw.split(b"\n"):
        need(len(line) <= 998, "line longer than 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    need(not all_defects(msg), f"defects {all_defects(msg)}")
    need(msg["From"].addresses[0].addr_spec == case.reporter.email, "outer From")
    need(msg["From"].addresses[0].display_name == case.reporter_name, "outer From name")
    need([a.addr_spec for a in msg["To"].addresses] == [a for _, a in case.to], "outer To")
    need(str(msg["Subject"]) == case.subject, f"outer Subject {str(msg['Subject'])!r}")
    need(msg["Date"].datetime == case.sent, "outer Date")
    rec = msg.get_all("Received")
    need(rec and f"from {SUBMIT} ({SUBMIT} [{SUBMIT_IP}])" in re.sub(r"\s+", " ", str(rec[0])),
         "Received from the submit server")
    for part in msg.walk():
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        if not part.is_multipart() and cte == "7bit":
            need(part.get_payload().isascii(), "7bit part is not ASCII")
    texts, htmls = decoded_parts(msg)
    need(len(texts) == 1, "one text/plain part")
    text = texts[0] if texts else ""
    need(text == info["text"], "decoded text differs from the text written")
    if info["block"]:
        need("\n".join(info["block"]) in text, "block not found verbatim in the decoded text")
    if info["html"]:
        need(len(htmls) == 1 and htmls[0] == info["html"], "decoded html differs")
        if info["html_block"]:
            need(info["html_block"] in htmls[0], "html block not found")
    else:
        need(not htmls, "unexpected html part")
    need(all(p in text for p in exp["note_contains"]), "note phrase")
    f = exp["forwarded"]
    if f is not None:
        for p in f["body_contains"]:
            need(p in text, f"body phrase {p!r} missing from text/plain")
            if htmls:
                need(esc(p) in htmls[0] or p in htmls[0], f"body phrase {p!r} missing from text/html")
        for u in f["links"]:
            need(u in text, f"link {u} missing from text/plain")
            if htmls:
                need(f'href="{esc(u)}"' in htmls[0], f"link {u} missing from text/html")
        need(f["date_as_written"] in text, "date as written missing")
        need(f["subject"] in text, "forwarded subject missing")
        need(f["from_address"] in text, "forwarded sender missing")
        for a in f["to"] + f["cc"]:
            need(a in text.replace("<\n", "<"), f"recipient {a} missing")
        zone = case.sent.tzinfo
        need(iso(parse_written(f["date_as_written"], zone)) == f["date"], "date does not read back")
        need(not any(str(f["subject"]).startswith(p) for p in ("FW:", "Fwd:", "転送:")), "prefix left")
    q = exp.get("quoted_reply")
    if q:
        need(q["date_as_written"] in text, "quoted reply date")
        need(iso(parse_written(q["date_as_written"], case.sent.tzinfo)) == q["date"], "quoted date")
    if f is None and not q:
        for m in ("-----Original Message-----", "Forwarded message", "転送メッセージ",
                  "Begin forwarded message", "転送されたメッセージ", "_" * 32):
            need(m not in text, f"negative case holds marker {m}")
    return errors


def check_case_study(case, errors):
    """The case-study forwards carry exactly the lure attached to the case's reports."""
    key = case.reporter.key
    path = os.path.join(HERE, "..", "..", "..", "InvestigationTests", "Fixtures", "case", "reports",
                        LURE_COPIES[key][4])
    if not os.path.exists(path):
        print(f"note: {path} not found; lure not compared", file=sys.stderr)
        return
    with open(path, "rb") as fh:
        outer = email.message_from_bytes(fh.read(), policy=email.policy.default)
    inner = next(p for p in outer.walk() if p.get_content_type() == "message/rfc822").get_content()
    o = case.orig
    got = (inner["From"].addresses[0].display_name, inner["From"].addresses[0].addr_spec,
           [a.addr_spec for a in inner["To"].addresses], str(inner["Subject"]),
           inner["Date"].datetime, inner.get_content().replace("\r\n", "\n"))
    want = (o.from_name, o.from_addr, [a for _, a in o.to], o.subject, o.sent, o.body)
    if got != want:
        errors.append(f"{case.id}: the lure differs from {LURE_COPIES[key][4]}")


# ---------------------------------------------------------------------------


def main():
    check_only = "--check" in sys.argv[1:]
    outputs = {}
    expected = []
    rows = []
    errors = []
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        crlf, info = build_message(case)
        lf = crlf.replace(b"\r\n", b"\n")
        for le, raw in (("lf", lf), ("crlf", crlf)):
            fname = f"{case.id}-{le}.eml"
            outputs[fname] = raw
            exp = expected_for(case, fname, le, info)
            expected.append(exp)
            errors += check_file(fname, raw, case, info, exp, le)
        if case.kw.get("bec"):
            check_case_study(case, errors)
        msg = email.message_from_bytes(crlf, policy=email.policy.default)
        encs = sorted({f"{p.get_content_type().split('/')[1]}:{(p.get_content_charset() or '-').lower()}/"
                       f"{p.get('Content-Transfer-Encoding', '7bit').lower()}"
                       for p in msg.walk() if not p.is_multipart()})
        f = expected[-1]["forwarded"]
        rows.append((case.id, case.client, case.lang, " ".join(encs),
                     (f["from_address"] if f else "-"), (f["date"] if f else "-")))
    outputs["expected.json"] = (json.dumps(expected, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    if check_only:
        for name, data in outputs.items():
            p = os.path.join(HERE, name)
            if not os.path.exists(p):
                errors.append(f"{name}: missing")
                continue
            with open(p, "rb") as fh:
                if fh.read() != data:
                    errors.append(f"{name}: differs from a fresh build")
        present = {n for n in os.listdir(HERE) if n.endswith(".eml")}
        for extra in sorted(present - set(outputs)):
            errors.append(f"{extra}: not produced by this script")
    else:
        for old in os.listdir(HERE):
            if old.endswith(".eml") and old not in outputs:
                os.remove(os.path.join(HERE, old))
        for name, data in outputs.items():
            with open(os.path.join(HERE, name), "wb") as fh:
                fh.write(data)
        # read back what was written
        for name, data in outputs.items():
            with open(os.path.join(HERE, name), "rb") as fh:
                if fh.read() != data:
                    errors.append(f"{name}: did not read back")

    w = [max(len(r[i]) for r in rows + [("case", "client", "lang", "parts", "forwarded from", "date (UTC)")])
         for i in range(6)]
    head = ("case", "client", "lang", "parts", "forwarded from", "date (UTC)")
    print("  ".join(h.ljust(w[i]) for i, h in enumerate(head)))
    print("  ".join("-" * w[i] for i in range(6)))
    for r in rows:
        print("  ".join(str(x).ljust(w[i]) for i, x in enumerate(r)))
    print(f"\n{len(CASES)} cases, {len(outputs) - 1} .eml files (LF and CRLF), expected.json: "
          f"{len(expected)} entries")
    if errors:
        print("\nFAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("all checks passed" + (" (files match a fresh build)" if check_only else ""))


if __name__ == "__main__":
    main()
