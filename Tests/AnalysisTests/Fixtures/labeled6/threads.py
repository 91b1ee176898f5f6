"""Vendor threads: the Message-IDs, dates, subjects and texts of the earlier
messages that later ones quote and reference. Some of them are messages of the
set (clean-01, clean-03, clean-04, clean-11); the others exist only as quoted
history."""
import common as Cm
import company as C
from message import jst
from mimeparts import tok, UHEX

P = C.P
MICHI, HIBARI, ALB, CARE = (C.V[k].domain for k in ("michinoku", "hibari", "albrecht", "carelink"))

# vendor contacts
ONODERA = ("小野寺 美紀", f"m.onodera@{MICHI}")           # みちのくメディカル商事 営業管理課 (請求)
TAKAHASHI = ("高橋 涼", f"r.takahashi@{MICHI}")           # みちのくメディカル商事 仙台営業所
KIMURA = ("木村 恵", f"kimura.megumi@{HIBARI}")           # ひばり給食サービス 経理
ENDO_N = ("遠藤 奈々", f"endo.nana@{HIBARI}")             # ひばり給食サービス 管理栄養士
VOGT = ("Katharina Vogt", f"k.vogt@{ALB}")                 # Albrecht, Accounts Receivable
BRANDT = ("Lukas Brandt", f"l.brandt@{ALB}")               # Albrecht, Service Manager APAC
ELLIS = ("Jordan Ellis", f"jellis@{CARE}")                 # Carelink, Billing


def _m365(seed, tenant, region):
    box = {"EUR": "AS8PR04MB", "NAM": "BY5PR11MB"}[region] + tok(tenant + "b", 4, "0123456789")
    pod = {"EUR": "eurprd04", "NAM": "namprd11"}[region]
    return f"{box}{tok(seed + 'mm', 16, UHEX)}@{box}.{pod}.prod.outlook.com"


def _sch(key):
    return Cm.mid_outlook_desktop("thread/" + key, C.DOMAIN)


def _sg(key):
    return Cm.mid_outlook_desktop("thread/" + key, C.SG)


# ================================================================ みちのく: February invoice
# clean-01 -> (佐々木's acknowledgement) -> bec-14

MICHI_INV = dict(
    when=jst(2026, 3, 2, 10, 14, 37),
    mid=Cm.mid_outlook_desktop("thread/michi-inv", MICHI),
    subject="【みちのくメディカル商事】2026年2月分 ご請求書送付のご案内",
    text="""医療法人社団 緑風会
法人事務局 経理課
佐々木 遥 様

いつも大変お世話になっております。
みちのくメディカル商事 営業管理課の小野寺でございます。

2026年2月分（2月1日～2月28日納品分）のご請求書をお送りいたします。
添付のPDFをご確認くださいますようお願い申し上げます。

　ご請求金額　：　4,386,210円（税込）
　お支払期日　：　2026年3月31日（火）
　お振込先　　：　杜の都銀行　一番町支店　当座　3316027
　口座名義　　：　カ）ミチノクメディカルショウジ

原本は本日郵送いたしました。
納品明細は仙台中央病院 用度課 熊谷様にもお送りしております。

ご不明な点がございましたら、お気軽にお問い合わせください。
今後ともよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社みちのくメディカル商事
営業管理課　小野寺 美紀
〒980-0000 仙台市青葉区本町0-0-0 みちのくビル4F
TEL 022-000-3140 / FAX 022-000-3141
━━━━━━━━━━━━━━━━━━━━━━━━━━""".replace("～", "〜"),
)

MICHI_ACK = dict(
    when=jst(2026, 3, 2, 13, 41, 8),
    mid=_sch("michi-ack"),
    subject="RE: " + MICHI_INV["subject"],
    text="""小野寺様

いつもお世話になっております。緑風会 経理課の佐々木です。
2月分のご請求書、確かに受領いたしました。
3月31日の定例支払いにてお振込みいたします。

よろしくお願いいたします。

医療法人社団 緑風会 法人事務局 経理課
佐々木 遥
TEL 022-000-7710（内線 2214）""",
)

# ================================================================ みちのく: price revision (quoted only)
# (熊谷's question) -> (高橋's answer) -> bec-18 (continued from a look-alike domain)

MICHI_PRICE_Q = dict(
    when=jst(2026, 4, 14, 16, 5, 51),
    mid=_sch("michi-price-q"),
    subject="手術用手袋・ガウンの価格改定について",
    text="""みちのくメディカル商事
高橋様

いつもお世話になっております。緑風会 仙台中央病院 用度課の熊谷です。
先日お電話でお話のあった、手術用手袋とディスポガウンの価格改定の件ですが、
改定後の単価と適用開始日を書面（メール可）でいただけますでしょうか。
来月の購買委員会で報告する必要がありまして。

よろしくお願いいたします。

仙台中央病院 用度課
熊谷 和也""",
)

MICHI_PRICE_A = dict(
    when=jst(2026, 4, 15, 11, 22, 14),
    mid=Cm.mid_outlook_desktop("thread/michi-price-a", MICHI),
    subject="RE: 手術用手袋・ガウンの価格改定について",
    text="""熊谷様

お世話になっております。みちのくメディカル商事の高橋です。
お問い合わせの件、以下のとおりご案内いたします。

・滅菌手術用手袋（ラテックスフリー）　1箱50双　　6,800円 → 7,250円
・ディスポーザブル手術ガウン（L）　　1箱20枚　　9,400円 → 9,980円

適用開始日：2026年5月1日ご発注分より

メーカー出荷価格の改定によるもので、誠に恐縮ですがご理解賜りますよう
お願い申し上げます。正式な価格改定通知書は後日郵送いたします。

みちのくメディカル商事 仙台営業所
高橋 涼""",
)

# ================================================================ ひばり: April invoice (quoted only) -> bec-16

HIBARI_INV = dict(
    when=jst(2026, 5, 7, 9, 48, 2),
    mid=Cm.mid_std("thread/hibari-inv", jst(2026, 5, 7, 9, 48, 2), HIBARI),
    subject="【ひばり給食サービス】4月分 患者給食業務委託料のご請求",
    text="""医療法人社団 緑風会
経理課 菅原様

いつもお世話になっております。
ひばり給食サービス 経理の木村です。

4月分の患者給食業務委託料のご請求書をお送りします。
（仙台中央病院分・みどりの杜分の2通）

先日ご案内のとおり、今回4月分より新しいお振込先（北杜信用金庫 泉中央支店）
でのお支払いをお願いいたします。

どうぞよろしくお願いいたします。

株式会社ひばり給食サービス 経理
木村 恵""",
)

HIBARI_ACK = dict(
    when=jst(2026, 5, 7, 15, 2, 40),
    mid=_sch("hibari-ack"),
    subject="RE: " + HIBARI_INV["subject"],
    text="""木村様

お世話になっております。緑風会 経理課の菅原です。
4月分のご請求書2通、受領しました。
5月29日のお支払いとなります。

緑風会 経理課 菅原""",
)

# ================================================================ ひばり: menu (quoted only) -> clean-12

HIBARI_MENU_Q = dict(
    when=jst(2026, 6, 1, 17, 20, 11),
    mid=_sch("hibari-menu-q"),
    subject="7月の行事食（七夕）の献立について",
    text="""ひばり給食サービス
遠藤様

お疲れさまです。仙台中央病院 栄養科の菊地です。
7月7日の七夕の行事食ですが、今年は嚥下調整食（コード2・3）の患者さんが
多いので、形態別の献立案をいただけますか。
6月10日の給食委員会に出したいと思っています。

菊地""",
)

# ================================================================ Albrecht: invoice
# clean-03 -> (佐々木's reply) -> bec-15

ALB_INV = dict(
    when=jst(2026, 2, 10, 17, 32, 5),
    mid=_m365("thread/alb-inv", ALB, "EUR"),
    subject="Invoice AMT-RE-2026-0187 - Annual maintenance contract EVX-9 endoscopy systems",
    text="""Dear Ms. Sasaki,

Please find attached our invoice AMT-RE-2026-0187 for the annual maintenance
contract covering the two EVX-9 endoscopy towers at Sendai Chuo Hospital
(contract period 1 April 2026 - 31 March 2027).

  Amount due:    EUR 37,280.00
  Payment term:  30 days net, due 12 March 2026
  Bank:          Breisgauer Handelsbank AG, Freiburg
  IBAN:          DE83 6805 2470 0184 2736 50
  BIC:           BRHBDE6F

Please quote the invoice number as payment reference. Mr. Suzuki of your
clinical engineering department is in copy for the service schedule.

Kind regards,

Katharina Vogt
Accounts Receivable
Albrecht Medizintechnik GmbH
Hans-Bunte-Strasse 0, 79108 Freiburg im Breisgau, Germany
Phone +49 761 0000 4417""",
)

ALB_REPLY = dict(
    when=jst(2026, 2, 12, 10, 3, 55),
    mid=_sch("alb-reply"),
    subject="RE: " + ALB_INV["subject"],
    text="""Dear Ms. Vogt,

Thank you for the invoice. We have registered it and the payment will be made
by the due date (12 March) by overseas remittance.

Best regards,
Haruka Sasaki
Accounting Section, Ryokufukai Medical Corporation""",
)

# ================================================================ Albrecht: service visit
# (鈴木's request) -> clean-11 -> bec-19

ALB_SVC_Q = dict(
    when=jst(2026, 5, 8, 14, 12, 30),
    mid=_sch("alb-svc-q"),
    subject="Annual inspection of EVX-9 towers - visit in June",
    text="""Dear Mr. Brandt,

This is Kenta Suzuki, clinical engineer at Sendai Chuo Hospital.
The annual safety inspection of our two EVX-9 towers is due in June.
Could you let me know which dates your engineer is available? Our
endoscopy unit can free the rooms on a Tuesday/Wednesday.

Also, the light source of tower 2 showed error E-214 twice last month.
Could the engineer check it during the visit?

Best regards,
Kenta Suzuki
Clinical Engineering, Sendai Chuo Hospital""",
)

ALB_SVC_A = dict(
    when=jst(2026, 5, 12, 16, 47, 9),
    mid=_m365("thread/alb-svc-a", ALB, "EUR"),
    subject="RE: Annual inspection of EVX-9 towers - visit in June",
)

# ================================================================ Carelink: statement
# clean-04 -> (Priya's answer) -> bec-17

CARE_STMT = dict(
    when=jst(2026, 4, 1, 8, 5, 12),
    mid=_m365("thread/care-stmt", CARE, "NAM"),
    subject="Carelink Health Systems - Statement of Account - March 2026",
)

CARE_ANS = dict(
    when=jst(2026, 4, 2, 11, 26, 44),
    mid=_sg("care-ans"),
    subject="RE: Carelink Health Systems - Statement of Account - March 2026",
    text="""Hi Jordan,

Thanks for the statement. Apologies for the delay on INV-CL-24811, the
approval was held up while our MD was travelling. It is approved now and
scheduled in our 10 April payment run, together with INV-CL-25107.

Regards,
Priya Raman
Finance Executive
Ryokufu Medical Clinic Singapore Pte. Ltd.""",
)

ALB_SVC_CONF = dict(
    when=jst(2026, 5, 13, 9, 18, 2),
    mid=_sch("alb-svc-conf"),
    subject="RE: Annual inspection of EVX-9 towers - visit in June",
    text="""Dear Mr. Brandt,

Thank you. 9 and 10 June are fine with us. Mr. Kern can report to the
clinical engineering office (basement 1, east wing) at 8:45; I will meet
him at the staff entrance.

Best regards,
Kenta Suzuki
Clinical Engineering, Sendai Chuo Hospital""",
)
