"""Spam (spam-01 .. spam-06): unsolicited marketing, a list seller, an
advance-fee story and bulk newsletters. Nothing to pay by transfer, no
credential page."""
import company as C
import routes as R
from local import (mk, jst, auth, via_gmail, via_outlook_com, via_bulk, plain, html, alt, gmail_alt)

P = C.P


# ---------------------------------------------------------------- spam-01: MEO freelancer on Gmail, LINE

F01 = "spam-01-meo-google-reviews-freelancer-gmail-line-id-ja.eml"
W01 = jst(2026, 5, 25, 11, 3)
FROM01 = ("集客サポート 村瀬", "murase.shukyaku.support@gmail.com")


def spam01():
    n = P("noguchi")
    text = """ご担当者様

突然のご連絡失礼いたします。
店舗・企業様のWeb集客をお手伝いしております、フリーランスの村瀬と申します。

御社のGoogleマップの口コミ件数を拝見し、もっと問い合わせを増やせる余地があると
感じましたので、ご連絡いたしました。

・MEO対策（地図検索で上位表示）
・口コミ獲得の仕組みづくり
・ホームページのSEO改善

初月無料でお試しいただけます。ご興味がございましたら、
LINE（ID：meo-murase）またはこのメールにご返信ください。

※今後ご案内が不要な場合は、その旨ご返信ください。

村瀬"""
    return mk(F01, "spam", "marketing", "ja",
              "Unsolicited MEO/SEO pitch from a freelancer's Gmail (SPF, DKIM, DMARC pass) to customer service, "
              "'first month free', LINE ID to reply on. Unwanted marketing, no impersonation, no payment or data "
              "request.",
              via_gmail(F01, W01, n.email, FROM01[1]), when=W01, frm=FROM01, to=[n.ja_addr()],
              subject="Googleマップからのお問い合わせを増やしませんか", body=gmail_alt(text), hcs=("UTF-8", "B"))


# ---------------------------------------------------------------- spam-02: list seller, fake reply

F02 = "spam-02-shipper-importer-database-list-seller-outlook-fake-reply-en.eml"
W02 = jst(2026, 6, 3, 23, 17)
FROM02 = ("Melissa Carter", "melissa.carter.data@outlook.com")


def spam02():
    a_ = P("aoki")
    text = """Hi Rina,

Just following up on my previous email. Would you be interested in acquiring the
Importers & Shippers Contact List 2026 (Europe & Asia)?

- 48,500 decision makers (logistics managers, supply chain directors, procurement heads)
- fields: name, title, company, email, direct phone, country, industry, revenue
- verified and GDPR-ready, delivered as Excel

Let me know your target countries and I will send counts and a sample.

Regards,
Melissa Carter
Data Acquisition Specialist

If you don't wish to receive emails from us, reply with "Leave out"."""
    return mk(F02, "spam", "list-seller", "en",
              "A contact-list seller on Outlook.com with a fake 'RE:' subject and 'following up on my previous "
              "email' but no thread (no In-Reply-To or References). Sells a database of importers and shippers; "
              "no impersonation, no payment details, no link.",
              via_outlook_com(F02, W02, a_.email, FROM02[1], "NAM", lang="en-US"),
              when=W02, frm=FROM02, to=[a_.en_addr()], subject="RE: Importers & Shippers Contact List 2026",
              body=plain(text, "US-ASCII"), topic="Importers & Shippers Contact List 2026", hcs=("UTF-8", "Q"),
              fake_reply=True, date_tz=R.CDT)


# ---------------------------------------------------------------- spam-03: advance fee, unclaimed consignment

F03 = "spam-03-advance-fee-unclaimed-consignment-port-receiver-share-hotmail-en.eml"
W03 = jst(2026, 6, 10, 3, 52)
FROM03 = ("Barrister Samuel Okafor", "samuel.okafor.chambers@hotmail.com")


def spam03():
    m = P("murai")
    text = """Attn: Freight Manager,

I am Barrister Samuel Okafor, legal adviser to a late foreign contractor whose consignment
(two metal boxes declared as "family valuables") has been lying unclaimed at a bonded
warehouse since his death. The boxes contain USD 8,500,000.00 in cash.

As an international logistics company, you are in the best position to stand as the receiver
of the consignment. You will receive 30% of the total sum for your assistance. All the legal
documents will be arranged from my chambers and the transaction is 100% risk free.

Please reply with your full name, direct phone number and company address so that I can
send you the details. Treat this as strictly confidential.

Yours faithfully,
Barrister Samuel Okafor"""
    return mk(F03, "spam", "advance-fee", "en",
              "Advance-fee story from a Hotmail account (SPF, DKIM, DMARC pass for hotmail.com) to the export "
              "section: an unclaimed 'consignment' of cash, become the receiver for 30%, send name, phone and "
              "address. A classic 419 opener adapted to a freight forwarder; not BEC (no impersonation of anyone "
              "the company deals with).",
              via_outlook_com(F03, W03, m.email, FROM03[1], "NAM", lang="en-US"),
              when=W03, frm=FROM03, to=[m.en_addr()], subject="Unclaimed consignment - your cooperation",
              body=plain(text, "US-ASCII"), topic="Unclaimed consignment - your cooperation", hcs=("UTF-8", "Q"),
              date_tz=R.WAT)


# ---------------------------------------------------------------- spam-04: used forklift buyer, bulk HTML

F04 = "spam-04-used-forklift-buyback-bulk-html-unsolicited-ja.eml"
W04 = jst(2026, 6, 22, 10, 0)
FROM04 = ("フォークリフト買取センター", "info@forklift-kaitori.example")


def spam04():
    t = P("tamura")
    text = """物流センター ご担当者様

使わなくなったフォークリフト・運搬機器はございませんか？
年式が古いもの、動かないもの、バッテリー劣化品も高価買取いたします。

■ 出張査定・引取り無料（全国対応）
■ 最短即日お見積り
■ 7月末までのお申込みで査定額10%アップ

お見積りはこちら：https://www.forklift-kaitori.example/satei/?utm_source=mail0622

フォークリフト買取センター
配信停止：https://www.forklift-kaitori.example/unsubscribe?m=plc"""
    h = """<html><body style="font-family:Meiryo,sans-serif;background:#fff8e6">
<table width="600" align="center" style="background:#fff;border:2px solid #f39800"><tr><td style="padding:20px">
<h2 style="color:#f39800">使わなくなったフォークリフト、高価買取します！</h2>
<p>年式が古いもの、動かないもの、バッテリー劣化品も高価買取いたします。</p>
<ul><li>出張査定・引取り無料（全国対応）</li><li>最短即日お見積り</li>
<li><b>7月末までのお申込みで査定額10%アップ</b></li></ul>
<p align="center"><a href="https://www.forklift-kaitori.example/satei/?utm_source=mail0622"
style="background:#e60012;color:#fff;padding:12px 30px;text-decoration:none">無料査定を申し込む</a></p>
<p style="font-size:11px;color:#888">フォークリフト買取センター<br>
<a href="https://www.forklift-kaitori.example/unsubscribe?m=plc">配信停止はこちら</a></p>
</td></tr></table></body></html>"""
    return mk(F04, "spam", "marketing", "ja",
              "Bulk HTML advertising of a used-forklift buyer to the logistics centre manager, through its mailing "
              "server (all checks pass for its own domain), List-Unsubscribe present but never subscribed to. "
              "Plain and HTML in UTF-8; links only to the advertiser's site.",
              via_bulk(F04, W04, t.email, FROM04[1], "mail.forklift-kaitori.example", "203.0.113.98",
                       "blastmail-sender 4.2", unsubscribe="https://www.forklift-kaitori.example/unsubscribe?m=plc",
                       bounce="bounce-plc@forklift-kaitori.example"),
              when=W04, frm=FROM04, to=[t.ja_addr()], subject="【物流センター様へ】フォークリフト高価買取キャンペーン",
              body=alt(plain(text, "UTF-8", "base64"), html(h, "UTF-8", "quoted-printable")), hcs=("UTF-8", "B"))


# ---------------------------------------------------------------- spam-05: driver staffing newsletter, Shift_JIS QP

F05 = "spam-05-driver-staffing-agency-newsletter-unsolicited-sjis-qp-ja.eml"
W05 = jst(2026, 7, 1, 9, 30)
FROM05 = ("ドライバー派遣ナビ", "news@driver-haken-navi.example")


def spam05():
    s = P("shimizu")
    text = """横浜支店 ご担当者様

いつもお世話になっております。ドライバー派遣ナビ 編集部です。

【7月号】物流の2024年問題、その後どうなった？

◆ 今月の特集
　中型・大型ドライバーの派遣単価、最新相場まとめ

◆ 即日対応できるドライバーのご紹介
　・大型（けん引可）　3名
　・中型（フォークリフト可）　5名
　・倉庫内作業スタッフ　12名

お問い合わせは、このメールへのご返信またはお電話（0120-000-481）で承ります。

※本メールは、名刺交換をさせていただいた方、当社Webサイトからお問い合わせいただいた方に
お送りしています。配信停止は下記URLからお手続きください。
https://driver-haken-navi.example/mail/stop?id=ykh0701

ドライバー派遣ナビ 編集部"""
    return mk(F05, "spam", "newsletter", "ja",
              "A staffing agency's newsletter the branch never asked for ('sent to people we exchanged cards "
              "with'), through its mailing server (checks pass), List-Unsubscribe; Shift_JIS in quoted-printable. "
              "No payment, no impersonation.",
              via_bulk(F05, W05, s.email, FROM05[1], "mta2.driver-haken-navi.example", "198.51.100.135",
                       "MailMagazine Pro 3.1", unsubscribe="https://driver-haken-navi.example/mail/stop?id=ykh0701"),
              when=W05, frm=FROM05, to=[s.ja_addr()], subject="【ドライバー派遣ナビ】7月号：派遣単価の最新相場",
              body=plain(text, "Shift_JIS", "quoted-printable"), hcs=("Shift_JIS", "B"))


# ---------------------------------------------------------------- spam-06: summit newsletter

F06 = "spam-06-logistics-leaders-summit-delegate-pass-unsolicited-newsletter-en.eml"
W06 = jst(2026, 7, 8, 17, 0)     # 09:00 BST
FROM06 = ("European Logistics Leaders Summit", "events@logistics-leaders-summit.example")


def spam06():
    m = P("morita")
    url = "https://www.logistics-leaders-summit.example/register?promo=VIP26&utm_medium=email"
    text = f"""Dear Wataru,

Join 400+ supply chain and logistics executives at the European Logistics Leaders Summit,
14-15 October 2026.

- Keynotes on port congestion, rail freight corridors and AI in forwarding
- 1:1 meetings with shippers and technology providers
- Exclusive networking dinner

Your complimentary VIP delegate pass is reserved until 20 July:
{url}

To unsubscribe: https://www.logistics-leaders-summit.example/unsubscribe?u=wm7731"""
    h = f"""<html><body style="font-family:Arial,sans-serif">
<h2>European Logistics Leaders Summit 2026</h2>
<p>Dear Wataru,</p><p>Join 400+ supply chain and logistics executives, 14-15 October 2026.</p>
<ul><li>Keynotes on port congestion, rail freight corridors and AI in forwarding</li>
<li>1:1 meetings with shippers and technology providers</li><li>Exclusive networking dinner</li></ul>
<p><a href="{url}">Claim your complimentary VIP delegate pass</a> (reserved until 20 July)</p>
<p style="font-size:11px"><a href="https://www.logistics-leaders-summit.example/unsubscribe?u=wm7731">Unsubscribe</a></p>
</body></html>"""
    return mk(F06, "spam", "newsletter", "en",
              "An events company's unsolicited newsletter to the Dutch MD from its bulk sender (checks pass for "
              "its domain), List-Unsubscribe, a 'complimentary VIP pass'. Marketing only.",
              via_bulk(F06, W06, m.email, FROM06[1], "smtp-out.logistics-leaders-summit.example", "198.51.100.44",
                       "Mailvista Campaigns", unsubscribe="https://www.logistics-leaders-summit.example/unsubscribe?u=wm7731",
                       tz=R.BST),
              when=W06, frm=FROM06, to=[m.en_addr()],
              subject="Wataru, your VIP pass to the European Logistics Leaders Summit",
              body=alt(plain(text, "US-ASCII"), html(h, "US-ASCII", "7bit")), hcs=("UTF-8", "Q"))


def messages():
    return [spam01(), spam02(), spam03(), spam04(), spam05(), spam06()]
