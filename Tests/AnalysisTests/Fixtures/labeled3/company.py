"""The fictional organisation of labeled3: 若葉化学工業株式会社
(Wakaba Chemical Industries Co., Ltd.), a specialty-chemicals maker in
Kawasaki with a US sales subsidiary (Wakaba Chemical America, Houston) whose
staff also have mailboxes on the parent's domain.

Corporate address format: {given}.{family}@wakaba-chem.example in lower-case
Hepburn romaji without long-vowel marks (小松 大介 -> daisuke.komatsu,
河野 直樹 -> naoki.kono, 太田 早紀 -> saki.ota). No other format exists.
"""
import banking as B

NAME_JA = "若葉化学工業株式会社"
NAME_EN = "Wakaba Chemical Industries Co., Ltd."
DOMAIN = "wakaba-chem.example"
DOMAINS = [DOMAIN]
MX = "mx.wakaba-chem.example"
MX_IP = "192.0.2.10"
SMTP = "smtp.wakaba-chem.example"
SMTP_IP = "10.10.0.25"
TRUSTED_RELAYS = [MX, SMTP]
# Read by the shared trace code (../mailgen/trace.py): the outgoing relay and its DKIM selector.
RELAY, RELAY_IP, RELAY_SELECTOR = SMTP, SMTP_IP, "wk2025"


def pc_name(ip):
    """An employee PC's host name (10.20.0.0/16)."""
    a, b = ip.split(".")[2:]
    return f"wk-pc{int(a):02d}{int(b):03d}.corp.wakaba-chem.example"

# key: family, given, family_latin, given_latin, title, personal, executive
_ROWS = [
    ("morita", "森田", "健一", "Morita", "Kenichi", "代表取締役社長 (CEO)", "", True),
    ("takagi", "高木", "真理子", "Takagi", "Mariko", "取締役 CFO 管理本部長", "", True),
    ("ishii", "石井", "誠", "Ishii", "Makoto", "常務取締役 COO", "", True),
    ("nishimura", "西村", "浩", "Nishimura", "Hiroshi", "取締役 研究開発本部長", "", True),
    ("fukuda", "福田", "綾", "Fukuda", "Aya", "執行役員 法務部長 (General Counsel)", "", True),
    ("hara", "原", "恵美", "Hara", "Emi", "経理部長", "", False),
    ("fujii", "藤井", "拓海", "Fujii", "Takumi", "経理部 財務課 主任", "", False),
    ("komatsu", "小松", "大介", "Komatsu", "Daisuke", "経理部 買掛金担当",
     "daisuke.k.example@gmail.com", False),
    ("yamamoto", "山本", "葵", "Yamamoto", "Aoi", "経理部 買掛金担当",
     "aoi_yamamoto_example@yahoo.co.jp", False),
    ("murata", "村田", "剛", "Murata", "Tsuyoshi", "人事部長", "", False),
    ("okamoto", "岡本", "由紀", "Okamoto", "Yuki", "人事部 給与担当",
     "yuki.okamoto.example@icloud.com", False),
    ("sakamoto", "坂本", "翼", "Sakamoto", "Tsubasa", "購買部 課長", "", False),
    ("uchida", "内田", "美穂", "Uchida", "Miho", "購買部 担当", "", False),
    ("nakajima", "中島", "亮介", "Nakajima", "Ryosuke", "営業部 課長", "", False),
    ("onishi", "大西", "陽介", "Onishi", "Yosuke", "営業部 担当",
     "yosuke.onishi.example@gmail.com", False),
    ("ota", "太田", "早紀", "Ota", "Saki", "社長室 秘書", "", False),
    ("noguchi", "野口", "翔", "Noguchi", "Sho", "情報システム部 課長", "", False),
    ("matsui", "松井", "千夏", "Matsui", "Chinatsu", "総務部 担当", "", False),
    ("sakurai", "桜井", "拓也", "Sakurai", "Takuya", "研究開発部 主任研究員", "", False),
    ("kono", "河野", "直樹", "Kono", "Naoki", "製造部長", "", False),
    ("sano", "佐野", "瑞穂", "Sano", "Mizuho", "法務部 担当", "", False),
    ("brooks", "Brooks", "Daniel", "Brooks", "Daniel",
     "Controller (accounts payable) - Wakaba Chemical America", "", False),
    ("carter", "Carter", "Emily", "Carter", "Emily", "Sales Manager - Wakaba Chemical America",
     "emily.carter.example@gmail.com", False),
    ("ortiz", "Ortiz", "Jennifer", "Ortiz", "Jennifer", "HR & Payroll Specialist - Wakaba Chemical America",
     "", False),
    ("walsh", "Walsh", "Kevin", "Walsh", "Kevin", "Field Application Engineer - Wakaba Chemical America",
     "", False),
]


class Person:
    def __init__(self, row):
        (self.key, self.family, self.given, self.family_latin, self.given_latin,
         self.title, personal, self.executive) = row
        self.personal = [p for p in personal.split(";") if p]
        self.email = f"{self.given_latin.lower()}.{self.family_latin.lower()}@{DOMAIN}"
        self.japanese = self.family != self.family_latin

    @property
    def ja(self):
        """As a Japanese mailer shows the name: 森田 健一."""
        return f"{self.family} {self.given}" if self.japanese else self.en

    @property
    def en(self):
        """Western order: Kenichi Morita."""
        return f"{self.given_latin} {self.family_latin}"

    def ja_addr(self):
        return (self.ja, self.email)

    def en_addr(self):
        return (self.en, self.email)


PEOPLE = {r[0]: Person(r) for r in _ROWS}


def P(key):
    return PEOPLE[key]


def employees_csv():
    head = "email,family_name,given_name,family_name_latin,given_name_latin,title,personal_emails,executive"
    rows = [head]
    for p in PEOPLE.values():
        cells = [p.email, p.family, p.given, p.family_latin, p.given_latin, p.title,
                 ";".join(p.personal), "true" if p.executive else "false"]
        rows.append(",".join(f'"{c}"' if "," in c else c for c in cells))
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- vendors and partners

class Vendor:
    def __init__(self, key, name, domains, bank=None, comment=None, **info):
        self.key, self.name, self.domains, self.bank, self.comment = key, name, domains, bank, comment
        self.__dict__.update(info)

    @property
    def domain(self):
        return self.domains[0]


NORTHWIND_IBAN = B.iban("GB", "EXBK40512031448207")
PACIFIC_ROUTING = B.aba("11190472")

VENDORS = [
    Vendor("midori", "株式会社ミドリ物流", ["midori-butsuryu.example"],
           dict(bank="しらなみ銀行", branch="港南支店", account_type="普通", account="3815527",
                holder="カ）ミドリブツリユウ"),
           comment="logistics (domestic transport and warehousing)",
           server="mail.midori-butsuryu.example", ip="203.0.113.25",
           webmail="webmail.midori-butsuryu.example"),
    Vendor("marusei", "丸星化成株式会社", ["marusei-kasei.example"],
           dict(bank="東和みらい銀行", branch="川崎支店", account_type="当座", account="0456781",
                holder="マルセイカセイ（カ"),
           comment="raw-material supplier (solvents, resins)",
           server="mx01.marusei-kasei.example", ip="198.51.100.40"),
    Vendor("chigusa", "株式会社千草包装", ["chigusa-hoso.example"],
           dict(bank="ひばり野信用金庫", branch="本店営業部", account_type="普通", account="2047719",
                holder="カ）チグサホウソウ"),
           comment="packaging (drums, IBC totes, labels)",
           server="smtp.chigusa-hoso.example", ip="203.0.113.71"),
    Vendor("northwind", "Northwind Components Ltd.", ["northwind-components.example"],
           dict(bank="Example Bank plc", iban=NORTHWIND_IBAN, swift="EXBKGB2L"),
           comment="UK supplier of pumps, seals and dosing components",
           server="mail.northwind-components.example", ip="198.51.100.12"),
    Vendor("pacific", "Pacific Valve & Pump Inc.", ["pacificvalve.example"],
           dict(bank="First Harbor Bank, N.A.", account_type="checking", routing=PACIFIC_ROUTING,
                account="4471902385", swift="FHBKUS44"),
           comment="US supplier to Wakaba Chemical America (valves, pumps)",
           server="smtp.pacificvalve.example", ip="198.51.100.88"),
    Vendor("sakurazaka", "桜坂総合法律事務所", ["sakurazaka-law.example"], None,
           comment="outside counsel (corporate, contracts); no payment details on file",
           server="mail.sakurazaka-law.example", ip="203.0.113.140"),
    Vendor("shiranami", "株式会社しらなみ銀行", ["shiranami-bank.example"], None,
           comment="the organisation's main bank; its notices come from this domain",
           server="mta1.shiranami-bank.example", ip="203.0.113.200"),
]
V = {v.key: v for v in VENDORS}


def _yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def org_yaml():
    out = [
        f"# labeled3 evaluation set: {NAME_JA} ({NAME_EN}). Everything here is fictional.",
        "# Corporate addresses: {given}.{family}@wakaba-chem.example (Hepburn romaji, lower case),",
        "# e.g. daisuke.komatsu@wakaba-chem.example.",
        "organization:",
        f"  name: {_yaml_str(NAME_EN)}",
        f"  domains: [{', '.join(DOMAINS)}]",
        "directory: employees.csv",
        f"trusted_relays: [{', '.join(TRUSTED_RELAYS)}]",
        f"authserv_ids: [{MX}]",
        "# Suppliers and partners, with the payment details on file (new key).",
        "vendors:",
    ]
    for v in VENDORS:
        out.append(f"  - name: {_yaml_str(v.name)}" + (f"    # {v.comment}" if v.comment else ""))
        out.append(f"    domains: [{', '.join(v.domains)}]")
        if v.bank:
            out.append("    bank:")
            for k in ("bank", "branch", "account_type", "account", "holder", "routing", "iban", "swift"):
                if k in v.bank:
                    out.append(f"      {k}: {_yaml_str(v.bank[k])}")
    return "\n".join(out) + "\n"
