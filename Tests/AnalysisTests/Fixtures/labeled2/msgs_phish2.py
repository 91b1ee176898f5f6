"""Phishing (part 2) and spam. All domains and URLs are fictional; do not visit them."""
import hops as H
from build import Spec, jst, auth, aligned, mid_generic, mid_gmail
from mime import Text, Multi
from org import P


def _esign_en():
    f = "phish-05-esign-link-mismatch-en.eml"
    when = jst(2025, 6, 24, 4, 40, 19)
    rc = P("okada")
    real = f"https://secure-docusign.net.esign-review.click/envelope/7f3a91c2?u={rc.email}"
    text = """Okada Makoto,

Sanwa Holdings sent you a document to review and sign:
"Q3 Quality Agreement - revised.pdf"

REVIEW DOCUMENT

Please complete by Friday, June 27, 2025.

Do Not Share This Email
This email contains a secure link. Please do not share this email, link, or access code with others.
"""
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<p style="background:#1e4ca1;color:#fff;padding:16px">Sanwa Holdings sent you a document to review and sign.</p>
<p>&quot;Q3 Quality Agreement - revised.pdf&quot;</p>
<p><a href="{real}" style="background:#ffc423;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
<p>Please complete by Friday, June 27, 2025.</p>
<p style="font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link.
Please do not share this email, link, or access code with others.</p>
</td></tr></table></body></html>
"""
    return Spec(
        f, "phishing", "credential-phishing", "en",
        f"E-signature lure; button links to {real} (brand name in the subdomain of esign-review.click). "
        "Display name names the e-signature brand, address is on docsign-notify.net; auth passes for that domain.",
        when=when, frm=("DocuSign via Sanwa Holdings", "dse-notification@docsign-notify.net"),
        to=[("Okada Makoto", rc.email)], subject="Complete with DocuSign: Q3 Quality Agreement - revised.pdf",
        body=Multi("alternative", [Text(text, charset="UTF-8", cte="7bit"),
                                   Text(html, "html", charset="UTF-8", cte="quoted-printable")]),
        provider=H.server(f, when, rc.email, "o12.docsign-notify.net", "149.72.31.208", sel="s1"),
        auth=aligned("docsign-notify.net"),
        mid=mid_generic(f, when, "docsign-notify.net"))


def _it_homoglyph_ja():
    f = "phish-06-it-quota-homoglyph-ja.eml"
    when = jst(2025, 6, 25, 14, 2, 57)
    rc = P("fujita")
    url = "https://examp1e.net.mailbox-quota.top/owa/auth.html?user=fujita.yui"
    body = f"""藤田 結衣 様

情報システム部です。
お使いのメールボックスの容量が上限（50GB）の98%に達しています。
上限を超えると、新しいメールを受信できなくなります。

本日17時までに、下記の社内ポータルからサインインして容量の追加を申請してください。
{url}

※本メールは自動送信です。ご不明な点は内線 2100 までお問い合わせください。

青空精機株式会社 情報システム部
"""
    return Spec(
        f, "phishing", "credential-phishing", "ja",
        "Internal IT impersonation from the homoglyph lookalike examp1e.net ('1' for 'l'); mailbox-quota lure "
        f"linking to {url}. Auth passes for the lookalike. ISO-2022-JP.",
        when=when, frm=("情報システム部", "it-support@examp1e.net"),
        to=[(rc.kanji, rc.email)], subject="【情報システム部】メールボックス容量超過のお知らせ",
        body=Text(body),
        provider=H.server(f, when, rc.email, "mail.examp1e.net", "185.161.248.12", sel="default"),
        auth=aligned("examp1e.net"),
        mid=mid_generic(f, when, "examp1e.net"))


def _post_ip_ja():
    f = "phish-07-delivery-ip-url-ja.eml"
    when = jst(2025, 6, 28, 19, 17, 44)
    rc = P("hashimoto")
    body = """【日本郵便】お荷物お届けのお知らせ

お客様宛てにお荷物のお届けにあがりましたが、宛先不明のため持ち帰りました。
再配達をご希望の場合は、下記URLより配送先情報と手数料（330円）のお支払いをお願いいたします。

http://45.8.22.193/jp/redelivery/?tn=4417-2093-8810

保管期限：2025年7月1日
保管期限を過ぎますと、差出人へ返送されます。

日本郵便株式会社
"""
    return Spec(
        f, "phishing", "delivery-phishing", "ja",
        "Postal-delivery lure (redelivery fee) linking to a bare IP URL. Sender domain post-redelivery-jp.com, "
        "SPF softfail, no DKIM, no DMARC record. Subject ISO-2022-JP B, body ISO-2022-JP.",
        when=when, frm=("日本郵便", "info@post-redelivery-jp.com"),
        to=[("", rc.email)], subject="【日本郵便】お荷物お届けのお知らせ",
        body=Text(body),
        provider=H.server(f, when, rc.email, "vps-41872.hostingfarm.net", "45.8.22.193"),
        auth=auth("softfail", "post-redelivery-jp.com", "none", None, "none", "post-redelivery-jp.com"),
        mid=mid_generic(f, when, "post-redelivery-jp.com"))


def _mfa_userinfo_en():
    f = "phish-08-mfa-userinfo-url-en.eml"
    when = jst(2025, 6, 30, 3, 9, 2)
    rc = P("ishikawa")
    url = "https://login.microsoftonline.com@185.234.72.19/common/oauth2/mfa-reset?ref=" + rc.email
    body = f"""Microsoft account

Multi-factor authentication update required

Hello {rc.email},

Your organisation requires all users to re-register their authentication methods by June 30, 2025. Accounts that are not re-registered will be signed out of Outlook, Teams and OneDrive.

Re-register now:
{url}

Thanks,
The Microsoft account team
"""
    return Spec(
        f, "phishing", "credential-phishing", "en",
        f"MFA re-registration lure; the URL uses userinfo to look like login.microsoftonline.com while the host "
        "is the IP 185.234.72.19. Sender accountprotection-msft.com, auth passes for it.",
        when=when, frm=("Microsoft account team", "account-security-noreply@accountprotection-msft.com"),
        to=[("", rc.email)], subject="Action required: re-register your sign-in methods",
        body=Text(body, charset="UTF-8", cte="7bit"),
        provider=H.server(f, when, rc.email, "mail.accountprotection-msft.com", "185.234.72.25", sel="s2024"),
        auth=aligned("accountprotection-msft.com"),
        mid=mid_generic(f, when, "accountprotection-msft.com"))


def messages():
    from msgs_spam import messages as spam
    return [_esign_en(), _it_homoglyph_ja(), _post_ip_ja(), _mfa_userinfo_en()] + spam()
