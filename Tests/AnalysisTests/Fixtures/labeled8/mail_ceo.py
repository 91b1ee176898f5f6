"""CEO fraud: an executive's name on free mail, an ISP mailbox or a look-alike
domain; reply-only openers, secret acquisitions, same-day payments, moves to
chat apps."""
import banking as B
import company as C
import local as L
from local import P, jst, mail, R

MESSAGES = []
add = MESSAGES.append

# ------------------------------------------------------------------ bec-01
f = "bec-01-ceo-reply-only-ocn-ap-private-yahoo-and-guessed-address-ja.eml"
w = jst(2026, 10, 27, 9, 12, 40)
frm = ("五十嵐 正和", "wfrgnkdale@ocn.ne.jp")
guessed = "mhasegawa@" + C.DOMAIN
to = [P("hasegawa").ja_addr(), ("", P("hasegawa").personal[0]), ("", guessed)]
text = """長谷川さん

お疲れ様です。五十嵐です。
今、社内におられますか。

急ぎで、内密にお願いしたい件があります。
他の方には伝えず、このメールに直接返信してください。

五十嵐"""
add(mail(f, "bec", "ceo-fraud", "ja",
         "CEO's name (五十嵐 正和) on an unrelated OCN mailbox with a random local part, submitted from "
         "198.51.100.82 through OCN; SPF/DKIM pass for ocn.ne.jp. Reply-only opener, no link, no attachment, "
         "secrecy. Sprayed at one AP clerk's corporate address, her private Yahoo! JAPAN address on file and a "
         "non-existent corporate address in the initial+family pattern (mhasegawa@) while the real format is "
         "family.given. This copy was delivered to the real corporate address.",
         L.isp("ocn", f, w, frm[1], to[0][1], "198.51.100.82"),
         when=w, frm=frm, to=to, subject="お願い", body=L.plain(text), hcs=("ISO-2022-JP", "B")))

# ------------------------------------------------------------------ bec-02
f = "bec-02-ceo-de-md-gmail-salzburg-acquisition-escrow-at-iban-whatsapp-en.eml"
w = jst(2026, 11, 13, 0, 5, 12)  # Nov 12, 16:05 CET
frm = ("Kenta Kobayashi", "kenta.kobayashi.gmbh@gmail.com")
at_iban = B.iban("AT", "19870" + "00234573201")
text = f"""Katharina,

I need you to handle something for me today, strictly confidential.

As you may have heard rumours, Tokyo has approved our acquisition of
Salzach Asia Feinkost GmbH in Salzburg (distribution to 1,200 stores in
Austria and Bavaria). We signed the term sheet this morning. The notary
in Salzburg requires the 10% deposit on his escrow account before
close of business today so that the share purchase agreement can be
notarised tomorrow morning.

Amount: EUR 186,400.00
Beneficiary: Notariat Dr. Brenner - Treuhandkonto Salzach
Bank: Alpenland Privatbank AG
IBAN: {B.iban_print(at_iban)}
BIC: ALPBATW1
Reference: SPA Salzach / YFE

Please do not discuss this with anybody in the office, including Lukas
and Tokyo finance, until the official announcement on Monday. The
Austrian Takeover Act is very strict about leaks. Mr. Igarashi has
asked me to keep the circle as small as possible.

I am in meetings with the sellers all afternoon and cannot take calls.
Send me a message on WhatsApp at +44 7700 900418 (my travel number)
once the transfer is released, and send me the payment confirmation
there.

Thank you for your discretion.

Kenta Kobayashi
Managing Director
Sent from my iPhone"""
add(mail(f, "bec", "ceo-fraud", "en",
         "The German MD's name on a Gmail address not on file; secret acquisition of an Austrian distributor, "
         "10% deposit to a notary's 'escrow' account today (checksum-valid AT IBAN), keep it from AP and Tokyo, "
         "cannot take calls, move to WhatsApp on a UK mobile. SPF/DKIM/DMARC pass for gmail.com; Date in CET.",
         L.gmail(f, w, frm[1], P("wolf").email, tz=R.CET),
         when=w, frm=frm, to=[P("wolf").en_addr()], subject="Confidential - Project Salzach",
         body=L.gmail_body(text, "quoted-printable"), hcs=("UTF-8", "Q"), accounts=[at_iban]))

# ------------------------------------------------------------------ bec-03
f = "bec-03-ceo-tu-for-tsu-lookalike-sake-brewery-deposit-line-fullwidth-ja.eml"
w = jst(2026, 11, 5, 14, 22, 9)
look = "yukitubaki-foods.example"
frm = ("五十嵐 正和", "igarashi.masakazu@" + look)
acct = "4028816"
text = f"""斎藤課長

お疲れ様です。五十嵐です。

現在、県内の酒蔵（村上市）の事業譲受について先方と最終協議を進めております。
本日午前に基本合意書に署名しました。
まだ社内でも一部の役員しか知らない案件ですので、取り扱いには十分ご注意ください。

本日15時までに、先方代理人の預り金口座へ手付金を入金する必要があります。
下記のとおり、本日中の振込手続きをお願いします。

　振込金額：{B.fullwidth("18,500,000")}円
　振込先：北辰銀行　丸の内支店
　口座種別：普通
　口座番号：{B.fullwidth(acct)}
　口座名義：ベンゴシ　ヤナギサワ　タカシ　アズカリキン

稟議は契約締結後に私の方で回します。
本間部長と丸山室長には私から後ほど説明しますので、現時点では伝えないでください。

私は終日先方との協議に入っており、電話には出られません。
今後の連絡はLINEでお願いします。
下記のLINE IDを友だち追加して、振込が完了したら振込明細の画像を送ってください。
　LINE ID：yf-igarashi0305

よろしくお願いします。

五十嵐 正和
株式会社雪椿フーズ
代表取締役社長"""
add(mail(f, "bec", "ceo-fraud", "ja",
         "Look-alike domain yukitubaki-foods.example (Kunrei 'tu' for Hepburn 'tsu'), hosted on Exchange "
         "Online with SPF/DKIM/DMARC pass (p=none). CEO to the treasury manager: secret acquisition of a sake "
         "brewery, deposit of 18.5 million yen today by 15:00 into a lawyer's 預り金 account, keep the head of "
         "accounting and corporate planning out, no phone, move to LINE and send the transfer slip there. "
         "Full-width digits; UTF-8 base64.",
         L.m365(f, w, P("saito").email, look, "APC", frm[1], "【極秘】酒蔵の事業譲受について", lang="ja-JP"),
         when=w, frm=frm, to=[P("saito").ja_addr()], subject="【極秘】酒蔵の事業譲受について",
         body=L.outlook_utf8(text), hcs=("UTF-8", "B"), accounts=[acct]))

# ------------------------------------------------------------------ bec-04
f = "bec-04-ceo-de-md-europa-lookalike-listing-fee-pl-iban-telegram-replyto-gmail-en.eml"
w = jst(2026, 11, 24, 18, 41, 30)  # 10:41 CET
look = "yukitsubaki-europa.example"
frm = ("Kenta Kobayashi", "k.kobayashi@" + look)
pl_iban = B.iban("PL", "10901014" + "0000071219812874")
text = f"""Hi Lukas,

Good news - we have closed the national listing for the rice cracker
range with FrischMarkt (180 stores from February). They require the
one-off listing fee to be paid to their marketing agency today,
otherwise the shelf slot goes to a competitor in the January planning.

Please process the payment today with priority:

Beneficiary: Promo Partners Retail Sp. z o.o.
IBAN: {pl_iban}
SWIFT: PPRTPLPW
Amount: EUR 64,800.00
Reference: Listing FM-2027-YFE

I have approved it, the agreement will be in the system next week.
Katharina is off today, no need to bother her with this.

I am at the buyer's office in Hamburg, so please do not call. If you
need me, write to me on Telegram (@kk_yfe_md) and reply to this email
with the transfer confirmation.

Best,
Kenta

Kenta Kobayashi
Managing Director (Geschäftsführer)
Yukitsubaki Foods Europe GmbH"""
add(mail(f, "bec", "ceo-fraud", "en",
         "Look-alike yukitsubaki-europa.example (German spelling of 'europe'), a small host with SPF pass, no "
         "DKIM, no DMARC record; Reply-To to a Gmail address. The MD asks AP for a same-day 'listing fee' to a "
         "retailer's agency (checksum-valid PL IBAN), says the finance head is off, no calls, Telegram.",
         L.server(f, w, P("hoffmann").email, "mail.yukitsubaki-europa.example", "203.0.113.88", frm[1],
                  client=(None, "198.51.100.77", "[10.0.2.15]"),
                  auth=L.auth("pass", frm[1], "none", None, "none", look, None),
                  mailer="Microsoft Outlook 16.0", style="outlook", tz=R.CET),
         when=w, frm=frm, to=[P("hoffmann").en_addr()],
         reply_to=[("Kenta Kobayashi", "kk.yfe.md@gmail.com")],
         subject="Urgent - listing fee FrischMarkt today", body=L.outlook_en(text, "DE"),
         hcs=("UTF-8", "Q"), accounts=[pl_iban]))

# ------------------------------------------------------------------ bec-05
f = "bec-05-ceo-senior-md-gmail-oono-fake-reply-penalty-kanji-numerals-ja.eml"
w = jst(2026, 12, 15, 11, 47, 3)
frm = ("大野 浩", "oono.hiroshi.yukitsubaki@gmail.com")
fake_q = L.outlook_block_ja(jst(2026, 12, 15, 9, 2), "大野 浩 <ono.hiroshi@yukitsubaki-foods.example>",
                            "本間 裕子 <homma.yuko@yukitsubaki-foods.example>", "【至急】違約金のお支払いについて")
text = f"""小池さん

お疲れ様です。大野です。
下記の件、本間部長には了承をもらっています。
部長は本日午後まで外出のため、小池さんの方で本日中に振込手続きをお願いします。

　振込金額：金四百八拾六万円也
　振込先：東京港南銀行　品川支店
　普通預金　七〇三一八八五
　名義：カ）グローバルアグリトレーディング

振込が完了したら、このアドレスに振込控えを送ってください。
私は役員会と来客で、今日は電話に出られません。

大野

{fake_q}

本間部長

米国の大豆輸入商社との旧契約の解除について、先方と合意しました。
違約金として金四百八拾六万円を本日中に支払う必要があります。
先方からは本日入金がない場合、訴訟手続きに入ると通告されています。
経理部での手配をお願いします。

大野"""
add(mail(f, "bec", "ceo-fraud", "ja",
         "The senior managing director's name on Gmail with the romaji variant 'oono' (directory: Ono). "
         "'RE:' subject with an invented Outlook-style history, no In-Reply-To or References. Same-day "
         "'contract penalty' of 4.86 million yen, amount and account number in kanji numerals, the head of "
         "accounting 'already agreed' but out, no phone, send the slip to this address.",
         L.gmail(f, w, frm[1], P("koike").email),
         when=w, frm=frm, to=[P("koike").ja_addr()], subject="RE: 【至急】違約金のお支払いについて",
         body=L.gmail_body(text), hcs=("UTF-8", "B"), accounts=["七〇三一八八五"], fake_reply=True))

# ------------------------------------------------------------------ bec-06
f = "bec-06-ceo-icloud-english-reply-only-md-assistant-private-gmail-and-guessed-address-en.eml"
w = jst(2026, 11, 17, 17, 58, 21)  # 09:58 CET
frm = ("Masakazu Igarashi", "igarashi.m.yf@icloud.com")
guessed = "lschmitt@" + C.EU
to = [P("schmitt").en_addr(), ("", P("schmitt").personal[0]), ("", guessed)]
text = """Hello Lea,

Are you at your desk? I need your help with a confidential matter
before Mr. Kobayashi's trip next week.

Please reply to this email as soon as you see it.

Masakazu Igarashi
President & CEO, Yukitsubaki Foods

Sent from my iPhone"""
add(mail(f, "bec", "ceo-fraud", "en",
         "The Japanese CEO's name on an iCloud address, in English, to the German MD's assistant: reply-only "
         "opener, no request yet. Sent at once to her corporate address, her private Gmail address on file and "
         "a non-existent address without the dot (lschmitt@) while the real format is l.schmitt@. "
         "SPF/DKIM/DMARC pass for icloud.com.",
         L.icloud(f, w, frm[1], to[0][1]),
         when=w, frm=frm, to=to, subject="Quick question", body=L.apple_body(text), hcs=("UTF-8", "Q")))

# ------------------------------------------------------------------ bec-07
f = "bec-07-ceo-sales-director-s-dropped-lookalike-department-store-fair-fee-sjis-ja.eml"
w = jst(2026, 12, 3, 17, 35, 44)
look = "yukitsubaki-food.example"
frm = ("佐藤 伸一", "sato.shinichi@" + look)
acct = "1182094"
text = f"""長谷川さん

お疲れ様です。営業本部の佐藤です。
急ぎのお願いです。

来年1月に日本橋の百貨店で開催される「新潟・雪国うまいもの大会」に、
当社の出店枠を確保できることになりました。
ただし、催事企画会社への協賛金を本日中に入金しないと、
枠が他社に回されてしまいます。

　振込金額：{B.fullwidth("1,650,000")}円（税込）
　振込先：東京ベイ信用組合　八丁堀支店
　普通　{B.fullwidth(acct)}
　カ）エムケイプランニング

請求書は後日、先方から原本が届きます。
東京営業所の藤田所長とは話がついていますので、
経理部で本日17時半までに処理をお願いできますか。
手続きが済んだらこのメールに返信してください。

今日は移動中で電話がつながりにくいので、メールでお願いします。

佐藤 伸一
常務取締役 営業本部長"""
add(mail(f, "bec", "ceo-fraud", "ja",
         "Look-alike yukitsubaki-food.example (the 's' of 'foods' dropped), own small server with SPF and "
         "DKIM pass and a p=none DMARC record. The sales director asks AP for a same-day 'sponsorship fee' to "
         "an event company for a department-store fair, invoice 'later', says the Tokyo manager agreed, mail "
         "only. Sent after 17:30. Shift_JIS base64 body, Thunderbird client string.",
         L.server(f, w, P("hasegawa").email, "mx.yukitsubaki-food.example", "203.0.113.97", frm[1],
                  client=(None, "198.51.100.161", "[10.8.0.6]"),
                  mailer="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2",
                  style="thunderbird", selector="mail"),
         when=w, frm=frm, to=[P("hasegawa").ja_addr()], subject="至急のお願い（催事協賛金の件）",
         body=L.plain(text, "Shift_JIS", "base64"), hcs=("Shift_JIS", "B"), accounts=[acct]))
