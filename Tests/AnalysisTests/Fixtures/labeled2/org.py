"""The fictional organisation: 青空精機株式会社 (Aozora Seiki Co., Ltd.).

A precision-parts manufacturer. Mail domains example.net (all mailboxes) and
example.org (second domain, used for lists and the English site; no personal
mailboxes). Corporate address format: {family}.{given}@example.net in Hepburn
romaji, lower case, long vowels not marked (大野 修 -> ono.osamu).
"""

ORG_NAME_JA = "青空精機株式会社"
ORG_NAME_EN = "Aozora Seiki Co., Ltd."
DOMAINS = ["example.net", "example.org"]
TRUSTED_RELAYS = ["mx.example.net", "smtp.example.net"]

# key, family, given, family_latin, given_latin, title, department, personal, executive
_ROWS = [
    ("sasaki", "佐々木", "隆之", "Sasaki", "Takayuki", "代表取締役社長 (CEO)", "経営", "", True),
    ("takahashi", "高橋", "美咲", "Takahashi", "Misaki", "取締役 CFO", "管理本部", "", True),
    ("watanabe", "渡辺", "浩二", "Watanabe", "Koji", "常務取締役 COO", "製造本部", "", True),
    ("mori", "森", "拓也", "Mori", "Takuya", "取締役 営業本部長", "営業本部", "", True),
    ("ono", "大野", "修", "Ono", "Osamu", "執行役員 工場長", "松本工場", "", True),
    ("murakami", "村上", "優子", "Murakami", "Yuko", "常勤監査役", "監査役室", "", True),
    ("nakamura", "中村", "直子", "Nakamura", "Naoko", "経理部長", "経理部", "", False),
    ("matsumoto", "松本", "翔太", "Matsumoto", "Shota", "経理部 主任", "経理部", "", False),
    ("kobayashi", "小林", "大輝", "Kobayashi", "Daiki", "経理部 担当", "経理部",
     "daiki.kbys.example@gmail.com", False),
    ("inoue", "井上", "さくら", "Inoue", "Sakura", "経理部 担当", "経理部",
     "sakura_inoue_example@yahoo.co.jp", False),
    ("kinoshita", "木下", "健太", "Kinoshita", "Kenta", "人事部長", "人事部", "", False),
    ("yamaguchi", "山口", "陽菜", "Yamaguchi", "Hina", "人事部 給与担当", "人事部",
     "hina-y.example@docomo.ne.jp", False),
    ("saito", "斎藤", "亮", "Saito", "Ryo", "購買部長", "購買部", "", False),
    ("shimizu", "清水", "愛", "Shimizu", "Ai", "購買部 担当", "購買部",
     "ai.shimizu.example@gmail.com;aishimizu_example@yahoo.co.jp", False),
    ("ikeda", "池田", "由美", "Ikeda", "Yumi", "営業部 主任", "営業部",
     "yumi.ikeda.example@icloud.com", False),
    ("hashimoto", "橋本", "大和", "Hashimoto", "Yamato", "製造部長", "製造部", "", False),
    ("ishikawa", "石川", "奈々", "Ishikawa", "Nana", "情報システム部 担当", "情報システム部", "", False),
    ("maeda", "前田", "悠斗", "Maeda", "Yuto", "情報システム部 課長", "情報システム部", "", False),
    ("fujita", "藤田", "結衣", "Fujita", "Yui", "総務部 担当", "総務部", "", False),
    ("okada", "岡田", "誠", "Okada", "Makoto", "品質保証部長", "品質保証部", "", False),
    ("goto", "後藤", "千尋", "Goto", "Chihiro", "社長室 秘書", "社長室", "", False),
    ("hasegawa", "長谷川", "蓮", "Hasegawa", "Ren", "設計部 技師", "設計部",
     "ren.hasegawa.example@outlook.jp", False),
]


class Person:
    def __init__(self, row):
        (self.key, self.family, self.given, self.family_latin, self.given_latin,
         self.title, self.dept, personal, self.executive) = row
        self.personal = [p for p in personal.split(";") if p]
        self.email = f"{self.family_latin.lower()}.{self.given_latin.lower()}@example.net"

    @property
    def kanji(self):  # display name as Japanese mailers show it
        return f"{self.family} {self.given}"

    @property
    def romaji(self):  # Western order
        return f"{self.given_latin} {self.family_latin}"


PEOPLE = {r[0]: Person(r) for r in _ROWS}


def P(key):
    return PEOPLE[key]


def employees_csv():
    head = "email,family_name,given_name,family_name_latin,given_name_latin,title,department,personal_emails,executive"
    lines = [head]
    for p in PEOPLE.values():
        cells = [p.email, p.family, p.given, p.family_latin, p.given_latin, p.title, p.dept,
                 ";".join(p.personal), "true" if p.executive else "false"]
        lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def org_yaml():
    return (
        f"# Fictional organisation for the labeled2 evaluation set: {ORG_NAME_JA}.\n"
        "# Corporate addresses: {family}.{given}@example.net (Hepburn romaji, lower case),\n"
        "# e.g. kobayashi.daiki@example.net. example.org holds no personal mailboxes.\n"
        "organization:\n"
        f"  name: \"{ORG_NAME_EN}\"\n"
        f"  domains: [{', '.join(DOMAINS)}]\n"
        "directory: employees.csv\n"
        f"trusted_relays: [{', '.join(TRUSTED_RELAYS)}]\n"
    )
