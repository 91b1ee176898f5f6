"""The vendor and intercompany threads. Each Post is one message of a thread:
some are messages of the set themselves (clean-01, 02, 03, 11, 12), the
others exist only as the quoted history and the References of later
messages."""
import banking as B
import company as C
import common as K
import local as L
from local import P, jst, after, JST, CET, PST


class Post:
    def __init__(self, key, mid, when, frm, to, subject, text, cc=(), tz=JST, parent=None):
        self.key, self.mid, self.when, self.frm, self.to = key, mid, when, frm, list(to)
        self.subject, self.text, self.cc, self.tz, self.parent = subject, text, list(cc), tz, parent

    @property
    def refs(self):
        """References of a reply to this post: the chain up to and including it."""
        chain, p = [], self
        while p:
            chain.append(p.mid)
            p = p.parent
        return chain[::-1]


def _cut(text):
    """The part of a message a reply quotes (without earlier quoted history)."""
    return text


# ---------------------------------------------------------------- T1: 信濃川パッケージ (clean-01 -> ack -> bec-14)

MATSUI = C.CONTACTS["matsui"]
_t1 = jst(2026, 11, 2, 10, 14, 22)
T1_SUBJ = "【信濃川パッケージ】10月分ご請求書送付のご案内"
T1_TEXT = f"""株式会社雪椿フーズ
管理本部 経理部 長谷川 様
（CC：購買部 山口 様）

いつも大変お世話になっております。
株式会社信濃川パッケージ 経理課の松井でございます。

2026年10月分（10月1日〜10月31日納品分）のご請求書をお送りいたします。
添付のPDFをご確認くださいますようお願い申し上げます。

　請求書番号：SPK-2610-0418
　ご請求金額：2,486,750円（税込）
　お支払期日：2026年11月30日（月）

お振込先は従来どおり下記口座でお願いいたします。
　越後みなと銀行　本店営業部　当座　3318207
　口座名義　カ）シナノガワパッケージ

原本は本日郵送いたしました。
ご不明な点がございましたらお気軽にお問い合わせください。

━━━━━━━━━━━━━━━━━━━━
株式会社信濃川パッケージ
経理課　松井 千尋
〒950-3399 新潟県新潟市北区信濃川工業町14-2
TEL 025-000-6231（代表）／FAX 025-000-6239
matsui@shinanogawa-pkg.example
━━━━━━━━━━━━━━━━━━━━"""
T1 = Post("t1", K.mid_becky("t1-invoice", _t1, "shinanogawa-pkg.example"), _t1, MATSUI,
          [P("hasegawa").ja_addr()], T1_SUBJ, T1_TEXT, cc=[P("yamaguchi").ja_addr()])

_t1a = jst(2026, 11, 2, 13, 40, 5)
T1_ACK_TEXT = f"""松井様

いつもお世話になっております。雪椿フーズ経理部の長谷川です。

10月分のご請求書（SPK-2610-0418、2,486,750円）を確かに受領いたしました。
11月30日に従来の口座へお支払いの予定です。

引き続きよろしくお願いいたします。

{L.sig_jp("hasegawa")}

{K.outlook_block_ja(_t1, "松井 千尋 <matsui@shinanogawa-pkg.example>", "長谷川 美穂 <hasegawa.miho@yukitsubaki-foods.example>", T1_SUBJ, cc="山口 彩 <yamaguchi.aya@yukitsubaki-foods.example>")}

{T1_TEXT}"""
T1_ACK = Post("t1a", K.mid_outlook_desktop("t1-ack", C.DOMAIN), _t1a, P("hasegawa").ja_addr(),
              [MATSUI], "RE: " + T1_SUBJ, T1_ACK_TEXT, cc=[P("yamaguchi").ja_addr()], parent=T1)


# ---------------------------------------------------------------- T2: 蒲原米穀 (clean-02 -> confirmation -> bec-18)

SHIBUYA = C.CONTACTS["shibuya"]
_t2 = jst(2026, 10, 13, 15, 20, 41)
T2_SUBJ = "【重要】信用金庫合併に伴うお振込先口座変更のお知らせ（蒲原米穀）"
_o, _n = C.KAMBARA_OLD, C.V["kambara"].bank
T2_TEXT = f"""株式会社雪椿フーズ
経理部　長谷川様、斎藤様

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
蒲原米穀株式会社　総務経理の渋谷でございます。

弊社の取引金融機関である蒲原信用金庫は、2026年11月24日付で
越路信用金庫と合併し「越後ひかり信用金庫」となります。
これに伴い、弊社お振込先の金融機関名・口座番号が下記のとおり変更となります。

【変更前】{_o['bank']}　{_o['branch']}　{_o['account_type']}　{_o['account']}
【変更後】{_n['bank']}　{_n['branch']}　{_n['account_type']}　{_n['account']}
　口座名義：{_n['holder']}（変更ありません）

・2026年11月24日以降のお振込みから変更後の口座をご利用ください。
・合併前の旧口座は2027年3月末まで新口座へ自動転送されます。
・同内容の書面（代表者印押印）を本日郵送いたしました。

なお、最近お取引先を装って振込先変更を依頼する詐欺メールが増えております。
念のため、お手数ですが貴社にご登録いただいている弊社代表番号
（025-000-4417）へお電話いただき、ご確認をお願いいたします。
本メールに記載の番号以外からのご連絡には応じないでください。

今後ともよろしくお願い申し上げます。

--
蒲原米穀株式会社　総務経理
渋谷 恵美
〒950-0199 新潟県新潟市江南区亀田米蔵町3-11
TEL 025-000-4417（代表）　FAX 025-000-4418
shibuya@kambara-beikoku.example"""
T2 = Post("t2", K.mid_uuid("t2-notice", "kambara-beikoku.example"), _t2, SHIBUYA,
          [P("hasegawa").ja_addr(), P("saito").ja_addr()], T2_SUBJ, T2_TEXT)

_t2c = jst(2026, 10, 14, 11, 5, 12)
T2_CONF_TEXT = f"""渋谷様

いつもお世話になっております。雪椿フーズ財務課の斎藤です。

本日、ご登録の代表番号へお電話し、渋谷様ご本人から変更内容を確認いたしました。
郵送の書面も本日到着しております。
弊社の支払マスタは11月24日以降のお支払い分から変更後の口座に切り替えます。

ご丁寧なご案内をありがとうございました。

{L.sig_jp("saito")}

{K.outlook_block_ja(_t2, "渋谷 恵美 <shibuya@kambara-beikoku.example>", "長谷川 美穂 <hasegawa.miho@yukitsubaki-foods.example>; 斎藤 大輔 <saito.daisuke@yukitsubaki-foods.example>", T2_SUBJ)}

{T2_TEXT}"""
T2_CONF = Post("t2c", K.mid_outlook_desktop("t2-conf", C.DOMAIN), _t2c, P("saito").ja_addr(), [SHIBUYA],
               "RE: " + T2_SUBJ, T2_CONF_TEXT, cc=[P("hasegawa").ja_addr()], parent=T2)


# ---------------------------------------------------------------- T3: Rheinfracht (clean-03 -> reply -> bec-15)

VOGEL = C.CONTACTS["vogel"]
_t3 = jst(2026, 11, 3, 17, 40, 9)   # 09:40 CET
T3_SUBJ = "Invoice RF-2026-10-3318 - Yukitsubaki Foods Europe GmbH - October 2026"
RF = C.V["rhein"].bank
T3_TEXT = f"""Dear Lukas,

Please find attached our invoice RF-2026-10-3318 for October 2026
(cold storage, devanning of 4 reefer containers and deliveries to
your customers in NRW and Hesse).

Invoice amount: EUR 18,942.42 (incl. 19% VAT)
Payment terms: 30 days net, due 3 December 2026

Bank details (unchanged):
Rheinuferbank eG
IBAN: {B.iban_print(RF['iban'])}
BIC: {RF['swift']}

If you have any questions about individual delivery notes, Markus Weber
in dispatch will be happy to help.

Best regards
Anna Vogel
Accounts Receivable / Debitorenbuchhaltung

Rheinfracht Kühllogistik GmbH
Industriestraße Nord 40, 50735 Köln
Phone +49 221 4710 230
anna.vogel@rheinfracht-logistik.example"""
T3 = Post("t3", L.m365_mid("t3-invoice", "rheinfracht-logistik.example", "EUR"), _t3, VOGEL,
          [P("hoffmann").en_addr()], T3_SUBJ, T3_TEXT, tz=CET)

_t3r = jst(2026, 11, 3, 22, 2, 40)  # 14:02 CET
T3_REPLY_TEXT = f"""Hi Anna,

Thanks - received and approved. It is scheduled for our payment run on
2 December.

Best regards
Lukas

{L.sig_de("hoffmann")}

{K.outlook_block_en(_t3, "Anna Vogel <anna.vogel@rheinfracht-logistik.example>", "Lukas Hoffmann <l.hoffmann@yukitsubaki-europe.example>", T3_SUBJ, tz=CET, uk=True)}

{T3_TEXT}"""
T3_REPLY = Post("t3r", K.mid_outlook_desktop("t3-reply", C.EU), _t3r, P("hoffmann").en_addr(), [VOGEL],
                "RE: " + T3_SUBJ, T3_REPLY_TEXT, tz=CET, parent=T3)


# ---------------------------------------------------------------- T4: Sierra Valley (pre-alert -> clean-11 -> thanks -> bec-17)

ORTIZ = C.CONTACTS["ortiz"]
_t4 = jst(2026, 10, 21, 0, 15, 33)  # Oct 20, 08:15 PDT
T4_SUBJ = "Shipment pre-alert PO YF-2609-114 / 2x20' non-GMO soybeans"
T4_TEXT = """Hello Tanaka-san,

Please see the pre-alert for your PO YF-2609-114:

Product: Non-GMO food grade soybeans, IOM, 2026 crop, 30 kg bags
Quantity: 2 x 20' containers, 38.4 MT net
Containers: SVLU 204417-3 / SVLU 204462-8
Vessel: MV PACIFIC LANTERN V.044W
ETD Oakland: Oct 28
ETA Niigata East Port (via Busan): Nov 21

Phytosanitary certificate, non-GMO (IP) certificate and fumigation
certificate will follow with the original documents by courier.
Commercial invoice SV-INV-50731 will be issued on shipment, payment as
usual 30 days after B/L date.

Best regards,
Daniel Ortiz
Export Coordinator
Sierra Valley Soy Ingredients, Inc.
2200 Levee Road, Woodland, CA 95776, USA
Tel (916) 555-0142"""
T4 = Post("t4", L.m365_mid("t4-prealert", "sierravalley-soy.example", "NAM"), _t4, ORTIZ,
          [P("tanaka").en_addr()], T4_SUBJ, T4_TEXT, cc=[P("okamoto").en_addr()], tz=PST)

_c11 = jst(2026, 11, 6, 9, 40, 18)  # Nov 5, 16:40 PST
C11_TEXT = f"""Hello Tanaka-san,

Update on PO YF-2609-114: the containers were rolled from the PACIFIC
LANTERN because of congestion at the Oakland terminal and are now on
MV HARBOR CRANE V.112W, which departed Oakland on Nov 3.

Revised ETA Niigata East Port (via Busan): Nov 28.

B/L date is Nov 3, so the invoice SV-INV-50731 (USD 41,280.00) will be
dated Nov 3 and due Dec 3. Nothing else changes on your side - the
documents go out by courier tomorrow and the payment details are the
same as always.

Sorry for the delay. Let me know if your warehouse needs the
container numbers again for the delivery booking.

Best regards,
Daniel Ortiz
Export Coordinator
Sierra Valley Soy Ingredients, Inc.
Tel (916) 555-0142

{K.outlook_block_en(_t4, "Daniel Ortiz <dortiz@sierravalley-soy.example>", "Makoto Tanaka <tanaka.makoto@yukitsubaki-foods.example>", T4_SUBJ, cc="Sayaka Okamoto <okamoto.sayaka@yukitsubaki-foods.example>", tz=PST)}

{T4_TEXT}"""
C11 = Post("c11", L.m365_mid("clean-11", "sierravalley-soy.example", "NAM"), _c11, ORTIZ,
           [P("tanaka").en_addr()], "RE: " + T4_SUBJ, C11_TEXT, cc=[P("okamoto").en_addr()], tz=PST, parent=T4)

_t4t = jst(2026, 11, 6, 10, 12, 3)
T4_THANKS_TEXT = f"""Hello Daniel,

Thank you for the update. Noted the new vessel and ETA Nov 28; our
warehouse will book the delivery for the week of Nov 30.

Best regards,
Makoto Tanaka
Purchasing Section, Yukitsubaki Foods Co., Ltd.
Tel +81-25-000-3142

-----Original Message-----
{K.outlook_block_en(_c11, "Daniel Ortiz <dortiz@sierravalley-soy.example>", "Makoto Tanaka <tanaka.makoto@yukitsubaki-foods.example>", "RE: " + T4_SUBJ, cc="Sayaka Okamoto <okamoto.sayaka@yukitsubaki-foods.example>", tz=JST)}

{C11_TEXT}"""
T4_THANKS = Post("t4t", K.mid_outlook_desktop("t4-thanks", C.DOMAIN), _t4t, P("tanaka").en_addr(), [ORTIZ],
                 "RE: " + T4_SUBJ, T4_THANKS_TEXT, cc=[P("okamoto").en_addr()], parent=C11)


# ---------------------------------------------------------------- T5: 日本海コールドチェーン (invoice -> ack -> bec-16)

MURAKAMI = C.CONTACTS["murakami"]
_t5 = jst(2026, 12, 1, 10, 2, 51)
T5_SUBJ = "【日本海コールドチェーン】11月度ご請求書送付のご案内"
NK = C.V["nihonkai"].bank
T5_TEXT = f"""株式会社雪椿フーズ
経理部　小池様

いつもお世話になっております。
日本海コールドチェーン株式会社　経理の村上です。

11月度の冷凍輸送・保管料のご請求書をお送りします。

　請求番号：NCC-202611-0087
　ご請求額：3,912,400円（税込）
　お支払期日：2026年12月30日

お振込先：{NK['bank']}　{NK['branch']}　{NK['account_type']}　{NK['account']}
　　　　　{NK['holder']}

よろしくお願いいたします。

日本海コールドチェーン株式会社
経理課　村上 真理
〒950-3199 新潟県新潟市北区東港冷蔵団地2-5
TEL 025-000-8852"""
T5 = Post("t5", L.m365_mid("t5-invoice", "nihonkai-coldchain.example", "APC"), _t5, MURAKAMI,
          [P("koike").ja_addr()], T5_SUBJ, T5_TEXT)

_t5a = jst(2026, 12, 1, 16, 20, 37)
T5_ACK_TEXT = f"""村上様

お世話になっております。雪椿フーズ経理部の小池です。
11月度のご請求書（NCC-202611-0087）を受領しました。
12月30日にお支払いの予定です。

{L.sig_jp("koike")}

{K.outlook_block_ja(_t5, "村上 真理 <m-murakami@nihonkai-coldchain.example>", "小池 翔太 <koike.shota@yukitsubaki-foods.example>", T5_SUBJ)}

{T5_TEXT}"""
T5_ACK = Post("t5a", K.mid_outlook_desktop("t5-ack", C.DOMAIN), _t5a, P("koike").ja_addr(), [MURAKAMI],
              "RE: " + T5_SUBJ, T5_ACK_TEXT, parent=T5)


# ---------------------------------------------------------------- T6: temperature logs (request -> clean-12)

SUDO = C.CONTACTS["sudo"]
_t6 = jst(2026, 11, 10, 14, 10, 6)
T6_SUBJ = "冷凍米飯10月出荷分の温度記録ご提供のお願い"
T6_TEXT = f"""日本海コールドチェーン株式会社
品質管理課　須藤様

いつもお世話になっております。雪椿フーズ品質保証部の関です。

来月、取引先（量販チェーン）による工場監査があり、
10月に出荷した冷凍米飯（焼きおにぎり・炒飯）の輸送中の温度記録を
確認させていただくことになりました。

お手数ですが、10月分の車両ごとの庫内温度（最高・最低）の一覧を
11月13日（金）までにいただけますでしょうか。
形式は普段の月次報告の形で構いません。

よろしくお願いいたします。

{L.sig_jp("seki")}"""
T6 = Post("t6", K.mid_outlook_desktop("t6-request", C.DOMAIN), _t6, P("seki").ja_addr(), [SUDO], T6_SUBJ,
          T6_TEXT)


# ---------------------------------------------------------------- T7: intercompany (invoice -> answer -> bec-19)

_t7 = jst(2027, 1, 12, 18, 5, 44)  # 10:05 CET
T7_SUBJ = "Intercompany invoice IC-2026-Q4 - marketing support and cost sharing"
EUB = C.EU_BANK
T7_TEXT = f"""Dear Saito-san,

Attached is our intercompany invoice IC-2026-Q4 for the Q4 2026
marketing support (listing fees and in-store promotion for the rice
cracker range at the two DACH retail chains, as agreed in the budget).

Amount: EUR 42,500.00
Due date: 29 January 2027

Please pay to our account as usual:
{EUB['bank']}
IBAN {EUB['iban']}
BIC {EUB['swift']}

Thank you and a happy new year to the treasury team!

Best regards
Katharina

{L.sig_de("wolf")}"""
T7 = Post("t7", K.mid_outlook_desktop("t7-invoice", C.EU), _t7, P("wolf").en_addr(), [P("saito").en_addr()],
          T7_SUBJ, T7_TEXT, cc=[P("homma").en_addr()], tz=CET)

_t7a = jst(2027, 1, 13, 9, 30, 15)
T7_ANS_TEXT = f"""Dear Katharina,

Thank you, and a happy new year to you as well.
IC-2026-Q4 is approved (ringi No. 2027-0012) and scheduled for payment
on 28 January, one day early because of our payment calendar.

Best regards,
Daisuke Saito
Treasury Section, Yukitsubaki Foods Co., Ltd.

{K.outlook_block_en(_t7, "Katharina Wolf <k.wolf@yukitsubaki-europe.example>", "Daisuke Saito <saito.daisuke@yukitsubaki-foods.example>", T7_SUBJ, cc="Yuko Homma <homma.yuko@yukitsubaki-foods.example>", tz=JST)}

{T7_TEXT}"""
T7_ANS = Post("t7a", K.mid_outlook_desktop("t7-answer", C.DOMAIN), _t7a, P("saito").en_addr(),
              [P("wolf").en_addr()], "RE: " + T7_SUBJ, T7_ANS_TEXT, cc=[P("homma").en_addr()], parent=T7)


# every thread post that exists only as history (for the uniqueness and ordering checks)
HISTORY_ONLY = [T1_ACK, T2_CONF, T3_REPLY, T4, T4_THANKS, T5, T5_ACK, T6, T7, T7_ANS]
