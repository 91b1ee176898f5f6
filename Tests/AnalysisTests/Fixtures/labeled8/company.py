"""The fictional organisation of labeled8: 株式会社雪椿フーズ (Yukitsubaki Foods
Co., Ltd.), a food manufacturer (rice crackers, miso, frozen rice dishes)
headquartered in Niigata City, with its factory in Shibata, a sales office in
Tokyo (Nihonbashi), and its German subsidiary Yukitsubaki Foods Europe GmbH in
Cologne (own domain, another address format).

Corporate address formats (no other exists):
  - Japan: {family}.{given}@yukitsubaki-foods.example, lower case, Hepburn
    without long-vowel marks (五十嵐 正和 -> igarashi.masakazu, 大野 浩 -> ono.hiroshi,
    本間 裕子 -> homma.yuko).
  - Germany: {given initial}.{family}@yukitsubaki-europe.example, umlauts
    written ae/oe/ue and ß as ss (Sabine Krüger -> s.krueger, 小林 健太 -> k.kobayashi).
"""
import banking as B

NAME_JA = "株式会社雪椿フーズ"
NAME_EN = "Yukitsubaki Foods Co., Ltd."
EU_NAME = "Yukitsubaki Foods Europe GmbH"
DOMAIN = "yukitsubaki-foods.example"
EU = "yukitsubaki-europe.example"
DOMAINS = [DOMAIN, EU]
MX = "mx01.yukitsubaki-foods.example"
MX_IP = "192.0.2.25"
RELAY = "relay01.yukitsubaki-foods.example"
RELAY_IP = "10.20.0.25"
# Read by the shared trace code (../mailgen/routes.py): the relay's DKIM selector.
RELAY_SELECTOR = "yf2026"
TRUSTED_RELAYS = [MX, RELAY]
# DMARC policies the two domains publish
DMARC_JP = "reject"
DMARC_EU = "quarantine"

# the organisation's own webmail (both domains), in the Niigata data room behind the relay
WEBMAIL = ("webmail.yukitsubaki-foods.example", "10.20.0.31")
# internal applications that send mail through the relay
JINJI_PORTAL = ("jinji.yukitsubaki-foods.example", "10.20.5.11")     # Japan HR / payroll portal (給与明細, 源泉徴収票, 年末調整, マイナンバー)
DE_HR_PORTAL = ("personal-de.yukitsubaki-foods.example", "10.20.5.12")  # German payroll self-service (Entgeltabrechnung, Lohnsteuerbescheinigung)
BENEFIT_PORTAL = ("fukuri.yukitsubaki-foods.example", "10.20.5.14")  # Japan staff benefits points (健康ポイント)

SITES = {"21": ("ngt", "本社 (新潟市中央区)"), "22": ("sbt", "新発田工場"),
         "23": ("tky", "東京営業所 (日本橋)"), "24": ("cgn", "Köln office (VPN)")}


def pc_name(ip):
    """A workstation's host name: 10.21/16 the Niigata head office, 10.22/16
    the Shibata factory, 10.23/16 the Tokyo sales office, 10.24/16 the Cologne
    office over the VPN."""
    site = SITES[ip.split(".")[1]][0]
    a, b = ip.split(".")[2:]
    return f"{site}-nb{int(a):02d}{int(b):03d}.corp.yukitsubaki-foods.example"


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": ""})

# key, family, given, family_latin, given_latin, title, personal, executive, site, japanese
_ROWS = [
    ("igarashi", "五十嵐", "正和", "Igarashi", "Masakazu", "代表取締役社長", "", True, "jp"),
    ("ono", "大野", "浩", "Ono", "Hiroshi", "専務取締役 管理本部長", "", True, "jp"),
    ("sato", "佐藤", "伸一", "Sato", "Shinichi", "常務取締役 営業本部長", "", True, "jp"),
    ("watanabe", "渡辺", "和也", "Watanabe", "Kazuya", "取締役 製造本部長", "", True, "jp"),
    ("homma", "本間", "裕子", "Homma", "Yuko", "管理本部 経理部長", "", False, "jp"),
    ("hasegawa", "長谷川", "美穂", "Hasegawa", "Miho", "管理本部 経理部 支払担当",
     "miho.hasegawa.example@yahoo.co.jp", False, "jp"),
    ("koike", "小池", "翔太", "Koike", "Shota", "管理本部 経理部 支払担当", "", False, "jp"),
    ("saito", "斎藤", "大輔", "Saito", "Daisuke", "管理本部 経理部 財務課長", "", False, "jp"),
    ("ishida", "石田", "修", "Ishida", "Osamu", "管理本部 人事総務部長", "", False, "jp"),
    ("abe", "阿部", "真由美", "Abe", "Mayumi", "管理本部 人事総務部 給与・社会保険担当", "", False, "jp"),
    ("kondo", "近藤", "直子", "Kondo", "Naoko", "管理本部 人事総務部 総務課", "", False, "jp"),
    ("endo", "遠藤", "優子", "Endo", "Yuko", "社長室 秘書", "yuko.endo.example@icloud.com", False, "jp"),
    ("maruyama", "丸山", "直樹", "Maruyama", "Naoki", "経営企画室長", "", False, "jp"),
    ("takahashi", "高橋", "聡", "Takahashi", "Satoshi", "法務・コンプライアンス室長", "", False, "jp"),
    ("matsuda", "松田", "拓海", "Matsuda", "Takumi", "管理本部 情報システム課長", "", False, "jp"),
    ("seki", "関", "美紀", "Seki", "Miki", "品質保証部長", "", False, "jp"),
    ("hoshino", "星野", "亮介", "Hoshino", "Ryosuke", "研究開発室 主任研究員", "", False, "jp"),
    ("tanaka", "田中", "誠", "Tanaka", "Makoto", "購買部 購買課長", "", False, "jp"),
    ("yamaguchi", "山口", "彩", "Yamaguchi", "Aya", "購買部 購買課", "", False, "jp"),
    ("ogawa", "小川", "勝", "Ogawa", "Masaru", "新発田工場長", "", False, "jp"),
    ("ueno", "上野", "大介", "Ueno", "Daisuke", "新発田工場 製造課 主任",
     "daisuke.ueno.example@outlook.jp", False, "jp"),
    ("sasaki", "佐々木", "恵", "Sasaki", "Megumi", "新発田工場 工場事務", "", False, "jp"),
    ("fujita", "藤田", "雅之", "Fujita", "Masayuki", "東京営業所長", "", False, "jp"),
    ("nakamura", "中村", "亮", "Nakamura", "Ryo", "東京営業所 営業課",
     "ryo.nakamura.example@gmail.com", False, "jp"),
    ("okamoto", "岡本", "さやか", "Okamoto", "Sayaka", "海外事業部 輸出課", "", False, "jp"),
    ("kobayashi", "小林", "健太", "Kobayashi", "Kenta",
     "Managing Director (Geschäftsführer) - Yukitsubaki Foods Europe GmbH", "", True, "de"),
    ("morimoto", "森本", "千尋", "Morimoto", "Chihiro", "Key Account Manager - Yukitsubaki Foods Europe GmbH",
     "", False, "de"),
    ("wolf", "Wolf", "Katharina", "Wolf", "Katharina", "Head of Finance - Yukitsubaki Foods Europe GmbH", "",
     False, "de"),
    ("hoffmann", "Hoffmann", "Lukas", "Hoffmann", "Lukas", "Accounts Payable - Yukitsubaki Foods Europe GmbH",
     "", False, "de"),
    ("krueger", "Krüger", "Sabine", "Krüger", "Sabine", "HR & Office Manager - Yukitsubaki Foods Europe GmbH",
     "", False, "de"),
    ("becker", "Becker", "Jonas", "Becker", "Jonas", "Sales Manager DACH - Yukitsubaki Foods Europe GmbH", "",
     False, "de"),
    ("demir", "Demir", "Murat", "Demir", "Murat", "Logistics Coordinator - Yukitsubaki Foods Europe GmbH", "",
     False, "de"),
    ("schmitt", "Schmitt", "Lea", "Schmitt", "Lea",
     "Assistant to the Managing Director - Yukitsubaki Foods Europe GmbH",
     "lea.schmitt.example@gmail.com", False, "de"),
    ("schulz", "Schulz", "Tim", "Schulz", "Tim", "Warehouse & Customer Service - Yukitsubaki Foods Europe GmbH",
     "", False, "de"),
]

_JAPANESE = {"kobayashi", "morimoto"}


class Person:
    def __init__(self, row):
        (self.key, self.family, self.given, self.family_latin, self.given_latin,
         self.title, personal, self.executive, self.site) = row
        self.personal = [p for p in personal.split(";") if p]
        self.japanese = self.site == "jp" or self.key in _JAPANESE
        fam = self.family_latin.lower().translate(_TRANSLIT)
        giv = self.given_latin.lower().translate(_TRANSLIT)
        if self.site == "jp":
            self.email = f"{fam}.{giv}@{DOMAIN}"
        else:
            self.email = f"{giv[0]}.{fam}@{EU}"

    @property
    def ja(self):
        """As a Japanese mailer shows the name: 五十嵐 正和."""
        return f"{self.family} {self.given}" if self.japanese else self.en

    @property
    def en(self):
        """As the person writes it in English: Masakazu Igarashi, Sabine Krüger."""
        return f"{self.given_latin} {self.family_latin}"

    def ja_addr(self):
        return (self.ja, self.email)

    def en_addr(self):
        return (self.en, self.email)


PEOPLE = {r[0]: Person(r) for r in _ROWS}
assert len({p.email for p in PEOPLE.values()}) == len(PEOPLE)


def P(key):
    return PEOPLE[key]


def employees_csv():
    head = "email,family_name,given_name,family_name_latin,given_name_latin,title,personal_emails,executive"
    rows = [head]
    for p in PEOPLE.values():
        cells = [p.email, p.family, p.given, p.family_latin, p.given_latin, p.title,
                 ";".join(p.personal), "true" if p.executive else "false"]
        rows.append(",".join(f'"{c}"' if ("," in c or '"' in c) else c for c in cells))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- vendors and partners

class Vendor:
    def __init__(self, key, name, domains, bank=None, comment=None, **info):
        self.key, self.name, self.domains, self.bank, self.comment = key, name, domains, bank, comment
        self.__dict__.update(info)

    @property
    def domain(self):
        return self.domains[0]


RHEIN_IBAN = B.iban("DE", "37069921" + "0041827715")
SIERRA_ROUTING = B.aba("12104427")

# 蒲原米穀's account before the merger of its credit union (clean-02); no longer on file
KAMBARA_OLD = dict(bank="蒲原信用金庫", branch="亀田支店", account_type="普通", account="1047752",
                   holder="カンバラベイコク（カ")

VENDORS = [
    Vendor("shinano", "株式会社信濃川パッケージ", ["shinanogawa-pkg.example"],
           dict(bank="越後みなと銀行", branch="本店営業部", account_type="当座", account="3318207",
                holder="カ）シナノガワパッケージ"),
           comment="packaging film, trays and cartons for the Shibata factory; invoices at the start of "
                   "the month, paid at the end of the month",
           server="mail.shinanogawa-pkg.example", ip="203.0.113.44",
           webmail="webmail.shinanogawa-pkg.example", office_ip="203.0.113.46"),
    Vendor("kambara", "蒲原米穀株式会社", ["kambara-beikoku.example"],
           dict(bank="越後ひかり信用金庫", branch="亀田支店", account_type="普通", account="6047752",
                holder="カンバラベイコク（カ"),
           comment="rice (うるち米, もち米) for rice crackers and frozen rice; its credit union merged on "
                   "2026-11-24 (account number and bank changed, announced on 2026-10-13 by mail and letter, "
                   "confirmed by a call to the number on file), the new account is on file",
           server="smtp.kambara-beikoku.example", ip="198.51.100.57", office_ip="198.51.100.60"),
    Vendor("nihonkai", "日本海コールドチェーン株式会社", ["nihonkai-coldchain.example"],
           dict(bank="日本海みらい銀行", branch="東港支店", account_type="普通", account="2280431",
                holder="ニホンカイコールドチェーン（カ"),
           comment="refrigerated and frozen transport and storage from Shibata to the Kanto and Kansai "
                   "warehouses; monthly invoices",
           tenant="nihonkai-coldchain.example"),
    Vendor("rhein", "Rheinfracht Kühllogistik GmbH", ["rheinfracht-logistik.example"],
           dict(bank="Rheinuferbank eG", iban=RHEIN_IBAN, swift="RUFBDE3KXXX"),
           comment="refrigerated warehouse and haulage in Cologne-Niehl for the German subsidiary "
                   "(container devanning, storage, deliveries to retailers in DACH); invoices in EUR",
           tenant="rheinfracht-logistik.example"),
    Vendor("sierra", "Sierra Valley Soy Ingredients, Inc.", ["sierravalley-soy.example"],
           dict(bank="Sacramento Plains National Bank", account_type="checking", routing=SIERRA_ROUTING,
                account="7300418852"),
           comment="non-GMO soybeans for the miso line, shipped in containers from Oakland to Niigata; "
                   "invoices in USD",
           tenant="sierravalley-soy.example"),
    Vendor("hakusan", "弁護士法人 白山総合法律事務所", ["hakusan-law.example"], None,
           comment="outside counsel (corporate and M&A, product liability, labour); no payment details on file",
           server="mail.hakusan-law.example", ip="203.0.113.150"),
    Vendor("minato", "株式会社越後みなと銀行", ["echigo-minato-bank.example"], None,
           comment="the company's main bank; its notices come from this domain",
           server="mta01.echigo-minato-bank.example", ip="198.51.100.220"),
]
V = {v.key: v for v in VENDORS}

# the German subsidiary's own account (intercompany settlements with Niigata; not a vendor)
EU_BANK = dict(bank="Domstadt Bank AG", iban=B.iban("DE", "37040088" + "0620554100"), swift="DOMBDEDKXXX")


def _yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def org_yaml():
    out = [
        f"# labeled8 evaluation set: {NAME_JA} ({NAME_EN}) and {EU_NAME}",
        "# Everything here is fictional.",
        "# Corporate addresses: {family}.{given}@yukitsubaki-foods.example (Japan, e.g.",
        "# igarashi.masakazu@yukitsubaki-foods.example) and {given initial}.{family}@yukitsubaki-europe.example",
        "# (Cologne, umlauts as ae/oe/ue, e.g. s.krueger@yukitsubaki-europe.example).",
        "organization:",
        f"  name: {_yaml_str(NAME_EN)}",
        f"  domains: [{', '.join(DOMAINS)}]",
        "directory: employees.csv",
        f"trusted_relays: [{', '.join(TRUSTED_RELAYS)}]",
        f"authserv_ids: [{MX}]",
        "# Suppliers and partners, with the payment details on file.",
        "vendors:",
    ]
    for v in VENDORS:
        if v.comment:
            out.append(f"  # {v.comment}")
        out.append(f"  - name: {_yaml_str(v.name)}")
        out.append(f"    domains: [{', '.join(v.domains)}]")
        if v.bank:
            out.append("    bank:")
            for k in ("bank", "branch", "account_type", "account", "holder", "routing", "iban", "swift"):
                if k in v.bank:
                    out.append(f"      {k}: {_yaml_str(v.bank[k])}")
    return "\n".join(out) + "\n"


# the vendors' people who write in the set
CONTACTS = {
    "matsui": ("松井 千尋", "matsui@shinanogawa-pkg.example"),           # 信濃川パッケージ 経理課
    "kimura": ("木村 健", "kimura@shinanogawa-pkg.example"),             # 信濃川パッケージ 営業部
    "shibuya": ("渋谷 恵美", "shibuya@kambara-beikoku.example"),         # 蒲原米穀 総務経理
    "murakami": ("村上 真理", "m-murakami@nihonkai-coldchain.example"),  # 日本海コールドチェーン 経理
    "sudo": ("須藤 圭", "k-sudo@nihonkai-coldchain.example"),            # 日本海コールドチェーン 品質管理
    "vogel": ("Anna Vogel", "anna.vogel@rheinfracht-logistik.example"),
    "weber": ("Markus Weber", "markus.weber@rheinfracht-logistik.example"),
    "nguyen": ("Rachel Nguyen", "rnguyen@sierravalley-soy.example"),
    "ortiz": ("Daniel Ortiz", "dortiz@sierravalley-soy.example"),
    "sakai": ("坂井 亮", "r.sakai@hakusan-law.example"),                 # 白山総合法律事務所 弁護士
}
