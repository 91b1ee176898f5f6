"""BEC: CEO / executive fraud and gift-card requests."""
import common as CM
import company as C
import mimeparts as M
import routes as R
from local import msg, freemail, own_server, m365, ip
from message import jst

P = C.P
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ------------------------------------------------------------------ bec-01, bec-02: one campaign

CAMPAIGN_FROM = ("工藤 恭平", "jfkbwoodrow@nifty.com")
CAMPAIGN_IP = "203.0.113.158"
CAMPAIGN_HELO = "DESKTOP-7QK2MVR"


def campaign_text(family):
    return f"""{family}さん

お疲れ様です。工藤です。

今、社外で打ち合わせ中のため電話に出られません。
至急お願いしたい業務があります。

このメールを確認したら、すぐに返信してください。

工藤"""


for n, key, generated, when in ((1, "ishii", "sishii", jst(2026, 3, 3, 9, 12, 31)),
                                (2, "iwasaki", "tiwasaki", jst(2026, 3, 3, 9, 16, 5))):
    p = P(key)
    rcpt = f"{generated}@{C.DOMAIN}"
    seed = f"bec-0{n}"
    v = freemail(seed, when, rcpt, CAMPAIGN_FROM[1], CAMPAIGN_IP)
    v.route = R.isp("nifty", seed, when, rcpt, CAMPAIGN_IP, CAMPAIGN_HELO)
    add(msg(f"bec-0{n}-ceo-reply-only-nifty-private-and-generated-{key}-ja.eml", "bec", "ceo-fraud", "ja",
            f"President 工藤 恭平's name on an @nifty (ISP) mailbox, submitted from {CAMPAIGN_IP}; SPF/DKIM/DMARC "
            "pass for nifty.com. Reply-only first contact: no link, no attachment, no amount. Addressed to the "
            f"employee's PRIVATE address on file ({p.personal[0]}) and to a non-existent corporate address "
            f"built from the name as given-name initial + family name ({rcpt}; the real format is "
            f"{p.email}). bec-01 and bec-02 are one campaign: same sender, same client, same text, four "
            "minutes apart, two employees (the case study's pattern).",
            v, when=when, frm=CAMPAIGN_FROM, to=[(p.ja, p.personal[0]), (p.ja, rcpt)], rcpt=rcpt,
            subject="至急ご対応お願いします", body=CM.plain(campaign_text(p.family)),
            fields=[("X-Mailer", "Microsoft Outlook 16.0")]))

# ------------------------------------------------------------------ bec-03

hk_text = """Hannah,

I am writing to you directly because this needs to be handled from the US
side and kept strictly confidential until the announcement.

The board has approved the acquisition of a bonded warehouse operator in
Hong Kong. It will become part of Asanagi Logistics USA's transpacific
business, which is why the deposit is to be paid by your entity. The
seller's lawyers require the initial deposit today to hold exclusivity.

Amount: USD 286,400.00
Beneficiary: Lucky Harvest Trading Limited
Bank: Example Pacific Bank (Hong Kong) Limited
Account No.: 582-391047-001
SWIFT: EXPAHKHH
Reference: ASG-HK-DEP01

Please do not discuss this with Melissa, Robert or anyone at Carson
yet. They will be briefed by me personally next week; an early leak
would break the deal under the NDA. I am boarding shortly and will not
be reachable by phone, so send me the wire confirmation by email only.

Thank you for your discretion.

Kyohei Kudo
President and Representative Director
Asanagi Logistics Co., Ltd."""

when = jst(2026, 4, 8, 7, 50, 14)
lk = "asanagi-logistics.example"
add(msg("bec-03-ceo-lookalike-logistics-replyto-outlook-hk-wire-en.eml", "bec", "ceo-fraud", "en",
        "The Japanese parent's president, in romaji, on the look-alike asanagi-logistics.example (the "
        "company word spelled out) to the US subsidiary's accounts-payable specialist; Reply-To an "
        "outlook.com address. Confidential Hong Kong acquisition, USD 286,400 deposit 'today', 'do not "
        "discuss with Melissa, Robert' (her controller and the US president), 'boarding, email only'. The look-alike has its own server: SPF and DKIM pass for it, "
        "DMARC pass (p=none). Sent at 07:50 JST (15:50 in California) from a VPS.",
        own_server("bec-03", when, P("cole").email, "kyohei.kudo@" + lk, "mail." + lk, "198.51.100.36",
                   client=(None, ip("bec-03"), "[" + ip("bec-03") + "]"), selector="mail"),
        when=when, frm=("Kyohei Kudo", "kyohei.kudo@" + lk), to=[P("cole").en_addr()],
        reply_to=[("Kyohei Kudo", "kyohei.kudo.office@outlook.com")],
        subject="Confidential - HK acquisition deposit", body=CM.plain(hk_text, "US-ASCII"),
        fields=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-Priority", "1 (Highest)"), ("Importance", "High")],
        accounts=["582-391047-001"]))

# ------------------------------------------------------------------ bec-04

cfo_text = """久保さん

お疲れさまです。遠藤です。

現在、社長と私で進めている資本提携の案件があり、本日中に手付金を
送金する必要が出てきました。まだ公表前の案件のため、前田部長を含め
社内には一切口外しないでください。稟議とワークフローは、クロージング後に
私が起票します。

　送金額　：３８，５００，０００円
　振込先　：しらさぎ銀行　新宿西口支店
　口座種別：普通
　口座番号：３９２０５８４
　口座名義：カ）エーエムキャピタルパートナーズ

１４時までに手続きを済ませ、完了したら振込受付の画面を
このメールへの返信で送ってください。
今日は終日、先方との協議で電話に出られませんので、連絡はすべて
メールでお願いします。

遠藤 誠"""

when = jst(2026, 5, 20, 10, 7, 48)
lk = "asanagl-logi.example"
add(msg("bec-04-cfo-lookalike-l-for-i-secret-capital-alliance-fullwidth-ja.eml", "bec", "ceo-fraud", "ja",
        "CFO 遠藤 誠's name on the look-alike asanagl-logi.example (l for i) to the treasury staff: a "
        "confidential capital alliance, 38.5 M yen 'by 14:00 today' to a 普通 account written in full-width "
        "digits, 'tell no one, not even the head of accounting', the approval 'after closing', email only. "
        "SPF pass for the look-alike, no DKIM, no DMARC record; sent by a script on a VPS.",
        own_server("bec-04", when, P("kubo").email, "endo.makoto@" + lk, "mx." + lk, "203.0.113.87",
                   auth=R.Auth("pass", "endo.makoto@" + lk, "none", None, "none", lk, None)),
        when=when, frm=P("endo").ja_addr()[:1] + ("endo.makoto@" + lk,), to=[P("kubo").ja_addr()],
        subject="【極秘】本日中の送金について", body=CM.plain(cfo_text),
        accounts=["3920584"]))

# ------------------------------------------------------------------ bec-05

line_text = """中野さん

お疲れ様です。
今、手は空いていますか？

新しいプロジェクトのためにLINEグループを作成してください。
メンバーはまだ追加しないで、グループのQRコードをスクリーンショットで
このメールに送ってください。

この件は内密に進めたいので、他の人には話さないでください。

工藤

iPhoneから送信"""

when = jst(2026, 5, 11, 10, 3, 27)
v = freemail("bec-05", when, P("nakano").email, "kudo.kyohei0627@icloud.com")
add(msg("bec-05-ceo-icloud-line-group-qr-secretary-ja.eml", "bec", "ceo-fraud", "ja",
        "The president's name (no space, 工藤恭平) on an iCloud address, to his secretary's corporate "
        "mailbox: create a LINE group, add nobody, send back the QR code, 'keep it secret'. No money yet: "
        "moving the conversation to LINE is the goal. iCloud passes SPF/DKIM/DMARC for icloud.com. UTF-8 "
        "quoted-printable, Apple Mail header order, iPhone signature.",
        v, when=when, frm=("工藤恭平", "kudo.kyohei0627@icloud.com"), to=[P("nakano").ja_addr()],
        subject="お疲れ様です", hcs=("UTF-8", "B"),
        body=CM.plain(line_text, "UTF-8", "quoted-printable"),
        fields=[("X-Mailer", "iPhone Mail (22E252)")]))

# ------------------------------------------------------------------ bec-06

wa_text = """Kevin,

Are you available? I'm tied up in back-to-back meetings with the port
people and can't take calls right now. I need you to handle something for
me quickly and discreetly.

Send me your cell number so we can continue on WhatsApp.

Robert Delgado
Sent from my iPhone"""

when = jst(2026, 4, 28, 0, 12, 9)
addr = "rob.delgado.asanagi@gmail.com"
v = freemail("bec-06", when, P("nguyen").email, addr)
add(msg("bec-06-us-president-gmail-whatsapp-handoff-en.eml", "bec", "ceo-fraud", "en",
        "The US president's name on a Gmail address (company name in the local part) to the operations "
        "manager: 'are you available', can't take calls, 'quickly and discreetly', asks for the cell number "
        "to continue on WhatsApp. No request yet. Gmail passes SPF/DKIM/DMARC for gmail.com; Gmail header "
        "order, 'Sent from my iPhone'.",
        v, when=when, date_tz=R.PDT, frm=P("delgado").en_addr()[:1] + (addr,), to=[P("nguyen").en_addr()],
        subject="Quick task", body=M.alt(CM.plain(wa_text, "UTF-8", "7bit"),
                                        CM.html(CM.simple_html(wa_text, "Arial, sans-serif", "small"),
                                                "UTF-8", "quoted-printable"))))

# ------------------------------------------------------------------ bec-07

tg_text = """Dear Melissa,

I hope you are well. I need your help with a sensitive matter that the
board has asked me to handle personally.

We are negotiating the buyout of the Carson facility lease from the
landlord's holding company before it goes to auction. Because the price is
not yet public and Robert is a party to the lease discussions, I must ask
you to keep this between the two of us for now.

For security our legal team is using Telegram for all communication on
this deal. Please install Telegram on your phone and message me at
@yuki_oshima_asg as soon as you receive this. I will give you the
payment instructions there; the first transfer is needed before end of
business tomorrow (Pacific time).

Please reply to confirm you have read this.

Best regards,
Yuki Oshima
Executive Vice President
Asanagi Logistics Co., Ltd."""

when = jst(2026, 6, 2, 1, 37, 55)
lk = "asanagilogi.example"
add(msg("bec-07-vp-lookalike-nohyphen-m365-telegram-lease-buyout-en.eml", "bec", "ceo-fraud", "en",
        "The parent's vice-president on the look-alike asanagilogi.example (hyphen dropped), hosted on an "
        "Exchange Online tenant (SPF/DKIM/DMARC pass for the look-alike), to the US controller: secret lease "
        "buyout, 'Robert is a party', move to Telegram (@handle given), payment instructions promised there, "
        "first transfer 'before end of business tomorrow'.",
        m365("bec-07", when, P("grant").email, "yuki.oshima@" + lk, "NAM"),
        when=when, date_tz=R.PDT, frm=("Yuki Oshima", "yuki.oshima@" + lk), to=[P("grant").en_addr()],
        subject="Sensitive - Carson lease", body=CM.plain(tg_text, "US-ASCII"),
        fields=[("Thread-Topic", "Sensitive - Carson lease"), ("Thread-Index", CM.thread_index("bec-07")),
                ("Content-Language", "en-US")]))

# ------------------------------------------------------------------ bec-32

apple_text = """中野さん

お疲れ様です。工藤です。
取引先へのお礼で、急ぎAppleギフトカードを用意してほしいです。

・Apple Gift Card　10,000円分 × 10枚
・近くのコンビニで購入してください（立替分は経費で精算します）

購入したら、カード裏面のコードを削って、写真を撮ってこのメールに
送ってください。先方と会食中のため、電話には出られません。

今日中にお願いします。

工藤"""

when = jst(2026, 6, 5, 18, 40, 2)
addr = "kudo.kyohei-asg@ocn.ne.jp"
rc = P("nakano").personal[0]
v = freemail("bec-32", when, P("nakano").email, addr, "198.51.100.164")
add(msg("bec-32-giftcard-president-ocn-apple-cards-secretary-private-ja.eml", "bec", "gift-card", "ja",
        "The president's name on an OCN (ISP) mailbox, on a Friday evening, to his secretary's corporate "
        "address and her PRIVATE iCloud address on file: buy ten 10,000-yen Apple Gift Cards at a "
        "convenience store, scratch the codes and send photos, 'at a dinner, can't take calls', 'today'. "
        "SPF/DKIM/DMARC pass for ocn.ne.jp; submitted from 198.51.100.164.",
        v, when=when, frm=("工藤 恭平", addr), to=[P("nakano").ja_addr(), (P("nakano").ja, rc)],
        subject="お願い", body=CM.plain(apple_text)))

# ------------------------------------------------------------------ bec-33

amz_text = """Hi Olivia,

I want to surprise the Carson warehouse crew for hitting the April safety
record before the long weekend. Can you pick up Amazon gift cards today -
20 cards at $200 each? Target, Walgreens or CVS near the office should
have them. Keep it between us for now, I'd like to announce it myself
on Tuesday.

Once you have them, scratch off the backs and email me clear photos of
the codes so I can load them into the thank-you cards. I'm in meetings
all afternoon so email is best. You'll be reimbursed through my card.

Thanks,
Rob"""

when = jst(2026, 5, 23, 2, 26, 40)
addr = "robert.delgado.usa@gmail.com"
v = freemail("bec-33", when, P("brooks").email, addr)
add(msg("bec-33-giftcard-us-president-gmail-amazon-assistant-en.eml", "bec", "gift-card", "en",
        "The US president's name on another Gmail address, Friday before Memorial Day weekend, to his "
        "executive assistant: twenty $200 Amazon gift cards 'today', keep it quiet, email photos of the "
        "scratched codes, 'in meetings, email is best', reimbursement promised. Gmail passes SPF/DKIM/DMARC "
        "for gmail.com.",
        v, when=when, date_tz=R.PDT, frm=("Robert Delgado", addr), to=[P("brooks").en_addr()],
        subject="Small favor before the long weekend", body=CM.plain(amz_text, "UTF-8", "7bit")))

# ------------------------------------------------------------------ bec-34

gp_text = """原田さん

お疲れさまです。東海林です。

明日の荷主さん向けキャンペーンの景品として、Google Play ギフトカードが
必要になりました。本日中に以下を用意してもらえますか。

　Google Play ギフトカード　5,000円 × 20枚（合計10万円）

コンビニで買えると思います。購入したら、カードの裏のコードが
見えるように写真を撮って、このアドレスに返信で送ってください。
レシートは後日精算しますので保管しておいてください。

外出中でメールしか見られないので、よろしくお願いします。

東海林"""

when = jst(2026, 4, 16, 14, 2, 18)
addr = "shouji.kengo.asg@gmail.com"
v = freemail("bec-34", when, P("harada").email, addr)
add(msg("bec-34-giftcard-managing-director-gmail-shouji-google-play-ja.eml", "bec", "gift-card", "ja",
        "The managing director 東海林 健吾's name on a Gmail address whose local part spells the family "
        "name 'shouji' (the directory has Shoji), to a sales manager in his division: twenty 5,000-yen Google "
        "Play cards 'today' as campaign prizes, photos of the codes by reply, 'out of office, email only'. "
        "UTF-8 base64, Gmail passes SPF/DKIM/DMARC for gmail.com.",
        v, when=when, frm=("東海林 健吾", addr), to=[P("harada").ja_addr()], hcs=("UTF-8", "B"),
        subject="至急のお願い（景品の件）",
        body=M.alt(CM.plain(gp_text, "UTF-8", "base64"),
                   CM.html(CM.simple_html(gp_text, "arial, sans-serif", "small"), "UTF-8", "quoted-printable"))))
