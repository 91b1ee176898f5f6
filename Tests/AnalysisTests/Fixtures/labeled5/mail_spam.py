"""Spam: SEO and web-design offers from free mail, advance-fee scams,
subsidy marketing, list sellers, unsolicited newsletters and pitches."""
import common as CM
import company as C
import mimeparts as M
import routes as R
from local import msg, freemail, Via
from message import jst

P = C.P
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ------------------------------------------------------------------ spam-01

seo_text = """株式会社朝凪ロジスティクス
ご担当者様

突然のご連絡失礼いたします。
Webマーケティング支援を行っております、フリーランスの山内と申します。

御社のホームページを拝見しましたが、「倉庫 横浜」「3PL 神奈川」などの
キーワードで検索結果の2ページ目以降に表示されており、
せっかくの実績が十分に伝わっていないように感じました。

弊方では、物流・倉庫業様に特化したSEO対策をご提供しております。
　・狙うべきキーワードの無料診断レポート
　・月額3万円〜の内部対策・記事作成代行
　・成果が出なければ翌月無料

まずは無料診断だけでも構いませんので、ご興味がございましたら
本メールにご返信ください。

今後ご案内が不要の場合は、お手数ですが「不要」とだけご返信ください。

山内 健
Webマーケティング支援（個人事業）"""

when = jst(2026, 4, 14, 13, 22, 9)
addr = "yamauchi.webmarketing@gmail.com"
v = freemail("spam-01", when, "info@asanagi-logi.example", addr)
add(msg("spam-01-seo-offer-freelancer-gmail-ja.eml", "spam", "marketing", "ja",
        "Unsolicited SEO offer from a freelancer's Gmail address to the public info@ address (not in the "
        "directory): 'your site is on page 2', free diagnosis, monthly plans, reply 'unnecessary' to stop. "
        "No impersonation, no payment request. Gmail passes SPF/DKIM/DMARC.",
        v, when=when, frm=("山内 健", addr), to=[("", "info@asanagi-logi.example")],
        subject="ホームページの集客についてご提案（物流・倉庫業様向け）", body=CM.plain(seo_text)))

# ------------------------------------------------------------------ spam-02

web_text = """Hello,

I came across asanagi-usa.example and noticed a few things that may be
costing you business:

- The site loads in 7.8 seconds on mobile (Google recommends under 3)
- No quote-request form on the home page
- Not showing up for "3PL warehouse Carson CA" or "drayage Long Beach"

We are a small team of designers and developers who rebuild websites for
logistics and trucking companies. A full redesign with SEO setup starts
at $899, and we can show you a free mockup before you pay anything.

Would you be interested in seeing a few examples of our work? Just reply
"Yes" and I will send them over.

Best,
Ryan Mitchell
Web Design & SEO Consultant

If you are not interested, reply "No" and I will not contact you again."""

when = jst(2026, 3, 3, 23, 41, 8)
addr = "ryan.mitchell.webpro@outlook.com"
v = freemail("spam-02", when, P("delgado").email, addr, region="NAM")
add(msg("spam-02-website-redesign-seo-outlook-en.eml", "spam", "marketing", "en",
        "Template web-design and SEO pitch from an outlook.com address to the US president: page-speed "
        "claims, '$899 redesign', 'reply Yes'. Outlook.com passes SPF/DKIM/DMARC; no impersonation.",
        v, when=when, date_tz=R.PST, frm=("Ryan Mitchell", addr), to=[P("delgado").en_addr()],
        subject="Quick question about your website", body=CM.plain(web_text, "US-ASCII")))

# ------------------------------------------------------------------ spam-03

fee_text = """ATTENTION: BENEFICIARY / CONSIGNEE

I am Mr. Albert Okonkwo, Chief Clearing Officer at the inspection unit of
the Port. During a routine audit we found an abandoned consignment (2 metal
trunk boxes) registered to your company as consignee. The boxes were
declared as family valuables and contain the sum of USD 8,500,000.00 in
sealed cash deposit belonging to a late foreign contractor.

As the consignment was never claimed, it will be confiscated by the
government after 14 working days. I can help you to claim it legally as
next of kin consignee for a 40% share to me and 60% to you.

To proceed, send me the following:
1. Full name and company name
2. Direct phone number
3. Copy of ID or passport

A small demurrage and documentation fee of USD 1,850 will be required to
release the boxes to your address. This transaction is 100% risk free.

Reply urgently with your information.

Mr. Albert Okonkwo
Chief Clearing Officer"""

when = jst(2026, 5, 5, 17, 20, 44)
addr = "albert.okonkwo.clearing@hotmail.com"
v = freemail("spam-03", when, P("nguyen").email, addr, region="NAM")
add(msg("spam-03-advance-fee-abandoned-consignment-port-hotmail-en.eml", "spam", "advance-fee", "en",
        "Advance-fee scam themed on logistics: 'abandoned consignment' with USD 8.5 million at a port, 40/60 "
        "split, ID and a 'demurrage fee' of USD 1,850. From a Hotmail address, Outlook.com passes "
        "SPF/DKIM/DMARC. Impersonates no one in the organisation.",
        v, when=when, date_tz=R.WAT, frm=("Albert Okonkwo", addr), to=[("", P("nguyen").email)],
        subject="URGENT ATTENTION: UNCLAIMED CONSIGNMENT IN YOUR COMPANY NAME", body=CM.plain(fee_text, "US-ASCII")))

# ------------------------------------------------------------------ spam-04

hojo_html = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>補助金ナビ</title></head>
<body style="font-family:Meiryo,sans-serif;background:#fffbe6">
<div style="max-width:620px;margin:0 auto;background:#fff;border:2px solid #f0a500;padding:20px">
<p style="font-size:22px;color:#d04000;font-weight:bold">【物流・運送業の経営者様へ】<br>最大3,000万円の補助金、まだ間に合います！</p>
<p>人手不足・2024年問題への対応として、フォークリフトの自動化、倉庫管理システム（WMS）、
自動倉庫の導入に使える補助金の公募が始まっています。</p>
<ul>
<li>省力化投資補助金：最大1,500万円</li>
<li>ものづくり補助金（物流DX枠）：最大3,000万円</li>
<li>採択率 92%（当社サポート実績）</li>
</ul>
<p style="font-size:18px">▼ 無料オンライン相談会（各回5社限定）▼</p>
<p style="text-align:center"><a href="https://www.hojokin-navi-support.example/lp/butsuryu?utm_source=mail&amp;utm_medium=0611" style="background:#d04000;color:#fff;padding:12px 28px;text-decoration:none;font-size:18px">今すぐ無料相談を予約する</a></p>
<p style="font-size:12px;color:#666">着手金0円・完全成功報酬（補助金額の15%）</p>
<hr>
<p style="font-size:11px;color:#888">補助金ナビ事務局（株式会社ビジネスサポートジャパン）<br>
本メールは、公開されている企業情報をもとにお送りしています。<br>
配信停止は<a href="https://www.hojokin-navi-support.example/unsubscribe?m=info%40asanagi-logi.example">こちら</a></p>
</div></body></html>"""

when = jst(2026, 6, 11, 10, 0, 12)
dom = "hojokin-navi-support.example"
r = R.bulk("spam-04", when, "info@asanagi-logi.example", "mta07.mailout." + dom, "198.51.100.31",
           selector="bm1")
add(msg("spam-04-subsidy-consulting-bulk-html-ja.eml", "spam", "marketing", "ja",
        "Bulk HTML marketing for subsidy consulting aimed at logistics companies ('最大3,000万円', '採択率92%'), "
        "sent to the public info@ address by a mailing host of its own domain (SPF/DKIM/DMARC pass), with "
        "an unsubscribe link. HTML-only, UTF-8 base64.",
        Via(r, R.aligned(dom, "bounce@mailout." + dom), CM.mid_std("spam-04", when, "mailout." + dom)),
        return_path="bounce@mailout." + dom,
        when=when, frm=("補助金ナビ事務局", "info@" + dom), to=[("", "info@asanagi-logi.example")],
        hcs=("UTF-8", "B"),
        subject="【物流・運送業様限定】最大3,000万円の補助金 無料相談会のご案内",
        body=CM.html(hojo_html, "UTF-8", "base64"),
        fields=[("List-Unsubscribe", f"<https://www.{dom}/unsubscribe?m=info%40asanagi-logi.example>"),
                ("Precedence", "bulk")]))

# ------------------------------------------------------------------ spam-05

pallet_text = """Dear Purchasing Manager,

Good day! This is Jenny from Qingdao Everbright Storage Equipment Co.,
Ltd. We are a professional manufacturer of steel pallet racking, drive-in
racks, mezzanines and wire mesh decking with 15 years of experience and
our products are exported to over 60 countries.

Hot offer this month:
  * Selective pallet racking: from USD 38 per pallet position
  * Wire mesh decking: USD 6.5 / pc
  * Free layout design within 24 hours
  * CE / ISO 9001 certified

If you have any new warehouse project, please send me your drawing or
requirements, we will quote you the best price.

For quick response please add my WhatsApp / WeChat: +86 132 0000 8851

Best regards,
Jenny Liu
Sales Manager
Qingdao Everbright Storage Equipment Co., Ltd."""

when = jst(2026, 3, 17, 11, 36, 27)
addr = "jenny.racking.everbright@gmail.com"
v = freemail("spam-05", when, P("kawaguchi").email, addr)
add(msg("spam-05-racking-factory-pitch-gmail-whatsapp-wechat-en.eml", "spam", "sales-pitch", "en",
        "Unsolicited factory pitch for pallet racking from a Gmail address to procurement, 'add my "
        "WhatsApp / WeChat'. Contrast with clean-13, which follows a real meeting from the company's own "
        "domain. Gmail passes SPF/DKIM/DMARC; no payment or impersonation.",
        v, when=when, date_tz=R.HKT, frm=("Jenny Liu", addr), to=[P("kawaguchi").en_addr()],
        subject="Pallet racking supplier - factory price for your warehouse",
        body=M.alt(CM.plain(pallet_text, "UTF-8", "7bit"),
                   CM.html(CM.simple_html(pallet_text, "Calibri, sans-serif", "14px"), "UTF-8",
                           "quoted-printable"))))

# ------------------------------------------------------------------ spam-06

list_text = """ご担当者様

突然のメール失礼いたします。法人リスト販売の データベースセンター です。

このたび、2026年最新版の「荷主企業リスト」をご用意いたしました。
新規荷主の開拓、テレアポ、DM送付に最適です。

　■ 製造業・卸売業・通販事業者 約120,000件
　■ 項目：会社名、代表者名、住所、電話番号、FAX、業種、従業員数、
　　　　　担当者メールアドレス（約48,000件）
　■ 都道府県・業種・規模で絞り込み可能
　■ 価格：全件 98,000円（税別）／ 1都3県版 39,800円（税別）

今月末までにお申し込みの方には、「物流子会社・倉庫業者リスト」
（約6,500件）を無料でお付けします。

サンプルデータ（50件）をご希望の方は、本メールにご返信ください。

配信停止をご希望の方は、件名に「停止」と記載のうえご返信ください。

データベースセンター
担当：佐々木"""

when = jst(2026, 5, 28, 15, 3, 17)
dom = "list-data-center.example"
r = R.server("spam-06", when, "info@asanagi-logi.example", "smtp." + dom, "203.0.113.109",
             client=None, local_user=1003)
add(msg("spam-06-shipper-list-seller-eucjp-ja.eml", "spam", "list-seller", "ja",
        "A list seller offers 120,000 'shipper' company records with contact e-mail addresses, from "
        "list-data-center.example (SPF pass, no DKIM, DMARC none). EUC-JP body and EUC-JP encoded-words, as "
        "old Unix mailing scripts write them.",
        Via(r, R.Auth("pass", "sales@" + dom, "none", None, "none", dom, None), CM.mid_std("spam-06", when, dom)),
        when=when, frm=("データベースセンター", "sales@" + dom), to=[("", "info@asanagi-logi.example")],
        hcs=("EUC-JP", "B"), subject="【2026年最新版】荷主企業リスト12万件 販売のご案内",
        body=CM.plain(list_text, "EUC-JP", "8bit")))

# ------------------------------------------------------------------ spam-07

summit_text = """GLOBAL SUPPLY CHAIN LEADERS SUMMIT ASIA 2026
September 15-16, 2026 | Singapore

Dear Logistics Executive,

Join 600+ C-level supply chain and logistics leaders in Singapore for two
days of keynotes, case studies and 1:1 meetings with solution providers.

Confirmed speakers include heads of logistics from global retail, FMCG
and e-commerce brands.

EARLY BIRD: Save USD 700 - register before July 31
https://www.gscl-summit.example/asia2026/register?src=em26

Speaking, exhibition and sponsorship opportunities are still available:
https://www.gscl-summit.example/asia2026/sponsor

Regards,
The GSCL Summit Team

You are receiving this email because your contact details are listed in
our industry database. To stop receiving these emails:
https://www.gscl-summit.example/optout?e=kudo.kyohei%40asanagi-logi.example"""

when = jst(2026, 6, 16, 16, 30, 0)
dom = "gscl-summit.example"
r = R.bulk("spam-07", when, P("kudo").email, "o12.email." + dom, "198.51.100.66", tz=R.SGT, selector="em")
add(msg("spam-07-supply-chain-summit-unsolicited-newsletter-en.eml", "spam", "newsletter", "en",
        "Unsolicited conference newsletter sent to the president's address taken from 'our industry "
        "database', via a bulk mailer (SPF/DKIM/DMARC pass for the sender's domain), with opt-out link and "
        "List-Unsubscribe.",
        Via(r, R.aligned(dom, "bounces+4417@email." + dom), CM.mid_std("spam-07", when, "email." + dom)),
        return_path="bounces+4417@email." + dom,
        when=when, date_tz=R.SGT, frm=("GSCL Summit Asia", "events@" + dom), to=[("", P("kudo").email)],
        subject="Early bird ends soon: Global Supply Chain Leaders Summit Asia 2026",
        body=M.alt(CM.plain(summit_text, "US-ASCII"),
                   CM.html(CM.simple_html(summit_text, "Arial, sans-serif", "14px"), "UTF-8", "quoted-printable")),
        fields=[("List-Unsubscribe", f"<https://www.{dom}/optout?e=kudo.kyohei%40asanagi-logi.example>"),
                ("Precedence", "bulk")]))
