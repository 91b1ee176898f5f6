"""The fictional organisation of labeled5: 株式会社朝凪ロジスティクス
(Asanagi Logistics Co., Ltd.), a third-party logistics company in Yokohama
(warehousing, trucking, international freight forwarding) with a distribution
centre in Atsugi and a US subsidiary in Carson, California (Asanagi Logistics
USA, Inc., own domain).

Corporate address formats (no other exists):
  - Japan staff: {family}.{given}@asanagi-logi.example, lower case, Hepburn
    without long-vowel marks (工藤 恭平 -> kudo.kyohei, 東海林 健吾 ->
    shoji.kengo).
  - US staff: {given initial}{family}@asanagi-usa.example (Robert Delgado ->
    rdelgado).
"""
import banking as B

NAME_JA = "株式会社朝凪ロジスティクス"
NAME_EN = "Asanagi Logistics Co., Ltd."
DOMAIN = "asanagi-logi.example"
USA = "asanagi-usa.example"
DOMAINS = [DOMAIN, USA]
MX = "mx01.asanagi-logi.example"
MX_IP = "192.0.2.80"
RELAY = "smtp-int.asanagi-logi.example"
RELAY_IP = "10.60.0.25"
# Read by the shared trace code (../mailgen/routes.py): the relay's DKIM selector.
RELAY_SELECTOR = "asg2026"
TRUSTED_RELAYS = [MX, RELAY]

# internal applications that send mail through the relay
HR_PORTAL = ("jinji-portal.asanagi-logi.example", "10.60.3.14")
WORKFLOW = ("wf.asanagi-logi.example", "10.60.3.22")


def pc_name(ip):
    """An employee PC's host name: 10.61/16 Yokohama head office, 10.62/16
    Atsugi distribution centre, 10.63/16 Carson, California (over the VPN)."""
    site = {"61": "ykh", "62": "atg", "63": "crs"}[ip.split(".")[1]]
    a, b = ip.split(".")[2:]
    return f"{site}-nb{int(a):02d}{int(b):03d}.ad.asanagi-logi.example"


# key, family, given, family_latin, given_latin, title, personal, executive
_ROWS = [
    ("kudo", "工藤", "恭平", "Kudo", "Kyohei", "代表取締役社長", "", True),
    ("oshima", "大島", "由紀", "Oshima", "Yuki", "取締役副社長", "", True),
    ("endo", "遠藤", "誠", "Endo", "Makoto", "取締役 管理本部長 兼 CFO", "", True),
    ("shoji", "東海林", "健吾", "Shoji", "Kengo", "常務取締役 営業本部長", "", True),
    ("nishimura", "西村", "浩二", "Nishimura", "Koji", "取締役 物流本部長", "", True),
    ("maeda", "前田", "恵", "Maeda", "Megumi", "経理部長", "", False),
    ("iwasaki", "岩崎", "翼", "Iwasaki", "Tsubasa", "経理部 支払担当", "tsubasa.iwasaki.example@gmail.com", False),
    ("onodera", "小野寺", "紗希", "Onodera", "Saki", "経理部 支払担当", "", False),
    ("kubo", "久保", "拓海", "Kubo", "Takumi", "経理部 財務課 主任", "", False),
    ("sugiyama", "杉山", "直樹", "Sugiyama", "Naoki", "人事部長", "", False),
    ("imai", "今井", "彩", "Imai", "Aya", "人事部 給与担当", "", False),
    ("fukuda", "福田", "美穂", "Fukuda", "Miho", "人事部 労務担当", "", False),
    ("nakano", "中野", "真由", "Nakano", "Mayu", "社長室 秘書", "mayu.nakano.example@icloud.com", False),
    ("kawaguchi", "川口", "聡", "Kawaguchi", "Satoshi", "調達部 課長", "", False),
    ("hirano", "平野", "亜美", "Hirano", "Ami", "調達部 担当", "", False),
    ("matsui", "松井", "大地", "Matsui", "Daichi", "総務部 課長", "", False),
    ("miura", "三浦", "里奈", "Miura", "Rina", "法務部 担当", "", False),
    ("sakamoto", "坂本", "亮介", "Sakamoto", "Ryosuke", "情報システム部 課長", "", False),
    ("ishii", "石井", "翔", "Ishii", "Sho", "営業部 担当", "sho.ishii.example@gmail.com", False),
    ("harada", "原田", "航", "Harada", "Wataru", "営業部 課長", "", False),
    ("aoki", "青木", "秀樹", "Aoki", "Hideki", "厚木物流センター長", "", False),
    ("morimoto", "森本", "優斗", "Morimoto", "Yuto", "厚木物流センター 配車主任", "", False),
    ("fujii", "藤井", "健太郎", "Fujii", "Kentaro", "厚木物流センター 倉庫作業リーダー",
     "kentaro.fujii.example@outlook.jp", False),
    ("delgado", "Delgado", "Robert", "Delgado", "Robert", "President & CEO - Asanagi Logistics USA", "", True),
    ("grant", "Grant", "Melissa", "Grant", "Melissa", "Controller - Asanagi Logistics USA", "", False),
    ("cole", "Cole", "Hannah", "Cole", "Hannah", "Accounts Payable Specialist - Asanagi Logistics USA", "",
     False),
    ("ortiz", "Ortiz", "Dana", "Ortiz", "Dana", "HR & Payroll Manager - Asanagi Logistics USA", "", False),
    ("brooks", "Brooks", "Olivia", "Brooks", "Olivia", "Executive Assistant - Asanagi Logistics USA", "",
     False),
    ("nguyen", "Nguyen", "Kevin", "Nguyen", "Kevin", "Operations Manager - Asanagi Logistics USA", "", False),
    ("jensen", "Jensen", "Tyler", "Jensen", "Tyler", "Dispatcher - Asanagi Logistics USA",
     "tjensen.example@icloud.com", False),
    ("ramirez", "Ramirez", "Luis", "Ramirez", "Luis", "Warehouse Lead - Asanagi Logistics USA",
     "luis.ramirez.example@gmail.com", False),
]


class Person:
    def __init__(self, row):
        (self.key, self.family, self.given, self.family_latin, self.given_latin,
         self.title, personal, self.executive) = row
        self.personal = [p for p in personal.split(";") if p]
        self.japanese = self.family != self.family_latin
        if self.japanese:
            self.email = f"{self.family_latin.lower()}.{self.given_latin.lower()}@{DOMAIN}"
        else:
            self.email = f"{self.given_latin[0].lower()}{self.family_latin.lower()}@{USA}"

    @property
    def ja(self):
        """As a Japanese mailer shows the name: 工藤 恭平."""
        return f"{self.family} {self.given}" if self.japanese else self.en

    @property
    def en(self):
        """Western order: Kyohei Kudo."""
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


VANRIJN_IBAN = B.iban("NL", "EXNB" + "0417268350")
PACHARBOR_ROUTING = B.aba("12204417")

# ハマカゼ運送's account before its documented change of 2026-03-01 (no longer on file)
HAMAKAZE_OLD = dict(bank="はまなす銀行", branch="鶴見支店", account_type="当座", account="2250917",
                    holder="カ）ハマカゼウンソウ")

VENDORS = [
    Vendor("sealine", "株式会社シーライン石油", ["sealine-oil.example"],
           dict(bank="はまなす銀行", branch="本牧支店", account_type="普通", account="5081734",
                holder="カ）シーラインセキユ"),
           comment="diesel and fuel cards for the truck fleet; monthly invoice",
           server="mail.sealine-oil.example", ip="203.0.113.61",
           webmail="webmail.sealine-oil.example"),
    Vendor("hamakaze", "株式会社ハマカゼ運送", ["hamakaze-unso.example"],
           dict(bank="さざなみ信用金庫", branch="鶴見支店", account_type="当座", account="0418826",
                holder="カ）ハマカゼウンソウ"),
           comment="subcontracted carrier (trucks and drivers); account changed 2026-03-01 (letter of "
                   "2026-02-04, call-back to the number on file under procedure KEI-12), the verified new "
                   "one is on file",
           server="smtp.hamakaze-unso.example", ip="198.51.100.88"),
    Vendor("vanrijn", "Van Rijn Opslagsystemen B.V.", ["vanrijn-systems.example"],
           dict(bank="Example Noordbank N.V.", iban=VANRIJN_IBAN, swift="EXNBNL2A"),
           comment="Dutch maker of the conveyor and racking system installed at the Atsugi centre",
           tenant="vanrijn-systems.example"),
    Vendor("pacharbor", "Pacific Harbor Drayage, LLC", ["pacharbor-drayage.example"],
           dict(bank="Harborline National Bank", account_type="checking", routing=PACHARBOR_ROUTING,
                account="7720193846"),
           comment="drayage carrier at the ports of Los Angeles and Long Beach for Asanagi Logistics USA",
           tenant="pacharbor-drayage.example"),
    Vendor("sakurazaka", "桜坂総合法律事務所", ["sakurazaka-law.example"], None,
           comment="outside counsel (corporate, M&A, labour); no payment details on file",
           server="mail.sakurazaka-law.example", ip="203.0.113.118"),
    Vendor("kamome", "株式会社かもめ銀行", ["kamome-bank.example"], None,
           comment="the organisation's main bank; its notices come from this domain",
           server="notify-mta01.kamome-bank.example", ip="198.51.100.214"),
]
V = {v.key: v for v in VENDORS}


def _yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def org_yaml():
    out = [
        f"# labeled5 evaluation set: {NAME_JA} ({NAME_EN}). Everything here is fictional.",
        "# Corporate addresses: {family}.{given}@asanagi-logi.example (Japan staff, e.g.",
        "# kudo.kyohei@asanagi-logi.example) and {given initial}{family}@asanagi-usa.example",
        "# (US subsidiary, e.g. rdelgado@asanagi-usa.example).",
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
