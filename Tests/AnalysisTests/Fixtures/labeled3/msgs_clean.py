"""Clean hard negatives, external: vendors' real invoices and reminders with
the payment details on file, the main bank's genuine notices, the listed law
firm, ordinary vendor threads, an auto-reply."""
import banking as B
import company as C
import mimeparts as M
import routes as R
from common import *
from message import Msg, jst
from msgs_vendor import MIDORI_INVOICE_TEXT, MIDORI_INVOICE_MID, MIDORI_INVOICE_TIME

D = C.DOMAIN
MID, MAR, CHI, NW, PV, LAW, BANK = (C.V[k] for k in
                                    ("midori", "marusei", "chigusa", "northwind", "pacific", "sakurazaka", "shiranami"))


def cl01():
    f = "clean-01-vendor-invoice-midori-onfile-ja.eml"
    t = MIDORI_INVOICE_TIME
    k = P("komatsu")
    kato = ("加藤 美幸", "m-kato@" + MID.domain)
    inv = M.pdf(["請求書", "若葉化学工業株式会社 御中", "請求番号 MB-2510-117", "2025年10月分 運送・保管料",
                 "ご請求金額 1,284,360円（税込）", "お支払期日 2025年11月28日",
                 "お振込先 しらなみ銀行 港南支店 普通 3815527", "口座名義 カ）ミドリブツリユウ",
                 "Account: 3815527", "株式会社ミドリ物流"], "請求書")
    body = M.Multi("mixed", [plain(MIDORI_INVOICE_TEXT, "UTF-8", "base64"),
                             M.Attachment(inv, "application/pdf", "請求書_MB-2510-117.pdf")])
    return Msg(f, "clean", "vendor-invoice", "ja",
               "Genuine monthly invoice from the listed vendor ミドリ物流's real address "
               "(m-kato@midori-butsuryu.example; SPF, DKIM, DMARC pass), sent from the vendor's office during "
               "business hours. The payee is the account on file (しらなみ銀行 港南支店 普通 3815527), in the body "
               "and the PDF. This is the message later quoted by the account-compromise reply bec-12.",
               when=t, frm=kato, to=[k.ja_addr()], subject="10月分ご請求書送付のご案内", body=body,
               hcs=("UTF-8", "B"),
               route=R.server(f, t, k.email, MID.server, MID.ip,
                              client=("gw.office.midori-butsuryu.example", "203.0.113.30", "[10.1.0.55]")),
               auth=R.aligned(MID.domain, kato[1]), mid=MIDORI_INVOICE_MID, on_file="midori",
               style="thunderbird", fields=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ja")])


def cl02():
    f = "clean-02-vendor-invoice-northwind-onfile-iban-en.eml"
    t = jst(2025, 11, 20, 18, 11, 36)
    fu = P("fujii")
    sw = ("Sarah Whitfield", "s.whitfield@" + NW.domain)
    iban = NW.bank["iban"]
    text = ("Dear Takumi,\n"
            "\n"
            "Please find attached invoice NWC-24910 for the spare seal kits shipped on 14 November "
            "(your PO 4498).\n"
            "\n"
            "Amount due: GBP 6,284.00\n"
            "Due date: 20 December 2025\n"
            "\n"
            "Payment details are unchanged:\n"
            "Example Bank plc\n"
            f"IBAN: {B.iban_print(iban)}\n"
            f"SWIFT/BIC: {NW.bank['swift']}\n"
            "\n"
            "Many thanks,\n"
            "Sarah\n"
            "\n"
            "Sarah Whitfield | Credit Control\n"
            "Northwind Components Ltd.\n"
            "T: +44 113 496 0718\n")
    h = ("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
         "<p>Dear Takumi,</p>\n<p>Please find attached invoice <b>NWC-24910</b> for the spare seal kits shipped on "
         "14 November (your PO 4498).</p>\n"
         "<p>Amount due: GBP 6,284.00<br>Due date: 20 December 2025</p>\n"
         f"<p>Payment details are unchanged:<br>Example Bank plc<br>IBAN: {B.iban_print(iban)}<br>"
         f"SWIFT/BIC: {NW.bank['swift']}</p>\n"
         "<p>Many thanks,<br>Sarah</p>\n"
         "<p style=\"color:#555\">Sarah Whitfield | Credit Control<br>Northwind Components Ltd.<br>T: +44 113 496 0718</p>\n"
         "</body></html>")
    inv = M.pdf(["NORTHWIND COMPONENTS LTD.", "INVOICE NWC-24910", "Customer: Wakaba Chemical Industries Co., Ltd.",
                 "PO 4498 - Seal kit SK-40 x 30", "Total due: GBP 6,284.00   Due: 20/12/2025",
                 "Bank: Example Bank plc", f"IBAN: {B.iban_print(iban)}", f"SWIFT: {NW.bank['swift']}"], "Invoice NWC-24910")
    body = M.Multi("mixed", [M.alt(plain(text, "US-ASCII", "7bit"), html(h)),
                             M.Attachment(inv, "application/pdf", "Invoice_NWC-24910.pdf")])
    return Msg(f, "clean", "vendor-invoice", "en",
               "Genuine invoice from the listed vendor Northwind Components' real address (SPF, DKIM, DMARC "
               "p=quarantine pass) through the vendor's Exchange from an office desktop. States the IBAN and "
               "SWIFT on file ('payment details are unchanged'); HTML with text alternative and a PDF invoice.",
               when=t, frm=sw, to=[fu.en_addr()], subject="Invoice NWC-24910 - Northwind Components Ltd.",
               body=body,
               route=R.exchange_hybrid(f, t, fu.email, NW.server, NW.ip, "nwc-exch01.corp.northwind-components.example",
                                       "10.20.4.11", tz=R.GMT),
               auth=R.aligned(NW.domain, sw[1], "quarantine"), mid=mid_exchange(f, "NWC-EXCH01", NW.domain),
               on_file="northwind", date_tz=R.GMT, style="outlook",
               fields=[("Thread-Topic", "Invoice NWC-24910 - Northwind Components Ltd."),
                       ("Thread-Index", thread_index(f)),
                       ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes")])


def cl03():
    f = "clean-03-payment-reminder-pacific-onfile-aba-en.eml"
    t = jst(2025, 11, 26, 0, 20, 4)  # 09:20 CST on the 25th
    b = P("brooks")
    ml = ("Maria Lopez", "mlopez@" + PV.domain)
    text = ("Hi Daniel,\n"
            "\n"
            "Friendly reminder that invoice PVP-87950 ($3,412.50, dated Oct 10) is now 15 days past due. It may "
            "simply have crossed with your Nov 21 run - if so, please ignore this note.\n"
            "\n"
            "If it is still open, please remit to our account on file:\n"
            f"{PV.bank['bank']}\n"
            f"ABA routing: {PV.bank['routing']}\n"
            f"Account: {PV.bank['account']}\n"
            "\n"
            "A copy of the invoice is attached. Thanks for your help!\n"
            "\n"
            "Maria Lopez\n"
            "Accounts Receivable\n"
            "Pacific Valve & Pump Inc.\n"
            "(713) 555-0142\n")
    inv = M.pdf(["PACIFIC VALVE & PUMP INC.", "INVOICE PVP-87950   Date: 10/10/2025",
                 "Bill to: Wakaba Chemical America", "Ball valve BV-2 SS316 x 15", "Total: USD 3,412.50",
                 f"Remit to: {PV.bank['bank']}  ABA {PV.bank['routing']}  Acct {PV.bank['account']}"], "PVP-87950")
    body = M.Multi("mixed", [plain(text, "US-ASCII", "7bit"),
                             M.Attachment(inv, "application/pdf", "PVP-87950.pdf")])
    return Msg(f, "clean", "payment-reminder", "en",
               "Genuine past-due reminder from the listed vendor's real address mlopez@pacificvalve.example "
               "(SPF, DKIM, DMARC p=reject pass), from the vendor's office network. Asks to remit to the "
               "account ON FILE (First Harbor Bank, ABA routing number and account as in org.yaml); invoice "
               "PDF attached. Payment pressure without any change of details.",
               when=t, frm=ml, to=[b.en_addr()], subject="Reminder: invoice PVP-87950 past due",
               body=body,
               route=R.server(f, t, b.email, PV.server, PV.ip,
                              client=("fw1.pacificvalve.example", "198.51.100.89", "PVP-AR-PC04"), tz=R.CST),
               auth=R.aligned(PV.domain, ml[1], "reject"), mid=mid_outlook_desktop(f, PV.domain), on_file="pacific",
               date_tz=R.CST, style="outlook", fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def cl04():
    f = "clean-04-vendor-invoice-marusei-toza-fullwidth-ja.eml"
    t = jst(2025, 12, 3, 10, 48, 20)
    y, u = P("yamamoto"), P("uchida")
    frm = ("丸星化成株式会社 経理課", "keiri@" + MAR.domain)
    text = ("若葉化学工業株式会社\n"
            "経理部 山本様\n"
            "（CC：購買部 内田様）\n"
            "\n"
            "平素より格別のお引き立てを賜り、誠にありがとうございます。\n"
            "丸星化成株式会社 経理課でございます。\n"
            "\n"
            "11月分のご請求書をお送りいたします。\n"
            "\n"
            "　ご請求金額：３，１０２，６５０円（税込）\n"
            "　お支払期日：２０２５年１２月２６日\n"
            "　お振込先　：東和みらい銀行　川崎支店　当座　" + B.fullwidth(MAR.bank["account"]) + "\n"
            "　口座名義　：マルセイカセイ（カ\n"
            "\n"
            "お振込先に変更はございません。\n"
            "ご不明な点がございましたら、経理課（０４４−０００−３３１０）までお問い合わせください。\n"
            "\n"
            "今後ともよろしくお願い申し上げます。\n"
            "\n"
            "丸星化成株式会社\n"
            "経理課　吉川\n")
    inv = M.pdf(["請求書", "若葉化学工業株式会社 御中", "請求番号 MS-2511-0412", "ご請求金額 3,102,650円（税込）",
                 "お振込先 東和みらい銀行 川崎支店 当座 " + MAR.bank["account"], "丸星化成株式会社"], "請求書")
    body = M.Multi("mixed", [plain(text), M.Attachment(inv, "application/pdf", "請求書_MS-2511-0412.pdf")])
    return Msg(f, "clean", "vendor-invoice", "ja",
               "Genuine invoice from the listed vendor 丸星化成's real accounting address "
               "(keiri@marusei-kasei.example; SPF, DKIM, DMARC pass). Amounts and the account number in "
               "FULL-WIDTH digits, but the account is the one on file (東和みらい銀行 川崎支店 当座 0456781); "
               "'no change of payee'. ISO-2022-JP, PDF invoice.",
               when=t, frm=frm, to=[y.ja_addr()], cc=[u.ja_addr()], subject="【丸星化成】11月分ご請求書送付のご案内",
               body=body,
               route=R.server(f, t, y.email, MAR.server, MAR.ip,
                              client=("fw.marusei-kasei.example", "198.51.100.41", "[10.0.8.21]")),
               auth=R.aligned(MAR.domain, frm[1]), mid=mid_outlook_desktop(f, MAR.domain), on_file="marusei",
               style="outlook", fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def cl05():
    f = "clean-05-payment-reminder-chigusa-onfile-sjis-ja.eml"
    t = jst(2025, 10, 31, 16, 5, 42)
    y = P("yamamoto")
    ta = ("田村 恵", "tamura@" + CHI.domain)
    text = ("若葉化学工業株式会社\n"
            "経理部 山本様\n"
            "\n"
            "いつもお世話になっております。千草包装の田村です。\n"
            "\n"
            "9月分のご請求（請求番号 CH-2509-066、418,000円）につきまして、\n"
            "10月31日時点で弊社にてご入金の確認ができておりません。\n"
            "行き違いでしたら大変失礼いたしました。\n"
            "\n"
            "お手数ですが、お支払い状況をご確認いただけますでしょうか。\n"
            "お振込先はいつもの口座（ひばり野信用金庫 本店営業部 普通 2047719）です。\n"
            "\n"
            "よろしくお願いいたします。\n"
            "\n"
            "株式会社千草包装\n"
            "業務部　田村 恵\n"
            "TEL 044-000-5821\n")
    return Msg(f, "clean", "payment-reminder", "ja",
               "Genuine payment reminder from the listed vendor 千草包装's real address "
               "(tamura@chigusa-hoso.example; SPF, DKIM, DMARC pass), sent in office hours: a September "
               "invoice not yet received; 'the usual account' = the one on file. Shift_JIS, 8bit (the same "
               "encoding as several BEC messages).",
               when=t, frm=ta, to=[y.ja_addr()], subject="9月分お支払いのご確認のお願い",
               body=plain(text, "Shift_JIS", "8bit"), hcs=("Shift_JIS", "B"),
               route=R.server(f, t, y.email, CHI.server, CHI.ip,
                              client=("office.chigusa-hoso.example", "203.0.113.72", "[10.0.0.7]")),
               auth=R.aligned(CHI.domain, ta[1]), mid=mid_becky(f, t, CHI.domain), on_file="chigusa",
               fields=[("X-Mailer", "Becky! ver. 2.81.05 [ja]")])


def cl06():
    f = "clean-06-bank-transfer-notice-shiranami-ja.eml"
    t = jst(2025, 11, 28, 9, 2, 13)
    fu = P("fujii")
    frm = ("しらなみ銀行", "notice@" + BANK.domain)
    text = ("若葉化学工業株式会社 様\n"
            "\n"
            "いつもしらなみ銀行法人インターネットバンキングをご利用いただき、ありがとうございます。\n"
            "以下の内容でお振込のお手続きを受け付けました。\n"
            "\n"
            "受付番号　　：2511280004127\n"
            "受付日時　　：2025年11月28日 09:01\n"
            "振込指定日　：2025年11月28日\n"
            "振込先　　　：しらなみ銀行 港南支店 普通 ****527\n"
            "受取人名　　：カ）ミドリブツリユウ\n"
            "振込金額　　：1,284,360円\n"
            "\n"
            "お取引内容の詳細は、法人インターネットバンキングにログインのうえ「振込・振替照会」からご確認ください。\n"
            "https://www.shiranami-bank.example/biz/login\n"
            "\n"
            "※本メールは送信専用アドレスから配信しています。\n"
            "※当行からメールでパスワードや暗証番号をお尋ねすることはありません。\n"
            "\n"
            "株式会社しらなみ銀行\n"
            "https://www.shiranami-bank.example/\n")
    return Msg(f, "clean", "bank-notice", "ja",
               "Genuine transfer-accepted notice from the organisation's main bank (listed), sent from its own "
               "domain shiranami-bank.example (SPF, DKIM, DMARC p=reject pass). Says 'ログイン' and links only to "
               "the bank's own domain; no request. The payee is ミドリ物流's account on file (masked). "
               "ISO-2022-JP.",
               when=t, frm=frm, to=[fu.ja_addr()], subject="【しらなみ銀行】振込受付完了のお知らせ",
               body=plain(text), route=R.bulk(f, t, fu.email, BANK.server, BANK.ip, pickup_host="ibapp02.shiranami-bank.example"),
               auth=R.aligned(BANK.domain, "bounce@" + BANK.domain, "reject"), return_path="bounce@" + BANK.domain,
               mid=mid_std(f, t, BANK.domain))


def cl07():
    f = "clean-07-bank-fx-remittance-notice-shiranami-en.eml"
    t = jst(2025, 11, 14, 15, 31, 50)
    fu = P("fujii")
    iban = NW.bank["iban"]
    frm = ("Shiranami Bank", "gbd-notice@" + BANK.domain)
    text = ("Wakaba Chemical Industries Co., Ltd.\n"
            "\n"
            "Your foreign outward remittance has been executed.\n"
            "\n"
            "Transaction no.: FX25111400382\n"
            "Value date: 14 Nov 2025\n"
            "Amount: GBP 38,412.60\n"
            "Beneficiary: NORTHWIND COMPONENTS LTD.\n"
            f"Beneficiary account: {iban[:4]} {iban[4:8]} **** **** **{iban[-4:-2]} {iban[-2:]}\n"
            f"Beneficiary bank: EXAMPLE BANK PLC ({NW.bank['swift']})\n"
            "\n"
            "To view the payment message (MT103), please log in to Shiranami Global Business Direct:\n"
            "https://gbd.shiranami-bank.example/login\n"
            "\n"
            "This is an automatically generated e-mail. Please do not reply. Shiranami Bank will never ask "
            "for your password or one-time code by e-mail.\n"
            "\n"
            "Shiranami Bank, Ltd. - Global Transaction Services\n")
    return Msg(f, "clean", "bank-notice", "en",
               "Genuine English notice from the main bank's own domain (shiranami-bank.example; SPF, DKIM, "
               "DMARC p=reject pass): foreign remittance to Northwind's on-file account (IBAN masked, SWIFT "
               "on file) executed; 'log in' link only to the bank's own subdomain; no request.",
               when=t, frm=frm, to=[fu.en_addr()], subject="[Shiranami Bank] Foreign remittance executed - FX25111400382",
               body=plain(text, "US-ASCII", "7bit"),
               route=R.bulk(f, t, fu.email, BANK.server, BANK.ip, pickup_host="gbdapp01.shiranami-bank.example"),
               auth=R.aligned(BANK.domain, "bounce@" + BANK.domain, "reject"), return_path="bounce@" + BANK.domain,
               mid=mid_std(f, t, BANK.domain))


def cl13():
    f = "clean-13-law-firm-spa-review-comments-ja.eml"
    t = jst(2025, 11, 21, 18, 22, 7)
    fk, sa = P("fukuda"), P("sano")
    ao = ("青木 修平", "aoki@" + LAW.domain)
    text = ("若葉化学工業株式会社\n"
            "法務部長 福田 綾 様\n"
            "（cc：佐野 瑞穂 様）\n"
            "\n"
            "いつもお世話になっております。桜坂総合法律事務所の青木です。\n"
            "\n"
            "先日ご送付いただいた株式譲渡契約書（案）につき、当事務所のコメントを添付にてお送りします。\n"
            "主な論点は以下の3点です。\n"
            "\n"
            "１．表明保証の範囲（環境関連法令の遵守）について、対象会社の工場敷地の土壌調査結果を\n"
            "　　前提とする旨を明記することをお勧めします。\n"
            "２．クロージング前の誓約事項に、主要取引先との契約変更の禁止を追加しています。\n"
            "３．補償の上限額は譲渡価格の20％とする案を提示しています。\n"
            "\n"
            "本件は秘密保持契約の対象ですので、社内でのご共有は検討メンバーの範囲でお願いいたします。\n"
            "来週の打ち合わせ（11月27日 14時、貴社にて）で詳細をご説明いたします。\n"
            "\n"
            "よろしくお願いいたします。\n"
            "\n"
            "桜坂総合法律事務所\n"
            "弁護士　青木 修平\n"
            "〒105-0001 東京都港区虎ノ門1-2-3 桜坂ビル7階\n")
    notes = M.pdf(["株式譲渡契約書（案）コメント一覧", "2025年11月21日 桜坂総合法律事務所",
                   "第5条 表明保証 環境関連法令の遵守", "第7条 クロージング前の誓約事項", "第11条 補償の上限"],
                  "コメント一覧")
    body = M.Multi("mixed", [plain(text), M.Attachment(notes, "application/pdf", "株式譲渡契約書案_コメント_20251121.pdf")])
    return Msg(f, "clean", "legal-correspondence", "ja",
               "Genuine mail from the organisation's listed law firm (sakurazaka-law.example; SPF, DKIM, DMARC "
               "pass) to the general counsel, cc her staff: comments on a share-purchase agreement, "
               "confidentiality, a meeting date. Acquisition and secrecy vocabulary, but no payment and no "
               "bypassing of anyone. ISO-2022-JP, PDF attachment.",
               when=t, frm=ao, to=[fk.ja_addr()], cc=[sa.ja_addr()], subject="株式譲渡契約書（案）へのコメント送付",
               body=body,
               route=R.server(f, t, fk.email, LAW.server, LAW.ip,
                              client=("office.sakurazaka-law.example", "203.0.113.141", "[10.3.0.12]")),
               auth=R.aligned(LAW.domain, ao[1]), mid=mid_outlook_desktop(f, LAW.domain), style="outlook",
               fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def cl14():
    f = "clean-14-vendor-thread-northwind-delivery-en.eml"
    t0 = jst(2025, 11, 14, 1, 10, 0)
    t1 = jst(2025, 11, 14, 9, 26, 0)
    t2 = jst(2025, 11, 25, 10, 2, 0)
    t = jst(2025, 11, 25, 19, 40, 15)
    s = P("sakamoto")
    tom = ("Tom Hargreaves", "t.hargreaves@" + NW.domain)
    subj = "PO 4512 - dosing pumps NP-40 x 6 - delivery schedule"
    mid0 = mid_exchange(f + "0", "NWC-EXCH01", NW.domain)
    mid2 = mid_uuid(f + "2", D)
    h2 = ("Dear Tom,\n\nThe prepayment for PO 4512 was sent on 21 November to your account with Example Bank. "
          "Could you let us know the shipping date and the ETA at Yokohama?\n\n"
          "Best regards,\nTsubasa Sakamoto\nPurchasing Section\nWakaba Chemical Industries")
    text = ("Hi Tsubasa,\n"
            "\n"
            "Thank you - our finance team confirmed receipt of the prepayment yesterday.\n"
            "\n"
            "The six NP-40 pumps will leave our Leeds works on 28 November and sail from Felixstowe on 2 December. "
            "ETA Yokohama is 8 January. I will send the packing list and the B/L as soon as we have them.\n"
            "\n"
            "Best regards,\n"
            "Tom\n"
            "\n"
            "Tom Hargreaves\n"
            "Key Account Manager - Asia Pacific\n"
            "Northwind Components Ltd.\n"
            "\n"
            + outlook_block_en(t2, who(s.en, s.email), who(*tom), "RE: " + subj, tz=R.GMT, uk=True) + "\n\n"
            + h2 + "\n")
    body = M.alt(plain(text, "US-ASCII", "7bit"), html(simple_html(text, "Calibri, sans-serif", "11pt")))
    return Msg(f, "clean", "vendor-thread", "en",
               "Ordinary reply in a vendor thread from the listed vendor's real address (SPF, DKIM, DMARC pass), "
               "sent from the vendor's office Exchange (no webmail, no X-Originating-IP): shipping dates only. "
               "The quoted message mentions the prepayment to the on-file bank; nothing changes. 'RE:' with "
               "In-Reply-To/References, like the account-compromise messages.",
               when=t, frm=tom, to=[s.en_addr()], subject="RE: " + subj, body=body,
               route=R.exchange_hybrid(f, t, s.email, NW.server, NW.ip, "nwc-exch01.corp.northwind-components.example",
                                       "10.20.4.11", tz=R.GMT),
               auth=R.aligned(NW.domain, tom[1], "quarantine"), mid=mid_exchange(f, "NWC-EXCH01", NW.domain),
               in_reply_to=mid2, references=[mid0, mid2], date_tz=R.GMT, style="outlook",
               fields=[("Thread-Topic", subj), ("Thread-Index", thread_index(f)),
                       ("Content-Language", "en-GB")])


def cl15():
    f = "clean-15-vendor-thread-midori-december-trucks-ja.eml"
    t0 = jst(2025, 11, 18, 15, 2, 0)
    t = jst(2025, 11, 19, 10, 37, 29)
    ko = P("kono")
    yo = ("吉村 聡", "s-yoshimura@" + MID.domain)
    mid0 = mid_uuid(f + "0", D)
    h0 = ("株式会社ミドリ物流\n吉村様\n\nお世話になっております。若葉化学工業 製造部の河野です。\n"
          "12月の出荷予定をお送りします。年末は12月26日が最終出荷となります。\n"
          "12月第3週は通常より多く、10tウイング車を1日3台お願いできますでしょうか。\n\n河野")
    text = ("河野様\n"
            "\n"
            "お世話になっております。ミドリ物流の吉村です。\n"
            "出荷予定のご連絡ありがとうございます。\n"
            "\n"
            "12月第3週（15日〜19日）は10tウイング車を1日3台で手配いたしました。\n"
            "26日の最終便は午前積みでお願いできますと助かります。\n"
            "年明けは1月6日から通常運行いたします。\n"
            "\n"
            "引き続きよろしくお願いいたします。\n"
            "\n"
            "株式会社ミドリ物流\n"
            "営業部　吉村 聡\n"
            "\n"
            f"On 2025/11/18 15:02, {ko.ja} wrote:\n" + quote(h0) + "\n")
    return Msg(f, "clean", "vendor-thread", "ja",
               "Ordinary reply from the listed vendor ミドリ物流's real sales address "
               "(s-yoshimura@midori-butsuryu.example; SPF, DKIM, DMARC pass), office network, Thunderbird: "
               "truck scheduling for December, quoted history below, no money. UTF-8 quoted-printable.",
               when=t, frm=yo, to=[ko.ja_addr()], subject="Re: 12月の出荷予定について",
               body=plain(text, "UTF-8", "quoted-printable"), hcs=("UTF-8", "B"),
               route=R.server(f, t, ko.email, MID.server, MID.ip,
                              client=("gw.office.midori-butsuryu.example", "203.0.113.30", "[10.1.0.61]")),
               auth=R.aligned(MID.domain, yo[1]), mid=mid_uuid(f, MID.domain),
               in_reply_to=mid0, references=[mid0], style="thunderbird",
               fields=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ja")])


def cl23():
    f = "clean-23-vendor-auto-reply-out-of-office-en.eml"
    t = jst(2025, 12, 19, 18, 0, 41)
    fu = P("fujii")
    sw = ("Sarah Whitfield", "s.whitfield@" + NW.domain)
    text = ("Thank you for your email. I am out of the office from 19 December and will return on 5 January "
            "with limited access to email.\n"
            "\n"
            "For urgent account queries please contact our Credit Control team at "
            "creditcontrol@northwind-components.example or call +44 113 496 0700.\n"
            "\n"
            "Kind regards,\n"
            "Sarah Whitfield\n")
    return Msg(f, "clean", "auto-reply", "en",
               "Out-of-office auto-reply from a listed vendor's real address (Auto-Submitted: auto-replied; "
               "SPF, DKIM, DMARC pass); points to the vendor's own team address on the same domain.",
               when=t, frm=sw, to=[fu.en_addr()], subject="Automatic reply: Remittance advice - invoice NWC-24910",
               body=plain(text, "US-ASCII", "7bit"),
               route=R.exchange_hybrid(f, t, fu.email, NW.server, NW.ip, "nwc-exch01.corp.northwind-components.example",
                                       "10.20.4.11", tz=R.GMT),
               auth=R.Auth("pass", "", "pass", NW.domain, "pass", NW.domain, "quarantine"), return_path="", mid=mid_exchange(f, "NWC-EXCH01", NW.domain),
               date_tz=R.GMT, style="outlook",
               fields=[("Thread-Topic", "Remittance advice - invoice NWC-24910"), ("Auto-Submitted", "auto-replied"),
                       ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", sw[1])])


MESSAGES = [cl01, cl02, cl03, cl04, cl05, cl06, cl07, cl13, cl14, cl15, cl23]
