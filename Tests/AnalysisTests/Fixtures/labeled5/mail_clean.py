"""Clean messages, part 1: vendors' invoices and threads, the bank, the law
firm. Every one shares vocabulary with BEC and is genuine."""
import banking as B
import common as CM
import company as C
import mimeparts as M
import routes as R
import threads as T
from local import msg, freemail, internal, internal_app, own_server, m365, pdf, mixed
from message import jst

P = C.P
V = C.V
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ------------------------------------------------------------------ clean-01

e = T.SEALINE_INV
add(msg("clean-01-vendor-invoice-sealine-onfile-pdf-ja.eml", "clean", "vendor-invoice", "ja",
        "The fuel supplier's monthly invoice from its real domain sealine-oil.example (SPF/DKIM/DMARC pass), "
        "submitted from its office LAN to its own mail server in business hours. Bank details in the mail and "
        "in the PDF are the ones on file (はまなす銀行 本牧支店 普通 5081734, 'as before'). bec-14 later "
        "replies to this message from the same mailbox.",
        own_server("clean-01", e.when, P("iwasaki").email, e.frm[1], V["sealine"].server, V["sealine"].ip,
                   client=(None, "10.8.20.31", "[10.8.20.31]"), selector="s2024", mid=e.mid),
        when=e.when, frm=e.frm, to=[P("iwasaki").ja_addr()], cc=[P("onodera").ja_addr()],
        subject=e.subject,
        body=mixed(CM.plain(e.text),
                   pdf(["株式会社シーライン石油　御請求書", "",
                        "株式会社朝凪ロジスティクス 御中", "請求書番号 SO-2604-0127　発行日 2026年4月30日",
                        "対象期間 2026年4月1日〜4月30日", "",
                        "軽油（厚木物流センター構内給油） 38,400L　5,621,760円",
                        "フリートカード利用分（車両42台） 662,202円", "小計 6,283,962円", "消費税 628,456円",
                        "ご請求金額 6,912,418円", "お支払期日 2026年5月29日", "",
                        "お振込先 はまなす銀行 本牧支店 普通 5081734 カ）シーラインセキユ"],
                       "SO-2604-0127.pdf", "御請求書 SO-2604-0127", "Sealine Billing 5.0")),
        fields=[("X-Mailer", "Microsoft Outlook 16.0")], on_file="sealine",
        accounts=["5081734"]))

# ------------------------------------------------------------------ clean-02

hz_text = """株式会社朝凪ロジスティクス
経理部　岩崎 翼 様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
ハマカゼ運送 経理課の佐伯でございます。

２０２６年３月分の傭車料につきまして、ご請求書をお送りいたします。

　請求番号　　ＨＫ−２６０３−０２８
　ご請求額　　３，９４７，２００円（税込）
　内訳　　　　厚木→関西 １０ｔ便 ４２運行、厚木→北関東 ４ｔ便 ３１運行
　お支払期日　２０２６年４月３０日（木）

なお、２月にご案内のとおり、３月分より下記の新しい口座へのお振込みを
お願いしております。御社にてご確認のお電話をいただき、
ご登録いただいた口座でございます。

　さざなみ信用金庫　鶴見支店　当座　０４１８８２６
　口座名義　カ）ハマカゼウンソウ

ご不明な点がございましたら、経理課（０４５−０００−５５６１）まで
ご連絡ください。

今後ともよろしくお願い申し上げます。

株式会社ハマカゼ運送　経理課
佐伯 紀子"""

when = jst(2026, 4, 8, 11, 26, 40)
add(msg("clean-02-vendor-invoice-hamakaze-onfile-new-toza-sjis-fullwidth-ja.eml", "clean", "vendor-invoice", "ja",
        "The subcontracted carrier's March invoice from its real domain hamakaze-unso.example (all pass), "
        "Shift_JIS body with full-width digits (as its old billing software writes), PDF with a Japanese file "
        "name. It names the account changed in March, which the organisation verified by call-back and holds "
        "on file (さざなみ信用金庫 鶴見支店 当座 0418826): a change that was announced and checked earlier "
        "(clean-10), not a new request.",
        own_server("clean-02", when, P("iwasaki").email, T.SAEKI[1], V["hamakaze"].server, V["hamakaze"].ip,
                   client=(None, "10.12.0.44", "saeki-pc"), mid=CM.mid_becky("clean-02", when,
                                                                               "hamakaze-unso.example")),
        when=when, frm=T.SAEKI, to=[P("iwasaki").ja_addr()], hcs=("Shift_JIS", "B"),
        subject="【ハマカゼ運送】３月分 傭車料ご請求書",
        body=mixed(CM.plain(hz_text, "Shift_JIS", "base64"),
                   pdf(["請求書", "株式会社朝凪ロジスティクス 御中", "請求番号 HK-2603-028",
                        "2026年3月分 傭車料", "厚木→関西 10t便 42運行 2,604,000円",
                        "厚木→北関東 4t便 31運行 984,360円", "消費税 358,840円", "合計 3,947,200円",
                        "振込先 さざなみ信用金庫 鶴見支店 当座 0418826 カ）ハマカゼウンソウ"],
                       "請求書_HK-2603-028.pdf", "請求書 HK-2603-028", "HK Seikyu 2.3")),
        fields=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")], on_file="hamakaze", accounts=["0418826"]))

# ------------------------------------------------------------------ clean-03

e = T.VANRIJN_INV
add(msg("clean-03-vendor-invoice-vanrijn-milestone-onfile-iban-pdf-en.eml", "clean", "vendor-invoice", "en",
        "The Dutch conveyor maker's milestone invoice from its real domain vanrijn-systems.example (Exchange "
        "Online, SPF/DKIM/DMARC pass, p=reject), sent in Dutch office hours to procurement with the head of "
        "accounting in Cc. IBAN and BIC in the mail and in the PDF are the ones on file (NL33 EXNB 0417 2683 50). "
        "bec-15 later hijacks this thread.",
        m365("clean-03", e.when, P("kawaguchi").email, e.frm[1], "EUR", p="reject"),
        mid=e.mid, when=e.when, date_tz=R.CET, frm=e.frm, to=e.to, cc=e.cc, subject=e.subject,
        body=mixed(CM.plain(e.text, "US-ASCII"),
                   pdf(["Van Rijn Opslagsystemen B.V. - INVOICE VR-2026-0318", "Date: 27-03-2026",
                        "Customer: Asanagi Logistics Co., Ltd., Yokohama, Japan",
                        "Contract VRO-JP-2025-014 - Atsugi DC conveyor and shuttle racking",
                        "Milestone 2 of 4: mechanical completion (30%)   EUR 412,650.00",
                        "VAT 0% (export of goods and services)", "Total due: EUR 412,650.00 by 26-04-2026",
                        "Bank: Example Noordbank N.V., Tilburg",
                        "IBAN NL33 EXNB 0417 2683 50   BIC EXNBNL2A", "Reference: VR-2026-0318"],
                       "VR-2026-0318.pdf", "Invoice VR-2026-0318", "Exact Online")),
        fields=[("Thread-Topic", "Invoice VR-2026-0318 - Milestone 2 (Atsugi DC conveyor, mechanical completion)"),
                ("Thread-Index", CM.thread_index("clean-03")), ("Accept-Language", "nl-NL, en-US"),
                ("Content-Language", "en-US")],
        on_file="vanrijn", accounts=[C.VANRIJN_IBAN]))

# ------------------------------------------------------------------ clean-04

e = T.PACHARBOR_STMT
add(msg("clean-04-statement-pacharbor-past-due-onfile-aba-portal-en.eml", "clean", "payment-reminder", "en",
        "The US drayage carrier's accounts-receivable clerk sends the monthly statement with two invoices past "
        "terms, from its real domain pacharbor-drayage.example (Exchange Online, all pass), Pacific daytime. "
        "The routing and account are the ones on file and the only link goes to the carrier's own portal. "
        "bec-17 continues this thread from a look-alike domain.",
        m365("clean-04", e.when, P("cole").email, e.frm[1], "NAM", p="quarantine"),
        mid=e.mid, when=e.when, date_tz=R.PDT, frm=e.frm, to=e.to, cc=e.cc, subject=e.subject,
        body=mixed(M.alt(CM.plain(e.text, "US-ASCII"),
                         CM.html(CM.simple_html(e.text, "Calibri, sans-serif"), "UTF-8", "quoted-printable")),
                   pdf(["PACIFIC HARBOR DRAYAGE, LLC - CUSTOMER STATEMENT", "Asanagi Logistics USA, Inc.",
                        "Statement date 04/14/2026", "PHD-24817  03/09/2026  18,460.00  past due",
                        "PHD-24852  03/16/2026  21,935.50  past due",
                        "PHD-24901  04/06/2026  16,220.00  current", "Balance 56,615.50",
                        "Remit: Harborline National Bank, ABA 122044177, Checking 7720193846"],
                       "Statement_AsanagiUSA_2026-04.pdf", "Statement April 2026", "QuickBooks Online")),
        fields=[("Thread-Topic", e.subject), ("Thread-Index", CM.thread_index("clean-04")),
                ("Content-Language", "en-US")],
        on_file="pacharbor", accounts=[C.PACHARBOR_ROUTING, "7720193846"]))

# ------------------------------------------------------------------ clean-05

kamome_text = """株式会社朝凪ロジスティクス 様

いつも かもめ銀行 法人インターネットバンキング をご利用いただき、
ありがとうございます。

下記のとおり、お客さまの口座へのお振込入金がありましたので
お知らせいたします。

　入金日　　　：2026年5月15日
　入金口座　　：本店営業部　当座　***4521
　入金額　　　：12,408,600円
　振込依頼人　：カ）ミツバシヨクヒンリユウツウ

お取引の詳細は、法人インターネットバンキングにログインのうえ
「入出金明細照会」からご確認ください。
https://www.kamome-bank.example/hojin/

※本メールは送信専用アドレスからお送りしています。ご返信いただいても
　お答えできませんのでご了承ください。
※かもめ銀行が、メールでお客さまのパスワードや暗証番号、
　電子証明書の再発行等をお願いすることはありません。

お問い合わせ：かもめ銀行 法人サポートデスク 0120-000-815
（平日 9:00〜18:00）
https://www.kamome-bank.example/hojin/support/

株式会社かもめ銀行"""

when = jst(2026, 5, 15, 10, 4, 11)
add(msg("clean-05-bank-incoming-transfer-notice-kamome-ja.eml", "clean", "bank-notice", "ja",
        "The organisation's main bank (listed in vendors) sends an incoming-transfer notice from its own "
        "domain kamome-bank.example (its notification MTA, all pass, p=reject). The account is masked, the "
        "links go only to the bank's own site, and it says the bank never asks for passwords by mail. "
        "Looks like bank phishing ('log in to check'); phishing-04 imitates it.",
        own_server("clean-05", when, "keiri@asanagi-logi.example", "ib-info@kamome-bank.example",
                   V["kamome"].server, V["kamome"].ip, selector="kmb1", p="reject", local_user=2003),
        when=when, frm=("かもめ銀行", "ib-info@kamome-bank.example"),
        to=[("", "keiri@asanagi-logi.example")], subject="【かもめ銀行】お振込入金のお知らせ",
        body=CM.plain(kamome_text),
        fields=[("X-Mailer", "KMB-Notify/3.1")]))

# ------------------------------------------------------------------ clean-06

nishimura_text = """前田部長
（CC：遠藤取締役、岩崎さん）

お疲れさまです。西村です。

急ぎのお願いで恐縮ですが、ハマカゼ運送への5月増便分の前払いを
本日中に実行いただけないでしょうか。

連休明けの関西向け増便（5/7〜5/15、1日2台）について、ハマカゼさんから
協力会社の車両を確保するため、半額を前払いにしてほしいと
先週の定例で要請がありました。稟議は昨日、遠藤取締役の最終承認が
下りています。

　稟議番号：R-2026-0188（承認済 4/27）
　支払先　：株式会社ハマカゼ運送（取引先コード V-0217）
　金額　　：1,320,000円（税込）
　振込先　：登録済みの口座（さざなみ信用金庫 鶴見支店 当座 0418826）

ハマカゼさんの請求書（前払分）はワークフローに添付済みです。
振込先はマスタ登録済みのものから変更ありません。

不明点があれば内線 2104 か Teams でご連絡ください。
よろしくお願いします。

西村 浩二
取締役 物流本部長"""

when = jst(2026, 4, 28, 9, 12, 5)
add(msg("clean-06-internal-urgent-prepayment-hamakaze-ringi-ja.eml", "clean", "internal-payment-request", "ja",
        "A director asks the head of accounting for a same-day prepayment (至急, 本日中): looks like CEO fraud, "
        "but it comes from his real mailbox through the internal relay (Yokohama office PC, all pass), copies "
        "the CFO who approved it, cites the approval number, and pays the vendor's account on file "
        "(ハマカゼ運送, 当座 0418826, 'unchanged'). Offers the extension and Teams.",
        internal("clean-06", when, P("maeda").email, P("nishimura").email, "10.61.4.27"),
        when=when, frm=P("nishimura").ja_addr(), to=[P("maeda").ja_addr()],
        cc=[P("endo").ja_addr(), P("iwasaki").ja_addr()],
        subject="【至急】ハマカゼ運送 5月増便分の前払いについて（R-2026-0188 承認済）",
        body=CM.plain(nishimura_text),
        fields=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", CM.thread_index("clean-06")),
                ("Content-Language", "ja")],
        on_file="hamakaze", accounts=["0418826"]))

# ------------------------------------------------------------------ clean-07

delgado_text = """Melissa,

Can you get the Pacific Harbor payment out today instead of Friday? Their
dispatcher told Kevin they will stop pulling our boxes at LBCT tomorrow if
PHD-24901 isn't paid, and we have the Ridgeway reefer loads on the water.

It's already approved in the AP workflow (AP-2026-0931, I signed off this
morning). Same remittance we always use - Harborline National Bank, routing
122044177, checking 7720193846. Nothing has changed on their side; I asked
Gloria on the phone.

If same-day ACH cuts off before you can release it, just call me and we'll
do a wire from the Harborline-listed account instead.

Thanks,
Rob

Robert Delgado
President & CEO | Asanagi Logistics USA, Inc.
Carson, CA | (555) 010-2200"""

when = jst(2026, 4, 22, 3, 48, 30)
add(msg("clean-07-internal-president-same-day-ach-pacharbor-onfile-en.eml", "clean", "internal-payment-request", "en",
        "The US president asks the controller to release a carrier payment today rather than Friday: "
        "urgency and an executive request, but from his real mailbox on asanagi-usa.example through the "
        "organisation's relay (Carson PC over the VPN, all pass), with the AP workflow number, the AP clerk in "
        "Cc, and the carrier's routing and account as on file. Mentions a call with the vendor.",
        internal("clean-07", when, P("grant").email, P("delgado").email, "10.63.1.58"),
        when=when, date_tz=R.PDT, frm=P("delgado").en_addr(), to=[P("grant").en_addr()],
        cc=[P("cole").en_addr()],
        subject="Pacific Harbor PHD-24901 - please release today (AP-2026-0931)",
        body=CM.plain(delgado_text, "US-ASCII"),
        fields=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", CM.thread_index("clean-07")),
                ("Content-Language", "en-US")],
        on_file="pacharbor", accounts=[C.PACHARBOR_ROUTING, "7720193846"]))

# ------------------------------------------------------------------ clean-08

gensen_text = """社員各位

人事部 給与担当です。

2025年分の源泉徴収票（給与所得の源泉徴収票）を、人事ポータルの
「給与明細・帳票」メニューに掲載しました。年末調整の結果もあわせて
ご確認ください。

　掲載日　：2026年1月23日（金）
　掲載場所：人事ポータル > 給与明細・帳票 > 源泉徴収票
　https://jinji-portal.asanagi-logi.example/payslip/

・源泉徴収票はメールには添付しません。ポータルから各自でダウンロード
　してください（社内ネットワークまたはVPN接続が必要です）。
・紙での交付を希望される方は、2月6日までにポータルの申請フォームから
　お申し込みください。
・住宅ローン控除や医療費控除で確定申告される方は、ダウンロードした
　PDFをそのままご利用いただけます。

なお、人事部がメールやチャットでマイナンバー、給与振込口座、
源泉徴収票の送付をお願いすることはありません。そのような依頼を
受けた場合は、返信せず情報システム部（内線 3300）へ連絡してください。

人事部 給与担当
内線 2210"""

when = jst(2026, 1, 23, 9, 30, 0)
add(msg("clean-08-hr-gensen-choshuhyo-portal-notice-ja.eml", "clean", "hr-payroll-notice", "ja",
        "HR's payroll desk tells all staff that the 2025 源泉徴収票 are in the HR portal: data-theft vocabulary "
        "(源泉徴収票, マイナンバー, 給与振込口座) but sent by the internal HR portal through the relay from the "
        "corporate domain (all pass), nothing attached, the link goes to the internal portal, and it warns "
        "that HR never asks for these by mail. Sent to the all-staff list (not in the directory).",
        internal_app("clean-08", when, "zensha@asanagi-logi.example", "kyuyo@asanagi-logi.example",
                     C.HR_PORTAL),
        when=when, frm=("人事部 給与担当", "kyuyo@asanagi-logi.example"),
        to=[("朝凪ロジスティクス 全社員", "zensha@asanagi-logi.example")],
        subject="【人事部】2025年分 源泉徴収票の掲載について",
        body=CM.plain(gensen_text, "UTF-8", "base64"), hcs=("UTF-8", "B"),
        fields=[("X-Mailer", "JinjiPortal Notifier 2.4"), ("Auto-Submitted", "auto-generated")]))

# ------------------------------------------------------------------ clean-09

law_text = """株式会社朝凪ロジスティクス
法務部　三浦 様
（CC：遠藤 取締役）

いつもお世話になっております。桜坂総合法律事務所の高瀬です。

北斗冷蔵株式会社の株式取得の件につき、株式譲渡契約書（案）の第2版を
当事務所のファイル共有にアップロードいたしました。

　https://share.sakurazaka-law.example/f/HK2605-SPA-v2

第1版からの主な変更点は以下のとおりです。
　1. 表明保証の対象に、冷凍倉庫の高圧ガス保安法関係の許認可を追加
　2. 価格調整条項（運転資本）の基準日を2026年6月30日に変更
　3. クロージング後の競業避止期間を3年から2年に短縮（売主側の要望）

本件は公表前の重要事実に該当しうる情報ですので、社内でも
プロジェクトメンバーの範囲でのお取扱いをお願いいたします。
ダウンロード用のパスワードは、従来どおり三浦様の携帯へ
SMSでお送りします。

ご質問やご意見は、来週5月13日（水）の定例打合せでも承ります。
なお、本件で当事務所から送金や費用の前払いをお願いすることは
ございません（報酬は月次で請求書をお送りします）。

――――――――――――――――――
桜坂総合法律事務所
弁護士　高瀬 玲子
〒100-0000 東京都千代田区丸の内0-0-0
TEL 03-0000-4810
https://www.sakurazaka-law.example/
――――――――――――――――――
本メールは秘密情報を含む場合があります。誤って受信された場合は、
お手数ですが送信者にご連絡のうえ削除してください。"""

when = jst(2026, 5, 8, 18, 22, 47)
add(msg("clean-09-law-firm-spa-draft-confidential-acquisition-ja.eml", "clean", "legal-correspondence", "ja",
        "The organisation's outside counsel (listed in vendors) sends the second draft of a share purchase "
        "agreement for a confidential acquisition: lawyer, 'confidential', insider-information wording, the "
        "CFO named in Cc. But it comes from the firm's real domain sakurazaka-law.example (all pass), the link "
        "goes to the firm's own file share, and no payment is requested (it says so).",
        own_server("clean-09", when, P("miura").email, "takase.reiko@sakurazaka-law.example",
                   V["sakurazaka"].server, V["sakurazaka"].ip, client=(None, "10.3.0.118"), selector="sk2025",
                   p="quarantine", mid=CM.mid_outlook_desktop("clean-09", "sakurazaka-law.example"),
                   style="outlook"),
        when=when, frm=("高瀬 玲子", "takase.reiko@sakurazaka-law.example"), to=[P("miura").ja_addr()],
        cc=[P("endo").ja_addr()],
        subject="【秘】北斗冷蔵案件 株式譲渡契約書（案）第2版のご送付",
        body=CM.plain(law_text),
        fields=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", CM.thread_index("clean-09")),
                ("Content-Language", "ja")]))

# ------------------------------------------------------------------ clean-10

o = C.HAMAKAZE_OLD
change_text = f"""株式会社朝凪ロジスティクス
経理部　前田 様、岩崎 様

いつも大変お世話になっております。
ハマカゼ運送 経理課の佐伯でございます。

このたび、弊社のメインバンク変更に伴い、2026年3月1日以降のお支払い分
（3月分ご請求より）のお振込先を下記のとおり変更させていただきたく、
ご案内申し上げます。

【変更前】
　{o['bank']}　{o['branch']}　{o['account_type']}　{o['account']}
　口座名義　{o['holder']}

【変更後】（2026年3月1日以降のお支払い分より）
　さざなみ信用金庫　鶴見支店　当座　0418826
　口座名義　カ）ハマカゼウンソウ

代表取締役名の押印済みの「振込先口座変更のお願い」を、本日、
前田様宛てに郵送いたしました（2月6日頃到着予定）。

大変お手数ですが、御社の手続きに従い、弊社代表電話
（045-000-5560、名刺・取引先台帳記載の番号）へ確認のお電話を
いただけますと幸いです。経理課長の佐伯もしくは社長の浜田が
対応いたします。

2月末までのお支払いは、これまでの口座で問題ございません。
ご迷惑をおかけしますが、何卒よろしくお願い申し上げます。

株式会社ハマカゼ運送　経理課
佐伯 紀子
〒230-0000 横浜市鶴見区大黒町0-0
TEL 045-000-5561（経理直通） / 045-000-5560（代表）"""

when = jst(2026, 2, 4, 15, 40, 19)
add(msg("clean-10-vendor-bank-change-announced-letter-callback-hamakaze-ja.eml", "clean",
        "vendor-bank-change-announced", "ja",
        "A bank-account change from a vendor: looks like invoice fraud, but it comes from the carrier's real "
        "domain (all pass, office PC, business hours), a month before it takes effect, with a sealed letter "
        "by post and a request to call back the number on file. The organisation did call back (procedure "
        "KEI-12); the NEW account (さざなみ信用金庫 鶴見支店 当座 0418826) is the one in org.yaml. The old one "
        "appears only here as 'before'.",
        own_server("clean-10", when, P("maeda").email, T.SAEKI[1], V["hamakaze"].server, V["hamakaze"].ip,
                   client=(None, "10.12.0.44", "saeki-pc"),
                   mid=CM.mid_becky("clean-10", when, "hamakaze-unso.example")),
        when=when, frm=T.SAEKI, to=[P("maeda").ja_addr(), P("iwasaki").ja_addr()],
        subject="【重要】お振込先口座変更のお知らせ（2026年3月1日以降のお支払い分より）",
        body=CM.plain(change_text),
        fields=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")], on_file="hamakaze",
        accounts=["0418826", o["account"]]))
