"""BEC: executive impersonation (ceo-fraud) and gift-card requests."""
import banking as B
import company as C
import mimeparts as M
import routes as R
from common import *
from message import Msg, jst

D = C.DOMAIN


def bec01():
    f = "bec-01-ceo-reply-only-nifty-generated-ja.eml"
    t = jst(2025, 10, 14, 8, 41, 12)
    k = P("komatsu")
    frm = ("森田 健一", "kmorita.office@nifty.com")
    body = plain(
        "小松さん\n"
        "\n"
        "お疲れ様です。森田です。\n"
        "今、社内にいますか。\n"
        "急ぎでお願いしたい案件があります。\n"
        "このメールに直接返信してください。\n"
        "\n"
        "森田\n")
    return Msg(f, "bec", "ceo-fraud", "ja",
               "Case-study pattern. CEO 森田 健一's kanji name on an @nifty mailbox (SPF/DKIM/DMARC pass "
               "for nifty.com). Addressed to 小松 大介's private Gmail address (on file) and to the "
               "non-existent corporate address dkomatsu@wakaba-chem.example ({given_initial}{family}; the real "
               "address is daisuke.komatsu@); the copy reached the MX for the real address, which was "
               "Bcc'd. Reply-only lure: no link, no attachment, no amount. Submitted with ESMTPA from "
               "a Windows PC at 198.51.100.57.",
               when=t, frm=frm,
               to=[("", "dkomatsu@" + D), ("小松 大介", k.personal[0])],
               subject="お願い", body=body,
               route=R.isp("nifty", f, t, k.email, "198.51.100.57"),
               auth=R.aligned("nifty.com", "kmorita.office@nifty.com"),
               mid=mid_outlook_desktop(f, "nifty.com"), rcpt=k.email,
               fields=[("X-Mailer", "Microsoft Outlook 16.0")], style="outlook")


def bec02():
    f = "bec-02-ceo-line-group-qr-gmail-ja.eml"
    t = jst(2025, 10, 21, 13, 6, 40)
    y = P("yamamoto")
    text = ("山本さん\n"
            "\n"
            "お疲れ様です。\n"
            "現在、取引先との打ち合わせ中で電話に出られない状況です。\n"
            "業務連絡用にLINEのグループを作成してください。\n"
            "作成後、グループのQRコードをこのメールに添付して返信をお願いします。\n"
            "\n"
            "グループは山本さんと私の二人だけにして、他の社員は招待しないでください。\n"
            "詳細はグループでお伝えします。\n"
            "\n"
            "よろしくお願いします。\n"
            "\n"
            "森田健一\n")
    body = M.alt(plain(text, "UTF-8", "base64"), html(simple_html(text, "arial, sans-serif", "small"), cte="base64"))
    return Msg(f, "bec", "ceo-fraud", "ja",
               "CEO's name (森田健一, no space) on a Gmail address; SPF/DKIM/DMARC pass for gmail.com. "
               "Asks an accounts-payable clerk to create a private LINE group and send its QR code "
               "(chat move), says he cannot take calls, keep it between the two of them. UTF-8 base64, "
               "text and HTML.",
               when=t, frm=("森田健一", "morita.kenichi.ceo@gmail.com"), to=[y.ja_addr()],
               subject="至急", body=body, hcs=("UTF-8", "B"),
               route=R.gmail(f, t, y.email), auth=R.aligned("gmail.com", "morita.kenichi.ceo@gmail.com"),
               mid=mid_gmail(f), style="gmail")


def bec03():
    f = "bec-03-ceo-wire-balance-outlook-replyto-en.eml"
    t = jst(2025, 10, 23, 23, 18, 5)  # 09:18 in Houston
    b = P("brooks")
    text = ("Daniel,\n"
            "\n"
            "Are you in the office today? I am about to go into a closed-door session with our advisors "
            "and won't be able to take calls for the rest of the day.\n"
            "\n"
            "I need you to handle an outgoing wire for me before the cut-off this afternoon. It relates to "
            "an acquisition we have not announced yet, so please do not discuss it with anyone in Houston "
            "or Kawasaki until I make the announcement next week. Mariko is aware.\n"
            "\n"
            "Reply with the available balance on the operating account and how soon you can release a "
            "same-day wire, and I will send you the beneficiary details.\n"
            "\n"
            "Regards,\n"
            "Kenichi Morita\n"
            "President & CEO\n"
            "Wakaba Chemical Industries Co., Ltd.\n"
            "\n"
            "Sent from Outlook for iOS\n")
    body = M.alt(plain(text, "UTF-8", "quoted-printable"),
                 html(simple_html(text, "Aptos, Arial, sans-serif", "12pt")))
    return Msg(f, "bec", "ceo-fraud", "en",
               "CEO's romaji name on an outlook.com address (authenticated for outlook.com) with a "
               "Reply-To on a different free-mail address (gmail.com). Confidential acquisition, "
               "same-day wire, asks for the account balance first, 'do not discuss', 'Mariko (CFO) is "
               "aware'. Sent to the US controller.",
               when=t, frm=("Kenichi Morita", "kenichi.morita.wci@outlook.com"), to=[b.en_addr()],
               reply_to=[("Kenichi Morita", "ceo.kmorita.office@gmail.com")],
               subject="Confidential request", body=body, hcs=("UTF-8", "Q"),
               route=R.outlook_consumer(f, t, b.email, "NAM"),
               auth=R.aligned("outlook.com", "kenichi.morita.wci@outlook.com"),
               mid=mid_outlook_consumer(f, "NAM"), style="outlook", date_tz=R.CDT,
               fields=[("Thread-Topic", "Confidential request"), ("Thread-Index", thread_index(f)),
                       ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                       ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])


def bec04():
    f = "bec-04-cfo-lookalike-rn-transfer-sjis-ja.eml"
    t = jst(2025, 10, 28, 10, 2, 51)
    fu = P("fujii")
    look = "wakaba-chern.example"
    acct = "5520916"
    text = ("藤井さん\n"
            "\n"
            "お疲れ様です。高木です。\n"
            "\n"
            "森田社長から指示のあった件です。\n"
            "シンガポールの販売代理店との独占契約に係る契約保証金を、本日15時までに送金する必要があります。\n"
            "本件は取締役会の承認前のため社内には未公表です。部内でも他言無用でお願いします。\n"
            "\n"
            "送金先：\n"
            "　銀行名　　：東京あけぼの銀行\n"
            "　支店名　　：丸の内中央支店（支店番号　" + B.fullwidth("308") + "）\n"
            "　口座種別　：普通\n"
            "　口座番号　：" + B.fullwidth(acct) + "\n"
            "　口座名義　：カ）エーピーアイトレーディング\n"
            "　金額　　　：" + B.fullwidth("18") + "，" + B.fullwidth("600") + "，" + B.fullwidth("000") + "円\n"
            "\n"
            "振込手続きが完了したら、振込受付書をPDFでこのメールに返信してください。\n"
            "承認稟議は来週私が事後で回します。\n"
            "会議中のため電話には出られません。メールでお願いします。\n"
            "\n"
            "高木\n")
    return Msg(f, "bec", "ceo-fraud", "ja",
               "CFO 高木 真理子 on the look-alike domain wakaba-chern.example ('rn' for 'm' in "
               "wakaba-chem.example), with the CEO on the same look-alike in Cc. SPF passes for the "
               "look-alike, no DKIM, no DMARC record. Same-day transfer of 18,600,000 JPY to a new "
               "account (full-width digits), secrecy, approval afterwards, no phone. Shift_JIS, 8bit.",
               when=t, frm=("高木 真理子", "mariko.takagi@" + look), to=[fu.ja_addr()],
               cc=[("森田 健一", "kenichi.morita@" + look)],
               subject="【至急】本日中の送金について", body=plain(text, "Shift_JIS", "8bit"),
               hcs=("Shift_JIS", "B"),
               route=R.server(f, t, fu.email, "mail." + look, "203.0.113.45",
                              client=(None, "198.51.100.203", "DESKTOP-8K2QF1M"), how="ESMTPSA"),
               auth=R.Auth("pass", "mariko.takagi@" + look, "none", None, "none", look, p=None),
               mid=mid_outlook_desktop(f, look), accounts=[acct],
               fields=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-Priority", "1")], style="outlook")


def bec05():
    f = "bec-05-ceo-hongkong-deposit-icloud-en.eml"
    t = jst(2025, 11, 5, 1, 27, 33)  # 10:27 CST the previous day
    e = P("carter")
    text = ("Emily,\n"
            "\n"
            "I need a favour handled quietly today. We are finalising a sample-supply deal with a "
            "distributor in Hong Kong and they need a deposit before they will ship the trial lot to "
            "Houston. Please don't copy Daniel on this for now; I'll explain it to him myself when I'm "
            "back.\n"
            "\n"
            "Can you coordinate the payment from your side this afternoon? Let me know you got this and I "
            "will send you their invoice and bank details.\n"
            "\n"
            "Kenichi\n"
            "\n"
            "Sent from my iPhone\n")
    return Msg(f, "bec", "ceo-fraud", "en",
               "CEO's name on an iCloud address (authenticated for icloud.com). Asks a sales manager "
               "(not finance) to arrange a deposit to a Hong Kong distributor, keep the controller out "
               "of it, bank details to follow. Apple Mail on iPhone, no link, no attachment.",
               when=t, frm=("Kenichi Morita", "kenichi.morita.jp@icloud.com"), to=[e.en_addr()],
               subject="Favour", body=plain(text, "us-ascii".upper(), "7bit"),
               route=R.icloud(f, t, e.email), auth=R.aligned("icloud.com", "kenichi.morita.jp@icloud.com", "quarantine"),
               mid=mid_apple(f), style="apple", date_tz=R.CST,
               fields=[("X-Mailer", "iPhone Mail (22F76)")])


# ---------------------------------------------------------------- gift cards

def bec31():
    f = "bec-31-giftcard-apple-ocn-secretary-ja.eml"
    t = jst(2025, 11, 12, 9, 15, 2)
    o = P("ota")
    text = ("太田さん\n"
            "\n"
            "お疲れ様です。\n"
            "取引先の方へのお礼として、Appleギフトカードを用意してほしいです。\n"
            "1万円分を10枚、近くのコンビニで購入できますか。\n"
            "領収書は後で経理に回すので、立替でお願いします。\n"
            "\n"
            "購入したら、カード裏面のスクラッチを削って、番号が見えるように写真を撮って\n"
            "このメールに返信してください。\n"
            "今日は会議が続くので電話には出られません。\n"
            "\n"
            "森田\n")
    return Msg(f, "bec", "gift-card", "ja",
               "CEO's name on an OCN mailbox (authenticated for ocn.ne.jp) to the CEO's secretary: buy "
               "ten 10,000-yen Apple gift cards at a convenience store, pay in advance, send photos of "
               "the scratched codes; no calls. Also sent to the non-existent s.ota@wakaba-chem.example "
               "({given_initial}.{family}). ISO-2022-JP.",
               when=t, frm=("森田 健一", "k-morita.wk@ocn.ne.jp"), to=[o.ja_addr(), ("", "s.ota@" + D)],
               subject="ご依頼", body=plain(text),
               route=R.isp("ocn", f, t, o.email, "203.0.113.88", helo="[10.0.1.5]"),
               auth=R.aligned("ocn.ne.jp", "k-morita.wk@ocn.ne.jp"),
               mid=mid_outlook_desktop(f, "ocn.ne.jp"), fields=[("X-Mailer", "Microsoft Outlook 16.0")],
               style="outlook")


def bec32():
    f = "bec-32-giftcard-google-play-gmail-en.eml"
    t = jst(2025, 11, 13, 2, 4, 19)  # 11:04 CST on the 12th
    e = P("carter")
    text = ("Hi Emily,\n"
            "\n"
            "I need a quick favor. I want to surprise some of our key customer contacts with gift cards as "
            "a thank you for this year's business, and it needs to be done today before my 4 pm call.\n"
            "\n"
            "Can you get 8 Google Play gift cards, $200 each, from the nearest Walgreens or CVS? You will "
            "be reimbursed this week.\n"
            "\n"
            "Once you have them, scratch the back, take a clear picture of each card showing the code and "
            "email them to me. Keep it between us for now, it's a surprise.\n"
            "\n"
            "Thanks,\n"
            "Kenichi\n")
    body = M.alt(plain(text, "UTF-8", "quoted-printable"), html(simple_html(text, "arial, sans-serif", "small")))
    return Msg(f, "bec", "gift-card", "en",
               "CEO's romaji name on Gmail (authenticated for gmail.com): eight $200 Google Play cards "
               "'as a thank-you to customers', photos of the codes by email, keep it a secret.",
               when=t, frm=("Kenichi Morita", "kenichimorita.office@gmail.com"), to=[e.en_addr()],
               subject="Quick favor", body=body, hcs=("UTF-8", "B"),
               route=R.gmail(f, t, e.email), auth=R.aligned("gmail.com", "kenichimorita.office@gmail.com"),
               mid=mid_gmail(f), style="gmail", date_tz=R.CST)


def bec33():
    f = "bec-33-giftcard-amazon-director-outlookjp-ja.eml"
    t = jst(2025, 11, 18, 16, 48, 30)
    s = P("sakurai")
    text = ("桜井さん\n"
            "\n"
            "お疲れさまです。西村です。\n"
            "今期の開発テーマで頑張ってくれた研究所のメンバーに、慰労としてAmazonギフト券を渡したいと考えています。\n"
            "サプライズにしたいので、他のメンバーには内緒で進めてください。\n"
            "\n"
            "5万円分を6枚、コンビニで購入をお願いできますか。\n"
            "購入後、カード番号（裏面のコード）をこのメールに書いて返信してください。\n"
            "費用は私から後日精算します。\n"
            "\n"
            "本日中に対応してもらえると助かります。\n"
            "出張先からなので、このアドレスから連絡しています。\n"
            "\n"
            "西村\n")
    body = M.alt(plain(text, "UTF-8", "base64"),
                 html(simple_html(text, "游ゴシック, Yu Gothic, sans-serif", "11pt"), cte="base64"))
    return Msg(f, "bec", "gift-card", "ja",
               "A director (取締役 研究開発本部長 西村 浩) on an outlook.jp address (authenticated for "
               "outlook.jp): six 50,000-yen Amazon gift cards as a 'surprise' for the lab team, card "
               "numbers by reply, 'writing from a business trip'. UTF-8 base64, text and HTML.",
               when=t, frm=("西村 浩", "h.nishimura.rd@outlook.jp"), to=[s.ja_addr()],
               subject="お願いがあります", body=body, hcs=("UTF-8", "B"),
               route=R.outlook_consumer(f, t, s.email, "JPN"),
               auth=R.aligned("outlook.jp", "h.nishimura.rd@outlook.jp"),
               mid=mid_outlook_consumer(f, "JPN"), style="outlook",
               fields=[("Thread-Topic", M.subject_value("お願いがあります", "UTF-8", "B")),
                       ("Thread-Index", thread_index(f)), ("Accept-Language", "ja-JP"),
                       ("Content-Language", "ja-JP")])


def bec34():
    f = "bec-34-giftcard-followup-codes-thread-gmail-en.eml"
    t0 = jst(2025, 11, 19, 0, 47, 10)  # 09:47 CST on the 18th
    t1 = jst(2025, 11, 19, 1, 12, 40)
    t = jst(2025, 11, 19, 1, 31, 5)
    k = P("walsh")
    att = "ceo.kmorita@gmail.com"
    first_mid = mid_gmail(f + "first")
    reply_mid = mid_uuid(f + "kevin", D)
    hist0 = ("Kevin, are you available? I need you to take care of something for me today. It's a bit "
             "urgent.\n\nKenichi")
    hist1 = ("Hi Kenichi,\n\n"
             "Sure. I'm at the customer site in Baytown until noon but I can stop by a store after that. "
             "What do you need?\n\n"
             "Kevin\n\n" + gmail_attr_en(t0, "Kenichi Morita", att, R.CST) + "\n" + quote(hist0))
    text = ("Great, thanks Kevin.\n"
            "\n"
            "Go ahead and get 5 Apple gift cards at $500 each, that's what they prefer. Scratch off the "
            "back and send me pictures of the codes as soon as you have them. Make sure the numbers are "
            "readable. I'll have you reimbursed by Friday.\n"
            "\n"
            "Kenichi\n"
            "\n" + gmail_attr_en(t1, "Kevin Walsh", k.email, R.CST) + "\n" + quote(hist1) + "\n")
    body = plain(text, "UTF-8", "quoted-printable")
    return Msg(f, "bec", "gift-card", "en",
               "Second step of a gift-card lure: a reply in a thread the fake CEO (Gmail, authenticated "
               "for gmail.com) started with 'are you available?', after the engineer answered from his "
               "corporate address (quoted). Now asks for five $500 Apple cards and photos of the codes. "
               "In-Reply-To/References point to the employee's reply.",
               when=t, frm=("Kenichi Morita", att), to=[k.en_addr()],
               subject="Re: Are you available?", body=body, hcs=("UTF-8", "B"),
               route=R.gmail(f, t, k.email), auth=R.aligned("gmail.com", att),
               mid=mid_gmail(f), style="gmail", date_tz=R.CST,
               in_reply_to=reply_mid, references=[first_mid, reply_mid])


MESSAGES = [bec01, bec02, bec03, bec04, bec05, bec31, bec32, bec33, bec34]
