"""Genuine vendor mail (clean): invoices and statements with the payment
details on file, the announced account change of ベイサイド倉庫, and replies in
vendor threads. Later account-compromise messages reply to some of them."""
import banking as B
import company as C
import threads as T
from local import (mk, jst, via_server, via_m365, plain, html, mixed, alt, pdf, outlook_alt, R)

P = C.P
K = C.CONTACTS
ROK = C.V["rokko"]
BAY = C.V["bayside"]
VL = C.V["vanleeuwen"]
PAC = C.V["pacific"]

# ---------------------------------------------------------------- clean-01: 六甲トランスポート, May invoice

F01 = "clean-01-vendor-invoice-rokko-may-drayage-onfile-toza-pdf-ja.eml"
W01 = jst(2026, 6, 1, 10, 12)
S01 = "【六甲トランスポート】2026年5月分 ご請求書の送付について"
rb = ROK.bank
T01 = f"""株式会社汐見ロジスティクス
管理本部 経理部 山本様
（cc：西田様）

いつも大変お世話になっております。
六甲トランスポート 経理課の河合でございます。

2026年5月分のコンテナ横持ち・ドレージ作業のご請求書を
PDFにてお送りいたします。原本は本日郵送いたします。

　請求番号　：RT-2605-0318
　ご請求金額：3,842,630円（税込）
　お支払期日：2026年6月30日（火）

お振込先はこれまでと変わりございません。
　{rb['bank']} {rb['branch']} {rb['account_type']} {rb['account']}
　口座名義 {rb['holder']}

内容にご不明な点がございましたら、お気軽にお問い合わせください。
今後ともよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社六甲トランスポート 経理課
河合 千尋（かわい ちひろ）
〒658-0024 兵庫県神戸市東灘区魚崎浜町31番地
TEL 078-000-4121　FAX 078-000-4122
━━━━━━━━━━━━━━━━━━━━"""


def clean01():
    rcpt = P("yamamoto").email
    doc = pdf("請求書_RT-2605-0318.pdf", [
        "請求書", "株式会社汐見ロジスティクス 御中", "請求番号 RT-2605-0318  発行日 2026年6月1日",
        "件名 2026年5月分 コンテナ横持ち・ドレージ作業料",
        "ポートアイランド - 六甲アイランド 横持ち 40ft 86本 2,322,000円",
        "ポートアイランド - 西宮物流センター ドレージ 40ft 31本 1,171,300円",
        "小計 3,493,300円  消費税(10%) 349,330円",
        "ご請求金額 3,842,630円",
        f"お振込先 {rb['bank']} {rb['branch']} {rb['account_type']} {rb['account']} {rb['holder']}",
        "お支払期日 2026年6月30日", "株式会社六甲トランスポート 経理課"], "請求書 RT-2605-0318")
    return mk(F01, "clean", "vendor-invoice", "ja",
              "Real 六甲トランスポート invoice for May: sent from the vendor's own domain and MTA (SPF, DKIM and "
              "DMARC pass) by its accounts clerk in office hours from the office's address with Outlook, to "
              "accounts payable with the second AP clerk in Cc. The account in the text and in the PDF is the "
              "当座 account ON FILE, and the mail says the payee is unchanged. Thread start for bec-14.",
              via_server(F01, W01, rcpt, K["kawai"][1], ROK.server, ROK.ip, ROK.office_ip, helo="RT-KEIRI03",
                         attach=True),
              when=W01, frm=K["kawai"], to=[P("yamamoto").ja_addr()], cc=[P("nishida").ja_addr()], subject=S01,
              body=mixed(plain(T01), doc), topic=S01, accounts=[rb["account"]], on_file="rokko")


# ---------------------------------------------------------------- clean-02: ベイサイド倉庫, account change

F02 = "clean-02-vendor-bank-change-announced-bayside-letter-callback-onfile-ja.eml"
W02 = jst(2026, 5, 11, 10, 5)
S02 = "【ベイサイド倉庫】お振込先口座変更のお願い"
bb, bo = BAY.bank, C.BAYSIDE_OLD
T02 = f"""株式会社汐見ロジスティクス
管理本部 経理部 山本様
（cc：横浜支店 工藤様）

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
ベイサイド倉庫 経理部の岩崎でございます。

このたび弊社では、取引金融機関の集約に伴い、お振込先口座を
下記のとおり変更させていただくことになりました。
誠に恐れ入りますが、お手続きのほどよろしくお願い申し上げます。

■ 変更前
　{bo['bank']} {bo['branch']} {bo['account_type']} {bo['account']}
　口座名義 {bo['holder']}

■ 変更後
　{bb['bank']} {bb['branch']} {bb['account_type']} {bb['account']}
　口座名義 {bb['holder']}

■ 適用時期
　2026年6月末お支払分（5月ご請求分）より
　※旧口座は2026年7月31日まで入金を受け付けます。

押印済みの「振込先口座変更届」を本日、郵送にてお送りしております。
また、大変お手数ですが、御社にご登録いただいている弊社代表番号
（045-000-3380）にお電話いただき、経理部 岩崎まで変更内容を
ご確認くださいますようお願いいたします。

なお、弊社がメールのみで振込先の変更をお願いすることはございません。
本件以外で口座変更のご案内が届いた場合は、お手数ですが必ず
お電話にてご確認ください。

今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。

株式会社ベイサイド倉庫 経理部
岩崎 由美
〒231-0801 神奈川県横浜市中区新山下3丁目12番8号
TEL 045-000-3380（代表）　FAX 045-000-3389"""


def clean02():
    rcpt = P("yamamoto").email
    doc = pdf("振込先口座変更届.pdf", [
        "振込先口座変更届", "2026年5月11日", "株式会社汐見ロジスティクス 御中",
        "株式会社ベイサイド倉庫 代表取締役 森本 敏夫 (印)",
        "変更前 " + f"{bo['bank']} {bo['branch']} {bo['account_type']} {bo['account']}",
        "変更後 " + f"{bb['bank']} {bb['branch']} {bb['account_type']} {bb['account']}",
        "口座名義 " + bb["holder"], "適用 2026年6月末お支払分より",
        "お問い合わせ 経理部 岩崎 045-000-3380"], "振込先口座変更届")
    return mk(F02, "clean", "vendor-bank-change-announced", "ja",
              "Genuine account change of ベイサイド倉庫 (変更前/変更後, a new 普通 account at another bank): from "
              "the vendor's own domain and MTA (SPF, DKIM, DMARC pass), Becky! from its office address, six weeks "
              "ahead of the first payment concerned, a signed and sealed form by post, and a request to call the "
              "number AP already has on file; it warns that the vendor never changes accounts by mail alone. "
              "The new account is the one on file in org.yaml. bec-18 later exploits this thread.",
              via_server(F02, W02, rcpt, K["iwasaki"][1], BAY.server, BAY.ip, BAY.office_ip,
                         helo="BAYSIDE-KEIRI1", mailer="becky"),
              when=W02, frm=K["iwasaki"], to=[P("yamamoto").ja_addr()], cc=[P("kudo").ja_addr()], subject=S02,
              body=mixed(plain(T02), doc), accounts=[bb["account"], bo["account"]], on_file="bayside")


# ---------------------------------------------------------------- clean-03: Van Leeuwen, May invoice

F03 = "clean-03-vendor-invoice-vanleeuwen-haulage-onfile-iban-pdf-en.eml"
W03 = jst(2026, 6, 5, 18, 20)   # 11:20 CEST
S03 = "Invoice VLT-2026-1184 - container haulage May 2026"
vb = VL.bank
T03 = f"""Dear Lotte,

Please find attached our invoice VLT-2026-1184 for the container haulage in May 2026
(Maasvlakte - Venlo / Duisburg, 37 moves).

Amount due: EUR 23,418.60 (VAT reverse-charged where applicable)
Payment terms: 30 days, due 5 July 2026

Payment to our usual account:
{vb['bank']}
IBAN {B.iban_print(vb['iban'])}
BIC {vb['swift']}

Please state the invoice number with your payment.

Met vriendelijke groet / Kind regards,

Marloes de Graaf
Accounts Receivable
Van Leeuwen Transport B.V.
Reeweg 212, 3088 EK Rotterdam
T +31 10 000 4417"""


def clean03():
    rcpt = P("jansen").email
    doc = pdf("VLT-2026-1184.pdf", [
        "Van Leeuwen Transport B.V.  -  INVOICE", "Invoice no. VLT-2026-1184    Date 05-06-2026",
        "Shiomi Logistics Europe B.V., Waalhaven Zuidzijde 48, 3089 JH Rotterdam",
        "Container haulage May 2026: 37 moves Maasvlakte - Venlo / Duisburg",
        "Net EUR 21,485.00   VAT 21% on domestic moves EUR 1,933.60   Total EUR 23,418.60",
        f"Pay to: {vb['bank']}  IBAN {B.iban_print(vb['iban'])}  BIC {vb['swift']}",
        "Due date: 05-07-2026"], "Invoice VLT-2026-1184")
    body = mixed(outlook_alt(T03, "UTF-8", "quoted-printable", "Calibri", "EN-GB"), doc)
    return mk(F03, "clean", "vendor-invoice", "en",
              "Real Van Leeuwen Transport invoice from its own Exchange Online tenant (SPF, DKIM, DMARC pass), "
              "office hours in Rotterdam, to the Dutch subsidiary's AP. The IBAN in the text and in the PDF is the "
              "one ON FILE ('our usual account'). Outlook plain and HTML with a PDF. Thread start for bec-15.",
              via_m365(F03, W03, rcpt, K["degraaf"][1], "EUR", lang="en-GB", attach=True, tz=R.CEST),
              when=W03, frm=K["degraaf"], to=[P("jansen").en_addr()], subject=S03, body=body, topic=S03,
              hcs=("UTF-8", "Q"), accounts=[vb["iban"]], on_file="vanleeuwen")


# ---------------------------------------------------------------- clean-04: Pacific Crest statement

F04 = "clean-04-statement-pacificcrest-past-due-onfile-aba-portal-en.eml"
W04 = jst(2026, 6, 11, 1, 5)    # 09:05 PDT on 10 June
S04 = "Statement of Account - Shiomi Logistics Co., Ltd. - 1 item past due"
pb = PAC.bank
T04 = f"""Dear Ms. Yamamoto,

Please find below your statement of account as of June 10, 2026.

Invoice          Date        HBL            Amount (USD)   Status
PCL-INV-55821    05/12/2026  SLK26-03980    3,275.00       14 days past due
PCL-INV-56107    06/02/2026  SLK26-04102    4,918.40       open, due 07/02/2026

Total open: USD 8,193.40

If PCL-INV-55821 has already been paid, please disregard this reminder and, if possible,
send us the remittance advice so we can apply it.

Our remittance details are unchanged:
{pb['bank']}, Long Beach, CA
ABA routing {pb['routing']}, checking account {pb['account']}
Beneficiary: Pacific Crest Logistics, Inc.

Invoices and proofs of delivery are also available in our customer portal:
https://portal.pacificcrest-logistics.example/ar/statements

Thank you for your business.

Kevin Tran
Accounts Receivable
Pacific Crest Logistics, Inc.
1450 W. Harbor Gateway Dr., Long Beach, CA 90802
Tel (562) 555-0148"""


def clean04():
    rcpt = P("yamamoto").email
    return mk(F04, "clean", "payment-reminder", "en",
              "Genuine past-due reminder from the US agent's Exchange Online tenant (SPF, DKIM, DMARC pass), sent "
              "during its office hours in Long Beach, to Kobe AP with the export section in Cc. Pressure words "
              "('past due'), a routing and an account number in the text, but they are the ones ON FILE ('remittance "
              "details are unchanged') and the only link goes to the vendor's own portal.",
              via_m365(F04, W04, rcpt, K["pcl_ar"][1], "NAM", lang="en-US", tz=R.PDT),
              when=W04, frm=K["pcl_ar"], to=[P("yamamoto").en_addr()], cc=[P("murai").en_addr()], subject=S04,
              body=outlook_alt(T04, "US-ASCII", "7bit", "Calibri", "EN-US"), topic=S04, hcs=("UTF-8", "Q"),
              accounts=[pb["routing"], pb["account"]], on_file="pacific")


# ---------------------------------------------------------------- clean-11: Pacific Crest thread

F11 = "clean-11-vendor-thread-pacificcrest-cargo-released-delivery-appointment-en.eml"
W11 = jst(2026, 6, 20, 0, 45)   # 08:45 PDT on 19 June
S11 = "RE: " + T.P1.subject
T11 = f"""Hi Murai-san,

Good news: ISF was matched and CBP released the container on 6/18 (entry 8KQ-0418877-3).
It was discharged yesterday and is available for pick-up at the terminal.

We booked the delivery appointment with the consignee for Tuesday 6/23, 08:00 at their
Ontario warehouse. We will send you the POD as soon as the driver returns it.

Our invoice for clearance and delivery will follow per the agreed rate sheet.

Best regards,

Jennifer Alvarez
Import Operations
Pacific Crest Logistics, Inc.
Tel (562) 555-0163

{T.hist_outlook_en([T.P1], tz=R.PDT)}"""


def clean11():
    rcpt = P("murai").email
    return mk(F11, "clean", "vendor-thread", "en",
              "Genuine reply of the US agent's operations contact in the pre-alert thread (In-Reply-To and "
              "References to the export section's pre-alert): own Exchange Online tenant, all checks pass, Long "
              "Beach office hours, same two correspondents. Cargo released, delivery booked, the invoice will follow "
              "'per the agreed rate sheet': nothing to pay now and nothing changes. Earlier part of the thread that "
              "bec-17 later hijacks.",
              via_m365(F11, W11, rcpt, K["alvarez"][1], "NAM", lang="en-US", tz=R.PDT),
              when=W11, frm=K["alvarez"], to=[P("murai").en_addr()], subject=S11,
              body=outlook_alt(T11, "UTF-8", "quoted-printable", "Calibri", "EN-US"), topic=T.P1.subject,
              hcs=("UTF-8", "Q"), in_reply_to=T.P1.mid, references=T.refs(T.P1))


# ---------------------------------------------------------------- clean-12: ベイサイド倉庫 stocktake thread

F12 = "clean-12-vendor-thread-bayside-stocktake-dates-becky-ja.eml"
W12 = jst(2026, 6, 16, 10, 30)
S12 = "Re: 6月末 保税蔵置貨物の棚卸立会いについて"
T12 = f"""汐見ロジスティクス 横浜支店
工藤様

いつもお世話になっております。ベイサイド倉庫 倉庫業務課の小田です。

棚卸立会いの件、ご連絡ありがとうございます。
弊社側の候補日は以下のとおりです。

　6月29日（月）　9:30 - 12:00
　6月30日（火）　13:30 - 16:30

A棟2階は当日午前中にラベル貼替作業が入っておりますので、
29日の場合はB棟1階から先に始めさせていただければ助かります。
ご来場の際は、いつもどおり事務所で入館証をお受け取りください。

在庫表（6月25日締め）は前日までにメールでお送りします。

よろしくお願いいたします。

株式会社ベイサイド倉庫 倉庫業務課
小田 剛
TEL 045-000-3384

{T.hist_quoted_ja([T.B4])}"""


def clean12():
    rcpt = P("kudo").email
    return mk(F12, "clean", "vendor-thread", "ja",
              "Genuine reply of ベイサイド倉庫's warehouse section in the Yokohama branch's stocktake thread "
              "(In-Reply-To, References, Becky! quoting): vendor's own MTA, office address, all checks pass, "
              "office hours, the same correspondents. Dates for a bonded-stock count; no payment, no account, "
              "no change of anything.",
              via_server(F12, W12, rcpt, K["oda"][1], BAY.server, BAY.ip, BAY.office_ip, helo="BAYSIDE-SOKO2",
                         mailer="becky"),
              when=W12, frm=K["oda"], to=[P("kudo").ja_addr()], subject=S12, body=plain(T12),
              in_reply_to=T.B4.mid, references=T.refs(T.B4))


def messages():
    return [clean01(), clean02(), clean03(), clean04(), clean11(), clean12()]
