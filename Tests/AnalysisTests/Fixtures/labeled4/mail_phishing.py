"""Phishing: credential lures with links (phishing-01 ... phishing-08)."""
import common as K
import mimeparts as M
import routes as R
from message import Msg, jst
from mimeparts import tok, ALNUM, HEX, LOWERNUM

P = K.P
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


def page(body, lang="ja", font="Meiryo, sans-serif"):
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"></head>\n"
            f"<body style=\"margin:0;padding:0;background:#f3f3f3;font-family:{font}\">\n{body}\n</body></html>")


# ------------------------------------------------------------------ phishing-01: Microsoft 365 password expiry
f = "phishing-01-m365-password-expiry-compromised-sender-ja.eml"
when = jst(2026, 1, 14, 9, 3, 11)
sasaki = P("sasaki")
link = f"https://login.m365-secure-portal.example/common/oauth2/authorize?client={tok(f, 24, LOWERNUM)}&login_hint=k-sasaki%40seiran-elec.example"
body = f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="24" style="background:#ffffff">
<tr><td style="font-size:20px;color:#2f2f2f">Microsoft 365</td></tr>
<tr><td style="font-size:14px;color:#333333;line-height:1.7">
<p>k-sasaki@seiran-elec.example 様</p>
<p>ご利用中のアカウントのパスワードは <b>2026年1月14日</b> に有効期限が切れます。</p>
<p>現在のパスワードを引き続き使用するには、24時間以内に下記のボタンから確認を行ってください。
確認が行われない場合、Outlook、Teams、OneDrive へのサインインが制限されます。</p>
<p style="text-align:center;margin:28px 0"><a href="{link}" style="background:#0067b8;color:#ffffff;padding:12px 28px;text-decoration:none">現在のパスワードを維持する</a></p>
<p style="font-size:12px;color:#777777">このメールは seiran-elec.example の管理者設定に基づき自動送信されています。</p>
</td></tr>
<tr><td style="font-size:11px;color:#999999">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr>
</table></td></tr></table>"""
add(Msg(
    f, "phishing", "credential-phishing", "ja",
    ("'Microsoft 365' password-expiry lure sent from a compromised small business's mail server "
     "(hokusei-kenzai.example; SPF pass, no DKIM, no DMARC record): a button to a credential page on "
     "m365-secure-portal.example with the victim's address prefilled. HTML only."),
    when=when, frm=("Microsoft 365 管理センター", "info@hokusei-kenzai.example"), to=[sasaki.ja_addr()],
    subject="【Microsoft 365】パスワードの有効期限が本日切れます", hcs=("UTF-8", "B"),
    body=K.html(page(body), "UTF-8", "base64"),
    route=R.server(f, when, sasaki.email, "mail.hokusei-kenzai.example", "198.51.100.37",
                   client=(None, "203.0.113.187", "User")),
    auth=R.Auth("pass", "hokusei-kenzai.example", "none", None, "none", "hokusei-kenzai.example", None),
    mid=K.mid_std(f, when, "hokusei-kenzai.example")))


# ------------------------------------------------------------------ phishing-02: vendor document share
f = "phishing-02-shared-document-vendor-remittance-en.eml"
when = jst(2026, 5, 14, 18, 6, 42)
ishida = P("ishida")
link = f"https://kessler-docs.sharefile-online.example/d/{tok(f, 18, ALNUM)}?e=k-ishida%40seiran-elec.example"
text = f"""Tobias Wendt shared a file with you

"Remittance_Advice_SR-PO-260311.pdf"

This link will work for anyone at seiran-elec.example.

Open: {link}

Privacy Statement"""
html = page(f"""<div style="max-width:520px;margin:24px auto;background:#ffffff;padding:28px;font-family:'Segoe UI',Arial,sans-serif">
<p style="font-size:18px">Tobias Wendt shared a file with you</p>
<table cellpadding="8" style="border:1px solid #e1e1e1;width:100%"><tr><td>&#128196;</td>
<td><b>Remittance_Advice_SR-PO-260311.pdf</b><br><span style="color:#666">Kessler Messtechnik GmbH</span></td></tr></table>
<p style="color:#666;font-size:12px">This link will work for anyone at seiran-elec.example.</p>
<p><a href="{link}" style="background:#0f6cbd;color:#fff;padding:10px 22px;text-decoration:none">Open</a></p>
<p style="font-size:11px;color:#999">Privacy Statement</p></div>""", "en", "Segoe UI, sans-serif")
add(Msg(
    f, "phishing", "document-share", "en",
    ("A 'file shared with you' notification naming the real supplier contact Tobias Wendt and the real order "
     "number, sent from a bulk sender on sharefile-notify.example (SPF/DKIM pass for it, no DMARC record); "
     "the Open button leads to a credential page on sharefile-online.example. Asks for a login, not money."),
    when=when, frm=("Tobias Wendt (via ShareFile)", "no-reply@sharefile-notify.example"), to=[ishida.en_addr()],
    subject="Tobias Wendt shared \"Remittance_Advice_SR-PO-260311.pdf\" with you",
    body=M.alt(K.plain(text, "UTF-8", "quoted-printable"), K.html(html)),
    route=R.bulk(f, when, ishida.email, "out-07.sharefile-notify.example", "203.0.113.97", tz=R.UTC,
                 pickup_host="app-02.sharefile-notify.example"),
    auth=R.Auth("pass", "bounce.sharefile-notify.example", "pass", "sharefile-notify.example", "none",
                "sharefile-notify.example", None),
    return_path=f"bounce+{tok(f, 10, HEX)}@bounce.sharefile-notify.example",
    mid=K.mid_uuid(f, "sharefile-notify.example"), date_tz=R.UTC))


# ------------------------------------------------------------------ phishing-03: parcel redelivery, IP URL
f = "phishing-03-parcel-redelivery-ip-url-ja.eml"
when = jst(2026, 2, 3, 12, 47, 5)
mori = P("mori")
text = f"""お客様宛にお荷物のお届けにあがりましたが、宛先不明のため持ち帰りました。

お問い合わせ送り状番号：3618-2207-4519

下記URLより再配達のご依頼とお届け先住所の確認をお願いいたします。
http://203.0.113.55/sgw/redeliver?no={tok(f, 10, LOWERNUM)}

※保管期限は本日より3日間です。期限を過ぎますと差出人様へ返送となります。
※本メールは送信専用です。

佐川急便株式会社"""
add(Msg(
    f, "phishing", "delivery-phishing", "ja",
    ("A '佐川急便' missed-delivery notice from sagawa-redelivery-info.example (SPF softfail, no DKIM, no "
     "DMARC record) with a redelivery link to a bare IP address; the page asks for address, phone and a card "
     "'re-delivery fee'. Plain ISO-2022-JP text."),
    when=when, frm=("佐川急便", "no-reply@sagawa-redelivery-info.example"), to=[mori.ja_addr()],
    subject="【佐川急便】お荷物お届けのお知らせ（不在・宛先不明）", body=K.plain(text),
    route=R.server(f, when, mori.email, "vm-2281.cheapcloud.example", "198.51.100.244", client=None,
                   helo="sagawa-redelivery-info.example", local_user=33),
    auth=R.Auth("softfail", "sagawa-redelivery-info.example", "none", None, "none",
                "sagawa-redelivery-info.example", None),
    mid=K.mid_std(f, when, "sagawa-redelivery-info.example")))


# ------------------------------------------------------------------ phishing-04: main bank look-alike
f = "phishing-04-main-bank-lookalike-certificate-renewal-ja.eml"
when = jst(2026, 3, 2, 8, 30, 2)
yoshida = P("yoshida")
link = f"https://www.shiokaze-bank-ib.example/corp/login?session={tok(f, 20, ALNUM)}"
text = f"""青嵐電子工業株式会社　御中

いつも「しおかぜ法人インターネットバンキング」をご利用いただき、誠にありがとうございます。

お客様の電子証明書の有効期限が近づいております。
また、2026年3月1日に、普段と異なる環境からのログインを検知いたしました。
お取引の安全のため、下記URLより本人確認と電子証明書の更新をお願いいたします。

{link}

本日17時までにお手続きが確認できない場合、お振込・外為等のお取引を一時的に制限させていただきます。

株式会社しおかぜ銀行
法人インターネットバンキング ヘルプデスク"""
html = page("<div style=\"max-width:600px;margin:0 auto;background:#fff;padding:24px;font-size:14px;line-height:1.8\">"
            "<div style=\"color:#005a9c;font-size:18px;font-weight:bold\">しおかぜ銀行</div><hr>"
            + "".join(f"<p>{K.esc(x)}</p>" if not x.startswith("https://") else
                      f"<p><a href=\"{x}\">【電子証明書の更新はこちら】</a></p>" for x in text.split("\n") if x)
            + "</div>")
add(Msg(
    f, "phishing", "bank-impersonation", "ja",
    ("Imitates the organisation's main bank (shiokaze-bank.example, on the vendor list) from "
     "shiokaze-bank-ib.example: certificate renewal plus 'unusual login', transactions restricted at 17:00; "
     "the link goes to the look-alike. SPF pass for the look-alike, no DKIM, no DMARC record."),
    when=when, frm=("しおかぜ銀行", "ib-support@shiokaze-bank-ib.example"), to=[yoshida.ja_addr()],
    subject="【しおかぜ銀行】電子証明書の更新および本人確認のお願い", hcs=("UTF-8", "B"),
    body=M.alt(K.plain(text, "UTF-8", "base64"), K.html(html, "UTF-8", "base64")),
    route=R.server(f, when, yoshida.email, "mail.shiokaze-bank-ib.example", "203.0.113.62", client=None,
                   local_user=48),
    auth=R.Auth("pass", "shiokaze-bank-ib.example", "none", None, "none", "shiokaze-bank-ib.example", None),
    mid=K.mid_std(f, when, "shiokaze-bank-ib.example")))


# ------------------------------------------------------------------ phishing-05: e-signature lure, HTML only
f = "phishing-05-esign-payment-authorization-html-en.eml"
when = jst(2026, 4, 22, 0, 14, 30)   # Tuesday 08:14 in San Jose
reyes = P("reyes")
link = f"https://esign-review.example/Signing/EmailStart?a={tok(f, 8, HEX)}-{tok(f + 'b', 4, HEX)}-{tok(f + 'c', 12, HEX)}"
html = page(f"""<div style="max-width:560px;margin:20px auto;background:#fff;font-family:Helvetica,Arial,sans-serif">
<div style="background:#1e4ca1;color:#fff;padding:28px;text-align:center;font-size:16px">
Finance Department sent you a document to review and sign.<br><br>
<a href="{link}" style="background:#ffc423;color:#333;padding:12px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></div>
<div style="padding:20px;font-size:14px;color:#333">
<p><b>Finance Department</b><br>accounts@seiran-elec.example</p>
<p>Michael,<br>Please review and sign the Q2 vendor payment authorization before 5 PM today.</p>
<p style="font-size:11px;color:#777">Do Not Share This Email<br>This email contains a secure link. Please do not share this email, link, or access code with others.</p>
</div></div>""", "en", "Helvetica, Arial, sans-serif")
add(Msg(
    f, "phishing", "esign-lure", "en",
    ("An e-signature 'review document' notice that claims the organisation's own finance department as "
     "sender in the body but comes from esign-notification.example (SPF/DKIM pass for it, no DMARC record). "
     "The button opens a credential page on esign-review.example. HTML only."),
    when=when, frm=("Finance Department via eSign", "dse-noreply@esign-notification.example"), to=[reyes.en_addr()],
    subject="Finance Department sent you \"Q2 Vendor Payment Authorization\" to review and sign",
    body=K.html(html, "UTF-8", "quoted-printable"),
    route=R.bulk(f, when, reyes.email, "mta3.esign-notification.example", "198.51.100.93", tz=R.UTC),
    auth=R.Auth("pass", "esign-notification.example", "pass", "esign-notification.example", "none",
                "esign-notification.example", None),
    mid=K.mid_uuid(f, "esign-notification.example"), date_tz=R.UTC))


# ------------------------------------------------------------------ phishing-06: voicemail, HTML attachment
f = "phishing-06-voicemail-html-attachment-login-form-en.eml"
when = jst(2026, 5, 26, 9, 55, 47)
tan = P("tan")
text = """You have a new voice message.

From: +65 6000 4417
Received: Tue, 26 May 2026 08:53 SGT
Duration: 00:47

The message is attached. Open the attachment to listen.

Seiran Asia Unified Messaging"""
form = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Sign in to your account</title></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;background:#f2f2f2">
<div style="width:360px;margin:80px auto;background:#fff;padding:36px">
<div style="font-size:22px;margin-bottom:16px">Sign in</div>
<p style="font-size:13px">Verify your account to play voice message VM-0526-0047.</p>
<form method="post" action="https://203.0.113.140/owa/auth/vm.php">
<input type="email" name="login" value="weiling.tan@seiran-asia.example" style="width:100%;margin:6px 0"><br>
<input type="password" name="passwd" placeholder="Password" style="width:100%;margin:6px 0"><br>
<input type="hidden" name="ref" value="{tok(f, 16, HEX)}">
<button type="submit" style="background:#0067b8;color:#fff;border:0;padding:8px 32px">Sign in</button>
</form></div></body></html>
"""
add(Msg(
    f, "phishing", "html-attachment", "en",
    ("'New voice message' with an HTML attachment that is a login form posting the password to a bare IP "
     "(203.0.113.140). Sender voicemail@seiran-asia-voice.example, a look-alike of the subsidiary's domain "
     "(SPF pass, no DKIM, no DMARC record)."),
    when=when, frm=("Voice Mail", "voicemail@seiran-asia-voice.example"), to=[tan.en_addr()],
    subject="Voice message from +65 6000 4417 (00:47)",
    body=M.Multi("mixed", [K.plain(text, "US-ASCII"),
                           M.Attachment(form.encode("utf-8"), "text/html", "VM-0526-0047_Play.htm")]),
    route=R.server(f, when, tan.email, "smtp.seiran-asia-voice.example", "198.51.100.118", client=None,
                   tz=R.SGT),
    auth=R.Auth("pass", "seiran-asia-voice.example", "none", None, "none", "seiran-asia-voice.example", None),
    mid=K.mid_std(f, when, "seiran-asia-voice.example"), date_tz=R.SGT))


# ------------------------------------------------------------------ phishing-07: mailbox quota, org look-alike
f = "phishing-07-mailbox-quota-org-lookalike-ja.eml"
when = jst(2026, 4, 9, 17, 42, 19)
nakagawa = P("nakagawa")
link = f"https://seiran-elec-support.example/owa/quota/verify.php?u={tok(f, 12, LOWERNUM)}"
text = f"""青嵐電子工業株式会社
情報システム部よりお知らせ

m-nakagawa@seiran-elec.example のメールボックス使用量が上限（50GB）の98%に達しました。
上限に達すると、新しいメールの送受信ができなくなります。

下記のリンクからサインインし、追加容量の申請を行ってください（所要時間：約1分）。
{link}

※本日中に申請が確認できない場合、受信メールは自動的に保留されます。

情報システム部 ヘルプデスク"""
add(Msg(
    f, "phishing", "credential-phishing", "ja",
    ("A 'mailbox almost full' notice in the name of the organisation's IT department from "
     "seiran-elec-support.example (a look-alike; SPF and DKIM pass for it, no DMARC record); the link is a "
     "credential page on the same look-alike. Shift_JIS body, ISO-2022-JP header."),
    when=when, frm=("情報システム部", "helpdesk@seiran-elec-support.example"), to=[nakagawa.ja_addr()],
    subject="【情報システム部】メールボックス容量超過のお知らせ", body=K.plain(text, "Shift_JIS", "base64"),
    route=R.server(f, when, nakagawa.email, "mail.seiran-elec-support.example", "203.0.113.133",
                   client=(None, "198.51.100.21")),
    auth=R.Auth("pass", "seiran-elec-support.example", "pass", "seiran-elec-support.example", "none",
                "seiran-elec-support.example", None),
    mid=K.mid_std(f, when, "seiran-elec-support.example")))


# ------------------------------------------------------------------ phishing-08: courier customs fee
f = "phishing-08-courier-customs-fee-card-en.eml"
when = jst(2026, 6, 2, 3, 21, 8)
park = P("park")
link = f"https://dhl-customs-payment.example/track/5528107734?ref={tok(f, 8, LOWERNUM)}"
text = f"""DHL Express

Your shipment 5528107734 is on hold at customs.

An import duty of USD 2.99 must be paid before the shipment can be released for delivery to:
Jason Park, San Jose, CA

Pay and schedule delivery: {link}

If payment is not received within 48 hours the shipment will be returned to the sender.

DHL Express - Excellence. Simply delivered."""
html = page(f"""<div style="max-width:580px;margin:0 auto;background:#fff">
<div style="background:#ffcc00;padding:16px;font-weight:bold;color:#d40511;font-size:20px">DHL Express</div>
<div style="padding:20px;font-size:14px">
<p>Your shipment <b>5528107734</b> is on hold at customs.</p>
<p>An import duty of <b>USD 2.99</b> must be paid before the shipment can be released for delivery to:<br>Jason Park, San Jose, CA</p>
<p><a href="{link}" style="background:#d40511;color:#fff;padding:10px 20px;text-decoration:none">Pay and schedule delivery</a></p>
<p style="font-size:12px;color:#666">If payment is not received within 48 hours the shipment will be returned to the sender.</p></div></div>""",
            "en", "Arial, sans-serif")
add(Msg(
    f, "phishing", "delivery-phishing", "en",
    ("A courier 'customs duty USD 2.99' notice from dhl-express-notice.example (SPF fail, no DKIM, no DMARC "
     "record), link to a card-payment page on dhl-customs-payment.example."),
    when=when, frm=("DHL Express", "noreply@dhl-express-notice.example"), to=[park.en_addr()],
    subject="Action required: shipment 5528107734 on hold - duty unpaid",
    body=M.alt(K.plain(text, "US-ASCII"), K.html(html)),
    route=R.server(f, when, park.email, "srv1.vpsnode.example", "192.0.2.177", client=None,
                   helo="dhl-express-notice.example", tz=R.UTC),
    auth=R.Auth("fail", "dhl-express-notice.example", "none", None, "none", "dhl-express-notice.example", None),
    mid=K.mid_std(f, when, "dhl-express-notice.example"), date_tz=R.UTC))
