"""Data theft (bec-24 .. bec-28): executives' and managers' names asking for
personal data (マイナンバー, 基礎年金番号, BSN, jaaropgaven, private contact
lists), the customer list with rates, and the booking list that cargo
thieves need (container and seal numbers, gate-in times, truckers)."""
import company as C
import mimeparts as M
import routes as R
from local import (mk, jst, auth, via_gmail, via_m365, via_server, via_yahoo, plain, gmail_alt, outlook_alt)

P = C.P


# ---------------------------------------------------------------- bec-24: HR head on Gmail, マイナンバー

F24 = "bec-24-datatheft-hr-head-gmail-santei-kiso-mynumber-pension-all-staff-ja.eml"
W24 = jst(2026, 6, 29, 18, 20)
FROM24 = ("岡田 修", "okada.osamu.jinji@gmail.com")


def bec24():
    f = P("fujii")
    text = """藤井さん

お疲れさまです。岡田です。
外出先のため、個人のアドレスから失礼します。

算定基礎届の提出前に、社労士の先生に最終チェックをお願いすることになりました。
急ぎで申し訳ないのですが、本日中に、全従業員（横浜支店・物流センター含む）の
下記項目をExcelにまとめて、このアドレスに送ってもらえますか。

・氏名（フリガナ）、生年月日、住所
・基礎年金番号、マイナンバー
・4月から6月の報酬月額、標準報酬月額

先生とのやり取りは私の方で行いますので、ファイルにパスワードは不要です。
社内システムのアカウントが今ロックされていて、そちらからは見られない状態です。

よろしくお願いします。
岡田"""
    return mk(F24, "bec", "data-theft", "ja",
              "The HR head's name on Gmail (the real one is o-okada@shiomi-logi.example), 'out of the office, "
              "writing from a private address'; Gmail passes SPF, DKIM and DMARC. To the payroll clerk after hours: "
              "every employee's name, birth date, address, 基礎年金番号, マイナンバー and salary in an Excel file "
              "'today', for a social-insurance consultant, without a password, because 'my account is locked'.",
              via_gmail(F24, W24, f.email, FROM24[1]), when=W24, frm=FROM24, to=[f.ja_addr()],
              subject="算定基礎届の件（至急）", body=gmail_alt(text), hcs=("UTF-8", "B"))


# ---------------------------------------------------------------- bec-25: MD look-alike, customer list

F25 = "bec-25-datatheft-md-shiomi-euro-lookalike-customer-list-rates-data-room-en.eml"
W25 = jst(2026, 6, 30, 23, 50)   # 16:50 CEST
FROM25 = ("Wataru Morita", "wataru.morita@shiomi-euro.example")


def bec25():
    a_ = P("aoki")
    text = """Rina,

As discussed at management level, we are preparing a confidential due-diligence data room
for a potential strategic partner. I need the following from you by tonight, as the advisers
start their review tomorrow morning:

- our full customer list (company, contact person, e-mail and mobile number)
- current rate agreements per customer (ocean, air, trucking) and validity
- volumes per customer for 2025 and Q1-Q2 2026

An Excel export from the CRM is fine. Please send it to me directly and do not upload it to
SharePoint; access there is logged and the project is not known to the team yet.

Thanks,
Wataru

Wataru Morita
Managing Director
Shiomi Logistics Europe B.V."""
    return mk(F25, "bec", "data-theft", "en",
              "The Dutch MD's name and his real local part on the look-alike shiomi-euro.example ('euro' for "
              "'eu'), an Exchange Online tenant of the attacker (SPF, DKIM and DMARC pass for the look-alike). "
              "To the subsidiary's sales manager: the full customer list with contacts, mobile numbers, rate "
              "agreements and volumes 'by tonight' for a 'confidential data room', sent to him directly and not "
              "through the logged file share.",
              via_m365(F25, W25, a_.email, FROM25[1], "EUR", lang="en-GB", p="none", tz=R.CEST),
              when=W25, frm=FROM25, to=[a_.en_addr()], subject="Data room - customer list and rates (confidential)",
              body=outlook_alt(text, "US-ASCII", "7bit", "Calibri", "EN-GB"),
              topic="Data room - customer list and rates (confidential)", hcs=("UTF-8", "Q"))


def _squirrel(via, when, client_ip):
    """SquirrelMail on the attacker's server: the browser's address in its own hop."""
    via["route"].hops.append(f"Received: from {client_ip}{M.CRLF}"
                             f"        (SquirrelMail authenticated user k-sano){M.CRLF}"
                             f"        by mail.shiomi-iogi.example with HTTP;{M.CRLF}"
                             f"        {R.date(when, R.JST, False)}")
    return via


# ---------------------------------------------------------------- bec-26: sales director look-alike, bookings

F26 = "bec-26-datatheft-sales-director-l-for-i-lookalike-export-bookings-container-seal-eucjp-ja.eml"
W26 = jst(2026, 7, 3, 9, 35)
FROM26 = ("佐野 浩二", "k-sano@shiomi-iogi.example")


def bec26():
    m = P("murai")
    text = """村井課長

お疲れさまです。佐野です。

来週月曜の経営会議で、主要荷主別の出荷状況を報告することになりました。
7月6日から17日に神戸港から出航予定の輸出ブッキング全件について、
下記の項目を一覧にしてExcelで送ってください。

・荷主名、品名、インボイス金額
・本船名、コンテナ番号、シール番号
・CY搬入予定日時、搬入ターミナル
・ドレージ会社名、ドライバー名と携帯番号

本日中にお願いします。社内の共有フォルダではなく、このメールに直接添付してください。
資料は私がまとめますので、部長には送らなくて大丈夫です。

佐野"""
    a = auth("pass", FROM26[1], "pass", "shiomi-iogi.example", "none", "shiomi-iogi.example", None)
    return mk(F26, "bec", "data-theft", "ja",
              "The sales director's name and real local part on the look-alike shiomi-iogi.example ('i' for 'l' "
              "in logi), through a webmail on the attacker's server (SPF and DKIM pass for the look-alike, no "
              "DMARC record; the browser's address is in SquirrelMail's own Received hop), EUC-JP in base64 with EUC-JP encoded-words. To the export section head: every export "
              "booking of the next two weeks with cargo values, container and seal numbers, gate-in times and "
              "truckers' drivers and phones (what cargo thieves need), today, attached to the reply and not on the "
              "file share, bypassing the department head.",
              _squirrel(via_server(F26, W26, m.email, FROM26[1], "mail.shiomi-iogi.example", "203.0.113.187",
                                   "127.0.0.1", helo="localhost", mailer=None, a=a), W26, "198.51.100.14"),
              when=W26, frm=FROM26, to=[m.ja_addr()], subject="来週の経営会議資料（輸出ブッキング一覧）",
              body=plain(text, "EUC-JP", "base64"), hcs=("EUC-JP", "B"),
              fields=[("User-Agent", "SquirrelMail/1.4.23 [SVN]")])


# ---------------------------------------------------------------- bec-27: CFO on Gmail, jaaropgaven and BSN

F27 = "bec-27-datatheft-cfo-gmail-nl-jaaropgaven-bsn-iban-salary-register-en.eml"
W27 = jst(2026, 7, 6, 18, 15)    # 11:15 CEST
FROM27 = ("Takayuki Ito", "takayuki.ito.shiomi@gmail.com")


def bec27():
    v = P("vandenberg")
    text = """Dear Femke,

I am Takayuki Ito, Senior Managing Director in charge of administration at Shiomi Logistics
in Kobe. Morita-san may have mentioned that the group auditors are reviewing personnel costs
of all subsidiaries this month.

For the Rotterdam entity, could you please send me by tomorrow noon:

1. the 2025 jaaropgaven (annual statements) of all employees, as PDF
2. a salary register with name, date of birth, BSN, home address, IBAN and gross salary

I am writing from my private account because our corporate mail is restricted on my
current trip. Please send the files directly to this address and keep the request within HR.

Best regards,
Takayuki Ito
Shiomi Logistics Co., Ltd."""
    return mk(F27, "bec", "data-theft", "en",
              "The CFO's name on Gmail (SPF, DKIM, DMARC pass for gmail.com), 'corporate mail restricted on my "
              "trip'. To the Dutch subsidiary's HR manager: every employee's 2025 jaaropgave (the Dutch annual "
              "income statement, like a W-2) and a register with BSN (citizen service number), birth date, "
              "address, IBAN and salary, by tomorrow noon, sent to the private address, 'keep it within HR'.",
              via_gmail(F27, W27, v.email, FROM27[1]), when=W27, frm=FROM27, to=[v.en_addr()],
              subject="Group audit - personnel data Rotterdam", body=gmail_alt(text), hcs=("UTF-8", "B"),
              date_tz=R.CEST)


# ---------------------------------------------------------------- bec-28: vice president on Yahoo!, contacts

F28 = "bec-28-datatheft-vice-president-yahoo-katou-emergency-contacts-private-emails-ja.eml"
W28 = jst(2026, 7, 8, 12, 40)
FROM28 = ("加藤由紀子", "katou.yukiko.sl@yahoo.co.jp")


def bec28():
    mi = P("miura")
    text = """三浦さん

お疲れさまです。副社長の加藤です。
出張先からのため、個人のメールで失礼します。

安否確認システムの入れ替えについて、業者との打合せで急ぎ必要になりましたので、
全社員（オランダ法人の日本人駐在員を含む）の緊急連絡網のデータを送ってください。

項目は、氏名・所属・役職・携帯電話番号・私用メールアドレス・自宅住所です。
Excelのままで構いません。

本日の17時に業者と会うので、それまでにこのアドレスへお願いします。
岡田部長には私から伝えておきます。

加藤"""
    return mk(F28, "bec", "data-theft", "ja",
              "The vice president's name (加藤 由紀子, written 'katou' instead of the directory's 'Kato') on "
              "Yahoo! JAPAN mail through its webmail; SPF, DKIM and DMARC pass for yahoo.co.jp. 'On a business "
              "trip, writing from a private address'. To general affairs: every employee's mobile number, private "
              "e-mail address and home address (the raw material of the next lure wave) by 17:00 to this "
              "address, 'I will tell your manager myself'.",
              via_yahoo(F28, W28, mi.email, FROM28[1], "203.0.113.104"), when=W28, frm=FROM28,
              to=[mi.ja_addr()], subject="緊急連絡網のデータについて", body=plain(text))


def messages():
    return [bec24(), bec25(), bec26(), bec27(), bec28()]
