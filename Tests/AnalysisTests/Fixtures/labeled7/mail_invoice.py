"""Bogus invoices and vendor impersonation (bec-08 .. bec-13): look-alike
vendor domains, a free-mail fake supplier and a fake collections agency,
new accounts in text, PDF, text-file and HTML-only form."""
import banking as B
import common as Cm
import company as C
import routes as R
from local import (mk, jst, auth, via_server, via_yahoo, via_gmail, plain, html, mixed, pdf, textfile,
                   gmail_alt, outlook_alt)

P = C.P
FW = B.fullwidth


# ---------------------------------------------------------------- bec-08: rokko-transpot, reissued invoice

F08 = "bec-08-invoice-rokko-transpot-lookalike-reissued-new-toza-group-company-pdf-fullwidth-ja.eml"
W08 = jst(2026, 6, 9, 15, 10)
FROM08 = ("河合 千尋", "kawai@rokko-transpot.example")
ACC08 = "0617742"


def bec08():
    y = P("yamamoto")
    text = f"""株式会社汐見ロジスティクス
管理本部 経理部 山本様
（cc：西田様）

いつも大変お世話になっております。
六甲トランスポート 経理課の河合でございます。

6月1日にお送りいたしました2026年5月分のご請求書（RT-2605-0318）につきまして、
弊社の取引銀行変更に伴い、お振込先を変更させていただくことになりました。
再発行いたしましたご請求書を添付いたしますので、お手数ですが
先にお送りしたご請求書は破棄していただけますようお願いいたします。

【新しいお振込先】
　浪速中央銀行 本町支店
　当座預金 {FW(ACC08)}
　口座名義 カ）ロッコウロジサービス
　※弊社グループの集金代行会社の口座となります。

ご請求金額（{FW('3,842,630')}円）およびお支払期日（6月30日）に変更はございません。
旧口座へのお振込みは今後お受けできなくなりますので、ご注意ください。

ご不明な点がございましたら、本メールにてお問い合わせください。
何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社六甲トランスポート 経理課
河合 千尋（かわい ちひろ）
〒658-0024 兵庫県神戸市東灘区魚崎浜町31番地
TEL 078-000-4121　FAX 078-000-4122
━━━━━━━━━━━━━━━━━━━━"""
    doc = pdf("請求書_RT-2605-0318_再発行.pdf", [
        "請求書（再発行）", "株式会社汐見ロジスティクス 御中", "請求番号 RT-2605-0318  再発行日 2026年6月9日",
        "件名 2026年5月分 コンテナ横持ち・ドレージ作業料", "ご請求金額 3,842,630円（税込）",
        f"お振込先 浪速中央銀行 本町支店 当座 {ACC08} カ）ロッコウロジサービス",
        "お支払期日 2026年6月30日", "株式会社六甲トランスポート 経理課"], "請求書 RT-2605-0318 再発行")
    a = auth("pass", FROM08[1], "pass", "rokko-transpot.example", "none", "rokko-transpot.example", None)
    return mk(F08, "bec", "invoice-fraud", "ja",
              "The drayage contractor impersonated from the look-alike rokko-transpot.example ('r' missing in "
              "transport) on a rented server (SPF and DKIM pass for the look-alike, no DMARC record). Copies the "
              "real clerk's name, signature and invoice number of clean-01 and 'reissues' it: the bank changed, "
              "destroy the first invoice, pay the same amount to a 当座 account of a 'group collection company' "
              "(full-width digits; a PDF with the new account), 'payments to the old account will not be "
              "accepted', questions by mail only.",
              via_server(F08, W08, y.email, FROM08[1], "smtp.rokko-transpot.example", "203.0.113.212",
                         "198.51.100.77", helo="DESKTOP-R8J4L2P", attach=True, a=a),
              when=W08, frm=FROM08, to=[y.ja_addr()], cc=[P("nishida").ja_addr()],
              subject="【六甲トランスポート】ご請求書再発行およびお振込先変更のご案内", body=mixed(plain(text), doc),
              topic="【六甲トランスポート】ご請求書再発行およびお振込先変更のご案内", accounts=[ACC08])


# ---------------------------------------------------------------- bec-09: Yahoo! fake supplier, cargo hold

F09 = "bec-09-invoice-bayside-yahoo-server-down-cargo-release-hold-personal-account-ja.eml"
W09 = jst(2026, 6, 15, 16, 40)
FROM09 = ("ベイサイド倉庫 岩崎", "bayside.keiri.iwasaki@yahoo.co.jp")
ACC09 = "5520913"


def bec09():
    n = P("nishida")
    text = f"""株式会社汐見ロジスティクス
経理部 ご担当者様

いつもお世話になっております。ベイサイド倉庫 経理部の岩崎です。
現在、弊社のメールサーバーに障害が発生しているため、臨時に個人のアドレスから
ご連絡させていただいております。失礼をお許しください。

4月分の荷役追加作業料（請求番号 BS-2604-118、352,000円）が、
本日現在、未入金となっております。

大変恐縮ですが、本日中にお振込みいただけない場合、規定により
御社名義の保管貨物（横浜 B棟）の出庫を一時停止させていただくことになります。

お振込先は下記のとおりです。
　かもめネット銀行 第二営業部
　普通 {ACC09}
　名義 イワサキ ユミ
　※障害復旧までの間、経理担当者名義の口座にてお受けしております。

お振込み後、本アドレスまでご一報いただけますと幸いです。
よろしくお願いいたします。

ベイサイド倉庫 経理部
岩崎"""
    return mk(F09, "bec", "invoice-fraud", "ja",
              "A fake supplier on Yahoo! JAPAN mail (the vendor writes from bayside-soko.example), sent through "
              "Yahoo!'s webmail; SPF, DKIM and DMARC pass for yahoo.co.jp. 'Our mail server is down', an unpaid "
              "add-on invoice, and a logistics-specific threat: the company's stored cargo will not be released "
              "unless paid today. The payee is a personal account in the clerk's name at a net bank ('while the "
              "server is down').",
              via_yahoo(F09, W09, n.email, FROM09[1], "198.51.100.19"),
              when=W09, frm=FROM09, to=[n.ja_addr()], subject="【至急】未入金のご連絡（ベイサイド倉庫）",
              body=plain(text), accounts=[ACC09])


# ---------------------------------------------------------------- bec-10: vanleeuwen-transports, LT IBAN

F10 = "bec-10-invoice-vanleeuwen-transports-lookalike-detention-new-lt-iban-pdf-en.eml"
W10 = jst(2026, 6, 23, 17, 5)   # 10:05 CEST
FROM10 = ("Marloes de Graaf", "m.degraaf@vanleeuwen-transports.example")
IBAN10 = B.iban("LT", "32500" + "48211906537")


def bec10():
    j = P("jansen")
    text = f"""Dear Lotte,

Please find attached invoice VLT-2026-1302 for waiting hours at the Maasvlakte terminals and
container detention in May and June.

Amount due: EUR 9,760.00
Payment terms: due on receipt

Please note that our banking has moved to our new cash-management bank. Kindly update your
records and use the following details for this and all future invoices:

Bank: Baltic Merchant Bank UAB
IBAN: {B.iban_print(IBAN10)}
BIC: BMBULT22
Account name: Van Leeuwen Transport B.V.

Payments to our previous account will be rejected by the bank from 1 July.

Met vriendelijke groet / Kind regards,

Marloes de Graaf
Accounts Receivable
Van Leeuwen Transport B.V.
Reeweg 212, 3088 EK Rotterdam"""
    doc = pdf("VLT-2026-1302.pdf", [
        "Van Leeuwen Transport B.V.  -  INVOICE", "Invoice no. VLT-2026-1302    Date 23-06-2026",
        "Shiomi Logistics Europe B.V., Waalhaven Zuidzijde 48, 3089 JH Rotterdam",
        "Waiting hours Maasvlakte (41.5 h x EUR 95.00)  EUR 3,942.50",
        "Container detention May/June  EUR 5,817.50", "Total EUR 9,760.00 - due on receipt",
        f"NEW BANK DETAILS: Baltic Merchant Bank UAB  IBAN {B.iban_print(IBAN10)}  BIC BMBULT22"],
        "Invoice VLT-2026-1302")
    a = auth("pass", FROM10[1], "pass", "vanleeuwen-transports.example", "pass", "vanleeuwen-transports.example")
    return mk(F10, "bec", "invoice-fraud", "en",
              "The Dutch haulier impersonated from the look-alike vanleeuwen-transports.example ('s' added), "
              "with the real clerk's name and signature; SPF, DKIM and DMARC pass for the look-alike (its own "
              "server, p=none). An invoice 'due on receipt' for waiting hours and detention and 'new bank details "
              "for this and all future invoices': a Lithuanian IBAN (valid checksum) instead of the Dutch one on "
              "file, in the text and the PDF; 'payments to the previous account will be rejected'.",
              via_server(F10, W10, j.email, FROM10[1], "mail.vanleeuwen-transports.example", "198.51.100.151",
                         "203.0.113.88", helo="LAPTOP-9Q4MZ1", attach=True, lang="en-GB", a=a, tz=R.CEST),
              when=W10, frm=FROM10, to=[j.en_addr()],
              subject="Invoice VLT-2026-1302 - waiting hours and detention May/June",
              body=mixed(outlook_alt(text, "US-ASCII", "7bit", "Calibri", "EN-GB"), doc),
              topic="Invoice VLT-2026-1302 - waiting hours and detention May/June", hcs=("UTF-8", "Q"),
              accounts=[IBAN10])


# ---------------------------------------------------------------- bec-11: pacificcrest-logistic, text file

F11 = "bec-11-invoice-pacificcrest-s-dropped-lookalike-workspace-new-aba-textfile-en.eml"
W11 = jst(2026, 6, 25, 10, 20)   # 18:20 PDT on 24 June
FROM11 = ("Pacific Crest Accounts Receivable", "ar@pacificcrest-logistic.example")
ROUT11, ACC11 = B.aba("06100015"), "7730091264"


def bec11():
    y = P("yamamoto")
    text = """Dear Ms. Yamamoto,

Please be advised that, effective immediately, Pacific Crest Logistics has moved its
operating accounts to a new bank as part of our annual treasury review.

The updated remittance instructions are attached. Please apply them to the open invoices
PCL-INV-55821 (past due) and PCL-INV-56107, and to all future payments. Payments sent to our
previous account after June 26 will be returned and may incur late charges.

Kindly confirm by reply once your vendor master has been updated.

Thank you,

Kevin Tran
Accounts Receivable
Pacific Crest Logistics, Inc."""
    instr = f"""PACIFIC CREST LOGISTICS, INC. - REMITTANCE INSTRUCTIONS (effective June 2026)

Beneficiary:      Pacific Crest Logistics, Inc.
Bank:             Sunbelt Commerce Bank, Atlanta, GA
ABA routing no.:  {ROUT11}
Account no.:      {ACC11}
Account type:     checking
SWIFT (intl):     SUCBUS33

Please quote invoice numbers in the payment reference.
Questions: ar@pacificcrest-logistic.example
"""
    route = R.gmail(F11, W11, y.email)
    route.selector = "google"   # Google Workspace signs a custom domain with this selector
    a = auth("pass", FROM11[1], "pass", "pacificcrest-logistic.example", "none", "pacificcrest-logistic.example",
             None)
    via = dict(route=route, auth=a, mid=Cm.mid_gmail(F11), style="gmail", fields=[], date_tz=R.PDT)
    return mk(F11, "bec", "invoice-fraud", "en",
              "The US agent's accounts-receivable name on the look-alike pacificcrest-logistic.example ('s' "
              "dropped), hosted on Google Workspace (SPF and DKIM pass for the look-alike, no DMARC record), sent "
              "in the evening of Long Beach time. It names the real open invoices of the statement in clean-04 and "
              "moves 'all future payments' to a new bank: a new ABA routing number (valid checksum) and account in "
              "an attached text file, 'payments to the previous account will be returned', confirm by reply.",
              via, when=W11, frm=FROM11, to=[y.en_addr()],
              subject="Updated remittance instructions - Pacific Crest Logistics",
              body=mixed(gmail_alt(text), textfile("PCL_Remittance_Instructions_2026.txt", instr)),
              hcs=("UTF-8", "B"), accounts=[ROUT11, ACC11])


# ---------------------------------------------------------------- bec-12: rokkou-transport, HTML only

F12 = "bec-12-invoice-rokkou-long-vowel-lookalike-fuel-surcharge-html-only-fullwidth-ja.eml"
W12 = jst(2026, 7, 1, 11, 30)
FROM12 = ("六甲トランスポート 経理課", "keiri@rokkou-transport.example")
ACC12 = "4402716"


def bec12():
    n = P("nishida")
    rows = [("2026年4月分", "212,380円"), ("2026年5月分", "208,930円"), ("2026年6月分", "207,230円")]
    trs = "\n".join(f'<tr><td style="border:1px solid #999;padding:4px 10px">{m}</td>'
                    f'<td style="border:1px solid #999;padding:4px 10px;text-align:right">{v}</td></tr>'
                    for m, v in rows)
    body = f"""<html><head><meta charset="UTF-8"></head>
<body style="font-family:'Hiragino Kaku Gothic ProN','Meiryo',sans-serif;font-size:14px;color:#222">
<p>株式会社汐見ロジスティクス<br>経理部 ご担当者様</p>
<p>平素より格別のお引き立てを賜り、誠にありがとうございます。<br>
株式会社六甲トランスポート 経理課でございます。</p>
<p>2026年4月より適用となりました燃料サーチャージ改定につきまして、<br>
4月分から6月分までの差額を下記のとおりご請求申し上げます。</p>
<table style="border-collapse:collapse;margin:10px 0">
<tr><th style="border:1px solid #999;padding:4px 10px;background:#eef">対象月</th>
<th style="border:1px solid #999;padding:4px 10px;background:#eef">差額（税込）</th></tr>
{trs}
<tr><td style="border:1px solid #999;padding:4px 10px"><b>合計</b></td>
<td style="border:1px solid #999;padding:4px 10px;text-align:right"><b>{FW('628,540')}円</b></td></tr>
</table>
<p>本差額のお振込先は、通常のご請求とは別の専用口座となります。<br>
<b>ひかりネット銀行 法人営業部 普通 {FW(ACC12)} カ）ロッコウトランスポート</b></p>
<p>お支払期日：<b>2026年7月10日（金）</b></p>
<p>ご不明な点は本メールへご返信ください。<br>今後ともよろしくお願い申し上げます。</p>
<p>株式会社六甲トランスポート 経理課</p>
</body></html>"""
    a = auth("pass", FROM12[1], "none", None, "none", "rokkou-transport.example", None)
    return mk(F12, "bec", "invoice-fraud", "ja",
              "The drayage contractor impersonated from the look-alike rokkou-transport.example (ろっこう with the "
              "long vowel written 'ou'), a role address and no person's name, from a server without a mail client "
              "(SPF passes, no DKIM, no DMARC record). HTML-only UTF-8 in base64 with a table: a 'fuel surcharge "
              "difference' for three months, payable by a deadline to a 'separate dedicated account' at a net "
              "bank (full-width digits), questions only by reply.",
              via_server(F12, W12, n.email, FROM12[1], "mail.rokkou-transport.example", "203.0.113.230", None,
                         mailer=None, a=a),
              when=W12, frm=FROM12, to=[n.ja_addr()],
              subject="【重要】燃料サーチャージ改定に伴う差額ご請求とお振込先のご案内",
              body=html(body, "UTF-8", "base64"), hcs=("UTF-8", "B"), accounts=[ACC12])


# ---------------------------------------------------------------- bec-13: fake collections agency on Gmail

F13 = "bec-13-invoice-fake-collections-agency-gmail-vanleeuwen-48-hours-gb-iban-en.eml"
W13 = jst(2026, 7, 7, 18, 40)   # 10:40 BST
FROM13 = ("Northgate Credit Management", "northgate.credit.collections@gmail.com")
IBAN13 = B.iban("GB", "HLMB" + "402716" + "31850094")


def bec13():
    d = P("devries")
    text = f"""Dear Ms de Vries,

RE: Outstanding balance - Van Leeuwen Transport B.V. - EUR 31,214.50

We have been instructed by our client, Van Leeuwen Transport B.V., to recover the outstanding
balance on your account (invoices VLT-2026-0977 and VLT-2026-1061, both more than 60 days
overdue).

To avoid statutory interest and extrajudicial collection costs (art. 6:96 BW), payment must
be received within 48 hours into our client account:

Account name: Northgate Credit Management Ltd - Client Account
Bank: Holborn Mercantile Bank plc, London
IBAN: {B.iban_print(IBAN13)}
BIC: HLMBGB2L
Reference: VLT-SLE-3121

The account has been transferred to us, so please do not contact our client directly about
this matter; all correspondence should be addressed to this office.

Yours sincerely,

Daniel Whitcombe
Senior Collections Officer
Northgate Credit Management Ltd"""
    return mk(F13, "bec", "invoice-fraud", "en",
              "A 'collections agency' on Gmail (SPF, DKIM, DMARC pass for gmail.com) claiming to act for the Dutch "
              "haulier: invoice numbers that do not exist in the vendor's series, 'more than 60 days overdue', "
              "payment within 48 hours to a UK client account (GB IBAN with a valid checksum, not the vendor's "
              "account on file), legal threat (art. 6:96 BW), and 'do not contact our client directly'.",
              via_gmail(F13, W13, d.email, FROM13[1]), when=W13, frm=FROM13, to=[d.en_addr()],
              subject="Final notice before legal action - Van Leeuwen Transport B.V. - account VLT-SLE-3121",
              body=gmail_alt(text), hcs=("UTF-8", "B"), date_tz=R.BST, accounts=[IBAN13])


def messages():
    return [bec08(), bec09(), bec10(), bec11(), bec12(), bec13()]
