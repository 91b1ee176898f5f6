"""Spam: unsolicited marketing, a list seller, an advance-fee letter, bulk
newsletters."""
import common as K
import local as L
import mimeparts as M
from local import P, jst, mail, R

MESSAGES = []
add = MESSAGES.append

# ------------------------------------------------------------------ spam-01
f = "spam-01-instagram-ugc-marketing-freelancer-gmail-line-id-ja.eml"
w = jst(2026, 10, 22, 11, 3, 58)
frm = ("SNS集客サポート 佐伯", "sns.shukyaku.saeki@gmail.com")
text = """株式会社雪椿フーズ
ご担当者様

突然のご連絡失礼いたします。
食品メーカー様専門でInstagram・TikTokの集客代行をしております、佐伯と申します。

御社のおかき・冷凍焼きおにぎりを拝見し、
「映える」商品写真とショート動画でまだまだファンを増やせると感じ、ご連絡しました。

【実績】
・新潟の米菓メーカー様：フォロワー3ヶ月で1.2万人増
・冷凍食品ブランド様：ECの月商が2.4倍

初月は無料でアカウント診断レポートをお作りします。
ご興味があれば、このメールへのご返信か、
LINE（ID：@sns-saeki）からお気軽にご連絡ください。

※今後ご案内が不要の場合はお手数ですが「不要」とご返信ください。

SNS集客サポート　佐伯"""
add(mail(f, "spam", "marketing", "ja",
         "An unsolicited SNS-marketing freelancer on Gmail to the company's general contact, with a LINE ID and "
         "'reply 不要 to stop'. No money asked, no link, no impersonation: plain cold marketing.",
         L.gmail(f, w, frm[1], P("kondo").email),
         when=w, frm=frm, to=[("", P("kondo").email)], subject="【無料診断】食品メーカー様のSNS集客について",
         body=L.gmail_body(text), hcs=("UTF-8", "B")))

# ------------------------------------------------------------------ spam-02
f = "spam-02-trade-fair-attendee-list-seller-outlook-fake-reply-en.eml"
w = jst(2026, 11, 24, 23, 40, 17)
frm = ("Megan Clarke", "megan.clarke.data@outlook.com")
text = """Hi,

Just following up on my previous email, did you get a chance to
review it?

Would you be interested in acquiring the attendees list of World
Food & Snack Expo Cologne 2027?

Total counts: 38,612 verified contacts
Information: company name, contact name, title, email, phone, website,
country.

Let me know if you are interested and I will share the pricing and a
sample.

Regards,
Megan Clarke
Data Marketing Specialist

If you do not wish to receive further emails, reply "Leave Out"."""
add(mail(f, "spam", "list-seller", "en",
         "A contact-list seller on Outlook.com with a fake 'RE:' follow-up (no earlier message, no "
         "In-Reply-To), offering a trade-fair attendee list; opt-out by reply.",
         L.outlook_com(f, w, frm[1], P("becker").email, "NAM", tz=R.PST),
         when=w, frm=frm, to=[("", P("becker").email)], subject="RE: World Food & Snack Expo Cologne 2027 - Attendees List",
         body=L.outlook_en(text), hcs=("UTF-8", "Q"), fake_reply=True))

# ------------------------------------------------------------------ spam-03
f = "spam-03-advance-fee-unclaimed-consignment-rice-contract-hotmail-en.eml"
w = jst(2026, 12, 1, 3, 12, 44)
frm = ("Barr. Samuel Okafor", "samuel.okafor.chambers@hotmail.com")
text = """Dear Sir/Madam,

I am Barrister Samuel Okafor, personal attorney to late Engr. David
Mensah, a foreign contractor who had a supply contract for Japanese
rice products with the Ministry before his death in a car accident.

An unclaimed contract balance of USD 4,850,000.00 is lodged with the
paying bank, and the bank has asked me to present a next of kin or a
business partner in the same trade, otherwise the funds will be
confiscated. As your company is in the same line of business, I
propose that you stand as the beneficiary; the proceeds will be shared
60/40 between us.

This transaction is 100% risk free. Kindly reply with your full name,
direct telephone number and company address so that I can send you the
details.

Regards,
Barr. Samuel Okafor"""
add(mail(f, "spam", "advance-fee", "en",
         "A classic advance-fee letter from a Hotmail 'barrister': an unclaimed contract balance to share, "
         "asks for name, phone and address. To the company's purchasing manager, no relation to the company.",
         L.outlook_com(f, w, frm[1], P("tanaka").email, "NAM", tz=R.WAT),
         when=w, frm=frm, to=[("", P("tanaka").email)], subject="CONFIDENTIAL BUSINESS PROPOSAL",
         body=L.outlook_en(text), hcs=("UTF-8", "Q")))

# ------------------------------------------------------------------ spam-04
f = "spam-04-used-freezer-equipment-buyback-bulk-html-unsolicited-ja.eml"
w = jst(2026, 11, 18, 10, 0, 7)
dom = "reitou-kiki-kaitori.example"
frm = ("冷凍機器 高価買取センター", "info@" + dom)
h = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eef5fb">
<table width="600" align="center" style="background:#fff;font-family:sans-serif">
<tr><td style="background:#0a5ea8;color:#fff;font-size:22px;padding:16px;text-align:center"><b>業務用冷凍庫・急速冷凍機 高価買取！</b></td></tr>
<tr><td style="padding:18px;font-size:14px">
<p>食品工場・セントラルキッチンの皆さまへ</p>
<p>使わなくなった<b>スパイラルフリーザー、トンネルフリーザー、プレハブ冷凍庫、真空包装機</b>など、全国どこでも無料出張査定いたします。</p>
<p style="color:#d00;font-size:18px"><b>年末特別キャンペーン：買取金額10％アップ（12月25日まで）</b></p>
<p><a href="https://{dom}/satei/?utm_source=mail&amp;utm_campaign=1118">無料査定を申し込む</a></p>
<p style="font-size:11px;color:#888">配信停止は<a href="https://{dom}/unsubscribe?id=88213">こちら</a><br>業務用冷凍機器 高価買取センター　TEL 0120-000-528</p>
</td></tr></table></body></html>"""
text = """業務用冷凍庫・急速冷凍機 高価買取！

食品工場・セントラルキッチンの皆さまへ
使わなくなったスパイラルフリーザー、トンネルフリーザー、プレハブ冷凍庫、
真空包装機など、全国どこでも無料出張査定いたします。

年末特別キャンペーン：買取金額10％アップ（12月25日まで）
無料査定：https://reitou-kiki-kaitori.example/satei/

配信停止：https://reitou-kiki-kaitori.example/unsubscribe?id=88213
業務用冷凍機器 高価買取センター　TEL 0120-000-528"""
add(mail(f, "spam", "marketing", "ja",
         "Unsolicited bulk HTML mail from a used-equipment buyer (freezers, vacuum packers) with a campaign, "
         "tracking parameters and an unsubscribe link; List-Unsubscribe. Authenticated for its own domain.",
         L.bulk(f, w, P("ogawa").email, "mail3.reitou-kiki-kaitori.example", "203.0.113.105", frm[1],
                "bounce@" + dom, auth=R.aligned(dom, "bounce@" + dom, "none"),
                fields=[("List-Unsubscribe", f"<https://{dom}/unsubscribe?id=88213>"),
                        ("Precedence", "bulk")]),
         when=w, frm=frm, to=[("", P("ogawa").email)], subject="【年末キャンペーン】業務用冷凍機器 買取金額10%アップ",
         body=M.alt(L.M.Text(text, "plain", "UTF-8", "base64"), L.M.Text(h, "html", "UTF-8", "quoted-printable")),
         hcs=("UTF-8", "B")))

# ------------------------------------------------------------------ spam-05
f = "spam-05-factory-staffing-agency-newsletter-unsolicited-sjis-qp-ja.eml"
w = jst(2026, 12, 8, 9, 30, 0)
dom = "hokuriku-staff-navi.example"
frm = ("北陸スタッフナビ", "news@" + dom)
text = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　北陸スタッフナビ　製造業向けニュースレター　2026年12月号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

工場ご担当者様

いつもお世話になっております。北陸スタッフナビです。

■ 年末年始の繁忙期、ライン要員は足りていますか？
食品工場での軽作業（包装・検品・ピッキング）の短期スタッフを
最短3日でご紹介します。
　・1日4時間〜OK　・早朝／夜勤対応　・衛生教育済みスタッフ

■ 特定技能外国人の受入れサポートも開始しました
飲食料品製造業分野の登録支援機関として、書類作成から生活支援まで対応します。

お問い合わせ：0120-000-731（平日9時〜18時）
https://hokuriku-staff-navi.example/food/

配信停止をご希望の方は、下記URLよりお手続きください。
https://hokuriku-staff-navi.example/mail/stop?m=ogawa"""
add(mail(f, "spam", "newsletter", "ja",
         "A staffing agency's monthly newsletter to the factory manager, never subscribed: short-term line "
         "workers and foreign-worker support, opt-out link, List-Unsubscribe. Shift_JIS quoted-printable; "
         "authenticated for its own domain.",
         L.bulk(f, w, P("ogawa").email, "mlout.hokuriku-staff-navi.example", "198.51.100.66", frm[1],
                "err@" + dom, auth=R.aligned(dom, "err@" + dom, "none"),
                fields=[("List-Unsubscribe", f"<https://{dom}/mail/stop?m=ogawa>"), ("X-Mailer", "BlastMail 6.2")]),
         when=w, frm=frm, to=[("", P("ogawa").email)], subject="【北陸スタッフナビ】年末年始の短期スタッフ、最短3日でご紹介します",
         body=L.plain(text, "Shift_JIS", "quoted-printable"), hcs=("Shift_JIS", "B")))

# ------------------------------------------------------------------ spam-06
f = "spam-06-global-snack-innovation-summit-delegate-pass-newsletter-en.eml"
w = jst(2027, 1, 26, 0, 15, 0)
dom = "snack-innovation-summit.example"
frm = ("Global Snack Innovation Summit", "delegates@" + dom)
url = f"https://{dom}/register?promo=EARLY30"
text = f"""GLOBAL SNACK INNOVATION SUMMIT 2027
Amsterdam | 14-15 April 2027

Dear Snack Industry Leader,

Join 600+ senior executives from brands, retailers and co-packers for
two days of keynotes on clean label, rice-based snacks, HFSS rules
and private label growth.

Early-bird delegate pass: EUR 1,490 (save 30%) until 12 February.
Register: {url}

Speaking and sponsorship opportunities are still available.

You received this email because you work in the food industry.
Unsubscribe: https://{dom}/unsubscribe"""
h = f"""<html><body style="font-family:Arial,sans-serif"><h2>GLOBAL SNACK INNOVATION SUMMIT 2027</h2>
<p>Amsterdam | 14-15 April 2027</p><p>Dear Snack Industry Leader,</p>
<p>Join 600+ senior executives from brands, retailers and co-packers for two days of keynotes on clean label, rice-based snacks, HFSS rules and private label growth.</p>
<p><b>Early-bird delegate pass: EUR 1,490 (save 30%)</b> until 12 February.</p>
<p><a href="{L.esc(url)}">Register now</a></p>
<p style="font-size:11px">You received this email because you work in the food industry. <a href="https://{dom}/unsubscribe">Unsubscribe</a></p></body></html>"""
add(mail(f, "spam", "newsletter", "en",
         "An event company's bulk newsletter to the German sales manager (never subscribed): delegate passes "
         "for a snack-industry summit, early-bird price, unsubscribe link. Authenticated for its own domain.",
         L.bulk(f, w, P("becker").email, "em2.snack-innovation-summit.example", "203.0.113.19", frm[1],
                "bounce-88@" + dom, tz=R.GMT, auth=R.aligned(dom, "bounce-88@" + dom, "none"),
                fields=[("List-Unsubscribe", f"<https://{dom}/unsubscribe>"),
                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]),
         when=w, frm=frm, to=[("", P("becker").email)], subject="Early-bird ends soon: Global Snack Innovation Summit 2027",
         body=M.alt(L.M.Text(text, "plain", "US-ASCII", "7bit"), L.M.Text(h, "html", "UTF-8", "quoted-printable")),
         hcs=("UTF-8", "Q")))
