"""BEC, the other scenarios: attorney impersonation (bec-20 ... bec-23), data
theft (bec-24 ... bec-28), payroll diversion (bec-29 ... bec-31) and gift
cards (bec-32 ... bec-34)."""
import banking as B
import common as K
import company as C
import mail_ceo
import mimeparts as M
import routes as R
from message import Msg, jst

P = K.P
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ================================================================== attorney impersonation

# ------------------------------------------------------------------ bec-20: unknown firm, escrow, GB IBAN
f = "bec-20-attorney-project-lantern-escrow-same-day-en.eml"
when = jst(2026, 3, 4, 10, 20, 33)
gb = B.iban("GB", "EXRB" + "401276" + "90552817")
miyazaki = P("miyazaki")
frm = ("James Whitfield", "jwhitfield@whitfieldcrane-law.example")
text = f"""Dear Mr. Miyazaki,

I am writing on the instructions of Mr. Seiichiro Kiritani in connection with a confidential transaction (internal code name "Project Lantern"): Seiran Electronics' proposed acquisition of a controlling stake in a Singapore-based MEMS sensor company. Our firm has been retained as transaction counsel.

Mr. Kiritani has asked that you be the only point of contact in Finance. The seller has agreed to grant exclusivity subject to a refundable deposit of USD 1,250,000.00 being received in our client escrow account today. The deposit is held by us and will be credited against the purchase price at signing.

Escrow details:
Account name: Whitfield & Crane LLP - Client Escrow Account
Bank: Example Royal Bank plc, London
IBAN: {B.iban_print(gb)}
SWIFT/BIC: EXRBGB2L
Reference: LANTERN-DEP-01

Because of the disclosure rules that apply to both parties, this matter is strictly confidential. Please do not discuss it with colleagues, the seller's representatives or the banks beyond what is needed to execute the transfer. Mr. Kiritani is in negotiations all day and has asked that you correspond with me only by email; he will brief the board once exclusivity is secured.

Kindly confirm receipt of this message and the expected time of the transfer.

Yours sincerely,

James Whitfield
Partner, Corporate & M&A
Whitfield & Crane LLP
1 Example Quay, #21-04, Singapore 049999

This email and any attachments are confidential and may be subject to legal professional privilege. If you are not the intended recipient, please notify the sender and delete it."""
add(Msg(
    f, "bec", "attorney-impersonation", "en",
    ("A 'partner' of a law firm that is not on the vendor list (whitfieldcrane-law.example, authenticated by "
     "its owner) writes to the CFO 'on the instructions of' the CEO, named in full: confidential "
     "acquisition, USD 1.25 M deposit to a client escrow IBAN (valid checksum) the same day, 'do not discuss "
     "with colleagues', the CEO is unreachable, email only."),
    when=when, frm=frm, to=[miyazaki.en_addr()], subject="Project Lantern - strictly private & confidential",
    body=K.plain(text, "US-ASCII"),
    route=R.server(f, when, miyazaki.email, "mail.whitfieldcrane-law.example", "198.51.100.222",
                   client=(None, "203.0.113.64", "[203.0.113.64]"), tz=R.SGT, selector="wc1"),
    auth=R.aligned("whitfieldcrane-law.example", p="none"), mid=K.mid_uuid(f, "whitfieldcrane-law.example"),
    date_tz=R.SGT, accounts=[gb], fields=[("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ bec-21: unknown Japanese firm, 預り金口座
f = "bec-21-attorney-ma-deposit-azukarikin-fullwidth-ja.eml"
when = jst(2026, 2, 26, 11, 5, 40)
matsumoto = P("matsumoto")
frm = ("弁護士 神田 修", "kanda@mp-lawpartners.example")
text = """青嵐電子工業株式会社
経理部長　松本 直美 様

突然のご連絡にて失礼いたします。
丸の内パートナーズ法律事務所の弁護士、神田 修と申します。

当職は、貴社代表取締役 桐谷 誠一郎 様よりご依頼を受け、
現在貴社が進めておられる非公開の企業買収案件（以下「本件」）の
法務アドバイザーを務めております。
桐谷社長より、本件に係る資金のお手続きは松本様にご対応いただくよう伺っております。

本件は金融商品取引法上の重要事実に該当いたします。
公表までの間、社内外を問わず一切のご他言をお控えください。
また、相手方との秘密保持契約の関係上、社長ご本人へのお電話でのご確認もご遠慮いただきますようお願いいたします。

つきましては、本日14時までに、下記の当職預り金口座へ
手付金をお振込いただけますでしょうか。

　金　額：４５，０００，０００円
　銀　行：東和ひかり銀行　丸の内支店
　種　別：普通
　口座番号：６６１０２８３
　名　義：ベンゴシ カンダ オサム アズカリキングチ

お振込完了後、振込受付書の写しを本メールへご返信ください。
ご不明点はこのメールにてお問い合わせください。

──────────────────
丸の内パートナーズ法律事務所
弁護士　神田 修
東京都千代田区丸の内 2-9-9 丸の内イグザンプルビル 18F
──────────────────
本メールには秘匿特権の対象となる情報が含まれています。
誤って受信された場合は、直ちに削除のうえご連絡ください。"""
add(Msg(
    f, "bec", "attorney-impersonation", "ja",
    ("A lawyer of a firm that is not on the vendor list (mp-lawpartners.example; SPF pass, no DKIM, no "
     "DMARC record) names the president and asks the head of accounting for a 45 M yen deposit to a "
     "lawyer's 預り金 account by 14:00 the same day, in full-width digits; insider-information secrecy; "
     "'do not phone the president to confirm'."),
    when=when, frm=frm, to=[matsumoto.ja_addr()], subject="【機密】本件お手続きのお願い（桐谷社長ご依頼の件）",
    body=K.plain(text), route=R.server(f, when, matsumoto.email, "mail.mp-lawpartners.example", "203.0.113.151",
                                      client=(None, "198.51.100.31", "DESKTOP-TQ4M2L8")),
    auth=R.Auth("pass", "mp-lawpartners.example", "none", None, "none", "mp-lawpartners.example", None),
    mid=K.mid_std(f, when, "mp-lawpartners.example"), accounts=["6610283"],
    fields=[("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ bec-22: CEO look-alike introduces counsel (Cc)
f = "bec-22-attorney-ceo-lookalike-introduces-counsel-cc-en.eml"
when = jst(2026, 4, 16, 10, 14, 2)
tan = P("tan")
text = """Wei Ling,

I have been working with Catherine Moore of Harcourt Legal on the acquisition of a component distributor in Malaysia (Project Orchid). We are at the final stage and the sellers expect a good-faith payment before the weekend.

Catherine will send you the transfer instructions today. Please treat her instructions as coming from me and process the payment from the Seiran Asia account as soon as you receive them. Board approval will follow through the usual channel after the announcement.

This must stay between the three of us until then, including Daniel. I am travelling and can only read email.

Seiichiro Kiritani
President & CEO
Seiran Electronics Co., Ltd."""
add(Msg(
    f, "bec", "attorney-impersonation", "en",
    ("The CEO's name on seiran-elec-group.example (a look-alike of the organisation's domain, authenticated "
     "by its owner) introduces 'Catherine Moore of Harcourt Legal' (harcourt-legal.example, in Cc, not on the "
     "vendor list) to the Singapore finance manager: 'treat her instructions as coming from me', a "
     "good-faith payment before the weekend, keep it from the local managing director. First stage: no "
     "account yet."),
    when=when, frm=(P("kiritani").en, "s-kiritani@seiran-elec-group.example"), to=[tan.en_addr()],
    cc=[("Catherine Moore", "c.moore@harcourt-legal.example")], subject="Project Orchid",
    body=M.alt(K.plain(text, "US-ASCII"), K.html(K.simple_html(text, "Calibri, sans-serif"), "UTF-8",
                                                  "quoted-printable")),
    route=R.server(f, when, tan.email, "smtp.seiran-elec-group.example", "203.0.113.29",
                   client=(None, "198.51.100.144"), tz=R.SGT, selector="default"),
    auth=R.aligned("seiran-elec-group.example", p="none"), mid=K.mid_outlook_desktop(f, "seiran-elec-group.example"),
    date_tz=R.JST, style="outlook", fields=[("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ bec-23: the listed law firm imitated, PDF
f = "bec-23-attorney-listed-firm-lookalike-patent-settlement-pdf-ja.eml"
when = jst(2026, 6, 10, 13, 2, 17)
okada = P("okada")
frm = ("早瀬 智子", "hayase@aoba-bashi-law.example")
text = """青嵐電子工業株式会社
法務部　岡田様
経理部長　松本様

いつもお世話になっております。青葉橋法律事務所の早瀬です。

米国 Northline IP Holdings 社との特許侵害紛争につきまして、
昨日、桐谷社長にご了承いただいた条件で和解がまとまりました。
和解契約上、和解金は本日中（米国東部時間の営業日内）に
相手方代理人の預り金口座へ送金することが条件となっております。

期限を過ぎますと和解条件が撤回され、訴訟手続が再開される可能性がございますので、
恐れ入りますが、添付の送金指示書に従い、至急お手続きをお願いいたします。
本件は和解条項により守秘義務の対象となりますので、関係者以外への共有はお控えください。

送金が完了しましたら、送金明細を本メールへご返信ください。
当職は本日午後、裁判所対応のため電話に出られませんので、メールにてご連絡ください。

青葉橋法律事務所
弁護士　早瀬 智子"""
aba = B.aba("02600159")
pdf = M.pdf(["和解金 送金指示書", "案件: Northline IP Holdings v. Seiran Electronics", "作成日: 2026年6月10日",
             "送金額: USD 148,500.00", "受取人: Brightwater & Lowe LLP - IOLTA Trust Account",
             "銀行: Example Liberty Bank, New York", "ABA routing: " + aba, "口座番号: 9024418753",
             "SWIFT: EXLBUS33", "送金期限: 2026年6月10日 (米国東部時間)", "青葉橋法律事務所 弁護士 早瀬 智子"],
            "送金指示書", "Microsoft: Print To PDF")
add(Msg(
    f, "bec", "attorney-impersonation", "ja",
    ("Imitates the organisation's own outside counsel 青葉橋法律事務所 (aobabashi-law.example, on the "
     "vendor list) and its lawyer 早瀬 智子 from aoba-bashi-law.example (hyphen inserted; SPF/DKIM pass, no "
     "DMARC record). Says a patent settlement was agreed with the president and must be paid today to the "
     "opposing counsel's trust account (ABA routing number in the PDF), secrecy, no phone."),
    when=when, frm=frm, to=[okada.ja_addr(), matsumoto.ja_addr()], subject="【至急】和解金のお支払いについて",
    body=M.Multi("mixed", [K.plain(text, "UTF-8", "base64"),
                           M.Attachment(pdf, "application/pdf", "送金指示書_20260610.pdf")]),
    hcs=("UTF-8", "B"),
    route=R.server(f, when, okada.email, "mail.aoba-bashi-law.example", "198.51.100.86",
                   client=(None, "203.0.113.201"), selector="s1"),
    auth=R.Auth("pass", "aoba-bashi-law.example", "pass", "aoba-bashi-law.example", "none",
                "aoba-bashi-law.example", None),
    mid=K.mid_std(f, when, "aoba-bashi-law.example"), accounts=[aba, "9024418753"],
    fields=[("X-Mailer", "Microsoft Outlook 16.0")]))


# ================================================================== data theft

# ------------------------------------------------------------------ bec-24: W-2, look-alike, Reply-To Gmail
f = "bec-24-datatheft-w2-lookalike-us-replyto-gmail-en.eml"
when = jst(2026, 1, 28, 3, 47, 10)   # Tuesday 10:47 in San Jose
bennett = P("bennett")
text = """Laura,

I need copies of the 2025 W-2s for all SEA employees (PDF is fine) and the latest payroll summary for a review with our outside accountants this afternoon.

Can you send them over to me as soon as possible? I'm out of the office most of the day so email is the best way to reach me.

Thanks,
Greg

Gregory Hale
President | Seiran Electronics America, Inc."""
add(Msg(
    f, "bec", "data-theft", "en",
    ("The US president's name on seiran-elec-us.example (look-alike, SPF pass, no DKIM, no DMARC record) with "
     "Reply-To a Gmail address: asks HR for every employee's 2025 W-2 and the payroll summary the same day, "
     "'email is the best way to reach me'."),
    when=when, frm=(P("hale").en, "g-hale@seiran-elec-us.example"), to=[bennett.en_addr()],
    reply_to=[(P("hale").en, "gregory.hale.sea@gmail.com")], subject="W-2 copies needed today",
    body=K.plain(text, "US-ASCII"),
    route=R.server(f, when, bennett.email, "mx.seiran-elec-us.example", "203.0.113.146",
                   client=(None, "198.51.100.158"), tz=R.PST),
    auth=R.Auth("pass", "seiran-elec-us.example", "none", None, "none", "seiran-elec-us.example", None),
    mid=K.mid_uuid(f, "seiran-elec-us.example"), date_tz=R.PST,
    fields=[("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ bec-25: HR head on Gmail, 源泉徴収票 + マイナンバー
f = "bec-25-datatheft-hr-head-gmail-gensen-mynumber-ja.eml"
when = jst(2026, 1, 30, 8, 12, 55)
inoue = P("inoue")
frm = ("小林 雅人", "m.kobayashi.seiran.hr@gmail.com")
text = """井上さん

お疲れ様です。小林です。
自宅からVPNに接続できないため、個人のアドレスから連絡しています。

税理士事務所との確認作業のため、以下の資料を本日中にこのアドレス宛に送ってください。

1. 全従業員分の2025年分 源泉徴収票（PDF）
2. 従業員のマイナンバー一覧（Excel、氏名・社員番号・個人番号）

急ぎのため、ファイルのパスワードは不要です。
送付が完了したら、このメールに返信で連絡をください。

よろしくお願いします。

小林"""
add(Msg(
    f, "bec", "data-theft", "ja",
    ("The head of HR's name on a Gmail address ('VPN does not work from home') asks the payroll clerk for "
     "every employee's 2025 源泉徴収票 and a My Number (個人番号) list the same day, without file passwords, "
     "to this address. Gmail passes SPF/DKIM/DMARC."),
    when=when, frm=frm, to=[inoue.ja_addr()], subject="源泉徴収票の件（至急）",
    body=M.alt(K.plain(text, "UTF-8", "base64"), K.html(K.simple_html(text), "UTF-8", "base64")),
    hcs=("UTF-8", "B"), route=R.gmail(f, when, inoue.email),
    auth=R.Auth("pass", frm[1], "pass", "gmail.com", "pass", "gmail.com", "none"),
    mid=K.mid_gmail(f), style="gmail"))


# ------------------------------------------------------------------ bec-26: CEO on the .test TLD, employee list
f = "bec-26-datatheft-ceo-tld-swap-employee-list-ja.eml"
when = jst(2026, 2, 5, 15, 33, 21)
yamaguchi = P("yamaguchi")
text = """山口課長

お疲れ様です。桐谷です。

来週の取締役会で組織再編の検討資料に使うため、
全社員の名簿を至急送ってください。

・氏名（ふりがな）、所属、役職、入社年月日
・生年月日、住所、携帯電話番号
・個人のメールアドレス（登録があれば）

Excelのままで構いません。本日17時までに、このメールへの返信で添付をお願いします。
まだ社内に公表していない内容ですので、他の方へは共有しないでください。

桐谷"""
add(Msg(
    f, "bec", "data-theft", "ja",
    ("The president's name and the organisation's own local part on seiran-elec.test (top-level domain "
     "swapped; SPF and DKIM pass for it, no DMARC record) to the general-affairs manager: the full employee "
     "list with birth dates, home addresses, mobile numbers and private email addresses by 17:00, secret."),
    when=when, frm=(P("kiritani").ja, "s-kiritani@seiran-elec.test"), to=[yamaguchi.ja_addr()],
    subject="社員名簿の件", body=K.plain(text),
    route=R.server(f, when, yamaguchi.email, "mail.seiran-elec.test", "198.51.100.109",
                   client=(None, "203.0.113.88"), selector="mail"),
    auth=R.Auth("pass", "seiran-elec.test", "pass", "seiran-elec.test", "none", "seiran-elec.test", None),
    mid=K.mid_becky(f, when, "seiran-elec.test"), fields=[("X-Mailer", "Becky! ver. 2.81.05 [ja]")]))


# ------------------------------------------------------------------ bec-27: MD on outlook.com, payroll register
f = "bec-27-datatheft-md-outlook-payroll-register-nric-en.eml"
when = jst(2026, 4, 2, 19, 26, 48)
nair = P("nair")
text = """Hi Priya,

For the board's compensation benchmarking I need the full payroll register for March for all Singapore staff: names, NRIC/FIN, basic salary, allowances, CPF contributions and bank account numbers.

Please send the Excel file to this email today. My company mailbox is not syncing on my laptop while I'm travelling, so use this address for now.

Please keep this confidential, HR in Hamamatsu will be informed by me.

Thanks,
Daniel"""
add(Msg(
    f, "bec", "data-theft", "en",
    ("The Singapore managing director's name on an outlook.com address ('my company mailbox is not syncing') "
     "asks the HR & payroll executive for the full payroll register with NRIC/FIN and bank account "
     "numbers, today, confidential. Outlook.com passes SPF/DKIM/DMARC."),
    when=when, frm=(P("lim").en, "daniel.lim.seiran@outlook.com"), to=[nair.en_addr()],
    subject="Payroll register - March", body=M.alt(K.plain(text, "US-ASCII"),
                                                 K.html(K.simple_html(text, "Aptos, sans-serif"), "UTF-8",
                                                        "quoted-printable")),
    route=R.outlook_consumer(f, when, nair.email, "NAM"),
    auth=R.Auth("pass", "daniel.lim.seiran@outlook.com", "pass", "outlook.com", "pass", "outlook.com", "none"),
    mid=K.mid_outlook_consumer(f, "NAM"), style="outlook", date_tz=R.UTC,
    fields=[("Thread-Topic", "Payroll register - March"), ("Thread-Index", K.thread_index(f))]))


# ------------------------------------------------------------------ bec-28: CFO on Yahoo! JAPAN, Shift_JIS
f = "bec-28-datatheft-cfo-yahoo-mynumber-fuyou-sjis-ja.eml"
when = jst(2026, 2, 18, 20, 4, 31)
kato = P("kato")
frm = ("宮崎 俊介", "miyazaki_shun_cfo@yahoo.co.jp")
text = """加藤さん

お疲れ様です。宮崎です。
出張先のため、個人のメールから失礼します。

監査法人から急ぎの確認依頼があり、以下の資料が必要になりました。
明日の朝までに、このアドレスへ送っていただけますか。

・役員および全従業員のマイナンバー（個人番号）の一覧
・2026年分 扶養控除等申告書のスキャンデータ（全員分）

ファイルが大きい場合は、数回に分けて送ってください。
なお、小林部長には私から後ほど説明しますので、この件は加藤さんのみで対応をお願いします。

宮崎"""
add(Msg(
    f, "bec", "data-theft", "ja",
    ("The CFO's name on a Yahoo! JAPAN address ('on a business trip') asks a labour clerk for the My Number "
     "list of all executives and staff and every 扶養控除等申告書 by the next morning, and to keep it from "
     "her department head. Shift_JIS body (base64) and header. Yahoo! JAPAN passes SPF/DKIM/DMARC."),
    when=when, frm=frm, to=[kato.ja_addr()], subject="監査法人からの依頼について",
    body=K.plain(text, "Shift_JIS", "base64"), hcs=("Shift_JIS", "B"),
    route=R.yahoo_jp(f, when, kato.email, "198.51.100.72"),
    auth=R.Auth("pass", frm[1], "pass", "yahoo.co.jp", "pass", "yahoo.co.jp", "none"),
    mid=K.mid_yahoo(f), fields=[("X-Mailer", "YahooMailWebService/0.8.203")]))


# ================================================================== payroll diversion

# ------------------------------------------------------------------ bec-29: engineer on Gmail, net bank
f = "bec-29-payroll-engineer-gmail-net-bank-ja.eml"
when = jst(2026, 3, 10, 22, 18, 6)
saito = P("saito")
frm = ("斎藤 亮", "ryo.saito.0421@gmail.com")
text = """人事部 給与担当
井上様

お疲れ様です。技術部 回路設計課の斎藤です。
会社のPCが修理中のため、個人のアドレスから失礼します。

給与の振込口座を変更したく、ご連絡いたしました。
今月25日支給分から、下記の口座へお振込をお願いできますでしょうか。

　銀行名：つばめネット銀行
　支店名：ききょう支店（店番 112）
　種別：普通
　口座番号：6203381
　名義：サイトウ リヨウ

変更届の用紙は、PCが戻り次第提出いたします。
お手数をおかけしますが、よろしくお願いいたします。

斎藤 亮"""
add(Msg(
    f, "bec", "payroll-diversion", "ja",
    ("An employee's name on a Gmail address that is not his private address on file (ryo.saito.example@"
     "outlook.jp) asks the payroll clerk to switch his salary to a net-bank 普通 account from this month's "
     "payday, 'the form will follow'. Sent at 22:18; Gmail passes SPF/DKIM/DMARC. Header in UTF-8 "
     "Q encoded-words, body quoted-printable."),
    when=when, frm=frm, to=[inoue.ja_addr()], subject="給与振込口座の変更について",
    body=M.alt(K.plain(text, "UTF-8", "quoted-printable"), K.html(K.simple_html(text), "UTF-8", "quoted-printable")),
    hcs=("UTF-8", "Q"), route=R.gmail(f, when, inoue.email),
    auth=R.Auth("pass", frm[1], "pass", "gmail.com", "pass", "gmail.com", "none"),
    mid=K.mid_gmail(f), style="gmail", accounts=["6203381"]))


# ------------------------------------------------------------------ bec-30: Singapore sales engineer, Gmail
f = "bec-30-payroll-sales-engineer-gmail-salary-crediting-en.eml"
when = jst(2026, 4, 20, 23, 51, 39)
goh = P("goh")
frm = ("Marcus Goh", "marcusgoh.sg@gmail.com")
text = """Hi Priya,

Hope you are well. I have recently switched banks and would like to update the account my salary is credited to, starting from this month's payroll.

New account details:
Bank: Example Straits Bank Ltd
Account name: Goh Wei Jie Marcus
Account number: 481-209375-0

Could you confirm once it's updated? I'm at a customer site in Penang all week so email is easier for me than coming to the office.

Thanks!
Marcus"""
add(Msg(
    f, "bec", "payroll-diversion", "en",
    ("A Singapore sales engineer's name on a Gmail address that is not his private address on file "
     "(marcus.goh.example@gmail.com) asks HR payroll to credit his salary to a new account from this month; "
     "'at a customer site all week'. Gmail passes SPF/DKIM/DMARC."),
    when=when, frm=frm, to=[nair.en_addr()], subject="Update salary bank account",
    body=M.alt(K.plain(text, "UTF-8", "7bit"), K.html(K.simple_html(text, "Arial, sans-serif", "small"))),
    route=R.gmail(f, when, nair.email),
    auth=R.Auth("pass", frm[1], "pass", "gmail.com", "pass", "gmail.com", "none"),
    mid=K.mid_gmail(f), style="gmail", date_tz=R.SGT, accounts=["481-209375-0"]))


# ------------------------------------------------------------------ bec-31: US field sales, iCloud, ABA
f = "bec-31-payroll-field-sales-icloud-direct-deposit-aba-en.eml"
when = jst(2026, 5, 7, 1, 9, 3)   # Wednesday 09:09 in San Jose
aba = B.aba("11201562")
frm = ("Jason Park", "jasonpark.sales@icloud.com")
text = f"""Hi Laura,

I need to update my direct deposit before this Friday's payroll. I can't get into the payroll portal from the road (the MFA prompt goes to my old phone), so could you change it for me?

Bank: Lakeshore Digital Bank
Routing number: {aba}
Account number: 8830047126
Account type: Checking

It's an online-only bank so I don't have a voided check, but the details above are correct. Please let me know once it's done.

Thanks,
Jason

Sent from my iPhone"""
add(Msg(
    f, "bec", "payroll-diversion", "en",
    ("A US field sales engineer's name on an iCloud address that is not his private address on file "
     "(jpark.sj.example@icloud.com): direct-deposit change before Friday's payroll, ABA routing number "
     "(valid checksum), 'no voided check, online bank', 'the portal MFA goes to my old phone'."),
    when=when, frm=frm, to=[bennett.en_addr()], subject="Direct deposit change",
    body=K.plain(text, "US-ASCII"), route=R.icloud(f, when, bennett.email),
    auth=R.Auth("pass", frm[1], "pass", "icloud.com", "pass", "icloud.com", "quarantine"),
    mid=K.mid_apple(f), style="apple", date_tz=R.PDT, accounts=[aba, "8830047126"],
    fields=[("X-Mailer", "iPhone Mail (22E240)")]))


# ================================================================== gift cards

# ------------------------------------------------------------------ bec-32: president on OCN, Apple gift cards
f = "bec-32-giftcard-president-ocn-apple-secretary-ja.eml"
when = jst(2026, 3, 27, 15, 20, 44)
nakagawa = P("nakagawa")
frm = ("桐谷 誠一郎", "s.kiritani@mbn.ocn.ne.jp")
text = """中川さん

お疲れ様です。桐谷です。
取引先へのお礼として、Apple ギフトカードが必要になりました。

1万円分のカードを10枚、近くのコンビニで購入してもらえますか。
費用は後ほど精算しますので、立て替えでお願いします。

今は会議中で電話に出られません。
購入できたら、カード裏面のシールを削ってコードが見えるように写真を撮り、
このメールに返信で送ってください。

よろしくお願いします。

桐谷"""
add(Msg(
    f, "bec", "gift-card", "ja",
    ("The president's name on an OCN (ISP) address asks his secretary to buy ten 10,000-yen Apple gift "
     "cards at a convenience store, pay out of pocket, scratch the codes and send photos by reply; 'in a "
     "meeting, cannot take calls'. OCN passes SPF/DKIM; DMARC pass with p=none. Submitted from "
     "203.0.113.45."),
    when=when, frm=frm, to=[nakagawa.ja_addr()], subject="お願い",
    body=K.plain(text), route=R.isp("ocn", f, when, nakagawa.email, "203.0.113.45"),
    auth=R.Auth("pass", frm[1], "pass", "ocn.ne.jp", "pass", "ocn.ne.jp", "none"),
    mid=K.mid_std(f, when, "mbn.ocn.ne.jp"), fields=[("X-Mailer", "Microsoft Outlook 16.0")]))


# ------------------------------------------------------------------ bec-33: MD thread continued, Google Play
f = "bec-33-giftcard-md-gmail-thread-google-play-en.eml"
first = next(m for m in mail_ceo.MESSAGES if m.file.startswith("bec-06-"))
chua = P("chua")
reply_when = jst(2026, 3, 17, 11, 19, 2)
reply_mid = K.mid_outlook_desktop("chua-reply-0317", C.ASIA)
reply_text = """Hi Daniel,

Yes I'm at my desk. I don't have WhatsApp on my work phone, can you tell me here what you need?

Rachel"""
when = jst(2026, 3, 17, 11, 27, 40)
text = f"""Ok no problem.

I need you to get Google Play gift cards for some of our key customer contacts, it's a surprise so don't mention it to anyone yet. Get 8 cards of SGD 100 each, you can buy them at any 7-Eleven or Challenger near the office.

Once you have them, scratch the back, take a clear picture of each code and email them to me here. I will reimburse you later today.

How soon can you get it done?

Daniel

On Tue, Mar 17, 2026 at 10:19 AM Rachel Chua <rachel.chua@seiran-asia.example> wrote:
{K.quote(reply_text + chr(10) + chr(10) + K.outlook_block_en(first.when, 'Daniel Lim <daniel.lim.md.sg@gmail.com>', 'Rachel Chua <rachel.chua@seiran-asia.example>', 'Quick favour', tz=R.SGT) + chr(10) + chr(10) + first.body.parts[0].text)}"""
add(Msg(
    f, "bec", "gift-card", "en",
    ("Continues bec-06: after the assistant answered from her corporate mailbox, the same Gmail account "
     "(the managing director's name) asks for eight SGD 100 Google Play cards, codes photographed and "
     "emailed, 'a surprise, don't mention it'. In-Reply-To/References and quoted history."),
    when=when, frm=first.frm, to=[chua.en_addr()], subject="Re: Quick favour",
    body=M.alt(K.plain(text, "UTF-8", "quoted-printable"),
               K.html(K.simple_html(text, "Arial, sans-serif", "small"), "UTF-8", "quoted-printable")),
    route=R.gmail(f, when, chua.email),
    auth=R.Auth("pass", first.frm[1], "pass", "gmail.com", "pass", "gmail.com", "none"),
    mid=K.mid_gmail(f), style="gmail", date_tz=R.SGT, in_reply_to=reply_mid, references=[first.mid, reply_mid]))


# ------------------------------------------------------------------ bec-34: managing director (Ono spelling), Amazon
f = "bec-34-giftcard-director-gmail-ono-amazon-ja.eml"
when = jst(2026, 6, 16, 10, 41, 12)
shimizu = P("shimizu")
frm = ("大野 隆", "takashi.ono.sales@gmail.com")
text = """清水課長

お疲れ様です。大野です。
今、席にいますか？

本日中に取引先へ謝礼を渡す必要があり、Amazonギフトカードを用意してほしいです。
5万円分を4枚（合計20万円）、コンビニで購入してください。
経費精算は私の方で処理しますので、領収書は保管しておいてください。

購入後、ギフトカードの番号をこのメールに返信で送ってください。
客先で打ち合わせ中のため、電話は取れません。

大野"""
add(Msg(
    f, "bec", "gift-card", "ja",
    ("The sales director 大野 隆 (family_name_latin Ohno) on a Gmail address spelled 'takashi.ono': asks a "
     "sales manager to buy four 50,000-yen Amazon gift cards and send the numbers by reply the same day; "
     "'at a customer, cannot take calls'. Gmail passes SPF/DKIM/DMARC. UTF-8 base64."),
    when=when, frm=frm, to=[shimizu.ja_addr()], subject="至急", hcs=("UTF-8", "B"),
    body=K.plain(text, "UTF-8", "base64"), route=R.gmail(f, when, shimizu.email),
    auth=R.Auth("pass", frm[1], "pass", "gmail.com", "pass", "gmail.com", "none"),
    mid=K.mid_gmail(f), style="gmail"))
