"""clean-09 .. clean-16: genuine mail that shares the vocabulary of BEC."""
from datetime import timedelta, timezone

import common as Cm
import company as C
import local as L
import mimeparts as M
import routes as R
import threads as T
from local import jst, mk

P = C.P
AL, AO, HI = C.V["albrecht"], C.V["aoba"], C.V["hibari"]
CHINA = timezone(timedelta(hours=8), "CST")


def clean09():
    text = """Dear colleagues,

Your Form IR8A for Year of Assessment 2026 (income earned in 2025) is now
available in the HR portal: https://sg-hr.ryokufukai.example/ (My Documents >
Tax > IR8A). The clinic takes part in the IRAS Auto-Inclusion Scheme, so the
figures have already been sent to IRAS and will appear in your myTax Portal
pre-filled; you do not need to submit the form yourself.

Please check your employment income, CPF contributions and allowances by
13 March. If anything looks wrong, raise a ticket in the portal (HR > Payroll
query) and do not reply to this email.

A reminder that HR will never ask you by email or messaging app to send your
NRIC/FIN, your payslips or your bank details. Changes to your salary-crediting
account are made only in the portal, with a copy of your bank statement
uploaded, and take effect from the next payroll run.

Lim Jia Hui
HR & Admin Executive
Ryokufu Medical Clinic Singapore Pte. Ltd.

This is an automated message from the RMCS HR Portal."""
    return mk("clean-09-hr-ir8a-available-portal-policy-en.eml", "clean", "hr-payroll-notice", "en",
              "The Singapore clinic's HR portal announces that the IR8A tax forms are online; sent by the internal "
              "application through the relay (all pass), the only link to the portal on the corporate domain, and "
              "a reminder that HR never asks for NRIC, payslips or bank details by mail. Mirrors bec-25 and bec-30.",
              via=L.internal_app(C.SG_HR_PORTAL, tz=R.SGT), when=jst(2026, 2, 27, 10, 0, 0),
              frm=("RMCS HR Portal", f"hr-portal@{C.SG}"), to=[("All RMCS Staff", f"all-staff@{C.SG}")],
              rcpt=P("ng").email, return_path=f"hr-portal@{C.SG}",
              subject="Your Form IR8A (YA 2026) is available in the HR portal",
              body=Cm.plain(text, "US-ASCII"))


def clean10():
    text = """医療法人社団 緑風会
常務理事 法人事務局長
河野 修 様

（CC：総務課長 三上様）

いつもお世話になっております。青葉総合法律事務所の安藤です。

泉中央メディカルクリニックの事業譲受けの件（社内呼称「プロジェクト泉」）につき、
譲渡側代理人と協議のうえ、デューデリジェンスの日程を以下のとおり調整いたしました。

　・4月21日（火）10:00〜　法務DD（許認可・賃貸借・雇用契約）当事務所会議室
　・4月23日（木）13:00〜　財務・税務DD（会計事務所同席）
　・4月28日（火）　　　　  基本合意書（案）の修正版送付

本件は譲渡側の職員・患者への公表前の情報ですので、引き続き関係者を
限定してお取り扱いいただきますようお願いいたします。

開示資料は当事務所のファイル共有サービスに格納しています。
ご招待済みのアカウントでログインのうえ、ご確認ください。
　https://share.aoba-sogo-law.example/matters/2026-0117/

なお、本件の弁護士報酬は委任契約書のとおり月末締めでご請求いたします。
譲受け代金・手付金等の授受は、基本合意書締結後に貴会の通常の決裁手続きを経て
行われるものであり、当事務所から送金をお願いすることはございません。

どうぞよろしくお願いいたします。

------------------------------------------------
弁護士法人 青葉総合法律事務所
弁護士　安藤 孝之
〒980-0000 仙台市青葉区一番町0-0-0 一番町スクエア9F
TEL 022-000-8800　FAX 022-000-8801
------------------------------------------------
本メールは秘匿特権の対象となる情報を含む場合があります。"""
    return mk("clean-10-law-firm-project-izumi-dd-schedule-confidential-ja.eml", "clean",
              "legal-correspondence", "ja",
              "The corporation's outside counsel (listed in org.yaml), from its own domain and server (all pass) "
              "in office hours, writes about a confidential clinic acquisition to the executive director with "
              "general affairs in copy: a DD schedule, a link to its own file share, and explicitly no payment "
              "request. Mirrors bec-20 to bec-23.",
              via=L.server(AO.server, AO.ip, client=(None, "10.88.0.41", "[10.88.0.41]")),
              when=jst(2026, 4, 13, 15, 40, 12), frm=("安藤 孝之", f"t.ando@{AO.domain}"),
              to=[P("kono").ja_addr()], cc=[P("mikami").ja_addr()],
              subject="【秘】泉中央メディカルクリニック事業譲受けの件（DD日程のご連絡）",
              body=Cm.plain(text))


def clean11():
    t = T.ALB_SVC_A
    q = T.ALB_SVC_Q
    text = f"""Dear Mr. Suzuki,

Thank you for your message. Our service engineer Mr. Tobias Kern will be in
Japan in June and can come to Sendai Chuo Hospital on

  Tuesday 9 June and Wednesday 10 June 2026, from 9:00 each day.

Day 1: safety inspection of tower 1 and tower 2 (about 5 hours each)
Day 2: light source of tower 2 (error E-214), firmware update 4.12, handover

The inspection and the light-source check are covered by your maintenance
contract; if the lamp module must be replaced, the part is covered as well.
Our Tokyo partner will deliver the spare module to your hospital before
the visit, so nothing is needed from your side except the two rooms.

Could you confirm the dates and let me know where Mr. Kern should report on
arrival?

Best regards,

Lukas Brandt
Service Manager Asia-Pacific
Albrecht Medizintechnik GmbH
Phone +49 761 0000 4460 | Mobile +49 170 0000 381

{L.OUTLOOK_SEP}
{Cm.outlook_block_en(q['when'], 'Kenta Suzuki <kenta.suzuki@ryokufukai.example>', 'Lukas Brandt <l.brandt@albrecht-medtech.example>', q['subject'], tz=R.CEST)}

{q['text']}"""
    return mk("clean-11-vendor-thread-albrecht-service-visit-dates-en.eml", "clean", "vendor-thread", "en",
              "A reply in a vendor thread (In-Reply-To, References, quoted request) from the endoscope maker's real "
              "tenant in office hours, same correspondents as before: the service engineer's dates, parts covered "
              "by the contract, nothing to pay and nothing changed. bec-19 later continues this thread.",
              via=L.m365(AL.tenant, "EUR", tz=R.CEST), when=t["when"], frm=T.BRANDT,
              to=[P("suzuki").en_addr()], subject=t["subject"], mid=t["mid"],
              in_reply_to=q["mid"], references=[q["mid"]],
              body=M.alt(Cm.plain(text, "US-ASCII"), Cm.html(Cm.simple_html(text, font="Calibri, sans-serif"))))


def clean12():
    q = T.HIBARI_MENU_Q
    text = f"""菊地様

お世話になっております。ひばり給食サービスの遠藤です。

七夕の行事食の件、承知しました。
常食・全粥食・嚥下調整食（コード2-1、2-2、3）の形態別献立案を作成し、
添付のとおりお送りします。

・常食：七夕ちらし寿司、星形にんじんのすまし汁、オクラの和え物、天の川ゼリー
・嚥下調整食コード3：ちらし寿司をやわらか食で再現（型抜き）、すまし汁はとろみ付き
・嚥下調整食コード2：ムース食（鮭・卵・にんじん）、ゼリーはゼラチンで調整

食材費は通常の行事食の範囲に収まりますので、委託料の変更はございません。
6月10日の給食委員会には私も出席できますので、ご質問があればその場でも
お答えいたします。

よろしくお願いいたします。

株式会社ひばり給食サービス
仙台中央病院 受託責任者 管理栄養士
遠藤 奈々
TEL 022-000-5520（代表）

-----Original Message-----
{Cm.outlook_block_ja(q['when'], '菊地 由美 <yumi.kikuchi@ryokufukai.example>', '遠藤 奈々 <endo.nana@hibari-kyushoku.example>', q['subject'])}

{q['text']}"""
    menu = L.pdf(["七夕行事食 献立案（2026年7月7日 昼食）", "仙台中央病院 御中", "",
                  "常食：七夕ちらし寿司 / 星形にんじんのすまし汁 / オクラの和え物 / 天の川ゼリー",
                  "全粥食：七夕ちらし粥 / すまし汁 / オクラの煮びたし / ゼリー",
                  "嚥下調整食コード3：やわらかちらし寿司 / とろみすまし汁 / ゼリー",
                  "嚥下調整食コード2：ムース食（鮭・卵・にんじん） / とろみすまし汁 / ゼリー",
                  "", "株式会社ひばり給食サービス 管理栄養士 遠藤 奈々"],
                 "七夕行事食_献立案_仙台中央病院.pdf", "七夕行事食 献立案")
    return mk("clean-12-vendor-thread-hibari-tanabata-menu-sjis-ja.eml", "clean", "vendor-thread", "ja",
              "A reply in a vendor thread (In-Reply-To, References, quoted question) from the meal contractor's "
              "real domain and server in office hours: the dietitian sends the menu proposal and says the fee "
              "does not change. No bank detail, no new party. Shift_JIS base64 with a PDF.",
              via=L.server(HI.server, HI.ip, client=(None, "10.30.0.27", "[10.30.0.27]")),
              when=jst(2026, 6, 3, 14, 8, 33), frm=T.ENDO_N, to=[P("kikuchi").ja_addr()],
              subject="RE: " + q["subject"], in_reply_to=q["mid"], references=[q["mid"]],
              hcs=("Shift_JIS", "B"),
              body=M.Multi("mixed", [Cm.plain(text, "Shift_JIS", "base64"), menu]))


def clean13():
    text = """Dear Mr. Kumagai,

It was a pleasure to meet you at our booth (Hall 4, B-27) at Medical Japan
in Osaka last week, and thank you for your interest in our bedside patient
monitors for your new HCU.

As promised, I attach the quotation for 12 units of the KW-M12 monitor with
the central station software, including the Japanese-language interface and
3 years of warranty. The units are sold in Japan through our distributor,
so the final price and the delivery will be arranged with them; we are
happy to join a web meeting with your clinical engineering team for the
technical questions about HL7 integration with your EHR.

Please let me know a convenient time. I am reachable on any of the
channels below; many of our Japanese customers prefer LINE.

Best regards,

Jenny Zhou (周 婧)
Overseas Sales Manager, Japan & Korea
Kangwei Medical Technology Co., Ltd.
No. 0 Example Road, Nanshan District, Shenzhen, China
Tel: +86 755 0000 2718
WeChat: jenny_kangwei | WhatsApp: +86 138 0000 2718 | LINE: jennyzhou.kw
https://www.kangwei-med.example/"""
    quote = L.pdf(["Kangwei Medical Technology Co., Ltd.", "QUOTATION KW-Q-26-0412", "Date: 2026-04-20",
                   "To: Sendai Chuo Hospital, Purchasing (Mr. Kazuya Kumagai)", "",
                   "KW-M12 bedside patient monitor, JP interface    12 units",
                   "KW-CS central station software, 1 licence", "Warranty: 3 years", "",
                   "Price and delivery via the authorised distributor in Japan.",
                   "This quotation is not an invoice."], "KW-Q-26-0412_Sendai_Chuo_Hospital.pdf",
                  "Quotation KW-Q-26-0412", producer="WPS Office")
    return mk("clean-13-sales-followup-expo-monitors-wechat-whatsapp-line-en.eml", "clean", "sales-pitch", "en",
              "A solicited follow-up after a trade-show meeting from a Shenzhen maker's own authenticated domain "
              "and server (all pass) in its office hours: a quotation PDF that says it is not an invoice, sales "
              "through the distributor, and WeChat, WhatsApp and LINE in the signature. No payment, no urgency.",
              via=L.server("smtp.kangwei-med.example", "203.0.113.201", client=(None, "10.1.20.66", "[10.1.20.66]"),
                           tz=CHINA, lang="en"),
              when=jst(2026, 4, 20, 11, 15, 3), frm=("Jenny Zhou", "jenny.zhou@kangwei-med.example"),
              to=[P("kumagai").en_addr()], subject="Medical Japan 2026 follow-up - quotation for KW-M12 monitors",
              body=M.Multi("mixed", [Cm.plain(text, "UTF-8", "quoted-printable"), quote]))


def clean14():
    unsub = "https://news.apnursingtoday.example/u/7f3a9c21e0"
    text = f"""ASIA PACIFIC NURSING TODAY - Weekly digest, 6 May 2026

In this issue
- Nurses' Day 2026: how three Singapore clinics cut night-shift overtime
- Falls prevention in day surgery: a checklist that works
- Japan's new specified skilled worker rules for care staff
- Reader survey: tell us about your workload (5 minutes)

READER SURVEY
Complete our annual workload survey by 31 May and you can enter a draw for
one of twenty S$50 e-gift cards (Amazon or Grab). Winners are drawn at
random and contacted by our editorial team via the email address you
subscribed with; we never ask for payment or card details.
Take the survey: https://survey.apnursingtoday.example/2026

Read the full issue: https://www.apnursingtoday.example/issues/2026-05-06

You receive this digest because you subscribed at apnursingtoday.example.
Unsubscribe: {unsub}
Asia Pacific Nursing Today, 0 Example Street #00-00, Singapore 000000"""
    html = Cm.simple_html(text, font="Georgia, serif").replace(
        "https://survey.apnursingtoday.example/2026",
        '<a href="https://survey.apnursingtoday.example/2026">https://survey.apnursingtoday.example/2026</a>'
    ).replace("https://www.apnursingtoday.example/issues/2026-05-06",
              '<a href="https://www.apnursingtoday.example/issues/2026-05-06">read online</a>').replace(
        unsub, f'<a href="{unsub}">unsubscribe</a>')
    return mk("clean-14-newsletter-nursing-digest-survey-gift-cards-en.eml", "clean", "newsletter", "en",
              "A subscribed nursing newsletter through its mailing service (SPF, DKIM, DMARC pass for its domain) "
              "with List-Unsubscribe: a reader survey with a draw for e-gift cards (Amazon or Grab) that says it "
              "never asks for payment or card details. Mirrors the gift-card scams.",
              via=L.bulk("mta2.mailer.apnursingtoday.example", "198.51.100.166", "mailer.apnursingtoday.example",
                         tz=R.SGT, selector="k1",
                         fields=[("List-Unsubscribe", f"<{unsub}>, <mailto:unsubscribe@apnursingtoday.example>"),
                                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                                 ("List-Id", "APNT weekly digest <weekly.apnursingtoday.example>"),
                                 ("Precedence", "bulk")]),
              when=jst(2026, 5, 6, 7, 30, 0), frm=("Asia Pacific Nursing Today", "digest@apnursingtoday.example"),
              to=[P("nakajima").en_addr()],
              subject="Nurses' Day special: night-shift overtime, falls prevention, and our reader survey",
              body=M.alt(Cm.plain(text, "US-ASCII"), Cm.html(html)))


def clean15():
    text = """職員各位

理事長の大野です。

最近、医療機関や介護施設を狙って、理事長・院長・取引先などを名乗る
なりすましメールが相次いでいます。当会でも、私の名前を使ったメールが
複数の職員に届いていることを確認しました。

次のような連絡は、私や役員が出すことは決してありません。

　・個人のメールアドレス（Gmail、iCloud、Yahoo!メール等）からの業務の指示
　・「LINEグループを作ってほしい」「LINEのIDを教えてほしい」という依頼
　・Apple、Amazon、Google Play などのギフトカードの購入とコードの送付
　・「極秘の買収」「弁護士から連絡がある」などを理由にした至急の送金
　・職員名簿、給与データ、源泉徴収票、マイナンバー、患者情報の送付の依頼

支払いや個人情報に関する依頼は、これまでどおり稟議・ワークフローと
決められた窓口でのみ行います。取引先からの振込先変更の連絡も、メールだけで
応じず、必ず登録済みの電話番号へ確認してください。

少しでも不審に思ったら、返信せず、リンクも開かずに、
情報システム室（内線 2300）へメールを転送してください。
「確認したら本物だった」という結果でも構いません。遠慮なく相談してください。

医療法人社団 緑風会
理事長 大野 雄一郎"""
    html = Cm.simple_html(text, font="游ゴシック, Yu Gothic, sans-serif", size="10.5pt")
    return mk("clean-15-internal-chairman-warning-impersonation-line-giftcards-ja.eml", "clean",
              "internal-announcement", "ja",
              "The chairman himself, from his real mailbox through the internal relay (all pass), warns all staff "
              "about impersonation: personal addresses, LINE groups, gift cards, secret acquisitions, lawyers, "
              "staff and patient data. A warning with no request. Outlook multipart/alternative, ISO-2022-JP text.",
              via=L.internal("10.41.1.5"), when=jst(2026, 2, 2, 8, 45, 10), frm=P("ono").ja_addr(),
              to=[("緑風会 全職員", f"zenshokuin@{C.DOMAIN}")], rcpt=P("sakurai").email,
              subject="【重要】理事長・役員を名乗るなりすましメールにご注意ください",
              body=M.alt(Cm.plain(text), Cm.html(html, "ISO-2022-JP", "7bit")))


def clean16():
    text = """Dear all,

International Nurses Day is on Tuesday 12 May. To thank everyone for the
extra clinic sessions during the flu season, Dr. Murakami has approved a
S$50 e-gift voucher for every staff member, nursing and non-nursing alike.

How it works:
- HR has ordered the vouchers through our usual corporate gifting supplier
  (PO SG-2026-058, approved in the finance system).
- On 12 May you will get an SMS from the supplier with your personal
  voucher link. You do not need to do anything before then.
- Please join us for a small tea reception at 3pm in the staff pantry.

Please note: nobody at the clinic - not HR, not Dr. Murakami, not any
manager - will ever ask you to buy gift cards or to send voucher codes
by email, SMS or WhatsApp. If you receive such a request, forward it to
IT and tell me or Wei Ling.

Thank you all for your hard work!

Lim Jia Hui
HR & Admin Executive
Ryokufu Medical Clinic Singapore Pte. Ltd."""
    return mk("clean-16-internal-hr-nurses-day-e-vouchers-policy-en.eml", "clean", "internal-announcement", "en",
              "Singapore HR, from her real mailbox on a clinic workstation through the internal relay (all pass), "
              "announces Nurses' Day e-gift vouchers ordered through the usual supplier with a PO number, the MD "
              "in copy, and a warning that nobody will ask staff to buy gift cards. Mirrors bec-33 and bec-34.",
              via=L.internal("10.44.0.52", "en"), when=jst(2026, 5, 5, 10, 12, 44), frm=P("lim").en_addr(),
              to=[("All RMCS Staff", f"all-staff@{C.SG}")], cc=[P("murakami").en_addr()], rcpt=P("chua").email,
              subject="Nurses' Day 12 May - e-gift vouchers for all staff",
              body=Cm.plain(text, "windows-1252", "quoted-printable"))


MESSAGES = [clean09, clean10, clean11, clean12, clean13, clean14, clean15, clean16]
