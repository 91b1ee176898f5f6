"""BEC: invoice fraud (look-alike or free-mail 'vendor') and account
compromise (a reply from the vendor's real, authenticated domain)."""
import banking as B
import company as C
import mimeparts as M
import routes as R
from common import *
from message import Msg, jst

D = C.DOMAIN
MID, MAR, CHI, NW, PV = (C.V[k] for k in ("midori", "marusei", "chigusa", "northwind", "pacific"))

# fraudulent accounts (all with valid checks)
LT_IBAN = B.iban("LT", "3880001245780136")
GB_IBAN_FRAUD = B.iban("GB", "HRBS20145373920518")
PL_IBAN = B.iban("PL", "195000012006047310350001")
ABA_LONESTAR = B.aba("11402195")
ABA_GULF = B.aba("11301937")


# the genuine October invoice of ミドリ物流 (clean-01), quoted in bec-12
MIDORI_INVOICE_TIME = jst(2025, 10, 28, 10, 5, 0)
MIDORI_INVOICE_MID = mid_std("midori-invoice-2510", MIDORI_INVOICE_TIME, MID.domain)
MIDORI_INVOICE_TEXT = ("若葉化学工業株式会社\n"
                       "経理部 小松様\n"
                       "\n"
                       "いつもお世話になっております。\n"
                       "株式会社ミドリ物流 経理部の加藤です。\n"
                       "\n"
                       "10月分（10月1日〜31日締め）のご請求書を添付にてお送りいたします。\n"
                       "ご請求金額：1,284,360円（税込）\n"
                       "お支払期日：2025年11月28日\n"
                       "お振込先：しらなみ銀行 港南支店 普通 3815527 カ）ミドリブツリユウ\n"
                       "\n"
                       "ご確認のほどよろしくお願いいたします。\n"
                       "\n"
                       "株式会社ミドリ物流 経理部 加藤\n")


# ================================================================ invoice fraud

def bec06():
    f = "bec-06-invoice-midori-lookalike-bankchange-ja.eml"
    t = jst(2025, 11, 4, 14, 22, 9)
    k = P("komatsu")
    look = "midori-butsuryuu.example"
    acct = "8765432"
    text = ("若葉化学工業株式会社\n"
            "経理部 小松 様\n"
            "\n"
            "いつも大変お世話になっております。\n"
            "株式会社ミドリ物流 経理部の加藤でございます。\n"
            "\n"
            "この度、弊社では取引銀行の見直しに伴い、\n"
            "11月ご請求分（10月締め）より、お振込先口座を下記の通り変更させていただくことになりました。\n"
            "お手数をおかけいたしますが、貴社お支払システムのご登録変更をお願い申し上げます。\n"
            "\n"
            "■新しいお振込先\n"
            "　銀行名　：東京あけぼの銀行\n"
            "　支店名　：新宿西口支店\n"
            "　預金種目：普通預金\n"
            "　口座番号：" + B.fullwidth(acct) + "\n"
            "　口座名義：カ）ミドリブツリユウ\n"
            "\n"
            "■旧お振込先（11月以降ご利用いただけません）\n"
            "　しらなみ銀行　港南支店　普通　" + B.fullwidth("3815527") + "\n"
            "\n"
            "なお、旧口座は月末をもって解約予定のため、\n"
            "既にお手続き済みのお支払いがございましたら、恐れ入りますがご一報ください。\n"
            "\n"
            "正式な変更届は追って郵送いたします。\n"
            "ご不明な点がございましたら、本メールへご返信ください。\n"
            "※担当者が外出していることが多いため、お電話ではなくメールでのご連絡をお願いいたします。\n"
            "\n"
            "何卒よろしくお願い申し上げます。\n"
            "\n"
            "━━━━━━━━━━━━━━━━━━━━\n"
            "株式会社ミドリ物流\n"
            "経理部　加藤 美幸\n"
            "〒236-0004 神奈川県横浜市金沢区福浦2-5-11\n"
            "TEL 045-000-1182　FAX 045-000-1183\n"
            "━━━━━━━━━━━━━━━━━━━━\n")
    return Msg(f, "bec", "invoice-fraud", "ja",
               "Impersonates the listed vendor 株式会社ミドリ物流 from the look-alike "
               "midori-butsuryuu.example (an extra 'u'; the real domain is midori-butsuryu.example). SPF "
               "passes for the look-alike, no DKIM, no DMARC record. 振込先口座変更: new account at "
               "東京あけぼの銀行 新宿西口支店 普通 8765432 (full-width digits) instead of the account on file "
               "(しらなみ銀行 港南支店 3815527, quoted as 'old'); 'reply by mail, not by phone'. ISO-2022-JP.",
               when=t, frm=("ミドリ物流　経理部　加藤", "m-kato@" + look), to=[k.ja_addr()],
               subject="【重要】振込先口座変更のお知らせ", body=plain(text),
               route=R.server(f, t, k.email, "mail." + look, "203.0.113.166",
                              client=(None, "198.51.100.144", "[10.8.0.6]")),
               auth=R.Auth("pass", "m-kato@" + look, "none", None, "none", look, p=None),
               mid=mid_outlook_desktop(f, look), accounts=[acct],
               fields=[("X-Mailer", "Microsoft Outlook 16.0")], style="outlook")


def bec07():
    f = "bec-07-invoice-northwind-lookalike-iban-pdf-en.eml"
    t = jst(2025, 11, 6, 18, 35, 44)  # 09:35 GMT
    fu = P("fujii")
    look = "northwind-cornponents.example"
    text = ("Dear Takumi,\n"
            "\n"
            "I hope this email finds you well.\n"
            "\n"
            "Please be advised that Northwind Components Ltd. has changed its banking arrangements "
            "following the consolidation of our group treasury. With immediate effect, all payments should "
            "be remitted to our new account below. Our previous account with Example Bank plc will no "
            "longer accept incoming transfers, and any payment sent there will be returned, which may delay "
            "settlement.\n"
            "\n"
            "Beneficiary: Northwind Components Ltd.\n"
            "Bank: Baltic Union Bank UAB, Vilnius\n"
            f"IBAN: {B.iban_print(LT_IBAN)}\n"
            "SWIFT/BIC: BLUNLT2X\n"
            "Reference: your invoice number\n"
            "\n"
            "Please find attached our letter confirming the change. Kindly update your vendor master data "
            "and confirm by return once done, together with the expected payment date for invoices "
            "NWC-24817 and NWC-24852 (GBP 38,412.60 in total), which are now past due.\n"
            "\n"
            "Many thanks for your prompt assistance.\n"
            "\n"
            "Kind regards,\n"
            "\n"
            "Sarah Whitfield\n"
            "Credit Control\n"
            "Northwind Components Ltd.\n"
            "Unit 4, Aire Valley Works, Leeds, United Kingdom\n")
    h = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
         "<p>Dear Takumi,</p>\n<p>I hope this email finds you well.</p>\n"
         "<p>Please be advised that Northwind Components Ltd. has changed its banking arrangements following "
         "the consolidation of our group treasury. With immediate effect, all payments should be remitted to "
         "our new account below. Our previous account with Example Bank plc will no longer accept incoming "
         "transfers, and any payment sent there will be returned, which may delay settlement.</p>\n"
         "<table style=\"border-collapse:collapse\">\n"
         "<tr><td><b>Beneficiary:</b></td><td>Northwind Components Ltd.</td></tr>\n"
         "<tr><td><b>Bank:</b></td><td>Baltic Union Bank UAB, Vilnius</td></tr>\n"
         f"<tr><td><b>IBAN:</b></td><td>{B.iban_print(LT_IBAN)}</td></tr>\n"
         "<tr><td><b>SWIFT/BIC:</b></td><td>BLUNLT2X</td></tr>\n"
         "<tr><td><b>Reference:</b></td><td>your invoice number</td></tr>\n</table>\n"
         "<p>Please find attached our letter confirming the change. Kindly update your vendor master data and "
         "confirm by return once done, together with the expected payment date for invoices NWC-24817 and "
         "NWC-24852 (GBP 38,412.60 in total), which are now past due.</p>\n"
         "<p>Many thanks for your prompt assistance.</p>\n"
         "<p>Kind regards,<br><br><b>Sarah Whitfield</b><br>Credit Control<br>Northwind Components Ltd.<br>"
         "Unit 4, Aire Valley Works, Leeds, United Kingdom</p>\n</body></html>")
    letter = M.pdf(["NORTHWIND COMPONENTS LTD.", "Unit 4, Aire Valley Works, Leeds, United Kingdom", "",
                    "6 November 2025", "", "To: Wakaba Chemical Industries Co., Ltd. - Accounts Payable", "",
                    "NOTIFICATION OF CHANGE OF BANK DETAILS", "",
                    "With immediate effect please remit all payments to:",
                    "Beneficiary: Northwind Components Ltd.", "Bank: Baltic Union Bank UAB, Vilnius",
                    f"IBAN: {B.iban_print(LT_IBAN)}", "SWIFT/BIC: BLUNLT2X", "",
                    "Payments to any other account will not be credited.", "",
                    "Sarah Whitfield, Credit Control"], "Change of bank details")
    body = M.Multi("mixed", [M.alt(plain(text, "UTF-8", "quoted-printable"), html(h)),
                             M.Attachment(letter, "application/pdf", "NWC_Change_of_Bank_Details.pdf")])
    return Msg(f, "bec", "invoice-fraud", "en",
               "Impersonates the listed vendor Northwind Components from northwind-cornponents.example "
               "('rn' for 'm'). The look-alike is fully set up: SPF, DKIM and DMARC pass for it. Asks to "
               "remit to a new Lithuanian IBAN (valid checksum) instead of the Example Bank plc IBAN on "
               "file, presses on 'past due' invoices; HTML with text alternative and a PDF letter that "
               "repeats the new IBAN.",
               when=t, frm=("Sarah Whitfield", "s.whitfield@" + look), to=[fu.en_addr()],
               subject="Updated remittance details - Northwind Components Ltd.", body=body,
               route=R.server(f, t, fu.email, "mail." + look, "198.51.100.191",
                              client=(None, "203.0.113.9", "[10.0.2.15]"), tz=R.GMT),
               auth=R.aligned(look, "s.whitfield@" + look), mid=mid_uuid(f, look),
               accounts=[LT_IBAN], date_tz=R.GMT, style="thunderbird",
               fields=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")])


def bec08():
    f = "bec-08-invoice-pacific-lookalike-ach-en.eml"
    t = jst(2025, 11, 7, 7, 52, 18)  # 16:52 CST on the 6th
    b = P("brooks")
    look = "pacificvalve-inc.example"
    acct = "6038814472"
    text = ("Hi Daniel,\n"
            "\n"
            "Hope your week is going well. Quick heads-up from our AR team: we have moved our operating "
            "account from First Harbor Bank to Lone Star Commerce Bank as part of our year-end banking "
            "review. Please update our ACH/wire instructions in your system before your next payment run:\n"
            "\n"
            "Bank name: Lone Star Commerce Bank\n"
            f"ABA routing: {ABA_LONESTAR}\n"
            f"Account number: {acct}\n"
            "Account type: Checking\n"
            "Account name: Pacific Valve and Pump Inc\n"
            "\n"
            "Please do NOT send any further payments to First Harbor, that account is being closed at the "
            "end of the month.\n"
            "\n"
            "We currently show invoices PVP-88213 ($24,118.40) and PVP-88240 ($9,875.00) open. Could you let "
            "me know when these are scheduled so I can update my manager?\n"
            "\n"
            "Our signed ACH authorization form with the new details is attached for your records.\n"
            "\n"
            "Thank you!\n"
            "Maria Lopez\n"
            "Accounts Receivable\n"
            "Pacific Valve & Pump Inc.\n")
    form = M.pdf(["PACIFIC VALVE & PUMP INC.", "ACH / WIRE REMITTANCE AUTHORIZATION", "",
                  "Payee: Pacific Valve and Pump Inc", "Bank: Lone Star Commerce Bank",
                  f"ABA routing number: {ABA_LONESTAR}", f"Account number: {acct}", "Account type: Checking",
                  "Effective: November 7, 2025", "", "Authorized signature: Maria Lopez, Accounts Receivable"],
                 "ACH authorization")
    body = M.Multi("mixed", [plain(text, "US-ASCII", "7bit"),
                             M.Attachment(form, "application/pdf", "PVP_ACH_Authorization_2025.pdf")])
    return Msg(f, "bec", "invoice-fraud", "en",
               "Impersonates the listed vendor Pacific Valve & Pump from pacificvalve-inc.example (added "
               "'-inc'; the real domain is pacificvalve.example). SPF pass, no DKIM, no DMARC record. New "
               "ACH details at another bank (ABA routing number with a valid check digit) instead of First "
               "Harbor Bank on file; 'do NOT send to First Harbor'; PDF form repeats them.",
               when=t, frm=("Maria Lopez", "mlopez@" + look), to=[b.en_addr()],
               subject="ACH update - Pacific Valve & Pump Inc. / open invoices", body=body,
               route=R.server(f, t, b.email, "smtp." + look, "198.51.100.77",
                              client=(None, "203.0.113.54", "WIN-J4Q7S0VB2LK"), tz=R.CST),
               auth=R.Auth("pass", "mlopez@" + look, "none", None, "none", look, p=None),
               mid=mid_outlook_desktop(f, look), accounts=[ABA_LONESTAR, acct], date_tz=R.CST, style="outlook",
               fields=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(f)),
                       ("Content-Language", "en-us")])


def bec09():
    f = "bec-09-invoice-marusei-freemail-toza-ja.eml"
    t = jst(2025, 11, 10, 11, 7, 36)
    y, u = P("yamamoto"), P("uchida")
    addr = "maruseikasei.keiri@gmail.com"
    acct = "1290477"
    text = ("若葉化学工業株式会社\n"
            "経理部 ご担当者様\n"
            "\n"
            "平素は格別のお引き立てを賜り、厚く御礼申し上げます。\n"
            "丸星化成株式会社 経理課でございます。\n"
            "\n"
            "現在、弊社メールサーバーの移行作業中のため、\n"
            "一時的に本アドレスより失礼いたします。\n"
            "\n"
            "10月分のご請求書を添付にて送付いたします。\n"
            "あわせて、弊社決済口座の変更に伴い、今回のお支払いより下記口座へお振込みくださいますよう\n"
            "お願い申し上げます。\n"
            "\n"
            "【お振込先】\n"
            "みずなぎネット銀行　法人営業部（支店番号：101）\n"
            f"当座預金　{acct}\n"
            "口座名義　マルセイカセイ（カ\n"
            "\n"
            "ご請求金額：2,948,700円（税込）\n"
            "お支払期日：2025年11月28日\n"
            "\n"
            "旧口座（東和みらい銀行 川崎支店）へのお振込みは、処理の都合上ご遠慮くださいますよう\n"
            "お願いいたします。\n"
            "ご確認のほど、何卒よろしくお願い申し上げます。\n"
            "\n"
            "丸星化成株式会社\n"
            "経理課\n")
    inv = M.pdf(["請求書", "若葉化学工業株式会社 御中", "請求番号 MS-2510-0384", "ご請求金額 2,948,700円（税込）",
                 "お支払期日 2025年11月28日", "お振込先 みずなぎネット銀行 法人営業部 当座 " + acct,
                 "口座名義 マルセイカセイ（カ", "丸星化成株式会社"], "請求書")
    body = M.Multi("mixed", [M.alt(plain(text, "UTF-8", "base64"),
                                   html(simple_html(text, "arial, sans-serif", "small"), cte="base64")),
                             M.Attachment(inv, "application/pdf", "請求書_若葉化学工業様_2025年10月分.pdf")])
    return Msg(f, "bec", "invoice-fraud", "ja",
               "A free-mail 'vendor': 丸星化成株式会社 経理課 on a Gmail address (authenticated for "
               "gmail.com), excuse 'mail server migration'. Invoice plus a new 当座 account at an "
               "online bank instead of the 東和みらい銀行 川崎支店 account on file; asks not to pay the old "
               "account. PDF invoice (Japanese file name, RFC 2231) repeats the new account. UTF-8 base64.",
               when=t, frm=("丸星化成株式会社 経理課", addr), to=[y.ja_addr()], cc=[u.ja_addr()],
               subject="請求書送付および振込先変更のご案内（丸星化成）", body=body, hcs=("UTF-8", "B"),
               route=R.gmail(f, t, y.email), auth=R.aligned("gmail.com", addr),
               mid=mid_gmail(f), accounts=[acct], style="gmail")


def bec10():
    f = "bec-10-invoice-chigusa-lookalike-pdf-only-ja.eml"
    t = jst(2025, 11, 11, 9, 31, 2)
    s, y = P("sakamoto"), P("yamamoto")
    look = "chigusa-housou.example"
    acct = "6302815"
    text = ("若葉化学工業株式会社\n"
            "購買部 坂本様\n"
            "\n"
            "いつもお世話になっております。\n"
            "千草包装の田村です。\n"
            "\n"
            "10月分の請求書をお送りいたします。\n"
            "添付のPDFをご確認ください。\n"
            "\n"
            "なお、今月分より振込先が変更となっております。\n"
            "詳細は請求書下部に記載しておりますので、経理ご担当の山本様にもご共有いただけますと幸いです。\n"
            "\n"
            "引き続きよろしくお願いいたします。\n"
            "\n"
            "株式会社千草包装\n"
            "業務部　田村 恵\n")
    inv = M.pdf(["請求書", "若葉化学工業株式会社 御中", "2025年10月分 ドラム缶・IBC容器・ラベル",
                 "ご請求金額 873,400円（税込）", "【お振込先変更のお知らせ】",
                 "ひまわりネット銀行 ダリア支店 普通 " + B.fullwidth(acct), "口座名義 カ）チグサホウソウ",
                 "Account: " + acct, "株式会社千草包装"], "請求書")
    body = M.Multi("mixed", [plain(text),
                             M.Attachment(inv, "application/pdf", "請求書_202510_若葉化学工業様.pdf")])
    return Msg(f, "bec", "invoice-fraud", "ja",
               "Impersonates the listed vendor 株式会社千草包装 from chigusa-housou.example (romanisation "
               "variant; the real domain is chigusa-hoso.example). SPF none, no DKIM, no DMARC. The body "
               "only says 'the payee changed this month, see the invoice'; the new account (ひまわりネット銀行 "
               "ダリア支店 普通 6302815) is only in the PDF. Sent to purchasing with accounts payable in Cc.",
               when=t, frm=("千草包装 田村", "tamura@" + look), to=[s.ja_addr()], cc=[y.ja_addr()],
               subject="請求書（2025年10月分）送付の件", body=body,
               route=R.server(f, t, s.email, "mail." + look, "203.0.113.99",
                              client=(None, "198.51.100.62", "[10.0.3.22]")),
               auth=R.Auth("none", "tamura@" + look, "none", None, "none", look, p=None),
               mid=mid_becky(f, t, look), accounts=[acct],
               fields=[("X-Mailer", "Becky! ver. 2.81.05 [ja]")])


def bec11():
    f = "bec-11-invoice-northwind-outlook-freemail-gb-en.eml"
    t = jst(2025, 11, 12, 19, 3, 27)  # 10:03 GMT
    fu, ha = P("fujii"), P("hara")
    addr = "northwind.accounts.uk@outlook.com"
    text = ("Dear Mr Fujii, Ms Hara,\n"
            "\n"
            "We are writing from our temporary address as our corporate mail system is under maintenance "
            "this week; kindly reply to this address only.\n"
            "\n"
            "Our account with Example Bank plc is currently subject to an annual compliance review and cannot "
            "receive funds until the review is completed. To avoid any delay, please arrange payment of the "
            "outstanding balance (GBP 38,412.60) to our alternative account:\n"
            "\n"
            "Account name: Northwind Components Ltd\n"
            "Bank: Harbourside Bank plc, London\n"
            "Sort code: 20-14-53\n"
            "Account no.: 73920518\n"
            f"IBAN: {GB_IBAN_FRAUD}\n"
            "BIC: HRBSGB2L\n"
            "\n"
            "Please send us the remittance advice once the payment has been made.\n"
            "\n"
            "Best regards,\n"
            "Accounts Department\n"
            "Northwind Components Ltd.\n")
    body = M.alt(plain(text, "UTF-8", "quoted-printable"), html(simple_html(text, "Calibri, sans-serif", "11pt")))
    return Msg(f, "bec", "invoice-fraud", "en",
               "A free-mail 'vendor': 'Northwind Components - Accounts' on outlook.com (authenticated for "
               "outlook.com), 'reply to this address only'. Asks to pay the balance to an 'alternative' UK "
               "account (sort code, account number and a checksum-valid GB IBAN at another bank) because "
               "the Example Bank account on file is 'under review'.",
               when=t, frm=("Northwind Components - Accounts", addr), to=[fu.en_addr(), ha.en_addr()],
               subject="Northwind Components Ltd - payment instructions for outstanding balance", body=body,
               hcs=("UTF-8", "Q"), route=R.outlook_consumer(f, t, fu.email, "NAM"),
               auth=R.aligned("outlook.com", addr), mid=mid_outlook_consumer(f, "NAM"),
               accounts=[GB_IBAN_FRAUD, "73920518"], date_tz=R.GMT, style="outlook",
               fields=[("Thread-Topic", "Northwind Components Ltd - payment instructions for outstanding balance"),
                       ("Thread-Index", thread_index(f)), ("Accept-Language", "en-GB"),
                       ("Content-Language", "en-GB")])


# ================================================================ account compromise

def bec12():
    f = "bec-12-compromise-midori-reply-bankchange-ja.eml"
    t_inv = jst(2025, 10, 28, 10, 5, 0)
    t_ack = jst(2025, 10, 30, 16, 22, 0)
    t = jst(2025, 11, 6, 3, 48, 51)
    k = P("komatsu")
    kato = ("加藤 美幸", "m-kato@" + MID.domain)
    mid_inv = MIDORI_INVOICE_MID
    mid_ack = mid_uuid(f + "ack", D)
    acct = "7014283"
    hist_inv = MIDORI_INVOICE_TEXT.rstrip("\n")
    hist_ack = ("株式会社ミドリ物流\n加藤様\n\n"
                "お世話になっております。若葉化学工業 経理部の小松です。\n"
                "10月分のご請求書、確かに受領いたしました。\n"
                "お支払いは11月28日（金）を予定しております。\n\n"
                "引き続きよろしくお願いいたします。\n小松\n\n"
                "2025-10-28 10:05 に 加藤 美幸 さんは書きました:\n" + quote(hist_inv))
    text = ("小松様\n"
            "\n"
            "いつもお世話になっております。ミドリ物流の加藤です。\n"
            "ご連絡ありがとうございます。\n"
            "\n"
            "大変申し訳ございませんが、1点ご連絡がございます。\n"
            "弊社メインバンクの変更に伴い、今回11月28日お支払い分より\n"
            "お振込先を下記口座へ変更させていただけますでしょうか。\n"
            "\n"
            "　銀行名：東京あけぼの銀行\n"
            "　支店名：横浜西口支店\n"
            "　種別　：普通\n"
            "　番号　：" + B.fullwidth(acct) + "\n"
            "　名義　：カ）ミドリブツリユウ\n"
            "\n"
            "しらなみ銀行の口座は現在入金の受付を停止しております。\n"
            "正式な書面は後日送付いたしますので、先にシステムのご登録変更をお願いできますと幸いです。\n"
            "お手数をおかけしますが、変更が完了しましたらご一報いただけますでしょうか。\n"
            "\n"
            "よろしくお願いいたします。\n"
            "\n"
            "-- \n"
            "株式会社ミドリ物流 経理部\n"
            "加藤 美幸\n"
            "TEL 045-000-1182\n"
            "\n"
            "2025-10-30 16:22 に 小松 大介 さんは書きました:\n" + quote(hist_ack) + "\n")
    return Msg(f, "bec", "account-compromise", "ja",
               "Reply in a real thread from the listed vendor's REAL address m-kato@midori-butsuryu.example; "
               "SPF, DKIM and DMARC pass. The quoted history (invoice with the on-file account, the AP "
               "clerk's acknowledgement) is genuine; the new text changes the payee to 東京あけぼの銀行 横浜西口支店 "
               "普通 7014283 (full-width digits) and says the on-file bank 'no longer accepts deposits'. Sent "
               "at 03:48 JST through the vendor's Roundcube webmail from 198.51.100.231 (X-Originating-IP). "
               "In-Reply-To/References present, subject 'Re:'.",
               when=t, frm=kato, to=[k.ja_addr()],
               subject="Re: 10月分ご請求書送付のご案内", body=plain(text, "UTF-8", "quoted-printable", flowed=False),
               hcs=("UTF-8", "B"),
               route=R.webmail(f, t, k.email, MID.server, MID.ip, MID.webmail, "198.51.100.231"),
               auth=R.aligned(MID.domain, kato[1]), mid=mid_roundcube(f, MID.domain),
               in_reply_to=mid_ack, references=[mid_inv, mid_ack], accounts=[acct],
               fields=[("User-Agent", "Roundcube Webmail/1.6.9"), ("X-Sender", kato[1])])


def bec13():
    f = "bec-13-compromise-northwind-payments-on-hold-en.eml"
    t0 = jst(2025, 11, 5, 0, 40, 0)   # 15:40 GMT on the 4th
    t1 = jst(2025, 11, 5, 11, 14, 0)
    t = jst(2025, 11, 5, 20, 2, 37)   # 11:02 GMT
    fu = P("fujii")
    sw = ("Sarah Whitfield", "s.whitfield@" + NW.domain)
    mid0 = mid_exchange(f + "0", "NWC-EXCH01", NW.domain)
    mid1 = mid_uuid(f + "1", D)
    subj = "Northwind Components - Statement of account October 2025"
    h0 = ("Dear Takumi,\n\nPlease find attached your statement of account as at 31 October 2025. Invoices "
          "NWC-24817 and NWC-24852 (GBP 38,412.60) fall due on 14 November.\n\nKind regards,\nSarah")
    h1 = ("Dear Sarah,\n\nThank you for the statement. We have scheduled invoices NWC-24817 and NWC-24852 "
          "(GBP 38,412.60) for payment on 14 November to your account with Example Bank plc as usual.\n\n"
          "Best regards,\nTakumi Fujii\nFinance Section, Accounting Department\n"
          "Wakaba Chemical Industries Co., Ltd.")
    text = ("Hi Takumi,\n"
            "\n"
            "Thank you for the remittance schedule.\n"
            "\n"
            "Before you release the payment, please hold all payments to our Example Bank account until "
            "further notice. Our finance director has asked us to put incoming funds on hold while we complete "
            "our annual audit, and the account is temporarily restricted. I will send you the details of the "
            "account to use shortly - please do not remit to the account on file in the meantime.\n"
            "\n"
            "Could you please confirm the total amount scheduled and the value date so that I can pass this on "
            "to our treasury team?\n"
            "\n"
            "Kind regards,\n"
            "Sarah\n"
            "\n"
            "Sarah Whitfield | Credit Control\n"
            "Northwind Components Ltd.\n"
            "T: +44 113 496 0718\n"
            "\n"
            + outlook_block_en(t1, who(fu.en, fu.email), who(*sw), "RE: " + subj, tz=R.GMT, uk=True) + "\n\n"
            + h1 + "\n\n"
            + outlook_block_en(t0, who(*sw), fu.en, subj, tz=R.GMT, uk=True) + "\n\n" + h0 + "\n")
    body = M.alt(plain(text, "US-ASCII", "7bit"), html(simple_html(text, "Calibri, sans-serif", "11pt")))
    return Msg(f, "bec", "account-compromise", "en",
               "Reply from the listed vendor's REAL address s.whitfield@northwind-components.example (SPF, "
               "DKIM, DMARC pass) in a genuine statement-of-account thread, quoted Outlook-style below. No "
               "new account yet: 'hold all payments to our Example Bank account', 'do not remit to the account "
               "on file', asks for the amount and value date. Sent through the vendor's Exchange from an "
               "Outlook on the web session at 203.0.113.250 (X-Originating-IP).",
               when=t, frm=sw, to=[fu.en_addr()], subject="RE: " + subj, body=body,
               route=R.exchange_hybrid(f, t, fu.email, NW.server, NW.ip, "nwc-exch01.corp.northwind-components.example",
                                       "10.20.4.11", tz=R.GMT),
               auth=R.aligned(NW.domain, sw[1], "quarantine"), mid=mid_exchange(f, "NWC-EXCH01", NW.domain),
               in_reply_to=mid1, references=[mid0, mid1], date_tz=R.GMT, style="outlook",
               fields=[("Thread-Topic", subj), ("Thread-Index", thread_index(f)),
                       ("X-Originating-IP", "[203.0.113.250]"), ("Content-Language", "en-GB")])


def bec14():
    f = "bec-14-compromise-marusei-replyto-nyukin-teishi-ja.eml"
    t0 = jst(2025, 11, 7, 17, 40, 0)
    t1 = jst(2025, 11, 10, 11, 3, 0)
    t = jst(2025, 11, 11, 6, 12, 44)
    y, u = P("yamamoto"), P("uchida")
    ya = ("山下 和也", "k.yamashita@" + MAR.domain)
    subj = "11月出荷分のご請求について"
    mid0 = mid_std(f + "0", t0, MAR.domain)
    mid1 = mid_uuid(f + "1", D)
    h0 = ("若葉化学工業株式会社\n購買部 内田様\n経理部 山本様\n\nいつもお世話になっております。丸星化成の山下です。\n"
          "11月出荷分（酢酸ブチル 16kL、アクリル樹脂 2.4t）のご請求は、月末締めにて12月初旬にお送りいたします。\n"
          "よろしくお願いいたします。\n\n丸星化成株式会社\n営業部　山下 和也")
    h1 = ("山下様\n（CC：内田）\n\nお世話になっております。若葉化学工業 経理部の山本です。\n"
          "承知いたしました。お支払いは従来通り、月末締め翌月末払いにて\n"
          "東和みらい銀行 川崎支店の口座へお振込みいたします。\n\nよろしくお願いいたします。\n山本")
    text = ("山本様\n"
            "（CC：内田様）\n"
            "\n"
            "いつも大変お世話になっております。丸星化成の山下です。\n"
            "\n"
            "急ぎのご連絡で恐縮です。\n"
            "現在、弊社の東和みらい銀行の口座が、システム移行の関係で入金停止となっております。\n"
            "11月末のお支払いにつきましては、現行口座へのお振込みを一旦お控えいただけますでしょうか。\n"
            "新しいお振込先は経理より改めてご案内いたします。\n"
            "\n"
            "また、社内のメールが不安定なため、\n"
            "本件のご返信は本メールにそのままご返信いただけますと助かります。\n"
            "\n"
            "お手数をおかけいたしますが、よろしくお願いいたします。\n"
            "\n"
            "丸星化成株式会社\n"
            "営業部　山下 和也\n"
            "\n"
            "-----Original Message-----\n"
            + outlook_block_ja(t1, who(y.ja, y.email), who(*ya), "RE: " + subj, who(u.ja, u.email)) + "\n\n"
            + h1 + "\n\n"
            "-----Original Message-----\n"
            + outlook_block_ja(t0, who(*ya), f"{who(u.ja, u.email)}; {who(y.ja, y.email)}", subj) + "\n\n"
            + h0 + "\n")
    return Msg(f, "bec", "account-compromise", "ja",
               "Reply from the listed vendor's REAL address k.yamashita@marusei-kasei.example (SPF, DKIM, DMARC "
               "pass), in a genuine thread quoted below, but with Reply-To on a free-mail address "
               "(marusei.yamashita@outlook.jp) that never appeared in the thread. 入金停止: asks to stop "
               "paying the on-file 東和みらい銀行 account, new account to follow. Submitted to the vendor's MTA "
               "with SMTP AUTH from 203.0.113.177 at 06:12 JST. ISO-2022-JP, Outlook-style quoting.",
               when=t, frm=ya, to=[y.ja_addr()], cc=[u.ja_addr()],
               reply_to=[("山下 和也", "marusei.yamashita@outlook.jp")],
               subject="RE: " + subj, body=plain(text),
               route=R.server(f, t, y.email, MAR.server, MAR.ip, client=(None, "203.0.113.177", "[10.0.0.4]")),
               auth=R.aligned(MAR.domain, ya[1]), mid=mid_outlook_desktop(f, MAR.domain),
               in_reply_to=mid1, references=[mid0, mid1], style="outlook",
               fields=[("Thread-Topic", M.subject_value(subj)), ("Thread-Index", thread_index(f)),
                       ("X-Mailer", "Microsoft Outlook 16.0")])


def bec15():
    f = "bec-15-compromise-pacific-shared-inbox-aba-en.eml"
    t0 = jst(2025, 11, 11, 0, 14, 0)  # 09:14 CST on the 10th
    t = jst(2025, 11, 11, 23, 51, 8)  # 08:51 CST
    b = P("brooks")
    ml = ("Maria Lopez", "mlopez@" + PV.domain)
    frm = ("Maria Lopez", "accounts@" + PV.domain)
    acct = "3390157720"
    mid_ml = mid_std(f + "ml", after(t0, hours=-72), PV.domain)
    mid0 = mid_uuid(f + "0", D)
    h_ml = ("Hi Daniel,\n\nAttached is our November statement. PVP-88213 and PVP-88240 are due on the 21st.\n\n"
            "Thanks,\nMaria")
    h0 = ("Hi Maria,\n\nThanks. Both invoices are in our Nov 21 payment run and will go out by ACH to your "
          "First Harbor account as usual.\n\nDaniel Brooks\nController\nWakaba Chemical America\n\n"
          + gmail_attr_en(after(t0, hours=-72), ml[0], ml[1], R.CST) + "\n" + quote(h_ml))
    text = ("Hi Daniel,\n"
            "\n"
            "Writing from our shared AR inbox since my laptop is in for repair.\n"
            "\n"
            "We have updated our remittance details. Effective immediately please direct all ACH and wire "
            "payments to:\n"
            "\n"
            "Beneficiary: Pacific Valve & Pump Inc.\n"
            "Bank: Gulf Coast Federal Bank\n"
            f"Routing (ABA): {ABA_GULF}\n"
            f"Account: {acct}\n"
            "Type: Business checking\n"
            "\n"
            "Our First Harbor account is on hold pending a review on the bank's side, so anything sent there "
            "will be rejected. Please confirm once updated, and let me know if the Nov 21 run can go to the new "
            "account.\n"
            "\n"
            "Thanks,\n"
            "Maria\n"
            "\n" + gmail_attr_en(t0, b.en, b.email, R.CST) + "\n" + quote(h0) + "\n")
    return Msg(f, "bec", "account-compromise", "en",
               "Reply from the listed vendor's REAL domain (SPF, DKIM, DMARC p=reject pass), but from "
               "accounts@pacificvalve.example while the quoted history is with mlopez@pacificvalve.example "
               "(same display name 'Maria Lopez'). Changes the ACH/wire details to another bank (ABA routing "
               "number with a valid check digit) and says the on-file First Harbor account is 'on hold'. "
               "Submitted with SMTP AUTH from 203.0.113.61.",
               when=t, frm=frm, to=[b.en_addr()], subject="Re: November statement - Pacific Valve & Pump",
               body=plain(text, "US-ASCII", "7bit"),
               route=R.server(f, t, b.email, PV.server, PV.ip, client=(None, "203.0.113.61", "[10.0.0.23]"), tz=R.CST),
               auth=R.aligned(PV.domain, frm[1], "reject"), mid=mid_outlook_desktop(f, PV.domain),
               in_reply_to=mid0, references=[mid_ml, mid0], accounts=[ABA_GULF, acct], date_tz=R.CST,
               style="default", fields=[("X-Mailer", "Microsoft Outlook 16.0")])


def bec16():
    f = "bec-16-compromise-chigusa-reply-pdf-sjis-ja.eml"
    t0 = jst(2025, 11, 7, 9, 12, 44)
    t1 = jst(2025, 11, 7, 13, 30, 5)
    t = jst(2025, 11, 13, 22, 41, 19)
    s = P("sakamoto")
    ta = ("田村 恵", "tamura@" + CHI.domain)
    mid0 = mid_becky(f + "0", t0, D)
    mid1 = mid_becky(f + "1", t1, CHI.domain)
    acct = "5188026"
    h0 = ("株式会社千草包装\n田村様\n\nお世話になっております。若葉化学工業 購買部の坂本です。\n"
          "200Lドラム缶（オープン）を追加で200本発注いたします。\n"
          "納期は11月20日（木）川崎工場着でお願いできますでしょうか。\n\n坂本")
    h1 = ("坂本様\n\nいつもお世話になっております。千草包装の田村です。\n"
          "ご発注ありがとうございます。200本、11月20日川崎工場着で手配いたしました。\n\n田村")
    text = ("坂本様\n"
            "\n"
            "いつもお世話になっております。千草包装の田村です。\n"
            "先日はご発注いただきありがとうございました。\n"
            "\n"
            "恐れ入りますが、弊社経理部より口座変更のご案内がございます。\n"
            "添付の「振込先口座変更のお知らせ」をご確認いただき、経理ご担当者様へお回しいただけますでしょうか。\n"
            "次回のお支払い分より新口座へのお振込みをお願いしております。\n"
            "\n"
            "新口座：ひまわりネット銀行　コスモス支店　普通　" + B.fullwidth(acct) + "\n"
            "名義　：カ）チグサホウソウ\n"
            "\n"
            "お手数ですがよろしくお願いいたします。\n"
            "\n"
            "田村\n"
            "\n"
            "On Fri, 7 Nov 2025 13:30:05 +0900\n"
            f"{ta[0]} <{ta[1]}> wrote:\n" + quote(h1) + "\n"
            ">\n"
            "> On Fri, 7 Nov 2025 09:12:44 +0900\n"
            f"> {s.ja} <{s.email}> wrote:\n" + quote(quote(h0)) + "\n")
    notice = M.pdf(["振込先口座変更のお知らせ", "若葉化学工業株式会社 御中", "2025年11月13日",
                    "平素より格別のご高配を賜り厚く御礼申し上げます。",
                    "弊社の振込先口座を下記の通り変更いたしましたのでお知らせいたします。",
                    "新口座 ひまわりネット銀行 コスモス支店 普通 " + acct, "口座名義 カ）チグサホウソウ",
                    "株式会社千草包装 経理部"], "振込先口座変更のお知らせ")
    body = M.Multi("mixed", [plain(text, "Shift_JIS", "base64"),
                             M.Attachment(notice, "application/pdf", "振込先口座変更のお知らせ.pdf")])
    return Msg(f, "bec", "account-compromise", "ja",
               "Reply in a genuine purchase-order thread (quoted Becky!-style with '>') from the listed "
               "vendor's REAL address tamura@chigusa-hoso.example; SPF, DKIM and DMARC pass. Asks to pass a "
               "'change of payee' notice to accounts payable: new account ひまわりネット銀行 コスモス支店 普通 5188026 "
               "(full-width in the text) instead of ひばり野信用金庫 on file, also in the attached PDF. Sent "
               "at 22:41 JST with SMTP AUTH from 198.51.100.118. Shift_JIS, base64.",
               when=t, frm=ta, to=[s.ja_addr()], subject="Re: ドラム缶 追加発注の件",
               body=body, hcs=("ISO-2022-JP", "B"),
               route=R.server(f, t, s.email, CHI.server, CHI.ip, client=(None, "198.51.100.118", "[10.0.0.7]")),
               auth=R.aligned(CHI.domain, ta[1]), mid=mid_becky(f, t, CHI.domain),
               in_reply_to=mid1, references=[mid0, mid1], accounts=[acct],
               fields=[("X-Mailer", "Becky! ver. 2.81.05 [ja]")])


def bec17():
    f = "bec-17-compromise-northwind-prepayment-replyto-pl-en.eml"
    t0 = jst(2025, 11, 14, 1, 10, 0)   # 16:10 GMT on the 13th
    t1 = jst(2025, 11, 14, 9, 26, 0)
    t = jst(2025, 11, 14, 18, 47, 3)   # 09:47 GMT
    s = P("sakamoto")
    tom = ("Tom Hargreaves", "t.hargreaves@" + NW.domain)
    subj = "PO 4512 - dosing pumps NP-40 x 6 - proforma invoice"
    mid0 = mid_exchange(f + "0", "NWC-EXCH01", NW.domain)
    mid1 = mid_uuid(f + "1", D)
    h0 = ("Hi Tsubasa,\n\nPlease find attached our proforma invoice PF-2291 for PO 4512 (6 x NP-40 dosing "
          "pumps, EUR 42,720.00). As agreed, 50% is payable in advance and the balance on delivery.\n\n"
          "Best regards,\nTom")
    h1 = ("Dear Tom,\n\nThank you. We confirm the order. Our finance team will arrange the 50% prepayment "
          "next week.\n\nBest regards,\nTsubasa Sakamoto\nPurchasing Section\nWakaba Chemical Industries")
    text = ("Hi Tsubasa,\n"
            "\n"
            "Thanks for confirming the order. Just a quick note before your finance team processes the "
            "prepayment: due to an ongoing review of our GBP account, we are currently receiving payments into "
            "our EUR account with our Polish banking partner. Please ask your finance colleagues to send the 50% "
            "prepayment (EUR 21,360.00) to:\n"
            "\n"
            "Account name: Northwind Components Ltd\n"
            f"IBAN: {B.iban_print(PL_IBAN)}\n"
            "BIC: VSTRPLPW\n"
            "Bank: Vistula Trade Bank S.A., Warsaw\n"
            "\n"
            "Once sent, please share the SWIFT copy (MT103) so we can release the pumps for dispatch this week.\n"
            "\n"
            "Best regards,\n"
            "Tom\n"
            "\n"
            "Tom Hargreaves\n"
            "Key Account Manager - Asia Pacific\n"
            "Northwind Components Ltd.\n"
            "\n"
            + outlook_block_en(t1, who(s.en, s.email), who(*tom), "RE: " + subj, tz=R.GMT, uk=True) + "\n\n"
            + h1 + "\n\n"
            + outlook_block_en(t0, who(*tom), s.en, subj, tz=R.GMT, uk=True) + "\n\n" + h0 + "\n")
    body = M.alt(plain(text, "US-ASCII", "7bit"), html(simple_html(text, "Calibri, sans-serif", "11pt")))
    return Msg(f, "bec", "account-compromise", "en",
               "Reply from the listed vendor's REAL address t.hargreaves@northwind-components.example (SPF, "
               "DKIM, DMARC pass) in a genuine purchase-order thread, with Reply-To on the look-alike "
               "northwind-components-uk.example. Redirects the 50% prepayment to a Polish EUR IBAN "
               "(checksum-valid) instead of the Example Bank IBAN on file; asks for the MT103. Outlook on the "
               "web session from 198.51.100.29 (X-Originating-IP).",
               when=t, frm=tom, to=[s.en_addr()], reply_to=[("Tom Hargreaves", "t.hargreaves@northwind-components-uk.example")],
               subject="RE: " + subj, body=body,
               route=R.exchange_hybrid(f, t, s.email, NW.server, NW.ip, "nwc-exch01.corp.northwind-components.example",
                                       "10.20.4.11", tz=R.GMT),
               auth=R.aligned(NW.domain, tom[1], "quarantine"), mid=mid_exchange(f, "NWC-EXCH01", NW.domain),
               in_reply_to=mid1, references=[mid0, mid1], accounts=[PL_IBAN], date_tz=R.GMT, style="outlook",
               fields=[("Thread-Topic", subj), ("Thread-Index", thread_index(f)),
                       ("X-Originating-IP", "[198.51.100.29]"), ("Content-Language", "en-GB")])


MESSAGES = [bec06, bec07, bec08, bec09, bec10, bec11, bec12, bec13, bec14, bec15, bec16, bec17]
