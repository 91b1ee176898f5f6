"""Account compromise (bec): replies in real threads. bec-14, 15, 16 and 17
come from the vendors' real, authenticated mailboxes; bec-18 continues a real
thread from a look-alike domain; bec-19 comes from the Dutch subsidiary's own
finance mailbox, used through the organisation's webmail from outside."""
import banking as B
import company as C
import mail_vendor as MV
import threads as T
from local import (mk, jst, auth, via_webmail, via_m365, via_server, via_org_webmail, plain, mixed, pdf,
                   outlook_alt, R)

P = C.P
K = C.CONTACTS
ROK = C.V["rokko"]
BAY = C.V["bayside"]
FW = B.fullwidth


def _be_iban(bank3, acct7):
    first10 = bank3 + acct7
    chk = int(first10) % 97 or 97
    return B.iban("BE", f"{first10}{chk:02d}")


# ---------------------------------------------------------------- bec-14: 六甲トランスポート webmail at 02:47

F14 = "bec-14-compromise-rokko-webmail-0247-reply-new-futsu-no-phone-fullwidth-ja.eml"
W14 = jst(2026, 6, 3, 2, 47)
ACC14 = "8802315"


def bec14():
    c01 = MV.clean01()
    hist = T.hist_quoted_ja([T.R1, T.from_msg(c01, MV.T01)])
    text = f"""山本様

いつもお世話になっております。六甲トランスポートの河合です。
早々にご確認いただき、ありがとうございます。

大変申し訳ございません。先日お送りした請求書に記載の振込先
（須磨浦銀行 三宮支店 当座）は、現在、口座の名義変更手続き中のため、
6月中のご入金を受け付けることができなくなりました。

つきましては、5月分（請求番号 RT-2605-0318）のお支払いは、
下記の口座へお振込みいただけますでしょうか。

　銀行名　：しおかぜ銀行
　支店名　：神戸駅前支店（店番号 {FW('214')}）
　預金種目：普通
　口座番号：{FW(ACC14)}
　口座名義：ロッコウトランスポート（カ

差し替えの請求書は後日郵送いたします。
お振込み予定日がお決まりになりましたら、本メールにご返信ください。
なお、事務所の電話回線が工事中でつながりにくくなっておりますので、
ご連絡はメールにてお願いいたします。

よろしくお願いいたします。

株式会社六甲トランスポート 経理課
河合 千尋

{hist}"""
    rcpt = P("yamamoto").email
    return mk(F14, "bec", "account-compromise", "ja",
              "The drayage contractor's real mailbox, taken over: sent through its own webmail (Roundcube) at "
              "02:47 from an outside address, not from the office Outlook the vendor uses (clean-01); SPF, DKIM "
              "and DMARC pass. It replies in the real invoice thread (In-Reply-To AP's acknowledgement, References "
              "clean-01) two days after the invoice, drops the Cc, and moves the payment of the invoice already "
              "sent to a new 普通 account at another bank (full-width digits), holder written differently, "
              "'the phone line is under construction, email only'. The account ON FILE is only in the quoted "
              "history.",
              via_webmail(F14, W14, rcpt, K["kawai"][1], ROK.server, ROK.ip, ROK.webmail, "198.51.100.187"),
              when=W14, frm=K["kawai"], to=[P("yamamoto").ja_addr()], subject=T.R1.subject,
              body=plain(text, "UTF-8", "quoted-printable"), hcs=("UTF-8", "B"),
              in_reply_to=T.R1.mid, references=[c01.mid, T.R1.mid], accounts=[ACC14])


# ---------------------------------------------------------------- bec-15: Van Leeuwen tenant, factoring notice

F15 = "bec-15-compromise-vanleeuwen-tenant-0412-factoring-assignment-pt-iban-pdf-en.eml"
W15 = jst(2026, 6, 16, 11, 12)   # 04:12 CEST
IBAN15 = B.iban("PT", "0079" + "0001" + "18276305421" + "72")


def bec15():
    c03 = MV.clean03()
    hist = T.hist_outlook_en([T.V1, T.from_msg(c03, MV.T03)], tz=R.CEST, uk=True)
    text = f"""Dear Lotte,

Ahead of your payment run on Friday, please note the following.

With effect from 1 June 2026 Van Leeuwen Transport B.V. has assigned its trade receivables to
our factoring partner, Atlantico Trade Finance S.A. As a result, invoice VLT-2026-1184 and all
future invoices must be paid to the account of the factor:

Beneficiary: Atlantico Trade Finance S.A. re Van Leeuwen Transport B.V.
IBAN: {B.iban_print(IBAN15)}
BIC: ATFIPTPL

Payments made to our previous account after 15 June cannot be allocated and will be returned
by the bank, which would delay settlement. The notice of assignment is attached for your file.

Could you kindly confirm by return email that your vendor master has been updated, and the
value date of the payment? I am travelling this week with limited phone access, so email is
the best way to reach me.

Met vriendelijke groet / Kind regards,

Marloes de Graaf
Accounts Receivable
Van Leeuwen Transport B.V.

{hist}"""
    doc = pdf("Notice_of_Assignment_VanLeeuwen_Atlantico.pdf", [
        "NOTICE OF ASSIGNMENT OF RECEIVABLES", "To: Shiomi Logistics Europe B.V., Rotterdam",
        "Van Leeuwen Transport B.V. hereby notifies you that all present and future receivables",
        "have been assigned to Atlantico Trade Finance S.A. with effect from 1 June 2026.",
        "Only payments to the following account discharge your obligation:",
        f"IBAN {B.iban_print(IBAN15)}   BIC ATFIPTPL",
        "Rotterdam, 1 June 2026    signed: Directie Van Leeuwen Transport B.V."], "Notice of assignment")
    rcpt = P("jansen").email
    return mk(F15, "bec", "account-compromise", "en",
              "The Dutch haulier's real Exchange Online mailbox, taken over: all checks pass, but it is sent at "
              "04:12 Rotterdam time from an outside client address (X-Originating-IP), three days before the "
              "payment run AP announced in the thread. Reply in the real invoice thread (In-Reply-To AP's reply, "
              "References clean-03): a 'notice of assignment' to a factor, a Portuguese IBAN (valid checksum) "
              "instead of the IBAN on file, pressure ('payments to the previous account will be returned'), "
              "'confirm by return email', 'limited phone access'. PDF notice attached.",
              via_m365(F15, W15, rcpt, K["degraaf"][1], "EUR", client_ip="203.0.113.201", lang="en-GB",
                       attach=True, tz=R.CEST),
              when=W15, frm=K["degraaf"], to=[P("jansen").en_addr()], subject=T.V1.subject,
              body=mixed(outlook_alt(text, "UTF-8", "quoted-printable", "Calibri", "EN-GB"), doc),
              topic=MV.S03, hcs=("UTF-8", "Q"), in_reply_to=T.V1.mid, references=[c03.mid, T.V1.mid],
              accounts=[IBAN15])


# ---------------------------------------------------------------- bec-16: ベイサイド倉庫, SMTP AUTH at 23:41

F16 = "bec-16-compromise-bayside-smtp-auth-2341-replyto-yahoo-payment-date-ja.eml"
W16 = jst(2026, 6, 10, 23, 41)
RT16 = ("岩崎 由美", "iwasaki.bayside.keiri@yahoo.co.jp")


def bec16():
    text = f"""山本様

お世話になっております。ベイサイド倉庫 経理部の岩崎です。
先日はご確認いただき、ありがとうございました。

現在、弊社では経理システムの入替え作業を行っており、しばらくの間、
経理部宛のメールが正常に受信できない場合がございます。
大変お手数ですが、今後のご連絡は下記の臨時アドレス宛にお願いいたします。

　{RT16[1]}

また、5月分のお支払いにつきまして、お振込み予定日と、
御社の支払通知書の送付先をご教示いただけますでしょうか。
お振込先につきましては、新システムの稼働に伴い、あらためて
ご案内させていただく場合がございます。

何卒よろしくお願いいたします。

株式会社ベイサイド倉庫 経理部
岩崎 由美

{T.hist_quoted_ja([T.B3, T.B2])}"""
    rcpt = P("yamamoto").email
    return mk(F16, "bec", "account-compromise", "ja",
              "The Yokohama warehouse's real mailbox, taken over: its own MTA and domain (SPF, DKIM, DMARC pass), "
              "but submitted with SMTP AUTH at 23:41 from an outside address with a PHP mailer instead of the "
              "office's Becky! (clean-02, clean-12). Reply in the real May-invoice thread with a Reply-To on "
              "Yahoo! JAPAN ('temporary address while our accounting system is replaced'); asks for the payment "
              "date and where remittance advices go, and announces that the payee 'may be notified again': the "
              "groundwork for a bank change. No account yet.",
              via_server(F16, W16, rcpt, K["iwasaki"][1], BAY.server, BAY.ip, "203.0.113.158",
                         helo="localhost.localdomain", mailer="PHPMailer 6.9.1"),
              when=W16, frm=K["iwasaki"], to=[P("yamamoto").ja_addr()], reply_to=[RT16], subject=T.B3.subject,
              body=plain(text, "UTF-8", "base64"), hcs=("UTF-8", "B"),
              in_reply_to=T.B3.mid, references=T.refs(T.B2, T.B3))


# ---------------------------------------------------------------- bec-17: Pacific Crest tenant, exam hold

F17 = "bec-17-compromise-pacificcrest-thread-cbp-exam-prepay-new-aba-cc-outlook-en.eml"
W17 = jst(2026, 6, 22, 19, 40)   # 03:40 PDT
ROUT17, ACC17 = B.aba("11300060"), "5529017734"
CC17 = ("PCL Accounts", "pcl.accounts.dept@outlook.com")


def bec17():
    c11 = MV.clean11()
    hist = T.hist_outlook_en([T.P2, T.from_msg(c11, MV.T11.split("\n________________________________")[0]),
                              T.P1], tz=R.PDT)
    text = f"""Hi Murai-san,

Sorry for the bad news. CBP placed the container on hold for a tailgate exam this morning, so
we had to cancel tomorrow's delivery appointment with the consignee.

To get the container released from the exam station the exam fee, CES handling and terminal
demurrage have to be prepaid today. Total USD 8,940.00, see attached invoice.

As our operating account is under reconciliation with our bank this week, please wire to our
secondary account:

Bank: Lone Star Gulf Bank, Houston, TX
ABA routing: {ROUT17}
Account: {ACC17}
Beneficiary: Pacific Crest Logistics Inc.

Please send the wire copy to me and to our accounts team (cc) so we can release the box today.
Every additional day adds USD 385 in demurrage.

Best regards,

Jennifer Alvarez
Import Operations
Pacific Crest Logistics, Inc.

{hist}"""
    doc = pdf("PCL_CBP_Exam_Charges_SLK26-04417.pdf", [
        "Pacific Crest Logistics, Inc. - DEBIT NOTE", "HBL SLK26-04417  Container 1 x 40'HC",
        "CBP tailgate exam fee USD 2,150.00", "CES handling and transfer USD 3,710.00",
        "Terminal demurrage 8 days USD 3,080.00", "TOTAL DUE TODAY USD 8,940.00",
        f"Wire to: Lone Star Gulf Bank  ABA {ROUT17}  Acct {ACC17}"], "Debit note SLK26-04417")
    rcpt = P("murai").email
    return mk(F17, "bec", "account-compromise", "en",
              "The US agent's real Exchange Online mailbox, taken over: all checks pass, but it is sent at 03:40 "
              "Long Beach time from an outside client address (X-Originating-IP). It replies in the real "
              "shipment thread (References: pre-alert, clean-11, the export section's thanks) and contradicts it: "
              "clean-11 said CBP released the cargo on 6/18, now an 'exam hold' must be prepaid today to a "
              "'secondary account' (new ABA with a valid checksum, not the routing on file), with an outlook.com "
              "'accounts team' added in Cc and daily demurrage as pressure. PDF debit note.",
              via_m365(F17, W17, rcpt, K["alvarez"][1], "NAM", client_ip="198.51.100.64", attach=True, tz=R.PDT),
              when=W17, frm=K["alvarez"], to=[P("murai").en_addr()], cc=[CC17], subject=T.P2.subject,
              body=mixed(outlook_alt(text, "UTF-8", "quoted-printable", "Calibri", "EN-US"), doc),
              topic=T.P1.subject, hcs=("UTF-8", "Q"), in_reply_to=T.P2.mid,
              references=[T.P1.mid, c11.mid, T.P2.mid], accounts=[ROUT17, ACC17])


# ---------------------------------------------------------------- bec-18: ベイサイド倉庫 thread from a look-alike

F18 = "bec-18-compromise-bayside-thread-continued-from-souko-lookalike-interim-account-fullwidth-ja.eml"
W18 = jst(2026, 6, 22, 14, 5)
FROM18 = ("岩崎 由美", "iwasaki@bayside-souko.example")
ACC18 = "7103382"


def bec18():
    c02 = MV.clean02()
    text = f"""汐見ロジスティクス
経理部 山本様
（cc：横浜支店 工藤様）

いつも大変お世話になっております。ベイサイド倉庫 経理部の岩崎でございます。

先日ご案内いたしました新口座（横浜本牧信用金庫 山下町支店）につきまして、
信用金庫側の口座開設手続きに不備があり、現在、入金の受付ができない状態と
なっております。大変ご迷惑をおかけし、誠に申し訳ございません。

つきましては、6月末のお支払分（5月ご請求分 {FW('1,186,350')}円）に限り、
下記の口座へお振込みいただけますようお願い申し上げます。

　横浜セントラルネット銀行 法人営業部（店番号 {FW('003')}）
　普通預金 {FW(ACC18)}
　口座名義 カ）ベイサイドソウコ

7月以降のお支払いにつきましては、あらためてご案内いたします。
お手数ですが、お振込み手続きが完了しましたら、本メールにご返信ください。

株式会社ベイサイド倉庫 経理部
岩崎 由美
TEL 045-000-3380（代表）

{T.hist_quoted_ja([T.B1, T.from_msg(c02, MV.T02)])}"""
    rcpt = P("yamamoto").email
    a = auth("pass", FROM18[1], "none", None, "none", "bayside-souko.example", None)
    return mk(F18, "bec", "account-compromise", "ja",
              "Continues the real thread of the announced account change (In-Reply-To AP's confirmation call, "
              "References clean-02) from the look-alike bayside-souko.example (そうこ written 'souko' for the "
              "vendor's 'soko'), so the sender's domain differs from every quoted message; SPF passes for the "
              "look-alike, no DKIM, no DMARC record. Copies the vendor's mailer (Becky!), signature and Cc. "
              "'The new account cannot receive money yet, pay this month only to an interim account' at a net "
              "bank (full-width digits), although the vendor wrote that it never changes accounts by mail alone.",
              via_server(F18, W18, rcpt, FROM18[1], "mail.bayside-souko.example", "203.0.113.93",
                         "198.51.100.233", helo="DESKTOP-7QK2M4F", mailer="becky", a=a),
              when=W18, frm=FROM18, to=[P("yamamoto").ja_addr()], cc=[P("kudo").ja_addr()],
              subject="Re: " + MV.S02, body=plain(text), in_reply_to=T.B1.mid,
              references=[c02.mid, T.B1.mid], accounts=[ACC18])


# ---------------------------------------------------------------- bec-19: the subsidiary's own finance mailbox

F19 = "bec-19-compromise-internal-nl-finance-webmail-0318-intercompany-be-iban-replyto-lookalike-en.eml"
W19 = jst(2026, 7, 2, 3, 18)
IBAN19 = _be_iban("735", "0418862")
RT19 = ("Sanne de Vries", "sanne.devries@shiomi-eu-bv.example")


def bec19():
    text = f"""Dear Sakamoto-san,

Thank you. One update before you remit: following the group cash-pooling review our account
at Noordzee Handelsbank is being migrated and will not accept incoming payments from 6 July.

Please remit the EUR 48,000.00 for SLE-IC-2026-07 to our new account instead:

Bank: Banque Escaut Commerciale SA, Antwerpen
IBAN: {B.iban_print(IBAN19)}
BIC: BECOBEBB
Account holder: Shiomi Logistics Europe B.V.

Morita-san is aware. As we need the funds for our July VAT payment, could you bring the
payment forward to Friday 3 July? Kindly confirm by email once it is released; I am in
meetings all day tomorrow.

Kind regards,
Sanne

{T.hist_quoted_en([T.I2, T.I1], tz=R.CEST)}"""
    rcpt = P("sakamoto").email
    return mk(F19, "bec", "account-compromise", "en",
              "The Dutch subsidiary's finance manager's own mailbox (shiomi-eu.example, all checks pass, through "
              "the organisation's relay) used from outside through the organisation's webmail at 03:18 JST "
              "(20:18 in Rotterdam) from a foreign client address, not from a Rotterdam workstation. Reply in the "
              "real intercompany thread (References: her invoice, treasury's answer): the subsidiary's account "
              "'is being migrated', pay to a Belgian IBAN (valid checksum) instead, bring the payment forward, "
              "'the MD is aware', confirm by email. Reply-To goes to the look-alike shiomi-eu-bv.example.",
              via_org_webmail(F19, W19, rcpt, P("devries"), "203.0.113.45", "Roundcube Webmail/1.6.9"),
              when=W19, frm=P("devries").en_addr(), to=[P("sakamoto").en_addr()], reply_to=[RT19],
              subject=T.I2.subject, body=plain(text, "UTF-8", "quoted-printable", flowed=False),
              hcs=("UTF-8", "Q"), date_tz=R.CEST, in_reply_to=T.I2.mid, references=T.refs(T.I1, T.I2),
              accounts=[IBAN19])


def messages():
    return [bec14(), bec15(), bec16(), bec17(), bec18(), bec19()]
