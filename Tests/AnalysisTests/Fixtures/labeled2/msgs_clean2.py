"""Clean hard negatives — part 2: auto-reply, calendar invite, internal notices, customer mail."""
import hops as H
from build import Spec, jst, auth, aligned, mid_generic
from mime import Text, Multi
from msgs_clean import internal
from org import P


def _auto_reply():
    f = "clean-08-auto-reply-en.eml"
    when = jst(2025, 6, 23, 17, 2, 33)
    rc = P("saito")
    body = """Thank you for your email.

I am out of the office until Monday, July 7, with limited access to email. For urgent matters regarding orders, deliveries or payments, please contact orders@nordhaven-tools.example or call our office on +49 40 0000 0000.

Best regards,
Lena Fischer
Key Account Manager APAC
Nordhaven Tools GmbH
"""
    return Spec(
        f, "clean", "auto-reply", "en",
        "Out-of-office auto-reply from a supplier (Auto-Submitted: auto-replied, null Return-Path, SPF on "
        "the HELO name, DKIM aligned). Mentions 'urgent' and 'payments'.",
        when=when, frm=("Lena Fischer", "lena.fischer@nordhaven-tools.example"),
        to=[("Ryo Saito", rc.email)], subject="Automatic reply: PO 4500123 delivery schedule",
        body=Text(body, charset="UTF-8", cte="7bit"),
        provider=H.server(f, when, rc.email, "mail.nordhaven-tools.example", "194.25.134.46", sel="nh1"),
        auth=dict(aligned("nordhaven-tools.example"), mfrom="mail.nordhaven-tools.example", helo=True),
        return_path="",
        extra=[("In-Reply-To", "<20250623165811.4C1A@example.net>"),
               ("Auto-Submitted", "auto-replied"),
               ("X-Auto-Response-Suppress", "All")],
        mid=mid_generic(f, when, "nordhaven-tools.example"))


ICS = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000052A1C3F0F3E4DB01
DTSTAMP:20250619T013000Z
DTSTART:20250703T010000Z
DTEND:20250703T020000Z
SUMMARY:Q3 supply review - Harborview / Aozora Seiki
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=James Carter:mailto:j.carter@harborview-instruments.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Takuya Mori:mailto:mori.takuya@example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Yumi Ikeda:mailto:ikeda.yumi@example.net
DESCRIPTION:Agenda: Q3 volumes\\, price review\\, payment terms for the new product line.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""


def _calendar():
    f = "clean-09-calendar-invite-en.eml"
    when = jst(2025, 6, 19, 10, 30, 0)
    to1, to2 = P("mori"), P("ikeda")
    text = """Hi Mori-san, Ikeda-san,

Let's use this slot for the Q3 supply review. Agenda: Q3 volumes, price review, and payment terms for the new product line.

Microsoft Teams meeting - join link will follow from our IT system.

Best,
James
"""
    return Spec(
        f, "clean", "meeting-invitation", "en",
        "Calendar invitation (text/calendar; method=REQUEST) from a customer's own domain via its Microsoft "
        "365 tenant; aligned auth. Mentions payment terms.",
        when=when, frm=("James Carter", "j.carter@harborview-instruments.example"),
        to=[("Takuya Mori", to1.email), ("Yumi Ikeda", to2.email)],
        subject="Invitation: Q3 supply review - Harborview / Aozora Seiki @ Thu Jul 3, 2025 10:00 - 11:00 (JST)",
        body=Multi("alternative", [Text(text, charset="UTF-8", cte="7bit"),
                                   Text(ICS, "calendar", charset="UTF-8", cte="7bit", params=["method=REQUEST"])]),
        provider=H.server(f, when, to1.email, "mail-sy4aus01on2102.outbound.protection.outlook.com",
                          "40.107.107.102", sel="selector1"),
        auth=aligned("harborview-instruments.example"),
        mid=mid_generic(f, when, "harborview-instruments.example"))


def _cfo_availability():
    rc = P("matsumoto")
    body = """松本さん

今、少し時間ありますか？
来期予算の件で5分だけ相談したいので、手が空いたら3階の小会議室まで来てください。

高橋
"""
    return internal(
        "clean-10-cfo-availability-internal-ja.eml", jst(2025, 6, 26, 14, 12, 8), "takahashi",
        [(rc.kanji, rc.email)], "少し時間ありますか", Text(body),
        "Genuine 'do you have a moment' from the real CFO's corporate address (internal hop, aligned auth); "
        "asks for an in-person meeting. Same wording as availability-probe BEC.",
        pc="192.0.2.64")


def _customer_urgent():
    f = "clean-11-customer-urgent-po-en.eml"
    when = jst(2025, 6, 20, 9, 48, 25)
    rc = P("ikeda")
    body = """Dear Ikeda-san,

URGENT - could you check whether PO 88213 (part no. AZ-5521, 1,200 pcs) can ship this week instead of July 15? Our line in Penang is running low and we would rather not stop it.

We are happy to pay for air freight; please add it to the invoice and keep the usual payment terms (net 60, your account on file).

A reply by end of day would be much appreciated.

Kind regards,
Priya Raman
Senior Buyer, Harborview Instruments
"""
    return Spec(
        f, "clean", "external", "en",
        "Genuine urgent request from a customer's own domain (aligned auth, Microsoft 365 outbound). "
        "'URGENT', 'pay', 'invoice', 'payment terms' but no change of bank details.",
        when=when, frm=("Priya Raman", "priya.raman@harborview-instruments.example"),
        to=[("Yumi Ikeda", rc.email)], subject="URGENT: PO 88213 - expedite request",
        body=Text(body, charset="UTF-8", cte="7bit"),
        provider=H.server(f, when, rc.email, "mail-sy4aus01on2095.outbound.protection.outlook.com",
                          "40.107.107.95", sel="selector1"),
        auth=aligned("harborview-instruments.example"),
        mid=mid_generic(f, when, "harborview-instruments.example"))


def _hr_quocard():
    body = """社員各位

人事部の木下です。
今年度の永年勤続表彰の記念品として、対象者の方にQUOカード（1万円分）を配付します。
対象者には各部門長経由で7月4日（金）までにお渡しします。
受領後は、総務部の受領確認シートへの記入をお願いします。

なお、人事部や役員がメールでギフトカードの購入やカード番号の送付をお願いすることはありません。
そのようなメールを受け取った場合は、返信せずに情報システム部（内線2100）へ連絡してください。

人事部 木下
"""
    return internal(
        "clean-12-hr-giftcard-notice-ja.eml", jst(2025, 6, 27, 10, 0, 44), "kinoshita",
        [("全社員", "all@example.net")], "【人事部】永年勤続表彰 記念品（QUOカード）の配付について", Text(body),
        "Genuine HR announcement to the all@ list (not in the directory) about gift cards given to staff; "
        "also warns about gift-card BEC. Internal hop, aligned auth.",
        kind="internal-announcement", pc="192.0.2.71")


def _chat_migration():
    body = """社員各位

情報システム部の前田です。
7月14日（月）より、社内連絡は社内チャット（LINE WORKS）に一本化します。
スマートフォンアプリの初回ログインは、社内ポータルに表示されるQRコードを読み取ってください。

手順書：https://intra.example.net/it/chat-migration

個人のLINEアカウントでのグループ作成や、メールでQRコードを送ることはありません。
不審な依頼を受けた場合は、情報システム部（内線2100）までご連絡ください。

情報システム部 前田
"""
    return internal(
        "clean-13-chat-migration-notice-ja.eml", jst(2025, 7, 1, 9, 15, 0), "maeda",
        [("全社員", "all@example.org")], "社内チャット（LINE WORKS）への移行のお知らせ", Text(body),
        "Genuine IT announcement (move internal communication to a chat tool, QR code login) sent to the "
        "all@ list on the second domain example.org; link on the intranet (intra.example.net). Internal hop, "
        "aligned auth.",
        kind="internal-announcement", pc="192.0.2.53")


def messages():
    return [_auto_reply(), _calendar(), _cfo_availability(), _customer_urgent(), _hr_quocard(), _chat_migration()]
