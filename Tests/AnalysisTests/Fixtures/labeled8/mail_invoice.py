"""Bogus invoices and vendor impersonation: look-alike vendor domains, a
free-mail 'vendor', a fake collection agency; new accounts in text, PDF and
text attachments."""
import banking as B
import company as C
import common as K
import local as L
import threads as T
from local import P, jst, mail, R

MESSAGES = []
add = MESSAGES.append
FW = B.fullwidth

# ------------------------------------------------------------------ bec-08
f = "bec-08-invoice-shinanogawa-g-to-q-lookalike-reissued-group-finance-account-pdf-fullwidth-ja.eml"
w = jst(2026, 11, 10, 13, 26, 18)
look = "shinanogawa-pkq.example"
frm = ("松井 千尋", "matsui@" + look)
acct = "7193042"
text = f"""株式会社雪椿フーズ
管理本部 経理部 長谷川 様

いつも大変お世話になっております。
株式会社信濃川パッケージ 経理課の松井でございます。

先日お送りいたしました10月分ご請求書（SPK-2610-0418）につきまして、
弊社の売掛債権管理をグループ会社の株式会社エスピーケイファイナンスへ
移管いたしましたため、お振込先を変更したご請求書を再発行いたしました。
お手数ですが、先にお送りした請求書は破棄していただき、
添付の再発行分にてお手続きくださいますようお願い申し上げます。

【新お振込先】
　新潟なぎさ銀行　駅南支店
　普通預金　{FW(acct)}
　口座名義　カ）エスピーケイファイナンス

　ご請求金額：{FW("2,486,750")}円（税込）　お支払期日：11月30日

旧口座は11月中に解約予定のため、旧口座へのお振込みは
組戻しとなりますのでご注意ください。
お支払予定日が決まりましたら、本メールにご返信いただけますと幸いです。

━━━━━━━━━━━━━━━━━━━━
株式会社信濃川パッケージ
経理課　松井 千尋
〒950-3399 新潟県新潟市北区信濃川工業町14-2
TEL 025-000-6231（代表）／FAX 025-000-6239
━━━━━━━━━━━━━━━━━━━━"""
inv = L.pdf(["請求書（再発行）", "株式会社雪椿フーズ 御中", "請求書番号 SPK-2610-0418-R",
             "発行日 2026年11月10日", "10月分 包装資材（フィルム・トレー・外装ケース）",
             f"ご請求金額 {FW('2,486,750')}円（税込）", "お支払期日 2026年11月30日",
             "お振込先 新潟なぎさ銀行 駅南支店 普通 " + FW(acct), "口座名義 カ）エスピーケイファイナンス",
             "株式会社信濃川パッケージ"], "請求書_SPK-2610-0418_再発行.pdf", "請求書（再発行）")
add(mail(f, "bec", "invoice-fraud", "ja",
         "Look-alike shinanogawa-pkq.example ('q' for 'g') of the packaging supplier, with SPF, DKIM and DMARC "
         "(p=none) all passing for the look-alike. 'Reissues' the genuine October invoice of clean-01 (same "
         "number and amount) with a new 普通 account of a 'group finance company' at another bank, asks to "
         "discard the original and reply with the payment date. No In-Reply-To. Becky! client string, "
         "ISO-2022-JP, PDF with the new account, full-width digits.",
         L.server(f, w, P("hasegawa").email, "mail.shinanogawa-pkq.example", "203.0.113.201", frm[1],
                  client=(None, "198.51.100.23", "[10.0.2.15]"), mailer="Becky! ver. 2.81.05 [ja]",
                  auth=R.aligned(look, frm[1], "none"), mid=K.mid_becky(f, w, look)),
         when=w, frm=frm, to=[P("hasegawa").ja_addr()],
         subject="【信濃川パッケージ】10月分ご請求書 再発行（お振込先変更）のお願い",
         body=L.mixed(L.plain(text), inv), accounts=[acct]))

# ------------------------------------------------------------------ bec-09
f = "bec-09-invoice-kambara-yahoo-server-outage-rice-shipment-hold-individual-account-ja.eml"
w = jst(2026, 12, 7, 16, 2, 55)
frm = ("蒲原米穀 渋谷", "kambara_beikoku_keiri@yahoo.co.jp")
acct = "3302918"
text = f"""雪椿フーズ　経理部御中
長谷川様、斎藤様

いつもお世話になっております。蒲原米穀の渋谷です。
会社のメールサーバーが障害で送受信できないため、
こちらのアドレスから失礼いたします。

11月納品分のもち米代金について、弊社の新口座への入金が確認できておりません。
年末の出荷管理の関係で、本日中に入金が確認できない場合、
明日以降の新米もち米（12月納品予定分 18トン）の出荷を
一旦止めるよう社長から指示が出ております。

大変恐縮ですが、合併後の新口座はまだ入金の反映に時間がかかるため、
今回に限り下記の口座へ本日中にお振込みいただけますでしょうか。

　にいがた県民信用組合　本店営業部
　普通　{FW(acct)}
　名義　カンバラ　マサハル（代表取締役個人名義）
　金額　{FW("5,318,400")}円

お振込み後、こちらのアドレスへご一報ください。
会社の電話も回線工事中でつながりにくくなっております。
ご迷惑をおかけし申し訳ございません。

蒲原米穀株式会社　総務経理
渋谷"""
add(mail(f, "bec", "invoice-fraud", "ja",
         "A Yahoo! JAPAN address in the rice supplier's name ('the company's mail server is down'), after the "
         "genuine account change of clean-02: payment 'not received', the December glutinous-rice shipment "
         "will be stopped today, pay once into the president's personal account at another bank, phone 'under "
         "construction'. SPF/DKIM pass for yahoo.co.jp. ISO-2022-JP, full-width digits.",
         L.yahoo(f, w, frm[1], P("hasegawa").email, "203.0.113.133"),
         when=w, frm=frm, to=[P("hasegawa").ja_addr(), P("saito").ja_addr()],
         subject="【至急】11月納品分のお支払いについて（蒲原米穀）", body=L.plain(text),
         accounts=[acct]))

# ------------------------------------------------------------------ bec-10
f = "bec-10-invoice-rheinfracht-transposed-lookalike-workspace-cold-room-surcharge-lt-iban-pdf-en.eml"
w = jst(2026, 12, 8, 19, 14, 27)  # 11:14 CET
look = "rheinfracht-logisitk.example"
frm = ("Anna Vogel", "anna.vogel@" + look)
lt_iban = B.iban("LT", "32500" + "01084421937")
text = f"""Dear Lukas,

Please find attached our invoice RF-2026-11-3561 for November 2026
including the cold-room surcharge for the additional -25 °C pallet
positions used during the Christmas peak.

Invoice amount: EUR 23,716.45
Due: upon receipt

Please note that our account at Rheinuferbank is currently blocked
for the annual audit of our group. Until further notice please use
our collection account with our payment partner:

Beneficiary: Rheinfracht Kuehllogistik GmbH
Bank: Baltic Merchant Payments UAB
IBAN: {B.iban_print(lt_iban)}
BIC: BMPALT2X

Kindly confirm by return email when the payment has been released.

Best regards
Anna Vogel
Accounts Receivable / Debitorenbuchhaltung
Rheinfracht Kühllogistik GmbH"""
inv = L.pdf(["RHEINFRACHT KUEHLLOGISTIK GMBH", "INVOICE RF-2026-11-3561", "Date: 08.12.2026",
             "Customer: Yukitsubaki Foods Europe GmbH, Am Rheinkai 12, 50735 Koeln",
             "Cold storage November 2026 .......... EUR 12,480.00",
             "Cold-room surcharge -25 C, 64 pallet positions .......... EUR 4,096.00",
             "Deliveries NRW / Hesse, 31 drops .......... EUR 3,354.00",
             "Net EUR 19,930.00 / VAT 19% EUR 3,786.70 / Total EUR 23,716.70",
             "Payment: Baltic Merchant Payments UAB", "IBAN " + B.iban_print(lt_iban), "BIC BMPALT2X",
             "Payable upon receipt"], "RF-2026-11-3561.pdf", "Invoice RF-2026-11-3561")
add(mail(f, "bec", "invoice-fraud", "en",
         "Look-alike rheinfracht-logisitk.example (letters of 'logistik' transposed) of the Cologne cold-store, "
         "on Google Workspace with SPF/DKIM/DMARC pass (p=none). Invoice 'payable upon receipt' with a new "
         "surcharge, the real bank account 'blocked for the audit', a Lithuanian payment institution "
         "(checksum-valid LT IBAN) in text and PDF; the totals in text and PDF differ by 25 cents.",
         dict(L.gmail(f, w, frm[1], P("hoffmann").email, tz=R.CET), auth=R.aligned(look, frm[1], "none")),
         when=w, frm=frm, to=[P("hoffmann").en_addr()],
         subject="Invoice RF-2026-11-3561 - Yukitsubaki Foods Europe GmbH - November 2026",
         body=L.mixed(L.gmail_body(text, "quoted-printable"), inv), hcs=("UTF-8", "Q"), accounts=[lt_iban]))

# ------------------------------------------------------------------ bec-11
f = "bec-11-invoice-sierravalley-soya-lookalike-m365-new-aba-textfile-en.eml"
w = jst(2026, 11, 26, 1, 20, 44)  # Nov 25, 08:20 PST
look = "sierravalley-soya.example"
frm = ("Rachel Nguyen", "rnguyen@" + look)
rt = B.aba("32117153")
acct = "88204417359"
text = """Dear Miho,

I hope this email finds you well.

Following the acquisition of our bank by another institution, Sierra
Valley Soy Ingredients has moved its operating account. Please update
your vendor records and direct all future payments, including the
open invoice SV-INV-50731 (USD 41,280.00, due Dec 3), to the account
in the attached remittance instructions.

Payments sent to the previous account after Nov 30 may be returned
and delayed. Please confirm by reply once your records are updated.

Thank you for your prompt attention.

Best regards,
Rachel Nguyen
Accounts Receivable
Sierra Valley Soy Ingredients, Inc.
2200 Levee Road, Woodland, CA 95776"""
rem = f"""SIERRA VALLEY SOY INGREDIENTS, INC.
REMITTANCE INSTRUCTIONS - EFFECTIVE NOVEMBER 25, 2026

Beneficiary name:    Sierra Valley Soy Ingredients Inc
Beneficiary address: 2200 Levee Road, Woodland, CA 95776
Bank name:           Golden Delta Community Bank
Bank address:        410 Capitol Mall, Sacramento, CA 95814
ABA routing number:  {rt}
Account number:      {acct}
Account type:        Business checking
SWIFT (international wires): GDCBUS66

Please reference the invoice number with every payment.
Remittance advice: ar@sierravalley-soya.example
"""
add(mail(f, "bec", "invoice-fraud", "en",
         "Look-alike sierravalley-soya.example ('soya' for 'soy') of the US soybean supplier, an Exchange "
         "Online tenant with SPF/DKIM/DMARC pass (p=none), in the name of its AR clerk: 'our bank was "
         "acquired', all payments including the open invoice of clean-11 to a new account; checksum-valid ABA "
         "routing number in a .txt attachment, not in the body.",
         L.m365(f, w, P("hasegawa").email, look, "NAM", frm[1],
                "Updated remittance instructions - Sierra Valley Soy Ingredients", attach=True, tz=R.PST),
         when=w, frm=frm, to=[P("hasegawa").en_addr()],
         subject="Updated remittance instructions - Sierra Valley Soy Ingredients",
         body=L.mixed(L.outlook_en(text), L.textfile(rem, "SVSI_Remittance_Instructions_Nov2026.txt")),
         hcs=("UTF-8", "Q"), accounts=[rt, acct]))

# ------------------------------------------------------------------ bec-12
f = "bec-12-invoice-nihonkai-coldchian-lookalike-fuel-surcharge-html-only-kanji-fullwidth-ja.eml"
w = jst(2026, 10, 29, 15, 44, 2)
look = "nihonkai-coldchian.example"
frm = ("日本海コールドチェーン 村上", "m-murakami@" + look)
acct = "6604217"
rows = [("対象期間", "2026年4月〜9月 出荷分"), ("追加請求額", "金壱百弐拾参万九千五百円（税込）"),
        ("お支払期限", "2026年11月6日（金）"),
        ("お振込先", f"かもめネット銀行　本店営業部　普通　{FW(acct)}"), ("口座名義", "ニホンカイコールドチェーン（カ")]
table = "\n".join(f"<tr><th style=\"background:#e8f0f8;text-align:left;padding:4px 10px\">{L.esc(a)}</th>"
                  f"<td style=\"padding:4px 10px\">{L.esc(b)}</td></tr>" for a, b in rows)
h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'MS Pゴシック',sans-serif;font-size:14px">
<p>株式会社雪椿フーズ<br>経理部 ご担当者様</p>
<p>平素より格別のご高配を賜り、誠にありがとうございます。<br>
日本海コールドチェーン株式会社 経理課でございます。</p>
<p>燃料価格の高騰に伴い、2026年4月出荷分に遡って燃料サーチャージを改定させていただきました。<br>
つきましては、差額分を下記のとおりご請求申し上げます。</p>
<table border="1" cellspacing="0" style="border-collapse:collapse;border-color:#9ab">
{table}
</table>
<p>※ 本差額請求は通常の月次請求とは別口座でのお取扱いとなります。<br>
※ 期限までにお振込みが確認できない場合、12月以降の配車をお約束できかねます。</p>
<p>ご不明点は本メールにご返信ください。</p>
<p>日本海コールドチェーン株式会社<br>経理課 村上 真理<br>TEL 025-000-8852</p>
</body></html>"""
add(mail(f, "bec", "invoice-fraud", "ja",
         "Look-alike nihonkai-coldchian.example ('ia' for 'ai') of the cold-chain carrier; SPF pass, DKIM "
         "none, DMARC none. HTML-only retroactive 'fuel surcharge' back to April, amount in kanji numerals "
         "(金壱百弐拾参万九千五百円), a different 'separate' account at a net bank in full-width digits, deadline "
         "in a week, threat to stop trucks.",
         L.server(f, w, P("koike").email, "smtp.nihonkai-coldchian.example", "203.0.113.214", frm[1],
                  client=(None, "198.51.100.190", "[10.0.2.15]"),
                  auth=L.auth("pass", frm[1], "none", None, "none", look, None), mailer="PHPMailer 6.9.1"),
         when=w, frm=frm, to=[P("koike").ja_addr()],
         subject="【重要】燃料サーチャージ改定に伴う差額ご請求のお知らせ",
         body=L.M.Text(h, "html", "UTF-8", "quoted-printable"), hcs=("UTF-8", "B"), accounts=[acct]))

# ------------------------------------------------------------------ bec-13
f = "bec-13-invoice-fake-collection-agency-hotmail-sierravalley-48-hours-aba-en.eml"
w = jst(2026, 12, 11, 0, 30, 12)  # Dec 10, 07:30 PST
frm = ("Crestline Recovery Services", "crestline.recovery.services@hotmail.com")
rt = B.aba("26108841")
acct = "4471020936"
text = f"""FINAL NOTICE BEFORE LEGAL ACTION

To: Accounts Payable, Yukitsubaki Foods Co., Ltd.
Our ref: CRS-88417
Creditor: Sierra Valley Soy Ingredients, Inc.

Dear Sir or Madam,

Our client Sierra Valley Soy Ingredients, Inc. has assigned to us for
collection the following past due amount:

  Invoice SV-INV-50731 dated Nov 3, 2026    USD 41,280.00
  Late payment charge (1.5%)                USD    619.20
  Collection fee                            USD  1,250.00
  TOTAL DUE                                 USD 43,149.20

To avoid referral to our attorneys and reporting to international
trade credit agencies, payment must be received within 48 hours to
our client trust account:

  Crestline Recovery Services LLC - Client Trust
  Routing (ABA): {rt}
  Account: {acct}

As the account has been placed with our agency, please direct all
communication regarding this debt to this office only and do not
contact the creditor directly.

This communication is from a debt collector.

Collections Department
Crestline Recovery Services
Tel (702) 555-0187"""
add(mail(f, "bec", "invoice-fraud", "en",
         "A 'collection agency' on Hotmail, days after the genuine past-due statement of clean-04: the "
         "supplier's invoice plus fees within 48 hours to a 'client trust account' (checksum-valid ABA), "
         "threat of attorneys and credit reporting, 'do not contact the creditor'. SPF/DKIM pass for "
         "hotmail.com, sent through Outlook.com's North American servers.",
         L.outlook_com(f, w, frm[1], P("hasegawa").email, "NAM", tz=R.PST),
         when=w, frm=frm, to=[P("hasegawa").en_addr()], cc=[P("homma").en_addr()],
         subject="FINAL NOTICE - Past due account Sierra Valley Soy Ingredients - Ref CRS-88417",
         body=L.outlook_en(text), hcs=("UTF-8", "Q"), accounts=[rt, acct]))
