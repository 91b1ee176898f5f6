"""BEC: account compromise. Replies in real vendor threads: from the vendor's
real, authenticated domain (a mailbox taken over), or continued from a
look-alike, or with a Reply-To elsewhere."""
import banking as B
import common as CM
import company as C
import mimeparts as M
import routes as R
import threads as T
from local import msg, own_server, m365, pdf, mixed, ip, Via
from message import jst

P = C.P
V = C.V
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ------------------------------------------------------------------ bec-14

q = T.SEALINE_INV
sl_text = """岩崎様

いつもお世話になっております。シーライン石油の片桐です。

先日お送りした4月分のご請求書（SO-2604-0127）につきまして、
弊社の取引銀行の変更に伴い、お振込先が変更となりました。
大変お手数ですが、5月29日のお支払いは下記の新口座へお願いいたします。

　こはく銀行　横浜駅前支店
　普通　8842107
　口座名義　カ）シーラインセキユ

はまなす銀行の口座は現在、手続きの関係で入金の確認ができない状態です。
訂正後の請求書は後日郵送いたします。

お手数ですが、お手続きの予定日をご返信いただけますと幸いです。

片桐"""

when = jst(2026, 5, 19, 2, 47, 3)
cip = "198.51.100.61"
v = V["sealine"]
r = R.webmail("bec-14", when, P("iwasaki").email, v.server, v.ip, v.webmail, cip)
add(msg("bec-14-compromise-sealine-reply-webmail-0247-bankchange-ja.eml", "bec", "account-compromise", "ja",
        "Reply in the real invoice thread of clean-01 (Re:, In-Reply-To, References, Roundcube-quoted "
        "history) from the fuel supplier's REAL mailbox on sealine-oil.example, SPF/DKIM/DMARC pass: the "
        f"clerk's account was taken over. Sent through the supplier's webmail at 02:47 from {cip}, not its "
        "office network; the CC of the original is dropped. The payee changes to a new 普通 account at "
        "another bank (8842107) for the invoice already sent; 'the old account cannot be credited'.",
        Via(r, R.aligned("sealine-oil.example", q.frm[1]), CM.mid_roundcube("bec-14", "sealine-oil.example")),
        when=when, frm=q.frm, to=[P("iwasaki").ja_addr()], subject="Re: " + q.subject,
        body=CM.plain(sl_text + "\n\n" + T.roundcube_ja(q), "UTF-8", "quoted-printable"),
        hcs=("UTF-8", "B"), in_reply_to=q.mid, references=T.refs(q),
        fields=[("User-Agent", "Roundcube Webmail/1.5.6")], accounts=["8842107"]))

# ------------------------------------------------------------------ bec-15

PT_IBAN = B.iban("PT", "0035" + "0412" + "00098173562" + "19")
vr_text = f"""Dear Mr Kawaguchi,

Thank you for your confirmation. Before your remittance run on 24 April,
please note that following our group restructuring our euro receivables
are now collected by our group treasury in Portugal. The Example
Noordbank account will no longer be credited, and payments sent there
will be rejected and returned less bank charges.

Kindly use the following details for invoice VR-2026-0318:

  Beneficiary:  Van Rijn Opslagsystemen B.V.
  Bank:         Example Atlantico S.A., Lisbon
  IBAN:         {B.iban_print(PT_IBAN)}
  BIC/SWIFT:    EXATPTPL
  Amount:       EUR 412,650.00

The revised invoice with the new bank details is attached. I have copied
our group finance controller, Mr Pieter Hoekstra, who will confirm
receipt on our side. Please confirm by return once your records are
updated.

{T.VANRIJN_SIG}"""

q = T.VANRIJN_INV_ACK
when = jst(2026, 4, 21, 23, 6, 50)
cip = "203.0.113.194"
body_text = vr_text + "\n\n" + T.outlook_en(q, R.CEST) + "\n\n" + T.outlook_en(T.VANRIJN_INV, R.CET)
hoekstra = ("Pieter Hoekstra", "p.hoekstra.finance@outlook.com")
add(msg("bec-15-compromise-vanrijn-thread-portugal-iban-new-cc-pdf-en.eml", "bec", "account-compromise",
        "en",
        "'RE:' in the real milestone-invoice thread of clean-03 (In-Reply-To the buyer's confirmation, "
        "References, full Outlook history, Thread-Index) from the conveyor maker's REAL mailbox on "
        "vanrijn-systems.example via Exchange Online (all pass, p=reject), sent at 16:06 CEST from "
        f"{cip} (X-Originating-IP). Three days before the payment run the IBAN changes to a Portuguese one "
        "'of our group treasury'; a revised PDF invoice carries it; an outlook.com 'group finance "
        "controller' is added in Cc.",
        m365("bec-15", when, P("kawaguchi").email, T.DEGRAAF[1], "EUR", client_ip=cip,
             p="reject"),
        when=when, date_tz=R.CEST, frm=T.DEGRAAF, to=[P("kawaguchi").en_addr()],
        cc=[P("maeda").en_addr(), hoekstra], subject="RE: " + T.VANRIJN_INV.subject,
        body=mixed(CM.plain(body_text, "US-ASCII"),
                   pdf(["Van Rijn Opslagsystemen B.V. - INVOICE VR-2026-0318 (revised)", "Date: 21-04-2026",
                        "Customer: Asanagi Logistics Co., Ltd., Yokohama, Japan",
                        "Milestone 2 of 4: mechanical completion (30%)   EUR 412,650.00",
                        "Bank: Example Atlantico S.A., Lisbon",
                        f"IBAN {B.iban_print(PT_IBAN)}   BIC EXATPTPL", "Reference: VR-2026-0318"],
                       "VR-2026-0318_revised.pdf", "Invoice VR-2026-0318 revised", "Microsoft Word")),
        in_reply_to=q.mid, references=T.refs(T.VANRIJN_INV, q),
        fields=[("Thread-Topic", T.VANRIJN_INV.subject), ("Thread-Index", CM.thread_index("bec-15")),
                ("Content-Language", "en-US")],
        accounts=[PT_IBAN]))

# ------------------------------------------------------------------ bec-16

q = T.HAMAKAZE_INV_APR
hold_text = """岩崎様

いつもお世話になっております。ハマカゼ運送の佐伯です。

4月分のお支払いの件で、急ぎご連絡いたします。
現在、弊社の取引口座について金融機関の確認手続きが入っており、
当面の間、入金を受け付けられない状態となっております。

つきましては、5月29日のお支払いは一旦保留としていただけますでしょうか。
新しいお振込先は、手続きが完了次第、このメールでご案内いたします。

社内でもまだ一部の者しか把握していない件ですので、弊社へのお電話での
お問い合わせはお控えいただき、本メールへご返信いただけますと幸いです。

ご迷惑をおかけして申し訳ございません。
よろしくお願いいたします。

佐伯"""

when = jst(2026, 5, 21, 22, 48, 36)
cip = "203.0.113.29"
v = V["hamakaze"]
add(msg("bec-16-compromise-hamakaze-payment-hold-no-phone-ja.eml", "bec", "account-compromise", "ja",
        "Reply (Re:, In-Reply-To, References, Becky!-quoted history) to the carrier's real April invoice, from "
        "the clerk's REAL mailbox on hamakaze-unso.example, SPF/DKIM/DMARC pass, but submitted by SMTP AUTH "
        f"from {cip} at 22:48 instead of the office PC. No account yet: it asks to put the payment ON HOLD, "
        "promises new details 'by this mail', and asks not to phone the company.",
        own_server("bec-16", when, P("iwasaki").email, q.frm[1], v.server, v.ip,
                   client=(None, cip, "[" + cip + "]"),
                   mid=CM.mid_becky("bec-16", when, "hamakaze-unso.example")),
        when=when, frm=q.frm, to=[P("iwasaki").ja_addr()], subject="Re: " + q.subject,
        body=CM.plain(hold_text + "\n\n" + T.becky_ja(q)), in_reply_to=q.mid, references=T.refs(q),
        fields=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")]))

# ------------------------------------------------------------------ bec-17

NEW_ABA_17 = B.aba("06101245")
q = T.PACHARBOR_STMT_ACK
hj_text = f"""Hi Hannah,

Thank you for the update, much appreciated. Before Friday's run, please
note we switched banks this month and the Harborline account is being
closed, so both invoices need to go to our new account instead:

  Bank:          Pacific Crest Community Bank
  Account name:  Pacific Harbor Drayage LLC
  ABA/routing:   {NEW_ABA_17}
  Account:       3309187764 (business checking)

I've attached the bank letter for your records. Please confirm once your
vendor file is updated so I can match the payments on our side.

Thanks,
Gloria Medina
Accounts Receivable | Pacific Harbor Drayage, LLC
Wilmington, CA | (555) 010-4477"""

when = jst(2026, 4, 16, 8, 41, 17)
lk = "pacharbor-drayage-llc.example"
frm = (T.MEDINA[0], "gmedina@" + lk)
body_text = hj_text + "\n\n" + T.outlook_en(q, R.PDT) + "\n\n" + T.outlook_en(T.PACHARBOR_STMT, R.PDT)
add(msg("bec-17-compromise-pacharbor-thread-continued-from-lookalike-llc-en.eml", "bec", "account-compromise",
        "en",
        "Continues the real statement thread of clean-04 five hours after the AP clerk's answer (RE:, "
        "In-Reply-To, References, full Outlook history with both real messages), but from the look-alike "
        "pacharbor-drayage-llc.example ('-llc' added): the sender's domain differs from every quoted "
        "message. New bank, routing and account for the two past-due invoices, 'bank letter' PDF. The "
        "look-alike passes SPF/DKIM/DMARC for itself.",
        own_server("bec-17", when, P("cole").email, frm[1], "mail." + lk, "203.0.113.233",
                   client=(None, ip("bec-17", "198.51.100"), "[" + ip("bec-17", "198.51.100") + "]"),
                   tz=R.PDT, selector="default", mid=CM.mid_outlook_desktop("bec-17", lk), style="outlook"),
        when=when, date_tz=R.PDT, frm=frm, to=[T.COLE], cc=[T.GRANT], subject="RE: " + T.PACHARBOR_STMT.subject,
        body=mixed(CM.plain(body_text, "US-ASCII"),
                   pdf(["Pacific Crest Community Bank", "Account verification letter",
                        "Account holder: Pacific Harbor Drayage LLC",
                        f"Routing number: {NEW_ABA_17}", "Account number: 3309187764 (business checking)",
                        "Opened: 04/02/2026", "This letter confirms the account is open and in good standing."],
                       "PHD_bank_letter.pdf", "Bank letter", "Microsoft Word")),
        in_reply_to=q.mid, references=T.refs(T.PACHARBOR_STMT, q),
        fields=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", CM.thread_index("bec-17"))],
        accounts=[NEW_ABA_17, "3309187764"]))

# ------------------------------------------------------------------ bec-18

NEW_ABA_18 = B.aba("12107393")
q = T.PACHARBOR_W9_A
w9_text = f"""Hi Melissa,

Following up on our vendor file update from March - we have since
completed our bank transition, so in addition to the W-9 please update our
ACH details below. The signed ACH authorization form on our letterhead is
attached.

  Bank:          Redwood Valley Bank
  Routing (ABA): {NEW_ABA_18}
  Account:       5520736614
  Type:          Business checking

This applies to all payments from today, including PHD-25016 due next
week. Please reply to confirm once it's done. I'm on the road this week
so email is the best way to reach me.

Ray Castillo
Controller, Pacific Harbor Drayage, LLC
(555) 010-4460"""

when = jst(2026, 5, 6, 3, 30, 25)
cip = "198.51.100.247"
body_text = w9_text + "\n\n" + T.outlook_en(q, R.PST) + "\n\n" + T.outlook_en(T.PACHARBOR_W9_Q, R.PST)
add(msg("bec-18-compromise-pacharbor-w9-thread-new-ach-replyto-gmail-en.eml", "bec", "account-compromise",
        "en",
        "'RE:' in the real W-9 thread from March (In-Reply-To, References, Outlook history) from the "
        "carrier controller's REAL mailbox on pacharbor-drayage.example via Exchange Online (all pass), "
        f"submitted from {cip}; Reply-To is a Gmail address with his name, so answers leave the thread. "
        "New routing and account 'for all payments from today', signed 'ACH authorization' PDF, 'on the "
        "road, email only'.",
        m365("bec-18", when, P("grant").email, T.CASTILLO[1], "NAM", client_ip=cip, p="quarantine"),
        when=when, date_tz=R.PDT, frm=T.CASTILLO, to=[T.GRANT],
        reply_to=[("Ray Castillo", "ray.castillo.phd@gmail.com")],
        subject="RE: " + T.PACHARBOR_W9_Q.subject,
        body=mixed(CM.plain(body_text, "US-ASCII"),
                   pdf(["PACIFIC HARBOR DRAYAGE, LLC", "ACH / DIRECT DEPOSIT AUTHORIZATION",
                        "Customer: Asanagi Logistics USA, Inc.", "Bank: Redwood Valley Bank",
                        f"Routing (ABA): {NEW_ABA_18}", "Account: 5520736614 (business checking)",
                        "Effective: 05/05/2026", "Authorized by: Ray Castillo, Controller"],
                       "PHD_ACH_Authorization_2026.pdf", "ACH Authorization", "Adobe Acrobat Pro")),
        in_reply_to=q.mid, references=T.refs(T.PACHARBOR_W9_Q, q),
        fields=[("Thread-Topic", T.PACHARBOR_W9_Q.subject), ("Thread-Index", CM.thread_index("bec-18")),
                ("Content-Language", "en-US")],
        accounts=[NEW_ABA_18, "5520736614"]))

# ------------------------------------------------------------------ bec-19

q = T.SEALINE_PRICE_A
gr_text = """川口様

お世話になっております。シーライン石油の大森です。

価格改定の件に関連して、もう一点ご連絡させてください。
6月納品分より、厚木構内給油の請求および入金管理を、関連会社の
シーラインエナジー株式会社へ移管することになりました。
つきましては、6月分以降のお支払いは下記口座へお願いいたします。

　あおい銀行　川崎支店　普通　4170586
　口座名義　シーラインエナジー（カ

お手数ですが、経理部のご担当者様へもお伝えいただけますでしょうか。
また、移管にあたり残高を照合したいので、5月分のお支払い予定日と
金額をご返信いただけると助かります。

移管チームの共通窓口を返信先に設定しておりますので、
そのままご返信ください。

よろしくお願いいたします。

--
株式会社シーライン石油 営業部
大森 俊也"""

when = jst(2026, 6, 2, 21, 15, 8)
cip = "203.0.113.77"
v = V["sealine"]
body_text = gr_text + "\n\n" + T.outlook_ja(q) + "\n\n" + T.outlook_ja(T.SEALINE_PRICE_Q)
add(msg("bec-19-compromise-sealine-price-thread-replyto-gmail-group-company-ja.eml", "bec",
        "account-compromise", "ja",
        "Follow-up in the real price-revision thread (Re:, In-Reply-To, References, Outlook-quoted history) "
        "from the supplier salesman's REAL mailbox on sealine-oil.example (all pass), submitted by SMTP AUTH "
        f"from {cip} at 21:15; Reply-To a Gmail 'shared desk' address, unlike the quoted messages. Billing "
        "'moves to a related company', new 普通 account in that company's name (4170586), and asks for the "
        "May payment date and amount.",
        own_server("bec-19", when, P("kawaguchi").email, T.OMORI[1], v.server, v.ip,
                   client=(None, cip, "[" + cip + "]"), selector="s2024",
                   mid=CM.mid_outlook_desktop("bec-19", "sealine-oil.example"), style="outlook"),
        when=when, frm=T.OMORI, to=[P("kawaguchi").ja_addr()],
        reply_to=[("大森 俊也", "sealine.energy.keiri@gmail.com")], subject="Re: " + T.SEALINE_PRICE_Q.subject,
        body=CM.plain(body_text), in_reply_to=q.mid, references=T.refs(T.SEALINE_PRICE_Q, q),
        fields=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", CM.thread_index("bec-19"))],
        accounts=["4170586"]))
