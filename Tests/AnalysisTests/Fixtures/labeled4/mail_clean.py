"""Clean hard negatives, part 1 (clean-01 ... clean-09): genuine invoices
with the account on file, a payment reminder, the bank's own notice, internal
payment requests, HR tax documents, the listed law firm."""
import banking as B
import common as K
import company as C
import mimeparts as M
import routes as R
import threads as T
from message import Msg, jst
from mimeparts import tok, HEX

P = K.P
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ------------------------------------------------------------------ clean-01: タカミ精密 March invoice (on file)
f = "clean-01-vendor-invoice-takami-onfile-pdf-ja.eml"
v = C.V["takami"]
sasaki = P("sasaki")
pdf = M.pdf(["御請求書", "請求番号: TS-2603-0164", "発行日: 2026年4月3日", "青嵐電子工業株式会社 御中",
             "品名: アルミ放熱板 SH-220 機械加工 900個 / 筐体 HX-12 300個", "小計: 1,702,800円",
             "消費税(10%): 170,280円", "ご請求金額: 1,873,080円", "お支払期限: 2026年4月30日",
             "お振込先: みなと中央銀行 浜松支店 普通 4630218", "口座名義: カ）タカミセイミツ",
             "株式会社タカミ精密 静岡県浜松市中央区鍛冶町 3-14-2"], "御請求書 TS-2603-0164")
add(Msg(
    f, "clean", "vendor-invoice", "ja",
    ("Genuine March invoice from the vendor 株式会社タカミ精密 on its real domain (its own server, submitted "
     "from the office LAN; SPF/DKIM/DMARC pass), PDF attached; the account in the text and the PDF is the "
     "one on file. bec-14 later hijacks this thread."),
    when=T.TAKAMI_INV_WHEN, frm=T.TAKAMI_SUGIYAMA, to=[sasaki.ja_addr()], subject=T.TAKAMI_INV_SUBJECT,
    body=M.Multi("mixed", [K.plain(T.TAKAMI_INV_TEXT),
                           M.Attachment(pdf, "application/pdf", "御請求書_TS-2603-0164.pdf")]),
    route=R.server(f, T.TAKAMI_INV_WHEN, sasaki.email, v.server, v.ip,
                   client=("pc-keiri03.takami-seimitsu.example", "10.1.2.33", "PC-KEIRI03"), selector="mail"),
    auth=R.aligned(v.domain, p="quarantine"), mid=T.TAKAMI_INV_MID, on_file="takami", style="outlook",
    fields=[("Thread-Topic", M.subject_value(T.TAKAMI_INV_SUBJECT)), ("Thread-Index", K.thread_index(f)),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")]))


# ------------------------------------------------------------------ clean-02: コダマ電材 April invoice, new account on file, Shift_JIS
f = "clean-02-vendor-invoice-kodama-onfile-toza-sjis-ja.eml"
v = C.V["kodama"]
murakami = P("murakami")
pdf = M.pdf(["請求書", "請求番号: KD-26-04-0312", "請求日: 2026年4月30日", "青嵐電子工業株式会社 御中",
             "ゲートドライバIC GD-2231A 2,000個 / 電流センサ CS-50B 800個", "小計: 2,997,000円",
             "消費税: 299,700円", "合計: 3,296,700円", "お支払期日: 2026年5月29日",
             "お振込先: ほしかわ信用金庫 本店営業部 当座 0072291", "名義: カ）コダマデンザイ",
             "株式会社コダマ電材 愛知県名古屋市中区錦 2-7-31"], "請求書 KD-26-04-0312")
add(Msg(
    f, "clean", "vendor-invoice", "ja",
    ("Genuine April invoice from 株式会社コダマ電材 on its real domain (own server, office LAN, SPF/DKIM/DMARC "
     "pass). It names the account the vendor changed to on 2026-04-01 after the documented process (letter "
     "and call-back, clean-10); that account is the one on file. Full-width digits, Shift_JIS body."),
    when=T.KODAMA_INV_WHEN, frm=T.KODAMA_OKA, to=[murakami.ja_addr()], subject=T.KODAMA_INV_SUBJECT,
    body=M.Multi("mixed", [K.plain(T.KODAMA_INV_TEXT, "Shift_JIS", "base64"),
                           M.Attachment(pdf, "application/pdf", "請求書_KD-26-04-0312.pdf")]),
    hcs=("Shift_JIS", "B"),
    route=R.server(f, T.KODAMA_INV_WHEN, murakami.email, v.server, v.ip,
                   client=("kd-pc-114.kodama-denzai.example", "10.3.1.114", "KD-PC-114"), selector="kd01"),
    auth=R.aligned(v.domain, p="none"), mid=T.KODAMA_INV_MID, on_file="kodama",
    fields=[("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ clean-03: Kessler invoice, IBAN on file
f = "clean-03-vendor-invoice-kessler-onfile-iban-pdf-en.eml"
when = jst(2026, 3, 3, 17, 12, 40)
v = C.V["kessler"]
iban = v.bank["iban"]
text = f"""Dear Mr. Sasaki,

Please find attached our invoice KM-RE-2026-0227 for the service visit and calibration of the two HT-20 test chambers at your Hamamatsu plant (20-22 February 2026), order SR-PO-260118.

Amount due: EUR 6,840.00
Due date: 2 April 2026 (30 days net)

Bank details (unchanged):
Kessler Messtechnik GmbH
Example Handelsbank AG, Stuttgart
IBAN: {B.iban_print(iban)}
BIC: {v.bank['swift']}

Please quote the invoice number with your payment. Thank you for your order.

Kind regards,

Anja Brandt
Accounts Receivable
Kessler Messtechnik GmbH
Industriestrasse 41, 70565 Stuttgart, Germany
Amtsgericht Stuttgart HRB 000000"""
pdf = M.pdf(["KESSLER MESSTECHNIK GMBH - INVOICE", "Invoice no.: KM-RE-2026-0227", "Date: 03.03.2026",
             "Customer: Seiran Electronics Co., Ltd., Hamamatsu, Japan", "Your order: SR-PO-260118",
             "Service visit and calibration, 2 x HT-20 (20-22.02.2026)    EUR 5,900.00",
             "Travel and accommodation                                  EUR 940.00",
             "Total due                                                 EUR 6,840.00",
             "Payment terms: 30 days net, due 02.04.2026",
             "Bank: Example Handelsbank AG, Stuttgart", "IBAN: " + B.iban_print(iban), "BIC: " + v.bank["swift"]],
            "Invoice KM-RE-2026-0227", "Kessler ERP")
add(Msg(
    f, "clean", "vendor-invoice", "en",
    ("Genuine invoice from Kessler Messtechnik's accounts receivable on its real domain (Exchange Online, "
     "SPF/DKIM/DMARC pass, p=reject) with the IBAN on file in the text and the PDF, 'bank details "
     "(unchanged)'."),
    when=when, frm=("Anja Brandt", "a.brandt@kessler-messtechnik.example"), to=[sasaki.en_addr()],
    subject="Invoice KM-RE-2026-0227 - Seiran Electronics Co., Ltd.",
    body=M.Multi("mixed", [K.plain(text, "UTF-8", "quoted-printable"),
                           M.Attachment(pdf, "application/pdf", "KM-RE-2026-0227.pdf")]),
    route=R.m365(f, when, sasaki.email, v.domain, "EUR"), auth=R.aligned(v.domain, p="reject"),
    mid=K.mid_m365(f), style="outlook", date_tz=R.UTC, on_file="kessler",
    fields=[("Thread-Topic", "Invoice KM-RE-2026-0227 - Seiran Electronics Co., Ltd."),
            ("Thread-Index", K.thread_index(f)), ("Accept-Language", "de-DE, en-US"), ("Content-Language", "en-US")]))


# ------------------------------------------------------------------ clean-04: Bayview past-due reminder, ABA on file
f = "clean-04-payment-reminder-bayview-past-due-onfile-aba-en.eml"
when = jst(2026, 1, 21, 2, 5, 16)   # Tuesday 09:05 in San Jose
v = C.V["bayview"]
reyes = P("reyes")
text = f"""Hi Michael,

This is a friendly reminder that the following invoice is now past due:

  Invoice    Date        Amount       Due
  BTS-40311  12/05/2025  $14,386.00   01/04/2026

If payment has already been sent, please disregard this note and accept our thanks. Otherwise, could you let me know when we can expect it? Our remittance details are the same as always:

  {v.bank['bank']}
  ABA routing: {v.bank['routing']}
  Account: {v.bank['account']}

You can also download invoice copies from our customer portal: https://portal.bayviewtest.example/

Thank you,
Karen Liu
Accounts Receivable | Bayview Test Systems, Inc.
(408) 555-0147"""
add(Msg(
    f, "clean", "payment-reminder", "en",
    ("Genuine past-due reminder from the US supplier's accounts receivable on its real domain (Exchange "
     "Online, SPF/DKIM/DMARC pass) with the routing and account numbers on file ('the same as always') and "
     "a link only to its own portal."),
    when=when, frm=T.BAYVIEW_LIU, to=[reyes.en_addr()], subject="Past due reminder - BTS-40311",
    body=M.alt(K.plain(text, "US-ASCII"), K.html(K.simple_html(text, "Calibri, sans-serif"), "UTF-8",
                                                  "quoted-printable")),
    route=R.m365(f, when, reyes.email, v.domain, "NAM"), auth=R.aligned(v.domain, p="quarantine"),
    mid=K.mid_m365(f, "BY5PR11MB", "namprd11"), style="outlook", date_tz=R.UTC, on_file="bayview",
    fields=[("Thread-Topic", "Past due reminder - BTS-40311"), ("Thread-Index", K.thread_index(f))]))


# ------------------------------------------------------------------ clean-05: main bank, incoming-transfer notice
f = "clean-05-bank-incoming-transfer-notice-shiokaze-ja.eml"
when = jst(2026, 3, 31, 10, 30, 12)
v = C.V["shiokaze"]
yoshida = P("yoshida")
text = """青嵐電子工業株式会社　様

いつもしおかぜ銀行をご利用いただき、誠にありがとうございます。
お客さまの口座に、以下のとおりお振込による入金がありました。

　入金日　　：2026年3月31日
　入金口座　：本店営業部　普通預金　口座番号 ****517
　入金金額　：12,684,000円
　振込依頼人：カ）アサギリデンキ

お取引の詳細は、しおかぜ法人インターネットバンキングにログインのうえご確認ください。
https://www.shiokaze-bank.example/hojin/

※本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできません。
※しおかぜ銀行が、メールやSMSでお客さまの暗証番号・パスワード・電子証明書の更新等を
　お尋ねすることはございません。

株式会社しおかぜ銀行
https://www.shiokaze-bank.example/"""
html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Yu Gothic',sans-serif;"
        "font-size:14px\"><div style=\"max-width:600px;margin:0 auto\">"
        "<div style=\"color:#005a9c;font-weight:bold;font-size:18px\">しおかぜ銀行</div><hr>"
        + "".join((f"<p><a href=\"{x}\">{x}</a></p>" if x.startswith("https://") else f"<p>{K.esc(x)}</p>")
                  for x in text.split("\n") if x.strip()) + "</div></body></html>")
add(Msg(
    f, "clean", "bank-notice", "ja",
    ("The organisation's main bank (shiokaze-bank.example, on the vendor list) notifies an incoming "
     "transfer from its authenticated notice server (SPF/DKIM/DMARC pass, p=reject); 'log in to check' with "
     "links only to the bank's own site, account number masked, and a warning that the bank never asks for "
     "passwords by mail."),
    when=when, frm=("しおかぜ銀行", "notice@shiokaze-bank.example"), to=[yoshida.ja_addr()],
    subject="【しおかぜ銀行】お振込入金のお知らせ", hcs=("UTF-8", "B"),
    body=M.alt(K.plain(text, "UTF-8", "quoted-printable"), K.html(html, "UTF-8", "quoted-printable")),
    route=R.bulk(f, when, yoshida.email, v.server, v.ip, selector="sb2026",
                 pickup_host="app-notice02.shiokaze-bank.example"),
    auth=R.Auth("pass", "bounce.shiokaze-bank.example", "pass", v.domain, "pass", v.domain, "reject"),
    return_path=f"bounce-{tok(f, 12, HEX)}@bounce.shiokaze-bank.example",
    mid=K.mid_std(f, when, "notice.shiokaze-bank.example"), fields=[("Auto-Submitted", "auto-generated")]))


# ------------------------------------------------------------------ clean-06: internal urgent prepayment request
f = "clean-06-internal-urgent-prepayment-takami-ringi-ja.eml"
when = jst(2026, 2, 20, 11, 48, 3)
hayashi = P("hayashi")
v = C.V["takami"]
text = f"""経理部
佐々木さん

お疲れ様です。購買部の林です。

至急のお願いで申し訳ありません。
タカミ精密さんの新型筐体 HX-14 の金型費について、先方から
「着手前に半額を前払い」との条件が付いており、稟議が本日承認されました。

　稟議番号：R-2026-0218（決裁：石田課長、宮崎取締役）
　支払先　：株式会社タカミ精密（取引先コード V-00412）
　金額　　：1,650,000円（税込、金型費の50%）
　振込先　：登録済みの口座（{v.bank['bank']} {v.bank['branch']} {v.bank['account_type']} {v.bank['account']}）
　希望日　：2月27日（金）

金型の着手が3月2日のため、27日の支払いに間に合えば大丈夫です。
稟議書と先方の見積書は、ワークフローに添付しています。
ご不明点があれば内線 2417 までお願いします。

林 さくら
購買部"""
add(Msg(
    f, "clean", "internal-payment-request", "ja",
    ("Internal request from purchasing to accounts payable on the organisation's domain through the internal "
     "relay (office PC 10.41.3.58): '至急' prepayment to a vendor, with approval number, approvers, vendor "
     "code, the account on file and a workflow reference; manager in Cc."),
    when=when, frm=hayashi.ja_addr(), to=[sasaki.ja_addr()], cc=[P("ishida").ja_addr()],
    subject="【至急】タカミ精密 HX-14 金型費 前払いのお願い（稟議 R-2026-0218）", body=K.plain(text),
    route=R.internal(f, when, sasaki.email, "10.41.3.58"), auth=R.aligned(C.DOMAIN, p="quarantine"),
    mid=K.mid_outlook_desktop(f, C.DOMAIN), on_file="takami", style="outlook",
    fields=[("Thread-Topic", M.subject_value("タカミ精密 HX-14 金型費 前払いのお願い（稟議 R-2026-0218）")),
            ("Thread-Index", K.thread_index(f)), ("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ clean-07: Singapore finance, intercompany funding
f = "clean-07-internal-intercompany-funding-singapore-en.eml"
when = jst(2026, 4, 23, 10, 36, 27)
tan = P("tan")
text = """Dear Matsumoto-san, Yoshida-san,

As discussed in Tuesday's treasury call, Seiran Asia needs the intercompany loan drawdown for May to be released a little earlier this month, because the customer payment from our largest distributor has slipped to 8 May.

Request: drawdown under intercompany loan agreement ICL-2024-03
Amount: SGD 420,000
Value date: Tuesday 28 April 2026 (urgent, please - payroll is on 30 April)
Receiving account: Seiran Electronics Asia Pte. Ltd., our usual operating account (no change)
Approval: signed request form attached in the treasury workflow (TR-2026-041), approved by Daniel Lim

If the earlier value date is a problem on your side, please let me know by Friday and I will arrange a short bank overdraft instead.

Thank you,
Wei Ling

Tan Wei Ling
Finance Manager
Seiran Electronics Asia Pte. Ltd."""
add(Msg(
    f, "clean", "internal-payment-request", "en",
    ("The Singapore subsidiary's finance manager (seiran-asia.example, one of the organisation's domains, "
     "via the internal relay from the Singapore office 10.42.0.0/16) asks HQ finance for an earlier "
     "intercompany drawdown: 'urgent', but to the usual account, with agreement, workflow number and "
     "approver, following a call."),
    when=when, frm=tan.en_addr(), to=[P("matsumoto").en_addr(), P("yoshida").en_addr()],
    cc=[P("lim").en_addr()], subject="Intercompany drawdown May - earlier value date (TR-2026-041)",
    body=K.plain(text, "US-ASCII"), route=R.internal(f, when, P("matsumoto").email, "10.42.1.23"),
    auth=R.aligned(C.ASIA, p="quarantine"), mid=K.mid_outlook_desktop(f, C.ASIA), style="outlook",
    date_tz=R.SGT,
    fields=[("Thread-Topic", "Intercompany drawdown May - earlier value date (TR-2026-041)"),
            ("Thread-Index", K.thread_index(f)), ("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ clean-08: HR, 源泉徴収票 electronic delivery
f = "clean-08-hr-gensen-choshuhyo-portal-notice-ja.eml"
when = jst(2026, 1, 16, 17, 30, 0)
inoue = P("inoue")
text = """社員各位

人事部 給与担当の井上です。

2025年分の源泉徴収票を、人事ポータルの「給与明細・帳票」メニューに掲載しました。
電子交付に同意されている方は、各自ダウンロードのうえ保管してください。
書面での交付を希望された方には、1月23日（金）に所属長経由でお渡しします。

　人事ポータル：https://hr-portal.seiran-elec.example/

【ご注意】
・源泉徴収票やマイナンバーを、人事部からメールで送付・収集することはありません。
・人事部や役員を名乗るメールで、社員の個人情報や給与データの送付を求められた場合は、
　返信せずに情報システム部（内線 3300）へご連絡ください。
・年末調整の結果、還付・追徴がある方は1月給与で精算済みです。

ご不明点は人事部 給与担当（内線 2210）までお問い合わせください。

人事部"""
add(Msg(
    f, "clean", "hr-payroll-notice", "ja",
    ("HR's payroll clerk tells all staff (all@ list) that the 2025 源泉徴収票 are on the internal HR portal; "
     "no documents or numbers by mail, and a warning about mails asking for My Number or payroll data. "
     "Organisation's domain via the internal relay."),
    when=when, frm=inoue.ja_addr(), to=[("社員各位", "all@seiran-elec.example")], rcpt=P("mori").email,
    subject="2025年分 源泉徴収票の電子交付について", body=K.plain(text),
    route=R.internal(f, when, "all@seiran-elec.example", "10.41.2.104"), auth=R.aligned(C.DOMAIN, p="quarantine"),
    mid=K.mid_outlook_desktop(f, C.DOMAIN), style="outlook",
    fields=[("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ clean-09: listed law firm, SPA draft, confidential
f = "clean-09-law-firm-spa-draft-confidential-acquisition-ja.eml"
when = jst(2026, 5, 27, 18, 12, 45)
v = C.V["aobabashi"]
okada = P("okada")
text = """青嵐電子工業株式会社
法務部　岡田様
（CC：取締役 CFO 宮崎様）

いつも大変お世話になっております。青葉橋法律事務所の早瀬です。

5月25日のお打ち合わせを踏まえ、Project Kestrel（株式会社ミナセセンシング株式取得）に係る
株式譲渡契約書（第3版）を作成いたしました。主な修正点は次のとおりです。

　1. 表明保証の対象期間を「直近3事業年度」に限定
　2. クロージングの前提条件に、独占禁止法上の事前届出の待機期間満了を追加
　3. 手付金条項を削除し、譲渡代金はクロージング日に一括でお支払いいただく形に変更
　　（売主側代理人とも合意済みです）

修正版（変更履歴付き）は、当事務所の文書共有サイトにアップロードしました。
従前と同じアカウントでご確認いただけます。
　https://docs.aobabashi-law.example/matters/2026-0117/

本件は未公表の重要事実に該当しますので、引き続き関与者リストに記載の方以外への
共有はお控えくださいますようお願いいたします。

次回のお打ち合わせは、6月4日（木）14時から貴社浜松本社にて予定しております。
ご不明な点がございましたら、お気軽にお問い合わせください。

────────────────────
青葉橋法律事務所
弁護士　早瀬 智子
東京都港区虎ノ門 1-99-9 イグザンプル虎ノ門ビル 7F
TEL 03-0000-6120
────────────────────"""
add(Msg(
    f, "clean", "legal-correspondence", "ja",
    ("The organisation's listed outside counsel (aobabashi-law.example, on the vendor list; SPF/DKIM/DMARC "
     "pass) sends the third draft of a share purchase agreement for a confidential acquisition to legal, "
     "CFO in Cc: secrecy and 'insider information', but no payment and the deposit clause removed; link "
     "only to the firm's own document site."),
    when=when, frm=("早瀬 智子", "hayase@aobabashi-law.example"), to=[okada.ja_addr()],
    cc=[P("miyazaki").ja_addr()], subject="【Project Kestrel】株式譲渡契約書（第3版）のご送付",
    body=K.plain(text), route=R.server(f, when, okada.email, v.server, v.ip,
                                      client=("ab-pc-21.aobabashi-law.example", "10.7.0.21", "AB-PC-21"),
                                      selector="ab2025"),
    auth=R.aligned(v.domain, p="reject"), mid=K.mid_outlook_desktop(f, v.domain), style="outlook",
    fields=[("Thread-Topic", M.subject_value("【Project Kestrel】株式譲渡契約書（第3版）のご送付")),
            ("Thread-Index", K.thread_index(f)), ("X-Mailer", "Microsoft Outlook 16.0")]))
