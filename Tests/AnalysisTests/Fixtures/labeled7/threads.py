"""The earlier messages of the vendor and intercompany threads that later
messages quote and reference but that are not in the set themselves (the
organisation's own replies, a vendor's invoice). Each has its Message-ID,
date, sender, recipients, subject and text; the quoting helpers render a
history the way the replying client would."""
import common as Cm
import company as C
import routes as R
from message import jst

P = C.P
K = C.CONTACTS


class T:
    def __init__(self, seed, mid, when, frm, to, subject, text, cc=()):
        self.seed, self.mid, self.when, self.frm, self.to = seed, mid, when, frm, list(to)
        self.subject, self.text, self.cc = subject, text, list(cc)


def _own(seed, person):
    return Cm.mid_outlook_desktop("thread/" + seed, person.email.split("@")[1])


SIG_YAMAMOTO = """--
株式会社汐見ロジスティクス 管理本部 経理部
山本 彩
〒650-0046 兵庫県神戸市中央区港島中町7丁目3番地
TEL 078-000-6120 / FAX 078-000-6129"""

SIG_JANSEN = """Kind regards,

Lotte Jansen
Accounts Payable
Shiomi Logistics Europe B.V.
Waalhaven Zuidzijde 48, 3089 JH Rotterdam, The Netherlands
T +31 10 000 7731"""

SIG_MURAI = """--
Makoto Murai / 村井 誠
Ocean Export Dept., Shiomi Logistics Co., Ltd.
7-3 Minatojima Nakamachi, Chuo-ku, Kobe 650-0046, Japan
TEL +81-78-000-6150"""

SIG_SAKAMOTO = """Best regards,
Daiki Sakamoto / 坂本 大輝
Treasury, Finance Dept.
Shiomi Logistics Co., Ltd. (Kobe)"""

SIG_KUDO = """--
株式会社汐見ロジスティクス 横浜支店 業務課
工藤 さやか
〒231-0002 神奈川県横浜市中区海岸通5丁目25番地
TEL 045-000-6210"""

# ------------------------------------------------ 六甲トランスポート (clean-01 -> R1 -> bec-14)

R1 = T("R1", _own("R1", P("yamamoto")), jst(2026, 6, 2, 9, 40), P("yamamoto").ja_addr(), [K["kawai"]],
       "RE: 【六甲トランスポート】2026年5月分 ご請求書の送付について",
       f"""六甲トランスポート
河合様

いつもお世話になっております。汐見ロジスティクスの山本です。

5月分のご請求書（請求番号 RT-2605-0318）、確かに受領いたしました。
月末の6月30日にお振込みの予定です。

引き続きよろしくお願いいたします。

{SIG_YAMAMOTO}""")

# ------------------------------------------------ Van Leeuwen (clean-03 -> V1 -> bec-15)

V1 = T("V1", _own("V1", P("jansen")), jst(2026, 6, 5, 21, 2), P("jansen").en_addr(), [K["degraaf"]],
       "RE: Invoice VLT-2026-1184 - container haulage May 2026",
       f"""Hi Marloes,

Thank you, received. Invoice VLT-2026-1184 is approved and scheduled for our payment run of
Friday 19 June.

{SIG_JANSEN}""")

# ------------------------------------------------ ベイサイド倉庫

# the answer to the announced account change (clean-02 -> B1 -> bec-18)
B1 = T("B1", _own("B1", P("yamamoto")), jst(2026, 5, 12, 15, 20), P("yamamoto").ja_addr(), [K["iwasaki"]],
       "RE: 【ベイサイド倉庫】お振込先口座変更のお願い",
       f"""ベイサイド倉庫
経理部 岩崎様

いつもお世話になっております。汐見ロジスティクスの山本です。

お振込先口座変更のご案内、ありがとうございます。
本日、弊社登録の御社代表番号（045-000-3380）にお電話し、
岩崎様ご本人に変更内容を確認させていただきました。
ご郵送いただいた変更届（押印済）も本日受領しております。

6月末お支払分（5月ご請求分）より、新しい口座
（横浜本牧信用金庫 山下町支店 普通 2290815）へお振込みいたします。

よろしくお願いいたします。

{SIG_YAMAMOTO}""")

# the May invoice and its acknowledgement (B2 -> B3 -> bec-16)
B2 = T("B2", Cm.mid_becky("thread/B2", jst(2026, 6, 1, 9, 30), "bayside-soko.example"), jst(2026, 6, 1, 9, 30),
       K["iwasaki"], [P("yamamoto").ja_addr()],
       "【ベイサイド倉庫】2026年5月分 保管料・荷役料ご請求書",
       """株式会社汐見ロジスティクス
経理部 山本様

いつもお世話になっております。ベイサイド倉庫 経理部の岩崎です。

2026年5月分の保管料・荷役料のご請求書をお送りいたします。
ご請求金額：1,186,350円（税込）
お支払期日：2026年6月30日

お振込先は、先日ご案内いたしました新口座
横浜本牧信用金庫 山下町支店 普通 2290815 カ）ベイサイドソウコ
となります。

よろしくお願いいたします。

株式会社ベイサイド倉庫 経理部
岩崎 由美
TEL 045-000-3380""")

B3 = T("B3", _own("B3", P("yamamoto")), jst(2026, 6, 2, 10, 10), P("yamamoto").ja_addr(), [K["iwasaki"]],
       "RE: 【ベイサイド倉庫】2026年5月分 保管料・荷役料ご請求書",
       f"""ベイサイド倉庫
岩崎様

お世話になっております。山本です。
5月分のご請求書を受領いたしました。6月30日に新口座へお振込みいたします。

{SIG_YAMAMOTO}""")

# the stocktake question of the Yokohama branch (B4 -> clean-12)
B4 = T("B4", _own("B4", P("kudo")), jst(2026, 6, 15, 17, 5), P("kudo").ja_addr(), [K["oda"]],
       "6月末 保税蔵置貨物の棚卸立会いについて",
       f"""ベイサイド倉庫
倉庫業務課 小田様

いつもお世話になっております。汐見ロジスティクス横浜支店の工藤です。

今月末の保税蔵置貨物の棚卸につきまして、例年どおり弊社から2名
立会いに伺いたいと考えております。
6月26日（金）から30日（火）の間で、御社のご都合のよい日時を
いくつかお知らせいただけますでしょうか。

対象は、弊社名義で蔵置中の輸入貨物（A棟2階・B棟1階）です。

よろしくお願いいたします。

{SIG_KUDO}""")

# ------------------------------------------------ Pacific Crest (P1 -> clean-11 -> P2 -> bec-17)

P1 = T("P1", _own("P1", P("murai")), jst(2026, 6, 8, 16, 10), P("murai").en_addr(), [K["alvarez"]],
       "Pre-alert: HBL SLK26-04417 / KOBE - LONG BEACH / ETA 19 JUN",
       f"""Dear Jennifer,

Please find the pre-alert for the following shipment. Documents are uploaded to your portal.

HBL: SLK26-04417
Shipper: Hanshin Precision Parts Co., Ltd.
Consignee: Westfield Industrial Supply, Inc., Ontario, CA
Vessel: PACIFIC HARMONY V.026E
Container: 1 x 40'HC
ETD Kobe: 5 June / ETA Long Beach: 19 June
Terms: DAP Ontario, CA (customs clearance and delivery by your office)

Please advise once ISF is matched and the cargo is released.

{SIG_MURAI}""")

P2 = T("P2", _own("P2", P("murai")), jst(2026, 6, 22, 9, 15), P("murai").en_addr(), [K["alvarez"]],
       "RE: Pre-alert: HBL SLK26-04417 / KOBE - LONG BEACH / ETA 19 JUN",
       f"""Dear Jennifer,

Thank you for the quick clearance and for booking the delivery appointment for 23 June.
Please send us the POD once delivered.

{SIG_MURAI}""")

# ------------------------------------------------ intercompany (I1 -> I2 -> bec-19)

_EUB = C.EU_BANK
I1 = T("I1", Cm.mid_outlook_desktop("thread/I1", C.EU), jst(2026, 6, 24, 23, 40), P("devries").en_addr(),
       [P("sakamoto").en_addr()],
       "Intercompany invoice SLE-IC-2026-07 - management services Q2",
       f"""Dear Sakamoto-san,

Please find attached our intercompany invoice SLE-IC-2026-07 for the Q2 management services
under the intercompany services agreement.

Amount: EUR 48,000.00
Due date: 10 July 2026
Account: {_EUB['bank']}, IBAN {_EUB['iban']}, BIC {_EUB['swift']}

Kind regards,
Sanne de Vries
Finance Manager
Shiomi Logistics Europe B.V.""")

I2 = T("I2", _own("I2", P("sakamoto")), jst(2026, 6, 25, 10, 5), P("sakamoto").en_addr(), [P("devries").en_addr()],
       "RE: Intercompany invoice SLE-IC-2026-07 - management services Q2",
       f"""Dear Sanne,

Thank you. We will remit EUR 48,000.00 on 8 July (value date 9 July).

{SIG_SAKAMOTO}""")


# ---------------------------------------------------------------- quoting

def hist_outlook_ja(items):
    """Outlook (Japanese UI) history: newest first, each under a header block."""
    out = []
    for t in items:
        frm = f"{t.frm[0]} <{t.frm[1]}>"
        to = "; ".join(f"{n} <{a}>" for n, a in t.to)
        cc = "; ".join(f"{n} <{a}>" for n, a in t.cc) or None
        out.append("-----Original Message-----\n" + Cm.outlook_block_ja(t.when, frm, to, t.subject, cc)
                   + "\n\n" + t.text)
    return "\n\n".join(out)


def hist_outlook_en(items, tz=R.JST, uk=False):
    out = []
    for t in items:
        frm = f"{t.frm[0]} <{t.frm[1]}>"
        to = "; ".join(f"{n} <{a}>" for n, a in t.to)
        cc = "; ".join(f"{n} <{a}>" for n, a in t.cc) or None
        out.append("________________________________\n" + Cm.outlook_block_en(t.when, frm, to, t.subject, cc, tz, uk)
                   + "\n\n" + t.text)
    return "\n\n".join(out)


def hist_quoted_ja(items):
    """A '>'-quoted history with Japanese attribution lines (Becky!, Roundcube):
    items newest first; each attribution line stands above its quoted text."""
    block = ""
    for t in reversed(items):  # oldest inside
        inner = t.text + ("\n\n" + block if block else "")
        block = f"{Cm.ja_date(t.when)} {t.frm[0]} <{t.frm[1]}>:\n" + Cm.quote(inner)
    return block


def refs(*items):
    """References: the oldest first; In-Reply-To is the last."""
    return [t.mid for t in items]


def from_msg(m, text):
    """A message of the set as an earlier message of a thread."""
    return T(m.file, m.mid, m.when, m.frm, m.to, m.subject, text, m.cc)


def hist_quoted_en(items, tz=R.JST):
    """A '>'-quoted history with English attribution lines (Roundcube)."""
    block = ""
    for t in reversed(items):
        d = t.when.astimezone(tz)
        inner = t.text + ("\n\n" + block if block else "")
        block = (f"On {d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}, {t.frm[0]} wrote:\n"
                 + Cm.quote(inner))
    return block
