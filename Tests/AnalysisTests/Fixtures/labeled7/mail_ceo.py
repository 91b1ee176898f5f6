"""CEO fraud (bec-01 .. bec-07): executives' names on free-mail, ISP and
look-alike addresses; reply-only lures, secret acquisitions, a move to LINE,
WhatsApp or Telegram, same-day transfers."""
import banking as B
import company as C
from local import (mk, jst, auth, via_isp, via_gmail, via_m365, via_server, via_icloud, plain, gmail_alt,
                   outlook_alt, R)

P = C.P
FW = B.fullwidth


# ---------------------------------------------------------------- bec-01: the case study, in this company

F01 = "bec-01-ceo-reply-only-nifty-oohashi-private-yahoo-and-guessed-addresses-ja.eml"
W01 = jst(2026, 5, 18, 8, 52)
FROM01 = ("大橋誠一", "oohashi.s1961@nifty.com")


def bec01():
    y = P("yamamoto")
    to = [("", y.personal[0]), ("", "ayamamoto@shiomi-logi.example"), ("", y.email)]
    text = """山本さん

お疲れさまです。大橋です。
今、社内にいますか？
至急お願いしたい件があります。
このメールに返信してください。

大橋"""
    return mk(F01, "bec", "ceo-fraud", "ja",
              "The case study in this company: the CEO's name (大橋 誠一, written 'oohashi' instead of the "
              "directory's 'Ohashi') on a @nifty.com ISP mailbox, sent from a home connection through nifty's "
              "submission server; SPF, DKIM and DMARC pass for nifty.com. Reply-only lure (no link, no "
              "attachment, no amount). Addressed at once to the AP clerk's private Yahoo! JAPAN address on file "
              "and to two guessed corporate addresses: ayamamoto@ (given initial + family, does not exist) and "
              "a-yamamoto@ (the real format, which is how the copy arrived).",
              via_isp(F01, W01, y.email, "nifty", FROM01[1], "198.51.100.142", mailer="outlook"),
              when=W01, frm=FROM01, to=to, subject="【至急】ご対応のお願い", body=plain(text),
              topic="【至急】ご対応のお願い", rcpt=y.email)


# ---------------------------------------------------------------- bec-02: the Dutch MD on Gmail, WhatsApp

F02 = "bec-02-ceo-nl-md-gmail-venlo-acquisition-deposit-whatsapp-en.eml"
W02 = jst(2026, 5, 20, 17, 14)   # 10:14 CEST
FROM02 = ("Wataru Morita", "wataru.morita.sle@gmail.com")


def bec02():
    j = P("jansen")
    text = """Lotte,

Are you in the office today?

I am in a closed meeting with the port authority and our partners about the acquisition of a
customs warehouse in Venlo. It is not public yet. I need you to process a confidential SEPA
transfer for the deposit today, before the 14:00 cut-off.

Please do not discuss this with anyone in the office until it is announced, including Sanne. I
will brief her myself afterwards.

Send me your WhatsApp number so we can move faster. I cannot take calls during the meeting.

Wataru Morita
Managing Director
Shiomi Logistics Europe B.V."""
    return mk(F02, "bec", "ceo-fraud", "en",
              "The Dutch subsidiary's managing director's name on a new Gmail address (the real one is "
              "wataru.morita@shiomi-eu.example); Gmail passes SPF, DKIM and DMARC. To the subsidiary's AP clerk: a "
              "secret acquisition, a same-day 'confidential SEPA transfer' before the cut-off, keep it from the "
              "finance manager, 'cannot take calls', and a move to WhatsApp. No account yet; the amount and the "
              "payee would follow in the chat.",
              via_gmail(F02, W02, j.email, FROM02[1]),
              when=W02, frm=FROM02, to=[j.en_addr()], subject="Confidential - today", body=gmail_alt(text),
              hcs=("UTF-8", "B"), date_tz=R.CEST)


# ---------------------------------------------------------------- bec-03: rn-for-m look-alike, LINE, 手付金

F03 = "bec-03-ceo-rn-for-m-lookalike-vietnam-acquisition-deposit-line-fullwidth-ja.eml"
W03 = jst(2026, 5, 26, 10, 48)
FROM03 = ("大橋 誠一", "s-ohashi@shiorni-logi.example")
ACC03 = "7215503"


def bec03():
    s = P("sakamoto")
    text = f"""坂本課長

お疲れさまです。大橋です。

現在、ベトナムのフォワーダー買収の件で、先方および弁護士と最終の詰めを行っています。
本件は取締役会での決議・公表まで極秘扱いとなりますので、伊東専務・中川部長を含め、
社内の誰にも口外しないでください。

契約締結の条件として、本日14時までに手付金を先方弁護士の預り金口座へ
送金する必要があります。以下の内容で手配をお願いします。

　金額　　：{FW('38,500,000')}円
　銀行　　：東都ネット銀行 法人第一支店
　種別　　：普通
　口座番号：{FW(ACC03)}
　名義　　：ベンゴシ タカミネ ヒロシ アズカリキン

手続きが終わり次第、振込の控えを送ってください。
この後は会議が続き電話に出られないため、今後の連絡はLINEでお願いします。
LINE ID：shiomi-ohashi2026

大橋 誠一
代表取締役社長"""
    return mk(F03, "bec", "ceo-fraud", "ja",
              "The CEO's name on the look-alike shiorni-logi.example ('rn' for 'm' in shiomi), an Exchange Online "
              "tenant the attacker registered, so SPF, DKIM and DMARC pass for the look-alike. To the treasury "
              "section head: a secret acquisition in Vietnam, a deposit of 38.5 million yen 'before 14:00 today' to "
              "a lawyer's 預り金 account at a net bank (full-width digits), keep it from the CFO and the head of "
              "accounting, no phone, continue on LINE with an ID.",
              via_m365(F03, W03, s.email, FROM03[1], "APC", client_ip="203.0.113.66", lang="ja-JP", p="none"),
              when=W03, frm=FROM03, to=[s.ja_addr()], subject="極秘：本日中の送金について",
              body=outlook_alt(text, "UTF-8", "base64"), topic="極秘：本日中の送金について",
              hcs=("UTF-8", "B"), accounts=[ACC03])


# ---------------------------------------------------------------- bec-04: hyphen dropped, HK broker, Telegram

F04 = "bec-04-ceo-vice-president-hyphen-dropped-lookalike-hk-charter-deposit-telegram-replyto-gmail-en.eml"
W04 = jst(2026, 6, 4, 15, 30)   # 08:30 CEST
FROM04 = ("Yukiko Kato", "y-kato@shiomilogi.example")
RT04 = ("Yukiko Kato", "yukiko.kato.office@gmail.com")
ACC04 = "512-340078-881"


def bec04():
    d = P("devries")
    text = f"""Dear Sanne,

I am contacting you directly on a confidential matter approved by the board yesterday.

We are securing long-term slot capacity on a Hong Kong charter for the new Rotterdam - Asia
service. The broker requires a deposit of EUR 186,400.00 today to hold the slots. Kobe cannot
remit EUR before today's cut-off, so please process it from the Rotterdam account; Kobe will
settle it with you intercompany next week.

Beneficiary: Harbour Crest Chartering Ltd.
Bank: Harbour Pacific Commercial Bank, Hong Kong
Account: {ACC04}
SWIFT: HPCBHKHH
Reference: SLOT DEPOSIT HC-2606

Please keep this strictly confidential. Morita-san will be informed after signing. I am
travelling today; you can reach me on Telegram (@yukiko_kato_sl) or by replying to this email.

Best regards,
Yukiko Kato
Executive Vice President
Shiomi Logistics Co., Ltd."""
    a = auth("pass", FROM04[1], "none", None, "none", "shiomilogi.example", None)
    return mk(F04, "bec", "ceo-fraud", "en",
              "The vice president's name and her real local part (y-kato) on the look-alike shiomilogi.example "
              "(hyphen dropped), from a rented server: SPF passes for the look-alike, no DKIM, no DMARC record. "
              "Reply-To a Gmail address. To the Dutch subsidiary's finance manager: 'approved by the board', a "
              "same-day deposit of EUR 186,400 to a Hong Kong chartering broker (account number without checksum), "
              "keep it from the MD, contact on Telegram.",
              via_server(F04, W04, d.email, FROM04[1], "mail.shiomilogi.example", "203.0.113.17",
                         "198.51.100.120", helo="WIN-K3P0QJ7", mailer="outlook16", lang="en-US", a=a),
              when=W04, frm=FROM04, to=[d.en_addr()], reply_to=[RT04],
              subject="Confidential: slot deposit - Rotterdam Asia service",
              body=outlook_alt(text, "US-ASCII", "7bit", "Calibri", "EN-US"),
              topic="Confidential: slot deposit - Rotterdam Asia service", hcs=("UTF-8", "Q"),
              accounts=[ACC04])


# ---------------------------------------------------------------- bec-05: CFO on Gmail, fake reply, kanji numerals

F05 = "bec-05-ceo-cfo-gmail-itoh-fake-reply-penalty-kanji-numerals-ja.eml"
W05 = jst(2026, 6, 8, 13, 5)
FROM05 = ("伊東隆之", "itoh.takayuki.sl@gmail.com")
ACC05 = "3308841"


def bec05():
    n = P("nakagawa")
    text = f"""中川部長

お疲れさまです。伊東です。
先ほどの件、詳細をお送りします。

香港の代理店との契約解除に伴う違約金の支払いで、本日中の着金が和解の条件となっています。

　金額：金四百八拾萬円也（4,800,000円）
　振込先：なにわネット銀行 ほたる支店
　普通 {ACC05}
　名義：ユ）ケイエスコーポレーション

社長の了承は得ています。稟議は明日、私が起票しますので、先に処理をお願いします。
これから会議が続くため電話には出られません。
完了しましたら、振込の明細をこのメールに返信してください。

伊東

2026年6月8日(月) 11:20 中川 恵子 <{n.email}>:
> 伊東専務
>
> お疲れさまです。中川です。
> 承知いたしました。詳細をお送りください。
>
> 中川"""
    return mk(F05, "bec", "ceo-fraud", "ja",
              "The CFO's name (伊東 隆之, written 'itoh' instead of the directory's 'Ito') on Gmail; Gmail passes "
              "SPF, DKIM and DMARC. A fake reply: 'Re:' subject and a fabricated quote in which the head of "
              "accounting agreed, but no In-Reply-To or References. A same-day 'penalty' of 4.8 million yen written "
              "in kanji numerals (金四百八拾萬円也) to a 有限会社 account at a net bank, 'the CEO approved', approval "
              "paperwork 'tomorrow', no phone.",
              via_gmail(F05, W05, n.email, FROM05[1]),
              when=W05, frm=FROM05, to=[n.ja_addr()], subject="Re: 【至急】送金の件", body=gmail_alt(text),
              hcs=("UTF-8", "B"), fake_reply=True, accounts=[ACC05])


# ---------------------------------------------------------------- bec-06: CEO on iCloud, reply-only, English

F06 = "bec-06-ceo-icloud-reply-only-ea-private-gmail-and-guessed-address-en.eml"
W06 = jst(2026, 6, 12, 16, 2)
FROM06 = ("Seiichi Ohashi", "s.ohashi.office@icloud.com")


def bec06():
    h = P("hendriks")
    to = [("", h.personal[0]), ("", "nhendriks@shiomi-eu.example"), h.en_addr()]
    text = """Noor,

Are you available now? I need your help with a confidential task for Morita-san and me today.

Please reply to this email only, I am between meetings.

Seiichi Ohashi
CEO, Shiomi Logistics

Sent from my iPhone"""
    return mk(F06, "bec", "ceo-fraud", "en",
              "The CEO's name on an iCloud address; iCloud passes SPF, DKIM and DMARC. Reply-only lure in English "
              "(no link, no attachment, no amount) to the Dutch MD's executive assistant, sent at once to her "
              "private Gmail address on file, a guessed corporate address nhendriks@shiomi-eu.example (given "
              "initial + family, does not exist) and her real address. 'Reply to this email only'.",
              via_icloud(F06, W06, h.email, FROM06[1]),
              when=W06, frm=FROM06, to=to, subject="Quick request", body=plain(text, "US-ASCII"),
              hcs=("UTF-8", "Q"), date_tz=R.CEST, rcpt=h.email)


# ---------------------------------------------------------------- bec-07: spelled-out look-alike, EUC-JP

F07 = "bec-07-ceo-sales-director-logistics-lookalike-warehouse-prepayment-kanji-eucjp-ja.eml"
W07 = jst(2026, 6, 17, 11, 20)
FROM07 = ("佐野 浩二", "k-sano@shiomi-logistics.example")
ACC07 = "0719285"


def bec07():
    k = P("kudo")
    text = f"""工藤さん

お疲れさまです。佐野です。

横浜で進めている新規荷主（自動車部品メーカー）の件で、先方指定の倉庫会社へ
保管料の前払いが必要になりました。本日15時までに、下記へ振込をお願いします。

　金額：金壱千弐百五拾萬円也
　振込先：湾岸信用組合 元町支店
　当座 {ACC07}
　カ）ケーエムロジテック

清水支店長には私から後で説明します。まだ社内でも公表前の案件なので、
他言無用でお願いします。

振込が済んだら、控えをPDFにしてこのメールに返信してください。
今日は外出続きで電話には出られません。

佐野"""
    a = auth("pass", FROM07[1], "pass", "shiomi-logistics.example", "pass", "shiomi-logistics.example", "none")
    return mk(F07, "bec", "ceo-fraud", "ja",
              "The sales director's name and real local part (k-sano) on the look-alike shiomi-logistics.example "
              "(the English company name spelled out), sent by a script on the attacker's own server (Mutt, "
              "EUC-JP 8bit, EUC-JP encoded-words); SPF, DKIM and DMARC pass for the look-alike. To a Yokohama "
              "branch clerk: a same-day 'prepayment' of 12.5 million yen in kanji numerals (金壱千弐百五拾萬円也) "
              "to a 当座 account of an unknown company, keep it from the branch manager, no phone.",
              via_server(F07, W07, k.email, FROM07[1], "mail.shiomi-logistics.example", "198.51.100.36", None,
                         mailer=None, a=a),
              when=W07, frm=FROM07, to=[k.ja_addr()], subject="至急 振込のお願い（横浜案件）",
              body=plain(text, "EUC-JP", "8bit"), hcs=("EUC-JP", "B"),
              fields=[("User-Agent", "Mutt/2.2.12 (2023-09-09)")], accounts=[ACC07])


def messages():
    return [bec01(), bec02(), bec03(), bec04(), bec05(), bec06(), bec07()]
