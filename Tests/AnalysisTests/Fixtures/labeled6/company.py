"""The fictional organisation of labeled6: 医療法人社団 緑風会 (Ryokufukai
Medical Corporation), a hospital group in Sendai (仙台中央病院, 泉クリニック, the
care facility 介護老人保健施設 みどりの杜) with a clinic for Japanese expatriates
in Singapore (Ryokufu Medical Clinic Singapore Pte. Ltd., own domain).

Corporate address formats (no other exists):
  - Japan: {given}.{family}@ryokufukai.example, lower case, Hepburn without
    long-vowel marks (大野 雄一郎 -> yuichiro.ono, 河野 修 -> osamu.kono).
  - Singapore: {family}.{given, spaces removed}@ryokufu-sg.example (Tan Wei
    Ling -> tan.weiling, Priya Raman -> raman.priya, 村上 博 ->
    murakami.hiroshi).
"""
import banking as B

NAME_JA = "医療法人社団 緑風会"
NAME_EN = "Ryokufukai Medical Corporation"
SG_NAME = "Ryokufu Medical Clinic Singapore Pte. Ltd."
DOMAIN = "ryokufukai.example"
SG = "ryokufu-sg.example"
DOMAINS = [DOMAIN, SG]
MX = "mx1.ryokufukai.example"
MX_IP = "192.0.2.37"
RELAY = "mailgw.ryokufukai.example"
RELAY_IP = "10.40.0.12"
# Read by the shared trace code (../mailgen/routes.py): the relay's DKIM selector.
RELAY_SELECTOR = "rfk2026"
TRUSTED_RELAYS = [MX, RELAY]

# internal applications that send mail through the relay
KYUYO_PORTAL = ("kyuyo-portal.ryokufukai.example", "10.40.5.21")   # Japan payroll / 年末調整
SG_HR_PORTAL = ("sg-hr.ryokufukai.example", "10.40.5.34")           # Singapore payroll, hosted in Sendai

SITES = {"41": ("sch", "仙台中央病院"), "42": ("izm", "泉クリニック"), "43": ("mnm", "みどりの杜"),
         "44": ("sgp", "Singapore clinic (VPN)")}


def pc_name(ip):
    """A workstation's host name: 10.41/16 仙台中央病院 (with the corporation's
    head office), 10.42/16 泉クリニック, 10.43/16 みどりの杜, 10.44/16 the
    Singapore clinic over the VPN."""
    site = SITES[ip.split(".")[1]][0]
    a, b = ip.split(".")[2:]
    return f"{site}-wks{int(a):02d}{int(b):03d}.corp.ryokufukai.example"


# key, family, given, family_latin, given_latin, title, personal, executive, site, display_en
_ROWS = [
    ("ono", "大野", "雄一郎", "Ono", "Yuichiro", "理事長", "", True, "jp", None),
    ("saito", "斎藤", "真理子", "Saito", "Mariko", "副理事長", "", True, "jp", None),
    ("kono", "河野", "修", "Kono", "Osamu", "常務理事 法人事務局長", "", True, "jp", None),
    ("hayashi", "林", "正樹", "Hayashi", "Masaki", "理事 仙台中央病院 院長", "", True, "jp", None),
    ("takada", "高田", "直美", "Takada", "Naomi", "法人事務局 経理課長", "", False, "jp", None),
    ("sasaki", "佐々木", "遥", "Sasaki", "Haruka", "法人事務局 経理課 支払担当",
     "haruka.sasaki.example@yahoo.co.jp", False, "jp", None),
    ("sugawara", "菅原", "大輔", "Sugawara", "Daisuke", "法人事務局 経理課 支払担当", "", False, "jp", None),
    ("abe", "阿部", "拓也", "Abe", "Takuya", "法人事務局 経理課 財務係長", "", False, "jp", None),
    ("chiba", "千葉", "誠", "Chiba", "Makoto", "法人事務局 人事課長", "", False, "jp", None),
    ("oikawa", "及川", "沙織", "Oikawa", "Saori", "法人事務局 人事課 給与・社会保険担当", "", False, "jp", None),
    ("konno", "今野", "亮", "Konno", "Ryo", "法人事務局 人事課 労務担当", "", False, "jp", None),
    ("sakurai", "桜井", "美咲", "Sakurai", "Misaki", "理事長秘書",
     "misaki.sakurai.example@icloud.com", False, "jp", None),
    ("mikami", "三上", "隆", "Mikami", "Takashi", "法人事務局 総務課長", "", False, "jp", None),
    ("kumagai", "熊谷", "和也", "Kumagai", "Kazuya", "仙台中央病院 用度課長", "", False, "jp", None),
    ("watanabe", "渡辺", "優子", "Watanabe", "Yuko", "仙台中央病院 用度課", "", False, "jp", None),
    ("iwabuchi", "岩渕", "聡", "Iwabuchi", "Satoshi", "仙台中央病院 医事課長", "", False, "jp", None),
    ("takeda", "武田", "香織", "Takeda", "Kaori", "仙台中央病院 医事課 診療情報管理士", "", False, "jp", None),
    ("ito", "伊藤", "翔太", "Ito", "Shota", "法人事務局 情報システム室長", "", False, "jp", None),
    ("kikuchi", "菊地", "由美", "Kikuchi", "Yumi", "仙台中央病院 栄養科長", "", False, "jp", None),
    ("suzuki", "鈴木", "健太", "Suzuki", "Kenta", "仙台中央病院 臨床工学室 臨床工学技士",
     "kenta.suzuki.example@outlook.jp", False, "jp", None),
    ("sato", "佐藤", "綾香", "Sato", "Ayaka", "仙台中央病院 看護部 5階西病棟 看護師",
     "ayaka.sato.example@gmail.com", False, "jp", None),
    ("tanno", "丹野", "恵美", "Tanno", "Emi", "介護老人保健施設 みどりの杜 事務長", "", False, "jp", None),
    ("otomo", "大友", "浩", "Otomo", "Hiroshi", "緑風会 泉クリニック 事務長", "", False, "jp", None),
    ("murakami", "村上", "博", "Murakami", "Hiroshi",
     "Managing Director & Medical Director - Ryokufu Medical Clinic Singapore", "", True, "sg", None),
    ("nakajima", "中島", "さくら", "Nakajima", "Sakura", "Nurse Manager - Ryokufu Medical Clinic Singapore",
     "", False, "sg", None),
    ("tan", "Tan", "Wei Ling", "Tan", "Wei Ling", "Clinic Manager - Ryokufu Medical Clinic Singapore", "",
     False, "sg", "Tan Wei Ling"),
    ("raman", "Raman", "Priya", "Raman", "Priya", "Finance Executive - Ryokufu Medical Clinic Singapore", "",
     False, "sg", "Priya Raman"),
    ("lim", "Lim", "Jia Hui", "Lim", "Jia Hui", "HR & Admin Executive - Ryokufu Medical Clinic Singapore", "",
     False, "sg", "Lim Jia Hui"),
    ("chua", "Chua", "Mei Lin", "Chua", "Mei Lin",
     "Executive Assistant to the Managing Director - Ryokufu Medical Clinic Singapore",
     "meilin.chua.example@gmail.com", False, "sg", "Chua Mei Lin"),
    ("ng", "Ng", "Kok Wei", "Ng", "Kok Wei", "Staff Nurse - Ryokufu Medical Clinic Singapore",
     "kokwei.ng.example@hotmail.com", False, "sg", "Ng Kok Wei"),
    ("ismail", "Ismail", "Nur Aisyah", "Ismail", "Nur Aisyah",
     "Patient Services Executive - Ryokufu Medical Clinic Singapore", "nuraisyah.example@gmail.com", False,
     "sg", "Nur Aisyah Ismail"),
]


class Person:
    def __init__(self, row):
        (self.key, self.family, self.given, self.family_latin, self.given_latin,
         self.title, personal, self.executive, self.site, display) = row
        self.personal = [p for p in personal.split(";") if p]
        self.japanese = self.family != self.family_latin
        fam, giv = self.family_latin.lower(), self.given_latin.lower().replace(" ", "")
        if self.site == "jp":
            self.email = f"{giv}.{fam}@{DOMAIN}"
        else:
            self.email = f"{fam}.{giv}@{SG}"
        self._display = display

    @property
    def ja(self):
        """As a Japanese mailer shows the name: 大野 雄一郎."""
        return f"{self.family} {self.given}" if self.japanese else self.en

    @property
    def en(self):
        """As the person writes it in English: Yuichiro Ono, Tan Wei Ling, Priya Raman."""
        return self._display or f"{self.given_latin} {self.family_latin}"

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


ALBRECHT_IBAN = B.iban("DE", "68052470" + "0184273650")
CARELINK_ROUTING = B.aba("12510307")

# ひばり給食サービス's account before its announced change (clean-02); no longer on file
HIBARI_OLD = dict(bank="みやぎ野銀行", branch="長町支店", account_type="普通", account="0652291",
                  holder="カ）ヒバリキュウショクサービス")

VENDORS = [
    Vendor("michinoku", "株式会社みちのくメディカル商事", ["michinoku-medical.example"],
           dict(bank="杜の都銀行", branch="一番町支店", account_type="当座", account="3316027",
                holder="カ）ミチノクメディカルショウジ"),
           comment="distributor of medical and surgical supplies (医療材料卸); invoices on the 1st working day",
           server="mail.michinoku-medical.example", ip="203.0.113.52",
           webmail="webmail.michinoku-medical.example"),
    Vendor("hibari", "株式会社ひばり給食サービス", ["hibari-kyushoku.example"],
           dict(bank="北杜信用金庫", branch="泉中央支店", account_type="普通", account="1187452",
                holder="カ）ヒバリキュウショクサービス"),
           comment="patient-meal contractor for 仙台中央病院 and みどりの杜; account changed from the April 2026 "
                   "invoice on (notice of 2026-03-16, confirmed by a call to the number on file), the new one "
                   "is on file",
           server="smtp.hibari-kyushoku.example", ip="198.51.100.141"),
    Vendor("albrecht", "Albrecht Medizintechnik GmbH", ["albrecht-medtech.example"],
           dict(bank="Breisgauer Handelsbank AG", iban=ALBRECHT_IBAN, swift="BRHBDE6F"),
           comment="German maker of the endoscopy systems at 仙台中央病院; maintenance contract, invoices in EUR",
           tenant="albrecht-medtech.example"),
    Vendor("carelink", "Carelink Health Systems, Inc.", ["carelink-ehr.example"],
           dict(bank="Cascade Pacific Bank, N.A.", account_type="checking", routing=CARELINK_ROUTING,
                account="6604183927"),
           comment="US vendor of the electronic medical record used by the Singapore clinic; invoices in USD",
           tenant="carelink-ehr.example"),
    Vendor("aoba", "弁護士法人 青葉総合法律事務所", ["aoba-sogo-law.example"], None,
           comment="outside counsel (corporate, healthcare law, labour); no payment details on file",
           server="mail.aoba-sogo-law.example", ip="203.0.113.176"),
    Vendor("mori", "株式会社杜の都銀行", ["mori-bank.example"], None,
           comment="the corporation's main bank; its notices come from this domain",
           server="mta-out02.mori-bank.example", ip="198.51.100.203"),
]
V = {v.key: v for v in VENDORS}


def _yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def org_yaml():
    out = [
        f"# labeled6 evaluation set: {NAME_JA} ({NAME_EN}) and {SG_NAME}",
        "# Everything here is fictional.",
        "# Corporate addresses: {given}.{family}@ryokufukai.example (Japan, e.g.",
        "# yuichiro.ono@ryokufukai.example) and {family}.{given}@ryokufu-sg.example",
        "# (Singapore clinic, given name without spaces, e.g. tan.weiling@ryokufu-sg.example).",
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
