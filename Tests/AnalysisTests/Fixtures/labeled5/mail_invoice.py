"""BEC: bogus invoices and vendor impersonation (look-alike domains, free mail)."""
import banking as B
import common as CM
import company as C
import mimeparts as M
import routes as R
import threads as T
from local import msg, freemail, own_server, pdf, mixed, textfile, ip, Via
from message import jst

P = C.P
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ------------------------------------------------------------------ bec-08

hz_text = """株式会社朝凪ロジスティクス
経理部　岩崎 様

いつも大変お世話になっております。
ハマカゼ運送 経理課の佐伯でございます。

先日お送りいたしました4月分傭車料のご請求書につきまして、
お振込先の記載に誤りがございましたので、訂正版をお送りいたします。
大変お手数ですが、先の請求書は破棄していただき、添付の訂正版にて
お手続きをお願いいたします。

　請求番号　：ＨＫ−２６０４−０３１（訂正版）
　ご請求額　：４，２８６，５００円（税込）
　お支払期日：２０２６年５月２９日

【訂正後のお振込先】
　つばめ信用組合　横浜駅前支店
　普通預金　７７２０４１５
　口座名義　カ）ハマカゼウンソウ

※現在、さざなみ信用金庫の口座は決算処理の関係で入金の確認が
　遅れておりますため、今回分より上記口座へお願いしております。

ご不明な点がございましたら、本メールにご返信ください。
何卒よろしくお願い申し上げます。

株式会社ハマカゼ運送　経理課
佐伯 紀子"""

when = jst(2026, 5, 13, 16, 22, 9)
lk = "hamakaze-unsou.example"
frm = (T.SAEKI[0], "saeki.noriko@" + lk)
add(msg("bec-08-invoice-hamakaze-lookalike-unsou-corrected-invoice-pdf-fullwidth-ja.eml", "bec",
        "invoice-fraud", "ja",
        "The subcontracted carrier's accounting clerk, name and signature copied, on the look-alike "
        "hamakaze-unsou.example (the romaji variant 'unsou' of the real 'unso'). A 'corrected' April "
        "invoice with a new 普通 account at another institution (full-width digits, 7720415) instead of the "
        "当座 account on file; the real account is said to be 'delayed'. PDF 'corrected invoice' attached. "
        "SPF pass for the look-alike, no DKIM, no DMARC record.",
        own_server("bec-08", when, P("iwasaki").email, frm[1], "mail." + lk, "203.0.113.141",
                   client=(None, ip("bec-08", "198.51.100"), "[" + ip("bec-08", "198.51.100") + "]"),
                   auth=R.Auth("pass", frm[1], "none", None, "none", lk, None),
                   mid=CM.mid_becky("bec-08", when, lk)),
        when=when, frm=frm, to=[P("iwasaki").ja_addr()],
        subject="【訂正】4月分 傭車料ご請求書の振込先について",
        body=mixed(CM.plain(hz_text),
                   pdf(["請求書（訂正版）", "株式会社朝凪ロジスティクス 御中", "請求番号 HK-2604-031",
                        "2026年4月分 傭車料", "合計 4,286,500円", "お支払期日 2026年5月29日",
                        "振込先 つばめ信用組合 横浜駅前支店 普通 7720415 カ）ハマカゼウンソウ"],
                       "請求書_HK-2604-031_訂正版.pdf", "請求書 HK-2604-031", "Microsoft Word")),
        fields=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")], accounts=["7720415"]))

# ------------------------------------------------------------------ bec-09

sl_text = """株式会社朝凪ロジスティクス
経理部　ご担当者様

平素は格別のご高配を賜り、誠にありがとうございます。
株式会社シーライン石油　業務部の片桐でございます。

５月分のご請求書を添付いたしました。
あわせて、６月１日より軽油単価の改定に伴い、弊社の請求業務を
本社経理に集約することとなりました。これにより、今回のお支払い分より
お振込口座を下記へ変更させていただきます。

　お振込先：ことぶき銀行　東京営業部
　　　　　　当座預金　０５５１８２３
　　　　　　口座名義　カ）シーラインセキユ

　ご請求金額：７，１０４，９５５円（税込）
　お支払期日：２０２６年６月３０日

旧口座（はまなす銀行）は６月末で解約予定のため、お振込みいただいても
返金の手続きが必要となります。お手数ですが、御社のお取引先マスタの
ご変更をお願いいたします。

なお、本件は書面でのご案内を省略させていただいております。
何卒ご了承のほど、よろしくお願い申し上げます。

株式会社シーライン石油
業務部　片桐 早苗"""

when = jst(2026, 6, 1, 9, 41, 30)
lk = "sea1ine-oil.example"
frm = (T.KATAGIRI[0], "s.katagiri@" + lk)
add(msg("bec-09-invoice-sealine-lookalike-digit-one-toza-sjis-fullwidth-ja.eml", "bec", "invoice-fraud", "ja",
        "The fuel supplier's billing clerk on the look-alike sea1ine-oil.example (digit 1 for l): May "
        "invoice plus a bank change 'because billing moves to head office', new 当座 account at another bank "
        "in full-width digits (0551823), the old one 'to be closed', 'no letter will be sent'. Shift_JIS "
        "8bit body; the look-alike is well configured (SPF, DKIM and DMARC pass for it). Timed with the "
        "real price revision of June.",
        own_server("bec-09", when, P("iwasaki").email, frm[1], "smtp." + lk, "198.51.100.109",
                   client=(None, ip("bec-09"), "[" + ip("bec-09") + "]"), selector="s1"),
        when=when, frm=frm, to=[P("iwasaki").ja_addr(), P("onodera").ja_addr()], hcs=("Shift_JIS", "B"),
        subject="５月分ご請求書送付および振込口座変更のご案内",
        body=CM.plain(sl_text, "Shift_JIS", "8bit"),
        fields=[("X-Mailer", "Microsoft Outlook 16.0")], accounts=["0551823"]))

# ------------------------------------------------------------------ bec-10

LT_IBAN = B.iban("LT", "32500" + "10017720948")
vr_text = f"""Dear Mr Kawaguchi,

Please find attached invoice VR-2026-0419 for milestone 3 of the Atsugi
DC project (software commissioning and performance test).

Kindly note that from this invoice onwards our receivables are handled by
our factoring partner. Payments made to our previous account will be
returned to the sender and may delay the release of the final acceptance
documents. The new remittance details are:

  Beneficiary:  Van Rijn Opslagsystemen B.V.
  Bank:         Example Baltic Payments UAB, Vilnius
  IBAN:         {B.iban_print(LT_IBAN)}
  SWIFT/BIC:    EXLTLT2X
  Amount:       EUR 343,875.00
  Due date:     20 May 2026

Could you confirm by return email once you have updated your vendor
records and let me know the expected value date? We are preparing our
quarter-end reporting and would appreciate a quick reply.

Kind regards,

Sanne de Graaf
Accounts Receivable
Van Rijn Opslagsystemen B.V."""

when = jst(2026, 5, 6, 16, 55, 12)
lk = "vanrijn-system.example"
frm = (T.DEGRAAF[0], "s.degraaf@" + lk)
r = R.webmail("bec-10", when, P("kawaguchi").email, "mail." + lk, "203.0.113.52", "webmail." + lk,
              ip("bec-10", "198.51.100"), tz=R.CEST)
add(msg("bec-10-invoice-vanrijn-lookalike-dropped-s-factoring-lt-iban-pdf-en.eml", "bec", "invoice-fraud",
        "en",
        "The conveyor maker's receivables clerk, name and signature copied, on the look-alike "
        "vanrijn-system.example (the final s dropped), sent through a Roundcube webmail. Milestone-3 invoice "
        "with a new Lithuanian IBAN 'of our factoring partner' instead of the Dutch one on file, 'payments "
        "to the old account will be returned', please confirm the value date. PDF invoice carries the same "
        "IBAN. The look-alike passes SPF/DKIM/DMARC for itself; the head of accounting, copied in the real "
        "thread, is copied again.",
        Via(r, R.aligned(lk, frm[1], "none"), CM.mid_roundcube("bec-10", lk)),
        when=when, date_tz=R.CEST, frm=frm, to=[P("kawaguchi").en_addr()], cc=[P("maeda").en_addr()],
        subject="Invoice VR-2026-0419 - Milestone 3 / updated remittance details",
        body=mixed(CM.plain(vr_text, "UTF-8", "7bit", flowed=False),
                   pdf(["Van Rijn Opslagsystemen B.V. - INVOICE VR-2026-0419", "Date: 06-05-2026",
                        "Customer: Asanagi Logistics Co., Ltd.",
                        "Milestone 3 of 4: software commissioning (25%)   EUR 343,875.00",
                        "Please remit to: Example Baltic Payments UAB",
                        f"IBAN {B.iban_print(LT_IBAN)}   BIC EXLTLT2X", "Due: 20-05-2026"],
                       "VR-2026-0419.pdf", "Invoice VR-2026-0419", "Microsoft Word - Invoice")),
        fields=[("User-Agent", "Roundcube Webmail/1.6.9")], accounts=[LT_IBAN]))

# ------------------------------------------------------------------ bec-11

NEW_ABA = B.aba("32118472")
ph_text = """Hi Hannah,

Hope your week is going well. We have moved our operating accounts to a
new bank as part of our annual review, and all customer payments should
now go to the account in the attached remittance sheet. Please update
your vendor file before your next ACH run - the old Harborline account
will be closed at the end of the month and returned ACHs take 10+ days to
come back.

Open items as of today: PHD-25016 ($19,870.00) and PHD-25044
($23,412.75).

Send me a quick note when it's updated so I can let our AR team know.

Thanks,
Ray Castillo
Controller, Pacific Harbor Drayage, LLC
(555) 010-4460"""

att = f"""PACIFIC HARBOR DRAYAGE, LLC
UPDATED REMITTANCE INSTRUCTIONS - EFFECTIVE IMMEDIATELY

Bank name:        Sierra Summit Credit Union
Account name:     Pacific Harbor Drayage LLC
ABA routing:      {NEW_ABA}
Account number:   4481029375
Account type:     Business checking

Remittance advice: ar@pacharbour-drayage.example
Questions: Ray Castillo, Controller
"""

when = jst(2026, 5, 28, 1, 19, 44)
lk = "pacharbour-drayage.example"
frm = ("Ray Castillo", "rcastillo@" + lk)
add(msg("bec-11-invoice-pacharbor-lookalike-harbour-new-ach-textfile-en.eml", "bec", "invoice-fraud", "en",
        "The drayage carrier's controller on the look-alike pacharbour-drayage.example (British 'harbour' for "
        "'harbor'), to the US accounts-payable clerk: new bank 'after our annual review', update before the "
        "next ACH run, the old account 'will be closed'. New ABA routing and account in a text attachment; "
        "remittance advice to the look-alike. SPF pass, DKIM none, DMARC none for the look-alike.",
        own_server("bec-11", when, P("cole").email, frm[1], "mail." + lk, "198.51.100.172",
                   client=(None, ip("bec-11"), "[" + ip("bec-11") + "]"), tz=R.PDT,
                   auth=R.Auth("pass", frm[1], "none", None, "none", lk, None),
                   mid=CM.mid_outlook_desktop("bec-11", lk), style="outlook"),
        when=when, date_tz=R.PDT, frm=frm, to=[P("cole").en_addr()],
        subject="Updated remittance instructions - Pacific Harbor Drayage",
        body=mixed(CM.plain(ph_text, "US-ASCII"), textfile(att, "PHD_Remittance_Update.txt")),
        fields=[("X-Mailer", "Microsoft Outlook 16.0")], accounts=[NEW_ABA, "4481029375"]))

# ------------------------------------------------------------------ bec-12

yh_text = """朝凪ロジスティクス
経理部 岩崎様

いつもお世話になっております。ハマカゼ運送の佐伯です。

現在、弊社のメールサーバーに障害が発生しており、会社のアドレスから
送受信ができない状態のため、個人のアドレスから失礼いたします。

5月分の傭車料のお支払いにつきまして、会社口座が差押え対応の確認中で
一時的に入金ができなくなっております。大変恐縮ですが、今回のみ
下記の口座へお振込みいただけますでしょうか。

　ルミナ銀行　ソナタ支店
　普通　６６１０２７３
　名義　サエキ　ノリコ

（弊社経理担当の名義口座です。入金確認後、速やかに会社口座へ移します）

お手数をおかけしますが、お振込み予定日をこちらのアドレスにご返信
いただけますと助かります。会社のアドレスには送らないでください
（障害復旧まで届きません）。

よろしくお願いいたします。

ハマカゼ運送 経理課
佐伯"""

when = jst(2026, 6, 9, 13, 5, 51)
addr = "hamakaze_keiri2026@yahoo.co.jp"
v = freemail("bec-12", when, P("iwasaki").email, addr, "203.0.113.219")
add(msg("bec-12-invoice-hamakaze-yahoo-server-down-personal-account-html-ja.eml", "bec", "invoice-fraud",
        "ja",
        "The carrier's clerk's name on a Yahoo! JAPAN address ('our mail server is down'), HTML-only UTF-8 "
        "body: May payment 'this time only' to an ordinary account in the clerk's PERSONAL name at a net "
        "bank (full-width 6610273), 'do not write to the company address'. Yahoo passes SPF/DKIM/DMARC for "
        "yahoo.co.jp; submitted from 203.0.113.219.",
        v, when=when, frm=("佐伯 紀子", addr), to=[P("iwasaki").ja_addr()], hcs=("UTF-8", "B"),
        subject="【ハマカゼ運送】5月分お支払いのお願い（臨時）",
        body=CM.html(CM.simple_html(yh_text, "MS PGothic, sans-serif", "10pt"), "UTF-8", "base64"),
        accounts=["6610273"]))

# ------------------------------------------------------------------ bec-13

GB_IBAN = B.iban("GB", "EXGB" + "608371" + "44019275")
gm_text = f"""Dear Ms Maeda,

We are writing regarding the outstanding balance for milestone 3 of the
Atsugi DC conveyor project (invoice VR-2026-0419, EUR 343,875.00), which is
now past due.

Due to an ongoing audit of our Dutch accounts, payments for our Asian
customers are temporarily collected through our UK collection account.
Please arrange the transfer at your earliest convenience to:

  Account name:  VR Opslag Holdings Ltd
  Bank:          Example Commerce Bank plc, London
  IBAN:          {B.iban_print(GB_IBAN)}
  SWIFT:         EXGBGB2L
  Reference:     VR-2026-0419

To avoid a suspension of the service agreement for the Atsugi site,
please send the remittance slip to this email address today. Our
corporate mailbox is under migration, so kindly reply here only.

Best regards,
Accounts Department
Van Rijn Opslagsystemen B.V."""

when = jst(2026, 6, 15, 17, 12, 3)
addr = "vanrijn.accounts.nl@gmail.com"
v = freemail("bec-13", when, P("maeda").email, addr)
add(msg("bec-13-invoice-vanrijn-gmail-uk-collection-iban-overdue-en.eml", "bec", "invoice-fraud", "en",
        "The conveyor maker's name on a Gmail address, to the head of accounting: 'past due' milestone "
        "invoice, pay to a UK 'collection account' of a differently named holder (GB IBAN) 'because of an "
        "audit', threat to suspend the service agreement, 'reply here only, corporate mailbox under "
        "migration'. Gmail passes SPF/DKIM/DMARC for gmail.com.",
        v, when=when, date_tz=R.CEST, frm=("Van Rijn Opslagsystemen - Accounts", addr),
        to=[P("maeda").en_addr()], subject="OVERDUE: VR-2026-0419 - payment instructions",
        body=CM.plain(gm_text, "UTF-8", "7bit"), accounts=[GB_IBAN]))
