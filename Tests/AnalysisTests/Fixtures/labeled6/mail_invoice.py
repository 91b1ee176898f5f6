"""bec-08 .. bec-13: bogus invoices and vendor impersonation (look-alikes of the
suppliers in org.yaml, and a supplier 'writing from free mail')."""
import banking as B
import common as Cm
import company as C
import local as L
import mimeparts as M
import routes as R
from local import jst, mk

P = C.P
FW = B.fullwidth
MI, HI, AL, CA = (C.V[k] for k in ("michinoku", "hibari", "albrecht", "carelink"))


def _own(dom, p="none"):
    return R.Auth("pass", dom, "pass", dom, "pass", dom, p)


def bec08():
    dom = "mitinoku-medical.example"
    acct = "6027714"
    text = f"""医療法人社団 緑風会
法人事務局 経理課
佐々木 遥 様

いつも大変お世話になっております。
みちのくメディカル商事 営業管理課の小野寺でございます。

先日お送りいたしました2026年3月分のご請求書につきまして、
お振込先の記載に誤りがございましたので、再発行したご請求書を
お送りいたします。お手数をおかけし、誠に申し訳ございません。

弊社では、監査法人からの指摘を受け、4月より決済用口座を
下記に変更しております。3月分以降のお支払いは、必ず新しい口座へ
お振込みくださいますようお願い申し上げます。

　【新】お振込先
　　銀行名　　：みなと未来銀行（金融機関コード 0000）
　　支店名　　：仙台駅前支店
　　口座種別　：当座
　　口座番号　：{FW(acct)}
　　口座名義　：カ）ミチノクメディカルショウジ

旧口座は近日中に解約予定のため、旧口座へお振込みいただいた場合、
組戻しのお手続きが必要となります。

お手数ですが、ご変更の手続きが完了しましたら、本メールへの
ご返信にてお知らせいただけますと幸いです。

━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社みちのくメディカル商事
営業管理課　小野寺 美紀
〒980-0000 仙台市青葉区本町0-0-0 みちのくビル4F
TEL 022-000-3140 / FAX 022-000-3141
━━━━━━━━━━━━━━━━━━━━━━━━━━"""
    inv = L.pdf(["請求書（再発行）", "", "医療法人社団 緑風会 御中",
                 "請求番号 MM-2603-00452R　　請求日 2026年3月31日",
                 "対象期間 2026年3月1日〜2026年3月31日納品分", "",
                 "医療材料一式（明細別紙）", "ご請求金額 " + FW("5,127,940") + "円（税込）",
                 "お支払期日 2026年4月30日", "",
                 "お振込先 みなと未来銀行 仙台駅前支店 当座 " + FW(acct),
                 "口座名義 カ）ミチノクメディカルショウジ", "",
                 "※旧口座（杜の都銀行）へのお振込みはご遠慮ください。",
                 "株式会社みちのくメディカル商事"],
                "請求書_MM-2603-00452R_再発行.pdf", "請求書 再発行")
    return mk("bec-08-invoice-michinoku-kunrei-lookalike-reissued-new-toza-pdf-fullwidth-ja.eml", "bec",
              "invoice-fraud", "ja",
              f"The supplies distributor's billing clerk on {dom} (Kunrei-shiki 'mitinoku' for 'michinoku'), an "
              "Exchange Online tenant with its own SPF, DKIM and DMARC passing. A 're-issued' March invoice with "
              "a 'corrected' 当座 account at another bank (full-width digits, also in the PDF), 'the old account "
              "will be closed', confirm by reply. The account on file is at 杜の都銀行.",
              via=L.m365(dom, "APC", client_ip="198.51.100.97", auth=_own(dom), lang="ja"),
              when=jst(2026, 4, 3, 16, 20, 31), frm=("小野寺 美紀", f"m.onodera@{dom}"),
              to=[P("sasaki").ja_addr()], subject="【再送】2026年3月分 ご請求書（お振込先訂正）のご案内",
              body=M.Multi("mixed", [Cm.plain(text), inv]), accounts=[acct])


def bec09():
    acct = "4291837"
    text = f"""緑風会 経理課
菅原様

いつもお世話になっております。
ひばり給食サービス経理の木村です。

現在、会社のメールサーバーに障害が発生しており、
復旧まで個人のアドレスから連絡させていただいております。
ご迷惑をおかけして申し訳ございません。

3月分の患者給食業務委託料のお支払いについてご相談です。
弊社の現在の口座がシステム移行のため一時的に入金できない状態と
なっておりますので、今回に限り、下記の口座へお振込みいただけます
でしょうか。

　あさひ野ネット銀行　本店営業部
　普通　{FW(acct)}
　ヒバリキュウショクサービス　キムラ　メグミ

金額は請求書記載のとおりで変更はございません。
お振込み予定日が決まりましたら、このアドレスへご連絡ください。

よろしくお願いいたします。

株式会社ひばり給食サービス
経理　木村"""
    return mk("bec-09-invoice-hibari-yahoo-server-down-personal-name-account-sjis-ja.eml", "bec",
              "invoice-fraud", "ja",
              "The meal contractor's accountant 'writing from a personal address because the mail server is down', "
              "a yahoo.co.jp mailbox (authenticated for yahoo.co.jp only). Asks to pay the March fee 'this time "
              "only' into a net-bank account whose holder adds a person's name. Shift_JIS base64, full-width "
              "account number.",
              via=L.yahoo("203.0.113.23"), when=jst(2026, 3, 24, 18, 52, 40),
              frm=("ひばり給食サービス 木村", "hibari.kimura.keiri@yahoo.co.jp"), to=[P("sugawara").ja_addr()],
              subject="3月分お支払いについてのご相談", hcs=("Shift_JIS", "B"),
              body=Cm.plain(text, "Shift_JIS", "base64"), accounts=[acct])


def bec10():
    dom = "albretch-medtech.example"
    iban = B.iban("LT", "7300010088412563")
    text = f"""Dear Ms. Sasaki,

I hope this email finds you well.

Regarding our invoice AMT-RE-2026-0187 (EUR 37,280.00, due 12 March 2026),
please note that due to our annual audit our account with Breisgauer
Handelsbank is temporarily restricted for incoming international
payments. To avoid any delay, we kindly ask you to remit the amount to the
account of our receivables partner below. Payments made there are fully
credited to Albrecht Medizintechnik GmbH.

  Beneficiary:  Albrecht Medizintechnik GmbH
  Bank:         Baltic Receivables Bank UAB, Vilnius
  IBAN:         {B.iban_print(iban)}
  SWIFT/BIC:    BRBKLT22
  Reference:    AMT-RE-2026-0187

Please find attached the confirmation letter from our finance director.
We would appreciate it if you could send us the payment confirmation
(SWIFT copy) once the transfer has been made.

Kind regards,

Katharina Vogt
Accounts Receivable
Albrecht Medizintechnik GmbH"""
    letter = L.pdf(["Albrecht Medizintechnik GmbH", "Freiburg im Breisgau, 4 March 2026", "",
                    "To whom it may concern", "", "Confirmation of bank details",
                    "We confirm that payments for our invoices may be made to:",
                    "Baltic Receivables Bank UAB, Vilnius",
                    "IBAN " + B.iban_print(iban) + "   SWIFT BRBKLT22",
                    "Beneficiary: Albrecht Medizintechnik GmbH", "",
                    "Markus Albrecht, Finance Director"], "Bank_confirmation_Albrecht.pdf",
                   "Bank confirmation", producer="Microsoft Word")
    return mk("bec-10-invoice-albrecht-transposed-lookalike-lithuania-iban-pdf-en.eml", "bec", "invoice-fraud",
              "en",
              f"The German vendor's AR clerk on {dom} ('albretch' for 'albrecht'), on a server of its own with SPF, "
              "DKIM and DMARC passing, names a real open invoice (clean-03) and asks to pay it to a Lithuanian "
              "'receivables partner' IBAN instead of the account on file, with a PDF 'bank confirmation' and a "
              "request for the SWIFT copy.",
              via=L.server("mx.albretch-medtech.example", "198.51.100.212", client=(None, "203.0.113.240"),
                           auth=_own(dom), tz=R.CET, mid="std", mailer="Microsoft Outlook 16.0", lang="en"),
              when=jst(2026, 3, 5, 17, 48, 2), frm=("Katharina Vogt", f"k.vogt@{dom}"),
              to=[P("sasaki").en_addr()],
              subject="AMT-RE-2026-0187 - updated payment instructions",
              body=M.Multi("mixed", [Cm.plain(text, "US-ASCII"), letter]), accounts=[iban])


def bec11():
    dom = "carelinkehr.example"
    routing = B.aba("07400046")
    acct = "3917204488"
    note = f"""CARELINK HEALTH SYSTEMS, INC. - UPDATED REMITTANCE INSTRUCTIONS
Effective: April 13, 2026

All payments to Carelink Health Systems, Inc. by ACH or domestic wire
should now be sent to:

Bank name:        Midland Prairie Bank
ABA routing no.:  {routing}
Account no.:      {acct}
Account type:     Checking
Account name:     Carelink Health Systems Inc

International wires: SWIFT MPBKUS44, same account number.

Please do not send payments to our previous bank. Payments sent there
after April 13 will be returned and may incur late fees.

Accounts Receivable, Carelink Health Systems, Inc.
"""
    text = """Hi Priya,

Hope you are well. As part of our transition to a new treasury provider,
Carelink's bank details have changed effective today. Please update your
vendor records before releasing INV-CL-25107 (USD 14,200.00, due April 15)
and any future payments. The updated remittance instructions are attached.

Could you confirm once your records are updated so I can let our
treasury team know to expect the payment?

Thanks so much,

Jordan Ellis
Billing Specialist | Carelink Health Systems, Inc."""
    return mk("bec-11-invoice-carelink-hyphen-dropped-lookalike-new-aba-textfile-en.eml", "bec", "invoice-fraud",
              "en",
              f"The EHR vendor's billing contact on {dom} (the hyphen of carelink-ehr dropped), an Exchange Online "
              "tenant with its own authentication passing. 'Bank details changed effective today' before the next "
              "invoice is paid; new ABA routing and account in an attached text file; the ones on file are at "
              "Cascade Pacific Bank.",
              via=L.m365(dom, "NAM", client_ip="203.0.113.9", auth=_own(dom), tz=R.PDT),
              when=jst(2026, 4, 13, 7, 40, 26), frm=("Jordan Ellis", f"jellis@{dom}"),
              to=[P("raman").en_addr()], subject="Updated remittance details - Carelink Health Systems",
              body=M.Multi("mixed", [Cm.plain(text, "US-ASCII"),
                                     L.textfile(note, "Carelink_Remittance_Update_2026.txt")]),
              accounts=[routing, acct])


def bec12():
    dom = "hibari-kyuushoku.example"
    acct = "0739521"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'MS PGothic',sans-serif;font-size:14px">
<p>医療法人社団 緑風会<br>経理課 ご担当者様</p>
<p>平素は格別のお引き立てを賜り、厚く御礼申し上げます。<br>株式会社ひばり給食サービス 経理でございます。</p>
<p>先般ご案内いたしました「お振込先口座変更のお知らせ」につきまして、<br>
記載の口座に誤りがございましたので、訂正してご案内申し上げます。<br>
大変ご迷惑をおかけいたしますことを、深くお詫び申し上げます。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>金融機関</td><td>ひかり総合銀行</td></tr>
<tr><td>支店</td><td>仙台支店</td></tr>
<tr><td>種別</td><td>当座</td></tr>
<tr><td>口座番号</td><td>{FW(acct)}</td></tr>
<tr><td>名義</td><td>カ）ヒバリキュウショクサービス</td></tr>
</table>
<p><b>※先般ご案内の北杜信用金庫の口座は、現在ご利用いただけません。</b><br>
4月分以降のお支払いは、上記口座へお振込みくださいますようお願い申し上げます。</p>
<p>ご不明な点は、本メールにご返信ください。</p>
<p>株式会社ひばり給食サービス<br>経理部</p>
</body></html>"""
    return mk("bec-12-invoice-hibari-long-vowel-lookalike-correction-html-only-fullwidth-ja.eml", "bec",
              "invoice-fraud", "ja",
              f"An HTML-only mail from {dom} (long-vowel romaji 'kyuushoku' for 'kyushoku'), with its own SPF and "
              "DKIM passing and no DMARC record, 'correcting' the contractor's announced bank change (clean-02): "
              "the account on file 'cannot be used', pay into a 当座 account at another bank (full-width digits). "
              "Questions 'by reply'.",
              via=L.server("smtp.hibari-kyuushoku.example", "203.0.113.163", client=(None, "198.51.100.18"),
                           auth=R.Auth("pass", dom, "pass", dom, "none", dom, None), mid="std",
                           mailer="PHPMailer 6.9.1"),
              when=jst(2026, 4, 22, 17, 5, 55), frm=("ひばり給食サービス 経理部", f"keiri@{dom}"),
              to=[P("sugawara").ja_addr(), P("takada").ja_addr()], hcs=("UTF-8", "B"),
              subject="【重要・訂正】お振込先口座変更のお知らせ",
              body=Cm.html(html, "UTF-8", "quoted-printable"), accounts=[acct])


def bec13():
    iban = B.iban("GB", "EXLB40271633819047")
    text = f"""Dear Ms Sasaki,

Our records show that the invoice below is now overdue:

  Invoice:   AMT-RE-2026-0311 (replacement light guide cables, 4 pcs)
  Amount:    EUR 6,920.00
  Due date:  30 April 2026

Payments for our Asia-Pacific customers are now handled by our UK
collections office. Please arrange payment within 48 hours to:

  Account name:  Albrecht Medical Collections Ltd
  Bank:          Example Thames Bank plc, London
  IBAN:          {B.iban_print(iban)}
  BIC:           EXLBGB2L

Please reply to this email with the remittance advice. Our company email is
being migrated to a new system, so kindly use this address for now.

Best regards,
Accounts Receivable
Albrecht Medizintechnik GmbH"""
    return mk("bec-13-invoice-albrecht-gmail-uk-collections-overdue-iban-en.eml", "bec", "invoice-fraud", "en",
              "The German vendor's 'accounts receivable' on a Gmail address ('our company email is being "
              "migrated'), demanding payment within 48 hours of an invoice number that does not exist, to a UK "
              "'collections office' IBAN instead of the one on file.",
              via=L.gmail(tz=R.BST), when=jst(2026, 5, 14, 18, 33, 17),
              frm=("Albrecht Medizintechnik - Accounts Receivable", "albrecht.medtech.ar@gmail.com"),
              to=[P("sasaki").en_addr()], subject="OVERDUE: Invoice AMT-RE-2026-0311",
              body=Cm.plain(text, "UTF-8", "7bit"), accounts=[iban])


MESSAGES = [bec08, bec09, bec10, bec11, bec12, bec13]
