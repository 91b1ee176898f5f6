"""clean-01 .. clean-08: genuine mail that shares the vocabulary of BEC."""
import banking as B
import common as Cm
import company as C
import local as L
import mimeparts as M
import routes as R
import threads as T
from local import jst, mk

P = C.P
MI, HI, AL, CA, MO = (C.V[k] for k in ("michinoku", "hibari", "albrecht", "carelink", "mori"))


def clean01():
    t = T.MICHI_INV
    inv = L.pdf([
        "請求書", "",
        "医療法人社団 緑風会 御中",
        "請求番号 MM-2602-00418　　請求日 2026年2月28日",
        "対象期間 2026年2月1日〜2026年2月28日納品分", "",
        "品目　　　　　　　　　　　　　数量　　金額",
        "滅菌手術用手袋（ラテックスフリー）　120箱　816,000",
        "ディスポーザブル手術ガウン（L）　　 60箱　564,000",
        "サージカルマスク（レベル2）　　　　 200箱　428,000",
        "輸液セット・延長チューブ他　　　　　一式　2,179,282", "",
        "小計 3,987,282円　消費税(10%) 398,928円",
        "ご請求金額 4,386,210円", "",
        "お支払期日 2026年3月31日",
        "お振込先 杜の都銀行 一番町支店 当座 3316027",
        "口座名義 カ）ミチノクメディカルショウジ",
        "株式会社みちのくメディカル商事 登録番号 T0000000000000",
    ], "請求書_MM-2602-00418_緑風会様.pdf", "請求書 MM-2602-00418")
    return mk("clean-01-vendor-invoice-michinoku-onfile-toza-pdf-ja.eml", "clean", "vendor-invoice", "ja",
              "Monthly invoice from the medical-supplies distributor on its real domain, sent from an office PC "
              "through its own server (SPF, DKIM, DMARC pass) in business hours; the 当座 account in the text and "
              "the PDF is the one on file. Opens the thread bec-14 later hijacks.",
              via=L.server(MI.server, MI.ip, client=(None, "10.12.3.45", "[10.12.3.45]")),
              when=t["when"], frm=T.ONODERA, to=[P("sasaki").ja_addr()], cc=[P("kumagai").ja_addr()],
              subject=t["subject"], mid=t["mid"],
              body=M.Multi("mixed", [Cm.plain(t["text"]), inv]), on_file="michinoku",
              accounts=["3316027"])


def clean02():
    o, n = C.HIBARI_OLD, HI.bank
    text = f"""医療法人社団 緑風会
法人事務局 経理課
菅原 大輔 様
（CC：経理課長 高田様）

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
株式会社ひばり給食サービス 経理の木村でございます。

さて、このたび弊社では取引金融機関の見直しに伴い、2026年4月分のご請求より
お振込先口座を下記のとおり変更させていただくこととなりました。
誠に恐縮ではございますが、お手続きのほどよろしくお願い申し上げます。

【変更前】{o['bank']} {o['branch']} {o['account_type']} {o['account']}
【変更後】{n['bank']} {n['branch']} {n['account_type']} {n['account']}
　口座名義：{n['holder']}
　適用開始：2026年4月分ご請求（5月初旬発行）より
　　　　　　※3月分までは従来の口座へお振込みください。

本件は、代表者印を押印した正式な通知書を本日付で郵送いたしました
（PDFの写しを添付いたします）。

昨今、取引先を装って振込先の変更を求める詐欺メールが増えております。
お手数ですが、貴会にご登録いただいている弊社代表番号（022-000-5520）まで
お電話いただき、本件が弊社からのご連絡であることをご確認ください。
弊社がメールのみで振込先の変更をお願いすることはございません。

ご不明な点がございましたら、経理 木村までお問い合わせください。
今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。

--
株式会社ひばり給食サービス 経理
木村 恵（きむら めぐみ）
〒981-0000 仙台市泉区泉中央0-0-0
TEL 022-000-5520（代表） / 022-000-5523（経理直通）
"""
    letter = L.pdf([
        "2026年3月16日", "医療法人社団 緑風会 御中", "",
        "お振込先口座変更のお知らせ", "",
        "拝啓 時下ますますご清栄のこととお慶び申し上げます。",
        "2026年4月分のご請求より、弊社お振込先口座を下記のとおり変更いたします。", "",
        f"変更前 {o['bank']} {o['branch']} {o['account_type']} {o['account']}",
        f"変更後 {n['bank']} {n['branch']} {n['account_type']} {n['account']}",
        f"口座名義 {n['holder']}", "",
        "確認のお問い合わせ先 022-000-5520（代表）", "敬具", "",
        "株式会社ひばり給食サービス 代表取締役 菅野 伸一",
    ], "振込先口座変更のお知らせ_ひばり給食サービス.pdf", "振込先口座変更のお知らせ")
    return mk("clean-02-vendor-bank-change-announced-hibari-callback-onfile-ja.eml", "clean",
              "vendor-bank-change-announced", "ja",
              "The patient-meal contractor announces a bank change from its real, authenticated domain a month "
              "ahead, with a signed letter by post and a request to call its number on file; the new 普通 account "
              "is the one on file in org.yaml (the old one is shown only as 'before'). Thunderbird, UTF-8 base64.",
              via=L.server(HI.server, HI.ip, client=(None, "10.30.0.18", "[10.30.0.18]"), mid="thunderbird",
                           mailer="Mozilla Thunderbird"),
              when=jst(2026, 3, 16, 10, 31, 26), frm=T.KIMURA, to=[P("sugawara").ja_addr()],
              cc=[P("takada").ja_addr()], subject="お振込先口座変更のお知らせ（2026年4月分ご請求より）",
              hcs=("UTF-8", "B"),
              body=M.Multi("mixed", [Cm.plain(text, "UTF-8", "base64"), letter]), on_file="hibari",
              accounts=[o["account"], n["account"]])


def clean03():
    t = T.ALB_INV
    html = Cm.simple_html(t["text"], font="Calibri, sans-serif")
    inv = L.pdf([
        "Albrecht Medizintechnik GmbH", "INVOICE AMT-RE-2026-0187", "Date: 10.02.2026",
        "Customer: Ryokufukai Medical Corporation, Sendai Chuo Hospital, Sendai, Japan",
        "Customer no. 400731", "",
        "Annual maintenance contract EVX-9 endoscopy system, 2 towers",
        "Contract period 01.04.2026 - 31.03.2027        EUR 37,280.00",
        "VAT: not taxable in Germany (service to a non-EU customer)", "",
        "Total due EUR 37,280.00, payable by 12.03.2026",
        "Breisgauer Handelsbank AG, Freiburg",
        "IBAN " + B.iban_print(AL.bank["iban"]) + "   BIC " + AL.bank["swift"],
        "Amtsgericht Freiburg HRB 000000",
    ], "AMT-RE-2026-0187.pdf", "Invoice AMT-RE-2026-0187", producer="SAP NetWeaver 7.50")
    return mk("clean-03-vendor-invoice-albrecht-maintenance-onfile-iban-pdf-en.eml", "clean", "vendor-invoice",
              "en",
              "Annual maintenance invoice from the German endoscope maker's own Exchange Online tenant (SPF, DKIM, "
              "DMARC pass) in office hours, sent to AP with the clinical engineer in copy; the IBAN and BIC in the "
              "text and PDF are the ones on file. Opens the thread bec-15 follows.",
              via=L.m365(AL.tenant, "EUR", tz=R.CET),
              when=t["when"], frm=T.VOGT, to=[P("sasaki").en_addr()], cc=[P("suzuki").en_addr()],
              subject=t["subject"], mid=t["mid"],
              body=M.Multi("mixed", [M.alt(Cm.plain(t["text"], "US-ASCII"), Cm.html(html)), inv]),
              on_file="albrecht", accounts=[AL.bank["iban"]])


CARE_STMT_TEXT = f"""Hello Priya,

Please find below your statement of account as of March 31, 2026.

  Invoice       Date        Description                        Amount (USD)   Status
  INV-CL-24811  2026-02-01  EHR subscription, Feb 2026          14,200.00     past due
  INV-CL-25107  2026-03-01  EHR subscription, Mar 2026          14,200.00     due Apr 15
  INV-CL-25391  2026-03-16  Telehealth module, milestone 2       6,750.00     paid Mar 19

  Balance due: USD 28,400.00

INV-CL-24811 is now four weeks past due. If payment has already been sent,
please disregard this reminder. Remittance details are unchanged:

  Cascade Pacific Bank, N.A.
  ABA routing 125103073
  Checking account 6604183927
  Beneficiary: Carelink Health Systems, Inc.

You can download every invoice and W-8 documentation from the billing
portal: https://billing.carelink-ehr.example/account/RMCS-0042

Thank you for your business.

Jordan Ellis
Billing Specialist | Carelink Health Systems, Inc.
1200 NW Example Ave, Suite 400, Portland, OR 97209
(503) 555-0148 | billing@carelink-ehr.example"""


def clean04():
    t = T.CARE_STMT
    body_html = Cm.simple_html(CARE_STMT_TEXT, font="Aptos, Calibri, sans-serif").replace(
        "https://billing.carelink-ehr.example/account/RMCS-0042",
        '<a href="https://billing.carelink-ehr.example/account/RMCS-0042">'
        "https://billing.carelink-ehr.example/account/RMCS-0042</a>")
    return mk("clean-04-statement-carelink-past-due-onfile-aba-portal-en.eml", "clean", "payment-reminder", "en",
              "Statement from the Singapore clinic's EHR vendor on its real Exchange Online tenant (all pass): one "
              "invoice past due, 'remittance details are unchanged', the ABA routing and checking account on file, "
              "the only link to its own billing portal. Opens the thread bec-17 follows.",
              via=L.m365(CA.tenant, "NAM", tz=R.PDT),
              when=t["when"], frm=T.ELLIS, to=[P("raman").en_addr()], subject=t["subject"], mid=t["mid"],
              body=M.alt(Cm.plain(CARE_STMT_TEXT, "US-ASCII"), Cm.html(body_html)), on_file="carelink",
              accounts=[CA.bank["routing"], CA.bank["account"]])


def clean05():
    text = """株式会社杜の都銀行 もりぎんビジネスWeb

医療法人社団緑風会 様

いつも杜の都銀行をご利用いただき、ありがとうございます。

ご利用中の電子証明書の有効期限が近づいております。
有効期限を過ぎるとログインできなくなりますので、期限までに更新をお願いいたします。

　ログインID：RYOK****01
　電子証明書の有効期限：2026年5月31日

【更新方法】
当行ホームページの「もりぎんビジネスWeb」ログイン画面から、
電子証明書をインストールしたパソコンでログインし、
画面の案内に従って更新してください。

　もりぎんビジネスWeb（当行ホームページ）
　https://www.mori-bank.example/hojin/bizweb/

※当行が、メールやSMSでパスワードや電子証明書の再発行を求めたり、
　メール本文のリンクから直接ログイン画面へ誘導したりすることはありません。
※ご不明な点は、もりぎんビジネスWebヘルプデスク
　（0120-000-416　平日9:00〜18:00）までお問い合わせください。

このメールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。

株式会社杜の都銀行
https://www.mori-bank.example/"""
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif;font-size:14px\">"
            "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:#00664f;color:#fff;"
            "padding:12px\">株式会社杜の都銀行 もりぎんビジネスWeb</td></tr><tr><td style=\"padding:16px\">"
            "<p>医療法人社団緑風会 様</p><p>いつも杜の都銀行をご利用いただき、ありがとうございます。</p>"
            "<p>ご利用中の電子証明書の有効期限が近づいております。有効期限を過ぎるとログインできなくなりますので、"
            "期限までに更新をお願いいたします。</p>"
            "<p>ログインID：RYOK****01<br>電子証明書の有効期限：2026年5月31日</p>"
            "<p><b>【更新方法】</b><br>当行ホームページの「もりぎんビジネスWeb」ログイン画面から、電子証明書を"
            "インストールしたパソコンでログインし、画面の案内に従って更新してください。</p>"
            "<p><a href=\"https://www.mori-bank.example/hojin/bizweb/\">もりぎんビジネスWeb（当行ホームページ）</a></p>"
            "<p style=\"font-size:12px\">※当行が、メールやSMSでパスワードや電子証明書の再発行を求めたり、メール本文の"
            "リンクから直接ログイン画面へ誘導したりすることはありません。<br>※ご不明な点は、もりぎんビジネスWeb"
            "ヘルプデスク（0120-000-416　平日9:00〜18:00）までお問い合わせください。</p>"
            "<p style=\"font-size:12px\">このメールは送信専用アドレスからお送りしています。</p>"
            "<p><a href=\"https://www.mori-bank.example/\">株式会社杜の都銀行</a></p></td></tr></table></body></html>")
    return mk("clean-05-bank-certificate-expiry-notice-mori-ja.eml", "clean", "bank-notice", "ja",
              "The corporation's main bank, from its own domain and mail server (SPF, DKIM, DMARC p=reject pass), "
              "reminds that the internet-banking certificate expires: the login ID is masked, it says to log in "
              "from the bank's home page and that the bank never links to a login page; both links go to its own "
              "site. Mirrors phishing-04.",
              via=L.bulk(MO.server, MO.ip, f"bounce@{MO.domain}", selector="mb2025",
                         pickup_host="bizweb-app03.mori-bank.example",
                         auth=R.Auth("pass", f"bounce@{MO.domain}", "pass", MO.domain, "pass", MO.domain, "reject")),
              when=jst(2026, 5, 11, 9, 0, 4), frm=("杜の都銀行 もりぎんビジネスWeb", f"bizweb-info@{MO.domain}"),
              to=[P("abe").ja_addr()], subject="【杜の都銀行】電子証明書の有効期限が近づいています（もりぎんビジネスWeb）",
              hcs=("UTF-8", "B"), body=M.alt(Cm.plain(text, "UTF-8", "quoted-printable"), Cm.html(html)))


def clean06():
    b = MI.bank
    text = f"""高田課長

お疲れさまです。河野です。
至急の件で申し訳ありません。

感染症病棟の稼働延長に伴い、みちのくメディカル商事へN95マスクと
ガウンを追加発注しました（用度課 熊谷課長手配、発注番号 PO-26-0871）。
メーカー在庫を押さえるため、先方から前払いの条件が出ており、
本日15時までに入金があれば明日の便で出荷できるとのことです。

稟議は本日午前に理事長決裁済みです（稟議番号 R-2026-0318、
ワークフローに添付しています）。
本日中の振込をお願いできますでしょうか。

　支払先：株式会社みちのくメディカル商事
　金額　：1,958,000円（税込、見積書 MQ-2603-112 のとおり）
　振込先：登録済みの口座（{b['bank']} {b['branch']} {b['account_type']} {b['account']}）

振込先は通常の月次支払いと同じ登録口座です。
不明点があれば内線（2001）か熊谷課長に確認してください。

河野

--
医療法人社団 緑風会
常務理事 法人事務局長　河野 修
内線 2001"""
    return mk("clean-06-internal-urgent-prepayment-michinoku-ringi-onfile-ja.eml", "clean",
              "internal-payment-request", "ja",
              "The executive director asks the head of accounting for a same-day prepayment ('至急', '本日中'), "
              "from his real mailbox on a hospital workstation through the internal relay (all pass), with an "
              "approval number, the purchasing manager and treasury in copy, and the supplier's account on file.",
              via=L.internal("10.41.2.17"), when=jst(2026, 3, 18, 10, 6, 50), frm=P("kono").ja_addr(),
              to=[P("takada").ja_addr()], cc=[P("abe").ja_addr(), P("kumagai").ja_addr()],
              subject="【至急】みちのくメディカル商事 追加発注分の前払い（本日中）",
              body=Cm.plain(text), on_file="michinoku", accounts=[b["account"]])


def clean07():
    b = CA.bank
    text = f"""Priya,

Could you please release Carelink's milestone invoice INV-CL-25391
(USD 6,750.00, telehealth module go-live) today as a same-day transfer?

Carelink only switches the module on once payment is received, and we
start the telehealth consultations with our Johor Bahru patients on Monday.
I approved it in the finance system this morning (PR-SG-2026-031) and
Wei Ling has the signed acceptance certificate.

Please use the bank details we already have on file for Carelink
({b['bank']}, routing {b['routing']}, account {b['account']}), as usual.

Thanks,
Hiroshi

Dr. Hiroshi Murakami
Managing Director & Medical Director
Ryokufu Medical Clinic Singapore Pte. Ltd."""
    return mk("clean-07-internal-md-same-day-carelink-onfile-en.eml", "clean", "internal-payment-request", "en",
              "The Singapore managing director asks finance for a same-day transfer 'today', from his real "
              "mailbox on a clinic workstation over the VPN and the internal relay (all pass), with an approval "
              "number, the clinic manager in copy and the vendor's routing and account on file.",
              via=L.internal("10.44.0.31", "en"), when=jst(2026, 3, 19, 11, 2, 18), frm=P("murakami").en_addr(),
              to=[P("raman").en_addr()], cc=[P("tan").en_addr()],
              subject="Same-day payment today: Carelink INV-CL-25391 (telehealth go-live)",
              body=Cm.plain(text, "US-ASCII"), on_file="carelink", accounts=[b["routing"], b["account"]])


def clean08():
    text = """職員各位

給与ポータルより、2025年分の源泉徴収票を公開しました。

　公開日：2026年1月23日（金）
　確認方法：給与ポータル ＞ 帳票 ＞ 源泉徴収票（2025年分）
　　https://kyuyo-portal.ryokufukai.example/

・給与ポータルは院内ネットワーク（各施設の業務端末）からのみ利用できます。
・紙の源泉徴収票が必要な方は、1月30日までに所属長経由で人事課へ申請してください。
・住宅ローン控除や医療費控除で確定申告をする方は、ポータルから印刷したものを
　そのままお使いいただけます。

【ご注意】
人事課が、メールや電話で源泉徴収票やマイナンバー（個人番号）の送付をお願い
することはありません。個人番号の提出・変更は、入職時と同様に
人事課窓口（本部棟2階）での書面手続きのみです。
不審なメールを受け取った場合は、情報システム室（内線 2300）へ転送してください。

※このメールは給与ポータルから自動送信されています。返信はできません。
　お問い合わせ：法人事務局 人事課 給与担当 及川（内線 2230）"""
    return mk("clean-08-hr-gensen-choshuhyo-portal-notice-ja.eml", "clean", "hr-payroll-notice", "ja",
              "The payroll portal tells staff that the 2025 源泉徴収票 are online; sent by the internal application "
              "through the relay (all pass), link only to the portal on the corporate domain, and it says HR never "
              "asks for 源泉徴収票 or マイナンバー by mail. UTF-8 8bit.",
              via=L.internal_app(C.KYUYO_PORTAL), when=jst(2026, 1, 23, 8, 30, 0),
              frm=("緑風会 給与ポータル", f"kyuyo-portal@{C.DOMAIN}"),
              to=[("緑風会 全職員", f"zenshokuin@{C.DOMAIN}")], rcpt=P("sato").email,
              subject="【給与ポータル】2025年分 源泉徴収票の公開のお知らせ", hcs=("UTF-8", "B"),
              return_path=f"kyuyo-portal@{C.DOMAIN}",
              body=Cm.plain(text, "UTF-8", "8bit"))


MESSAGES = [clean01, clean02, clean03, clean04, clean05, clean06, clean07, clean08]
