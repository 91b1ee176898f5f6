"""BEC messages (label bec) — part 1: case-study pattern, CEO fraud, gift cards."""
import hops as H
from build import Spec, jst, auth, aligned, mid_gmail, mid_outlook, mid_yahoo, mid_generic
from mime import Text, Multi
from org import P

CASE_FROM = ("佐々木 隆之", "ssk.tkyk2025@nifty.com")
CASE_IP = "23.94.187.61"

CASE_BODY = """{name}さん

お疲れ様です。佐々木です。
今、社内にいらっしゃいますか。
少しお願いしたい件があります。
お手数ですが、このメールに返信をください。

佐々木 隆之
"""


def _case_nifty(file, key, generated, pattern, when):
    p = P(key)
    seed = file
    return Spec(
        file, "bec", "ceo-fraud-case", "ja",
        f"Case-study replica (campaign A, same sender and origin IP as the other campaign-A copy). "
        f"CEO {P('sasaki').kanji}'s kanji name on an ISP mailbox (nifty.com), SPF/DKIM/DMARC pass for nifty.com. "
        f"Sent to {p.kanji}'s private address {p.personal[0]} and to the non-existent corporate address "
        f"{generated} (pattern {pattern}; the real address is {p.email}). Reply-only lure, no link or attachment. "
        f"Origin IP {CASE_IP} in the ISP submission hop.",
        when=when, frm=CASE_FROM,
        to=[(p.kanji, p.personal[0]), ("", generated)], rcpt=generated,
        subject="【確認】",
        body=Text(CASE_BODY.format(name=p.family)),
        provider=H.isp("nifty", seed, when, generated, CASE_IP, helo="DESKTOP-4RQ8T2M"),
        auth=aligned("nifty.com"),
        mid=mid_generic(seed, when, "nifty.com"))


def _case_copies():
    return [
        _case_nifty("bec-01-case-nifty-kobayashi-ja.eml", "kobayashi", "dkobayashi@example.net",
                    "{given_initial}{family}", jst(2025, 6, 10, 9, 12, 41)),
        _case_nifty("bec-02-case-nifty-inoue-ja.eml", "inoue", "sinoue@example.net",
                    "{given_initial}{family}", jst(2025, 6, 10, 9, 15, 3)),
    ]


def _case_ocn():
    f = "bec-03-case-ocn-yamaguchi-ja.eml"
    p = P("yamaguchi")
    when = jst(2025, 6, 12, 22, 47, 18)
    gen = "hina.yamaguchi@example.net"
    body = """山口様

お世話になっております。代表の佐々木です。
急ぎでご相談したいことがございます。
本件はまだ社内でも公表前の内容ですので、ほかの方には共有しないでください。

ご都合がよろしければ、こちらのアドレスにご返信ください。
よろしくお願いいたします。

佐々木
"""
    return Spec(
        f, "bec", "ceo-fraud-case", "ja",
        "Case-study pattern, second campaign. CEO's name in romaji ('Takayuki Sasaki') on an OCN "
        "mailbox (ocn.ne.jp; relay in ocn.ad.jp), auth passes for ocn.ne.jp. Recipients: the employee's "
        f"private address {p.personal[0]} and the non-existent {gen} (pattern {{given}}.{{family}}, "
        f"i.e. the real format reversed; real address {p.email}). Subject and body UTF-8, subject in Q encoding, body base64.",
        when=when, frm=("Takayuki Sasaki", "t-sasaki7741@ocn.ne.jp"),
        to=[("山口 陽菜", p.personal[0]), ("山口 陽菜", gen)], rcpt=gen,
        subject="ご相談（至急）", hcs=("UTF-8", "Q"),
        body=Text(body, charset="UTF-8", cte="base64"),
        provider=H.isp("ocn", f, when, gen, "45.137.21.9"),
        auth=aligned("ocn.ne.jp"),
        extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.11.0")],
        mid=mid_generic(f, when, "ocn.ne.jp"))


def _availability_en():
    f = "bec-04-ceo-availability-gmail-en.eml"
    when = jst(2025, 6, 16, 8, 3, 55)
    rc = P("matsumoto")
    text = """Shota,

Are you at your desk? I need you to take care of something for me today, and it has to stay between us for now.

I'm in meetings back to back and can only do email. Reply here as soon as you see this.

Takayuki Sasaki
Sent from my iPhone
"""
    html = ('<div dir="ltr">Shota,<div><br></div><div>Are you at your desk? I need you to take care of something '
            'for me today, and it has to stay between us for now.</div><div><br></div><div>I\'m in meetings back '
            'to back and can only do email. Reply here as soon as you see this.</div><div><br></div>'
            '<div>Takayuki Sasaki<br>Sent from my iPhone</div></div>\n')
    return Spec(
        f, "bec", "ceo-fraud", "en",
        "Availability probe. Display name 'Takayuki Sasaki CEO' (name + title) on a gmail.com address; "
        "auth passes for gmail.com. Secrecy and 'email only'. No link, no attachment.",
        when=when, frm=("Takayuki Sasaki CEO", "ceo.takayuki.sasaki@gmail.com"),
        to=[("", rc.email)], subject="Quick task",
        body=Multi("alternative", [Text(text, charset="UTF-8", cte="7bit"),
                                   Text(html, "html", charset="UTF-8", cte="7bit")]),
        provider=H.gmail(f, when, rc.email), auth=aligned("gmail.com"),
        mid=mid_gmail(f))


def _giftcard_ja():
    f = "bec-05-giftcard-outlookjp-ja.eml"
    when = jst(2025, 6, 18, 17, 41, 9)
    rc = P("goto")
    text = """後藤さん

お疲れさまです。
これから取引先との会食に入るので、しばらく電話に出られません。
お世話になっている方々へのお礼として、Amazonギフトカードを用意したいので、
近くのコンビニで5万円分（1万円×5枚）購入してもらえますか。

購入したら、カード裏面のコードが見えるように写真を撮って、このメールに返信で送ってください。
立替分は明日精算します。
サプライズにしたいので、会社のほかの人にはまだ言わないでください。

社長
"""
    return Spec(
        f, "bec", "gift-card", "ja",
        "Gift-card fraud. Display name '社長 佐々木' (title + family name) on outlook.jp; auth passes for "
        "outlook.jp. Targets the CEO's secretary. Body UTF-8 quoted-printable; header encoded-words UTF-8 B.",
        when=when, frm=("社長 佐々木", "sasaki_president@outlook.jp"),
        to=[(rc.kanji, rc.email)], subject="至急お願いできますか", hcs=("UTF-8", "B"),
        body=Text(text, charset="UTF-8", cte="quoted-printable"),
        provider=H.outlook(f, when, rc.email), auth=aligned("outlook.jp"),
        extra=[("X-MS-Exchange-Organization-SCL", "1")],
        mid=mid_outlook(f))


def _giftcard_en():
    f = "bec-06-giftcard-followup-yahoojp-en.eml"
    when = jst(2025, 6, 17, 10, 21, 37)
    rc = P("maeda")
    text = """Thanks Yuto.

Get 6 Apple Gift Cards, $200 each (or the same amount in yen). Scratch the back to reveal the codes, take clear pictures and send them to me here. I will reimburse you before the end of the day.

How soon can you get this done?

Sasaki

----- Original Message -----
From: Maeda Yuto <maeda.yuto@example.net>
Date: 2025/6/17 10:02
Subject: Re: Request

> Yes, I'm available. What do you need?
>
>> Are you available? I need a favor.
"""
    return Spec(
        f, "bec", "gift-card", "en",
        "Gift-card request, second message of a thread (Re:, In-Reply-To, quoted earlier exchange). "
        "Romaji display name in Japanese order 'Sasaki Takayuki' on yahoo.co.jp, auth passes for yahoo.co.jp; "
        "client IP in the Yahoo JAPAN web hop. English lure sent to a Japanese company.",
        when=when, frm=("Sasaki Takayuki", "sasaki.takayuki.jp@yahoo.co.jp"),
        to=[("Maeda Yuto", rc.email)], subject="Re: Request",
        body=Text(text, charset="UTF-8", cte="7bit"),
        provider=H.yahoojp(f, when, rc.email, "102.89.44.17"), auth=aligned("yahoo.co.jp"),
        extra=[("In-Reply-To", f"<{mid_generic('bec06-prev', when, 'example.net')}>")],
        mid=mid_yahoo(f))


def messages():
    from msgs_bec2 import messages as more
    return _case_copies() + [_case_ocn(), _availability_en(), _giftcard_ja(), _giftcard_en()] + more()
