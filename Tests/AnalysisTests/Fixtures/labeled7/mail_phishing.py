"""Phishing (phishing-01 .. phishing-08): credential and card lures with
links or an HTML form; no request to pay by transfer."""
import company as C
import routes as R
from local import (ICT, mk, jst, auth, via_webmail, via_m365, via_server, plain, html, mixed, alt, htmlfile,
                   outlook_alt)

P = C.P


# ---------------------------------------------------------------- phishing-01: mailbox quota, compromised clinic

F01 = "phishing-01-m365-mailbox-quota-compromised-dental-clinic-webmail-ja.eml"
W01 = jst(2026, 5, 21, 4, 12)
FROM01 = ("Microsoft 365 管理センター", "info@sakura-shika-clinic.example")
URL01 = "https://www.sakura-shika-clinic.example/wp-content/uploads/2026/05/owa/index.php?u=m-noguchi"


def phishing01():
    n = P("noguchi")
    text = f"""{n.email} 様

お客様のメールボックスの使用容量が上限（50GB）の98%に達しました。
このままでは、2026年5月22日以降、新しいメールの送受信ができなくなります。

下記のリンクから容量の追加（無料）をお申し込みください。
{URL01}

※24時間以内にお手続きがない場合、受信済みのメールが削除される場合があります。

Microsoft 365 管理センター
本メールは送信専用です。"""
    h = f"""<html><body style="font-family:'Segoe UI',Meiryo,sans-serif;font-size:14px">
<div style="max-width:560px;border:1px solid #ddd;padding:20px">
<p style="font-size:18px;color:#d83b01"><b>メールボックスの容量が不足しています</b></p>
<p>{n.email} 様</p>
<p>お客様のメールボックスの使用容量が上限（50GB）の<b>98%</b>に達しました。<br>
このままでは、2026年5月22日以降、新しいメールの送受信ができなくなります。</p>
<p><a href="{URL01}" style="background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none">容量を追加する（無料）</a></p>
<p style="color:#666;font-size:12px">※24時間以内にお手続きがない場合、受信済みのメールが削除される場合があります。<br>
Microsoft 365 管理センター / 本メールは送信専用です。</p>
</div></body></html>"""
    return mk(F01, "phishing", "credential-phishing", "ja",
              "A 'Microsoft 365 mailbox full' lure sent at 04:12 through the webmail of an unrelated, compromised "
              "dental clinic (its own domain, SPF, DKIM and DMARC pass); the display name claims Microsoft. The "
              "link points to a PHP page in the clinic's WordPress uploads with the recipient's name in the query; "
              "'mail will be deleted in 24 hours'. Plain and HTML, UTF-8 quoted-printable.",
              via_webmail(F01, W01, n.email, FROM01[1], "mail.sakura-shika-clinic.example", "203.0.113.150",
                          "webmail.sakura-shika-clinic.example", "198.51.100.250"),
              when=W01, frm=FROM01, to=[n.ja_addr()], subject="【重要】メールボックスの容量が上限に近づいています",
              body=alt(plain(text, "UTF-8", "quoted-printable"), html(h)), hcs=("UTF-8", "B"))


# ---------------------------------------------------------------- phishing-02: shipping documents, compromised shipper

F02 = "phishing-02-shipping-documents-share-compromised-vietnam-shipper-tenant-en.eml"
W02 = jst(2026, 5, 27, 13, 22)   # 11:22 ICT
FROM02 = ("Nguyen Thi Lan", "lan.nguyen@thanhcong-garment.example")
URL02 = ("https://thanhcong-garment-my.sharepoint.com.docview-secure.example/:f:/g/personal/"
         "lan_nguyen/EsKq7rV2xQ?e=shipdocs")


def phishing02():
    y = P("yoshida")
    text = f"""Dear Sir/Madam,

Lan Nguyen has shared a folder with you: "Shipping documents - PO 2026-0577"

B/L draft, commercial invoice, packing list and certificate of origin for the shipment
to Kobe (ETD Cat Lai 2 June). Please review and confirm before we release the original B/L.

Open folder:
{URL02}

This link will work for anyone in your organisation.

Best regards,
Nguyen Thi Lan
Export Documentation
Thanh Cong Garment Co., Ltd."""
    h = f"""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p><b>Lan Nguyen</b> shared a folder with you</p>
<p style="border-left:3px solid #0078d4;padding-left:8px">B/L draft, commercial invoice, packing list and certificate of origin
for the shipment to Kobe (ETD Cat Lai 2 June). Please review and confirm before we release the original B/L.</p>
<p><a href="{URL02}" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Open</a>
&nbsp; Shipping documents - PO 2026-0577</p>
<p style="font-size:12px;color:#666">This link will work for anyone in your organisation.</p>
<p>Best regards,<br>Nguyen Thi Lan<br>Export Documentation<br>Thanh Cong Garment Co., Ltd.</p>
</body></html>"""
    return mk(F02, "phishing", "document-share", "en",
              "A shipper's real Exchange Online mailbox, compromised (all checks pass for its domain), sends a "
              "'shared folder' of shipping documents to the air-import clerk; the link host begins with a "
              "SharePoint-looking name but belongs to docview-secure.example. Plain and HTML, a credential page "
              "behind the button; no payment request.",
              via_m365(F02, W02, y.email, FROM02[1], "APC", client_ip="198.51.100.171", p="none", tz=ICT),
              when=W02, frm=FROM02, to=[y.en_addr()],
              subject="Lan Nguyen shared \"Shipping documents - PO 2026-0577\" with you",
              body=alt(plain(text, "US-ASCII"), html(h)), hcs=("UTF-8", "Q"))


# ---------------------------------------------------------------- phishing-03: customs system password

F03 = "phishing-03-naccs-user-password-expiry-lookalike-center-ja.eml"
W03 = jst(2026, 6, 2, 8, 5)
FROM03 = ("NACCS利用者サポート", "support@naccs-userinfo.example")
URL03 = "https://naccs-userinfo.example/user/login?id=SLK0418"


def phishing03():
    i = P("ishikawa")
    text = f"""NACCS 利用者各位

いつもNACCSをご利用いただき、ありがとうございます。

ご利用中の利用者コード（SLK0418）のパスワードの有効期限が、
2026年6月3日（水）に満了いたします。
有効期限を過ぎますと、輸出入申告業務がご利用いただけなくなります。

お手数ですが、下記の利用者ページにログインのうえ、パスワードの更新手続きを
お願いいたします。

{URL03}

※本メールは送信専用アドレスから送信しております。
※お手続きには、現在の利用者コード・パスワードおよび電子証明書のパスワードが必要です。

NACCS 利用者サポートデスク"""
    a = auth("pass", FROM03[1], "none", None, "none", "naccs-userinfo.example", None)
    return mk(F03, "phishing", "credential-phishing", "ja",
              "A customs-clearance-system lure for the customs broker: a 'password expires tomorrow, customs "
              "declarations will stop' notice from a newly registered domain (naccs-userinfo.example; SPF passes, "
              "no DKIM, no DMARC record) linking to its own login page, asking for the user code, password and the "
              "certificate password. ISO-2022-JP text.",
              via_server(F03, W03, i.email, FROM03[1], "mail.naccs-userinfo.example", "203.0.113.61", None,
                         mailer=None, a=a),
              when=W03, frm=FROM03, to=[i.ja_addr()], subject="【重要】利用者パスワード有効期限のお知らせ",
              body=plain(text))


# ---------------------------------------------------------------- phishing-04: main bank look-alike

F04 = "phishing-04-main-bank-transposed-lookalike-certificate-renewal-html-ja.eml"
W04 = jst(2026, 6, 11, 7, 40)
FROM04 = ("摂海銀行 法人IBサービス", "houjin-ib@sekkai-bnak.example")
URL04 = "https://houjin.sekkai-bnak.example/ib/cert/renew?c=4172093"


def phishing04():
    s = P("sakamoto")
    text = f"""株式会社汐見ロジスティクス 御中

いつも摂海銀行をご利用いただき、誠にありがとうございます。

お客さまの法人インターネットバンキングの電子証明書が、
2026年6月12日に有効期限を迎えます。
期限までに更新されない場合、振込・振替などのお取引がご利用いただけなくなります。

下記より、管理者ID・ログインパスワード・確認用パスワードをご入力のうえ、
電子証明書の更新をお願いいたします。
{URL04}

株式会社摂海銀行 法人インターネットバンキング ヘルプデスク"""
    h = f"""<html><head><meta charset="UTF-8"></head><body style="font-family:Meiryo,sans-serif;font-size:14px">
<table width="600" style="border:1px solid #036"><tr><td style="background:#036;color:#fff;padding:10px">
<b>摂海銀行 法人インターネットバンキング</b></td></tr><tr><td style="padding:16px">
<p>株式会社汐見ロジスティクス 御中</p>
<p>お客さまの法人インターネットバンキングの<b>電子証明書が2026年6月12日に有効期限</b>を迎えます。<br>
期限までに更新されない場合、振込・振替などのお取引がご利用いただけなくなります。</p>
<p><a href="{URL04}">電子証明書の更新はこちら</a></p>
<p style="font-size:12px;color:#555">株式会社摂海銀行 法人インターネットバンキング ヘルプデスク</p>
</td></tr></table></body></html>"""
    a = auth("pass", FROM04[1], "pass", "sekkai-bnak.example", "pass", "sekkai-bnak.example", "none")
    return mk(F04, "phishing", "bank-impersonation", "ja",
              "The company's main bank imitated from the look-alike sekkai-bnak.example ('na' for 'an' in bank), "
              "with SPF, DKIM and DMARC passing for the look-alike. Electronic certificate 'expires tomorrow, "
              "transfers will stop': a link to the look-alike asking for the administrator ID and both passwords. "
              "ISO-2022-JP plain text and UTF-8 HTML.",
              via_server(F04, W04, s.email, FROM04[1], "mta.sekkai-bnak.example", "198.51.100.98", None,
                         mailer=None, a=a),
              when=W04, frm=FROM04, to=[s.ja_addr()],
              subject="【摂海銀行】電子証明書の有効期限が近づいています（要更新）",
              body=alt(plain(text), html(h, "UTF-8", "base64")))


# ---------------------------------------------------------------- phishing-05: e-signature, HTML only

F05 = "phishing-05-esign-freight-agency-agreement-html-only-en.eml"
W05 = jst(2026, 6, 17, 22, 14)   # 15:14 CEST
FROM05 = ("Hanseatic Cargo Alliance via SignDesk", "dse@signdesk-mail.example")
URL05 = "https://signdesk-mail.example/envelope/open?token=7Fq2KxR9aWm4"


def phishing05():
    b = P("bakker")
    h = f"""<html><body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;margin:24px 0"><tr><td style="background:#1f3a60;color:#fff;padding:18px;font-size:20px">SignDesk</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333">
<p>Hanseatic Cargo Alliance sent you a document to review and sign.</p>
<p><b>Freight Agency Agreement 2026-2028 - Shiomi Logistics Europe B.V.</b></p>
<p><a href="{URL05}" style="background:#f5a623;color:#000;padding:12px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
<p style="font-size:13px">Message from the sender: Dear Daan, as discussed, please sign the agency agreement today so that
the new rates apply from 1 July. Regards, Hanseatic Cargo Alliance</p>
<p style="font-size:11px;color:#888">Do not share this email. This envelope expires in 48 hours.</p>
</td></tr></table></td></tr></table></body></html>"""
    a = auth("pass", FROM05[1], "pass", "signdesk-mail.example", "pass", "signdesk-mail.example", "none")
    return mk(F05, "phishing", "esign-lure", "en",
              "An e-signature lure to the Dutch operations manager from a look-alike signing service "
              "(signdesk-mail.example; SPF, DKIM, DMARC pass for it) in the name of an unknown 'freight "
              "alliance': HTML only, a 'review document' button to a login page, 'expires in 48 hours', 'sign "
              "today so the new rates apply'.",
              via_server(F05, W05, b.email, FROM05[1], "out3.signdesk-mail.example", "203.0.113.33", None,
                         mailer=None, a=a, tz=R.UTC),
              when=W05, frm=FROM05, to=[b.en_addr()],
              subject="Please DocuSign: Freight Agency Agreement 2026-2028", body=html(h), hcs=("UTF-8", "Q"))


# ---------------------------------------------------------------- phishing-06: HTML attachment, own domain spoofed

F06 = "phishing-06-remittance-advice-html-attachment-spoofed-own-domain-en.eml"
W06 = jst(2026, 6, 24, 16, 2)    # 09:02 CEST
FROM06 = ("Accounts Payable", "ap@shiomi-eu.example")


def phishing06():
    j = P("jansen")
    text = """Hello,

Please find attached the remittance advice for the payment released today.

Open the attachment and sign in with your company email to view the document.

Regards,
Accounts Payable"""
    form = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Remittance Advice - Sign in</title></head>
<body style="font-family:Segoe UI,Arial;background:#f2f2f2">
<div style="width:360px;margin:80px auto;background:#fff;padding:30px">
<h3>Sign in to view Remittance_Advice_0624.pdf</h3>
<form method="post" action="https://remit-view.cloud-docs-secure.example/shiomi-eu/auth.php">
<input type="email" name="login" value="lotte.jansen@shiomi-eu.example" style="width:100%"><br><br>
<input type="password" name="passwd" placeholder="Password" style="width:100%"><br><br>
<input type="submit" value="View document">
</form></div></body></html>
"""
    a = auth("fail", FROM06[1], "none", None, "fail", "shiomi-eu.example", "quarantine")
    return mk(F06, "phishing", "html-attachment", "en",
              "The subsidiary's own domain forged in From (ap@shiomi-eu.example, a role address): sent from a "
              "hosting address, SPF fails, no DKIM, DMARC fails (p=quarantine). A 'remittance advice' whose "
              "attachment is an HTML sign-in form, prefilled with the recipient's address, that posts the "
              "password to cloud-docs-secure.example.",
              via_server(F06, W06, j.email, FROM06[1], "vps-2231.hostnode.example", "198.51.100.201", None,
                         mailer=None, a=a, tz=R.CEST),
              when=W06, frm=FROM06, to=[j.en_addr()], subject="Remittance Advice 0624 - Payment Released",
              body=mixed(plain(text, "US-ASCII"), htmlfile("Remittance_Advice_0624.html", form)),
              hcs=("UTF-8", "Q"))


# ---------------------------------------------------------------- phishing-07: arrival notice, card payment

F07 = "phishing-07-arrival-notice-unpaid-charges-card-payment-link-utf8-ja.eml"
W07 = jst(2026, 7, 2, 11, 48)
FROM07 = ("Orient Pacific Line 輸入課", "arrival@orientpacific-line-notice.example")
URL07 = "https://op-line-pay.example/arrival/charges?bl=OPLU26KOB4471"


def phishing07():
    i = P("ishikawa")
    text = f"""株式会社汐見ロジスティクス 御中

いつもお世話になっております。オリエントパシフィックライン 輸入課です。

下記貨物が神戸港に到着いたしましたが、運賃・諸掛（THC、D/O発行手数料）の
ご入金が確認できておりません。このため、現在、荷渡指図書（D/O）の発行を
保留しております。

　B/L No.：OPLU26KOB4471
　本船　　：ORIENT BREEZE V.118N
　到着日　：2026年7月1日
　未払金額：86,900円

本日中に下記のお支払いページから、クレジットカードにてお支払いください。
お支払いが確認でき次第、D/Oを発行いたします。
{URL07}

フリータイム経過後は、デマレージが発生いたしますのでご注意ください。

オリエントパシフィックライン 輸入課"""
    h = "<html><body style=\"font-family:Meiryo,sans-serif\">" + "<br>\n".join(
        (f'<a href="{URL07}">{URL07}</a>' if ln == URL07 else ln) for ln in text.split("\n")) + "</body></html>"
    a = auth("pass", FROM07[1], "none", None, "none", "orientpacific-line-notice.example", None)
    return mk(F07, "phishing", "card-phishing", "ja",
              "A shipping-line arrival notice to the customs broker from an unknown carrier's 'notice' domain "
              "(SPF passes, no DKIM, no DMARC record): unpaid freight charges, the delivery order is 'on hold', "
              "pay today by credit card on another domain or demurrage starts. UTF-8 base64, plain and HTML.",
              via_server(F07, W07, i.email, FROM07[1], "smtp.orientpacific-line-notice.example", "203.0.113.122",
                         None, mailer=None, a=a),
              when=W07, frm=FROM07, to=[i.ja_addr()], subject="【貨物到着案内】諸掛未払いによるD/O発行保留のお知らせ",
              body=alt(plain(text, "UTF-8", "base64"), html(h, "UTF-8", "base64")), hcs=("UTF-8", "B"))


# ---------------------------------------------------------------- phishing-08: Dutch bank look-alike

F08 = "phishing-08-nl-bank-i-for-l-lookalike-unusual-signin-token-en.eml"
W08 = jst(2026, 7, 7, 15, 31)    # 08:31 CEST
FROM08 = ("Noordzee Handelsbank Security", "security@noordzee-handeisbank.example")
URL08 = "https://zakelijk.noordzee-handeisbank.example/verify?ref=SLE-7731"


def phishing08():
    d = P("devries")
    text = f"""Dear customer,

We detected a sign-in to your business banking account for Shiomi Logistics Europe B.V.
from a new device (Windows, Lagos, NG) on 7 July 2026 at 03:12.

If this was not you, please verify your account immediately. Until verification, outgoing
SEPA payments from your account are limited.

Verify now: {URL08}

You will be asked for your user ID and the response code from your token.

Noordzee Handelsbank N.V.
Business Banking Security"""
    a = auth("pass", FROM08[1], "pass", "noordzee-handeisbank.example", "pass", "noordzee-handeisbank.example",
             "none")
    return mk(F08, "phishing", "bank-impersonation", "en",
              "The Dutch subsidiary's own bank imitated from the look-alike noordzee-handeisbank.example ('i' for "
              "'l' in handelsbank), with SPF, DKIM and DMARC passing for the look-alike. An 'unusual sign-in' "
              "with outgoing payments 'limited', a verify link asking for the user ID and the token response "
              "code (real-time phishing of a payment authorisation).",
              via_server(F08, W08, d.email, FROM08[1], "mail.noordzee-handeisbank.example", "203.0.113.205",
                         None, mailer=None, a=a, tz=R.CEST),
              when=W08, frm=FROM08, to=[d.en_addr()], subject="Unusual sign-in to your business account",
              body=outlook_alt(text, "US-ASCII", "7bit", "Arial", "EN-GB"), hcs=("UTF-8", "Q"))


def messages():
    return [phishing01(), phishing02(), phishing03(), phishing04(), phishing05(), phishing06(), phishing07(),
            phishing08()]
