"""BEC messages — part 2: payroll diversion, vendor bank change, lookalike domains, chat move."""
import hops as H
from build import Spec, jst, auth, aligned, mid_gmail, mid_outlook, mid_generic, tiny_pdf
from mime import Text, Multi, Attachment
from org import P


def _payroll_sjis():
    f = "bec-07-payroll-sonet-sjis-ja.eml"
    when = jst(2025, 6, 19, 12, 8, 30)
    rc = P("yamaguchi")
    body = """人事部 山口様

お疲れ様です。営業部の池田です。
メインバンクを変更しましたので、今月のお給料から振込先を下記に変更していただけますでしょうか。

銀行名：みずなみ銀行
支店名：新宿東支店（店番 218）
口座種別：普通
口座番号：4471290
口座名義：イケダ ユミ

会社のPCの調子が悪く、外から個人のアドレスで失礼します。
今月の締め日に間に合うようでしたら、反映をお願いいたします。
手続きが済みましたら、このアドレスにご連絡ください。

池田
"""
    return Spec(
        f, "bec", "payroll-diversion", "ja",
        f"Payroll diversion impersonating employee {P('ikeda').kanji} (営業部) from a So-net ISP mailbox on a "
        "subdomain (ga2.so-net.ne.jp); not her private address in the directory. SPF pass, no DKIM, "
        "no DMARC record. Body Shift_JIS, 8bit; headers Shift_JIS B encoded-words; Becky! X-Mailer. "
        "All bank names and numbers are fictional.",
        when=when, frm=("池田由美", "ikeda-yumi@ga2.so-net.ne.jp"),
        to=[("山口 陽菜", rc.email)], subject="給与振込口座の変更について", hcs=("Shift_JIS", "B"),
        body=Text(body, charset="Shift_JIS", cte="8bit"),
        provider=H.isp("so-net", f, when, rc.email, "185.213.155.74"),
        auth=auth("pass", "ga2.so-net.ne.jp", "none", None, "none", "ga2.so-net.ne.jp"),
        extra=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")],
        mid=mid_generic(f, when, "ga2.so-net.ne.jp"))


def _payroll_en():
    f = "bec-08-payroll-outlookcom-en.eml"
    when = jst(2025, 6, 20, 15, 2, 11)
    rc = P("kinoshita")
    body = """Hello Kinoshita-san,

I recently switched banks and would like my salary to go into the new account starting this pay period. Could you tell me the cut-off date and whether you need a form from me?

I can send the new account details as soon as you confirm. I'm writing from my personal email because I'm working from the customer's site this week.

Thanks,
Ren Hasegawa
Design Dept.
"""
    return Spec(
        f, "bec", "payroll-diversion", "en",
        f"Payroll diversion, first contact: employee {P('hasegawa').kanji} impersonated from outlook.com "
        f"(his real private address in the directory is {P('hasegawa').personal[0]}). Auth passes for outlook.com. "
        "Asks for the cut-off date before sending account details.",
        when=when, frm=("Ren Hasegawa", "ren.hasegawa.work@outlook.com"),
        to=[("Kenta Kinoshita", rc.email)], subject="Direct deposit change",
        body=Text(body, charset="UTF-8", cte="7bit"),
        provider=H.outlook(f, when, rc.email), auth=aligned("outlook.com"),
        mid=mid_outlook(f))


def _vendor_lookalike():
    f = "bec-09-vendor-bankchange-lookalike-ja.eml"
    when = jst(2025, 6, 23, 10, 34, 2)
    rc, cc = P("saito"), P("shimizu")
    body = """青空精機株式会社
購買部 斎藤様

いつも大変お世話になっております。
東邦金属の田村でございます。

このたび弊社メインバンクの変更に伴い、お振込先口座を変更させていただくことになりました。
6月末お支払い分より、下記口座へのお振込をお願い申し上げます。

　＜新しいお振込先＞
　銀行名　：さくら台信託銀行　本店営業部
　口座種別：普通
　口座番号：3308157
　口座名義：トウホウキンゾク（カ

旧口座は今月中に解約予定のため、旧口座へのお振込はご遠慮くださいますようお願いいたします。
詳細は添付のご案内をご確認ください。
なお、社内監査の関係上、本件のご回答はお電話ではなくメールにていただけますと幸いです。

何卒よろしくお願い申し上げます。

-----------------------------------
東邦金属株式会社
営業部　田村 健一
〒210-0007 神奈川県川崎市川崎区駅前本町 9-9
TEL 044-000-0000
-----------------------------------
"""
    pdf = tiny_pdf("Bank account change notice")
    return Spec(
        f, "bec", "vendor-bank-change", "ja",
        "Vendor impersonation: supplier 東邦金属 (real domain tohokinzoku.example, see clean-03) from the "
        "lookalike toho-kinzoku.example (hyphen inserted); attacker's domain passes SPF/DKIM/DMARC. "
        "Bank-account change, asks to answer by mail not phone. PDF attachment, filename RFC 2231 (UTF-8).",
        when=when, frm=("東邦金属株式会社 田村", "tamura.k@toho-kinzoku.example"),
        to=[(rc.kanji, rc.email)], cc=[(cc.kanji, cc.email)],
        subject="【重要】お振込先口座変更のお知らせ",
        body=Multi("mixed", [Text(body), Attachment(pdf, "application/pdf", "振込先口座変更のご案内.pdf")]),
        provider=H.server(f, when, rc.email, "mail.toho-kinzoku.example", "91.215.85.23",
                          client=("unknown", "91.215.85.140"), sel="mail"),
        auth=aligned("toho-kinzoku.example"),
        mid=mid_generic(f, when, "toho-kinzoku.example"))


def _wire_homoglyph():
    f = "bec-10-ceo-wire-homoglyph-en.eml"
    when = jst(2025, 6, 24, 18, 55, 46)
    rc = P("takahashi")
    body = """Misaki,

We are in the final stage of a confidential acquisition in Singapore (Project Kestrel). I cannot discuss it on the phone yet because of the NDA; the board will be informed once it is signed.

Our advisers need a deposit of USD 186,400 wired today to secure exclusivity. Their counsel, Mr. Daniel Whitcombe, will email you the escrow account details shortly. Please treat his instructions as coming from me, and keep this strictly between the two of us until the announcement.

Reply to this email as soon as you are ready to proceed so I can have him contact you.

Regards,
Takayuki Sasaki
President & CEO
Aozora Seiki Co., Ltd.
"""
    return Spec(
        f, "bec", "ceo-wire-transfer", "en",
        "CEO fraud from the homoglyph lookalike exarnple.net ('rn' for 'm'); auth passes for the lookalike. "
        "Reply-To diverts to a gmail.com address. Wire transfer, secrecy, NDA pretext, 'lawyer' follow-up.",
        when=when, frm=("Takayuki Sasaki", "sasaki.takayuki@exarnple.net"),
        to=[("Misaki Takahashi", rc.email)],
        reply_to=[("Takayuki Sasaki", "t.sasaki.private.office@gmail.com")],
        subject="Confidential - Project Kestrel",
        body=Text(body, charset="UTF-8", cte="7bit"),
        provider=H.server(f, when, rc.email, "mail.exarnple.net", "5.181.159.37",
                          client=("unknown", "146.70.112.18"), sel="default"),
        auth=aligned("exarnple.net"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        mid=mid_generic(f, when, "exarnple.net"))


def _cfo_tldswap():
    f = "bec-11-cfo-payment-tldswap-ja.eml"
    when = jst(2025, 6, 25, 9, 7, 22)
    rc = P("nakamura")
    body = """中村部長

お疲れ様です。高橋です。
本日中に対応が必要な支払いが1件発生しました。
新規の設備リース契約の前払い金で、社長の決裁は取れています。

金額：4,860,000円（税込）
支払先：株式会社アーク・リースサービス
振込先は追ってお送りします。

15時までに振込を完了させる必要があります。
私は終日外出のため電話には出られませんので、進捗はメールでお知らせください。
稟議書は後日回付します。

高橋
"""
    return Spec(
        f, "bec", "cfo-fraud", "ja",
        "CFO impersonation from a TLD swap of the organisation's domain: example.com instead of example.net "
        "(local part matches her real address). In this fiction the attacker controls example.com: SPF pass, "
        "no DKIM, DMARC pass through SPF alignment. Urgent same-day payment, phone unavailable.",
        when=when, frm=("高橋 美咲", "takahashi.misaki@example.com"),
        to=[(rc.kanji, rc.email)], subject="本日中のお支払いについて",
        body=Text(body),
        provider=H.server(f, when, rc.email, "mail.example.com", "103.152.178.42",
                          client=("unknown", "103.152.178.9")),
        auth=auth("pass", "example.com", "none", None, "pass", "example.com"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        mid=mid_generic(f, when, "example.com"))


def _line_move():
    f = "bec-12-line-move-kana-biglobe-ja.eml"
    when = jst(2025, 6, 26, 13, 30, 5)
    p = P("shimizu")
    gen = "shimizu.a@example.org"
    body = """清水さん

お疲れ様です。佐々木です。
業務の件で至急連絡を取りたいので、LINEのグループを作成して、
そのQRコードをこのメールに添付して送ってください。
グループには、まだほかの人は招待しないでください。

よろしくお願いします。
"""
    return Spec(
        f, "bec", "chat-move", "ja",
        "Move to LINE (asks for a group QR code). CEO's name in katakana ('ササキ タカユキ') on biglobe.ne.jp; "
        "SPF pass, no DKIM, DMARC pass via SPF. Case-study recipient pattern on the second domain: the "
        f"employee's private address {p.personal[0]} and the non-existent {gen} (pattern {{family}}.{{given_initial}}, "
        f"real address {p.email}).",
        when=when, frm=("ササキ タカユキ", "tsasaki-ceo@biglobe.ne.jp"),
        to=[("", p.personal[0]), ("", gen)], rcpt=gen,
        subject="業務連絡",
        body=Text(body),
        provider=H.isp("biglobe", f, when, gen, "172.245.61.230"),
        auth=auth("pass", "biglobe.ne.jp", "none", None, "pass", "biglobe.ne.jp"),
        mid=mid_generic(f, when, "biglobe.ne.jp"))


def _hyphen():
    f = "bec-13-coo-deposit-hyphen-ja.eml"
    when = jst(2025, 6, 27, 16, 12, 40)
    rc = P("saito")
    body = """斎藤部長

お疲れ様です。渡辺です。
先日少しお話しした海外の新規サプライヤーの件ですが、
先方から今週中に手付金を入れてほしいと連絡がありました。
契約書は法務で確認中のため、先に支払いだけ進めたいと考えています。

支払額：USD 48,500
振込先の口座情報は、先方の担当者から直接斎藤さん宛てにメールが届きます。

社内の正式な手続きは来週まとめて私の方で行いますので、
今回は先行して処理をお願いできますか。
移動中のため、返信はメールでお願いします。

渡辺
"""
    return Spec(
        f, "bec", "executive-fraud", "ja",
        "COO impersonation from the hyphenated lookalike ex-ample.net (aligned auth for the lookalike). "
        "Fake reply (Re:, In-Reply-To) asking purchasing to pre-pay a deposit before approval.",
        when=when, frm=("渡辺 浩二", "watanabe.koji@ex-ample.net"),
        to=[(rc.kanji, rc.email)], subject="Re: 新規取引先の件（至急）",
        body=Text(body),
        provider=H.server(f, when, rc.email, "mail.ex-ample.net", "194.87.31.205",
                          client=("unknown", "194.87.31.77"), sel="s1"),
        auth=aligned("ex-ample.net"),
        extra=[("In-Reply-To", "<4f9e2c1a-7d3b-4e8a-9c55-0b1d2e3f4a5b@example.net>")],
        mid=mid_generic(f, when, "ex-ample.net"))


def _addedword():
    f = "bec-14-plant-payment-addedword-en.eml"
    when = jst(2025, 6, 27, 19, 48, 13)
    rc = P("shimizu")
    body = """Hi Ai,

This is Ohno from the Matsumoto plant. The spindle replacement for line 3 is overdue, and the supplier will not ship until the outstanding balance is settled. Production stops on Monday if the parts are not here.

Could you arrange a payment of JPY 2,970,000 to them today? Their new account details:

Beneficiary: Wexford Machine Parts Ltd.
Bank: Harbourline Bank, Hong Kong
Account: 812-004417-301
SWIFT: HRBLHKHH

I have approved it on my side. Please confirm once it is done and send me the transfer slip.

Thanks,
Osamu Ohno
Plant Manager, Matsumoto Plant
"""
    return Spec(
        f, "bec", "executive-fraud", "en",
        f"Impersonates {P('ono').kanji} (執行役員 工場長, directory romaji 'Ono') with the variant spelling "
        "'Ohno' from the added-word lookalike example-group.net; auth passes for the lookalike. "
        "Payment to a new overseas account (fictional bank).",
        when=when, frm=("Osamu Ohno", "o.ohno@example-group.net"),
        to=[("Ai Shimizu", rc.email)], subject="Urgent: spindle supplier payment",
        body=Text(body, charset="UTF-8", cte="7bit"),
        provider=H.server(f, when, rc.email, "smtp.example-group.net", "45.153.34.88",
                          client=("unknown", "45.153.34.120"), sel="mx"),
        auth=aligned("example-group.net"),
        mid=mid_generic(f, when, "example-group.net"))


def _availability_ja():
    f = "bec-15-availability-gmail-romaji-ja.eml"
    when = jst(2025, 6, 30, 8, 51, 27)
    rc = P("maeda")
    text = """前田さん

今、手は空いていますか？
ちょっと頼みたいことがあります。
会議中で電話に出られないので、メールで返信ください。

佐々木

iPhoneから送信
"""
    html = "<div dir=\"auto\">前田さん<br><br>今、手は空いていますか？<br>ちょっと頼みたいことがあります。<br>" \
           "会議中で電話に出られないので、メールで返信ください。<br><br>佐々木<br><br>iPhoneから送信</div>\n"
    return Spec(
        f, "bec", "ceo-fraud", "ja",
        "Availability probe. Romaji display name 'Sasaki Takayuki' on gmail.com; auth passes for gmail.com. "
        "Gmail-style multipart/alternative, UTF-8 base64, subject UTF-8 B.",
        when=when, frm=("Sasaki Takayuki", "takayuki.sasaki.0610@gmail.com"),
        to=[("", rc.email)], subject="お時間ありますか", hcs=("UTF-8", "B"),
        body=Multi("alternative", [Text(text, charset="UTF-8", cte="base64"),
                                   Text(html, "html", charset="UTF-8", cte="base64")]),
        provider=H.gmail(f, when, rc.email), auth=aligned("gmail.com"),
        mid=mid_gmail(f))


def messages():
    return [_payroll_sjis(), _payroll_en(), _vendor_lookalike(), _wire_homoglyph(), _cfo_tldswap(),
            _line_move(), _hyphen(), _addedword(), _availability_ja()]
