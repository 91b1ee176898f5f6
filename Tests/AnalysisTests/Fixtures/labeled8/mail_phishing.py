"""Phishing: credential harvesting (mailbox quota, online mall, document
share, e-signature), bank look-alikes, an HTML attachment with a sign-in form,
a card-payment delivery lure."""
import company as C
import common as K
import local as L
import mimeparts as M
from local import P, jst, mail, R

MESSAGES = []
add = MESSAGES.append


def page(body, title="", font="sans-serif"):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            f"<title>{L.esc(title)}</title></head>\n<body style=\"font-family:{font};font-size:14px;color:#222\">\n"
            + body + "\n</body></html>")


# ------------------------------------------------------------------ phishing-01
f = "phishing-01-m365-mailbox-quota-compromised-ryokan-server-ja.eml"
w = jst(2026, 10, 20, 13, 48, 30)
dom = "tsukioka-ryokan.example"
frm = ("Microsoft 365 管理センター", "info@" + dom)
rcpt = P("kondo").email
url = f"https://{dom}/wp-content/plugins/wpcache/m365/index.php?u={rcpt}"
text = f"""{rcpt} 様

お使いのメールボックスの容量が上限（50 GB）の99%に達しました。
現在、新しいメッセージの一部が受信保留となっています。

保留中のメッセージ：17件
残り容量：0.2 GB

24時間以内に下記より容量の追加（無償）を行わない場合、
保留中のメッセージは削除され、送信も停止されます。

▼ 容量を追加して保留メッセージを受信する
{url}

※本メールは送信専用アドレスから送信されています。
Microsoft 365 管理センター"""
h = page(f"""<div style="max-width:560px;border:1px solid #ddd;padding:20px">
<p style="font-size:18px;color:#d83b01"><b>メールボックスの容量が上限に達しました</b></p>
<p>{L.esc(rcpt)} 様</p>
<p>お使いのメールボックスの容量が上限（50 GB）の99%に達しました。<br>現在、新しいメッセージの一部が受信保留となっています。</p>
<p>保留中のメッセージ：<b>17件</b><br>残り容量：<b>0.2 GB</b></p>
<p>24時間以内に容量の追加（無償）を行わない場合、保留中のメッセージは削除され、送信も停止されます。</p>
<p><a href="{L.esc(url)}" style="background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none">容量を追加する</a></p>
<p style="font-size:11px;color:#888">※本メールは送信専用アドレスから送信されています。<br>Microsoft 365 管理センター</p></div>""",
         "Microsoft 365")
add(mail(f, "phishing", "credential-phishing", "ja",
         "'Microsoft 365 admin centre' display name on a hijacked Japanese inn's mail server (SPF/DKIM/DMARC "
         "pass for its own domain): mailbox quota at 99%, messages 'held', link to a page under the inn's "
         "WordPress plugins carrying the recipient's address. UTF-8 quoted-printable, plain and HTML.",
         L.server(f, w, rcpt, "mail." + dom, "203.0.113.30", frm[1], client=None,
                  auth=R.aligned(dom, "www-data@" + dom, "none"), how="ESMTP"),
         when=w, frm=frm, to=[("", rcpt)], subject="【重要】メールボックスの容量が上限に達しました（受信保留 17件）",
         body=M.alt(L.M.Text(text, "plain", "UTF-8", "quoted-printable"), L.M.Text(h, "html", "UTF-8", "quoted-printable")),
         hcs=("UTF-8", "B"), return_path="www-data@" + dom))

# ------------------------------------------------------------------ phishing-02
f = "phishing-02-po-document-share-compromised-german-retail-customer-tenant-en.eml"
w = jst(2027, 1, 13, 17, 22, 5)  # 09:22 CET
dom = "hofmann-feinkost.example"
frm = ("Petra Hofmann", "p.hofmann@" + dom)
url = "https://hofmann-feinkost-docs.example/s/PO-2027-0113?e=j.becker"
text = f"""Petra Hofmann has shared a file with you.

Bestellung_PO-2027-0113.pdf

Hello Jonas, please see our first order for 2027 and confirm the
delivery date. Thanks, Petra

Open: {url}

This link will work for anyone with the email address it was sent to."""
h = page(f"""<table width="560" style="border:1px solid #e1e1e1"><tr><td style="padding:24px">
<p style="font-size:20px">Petra Hofmann has shared a file with you</p>
<p>Hello Jonas, please see our first order for 2027 and confirm the delivery date. Thanks, Petra</p>
<p><img alt="PDF" width="24" height="24"> <b>Bestellung_PO-2027-0113.pdf</b></p>
<p><a href="{L.esc(url)}" style="background:#0f6cbd;color:#fff;padding:8px 16px;text-decoration:none">Open</a></p>
<p style="font-size:11px;color:#666">This link will work for anyone with the email address it was sent to.</p>
</td></tr></table>""", "Shared file")
add(mail(f, "phishing", "document-share", "en",
         "A real German retail customer's Exchange Online mailbox (hijacked; SPF/DKIM/DMARC pass) sends a "
         "file-share notice for a 'purchase order' whose link goes to a domain that is not the customer's "
         "nor a file-sharing service's. No payment request: the aim is the sales manager's password.",
         L.m365(f, w, P("becker").email, dom, "EUR", frm[1], "Petra Hofmann has shared a file with you",
                client_ip="198.51.100.99", tz=R.CET),
         when=w, frm=frm, to=[P("becker").en_addr()], subject="Petra Hofmann has shared \"Bestellung_PO-2027-0113\" with you",
         body=M.alt(L.M.Text(text, "plain", "UTF-8", "quoted-printable"), L.M.Text(h, "html", "UTF-8", "quoted-printable")),
         hcs=("UTF-8", "Q")))

# ------------------------------------------------------------------ phishing-03
f = "phishing-03-main-bank-hyphen-dropped-lookalike-certificate-renewal-html-ja.eml"
w = jst(2026, 11, 30, 9, 3, 12)
look = "echigominato-bank.example"
frm = ("越後みなと銀行 法人IB", "notice@" + look)
url = f"https://ib.{look}/corp/cert/renew.html?cid=YF0039812"
text = f"""株式会社雪椿フーズ　ご担当者様

いつも越後みなと銀行をご利用いただき、ありがとうございます。

お客様がご利用中の法人インターネットバンキング「みなとビジネスWeb」の
電子証明書の有効期限が2026年12月3日に到来します。
有効期限を過ぎると、振込・口座照会などのサービスがご利用いただけなくなります。

下記URLより、12月2日までに電子証明書の更新手続きを行ってください。
{url}

更新の際は、ログインID・ログインパスワード・確認用パスワードが必要です。

株式会社越後みなと銀行　法人サポートデスク"""
h = page(f"""<div style="width:600px;margin:0 auto;border-top:6px solid #00558c">
<p style="font-size:16px;color:#00558c"><b>越後みなと銀行　みなとビジネスWeb</b></p>
<p>株式会社雪椿フーズ　ご担当者様</p>
<p>お客様がご利用中の法人インターネットバンキング「みなとビジネスWeb」の電子証明書の有効期限が<b style="color:#c00">2026年12月3日</b>に到来します。</p>
<p>有効期限を過ぎると、振込・口座照会などのサービスがご利用いただけなくなります。12月2日までに更新手続きを行ってください。</p>
<p style="text-align:center"><a href="{L.esc(url)}" style="background:#00558c;color:#fff;padding:12px 30px;text-decoration:none">電子証明書を更新する</a></p>
<p style="font-size:12px">更新の際は、ログインID・ログインパスワード・確認用パスワードが必要です。</p>
<p style="font-size:12px;color:#666">株式会社越後みなと銀行　法人サポートデスク</p></div>""", "みなとビジネスWeb")
add(mail(f, "phishing", "bank-impersonation", "ja",
         "Look-alike echigominato-bank.example (hyphen dropped) of the main bank, on a bulk sender with SPF/"
         "DKIM/DMARC pass for the look-alike: certificate of the corporate internet banking expires, renew "
         "via a link on the look-alike asking for login ID and both passwords. Compare the genuine notice "
         "clean-05. UTF-8 base64 plain and HTML.",
         L.bulk(f, w, P("saito").email, "mta2.mailout-jp.example", "198.51.100.171", frm[1],
                "bounce-7731@" + look, auth=R.aligned(look, "bounce-7731@" + look, "none")),
         when=w, frm=frm, to=[P("saito").ja_addr()],
         subject="【越後みなと銀行】電子証明書の有効期限が近づいています（要更新）",
         body=M.alt(L.M.Text(text, "plain", "UTF-8", "base64"), L.M.Text(h, "html", "UTF-8", "base64")),
         hcs=("UTF-8", "B")))

# ------------------------------------------------------------------ phishing-04
f = "phishing-04-online-mall-seller-account-suspension-lookalike-login-ja.eml"
w = jst(2026, 12, 4, 20, 11, 45)
look = "yamabuki-mall-seller.example"
frm = ("やまぶきモール 出店者サポート", "support@" + look)
url = f"https://rms.{look}/login?shop=yukitsubaki-store"
text = f"""雪椿フーズ公式ストア　店舗運営責任者様

いつもやまぶきモールをご利用いただきありがとうございます。

貴店の出店者アカウントにおいて、第三者による不正なログインの可能性がある
アクセスを検知したため、安全のため受注処理機能を一時的に制限いたしました。

12月6日（日）23:59までに本人確認を完了いただけない場合、
店舗は一時閉店となり、売上金のお支払いを保留させていただきます。

■本人確認はこちら
{url}

ご不便をおかけしますが、何卒ご理解のほどお願い申し上げます。

やまぶきモール　出店者サポートセンター"""
h = page(f"""<p><b style="font-size:17px;color:#e08a00">やまぶきモール</b> 出店者サポート</p>
<p>雪椿フーズ公式ストア　店舗運営責任者様</p>
<p>貴店の出店者アカウントにおいて、第三者による不正なログインの可能性があるアクセスを検知したため、安全のため<b>受注処理機能を一時的に制限</b>いたしました。</p>
<p>12月6日（日）23:59までに本人確認を完了いただけない場合、店舗は一時閉店となり、売上金のお支払いを保留させていただきます。</p>
<p><a href="{L.esc(url)}">本人確認はこちら</a></p>
<p style="color:#777;font-size:12px">やまぶきモール　出店者サポートセンター</p>""", "やまぶきモール")
add(mail(f, "phishing", "credential-phishing", "ja",
         "An online shopping mall's seller support imitated from yamabuki-mall-seller.example (the real mall "
         "would be yamabuki-mall.example; the company runs its online shop there): 'unauthorised login', "
         "order processing restricted, verify by Sunday or the shop closes and sales are withheld; login link "
         "on the look-alike. SPF pass, DKIM none, DMARC none. UTF-8 quoted-printable.",
         L.server(f, w, P("nakamura").email, "mail." + look, "203.0.113.181", frm[1], client=None,
                  auth=L.auth("pass", frm[1], "none", None, "none", look, None), how="ESMTP"),
         when=w, frm=frm, to=[P("nakamura").ja_addr()],
         subject="【重要】出店者アカウントの受注機能を一時制限しました",
         body=M.alt(L.M.Text(text, "plain", "UTF-8", "quoted-printable"), L.M.Text(h, "html", "UTF-8", "quoted-printable")),
         hcs=("UTF-8", "B")))

# ------------------------------------------------------------------ phishing-05
f = "phishing-05-esign-distribution-agreement-2027-html-only-en.eml"
w = jst(2027, 1, 8, 19, 2, 33)  # 11:02 CET
dom = "esign-documents-center.example"
frm = ("DocuSign via Contract Desk", "dse-notification@" + dom)
url = f"https://review.{dom}/envelope/3F9A-22C1-YFE?recipient=k.kobayashi"
h = page(f"""<table width="600" style="background:#f4f4f4"><tr><td style="padding:30px;background:#1e4ca1;color:#fff;text-align:center">
<p style="font-size:18px">Contract Desk sent you a document to review and sign.</p>
<p><a href="{L.esc(url)}" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
</td></tr><tr><td style="padding:24px;background:#fff">
<p><b>Distribution Agreement 2027 - Yukitsubaki Foods Europe GmbH - final.pdf</b></p>
<p>Dear Kenta Kobayashi,<br>Please review and sign the renewed distribution agreement before 12 January 2027.</p>
<p style="font-size:11px;color:#666">Do not share this email. This message contains a secure link to a document; anyone with the link can access it.</p>
</td></tr></table>""", "Please review")
add(mail(f, "phishing", "esign-lure", "en",
         "An e-signature notification ('DocuSign via Contract Desk') from an unrelated bulk domain with SPF/"
         "DKIM/DMARC pass for it, HTML only: a 'distribution agreement' to sign, button to a page on that "
         "domain. To the German MD.",
         L.bulk(f, w, P("kobayashi").email, "out3.esign-documents-center.example", "203.0.113.62", frm[1],
                "bounces@" + dom, tz=R.CET),
         when=w, frm=frm, to=[P("kobayashi").en_addr()],
         subject="Complete with DocuSign: Distribution Agreement 2027 - Yukitsubaki Foods Europe GmbH",
         body=L.M.Text(h, "html", "UTF-8", "quoted-printable"), hcs=("UTF-8", "Q")))

# ------------------------------------------------------------------ phishing-06
f = "phishing-06-remittance-advice-html-attachment-spoofed-own-domain-en.eml"
w = jst(2026, 12, 14, 16, 40, 22)  # 08:40 CET
frm = ("Payments", "payments@" + C.EU)
post = "https://secure-remit-docs.example/auth/verify.php"
text = """Dear Supplier,

Please find attached the remittance advice for payment 2026-12-0441.

Amount: EUR 27,480.00
Value date: 14.12.2026

To view the remittance advice, open the attachment and sign in with
your email account.

Accounts Payable"""
att = page(f"""<div style="width:360px;margin:60px auto;border:1px solid #ccc;padding:28px;font-family:Segoe UI,sans-serif">
<p style="font-size:20px">Remittance Advice 2026-12-0441</p>
<p>This document is protected. Sign in with your email account to view it.</p>
<form method="post" action="{post}">
<input type="email" name="login" value="l.hoffmann@yukitsubaki-europe.example" style="width:100%"><br><br>
<input type="password" name="passwd" placeholder="Password" style="width:100%"><br><br>
<input type="submit" value="View document">
</form></div>""", "Remittance Advice")
add(mail(f, "phishing", "html-attachment", "en",
         "From the subsidiary's own domain, spoofed: sent from an unrelated host, SPF fail, no DKIM, DMARC "
         "fail (p=quarantine). A 'remittance advice' HTML attachment with a sign-in form pre-filled with the "
         "AP clerk's address that posts to an outside domain.",
         L.server(f, w, P("hoffmann").email, "vps-41882.hostcloud-eu.example", "198.51.100.44", frm[1],
                  client=None, auth=L.auth("fail", frm[1], "none", None, "fail", C.EU, C.DMARC_EU),
                  how="ESMTP", tz=R.CET),
         when=w, frm=frm, to=[P("hoffmann").en_addr()], subject="Remittance advice 2026-12-0441",
         body=L.mixed(L.plain(text, "US-ASCII"), L.htmlfile(att, "Remittance_Advice_2026-12-0441.html")),
         hcs=("UTF-8", "Q")))

# ------------------------------------------------------------------ phishing-07
f = "phishing-07-parcel-delivery-duties-redelivery-fee-card-payment-link-utf8-ja.eml"
w = jst(2026, 11, 11, 7, 55, 3)
look = "yamabiko-unyu-delivery.example"
frm = ("やまびこ運輸", "no-reply@" + look)
url = f"https://{look}/redelivery/pay?no=4418-2071-6639"
text = f"""やまびこ運輸をご利用いただきありがとうございます。

お客様宛ての国際宅配便（お問い合わせ番号：4418-2071-6639）について、
関税および再配達手数料（合計 420円）が未払いのため、お届けを保留しております。

11月13日までにお支払いがない場合、お荷物は差出人へ返送されます。

▼お支払い・再配達のお申し込み（クレジットカード）
{url}

※このメールは送信専用です。ご返信いただいてもお答えできません。
やまびこ運輸株式会社"""
add(mail(f, "phishing", "card-phishing", "ja",
         "A parcel carrier imitated from yamabiko-unyu-delivery.example: international parcel held for 420 yen "
         "of duties and redelivery fee, card payment link on the same look-alike, return to sender in two "
         "days. Bulk sender, SPF pass, DKIM pass for a different domain, DMARC none. UTF-8 base64 plain only.",
         L.bulk(f, w, P("yamaguchi").email, "smtp11.bulk-relay.example", "198.51.100.15", frm[1],
                "rt-11@bulk-relay.example",
                auth=L.auth("pass", "rt-11@bulk-relay.example", "pass", "bulk-relay.example", "none", look, None)),
         when=w, frm=frm, to=[("", P("yamaguchi").email)],
         subject="【やまびこ運輸】お荷物のお届けについて（関税・再配達手数料のお支払い）",
         body=L.M.Text(text, "plain", "UTF-8", "base64"), hcs=("UTF-8", "B")))

# ------------------------------------------------------------------ phishing-08
f = "phishing-08-de-bank-rn-for-m-lookalike-pushtan-reregistration-en.eml"
w = jst(2026, 12, 2, 17, 18, 40)  # 09:18 CET
look = "dornstadt-bank.example"
frm = ("Domstadt Bank Business Online", "service@" + look)
url = f"https://business.{look}/pushtan/re-registration?ref=YFE"
text = f"""Dear customer,

Due to new security requirements under the EU Payment Services
Directive, all pushTAN devices registered for Domstadt Business Online
must be re-registered by 7 December 2026.

Business accounts that have not been re-registered will be blocked
for outgoing transfers from 8 December.

Re-register now: {url}

Please have your login name, PIN and the activation letter ready.

Your Domstadt Bank AG
Business Customer Service"""
h = page(f"""<p style="color:#8a1538;font-size:18px"><b>Domstadt Bank</b> Business Online</p>
<p>Dear customer,</p>
<p>Due to new security requirements under the EU Payment Services Directive, all pushTAN devices registered for Domstadt Business Online must be re-registered by <b>7 December 2026</b>.</p>
<p>Business accounts that have not been re-registered will be blocked for outgoing transfers from 8 December.</p>
<p><a href="{L.esc(url)}">Re-register now</a></p>
<p>Please have your login name, PIN and the activation letter ready.</p>
<p>Your Domstadt Bank AG<br>Business Customer Service</p>""", "Domstadt Bank")
add(mail(f, "phishing", "bank-impersonation", "en",
         "Look-alike dornstadt-bank.example ('rn' for 'm') of the subsidiary's bank (not a vendor): pushTAN "
         "re-registration or transfers are blocked, link asking for login, PIN and the activation letter. "
         "SPF/DKIM/DMARC pass for the look-alike. To the German head of finance.",
         L.bulk(f, w, P("wolf").email, "mx-out.dornstadt-bank.example", "203.0.113.9", frm[1],
                "bounce@" + look, tz=R.CET, auth=R.aligned(look, "bounce@" + look, "none")),
         when=w, frm=frm, to=[P("wolf").en_addr()],
         subject="Action required: re-register your pushTAN device",
         body=M.alt(L.M.Text(text, "plain", "US-ASCII", "7bit"), L.M.Text(h, "html", "UTF-8", "quoted-printable")),
         hcs=("UTF-8", "Q")))
