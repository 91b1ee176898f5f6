"""BEC, CEO / executive fraud: bec-01 ... bec-07."""
import banking as B
import common as K
import mimeparts as M
import routes as R
from message import Msg, jst
from mimeparts import tok, DIGITS, HEX, ALNUM

P = K.P
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ------------------------------------------------------------------ bec-01 / bec-02: one campaign
# The case-study shape: the president's name on an ISP mailbox, reply-only,
# sent to an employee's private address and to a corporate address generated
# from the name in a format the company does not use.

LURE_FROM = ("桐谷 誠一郎", "kiritani.sei1962@nifty.com")
LURE_SUBJECT = "お疲れ様です"
LURE_TEXT = """お疲れ様です。桐谷です。

今、会社にいますか？
お願いしたい件があります。
外出中のため、このアドレスから連絡しています。
メールを確認したら、こちらに返信してください。

よろしくお願いします。

桐谷"""

for n, who, generated, minute in ((1, "mori", "daisuke.mori@seiran-elec.example", 42),
                                  (2, "sasaki", "ksasaki@seiran-elec.example", 47)):
    p = P(who)
    f = (f"bec-0{n}-ceo-reply-only-nifty-private-and-generated-{'mori' if n == 1 else 'sasaki'}-ja.eml")
    when = jst(2026, 1, 20, 8, minute, 13 + n)
    add(Msg(
        f, "bec", "ceo-fraud", "ja",
        ("President 桐谷 誠一郎's name on an @nifty (ISP) mailbox, submitted from 198.51.100.77; SPF/DKIM/DMARC "
         "pass for nifty.com. Reply-only first contact, no link, no attachment. Sent to the employee's PRIVATE "
         f"address on file ({p.personal[0]}) and to a non-existent corporate address built from the name "
         f"({generated}; the real format is {p.email}). bec-01 and bec-02 are one campaign: same sender, "
         "same text, five minutes apart, two employees."),
        when=when, frm=LURE_FROM, to=[(p.ja, p.personal[0]), (p.ja, generated)], rcpt=generated,
        subject=LURE_SUBJECT, body=K.plain(LURE_TEXT),
        route=R.isp("nifty", f, when, generated, "198.51.100.77", helo="[198.51.100.77]"),
        auth=R.Auth("pass", LURE_FROM[1], "pass", "nifty.com", "pass", "nifty.com", "none"),
        mid=K.mid_std(f + "lure", when, "nifty.com"),
        fields=[("X-Mailer", "@nifty Webmail")]))


# ------------------------------------------------------------------ bec-03: CFO, look-alike, same-day transfer
f = "bec-03-cfo-lookalike-digit-one-confidential-transfer-ja.eml"
when = jst(2026, 2, 12, 10, 6, 40)
frm = (P("miyazaki").ja, "s-miyazaki@seiran-e1ec.example")
text = """吉田さん

お疲れ様です。宮崎です。

現在、社長と私で海外企業との資本業務提携の最終交渉を進めています。
先方との合意により、本日15時までに手付金を送金する必要が生じました。
正式発表前の案件のため、社内では私と社長以外には一切口外しないでください。
経理部長への説明は、私から後日まとめて行います。

振込先は下記の通りです。

　銀行名　：ひなた銀行
　支店名　：東京営業部（店番　０１２）
　預金種目：当座
　口座番号：３３０８４１７
　口座名義：カ）エスピーアジアホールディングス
　金　額　：２８，５００，０００円

私は終日会議のため電話には出られません。連絡はこのメールでお願いします。
振込手続きが完了したら、振込受付書の控えをPDFで返信してください。

宮崎 俊介
取締役 CFO 財務本部長
青嵐電子工業株式会社"""
add(Msg(
    f, "bec", "ceo-fraud", "ja",
    ("CFO 宮崎 俊介 on the look-alike seiran-e1ec.example (digit 1 for l) to finance: confidential capital "
     "alliance, same-day 28.5 M yen transfer to a 当座 account given in full-width digits, 'tell no one, "
     "not even the head of accounting', 'I cannot take calls'. The look-alike publishes SPF (pass) but no "
     "DKIM and no DMARC record. Sent from a VPS in 203.0.113.0/24."),
    when=when, frm=frm, to=[P("yoshida").ja_addr()], subject="【極秘】本日中のお振込みについて",
    body=K.plain(text, "UTF-8", "base64"), hcs=("UTF-8", "B"),
    route=R.server(f, when, P("yoshida").email, "mail.seiran-e1ec.example", "203.0.113.58",
                   client=(None, "198.51.100.19", "DESKTOP-Q7M2KD1"), helo="mail.seiran-e1ec.example"),
    auth=R.Auth("pass", "seiran-e1ec.example", "none", None, "none", "seiran-e1ec.example", None),
    mid=K.mid_std(f, when, "seiran-e1ec.example"), accounts=["3308417"],
    fields=[("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ bec-04: CEO, outlook.com, Reply-To, HK wire
f = "bec-04-ceo-outlook-replyto-hongkong-wire-en.eml"
when = jst(2026, 2, 24, 23, 18, 5)
frm = (P("kiritani").en, "seiichiro.kiritani.ceo@outlook.com")
text = """Wei Ling,

I need your help on a time-sensitive matter and I need it handled quietly.

We are closing a strategic component sourcing agreement with a supplier in Hong Kong. The board is aware, but the announcement will only be made after signing, so please do not discuss it with anyone in the Singapore office or with HQ finance for now.

A first payment of USD 184,600.00 has to reach them before their bank cut-off tomorrow (Hong Kong time). Please process it from the Seiran Asia account and send me the MT103 once released.

Beneficiary: Lumen Crest Trading Limited
Bank: Example Pacific Bank (Hong Kong) Limited
Account no.: 582-339104-838
SWIFT: EXPBHKHHXXX
Reference: SCA-0226

I am travelling between meetings with limited phone access, so reply to this email only. Can you confirm you can do it today?

Regards,
Seiichiro Kiritani
President & CEO
Seiran Electronics Co., Ltd.

Sent from my iPhone"""
add(Msg(
    f, "bec", "ceo-fraud", "en",
    ("The CEO's name in romaji on an outlook.com account, Reply-To a second outlook.com account; to the "
     "Singapore subsidiary's finance manager late at night: secret sourcing deal, USD 184,600 to a new Hong "
     "Kong beneficiary, 'do not discuss with HQ finance', email only. Outlook.com passes SPF/DKIM/DMARC "
     "for its own domain."),
    when=when, frm=frm, to=[P("tan").en_addr()], reply_to=[(P("kiritani").en, "s.kiritani.office@outlook.com")],
    subject="Confidential - payment to be released today",
    body=K.plain(text, "US-ASCII"), route=R.outlook_consumer(f, when, P("tan").email, "NAM"),
    auth=R.Auth("pass", frm[1], "pass", "outlook.com", "pass", "outlook.com", "none"),
    mid=K.mid_outlook_consumer(f, "NAM"), style="outlook", date_tz=R.UTC, accounts=["582-339104-838"],
    fields=[("Thread-Topic", "Confidential - payment to be released today"), ("Thread-Index", K.thread_index(f)),
            ("x-ms-exchange-messagesentrepresentingtype", "1")]))


# ------------------------------------------------------------------ bec-05: CEO, iCloud, move to LINE
f = "bec-05-ceo-icloud-line-group-qr-ja.eml"
when = jst(2026, 3, 9, 13, 51, 22)
frm = ("桐谷誠一郎", "kiritani.s.0612@icloud.com")
text = """松本部長

お疲れ様です。
取り急ぎ確認したい件があり連絡しました。

本日は取引先との打ち合わせが続いており、電話に出られません。
今後の連絡はLINEで行いたいので、LINEのグループを作成し、
グループのQRコードをこのメールに返信で送ってください。
作成後は私からグループで詳細を伝えます。

他の方には共有せず、松本部長だけで進めてください。

桐谷

iPhoneから送信"""
add(Msg(
    f, "bec", "ceo-fraud", "ja",
    ("The president's name (no space) on an iCloud address, to the head of accounting: asks her to create "
     "a LINE group and send back its QR code, 'tell nobody else'. No money yet; the move to LINE is the "
     "goal. iCloud passes SPF/DKIM/DMARC for icloud.com. UTF-8 quoted-printable, Apple Mail header order."),
    when=when, frm=frm, to=[(P("matsumoto").ja, P("matsumoto").email)], subject="至急ご確認ください",
    body=K.plain(text, "UTF-8", "quoted-printable"), hcs=("UTF-8", "B"),
    route=R.icloud(f, when, P("matsumoto").email),
    auth=R.Auth("pass", frm[1], "pass", "icloud.com", "pass", "icloud.com", "quarantine"),
    mid=K.mid_apple(f), style="apple", date_tz=R.JST,
    fields=[("X-Mailer", "iPhone Mail (22D82)")]))


# ------------------------------------------------------------------ bec-06: MD Asia, Gmail, WhatsApp
f = "bec-06-md-gmail-whatsapp-handoff-en.eml"
when = jst(2026, 3, 17, 11, 4, 51)
frm = (P("lim").en, "daniel.lim.md.sg@gmail.com")
text = """Hi Rachel,

Are you at your desk? I'm stuck in back to back sessions at the distributor conference and can only text.

There is something I need you to take care of for me this morning, it's sensitive so please keep it to yourself for now.

Drop me a message on WhatsApp at +44 7700 900418 (my roaming number) and I'll explain there.

Thanks,
Daniel

Daniel Lim
Managing Director
Seiran Electronics Asia Pte. Ltd."""
add(Msg(
    f, "bec", "ceo-fraud", "en",
    ("The Singapore managing director's name on a Gmail account, to his executive assistant: 'are you at "
     "your desk', sensitive task, move to WhatsApp on a foreign 'roaming' number (+44 7700 900418, a "
     "drama range). No request yet. Gmail passes SPF/DKIM/DMARC for gmail.com."),
    when=when, frm=frm, to=[P("chua").en_addr()], subject="Quick favour",
    body=M.alt(K.plain(text, "UTF-8", "quoted-printable"),
               K.html(K.simple_html(text, "Arial, sans-serif", "small"), "UTF-8", "quoted-printable")),
    route=R.gmail(f, when, P("chua").email),
    auth=R.Auth("pass", frm[1], "pass", "gmail.com", "pass", "gmail.com", "none"),
    mid=K.mid_gmail(f), style="gmail", date_tz=R.SGT))


# ------------------------------------------------------------------ bec-07: US president, look-alike, Telegram, wire
f = "bec-07-president-lookalike-nohyphen-telegram-wire-en.eml"
when = jst(2026, 4, 7, 2, 33, 9)  # Monday 10:33 in San Jose
aba = B.aba("06210944")
frm = (P("hale").en, "g-hale@seiranelec.example")
text = f"""Michael,

I need a wire processed today and I need you to keep it between us until Thursday. We are finalizing a consulting engagement tied to the new customer program in Austin and legal wants the retainer paid before the NDA period ends.

Amount: USD 96,750.00
Beneficiary: Northgate Capital Advisors LLC
Bank: Pinecrest National Bank
ABA / routing: {aba}
Account: 7730418826
Memo: Retainer - Project Cedar

I'm in Tokyo for the board sessions and my US phone is off. Reach me on Telegram (@ghale_sj) if you have questions, but I'd rather you just confirm by email once it's sent. Please don't loop in HQ finance on this one yet, Miyazaki-san will be briefed by me directly.

Thanks for handling this quickly.

Greg

Gregory Hale
President | Seiran Electronics America, Inc.
San Jose, CA"""
add(Msg(
    f, "bec", "ceo-fraud", "en",
    ("US president Gregory Hale on seiranelec.example (the hyphen dropped), registered and fully "
     "authenticated by the attacker (SPF, DKIM, DMARC pass for the look-alike). Asks the US controller for a "
     "confidential same-day wire with an ABA routing number, 'keep it between us', 'don't loop in HQ "
     "finance', Telegram handle. Sent 10:33 Pacific from a VPS."),
    when=when, frm=frm, to=[P("reyes").en_addr()], subject="Wire - today, keep confidential",
    body=K.plain(text, "UTF-8", "quoted-printable"),
    route=R.server(f, when, P("reyes").email, "smtp.seiranelec.example", "198.51.100.214",
                   client=(None, "203.0.113.240"), tz=R.PDT, selector="k1"),
    auth=R.aligned("seiranelec.example", p="none"),
    mid=K.mid_uuid(f, "seiranelec.example"), date_tz=R.PDT, accounts=[aba, "7730418826"],
    fields=[("X-Mailer", "Microsoft Outlook 16.0")]))
