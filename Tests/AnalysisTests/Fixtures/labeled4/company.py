"""The fictional organisation of labeled4: 青嵐電子工業株式会社
(Seiran Electronics Co., Ltd.), a maker of power modules and sensor boards in
Hamamatsu, with a sales subsidiary in Singapore (Seiran Electronics Asia Pte.
Ltd., own domain) and a small US office in San Jose (Seiran Electronics
America, Inc.) whose staff use the parent's domain.

Corporate address formats (no other exists):
  - Japan and US staff: {given initial}-{family}@seiran-elec.example, lower
    case, Hepburn without long-vowel marks except the family's own spelling
    (大野 隆 -> t-ohno, 桐谷 誠一郎 -> s-kiritani, Laura Bennett -> l-bennett).
  - Singapore staff: {given}.{family}@seiran-asia.example, the given names
    written together (Wei Ling Tan -> weiling.tan).
"""
import banking as B

NAME_JA = "青嵐電子工業株式会社"
NAME_EN = "Seiran Electronics Co., Ltd."
DOMAIN = "seiran-elec.example"
ASIA = "seiran-asia.example"
DOMAINS = [DOMAIN, ASIA]
MX = "mx1.seiran-elec.example"
MX_IP = "192.0.2.45"
RELAY = "relay.seiran-elec.example"
RELAY_IP = "10.40.0.20"
# Read by the shared trace code (../mailgen/trace.py): the relay's DKIM selector.
RELAY_SELECTOR = "sr2026"


def pc_name(ip):
    """An employee PC's host name: 10.41/16 Hamamatsu, 10.42/16 Singapore, 10.43/16 San Jose (VPN)."""
    site = {"41": "hmm", "42": "sgp", "43": "sjc"}[ip.split(".")[1]]
    a, b = ip.split(".")[2:]
    return f"{site}-pc{int(a):02d}{int(b):03d}.corp.seiran-elec.example"
TRUSTED_RELAYS = [MX, RELAY]

# key, family, given, family_latin, given_latin, title, personal, executive, email
_ROWS = [
    ("kiritani", "桐谷", "誠一郎", "Kiritani", "Seiichiro", "代表取締役社長 (CEO)", "", True, None),
    ("hasegawa", "長谷川", "由美子", "Hasegawa", "Yumiko", "取締役副社長 管理本部長", "", True, None),
    ("miyazaki", "宮崎", "俊介", "Miyazaki", "Shunsuke", "取締役 CFO 財務本部長", "", True, None),
    ("ohno", "大野", "隆", "Ohno", "Takashi", "常務取締役 営業本部長", "", True, None),
    ("ito", "伊藤", "浩二", "Ito", "Koji", "取締役 技術本部長 (CTO)", "", True, None),
    ("matsumoto", "松本", "直美", "Matsumoto", "Naomi", "経理部長", "", False, None),
    ("sasaki", "佐々木", "健太", "Sasaki", "Kenta", "経理部 支払担当", "kenta.sasaki.example@gmail.com",
     False, None),
    ("murakami", "村上", "愛", "Murakami", "Ai", "経理部 支払担当", "ai_murakami_example@yahoo.co.jp",
     False, None),
    ("yoshida", "吉田", "翔太", "Yoshida", "Shota", "経理部 財務課 主任", "", False, None),
    ("kobayashi", "小林", "雅人", "Kobayashi", "Masato", "人事部長", "", False, None),
    ("inoue", "井上", "優子", "Inoue", "Yuko", "人事部 給与担当", "yuko.inoue.example@icloud.com", False, None),
    ("kato", "加藤", "真央", "Kato", "Mao", "人事部 労務担当", "", False, None),
    ("ishida", "石田", "健", "Ishida", "Ken", "購買部 課長", "", False, None),
    ("hayashi", "林", "さくら", "Hayashi", "Sakura", "購買部 担当", "", False, None),
    ("nakagawa", "中川", "美咲", "Nakagawa", "Misaki", "社長室 秘書", "", False, None),
    ("mori", "森", "大輔", "Mori", "Daisuke", "営業部 担当", "daisuke.mori.example@gmail.com", False, None),
    ("shimizu", "清水", "拓也", "Shimizu", "Takuya", "営業部 課長", "", False, None),
    ("saito", "斎藤", "亮", "Saito", "Ryo", "技術部 回路設計課", "ryo.saito.example@outlook.jp", False, None),
    ("takahashi", "高橋", "悠", "Takahashi", "Yu", "情報システム部 課長", "", False, None),
    ("okada", "岡田", "理恵", "Okada", "Rie", "法務部 担当", "", False, None),
    ("yamaguchi", "山口", "和也", "Yamaguchi", "Kazuya", "総務部 課長", "", False, None),
    ("fujita", "藤田", "陽子", "Fujita", "Yoko", "品質保証部 担当", "", False, None),
    ("hale", "Hale", "Gregory", "Hale", "Gregory", "President - Seiran Electronics America", "", True, None),
    ("reyes", "Reyes", "Michael", "Reyes", "Michael", "Controller - Seiran Electronics America", "", False, None),
    ("bennett", "Bennett", "Laura", "Bennett", "Laura", "HR Manager - Seiran Electronics America", "",
     False, None),
    ("park", "Park", "Jason", "Park", "Jason", "Field Sales Engineer - Seiran Electronics America",
     "jpark.sj.example@icloud.com", False, None),
    ("wong", "Wong", "Tiffany", "Wong", "Tiffany", "Office Manager - Seiran Electronics America", "",
     False, None),
    ("lim", "Lim", "Daniel", "Lim", "Daniel", "Managing Director - Seiran Electronics Asia", "", True,
     "daniel.lim@seiran-asia.example"),
    ("tan", "Tan", "Wei Ling", "Tan", "Wei Ling", "Finance Manager - Seiran Electronics Asia", "", False,
     "weiling.tan@seiran-asia.example"),
    ("nair", "Nair", "Priya", "Nair", "Priya", "HR & Payroll Executive - Seiran Electronics Asia", "", False,
     "priya.nair@seiran-asia.example"),
    ("goh", "Goh", "Marcus", "Goh", "Marcus", "Sales Engineer - Seiran Electronics Asia",
     "marcus.goh.example@gmail.com", False, "marcus.goh@seiran-asia.example"),
    ("chua", "Chua", "Rachel", "Chua", "Rachel", "Executive Assistant - Seiran Electronics Asia", "", False,
     "rachel.chua@seiran-asia.example"),
]


class Person:
    def __init__(self, row):
        (self.key, self.family, self.given, self.family_latin, self.given_latin,
         self.title, personal, self.executive, email) = row
        self.personal = [p for p in personal.split(";") if p]
        self.email = email or f"{self.given_latin[0].lower()}-{self.family_latin.lower()}@{DOMAIN}"
        self.japanese = self.family != self.family_latin

    @property
    def ja(self):
        """As a Japanese mailer shows the name: 桐谷 誠一郎."""
        return f"{self.family} {self.given}" if self.japanese else self.en

    @property
    def en(self):
        """Western order: Seiichiro Kiritani."""
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


KESSLER_IBAN = B.iban("DE", "60070114" + "0388154207")
BAYVIEW_ROUTING = B.aba("32227114")

# コダマ電材's account before the documented change of 2026-04-01 (no longer on file)
KODAMA_OLD = dict(bank="しおかぜ銀行", branch="名古屋支店", account_type="当座", account="1185403",
                  holder="カ）コダマデンザイ")

VENDORS = [
    Vendor("takami", "株式会社タカミ精密", ["takami-seimitsu.example"],
           dict(bank="みなと中央銀行", branch="浜松支店", account_type="普通", account="4630218",
                holder="カ）タカミセイミツ"),
           comment="machined housings and heat sinks",
           server="mail.takami-seimitsu.example", ip="203.0.113.34",
           webmail="webmail.takami-seimitsu.example"),
    Vendor("kodama", "株式会社コダマ電材", ["kodama-denzai.example"],
           dict(bank="ほしかわ信用金庫", branch="本店営業部", account_type="当座", account="0072291",
                holder="カ）コダマデンザイ"),
           comment="component distributor; account changed 2026-04-01 (letter of 2026-02-13, "
                   "call-back to the number on file, procedure FIN-07), the verified new one is on file",
           server="smtp.kodama-denzai.example", ip="198.51.100.57"),
    Vendor("kessler", "Kessler Messtechnik GmbH", ["kessler-messtechnik.example"],
           dict(bank="Example Handelsbank AG", iban=KESSLER_IBAN, swift="EXHBDESS"),
           comment="German supplier of test and burn-in equipment",
           server="mx-out.kessler-messtechnik.example", ip="198.51.100.131"),
    Vendor("bayview", "Bayview Test Systems, Inc.", ["bayviewtest.example"],
           dict(bank="Golden Gate Commerce Bank", account_type="checking", routing=BAYVIEW_ROUTING,
                account="20418836571"),
           comment="US supplier to Seiran Electronics America (ATE fixtures, probe cards)",
           server="outbound.bayviewtest.example", ip="203.0.113.166"),
    Vendor("aobabashi", "青葉橋法律事務所", ["aobabashi-law.example"], None,
           comment="outside counsel (corporate, M&A, contracts); no payment details on file",
           server="mail.aobabashi-law.example", ip="203.0.113.92"),
    Vendor("shiokaze", "株式会社しおかぜ銀行", ["shiokaze-bank.example"], None,
           comment="the organisation's main bank; its notices come from this domain",
           server="notice-mta.shiokaze-bank.example", ip="198.51.100.201"),
]
V = {v.key: v for v in VENDORS}


def _yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def org_yaml():
    out = [
        f"# labeled4 evaluation set: {NAME_JA} ({NAME_EN}). Everything here is fictional.",
        "# Corporate addresses: {given initial}-{family}@seiran-elec.example (Japan and US staff,",
        "# e.g. s-kiritani@seiran-elec.example) and {given}.{family}@seiran-asia.example",
        "# (Singapore subsidiary, e.g. weiling.tan@seiran-asia.example).",
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
