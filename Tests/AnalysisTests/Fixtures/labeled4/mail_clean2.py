"""Clean hard negatives, part 2 (clean-10 ... clean-18): an announced,
verified vendor bank change, vendor-thread replies with nothing changed, a
solicited sales follow-up with WeChat/WhatsApp, newsletters and internal
notices that talk about gift cards, W-2s and executive impersonation."""
import banking as B
import common as K
import company as C
import mimeparts as M
import routes as R
import threads as T
from message import Msg, jst
from mimeparts import tok, HEX, LOWERNUM

P = K.P
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ------------------------------------------------------------------ clean-10: コダマ電材, documented bank change
f = "clean-10-vendor-bank-change-announced-callback-verified-kodama-ja.eml"
when = jst(2026, 3, 10, 14, 5, 51)
v = C.V["kodama"]
old, new = C.KODAMA_OLD, v.bank
murakami, ishida, sasaki = P("murakami"), P("ishida"), P("sasaki")
text = f"""青嵐電子工業株式会社
経理部　村上様
購買部　石田様
（CC：経理部　佐々木様）

いつも大変お世話になっております。
株式会社コダマ電材　経理部長の長尾でございます。

2月13日付の書面（代表者印押印）にてご案内いたしました弊社お振込口座の変更につきまして、
3月6日に石田様より弊社代表番号（052-000-3300）へ確認のお電話をいただき、
誠にありがとうございました。
御社の「取引先振込口座変更手続き（FIN-07）」に沿って、口座変更依頼書の原本も
同日付で郵送いたしております。

念のため、書面と同じ内容を本メールでもお知らせいたします。

【変更日】2026年4月1日（4月1日以降のお支払い分から）
【変更前】{old['bank']}　{old['branch']}　{old['account_type']}　{old['account']}　{old['holder']}
【変更後】{new['bank']}　{new['branch']}　{new['account_type']}　{new['account']}　{new['holder']}

3月31日までのお支払いは、従来の口座にて承ります。

なお、弊社がメールのみで振込先の変更をお願いすることはございません。
今後、弊社名で上記と異なる口座へのお振込依頼がございましたら、
ご対応の前に弊社代表番号までご確認くださいますようお願い申し上げます。

今後ともよろしくお願い申し上げます。

株式会社コダマ電材
経理部長　長尾 正樹
〒460-0999　愛知県名古屋市中区錦 2-7-31
TEL 052-000-3300（代表）"""
pdf = M.pdf(["2026年2月13日", "青嵐電子工業株式会社 御中", "株式会社コダマ電材 代表取締役 児玉 康夫",
             "お振込口座変更のお知らせ", "拝啓 平素は格別のご高配を賜り厚く御礼申し上げます。",
             "2026年4月1日以降のお支払い分より、弊社お振込口座を下記の通り変更いたします。",
             f"変更前: {old['bank']} {old['branch']} {old['account_type']} {old['account']}",
             f"変更後: {new['bank']} {new['branch']} {new['account_type']} {new['account']}",
             f"口座名義: {new['holder']}", "お問い合わせ: 経理部 052-000-3300 (代表)", "敬具"],
            "お振込口座変更のお知らせ", "Canon iR-ADV C3826")
add(Msg(
    f, "clean", "vendor-bank-change-announced", "ja",
    ("A GENUINE bank-account change by the vendor 株式会社コダマ電材, from its real domain (own server, office "
     "LAN; SPF/DKIM/DMARC pass): refers to the signed letter of 2026-02-13 (scanned PDF attached), the "
     "call-back to the vendor's number on file and the organisation's procedure FIN-07; effective 2026-04-01, "
     "announced three weeks ahead. The new account is the one now on file in org.yaml; the old one is "
     "shown as 'before'. Warns that the vendor never changes accounts by mail alone."),
    when=when, frm=("長尾 正樹", "nagao.masaki@kodama-denzai.example"), to=[murakami.ja_addr(), ishida.ja_addr()],
    cc=[sasaki.ja_addr(), T.KODAMA_OKA], subject="【コダマ電材】お振込口座変更について（2月13日付書面の件）",
    body=M.Multi("mixed", [K.plain(text), M.Attachment(pdf, "application/pdf", "振込口座変更のお知らせ.pdf")]),
    route=R.server(f, when, murakami.email, v.server, v.ip,
                   client=("kd-pc-101.kodama-denzai.example", "10.3.1.101", "KD-PC-101"), selector="kd01"),
    auth=R.aligned(v.domain, p="none"), mid=K.mid_outlook_desktop(f, v.domain), on_file="kodama",
    style="outlook", fields=[("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ clean-11: Kessler thread, nothing changed
f = "clean-11-vendor-thread-kessler-shipping-schedule-en.eml"
v = C.V["kessler"]
subj = "Order SR-PO-260311 - BX-40 shipping schedule"
text = (T.KESSLER_A_TEXT + "\n\n" +
        K.outlook_block_en(T.KESSLER_Q_WHEN, "Ken Ishida <k-ishida@seiran-elec.example>",
                           "Tobias Wendt <t.wendt@kessler-messtechnik.example>", subj, tz=R.CEST, uk=True)
        + "\n\n" + T.KESSLER_Q_TEXT)
pdf = M.pdf(["KESSLER MESSTECHNIK GMBH", "DRAFT COMMERCIAL INVOICE (PRO FORMA)", "Date: 28.04.2026",
             "Buyer: Seiran Electronics Co., Ltd., Hamamatsu, Japan", "Order: SR-PO-260311",
             "1 x BX-40 burn-in chamber                            EUR 86,400.00",
             "Freight and insurance CIP Shimizu                    EUR 2,150.00",
             "Total                                                EUR 88,550.00",
             "HS code 8514.19, country of origin: Germany",
             "Bank: Example Handelsbank AG, Stuttgart", "IBAN: " + B.iban_print(v.bank["iban"]),
             "BIC: " + v.bank["swift"]], "Draft commercial invoice SR-PO-260311", "Kessler ERP")
add(Msg(
    f, "clean", "vendor-thread", "en",
    ("The supplier's genuine reply in the shipping thread (Exchange Online, normal client, SPF/DKIM/DMARC "
     "pass; In-Reply-To/References, quoted question): shipping dates and a draft commercial invoice whose "
     "bank details are the IBAN on file. Nothing changes. bec-15 later hijacks this thread."),
    when=T.KESSLER_A_WHEN, frm=T.KESSLER_WENDT, to=[ishida.en_addr()], subject="RE: " + subj,
    body=M.Multi("mixed", [K.plain(text, "UTF-8", "quoted-printable"),
                           M.Attachment(pdf, "application/pdf", "Draft_CI_SR-PO-260311.pdf")]),
    route=R.m365(f, T.KESSLER_A_WHEN, ishida.email, v.domain, "EUR"), auth=R.aligned(v.domain, p="reject"),
    mid=T.KESSLER_A_MID, in_reply_to=T.KESSLER_Q_MID, references=[T.KESSLER_Q_MID], on_file="kessler",
    style="outlook", date_tz=R.UTC,
    fields=[("Thread-Topic", subj), ("Thread-Index", K.thread_index(f)), ("Accept-Language", "de-DE, en-US"),
            ("Content-Language", "en-US")]))


# ------------------------------------------------------------------ clean-12: コダマ電材 order thread, nothing changed
f = "clean-12-vendor-thread-kodama-delivery-answer-ja.eml"
v = C.V["kodama"]
hayashi = P("hayashi")
text = (T.KODAMA_ORDER_A_TEXT + "\n\n" +
        K.outlook_block_ja(T.KODAMA_ORDER_Q_WHEN, "林 さくら <s-hayashi@seiran-elec.example>",
                           "田辺 浩之 <tanabe.hiroyuki@kodama-denzai.example>", T.KODAMA_ORDER_SUBJECT)
        + "\n\n" + T.KODAMA_ORDER_Q_TEXT)
add(Msg(
    f, "clean", "vendor-thread", "ja",
    ("The distributor's genuine reply (real domain, office LAN, SPF/DKIM/DMARC pass) in the order thread, with "
     "In-Reply-To/References and the quoted question: order received, stock being checked. No payment "
     "topic. bec-19 later continues this thread with a Reply-To to Gmail."),
    when=T.KODAMA_ORDER_A_WHEN, frm=T.KODAMA_TANABE, to=[hayashi.ja_addr()],
    subject="RE: " + T.KODAMA_ORDER_SUBJECT, body=K.plain(text),
    route=R.server(f, T.KODAMA_ORDER_A_WHEN, hayashi.email, v.server, v.ip,
                   client=("kd-pc-208.kodama-denzai.example", "10.3.2.8", "KD-PC-208"), selector="kd01"),
    auth=R.aligned(v.domain, p="none"), mid=T.KODAMA_ORDER_A_MID, in_reply_to=T.KODAMA_ORDER_Q_MID,
    references=[T.KODAMA_ORDER_Q_MID], style="outlook",
    fields=[("Thread-Topic", M.subject_value(T.KODAMA_ORDER_SUBJECT)), ("Thread-Index", K.thread_index(f)),
            ("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ clean-13: solicited sales follow-up, WeChat/WhatsApp
f = "clean-13-sales-followup-trade-show-wechat-whatsapp-en.eml"
when = jst(2026, 4, 2, 16, 18, 37)
text = """Dear Mr. Ishida,

Thank you for visiting our booth at electronica China in Shanghai last week and for the discussion about the transformer cores for your new 3 kW power module.

As promised, I attach the datasheet for our HX-N97 ferrite material and the PQ-50/50 core. The samples you requested (20 sets of PQ-50/50, gapped 0.4 mm) were shipped yesterday by courier, AWB 7781 0044 2316, and should reach your Hamamatsu plant early next week.

Indicative pricing for 10k pcs/year is in the datasheet; a formal quotation will follow once your engineers confirm the gap and winding window. Mr. Saito mentioned that a test report from your side may take about four weeks, which is fine for us.

Please feel free to contact me by email or on WeChat/WhatsApp if that is more convenient for quick questions.

Best regards,

Kevin Lau
Overseas Sales Manager
Huaxin Magnetics Co., Ltd.
Tel: +86 769 0000 8812
WeChat: kevinlau_hxm
WhatsApp: +86 138 0000 4471"""
spec = M.pdf(["HUAXIN MAGNETICS - DATASHEET", "Material HX-N97 (MnZn ferrite)", "Initial permeability: 2300 +/-25%",
              "Core loss @100 kHz, 200 mT, 100 C: 350 kW/m3", "Core PQ-50/50, Ae = 328 mm2, le = 113 mm",
              "Indicative price (10k pcs/year): USD 0.86 per set, FOB Shenzhen",
              "Huaxin Magnetics Co., Ltd., Dongguan, Guangdong"], "HX-N97 PQ-50/50 datasheet", "HXM DocGen")
add(Msg(
    f, "clean", "sales-pitch", "en",
    ("A solicited follow-up after a trade-show meeting from the manufacturer's own authenticated domain "
     "(huaxin-magnetics.example; SPF/DKIM/DMARC pass): samples shipped, datasheet PDF, WeChat and WhatsApp in "
     "the signature. No payment or bank details, no pressure."),
    when=when, frm=("Kevin Lau", "kevin.lau@huaxin-magnetics.example"), to=[ishida.en_addr()],
    cc=[P("saito").en_addr()], subject="electronica China follow-up - HX-N97 PQ-50/50 samples and datasheet",
    body=M.Multi("mixed", [K.plain(text, "US-ASCII"),
                           M.Attachment(spec, "application/pdf", "HX-N97_PQ5050_datasheet.pdf")]),
    route=R.server(f, when, ishida.email, "mail.huaxin-magnetics.example", "198.51.100.177",
                   client=(None, "10.16.8.44", "[10.16.8.44]"), tz=R.HKT, selector="hxm"),
    auth=R.aligned("huaxin-magnetics.example", p="none"), mid=K.mid_uuid(f, "huaxin-magnetics.example"),
    date_tz=R.HKT, style="thunderbird", fields=[("User-Agent", "Mozilla Thunderbird"),
                                                 ("Content-Language", "en-US")]))


# ------------------------------------------------------------------ clean-14: subscribed newsletter with gift-card survey
f = "clean-14-newsletter-distributor-survey-gift-card-en.eml"
when = jst(2026, 4, 15, 1, 0, 0)
park = P("park")
unsub = f"https://www.digiparts-direct.example/preferences?u={tok(f, 18, LOWERNUM)}"
text = f"""DigiParts Direct - Engineer's Bench, April 2026

Hi Jason,

In this issue:
- SiC MOSFET allocation update: lead times down to 16 weeks
- New: same-day cut tape for 0402 passives
- Webinar (April 29): designing isolated gate drivers for 800 V systems

Tell us how we're doing
Take our 5-minute customer survey by April 30. Ten respondents will be drawn to receive a $100 gift card of their choice.
https://www.digiparts-direct.example/survey/2026q2

Read the full newsletter: https://www.digiparts-direct.example/news/2026-04

You are receiving this email because you subscribed to Engineer's Bench with j-park@seiran-elec.example.
Manage preferences or unsubscribe: {unsub}
DigiParts Direct, Inc., 1200 Example Parkway, Fort Worth, TX 76100"""
html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;background:#f4f6f8\">"
        "<table width=\"620\" align=\"center\" cellpadding=\"18\" style=\"background:#fff\">"
        "<tr><td style=\"background:#c8102e;color:#fff;font-size:20px\">Engineer's Bench &middot; April 2026</td></tr>"
        "<tr><td style=\"font-size:14px;line-height:1.6\"><p>Hi Jason,</p><ul>"
        "<li><a href=\"https://www.digiparts-direct.example/news/2026-04#sic\">SiC MOSFET allocation update: lead times down to 16 weeks</a></li>"
        "<li><a href=\"https://www.digiparts-direct.example/news/2026-04#cuttape\">New: same-day cut tape for 0402 passives</a></li>"
        "<li><a href=\"https://www.digiparts-direct.example/webinars/gate-drivers-800v\">Webinar (April 29): designing isolated gate drivers for 800 V systems</a></li></ul>"
        "<p><b>Tell us how we're doing.</b> Take our 5-minute customer survey by April 30. Ten respondents will be "
        "drawn to receive a $100 gift card of their choice.</p>"
        "<p><a href=\"https://www.digiparts-direct.example/survey/2026q2\">Take the survey</a></p></td></tr>"
        "<tr><td style=\"font-size:11px;color:#777\">You are receiving this email because you subscribed to "
        f"Engineer's Bench with j-park@seiran-elec.example. <a href=\"{unsub}\">Manage preferences or unsubscribe</a><br>"
        "DigiParts Direct, Inc., 1200 Example Parkway, Fort Worth, TX 76100</td></tr></table></body></html>")
add(Msg(
    f, "clean", "newsletter", "en",
    ("A subscribed distributor newsletter (DKIM and DMARC pass for digiparts-direct.example through its mailing "
     "service; List-Unsubscribe, List-Id) with a customer survey and a $100 gift-card draw; links only to the "
     "distributor's own site."),
    when=when, frm=("DigiParts Direct", "news@digiparts-direct.example"), to=[park.en_addr()],
    subject="Engineer's Bench: SiC lead times, 800 V gate drivers, and a quick survey",
    body=M.alt(K.plain(text, "US-ASCII"), K.html(html)),
    route=R.bulk(f, when, park.email, "mta12.em.digiparts-direct.example", "192.0.2.131", tz=R.CDT,
                 pickup_host="sender-4.em.digiparts-direct.example"),
    auth=R.Auth("pass", "em.digiparts-direct.example", "pass", "digiparts-direct.example", "pass",
                "digiparts-direct.example", "reject"),
    return_path=f"bounce-{tok(f, 14, HEX)}@em.digiparts-direct.example",
    mid=K.mid_uuid(f, "em.digiparts-direct.example"), date_tz=R.CDT,
    fields=[("List-Id", "Engineer's Bench <engineers-bench.digiparts-direct.example>"),
            ("List-Unsubscribe", f"<{unsub}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]))


# ------------------------------------------------------------------ clean-15: internal, survey thank-you gift cards
f = "clean-15-internal-survey-thanks-gift-code-portal-ja.eml"
when = jst(2026, 2, 27, 16, 2, 9)
yamaguchi = P("yamaguchi")
text = """社員各位

総務部の山口です。
先月実施した「働き方に関する社内アンケート」には、約9割の方にご回答いただきました。
ご協力ありがとうございました。

お礼として、回答者全員に Amazon ギフトカード（1,000円分）をお配りします。
ギフトカードの番号は、3月2日（月）以降に社内ポータルの「お知らせ」から各自でご確認ください。

　社内ポータル：https://portal.seiran-elec.example/notice/2026-0302

・ギフトカードの番号をメールやチャットで送ることはありません。
・社長や役員を名乗って「ギフトカードを買って番号を送って」と依頼するメールは詐欺です。
　受け取った場合は返信せず、情報システム部（内線 3300）へ転送してください。

アンケート結果の概要は、3月の全社朝礼でご報告します。

総務部　山口 和也"""
add(Msg(
    f, "clean", "internal-announcement", "ja",
    ("General affairs tells all staff that survey respondents get a 1,000-yen Amazon gift card whose code is "
     "on the internal portal, and warns against gift-card requests by mail. Organisation's domain via the "
     "internal relay; all@ list."),
    when=when, frm=yamaguchi.ja_addr(), to=[("社員各位", "all@seiran-elec.example")], rcpt=P("nakagawa").email,
    subject="社内アンケートご協力のお礼（ギフトカード配布）について", body=K.plain(text, "UTF-8", "base64"),
    hcs=("UTF-8", "Q"), route=R.internal(f, when, "all@seiran-elec.example", "10.41.1.77"),
    auth=R.aligned(C.DOMAIN, p="quarantine"), mid=K.mid_outlook_desktop(f, C.DOMAIN), style="outlook",
    fields=[("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ clean-16: US president, urgent internal payment
f = "clean-16-internal-president-urgent-release-bayview-onfile-en.eml"
when = jst(2026, 3, 13, 2, 47, 20)   # Thursday 09:47 in San Jose
hale, reyes = P("hale"), P("reyes")
text = """Michael,

Bayview's VP of operations called me this morning. The corrected invoice BTS-40712 (PO SEA-2026-0142, 4 probe card sets, $25,524.40) is approved in the AP workflow (AP-2026-0311). Could you release it in today's run? We need their field engineer on site next week and they won't schedule him while the account is on hold.

Important: pay only to the bank account we already have in the vendor master. They told me someone has been emailing their customers from Karen's mailbox with "new ACH details" - those are fraudulent, and they have reset her account. If you received anything like that, please forward it to IT security and do not act on it.

Thanks,
Greg

Gregory Hale
President | Seiran Electronics America, Inc."""
add(Msg(
    f, "clean", "internal-payment-request", "en",
    ("The US president, on the organisation's domain through the internal relay (San Jose office over the "
     "VPN, 10.43.0.0/16), asks the controller to release an approved supplier payment 'today', with PO, "
     "amount and workflow number, and explicitly to the account already on file; he also warns about the "
     "fraudulent 'new ACH details' (bec-18)."),
    when=when, frm=hale.en_addr(), to=[reyes.en_addr()], cc=[P("wong").en_addr()],
    subject="Please release Bayview BTS-40712 today", body=K.plain(text, "US-ASCII"),
    route=R.internal(f, when, reyes.email, "10.43.0.52"), auth=R.aligned(C.DOMAIN, p="quarantine"),
    mid=K.mid_outlook_desktop(f, C.DOMAIN), style="outlook", date_tz=R.PDT,
    fields=[("Thread-Topic", "Please release Bayview BTS-40712 today"), ("Thread-Index", K.thread_index(f)),
            ("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ clean-17: US HR, W-2s in the portal
f = "clean-17-hr-w2-available-portal-direct-deposit-policy-en.eml"
when = jst(2026, 1, 24, 7, 30, 0)   # Friday 14:30 in San Jose
bennett = P("bennett")
text = """Hi all,

Your 2025 Form W-2 is now available in the payroll portal under Pay > Tax Documents:
https://payroll.seiran-elec.example/tax-documents

If you opted for a paper copy, it was mailed to your home address today.

A few reminders for tax season:
- HR will never email W-2s or payroll registers, and will never ask you to send tax forms or your SSN by email.
- Direct deposit changes can only be made by you in the payroll portal (MFA required) or in person with a voided check or bank letter. We do not process changes requested by email, even from a colleague or manager.
- If you receive an email asking for W-2s, payroll data or gift cards that appears to come from Greg, me or anyone else, do not reply. Forward it to IT security.

Questions? Just stop by or call me at ext. 4102.

Thanks,
Laura

Laura Bennett
HR Manager | Seiran Electronics America, Inc."""
add(Msg(
    f, "clean", "hr-payroll-notice", "en",
    ("US HR tells staff (sea-all@ list) that 2025 W-2s are in the payroll portal on the organisation's own "
     "domain, and restates that W-2s and direct-deposit changes are never handled by email. Organisation's "
     "domain via the internal relay."),
    when=when, frm=bennett.en_addr(), to=[("SEA All Staff", "sea-all@seiran-elec.example")], rcpt=P("park").email,
    subject="Your 2025 W-2 is available in the payroll portal", body=K.plain(text, "US-ASCII"),
    route=R.internal(f, when, "sea-all@seiran-elec.example", "10.43.0.31"), auth=R.aligned(C.DOMAIN, p="quarantine"),
    mid=K.mid_outlook_desktop(f, C.DOMAIN), style="outlook", date_tz=R.PST,
    fields=[("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ clean-18: president's own warning to all staff
f = "clean-18-internal-president-warning-impersonation-line-giftcards-ja.eml"
when = jst(2026, 1, 26, 9, 15, 33)
kiritani = P("kiritani")
text = """社員各位

社長の桐谷です。

先週、私の名前をかたった不審なメールが、複数の社員の会社アドレスや
個人のメールアドレスに届いていることが分かりました。
差出人はフリーメールやプロバイダのアドレスで、内容は次のようなものです。

　・「今、会社にいますか？ このメールに返信してください」
　・「LINEのグループを作成して、QRコードを送ってください」
　・「至急、極秘で送金してほしい」「ギフトカードを購入して番号を送ってほしい」

私や役員が、メールで送金やギフトカードの購入、個人情報の送付をお願いすることはありません。
社内の依頼は、これまで通り社内チャットとワークフローで行います。

このようなメールを受け取った場合は、返信やLINEの登録をせず、
メールを添付ファイルとして情報システム部（security@seiran-elec.example）へ転送してください。
報告してくださった皆さん、ありがとうございました。訓練の成果が出ていると思います。

引き続き、取引先からの振込先変更の依頼についても、登録済みの電話番号での確認を徹底してください。

代表取締役社長
桐谷 誠一郎"""
add(Msg(
    f, "clean", "internal-announcement", "ja",
    ("The real president, from his corporate address through the internal relay, warns all staff about "
     "mails that impersonate him (reply-only lures, LINE groups, secret transfers, gift cards) and repeats "
     "that requests go through chat and workflow. Full of BEC vocabulary, genuine. ISO-2022-JP."),
    when=when, frm=kiritani.ja_addr(), to=[("社員各位", "all@seiran-elec.example")], rcpt=P("sasaki").email,
    subject="【注意喚起】私の名前をかたる不審メールについて", body=K.plain(text),
    route=R.internal(f, when, "all@seiran-elec.example", "10.41.0.12"), auth=R.aligned(C.DOMAIN, p="quarantine"),
    mid=K.mid_outlook_desktop(f, C.DOMAIN), style="outlook",
    fields=[("X-Mailer", "Microsoft Outlook 16.0")]))
