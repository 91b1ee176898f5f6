"""spam-01 .. spam-07: marketing, SEO offers from free mail, an advance-fee
scam, unsolicited newsletters, a list seller."""
import common as Cm
import company as C
import local as L
import mimeparts as M
import routes as R
from local import jst, mk

P = C.P


def spam01():
    text = """医療法人社団 緑風会
ご担当者様

突然のご連絡失礼いたします。
フリーランスでWeb集客のお手伝いをしております、森と申します。

貴院のGoogleマップ（Googleビジネスプロフィール）を拝見したところ、
星1〜2の口コミが目立ち、検索順位で近隣の病院に差をつけられている
状況でした。

私の方で、以下の対策をまとめて代行できます。
　・MEO対策（「仙台 内科」「仙台 整形外科」等で3位以内を目指します）
　・口コミ返信の代筆、高評価口コミの獲得サポート
　・ホームページのSEO改善（初期費用0円・月額29,800円〜）

成果が出なければ費用はいただきません。
ご興味がございましたら、このメールにご返信いただくか、
LINE（ID：meo_mori_sendai）からお気軽にご連絡ください。

森 健二
Web集客コンサルタント"""
    return mk("spam-01-meo-seo-reviews-freelancer-gmail-line-ja.eml", "spam", "marketing", "ja",
              "An unsolicited MEO/SEO and 'review management' offer from a freelancer's Gmail address to the "
              "general info@ address: Google Maps ranking, ghost-written replies, 'no result, no fee', contact by "
              "reply or LINE. No payment request, no impersonation. ISO-2022-JP.",
              via=L.gmail(), when=jst(2026, 1, 30, 12, 4, 33), frm=("森 健二", "mori.webshukyaku@gmail.com"),
              to=[("", f"info@{C.DOMAIN}")], subject="貴院のGoogleマップ評価について（集客のご提案）",
              body=Cm.plain(text))


def spam02():
    text = """Hi there,

Following up on my previous email in case it got buried.

I was checking ryokufu-sg.example and noticed a few things holding your
clinic back on Google: slow mobile loading, missing meta descriptions on
12 pages, and no schema markup for your doctors and services.

We are a small team of web designers and SEO specialists. We can:
- redesign the site on a modern, mobile-first template
- get you onto page 1 for "Japanese clinic Singapore" and similar terms
- set up Google Business reviews and monthly reports

Packages start at USD 299. Can I send you a free audit and a quote?

Best regards,
Rahul Verma
Digital Marketing Consultant

If you don't want to hear from me again, just reply "no"."""
    return mk("spam-02-website-redesign-seo-outlook-fake-reply-en.eml", "spam", "marketing", "en",
              "A website redesign and SEO pitch from an outlook.com address to the Singapore clinic's enquiry "
              "address, with a 'RE:' subject that answers nothing (no In-Reply-To, no References) and 'following "
              "up on my previous email'. No payment request, no impersonation.",
              via=L.outlook_com("NAM", tz=R.UTC),
              when=jst(2026, 2, 12, 18, 27, 2), frm=("Rahul Verma", "rahul.webseo.expert@outlook.com"),
              to=[("", f"enquiry@{C.SG}")], subject="RE: Website Re-design & Google Ranking",
              fake_reply=True, body=Cm.plain(text, "US-ASCII"))


def spam03():
    text = """Dear Dr. Murakami,

I am Barrister Edward K. Mensah, a solicitor in Accra, Ghana, and the
personal attorney to the late Mr. Kenji Murakami, a Japanese engineer who
lived and worked here until his death in a road accident in 2022.

My late client left a deposit of USD 8,750,000.00 (Eight Million Seven
Hundred and Fifty Thousand United States Dollars) with a bank here. The
bank has issued me a final notice to provide his next of kin or the
account will be confiscated. My searches for his relatives have been
unsuccessful, and as you share the same surname and nationality, I am
contacting you to stand as the next of kin so that the funds can be
released to you.

We will share the proceeds 50/50 and 10% will go to charity. The
transaction is 100% legal and risk-free. All I require is your full name,
address, telephone number and a copy of your passport to prepare the
necessary documents.

Please treat this as confidential and reply to my private email below.

Barrister Edward K. Mensah, Esq.
Mensah & Associates Chambers, Accra
Private email: barr.edwardmensah@hotmail.com"""
    return mk("spam-03-advance-fee-next-of-kin-same-surname-hotmail-en.eml", "spam", "advance-fee", "en",
              "A classic advance-fee 'next of kin' scam from a hotmail.com address to the Singapore MD: a dead "
              "client with the same surname, USD 8.75 million, 50/50 share, passport copy and contact details by "
              "private reply. Not BEC: nothing about the organisation's business.",
              via=L.outlook_com("NAM", tz=R.GMT), when=jst(2026, 3, 30, 20, 19, 55),
              frm=("Barrister Edward Mensah", "barr.edwardmensah@hotmail.com"), to=[P("murakami").en_addr()],
              subject="Confidential: your late relative's estate", body=Cm.plain(text, "US-ASCII"))


def spam04():
    unsub = "https://mail.iryo-kaitori.example/unsubscribe?m=" + "a7c3e9"
    text = f"""医療機関ご担当者様

いつもお世話になっております。医療機器の買取専門店「メディカル買取ドットコム」です。

◆ 不要になった医療機器、眠っていませんか？
　・超音波診断装置、内視鏡、生体情報モニタ、電気メス
　・透析装置、X線関連機器、検査機器、歯科ユニット
　・故障品、年式の古い機器、メーカー保守終了品もOK

◆ 4月・5月は買取強化月間！査定額 最大20％アップ
　全国出張査定・搬出費用 無料。最短即日でお見積りいたします。

▼無料査定のお申込みはこちら
https://www.iryo-kaitori.example/satei/

───────────────
メディカル買取ドットコム（株式会社メディリユース）
古物商許可 第000000000000号
配信停止：{unsub}
───────────────"""
    html = Cm.simple_html(text, font="メイリオ, sans-serif").replace(
        "https://www.iryo-kaitori.example/satei/",
        _a("https://www.iryo-kaitori.example/satei/", "無料査定を申し込む")).replace(unsub, _a(unsub, "配信停止"))
    return mk("spam-04-used-medical-equipment-buyback-bulk-html-ja.eml", "spam", "marketing", "ja",
              "Bulk marketing from a used medical-equipment buyer through its mailing server (SPF and DKIM pass, "
              "DMARC none) to the purchasing manager, with List-Unsubscribe and a campaign 'up to 20% more'. "
              "Unsolicited, but nothing fraudulent. ISO-2022-JP text and HTML.",
              via=L.bulk("mta01.iryo-kaitori.example", "198.51.100.84", "mail.iryo-kaitori.example",
                         auth=R.Auth("pass", "mail.iryo-kaitori.example", "pass", "iryo-kaitori.example", "none",
                                     "iryo-kaitori.example", None),
                         fields=[("List-Unsubscribe", f"<{unsub}>"), ("Precedence", "bulk")]),
              when=jst(2026, 4, 16, 10, 0, 12), frm=("メディカル買取ドットコム", "info@iryo-kaitori.example"),
              to=[P("kumagai").ja_addr()], subject="【買取強化月間】不要な医療機器、高価買取いたします",
              body=M.alt(Cm.plain(text), Cm.html(html, "ISO-2022-JP", "7bit")))


def _a(url, label):
    return f'<a href="{url}">{label}</a>'


def spam05():
    text = """━━━━━━━━━━━━━━━━━━━━━━━━
　看護師・コメディカル採用ニュース　2026年5月号
　〜病院・介護施設の人事ご担当者様へ〜
━━━━━━━━━━━━━━━━━━━━━━━━

■ 今月の注目求職者（宮城県内・即日面接可）
　・看護師（急性期病棟経験8年）　　　　　　　 40代女性
　・看護師（回復期リハ・夜勤専従希望）　　　　30代男性
　・理学療法士（回復期リハ5年）　　　　　　　20代女性
　・介護福祉士（老健リーダー経験あり）　　　　40代男性

■ 成功報酬型・紹介手数料は年収の20％（業界最安水準）
　返金規定あり。初回のお取引は手数料10％OFF。

■ 6月のオンライン採用セミナー
　「夜勤人材を確保する求人票の書き方」（参加無料）

詳細・お問い合わせ：https://www.kango-jinzai-navi.example/hojin/

本メールは、公開情報をもとに医療機関の皆様へお送りしています。
今後の配信を希望されない場合は、本メールに「配信停止」とご返信ください。

株式会社メディカルキャリアネクスト（有料職業紹介事業 許可番号 04-ユ-000000）"""
    return mk("spam-05-nurse-recruitment-agency-newsletter-unsolicited-sjis-qp-ja.eml", "spam", "newsletter", "ja",
              "An unsolicited newsletter from a nurse recruitment agency (addresses 'taken from public "
              "information') to the HR head through its mailing server (SPF pass, DKIM pass, DMARC none): job "
              "seekers, fees, a seminar; opt-out by reply. Shift_JIS quoted-printable.",
              via=L.bulk("send.kango-jinzai-navi.example", "203.0.113.101", "kango-jinzai-navi.example",
                         auth=R.Auth("pass", "kango-jinzai-navi.example", "pass", "kango-jinzai-navi.example",
                                     "none", "kango-jinzai-navi.example", None)),
              when=jst(2026, 5, 21, 9, 30, 0), frm=("看護師採用ニュース", "news@kango-jinzai-navi.example"),
              to=[P("chiba").ja_addr()], subject="【看護師採用ニュース】即日面接可の看護師・PTのご紹介（5月号）",
              hcs=("Shift_JIS", "B"), body=Cm.plain(text, "Shift_JIS", "quoted-printable"))


def spam06():
    url = "https://www.healthcareleaders-asia.example/summit2026?utm_source=email&utm_campaign=hla26_wave4"
    unsub = "https://www.healthcareleaders-asia.example/preferences?u=" + "c81d07f2"
    text = f"""HEALTHCARE LEADERS ASIA SUMMIT 2026
16-17 July 2026 | Marina Bay, Singapore

Dear Healthcare Leader,

Join 600+ hospital CEOs, CMOs, CFOs and clinic owners for two days of
keynotes and roundtables:

- AI in primary care: what actually works
- Value-based payment models in ASEAN
- Cyber resilience for clinics: ransomware and payment fraud
- Medical tourism after 2025: Japan, Singapore, Thailand

Early-bird delegate pass: SGD 1,295 (save 30% until 15 June).
Group discount for 3+ delegates.

Register now: {url}

You are receiving this email because your details are listed in a
healthcare directory. Manage preferences or unsubscribe: {unsub}"""
    html = Cm.simple_html(text, font="Arial, sans-serif").replace(url, _a(url, "Register now")).replace(
        unsub, _a(unsub, "unsubscribe"))
    return mk("spam-06-healthcare-leaders-summit-unsolicited-newsletter-en.eml", "spam", "newsletter", "en",
              "An unsolicited conference newsletter ('your details are listed in a healthcare directory') from an "
              "events company through its mailing service (all pass), with List-Unsubscribe, to the Singapore "
              "clinic manager. It mentions payment fraud only as a talk title.",
              via=L.bulk("mta3.healthcareleaders-asia.example", "198.51.100.29", "bounce.healthcareleaders-asia.example",
                         tz=R.SGT, selector="hla",
                         fields=[("List-Unsubscribe", f"<{unsub}>"), ("Precedence", "bulk")]),
              when=jst(2026, 6, 1, 9, 45, 0), frm=("Healthcare Leaders Asia", "events@healthcareleaders-asia.example"),
              to=[P("tan").en_addr()], subject="Early-bird ends 15 June: Healthcare Leaders Asia Summit 2026",
              body=M.alt(Cm.plain(text, "US-ASCII"), Cm.html(html)))


def spam07():
    text = """総務ご担当者様

突然のメール失礼いたします。
弊社では、営業・採用活動にご活用いただける各種名簿を販売しております。

・全国医師名簿（勤務先・診療科・卒業年）　約28万件
・全国看護師名簿（氏名・勤務先・年代）　　約41万件
・宮城県内 医療・介護施設 経営者名簿　　　約6,200件
・開業医 個人携帯番号リスト　　　　　　　約3万件

Excel／CSV形式にて即日納品。
1万件あたり19,800円〜、サンプルを無料でお送りいたします。
お支払いは銀行振込・各種電子マネーに対応しております。

ご興味がございましたら、本メールへご返信ください。

データリサーチ東北　担当：佐野"""
    return mk("spam-07-doctor-nurse-list-seller-yahoo-ja.eml", "spam", "list-seller", "ja",
              "A seller of doctor and nurse lists (including private mobile numbers) writes from a yahoo.co.jp "
              "address to general affairs: counts, prices, a free sample, payment by transfer or e-money. "
              "Unsolicited and dubious, not BEC. ISO-2022-JP.",
              via=L.yahoo("203.0.113.208"), when=jst(2026, 6, 10, 14, 26, 3),
              frm=("データリサーチ東北", "data_research_tohoku@yahoo.co.jp"), to=[P("mikami").ja_addr()],
              subject="医療従事者名簿（医師・看護師）販売のご案内", body=Cm.plain(text))


MESSAGES = [spam01, spam02, spam03, spam04, spam05, spam06, spam07]
