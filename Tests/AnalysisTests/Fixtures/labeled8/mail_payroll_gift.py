"""Payroll diversion (an employee's salary to a new account, from an address
not on file) and gift cards (an executive asks for codes)."""
import banking as B
import company as C
import local as L
from local import P, jst, mail, R

MESSAGES = []
add = MESSAGES.append
FW = B.fullwidth

# ------------------------------------------------------------------ bec-29
f = "bec-29-payroll-factory-foreman-gmail-not-on-file-net-bank-before-25th-fullwidth-ja.eml"
w = jst(2026, 11, 16, 12, 15, 6)
frm = ("上野 大介", "ueno.daisuke.sbt@gmail.com")
acct = "3810274"
text = f"""人事総務部
阿部さん

お疲れ様です。新発田工場 製造課の上野です。

給与の振込口座を変更したく、ご連絡しました。
今月25日支給分から、下記の口座にお願いできますでしょうか。

　ネットフォレスト銀行　ひまわり支店（支店番号{FW("108")}）
　普通　{FW(acct)}
　ウエノ　ダイスケ

工場では個人用のPCがなく、人事ポータルのパスワードも
忘れてしまったため、個人のメールから失礼します。
変更届の用紙は後日、工場事務の佐々木さん経由で提出します。

ラインに入っているため、電話に出られないことが多いです。
お手数ですが、変更が完了したらこのメールに返信をお願いします。

上野"""
add(mail(f, "bec", "payroll-diversion", "ja",
         "A factory foreman's name on a Gmail address that is not his private address on file (outlook.jp), to "
         "the payroll clerk: salary to a new net-bank account from this month's payday, 'forgot the portal "
         "password', form 'later', on the line and unreachable, confirm by mail. Full-width digits; SPF/DKIM "
         "pass for gmail.com.",
         L.gmail(f, w, frm[1], P("abe").email),
         when=w, frm=frm, to=[P("abe").ja_addr()], subject="給与振込口座の変更のお願い",
         body=L.gmail_body(text), hcs=("UTF-8", "B"), accounts=[acct]))

# ------------------------------------------------------------------ bec-30
f = "bec-30-payroll-de-warehouse-outlook-not-on-file-neobank-de-iban-before-payroll-en.eml"
w = jst(2026, 11, 20, 2, 20, 14)  # Nov 19, 18:20 CET
frm = ("Tim Schulz", "tim.schulz1990@outlook.com")
de_iban = B.iban("DE", "10011099" + "6204418315")
text = f"""Hi Sabine,

I have switched banks and would like my salary paid into my new
account from the November payroll:

Account holder: Tim Schulz
Bank: Lumen Bank (online)
IBAN: {B.iban_print(de_iban)}

I'm writing from my private email because I'm on the late shift in
the warehouse all week. Could you let me know when it has been
updated? The November payroll is closed on the 25th, right?

Thanks and best regards
Tim"""
add(mail(f, "bec", "payroll-diversion", "en",
         "A Cologne warehouse employee's name on an Outlook.com address (no private address on file for him), "
         "to HR: salary to a new neobank account (checksum-valid DE IBAN) from this month, 'late shift all "
         "week', asks when it is done. SPF/DKIM pass for outlook.com.",
         L.outlook_com(f, w, frm[1], P("krueger").email, "NAM", tz=R.CET),
         when=w, frm=frm, to=[P("krueger").en_addr()], subject="New bank details for my salary",
         body=L.outlook_en(text), hcs=("UTF-8", "Q"), accounts=[de_iban]))

# ------------------------------------------------------------------ bec-31
f = "bec-31-payroll-de-sales-manager-hotmail-portal-locked-lt-iban-january-payroll-en.eml"
w = jst(2027, 1, 22, 5, 5, 41)  # Jan 21, 21:05 CET
frm = ("Jonas Becker", "jonas.becker.sales@hotmail.com")
lt_iban = B.iban("LT", "72325" + "00067218405")
text = f"""Hello Sabine,

Sorry to bother you. I tried to change my bank account in the
personnel portal but it keeps saying my account is locked, and IT
has not answered yet.

Could you please change it for me before the January payroll run?

Name: Jonas Becker
New IBAN: {lt_iban}
BIC: RVUALT2V

I'm at the customer in Munich tomorrow and Friday, so email is best.

Many thanks!
Jonas"""
add(mail(f, "bec", "payroll-diversion", "en",
         "The DACH sales manager's name on a Hotmail address not on file, at 21:05, to HR: the HR portal is "
         "'locked', change my salary account by hand before the January payroll to a Lithuanian e-money "
         "account (checksum-valid LT IBAN), at a customer and reachable by mail only. SPF/DKIM pass for "
         "hotmail.com.",
         L.outlook_com(f, w, frm[1], P("krueger").email, "NAM", tz=R.CET),
         when=w, frm=frm, to=[P("krueger").en_addr()], subject="Salary account change",
         body=L.outlook_en(text), hcs=("UTF-8", "Q"), accounts=[lt_iban]))

# ------------------------------------------------------------------ bec-32
f = "bec-32-giftcard-ceo-icloud-apple-cards-secretary-corporate-and-private-ja.eml"
w = jst(2026, 12, 18, 15, 40, 9)
frm = ("五十嵐 正和", "igarashi.masakazu.home@icloud.com")
to = [P("endo").ja_addr(), ("", P("endo").personal[0])]
text = """遠藤さん

お疲れ様です。五十嵐です。
会議中のためメールで失礼します。

年末のお礼として、取引先の担当者の方々にギフトを渡したいので、
Appleギフトカードを1万円分×20枚、本日中に購入してもらえますか。
近くのコンビニや家電量販店で購入できます。

購入したら、カード裏面のコードが見えるように写真を撮って、
このメールに返信で送ってください。
領収書は後で精算しますので保管しておいてください。

他の人には内緒で進めたいので、よろしくお願いします。

iPhoneから送信"""
add(mail(f, "bec", "gift-card", "ja",
         "The CEO's name on an iCloud address, to his secretary's corporate address and her private iCloud "
         "address on file: 20 Apple gift cards of 10,000 yen today, photograph the codes and reply, receipts "
         "'reimbursed later', keep it secret, in a meeting. SPF/DKIM/DMARC pass for icloud.com.",
         L.icloud(f, w, frm[1], to[0][1]),
         when=w, frm=frm, to=to, subject="お願い", body=L.apple_body(text), hcs=("UTF-8", "B")))

# ------------------------------------------------------------------ bec-33
f = "bec-33-giftcard-de-md-gmail-google-play-warehouse-christmas-assistant-en.eml"
w = jst(2026, 12, 17, 21, 10, 37)  # 13:10 CET
frm = ("Kenta Kobayashi", "kenta.kobayashi.yfe@gmail.com")
text = """Hi Lea,

Are you in the office? I want to surprise the warehouse team with a
small Christmas thank-you this year, but it has to stay a surprise.

Please buy 15 Google Play gift cards of EUR 100 each today (the supermarket
or the petrol station will have them). Scratch the back, take a clear
photo of each code and send them to me here - I will write the cards
to the team tonight.

Keep the receipts, you'll get it back with your expenses. I'm in a
meeting with the bank and can't talk.

Thanks,
Kenta"""
add(mail(f, "bec", "gift-card", "en",
         "The German MD's name on a Gmail address, to his assistant: 15 Google Play cards of EUR 100 today as "
         "a 'surprise' for the warehouse team, scratch and photograph the codes, expenses later, cannot talk. "
         "SPF/DKIM pass for gmail.com.",
         L.gmail(f, w, frm[1], P("schmitt").email, tz=R.CET),
         when=w, frm=frm, to=[P("schmitt").en_addr()], subject="Small favour - today",
         body=L.gmail_body(text, "quoted-printable"), hcs=("UTF-8", "Q")))

# ------------------------------------------------------------------ bec-34
f = "bec-34-giftcard-factory-manager-nifty-amazon-part-timers-year-end-sjis-ja.eml"
w = jst(2026, 12, 24, 10, 5, 51)
frm = ("小川 勝", "ogawa-masaru@nifty.com")
text = """佐々木さん

お疲れ様です。小川です。

年末の寸志として、パートさん30名にAmazonギフトカードを
渡したいと思っています。
5,000円のカードを30枚、今日中にコンビニで買ってきてもらえますか。
（1店舗で買えない場合は何店舗かに分けてください）

買ったらカード裏の番号を削って、番号をこのメールで送ってください。
明日の朝礼で渡す準備をしておきます。

費用は私が立て替えた形で後日精算します。
本社にはまだ言わないでください。

今日は来客続きで電話に出られません。

小川"""
add(mail(f, "bec", "gift-card", "ja",
         "The Shibata factory manager's name on a nifty.com address, to the factory clerk: 30 Amazon gift "
         "cards of 5,000 yen today from convenience stores, send the scratched codes by mail, 'don't tell head "
         "office', no phone. SPF/DKIM pass for nifty.com. Shift_JIS 8bit body.",
         L.isp("nifty", f, w, frm[1], P("sasaki").email, "198.51.100.118", mailer="Microsoft Outlook Express 6.00.2900.5512"),
         when=w, frm=frm, to=[P("sasaki").ja_addr()], subject="年末寸志の件",
         body=L.plain(text, "Shift_JIS", "8bit"), hcs=("Shift_JIS", "B")))
