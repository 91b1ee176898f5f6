"""Genuine mail that shares the vocabulary of BEC (clean): the main bank's
notice, urgent same-day payments asked by executives through the proper
channel, HR notices about tax and personal data, the real counsel's
confidential M&A mail, a sales pitch from free mail with chat apps in the
signature, gift cards in a staff-rewards notice, the CEO's warning, and an
employee's note about a bank change made in the HR portal."""
import banking as B
import company as C
import routes as R
from local import (ICT, mk, jst, via_internal, via_internal_app, via_server, via_bulk, via_gmail, plain, html,
                   alt, gmail_alt, outlook_alt)

P = C.P
K = C.CONTACTS


# ---------------------------------------------------------------- clean-05: the main bank's real notice

F05 = "clean-05-main-bank-certificate-renewal-notice-masked-id-no-link-to-login-ja.eml"
W05 = jst(2026, 6, 1, 9, 0)
FROM05 = ("株式会社摂海銀行", "houjin-ib@sekkai-bank.example")


def clean05():
    s = P("sakamoto")
    text = """株式会社汐見ロジスティクス 様
（ログインID：SL****93）

いつも摂海銀行をご利用いただき、誠にありがとうございます。

ご利用中の法人インターネットバンキングの電子証明書は、2026年7月15日に
有効期限を迎えます。有効期限の30日前から、ログイン後の画面で更新手続きが
可能となります。

更新手続きは、必ず当行ホームページ（https://www.sekkai-bank.example/houjin/）の
ブックマーク等からログインのうえ、お手続きください。

【ご注意ください】
当行を装ったメールやSMSで、偽のログイン画面に誘導する手口が確認されています。
当行が、メールでパスワード・確認用パスワード・ワンタイムパスワードをお尋ねしたり、
メール本文のリンクからログインをお願いしたりすることはございません。

ご不明な点は、法人インターネットバンキング ヘルプデスク（0120-000-731、
平日9:00-18:00）までお問い合わせください。

株式会社摂海銀行 法人営業推進部"""
    bank = C.V["sekkai"]
    return mk(F05, "clean", "bank-notice", "ja",
              "The main bank's real notice from its own domain and mail server (SPF, DKIM, DMARC pass; the bank "
              "publishes p=reject): certificate renewal six weeks ahead, the login ID masked, 'log in from your "
              "bookmark', a warning that the bank never asks for passwords by mail; the only link is the bank's "
              "own top page. The mirror of phishing-04.",
              via_bulk(F05, W05, s.email, FROM05[1], bank.server, bank.ip, "SKB-Notify 2.0", p="reject",
                       bounce="bounce@sekkai-bank.example"),
              when=W05, frm=FROM05, to=[s.ja_addr()],
              subject="【摂海銀行】電子証明書の有効期限のお知らせ（法人インターネットバンキング）", body=plain(text))


# ---------------------------------------------------------------- clean-06: CFO asks for a same-day payment

F06 = "clean-06-internal-cfo-urgent-same-day-rokko-ringi-approved-onfile-toza-ja.eml"
W06 = jst(2026, 6, 24, 10, 35)
S06 = "【至急】六甲トランスポート 大雨対応臨時作業分の本日中のお支払いについて"


def clean06():
    s, rb = P("sakamoto"), C.V["rokko"].bank
    text = f"""坂本課長
（cc：中川部長）

お疲れさまです。伊東です。

先週の大雨で本船スケジュールが乱れた際、六甲トランスポートさんに夜間・休日の
臨時ドレージを手配してもらった件です。先方の資金繰りの事情もあり、
臨時作業分については本日中に支払うことで、昨日、先方の社長と合意しました。

　請求番号：RT-2606-0407（臨時作業分、6月22日受領・経理部受付済）
　金額　　：1,452,000円（税込）
　振込先　：登録済みの口座
　　　　　　{rb['bank']} {rb['branch']} {rb['account_type']} {rb['account']} {rb['holder']}
　稟議番号：R-2026-0611（本日9:40 社長決裁済）

振込先は取引先マスタに登録済みのものから変更ありません。
本日の午後便で処理をお願いします。不明点は内線（2101）でどうぞ。

伊東"""
    return mk(F06, "clean", "internal-payment-request", "ja",
              "The CFO's real mailbox (via_internal: a head-office workstation through the relay, SPF, DKIM, DMARC "
              "pass) asks treasury for a same-day payment (至急, 本日中) with the head of accounting in Cc: an invoice "
              "already received by accounting, a ringi number approved this morning, the vendor's account exactly "
              "as ON FILE ('unchanged'), and the extension to call.",
              via_internal(F06, W06, s.email, P("ito"), "10.61.2.18"),
              when=W06, frm=P("ito").ja_addr(), to=[s.ja_addr()], cc=[P("nakagawa").ja_addr()], subject=S06,
              body=outlook_alt(text), topic=S06, accounts=[rb["account"]], on_file="rokko")


# ---------------------------------------------------------------- clean-07: the Dutch MD asks for a same-day payment

F07 = "clean-07-internal-nl-md-same-day-vanleeuwen-onfile-iban-callback-en.eml"
W07 = jst(2026, 6, 19, 16, 10)   # 09:10 CEST
S07 = "Urgent: pay Van Leeuwen VLT-2026-1184 today - details on file only"


def clean07():
    d, vb = P("devries"), C.V["vanleeuwen"].bank
    text = f"""Sanne,

Van Leeuwen is holding our four Duisburg containers at the Maasvlakte until invoice
VLT-2026-1184 (EUR 23,418.60) is paid. It was in today's payment run, so please make sure it
goes out today with same-day value.

Please pay it only to the account in our vendor master:
{vb['bank']}, IBAN {B.iban_print(vb['iban'])}, BIC {vb['swift']}

As Lotte reported on Tuesday, we received a 'notice of assignment' to a factoring company
from Marloes's mailbox. I called Kees van Leeuwen this morning on the number we have on file:
they have not assigned anything, their bank details are unchanged, and their IT is dealing
with the mailbox. Do not use the Portuguese account in that mail.

Approval: SLE-PA-2026-044 (signed by me this morning).

Thanks,
Wataru

Wataru Morita
Managing Director
Shiomi Logistics Europe B.V."""
    return mk(F07, "clean", "internal-payment-request", "en",
              "The Dutch MD's real mailbox (a Rotterdam workstation over the VPN through the relay; all checks "
              "pass) asks the finance manager for a same-day payment, with AP in Cc: 'urgent', 'today', but to "
              "the IBAN ON FILE, with an approval number, after a call-back to the vendor on the number on file; "
              "it names the fraudulent factoring notice of bec-15 and tells finance not to use it.",
              via_internal(F07, W07, d.email, P("morita"), "10.64.1.22", lang="en-GB"),
              when=W07, frm=P("morita").en_addr(), to=[d.en_addr()], cc=[P("jansen").en_addr()], subject=S07,
              body=outlook_alt(text, "US-ASCII", "7bit", "Calibri", "EN-GB"), topic=S07, hcs=("UTF-8", "Q"),
              date_tz=R.CEST, accounts=[vb["iban"]], on_file="vanleeuwen")


# ---------------------------------------------------------------- clean-08: HR portal, 住民税 and マイナンバー

F08 = "clean-08-hr-portal-juminzei-notice-mynumber-via-portal-only-ja.eml"
W08 = jst(2026, 6, 15, 9, 0)
FROM08 = ("人事総務部", "jinji@shiomi-logi.example")


def clean08():
    u = P("ueda")
    text = """従業員各位

人事総務部よりお知らせします。

1. 住民税（特別徴収）税額決定通知書の掲載について
　令和8年度の特別徴収税額決定通知書（納税義務者用）を、本日、人事ポータルの
　「給与明細・帳票」に掲載しました。6月支給の給与から新しい税額で控除されます。

2. マイナンバー（個人番号）の登録について
　扶養家族に変更のあった方、4月以降の入社の方は、人事ポータルの「個人番号登録」
　から7月10日までにご登録ください。
　個人番号カード等の画像を、メールに添付したり、私用のメールアドレスから
　送ったりしないでください。人事総務部が、メールや電話で個人番号を
　お尋ねすることはありません。

人事ポータル：https://jinji.shiomi-logi.example/portal/
（社内ネットワークまたはVPNからのみ接続できます）

お問い合わせ：人事総務部 給与・社会保険担当 藤井（内線 2140）

※本メールは人事ポータルから自動送信しています。"""
    return mk(F08, "clean", "hr-payroll-notice", "ja",
              "A real notice of the HR portal (an internal application relaying through the organisation's relay, "
              "SPF, DKIM, DMARC pass) to the all-staff list: 住民税 notices and マイナンバー registration — the "
              "vocabulary of data theft — but everything stays in the internal portal, nothing is asked by mail, "
              "and it says HR never asks for the number by mail or phone.",
              via_internal_app(F08, W08, u.email, C.JINJI_PORTAL, FROM08[1], "jinji-portal notify 3.2"),
              when=W08, frm=FROM08, to=[("", "zenshain@shiomi-logi.example")],
              subject="【人事総務部】住民税決定通知書の掲載とマイナンバー登録のお願い",
              body=plain(text, "UTF-8", "base64"), hcs=("UTF-8", "B"), rcpt=u.email)


# ---------------------------------------------------------------- clean-09: Dutch HR portal, wage-tax form

F09 = "clean-09-hr-nl-portal-holiday-pay-payslip-wage-tax-form-in-portal-en.eml"
W09 = jst(2026, 5, 22, 16, 0)    # 09:00 CEST
FROM09 = ("HR Rotterdam", "hr@shiomi-eu.example")


def clean09():
    v = P("visser")
    text = """Dear colleagues,

Your May payslip, including the holiday allowance (vakantiegeld), is now available in the
HR self-service portal under "My documents". It will be paid on Monday 25 May as usual.

Wage tax credit (loonheffingskorting): if you started with us this year or your situation
has changed, please fill in the wage tax form in the portal under "Forms" before 20 June.
Your 2025 annual statement (jaaropgave) also remains available there.

Please never send your BSN, a copy of your ID or bank details by e-mail, also not to HR.
Changes to your bank account can only be made in the portal and need a bank statement.

Self-service portal: https://hr-nl.shiomi-logi.example/selfservice/
Questions: Femke van den Berg, HR & Office Manager, ext. 7705

This message was sent automatically by the HR self-service portal."""
    return mk(F09, "clean", "hr-payroll-notice", "en",
              "A real notice of the Dutch HR self-service portal (internal application through the relay, all "
              "checks pass) to the Rotterdam all-staff list: payslip with holiday allowance, a wage-tax form to "
              "fill in, the jaaropgave — tax forms asked through the proper channel — and 'never send your BSN or "
              "bank details by e-mail'.",
              via_internal_app(F09, W09, v.email, C.NL_HR_PORTAL, FROM09[1], "hr-selfservice mailer 2.8"),
              when=W09, frm=FROM09, to=[("", "all-staff@shiomi-eu.example")],
              subject="Payslip May with holiday allowance - and your wage tax form",
              body=plain(text, "US-ASCII"), hcs=("UTF-8", "Q"), date_tz=R.CEST, rcpt=v.email)


# ---------------------------------------------------------------- clean-10: real counsel, Project Kamome

F10 = "clean-10-counsel-kitanozaka-project-kamome-due-diligence-schedule-confidential-ja.eml"
W10 = jst(2026, 6, 5, 17, 20)
S10 = "【秘】Project Kamome 法務デューデリジェンスの日程と資料開示について"


def clean10():
    ino, law = P("inoue"), C.V["kitanozaka"]
    text = f"""株式会社汐見ロジスティクス
経営企画室 井上様
（cc：法務・コンプライアンス室 高木様）

いつもお世話になっております。北野坂総合法律事務所の前田です。

Project Kamome（ベトナムのフォワーダー株式取得）につきまして、本日の
お打合せを踏まえ、法務デューデリジェンスの日程を下記のとおりご提案いたします。

　6月15日（月）　対象会社への質問リスト（第1回）送付
　6月22日（月）-7月3日（金）　バーチャルデータルームでの資料レビュー
　7月8日（水）　ハノイ現地でのマネジメント・インタビュー
　7月17日（金）　法務DD報告書（ドラフト）ご提出

対象会社からの開示資料は、当事務所のデータルームにアップロードされ次第
ご案内いたします（アクセス権は井上様・高木様のお二人に設定済みです）。
https://vdr.kitanozaka-law.example/kamome/

本件は秘密保持契約の対象ですので、社内でのお取扱いにご留意ください。
なお、念のため申し添えますが、当事務所から手付金・預り金等のお振込みや、
振込先の変更をメールでお願いすることはございません。

弁護士法人 北野坂総合法律事務所
弁護士 前田 隆
〒650-0002 兵庫県神戸市中央区北野町1丁目2番3号
TEL 078-000-2210"""
    return mk(F10, "clean", "legal-correspondence", "ja",
              "The company's listed outside counsel from its real domain and mail server (SPF, DKIM, DMARC pass), "
              "office hours, Outlook, to corporate planning with legal in Cc: a confidential acquisition in "
              "Vietnam and a DD schedule (the vocabulary of attorney impersonation), but no payment: the firm "
              "says it never asks for deposits or account changes by mail, and the only link is its own data "
              "room.",
              via_server(F10, W10, ino.email, K["maeda"][1], law.server, law.ip, "203.0.113.143",
                         helo="KTNZK-PC12"),
              when=W10, frm=K["maeda"], to=[ino.ja_addr()], cc=[P("takagi").ja_addr()], subject=S10,
              body=outlook_alt(text), topic=S10)


# ---------------------------------------------------------------- clean-13: freelance agent on Gmail, chat apps

F13 = "clean-13-sales-followup-vietnam-agent-gmail-whatsapp-zalo-line-wechat-quote-en.eml"
W13 = jst(2026, 6, 9, 12, 45)    # 10:45 ICT
FROM13 = ("Tran Minh Duc", "ducminh.freight.vn@gmail.com")


def clean13():
    h = P("hasegawa")
    text = """Dear Mr. Hasegawa,

It was a pleasure to meet you at the logistics fair in Ho Chi Minh City last week, and thank
you for your time at our booth. As promised, please find below our indicative rates for LCL
consolidation from Cat Lai to Kobe:

- Ocean freight: USD 18 / cbm (weekly service, transit 9 days)
- Origin CFS and documentation: USD 45 / shipment
- Valid until 31 July 2026

This is a quotation only, not an invoice. If your team would like to test a first shipment,
we would be happy to sign your standard agent agreement first; payment terms would follow
that agreement.

I am often out at the port, so feel free to message me as well.

Best regards,

Tran Minh Duc
Freelance Sales Agent - LCL consolidation, Cat Lai / Cai Mep
Mobile / WhatsApp / Zalo: +84 90 000 4418
LINE: ducfreight | WeChat: ducminh_vn"""
    return mk(F13, "clean", "sales-pitch", "en",
              "A solicited follow-up from a freelance sales agent met at a trade fair, on his own Gmail address "
              "(SPF, DKIM, DMARC pass), in office hours: indicative rates, 'a quotation only, not an invoice', "
              "payment terms only after an agent agreement, and WhatsApp, Zalo, LINE and WeChat in the signature. "
              "An unknown free-mail sender and chat apps, but no request.",
              via_gmail(F13, W13, h.email, FROM13[1]), when=W13, frm=FROM13, to=[h.en_addr()],
              subject="Nice meeting you in HCMC - LCL rates Cat Lai to Kobe", body=gmail_alt(text),
              hcs=("UTF-8", "B"), date_tz=ICT)


# ---------------------------------------------------------------- clean-14: long-service awards with gift cards

F14 = "clean-14-internal-hr-long-service-awards-gift-cards-handed-at-ceremony-ja.eml"
W14 = jst(2026, 6, 30, 13, 30)
S14 = "永年勤続表彰式のご案内と記念品（ギフトカード）について"


def clean14():
    t = P("tamura")
    text = """従業員各位

人事総務部の岡田です。

今年度の永年勤続表彰式を、下記のとおり開催します。

　日時：2026年7月17日（金）16:00-17:00
　場所：本社 7階 大会議室（横浜支店・物流センターはオンライン参加可）
　対象：勤続10年・20年・30年の方（対象者には別途、所属長からご連絡します）

記念品として、勤続年数に応じたギフトカード（10年：3万円分、20年：5万円分、
30年：10万円分）を、式典の場で社長から直接お渡しします。
オンライン参加の方には、式典後に所属長経由で手渡しします。

なお、最近、役員や上司を名乗ってギフトカードの購入やコードの送付を求める
メールが社外から届いています。人事総務部や役員が、メールやLINEでギフトカードの
購入・コードの送付をお願いすることはありません。不審なメールは情報システム課
（松本）までご報告ください。

人事総務部 岡田"""
    return mk(F14, "clean", "internal-announcement", "ja",
              "The HR head's real mailbox via the relay (all checks pass) to the all-staff list: long-service "
              "awards with gift cards as gifts — the vocabulary of gift-card fraud — handed over in person by the "
              "CEO at the ceremony, nothing to buy and no codes by mail, and a warning about gift-card "
              "impersonation.",
              via_internal(F14, W14, t.email, P("okada"), "10.61.3.40"),
              when=W14, frm=P("okada").ja_addr(), to=[("", "zenshain@shiomi-logi.example")], subject=S14,
              body=outlook_alt(text), topic=S14, rcpt=t.email)


# ---------------------------------------------------------------- clean-15: internal M&A, strictly confidential

F15 = "clean-15-internal-corporate-planning-project-kamome-strictly-confidential-no-payments-en.eml"
W15 = jst(2026, 6, 8, 19, 5)
S15 = "Project Kamome - DD kick-off and timeline (strictly confidential)"


def clean15():
    m, ito = P("morita"), P("ito")
    text = """Morita-san, Ito-senmu,

Strictly confidential - please do not forward.

Following Friday's meeting with our counsel (Kitanozaka law office), the legal due diligence
on Project Kamome (the Hanoi forwarder) starts on 15 June. The data room will be run by the
law firm; access is limited to Takagi-san and me for now. Morita-san, your input on the
European customer overlap will be needed in the week of 22 June; I will send you the
relevant documents through the data room, not by e-mail.

Timeline: board discussion on 28 July, signing at the earliest in late August.

Please note: there is no deposit, escrow or any other payment before signing. Any payment
after signing will be approved by the board and executed by Kobe treasury through the
notary in Hanoi. If anyone contacts you about a payment for this project, please call me.

Best regards,
Naoki Inoue
Corporate Planning Office
Shiomi Logistics Co., Ltd.
ext. 2301 / +81-78-000-6101"""
    return mk(F15, "clean", "internal-announcement", "en",
              "Confidential M&A mail from a real internal address (corporate planning, a head-office workstation "
              "through the relay, all checks pass) to the Dutch MD and the CFO, legal in Cc: 'strictly "
              "confidential, do not forward', an acquisition, a timeline — the vocabulary of CEO fraud and "
              "attorney impersonation — but it says there is no deposit or payment before signing and to call "
              "if anyone asks for one.",
              via_internal(F15, W15, m.email, P("inoue"), "10.61.4.7", lang="en-US"),
              when=W15, frm=P("inoue").en_addr(), to=[m.en_addr(), ito.en_addr()], cc=[P("takagi").en_addr()],
              subject=S15, body=outlook_alt(text, "US-ASCII", "7bit", "Calibri", "EN-US"), topic=S15,
              hcs=("UTF-8", "Q"))


# ---------------------------------------------------------------- clean-16: the CEO's warning to all staff

F16 = "clean-16-internal-ceo-warning-impersonation-line-giftcards-transfers-lawyers-ja.eml"
W16 = jst(2026, 7, 9, 9, 15)
S16 = "【社長より】役員を名乗る不審メールへの注意のお願い"


def clean16():
    n = P("nishida")
    text = """従業員の皆さん

社長の大橋です。

この2か月ほど、私や役員、取引先、弁護士を名乗るメールが、会社のアドレスだけでなく
皆さんの私用のアドレスにも届いています。典型的な内容は次のとおりです。

・「今、社内にいますか」「このメールに返信してください」とだけ書かれたもの
・LINEやWhatsApp、Telegramなどへの連絡先の移動を求めるもの
・極秘の買収案件などを理由に、本日中の送金を求めるもの
・取引先を名乗り、振込先の変更や、別口座への支払いを求めるもの
・ギフトカードの購入や、カード番号の送付を求めるもの
・従業員名簿、マイナンバー、顧客リスト、出荷予定などのデータを求めるもの

私や役員が、私用のメールアドレスやチャットアプリから皆さんに送金やデータの
送付をお願いすることはありません。社内の依頼は必ず社内のシステムと稟議を通します。
取引先からの振込先変更は、登録済みの電話番号への確認が取れるまで処理しないでください。

少しでも不審に感じたら、返信せずに情報システム課（松本、内線2160）へ報告してください。
報告してくれた方を責めることは決してありません。

大橋 誠一"""
    return mk(F16, "clean", "internal-announcement", "ja",
              "The CEO's real mailbox via the relay (all checks pass) to the all-staff list: a warning that "
              "lists every lure of this set (reply-only, LINE/WhatsApp/Telegram, secret acquisitions, same-day "
              "transfers, bank changes, gift cards, マイナンバー and customer lists) — no request of any kind.",
              via_internal(F16, W16, n.email, P("ohashi"), "10.61.1.5"),
              when=W16, frm=P("ohashi").ja_addr(), to=[("", "zenshain@shiomi-logi.example")], subject=S16,
              body=plain(text), topic=S16, rcpt=n.email)


# ---------------------------------------------------------------- clean-17: bank change made in the HR portal

F17 = "clean-17-internal-nl-employee-bank-change-done-in-portal-no-details-by-mail-en.eml"
W17 = jst(2026, 7, 6, 18, 40)    # 11:40 CEST
S17 = "Changed my bank account in the portal"


def clean17():
    v = P("vandenberg")
    text = """Hi Femke,

Just so you know: this morning I changed my bank account in the HR portal (we moved to a
joint account). The portal asked for a bank statement, which I uploaded.

I understand you need to approve it before the payroll run. If you want to double-check
anything, I am in the office all week - just walk by or call me on 7712. I won't send any
numbers by e-mail.

Thanks,
Daan"""
    return mk(F17, "clean", "internal-note", "en",
              "A real employee (the Dutch operations manager) from his own corporate mailbox on a Rotterdam "
              "workstation through the relay (all checks pass) tells HR that he changed his salary account — the "
              "topic of payroll diversion — but he did it in the HR portal with a bank statement, gives no account "
              "number by mail and invites a check in person.",
              via_internal(F17, W17, v.email, P("bakker"), "10.64.1.35", lang="en-GB"),
              when=W17, frm=P("bakker").en_addr(), to=[v.en_addr()], subject=S17,
              body=outlook_alt(text, "US-ASCII", "7bit", "Calibri", "EN-GB"), topic=S17, hcs=("UTF-8", "Q"),
              date_tz=R.CEST)


def messages():
    return [clean05(), clean06(), clean07(), clean08(), clean09(), clean10(), clean13(), clean14(), clean15(),
            clean16(), clean17()]
