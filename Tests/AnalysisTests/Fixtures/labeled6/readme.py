"""README.md of labeled6: written from the message list, and checked against
labels.json (counts by label, scenario and language; every file listed once;
every message it mentions exists)."""
import re
from collections import Counter, OrderedDict

import company as C
from message import LABELS, BEC_SCENARIOS

_HEAD = """# labeled6: a sixth, blind evaluation set (BEC, phishing, spam, clean)

{n} raw messages (`*.eml`, CRLF line endings, each under 20 KB) addressed to a **new**
fictional organisation, 医療法人社団 緑風会 / Ryokufukai Medical Corporation
(`ryokufukai.example`), a hospital group in Sendai, and its clinic for Japanese
expatriates in Singapore (Ryokufu Medical Clinic Singapore Pte. Ltd., `ryokufu-sg.example`,
with another address format), each with one label: `bec`, `phishing`, `spam` or `clean`.
The set measures `becscope analyze --org org.yaml` on the BEC scenarios the FBI names (CEO
fraud, bogus invoices, account compromise, attorney impersonation, data theft, plus payroll
diversion and gift cards), in Japanese and English, against {clean} hard negatives that share
the vocabulary of BEC (至急, 本日中, 振込先変更, 口座, 源泉徴収票, マイナンバー, IR8A, NRIC,
same-day transfer, gift cards, LINE/WeChat/WhatsApp, confidential acquisitions, replies in
vendor threads) but are genuine. The sector is new to the labeled sets: besides payments,
the data asked for are patient records, staff rosters, 源泉徴収票 and マイナンバー, and
Singapore's IR8A, NRIC and CPF numbers.

**Written blind.** The author did not read the detector: nothing under `Sources/`,
`docs/rules.md`, `docs/bec-evaluation.md`, no Swift file under `Tests/`, no `*.eml` file of
the repository, and no `msgs_*.py`, `mail_*.py`, `local.py`, `threads.py`, `generate.py` or
`labels.json` of the earlier sets, and ran neither becscope nor a Swift build. What was read:
the case study (`shared/mission/case-study.md`), `docs/interfaces.md` (input formats, the
organisation profile with its `vendors:` key, the employee directory), `labeled5/README.md`,
`labeled5/company.py` and `labeled5/readme.py` (the conventions of the previous set), and the
shared helpers in `../mailgen/` (`README.md`, `mimeparts.py`, `providers.py`, `routes.py`,
`banking.py`, `common.py`, `message.py`), which hold MIME encoding, trace-field, checksum and
message-check helpers and no detection rules. The generator imports those helpers unchanged;
this set's own helpers are in `local.py`. The messages were written as an attacker or a real
correspondent would write them, without guessing what any detector looks for. Do not tune
rules against this set; that would make it a training set.

**Everything is fictional**: people, companies, hospitals, banks, account numbers, amounts,
addresses, phone numbers and URLs. Fictional companies use only `.example`, `.test` and
`.invalid` domains; real free-mail and ISP providers (gmail.com, outlook.com, hotmail.com,
outlook.jp, yahoo.co.jp, icloud.com, nifty.com, ocn.ne.jp) appear only as attackers', strangers'
and employees' private addresses. Brands (Microsoft 365, SharePoint, DocuSign, ヤマト運輸, Apple,
Amazon, Google Play, Grab, LINE, WhatsApp, WeChat, Telegram) appear only as lures or as names
in text; public bodies (IRAS, CPF, MOH, 厚生局) only as names in text. Fictional servers use
documentation and private addresses (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
10.0.0.0/8); the real providers' relays are shown with host names and address ranges of the
kind they use. Every IBAN and US ABA routing number has a valid checksum (fraudsters send
numbers a bank accepts) but was made up; Japanese, Hong Kong and Singapore account numbers
have no checksum and were made up too. DKIM-Signature fields are decorative and do not verify;
the verdicts are in `Authentication-Results: {mx}`. Telephone numbers use unassigned ranges
(`022-000-…`, `0120-000-…`, `+49 761 0000 …`, `(503) 555-01…`, `+65 6000 …`).
**Do not visit any link or domain in these files.**

## Files

| file | what it is |
| --- | --- |
| `org.yaml` | organisation profile (`docs/interfaces.md` format) with `vendors:` ({nv} suppliers and partners, payment details on file) |
| `employees.csv` | {emp} employees: `email, family_name, given_name, family_name_latin, given_name_latin, title, personal_emails, executive` |
| `*.eml` | the messages: `LABEL-NN-short-description-LANG.eml` |
| `labels.json` | one object per message: `file`, `label`, `scenario`, `language`, `notes` |
| `generate.py` | writes every file here and checks it; `--check` checks without writing |
| `company.py`, `readme.py` | the organisation (with its relay's and workstations' names, read by `../mailgen/routes.py`), this README |
| `local.py` | this set's short-hands over `../mailgen`: how each kind of sender reaches the MX (route, verdicts, Message-ID, header order, client fields), PDF and text attachments |
| `threads.py` | the earlier messages of the vendor threads that later messages quote and reference |
| `mail_ceo.py`, `mail_invoice.py`, `mail_compromise.py`, `mail_other.py`, `mail_phishing.py`, `mail_spam.py`, `mail_clean.py`, `mail_clean2.py` | the messages |
| `.gitattributes` | `*.eml -text`: keeps the CRLF bytes exact |

## Regenerate and check

```sh
python3 generate.py          # writes all files, then checks them (and that a second run is identical)
python3 generate.py --check  # writes nothing: the files on disk must equal the generator's output
```

Python 3 standard library only (`sys.dont_write_bytecode` is set, so no `__pycache__` is
left behind). `generate.py` puts this folder and then `../mailgen` on `sys.path`. The output is
deterministic (every token comes from SHA-256 of a seed), so two runs give identical bytes.
Edit messages in `mail_*.py`, never the `.eml` files by hand. The checks (those of
`../mailgen/message.py` for every message, plus the set's own): every message parses with
Python's `email` package (policy `default`) without defects; CRLF only, final CRLF, lines
≤ 998 octets, under 20 KB, 8-bit bytes only in `8bit` parts; the first fields are
`Return-Path`, `Delivered-To` (an organisation address), the MX's `Authentication-Results`
(spf, dkim, dmarc) and the MX's `Received`; From/To/Cc/Reply-To/Subject decode to what the
generator meant and every text part decodes back to its source; every attachment
round-trips; replies carry `In-Reply-To` and `References` (ending with it), every
account-compromise message sits in a thread, and a message of the set is only referenced by
later ones; each IBAN and ABA routing number in any text or PDF has a valid checksum, the
accounts a message claims appear in it, a fraud account never equals a vendor's account on
file, and a clean message marked as carrying a vendor's payment details shows the ones on
file; every URL host and address domain is fictional or a known provider; file names,
numbering (01.. without gaps per label) and Message-IDs are unique; `labels.json` lists every
file exactly once; the counts below match `labels.json`; no stray `.eml` file is on disk.

"""

LOOKALIKES = [
    ("ryokuhukai.example", "ryokufukai.example", "Kunrei-shiki romaji `hu` for `fu` (Exchange Online tenant)",
     "bec-03"),
    ("ryokufukai-med.example", "ryokufukai.example", "added word", "bec-04"),
    ("ryokufu-kai.example", "ryokufukai.example", "hyphen inserted", "bec-07"),
    ("ryokufukai.test", "ryokufukai.example", "other top-level domain", "bec-23"),
    ("ryokufu-sgp.example", "ryokufu-sg.example", "`sgp` for `sg`", "bec-25"),
    ("ryokufukal.example", "ryokufukai.example", "`l` for `i`", "bec-26"),
    ("ryokufukai-security.example", "ryokufukai.example", "added word", "phishing-07"),
    ("mitinoku-medical.example", "michinoku-medical.example", "Kunrei-shiki romaji `ti` for `chi`", "bec-08"),
    ("michinoku-medical-jp.example", "michinoku-medical.example", "added `-jp` (thread continued)", "bec-18"),
    ("hibari-kyuushoku.example", "hibari-kyushoku.example", "long vowel `uu` for `u`", "bec-12"),
    ("albretch-medtech.example", "albrecht-medtech.example", "letters transposed (`tch` for `cht`)", "bec-10"),
    ("albrecht-medtec.example", "albrecht-medtech.example", "final `h` dropped (Reply-To only)", "bec-19"),
    ("carelinkehr.example", "carelink-ehr.example", "hyphen dropped", "bec-11"),
    ("aoba-sougou-law.example", "aoba-sogo-law.example", "long vowels `ou` (そうごう)", "bec-22"),
    ("mori-bannk.example", "mori-bank.example", "doubled `n`", "phishing-04"),
]

HARD_NEGATIVES = [
    ("clean-01, 03", "invoice fraud (bank details in the text, PDF invoice)",
     "real vendor domain, authenticated, office hours, the account ON FILE"),
    ("clean-02", "vendor bank-account change (変更前/変更後, a new 普通 account)",
     "real domain, weeks ahead, signed letter by post, asks for a call to the number on file; the new account is on file"),
    ("clean-04", "payment pressure ('past due', routing and account in the text)",
     "real vendor tenant, 'remittance details are unchanged', routing and account on file, link only to its own portal"),
    ("clean-05", "bank phishing (certificate expires, 'log in')",
     "the listed bank's own authenticated domain (p=reject), login ID masked, links only to its own site"),
    ("clean-06, 07", "CEO fraud (至急, 本日中, 'same-day transfer today', an executive asking)",
     "the organisation's domains via the internal relay, approval numbers, people in Cc, vendor accounts on file"),
    ("clean-08, 09", "data theft (源泉徴収票, マイナンバー, IR8A, NRIC, bank details)",
     "internal applications on the corporate domain via the relay, documents only in the portal, nothing asked by mail"),
    ("clean-10", "attorney impersonation (law firm, confidential acquisition, executive named)",
     "the listed law firm's real domain, no payment (the firm writes that it never asks for transfers), link to its own file share"),
    ("clean-11, 12", "account compromise (RE: in a vendor thread, quoted history)",
     "real vendor, normal origin and hours, same correspondents, nothing to pay and nothing changes"),
    ("clean-13", "a move to chat and an unknown sender (WeChat, WhatsApp, LINE in the signature)",
     "solicited follow-up after a trade-show meeting, own authenticated domain, a quotation that is 'not an invoice'"),
    ("clean-14", "gift-card fraud (Amazon and Grab e-gift cards)",
     "subscribed newsletter through its mailing service, List-Unsubscribe, a survey draw"),
    ("clean-15", "CEO fraud (the chairman writes to everyone about LINE, gift cards, secret transfers, lawyers, data)",
     "the chairman's real mailbox via the internal relay; a warning, no request"),
    ("clean-16", "gift cards for staff (e-gift vouchers, the MD named)",
     "HR's real mailbox via the internal relay, a PO number, the MD in Cc, no codes or purchases asked"),
]


def _counts(rows):
    by_label = OrderedDict((l, Counter()) for l in LABELS)
    for r in rows:
        by_label[r["label"]][r["language"]] += 1
    by_scen = OrderedDict()
    for r in rows:
        by_scen.setdefault((r["label"], r["scenario"]), Counter())[r["language"]] += 1
    return by_label, by_scen


def count_tables(rows):
    by_label, by_scen = _counts(rows)
    out = ["## Counts", "", "| label | n | ja | en |", "| --- | --- | --- | --- |"]
    tj = te = 0
    for l, c in by_label.items():
        out.append(f"| `{l}` | {c['ja'] + c['en']} | {c['ja']} | {c['en']} |")
        tj += c["ja"]
        te += c["en"]
    out.append(f"| total | {tj + te} | {tj} | {te} |")
    out += ["", "| label | scenario | n | ja | en |", "| --- | --- | --- | --- | --- |"]
    order = {l: i for i, l in enumerate(LABELS)}
    sc_order = {s: i for i, s in enumerate(BEC_SCENARIOS)}
    for (l, s), c in sorted(by_scen.items(), key=lambda kv: (order[kv[0][0]], sc_order.get(kv[0][1], 99), kv[0][1])):
        out.append(f"| `{l}` | {s} | {c['ja'] + c['en']} | {c['ja']} | {c['en']} |")
    return out


def encodings(msgs):
    import mimeparts as M
    seen = Counter()
    for m in msgs:
        for p in M.leaves(m.body):
            if isinstance(p, M.Text):
                seen[(p.charset, p.cte)] += 1
    return ", ".join(f"{cs} {cte} ({n})" for (cs, cte), n in sorted(seen.items()))


def message_table(rows):
    out = ["## Messages", "", "| file | label | scenario | lang |", "| --- | --- | --- | --- |"]
    for r in rows:
        out.append(f"| `{r['file']}` | {r['label']} | {r['scenario']} | {r['language']} |")
    out += ["", "What makes each message what it is (sender, authentication, origin, recipients, request, "
            "encoding) is in the `notes` field of `labels.json`."]
    return out


def _bank(b):
    if "iban" in b:
        return f"{b['bank']}, IBAN `{b['iban']}`, SWIFT `{b['swift']}`"
    if "routing" in b:
        return f"{b['bank']}, ABA `{b['routing']}`, {b['account_type']} `{b['account']}`"
    return f"{b['bank']} {b['branch']} {b['account_type']} `{b['account']}` ({b['holder']})"


def org_section(msgs):
    P = C.P
    execs = ", ".join(f"{p.ja} ({p.title})" for p in C.PEOPLE.values() if p.executive)
    out = ["## The organisation", "",
           f"- **{C.NAME_JA}** ({C.NAME_EN}), a hospital group in Sendai: 仙台中央病院 (Sendai Chuo "
           "Hospital, with the corporation's head office, 法人事務局), 泉クリニック, and the care facility "
           f"介護老人保健施設 みどりの杜. Its subsidiary **{C.SG_NAME}** runs a clinic for Japanese "
           f"expatriates in Singapore on its own domain `{C.SG}`.",
           f"- Two mail domains and two address formats. Japan: **`{{given}}.{{family}}@{C.DOMAIN}`** "
           "(大野 雄一郎 → `yuichiro.ono@`, 佐々木 遥 → `haruka.sasaki@`). Singapore: "
           f"**`{{family}}.{{given, spaces removed}}@{C.SG}`** (Tan Wei Ling → `tan.weiling@`, Priya Raman → "
           "`raman.priya@`, 村上 博 → `murakami.hiroshi@`). No other format exists. Role and list addresses "
           "(`info@`, `zenshokuin@`, `enquiry@`, `all-staff@`) are not in the directory.",
           f"- Inbound MX `{C.MX}` ({C.MX_IP}) stamps the top `Received` and the only "
           f"`Authentication-Results` for both domains; internal mail is submitted to `{C.RELAY}` "
           f"({C.RELAY_IP}) from workstations in 10.41.0.0/16 (仙台中央病院 and head office), 10.42.0.0/16 "
           "(泉クリニック), 10.43.0.0/16 (みどりの杜) and 10.44.0.0/16 (Singapore, over the VPN), or by "
           f"internal applications (the payroll portal `{C.KYUYO_PORTAL[0]}`, the Singapore HR portal "
           f"`{C.SG_HR_PORTAL[0]}`). Both domains publish DMARC p=quarantine. `trusted_relays` lists the MX "
           "and the relay; `authserv_ids` lists the MX.",
           f"- Executives (`executive=true`): {execs}.",
           "- Roles the scenarios need: head of accounting 高田 直美; accounts payable 佐々木 遥 and 菅原 大輔; "
           "treasury 阿部 拓也; HR head 千葉 誠, payroll 及川 沙織, labour affairs 今野 亮; the chairman's "
           "secretary 桜井 美咲; general affairs 三上 隆; purchasing (用度課) 熊谷 和也 and 渡辺 優子; medical "
           "affairs (医事課) 岩渕 聡 and the health-information manager 武田 香織; IT 伊藤 翔太; nutrition 菊地 "
           "由美; clinical engineer 鈴木 健太; ward nurse 佐藤 綾香; care facility administrator 丹野 恵美; "
           "clinic administrator 大友 浩. Singapore: nurse manager 中島 さくら, clinic manager Tan Wei Ling, "
           "finance Priya Raman, HR & admin Lim Jia Hui, the MD's assistant Chua Mei Lin, staff nurse Ng Kok "
           "Wei, patient services Nur Aisyah Ismail.",
           "- Private addresses on file (`personal_emails`): " + "; ".join(
               f"{p.ja} `{p.personal[0]}`" for p in C.PEOPLE.values() if p.personal) + ". The payroll-diversion "
           "messages (bec-29, 30, 31) use other free-mail addresses than these.",
           "- Romaji variants the attackers use: 大野 is `Ono` in the directory and `ohno` in bec-32; 河野 is "
           "`Kono` and `kouno` in bec-28; 斎藤 is `Saito` and `saitou` in bec-34; 優子 is `Yuko` and `yuuko` in "
           "bec-05; Kunrei-shiki spellings `ryokuhukai` (bec-03) and `mitinoku` (bec-08) for the Hepburn "
           "`ryokufukai` and `michinoku`.",
           "", "### Vendors and partners (`vendors:` in org.yaml)", "",
           "| vendor | domain | payment details on file |", "| --- | --- | --- |"]
    for v in C.VENDORS:
        det = _bank(v.bank) if v.bank else "none on file; " + v.comment.split(";")[0]
        out.append(f"| {v.name} | `{v.domain}` | {det} |")
    o = C.HIBARI_OLD
    out += ["",
            "株式会社ひばり給食サービス changed its account from the April 2026 invoice on, announced by mail and "
            "by a signed letter on 2026-03-16 (clean-02) with a request to call its number on file; org.yaml "
            f"holds the new account. The old one ({o['bank']} {o['branch']} {o['account_type']} `{o['account']}`) "
            "appears only as 'before' in clean-02. Attackers then use that change: bec-12 'corrects' it from a "
            "look-alike and bec-16 says the new account 'cannot receive money yet'.",
            "",
            "### Look-alike and impostor domains used", "",
            "| domain | imitates | technique | messages |", "| --- | --- | --- | --- |"]
    for d, t, how, m in LOOKALIKES:
        out.append(f"| `{d}` | {t} | {how} | {m} |")
    out += ["",
            "Unknown, non-look-alike senders in BEC: law firms `harrowsterling-law.example` (bec-20), "
            "`kasumi-sogo-law.example` (bec-21) and `whitmorekane-law.example` (Cc of bec-23); free mail and "
            "ISP mailboxes in bec-01 (ocn.ne.jp), 02, 13, 24, 29, 31, 33 (gmail.com), 05 and 32 (icloud.com), "
            "06 and 30 (hotmail.com), 09 and 28 (yahoo.co.jp), 27 (outlook.com), 34 (nifty.com); free-mail "
            "Reply-To in bec-04 (outlook.com) and bec-16 (gmail.com); a look-alike Reply-To in bec-19; an "
            "outlook.com 'backup mailbox' added in Cc in bec-17.",
            "",
            "Account-compromise messages bec-14, 15, 16, 17 and 19 come from the vendors' **real**, fully "
            "authenticated domains and sit in real threads (In-Reply-To, References, quoted history); what "
            "gives them away is the content (a new payee for an invoice already sent, a payment put on hold, "
            "an account on file that 'cannot receive money', a prepayment for a part the thread said was "
            "covered, 'no phone calls'), the origin (webmail at 03:12, SMTP AUTH at 23:41 with another mail "
            "client, Exchange Online logins from outside addresses at night), the Reply-To (bec-16: Gmail; "
            "bec-19: a look-alike) and new recipients in Cc (bec-17, bec-19). bec-18 continues a real thread "
            "from a look-alike domain, so the sender's domain differs from every quoted message. Threads: "
            "clean-01 → (AP's acknowledgement) → bec-14; clean-03 → (AP's reply) → bec-15; (the April invoice "
            "and AP's acknowledgement) → bec-16; clean-04 → (finance's answer) → bec-17; (the price-revision "
            "question and answer) → bec-18; (the visit request) → clean-11 → (the engineer's confirmation) → "
            "bec-19; (the menu request) → clean-12. The messages in parentheses exist only as quoted history "
            "(`threads.py`). bec-10 names the real invoice of clean-03 without replying to it.",
            "",
            "### Hard negatives and what they mirror", "",
            "| clean message | looks like | why it is clean |", "| --- | --- | --- |"]
    for m, looks, why in HARD_NEGATIVES:
        out.append(f"| {m} | {looks} | {why} |")
    out += ["",
            "### Recipients that do not exist",
            "",
            "| message | address | pattern | employee |", "| --- | --- | --- | --- |",
            f"| bec-01 | `hsasaki@{C.DOMAIN}` | `{{given_initial}}{{family}}` | {P('sasaki').email} (also her "
            "private Yahoo! address) |",
            f"| bec-05 | `yuuko.watanabe@{C.DOMAIN}` | the real `{{given}}.{{family}}` with long-vowel romaji | "
            f"{P('watanabe').email} |",
            "",
            "bec-06 goes to the MD's assistant's corporate address and her private Gmail address on file; "
            "bec-32 to the secretary's corporate address and her private iCloud address on file.",
            "",
            "### Encodings", "",
            "Text parts by charset and transfer encoding: " + encodings(msgs) + ". Headers use RFC 2047 "
            "encoded-words in ISO-2022-JP, UTF-8, Shift_JIS and EUC-JP; Japanese attachment names use RFC 2231. "
            "Full-width digits in bec-03, 07, 08, 12, 14, 18, 21, 22, 29. HTML-only: bec-12, phishing-04, "
            "phishing-05. Attachments: PDF invoices, letters and forms (clean-01, 02, 03, 12, 13; bec-08, 10, 17, "
            "18, 19, 22), a text file with remittance details (bec-11), an HTML sign-in form (phishing-06).",
            ""]
    return out


def render(msgs):
    rows = [{"file": m.file, "label": m.label, "scenario": m.scenario, "language": m.lang} for m in msgs]
    clean = sum(1 for r in rows if r["label"] == "clean")
    text = _HEAD.format(n=len(rows), clean=clean, emp=len(C.PEOPLE), nv=len(C.VENDORS), mx=C.MX)
    lines = count_tables(rows) + [""] + org_section(msgs) + message_table(rows)
    return text + "\n".join(lines) + "\n"


def check(text, rows):
    for line in count_tables(rows):
        if line.startswith("|") and line not in text.split("\n"):
            raise SystemExit(f"check README: missing count row {line!r}")
    listed = re.findall(r"^\| `((?:bec|phishing|spam|clean)-[^`]+\.eml)` \|", text, re.M)
    if sorted(listed) != sorted(r["file"] for r in rows) or len(listed) != len(set(listed)):
        raise SystemExit("check README: the message table does not list every file exactly once")
    m = re.search(r"^\| total \| (\d+) \|", text, re.M)
    if not m or int(m.group(1)) != len(rows):
        raise SystemExit("check README: total differs from labels.json")
    for ref in set(re.findall(r"\b((?:bec|phishing|spam|clean)-\d\d)\b", text)):
        if not any(r["file"].startswith(ref + "-") for r in rows):
            raise SystemExit(f"check README: {ref} is mentioned but no such message exists")
    # 'bec-03, 07, 08' style lists: every number must exist for that label
    for label, nums in re.findall(r"\b(bec|phishing|spam|clean)-(\d\d(?:(?:, | and |/)\d\d)+)", text):
        for n in re.findall(r"\d\d", nums):
            if not any(r["file"].startswith(f"{label}-{n}-") for r in rows):
                raise SystemExit(f"check README: {label}-{n} is mentioned but no such message exists")
