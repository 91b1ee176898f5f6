"""Spam (label spam): unsolicited bulk mail, no impersonation, no credential theft."""
import hops as H
from build import Spec, jst, auth, aligned, mid_generic, mid_gmail
from mime import Text, Multi


def _seminar_ja():
    f = "spam-01-marketing-seminar-ja.eml"
    when = jst(2025, 6, 13, 10, 0, 3)
    rcpt = "info@example.net"
    body = """ご担当者様

突然のご連絡失礼いたします。
製造業専門のWebマーケティング支援を行っております、ネクストリード事務局です。

「展示会に出ても問い合わせにつながらない」
「営業が足りず、新規開拓が進まない」
そんなお悩みを抱える製造業の経営者様向けに、無料オンラインセミナーを開催いたします。

━━━━━━━━━━━━━━━━━━━━
　製造業のための　問い合わせ3倍化戦略
　日時：2025年7月9日（水）14:00-15:30
　参加費：無料（先着100社様限定）
━━━━━━━━━━━━━━━━━━━━

お申し込みはこちら
https://nextlead-seminar.jp.net/lp/mfg0709?utm_source=mail

※今後ご案内が不要な場合は、お手数ですが下記より配信停止をお願いいたします。
https://nextlead-seminar.jp.net/unsubscribe?m=info%40example.net

ネクストリード事務局
東京都港区芝浦0-0-0
"""
    return Spec(
        f, "spam", "marketing", "ja",
        "Unsolicited B2B seminar advertisement to a role address (info@, not in the directory) with "
        "List-Unsubscribe; bulk sender with aligned auth. ISO-2022-JP.",
        when=when, frm=("ネクストリード事務局", "news@nextlead-seminar.jp.net"),
        to=[("", rcpt)], subject="【無料セミナー】製造業のための問い合わせ3倍化戦略",
        body=Text(body),
        provider=H.server(f, when, rcpt, "mta12.nextlead-seminar.jp.net", "160.16.51.112", sel="nl"),
        auth=aligned("nextlead-seminar.jp.net"),
        return_path="bounce+info=example.net@nextlead-seminar.jp.net",
        extra=[("List-Unsubscribe", "<https://nextlead-seminar.jp.net/unsubscribe?m=info%40example.net>"),
               ("Precedence", "bulk")],
        mid=mid_generic(f, when, "nextlead-seminar.jp.net"))


def _stocks_line_ja():
    f = "spam-02-investment-line-ja.eml"
    when = jst(2025, 6, 22, 21, 45, 0)
    rcpt = "ikeda.yumi@example.net"
    body = """こんにちは。株式投資サロン運営事務局です。

元大手証券アナリストの講師が、今月急騰が期待される注目銘柄を
LINEの公式アカウントで無料配信しています。

✅ 先月の推奨銘柄は平均+38%
✅ 初心者の方でも大丈夫
✅ 登録は30秒、完全無料

本日23:59までにご登録の方限定で、特別レポートをプレゼント！
▼友だち追加はこちら
https://lin.ee/xQ7pK2d

※投資は自己責任でお願いいたします。
"""
    return Spec(
        f, "spam", "investment", "ja",
        "Stock-tip spam inviting to a LINE official account (lin.ee link), from a gmail.com address; auth passes "
        "for gmail.com. Mentions LINE but is not a chat-move BEC: no impersonation. UTF-8 base64 with emoji.",
        when=when, frm=("株式投資サロン 運営事務局", "kabu.salon.info2025@gmail.com"),
        to=[("", rcpt)], subject="【本日限定】急騰期待の注目銘柄を無料で公開します", hcs=("UTF-8", "B"),
        body=Text(body, charset="UTF-8", cte="base64"),
        provider=H.gmail(f, when, rcpt), auth=aligned("gmail.com"),
        mid=mid_gmail(f))


def _crypto_en():
    f = "spam-03-crypto-earnings-en.eml"
    when = jst(2025, 6, 15, 6, 31, 48)
    rcpt = "info@example.org"
    text = """Congratulations!

Your account has accumulated 0.4183 BTC in reward earnings from our automated trading pool.

Withdraw your balance today - the bonus period ends in 24 hours. No fees for the first withdrawal.

Claim now: https://coinvault-rewards.biz/claim?id=Q8812

You received this email because you registered at one of our partner sites.
Unsubscribe: https://coinvault-rewards.biz/u?id=Q8812
"""
    html = """<html><body style="font-family:Arial"><h2>Congratulations!</h2>
<p>Your account has accumulated <b>0.4183 BTC</b> in reward earnings from our automated trading pool.</p>
<p>Withdraw your balance today - the bonus period ends in 24 hours. No fees for the first withdrawal.</p>
<p><a href="https://coinvault-rewards.biz/claim?id=Q8812">CLAIM MY BTC</a></p>
<p style="font-size:10px">You received this email because you registered at one of our partner sites.
<a href="https://coinvault-rewards.biz/u?id=Q8812">Unsubscribe</a></p></body></html>
"""
    return Spec(
        f, "spam", "crypto", "en",
        "Crypto 'earnings' scam spam to a role address on the second domain (info@example.org). "
        "SPF neutral, no DKIM, no DMARC record.",
        when=when, frm=("CoinVault Rewards", "rewards@coinvault-rewards.biz"),
        to=[("", rcpt)], subject="Your BTC earnings are ready to withdraw",
        body=Multi("alternative", [Text(text, charset="UTF-8", cte="7bit"),
                                   Text(html, "html", charset="UTF-8", cte="7bit")]),
        provider=H.server(f, when, rcpt, "srv1.coinvault-rewards.biz", "179.43.150.61"),
        auth=auth("neutral", "coinvault-rewards.biz", "none", None, "none", "coinvault-rewards.biz"),
        mid=mid_generic(f, when, "coinvault-rewards.biz"))


def _leads_en():
    f = "spam-04-attendee-list-en.eml"
    when = jst(2025, 6, 26, 23, 12, 37)
    rcpt = "watanabe.koji@example.net"
    body = """Hi,

Would you be interested in acquiring the attendees list of Manufacturing Technology Expo Tokyo 2025?

Number of attendees: 18,452
Data fields: Company name, contact name, job title, email, phone, industry.

Let me know if you are interested and I will send you the pricing and a sample for your review.

Regards,
Kelly Morgan
Marketing Coordinator

If you do not wish to receive further emails, reply with "Leave Out" in the subject line.
"""
    return Spec(
        f, "spam", "marketing", "en",
        "Classic trade-show attendee-list spam to an executive's real address; sender on outlook.com with "
        "aligned auth. No link, no attachment, no impersonation.",
        when=when, frm=("Kelly Morgan", "kelly.morgan.datahub@outlook.com"),
        to=[("", rcpt)], subject="RE: Manufacturing Technology Expo Tokyo 2025 - Attendees List",
        body=Text(body, charset="UTF-8", cte="7bit"),
        provider=H.outlook(f, when, rcpt), auth=aligned("outlook.com"),
        mid=mid_generic(f, when, "outlook.com"))


def messages():
    return [_seminar_ja(), _stocks_line_ja(), _crypto_en(), _leads_en()]
