#!/usr/bin/env python3
"""Writes the Hisui Denki case fixture and checks it.

A reconstruction of the BEC incident in the project's case study, moved to a
fictional company (翡翠電機株式会社, hisui-denki.example). Only the case study's
published indicators (the sender ejbjebduffy@optimum.net and the client IP
155.94.251.82) are real; every person, address, breach and profile is made up.

Deterministic: no clock, no environment, one fixed random seed. Standard
library only. After writing, every file is read back from disk and checked
with Python's `email` package (policy.default): no defects anywhere, and each
message serialises back to exactly the bytes on disk.

Usage:
    python3 generate.py           write every file, then verify
    python3 generate.py --check   verify only: regenerate in memory and compare
                                  with the files on disk, then verify them
"""

import base64
import csv
import datetime as dt
import email
import email.generator
import email.policy
import email.utils
import hashlib
import io
import json
import quopri
import random
import re
import string
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------
# The organisation

ORG_NAME = "翡翠電機株式会社"
ORG_LATIN = "Hisui Denki"
DOMAIN = "hisui-denki.example"
MX = "mx." + DOMAIN
SUBMIT = "submit." + DOMAIN
SUBMIT_IP = "10.20.0.25"
SECURITY = "security@" + DOMAIN
SECURITY_NAME = "情報セキュリティ窓口"

# The case study's published indicators: the only real values in this fixture.
ATTACKER = "ejbjebduffy@optimum.net"
ORIGIN_IP = "155.94.251.82"
LURE_SUBJECT = "至急のお願い"

# Optimum's side of the chain (host names in the ISP's style, documentation IPs).
OPTIMUM_MTA = {"mta-07.optimum.net": "192.0.2.17", "mta-12.optimum.net": "192.0.2.22"}
OPTIMUM_OMTA = {"omta-02.optimum.net": "192.0.2.42", "omta-04.optimum.net": "192.0.2.44"}

JST = dt.timezone(dt.timedelta(hours=9))
EDT = dt.timezone(dt.timedelta(hours=-4))  # New York, after the 8 March 2026 switch


class Employee:
    def __init__(self, family, given, family_latin, given_latin, title, dept,
                 private=None, listed=False, extra_personal=None):
        self.family, self.given = family, given
        self.family_latin, self.given_latin = family_latin, given_latin
        self.title, self.dept = title, dept
        self.email = f"{given_latin}.{family_latin}@{DOMAIN}".lower()
        self.generated = f"{given_latin[0]}{family_latin}@{DOMAIN}".lower()
        self.private = private          # the address the attacker used, if targeted
        self.listed = listed            # whether the directory lists it
        self.extra_personal = extra_personal

    @property
    def name(self):
        return f"{self.family} {self.given}"

    @property
    def personal_emails(self):
        cells = []
        if self.private and self.listed:
            cells.append(self.private)
        if self.extra_personal:
            cells.append(self.extra_personal)
        return ";".join(cells)


E = {
    "yamada": Employee("山田", "太郎", "Yamada", "Taro", "代表取締役社長", "経営企画室"),
    "sasaki": Employee("佐々木", "恵子", "Sasaki", "Keiko", "取締役 CFO", "経営管理本部"),
    "suzuki": Employee("鈴木", "一郎", "Suzuki", "Ichiro", "情報システム部 部長", "情報システム部"),
    # the five who reported the lure
    "takada": Employee("高田", "翔", "Takada", "Sho", "営業部 主任", "営業部",
                       private="sho.tkd@gmail.com", listed=False),
    "sato": Employee("佐藤", "美香", "Sato", "Mika", "経理部", "経理部",
                     private="mika.sato.77@yahoo.co.jp", listed=False),
    "ito": Employee("伊藤", "健二", "Ito", "Kenji", "購買部 係長", "購買部",
                    private="kenji-ito@outlook.jp", listed=False),
    "ono": Employee("小野", "由紀", "Ono", "Yuki", "人事部", "人事部",
                    private="yuki.ono.0312@gmail.com", listed=True),
    "nakamura": Employee("中村", "大輔", "Nakamura", "Daisuke", "技術部 主任技師", "技術部",
                         private="dnakamura1985@icloud.com", listed=True),
    # the two whose copies nobody reported (found in the mailbox)
    "watanabe": Employee("渡辺", "直美", "Watanabe", "Naomi", "総務部", "総務部",
                         private="naomi.w.0825@gmail.com", listed=True),
    "matsumoto": Employee("松本", "拓也", "Matsumoto", "Takuya", "営業部", "営業部",
                          private="matsumoto.takuya@hotmail.co.jp", listed=False),
    # everyone else
    "tanaka": Employee("田中", "さくら", "Tanaka", "Sakura", "広報部", "広報部",
                       extra_personal="sakura.tanaka.pr@gmail.com"),
    "kato": Employee("加藤", "誠", "Kato", "Makoto", "品質保証部 課長", "品質保証部"),
    "yoshida": Employee("吉田", "亮", "Yoshida", "Ryo", "技術部", "技術部"),
    "yamamoto": Employee("山本", "愛", "Yamamoto", "Ai", "経理部", "経理部"),
    "inoue": Employee("井上", "裕子", "Inoue", "Yuko", "人事部 課長", "人事部"),
    "kimura": Employee("木村", "浩", "Kimura", "Hiroshi", "製造部 課長", "製造部"),
}
CEO = E["yamada"]
REPORTED = ["takada", "sato", "ito", "ono", "nakamura"]
UNREPORTED = ["watanabe", "matsumoto"]
TARGETS = REPORTED + UNREPORTED

# ---------------------------------------------------------------------------
# Small helpers

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def digest(*parts):
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()


def hexid(*parts, n=12):
    return digest(*parts).hex()[:n].upper()


def queue_id(*parts):
    """A Postfix long-queue-ID-looking token."""
    d = digest("queue", *parts)
    return "4" + "".join(B62[b % 62] for b in d[:11])


def rfc_date(t):
    return email.utils.format_datetime(t)


def received_date(t):
    suffix = " (JST)" if t.utcoffset() == dt.timedelta(hours=9) else ""
    return rfc_date(t) + suffix


CODECS = {"ISO-2022-JP": "iso-2022-jp", "UTF-8": "utf-8"}


def encoded_words(text, charset="ISO-2022-JP"):
    """RFC 2047 B-encoded words of at most 66 characters, each self-contained."""
    prefix = f"=?{charset}?B?"
    room = 66 - len(prefix) - 2  # 66: the first word still fits after "Subject: "
    codec = CODECS[charset]
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


def phrase(text, charset="ISO-2022-JP"):
    """Tokens for a display name or subject (never split inside a token)."""
    if text.isascii():
        return text.split(" ")
    return encoded_words(text, charset)


def display(name, charset="ISO-2022-JP"):
    if name.isascii():
        return [f'"{name}"'] if (" " in name or "." in name) else [name]
    return encoded_words(name, charset)


def mailbox(addr, name=None, charset="ISO-2022-JP"):
    if not name:
        return [addr]
    return display(name, charset) + [f"<{addr}>"]


def address_list(boxes):
    tokens = []
    for i, box in enumerate(boxes):
        box = list(box)
        if i < len(boxes) - 1:
            box[-1] += ","
        tokens += box
    return tokens


def header(name, tokens):
    """One header field, folded between tokens so that no line exceeds 78 characters."""
    lines = [name + ":"]
    for tok in tokens:
        if lines[-1] == name + ":" or len(lines[-1]) + 1 + len(tok) <= 78:
            lines[-1] += " " + tok
        else:
            lines.append(" " + tok)
    return "\r\n".join(lines)


def received(*segments):
    """A Received field: segments joined by spaces, folded (tab) between segments so
    that no line exceeds 78 characters."""
    lines = ["Received: " + segments[0]]
    for seg in segments[1:]:
        if len(lines[-1]) + 1 + len(seg) <= 78:
            lines[-1] += " " + seg
        else:
            lines.append("\t" + seg)
    return "\r\n".join(lines)


def auth_results(domain, dkim=True):
    lines = [f"Authentication-Results: {MX};", f"\tspf=pass smtp.mailfrom={domain};"]
    lines.append(f"\tdkim=pass header.d={domain};" if dkim else "\tdkim=none;")
    lines.append(f"\tdmarc=pass header.from={domain}")
    return "\r\n".join(lines)


def text_iso2022(text):
    return text.encode("iso-2022-jp").replace(b"\n", b"\r\n")


def text_base64(text, charset="utf-8"):
    raw = base64.encodebytes(text.replace("\n", "\r\n").encode(charset))
    return raw.replace(b"\n", b"\r\n")


def text_qp(text):
    raw = quopri.encodestring(text.encode("utf-8"))  # LF line ends, soft breaks as =\n
    return raw.replace(b"\n", b"\r\n")


def text_8bit(text):
    return text.encode("utf-8").replace(b"\n", b"\r\n")


def text_7bit(text):
    assert text.isascii()
    return text.encode("ascii").replace(b"\n", b"\r\n")


def build(headers, body):
    """Header fields (str, may contain CRLF continuations) + body bytes ending in CRLF."""
    assert body.endswith(b"\r\n"), headers[0]
    return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body


def single_part(kind, charset, text):
    """Content headers and body for one text part; kind is 7bit, 8bit, iso, b64 or qp."""
    if kind == "iso":
        return ['Content-Type: text/plain; charset="ISO-2022-JP"',
                "Content-Transfer-Encoding: 7bit"], text_iso2022(text)
    if kind == "7bit":
        return ['Content-Type: text/plain; charset="us-ascii"',
                "Content-Transfer-Encoding: 7bit"], text_7bit(text)
    if kind == "8bit":
        return [f'Content-Type: text/plain; charset="{charset}"',
                "Content-Transfer-Encoding: 8bit"], text_8bit(text)
    if kind == "b64":
        return [f'Content-Type: text/plain; charset="{charset}"',
                "Content-Transfer-Encoding: base64"], text_base64(text)
    if kind == "qp":
        return [f'Content-Type: text/plain; charset="{charset}"',
                "Content-Transfer-Encoding: quoted-printable"], text_qp(text)
    raise ValueError(kind)


def multipart(subtype, boundary, parts, preamble=None):
    """parts: list of (header lines, body bytes)."""
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\r\n"
    for hdrs, body in parts:
        out += b"--" + boundary.encode() + b"\r\n"
        out += ("\r\n".join(hdrs) + "\r\n\r\n").encode("ascii") + body
        out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    ctype = f'Content-Type: multipart/{subtype};\r\n\tboundary="{boundary}"'
    return [ctype], out


# ---------------------------------------------------------------------------
# The lure

LURE_BODY = """{greeting}

お疲れさまです。山田です。
内々に進めたい案件があり、至急お願いしたいことがあります。
このメールを読んだら、まずは返信をください。

本日は終日社外での打ち合わせが続くため、電話には出られません。
よろしくお願いします。

山田
"""

# Sent in this order from the attacker's client, minutes apart (New York time).
LURE_PLAN = [
    # key, display name, minute, second, submission MTA, outbound relay, greeting
    ("takada", "山田 太郎", 12, 7, "mta-07.optimum.net", "omta-02.optimum.net", "高田さん"),
    ("sato", "代表取締役 山田太郎", 15, 41, "mta-07.optimum.net", "omta-02.optimum.net", "佐藤さん"),
    ("watanabe", "山田 太郎", 17, 58, "mta-12.optimum.net", "omta-04.optimum.net", "渡辺さん"),
    ("ito", "山田 太郎", 20, 16, "mta-12.optimum.net", "omta-04.optimum.net", "伊藤健二さん"),
    ("ono", "Taro Yamada", 24, 33, "mta-07.optimum.net", "omta-02.optimum.net", "小野さん"),
    ("matsumoto", "山田 太郎", 27, 5, "mta-07.optimum.net", "omta-04.optimum.net", "松本さん"),
    ("nakamura", "山田 太郎", 31, 49, "mta-12.optimum.net", "omta-02.optimum.net", "中村さん"),
]


class Lure:
    def __init__(self, key, name, minute, second, mta, omta, greeting):
        self.emp = E[key]
        self.key = key
        self.display_name = name
        self.greeting = greeting
        self.sent = dt.datetime(2026, 3, 9, 21, minute, second, tzinfo=EDT)
        self.relayed = self.sent + dt.timedelta(seconds=1)
        self.received = (self.sent + dt.timedelta(seconds=3)).astimezone(JST)
        self.mta, self.omta = mta, omta
        epoch = int(self.sent.timestamp())
        self.message_id = f"<{epoch}.{hexid('lure', key)}@{mta}>"
        self.bytes = self._build()

    def _build(self):
        emp = self.emp
        hdrs = [
            f"Return-Path: <{ATTACKER}>",
            auth_results("optimum.net"),
            received(f"from {self.omta}", f"({self.omta} [{OPTIMUM_OMTA[self.omta]}])",
                     "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))",
                     f"by {MX} (Postfix) with ESMTPS id {queue_id('mx', self.key)}",
                     f"for <{emp.generated}>;", received_date(self.received)),
            received(f"from {self.mta} ([{OPTIMUM_MTA[self.mta]}])",
                     f"by {self.omta} with ESMTP",
                     f"id {hexid('omta', self.key, n=14).lower()};", received_date(self.relayed)),
            received(f"from [{ORIGIN_IP}] (unknown [{ORIGIN_IP}])",
                     f"by {self.mta} with ESMTPSA",
                     f"id {hexid('mta', self.key)};", received_date(self.sent)),
            f"X-Authenticated-Sender: {ATTACKER}",
            f"X-Originating-IP: [{ORIGIN_IP}]",
            header("From", mailbox(ATTACKER, self.display_name)),
            header("To", address_list([[emp.private], [emp.generated]])),
            header("Subject", encoded_words(LURE_SUBJECT)),
            f"Date: {rfc_date(self.sent)}",
            f"Message-ID: {self.message_id}",
            "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="ISO-2022-JP"',
            "Content-Transfer-Encoding: 7bit",
        ]
        return build(hdrs, text_iso2022(LURE_BODY.format(greeting=self.greeting)))


LURES = {plan[0]: Lure(*plan) for plan in LURE_PLAN}

# ---------------------------------------------------------------------------
# The reports

REPORTS = [
    # file, reporter, subject, note encoding, client, sent (JST), attachment filename, note
    ("report-1.eml", "takada", "Fw: 至急のお願い", "iso", "outlook",
     dt.datetime(2026, 3, 10, 10, 38, 12, tzinfo=JST), "original-message.eml", """\
情報セキュリティ窓口 御中

営業部の高田です。
山田社長の名前で、社外のアドレス（optimum.net）からメールが届きました。
宛先は私用のメールアドレスと、社内では使われていない
stakada@hisui-denki.example の二つです。
返信を求められていますが、返信はしていません。
元のメールを添付しますので、ご確認をお願いします。

営業部 高田 翔
"""),
    ("report-2.eml", "sato", "【報告】不審メール", "b64", "thunderbird",
     dt.datetime(2026, 3, 10, 10, 44, 57, tzinfo=JST), "suspicious.eml", """\
セキュリティ担当者様

経理部の佐藤です。
代表取締役の名前で、個人のメールアドレス宛てに不審なメールが届きました。
社長からメールで依頼が来ることはないので、訓練で習ったとおり報告します。
添付したものが、届いたメールそのものです。

佐藤 美香
"""),
    ("report-3.eml", "ito", "FW: 至急のお願い", "iso", "outlook",
     dt.datetime(2026, 3, 10, 11, 2, 30, tzinfo=JST), "FW_message.eml", """\
お疲れさまです。購買部の伊藤です。

社長を名乗るメールが届きましたが、送信元が optimum.net という
見慣れないドメインでした。
リンクや添付ファイルはありませんでしたが、念のため転送します。

伊藤
"""),
    ("report-4.eml", "ono", "不審なメールの報告（至急のお願い）", "b64", "outlook",
     dt.datetime(2026, 3, 10, 11, 15, 8, tzinfo=JST), None, """\
情報セキュリティ窓口 ご担当者様

人事部の小野です。
「Taro Yamada」という差出人から、返信を急がせるメールが届きました。
差出人のアドレスは会社のものではありません。
ほかの社員にも届いているかもしれませんので、ご確認ください。

小野 由紀
"""),
    ("report-5.eml", "nakamura", "Fwd: 至急のお願い", "iso", "thunderbird",
     dt.datetime(2026, 3, 10, 11, 26, 44, tzinfo=JST), "message.eml", """\
セキュリティ窓口 各位

技術部の中村です。
私用のiCloudアドレスに、山田社長を名乗るメールが届きました。
私用アドレスを社長に伝えたことはありません。
原文を添付しますので、調査をお願いします。

中村 大輔
"""),
    ("report-1-again.eml", "takada", "Fw: 至急のお願い（再送）", "iso", "outlook",
     dt.datetime(2026, 3, 11, 9, 5, 21, tzinfo=JST), "original-message.eml", """\
情報セキュリティ窓口 御中

営業部の高田です。
昨日報告した不審メールについて、受付の連絡がまだないため念のため再送します。
同じメールを添付しています。重複していたら破棄してください。

高田
"""),
]
# report-1-again wraps report-1's lure copy byte for byte
REPORT_LURE = {"report-1.eml": "takada", "report-2.eml": "sato", "report-3.eml": "ito",
               "report-4.eml": "ono", "report-5.eml": "nakamura",
               "report-1-again.eml": "takada"}

CLIENT_IP = {"takada": "10.20.34.118", "sato": "10.20.36.52", "ito": "10.20.35.7",
             "ono": "10.20.37.91", "nakamura": "10.20.40.23"}
USER_AGENT = {"outlook": "X-Mailer: Microsoft Outlook 16.0",
              "thunderbird": "User-Agent: Mozilla Thunderbird"}


def report(file, key, subject, note_kind, client, sent, filename, note):
    emp = E[key]
    lure = LURES[REPORT_LURE[file]]
    boundary = f"----=_Part_{hexid('boundary', file, n=16)}"
    arrived = sent + dt.timedelta(seconds=2)
    charset = "ISO-2022-JP" if note_kind == "iso" else "UTF-8"
    hdrs = [
        f"Return-Path: <{emp.email}>",
        received(f"from {SUBMIT}", f"({SUBMIT} [{SUBMIT_IP}])",
                 f"by {MX} (Postfix) with ESMTPS id {queue_id('mx', file)}",
                 f"for <{SECURITY}>;", received_date(arrived)),
        received(f"from [{CLIENT_IP[key]}] (unknown [{CLIENT_IP[key]}])",
                 f"by {SUBMIT} (Postfix) with ESMTPSA id {queue_id('submit', file)}",
                 f"for <{SECURITY}>;", received_date(sent + dt.timedelta(seconds=1))),
        header("From", mailbox(emp.email, emp.name, charset)),
        header("To", mailbox(SECURITY, SECURITY_NAME, charset)),
        header("Subject", encoded_words(subject, charset)),
        f"Date: {rfc_date(sent)}",
        f"Message-ID: <{sent.strftime('%Y%m%d%H%M%S')}.{hexid('report', file, n=8)}@{DOMAIN}>",
        USER_AGENT[client],
        "MIME-Version: 1.0",
    ]
    note_hdrs, note_body = single_part(note_kind, "UTF-8", note)
    if filename:
        disposition = f'Content-Disposition: attachment;\r\n\tfilename="{filename}"'
        ctype = f'Content-Type: message/rfc822;\r\n\tname="{filename}"'
    else:  # RFC 2231 file name: 至急のお願い.eml
        fname = "".join(f"%{b:02X}" for b in LURE_SUBJECT.encode("utf-8")) + ".eml"
        disposition = f"Content-Disposition: attachment;\r\n filename*=UTF-8''{fname}"
        ctype = "Content-Type: message/rfc822"
    # the attached message keeps its final CRLF: the delimiter's CRLF follows it
    parts = [(note_hdrs, note_body),
             ([ctype, "Content-Transfer-Encoding: 7bit", disposition], lure.bytes)]
    ct, body = multipart("mixed", boundary, parts)
    return build(hdrs + ct, body)


# ---------------------------------------------------------------------------
# Directory, profile, breaches, exposure

def org_yaml():
    return f"""# Fictional organisation for the Hisui Denki case fixture (see README.md).
organization:
  name: "{ORG_NAME}"
  domains: [{DOMAIN}]
directory: employees.csv
trusted_relays: [{MX}]
timezone: Asia/Tokyo
policy: 役員がメールだけで送金や対応を依頼することはない
""".encode("utf-8")


def employees_csv():
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["email", "family_name", "given_name", "family_name_latin",
                "given_name_latin", "title", "personal_emails"])
    for e in E.values():
        w.writerow([e.email, e.family, e.given, e.family_latin, e.given_latin,
                    e.title, e.personal_emails])
    return out.getvalue().encode("utf-8")


def breach(name, title, domain, date, added, count, description, classes):
    return {
        "Name": name, "Title": title, "Domain": domain, "BreachDate": date,
        "AddedDate": added, "ModifiedDate": added, "PwnCount": count,
        "Description": description + " <em>(Fictional breach: test fixture.)</em>",
        "DataClasses": sorted(classes),
        "IsVerified": True, "IsFabricated": False, "IsSensitive": False, "IsRetired": False,
        "IsSpamList": False, "IsMalware": False, "IsSubscriptionFree": False,
        "IsStealerLog": False,
        "LogoPath": f"https://haveibeenpwned.com/Content/Images/PwnedLogos/{name}.png",
    }


BREACHES = {b["Name"]: b for b in [
    breach("KaimonoLeak2021", "Kaimono Ichiba", "kaimono-ichiba.example", "2021-04-18",
           "2021-11-02T09:14:51Z", 2814337,
           "In April 2021, the online shopping mall Kaimono Ichiba exposed 2.8M customer "
           "accounts. The data included names, email addresses, phone numbers and passwords "
           "stored as unsalted MD5 hashes.",
           ["Email addresses", "Names", "Passwords", "Phone numbers"]),
    breach("GameForumDump", "GameForum", "gameforum.example", "2019-09-03",
           "2020-02-14T22:41:07Z", 905112,
           "In September 2019, a database dump of the GameForum community was posted on a "
           "hacking forum. It held usernames, email addresses, IP addresses and bcrypt "
           "password hashes.",
           ["Email addresses", "IP addresses", "Passwords", "Usernames"]),
    breach("TravelBookingBreach", "Tabi Yoyaku", "tabi-yoyaku.example", "2022-12-07",
           "2023-03-21T05:02:36Z", 1302468,
           "In December 2022, the travel booking site Tabi Yoyaku left a customer database "
           "exposed. Names, email addresses, phone numbers, dates of birth and genders were "
           "included.",
           ["Dates of birth", "Email addresses", "Genders", "Names", "Phone numbers"]),
    breach("RecipeSiteLeak", "Recipe Note", "recipe-note.example", "2020-07-22",
           "2020-10-09T11:27:45Z", 517903,
           "In July 2020, the recipe sharing site Recipe Note was breached. The data included "
           "names, usernames, email addresses and SHA-1 password hashes.",
           ["Email addresses", "Names", "Passwords", "Usernames"]),
    breach("FitnessAppLeak", "FitLog", "fitlog.example", "2023-05-30",
           "2023-08-17T14:55:10Z", 688214,
           "In May 2023, the fitness tracking app FitLog exposed its user table. Names, "
           "usernames, email addresses, dates of birth and genders were included.",
           ["Dates of birth", "Email addresses", "Genders", "Names", "Usernames"]),
]}

BREACHED = {
    "takada": ["GameForumDump", "KaimonoLeak2021"],
    "sato": ["KaimonoLeak2021", "RecipeSiteLeak"],
    "ito": ["GameForumDump", "TravelBookingBreach"],
    "ono": ["RecipeSiteLeak", "TravelBookingBreach"],
    "nakamura": ["FitnessAppLeak", "KaimonoLeak2021"],
    "watanabe": ["FitnessAppLeak", "TravelBookingBreach"],
    "matsumoto": ["GameForumDump"],
}


def breaches_json():
    data = {E[k].private.lower(): [BREACHES[n] for n in sorted(names)]
            for k, names in sorted(BREACHED.items(), key=lambda kv: E[kv[0]].private)}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


EXPOSURE = [
    ("takada", "LinkedIn", "https://www.linkedin.com/in/sho-takada-7a1b3c", "sales"),
    ("sato", "Wantedly", "https://www.wantedly.com/id/mika_sato_acct", "accounting"),
    ("ito", "LinkedIn", "https://www.linkedin.com/in/kenji-ito-procurement", "procurement"),
    ("ono", "Wantedly", "https://www.wantedly.com/id/yuki_ono_hr", "human resources"),
    ("nakamura", "LinkedIn", "https://www.linkedin.com/in/daisuke-nakamura-eng",
     "engineering"),
    ("watanabe", "Wantedly", "https://www.wantedly.com/id/naomi_watanabe_ga",
     "general affairs"),
    ("matsumoto", "LinkedIn", "https://www.linkedin.com/in/takuya-matsumoto-sales", "sales"),
]


def exposure_csv():
    lines = ["employee,platform,url,note"]
    for key, platform, url, role in EXPOSURE:
        lines.append(f"{E[key].email},{platform},{url},"
                     f"profile names {ORG_LATIN} as employer ({role})")
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------
# The mailbox (ordinary mail, two unreported lure copies, three decoys)

RNG_SEED = 20260310
WORKDAYS = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13]  # March 2026, Monday to Friday
STAFF = [k for k in E if k != "yamada"]


def client_ip(key):
    d = digest("client", key)
    return f"10.20.{30 + d[0] % 20}.{2 + d[1] % 250}"


def internal_mail(sender, to, subject, when, body_hdrs, body, cc=(), extra=(), seq=0,
                  charset="ISO-2022-JP"):
    """Mail between employees: client → submission server → MX (journal copy)."""
    s = E[sender]
    rcpts = [E[k] for k in to]
    mid = f"<{when.strftime('%Y%m%d%H%M%S')}.{hexid('internal', sender, subject, seq, n=8)}@{DOMAIN}>"
    first = rcpts[0].email
    hdrs = [
        f"Return-Path: <{s.email}>",
        auth_results(DOMAIN, dkim=False),
        received(f"from {SUBMIT}", f"({SUBMIT} [{SUBMIT_IP}])",
                 f"by {MX} (Postfix) with ESMTPS id {queue_id('mx', mid)}",
                 f"for <{first}>;", received_date(when + dt.timedelta(seconds=2))),
        received(f"from [{client_ip(sender)}] (unknown [{client_ip(sender)}])",
                 f"by {SUBMIT} (Postfix) with ESMTPSA id {queue_id('submit', mid)};",
                 received_date(when + dt.timedelta(seconds=1))),
        header("From", mailbox(s.email, s.name, charset)),
        header("To", address_list([mailbox(r.email, r.name, charset) for r in rcpts])),
    ]
    if cc:
        hdrs.append(header("Cc", address_list([mailbox(E[k].email, E[k].name, charset)
                                               for k in cc])))
    hdrs += [header("Subject", phrase(subject, charset)), f"Date: {rfc_date(when)}",
             f"Message-ID: {mid}", *extra, "MIME-Version: 1.0", *body_hdrs]
    return s.email, when, build(hdrs, body), mid


EXTERNAL_IP = {}


def external_ip(domain):
    if domain not in EXTERNAL_IP:
        EXTERNAL_IP[domain] = f"203.0.113.{10 + 7 * len(EXTERNAL_IP)}"
    return EXTERNAL_IP[domain]


def external_mail(sender, sender_name, to, subject, when, body_hdrs, body, extra=(), seq=0,
                  charset="ISO-2022-JP", envelope=None, cc=()):
    """Mail from outside: the sender's server → MX."""
    domain = sender.split("@")[1]
    envelope = envelope or sender
    relay = "mail." + domain
    mid = f"<{hexid('external', sender, subject, seq, n=16).lower()}@{relay}>"
    rcpts = [E[k] for k in to]
    sent_local = when - dt.timedelta(seconds=4)
    hdrs = [
        f"Return-Path: <{envelope}>",
        auth_results(envelope.split("@")[1], dkim=True),
        received(f"from {relay}", f"({relay} [{external_ip(domain)}])",
                 f"by {MX} (Postfix) with ESMTPS id {queue_id('mx', mid)}",
                 f"for <{rcpts[0].email}>;", received_date(when)),
        header("From", mailbox(sender, sender_name, charset)),
        header("To", address_list([mailbox(r.email, r.name, charset) for r in rcpts])),
    ]
    if cc:
        hdrs.append(header("Cc", address_list([mailbox(E[k].email, E[k].name, charset)
                                               for k in cc])))
    hdrs += [header("Subject", phrase(subject, charset)), f"Date: {rfc_date(sent_local)}",
             f"Message-ID: {mid}", *extra, "MIME-Version: 1.0", *body_hdrs]
    return envelope, when, build(hdrs, body), mid


def sign(key, dept=True):
    e = E[key]
    return f"{e.dept} {e.name}" if dept else e.name


TOPICS = ["試作機HD-220の評価日程", "展示会の出展準備", "来期予算の見直し", "部材在庫の確認",
          "顧客からの問い合わせ対応", "新人研修の担当割り当て", "品質監査の準備",
          "社内報の原稿", "出張費精算の手順", "生産計画の変更", "サーボドライブの仕様変更",
          "見積条件の確認", "安全衛生委員会の議題", "ISO審査の対応", "物流委託先の切り替え"]
ITEMS = ["前回の宿題はすべて完了", "来週までに見積を再取得する", "評価結果は金曜までに共有",
         "展示ブースのレイアウト案を確認", "部材の納期を購買部に確認", "残業時間の状況を共有",
         "顧客訪問の日程を調整中", "月末の棚卸しの担当を決定", "手順書の改訂版を回覧する",
         "次回は3月第3週に開催"]
ROOMS = ["第1会議室", "第2会議室", "応接室A", "オンライン（Teams）"]
CITIES = ["大阪", "名古屋", "福岡", "仙台", "広島", "札幌"]
SYSTEMS = ["勤怠管理システム", "経費精算システム", "ファイルサーバー", "VPN装置",
           "社内ポータル", "生産管理システム"]


def t_minutes(rng, when, seq):
    sender = rng.choice(STAFF)
    dept = E[sender].dept
    peers = [k for k in STAFF if k != sender]
    to = rng.sample(peers, rng.randint(2, 4))
    items = rng.sample(ITEMS, 3)
    body = (f"各位\n\n{dept}の{E[sender].family}です。\n"
            f"本日の定例の議事録を共有します。\n\n"
            + "".join(f"{i + 1}. {it}\n" for i, it in enumerate(items))
            + f"\n修正があればご連絡ください。\n\n{sign(sender)}\n")
    subj = f"【議事録】{dept}定例（{when.month}/{when.day}）"
    bh, b = single_part("iso", None, body)
    return internal_mail(sender, to, subj, when, bh, b, seq=seq,
                         extra=["X-Mailer: Microsoft Outlook 16.0"])


def t_meeting(rng, when, seq):
    sender, rcpt = rng.sample(STAFF, 2)
    topic = rng.choice(TOPICS)
    d1, d2 = sorted(rng.sample([d for d in WORKDAYS if d > when.day] + [16, 17], 2))
    body = (f"{E[rcpt].family}さん\n\nお疲れさまです。{E[sender].family}です。\n"
            f"{topic}の件で、30分ほどお時間をいただけますか。\n"
            f"候補: 3月{d1}日 {rng.randint(9, 16)}:00〜 / 3月{d2}日 {rng.randint(9, 16)}:30〜\n"
            f"場所は{rng.choice(ROOMS)}を考えています。\n\nよろしくお願いします。\n"
            f"{sign(sender, False)}\n")
    bh, b = single_part("8bit", "UTF-8", body)
    return internal_mail(sender, [rcpt], f"打ち合わせのお願い（{topic}）", when, bh, b,
                         seq=seq, charset="UTF-8", extra=["User-Agent: Mozilla Thunderbird"])


def t_reply(rng, when, seq):
    sender, rcpt = rng.sample(STAFF, 2)
    topic = rng.choice(TOPICS)
    orig = f"<{hexid('orig', seq, n=10)}@{DOMAIN}>"
    answer = rng.choice(["承知しました。対応します。", "確認しました。問題ありません。",
                         "資料を添付の上、改めてご連絡します。",
                         "その日程で大丈夫です。", "課長にも確認してから回答します。"])
    body = (f"{E[rcpt].family}さん\n\n{E[sender].family}です。\n{answer}\n\n"
            f"{sign(sender, False)}\n\n"
            f"> {E[sender].family}さん\n> \n> {topic}について、状況を教えてください。\n"
            f"> {E[rcpt].family}\n")
    bh, b = single_part("iso", None, body)
    return internal_mail(sender, [rcpt], f"Re: {topic}について", when, bh, b, seq=seq,
                         extra=[f"In-Reply-To: {orig}", f"References: {orig}",
                                "X-Mailer: Microsoft Outlook 16.0"])


def t_thanks(rng, when, seq):
    sender, rcpt = rng.sample(STAFF, 2)
    topic = rng.choice(TOPICS)
    body = (f"{E[rcpt].family}さん\n\n資料ありがとうございました。"
            f"{topic}の内容、拝見しました。細かい点は明日の打ち合わせで相談させてください。"
            f"取り急ぎお礼まで。\n\n{E[sender].family}\n")
    bh, b = single_part("qp", "UTF-8", body)
    return internal_mail(sender, [rcpt], f"RE: {topic}の資料", when, bh, b, seq=seq,
                         charset="UTF-8", extra=["X-Mailer: Microsoft Outlook 16.0"])


def t_it_notice(rng, when, seq):
    system = rng.choice(SYSTEMS)
    day = rng.choice([d for d in WORKDAYS if d >= when.day] or [16])
    to = rng.sample(STAFF[1:], 3)
    body = (f"各位\n\n情報システム部の鈴木です。\n"
            f"下記の日程で{system}の定期メンテナンスを行います。\n\n"
            f"  日時: 3月{day}日 19:00〜22:00\n  影響: 作業中は{system}を利用できません\n\n"
            f"ご不便をおかけしますが、よろしくお願いいたします。\n\n{sign('suzuki')}\n")
    bh, b = single_part("iso", None, body)
    return internal_mail("suzuki", to, f"【お知らせ】{system}の定期メンテナンス（3/{day}）",
                         when, bh, b, seq=seq)


def t_hr_notice(rng, when, seq):
    subject, text = rng.choice([
        ("健康診断の予約について", "今年度の定期健康診断の予約受付を開始しました。\n"
         "社内ポータルの「健康管理」から、3月末までに予約してください。"),
        ("社内研修のご案内", "4月入社の新入社員向けに、OJT担当者研修を実施します。\n"
         "対象の方には別途ご連絡します。"),
        ("年末調整書類の返却について", "年末調整の控除証明書の原本を返却します。\n"
         "人事部の窓口で受け取ってください。"),
    ])
    to = rng.sample(STAFF, 2)
    body = f"各位\n\n人事部の井上です。\n{text}\n\n不明点は人事部までお問い合わせください。\n\n{sign('inoue')}\n"
    bh, b = single_part("b64", "UTF-8", body)
    return internal_mail("inoue", to, subject, when, bh, b, seq=seq, charset="UTF-8")


def t_vendor_quote(rng, when, seq):
    rcpt = rng.choice(["ito", "takada", "matsumoto"])
    number = 2600 + seq
    body = (f"{ORG_NAME}\n{E[rcpt].dept} {E[rcpt].name} 様\n\n"
            f"いつもお世話になっております。\nみどり商事の青木でございます。\n\n"
            f"お問い合わせいただいた部材について、御見積をお送りします。\n"
            f"  見積番号: MQ-{number}\n  品名: 端子台 TB-{rng.randint(10, 99)}（{rng.choice([500, 1000, 2000])}個）\n"
            f"  納期: ご注文後{rng.randint(2, 6)}週間\n\n"
            f"ご不明な点がございましたら、お気軽にお問い合わせください。\n\n"
            f"株式会社みどり商事 営業部 青木 健\n")
    bh, b = single_part("iso", None, body)
    return external_mail("k.aoki@midori-shoji.example", "青木 健", [rcpt],
                         f"御見積書送付の件（見積番号 MQ-{number}）", when, bh, b, seq=seq)


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def t_invoice(rng, when, seq):
    rcpt = ["sato", "yamamoto"][seq % 2]
    month = 2 if seq % 2 else 1
    amount = 184800 + 13200 * seq
    body = (f"{ORG_NAME}\n経理部 ご担当者様\n\n"
            f"平素より格別のお引き立てを賜り、厚く御礼申し上げます。\n"
            f"2026年{month}月分の請求書をお送りいたします。\n\n"
            f"  請求金額: {amount:,}円（税込）\n  お支払期日: 2026年3月31日\n"
            f"  お振込先: いつもの口座から変更はございません\n\n"
            f"青空部品工業株式会社 経理課\n")
    text_hdrs, text_body = single_part("iso", None, body)
    pdf = FAKE_PDF.replace(b"%%EOF", f"% invoice {seq}\n%%EOF".encode())
    fname = f"invoice_2026{month:02d}_{seq}.pdf"
    pdf_hdrs = [f'Content-Type: application/pdf; name="{fname}"',
                "Content-Transfer-Encoding: base64",
                f'Content-Disposition: attachment; filename="{fname}"']
    pdf_body = base64.encodebytes(pdf).replace(b"\n", b"\r\n")
    ct, b = multipart("mixed", f"=_aozora_{hexid('inv', seq, n=10)}",
                      [(text_hdrs, text_body), (pdf_hdrs, pdf_body)])
    return external_mail("seikyu@aozora-buhin.example", "青空部品工業 経理課", [rcpt],
                         f"【青空部品工業】請求書送付のご案内（2026年{month}月分）", when, ct, b,
                         seq=seq)


def t_customer_en(rng, when, seq):
    rcpt = rng.choice(["takada", "matsumoto"])
    model = rng.choice(["HD-220", "HD-180", "HD-300"])
    subject, text = rng.choice([
        (f"RE: Lead time for {model} servo drives",
         f"Thanks for the quick answer on the {model} lead time.\n"
         f"From next month we will order in lots of 200, so please plan for that.\n"
         "Could you confirm the price break at that volume?"),
        (f"Question on {model} firmware",
         f"Our line engineers noticed a warning code on two {model} units.\n"
         "Is there a firmware update we should apply before the next batch?"),
        ("Visit in April",
         "Our team will be in Japan in mid April and would like to visit your plant.\n"
         "From our side it would be three people. Would April 15 or 16 work?"),
    ])
    body = f"Dear {E[rcpt].given_latin}-san,\n\n{text}\n\nBest regards,\nEmily Carter\nNorthwind Motors, Procurement\n"
    bh, b = single_part("7bit", None, body)
    return external_mail("ecarter@northwind-motors.example", "Emily Carter", [rcpt], subject,
                         when, bh, b, seq=seq)


def t_supplier_en(rng, when, seq):
    rcpt = rng.choice(["ito", "nakamura"])
    body = (f"Hello {E[rcpt].family_latin}-san,\n\n"
            "attached to our portal you will find the updated datasheet for the RW-45 gearbox.\n"
            "The changes are small, but please note the new maximum input speed.\n\n"
            f"{E[rcpt].family_latin}-san wrote:\n"
            ">From the bench test we saw about 2% more backlash than specified.\n"
            ">Is this within your tolerance?\n\n"
            "Yes, that is within tolerance for the pre-series parts.\n\n"
            "Mit freundlichen Grüßen\nKlaus Weber\nRheinwerk Antriebe GmbH, Düsseldorf\n")
    bh, b = single_part("qp", "UTF-8", body)
    return external_mail("klaus.weber@rheinwerk-antriebe.example", "Klaus Weber", [rcpt],
                         "Updated datasheet for RW-45 gearbox", when, bh, b, seq=seq,
                         charset="UTF-8")


def newsletter_en(rcpt, issue, when, seq):
    text = (f"Embedded Systems Weekly, issue #{issue}\n\n"
            "* Motor control: field-oriented control on small MCUs\n"
            "* Functional safety: what changes in the 2026 edition\n"
            "* Tooling: reproducible firmware builds\n\n"
            "From the editor: thank you for reading, and see you next week.\n\n"
            "Unsubscribe: https://esweekly.example/u\n")
    html = ("<html><body><h1>Embedded Systems Weekly #" + str(issue) + "</h1><ul>"
            "<li>Motor control: field-oriented control on small MCUs</li>"
            "<li>Functional safety: what changes in the 2026 edition</li>"
            "<li>Tooling: reproducible firmware builds</li></ul>"
            "<p>From the editor: thank you for reading.</p>"
            "<p><a href=\"https://esweekly.example/u\">Unsubscribe</a></p></body></html>\n")
    parts = [(['Content-Type: text/plain; charset="UTF-8"',
               "Content-Transfer-Encoding: quoted-printable"], text_qp(text)),
             (['Content-Type: text/html; charset="UTF-8"',
               "Content-Transfer-Encoding: quoted-printable"], text_qp(html))]
    ct, b = multipart("alternative", f"esw-{issue}-{hexid('esw', rcpt, issue, n=8)}", parts)
    extra = ["List-Id: Embedded Systems Weekly <weekly.esweekly.example>",
             "List-Unsubscribe: <https://esweekly.example/u>", "Precedence: bulk"]
    return external_mail("editor@esweekly.example", "Embedded Systems Weekly", [rcpt],
                         f"Embedded Systems Weekly #{issue}", when, ct, b, extra=extra,
                         seq=f"{seq}-{rcpt}", envelope=f"bounce-{issue}@esweekly.example")


NEWS_JA_HEAD = "電子部品ニュース 第{issue}号\n\n"
NEWS_JA_ITEMS = ("■ 市況: 汎用コンデンサの価格は横ばい\n"
                 "■ 技術: 小型モーター向けドライバICの新製品\n"
                 "■ 催事: スマートファクトリー展2026の出展社一覧を公開\n")
NEWS_JA_TAIL = "\n配信停止はこちら: https://denshi-buhin-news.example/stop\n"


def newsletter_ja(rcpt, issue, when, seq, items=NEWS_JA_ITEMS, subject=None):
    head = NEWS_JA_HEAD.format(issue=issue) if isinstance(issue, int) else issue + "\n\n"
    body = head + items + NEWS_JA_TAIL
    bh, b = single_part("b64", "UTF-8", body)
    extra = ["List-Id: <news.denshi-buhin-news.example>",
             "List-Unsubscribe: <https://denshi-buhin-news.example/stop>", "Precedence: bulk"]
    return external_mail("mag@denshi-buhin-news.example", "電子部品ニュース", [rcpt],
                         subject or f"電子部品ニュース 第{issue}号", when, bh, b, extra=extra,
                         seq=f"{seq}-{rcpt}", charset="UTF-8",
                         envelope=f"bounce@denshi-buhin-news.example")


def t_cloud(rng, when, seq):
    rcpt = rng.choice(["suzuki", "yoshida", "nakamura"])
    subject, text = rng.choice([
        ("[CloudHost] Your usage report for March", "Your projects used 412 GB of storage and "
         "1.8 TB of transfer this month.\nNo action is needed."),
        ("[CloudHost] Scheduled maintenance in ap-northeast", "We will update network equipment "
         "in the ap-northeast region.\nShort connection resets may occur."),
        ("[CloudHost] New sign-in to your console", "A new sign-in from Tokyo, JP was recorded "
         "for your account.\nIf this was you, no action is needed."),
    ])
    body = f"Hello,\n\n{text}\n\n-- The CloudHost team\n"
    bh, b = single_part("7bit", None, body)
    return external_mail("no-reply@cloudhost.example", "CloudHost", [rcpt], subject, when,
                         bh, b, seq=seq)


def t_shipping(rng, when, seq):
    rcpt = rng.choice(["kimura", "ito", "watanabe"])
    number = 4410000 + seq * 37
    body = (f"{ORG_NAME} {E[rcpt].name} 様\n\nご依頼の荷物を出荷しました。\n\n"
            f"  お問い合わせ番号: {number}\n  お届け予定: 3月{min(when.day + 2, 16)}日\n\n"
            f"ひかり物流株式会社\n")
    bh, b = single_part("iso", None, body)
    return external_mail("info@hikari-logi.example", "ひかり物流", [rcpt],
                         f"【出荷のご案内】お問い合わせ番号 {number}", when, bh, b, seq=seq)


def t_bank(rng, when, seq):
    rcpt = rng.choice(["sato", "yamamoto", "sasaki"])
    body = (f"{ORG_NAME} 様\n\nいつもみなと銀行をご利用いただきありがとうございます。\n"
            f"法人インターネットバンキングで、振込のご依頼を受け付けました。\n"
            f"詳細はログインしてご確認ください。\n\n"
            f"※このメールは送信専用です。\n株式会社みなと銀行\n")
    bh, b = single_part("8bit", "UTF-8", body)
    return external_mail("info@minato-bank.example", "みなと銀行", [rcpt],
                         "【みなと銀行】振込受付のお知らせ", when, bh, b, seq=seq,
                         charset="UTF-8")


def t_expo(rng, when, seq):
    rcpt = rng.choice(["tanaka", "takada", "matsumoto", "nakamura"])
    text = (f"{ORG_NAME}\n{E[rcpt].name} 様\n\nスマートファクトリー展2026の招待券をお送りします。\n"
            "会期: 2026年4月8日〜10日\n会場: 東京国際展示場\n\n"
            "スマートファクトリー展 事務局\n")
    html = ("<html><body><p>" + text.replace("\n", "<br>\n") + "</p></body></html>\n")
    parts = [(['Content-Type: text/plain; charset="ISO-2022-JP"',
               "Content-Transfer-Encoding: 7bit"], text_iso2022(text)),
             (['Content-Type: text/html; charset="UTF-8"',
               "Content-Transfer-Encoding: base64"], text_base64(html))]
    ct, b = multipart("alternative", f"expo_{hexid('expo', seq, n=12)}", parts)
    return external_mail("info@smart-factory-expo.example", "スマートファクトリー展 事務局",
                         [rcpt], "【ご招待】スマートファクトリー展2026 招待券のご案内", when, ct,
                         b, seq=seq)


def t_calendar(rng, when, seq):
    to = rng.sample([k for k in STAFF if k != "kato"], 3)
    day = rng.choice([d for d in WORKDAYS if d > when.day] or [16])
    uid = hexid("cal", seq, n=16).lower()
    start = f"202603{day:02d}T050000Z"
    end = f"202603{day:02d}T060000Z"
    ics = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Hisui Denki//Calendar//JA\n"
           "METHOD:REQUEST\nBEGIN:VEVENT\n"
           f"UID:{uid}@{DOMAIN}\nDTSTAMP:{when.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')}\n"
           f"DTSTART:{start}\nDTEND:{end}\nSUMMARY:品質会議\nLOCATION:第1会議室\n"
           f"ORGANIZER:mailto:{E['kato'].email}\nEND:VEVENT\nEND:VCALENDAR\n")
    text = f"品質会議を3月{day}日 14:00〜15:00 に開催します。\n場所: 第1会議室\n\n{sign('kato')}\n"
    parts = [(['Content-Type: text/plain; charset="UTF-8"',
               "Content-Transfer-Encoding: 8bit"], text_8bit(text)),
             (['Content-Type: text/calendar; method=REQUEST; charset="UTF-8"',
               "Content-Transfer-Encoding: 8bit"], text_8bit(ics))]
    ct, b = multipart("alternative", f"cal_{uid}", parts)
    return internal_mail("kato", to, f"品質会議（3/{day} 14:00）", when, ct, b, seq=seq,
                         charset="UTF-8")


PLAN = [(t_minutes, 30), (t_meeting, 35), (t_reply, 40), (t_thanks, 25), (t_it_notice, 12),
        (t_hr_notice, 12), (t_vendor_quote, 15), (t_invoice, 4), (t_customer_en, 20),
        (t_supplier_en, 12), (t_cloud, 15), (t_shipping, 15), (t_bank, 8), (t_expo, 8),
        (t_calendar, 9)]
NEWS_EN = [(412, 3), (413, 10)]   # issue, March day: 10 subscribers each
NEWS_JA = [(201, 4), (202, 11)]
SUBSCRIBERS_EN = ["nakamura", "yoshida", "kato", "suzuki", "kimura", "ito", "takada",
                  "tanaka", "sasaki", "matsumoto"]
SUBSCRIBERS_JA = ["ito", "kimura", "kato", "takada", "matsumoto", "nakamura", "yoshida",
                  "watanabe", "tanaka", "yamamoto"]


def ordinary_messages():
    rng = random.Random(RNG_SEED)
    out = []
    seq = 0
    for template, count in PLAN:
        for _ in range(count):
            day = rng.choice(WORKDAYS)
            when = dt.datetime(2026, 3, day, rng.randint(8, 18), rng.randint(0, 59),
                               rng.randint(0, 59), tzinfo=JST)
            env, when, msg, _ = template(rng, when, seq)
            out.append((env, when, msg))
            seq += 1
    for issue, day in NEWS_EN:
        for i, rcpt in enumerate(SUBSCRIBERS_EN):
            when = dt.datetime(2026, 3, day, 6, 30, 5 + 3 * i, tzinfo=JST)
            env, when, msg, _ = newsletter_en(rcpt, issue, when, seq)
            out.append((env, when, msg))
    for issue, day in NEWS_JA:
        for i, rcpt in enumerate(SUBSCRIBERS_JA):
            when = dt.datetime(2026, 3, day, 7, 0, 12 + 2 * i, tzinfo=JST)
            env, when, msg, _ = newsletter_ja(rcpt, issue, when, seq)
            out.append((env, when, msg))
    return out


def decoy_messages():
    """(role, envelope, arrival, bytes, Message-ID) of the three decoys."""
    out = []
    # (a) the real CEO, same subject, about a meeting, from inside
    when = dt.datetime(2026, 3, 10, 8, 47, 20, tzinfo=JST)
    body = ("各位\n\n山田です。\n"
            "明日3月11日（水）の経営会議を、10時開始から14時開始に変更します。\n"
            "至急のお願いで申し訳ありませんが、各部の月次資料を本日17時までに\n"
            "佐々木さんへ提出してください。\n\n山田\n")
    bh, b = single_part("iso", None, body)
    env, when, msg, mid = internal_mail("yamada", ["suzuki", "kimura", "kato"], LURE_SUBJECT,
                                        when, bh, b, cc=["sasaki"], seq="decoy-a",
                                        extra=["X-Mailer: Microsoft Outlook 16.0"])
    out.append(("decoy-ceo-internal", env, when, msg, mid))
    # (b) a newsletter that says 至急
    when = dt.datetime(2026, 3, 10, 12, 0, 4, tzinfo=JST)
    items = ("■ 号外: 部品の納期遅延が広がっています\n"
             "大手メーカー各社が取引先に「至急のお願い」として在庫の確認を求めています。\n"
             "至急の発注が必要かどうか、まずは手元の在庫を確認しましょう。\n")
    env, when, msg, mid = newsletter_ja("ito", "電子部品ニュース 号外", when, "decoy-b", items=items,
                                        subject="【号外】電子部品ニュース 納期遅延の広がり")
    out.append(("decoy-newsletter", env, when, msg, mid))
    # (c) another optimum.net user, another client, English, unrelated
    sent = dt.datetime(2026, 3, 10, 14, 3, 51, tzinfo=EDT)
    arrived = (sent + dt.timedelta(seconds=3)).astimezone(JST)
    mid = f"<{int(sent.timestamp())}.{hexid('decoy-c')}@mta-12.optimum.net>"
    client = "198.51.100.77"
    text = ("Hello,\n\nI bought one of your HD-20 hobby controllers a few years ago and the\n"
            "cooling fan has started to rattle. Do you sell a replacement fan, or can you\n"
            "tell me the size so I can find one locally?\n\nThanks,\nJohn Smith\n")
    hdrs = [
        "Return-Path: <jsmith1970@optimum.net>",
        auth_results("optimum.net"),
        received("from omta-04.optimum.net", "(omta-04.optimum.net [192.0.2.44])",
                 "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))",
                 f"by {MX} (Postfix) with ESMTPS id {queue_id('mx', 'decoy-c')}",
                 f"for <{E['yoshida'].email}>;", received_date(arrived)),
        received("from mta-12.optimum.net ([192.0.2.22])", "by omta-04.optimum.net with ESMTP",
                 f"id {hexid('omta', 'decoy-c', n=14).lower()};",
                 received_date(sent + dt.timedelta(seconds=1))),
        received(f"from [{client}] (unknown [{client}])", "by mta-12.optimum.net with ESMTPSA",
                 f"id {hexid('mta', 'decoy-c')};", received_date(sent)),
        "X-Authenticated-Sender: jsmith1970@optimum.net",
        f"X-Originating-IP: [{client}]",
        header("From", mailbox("jsmith1970@optimum.net", "John Smith")),
        header("To", [E["yoshida"].email]),
        "Subject: Replacement fan for HD-20 controller",
        f"Date: {rfc_date(sent)}",
        f"Message-ID: {mid}",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="us-ascii"',
        "Content-Transfer-Encoding: 7bit",
    ]
    out.append(("decoy-other-optimum-user", "jsmith1970@optimum.net", arrived,
                build(hdrs, text_7bit(text)), mid))
    return out


def mbox_line_time(t):
    u = t.astimezone(dt.timezone.utc)
    return u.strftime("%a %b ") + f"{u.day:2d}" + u.strftime(" %H:%M:%S %Y")


def mbox_entry(envelope, when, message):
    """One mboxrd entry: LF line ends, `>`-quoting of every (quoted) From_ line."""
    lf = message.replace(b"\r\n", b"\n")
    quoted = re.sub(rb"(?m)^(>*From )", rb">\1", lf)
    return f"From {envelope} {mbox_line_time(when)}\n".encode("ascii") + quoted + b"\n"


def mailbox_entries():
    """(envelope sender, arrival time, message bytes, role) in arrival order."""
    entries = [(env, when, msg, "ordinary") for env, when, msg in ordinary_messages()]
    for role, env, when, msg, _mid in decoy_messages():
        entries.append((env, when, msg, role))
    for key in UNREPORTED:
        lure = LURES[key]
        entries.append((ATTACKER, lure.received, lure.bytes, "lure"))
    entries.sort(key=lambda e: (e[1], e[2]))
    return entries


def mailbox_mbox(entries):
    return b"".join(mbox_entry(env, when, msg) for env, when, msg, _ in entries)


# ---------------------------------------------------------------------------
# What an investigation must conclude

def expected_json(entries):
    index = {}
    for i, (_, _, msg, role) in enumerate(entries):
        mid = re.search(rb"(?mi)^Message-ID: (<[^>]+>)", msg).group(1).decode()
        index[mid] = (i, role)
    decoys = [{"message_id": mid, "kind": role, "mailbox_index": index[mid][0]}
              for role, _, _, _, mid in decoy_messages()]
    copies = []
    for key, *_ in LURE_PLAN:
        lure = LURES[key]
        entry = {"message_id": lure.message_id, "employee": lure.emp.email,
                 "to": [lure.emp.private, lure.emp.generated],
                 "from_name": lure.display_name, "date": lure.sent.isoformat()}
        if key in REPORTED:
            entry["reports"] = [f"reports/{f}" for f, k in REPORT_LURE.items() if k == key]
        else:
            entry["mailbox_index"] = index[lure.message_id][0]
        copies.append(entry)
    first = LURES[LURE_PLAN[0][0]].sent
    last = LURES[LURE_PLAN[-1][0]].sent
    data = {
        "organization": {"name": ORG_NAME, "domain": DOMAIN},
        "campaigns": 1,
        "campaign_label": "bec",
        "sender": ATTACKER,
        "sender_domain": "optimum.net",
        "sender_category": "freemail",
        "sender_display_names": sorted({l.display_name for l in LURES.values()}),
        "impersonated": CEO.email,
        "subject": LURE_SUBJECT,
        "origin_ip": ORIGIN_IP,
        "submitted_to": sorted({l.mta for l in LURES.values()}),
        "authentication": {"spf": "pass", "dkim": "pass", "dmarc": "pass"},
        "first_seen": first.isoformat(),
        "last_seen": last.isoformat(),
        "reported_copies": len(REPORTED),
        "duplicates": 1,
        "duplicate": {"report": "reports/report-1-again.eml", "same_as": "reports/report-1.eml",
                      "message_id": LURES["takada"].message_id},
        "mailbox_copies": len(UNREPORTED),
        "copies": copies,
        "reporters": sorted({E[k].email for k in REPORTED}),
        "targeted_employees": sorted(E[k].email for k in TARGETS),
        "generated": {E[k].generated: E[k].email for k in sorted(TARGETS, key=lambda k: E[k].generated)},
        "private": {E[k].private: {"employee": E[k].email,
                                   "listed": E[k].listed}
                    for k in sorted(TARGETS, key=lambda k: E[k].private)},
        "attacker_pattern": "{given_initial}{family}",
        "real_format": "{given}.{family}",
        "breaches": {
            "per_address": {E[k].private: sorted(v) for k, v in
                            sorted(BREACHED.items(), key=lambda kv: E[kv[0]].private)},
            "every_private_breached": True,
            "generated_breached": False,
            "common": [],
            "employer_in_breach": False,
        },
        "exposure": sorted(E[k].email for k, *_ in EXPOSURE),
        "iocs": {"email": [ATTACKER], "ipv4": [ORIGIN_IP],
                 "defanged": ["ejbjebduffy@optimum[.]net", "155[.]94[.]251[.]82"]},
        "decoys": [d["message_id"] for d in decoys],
        "decoy_details": decoys,
        "mailbox_messages": len(entries),
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------
# Verification: read everything back from disk

POLICY_CRLF = email.policy.default.clone(linesep="\r\n")
POLICY_LF = email.policy.default.clone(linesep="\n")
BREACH_FIELDS = ["Name", "Title", "Domain", "BreachDate", "AddedDate", "ModifiedDate",
                 "PwnCount", "Description", "DataClasses", "IsVerified", "IsFabricated",
                 "IsSensitive", "IsRetired", "IsSpamList", "IsMalware", "IsSubscriptionFree",
                 "IsStealerLog", "LogoPath"]


def check_message(raw, where, linesep, problems):
    """Parses raw with policy.default; returns the message. Records defects,
    over-long or non-ASCII header lines, and any difference after re-serialising."""
    nl = linesep.encode()
    head = raw.split(nl + nl, 1)[0]
    for line in head.split(nl):
        if len(line) > 78:
            problems.append(f"{where}: header line over 78 characters: {line[:40]!r}")
        if not line.isascii():
            problems.append(f"{where}: non-ASCII header line {line[:40]!r}")
    policy = POLICY_CRLF if linesep == "\r\n" else POLICY_LF
    msg = email.message_from_bytes(raw, policy=policy)
    for part in msg.walk():
        if part.defects:
            problems.append(f"{where}: defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"{where}: {name} defects {value.defects}")
        if part.get_content_maintype() == "text":
            try:
                part.get_content()
            except Exception as exc:  # decoding failure
                problems.append(f"{where}: cannot decode a {part.get_content_type()} part: {exc}")
    out = io.BytesIO()
    email.generator.BytesGenerator(out, policy=policy).flatten(msg)
    if out.getvalue() != raw:
        problems.append(f"{where}: does not round-trip through email.generator")
    return msg


def check_lure(msg, lure, where, problems):
    emp = lure.emp

    def expect(cond, text):
        if not cond:
            problems.append(f"{where}: {text}")

    expect(msg["Message-ID"] == lure.message_id, "Message-ID")
    expect(str(msg["Subject"]) == LURE_SUBJECT, f"subject {msg['Subject']!r}")
    frm = msg["From"].addresses[0]
    expect(frm.addr_spec == ATTACKER and frm.display_name == lure.display_name,
           f"From {frm!r}")
    to = [a.addr_spec for a in msg["To"].addresses]
    expect(to == [emp.private, emp.generated], f"To {to}")
    body = msg.get_content()
    expect(body.splitlines()[0] == lure.greeting, "greeting")
    expect("http" not in body and not msg.is_multipart(), "link or attachment in the lure")
    chain = msg.get_all("Received")
    expect(len(chain) == 3, "three Received fields")
    expect(f"by {MX} " in str(chain[0]), "top Received is the MX")
    expect(str(chain[-1]).startswith(f"from [{ORIGIN_IP}]") and "ESMTPSA" in str(chain[-1]),
           "first hop from the origin IP with ESMTPSA")
    expect(msg["X-Originating-IP"] == f"[{ORIGIN_IP}]", "X-Originating-IP")
    ar = " ".join(str(msg["Authentication-Results"]).split())
    expect(ar == f"{MX}; spf=pass smtp.mailfrom=optimum.net; dkim=pass header.d=optimum.net;"
                 " dmarc=pass header.from=optimum.net", f"Authentication-Results {ar}")


def read_mbox(raw):
    """mboxrd reader: From_ lines split, one level of >From quoting undone, the
    blank line that ends each entry dropped."""
    entries, current = [], None
    for line in raw.split(b"\n")[:-1]:
        if line.startswith(b"From "):
            if current is not None:
                entries.append(current)
            current = [line]
        else:
            current.append(re.sub(rb"^>(>*From )", rb"\1", line))
    entries.append(current)
    out = []
    for lines in entries:
        assert lines[-1] == b"", "entry not ended by a blank line"
        out.append((lines[0], b"\n".join(lines[1:-1]) + b"\n"))
    return out


def verify(files, entries):
    problems = []
    disk = {p: (HERE / p).read_bytes() for p in files}
    for p, data in files.items():
        if disk[p] != data:
            problems.append(f"{p}: differs on disk")

    # reports
    inner_by_file = {}
    outer_ids = set()
    for file, key, subject, *_ in REPORTS:
        path = "reports/" + file
        raw = disk[path]
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append(f"{path}: not CRLF throughout")
        msg = check_message(raw, path, "\r\n", problems)
        emp = E[key]
        if msg["From"].addresses[0].addr_spec != emp.email:
            problems.append(f"{path}: reporter")
        if [a.addr_spec for a in msg["To"].addresses] != [SECURITY]:
            problems.append(f"{path}: To")
        if str(msg["Subject"]) != subject:
            problems.append(f"{path}: subject")
        outer_ids.add(msg["Message-ID"])
        parts = list(msg.iter_parts())
        if [p.get_content_type() for p in parts] != ["text/plain", "message/rfc822"]:
            problems.append(f"{path}: parts {[p.get_content_type() for p in parts]}")
            continue
        if "\n" not in parts[0].get_content():
            problems.append(f"{path}: empty note")
        inner = parts[1].get_content()
        lure = LURES[REPORT_LURE[file]]
        check_lure(inner, lure, path + " (attached)", problems)
        if lure.bytes not in raw:
            problems.append(f"{path}: the attached lure is not byte-identical")
        inner_by_file[file] = inner["Message-ID"]
    if len(outer_ids) != len(REPORTS):
        problems.append("reports: outer Message-IDs not distinct")
    if inner_by_file.get("report-1.eml") != inner_by_file.get("report-1-again.eml"):
        problems.append("report-1-again does not wrap report-1's lure")
    if len(set(inner_by_file.values())) != len(REPORTED):
        problems.append("reports: the five reported copies are not distinct")

    # the seven copies
    ids = {l.message_id for l in LURES.values()}
    if len(ids) != 7:
        problems.append("lure Message-IDs not distinct")
    times = sorted(l.sent for l in LURES.values())
    if times[-1] - times[0] > dt.timedelta(minutes=30) or len({t.date() for t in times}) != 1:
        problems.append("lure dates not minutes apart on one day")

    # mailbox
    raw = disk["mailbox.mbox"]
    if b"\r" in raw:
        problems.append("mailbox.mbox: CR bytes")
    if len(raw) >= 1_500_000:
        problems.append(f"mailbox.mbox: {len(raw)} bytes")
    if not re.search(rb"(?m)^>From ", raw) or not re.search(rb"(?m)^>>From ", raw):
        problems.append("mailbox.mbox: no >From / >>From quoting exercised")
    mbox = read_mbox(raw)
    if len(mbox) != len(entries):
        problems.append(f"mailbox.mbox: {len(mbox)} entries, expected {len(entries)}")
    lure_ids, decoy_seen = [], {}
    decoys = {mid: role for role, _, _, _, mid in decoy_messages()}
    for i, ((from_line, msg_raw), (env, _, original, role)) in enumerate(zip(mbox, entries)):
        where = f"mailbox.mbox[{i}]"
        if not from_line.startswith(f"From {env} ".encode()):
            problems.append(f"{where}: From_ line {from_line!r}")
        if msg_raw != original.replace(b"\r\n", b"\n"):
            problems.append(f"{where}: does not read back as written")
        msg = check_message(msg_raw, where, "\n", problems)
        sender = msg["From"].addresses[0].addr_spec
        mid = msg["Message-ID"]
        if role == "lure":
            lure = next(l for l in LURES.values() if l.message_id == mid)
            check_lure(msg, lure, where, problems)
            lure_ids.append(mid)
        elif sender == ATTACKER or ORIGIN_IP.encode() in msg_raw:
            problems.append(f"{where}: attacker material outside the two copies")
        if mid in decoys:
            decoy_seen[decoys[mid]] = msg
    if sorted(lure_ids) != sorted(LURES[k].message_id for k in UNREPORTED):
        problems.append("mailbox.mbox: the two unreported copies")
    a = decoy_seen.get("decoy-ceo-internal")
    if not (a and str(a["Subject"]) == LURE_SUBJECT
            and a["From"].addresses[0].addr_spec == CEO.email):
        problems.append("decoy (a)")
    b = decoy_seen.get("decoy-newsletter")
    if not (b and "至急" in b.get_content()):
        problems.append("decoy (b)")
    c = decoy_seen.get("decoy-other-optimum-user")
    if not (c and c["From"].addresses[0].addr_spec == "jsmith1970@optimum.net"
            and ORIGIN_IP not in str(c["Received"])):
        problems.append("decoy (c)")
    if len({m["Message-ID"] for _, m in
            [(0, email.message_from_bytes(r, policy=POLICY_LF)) for _, r in mbox]}) != len(mbox):
        problems.append("mailbox.mbox: Message-IDs not distinct")

    # directory
    rows = list(csv.DictReader(io.StringIO(disk["employees.csv"].decode("utf-8"))))
    emails = {r["email"] for r in rows}
    if len(emails) != len(rows) or len(rows) != len(E):
        problems.append("employees.csv: rows")
    listed = {r["email"]: set(filter(None, r["personal_emails"].split(";"))) for r in rows}
    for k in TARGETS:
        e = E[k]
        if (e.private in listed[e.email]) != e.listed:
            problems.append(f"employees.csv: {e.private} listed={e.listed}")
        if e.generated in emails:
            problems.append(f"employees.csv: {e.generated} is real")
        # an unlisted address must still be recognisable from the name
        local = e.private.split("@")[0]
        family = e.family_latin.lower()
        skeleton = family[0] + "".join(c for c in family[1:] if c not in "aeiou")
        if not e.listed and not (e.given_latin.lower() in local
                                 and (family in local or skeleton in local)):
            problems.append(f"{e.private}: not recognisable from the name")
    if sum(E[k].listed for k in REPORTED) != 2 or [E[k].listed for k in UNREPORTED] != [True, False]:
        problems.append("listed/unlisted split")

    # breaches
    data = json.loads(disk["breaches.json"])
    private = {E[k].private for k in TARGETS}
    if set(data) != private:
        problems.append("breaches.json: keys are not the seven private addresses")
    members = {}
    for addr, records in data.items():
        if addr != addr.lower() or not records:
            problems.append(f"breaches.json: {addr}")
        for r in records:
            if list(r) != BREACH_FIELDS:
                problems.append(f"breaches.json: fields of {r.get('Name')}")
            if {"Employers", "Job titles"} & set(r["DataClasses"]):
                problems.append(f"breaches.json: {r['Name']} holds employers")
            members.setdefault(r["Name"], set()).add(addr)
            if r != BREACHES[r["Name"]]:
                problems.append(f"breaches.json: {r['Name']} differs between addresses")
    reported_private = {E[k].private for k in REPORTED}
    for name, who in members.items():
        if who >= private or who >= reported_private:
            problems.append(f"breaches.json: {name} holds every private address")

    # exposure
    lines = disk["exposure.csv"].decode("utf-8").splitlines()
    if lines[0] != "employee,platform,url,note":
        problems.append("exposure.csv: header")
    cells = [l.split(",") for l in lines[1:]]
    if any(len(c) != 4 or c[1] not in ("LinkedIn", "Wantedly") or not c[2].startswith("https://")
           for c in cells):
        problems.append("exposure.csv: cells")
    if sorted(c[0] for c in cells) != sorted(E[k].email for k in TARGETS):
        problems.append("exposure.csv: employees")

    # expected.json
    exp = json.loads(disk["expected.json"])
    if exp["targeted_employees"] != sorted(E[k].email for k in TARGETS):
        problems.append("expected.json: targeted_employees")
    if set(exp["generated"]) & (set(data) | emails) or len(exp["generated"]) != 7:
        problems.append("expected.json: generated")
    if set(exp["private"]) != private:
        problems.append("expected.json: private")
    if len(exp["decoys"]) != 3 or set(exp["decoys"]) & ids:
        problems.append("expected.json: decoys")
    if (exp["reported_copies"], exp["duplicates"], exp["mailbox_copies"]) != (5, 1, 2):
        problems.append("expected.json: counts")
    return problems


def all_files():
    files = {}
    files["org.yaml"] = org_yaml()
    files["employees.csv"] = employees_csv()
    for spec in REPORTS:
        files["reports/" + spec[0]] = report(*spec)
    entries = mailbox_entries()
    files["mailbox.mbox"] = mailbox_mbox(entries)
    files["breaches.json"] = breaches_json()
    files["exposure.csv"] = exposure_csv()
    files["expected.json"] = expected_json(entries)
    return files, entries


def main():
    files, entries = all_files()
    if "--check" in sys.argv:
        stale = [p for p, b in files.items() if not (HERE / p).exists()
                 or (HERE / p).read_bytes() != b]
        if stale:
            sys.exit("out of date: " + ", ".join(stale))
    else:
        for path, data in files.items():
            (HERE / path).parent.mkdir(parents=True, exist_ok=True)
            (HERE / path).write_bytes(data)
    problems = verify(files, entries)
    for p in problems:
        print("FAIL:", p)
    if problems:
        sys.exit(1)
    print(f"ok: {len(files)} files, {len(entries)} mailbox messages, "
          f"{len(files['mailbox.mbox'])} mbox bytes")


if __name__ == "__main__":
    main()
