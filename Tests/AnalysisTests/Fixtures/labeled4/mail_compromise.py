"""BEC, account compromise and thread hijack: replies in existing vendor
threads, bec-14 ... bec-19."""
import banking as B
import common as K
import company as C
import mimeparts as M
import routes as R
import threads as T
from message import Msg, jst

P = K.P
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ------------------------------------------------------------------ bec-14: タカミ精密, real domain, webmail at 02:14
f = "bec-14-compromise-takami-reply-webmail-bankchange-ja.eml"
when = jst(2026, 4, 20, 2, 14, 37)
v = C.V["takami"]
sasaki = P("sasaki")
# Sasaki's Outlook reply quoted the invoice below an Outlook header block
history = (T.SASAKI_ACK_TEXT + "\n\n" +
           K.outlook_block_ja(T.TAKAMI_INV_WHEN, "杉山 美穂 <sugiyama@takami-seimitsu.example>",
                              "佐々木 健太 <k-sasaki@seiran-elec.example>", T.TAKAMI_INV_SUBJECT)
           + "\n\n" + T.TAKAMI_INV_TEXT)
text = f"""佐々木様

いつもお世話になっております。タカミ精密の杉山です。
ご確認いただきありがとうございます。

大変申し訳ございませんが、ご請求書に記載のお振込先につきまして変更がございます。
弊社メインバンクの変更手続きに伴い、現在、旧口座（みなと中央銀行）では
入金の受付を一時停止しております。
4月30日のお支払いは、下記の新しい口座へお願いできますでしょうか。

　銀行名　：つばめネット銀行
　支店名　：すずらん支店（店番 105）
　種別　　：普通
　口座番号：8140637
　名義　　：カ）タカミセイミツ

訂正後の請求書は改めて郵送いたします。
お手数ですが、ご登録の変更後に本メールへご一報いただけますと幸いです。

杉山

2026-04-06 09:02 に 佐々木 健太 さんは書きました:
{K.quote(history)}"""
add(Msg(
    f, "bec", "account-compromise", "ja",
    ("From the vendor's REAL domain takami-seimitsu.example, fully authenticated, as a reply in the March "
     "invoice thread (clean-01, then the clerk's acknowledgement; In-Reply-To/References, quoted history "
     "that still shows the account on file). Changes the payee to a net-bank 普通 account days before the "
     "due date. Sent at 02:14 through the vendor's webmail from 198.51.100.203, not the vendor's office."),
    when=when, frm=T.TAKAMI_SUGIYAMA, to=[sasaki.ja_addr()],
    subject="Re: " + T.TAKAMI_INV_SUBJECT, body=K.plain(text, "UTF-8", "8bit", flowed=False),
    hcs=("UTF-8", "B"),
    route=R.webmail(f, when, sasaki.email, v.server, v.ip, v.webmail, "198.51.100.203", selector="mail"),
    auth=R.aligned(v.domain, p="quarantine"), mid=K.mid_roundcube(f, v.domain),
    in_reply_to=T.SASAKI_ACK_MID, references=[T.TAKAMI_INV_MID, T.SASAKI_ACK_MID], accounts=["8140637"],
    style="thunderbird", fields=[("User-Agent", "Roundcube Webmail/1.6.9")]))


# ------------------------------------------------------------------ bec-15: Kessler, real domain (Exchange Online), PT IBAN
f = "bec-15-compromise-kessler-shipping-thread-new-iban-pdf-en.eml"
when = jst(2026, 5, 8, 22, 31, 5)   # 15:31 in Stuttgart
pt = B.iban("PT", "0099" + "0004" + "36518204772" + "18")
ishida = P("ishida")
subj = "Order SR-PO-260311 - BX-40 shipping schedule"
quoted = (K.outlook_block_en(T.KESSLER_A_WHEN, "Tobias Wendt <t.wendt@kessler-messtechnik.example>",
                             "Ken Ishida <k-ishida@seiran-elec.example>", "RE: " + subj, tz=R.CEST, uk=True)
          + "\n\n" + T.KESSLER_A_TEXT + "\n\n" +
          K.outlook_block_en(T.KESSLER_Q_WHEN, "Ken Ishida <k-ishida@seiran-elec.example>",
                             "Tobias Wendt <t.wendt@kessler-messtechnik.example>", subj, tz=R.CEST, uk=True)
          + "\n\n" + T.KESSLER_Q_TEXT)
text = f"""Dear Mr. Ishida,

As announced, please find attached the final commercial invoice KM-RE-2026-0412 for SR-PO-260311. The chamber was picked up today and the bill of lading will follow early next week.

Please note that Kessler Messtechnik has changed its banking partner for export receivables with effect from 1 May 2026. The invoice shows the new account. Kindly forward it to your accounts payable colleagues so that the payment (due on shipment, as agreed in our offer) is made to the new account and not to the old one, which is no longer monitored:

Bank: Example Atlantico S.A., Lisbon
IBAN: {B.iban_print(pt)}
BIC: EXATPTPL

As the vessel departs on 12 May, we would be grateful if the payment could be released by Monday 11 May, so that we can hand over the original documents without delay.

Best regards,
Tobias Wendt
Sales Manager APAC
Kessler Messtechnik GmbH
Industriestrasse 41, 70565 Stuttgart, Germany

{quoted}"""
pdf = M.pdf(["KESSLER MESSTECHNIK GMBH", "COMMERCIAL INVOICE KM-RE-2026-0412", "Date: 08.05.2026",
             "Buyer: Seiran Electronics Co., Ltd., Hamamatsu, Japan", "Order: SR-PO-260311",
             "1 x BX-40 burn-in chamber, serial BX40-26-0117       EUR 86,400.00",
             "Freight and insurance CIP Shimizu                    EUR 2,150.00",
             "Total                                                EUR 88,550.00",
             "Payment: due on shipment",
             "Beneficiary bank: Example Atlantico S.A., Lisbon", "IBAN: " + B.iban_print(pt), "BIC: EXATPTPL"],
            "KM-RE-2026-0412", "Microsoft: Print To PDF")
add(Msg(
    f, "bec", "account-compromise", "en",
    ("Sent from the German supplier's REAL mailbox t.wendt@kessler-messtechnik.example (Exchange Online; "
     "SPF/DKIM/DMARC pass) as a reply in the existing shipping thread with Outlook-style quoted history. "
     "The 'final invoice' PDF and the text give a new Portuguese IBAN instead of the German one on file, "
     "with a deadline tied to the vessel's departure. Cc adds accounts payable, who were not in the thread."),
    when=when, frm=T.KESSLER_WENDT, to=[ishida.en_addr()], cc=[P("sasaki").en_addr()], subject="RE: " + subj,
    body=M.Multi("mixed", [K.plain(text, "UTF-8", "quoted-printable"),
                           M.Attachment(pdf, "application/pdf", "KM-RE-2026-0412.pdf")]),
    route=R.m365(f, when, ishida.email, "kessler-messtechnik.example", "EUR", client_ip="203.0.113.119"),
    auth=R.aligned("kessler-messtechnik.example", p="reject"), mid=K.mid_m365(f),
    in_reply_to=T.KESSLER_A_MID, references=[T.KESSLER_Q_MID, T.KESSLER_A_MID], accounts=[pt],
    style="outlook", date_tz=R.UTC,
    fields=[("Thread-Topic", subj), ("Thread-Index", K.thread_index(f)), ("Accept-Language", "de-DE, en-US"),
            ("Content-Language", "en-US")]))


# ------------------------------------------------------------------ bec-16: コダマ電材, real domain, due-day urgency
f = "bec-16-compromise-kodama-due-date-shipment-hold-temp-account-ja.eml"
when = jst(2026, 5, 29, 6, 2, 18)
v = C.V["kodama"]
murakami = P("murakami")
text = f"""村上様

いつもお世話になっております。
コダマ電材　経理部の岡でございます。

４月度ご請求分（お支払期日：本日５月２９日）につきまして、取り急ぎご連絡いたします。
４月より変更いたしました新口座（ほしかわ信用金庫　本店営業部）ですが、
同金庫の入金照合システム移行の影響で、月末分の入金確認が大幅に遅れる見込みとなりました。
つきましては、今回に限り下記の口座へお振込いただけますでしょうか。

　東和ひかり銀行　名古屋駅前支店
　当座　２２０８５１９
　カ）コダマデンザイ

本日１５時までにご入金の確認が取れない場合、社内規定により
６月分以降の出荷を一時保留とさせていただくことになります。
量産品のため大変恐縮ではございますが、ご協力のほどお願い申し上げます。
お振込後、振込明細を本メールにご返信ください。

岡

{K.outlook_block_ja(T.KODAMA_INV_WHEN, "岡 俊彦 <oka.toshihiko@kodama-denzai.example>",
                     "村上 愛 <a-murakami@seiran-elec.example>", T.KODAMA_INV_SUBJECT)}

{T.KODAMA_INV_TEXT}"""
add(Msg(
    f, "bec", "account-compromise", "ja",
    ("From the vendor's REAL address oka.toshihiko@kodama-denzai.example (its own SMTP server, SPF/DKIM/DMARC "
     "pass), submitted at 06:02 with SMTP AUTH from 203.0.113.250. Replies to the April invoice (clean-02, "
     "quoted below in Outlook style with the verified account) on its due date: 'the new account cannot "
     "confirm payments', pay a different 当座 account 'this time only' by 15:00 or shipments are held."),
    when=when, frm=T.KODAMA_OKA, to=[murakami.ja_addr()], subject="RE: " + T.KODAMA_INV_SUBJECT,
    body=K.plain(text), route=R.server(f, when, murakami.email, v.server, v.ip,
                                       client=(None, "203.0.113.250", "DESKTOP-8H2LQ0V"), selector="kd01"),
    auth=R.aligned(v.domain, p="none"), mid=K.mid_outlook_desktop(f, v.domain),
    in_reply_to=T.KODAMA_INV_MID, references=[T.KODAMA_INV_MID], accounts=["2208519"], style="outlook",
    fields=[("Thread-Topic", M.subject_value(T.KODAMA_INV_SUBJECT)), ("Thread-Index", K.thread_index(f)),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")]))


# ------------------------------------------------------------------ bec-17: Bayview, thread continued from a look-alike
f = "bec-17-compromise-bayview-thread-continued-from-lookalike-en.eml"
when = jst(2026, 5, 13, 1, 41, 27)   # Tuesday 09:41 in San Jose
aba = B.aba("10200783")
reyes = P("reyes")
quoted = (K.outlook_block_en(T.BAYVIEW_SOA_R_WHEN, "Michael Reyes <m-reyes@seiran-elec.example>",
                             "Karen Liu <kliu@bayviewtest.example>", "RE: " + T.BAYVIEW_SOA_SUBJECT, tz=R.PDT)
          + "\n\n" + T.BAYVIEW_SOA_R_TEXT + "\n\n" +
          K.outlook_block_en(T.BAYVIEW_SOA_WHEN, "Karen Liu <kliu@bayviewtest.example>",
                             "Michael Reyes <m-reyes@seiran-elec.example>", T.BAYVIEW_SOA_SUBJECT, tz=R.PDT)
          + "\n\n" + T.BAYVIEW_SOA_TEXT)
text = f"""Hi Michael,

Thanks for the update. Before Friday's run, please note that Bayview has moved its receivables to a new account as part of a banking consolidation, effective this month. Please update the vendor record and send BTS-41055 and BTS-41190 ($32,484.25 total) to:

Bank: Silverline Commerce Bank
Routing (ABA): {aba}
Account: 3380194526
Account name: Bayview Test Systems Inc

Since BTS-41055 is already past due, our credit team asked whether it could go out today as a wire instead of waiting for the ACH run. Let me know once it's scheduled and I'll make sure your account is released from credit hold.

Thanks,
Karen

Karen Liu
Accounts Receivable | Bayview Test Systems, Inc.

{quoted}"""
add(Msg(
    f, "bec", "account-compromise", "en",
    ("Thread hijack: a reply in the real statement-of-account thread (In-Reply-To/References point to the "
     "real messages, the quoted history shows kliu@bayviewtest.example) but sent from "
     "kliu@bayviewtest-us.example, a look-alike registered by the attacker (SPF pass, no DKIM, no DMARC "
     "record). New bank with an ABA routing number and a same-day wire for the past-due invoice."),
    when=when, frm=("Karen Liu", "kliu@bayviewtest-us.example"), to=[reyes.en_addr()],
    subject="RE: " + T.BAYVIEW_SOA_SUBJECT, body=K.plain(text, "US-ASCII"),
    route=R.server(f, when, reyes.email, "mail.bayviewtest-us.example", "203.0.113.212",
                   client=(None, "198.51.100.48", "[10.8.0.6]"), tz=R.PDT),
    auth=R.Auth("pass", "bayviewtest-us.example", "none", None, "none", "bayviewtest-us.example", None),
    mid=K.mid_outlook_desktop(f, "bayviewtest-us.example"),
    in_reply_to=T.BAYVIEW_SOA_R_MID, references=[T.BAYVIEW_SOA_MID, T.BAYVIEW_SOA_R_MID],
    accounts=[aba, "3380194526"], style="outlook", date_tz=R.PDT,
    fields=[("Thread-Topic", T.BAYVIEW_SOA_SUBJECT), ("Thread-Index", K.thread_index(f)),
            ("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ bec-18: Bayview, real domain compromised, corrected invoice
f = "bec-18-compromise-bayview-corrected-invoice-new-ach-en.eml"
when = jst(2026, 3, 11, 5, 2, 44)   # Tuesday 13:02 in San Jose
aba = B.aba("04410352")
quoted = (K.outlook_block_en(T.BAYVIEW_INV_Q_WHEN, "Michael Reyes <m-reyes@seiran-elec.example>",
                             "Karen Liu <kliu@bayviewtest.example>", T.BAYVIEW_INV_SUBJECT, tz=R.PDT)
          + "\n\n" + T.BAYVIEW_INV_Q_TEXT)
text = f"""Hi Michael,

Thanks for catching that, you're right, it should be 4 units. The corrected invoice is attached ($25,524.40).

Please also be advised that our ACH details have been updated, as our previous account is under review following our year-end reconciliation. Kindly use the details below for this and all future payments and disregard the bank information printed on older invoices:

Bank name: Ridgeview Community Bank
ABA: {aba}
Account: 6604417390
Account type: Business checking

Since this one has already been delayed, could it go out in this week's run? Please send the remittance advice to me directly rather than to the AR inbox.

Regards,
Karen

Karen Liu
Accounts Receivable | Bayview Test Systems, Inc.

{quoted}"""
pdf = M.pdf(["BAYVIEW TEST SYSTEMS, INC.", "INVOICE BTS-40712 (CORRECTED)", "Date: 03/10/2026",
             "Bill to: Seiran Electronics America, Inc., San Jose, CA", "PO: SEA-2026-0142",
             "4 x PC-128 probe card set @ $6,381.10        $25,524.40", "Total due: $25,524.40   Terms: Net 30",
             "Remit to: Ridgeview Community Bank", "ABA " + aba + "  Account 6604417390"],
            "BTS-40712", "Microsoft: Print To PDF")
add(Msg(
    f, "bec", "account-compromise", "en",
    ("From the supplier's REAL mailbox kliu@bayviewtest.example on Exchange Online (SPF/DKIM/DMARC pass), "
     "submitted from 198.51.100.240; a reply to the controller's real question about the invoice, which "
     "it answers correctly (the attacker read the mailbox), then switches ACH details for 'this and all "
     "future payments' and asks for the remittance advice to go to her directly. Corrected PDF invoice."),
    when=when, frm=T.BAYVIEW_LIU, to=[reyes.en_addr()], subject="RE: " + T.BAYVIEW_INV_SUBJECT,
    body=M.Multi("mixed", [M.alt(K.plain(text, "UTF-8", "quoted-printable"),
                                 K.html(K.simple_html(text, "Calibri, sans-serif"), "UTF-8", "quoted-printable")),
                           M.Attachment(pdf, "application/pdf", "BTS-40712_corrected.pdf")]),
    route=R.m365(f, when, reyes.email, "bayviewtest.example", "NAM", client_ip="198.51.100.240"),
    auth=R.aligned("bayviewtest.example", p="quarantine"), mid=K.mid_m365(f, "BY5PR11MB", "namprd11"),
    in_reply_to=T.BAYVIEW_INV_Q_MID, references=[T.BAYVIEW_INV_Q_MID], accounts=[aba, "6604417390"],
    style="outlook", date_tz=R.UTC,
    fields=[("Thread-Topic", T.BAYVIEW_INV_SUBJECT), ("Thread-Index", K.thread_index(f)),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US")]))


# ------------------------------------------------------------------ bec-19: コダマ電材, real From, Reply-To Gmail, 返信:
f = "bec-19-compromise-kodama-order-thread-replyto-gmail-group-company-ja.eml"
when = jst(2026, 5, 20, 16, 45, 9)
hayashi = P("hayashi")
text = f"""林様

いつもお世話になっております。コダマ電材の田辺です。
昨日の件、ご回答が遅くなり失礼いたしました。

CS-50B もメーカー在庫の確保ができましたので、
2品目とも 6月10日 御社着にて手配いたします。

また、誠に勝手ながら、今回のご注文分より請求および入金管理を
弊社グループの株式会社コダマトレーディングへ移管することとなりました。
SR-2605-0077 のお支払いにつきましては、下記口座へのお振込をお願いいたします。
経理ご担当の方へもご共有いただけますと幸いです。

　みなと中央銀行 栄支店
　普通預金 3391506
　カ）コダマトレーディング

なお、出荷前にご入金いただけましたら、6月10日着を確約いたします。
ご確認のほど、よろしくお願いいたします。

田辺

{K.outlook_block_ja(T.KODAMA_ORDER_A_WHEN, "田辺 浩之 <tanabe.hiroyuki@kodama-denzai.example>",
                     "林 さくら <s-hayashi@seiran-elec.example>", "RE: " + T.KODAMA_ORDER_SUBJECT)}

{T.KODAMA_ORDER_A_TEXT}

{K.outlook_block_ja(T.KODAMA_ORDER_Q_WHEN, "林 さくら <s-hayashi@seiran-elec.example>",
                     "田辺 浩之 <tanabe.hiroyuki@kodama-denzai.example>", T.KODAMA_ORDER_SUBJECT)}

{T.KODAMA_ORDER_Q_TEXT}"""
v = C.V["kodama"]
add(Msg(
    f, "bec", "account-compromise", "ja",
    ("From the vendor's REAL address tanabe.hiroyuki@kodama-denzai.example (SPF/DKIM/DMARC pass, SMTP AUTH "
     "from 198.51.100.99) but with Reply-To kodama.tanabe.h@gmail.com, which differs from every address in "
     "the quoted order thread. Subject prefix '返信:'. Answers the delivery question, then moves billing to a "
     "'group company' and asks for prepayment to a 普通 account that is not the one on file."),
    when=when, frm=T.KODAMA_TANABE, to=[hayashi.ja_addr()], reply_to=[("田辺 浩之", "kodama.tanabe.h@gmail.com")],
    subject="返信: " + T.KODAMA_ORDER_SUBJECT, body=K.plain(text, "UTF-8", "base64"), hcs=("UTF-8", "B"),
    route=R.server(f, when, hayashi.email, v.server, v.ip, client=(None, "198.51.100.99", "WIN-3KQ7P0M1RCT"),
                   selector="kd01"),
    auth=R.aligned(v.domain, p="none"), mid=K.mid_uuid(f, v.domain),
    in_reply_to=T.KODAMA_ORDER_A_MID, references=[T.KODAMA_ORDER_Q_MID, T.KODAMA_ORDER_A_MID],
    accounts=["3391506"], style="outlook",
    fields=[("Thread-Topic", M.subject_value(T.KODAMA_ORDER_SUBJECT, "UTF-8")), ("X-Mailer", "Microsoft Outlook for Windows 1.2026.512.100"),
            ("Content-Language", "ja-JP")]))
