"""Clean messages, part 2: vendor threads with nothing changed, a solicited
sales follow-up, a newsletter, internal notices (the CEO's warning, W-2,
salary account)."""
import common as CM
import company as C
import mimeparts as M
import routes as R
import threads as T
from local import msg, internal, internal_app, own_server, m365, pdf, mixed
from message import jst

P = C.P
V = C.V
MESSAGES = []


def add(m):
    MESSAGES.append(m)
    return m


# ------------------------------------------------------------------ clean-11

q = T.VANRIJN_VISIT_Q
visit_text = """Dear Mr Aoki,

Thank you for the dates. We propose the following plan for the week of
18 May:

  Tue 19 May  08:30-14:30  aisle 3: PLC update v4.2, shuttle S3-01..S3-06
                           inspection (wheels, lift belts, collectors)
  Wed 20 May  08:30-14:30  aisle 4: same scope, shuttles S4-01..S4-06
  Thu 21 May  09:00-12:00  acceptance test with your team, handover of the
                           updated manuals and the inspection report

Our engineers will be Joris Bakker and Kenji Tsuda (our Japan service
partner). We will send their names for the site pass and the risk
assessment / method statement by 8 May, as last time.

The software update and the first inspection are covered by the warranty
and the service agreement, so there is no separate charge for this visit.

Please let me know if the plan works for you.

Best regards,
Bram Visser
Project Manager, Van Rijn Opslagsystemen B.V.
T +31 13 000 4150 | M +31 6 0000 7721"""

when = jst(2026, 4, 14, 18, 31, 56)
body = visit_text + "\n\n" + T.outlook_en(q, R.CEST)
add(msg("clean-11-vendor-thread-vanrijn-service-visit-schedule-en.eml", "clean", "vendor-thread", "en",
        "A 'RE:' from the conveyor maker's project manager in a real thread started by the Atsugi centre "
        "manager (In-Reply-To, References, Outlook-quoted history, Thread-Index). Real domain "
        "vanrijn-systems.example via Exchange Online (all pass), Dutch office hours. Proposes a service "
        "schedule; no payment, no bank details, nothing changes, same correspondents as the quoted message.",
        m365("clean-11", when, P("aoki").email, T.VISSER[1], "EUR", p="reject"),
        when=when, date_tz=R.CEST, frm=T.VISSER, to=[P("aoki").en_addr()], cc=[P("nishimura").en_addr()],
        subject="RE: " + q.subject, body=CM.plain(body, "US-ASCII"),
        in_reply_to=q.mid, references=T.refs(q),
        fields=[("Thread-Topic", q.subject), ("Thread-Index", CM.thread_index("clean-11")),
                ("Accept-Language", "nl-NL, en-US"), ("Content-Language", "en-US")]))

# ------------------------------------------------------------------ clean-12

q = T.HAMAKAZE_HAISHA_Q
haisha_text = """森本様

お世話になっております。ハマカゼ運送の宮下です。

増便の件、承知しました。
5/7（木）〜5/15（金）の平日7日間、厚木→関西の10t便を1日2台、
追加で手配できます。車番とドライバー名は前日15時までに
いつものとおりFAXとメールでお送りします。

5/9（土）も必要な場合は1台までなら対応できますので、
早めにお知らせください。

運賃は現行契約の単価（厚木→茨木・尼崎 10t）で結構です。
請求は通常どおり月末締めでまとめてお送りします。

よろしくお願いいたします。

株式会社ハマカゼ運送 配車課
宮下 剛
TEL 045-000-5570 / 携帯 090-0000-2281"""

when = jst(2026, 4, 23, 10, 5, 33)
add(msg("clean-12-vendor-thread-hamakaze-extra-trucks-answer-ja.eml", "clean", "vendor-thread", "ja",
        "The carrier's dispatcher answers a request from the Atsugi centre in the same thread (Re:, "
        "In-Reply-To, References, Becky!-style quoted history) from the carrier's real domain (all pass, "
        "office PC). Confirms extra trucks at the contract rate and 'billing as usual'; no bank details, "
        "nothing changes.",
        own_server("clean-12", when, P("morimoto").email, T.MIYASHITA[1], V["hamakaze"].server,
                   V["hamakaze"].ip, client=(None, "10.12.0.51", "haisha-pc2"),
                   mid=CM.mid_becky("clean-12", when, "hamakaze-unso.example")),
        when=when, frm=T.MIYASHITA, to=[P("morimoto").ja_addr()], subject="Re: " + q.subject,
        body=CM.plain(haisha_text + "\n\n" + T.becky_ja(q)),
        in_reply_to=q.mid, references=T.refs(q),
        fields=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")]))

# ------------------------------------------------------------------ clean-13

pitch_text = """Dear Mr Kawaguchi,

It was a pleasure to meet you and Ms Hirano at our booth (East Hall, E-214)
at the Tokyo logistics expo on Wednesday. Thank you for taking the time to
look at our nestable HDPE pallets.

As promised, I attach our quotation for the two models you asked about:

  - NP-1111 nestable pallet, 1100 x 1100, 4-way entry, blue
  - RK-1210 rackable pallet with steel reinforcement, 1200 x 1000

Prices are FOB Ningbo for 1 x 40'HQ, valid until 30 June. We can send 10
free samples of each to your Atsugi centre for a load test; our Japan
agent in Osaka will arrange delivery and there is no charge.

If it is easier for your team, you are welcome to message me on WeChat,
WhatsApp or LINE (details below) - many of our Japanese customers prefer
LINE for quick questions about drawings and samples.

Best regards,

Cindy Zhou
Overseas Sales Manager
Ningbo Hengda Plastic Pallet Co., Ltd.
Tel +86 574 0000 3618
WeChat: cindyzhou_hengda | WhatsApp: +86 138 0000 7142 | LINE ID: cindy-hengda
https://www.hengda-pallet.example/"""

when = jst(2026, 5, 15, 11, 47, 2)
add(msg("clean-13-sales-followup-expo-pallets-wechat-whatsapp-line-en.eml", "clean", "sales-pitch", "en",
        "A solicited follow-up after a trade-show meeting: a Chinese pallet maker sends the quotation "
        "promised at its booth, from its own domain hengda-pallet.example (its mail server, all pass). "
        "The signature lists WeChat, WhatsApp and LINE and the text invites chat - the vocabulary of 'move "
        "to chat' lures - but nothing asks for money, secrecy or a reply-only first contact.",
        own_server("clean-13", when, P("kawaguchi").email, "cindy.zhou@hengda-pallet.example",
                   "mail.hengda-pallet.example", "198.51.100.143", client=(None, "10.0.8.21"),
                   tz=R.HKT, p="none", mid=CM.mid_uuid("clean-13", "hengda-pallet.example")),
        when=when, date_tz=R.HKT, frm=("Cindy Zhou", "cindy.zhou@hengda-pallet.example"),
        to=[P("kawaguchi").en_addr()], cc=[P("hirano").en_addr()],
        subject="Nice meeting you at the expo - quotation NP-1111 / RK-1210",
        body=mixed(CM.plain(pitch_text, "US-ASCII"),
                   pdf(["NINGBO HENGDA PLASTIC PALLET CO., LTD. - QUOTATION Q-26051-JP",
                        "To: Asanagi Logistics Co., Ltd. (Mr Satoshi Kawaguchi)",
                        "NP-1111 nestable 1100x1100, 4-way, blue   USD 21.40 / pc",
                        "RK-1210 rackable 1200x1000, steel reinforced   USD 38.90 / pc",
                        "MOQ 1 x 40'HQ, FOB Ningbo, valid until 2026-06-30",
                        "Payment terms: to be agreed on the first order"],
                       "Quotation_Q-26051-JP.pdf", "Quotation Q-26051-JP", "WPS Office")),
        fields=[("X-Mailer", "Foxmail 7.2.25.254[en]")]))

# ------------------------------------------------------------------ clean-14

news_text = """WAREHOUSE LEADERS FORUM - WEEKLY BRIEF
May 19, 2026

Hi Kevin,

This week in the brief:

1. Port of Long Beach dwell times fall to a 14-month low
   Average import container dwell on terminal dropped to 2.9 days in
   April. Chassis availability remains tight at two terminals.
   https://www.warehouseleaders.example/brief/2026-05-19/dwell-times

2. California heat-illness rules for indoor warehouses: what changes in July
   A practical checklist for cooling, rest breaks and recordkeeping.
   https://www.warehouseleaders.example/brief/2026-05-19/indoor-heat

3. Our 2026 Warehouse Labor & Pay Survey closes May 31
   Tell us how you staff, pay and retain hourly associates. It takes about
   8 minutes. Every completed response gets the full benchmark report, and
   we will draw 50 respondents for a $25 Amazon gift card (sent by email
   from our survey provider after June 15; we never ask for payment or
   card details).
   https://www.warehouseleaders.example/survey/2026

4. Webinar, June 4: Yard management without the spreadsheets
   https://www.warehouseleaders.example/events/yms-webinar

You are receiving this because you subscribed at
warehouseleaders.example with knguyen@asanagi-usa.example.
Manage preferences or unsubscribe:
https://www.warehouseleaders.example/u/prefs?id=7f3c91a2

Warehouse Leaders Forum, 0000 Harbor Blvd, Long Beach, CA 90800"""

when = jst(2026, 5, 19, 22, 0, 4)
nr = R.bulk("clean-14", when, P("nguyen").email, "mta3.news.warehouseleaders.example", "203.0.113.201",
            tz=R.PDT, selector="wlf1", pickup_host="app.warehouseleaders.example")
from local import Via  # noqa: E402
add(msg("clean-14-newsletter-warehouse-forum-survey-gift-card-en.eml", "clean", "newsletter", "en",
        "A weekly industry newsletter the operations manager subscribed to, from its own authenticated "
        "domain (mailing host, SPF/DKIM/DMARC pass for warehouseleaders.example), with List-Unsubscribe. "
        "Mentions a survey draw for $25 Amazon gift cards - gift-card vocabulary - but asks for nothing, "
        "and every link goes to the forum's own site.",
        Via(nr, R.aligned("warehouseleaders.example", "bounce-7f3c91a2@news.warehouseleaders.example"),
            CM.mid_std("clean-14", when, "news.warehouseleaders.example")),
        return_path="bounce-7f3c91a2@news.warehouseleaders.example",
        when=when, date_tz=R.PDT, frm=("Warehouse Leaders Forum", "brief@warehouseleaders.example"),
        to=[("", P("nguyen").email)], subject="Weekly Brief: LB dwell times, indoor heat rules, labor survey",
        body=M.alt(CM.plain(news_text, "UTF-8", "quoted-printable"),
                   CM.html(CM.simple_html(news_text, "Arial, sans-serif", "14px"))),
        fields=[("List-Unsubscribe", "<https://www.warehouseleaders.example/u/one-click?id=7f3c91a2>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("List-Id", "Weekly Brief <brief.warehouseleaders.example>"),
                ("Precedence", "bulk")]))

# ------------------------------------------------------------------ clean-15

warn_text = """社員の皆さん

社長の工藤です。

最近、取引先や同業他社で、社長や役員の名前をかたったメールが
相次いでいます。当社でも先週、私の名前で「至急、対応してほしいことが
ある。このメールに返信してほしい」というメールが、何人かの社員の
個人アドレスにまで届きました。

手口はだいたい次のようなものです。
　・私や役員の名前で、フリーメールや会社に似たドメインから届く
　・「LINEのグループを作って、QRコードを送ってほしい」と言ってくる
　・「取引先へのお礼に」とギフトカード（Apple、Amazon、Google Play等）の
　　購入とコードの送付を求める
　・「極秘の買収案件なので誰にも言わずに、本日中に振り込んでほしい」と
　　送金を急がせる
　・「弁護士から連絡が行く」と言って、外部の人物とやり取りさせる

はっきり言っておきます。
私が社員の皆さんに、個人アドレスやLINEで業務の依頼をすることはありません。
ギフトカードを買ってほしいと頼むことも、内密に送金を頼むこともありません。
社内の依頼はすべてTeamsとワークフロー（稟議）で行います。

少しでもおかしいと思ったら、返信したり電話番号に掛けたりせず、
情報システム部の坂本課長（内線 3300）に連絡してください。
「社長からのメールを疑ったら失礼では」と心配する必要はありません。
確認してくれた人には、むしろ感謝します。

工藤 恭平
代表取締役社長"""

when = jst(2026, 3, 9, 8, 45, 12)
add(msg("clean-15-internal-ceo-warning-impersonation-line-giftcards-ja.eml", "clean", "internal-announcement",
        "ja",
        "The president writes to all staff about impersonation of himself: LINE groups, gift cards, secret "
        "same-day transfers, 'a lawyer will contact you', personal addresses. Every BEC keyword appears, but "
        "it is a warning with no request, sent from his real mailbox through the internal relay (head-office "
        "PC, all pass), to the all-staff list.",
        internal("clean-15", when, "zensha@asanagi-logi.example", P("kudo").email, "10.61.1.12"),
        when=when, frm=P("kudo").ja_addr(), to=[("朝凪ロジスティクス 全社員", "zensha@asanagi-logi.example")],
        cc=[P("sakamoto").ja_addr()],
        subject="【全社】社長名をかたる詐欺メールにご注意ください",
        body=M.alt(CM.plain(warn_text, "ISO-2022-JP"),
                   CM.html(CM.simple_html(warn_text), "UTF-8", "base64")),
        fields=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", CM.thread_index("clean-15")),
                ("Content-Language", "ja")]))

# ------------------------------------------------------------------ clean-16

w2_text = """Hi everyone,

Your 2025 Form W-2 is now available in the payroll portal.

  1. Sign in at https://payroll.asanagi-usa.example (same login as your
     pay stubs; from home you need the VPN or the Okta app).
  2. Go to Tax Documents > W-2 > 2025 and download the PDF.

If you chose paper delivery, your W-2 was mailed to your home address on
January 27. If you moved last year and have not updated your address in the
portal, please let me know so I can reissue it.

A reminder, because W-2 scams peak this time of year: HR and Payroll will
never email you your W-2, ask you to send your SSN, or change your direct
deposit based on an email. Direct deposit changes are made only by you in
the portal, with the confirmation code sent to your phone. If you get an
email asking for any of this - even if it looks like it is from Rob or me -
forward it to IT and delete it.

Thanks,
Dana

Dana Ortiz
HR & Payroll Manager | Asanagi Logistics USA, Inc.
(555) 010-2216"""

when = jst(2026, 1, 30, 2, 15, 0)
add(msg("clean-16-hr-w2-available-portal-direct-deposit-policy-en.eml", "clean", "hr-payroll-notice", "en",
        "The US HR & payroll manager tells all US staff that 2025 W-2s are in the payroll portal: W-2, SSN "
        "and direct-deposit vocabulary, but from her real mailbox on asanagi-usa.example through the "
        "organisation's relay (Carson PC, all pass), nothing attached, the link goes to the company's own "
        "portal, and it warns against exactly the requests of bec-24 and bec-30.",
        internal("clean-16", when, "all-usa@asanagi-usa.example", P("ortiz").email, "10.63.1.74"),
        when=when, date_tz=R.PST, frm=P("ortiz").en_addr(),
        to=[("Asanagi Logistics USA - All Staff", "all-usa@asanagi-usa.example")],
        subject="Your 2025 W-2 is available in the payroll portal",
        body=CM.plain(w2_text, "US-ASCII"),
        fields=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", CM.thread_index("clean-16")),
                ("Content-Language", "en-US")]))

# ------------------------------------------------------------------ clean-17

kyuyo_text = """人事部 給与担当
今井さん

お疲れさまです。厚木センターの藤井です。

4月に引っ越したため、給与の振込口座を近くの金融機関に
変更したいと思っています。

人事ポータルの「給与振込口座変更」から、昨日（5/11）申請を出しました。
通帳のコピーも画像でアップロードしてあります。
承認のメールがまだ来ていないのですが、5月25日の給与から
新しい口座になりますでしょうか。間に合わない場合は6月からで
大丈夫です。

お忙しいところすみませんが、確認をお願いします。

藤井 健太郎
厚木物流センター 倉庫作業リーダー
内線 5120"""

when = jst(2026, 5, 12, 12, 18, 40)
add(msg("clean-17-internal-employee-salary-account-change-via-portal-ja.eml", "clean", "internal-hr-request",
        "ja",
        "An employee asks payroll about changing his salary account (給与振込口座 変更): the payroll-diversion "
        "request, but from his real corporate mailbox through the internal relay (Atsugi centre PC, all pass), "
        "he has applied through the HR portal with a passbook copy, gives no account number by mail, and "
        "accepts a later month.",
        internal("clean-17", when, P("imai").email, P("fujii").email, "10.62.3.105", client="thunderbird"),
        when=when, frm=P("fujii").ja_addr(), to=[P("imai").ja_addr()],
        subject="給与振込口座の変更申請について（確認のお願い）",
        body=CM.plain(kyuyo_text, "UTF-8", "quoted-printable"), hcs=("UTF-8", "Q"),
        fields=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 "
                               "Thunderbird/128.10.1"), ("Content-Language", "ja")]))
