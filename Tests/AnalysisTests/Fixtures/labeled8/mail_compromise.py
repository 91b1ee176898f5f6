"""Account compromise: replies in real threads from the vendors' (or the
subsidiary's) real, authenticated mailboxes, and one thread continued from a
look-alike domain."""
import banking as B
import company as C
import common as K
import local as L
import threads as T
from local import P, jst, mail, R, CET, PST, JST

MESSAGES = []
add = MESSAGES.append
FW = B.fullwidth


def rc_attr(dt, name, tz=JST, ja=True):
    d = dt.astimezone(tz)
    stamp = f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}"
    return f"{stamp} に {name} さんは書きました:" if ja else f"On {stamp}, {name} wrote:"


# ------------------------------------------------------------------ bec-14
f = "bec-14-compromise-shinanogawa-webmail-0312-reply-group-company-account-no-phone-fullwidth-ja.eml"
w = jst(2026, 11, 18, 3, 12, 37)
v = C.V["shinano"]
acct = "2750186"
text = f"""長谷川様

いつもお世話になっております。信濃川パッケージの松井です。

11月30日お支払予定の10月分（SPK-2610-0418）につきまして、
ご連絡が遅くなり申し訳ございません。

弊社本店営業部の当座口座が、現在金融機関の定期監査対応のため
一時的に入金を受け付けない状態となっております。
お手数ですが、今回のお支払いに限り、下記の弊社グループ会社名義の
口座へお振込みいただけますでしょうか。

　あさひ野信用組合　新潟駅前支店
　普通　{FW(acct)}
　名義　カ）エスピーケイ

金額は変わらず2,486,750円です。
変更依頼書は監査終了後に郵送いたします。

なお、私は明日から月末まで出張で社外におり、
電話に出られないことが多いため、ご連絡はこのメールにお願いいたします。
お振込日が確定しましたら、ご返信いただけますと幸いです。

松井

{rc_attr(T.T1_ACK.when, "長谷川 美穂")}
{L.quote(T.T1_ACK.text)}"""
add(mail(f, "bec", "account-compromise", "ja",
         "The packaging supplier's real mailbox (shinanogawa-pkg.example, SPF/DKIM/DMARC pass) answering in the "
         "real invoice thread of clean-01 (In-Reply-To the AP clerk's acknowledgement, quoted history) through "
         "the supplier's webmail at 03:12 from 198.51.100.203, while its clerk normally writes with Becky! from "
         "the office. Invoice already acknowledged, 'this time only' to a group company's 普通 account at "
         "another bank, letter 'later', away and no phone, reply by mail. UTF-8 8bit format=flowed; "
         "full-width account number.",
         L.vendor_webmail(f, w, P("hasegawa").email, v, T.MATSUI[1], "198.51.100.203"),
         when=w, frm=T.MATSUI, to=[P("hasegawa").ja_addr()], cc=[P("yamaguchi").ja_addr()],
         subject="Re: RE: " + T.T1_SUBJ, body=L.M.Text(text, "plain", "UTF-8", "8bit", flowed=True),
         hcs=("UTF-8", "B"), accounts=[acct], in_reply_to=T.T1_ACK.mid, references=T.T1_ACK.refs))

# ------------------------------------------------------------------ bec-15
f = "bec-15-compromise-rheinfracht-tenant-0427-factoring-assignment-de-iban-pdf-en.eml"
w = jst(2026, 11, 19, 12, 27, 51)  # 04:27 CET
fac_iban = B.iban("DE", "29070024" + "0387715403")
text = f"""Dear Lukas,

Following up on invoice RF-2026-10-3318: please be informed that
Rheinfracht Kühllogistik GmbH has entered into a factoring agreement
with Hanseatic Trade Finance GmbH effective 16 November 2026. All our
receivables, including the open invoice RF-2026-10-3318
(EUR 18,942.42), have been assigned to the factor.

With effect from today, payments can only be made with discharging
effect to the factor's collection account:

Account holder: Hanseatic Trade Finance GmbH
Bank: Nordlicht Direktbank AG
IBAN: {B.iban_print(fac_iban)}
BIC: NLDBDEH2XXX
Reference: RF-2026-10-3318 / YUKITSUBAKI

Please find the notice of assignment attached. Payments to our
previous account will not discharge the debt and will have to be
repeated. As your payment run is on 2 December, kindly bring it
forward if possible, and confirm by reply to this email once the
beneficiary has been updated.

Best regards
Anna Vogel
Accounts Receivable / Debitorenbuchhaltung

Rheinfracht Kühllogistik GmbH
Industriestraße Nord 40, 50735 Köln

{K.outlook_block_en(T.T3_REPLY.when, "Lukas Hoffmann <l.hoffmann@yukitsubaki-europe.example>", "Anna Vogel <anna.vogel@rheinfracht-logistik.example>", T.T3_REPLY.subject, tz=CET, uk=True)}

{T.T3_REPLY.text}"""
notice = L.pdf(["NOTICE OF ASSIGNMENT / ABTRETUNGSANZEIGE", "Cologne, 16 November 2026",
                "To: Yukitsubaki Foods Europe GmbH, Am Rheinkai 12, 50735 Koeln",
                "We hereby notify you that all present and future receivables of",
                "Rheinfracht Kuehllogistik GmbH against your company have been assigned",
                "to Hanseatic Trade Finance GmbH, Hamburg (factoring agreement of 16.11.2026).",
                "Payments with discharging effect only to:",
                "Hanseatic Trade Finance GmbH, Nordlicht Direktbank AG",
                "IBAN " + B.iban_print(fac_iban) + "  BIC NLDBDEH2XXX",
                "Rheinfracht Kuehllogistik GmbH - Managing Director"],
               "Notice_of_Assignment_Rheinfracht_Hanseatic.pdf", "Notice of Assignment")
add(mail(f, "bec", "account-compromise", "en",
         "The Cologne cold-store's real Exchange Online mailbox (SPF/DKIM/DMARC pass) replying at 04:27 CET "
         "from 203.0.113.199 in the real thread of clean-03 (In-Reply-To AP's answer, full history): a "
         "'factoring' notice of assignment redirecting the approved invoice and all future ones to a factor's "
         "account at another bank (checksum-valid DE IBAN, in text and PDF), 'bring the payment forward', "
         "confirm by email. clean-07 later shows the vendor confirmed by phone that it is fraud.",
         L.m365(f, w, P("hoffmann").email, "rheinfracht-logistik.example", "EUR", T.VOGEL[1], T.T3_SUBJ,
                client_ip="203.0.113.199", attach=True, tz=CET, lang="de-DE"),
         when=w, frm=T.VOGEL, to=[P("hoffmann").en_addr()], subject="RE: " + T.T3_SUBJ,
         body=L.mixed(L.outlook_en(text, "DE"), notice), hcs=("UTF-8", "Q"), accounts=[fac_iban],
         in_reply_to=T.T3_REPLY.mid, references=T.T3_REPLY.refs))

# ------------------------------------------------------------------ bec-16
f = "bec-16-compromise-nihonkai-tenant-2251-replyto-outlook-jp-new-account-confirm-slip-ja.eml"
w = jst(2026, 12, 9, 22, 51, 8)
acct = "8841056"
text = f"""小池様

いつもお世話になっております。日本海コールドチェーンの村上です。
11月度ご請求分（NCC-202611-0087）のご対応ありがとうございます。

弊社では12月より取引銀行の集約を行っており、
今回のお支払い分より、お振込先を下記口座へ変更させていただきます。

　新潟ことぶき銀行　本店営業部
　普通預金　{acct}
　ニホンカイコールドチェーン（カ

旧口座（日本海みらい銀行 東港支店）は12月中旬に解約となるため、
旧口座へのお振込みはご遠慮ください。
口座変更届は、年明けに正式な書面で郵送させていただきます。

お手数ですが、お振込手続きが完了しましたら、
振込明細の写しを本メールへのご返信にてお送りいただけますでしょうか。

よろしくお願いいたします。

日本海コールドチェーン株式会社
経理課　村上 真理

{K.outlook_block_ja(T.T5_ACK.when, "小池 翔太 <koike.shota@yukitsubaki-foods.example>", "村上 真理 <m-murakami@nihonkai-coldchain.example>", T.T5_ACK.subject)}

{T.T5_ACK.text}"""
add(mail(f, "bec", "account-compromise", "ja",
         "The cold-chain carrier's real Exchange Online mailbox (SPF/DKIM/DMARC pass) replying at 22:51 from "
         "198.51.100.140 in the real invoice thread (In-Reply-To AP's acknowledgement, Outlook history), with "
         "Reply-To on outlook.jp: the acknowledged invoice and all later ones to a new account at another "
         "bank, old account 'closing', written notice 'next year', send the transfer slip back by mail. "
         "UTF-8 base64.",
         L.m365(f, w, P("koike").email, "nihonkai-coldchain.example", "APC", T.MURAKAMI[1], T.T5_SUBJ,
                client_ip="198.51.100.140", lang="ja-JP"),
         when=w, frm=T.MURAKAMI, to=[P("koike").ja_addr()],
         reply_to=[("村上 真理", "nihonkai.keiri.murakami@outlook.jp")],
         subject="RE: " + T.T5_SUBJ, body=L.outlook_utf8(text), hcs=("UTF-8", "B"), accounts=[acct],
         in_reply_to=T.T5_ACK.mid, references=T.T5_ACK.refs))

# ------------------------------------------------------------------ bec-17
f = "bec-17-compromise-sierravalley-thread-cad-terms-early-payment-new-aba-cc-outlook-en.eml"
w = jst(2026, 11, 9, 19, 35, 26)  # 02:35 PST
rt = B.aba("12107488")
acct = "5093318260"
text = f"""Hello Tanaka-san,

Sorry for another change. Our credit insurer has reviewed the
export accounts after the rollover and for this shipment the
carrier will only release the original B/L against payment (CAD).
To avoid storage charges when the containers arrive at Niigata on
Nov 28, the invoice SV-INV-50731 (USD 41,280.00) needs to be paid
this week, before Nov 13.

Also, for this transaction please use our account for insured
export receivables. Our usual account at Sacramento Plains is only
for domestic payments until the year-end audit is closed:

Beneficiary: Sierra Valley Soy Ingredients Inc
Bank: Pacific Coast Commerce Bank
ABA routing: {rt}
Account no.: {acct}
SWIFT: PCCBUS6L

I have copied our accounts team, who will send the documents as soon
as the payment is confirmed. Please reply all with the wire
confirmation.

Best regards,
Daniel Ortiz
Export Coordinator
Sierra Valley Soy Ingredients, Inc.

{K.outlook_block_en(T.T4_THANKS.when, "Makoto Tanaka <tanaka.makoto@yukitsubaki-foods.example>", "Daniel Ortiz <dortiz@sierravalley-soy.example>", T.T4_THANKS.subject, cc="Sayaka Okamoto <okamoto.sayaka@yukitsubaki-foods.example>", tz=PST)}

{T.T4_THANKS.text}"""
add(mail(f, "bec", "account-compromise", "en",
         "The US supplier's real Exchange Online mailbox (SPF/DKIM/DMARC pass) replying at 02:35 PST from "
         "203.0.113.57 in the real shipment thread of clean-11 (In-Reply-To purchasing's thanks, full "
         "history): switch to cash against documents, pay the invoice early, to a different bank "
         "(checksum-valid ABA), 'reply all' with a new Cc on outlook.com posing as the supplier's accounts "
         "team.",
         L.m365(f, w, P("tanaka").email, "sierravalley-soy.example", "NAM", T.ORTIZ[1], T.T4_SUBJ,
                client_ip="203.0.113.57", tz=PST),
         when=w, frm=T.ORTIZ, to=[P("tanaka").en_addr()],
         cc=[P("okamoto").en_addr(), ("Sierra Valley Accounts", "sierravalley.accounts@outlook.com")],
         subject="RE: " + T.T4_SUBJ, body=L.outlook_en(text), hcs=("UTF-8", "Q"), accounts=[rt, acct],
         in_reply_to=T.T4_THANKS.mid, references=T.T4_THANKS.refs))

# ------------------------------------------------------------------ bec-18
f = "bec-18-compromise-kambara-thread-continued-from-kanbara-lookalike-interim-account-fullwidth-ja.eml"
w = jst(2026, 11, 26, 10, 48, 16)
look = "kanbara-beikoku.example"
frm = (T.SHIBUYA[0], "shibuya@" + look)
acct = "8812046"
c = T.T2_CONF.when
text = f"""斎藤様
（CC：長谷川様）

いつもお世話になっております。蒲原米穀の渋谷です。
先日は口座変更の件でお電話をいただき、ありがとうございました。

11月24日に合併は完了したのですが、新しい信用金庫のシステム統合に
不具合が発生しており、新口座への入金反映が12月中旬までできない状態です。
大変申し訳ございませんが、12月にお支払いいただく11月納品分につきましては、
暫定的に下記の口座へお振込みいただけますでしょうか。

　にいがた中央ネット銀行　本店営業部
　普通　{FW(acct)}
　カンバラベイコク（カ

システム復旧後は、先日ご案内の越後ひかり信用金庫の口座に戻ります。
書面は信用金庫側の手続きが整い次第お送りいたします。
私は12月第1週まで決算準備のため電話に出にくいため、
ご不明な点は本メールにご返信ください。

よろしくお願いいたします。

--
蒲原米穀株式会社　総務経理
渋谷 恵美

{c.year}/{c.month:02d}/{c.day:02d} {c.hour}:{c.minute:02d} に 斎藤 大輔 さんは書きました:
{L.quote(T.T2_CONF.text)}"""
add(mail(f, "bec", "account-compromise", "ja",
         "The rice supplier's announced account change (clean-02, confirmed by treasury's call) continued "
         "from the look-alike kanbara-beikoku.example ('n' for 'm', the other romanisation of 蒲原): In-Reply-To "
         "and References of the real thread, full quoted history, same name and Thunderbird client; SPF/DKIM/"
         "DMARC pass for the look-alike (p=none). After the merger, an 'interim account' at a net bank because "
         "of a 'system problem', letter later, no phone. Full-width digits; ISO-2022-JP.",
         L.server(f, w, P("saito").email, "mail.kanbara-beikoku.example", "203.0.113.228", frm[1],
                  client=(None, "198.51.100.34", "[10.0.2.15]"),
                  mailer="Mozilla Thunderbird 128.5.1", style="thunderbird", auth=R.aligned(look, frm[1], "none"),
                  mid=K.mid_uuid(f, look)),
         when=w, frm=frm, to=[P("saito").ja_addr()], cc=[P("hasegawa").ja_addr()],
         subject="Re: " + T.T2_CONF.subject, body=L.plain(text), accounts=[acct],
         in_reply_to=T.T2_CONF.mid, references=T.T2_CONF.refs))

# ------------------------------------------------------------------ bec-19
f = "bec-19-compromise-internal-de-finance-webmail-0250-intercompany-ie-iban-replyto-lookalike-en.eml"
w = jst(2027, 1, 20, 10, 50, 3)  # 02:50 CET
ie_iban = B.iban("IE", "DOMB" + "990412" + "38817204")
a = T.T7_ANS.when.astimezone(CET)
text = f"""Dear Saito-san,

Thank you for scheduling IC-2026-Q4. One important change before the
payment on 28 January: Domstadt Bank is moving our corporate accounts
to its European platform in Dublin as part of the migration of its
international business, and the old German IBAN will no longer accept
incoming foreign payments from this week.

Please send the payment to our new account:

Account holder: Yukitsubaki Foods Europe GmbH
Bank: Domstadt Bank Europe DAC, Dublin
IBAN: {B.iban_print(ie_iban)}
BIC: DOMBIE2D

I am in year-end closing meetings with our auditors all week, so
please confirm by email only. Kobayashi-san is informed.

Best regards
Katharina

On {a.year}-{a.month:02d}-{a.day:02d} {a.hour:02d}:{a.minute:02d}, Daisuke Saito wrote:
{L.quote(T.T7_ANS.text)}"""
add(mail(f, "bec", "account-compromise", "en",
         "The German head of finance's own corporate mailbox, used through the organisation's webmail at "
         "02:50 CET from 203.0.113.66 (she normally uses Outlook on the office network), in the real "
         "intercompany thread (In-Reply-To treasury's answer): the approved intercompany invoice to a 'new' "
         "Irish account (checksum-valid IE IBAN) of the subsidiary's own bank, 'confirm by email only'; "
         "Reply-To on the look-alike yukitsubaki-eu.example. Authentication passes (relay).",
         L.org_webmail(f, w, P("saito").email, P("wolf").email, "203.0.113.66", tz=CET),
         when=w, frm=P("wolf").en_addr(), to=[P("saito").en_addr()],
         reply_to=[("Katharina Wolf", "k.wolf@yukitsubaki-eu.example")],
         subject="Re: " + T.T7_SUBJ, body=L.M.Text(text, "plain", "UTF-8", "quoted-printable", flowed=True),
         hcs=("UTF-8", "Q"), accounts=[ie_iban], in_reply_to=T.T7_ANS.mid, references=T.T7_ANS.refs))
