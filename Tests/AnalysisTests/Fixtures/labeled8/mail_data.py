"""Data theft: tax forms (源泉徴収票, Lohnsteuerbescheinigung), マイナンバー and
tax IDs, staff contact lists, customer lists with prices, recipes and process
documents."""
import company as C
import common as K
import local as L
from local import P, jst, mail, R

MESSAGES = []
add = MESSAGES.append

# ------------------------------------------------------------------ bec-24
f = "bec-24-datatheft-hr-head-gmail-gensen-choshuhyo-mynumber-all-staff-ja.eml"
w = jst(2027, 1, 19, 8, 5, 33)
frm = ("石田 修", "ishida.osamu.yf@gmail.com")
text = """阿部さん

おはようございます。石田です。
朝早くにすみません。

新潟税務署から源泉所得税の調査の連絡があり、
顧問税理士の先生と事前に内容を確認することになりました。
急ぎで、以下を本日中にこのアドレスへ送ってもらえますか。

1. 2026年分 全従業員（パート含む）の源泉徴収票（PDFで一式）
2. 扶養控除等申告書のスキャン
3. 従業員のマイナンバー一覧（氏名・生年月日・住所・個人番号・扶養親族の番号）

会社のノートPCが更新作業中でVPNに接続できないため、
今日は個人のアドレスから連絡しています。
ファイルが重ければ分けて送ってください。パスワードは不要です。

税務調査の件はまだ社内に広げたくないので、他の方には伝えないでください。

石田"""
add(mail(f, "bec", "data-theft", "ja",
         "The HR head's name on a Gmail address not on file, to the payroll clerk: every employee's 2026 "
         "源泉徴収票, dependants' forms and a マイナンバー list with addresses, today, to this address, no "
         "password, 'laptop cannot connect', 'a tax audit, tell nobody'. SPF/DKIM pass for gmail.com.",
         L.gmail(f, w, frm[1], P("abe").email),
         when=w, frm=frm, to=[P("abe").ja_addr()], subject="源泉徴収票とマイナンバー一覧の送付（至急）",
         body=L.gmail_body(text), hcs=("UTF-8", "B")))

# ------------------------------------------------------------------ bec-25
f = "bec-25-datatheft-de-md-l-for-i-lookalike-customer-list-net-prices-volumes-en.eml"
w = jst(2026, 11, 27, 22, 12, 8)  # 14:12 CET
look = "yukltsubaki-europe.example"
frm = ("Kenta Kobayashi", "k.kobayashi@" + look)
text = """Hi Jonas,

I need a favour at short notice. The board in Niigata meets a
potential investor for the European business on Monday and Tokyo
wants a full customer overview from us by tonight.

Please send me an Excel file with all active customers in DACH and
Benelux:
- company name, buyer's name, direct phone and email
- net prices per SKU (after all rebates and listing fees)
- 2026 volumes per SKU and the 2027 forecast
- payment terms and credit limits

Send it directly to me, not via the shared drive - the investor
must not appear in the folder logs yet, so please keep this between
us.

Thanks,
Kenta

Kenta Kobayashi
Managing Director
Yukitsubaki Foods Europe GmbH"""
add(mail(f, "bec", "data-theft", "en",
         "Look-alike yukltsubaki-europe.example ('l' for 'i') of the subsidiary's domain, on its own Exchange "
         "Online tenant (SPF/DKIM/DMARC pass, p=none), the MD's name, to the DACH sales manager: the full "
         "customer list with buyers' contacts, net prices after rebates, volumes, credit limits, 'tonight', "
         "not via the shared drive, keep it between us.",
         L.m365(f, w, P("becker").email, look, "EUR", frm[1], "Customer overview for Monday", tz=R.CET),
         when=w, frm=frm, to=[P("becker").en_addr()], subject="Customer overview for Monday",
         body=L.outlook_en(text), hcs=("UTF-8", "Q")))

# ------------------------------------------------------------------ bec-26
f = "bec-26-datatheft-production-director-fooods-lookalike-recipes-haccp-plan-eucjp-ja.eml"
w = jst(2026, 12, 11, 10, 20, 47)
look = "yukitsubaki-fooods.example"
frm = ("渡辺 和也", "watanabe.kazuya@" + look)
text = """星野さん

お疲れ様です。渡辺です。

大手コンビニベンダー（OEM候補先）から、来週の品質監査に先立ち
事前に以下の資料を提出するよう求められています。
本日17時までに、私宛にメールで送ってください。

・「雪椿 玄米おかき」試作3品の配合表（原料配合比率・仕込量）
・冷凍焼きおにぎり・五目炒飯の配合表と調味液のレシピ
・製造工程フロー図とHACCPプラン（CCPの管理基準を含むもの）
・原料米・大豆の仕入先一覧

社外秘資料なので、ZIPにパスワードを付けて送り、
パスワードは別のメールで送ってください。
先方との守秘義務契約は締結済みです。

工場の小川工場長と関部長には私から伝えてありますので、
確認は不要です。

渡辺"""
add(mail(f, "bec", "data-theft", "ja",
         "Look-alike yukitsubaki-fooods.example (an extra 'o') with the production director's name, own server "
         "(SPF pass, DKIM pass, DMARC p=none), to the R&D researcher: recipes (配合表) of products under "
         "development and of frozen rice dishes, process flow, HACCP plan and supplier list by 17:00 for an "
         "'OEM audit', zip with the password in a second mail, 'the factory manager and QA already know'. "
         "EUC-JP 8bit body from a Sylpheed client string.",
         L.server(f, w, P("hoshino").email, "mail.yukitsubaki-fooods.example", "203.0.113.243", frm[1],
                  client=(None, "198.51.100.31", "[10.0.2.15]"), auth=R.aligned(look, frm[1], "none"),
                  mailer="Sylpheed 3.7.0 (GTK+ 2.24.33; x86_64-pc-linux-gnu)"),
         when=w, frm=frm, to=[P("hoshino").ja_addr()], subject="OEM監査用の資料送付のお願い（本日17時まで）",
         body=L.plain(text, "EUC-JP", "8bit"), hcs=("EUC-JP", "B")))

# ------------------------------------------------------------------ bec-27
f = "bec-27-datatheft-de-finance-head-gmail-lohnsteuerbescheinigungen-tax-ids-ibans-en.eml"
w = jst(2027, 2, 9, 15, 48, 2)  # 07:48 CET
frm = ("Katharina Wolf", "katharina.wolf.yfe@gmail.com")
text = """Hi Sabine,

Quick request before the auditors arrive: they want to reconcile the
wage tax with the payroll for 2026 and asked me for

- the Lohnsteuerbescheinigungen 2026 for all employees (PDF)
- the payroll register for 2026 with tax ID (Steuer-ID), social
  security number, tax class and IBAN per employee

Could you send everything to this address this morning? My laptop is
at IT for the Windows update and I am preparing the file from home.
No need to involve the payroll bureau, I will handle the questions.

Thanks a lot!
Katharina"""
add(mail(f, "bec", "data-theft", "en",
         "The German head of finance's name on a Gmail address, to HR: every employee's 2026 wage-tax "
         "certificate and a payroll register with tax IDs, social security numbers and IBANs, 'for the "
         "auditors', this morning, laptop 'at IT', leave the payroll bureau out. SPF/DKIM pass for gmail.com; "
         "Date in CET.",
         L.gmail(f, w, frm[1], P("krueger").email, tz=R.CET),
         when=w, frm=frm, to=[P("krueger").en_addr()], subject="Auditors - payroll documents 2026",
         body=L.gmail_body(text, "quoted-printable"), hcs=("UTF-8", "Q")))

# ------------------------------------------------------------------ bec-28
f = "bec-28-datatheft-senior-md-yahoo-oono-heavy-snow-bcp-staff-contacts-private-emails-ja.eml"
w = jst(2026, 12, 22, 19, 40, 26)
frm = ("大野 浩", "oono_hiroshi_yf@yahoo.co.jp")
text = """近藤さん

お疲れ様です。大野です。

明日から大雪の予報が出ており、工場の操業判断と安否確認を
今夜中に段取りしておきたいので、至急お願いします。

全社員（パート・派遣含む）の
　氏名、所属、携帯電話番号、個人のメールアドレス、自宅住所、緊急連絡先
の一覧をExcelで、今夜中にこのアドレスへ送ってください。

会社のPCは会社に置いてきてしまったので、
今日は個人のアドレスで対応しています。
人事の石田部長には私から話しておきます。

よろしくお願いします。

大野"""
add(mail(f, "bec", "data-theft", "ja",
         "The senior managing director's name on Yahoo! JAPAN with the romaji variant 'oono' (directory: "
         "Ono), 19:40, to general affairs: the full staff list with mobile numbers, private mail addresses, "
         "home addresses and emergency contacts tonight, pretext a heavy-snow business-continuity plan, 'PC "
         "left at the office'. SPF/DKIM pass for yahoo.co.jp; ISO-2022-JP.",
         L.yahoo(f, w, frm[1], P("kondo").email, "203.0.113.158"),
         when=w, frm=frm, to=[P("kondo").ja_addr()], subject="大雪に備えた緊急連絡先一覧の件",
         body=L.plain(text)))
