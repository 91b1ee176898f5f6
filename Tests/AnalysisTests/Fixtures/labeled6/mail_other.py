"""bec-20 .. bec-34: attorney impersonation, data theft, payroll diversion and
gift cards."""
import banking as B
import common as Cm
import company as C
import local as L
import mimeparts as M
import routes as R
from local import jst, mk

P = C.P
FW = B.fullwidth


def _own(dom, p="none"):
    return R.Auth("pass", dom, "pass", dom, "pass", dom, p)


# ================================================================ attorney impersonation

def bec20():
    dom = "harrowsterling-law.example"
    acct = "0718-442093-1"
    text = f"""Dear Ms. Raman,

I am a partner at Harrow & Sterling LLP and act for Ryokufukai Medical
Corporation in a confidential transaction concerning the acquisition of
a general practice group in Singapore (Project Lotus). Dr. Yuichiro Ono,
Chairman of the Corporation, has authorised me to contact you directly;
Dr. Murakami has been informed and will confirm once he is out of the
board meeting this afternoon.

The vendor's counsel requires a good-faith deposit of SGD 245,000.00 into
our client account before 5:00 pm today, failing which the exclusivity
period lapses and the vendor is free to accept a competing offer.

  Account name:  Harrow & Sterling LLP - Client Account
  Bank:          Example Straits Bank Ltd, Singapore
  Account no.:   {acct}
  SWIFT:         ESBKSGSG
  Reference:     LOTUS-DEP-01

Because the matter is price-sensitive, please do not discuss it with other
members of staff, including the clinic manager, until the announcement.
Kindly confirm by return email once the transfer has been initiated and
attach the bank's confirmation.

Yours sincerely,

Daniel Whitcombe
Partner, Corporate & Healthcare
Harrow & Sterling LLP
0 Example Quay #00-00, Singapore 000000

CONFIDENTIALITY NOTICE: This email and any attachments are confidential
and may be protected by legal privilege. If you are not the intended
recipient, please notify the sender and delete it."""
    return mk("bec-20-attorney-unknown-firm-project-lotus-sgd-deposit-today-en.eml", "bec",
              "attorney-impersonation", "en",
              f"An unknown law firm ({dom}, on a server of its own with SPF, DKIM and DMARC passing) writes to "
              "the Singapore clinic's finance executive, naming the chairman and the MD: a confidential "
              "acquisition, a SGD 245,000 deposit into a 'client account' before 5 pm today, 'do not tell the "
              "clinic manager', confirm by reply.",
              via=L.server("mail.harrowsterling-law.example", "203.0.113.58", client=(None, "198.51.100.121"),
                           auth=_own(dom), tz=R.SGT, mid="std", mailer="Microsoft Outlook 16.0", lang="en"),
              when=jst(2026, 5, 7, 11, 22, 8), frm=("Daniel Whitcombe", f"d.whitcombe@{dom}"),
              to=[P("raman").en_addr()], subject="Project Lotus - strictly private and confidential",
              body=Cm.plain(text, "US-ASCII"), accounts=[acct])


def bec21():
    dom = "kasumi-sogo-law.example"
    acct = "6103278"
    text = f"""医療法人社団 緑風会
法人事務局 経理課
阿部 拓也 様

突然のご連絡失礼いたします。
東京霞総合法律事務所の弁護士、北村と申します。

貴会 理事長 大野雄一郎様のご依頼により、現在、他の医療法人との
合併（吸収合併）に関する手続きを代理しております。
本件は理事会への付議前の案件であり、厳格な守秘義務の対象となって
おります。理事長のご指示により、経理課長を含め、他の職員の方には
ご内密にお願いいたします。

本日、相手方法人との基本合意書の締結にあたり、保証金の預託が
必要となりました。大変恐縮ですが、本日15時までに、当事務所の
預り金口座へ下記のとおりお振込みをお願いいたします。

　振込金額　{FW('32,000,000')}円
　振込先　　ひかり総合銀行　虎ノ門支店
　　　　　　普通　{FW(acct)}
　口座名義　ベンゴシホウジン　カスミソウゴウホウリツジムショ　アズカリキン

お振込み完了後、本メールへのご返信にてお知らせください。
守秘の観点から、本件に関するお電話はご遠慮いただきますよう
お願い申し上げます。理事長には当職から報告いたします。

弁護士法人 東京霞総合法律事務所
弁護士　北村 正人
〒100-0000 東京都千代田区霞が関0-0-0"""
    return mk("bec-21-attorney-unknown-kasumi-firm-merger-deposit-azukarikin-fullwidth-ja.eml", "bec",
              "attorney-impersonation", "ja",
              f"An unknown law firm ({dom}, its own server, SPF pass, DKIM pass, DMARC pass with p=none) writes "
              "to treasury 'at the chairman's request' about a confidential merger: a 32 million yen deposit to a "
              "'預り金' account before 15:00 today, 'do not tell the head of accounting', 'no phone calls', "
              "confirm by reply. Full-width digits.",
              via=L.server("smtp.kasumi-sogo-law.example", "203.0.113.116", client=(None, "198.51.100.36"),
                           auth=_own(dom), mid="std", mailer="Microsoft Outlook 16.0"),
              when=jst(2026, 3, 11, 10, 8, 51), frm=("北村 正人", f"m.kitamura@{dom}"),
              to=[P("abe").ja_addr()], subject="【厳秘】合併手続きに関する保証金のお振込みについて",
              body=Cm.plain(text), accounts=[acct])


def bec22():
    dom = "aoba-sougou-law.example"
    acct = "2218409"
    text = f"""医療法人社団 緑風会
総務課長 三上 隆 様

いつもお世話になっております。青葉総合法律事務所の安藤です。

元職員の方との労働審判の件につきまして、本日の期日において、
相手方代理人との間で和解がまとまりました。和解条項により、
和解金を本日中に相手方指定の口座へお支払いする必要があるため、
当事務所の預り金口座を経由してお支払いいただく形をとります。

　和解金　　　{FW('4,850,000')}円
　お振込先　　杜の都銀行　本店営業部　普通　{FW(acct)}
　口座名義　　ベンゴシホウジン　アオバソウゴウホウリツジムショ
　お振込期限　本日15時

河野事務局長には事前にご了承をいただいております。
和解合意書の写しを添付いたします。
お振込み後、ご一報いただけますと幸いです。

弁護士法人 青葉総合法律事務所
弁護士　安藤 孝之"""
    agreement = L.pdf(["和解合意書（写）", "", "申立人 元職員A　相手方 医療法人社団 緑風会", "",
                       "第1条 相手方は申立人に対し、和解金として金" + FW("4,850,000") + "円の支払義務を認める。",
                       "第2条 相手方は前条の金員を2026年5月19日限り、申立人代理人の指定する口座に振り込む。",
                       "振込先 杜の都銀行 本店営業部 普通 " + FW(acct),
                       "第3条 申立人及び相手方は、本件に関し本和解条項に定めるもののほか何らの債権債務がないことを確認する。",
                       "", "弁護士法人 青葉総合法律事務所"], "和解合意書_写.pdf", "和解合意書")
    return mk("bec-22-attorney-lookalike-aoba-sougou-labour-settlement-today-pdf-ja.eml", "bec",
              "attorney-impersonation", "ja",
              f"The corporation's real outside counsel (aoba-sogo-law.example, in org.yaml) imitated on {dom} "
              "(long vowels 'sougou' for 'sogo'), an Exchange Online tenant with its own authentication: a labour "
              "settlement 'agreed today' must be paid by 15:00 into the firm's '預り金' account, 'already approved by "
              "the executive director', with a PDF 'settlement agreement'. The real firm has no account on file.",
              via=L.m365(dom, "APC", client_ip="203.0.113.202", auth=_own(dom), lang="ja"),
              when=jst(2026, 5, 19, 11, 47, 30), frm=("安藤 孝之", f"t.ando@{dom}"),
              to=[P("mikami").ja_addr()], subject="労働審判（元職員）和解成立のご報告と和解金のお支払いについて",
              body=M.Multi("mixed", [Cm.plain(text), agreement]), accounts=[acct])


def bec23():
    dom = "ryokufukai.test"
    text = """Dear Wei Ling,

I would like to introduce Mr. Richard Hale of Whitmore Kane LLP, copied
here, who is advising the Corporation on a confidential matter concerning
the Singapore clinic.

Mr. Hale will contact you today about a payment that must be made before
the end of the day. Please give him your full cooperation and treat his
instructions as coming from me. It is important that you do not discuss
this with anyone, including Dr. Murakami, until I announce it myself.

I am in meetings in Tokyo all day and can only respond by email.

Best regards,

Yuichiro Ono
Chairman
Ryokufukai Medical Corporation"""
    return mk("bec-23-attorney-chairman-test-tld-lookalike-introduces-counsel-cc-en.eml", "bec",
              "attorney-impersonation", "en",
              f"The chairman's name on {dom} (the organisation's name under another top-level domain), a server "
              "of its own with SPF pass, no DKIM and no DMARC, introduces an unknown lawyer of "
              "whitmorekane-law.example in Cc to the Singapore clinic manager: a payment 'before the end of the "
              "day', 'treat his instructions as coming from me', 'do not tell Dr. Murakami', email only.",
              via=L.server("mx01.ryokufukai.test", "198.51.100.183", client=(None, "203.0.113.75"),
                           auth=R.Auth("pass", dom, "none", None, "none", dom, None), mid="std",
                           mailer="Microsoft Outlook 16.0", lang="en"),
              when=jst(2026, 6, 2, 10, 4, 37), frm=("Yuichiro Ono", f"yuichiro.ono@{dom}"),
              to=[P("tan").en_addr()], cc=[("Richard Hale", "r.hale@whitmorekane-law.example")],
              subject="Introduction - Mr. Richard Hale (confidential)", body=Cm.plain(text, "US-ASCII"))


# ================================================================ data theft

def bec24():
    text = """及川さん

お疲れさまです。千葉です。

顧問税理士の先生から、昨年分の源泉徴収票と扶養控除の内容について
急ぎで確認したいと連絡がありました。
全職員分の2025年分源泉徴収票（PDF）と、扶養控除等申告書の
マイナンバー一覧（本人・扶養家族分）をまとめて、
本日中にこのアドレスへ送ってもらえますか。

本部のPCが不調なので、今日は自宅から個人のアドレスで作業しています。
ファイルはパスワードなしで大丈夫です。
課内の他の人には、私から後で説明します。

よろしくお願いします。

千葉"""
    return mk("bec-24-datatheft-hr-head-gmail-gensen-mynumber-all-staff-ja.eml", "bec", "data-theft", "ja",
              "The HR head's name on a Gmail address asks the payroll clerk for every employee's 2025 源泉徴収票 "
              "and the マイナンバー list of staff and dependants, today, to 'this address', without a password "
              "('my office PC is broken'). Gmail multipart/alternative, UTF-8 base64.",
              via=L.gmail(), when=jst(2026, 1, 27, 11, 31, 48), frm=("千葉 誠", "makoto.chiba.hr@gmail.com"),
              to=[P("oikawa").ja_addr()], subject="源泉徴収票とマイナンバー一覧の件（至急）", hcs=("UTF-8", "B"),
              body=M.alt(Cm.plain(text, "UTF-8", "base64"),
                         Cm.html(Cm.simple_html(text, font="arial, sans-serif", size="small"), "UTF-8", "base64")))


def bec25():
    dom = "ryokufu-sgp.example"
    text = """Hi Jia Hui,

The group auditors from Sendai need the Singapore payroll records for
their review, and I have promised them everything today.

Could you send me:
1. the Form IR8A of every staff member for YA 2026;
2. a staff list in Excel with full name, NRIC/FIN, date of birth, home
   address, monthly basic salary and the bank account each salary is
   credited to.

Please send them straight to me; I will forward them to the auditors.
No need to involve Wei Ling - she is busy with the MOH inspection.

Thanks,
Dr. Hiroshi Murakami
Managing Director & Medical Director
Ryokufu Medical Clinic Singapore Pte. Ltd."""
    return mk("bec-25-datatheft-md-sgp-lookalike-ir8a-nric-staff-list-en.eml", "bec", "data-theft", "en",
              f"The Singapore MD's name on {dom} (the clinic's domain with 'sgp' for 'sg'), an Exchange Online "
              "tenant with its own authentication passing: every staff member's IR8A and a list with NRIC/FIN, "
              "birth dates, addresses, salaries and bank accounts, today, 'no need to involve Wei Ling'.",
              via=L.m365(dom, "APC", client_ip="203.0.113.186", auth=_own(dom), tz=R.SGT),
              when=jst(2026, 3, 3, 17, 45, 20), frm=("Dr. Hiroshi Murakami", f"murakami.hiroshi@{dom}"),
              to=[P("lim").en_addr()], subject="IR8A and staff list for group audit - today please",
              body=M.alt(Cm.plain(text, "US-ASCII"), Cm.html(Cm.simple_html(text, font="Calibri, sans-serif"))))


def bec26():
    dom = "ryokufukal.example"
    text = """武田さん

お疲れさまです。院長の林です。

来週の厚生局の個別指導に向けて、私の方で事前に確認しておきたい
ことがあります。
直近3か月（2月〜4月）の入院患者一覧を、次の項目でExcelにまとめて
このメールに返信で送ってください。

　・患者氏名（漢字・カナ）
　・生年月日・住所
　・主病名・副病名
　・保険者番号・被保険者記号番号
　・入院日・退院日・主治医

本件は指導の対策に関わる内容のため、医事課長を含め、他の職員には
まだ話さないでください。本日17時までにお願いします。

林"""
    return mk("bec-26-datatheft-director-l-for-i-lookalike-inpatient-records-eucjp-ja.eml", "bec", "data-theft",
              "ja",
              f"The hospital director's name on {dom} ('l' for 'i' in ryokufukai), a server of its own with SPF "
              "and DKIM passing and DMARC p=none: asks the health-information manager for three months of "
              "inpatient records (names, birth dates, addresses, diagnoses, insurance numbers) in Excel by 17:00, "
              "by reply, 'do not tell the head of medical affairs'. EUC-JP 8bit.",
              via=L.server("mail.ryokufukal.example", "198.51.100.226", client=(None, "203.0.113.67"),
                           auth=_own(dom), mid="std", mailer="Microsoft Outlook 16.0"),
              when=jst(2026, 5, 26, 13, 15, 2), frm=("林 正樹", f"masaki.hayashi@{dom}"),
              to=[P("takeda").ja_addr()], subject="個別指導の事前確認（入院患者一覧）", hcs=("EUC-JP", "B"),
              body=Cm.plain(text, "EUC-JP", "8bit"))


def bec27():
    text = """Dear Ms. Lim,

I am Makoto Chiba, head of HR at the head office in Sendai. As part of
the group HR audit requested by the board, I need the Singapore payroll
register for January to April 2026.

Please send it as an Excel file with, for each employee: full name,
NRIC/FIN, CPF account number, bank name and account number, gross pay,
CPF contributions and net pay.

I am working remotely this week, so please send it to this address. The
deadline from the board is tomorrow morning Japan time.

Thank you for your cooperation.

Makoto Chiba
HR Section Manager
Ryokufukai Medical Corporation"""
    return mk("bec-27-datatheft-hr-head-outlook-sg-payroll-register-cpf-en.eml", "bec", "data-theft", "en",
              "The Japanese HR head's name on an outlook.com address asks the Singapore HR executive for the "
              "payroll register with NRIC/FIN, CPF and bank account numbers and pay, 'working remotely, send it "
              "to this address', deadline tomorrow. Cross-entity data theft.",
              via=L.outlook_com("JPN"), when=jst(2026, 5, 12, 16, 2, 55),
              frm=("Makoto Chiba", "makoto.chiba.ryokufukai@outlook.com"), to=[P("lim").en_addr()],
              subject="Group HR audit - Singapore payroll register Jan-Apr 2026",
              body=M.alt(Cm.plain(text, "US-ASCII"), Cm.html(Cm.simple_html(text, font="Aptos, sans-serif"))))


def bec28():
    text = """今野さん

お疲れさまです。河野です。

理事会資料の作成に使うので、全職員の職員名簿をExcelで送ってください。
項目は次のとおりです。

　氏名、所属、職種、生年月日、住所、携帯電話番号、個人のメールアドレス

本日17時までに、このアドレスへお願いします。
外出先で作業しているため、法人のアドレスでは受け取れません。
千葉課長には私から伝えておきます。

河野"""
    return mk("bec-28-datatheft-executive-director-yahoo-staff-roster-private-contacts-ja.eml", "bec",
              "data-theft", "ja",
              "The executive director's name on a yahoo.co.jp address (romaji 'kouno' for Kono) asks HR labour affairs for the full staff "
              "roster with birth dates, home addresses, mobile numbers and private mail addresses, by 17:00, to "
              "'this address' because he 'cannot receive at the corporate one'. ISO-2022-JP.",
              via=L.yahoo("198.51.100.140"), when=jst(2026, 2, 17, 13, 33, 9),
              frm=("河野 修", "osamu_kouno_rfk@yahoo.co.jp"), to=[P("konno").ja_addr()],
              subject="職員名簿の件", body=Cm.plain(text))


# ================================================================ payroll diversion

def bec29():
    acct = "7730185"
    text = f"""及川さん

お疲れ様です。5階西病棟の佐藤綾香です。

給与の振込口座を変更したく、ご連絡しました。
今月支給分の給与から、下記の口座への振込をお願いできますでしょうか。

　銀行名：あさひ野ネット銀行
　支店名：さくら支店（店番号 {FW('205')}）
　種別　：普通
　口座番号：{FW(acct)}
　名義　：サトウ　アヤカ

夜勤続きで人事課に伺う時間が取れず、メールで失礼します。
必要な書類があれば、このアドレスに送っていただければ記入して返送します。

よろしくお願いします。

佐藤 綾香"""
    return mk("bec-29-payroll-nurse-gmail-not-on-file-net-bank-fullwidth-ja.eml", "bec", "payroll-diversion", "ja",
              "A ward nurse's name on a Gmail address that is not the private address on file "
              "(ayaka.sato.example@gmail.com): asks payroll to move this month's salary to a net-bank account, "
              "'no time to come to HR', forms to 'this address'. ISO-2022-JP, full-width digits.",
              via=L.gmail(), when=jst(2026, 4, 14, 22, 7, 31), frm=("佐藤綾香", "ayaka.sato.0815@gmail.com"),
              to=[P("oikawa").ja_addr()], subject="給与振込口座の変更について", body=Cm.plain(text),
              accounts=[acct])


def bec30():
    acct = "611-804572-9"
    text = f"""Hi Jia Hui,

I have recently changed my bank and would like my salary to be credited
to my new account from this month's payroll onwards.

Bank: Example Straits Bank Ltd
Account name: Ng Kok Wei
Account number: {acct}

I'm on the night rota this week so I can't come to the office to fill in
the form - could you update it for me? Please let me know once done.

Thank you!
Kok Wei"""
    return mk("bec-30-payroll-staff-nurse-hotmail-not-on-file-new-account-en.eml", "bec", "payroll-diversion", "en",
              "A Singapore staff nurse's name on a hotmail.com address that is not his private address on file "
              "(kokwei.ng.example@hotmail.com): asks HR to credit this month's salary to a new bank account and "
              "to update it without the form ('on the night rota').",
              via=L.outlook_com("NAM", tz=R.SGT), when=jst(2026, 4, 21, 1, 16, 40),
              frm=("Ng Kok Wei", "ngkokwei.sg@hotmail.com"), to=[P("lim").en_addr()],
              subject="Change of salary bank account",
              body=M.alt(Cm.plain(text, "US-ASCII"), Cm.html(Cm.simple_html(text, font="Calibri, sans-serif"))),
              accounts=[acct])


def bec31():
    acct = "8841 0027 5563"
    text = f"""Hello Ms Lim,

Good afternoon. This is Nur Aisyah from Patient Services.

I just opened an account with a digital bank and I would like my May
salary to go there instead of my current account, because my old
account will be closed soon.

Bank: Example Digital Bank Singapore
Account holder: Nur Aisyah Binte Ismail
Account no: {acct}

Can this be done before the 25th? Please reply to this email as I don't
check my work email often when I'm at the front desk.

Thank you so much!!

Sent from my Galaxy"""
    return mk("bec-31-payroll-patient-services-gmail-digital-bank-before-25th-en.eml", "bec",
              "payroll-diversion", "en",
              "The Singapore patient-services executive's name on a Gmail address that is not her private address "
              "on file (nuraisyah.example@gmail.com): asks HR to pay May's salary to a new digital-bank account "
              "before the 25th and to reply to this address.",
              via=L.gmail(tz=R.SGT), when=jst(2026, 5, 20, 15, 48, 12),
              frm=("Nur Aisyah", "aisyah.ismail.rmcs@gmail.com"), to=[P("lim").en_addr()],
              subject="Salary account change", body=Cm.plain(text, "UTF-8", "7bit"), accounts=[acct])


# ================================================================ gift cards

def bec32():
    s = P("sakurai")
    text = """桜井さん

お疲れさまです。大野です。
会議中のためメールで失礼します。

年度末の慰労として、病棟の職員へサプライズでギフトカードを
渡したいと考えています。
至急、Apple Gift Card（3万円分）を10枚用意してもらえますか。
コンビニで購入できると思います。費用は後で精算します。

購入したら、カード裏面のコードが見えるように写真を撮って、
このメールに返信で送ってください。
サプライズなので、他の方には内緒でお願いします。

大野"""
    return mk("bec-32-giftcard-chairman-icloud-apple-cards-secretary-private-ja.eml", "bec", "gift-card", "ja",
              "The chairman's name on an iCloud address (romaji 'ohno' where the directory has Ono), to his secretary's corporate and private iCloud "
              "addresses: ten 30,000-yen Apple Gift Cards 'as a surprise for the ward staff', photos of the codes "
              "by reply, 'keep it secret', repaid later. iPhone Mail, UTF-8 quoted-printable.",
              via=L.icloud(), when=jst(2026, 3, 13, 14, 20, 16), frm=("大野 雄一郎", "y.ohno.rijicho@icloud.com"),
              to=[s.ja_addr(), ("", s.personal[0])], hcs=("UTF-8", "B"), subject="お願い",
              body=Cm.plain(text, "UTF-8", "quoted-printable"))


def bec33():
    text = """Mei Lin,

Are you free? I need you to get something done for me discreetly.

I want to surprise some of our patients' children at the paediatric
charity event this weekend. Please buy 8 Google Play gift cards of
S$100 each from the nearest 7-Eleven or Guardian. I will reimburse you
in full tomorrow.

Once you have them, scratch the back, take clear pictures of the codes
and email them to me here. Don't mention it to the others, it's a
surprise.

Thanks,
Dr. Murakami
Sent from my iPhone"""
    return mk("bec-33-giftcard-md-gmail-google-play-assistant-en.eml", "bec", "gift-card", "en",
              "The Singapore MD's name on a Gmail address, to his executive assistant: eight S$100 Google Play "
              "cards 'for a charity event', pictures of the scratched codes by email, reimbursed tomorrow, "
              "'don't mention it to the others'.",
              via=L.gmail(tz=R.SGT), when=jst(2026, 5, 8, 13, 9, 44),
              frm=("Dr. Hiroshi Murakami", "dr.hmurakami.rmcs@gmail.com"), to=[P("chua").en_addr()],
              subject="Are you free?", body=Cm.plain(text, "UTF-8", "7bit"))


def bec34():
    text = """丹野事務長

お疲れ様です。斎藤です。

ご家族会の役員の方々へのお礼として、Amazonギフトカードを
お渡ししたいと思います。
5万円分を6枚、本日中に購入していただけますか。
領収書は経理に回していただければ、私から説明します。

購入後、カードの番号（ギフト券番号）をこのメールに
返信で送ってください。私の方で各ご家族にお送りします。

今は会議中で電話に出られませんので、メールでお願いします。

斎藤 真理子"""
    return mk("bec-34-giftcard-vice-chair-nifty-amazon-care-facility-ja.eml", "bec", "gift-card", "ja",
              "The vice-chair's name on a nifty.com ISP mailbox (romaji 'saitou' for Saito), to the care facility's administrator: six 50,000-"
              "yen Amazon gift cards today 'as thanks to the family association', the card numbers by reply, "
              "'in a meeting, cannot take calls'. Becky!, ISO-2022-JP.",
              via=L.isp("nifty", "203.0.113.199"), when=jst(2026, 6, 5, 10, 41, 27),
              frm=("斎藤真理子", "saitou-mrk@nifty.com"), to=[P("tanno").ja_addr()],
              subject="至急お願いします", body=Cm.plain(text))


MESSAGES = [bec20, bec21, bec22, bec23, bec24, bec25, bec26, bec27, bec28, bec29, bec30, bec31, bec32, bec33,
            bec34]
