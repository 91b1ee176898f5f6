"""Genuine mail that shares the vocabulary of BEC: the main bank's notice,
urgent same-day payments by executives through the proper channel, HR portal
notices about tax forms and マイナンバー, counsel on a confidential acquisition,
a free-mail sales pitch with chat apps, a gift-card rewards notice, internal
notes and warnings."""
import banking as B
import company as C
import common as K
import local as L
import mimeparts as M
from local import P, jst, mail, R, CET

MESSAGES = []
add = MESSAGES.append

# ------------------------------------------------------------------ clean-05
f = "clean-05-main-bank-certificate-expiry-notice-masked-id-no-link-ja.eml"
v = C.V["minato"]
w = jst(2026, 11, 27, 10, 0, 12)
frm = ("越後みなと銀行", "ib-info@echigo-minato-bank.example")
text = """株式会社雪椿フーズ　様

平素は越後みなと銀行をご利用いただき、誠にありがとうございます。

ご利用中の法人インターネットバンキング「みなとビジネスWeb」の
電子証明書の有効期限が近づいておりますので、お知らせいたします。

　ログインID　　：YF****812
　証明書有効期限：2026年12月20日

有効期限の30日前から、ログイン後の画面に更新のご案内が表示されます。
当行ホームページ、またはお客様が普段ご利用のブックマークから
「みなとビジネスWeb」にログインし、画面の案内に従って更新してください。

※当行では、電子メールに記載したリンクから電子証明書の更新や
　パスワードの入力をお願いすることはございません。
　本メールにもリンクは記載しておりません。
※不審なメールを受け取られた場合は、下記までご連絡ください。

株式会社越後みなと銀行　法人サポートデスク
0120-000-315（平日9:00〜17:00）"""
add(mail(f, "clean", "bank-notice", "ja",
         "The main bank's genuine notice from its own domain and MTA (SPF/DKIM/DMARC pass, p=reject): the "
         "corporate banking certificate expires, login ID masked, 'log in from our homepage or your "
         "bookmark', no link at all, a warning about phishing. Compare phishing-03. ISO-2022-JP.",
         L.server(f, w, P("saito").email, v.server, v.ip, frm[1], client=None,
                  auth=R.aligned(v.domain, "bounce@" + v.domain, "reject"), how="ESMTP",
                  mid=K.mid_std(f, w, "ib.echigo-minato-bank.example")),
         when=w, frm=frm, to=[P("saito").ja_addr()],
         subject="【越後みなと銀行】電子証明書の有効期限のお知らせ", body=L.plain(text),
         return_path="bounce@" + v.domain))

# ------------------------------------------------------------------ clean-06
f = "clean-06-internal-senior-md-urgent-same-day-nihonkai-snow-charter-ringi-onfile-ja.eml"
w = jst(2026, 12, 23, 9, 20, 44)
nb = C.V["nihonkai"].bank
text = f"""斎藤課長、小池さん
（CC：本間部長）

お疲れ様です。大野です。
至急のお願いです。本日中の振込をお願いします。

大雪で北陸道・関越道が通行止めになり、年末の量販店向け冷凍品を
日本海コールドチェーンの臨時チャーター便（迂回ルート・2台）で運ぶことにしました。
先方から、臨時便の費用は年内の前払いでと依頼されています。

　支払先　：日本海コールドチェーン株式会社（登録済みの取引先口座）
　　　　　　{nb['bank']}　{nb['branch']}　{nb['account_type']}　{nb['account']}
　金額　　：1,386,000円（税込）
　稟議番号：2026-1218（本日8:50 社長決裁済み）

請求書は村上さんから本日午前中に郵送・PDFで届く予定です。
先日、同社名義で振込先変更を求める不審なメールがありましたので、
今朝、登録の代表番号で村上さんに電話し、口座は従来どおりであることを確認済みです。

不明点があれば内線（2101）か携帯に連絡ください。

{L.sig_jp("ono")}"""
add(mail(f, "clean", "internal-payment-request", "ja",
         "The senior managing director's real mailbox via the internal relay from a head-office PC: 至急, "
         "本日中, a prepayment for emergency charter trucks in a snowstorm, but to the vendor's account on "
         "file, with an approval number (社長決裁), head of accounting in Cc, invoice coming, the earlier fake "
         "account-change mail (bec-16) checked by phone, and an extension to call. ISO-2022-JP Outlook.",
         L.internal_v(f, w, P("saito").email, "10.21.3.14", P("ono").email),
         when=w, frm=P("ono").ja_addr(), to=[P("saito").ja_addr(), P("koike").ja_addr()],
         cc=[P("homma").ja_addr()], subject="【至急・本日中】大雪対応 臨時チャーター便費用のお支払い",
         body=L.outlook_ja(text), on_file="nihonkai"))

# ------------------------------------------------------------------ clean-07
f = "clean-07-internal-de-md-same-day-rheinfracht-onfile-iban-factoring-mail-was-fake-en.eml"
w = jst(2026, 11, 20, 19, 30, 5)  # 11:30 CET
rb = C.V["rhein"].bank
text = f"""Hi Lukas,

Please pay Rheinfracht's October invoice RF-2026-10-3318
(EUR 18,942.42) today instead of in the run on 2 December, as a
same-day transfer. They are releasing the 22 pallets for the
Christmas promotion at our two retail customers only once our account
is settled, and the trucks are booked for Monday.

Pay to the account we have on file - nothing changes:
Rheinuferbank eG, IBAN {B.iban_print(rb['iban'])}, BIC {rb['swift']}

About the "factoring" email you received from Anna Vogel's mailbox
yesterday: I called Markus Weber on the Rheinfracht number in our
vendor master this morning. There is no factoring agreement; their
IT found a forwarding rule in Anna's mailbox and is resetting it.
Please ignore that notice, and do not reply to it.

Katharina, please approve the payment in the banking portal when it
is entered (purchase order and goods receipt are in the system).

Thanks,
Kenta

{L.sig_de("kobayashi")}"""
add(mail(f, "clean", "internal-payment-request", "en",
         "The German MD's real mailbox via the internal relay from the Cologne office: a same-day transfer "
         "'today', but of an approved invoice to the vendor's IBAN on file, the head of finance in Cc to "
         "approve in the portal (four eyes), and the fraudulent factoring notice of bec-15 named as checked "
         "by phone.",
         L.internal_v(f, w, P("hoffmann").email, "10.24.1.22", P("kobayashi").email, lang="en-US"),
         when=w, frm=P("kobayashi").en_addr(), to=[P("hoffmann").en_addr()], cc=[P("wolf").en_addr()],
         subject="Rheinfracht - please pay RF-2026-10-3318 today (same-day)",
         body=L.outlook_en(text, "DE"), hcs=("UTF-8", "Q"), on_file="rhein"))

# ------------------------------------------------------------------ clean-08
f = "clean-08-hr-portal-gensen-choshuhyo-published-mynumber-via-portal-only-ja.eml"
w = jst(2027, 1, 15, 8, 0, 3)
frm = ("人事ポータル", "jinji-portal@" + C.DOMAIN)
text = """上野 大介 様

人事総務部からのお知らせです。

2026年分の「給与所得の源泉徴収票」を人事ポータルに掲載しました。
社内ネットワークまたはVPNから人事ポータルにログインし、
［給与・賞与］→［源泉徴収票］からPDFをダウンロードしてください。

　人事ポータル：https://jinji.yukitsubaki-foods.example/

・紙での交付を希望される方は、1月29日までに各拠点の総務担当へお申し出ください。
・マイナンバー（個人番号）の提出・変更は、人事ポータルの専用画面でのみ受け付けています。
　人事総務部が、メール・電話・LINE等でマイナンバーや源泉徴収票の送付を
　お願いすることはありません。そのような依頼を受けた場合は、
　情報システム課（内線 2140）へご連絡ください。

※本メールはシステムから自動送信されています。

株式会社雪椿フーズ　管理本部 人事総務部"""
add(mail(f, "clean", "hr-payroll-notice", "ja",
         "The HR portal (internal application via the relay, SPF/DKIM/DMARC pass) tells a factory employee "
         "that his 2026 源泉徴収票 is in the portal; link only to the internal portal; マイナンバー accepted only "
         "in the portal, HR never asks for it by mail, phone or LINE. ISO-2022-JP.",
         L.app(f, w, P("ueno").email, C.JINJI_PORTAL, frm[1]),
         when=w, frm=frm, to=[P("ueno").ja_addr()], subject="【人事ポータル】2026年分 源泉徴収票の掲載のお知らせ",
         body=L.plain(text)))

# ------------------------------------------------------------------ clean-09
f = "clean-09-hr-de-portal-lohnsteuerbescheinigung-available-never-by-email-en.eml"
w = jst(2027, 2, 5, 16, 0, 9)  # 08:00 CET
frm = ("Personal-Portal Yukitsubaki Europe", "personal-portal@" + C.EU)
text = """Dear Tim Schulz,

Your annual wage tax certificate (Lohnsteuerbescheinigung) for 2026
has been transmitted to the tax office and is now available in the
personnel portal under "Documents > Tax":

https://personal-de.yukitsubaki-foods.example/documents

Your January payslip (Entgeltabrechnung 01/2027) is available in the
same place.

Please note: HR and Finance will never ask you by email, phone or
messenger for your tax ID, social security number or bank details,
and will never send tax documents as email attachments. Bank details
can only be changed by you in the portal.

This message was sent automatically.
Yukitsubaki Foods Europe GmbH - HR"""
add(mail(f, "clean", "hr-payroll-notice", "en",
         "The German HR self-service portal (internal application via the relay, authenticated) tells a "
         "warehouse employee that his 2026 wage-tax certificate is in the portal; link only to the internal "
         "portal; HR never asks for tax IDs or bank details by mail and bank changes happen in the portal.",
         L.app(f, w, P("schulz").email, C.DE_HR_PORTAL, frm[1], tz=CET),
         when=w, frm=frm, to=[P("schulz").en_addr()],
         subject="Your Lohnsteuerbescheinigung 2026 is available", body=L.plain(text, "US-ASCII")))

# ------------------------------------------------------------------ clean-10
f = "clean-10-counsel-hakusan-project-tsubaki-miso-brewery-due-diligence-confidential-ja.eml"
v = C.V["hakusan"]
w = jst(2026, 11, 24, 17, 5, 29)
frm = C.CONTACTS["sakai"]
text = """株式会社雪椿フーズ
経営企画室長　丸山 直樹 様
（CC：法務・コンプライアンス室長　高橋 聡 様）

いつもお世話になっております。白山総合法律事務所の坂井です。

【秘密保持】プロジェクト椿（長岡市の味噌蔵の株式取得）について、
法務デューデリジェンスの日程案をお送りします。

　12月 1日（火）　対象会社の開示資料の受領（当事務所のデータルーム）
　12月 8日（火）　対象会社代表者・顧問税理士へのインタビュー（長岡）
　12月18日（金）　DD報告書（ドラフト）のご提出
　 1月中旬　　　　株式譲渡契約書ドラフトの交換

データルームへは、先日ご登録いただいた丸山様・高橋様のアカウントで
https://dataroom.hakusan-law.example/ からログインしてください。

なお、念のため申し添えますが、当事務所が電子メールで手付金・預り金などの
送金をお願いすることはございません。送金が必要となる場合は、
契約書に基づき、事前に面談または電話でご説明いたします。

本件はインサイダー情報に準じて取り扱われますよう、お願いいたします。

弁護士法人 白山総合法律事務所
弁護士　坂井 亮
〒951-0099 新潟県新潟市中央区白山浦2-14-7 白山法曹ビル3F
TEL 025-000-2280"""
add(mail(f, "clean", "legal-correspondence", "ja",
         "The company's listed counsel from its real domain and office server (SPF/DKIM/DMARC pass, 17:05) "
         "to corporate planning with legal in Cc: 'confidential', an acquisition, a due-diligence schedule "
         "and a link to its own data room; it states that it never asks for deposits by mail. Compare bec-22 "
         "(its look-alike). ISO-2022-JP Outlook.",
         L.server(f, w, P("maruyama").email, v.server, v.ip, frm[1],
                  client=("office.hakusan-law.example", "203.0.113.151", "HAKUSAN-PC12"),
                  mailer="Microsoft Outlook 16.0", style="outlook",
                  fields=[("Thread-Index", K.thread_index(f)), ("Content-Language", "ja")],
                  mid=K.mid_outlook_desktop(f, "hakusan-law.example")),
         when=w, frm=frm, to=[P("maruyama").ja_addr()], cc=[P("takahashi").ja_addr()],
         subject="【秘密保持】プロジェクト椿　法務DDの日程について", body=L.outlook_ja(text)))

# ------------------------------------------------------------------ clean-13
f = "clean-13-sales-pitch-uk-importer-gmail-whatsapp-wechat-line-after-trade-fair-en.eml"
w = jst(2026, 10, 26, 19, 44, 10)  # 10:44 GMT
frm = ("Arjun Mehta", "arjun.lotuslanefoods@gmail.com")
text = """Hi Jonas,

It was great to meet you at your stand in Cologne on Thursday - thank
you for the rice cracker samples, the black sesame ones were a hit
with my team.

As mentioned, Lotus Lane Foods is a small importer supplying about 140
Asian grocery stores and a few independent delis in the UK. We would
be keen to list your senbei range and the frozen yaki onigiri from
spring. Could you send me your export price list (ex works Cologne),
minimum order quantities and shelf-life information? No rush - we are
planning our 2027 range in January.

I'm happy to have a call whenever suits you. I'm often on the road, so
WhatsApp is the easiest way to reach me.

Best wishes,
Arjun

Arjun Mehta
Founder, Lotus Lane Foods Ltd (Leicester, UK)
Mobile / WhatsApp: +44 7700 900512
WeChat: lotuslane_arjun | LINE: arjun.lotuslane"""
add(mail(f, "clean", "sales-pitch", "en",
         "A UK importer on Gmail (a small business without its own domain) following up a real meeting at a "
         "trade fair: wants to list the products, asks for a price list, 'no rush'; WhatsApp, WeChat and LINE "
         "in the signature. No payment, no secrecy, no one impersonated.",
         L.gmail(f, w, frm[1], P("becker").email, tz=R.GMT),
         when=w, frm=frm, to=[P("becker").en_addr()], subject="Great to meet you in Cologne - Lotus Lane Foods (UK)",
         body=L.gmail_body(text), hcs=("UTF-8", "Q")))

# ------------------------------------------------------------------ clean-14
f = "clean-14-benefits-portal-health-points-exchange-for-gift-cards-never-by-email-ja.eml"
w = jst(2026, 12, 1, 12, 0, 4)
frm = ("福利厚生ポータル", "fukuri-portal@" + C.DOMAIN)
text = """佐々木 恵 様

総務課からのお知らせです。

2026年度の「健康チャレンジ」で貯まった健康ポイントの交換受付を開始しました。
福利厚生ポータルから、以下の商品に交換できます。

　受付期間：12月1日（火）〜12月25日（金）
　あなたの保有ポイント：3,200 pt

　・Amazonギフトカード（1,000円分＝1,000 pt）
　・QUOカード（1,000円分＝1,000 pt）
　・図書カード（500円分＝500 pt）
　・新潟県産こしひかり 2kg（2,000 pt）

ギフトカードのコードは、交換後に福利厚生ポータルの［交換履歴］に表示されます。
交換手続き：https://fukuri.yukitsubaki-foods.example/points

【ご注意】
会社や上司が、メールやLINEでギフトカードの購入や、カード番号・コードの送付を
お願いすることはありません。そのような連絡を受けた場合は、
購入せずに総務課（内線 2120）へご連絡ください。

株式会社雪椿フーズ　管理本部 人事総務部 総務課"""
add(mail(f, "clean", "rewards-notice", "ja",
         "The staff benefits portal (internal application via the relay, authenticated) to a factory clerk: "
         "health points can be exchanged for Amazon gift cards, QUO cards and book tokens; codes appear in the "
         "portal; link only to the internal portal; a warning that nobody asks for gift cards by mail or "
         "LINE. Compare bec-34. ISO-2022-JP.",
         L.app(f, w, P("sasaki").email, C.BENEFIT_PORTAL, frm[1]),
         when=w, frm=frm, to=[P("sasaki").ja_addr()], subject="【福利厚生】健康ポイントの交換受付を開始しました（12/25まで）",
         body=L.plain(text)))

# ------------------------------------------------------------------ clean-15
f = "clean-15-internal-corporate-planning-project-tsubaki-strictly-confidential-no-payments-en.eml"
w = jst(2026, 11, 25, 18, 10, 38)
text = """Kobayashi-san,

As discussed with the President, a short note on Project Tsubaki
(strictly confidential - please do not forward).

- We have signed an NDA and a non-binding letter of intent to acquire
  a miso brewery in Nagaoka. Legal due diligence by Hakusan law firm
  runs until 18 December; signing is planned for February.
- The European angle: the brewery supplies two of your German
  customers through a Hamburg importer. We would like your view on
  moving those volumes to Yukitsubaki Foods Europe after closing.
  Please do not contact the importer yet.
- There are no payments of any kind before signing, and none will be
  made from the Europe account. If anyone - including someone using
  my name, the President's or a lawyer's - asks you or your team by
  email for a deposit or for customer data in connection with an
  acquisition, please call me first.

I will send the customer overlap analysis through the board share
next week.

Best regards,
Naoki Maruyama
Head of Corporate Planning
Yukitsubaki Foods Co., Ltd.
Tel +81-25-000-3160 (ext. 2160)"""
add(mail(f, "clean", "internal-note", "en",
         "Corporate planning's real mailbox via the internal relay to the German MD, the CEO in Cc: 'strictly "
         "confidential', an acquisition, 'do not contact', but no request for money or data by mail, and it "
         "says there will be no payments before signing and to call before acting on any such request.",
         L.internal_v(f, w, P("kobayashi").email, "10.21.2.57", P("maruyama").email, lang="en-US"),
         when=w, frm=P("maruyama").en_addr(), to=[P("kobayashi").en_addr()], cc=[P("igarashi").en_addr()],
         subject="Project Tsubaki - strictly confidential", body=L.outlook_en(text), hcs=("UTF-8", "Q")))

# ------------------------------------------------------------------ clean-16
f = "clean-16-internal-ceo-warning-impersonation-line-giftcards-transfers-tax-forms-ja.eml"
w = jst(2026, 12, 21, 8, 30, 17)
text = """社員の皆さん

おはようございます。五十嵐です。

この秋以降、私や役員、取引先、弁護士の名前をかたる不審なメールが
当社の複数の社員に届いています。情報システム課への報告に感謝します。
実際に届いたものには、次のような依頼がありました。

・「内密にお願いしたい件がある。このメールに返信してほしい」
・「LINE（またはTelegram、WhatsApp）に移ってやり取りしたい」
・「極秘の買収や示談の手付金を、本日中に振り込んでほしい」
・「取引先の振込先口座が変わった」「暫定口座に振り込んでほしい」
・「ギフトカードを買って、裏面の番号を写真で送ってほしい」
・「源泉徴収票やマイナンバー、社員の連絡先一覧を送ってほしい」

当社では、私や役員が個人のメールアドレスやLINEで業務の依頼をすることはありません。
振込先の変更は、必ず登録済みの電話番号で相手先に確認してから行ってください。
少しでもおかしいと感じたら、対応する前に情報システム課（内線 2140）へ相談してください。
確認のために時間がかかっても、それを責めることはありません。

年末年始は特に狙われやすい時期です。引き続きよろしくお願いします。

代表取締役社長　五十嵐 正和"""
add(mail(f, "clean", "internal-announcement", "ja",
         "The CEO's real mailbox via the internal relay to the all-staff list: a warning that names every "
         "lure of the set (reply-only, LINE/Telegram/WhatsApp, secret acquisitions and settlements, new vendor "
         "accounts, gift cards, 源泉徴収票/マイナンバー), with no request except to call IT. ISO-2022-JP.",
         L.internal_v(f, w, P("hasegawa").email, "10.21.1.10", P("igarashi").email),
         when=w, frm=P("igarashi").ja_addr(), to=[("全社員", "zenshain@" + C.DOMAIN)],
         subject="【注意喚起】社長・役員・取引先をかたる不審メールについて", body=L.outlook_ja(text),
         rcpt=P("hasegawa").email))

# ------------------------------------------------------------------ clean-17
f = "clean-17-internal-de-employee-changed-bank-in-portal-no-details-by-mail-en.eml"
w = jst(2027, 1, 11, 17, 45, 50)  # 09:45 CET
text = """Hi Sabine,

Just so you know: I have moved my salary account to a new bank and
entered the new details myself in the personnel portal this morning
(it asked for the confirmation code from my phone). I didn't want to
send bank details by email after the warning in December.

If anything else is needed for the January payroll, I'm in the
warehouse office today until 4 pm, ext. 147.

Thanks,
Tim

Tim Schulz
Warehouse & Customer Service
Yukitsubaki Foods Europe GmbH"""
add(mail(f, "clean", "employee-bank-change", "en",
         "A warehouse employee's own corporate mailbox via the internal relay from the Cologne office to HR: "
         "his salary account changed, but he entered it himself in the portal with a second factor, sends no "
         "number by mail, and gives his extension. Compare bec-30.",
         L.internal_v(f, w, P("krueger").email, "10.24.3.41", P("schulz").email, lang="en-US"),
         when=w, frm=P("schulz").en_addr(), to=[P("krueger").en_addr()],
         subject="Salary account - changed in the portal", body=L.outlook_en(text, "DE"), hcs=("UTF-8", "Q")))
