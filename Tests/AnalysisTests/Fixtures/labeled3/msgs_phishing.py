"""Phishing: credential lures, brand impersonation, look-alike login pages."""
import company as C
import mimeparts as M
import routes as R
from common import *
from message import Msg, jst

D = C.DOMAIN


def ph01():
    f = "phishing-01-m365-password-expiry-ja.eml"
    t = jst(2025, 10, 16, 8, 3, 11)
    k = P("komatsu")
    dom = "m365-account-notice.example"
    url = f"https://login.{dom}/common/oauth2/authorize?client_id=4765445b&login_hint={k.email}"
    text = ("Microsoft 365\n"
            "\n"
            f"{k.email} のパスワードは本日有効期限が切れます。\n"
            "\n"
            "引き続き同じパスワードを使用するには、24時間以内に以下のリンクから確認を行ってください。\n"
            "確認が行われない場合、メールボックスへのアクセスが制限され、受信メッセージが削除される可能性があります。\n"
            "\n"
            f"現在のパスワードを保持する: {url}\n"
            "\n"
            "このメッセージは wakaba-chem.example のメールシステムから自動送信されています。\n"
            "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052\n")
    h = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Segoe UI',Meiryo,sans-serif\">\n"
         "<table width=\"600\" style=\"border:1px solid #ddd\"><tr><td style=\"background:#0078d4;color:#fff;padding:12px\">"
         "<b>Microsoft 365</b></td></tr><tr><td style=\"padding:16px\">\n"
         f"<p><b>{k.email}</b> のパスワードは本日有効期限が切れます。</p>\n"
         "<p>引き続き同じパスワードを使用するには、24時間以内に以下のボタンから確認を行ってください。<br>"
         "確認が行われない場合、メールボックスへのアクセスが制限され、受信メッセージが削除される可能性があります。</p>\n"
         f"<p><a href=\"{esc(url)}\" style=\"background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none\">"
         "現在のパスワードを保持する</a></p>\n"
         "<p style=\"color:#888;font-size:9pt\">このメッセージは wakaba-chem.example のメールシステムから自動送信されています。<br>"
         "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>\n</td></tr></table></body></html>")
    body = M.alt(plain(text, "UTF-8", "base64"), html(h, cte="base64"))
    return Msg(f, "phishing", "credential-phishing", "ja",
               "Microsoft 365 password-expiry lure from m365-account-notice.example (SPF pass, no DKIM, no "
               "DMARC record); the button and the text link go to a look-alike login page on that domain with "
               "the victim's address as login_hint. Deadline and threat of deleted mail. UTF-8 base64, HTML "
               "with text alternative.",
               when=t, frm=("Microsoft 365 管理センター", "no-reply@" + dom), to=[("", k.email)],
               subject="【重要】パスワードの有効期限が本日切れます", body=body, hcs=("UTF-8", "B"),
               route=R.bulk(f, t, k.email, "mta2." + dom, "198.51.100.201", pickup_host="app01." + dom),
               auth=R.Auth("pass", "bounce@" + dom, "none", None, "none", dom, p=None),
               return_path="bounce@" + dom, mid=mid_std(f, t, dom))


def ph02():
    f = "phishing-02-esign-vendor-document-lure-en.eml"
    t = jst(2025, 10, 22, 22, 18, 40)
    fu = P("fujii")
    dom = "esign-envelope.example"
    url = "https://northwind-docs.esign-envelope.example/Signing/EmailStart.aspx?a=7f3e1c2b&etti=24&acct=wakaba"
    text = ("Sarah Whitfield sent you a document to review and sign.\n"
            "\n"
            "REVIEW DOCUMENT: " + url + "\n"
            "\n"
            "Sarah Whitfield\n"
            "s.whitfield@northwind-components.example\n"
            "\n"
            "Please review the updated remittance and supplier agreement for Wakaba Chemical Industries.\n"
            "\n"
            "Do Not Share This Email\n"
            "This email contains a secure link. Please do not share this email, link or access code with "
            "others.\n")
    h = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;background:#eaeaea\">\n"
         "<table align=\"center\" width=\"560\" style=\"background:#fff;padding:24px\"><tr><td>\n"
         "<div style=\"background:#1e4ca1;color:#fff;padding:24px;text-align:center\">"
         "<p style=\"font-size:16px\">Sarah Whitfield sent you a document to review and sign.</p>\n"
         f"<a href=\"{esc(url)}\" style=\"background:#ffc820;color:#000;padding:10px 24px;text-decoration:none\">"
         "REVIEW DOCUMENT</a></div>\n"
         "<p><b>Sarah Whitfield</b><br>s.whitfield@northwind-components.example</p>\n"
         "<p>Please review the updated remittance and supplier agreement for Wakaba Chemical Industries.</p>\n"
         "<p style=\"font-size:11px;color:#666\"><b>Do Not Share This Email</b><br>This email contains a secure "
         "link. Please do not share this email, link or access code with others.</p>\n"
         "</td></tr></table></body></html>")
    body = M.alt(plain(text, "US-ASCII", "7bit"), html(h))
    return Msg(f, "phishing", "brand-impersonation", "en",
               "E-signature brand lure 'via' a listed vendor's contact (Northwind's Sarah Whitfield named in "
               "the body, not the sender): sent from esign-envelope.example (SPF and DKIM pass for it, DMARC "
               "none) with the link on a subdomain of the same domain; 'do not share' the link. The vendor "
               "name is the bait; the goal is the login page.",
               when=t, frm=("Sarah Whitfield via eSign", "dse@" + dom), to=[fu.en_addr()],
               subject="Complete with eSign: Northwind Components - Supplier Agreement and Remittance Update.pdf",
               body=body, route=R.bulk(f, t, fu.email, "mail." + dom, "203.0.113.152", tz=R.UTC),
               auth=R.Auth("pass", "bounces@" + dom, "pass", dom, "none", dom, p=None),
               return_path="bounces@" + dom, mid=mid_uuid(f, dom), date_tz=R.UTC)


def ph03():
    f = "phishing-03-main-bank-lookalike-restriction-ja.eml"
    t = jst(2025, 11, 3, 20, 47, 9)
    fu = P("fujii")
    dom = "shiranami-bank-jp.example"
    url = f"https://ib.{dom}/biz/login?sid=8d21f04c&r=verify"
    text = ("【しらなみ銀行】お取引を一時的に制限しております\n"
            "\n"
            "若葉化学工業株式会社 様\n"
            "\n"
            "いつもしらなみ銀行法人インターネットバンキングをご利用いただき、誠にありがとうございます。\n"
            "\n"
            "お客さまの口座において、第三者による不正な振込の可能性がある取引を検知したため、\n"
            "お振込・お引出し等のお取引を一時的に制限させていただいております。\n"
            "\n"
            "制限を解除するには、下記URLよりログインのうえ、ご本人様確認をお願いいたします。\n"
            f"{url}\n"
            "\n"
            "※本日中にご確認いただけない場合、口座のご利用を停止させていただく場合がございます。\n"
            "\n"
            "株式会社しらなみ銀行\n"
            "法人インターネットバンキング サポートセンター\n")
    return Msg(f, "phishing", "bank-impersonation", "ja",
               "Impersonates the organisation's main bank (listed; real domain shiranami-bank.example) from "
               "the look-alike shiranami-bank-jp.example (no SPF record, no DKIM, no DMARC): 'transactions "
               "restricted', log in today to lift it, link to a login page on the look-alike. Contrast with "
               "the genuine bank notices among the clean messages. ISO-2022-JP.",
               when=t, frm=("しらなみ銀行", "info@" + dom), to=[fu.ja_addr()],
               subject="【しらなみ銀行】お取引制限のお知らせ（要ご本人様確認）", body=plain(text),
               route=R.server(f, t, fu.email, "vps-3321.hostline.example", "198.51.100.240"),
               auth=R.Auth("none", "info@" + dom, "none", None, "none", dom, p=None),
               mid=mid_std(f, t, "vps-3321.hostline.example"))


def ph04():
    f = "phishing-04-mailbox-quota-org-lookalike-en.eml"
    t = jst(2025, 11, 8, 1, 30, 22)
    k = P("walsh")
    dom = "wakaba-chem-it.example"
    shown = "https://mail.wakaba-chem.example/owa/"
    url = f"https://{dom}/owa/auth/logon.aspx?replaceCurrent=1&url={k.email}"
    text = ("Wakaba Chemical - IT Service Desk\n"
            "\n"
            f"Dear {k.en},\n"
            "\n"
            "Your mailbox has exceeded the storage limit (99.6 GB of 100 GB). You may not be able to send or "
            "receive new messages until you re-validate your mailbox.\n"
            "\n"
            f"Re-validate now: {shown} <{url}>\n"
            "\n"
            "Failure to re-validate within 48 hours will result in the suspension of your account.\n"
            "\n"
            "IT Service Desk\n"
            "Wakaba Chemical Industries Co., Ltd.\n")
    h = ("<html><body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n"
         "<p style=\"font-size:14pt;color:#2e7d32\"><b>Wakaba Chemical - IT Service Desk</b></p>\n"
         f"<p>Dear {k.en},</p>\n"
         "<p>Your mailbox has exceeded the storage limit (<b>99.6 GB of 100 GB</b>). You may not be able to send "
         "or receive new messages until you re-validate your mailbox.</p>\n"
         f"<p>Re-validate now: <a href=\"{esc(url)}\">{shown}</a></p>\n"
         "<p>Failure to re-validate within 48 hours will result in the suspension of your account.</p>\n"
         "<p>IT Service Desk<br>Wakaba Chemical Industries Co., Ltd.</p>\n</body></html>")
    body = M.alt(plain(text, "US-ASCII", "7bit"), html(h))
    return Msg(f, "phishing", "credential-phishing", "en",
               "Internal IT-desk lure from the look-alike wakaba-chem-it.example (SPF softfail, no DKIM, DMARC "
               "none): mailbox quota, 're-validate' within 48 hours. The HTML link text shows the real OWA "
               "address on wakaba-chem.example while the href goes to the look-alike.",
               when=t, frm=("IT Service Desk", "servicedesk@" + dom), to=[k.en_addr()],
               subject="Action required: mailbox storage limit reached", body=body,
               route=R.server(f, t, k.email, "mail.greenvale-dental.example", "203.0.113.77",
                              client=(None, "198.51.100.99", "[10.0.0.3]")),
               auth=R.Auth("softfail", "servicedesk@" + dom, "none", None, "none", dom, p="none"),
               mid=mid_std(f, t, "mail.greenvale-dental.example"), date_tz=R.CST)


def ph05():
    f = "phishing-05-delivery-failed-ip-url-ja.eml"
    t = jst(2025, 11, 9, 12, 14, 55)
    m = P("matsui")
    dom = "kuroneko-delivery-info.example"
    url = "http://203.0.113.87/yamato/redelivery/?id=KD72913064"
    text = ("ヤマト運輸株式会社\n"
            "\n"
            "お荷物のお届けについてお知らせします。\n"
            "\n"
            "本日お届け予定のお荷物について、住所不明のためお届けできませんでした。\n"
            "お問い合わせ伝票番号：4821-9930-6471\n"
            "\n"
            "再配達のお手続きは下記URLよりお願いいたします。\n"
            f"{url}\n"
            "\n"
            "保管期限：2025年11月11日\n"
            "保管期限を過ぎたお荷物は差出人様へ返送されます。\n"
            "\n"
            "※本メールは送信専用です。ご返信いただいてもお答えできません。\n")
    return Msg(f, "phishing", "delivery-phishing", "ja",
               "Parcel-carrier brand lure (ヤマト運輸 named) from kuroneko-delivery-info.example (SPF fail, no "
               "DKIM, DMARC fail p=none): 'undeliverable, address unknown', re-delivery link to a bare IP "
               "address (documentation range) over plain HTTP. ISO-2022-JP.",
               when=t, frm=("ヤマト運輸", "noreply@" + dom), to=[("", m.email)],
               subject="【ヤマト運輸】お荷物お届けのお知らせ", body=plain(text),
               route=R.server(f, t, m.email, "unassigned.hostline.example", "198.51.100.9"),
               auth=R.Auth("fail", "noreply@" + dom, "none", None, "fail", dom, p="none"),
               mid=mid_std(f, t, dom))


def ph06():
    f = "phishing-06-remittance-html-attachment-en.eml"
    t = jst(2025, 11, 12, 0, 26, 3)
    b = P("brooks")
    dom = "brightline-dental.example"
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Remittance Advice RA-20931</title></head>\n"
            "<body style=\"font-family:Segoe UI,Arial\">\n"
            "<div style=\"width:360px;margin:60px auto;border:1px solid #ccc;padding:24px\">\n"
            "<h3>Sign in to view the remittance advice</h3>\n"
            "<p>Because you are accessing sensitive payment information, please verify your email account.</p>\n"
            "<form method=\"POST\" action=\"https://secure-remit-portal.example/rcv/ra20931.php\">\n"
            f"<input type=\"email\" name=\"login\" value=\"{b.email}\" readonly><br>\n"
            "<input type=\"password\" name=\"passwd\" placeholder=\"Password\"><br>\n"
            "<button type=\"submit\">View document</button>\n</form>\n</div>\n</body></html>\n")
    text = ("Hello,\n"
            "\n"
            "Please find attached the remittance advice for payment RA-20931 (USD 48,260.00) released to your "
            "account today.\n"
            "\n"
            "Open the attached file to view the payment details.\n"
            "\n"
            "Regards,\n"
            "Accounts Payable\n")
    body = M.Multi("mixed", [plain(text, "US-ASCII", "7bit"),
                             M.Attachment(page.encode("utf-8"), "text/html", "Remittance_Advice_RA-20931.html")])
    return Msg(f, "phishing", "html-attachment", "en",
               "Sent from a compromised, unrelated small-business mailbox (brightline-dental.example; SPF, "
               "DKIM and DMARC pass) to the US controller: 'remittance advice' as an HTML attachment that "
               "opens a fake sign-in form, pre-filled with his address, posting the password to "
               "secure-remit-portal.example.",
               when=t, frm=("Accounts Payable", "office@" + dom), to=[b.en_addr()],
               subject="Remittance Advice RA-20931 - Payment Confirmation", body=body,
               route=R.server(f, t, b.email, "mail." + dom, "203.0.113.24",
                              client=(None, "198.51.100.16", "[10.0.0.50]"), tz=R.CST),
               auth=R.aligned(dom, "office@" + dom), mid=mid_outlook_desktop(f, dom), date_tz=R.CST,
               fields=[("X-Mailer", "Microsoft Outlook 16.0")], style="outlook")


def ph07():
    f = "phishing-07-ec-account-suspended-ja.eml"
    t = jst(2025, 11, 15, 6, 40, 48)
    on = P("onishi")
    dom = "amazon-co-jp-support.example"
    url = f"https://signin.{dom}/ap/signin?openid.return_to=account-verify&ref=nav_signin"
    text = ("Amazon.co.jp\n"
            "\n"
            "お客様のアカウントは一時的に停止されています\n"
            "\n"
            f"{on.ja} 様\n"
            "\n"
            "お客様のアカウントで、登録されているお支払い方法の確認ができませんでした。\n"
            "アカウントを引き続きご利用いただくには、お支払い情報を更新してください。\n"
            "\n"
            f"お支払い情報を更新する: {url}\n"
            "\n"
            "48時間以内に更新が確認できない場合、アカウントは永久に閉鎖され、ご注文はキャンセルされます。\n"
            "\n"
            "Amazon.co.jp カスタマーサービス\n")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-2022-jp\"></head>\n"
         "<body><div style=\"font-family:Meiryo,sans-serif;max-width:600px\">\n"
         "<p style=\"font-size:20px\"><b>Amazon.co.jp</b></p>\n"
         "<p style=\"color:#c00\"><b>お客様のアカウントは一時的に停止されています</b></p>\n"
         f"<p>{on.ja} 様</p>\n"
         "<p>お客様のアカウントで、登録されているお支払い方法の確認ができませんでした。<br>"
         "アカウントを引き続きご利用いただくには、お支払い情報を更新してください。</p>\n"
         f"<p><a href=\"{esc(url)}\" style=\"background:#f0c14b;padding:8px 20px;color:#111\">お支払い情報を更新する</a></p>\n"
         "<p>48時間以内に更新が確認できない場合、アカウントは永久に閉鎖され、ご注文はキャンセルされます。</p>\n"
         "<p>Amazon.co.jp カスタマーサービス</p>\n</div></body></html>")
    body = M.alt(plain(text), M.Text(h, "html", "ISO-2022-JP", "7bit"))
    return Msg(f, "phishing", "brand-impersonation", "ja",
               "Online-shop brand lure (Amazon.co.jp named) from amazon-co-jp-support.example (SPF pass, no "
               "DKIM, no DMARC record): 'account suspended', update payment details within 48 hours, link "
               "to a look-alike sign-in page. ISO-2022-JP text and HTML.",
               when=t, frm=("Amazon.co.jp", "account-update@" + dom), to=[on.ja_addr()],
               subject="お客様のAmazonアカウントは一時停止されています", body=body,
               route=R.bulk(f, t, on.email, "smtp1." + dom, "203.0.113.190"),
               auth=R.Auth("pass", "account-update@" + dom, "none", None, "none", dom, p=None),
               mid=mid_std(f, t, dom))


def ph08():
    f = "phishing-08-compromised-vendor-file-share-en.eml"
    t = jst(2025, 11, 19, 19, 55, 2)  # 10:55 GMT
    s = P("sakamoto")
    tom = ("Tom Hargreaves", "t.hargreaves@" + C.V["northwind"].domain)
    url = "https://northwind-components-my.filesharepoint-online.example/:b:/g/personal/t_hargreaves/EaR7x2Qm?e=login"
    text = ("Tom Hargreaves has shared a file with you\n"
            "\n"
            "Northwind_Price_List_2026_Wakaba.pdf\n"
            "\n"
            "Hi, please see the 2026 price list for your account. Sign in with your work account to open.\n"
            "\n"
            f"Open: {url}\n"
            "\n"
            "This link will work for anyone in Wakaba Chemical Industries Co., Ltd.\n"
            "\n"
            "Tom Hargreaves\n"
            "Key Account Manager - Asia Pacific\n"
            "Northwind Components Ltd.\n")
    h = ("<html><body style=\"font-family:'Segoe UI',sans-serif\">\n"
         "<table width=\"520\" style=\"border:1px solid #e1e1e1;padding:20px\"><tr><td>\n"
         "<p style=\"font-size:18px\">Tom Hargreaves has shared a file with you</p>\n"
         "<p>&#128196; <b>Northwind_Price_List_2026_Wakaba.pdf</b></p>\n"
         "<p>Hi, please see the 2026 price list for your account. Sign in with your work account to open.</p>\n"
         f"<p><a href=\"{esc(url)}\" style=\"background:#0f6cbd;color:#fff;padding:8px 18px;text-decoration:none\">Open</a></p>\n"
         "<p style=\"color:#666;font-size:12px\">This link will work for anyone in Wakaba Chemical Industries Co., Ltd.</p>\n"
         "</td></tr></table>\n"
         "<p>Tom Hargreaves<br>Key Account Manager - Asia Pacific<br>Northwind Components Ltd.</p>\n"
         "</body></html>")
    body = M.alt(plain(text, "US-ASCII", "7bit"), html(h))
    return Msg(f, "phishing", "credential-phishing", "en",
               "Credential phishing from a compromised vendor account: the listed vendor's REAL address "
               "t.hargreaves@northwind-components.example (SPF, DKIM, DMARC pass), but no payment request and "
               "no thread; a 'shared file' notice whose link goes to a look-alike file-sharing login "
               "(filesharepoint-online.example). Sent from an Outlook on the web session at 203.0.113.250. "
               "Labelled phishing because it harvests passwords, not money.",
               when=t, frm=tom, to=[s.en_addr()],
               subject="Tom Hargreaves shared \"Northwind_Price_List_2026_Wakaba.pdf\" with you", body=body,
               route=R.exchange_hybrid(f, t, s.email, C.V["northwind"].server, C.V["northwind"].ip,
                                       "nwc-exch01.corp.northwind-components.example", "10.20.4.11", tz=R.GMT),
               auth=R.aligned(C.V["northwind"].domain, tom[1], "quarantine"),
               mid=mid_exchange(f, "NWC-EXCH01", C.V["northwind"].domain), date_tz=R.GMT, style="outlook",
               fields=[("X-Originating-IP", "[203.0.113.250]")])


MESSAGES = [ph01, ph02, ph03, ph04, ph05, ph06, ph07, ph08]
