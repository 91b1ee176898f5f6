"""BEC, bogus invoices and vendor impersonation from look-alike or free-mail
domains: bec-08 ... bec-13."""
import banking as B
import common as K
import company as C
import mimeparts as M
import routes as R
from message import Msg, jst

P = K.P
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ------------------------------------------------------------------ bec-08: Takami, rn for m, PDF
f = "bec-08-invoice-takami-lookalike-rn-bankchange-pdf-ja.eml"
when = jst(2026, 4, 14, 16, 22, 8)
frm = ("杉山 美穂", "sugiyama@takami-seirnitsu.example")
text = """青嵐電子工業株式会社
経理部 佐々木 様
（CC：購買部 林 様）

いつも大変お世話になっております。
株式会社タカミ精密 経理課の杉山でございます。

このたび弊社では取引金融機関の見直しを行い、
2026年4月ご請求分より、お振込先口座を下記の通り変更させていただくことになりました。
お手数をおかけいたしますが、御社お支払システムのご登録変更をお願い申し上げます。

【新しいお振込先】
　金融機関：北斗ネット銀行
　支店　　：ひまわり支店（支店番号 208）
　預金種目：普通
　口座番号：7719042
　口座名義：カ）タカミセイミツ

なお、旧口座（みなと中央銀行 浜松支店）は4月末をもって解約予定のため、
今後のお振込はすべて新口座へお願いいたします。
変更後の振込先を記載した4月度ご請求書（PDF）を添付いたします。

ご不明な点は本メールにご返信ください。
（現在、経理課の代表電話が回線工事のため繋がりにくくなっております。）

今後ともよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社タカミ精密　経理課
杉山 美穂
〒430-0999 静岡県浜松市中央区鍛冶町 3-14-2
TEL 053-000-4721 / FAX 053-000-4722
━━━━━━━━━━━━━━━━━━━━"""
pdf = M.pdf(["御請求書", "請求番号: TS-2604-0187", "発行日: 2026年4月14日", "青嵐電子工業株式会社 御中",
             "品名: アルミ放熱板 SH-220 機械加工 1,200個", "小計: 2,184,000円", "消費税(10%): 218,400円",
             "ご請求金額: 2,402,400円", "お支払期限: 2026年4月30日",
             "お振込先: 北斗ネット銀行 ひまわり支店 普通 7719042", "口座名義: カ）タカミセイミツ",
             "株式会社タカミ精密 静岡県浜松市中央区鍛冶町 3-14-2"], "御請求書 TS-2604-0187")
add(Msg(
    f, "bec", "invoice-fraud", "ja",
    ("Impersonates the vendor 株式会社タカミ精密 (takami-seimitsu.example) from takami-seirnitsu.example "
     "('rn' for 'm'), the look-alike fully authenticated by its owner. Announces a new 普通 account at another "
     "bank from the April invoice, says the on-file bank will be closed, discourages phoning ('lines under "
     "construction'). The attached PDF invoice carries the new account."),
    when=when, frm=frm, to=[P("sasaki").ja_addr()], cc=[P("hayashi").ja_addr()],
    subject="【重要】お振込先口座変更のご案内（4月ご請求分より）",
    body=M.Multi("mixed", [K.plain(text), M.Attachment(pdf, "application/pdf", "御請求書_TS-2604-0187.pdf")]),
    route=R.server(f, when, P("sasaki").email, "mail.takami-seirnitsu.example", "203.0.113.77",
                   client=(None, "198.51.100.66", "[198.51.100.66]"), selector="mail"),
    auth=R.aligned("takami-seirnitsu.example"), mid=K.mid_becky(f, when, "takami-seirnitsu.example"),
    accounts=["7719042"], fields=[("X-Mailer", "Becky! ver. 2.81.05 [ja]")]))


# ------------------------------------------------------------------ bec-09: Kodama, i->l, Shift_JIS, 当座
f = "bec-09-invoice-kodama-lookalike-l-toza-sjis-fullwidth-ja.eml"
when = jst(2026, 4, 22, 9, 37, 44)
frm = ("岡 俊彦", "oka.toshihiko@kodama-denzal.example")
text = """青嵐電子工業株式会社
経理部　村上様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
株式会社コダマ電材　経理部の岡でございます。

先般、書面にてご案内いたしました弊社お振込口座の変更につきまして、
新口座の開設手続きに遅れが生じており、現在ご利用いただけない状態となっております。
大変恐縮ではございますが、４月末日お支払い分につきましては、
下記の口座へお振込いただきますようお願い申し上げます。

　金融機関名　つばめネット銀行
　支店名　　　法人営業部
　預金種目　　当座預金
　口座番号　　０５５８２１４
　口座名義　　カ）コダマデンザイ

※旧口座（しおかぜ銀行　名古屋支店）へのお振込は組戻しとなりますのでご注意ください。
※本件は経理部にて一括管理しておりますため、ご連絡はこのメールアドレス宛にお願いいたします。

お振込予定日をご返信いただけますと幸いです。
何卒よろしくお願い申し上げます。

株式会社コダマ電材
経理部　岡　俊彦
〒460-0999　愛知県名古屋市中区錦 2-7-31
TEL 052-000-3318"""
add(Msg(
    f, "bec", "invoice-fraud", "ja",
    ("Impersonates 株式会社コダマ電材 (kodama-denzai.example) from kodama-denzal.example ('l' for 'i'), "
     "no SPF, DKIM or DMARC. Rides on the vendor's genuine, announced change of 2026-04-01 (clean-10): "
     "claims the new account is not ready and asks for the April payment to a third 当座 account, written "
     "in full-width digits; replies only to this address. Shift_JIS body and header."),
    when=when, frm=frm, to=[P("murakami").ja_addr()], subject="【再送】お振込口座についてのご案内",
    body=K.plain(text, "Shift_JIS", "base64"), hcs=("Shift_JIS", "B"),
    route=R.server(f, when, P("murakami").email, "vps-7731.hostingco.example", "198.51.100.173",
                   client=None, local_user=1000, helo="kodama-denzal.example"),
    auth=R.Auth("none", "oka.toshihiko@kodama-denzal.example", "none", None, "none", "kodama-denzal.example",
                None),
    mid=K.mid_std(f, when, "kodama-denzal.example"), accounts=["0558214"],
    fields=[("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ bec-10: Kessler, truncated name, LT IBAN, PDF
f = "bec-10-invoice-kessler-lookalike-truncated-lt-iban-pdf-en.eml"
when = jst(2026, 5, 11, 17, 5, 31)   # 10:05 in Stuttgart
lt = B.iban("LT", "31210" + "11003958172")
frm = ("Anja Brandt", "a.brandt@kessler-messtech.example")
text = f"""Dear Mr. Sasaki,

I hope this email finds you well.

Please find attached our invoice KM-RE-2026-0419 for the BX-40 burn-in chamber (order SR-PO-260311), due on 31 May 2026.

Kindly note that with effect from this invoice our payments are processed through our new account for Asian customers, following a restructuring of our treasury. Please update your vendor master data accordingly:

Account holder: Kessler Messtechnik GmbH
Bank: Example Baltic Bank UAB, Vilnius
IBAN: {B.iban_print(lt)}
BIC: EXBLLT2X

Payments to our previous account at Example Handelsbank can no longer be allocated to your customer account and may be returned with a delay.

We would appreciate a short confirmation once the details have been updated on your side, together with the expected payment date.

Mit freundlichen Gruessen / Best regards

Anja Brandt
Accounts Receivable
Kessler Messtechnik GmbH
Industriestrasse 41, 70565 Stuttgart, Germany"""
pdf = M.pdf(["KESSLER MESSTECHNIK GMBH - INVOICE", "Invoice no.: KM-RE-2026-0419", "Date: 11.05.2026",
             "Customer: Seiran Electronics Co., Ltd., Hamamatsu, Japan", "Your order: SR-PO-260311",
             "1 x BX-40 burn-in chamber incl. installation kit      EUR 86,400.00",
             "Freight and insurance (CIP Hamamatsu)                  EUR 2,150.00",
             "Total due                                               EUR 88,550.00",
             "Payment terms: 20 days net, due 31.05.2026",
             "Bank: Example Baltic Bank UAB, Vilnius", "IBAN: " + B.iban_print(lt), "BIC: EXBLLT2X"],
            "Invoice KM-RE-2026-0419", "Microsoft: Print To PDF")
add(Msg(
    f, "bec", "invoice-fraud", "en",
    ("Impersonates Kessler Messtechnik GmbH (kessler-messtechnik.example) from kessler-messtech.example "
     "(name shortened), authenticated by its owner. Invoice for a real-looking order with a new Lithuanian "
     "IBAN 'for Asian customers', warns that the on-file account can no longer be used; the PDF carries "
     "the same IBAN."),
    when=when, frm=frm, to=[P("sasaki").en_addr()], cc=[P("ishida").en_addr()],
    subject="Invoice KM-RE-2026-0419 / updated remittance details",
    body=M.Multi("mixed", [K.plain(text, "UTF-8", "quoted-printable"),
                           M.Attachment(pdf, "application/pdf", "KM-RE-2026-0419.pdf")]),
    route=R.server(f, when, P("sasaki").email, "mail.kessler-messtech.example", "198.51.100.150",
                   client=(None, "203.0.113.181"), tz=R.CEST, selector="dkim"),
    auth=R.aligned("kessler-messtech.example", p="none"), mid=K.mid_uuid(f, "kessler-messtech.example"),
    date_tz=R.CEST, accounts=[lt], style="thunderbird",
    fields=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]))


# ------------------------------------------------------------------ bec-11: Bayview, hyphen added, ACH text file
f = "bec-11-invoice-bayview-lookalike-hyphen-ach-textfile-en.eml"
when = jst(2026, 2, 19, 4, 12, 37)  # Wednesday 11:12 in San Jose
aba = B.aba("07390127")
frm = ("Bayview Test Systems - Accounts Receivable", "ar@bayview-test.example")
text = """Hello Michael,

We are updating our remittance information as part of our migration to a new treasury provider. Effective immediately, please direct all ACH and wire payments for Bayview Test Systems to the account in the attached instruction sheet.

The following open invoices are affected:
  BTS-40688   $18,240.00   due 02/27/2026
  BTS-40712   $31,905.50   due 03/06/2026

Please confirm once your vendor record has been updated. If a payment has already been scheduled to our old account, kindly recall it and reissue it to the new one so it is not delayed.

Thank you for your prompt attention.

Accounts Receivable
Bayview Test Systems, Inc."""
html = ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
        + "".join(f"<p>{K.esc(x) if x else '&nbsp;'}</p>" for x in text.split("\n")) + "</body></html>")
sheet = f"""BAYVIEW TEST SYSTEMS, INC.
REMITTANCE INSTRUCTIONS - EFFECTIVE 02/19/2026

Beneficiary name:   Bayview Test Systems Inc
Bank name:          Cascade Harbor Bank
ABA routing (ACH):  {aba}
ABA routing (wire): {aba}
Account number:     5591037264
Account type:       Business checking
Remittance advice:  ar@bayview-test.example

Please reference invoice numbers on all payments.
"""
add(Msg(
    f, "bec", "invoice-fraud", "en",
    ("Impersonates the US supplier Bayview Test Systems (bayviewtest.example) from bayview-test.example "
     "(hyphen added), sent through an Exchange Online tenant of the look-alike (SPF, DKIM, DMARC pass). "
     "New ACH/wire instructions in a text attachment with a checksum-valid ABA routing number; asks to "
     "recall payments already scheduled to the old account."),
    when=when, frm=frm, to=[P("reyes").en_addr()], subject="Updated remittance information - action required",
    body=M.Multi("mixed", [M.alt(K.plain(text, "US-ASCII"), K.html(html, "UTF-8", "quoted-printable")),
                           M.Attachment(sheet.encode("utf-8"), "text/plain", "Bayview_Remittance_Instructions.txt")]),
    route=R.m365(f, when, P("reyes").email, "bayview-test.example", "NAM"),
    auth=R.aligned("bayview-test.example", p="none"), mid=K.mid_m365(f, "SJ0PR11MB", "namprd11"),
    style="outlook", date_tz=R.PST, accounts=[aba, "5591037264"],
    fields=[("Thread-Topic", "Updated remittance information - action required"),
            ("Thread-Index", K.thread_index(f)), ("Accept-Language", "en-US"), ("Content-Language", "en-US")]))


# ------------------------------------------------------------------ bec-12: Takami on Yahoo! JAPAN, HTML only
f = "bec-12-invoice-takami-yahoo-mailserver-down-html-ja.eml"
when = jst(2026, 5, 19, 19, 48, 2)
frm = ("株式会社タカミ精密 経理課", "takami_keiri2026@yahoo.co.jp")
lines = ["青嵐電子工業株式会社", "経理部 ご担当者様", "",
         "いつもお世話になっております。株式会社タカミ精密 経理課でございます。", "",
         "現在、弊社メールサーバーに障害が発生しており、復旧までの間こちらのアドレスより送信しております。",
         "ご不便をおかけし申し訳ございません。", "",
         "さて、弊社決算期の変更に伴い、5月末お支払い分より下記口座へのお振込をお願いしております。",
         "既にお支払い手続きがお済みの場合は、お手数ですが下記口座へご変更いただけますでしょうか。", ""]
table = [("金融機関", "ことり銀行"), ("支店", "本店営業部"), ("種別", "普通"), ("口座番号", "5092738"),
         ("名義", "タカミセイミツ（カ")]
tail = ["", "ご対応いただけましたら、本メールへご返信をお願いいたします。", "", "株式会社タカミ精密", "経理課"]
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
        "<body><div style=\"font-family:'MS PGothic',sans-serif;font-size:10pt\">\n"
        + "\n".join(f"<div>{K.esc(x) if x else '<br>'}</div>" for x in lines)
        + "\n<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
        + "\n".join(f"<tr><td>{K.esc(a)}</td><td><b>{K.esc(b)}</b></td></tr>" for a, b in table)
        + "\n</table>\n" + "\n".join(f"<div>{K.esc(x) if x else '<br>'}</div>" for x in tail)
        + "\n</div></body></html>")
add(Msg(
    f, "bec", "invoice-fraud", "ja",
    ("The vendor's name as display name on a Yahoo! JAPAN address ('our mail server is down'), HTML only: "
     "asks for the May payment to a new 普通 account at another bank because of a 'change of fiscal "
     "year', and to redirect payments already scheduled. Yahoo! JAPAN passes SPF/DKIM/DMARC for its own "
     "domain; the browser address is 203.0.113.9."),
    when=when, frm=frm, to=[P("murakami").ja_addr()], subject="【ご連絡】5月末お支払い分のお振込先について",
    body=K.html(html, "UTF-8", "base64"), hcs=("UTF-8", "B"),
    route=R.yahoo_jp(f, when, P("murakami").email, "203.0.113.9"),
    auth=R.Auth("pass", frm[1], "pass", "yahoo.co.jp", "pass", "yahoo.co.jp", "none"),
    mid=K.mid_yahoo(f), accounts=["5092738"], fields=[("X-Mailer", "YahooMailWebService/0.8.203")]))


# ------------------------------------------------------------------ bec-13: Kessler on Gmail, UK IBAN
f = "bec-13-invoice-kessler-gmail-uk-collection-iban-en.eml"
when = jst(2026, 6, 3, 15, 40, 11)
gb = B.iban("GB", "EXCL" + "204518" + "63018472")
frm = ("Kessler Messtechnik GmbH - Buchhaltung", "kessler.messtechnik.ar@gmail.com")
text = f"""Dear Sir / Madam,

Our records show that invoice KM-RE-2026-0388 (EUR 12,780.00, spare part kit for BX-40) is now 14 days overdue.

Please be informed that our main account in Germany is temporarily restricted while our annual group audit is completed. To avoid further delays please remit the outstanding amount to our UK collection account:

Beneficiary: Kessler Messtechnik GmbH
Bank: Example Clearing Bank Ltd, London
IBAN: {gb}
Sort code: 20-45-18
SWIFT/BIC: EXCLGB2L

Kindly send the payment confirmation (SWIFT copy) to this email address. Our Stuttgart office phone lines are being migrated this week, so email is the fastest way to reach us.

Thank you for your cooperation.

Accounting Department
Kessler Messtechnik GmbH"""
add(Msg(
    f, "bec", "invoice-fraud", "en",
    ("The German supplier's name on a Gmail account: an 'overdue' invoice, the main account 'restricted "
     "by an audit', payment to a UK IBAN (valid checksum) instead of the IBAN on file, confirmation by "
     "email only because 'phone lines are being migrated'. To both AP clerks. Gmail passes SPF/DKIM/DMARC."),
    when=when, frm=frm, to=[P("sasaki").en_addr(), P("murakami").en_addr()],
    subject="Overdue invoice KM-RE-2026-0388 - payment instructions",
    body=K.plain(text, "UTF-8", "7bit"), route=R.gmail(f, when, P("sasaki").email),
    auth=R.Auth("pass", frm[1], "pass", "gmail.com", "pass", "gmail.com", "none"),
    mid=K.mid_gmail(f), style="gmail", date_tz=R.CEST, accounts=[gb]))
