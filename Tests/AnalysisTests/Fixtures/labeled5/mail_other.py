"""BEC: attorney impersonation, data theft (W-2, 源泉徴収票, マイナンバー,
employee lists, payroll), payroll diversion."""
import banking as B
import common as CM
import company as C
import mimeparts as M
import routes as R
from local import msg, freemail, own_server, m365, pdf, mixed, ip
from message import jst

P = C.P
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ------------------------------------------------------------------ bec-20

ESCROW_ABA = B.aba("02100947")
att_text = f"""Ms. Grant,

My firm represents Asanagi Logistics Co., Ltd. in a confidential
transaction, internally referred to as "Project Kestrel", the purchase of
a cold-chain warehousing business in the Inland Empire. Mr. Kyohei Kudo,
your parent company's President, has authorized me to contact you
directly, as the acquisition will be completed through Asanagi Logistics
USA, Inc.

The parties signed the letter of intent last night. Under its terms, a
good-faith deposit must reach our client trust account by 2:00 p.m.
Pacific today; otherwise the seller is free to accept a competing offer.

  Beneficiary:   Pierce Holloway LLP - Client Trust (IOLTA) Account
  Bank:          Example Trust Bank, N.A., New York
  ABA routing:   {ESCROW_ABA}
  Account:       8830416672
  Amount:        USD 1,275,000.00
  Reference:     Kestrel / ALUSA deposit

Because the target's name is price-sensitive and Mr. Delgado has a
conflict with one of the seller's shareholders, Mr. Kudo has asked that
this matter not be discussed with anyone else at Asanagi Logistics USA
until the public announcement. Please confirm by reply once the wire has
been released; I will send you a copy of the signed LOI under separate
cover after funding.

Regards,

Jonathan Pierce
Partner | Pierce Holloway LLP
Mergers & Acquisitions
(555) 010-8830

CONFIDENTIALITY NOTICE: This e-mail may contain attorney-client
privileged information. If you are not the intended recipient, delete it
and notify the sender."""

when = jst(2026, 3, 18, 6, 10, 42)
dom = "piercehollowaylaw.example"
add(msg("bec-20-attorney-project-kestrel-iolta-same-day-wire-en.eml", "bec", "attorney-impersonation", "en",
        "A 'partner' of an unknown law firm (piercehollowaylaw.example, not in vendors; an Exchange Online "
        "tenant, SPF/DKIM/DMARC pass for itself) writes to the US controller: confidential 'Project "
        "Kestrel' acquisition, authorized by the parent's president (named), USD 1,275,000 to a 'client "
        "trust account' by 2 p.m. today, 'do not discuss with anyone, Mr. Delgado has a conflict'. Valid "
        "ABA routing number.",
        m365("bec-20", when, P("grant").email, "jpierce@" + dom, "NAM"),
        when=when, date_tz=R.PDT, frm=("Jonathan Pierce", "jpierce@" + dom), to=[P("grant").en_addr()],
        subject="Privileged & Confidential - Project Kestrel - deposit today",
        body=CM.plain(att_text, "US-ASCII"),
        fields=[("Thread-Topic", "Privileged & Confidential - Project Kestrel - deposit today"),
                ("Thread-Index", CM.thread_index("bec-20")), ("Content-Language", "en-US")],
        accounts=[ESCROW_ABA, "8830416672"]))

# ------------------------------------------------------------------ bec-21

ben_text = """株式会社朝凪ロジスティクス
財務ご担当　久保 拓海 様

突然のご連絡失礼いたします。
東京中央リーガルパートナーズ法律事務所の弁護士、柴田と申します。

御社代表取締役 工藤恭平様よりご依頼を受け、現在、ある企業の株式取得に
関する案件を担当しております。工藤様より、送金の実務については
財務ご担当の久保様に直接ご連絡するようご指示をいただきました。

本件は相手方との秘密保持契約の対象であり、公表まで社内でも
ごく一部の方のみで進めるよう工藤様から強くご要望をいただいております。
恐れ入りますが、他の方への共有はお控えください。

相手方との基本合意に基づき、本日15時までに手付金を当事務所の
預り金口座へお振込みいただく必要がございます。

　振込金額　：２４，８００，０００円
　振込先　　：ひなげし銀行　日本橋支店
　口座種別　：普通
　口座番号　：２８１４０６３
　口座名義　：ベンゴシ　シバタ　リユウイチ　アズカリキン

お振込み後、振込明細の写しを本メールへのご返信でお送りください。
工藤様は本日終日、相手方との協議に同席されておりますので、
お電話でのご確認はご遠慮いただけますと幸いです。

何卒よろしくお願い申し上げます。

東京中央リーガルパートナーズ法律事務所
弁護士　柴田 隆一"""

when = jst(2026, 4, 9, 10, 31, 5)
dom = "tokyo-chuo-lawpartners.example"
frm = ("柴田 隆一", "r.shibata@" + dom)
add(msg("bec-21-attorney-unknown-firm-ma-deposit-azukarikin-fullwidth-ja.eml", "bec",
        "attorney-impersonation", "ja",
        "A lawyer from an unknown firm (tokyo-chuo-lawpartners.example, not the organisation's counsel; its "
        "own server, SPF/DKIM/DMARC pass) writes to the treasury staff: the president 工藤恭平 'instructed "
        "me to contact you directly', confidential share acquisition, 24.8 M yen deposit to the lawyer's "
        "預り金 account by 15:00 today (full-width digits), share with nobody, 'please do not phone'.",
        own_server("bec-21", when, P("kubo").email, frm[1], "mail." + dom, "198.51.100.191",
                   client=(None, ip("bec-21"), "[" + ip("bec-21") + "]"), selector="tclp"),
        when=when, frm=frm, to=[P("kubo").ja_addr()],
        subject="【秘】工藤様ご依頼の案件について（本日中のお手続きのお願い）",
        body=CM.plain(ben_text), fields=[("X-Mailer", "Microsoft Outlook 16.0")], accounts=["2814063"]))

# ------------------------------------------------------------------ bec-22

intro_text = """Rob,

I need your help with a confidential matter. We are in the final stage of
acquiring a cold-storage operator in Texas, which will sit under Asanagi
Logistics USA. The board approved it on Friday; the announcement is
planned for the end of the month.

Mr. Daniel Kwan of Kwan & Barrett, our outside counsel for this deal, is
copied. He will contact you today with the closing statement and the
wire instructions for the first payment. Please follow his instructions
and treat this with the strictest confidentiality - do not involve
Melissa or the Japan finance team until I tell you, as the seller has
insisted on a very small circle.

I am in meetings in Tokyo most of the day, so please coordinate directly
with Mr. Kwan by email.

Best regards,
Kyohei Kudo
President and Representative Director
Asanagi Logistics Co., Ltd."""

when = jst(2026, 5, 13, 8, 2, 59)
lk = "asanagi-group.example"
frm = ("Kyohei Kudo", "kyohei.kudo@" + lk)
add(msg("bec-22-attorney-ceo-lookalike-group-introduces-counsel-cc-en.eml", "bec", "attorney-impersonation",
        "en",
        "The parent's president on the look-alike asanagi-group.example (added word) writes to the US "
        "president, with a 'Daniel Kwan of Kwan & Barrett' (kwanbarrett-law.example, unknown) in Cc: "
        "confidential Texas acquisition, 'follow his wire instructions', keep the controller and the Japan "
        "finance team out, email only. No account yet; the lawyer is to send it. SPF/DKIM/DMARC pass for "
        "the look-alike.",
        own_server("bec-22", when, P("delgado").email, frm[1], "mail." + lk, "203.0.113.12",
                   client=(None, ip("bec-22", "198.51.100"), "[" + ip("bec-22", "198.51.100") + "]"),
                   mid=CM.mid_outlook_desktop("bec-22", lk), style="outlook"),
        when=when, date_tz=R.PDT, frm=frm, to=[P("delgado").en_addr()],
        cc=[("Daniel Kwan", "dkwan@kwanbarrett-law.example")],
        subject="Confidential: Texas acquisition - introduction to counsel",
        body=CM.plain(intro_text, "US-ASCII"), fields=[("X-Mailer", "Microsoft Outlook 16.0")]))

# ------------------------------------------------------------------ bec-23

wakai_text = """株式会社朝凪ロジスティクス
経理部長　前田 恵 様

いつもお世話になっております。
桜坂総合法律事務所の高瀬でございます。

元従業員の方から申し立てのあった労働審判（未払残業代請求）の件につき、
本日午前の期日で和解の方向がまとまりました。工藤社長および法務の三浦様には
本日の期日でご了承をいただいております。

和解条項により、解決金を本日中に当事務所の預り金口座経由で
お支払いいただく必要がございます（期限までに入金が確認できない場合、
和解が不成立となり、審判に移行するおそれがございます）。

　解決金　　：８，６４０，０００円
　振込先　　：かえで銀行　虎ノ門支店
　　　　　　　普通　５０６２７１８
　口座名義　：サクラサカホウリツジムシヨ　アズカリキン

和解合意書の案を添付いたしましたのでご確認ください。
申立人のプライバシーに関わる事案のため、社内でのご共有は
最小限にとどめていただけますようお願いいたします。

お振込み完了後、本メールにご返信をお願いいたします。

桜坂総合法律事務所
弁護士　高瀬 玲子"""

when = jst(2026, 6, 10, 11, 20, 37)
lk = "sakurasaka-law.example"
frm = ("高瀬 玲子", "takase.reiko@" + lk)
add(msg("bec-23-attorney-listed-firm-lookalike-sakurasaka-labour-settlement-pdf-ja.eml", "bec",
        "attorney-impersonation", "ja",
        "The organisation's REAL outside counsel's lawyer (name copied) on the look-alike "
        "sakurasaka-law.example (romaji 'sakurasaka' for the listed sakurazaka-law.example), to the head of "
        "accounting: a labour-tribunal settlement 'agreed this morning', the president and legal 'have "
        "approved', 8.64 M yen to a 預り金 account 'today or the settlement fails', keep it to a minimum "
        "of people; settlement draft PDF. SPF pass, DKIM pass, DMARC none (no record) for the look-alike.",
        own_server("bec-23", when, P("maeda").email, frm[1], "smtp." + lk, "198.51.100.58",
                   client=(None, ip("bec-23"), "[" + ip("bec-23") + "]"), selector="sk1",
                   auth=R.Auth("pass", frm[1], "pass", lk, "none", lk, None),
                   mid=CM.mid_outlook_desktop("bec-23", lk), style="outlook"),
        when=when, frm=frm, to=[P("maeda").ja_addr()],
        subject="【至急】労働審判事件 和解金のお支払いについて",
        body=mixed(CM.plain(wakai_text),
                   pdf(["和解合意書（案）", "申立人 ＊＊＊＊（元従業員）", "相手方 株式会社朝凪ロジスティクス",
                        "第1条 相手方は申立人に対し、解決金として金8,640,000円の支払義務があることを認める。",
                        "第2条 相手方は前条の金員を、2026年6月10日限り、下記口座に振り込む方法により支払う。",
                        "かえで銀行 虎ノ門支店 普通 5062718 サクラサカホウリツジムシヨ アズカリキン",
                        "第3条 申立人と相手方は、本件に関し口外しないことを相互に約する。"],
                       "和解合意書（案）.pdf", "和解合意書（案）", "Microsoft Word")),
        fields=[("X-Mailer", "Microsoft Outlook 16.0")], accounts=["5062718"]))

# ------------------------------------------------------------------ bec-24

w2_text = """Dana,

I need a copy of the 2025 W-2s for all Carson employees (PDF, one file
is fine) for a meeting with our tax advisers this afternoon. They are
reviewing the payroll structure before the Japan group audit.

Please send them to me by 1 PM. I'm between meetings so email is best.

Thanks,
Rob

Robert Delgado
President & CEO | Asanagi Logistics USA, Inc."""

when = jst(2026, 2, 11, 3, 44, 18)
lk = "asanagi-usa-inc.example"
frm = ("Robert Delgado", "rdelgado@" + lk)
add(msg("bec-24-datatheft-w2-us-president-lookalike-inc-replyto-gmail-en.eml", "bec", "data-theft", "en",
        "The US president's name and exact local part on the look-alike asanagi-usa-inc.example ('-inc' "
        "added), Reply-To a Gmail address, to the HR & payroll manager in W-2 season: all 2025 W-2s as one "
        "PDF 'by 1 PM' for 'tax advisers'. SPF pass for the look-alike, no DKIM, no DMARC record.",
        own_server("bec-24", when, P("ortiz").email, frm[1], "mail." + lk, "203.0.113.175",
                   client=(None, ip("bec-24", "198.51.100"), "[" + ip("bec-24", "198.51.100") + "]"),
                   tz=R.PST, auth=R.Auth("pass", frm[1], "none", None, "none", lk, None)),
        when=when, date_tz=R.PST, frm=frm, to=[P("ortiz").en_addr()],
        reply_to=[("Robert Delgado", "rdelgado.asanagiusa@gmail.com")],
        subject="W-2 copies needed today", body=CM.plain(w2_text, "US-ASCII")))

# ------------------------------------------------------------------ bec-25

gensen_text = """今井さん

お疲れさまです。杉山です。

税理士の先生に年末調整の結果をチェックしてもらうことになったので、
以下のデータを至急送ってもらえますか。

　・2025年分 源泉徴収票（全従業員分、PDFでまとめて）
　・従業員のマイナンバー一覧（Excel、扶養家族分も含む）

今日は外で作業していて会社のPCが使えないので、このアドレスに
送ってください。パスワードは付けなくて大丈夫です。

ほかの人には、まだ話さないでおいてください。
よろしくお願いします。

杉山"""

when = jst(2026, 2, 16, 19, 5, 44)
addr = "sugiyama.naoki.jinji@gmail.com"
v = freemail("bec-25", when, P("imai").email, addr)
add(msg("bec-25-datatheft-hr-head-gmail-gensen-mynumber-ja.eml", "bec", "data-theft", "ja",
        "The head of HR's name on a Gmail address (name and 'jinji' in the local part), after hours, to the "
        "payroll clerk: every employee's 2025 源泉徴収票 as one PDF and the My Number list with dependants, "
        "'to this address', 'no password needed', 'don't tell anyone yet'. UTF-8 quoted-printable; Gmail "
        "passes SPF/DKIM/DMARC for gmail.com.",
        v, when=when, frm=("杉山 直樹", addr), to=[P("imai").ja_addr()], hcs=("UTF-8", "B"),
        subject="源泉徴収票とマイナンバーの件",
        body=M.alt(CM.plain(gensen_text, "UTF-8", "quoted-printable"),
                   CM.html(CM.simple_html(gensen_text, "arial, sans-serif", "small"), "UTF-8", "quoted-printable"))))

# ------------------------------------------------------------------ bec-26

meibo_text = """福田さん

お疲れさまです。工藤です。

来週の取締役会で、人員配置の見直しについて資料を作ることになりました。
急ぎで、全社員の名簿をExcelで送ってもらえますか。

必要な項目は以下です。
　氏名（フリガナ）、所属、役職、生年月日、入社日、
　自宅住所、携帯電話番号、緊急連絡先

まだ社内でオープンにできない話なので、人事部長にも共有せず、
このメールに直接返信してください。

工藤"""

when = jst(2026, 3, 24, 17, 52, 10)
lk = "asanagi-logi.test"
frm = ("工藤 恭平", "kudo.kyohei@" + lk)
add(msg("bec-26-datatheft-ceo-tld-swap-test-employee-list-ja.eml", "bec", "data-theft", "ja",
        "The president's name and exact local part on asanagi-logi.test (same name, other top-level "
        "domain) to the labour-affairs clerk: the full employee list in Excel with birth dates, home "
        "addresses, mobile numbers and emergency contacts, 'don't share it even with the head of HR', "
        "reply directly. The look-alike passes SPF/DKIM/DMARC for itself.",
        own_server("bec-26", when, P("fukuda").email, frm[1], "mail." + lk, "203.0.113.66",
                   client=(None, ip("bec-26", "198.51.100"), "[" + ip("bec-26", "198.51.100") + "]"),
                   selector="mail"),
        when=when, frm=frm, to=[P("fukuda").ja_addr()], subject="社員名簿の件（至急）",
        body=CM.plain(meibo_text), fields=[("X-Mailer", "Microsoft Outlook 16.0")]))

# ------------------------------------------------------------------ bec-27

reg_text = """Melissa,

Good morning. As part of the group compliance review requested by our
auditors in Tokyo, I need the following for all Asanagi Logistics USA
employees:

  - Payroll register for Q1 2026 (gross, deductions, net)
  - Full name, SSN, date of birth and home address
  - Direct deposit bank name, routing and account number

Please send it in Excel to this address by the end of your day. I am
using my personal mailbox while I travel, as the VPN is not working from
the hotel. There is no need to involve Robert or Dana; this is a routine
group-level check.

Thank you,
Makoto Endo
Director and CFO
Asanagi Logistics Co., Ltd."""

when = jst(2026, 4, 2, 23, 58, 31)
addr = "makoto.endo.cfo@outlook.com"
v = freemail("bec-27", when, P("grant").email, addr, region="NAM")
add(msg("bec-27-datatheft-cfo-outlook-us-payroll-register-ssn-en.eml", "bec", "data-theft", "en",
        "The parent's CFO's name on an outlook.com address ('my personal mailbox while I travel') to the US "
        "controller: Q1 payroll register with SSNs, birth dates, home addresses and direct-deposit "
        "accounts of every US employee, in Excel, 'no need to involve Robert or Dana'. Outlook.com passes "
        "SPF/DKIM/DMARC for its own domain.",
        v, when=when, date_tz=R.PDT, frm=("Makoto Endo", addr), to=[P("grant").en_addr()],
        subject="Group compliance review - US payroll data", body=CM.plain(reg_text, "US-ASCII")))

# ------------------------------------------------------------------ bec-28

fuyou_text = """杉山部長

お疲れさまです。大島です。

監査法人から、役員・管理職の報酬と扶養状況について急ぎ確認したいとの
依頼がありました。恐縮ですが、本日中に以下をこのアドレスへ送ってください。

　・役員および課長職以上の給与台帳（2025年1月〜12月）
　・同じ対象者の扶養控除等申告書（マイナンバー記載のもの）のPDF

会社のメールは容量の関係で大きな添付が届かないため、こちらで受けます。
監査対応の件なので、社内での共有は不要です。

よろしくお願いします。

大島"""

when = jst(2026, 1, 20, 16, 33, 9)
addr = "oshima_yuki_asg@yahoo.co.jp"
v = freemail("bec-28", when, P("sugiyama").email, addr, "198.51.100.126")
add(msg("bec-28-datatheft-vp-yahoo-payroll-ledger-fuyou-mynumber-sjis-ja.eml", "bec", "data-theft", "ja",
        "The vice-president's name on a Yahoo! JAPAN address to the head of HR: salary ledgers of directors "
        "and managers and their 扶養控除等申告書 with My Numbers, 'today', 'company mail cannot take large "
        "attachments', 'no need to share internally'. Shift_JIS body and Shift_JIS encoded-words; Yahoo "
        "passes SPF/DKIM/DMARC for yahoo.co.jp; submitted from 198.51.100.126.",
        v, when=when, frm=("大島 由紀", addr), to=[P("sugiyama").ja_addr()], hcs=("Shift_JIS", "B"),
        subject="監査対応の資料について", body=CM.plain(fuyou_text, "Shift_JIS", "base64")))

# ------------------------------------------------------------------ bec-29

kyuyo_text = """人事部 給与担当
今井様

お疲れさまです。厚木センターの藤井です。
スマホから失礼します。

給与の振込口座を変更したいのですが、今月25日の給与から
下記の口座に振り込んでいただくことは可能でしょうか。

　そよかぜネット銀行　ピアノ支店
　普通　４０２８６１９
　名義　フジイ　ケンタロウ

センターのPCが混み合っていて、ポータルの申請がなかなか
できないため、メールで失礼します。
お手数ですが、手続きが終わったらこのアドレスに連絡をください。

藤井"""

when = jst(2026, 2, 18, 21, 12, 47)
addr = "kentaro.fujii.0921@gmail.com"
v = freemail("bec-29", when, P("imai").email, addr)
add(msg("bec-29-payroll-warehouse-leader-gmail-net-bank-fullwidth-ja.eml", "bec", "payroll-diversion", "ja",
        "A warehouse leader's name on a Gmail address that is NOT his private address on file "
        "(kentaro.fujii.example@outlook.jp), at night, to the payroll clerk: move this month's salary to a "
        "net-bank ordinary account (full-width 4028619), 'the portal is hard to use', 'reply to this "
        "address'. Gmail passes SPF/DKIM/DMARC for gmail.com.",
        v, when=when, frm=("藤井 健太郎", addr), to=[P("imai").ja_addr()],
        subject="給与振込口座の変更のお願い", body=CM.plain(kyuyo_text, "UTF-8", "base64"),
        hcs=("UTF-8", "B"), accounts=["4028619"]))

# ------------------------------------------------------------------ bec-30

DD_ABA = B.aba("32227513")
dd_text = f"""Hi Dana,

I recently opened a new account with my credit union and I'd like my
direct deposit switched over before this Friday's payroll if possible.

Bank: Golden Poppy Federal Credit Union
Routing number: {DD_ABA}
Account number: 60219483377
Checking

I tried to do it in the portal but it keeps sending the code to my old
phone number. Can you make the change on your end and let me know when
it's done?

Thanks,
Tyler"""

when = jst(2026, 3, 11, 4, 6, 55)
addr = "tyler.jensen.dispatch@gmail.com"
v = freemail("bec-30", when, P("ortiz").email, addr)
add(msg("bec-30-payroll-dispatcher-gmail-direct-deposit-aba-en.eml", "bec", "payroll-diversion", "en",
        "A dispatcher's name on a Gmail address that is NOT his private address on file "
        "(tjensen.example@icloud.com), to the HR & payroll manager: switch direct deposit to a credit-union "
        "account 'before Friday', the portal 'sends the code to my old phone', so 'make the change on your "
        "end'. Valid ABA routing number. Gmail passes SPF/DKIM/DMARC for gmail.com.",
        v, when=when, date_tz=R.PDT, frm=("Tyler Jensen", addr), to=[P("ortiz").en_addr()],
        subject="Direct deposit change", body=CM.plain(dd_text, "UTF-8", "7bit"),
        accounts=[DD_ABA, "60219483377"]))

# ------------------------------------------------------------------ bec-31

DD2_ABA = B.aba("12200066")
lr_text = f"""Good afternoon Dana,

This is Luis from the warehouse. I changed banks last week because of
some fraud on my old card, so please update my payroll deposit to the
new account below starting with the next check:

Bank: Coastline Community Bank
ABA: {DD2_ABA}
Acct: 7310046285 (checking)

I can't log in to the payroll site from my phone and I'm on the floor
all week, so it would help a lot if you could enter it for me. Reply here
and I'll send anything else you need.

Thank you,
Luis Ramirez
Warehouse Lead - Carson"""

when = jst(2026, 4, 23, 5, 50, 2)
addr = "luisramirez.carson@hotmail.com"
v = freemail("bec-31", when, P("ortiz").email, addr, region="NAM")
add(msg("bec-31-payroll-warehouse-lead-hotmail-new-bank-aba-en.eml", "bec", "payroll-diversion", "en",
        "A warehouse lead's name on a Hotmail address that is NOT his private address on file "
        "(luis.ramirez.example@gmail.com), to the HR & payroll manager: new checking account for the next "
        "paycheck because of 'fraud on my old card', 'can't log in to the payroll site', 'reply here'. "
        "Valid ABA routing number; Outlook.com passes SPF/DKIM/DMARC for hotmail.com.",
        v, when=when, date_tz=R.PDT, frm=("Luis Ramirez", addr), to=[P("ortiz").en_addr()],
        subject="Update my direct deposit please", body=CM.plain(lr_text, "US-ASCII"),
        accounts=[DD2_ABA, "7310046285"]))
