"""Payroll diversion (bec-29 .. bec-31): employees' names on free-mail
addresses that are not the private ones on file, asking payroll to move the
salary. Gift cards (bec-32 .. bec-34): executives and a branch manager asking
for card codes."""
import banking as B
import company as C
import routes as R
from local import (mk, jst, via_gmail, via_outlook_com, via_icloud, via_isp, plain, gmail_alt)

P = C.P
FW = B.fullwidth


# ---------------------------------------------------------------- bec-29: warehouse foreman on Gmail

F29 = "bec-29-payroll-warehouse-foreman-gmail-not-on-file-net-bank-fullwidth-ja.eml"
W29 = jst(2026, 6, 16, 21, 10)
FROM29 = ("上田 大介", "ueda.daisuke.0719@gmail.com")
ACC29 = "6610258"


def bec29():
    f = P("fujii")
    text = f"""人事総務部 給与担当
藤井様

お疲れさまです。物流センター倉庫の上田です。

給与の振込口座を変更したいのですが、今月25日の支給分から
下記の口座に振り込んでいただくことは可能でしょうか。

　かもめネット銀行 本店営業部
　普通 {FW(ACC29)}
　ウエダ ダイスケ

倉庫の作業中はなかなか会社のPCを見られないので、個人のアドレスから失礼します。
変更届の用紙が必要でしたら、このアドレスに送っていただければ記入して返信します。

よろしくお願いします。
上田"""
    return mk(F29, "bec", "payroll-diversion", "ja",
              "A warehouse foreman's name on Gmail (his private address on file is on outlook.jp, his corporate "
              "one is d-ueda@), in the evening; Gmail passes SPF, DKIM and DMARC. Asks payroll to pay this "
              "month's salary to a new 普通 account at a net bank (full-width digits), 'I cannot read company mail "
              "in the warehouse', and to send the change form to this address.",
              via_gmail(F29, W29, f.email, FROM29[1]), when=W29, frm=FROM29, to=[f.ja_addr()],
              subject="給与振込口座の変更について", body=gmail_alt(text), hcs=("UTF-8", "B"), accounts=[ACC29])


# ---------------------------------------------------------------- bec-30: warehouse supervisor on Hotmail

F30 = "bec-30-payroll-nl-warehouse-supervisor-hotmail-not-on-file-new-iban-before-25th-en.eml"
W30 = jst(2026, 6, 19, 5, 30)    # 22:30 CEST on 18 June
FROM30 = ("Joost Visser", "joost.visser1987@hotmail.com")
IBAN30 = C.nl_iban("HVNB", "730512884")


def bec30():
    v = P("vandenberg")
    text = f"""Hi Femke,

I have opened a new bank account and would like my salary to be paid there from this month.
Can you change it before the payroll run on the 25th?

New IBAN: {B.iban_print(IBAN30)}
Name: J. Visser

I am on early shifts this week and hardly at a computer, so please confirm to this address.

Thanks!
Joost"""
    return mk(F30, "bec", "payroll-diversion", "en",
              "The Dutch warehouse supervisor's name on a Hotmail address that is not his private address on "
              "file (that one is on Gmail), at 22:30 local time; Outlook.com passes SPF, DKIM and DMARC. Asks HR "
              "to move this month's salary to a new Dutch IBAN (valid checksum) before the payroll run and to "
              "confirm to this address.",
              via_outlook_com(F30, W30, v.email, FROM30[1], "NAM", lang="nl-NL"),
              when=W30, frm=FROM30, to=[v.en_addr()], subject="New bank account for salary",
              body=plain(text, "US-ASCII"), topic="New bank account for salary", hcs=("UTF-8", "Q"),
              date_tz=R.CEST, accounts=[IBAN30])


# ---------------------------------------------------------------- bec-31: customs declarant on Outlook.com

F31 = "bec-31-payroll-nl-customs-declarant-outlook-lt-iban-portal-locked-en.eml"
W31 = jst(2026, 7, 9, 16, 5)     # 09:05 CEST
FROM31 = ("Mehmet Yilmaz", "mehmet.yilmaz.nl@outlook.com")
IBAN31 = B.iban("LT", "37300" + "10162844571")


def bec31():
    v = P("vandenberg")
    text = f"""Good morning Femke,

I tried to update my bank details in the HR portal but my account seems to be locked after
the password change. Could you please update it for me so that the July salary goes to my
new account?

Bank: Baltic Digital Bank
IBAN: {B.iban_print(IBAN31)}
Account holder: Mehmet Yilmaz

My old account will be closed at the end of the month. I am at the
Maasvlakte today for inspections, so please reply here.

Kind regards,
Mehmet"""
    return mk(F31, "bec", "payroll-diversion", "en",
              "The Dutch customs declarant's name on Outlook.com (no private address on file; his corporate "
              "address is mehmet.yilmaz@shiomi-eu.example); Outlook.com passes SPF, DKIM and DMARC. 'The HR portal "
              "locked me out', move the July salary to a Lithuanian digital-bank IBAN (valid checksum), reply to "
              "this address.",
              via_outlook_com(F31, W31, v.email, FROM31[1], "NAM", lang="en-GB"),
              when=W31, frm=FROM31, to=[v.en_addr()], subject="Bank details for July salary",
              body=plain(text, "US-ASCII"), topic="Bank details for July salary", hcs=("UTF-8", "Q"),
              date_tz=R.CEST, accounts=[IBAN31])


# ---------------------------------------------------------------- bec-32: CEO on iCloud, Apple gift cards

F32 = "bec-32-giftcard-ceo-icloud-apple-cards-secretary-corporate-and-private-ja.eml"
W32 = jst(2026, 7, 3, 17, 55)
FROM32 = ("大橋誠一", "oohashi.seiichi@icloud.com")


def bec32():
    o = P("ono")
    text = """小野さん

お疲れさまです。大橋です。
今、移動中で電話に出られないのでメールで失礼します。

来週の荷主さんとの会食で、お礼としてお渡ししたいので、
Appleギフトカード（5万円分）を10枚購入してもらえますか。
近くのコンビニか家電量販店で買えると思います。

購入したら、カード裏面のコードを削って、全部の写真をこのメールに送ってください。
費用は月曜に精算します。
会食の件はまだ社内に伏せているので、他の人には言わないでください。

大橋

iPhoneから送信"""
    return mk(F32, "bec", "gift-card", "ja",
              "The CEO's name (written 'oohashi') on an iCloud address; iCloud passes SPF, DKIM and DMARC. Sent "
              "both to his secretary's corporate address and to her private iCloud address on file. Ten Apple "
              "gift cards of 50,000 yen as 'gifts for a shipper', scratch the codes and send photos, 'refunded on "
              "Monday', keep it secret, no phone. Apple Mail, UTF-8 quoted-printable.",
              via_icloud(F32, W32, o.email, FROM32[1]), when=W32, frm=FROM32,
              to=[o.ja_addr(), ("", o.personal[0])], subject="お願い",
              body=plain(text, "UTF-8", "quoted-printable"), hcs=("UTF-8", "B"), rcpt=o.email)


# ---------------------------------------------------------------- bec-33: Dutch MD on Gmail, Google Play

F33 = "bec-33-giftcard-nl-md-gmail-google-play-drivers-thank-you-ea-en.eml"
W33 = jst(2026, 7, 9, 21, 20)    # 14:20 CEST
FROM33 = ("Wataru Morita", "w.morita.rotterdam@gmail.com")


def bec33():
    h = P("hendriks")
    text = """Hi Noor,

Are you busy? I want to surprise the drivers and the warehouse team for the record month in
June. Can you pick up 15 Google Play gift cards of EUR 100 each on your way back this
afternoon (any supermarket should have them)?

Please scratch the back, take a clear photo of each code and email them to me, so I can send
them out personally tonight. I will refund you tomorrow. Keep it quiet so it stays a surprise.

I'm in back-to-back meetings, so email only please.

Wataru"""
    return mk(F33, "bec", "gift-card", "en",
              "The Dutch MD's name on another Gmail address (not his; Gmail passes SPF, DKIM and DMARC). To his "
              "executive assistant: fifteen Google Play cards of EUR 100 'to surprise the drivers', scratch and "
              "photograph the codes, email them, refund tomorrow, keep it quiet, email only.",
              via_gmail(F33, W33, h.email, FROM33[1]), when=W33, frm=FROM33, to=[h.en_addr()],
              subject="Small favour", body=gmail_alt(text), hcs=("UTF-8", "B"), date_tz=R.CEST)


# ---------------------------------------------------------------- bec-34: branch manager on OCN, Amazon, Shift_JIS

F34 = "bec-34-giftcard-branch-manager-ocn-amazon-drivers-sjis-ja.eml"
W34 = jst(2026, 7, 10, 10, 15)
FROM34 = ("清水雅人", "m.shimizu.yokohama@ocn.ne.jp")


def bec34():
    k = P("kudo")
    text = """工藤さん

清水です。本社の会議に出ていて、私用のアドレスから失礼します。

夏の繁忙期で頑張ってくれた協力会社のドライバーさんへの慰労として、
Amazonギフト券（3万円分）を8枚用意したいと思います。
お昼休みにでも、近くのコンビニで購入してもらえますか。

買ったら、裏の番号が見えるように写真を撮って、このメールに返信してください。
立替え分は来週精算します。
会議中で電話には出られないので、メールでお願いします。

清水"""
    return mk(F34, "bec", "gift-card", "ja",
              "The Yokohama branch manager's name on an OCN (ISP) mailbox, through OCN's submission server; SPF, "
              "DKIM and DMARC pass for ocn.ne.jp. To a branch clerk: eight Amazon gift cards of 30,000 yen for "
              "'the contractors' drivers', photos of the codes by reply, refund next week, no phone. An old mail "
              "client writing Shift_JIS 8bit with Shift_JIS encoded-words.",
              via_isp(F34, W34, k.email, "ocn", FROM34[1], "198.51.100.225", mailer=None),
              when=W34, frm=FROM34, to=[k.ja_addr()], subject="至急のお願い",
              body=plain(text, "Shift_JIS", "8bit"), hcs=("Shift_JIS", "B"),
              fields=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")])


def messages():
    return [bec29(), bec30(), bec31(), bec32(), bec33(), bec34()]
