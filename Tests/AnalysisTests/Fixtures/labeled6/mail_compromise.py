"""bec-14 .. bec-19: account compromise and thread hijacking. The messages sit in
real vendor threads (In-Reply-To, References, quoted history); five come from
the vendor's real, authenticated domain, one continues a thread from a
look-alike domain."""
import banking as B
import common as Cm
import company as C
import local as L
import mimeparts as M
import routes as R
import threads as T
from local import jst, mk

P = C.P
FW = B.fullwidth
MI, HI, AL, CA = (C.V[k] for k in ("michinoku", "hibari", "albrecht", "carelink"))


def _rc_attr(dt, name):
    """Roundcube's Japanese attribution line."""
    d = dt.astimezone(R.JST)
    return f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d} に {name} さんは書きました:"


def _tb_attr(dt, name):
    """Thunderbird's Japanese attribution line."""
    d = dt.astimezone(R.JST)
    return f"{d.year}/{d.month:02d}/{d.day:02d} {d.hour}:{d.minute:02d} に {name} さんは書きました:"


def bec14():
    inv, ack = T.MICHI_INV, T.MICHI_ACK
    acct = "7048219"
    earlier = (ack["text"] + "\n\n-----Original Message-----\n"
               + Cm.outlook_block_ja(inv["when"], "小野寺 美紀 <m.onodera@michinoku-medical.example>",
                                     "佐々木 遥 <haruka.sasaki@ryokufukai.example>", inv["subject"],
                                     cc="熊谷 和也 <kazuya.kumagai@ryokufukai.example>")
               + "\n\n" + inv["text"])
    text = f"""佐々木様

いつもお世話になっております。
みちのくメディカル商事 営業管理課の小野寺でございます。

ご連絡いただいた2月分のお支払いにつきまして、大変申し訳ございません。
弊社メインバンク変更に伴い、お振込先が下記口座に変更となっております。
ご請求書の記載が旧口座のままとなっておりました。
3月31日のお支払いは、下記の口座へお願いいたします。

　銀行名：みなと未来銀行　仙台駅前支店
　種　別：普通
　口座番号：{FW(acct)}
　名　義：ミチノクメディカルショウジ（カ

旧口座（杜の都銀行）は3月中に解約予定のため、お振込みいただいても
組戻しとなりますのでご注意ください。

なお、担当の高橋は今週出張で不在にしており、電話がつながりにくい
状況です。本件のお問い合わせは本メールにてお願いいたします。

お手数をおかけしますが、ご対応のほどよろしくお願いいたします。

小野寺

{_rc_attr(ack['when'], '佐々木 遥')}
{Cm.quote(earlier)}"""
    return mk("bec-14-compromise-michinoku-webmail-0312-reply-bankchange-ja.eml", "bec", "account-compromise",
              "ja",
              "A reply from the supplies distributor's REAL, authenticated domain (SPF, DKIM, DMARC pass), written "
              "at 03:12 in its webmail from an outside address, in the thread of its February invoice (clean-01 and "
              "the AP clerk's acknowledgement, quoted): the invoice 'still showed the old account', pay into a 普通 "
              "account at another bank, the account on file 'will be closed', the sales rep cannot be phoned. "
              "UTF-8 quoted-printable.",
              via=L.webmail(MI.server, MI.ip, MI.webmail, "203.0.113.219"),
              when=jst(2026, 3, 4, 3, 12, 45), frm=T.ONODERA, to=[P("sasaki").ja_addr()],
              subject="Re: " + inv["subject"], hcs=("UTF-8", "B"),
              in_reply_to=ack["mid"], references=[inv["mid"], ack["mid"]],
              body=Cm.plain(text, "UTF-8", "quoted-printable"), accounts=[acct])


def bec15():
    inv, rep = T.ALB_INV, T.ALB_REPLY
    text = f"""Dear Ms. Sasaki,

Thank you for your reply.

Please put the payment of invoice AMT-RE-2026-0187 on hold for the time
being. Following our annual audit we are changing our banking
arrangements, and the account stated on the invoice will be closed
shortly. Please do not make any payment to that account.

We will send you the updated remittance details in a separate email in
the coming days. Kindly confirm by return email that the payment has
been put on hold.

Kind regards,

Katharina Vogt
Accounts Receivable
Albrecht Medizintechnik GmbH

{L.OUTLOOK_SEP}
{Cm.outlook_block_en(rep['when'], 'Haruka Sasaki <haruka.sasaki@ryokufukai.example>', 'Katharina Vogt <k.vogt@albrecht-medtech.example>', rep['subject'], tz=R.CET, uk=True)}

{rep['text']}

{L.OUTLOOK_SEP}
{Cm.outlook_block_en(inv['when'], 'Katharina Vogt <k.vogt@albrecht-medtech.example>', 'Haruka Sasaki <haruka.sasaki@ryokufukai.example>', inv['subject'], cc='Kenta Suzuki <kenta.suzuki@ryokufukai.example>', tz=R.CET, uk=True)}

{inv['text']}"""
    return mk("bec-15-compromise-albrecht-thread-payment-hold-new-details-to-follow-en.eml", "bec",
              "account-compromise", "en",
              "From the German vendor's REAL Exchange Online tenant (all pass) at 01:52 Freiburg time, logged in "
              "from an outside address (X-Originating-IP), in the thread of its real invoice (clean-03 and AP's "
              "reply, quoted): 'put the payment on hold', 'the account on the invoice will be closed', new details "
              "'in a separate email', confirm by reply. No account yet.",
              via=L.m365(AL.tenant, "EUR", client_ip="203.0.113.31", tz=R.CET),
              when=jst(2026, 2, 19, 9, 52, 7), frm=T.VOGT, to=[P("sasaki").en_addr()],
              subject="RE: " + inv["subject"], in_reply_to=rep["mid"], references=[inv["mid"], rep["mid"]],
              body=M.alt(Cm.plain(text, "US-ASCII"), Cm.html(Cm.simple_html(text, font="Calibri, sans-serif"))))


def bec16():
    inv, ack = T.HIBARI_INV, T.HIBARI_ACK
    acct = "3391054"
    earlier = (ack["text"] + "\n\n-----Original Message-----\n"
               + Cm.outlook_block_ja(inv["when"], "木村 恵 <kimura.megumi@hibari-kyushoku.example>",
                                     "菅原 大輔 <daisuke.sugawara@ryokufukai.example>", inv["subject"])
               + "\n\n" + inv["text"])
    text = f"""菅原様

いつもお世話になっております。
ひばり給食サービス経理の木村です。

4月分のお支払いの件でご連絡いたします。
先日ご案内いたしました北杜信用金庫の新しい口座ですが、法人口座の
開設手続きが長引いており、5月中は入金を受け付けられない状態です。
大変お手数ですが、今回の4月分に限り、下記の口座へお振込み
いただけますでしょうか。

　あさひ野ネット銀行　法人第二支店
　普通　{acct}
　名義　キムラ　メグミ

代表者の了承を得た、経理担当者名義の一時的な受取口座です。
入金確認後、弊社口座へ速やかに振り替えます。

また、経理部のメール環境を移行中のため、ご返信は本メールへの返信で
お願いいたします。5月29日のお支払い前に、ご対応可否だけでも
ご連絡いただけますと助かります。

株式会社ひばり給食サービス 経理
木村 恵

{_tb_attr(ack['when'], '菅原 大輔')}
{Cm.quote(earlier)}"""
    return mk("bec-16-compromise-hibari-smtp-auth-night-replyto-gmail-personal-account-ja.eml", "bec",
              "account-compromise", "ja",
              "From the meal contractor's REAL domain and server (SPF, DKIM, DMARC pass), submitted by SMTP AUTH "
              "from an outside address at 23:41 with a mail client the vendor does not use, Reply-To a Gmail "
              "address, in the thread of its April invoice (quoted): the announced new account (on file) 'cannot "
              "receive money yet', pay into an accountant's personal net-bank account 'this time only'.",
              via=L.server(HI.server, HI.ip, client=(None, "198.51.100.9", "[10.0.2.15]"), mid="thunderbird",
                           mailer="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 "
                                  "Thunderbird/128.6.0"),
              when=jst(2026, 5, 13, 23, 41, 19), frm=T.KIMURA, to=[P("sugawara").ja_addr()],
              reply_to=[("木村 恵", "hibari.keiri.office@gmail.com")], subject="RE: " + inv["subject"],
              in_reply_to=ack["mid"], references=[inv["mid"], ack["mid"]],
              body=Cm.plain(text), accounts=[acct])


def bec17():
    stmt, ans = T.CARE_STMT, T.CARE_ANS
    import mail_clean
    routing = B.aba("26107451")
    acct = "8820417736"
    text = f"""Hi Priya,

Thanks for confirming, much appreciated.

Before you release the April 10 run, please note that following our
bank's merger we have moved our receivables to a new treasury account.
Please use the updated ACH/wire details in the attached letter for both
INV-CL-24811 and INV-CL-25107 (USD 28,400.00 in total), and not the
routing number shown on the statement below.

Our AR phone line is being migrated this week, so email is the best way
to reach us. I've copied our AR team's backup mailbox, which we use
until the migration is complete.

Best,
Jordan

Jordan Ellis
Billing Specialist | Carelink Health Systems, Inc.

{L.OUTLOOK_SEP}
{Cm.outlook_block_en(ans['when'], 'Priya Raman <raman.priya@ryokufu-sg.example>', 'Jordan Ellis <jellis@carelink-ehr.example>', ans['subject'], tz=R.PDT)}

{ans['text']}

{L.OUTLOOK_SEP}
{Cm.outlook_block_en(stmt['when'], 'Jordan Ellis <jellis@carelink-ehr.example>', 'Priya Raman <raman.priya@ryokufu-sg.example>', stmt['subject'], tz=R.PDT)}

{mail_clean.CARE_STMT_TEXT}"""
    letter = L.pdf(["Carelink Health Systems, Inc.", "1200 NW Example Ave, Suite 400, Portland, OR 97209", "",
                    "April 7, 2026", "", "UPDATED REMITTANCE INSTRUCTIONS", "",
                    "Bank: Lakeshore Federal Savings Bank", f"ABA routing number: {routing}",
                    f"Account number: {acct}", "Account name: Carelink Health Systems, Inc.",
                    "SWIFT (international wires): LFSBUS31", "",
                    "These instructions replace all previous remittance details.",
                    "Controller, Carelink Health Systems, Inc."], "Carelink_Updated_Remittance_Instructions.pdf",
                   "Updated Remittance Instructions", producer="Microsoft: Print To PDF")
    return mk("bec-17-compromise-carelink-thread-new-aba-pdf-cc-outlook-backup-en.eml", "bec",
              "account-compromise", "en",
              "From the EHR vendor's REAL tenant (all pass) at 03:14 Portland time, logged in from an outside "
              "address, in the statement thread (clean-04 and finance's answer, quoted): 'do not use the routing "
              "number on the statement', a new ABA routing and account in a PDF for two invoices, the phone line "
              "'being migrated', and an outlook.com 'backup mailbox' newly in Cc.",
              via=L.m365(CA.tenant, "NAM", client_ip="198.51.100.190", tz=R.PDT),
              when=jst(2026, 4, 8, 19, 14, 36), frm=T.ELLIS, to=[P("raman").en_addr()],
              cc=[("Carelink AR", "carelink.ar.remit@outlook.com")],
              subject="RE: " + ans["subject"].replace("RE: ", "", 1), in_reply_to=ans["mid"],
              references=[stmt["mid"], ans["mid"]],
              body=M.Multi("mixed", [M.alt(Cm.plain(text, "US-ASCII"),
                                           Cm.html(Cm.simple_html(text, font="Aptos, sans-serif"))), letter]),
              accounts=[routing, acct])


def bec18():
    q, a = T.MICHI_PRICE_Q, T.MICHI_PRICE_A
    dom = "michinoku-medical-jp.example"
    acct = "5518302"
    text = f"""熊谷様
（CC：経理課 菅原様）

いつもお世話になっております。みちのくメディカル商事の高橋です。

先日の価格改定の件に関連しまして、もう一点ご案内がございます。
弊社では5月1日付で決済口座を集約することとなり、5月お支払い分
（4月納品分）より、お振込先を下記に変更させていただきます。

　銀行名　：ひかり総合銀行　仙台支店
　口座種別：普通
　口座番号：{FW(acct)}
　口座名義：カ）ミチノクメディカルショウジ

正式な変更届を添付いたします。経理ご担当の菅原様にもお送り
しておりますので、お手続きのほどよろしくお願いいたします。

みちのくメディカル商事 仙台営業所
高橋 涼

-----Original Message-----
{Cm.outlook_block_ja(a['when'], '高橋 涼 <r.takahashi@michinoku-medical.example>', '熊谷 和也 <kazuya.kumagai@ryokufukai.example>', a['subject'])}

{a['text']}

-----Original Message-----
{Cm.outlook_block_ja(q['when'], '熊谷 和也 <kazuya.kumagai@ryokufukai.example>', '高橋 涼 <r.takahashi@michinoku-medical.example>', q['subject'])}

{q['text']}"""
    form = L.pdf(["振込先変更届", "", "医療法人社団 緑風会 御中", "2026年4月20日", "",
                  "下記のとおり、お振込先を変更いたしますのでお届けいたします。", "",
                  "変更後 ひかり総合銀行 仙台支店 普通 " + FW(acct),
                  "口座名義 カ）ミチノクメディカルショウジ", "適用 2026年5月お支払い分より", "",
                  "株式会社みちのくメディカル商事 代表取締役"], "振込先変更届_みちのくメディカル商事.pdf", "振込先変更届")
    return mk("bec-18-compromise-michinoku-price-thread-continued-from-lookalike-jp-ja.eml", "bec",
              "account-compromise", "ja",
              f"The price-revision thread (purchasing's question and the sales rep's answer, quoted, both from "
              f"michinoku-medical.example) continued from {dom} (a '-jp' added), whose server has SPF softfail, "
              "no DKIM and no DMARC: the sender's domain differs from every quoted message. Adds AP in Cc and "
              "moves payments to a 普通 account at another bank (full-width digits, PDF form).",
              via=L.server("mail.michinoku-medical-jp.example", "198.51.100.75", client=(None, "203.0.113.130"),
                           auth=R.Auth("softfail", dom, "none", None, "none", dom, None)),
              when=jst(2026, 4, 20, 11, 3, 29), frm=("高橋 涼", f"r.takahashi@{dom}"),
              to=[P("kumagai").ja_addr()], cc=[P("sugawara").ja_addr()], subject="RE: " + q["subject"],
              in_reply_to=a["mid"], references=[q["mid"], a["mid"]],
              body=M.Multi("mixed", [Cm.plain(text), form]), accounts=[acct])


def bec19():
    q, a, conf = T.ALB_SVC_Q, T.ALB_SVC_A, T.ALB_SVC_CONF
    import mail_clean2
    prev = mail_clean2.clean11()
    iban = B.iban("PT", "003507120004826193754")
    text = f"""Dear Mr. Suzuki,

Thank you for confirming the dates. Mr. Kern's visit on 9-10 June is
scheduled.

I must apologise for an update from our side: after a review of the
tower 2 log files, our technical team has found that the light source
needs a complete replacement of the LS-400 module, which is not covered
by the maintenance contract. Under our new policy for overseas service
orders, finance requires a 50% prepayment before the part can be shipped
and the engineer dispatched.

  Proforma invoice:  PF-2026-0533 (attached)
  Prepayment (50%):  EUR 18,640.00
  Beneficiary:       Albrecht Medizintechnik GmbH
  IBAN:              {B.iban_print(iban)}
  BIC:               EXPTPTPL
  Reference:         PF-2026-0533

To keep the June slot, payment should be made by Friday. I have copied
Ms. Sasaki from your accounting team. Please reply to this email with
the transfer confirmation.

Best regards,

Lukas Brandt
Service Manager Asia-Pacific
Albrecht Medizintechnik GmbH

{L.OUTLOOK_SEP}
{Cm.outlook_block_en(conf['when'], 'Kenta Suzuki <kenta.suzuki@ryokufukai.example>', 'Lukas Brandt <l.brandt@albrecht-medtech.example>', conf['subject'], tz=R.CEST)}

{conf['text']}

{L.OUTLOOK_SEP}
{Cm.outlook_block_en(a['when'], 'Lukas Brandt <l.brandt@albrecht-medtech.example>', 'Kenta Suzuki <kenta.suzuki@ryokufukai.example>', a['subject'], tz=R.CEST)}

{prev.body.parts[0].text}"""
    proforma = L.pdf(["Albrecht Medizintechnik GmbH", "PROFORMA INVOICE PF-2026-0533", "Date: 20.05.2026",
                      "Customer: Sendai Chuo Hospital, Clinical Engineering", "",
                      "LS-400 light source module, replacement, 1 pc     EUR 31,900.00",
                      "Service labour and travel                          EUR  5,380.00",
                      "Total EUR 37,280.00   Prepayment 50%: EUR 18,640.00", "",
                      "IBAN " + B.iban_print(iban) + "   BIC EXPTPTPL"], "PF-2026-0533.pdf",
                     "Proforma PF-2026-0533", producer="Microsoft Word")
    return mk("bec-19-compromise-albrecht-service-thread-replyto-lookalike-prepayment-pt-iban-en.eml", "bec",
              "account-compromise", "en",
              "From the service manager's REAL mailbox on the vendor's tenant (all pass) at 22:40 Freiburg time, "
              "logged in from an outside address, in the service-visit thread (clean-11 and the engineer's confirmation, quoted), with Reply-To on "
              "the look-alike albrecht-medtec.example: the part clean-11 said was covered is now '50% prepayment' "
              "to a Portuguese IBAN, by Friday, and AP is newly in Cc.",
              via=L.m365(AL.tenant, "EUR", client_ip="198.51.100.149", tz=R.CEST),
              when=jst(2026, 5, 21, 5, 40, 12), frm=T.BRANDT, to=[P("suzuki").en_addr()],
              cc=[P("sasaki").en_addr()], reply_to=[("Lukas Brandt", "l.brandt@albrecht-medtec.example")],
              subject=conf["subject"], in_reply_to=conf["mid"], references=[q["mid"], a["mid"], conf["mid"]],
              body=M.Multi("mixed", [Cm.plain(text, "US-ASCII"), proforma]), accounts=[iban])


MESSAGES = [bec14, bec15, bec16, bec17, bec18, bec19]
