"""The fictional organisation of labeled7: 株式会社汐見ロジスティクス (Shiomi
Logistics Co., Ltd.), an international freight forwarder and customs broker
headquartered on Port Island in Kobe (本社, 神戸ポートアイランド物流センター)
with a branch in Yokohama, and its Dutch subsidiary Shiomi Logistics Europe
B.V. in Rotterdam (own domain, another address format).

Corporate address formats (no other exists):
  - Japan: {given initial}-{family}@shiomi-logi.example, lower case, Hepburn
    without long-vowel marks (大橋 誠一 -> s-ohashi, 伊東 隆之 -> t-ito).
  - Netherlands: {given}.{family, spaces removed}@shiomi-eu.example
    (Sanne de Vries -> sanne.devries, Femke van den Berg -> femke.vandenberg,
    森田 航 -> wataru.morita).
"""
import banking as B

NAME_JA = "株式会社汐見ロジスティクス"
NAME_EN = "Shiomi Logistics Co., Ltd."
EU_NAME = "Shiomi Logistics Europe B.V."
DOMAIN = "shiomi-logi.example"
EU = "shiomi-eu.example"
DOMAINS = [DOMAIN, EU]
MX = "mx1.shiomi-logi.example"
MX_IP = "192.0.2.61"
RELAY = "smtpgw.shiomi-logi.example"
RELAY_IP = "10.60.0.10"
# Read by the shared trace code (../mailgen/routes.py): the relay's DKIM selector.
RELAY_SELECTOR = "sl2026"
TRUSTED_RELAYS = [MX, RELAY]

# the organisation's own webmail (both domains), hosted in Kobe behind the relay
WEBMAIL = ("webmail.shiomi-logi.example", "10.60.0.21")
# internal applications that send mail through the relay
JINJI_PORTAL = ("jinji.shiomi-logi.example", "10.60.5.11")    # Japan HR / payroll portal (給与明細, 住民税, マイナンバー)
NL_HR_PORTAL = ("hr-nl.shiomi-logi.example", "10.60.5.12")    # Dutch payroll self-service (loonstroken, jaaropgaven)

SITES = {"61": ("kbe", "本社 (神戸市中央区港島)"), "62": ("ykh", "横浜支店"),
         "63": ("plc", "神戸ポートアイランド物流センター"), "64": ("rtm", "Rotterdam office (VPN)")}


def pc_name(ip):
    """A workstation's host name: 10.61/16 the Kobe head office, 10.62/16 the
    Yokohama branch, 10.63/16 the Port Island logistics centre, 10.64/16 the
    Rotterdam office over the VPN."""
    site = SITES[ip.split(".")[1]][0]
    a, b = ip.split(".")[2:]
    return f"{site}-pc{int(a):02d}{int(b):03d}.ad.shiomi-logi.example"


# key, family, given, family_latin, given_latin, title, personal, executive, site
_ROWS = [
    ("ohashi", "大橋", "誠一", "Ohashi", "Seiichi", "代表取締役社長", "", True, "jp"),
    ("kato", "加藤", "由紀子", "Kato", "Yukiko", "取締役副社長", "", True, "jp"),
    ("ito", "伊東", "隆之", "Ito", "Takayuki", "専務取締役 管理本部長", "", True, "jp"),
    ("sano", "佐野", "浩二", "Sano", "Koji", "常務取締役 営業本部長", "", True, "jp"),
    ("nakagawa", "中川", "恵子", "Nakagawa", "Keiko", "管理本部 経理部長", "", False, "jp"),
    ("yamamoto", "山本", "彩", "Yamamoto", "Aya", "管理本部 経理部 支払担当",
     "aya.yamamoto.example@yahoo.co.jp", False, "jp"),
    ("nishida", "西田", "翔", "Nishida", "Sho", "管理本部 経理部 支払担当", "", False, "jp"),
    ("sakamoto", "坂本", "大輝", "Sakamoto", "Daiki", "管理本部 経理部 財務課長", "", False, "jp"),
    ("okada", "岡田", "修", "Okada", "Osamu", "管理本部 人事総務部長", "", False, "jp"),
    ("fujii", "藤井", "真由美", "Fujii", "Mayumi", "管理本部 人事総務部 給与・社会保険担当", "", False, "jp"),
    ("miura", "三浦", "直子", "Miura", "Naoko", "管理本部 人事総務部 総務課", "", False, "jp"),
    ("ono", "小野", "優子", "Ono", "Yuko", "社長室 秘書", "yuko.ono.example@icloud.com", False, "jp"),
    ("inoue", "井上", "直樹", "Inoue", "Naoki", "経営企画室長", "", False, "jp"),
    ("takagi", "高木", "聡", "Takagi", "Satoshi", "法務・コンプライアンス室長", "", False, "jp"),
    ("matsumoto", "松本", "拓海", "Matsumoto", "Takumi", "管理本部 情報システム課長", "", False, "jp"),
    ("murai", "村井", "誠", "Murai", "Makoto", "海上輸出部 輸出一課長", "", False, "jp"),
    ("ishikawa", "石川", "あゆみ", "Ishikawa", "Ayumi", "通関部 通関士", "", False, "jp"),
    ("yoshida", "吉田", "健", "Yoshida", "Ken", "航空貨物部 輸入課", "", False, "jp"),
    ("hasegawa", "長谷川", "亮", "Hasegawa", "Ryo", "営業部 営業一課",
     "ryo.hasegawa.example@gmail.com", False, "jp"),
    ("noguchi", "野口", "美咲", "Noguchi", "Misaki", "営業部 カスタマーサービス課", "", False, "jp"),
    ("shimizu", "清水", "雅人", "Shimizu", "Masato", "横浜支店長", "", False, "jp"),
    ("kudo", "工藤", "さやか", "Kudo", "Sayaka", "横浜支店 業務課", "", False, "jp"),
    ("tamura", "田村", "勝", "Tamura", "Masaru", "神戸ポートアイランド物流センター長", "", False, "jp"),
    ("ueda", "上田", "大介", "Ueda", "Daisuke", "神戸ポートアイランド物流センター 倉庫主任",
     "daisuke.ueda.example@outlook.jp", False, "jp"),
    ("morita", "森田", "航", "Morita", "Wataru", "Managing Director - Shiomi Logistics Europe B.V.",
     "", True, "eu"),
    ("aoki", "青木", "里奈", "Aoki", "Rina", "Sales Manager - Shiomi Logistics Europe B.V.", "", False, "eu"),
    ("devries", "de Vries", "Sanne", "de Vries", "Sanne", "Finance Manager - Shiomi Logistics Europe B.V.",
     "", False, "eu"),
    ("jansen", "Jansen", "Lotte", "Jansen", "Lotte", "Accounts Payable - Shiomi Logistics Europe B.V.", "",
     False, "eu"),
    ("vandenberg", "van den Berg", "Femke", "van den Berg", "Femke",
     "HR & Office Manager - Shiomi Logistics Europe B.V.", "", False, "eu"),
    ("bakker", "Bakker", "Daan", "Bakker", "Daan", "Operations Manager - Shiomi Logistics Europe B.V.", "",
     False, "eu"),
    ("yilmaz", "Yilmaz", "Mehmet", "Yilmaz", "Mehmet", "Customs Declarant - Shiomi Logistics Europe B.V.", "",
     False, "eu"),
    ("visser", "Visser", "Joost", "Visser", "Joost", "Warehouse Supervisor - Shiomi Logistics Europe B.V.",
     "joost.visser.example@gmail.com", False, "eu"),
    ("hendriks", "Hendriks", "Noor", "Hendriks", "Noor",
     "Executive Assistant to the Managing Director - Shiomi Logistics Europe B.V.",
     "noor.hendriks.example@gmail.com", False, "eu"),
]


class Person:
    def __init__(self, row):
        (self.key, self.family, self.given, self.family_latin, self.given_latin,
         self.title, personal, self.executive, self.site) = row
        self.personal = [p for p in personal.split(";") if p]
        self.japanese = self.family != self.family_latin
        fam = self.family_latin.lower().replace(" ", "")
        giv = self.given_latin.lower().replace(" ", "")
        if self.site == "jp":
            self.email = f"{giv[0]}-{fam}@{DOMAIN}"
        else:
            self.email = f"{giv}.{fam}@{EU}"

    @property
    def ja(self):
        """As a Japanese mailer shows the name: 大橋 誠一."""
        return f"{self.family} {self.given}" if self.japanese else self.en

    @property
    def en(self):
        """As the person writes it in English: Seiichi Ohashi, Femke van den Berg."""
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


# ---------------------------------------------------------------- Dutch account numbers

def elfproef(nine):
    """A 10-digit Dutch account number (leading 0 + 9 digits given minus the
    last, completed so that the old eleven-test holds), as Dutch IBANs carry."""
    base = "0" + nine[:8]
    for last in "0123456789":
        acct = base + last
        if sum(int(d) * w for d, w in zip(acct, range(10, 0, -1))) % 11 == 0:
            return acct
    return elfproef(nine[:7] + str((int(nine[7]) + 1) % 10) + nine[8:])


def nl_iban(bank4, nine):
    return B.iban("NL", bank4 + elfproef(nine))


# ---------------------------------------------------------------- vendors and partners

class Vendor:
    def __init__(self, key, name, domains, bank=None, comment=None, **info):
        self.key, self.name, self.domains, self.bank, self.comment = key, name, domains, bank, comment
        self.__dict__.update(info)

    @property
    def domain(self):
        return self.domains[0]


VANLEEUWEN_IBAN = nl_iban("MRVB", "418306527")
PACIFIC_ROUTING = B.aba("12210784")

# ベイサイド倉庫's account before its announced change (clean-02); no longer on file
BAYSIDE_OLD = dict(bank="京浜第一銀行", branch="関内支店", account_type="普通", account="0813364",
                   holder="カ）ベイサイドソウコ")

VENDORS = [
    Vendor("rokko", "株式会社六甲トランスポート", ["rokko-transport.example"],
           dict(bank="須磨浦銀行", branch="三宮支店", account_type="当座", account="4471208",
                holder="カ）ロッコウトランスポート"),
           comment="drayage and trucking contractor in Kobe (コンテナ横持ち・ドレージ); invoices on the 1st, "
                   "paid at the end of the month",
           server="mail.rokko-transport.example", ip="203.0.113.71",
           webmail="webmail.rokko-transport.example", office_ip="203.0.113.74"),
    Vendor("bayside", "株式会社ベイサイド倉庫", ["bayside-soko.example"],
           dict(bank="横浜本牧信用金庫", branch="山下町支店", account_type="普通", account="2290815",
                holder="カ）ベイサイドソウコ"),
           comment="bonded warehouse partner of the Yokohama branch (保税蔵置・保管・荷役); account changed "
                   "for payments from the end of June 2026 on (notice and letter of 2026-05-11, confirmed by "
                   "a call to the number on file), the new one is on file",
           server="smtp.bayside-soko.example", ip="198.51.100.88", office_ip="198.51.100.91"),
    Vendor("vanleeuwen", "Van Leeuwen Transport B.V.", ["vanleeuwen-transport.example"],
           dict(bank="Maasrivier Bank N.V.", iban=VANLEEUWEN_IBAN, swift="MRVBNL2R"),
           comment="Rotterdam haulier: container trucking Maasvlakte - hinterland for the Dutch subsidiary; "
                   "invoices in EUR",
           tenant="vanleeuwen-transport.example"),
    Vendor("pacific", "Pacific Crest Logistics, Inc.", ["pacificcrest-logistics.example"],
           dict(bank="Harborline National Bank", account_type="checking", routing=PACIFIC_ROUTING,
                account="4410078236"),
           comment="US destination agent in Long Beach, CA (customs clearance and delivery of the Kobe "
                   "export shipments); invoices in USD",
           tenant="pacificcrest-logistics.example"),
    Vendor("kitanozaka", "弁護士法人 北野坂総合法律事務所", ["kitanozaka-law.example"], None,
           comment="outside counsel (corporate and M&A, cargo claims, labour); no payment details on file",
           server="mail.kitanozaka-law.example", ip="203.0.113.140"),
    Vendor("sekkai", "株式会社摂海銀行", ["sekkai-bank.example"], None,
           comment="the company's main bank; its notices come from this domain",
           server="mta01.sekkai-bank.example", ip="198.51.100.210"),
]
V = {v.key: v for v in VENDORS}


def _yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def org_yaml():
    out = [
        f"# labeled7 evaluation set: {NAME_JA} ({NAME_EN}) and {EU_NAME}",
        "# Everything here is fictional.",
        "# Corporate addresses: {given initial}-{family}@shiomi-logi.example (Japan, e.g.",
        "# s-ohashi@shiomi-logi.example) and {given}.{family}@shiomi-eu.example",
        "# (Rotterdam, family name without spaces, e.g. femke.vandenberg@shiomi-eu.example).",
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

# the Dutch subsidiary's own account (intercompany settlements with Kobe)
EU_BANK = dict(bank="Noordzee Handelsbank N.V.", iban=nl_iban("NZHB", "551204739"), swift="NZHBNL2R")

# the vendors' people who write in the set
CONTACTS = {
    "kawai": ("河合 千尋", "kawai@rokko-transport.example"),          # 六甲トランスポート 経理課
    "iwasaki": ("岩崎 由美", "iwasaki@bayside-soko.example"),         # ベイサイド倉庫 経理部
    "oda": ("小田 剛", "oda@bayside-soko.example"),                   # ベイサイド倉庫 倉庫業務課
    "degraaf": ("Marloes de Graaf", "m.degraaf@vanleeuwen-transport.example"),
    "alvarez": ("Jennifer Alvarez", "jalvarez@pacificcrest-logistics.example"),
    "pcl_ar": ("Pacific Crest Accounts Receivable", "ar@pacificcrest-logistics.example"),
    "maeda": ("前田 隆", "t.maeda@kitanozaka-law.example"),           # 北野坂総合法律事務所 弁護士
}
