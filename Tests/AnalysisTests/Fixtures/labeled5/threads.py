"""Earlier messages of the threads that later messages quote and reference.
Some of them are messages of the set themselves (clean-01, clean-03, clean-04,
clean-12); the others exist only as quoted history here."""
import common as CM
import routes as R
from local import m365_mid
from message import jst

SEP = "________________________________"


class Earlier:
    def __init__(self, mid, when, frm, to, subject, text, cc=None):
        self.mid, self.when, self.frm, self.to = mid, when, frm, to
        self.subject, self.text, self.cc = subject, text, cc

    @property
    def frm_s(self):
        return CM.who(*self.frm)

    @property
    def to_s(self):
        return "; ".join(CM.who(*t) for t in self.to)

    @property
    def cc_s(self):
        return "; ".join(CM.who(*t) for t in self.cc) if self.cc else None


def outlook_ja(e):
    """Outlook (Japanese UI): a rule, the header block, the text unquoted."""
    return SEP + "\n" + CM.outlook_block_ja(e.when, e.frm_s, e.to_s, e.subject, e.cc_s) + "\n\n" + e.text


def outlook_en(e, tz=R.JST, uk=False):
    return SEP + "\n" + CM.outlook_block_en(e.when, e.frm_s, e.to_s, e.subject, e.cc_s, tz, uk) + "\n\n" + e.text


def gmail_ja(e):
    return CM.gmail_attr_ja(e.when, e.frm[0], e.frm[1]) + "\n\n" + CM.quote(e.text)


def gmail_en(e, tz=R.JST):
    return CM.gmail_attr_en(e.when, e.frm[0], e.frm[1], tz) + "\n\n" + CM.quote(e.text)


def roundcube_ja(e):
    d = e.when.astimezone(R.JST)
    return f"{d:%Y-%m-%d %H:%M} に {e.frm[0]} さんは書きました:\n" + CM.quote(e.text)


def becky_ja(e):
    d = e.when.astimezone(R.JST)
    return (f"On {d:%a, %d %b %Y %H:%M:%S} +0900\n{e.frm[0]} <{e.frm[1]}> wrote:\n\n" + CM.quote(e.text))


def refs(*es):
    return [e.mid for e in es]


# ================================================================ シーライン石油: April invoice

KATAGIRI = ("片桐 早苗", "s.katagiri@sealine-oil.example")
OMORI = ("大森 俊也", "t.omori@sealine-oil.example")

SEALINE_SIG = """--
株式会社シーライン石油
業務部 請求担当　片桐 早苗
〒231-0000 横浜市中区本牧ふ頭0-0
TEL 045-000-2281 / FAX 045-000-2282"""

SEALINE_INV_TEXT = """株式会社朝凪ロジスティクス
経理部　岩崎 様

いつも大変お世話になっております。
シーライン石油の片桐でございます。

2026年4月分のご請求書をお送りいたします。
添付のPDFをご確認くださいませ。

　請求書番号：SO-2604-0127
　対象　　　：2026年4月1日〜4月30日納品分
　　　　　　　（厚木物流センター構内給油 軽油 38,400L、フリートカード利用分）
　ご請求金額：6,912,418円（税込）
　お支払期日：2026年5月29日（金）

お振込先（従来どおり）
　はまなす銀行　本牧支店　普通　5081734
　口座名義　カ）シーラインセキユ

フリートカードの車両別明細はCSVで別途お送りしておりますので、
あわせてご確認ください。

引き続きよろしくお願い申し上げます。

""" + SEALINE_SIG

SEALINE_INV = Earlier("20260430101208.7C2E41A9@sealine-oil.example", jst(2026, 4, 30, 10, 12, 8), KATAGIRI,
                      [("岩崎 翼", "iwasaki.tsubasa@asanagi-logi.example")],
                      "【シーライン石油】2026年4月分 ご請求書送付のご案内", SEALINE_INV_TEXT,
                      cc=[("小野寺 紗希", "onodera.saki@asanagi-logi.example")])

# ================================================================ シーライン石油: price revision

SEALINE_PRICE_Q = Earlier(
    "000a01dcec3b$5e21c0f0$1a6542d0$@asanagi-logi.example", jst(2026, 5, 25, 16, 40, 2),
    ("川口 聡", "kawaguchi.satoshi@asanagi-logi.example"), [OMORI],
    "6月以降の軽油価格改定について",
    """シーライン石油
大森様

いつもお世話になっております。朝凪ロジスティクス調達部の川口です。

先日お電話でお話しいただいた6月以降の軽油単価改定の件、
改定後の単価表と適用開始日を書面でいただけますでしょうか。
社内の予算見直しに使いたいので、今週中だと助かります。

よろしくお願いいたします。

川口 聡
株式会社朝凪ロジスティクス 調達部
TEL 045-000-7310""")

SEALINE_PRICE_A = Earlier(
    "20260526093317.4B8D02F1@sealine-oil.example", jst(2026, 5, 26, 9, 33, 17), OMORI,
    [("川口 聡", "kawaguchi.satoshi@asanagi-logi.example")],
    "Re: 6月以降の軽油価格改定について",
    """川口様

いつもお世話になっております。シーライン石油の大森です。

ご依頼の件、改定後の単価表を添付いたします。
適用開始は6月1日納品分からで、厚木構内給油はリッターあたり
2.4円の値上げとなります。ご迷惑をおかけしますが、
ご理解のほどよろしくお願いいたします。

--
株式会社シーライン石油 営業部
大森 俊也
TEL 045-000-2290 / 携帯 090-0000-4418""")

# ================================================================ Van Rijn: milestone 2 invoice

DEGRAAF = ("Sanne de Graaf", "s.degraaf@vanrijn-systems.example")
KAWAGUCHI = ("Satoshi Kawaguchi", "kawaguchi.satoshi@asanagi-logi.example")

VANRIJN_SIG = """Kind regards,

Sanne de Graaf
Accounts Receivable
Van Rijn Opslagsystemen B.V.
Industrieweg 00, 0000 XX Tilburg, The Netherlands
T +31 13 000 4127"""

VANRIJN_INV_TEXT = """Dear Mr Kawaguchi,

Please find attached our invoice VR-2026-0318 for milestone 2 of the Atsugi
DC conveyor and shuttle racking project (mechanical completion, signed off
by Mr Aoki on 20 March).

  Invoice:        VR-2026-0318
  Contract:       VRO-JP-2025-014, milestone 2 of 4 (30%)
  Amount:         EUR 412,650.00 (0% VAT, export)
  Payment terms:  30 days net, due 26 April 2026

Payment by SWIFT transfer, as per the contract:
  Beneficiary:  Van Rijn Opslagsystemen B.V.
  Bank:         Example Noordbank N.V., Tilburg
  IBAN:         NL33 EXNB 0417 2683 50
  BIC/SWIFT:    EXNBNL2A

Please quote the invoice number as payment reference. Bank charges on your
side (OUR) as agreed.

""" + VANRIJN_SIG

VANRIJN_INV = Earlier(m365_mid("vanrijn-inv", "vanrijn-systems.example", "EUR"),
                      jst(2026, 3, 27, 17, 5, 41), DEGRAAF, [KAWAGUCHI],
                      "Invoice VR-2026-0318 - Milestone 2 (Atsugi DC conveyor, mechanical completion)",
                      VANRIJN_INV_TEXT, cc=[("Megumi Maeda", "maeda.megumi@asanagi-logi.example")])

VANRIJN_INV_ACK = Earlier(
    "000c01dcbf9a$0e7a2d30$2b6e8790$@asanagi-logi.example", jst(2026, 3, 30, 9, 18, 22), KAWAGUCHI, [DEGRAAF],
    "RE: Invoice VR-2026-0318 - Milestone 2 (Atsugi DC conveyor, mechanical completion)",
    """Dear Ms de Graaf,

Thank you for the invoice. It has been approved on our side and is
scheduled for payment on 24 April (our overseas remittance run).

Best regards,
Satoshi Kawaguchi
Procurement, Asanagi Logistics Co., Ltd.""",
    cc=[("Megumi Maeda", "maeda.megumi@asanagi-logi.example")])

# ================================================================ Van Rijn: software visit (clean-11)

VISSER = ("Bram Visser", "b.visser@vanrijn-systems.example")

VANRIJN_VISIT_Q = Earlier(
    "000301dcd2c4$6b0a9e50$41ff5af0$@asanagi-logi.example", jst(2026, 4, 13, 11, 2, 9),
    ("Hideki Aoki", "aoki.hideki@asanagi-logi.example"), [VISSER],
    "Atsugi DC - PLC software update and shuttle inspection in May",
    """Dear Bram,

Thank you for the support during commissioning. As discussed at the last
site meeting, we would like to schedule the PLC software update (v4.2) and
the first shuttle inspection in May.

Our quiet days are Tuesday to Thursday in the week of 18 May. We can stop
aisles 3 and 4 for up to 6 hours per day. Could you propose a plan?

Best regards,
Hideki Aoki
Center Manager, Atsugi Distribution Center
Asanagi Logistics Co., Ltd.""",
    cc=[("Koji Nishimura", "nishimura.koji@asanagi-logi.example")])

# ================================================================ ハマカゼ運送: April invoice (quoted in bec-16)

SAEKI = ("佐伯 紀子", "saeki.noriko@hamakaze-unso.example")

HAMAKAZE_INV_APR = Earlier(
    "20260508141052.0A3F.3C91D7E2@hamakaze-unso.example", jst(2026, 5, 8, 14, 10, 52), SAEKI,
    [("岩崎 翼", "iwasaki.tsubasa@asanagi-logi.example")],
    "【ハマカゼ運送】4月分 傭車料ご請求の件",
    """株式会社朝凪ロジスティクス
経理部 岩崎様

いつもお世話になっております。
ハマカゼ運送経理の佐伯です。

4月分の傭車料のご請求書を添付にてお送りします。
（請求番号 HK-2604-031、4,286,500円、お支払期日 5月29日）

お振込先は3月にご案内した新口座（さざなみ信用金庫 鶴見支店）で
お願いいたします。

よろしくお願いいたします。

株式会社ハマカゼ運送　経理課
佐伯 紀子
TEL 045-000-5561""")

# ================================================================ ハマカゼ運送: dispatch (clean-12)

MIYASHITA = ("宮下 剛", "miyashita.tsuyoshi@hamakaze-unso.example")

HAMAKAZE_HAISHA_Q = Earlier(
    "20260422173015.9D44E0B2@asanagi-logi.example", jst(2026, 4, 22, 17, 30, 15),
    ("森本 優斗", "morimoto.yuto@asanagi-logi.example"), [MIYASHITA],
    "連休明けの増便のご相談（厚木→関西）",
    """ハマカゼ運送
宮下様

お世話になっております。朝凪ロジスティクス厚木の森本です。

荷主さんの販促品の出荷が重なり、連休明けの5月7日〜15日に
厚木→関西（茨木・尼崎）の10t便を1日2台ほど増やしたいと考えています。
ドライバーさんと車両の手配は可能でしょうか。

積込は毎日18時、翌朝8時着の想定です。
運賃は現行の契約単価でお願いできればと思います。

よろしくお願いします。

森本 優斗
厚木物流センター 配車
TEL 046-000-3380""")

# ================================================================ Pacific Harbor: statement (clean-04)

MEDINA = ("Gloria Medina", "gmedina@pacharbor-drayage.example")
COLE = ("Hannah Cole", "hcole@asanagi-usa.example")
GRANT = ("Melissa Grant", "mgrant@asanagi-usa.example")

PACHARBOR_STMT_TEXT = """Hi Hannah,

Attached is the April statement for Asanagi Logistics USA. Two invoices
are now past terms:

  PHD-24817   03/09/2026   $18,460.00   (container moves, LBCT, wk 10)
  PHD-24852   03/16/2026   $21,935.50   (container moves + chassis, wk 11)

Could you let me know when these are scheduled? If there is a POD or
rate question holding them up, send it over and I will get it resolved.

Remittance, as always:
  Harborline National Bank
  ABA/routing 122044177
  Checking 7720193846
  Pacific Harbor Drayage, LLC

You can also see the statement and PODs in our customer portal:
https://portal.pacharbor-drayage.example/statements

Thanks,
Gloria Medina
Accounts Receivable | Pacific Harbor Drayage, LLC
Wilmington, CA | (555) 010-4477"""

PACHARBOR_STMT = Earlier(m365_mid("pacharbor-stmt", "pacharbor-drayage.example", "NAM"),
                         jst(2026, 4, 15, 2, 14, 37), MEDINA, [COLE],
                         "Statement - Asanagi Logistics USA - past due PHD-24817, PHD-24852",
                         PACHARBOR_STMT_TEXT, cc=[GRANT])

PACHARBOR_STMT_ACK = Earlier(
    "001201dccc8e$4f0d8a70$ed289f50$@asanagi-usa.example", jst(2026, 4, 16, 3, 2, 44), COLE, [MEDINA],
    "RE: Statement - Asanagi Logistics USA - past due PHD-24817, PHD-24852",
    """Hi Gloria,

Sorry for the delay, both were waiting on the chassis split approval. They
are approved now and scheduled for our Friday 4/17 ACH run.

Thanks,
Hannah""",
    cc=[GRANT])

# ================================================================ Pacific Harbor: W-9 (bec-18)

CASTILLO = ("Ray Castillo", "rcastillo@pacharbor-drayage.example")

PACHARBOR_W9_Q = Earlier(
    "000d01dcaae1$7cb3f820$7619e860$@asanagi-usa.example", jst(2026, 3, 4, 2, 21, 5), GRANT, [CASTILLO],
    "Updated W-9 and COI for 2026",
    """Hi Ray,

For our 2026 vendor file refresh, could you send a current W-9 and your
certificate of insurance (auto liability and cargo)? No other changes needed.

Thank you,
Melissa Grant
Controller, Asanagi Logistics USA, Inc.""")

PACHARBOR_W9_A = Earlier(
    m365_mid("pacharbor-w9a", "pacharbor-drayage.example", "NAM"), jst(2026, 3, 5, 1, 47, 12),
    CASTILLO, [GRANT], "RE: Updated W-9 and COI for 2026",
    """Hi Melissa,

Attached are our W-9 (signed 3/4) and the current COI. Cargo limit went up
to $250k this year. Let me know if you need anything else.

Ray Castillo
Controller, Pacific Harbor Drayage, LLC
(555) 010-4460""")
