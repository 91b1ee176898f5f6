"""Spam: unsolicited marketing, SEO offers, advance-fee scams, unsolicited
newsletters (spam-01 ... spam-07)."""
import common as K
import mimeparts as M
import routes as R
from message import Msg, jst
from mimeparts import tok, HEX, LOWERNUM

P = K.P
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ------------------------------------------------------------------ spam-01: SEO offer, Gmail (ja)
f = "spam-01-seo-offer-gmail-ja.eml"
when = jst(2026, 1, 22, 11, 40, 3)
yamaguchi = P("yamaguchi")
frm = ("田中 ウェブコンサルティング", "web.consult.tanaka88@gmail.com")
text = """ご担当者様

突然のご連絡失礼いたします。
Webコンサルタントの田中と申します。

貴社のホームページを拝見いたしました。
大変魅力的な製品をお持ちにもかかわらず、「パワーモジュール」「センサ基板」等の
主要キーワードで検索上位に表示されておらず、非常にもったいない状態です。

弊社のSEO対策をご導入いただくと、
・3ヶ月以内に主要キーワードで1ページ目表示（実績多数）
・初期費用0円、月額29,800円〜
・成果が出なければ全額返金

現在、モニター価格でご案内できる企業様を3社限定で募集しております。
ご興味がございましたら、本メールに「詳細希望」とご返信ください。

※今後のご案内が不要な場合は、お手数ですがその旨ご返信ください。

田中"""
add(Msg(
    f, "spam", "marketing", "ja",
    ("Unsolicited SEO offer from a Gmail address to a general-affairs manager: 'first page in 3 months', "
     "monitor price, reply 'detail wanted'. No link, no payment request. Gmail passes SPF/DKIM/DMARC."),
    when=when, frm=frm, to=[yamaguchi.ja_addr()], subject="貴社ホームページの検索順位について",
    body=K.plain(text, "UTF-8", "base64"), hcs=("UTF-8", "B"), route=R.gmail(f, when, yamaguchi.email),
    auth=R.Auth("pass", frm[1], "pass", "gmail.com", "pass", "gmail.com", "none"),
    mid=K.mid_gmail(f), style="gmail"))


# ------------------------------------------------------------------ spam-02: SEO / redesign, outlook.com (en)
f = "spam-02-website-redesign-seo-outlook-en.eml"
when = jst(2026, 2, 10, 23, 8, 55)
wong = P("wong")
frm = ("Ashley Brooks", "ashley.webgrowth@outlook.com")
text = """Hi there,

I was checking your website seiran-elec.example and noticed a few things that could be holding back your sales:

- Not showing on the first page of Google for your main products
- Slow loading on mobile devices
- Old design that does not convert visitors into leads

We are a team of 40+ designers and SEO experts and have helped 500+ businesses increase their traffic and revenue.

Can I send you a free audit report and a quote? Just reply with "YES".

Best Regards,
Ashley Brooks
Business Development Executive

If you don't want to hear from me again, just reply "not interested"."""
add(Msg(
    f, "spam", "marketing", "en",
    ("The classic 'I checked your website' web-design/SEO pitch from an outlook.com address to the US office "
     "manager; reply 'YES'. No links. Outlook.com passes SPF/DKIM/DMARC."),
    when=when, frm=frm, to=[wong.en_addr()], subject="Re: Website Redesign Proposal",
    body=K.plain(text, "US-ASCII"), route=R.outlook_consumer(f, when, wong.email, "NAM"),
    auth=R.Auth("pass", frm[1], "pass", "outlook.com", "pass", "outlook.com", "none"),
    mid=K.mid_outlook_consumer(f, "NAM"), style="outlook", date_tz=R.UTC, fake_reply=True))


# ------------------------------------------------------------------ spam-03: advance fee, inheritance (en)
f = "spam-03-advance-fee-inheritance-barrister-en.eml"
when = jst(2026, 3, 19, 6, 31, 20)
tan = P("tan")
frm = ("Barrister Kwame Mensah", "barr.kwamemensah.chambers@outlook.com")
text = """ATTENTION: WEI LING TAN

I am Barrister Kwame Mensah, personal attorney to the late Engr. Richard Tan, a foreign contractor who lost his life with his wife and only daughter in a motor accident in 2021. Since then I have made several enquiries to locate any of my late client's extended relatives, which proved unsuccessful.

My late client left a deposit of US$8,500,000.00 (Eight Million Five Hundred Thousand United States Dollars) with a bank here, which will be confiscated if no next of kin comes forward. As you share the same surname, I am contacting you to stand as the next of kin so that the proceeds can be released to you. We will share the funds 50/50 and I will guarantee that this is executed under a legitimate arrangement that will protect you from any breach of the law.

To proceed, kindly send me the following:
1. Your full name and address
2. Your direct telephone number
3. A copy of your ID

The only cost involved is the processing and legal documentation fee, which will be explained once I receive your reply. Please contact me on my private email: kwame.mensah.law@gmail.com

Yours faithfully,
Barrister Kwame Mensah (Esq.)"""
add(Msg(
    f, "spam", "advance-fee", "en",
    ("Next-of-kin inheritance scam ('same surname', USD 8.5 M, 50/50, 'processing fee' later) from an "
     "outlook.com address with Reply-To Gmail, to the Singapore finance manager. Not BEC: no impersonation "
     "of the organisation or its partners."),
    when=when, frm=frm, to=[tan.en_addr()], reply_to=[("Barrister Kwame Mensah", "kwame.mensah.law@gmail.com")],
    subject="URGENT ATTENTION: NEXT OF KIN", body=K.plain(text, "US-ASCII"),
    route=R.outlook_consumer(f, when, tan.email, "NAM"),
    auth=R.Auth("pass", frm[1], "pass", "outlook.com", "pass", "outlook.com", "none"),
    mid=K.mid_outlook_consumer(f, "NAM"), style="outlook", date_tz=R.WAT))


# ------------------------------------------------------------------ spam-04: advance fee, 支援金 (ja, HTML)
f = "spam-04-advance-fee-shienkin-html-ja.eml"
when = jst(2026, 4, 25, 21, 2, 44)
mori = P("mori")
link = f"https://shien-uketori-center.example/u/{tok(f, 10, LOWERNUM)}"
html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif\">"
        "<div style=\"max-width:560px;margin:0 auto;border:3px solid #c00;padding:20px\">"
        "<p style=\"color:#c00;font-size:20px;font-weight:bold\">【最終通知】未受取の支援金 3,000万円</p>"
        "<p>森 大輔 様</p>"
        "<p>あなたは「個人支援プログラム」の受取対象者に確定しております。<br>"
        "本日23時59分までに受取手続きを完了されない場合、権利は失効いたします。</p>"
        "<p>受取には、本人確認手数料 <b>3,980円</b>（後日全額返金）のお支払いが必要です。</p>"
        f"<p style=\"text-align:center\"><a href=\"{link}\" style=\"background:#c00;color:#fff;padding:12px 30px;"
        "text-decoration:none\">今すぐ受け取る</a></p>"
        "<p style=\"font-size:11px;color:#888\">配信停止をご希望の方は本メールにご返信ください。<br>"
        "支援金受取センター</p></div></body></html>")
add(Msg(
    f, "spam", "advance-fee", "ja",
    ("Japanese advance-fee spam: '30 million yen of support money', pay a 3,980-yen 'identity fee' by "
     "tonight, link to shien-uketori-center.example. Bulk sender shien-center-mail.example (SPF pass, no "
     "DKIM, no DMARC record). HTML only."),
    when=when, frm=("支援金受取センター", "info@shien-center-mail.example"), to=[mori.ja_addr()],
    subject="【最終通知】森 大輔様 未受取の支援金があります", hcs=("UTF-8", "B"),
    body=K.html(html, "UTF-8", "base64"),
    route=R.bulk(f, when, mori.email, "mx04.shien-center-mail.example", "192.0.2.201"),
    auth=R.Auth("pass", "shien-center-mail.example", "none", None, "none", "shien-center-mail.example", None),
    mid=K.mid_std(f, when, "shien-center-mail.example")))


# ------------------------------------------------------------------ spam-05: PCB factory pitch with WeChat / WhatsApp
f = "spam-05-pcb-factory-pitch-wechat-whatsapp-en.eml"
when = jst(2026, 5, 6, 10, 52, 31)
ishida = P("ishida")
frm = ("Cindy Zhou", "cindy.pcbfactory@gmail.com")
text = """Dear Purchasing Manager,

Good day!

This is Cindy from Shenzhen Example Circuit Technology Co., Ltd., a professional PCB & PCBA manufacturer with 15 years of experience.

Our advantages:
1. 1-40 layer PCB, HDI, aluminum and ceramic substrates
2. Quick-turn prototypes in 24 hours, no MOQ
3. ISO9001 / IATF16949 / UL certified
4. Competitive price with on-time delivery 98%

We noticed that your company designs power modules and sensor boards. We would be glad to quote for your next project, just send us the Gerber files and BOM.

Looking forward to your reply!

Best regards,
Cindy Zhou
Sales Manager
Shenzhen Example Circuit Technology Co., Ltd.
WhatsApp: +86 139 0000 5821
WeChat: cindy_pcb_sz
Skype: cindy.pcbfactory"""
add(Msg(
    f, "spam", "sales-pitch", "en",
    ("Unsolicited bulk sales pitch from a PCB factory on Gmail to the purchasing manager, WhatsApp/WeChat/"
     "Skype in the signature. No payment request, no impersonation. Gmail passes SPF/DKIM/DMARC."),
    when=when, frm=frm, to=[ishida.en_addr()], subject="PCB & PCBA manufacturer - quick turn, no MOQ",
    body=M.alt(K.plain(text, "UTF-8", "7bit"), K.html(K.simple_html(text, "Arial, sans-serif", "small"))),
    route=R.gmail(f, when, ishida.email),
    auth=R.Auth("pass", frm[1], "pass", "gmail.com", "pass", "gmail.com", "none"),
    mid=K.mid_gmail(f), style="gmail", date_tz=R.HKT))


# ------------------------------------------------------------------ spam-06: list seller (ja)
f = "spam-06-corporate-list-seller-bulk-ja.eml"
when = jst(2026, 2, 17, 7, 15, 0)
shimizu = P("shimizu")
unsub = f"https://list-data-pro.example/unsubscribe?m={tok(f, 16, HEX)}"
text = f"""営業ご担当者様

いつもお世話になっております。法人リスト専門の「リストデータPRO」でございます。

新規開拓にお悩みではありませんか？
全国の法人データ【最新2026年版・120万件】を特別価格でご提供いたします。

　・製造業 38万件（電子部品・精密機器 4.2万件を含む）
　・担当者名、部署、直通電話、メールアドレス付き
　・業種・地域・従業員規模で絞り込み可能

通常価格 198,000円 → 2月末までのお申込みで 49,800円（税別）

サンプルデータのご請求・お申込みはこちら
https://list-data-pro.example/campaign/2026feb

配信停止：{unsub}

リストデータPRO 運営事務局"""
add(Msg(
    f, "spam", "list-seller", "ja",
    ("Bulk offer of a 1.2-million-row corporate contact list from list-data-pro.example's mailer (SPF/DKIM "
     "pass, no DMARC record), List-Unsubscribe; EUC-JP body (8bit) and header."),
    when=when, frm=("リストデータPRO", "info@list-data-pro.example"), to=[shimizu.ja_addr()],
    subject="【2月末まで】最新法人リスト120万件が49,800円", body=K.plain(text, "EUC-JP", "8bit"),
    hcs=("EUC-JP", "B"),
    route=R.bulk(f, when, shimizu.email, "mta1.list-data-pro.example", "203.0.113.219"),
    auth=R.Auth("pass", "bounce.list-data-pro.example", "pass", "list-data-pro.example", "none",
                "list-data-pro.example", None),
    return_path=f"bounce-{tok(f, 12, HEX)}@bounce.list-data-pro.example",
    mid=K.mid_std(f, when, "list-data-pro.example"),
    fields=[("List-Unsubscribe", f"<{unsub}>"), ("Precedence", "bulk")]))


# ------------------------------------------------------------------ spam-07: unsolicited event newsletter (en)
f = "spam-07-procurement-summit-unsolicited-newsletter-en.eml"
when = jst(2026, 3, 25, 22, 0, 4)
park = P("park")
unsub = f"https://events.supplychain-summits.example/u/{tok(f, 20, LOWERNUM)}"
html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;background:#eef1f5\">"
        "<table width=\"600\" align=\"center\" cellpadding=\"20\" style=\"background:#fff\">"
        "<tr><td style=\"background:#0b2545;color:#fff;font-size:22px\">Global Semiconductor Procurement Summit 2026</td></tr>"
        "<tr><td style=\"font-size:14px;line-height:1.6\"><p>Hi Jason,</p>"
        "<p>Only <b>12 delegate passes</b> left for the Summit in Santa Clara (May 19-20). Join 800+ buyers and "
        "suppliers to discuss allocation, tariffs and second-source strategies.</p>"
        "<p>Register this week and get a <b>$50 gift card</b> for early check-in.</p>"
        "<p><a href=\"https://events.supplychain-summits.example/gsps26/register\" style=\"background:#e63946;color:#fff;"
        "padding:10px 22px;text-decoration:none\">Reserve my pass</a></p></td></tr>"
        f"<tr><td style=\"font-size:11px;color:#888\">You are receiving this because your business contact was "
        f"listed in an industry directory. <a href=\"{unsub}\">Unsubscribe</a></td></tr></table></body></html>")
text = ("Global Semiconductor Procurement Summit 2026\n\nHi Jason,\n\nOnly 12 delegate passes left for the "
        "Summit in Santa Clara (May 19-20). Join 800+ buyers and suppliers to discuss allocation, tariffs and "
        "second-source strategies.\n\nRegister this week and get a $50 gift card for early check-in.\n\n"
        "Reserve my pass: https://events.supplychain-summits.example/gsps26/register\n\n"
        "You are receiving this because your business contact was listed in an industry directory.\n"
        f"Unsubscribe: {unsub}")
add(Msg(
    f, "spam", "newsletter", "en",
    ("Unsolicited event marketing ('your contact was listed in an industry directory') from an events "
     "mailer (SPF/DKIM/DMARC pass for supplychain-summits.example), List-Unsubscribe, a gift-card "
     "incentive. Spam, not phishing: the link is a registration page."),
    when=when, frm=("GSPS 2026", "events@supplychain-summits.example"), to=[park.en_addr()],
    subject="12 passes left: Global Semiconductor Procurement Summit 2026",
    body=M.alt(K.plain(text, "US-ASCII"), K.html(html)),
    route=R.bulk(f, when, park.email, "o12.mailer.supplychain-summits.example", "198.51.100.3", tz=R.UTC,
                 pickup_host="queue-3.supplychain-summits.example"),
    auth=R.Auth("pass", "mailer.supplychain-summits.example", "pass", "supplychain-summits.example", "pass",
                "supplychain-summits.example", "none"),
    return_path=f"bounces+{tok(f, 10, HEX)}@mailer.supplychain-summits.example",
    mid=K.mid_uuid(f, "mailer.supplychain-summits.example"), date_tz=R.UTC,
    fields=[("List-Unsubscribe", f"<{unsub}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]))
