"""README.md of labeled5: written from the message list, and checked against
labels.json (counts by label, scenario and language; every file listed once;
every message it mentions exists)."""
import re
from collections import Counter, OrderedDict

import company as C
from message import LABELS, BEC_SCENARIOS

_HEAD = """# labeled5: a fifth, blind evaluation set (BEC, phishing, spam, clean)

{n} raw messages (`*.eml`, CRLF line endings, each under 20 KB) addressed to a **new**
fictional organisation, 株式会社朝凪ロジスティクス / Asanagi Logistics Co., Ltd.
(`asanagi-logi.example`, with its US subsidiary on `asanagi-usa.example`), a third-party
logistics company (warehousing, trucking, freight forwarding), each with one label: `bec`,
`phishing`, `spam` or `clean`. The set measures `becscope analyze --org org.yaml` on the BEC
scenarios the FBI names (CEO fraud, bogus invoices, account compromise, attorney
impersonation, data theft, plus payroll diversion and gift cards), in Japanese and English,
against {clean} hard negatives that share the vocabulary of BEC (至急, 本日中, 振込先変更, 口座,
源泉徴収票, マイナンバー, W-2, direct deposit, gift cards, LINE/WeChat/WhatsApp, acquisitions and
confidentiality, replies in vendor threads) but are genuine.

**Written blind.** The author did not read the detector: nothing under `Sources/`,
`docs/rules.md`, `docs/bec-evaluation.md`, no Swift file under `Tests/`, no `*.eml` file of
the repository, and no `msgs_*.py`, `mail_*.py` or `generate.py` of the earlier sets, and
ran neither becscope nor a Swift build. What was read: the case study
(`shared/mission/case-study.md`), `docs/interfaces.md` (input formats, the organisation
profile with its `vendors:` key, the employee directory), `labeled4/README.md`,
`labeled4/company.py`, `labeled4/readme.py` (and the first entries of `labeled4/labels.json`
for its layout), and the shared helpers in `../mailgen/` (`mimeparts.py`, `providers.py`,
`routes.py`, `banking.py`, `common.py`, `message.py`), which hold MIME encoding, trace-field,
checksum and message-check helpers and no detection rules. The generator imports those
helpers unchanged; this set's own helpers are in `local.py`. The messages were written as an
attacker or a real correspondent would write them, without guessing what any detector looks
for. Do not tune rules against this set; that would make it a training set.

**Everything is fictional**: people, companies, banks, account numbers, amounts,
addresses, phone numbers and URLs. Fictional companies use only `.example`, `.test` and
`.invalid` domains; real free-mail and ISP providers (gmail.com, outlook.com, hotmail.com,
yahoo.co.jp, icloud.com, nifty.com, ocn.ne.jp) appear only as attackers', strangers' and
employees' private addresses. Brands (Microsoft 365, 日本郵便, Apple, Amazon, Google Play,
LINE, WhatsApp, WeChat, Telegram) appear only as lures or as names in text. Fictional servers
use documentation and private addresses (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
10.0.0.0/8); the real providers' relays are shown with host names and address ranges of the
kind they use. Every IBAN and US ABA routing number has a valid checksum (fraudsters send
numbers a bank accepts) but was made up. DKIM-Signature fields are decorative and do not
verify; the verdicts are in `Authentication-Results: {mx}`. Telephone numbers use
unassigned ranges (`045-000-…`, `03-0000-…`, `555-01…`, `+31 13 000 …`).
**Do not visit any link or domain in these files.**

## Files

| file | what it is |
| --- | --- |
| `org.yaml` | organisation profile (`docs/interfaces.md` format) with `vendors:` ({nv} suppliers and partners, payment details on file) |
| `employees.csv` | {emp} employees: `email, family_name, given_name, family_name_latin, given_name_latin, title, personal_emails, executive` |
| `*.eml` | the messages: `LABEL-NN-short-description-LANG.eml` |
| `labels.json` | one object per message: `file`, `label`, `scenario`, `language`, `notes` |
| `generate.py` | writes every file here and checks it; `--check` checks without writing |
| `company.py`, `readme.py` | the organisation (with its relay's and PCs' names, read by `../mailgen/routes.py`), this README |
| `local.py` | this set's short-hands over `../mailgen`: how each kind of sender reaches the MX (route, verdicts, Message-ID, header order), PDF and text attachments |
| `threads.py` | earlier messages of the vendor threads that later messages quote and reference |
| `mail_ceo.py`, `mail_invoice.py`, `mail_compromise.py`, `mail_other.py`, `mail_phishing.py`, `mail_spam.py`, `mail_clean.py`, `mail_clean2.py` | the messages |
| `.gitattributes` | `*.eml -text`: keeps the CRLF bytes exact |

## Regenerate and check

```sh
python3 generate.py          # writes all files, then checks them
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
round-trips; replies carry `In-Reply-To` and `References` (ending with it) and a message of
the set is only referenced by later ones; each IBAN and ABA routing number in any text or
PDF has a valid checksum, the accounts a message claims appear in it, a fraud account never
equals a vendor's account on file, and a clean message marked as carrying a vendor's payment
details shows the ones on file; every URL host and address domain is fictional or a known
provider; file names, numbering (01.. without gaps per label) and Message-IDs are unique;
`labels.json` lists every file exactly once; the counts below match `labels.json`; no stray
`.eml` file is on disk.

"""

LOOKALIKES = [
    ("asanagi-logistics.example", "asanagi-logi.example", "abbreviation spelled out", "bec-03"),
    ("asanagl-logi.example", "asanagi-logi.example", "`l` for `i`", "bec-04"),
    ("asanagilogi.example", "asanagi-logi.example", "hyphen dropped (Exchange Online tenant)", "bec-07"),
    ("asanagi-group.example", "asanagi-logi.example", "word swapped", "bec-22"),
    ("asanagi-usa-inc.example", "asanagi-usa.example", "added word", "bec-24"),
    ("asanagi-logi.test", "asanagi-logi.example", "other top-level domain", "bec-26"),
    ("asanagi-logi-mailguard.example", "asanagi-logi.example", "added word", "phishing-07"),
    ("hamakaze-unsou.example", "hamakaze-unso.example", "romaji long vowel `unsou` for `unso`", "bec-08"),
    ("sea1ine-oil.example", "sealine-oil.example", "digit `1` for `l`", "bec-09"),
    ("vanrijn-system.example", "vanrijn-systems.example", "final `s` dropped", "bec-10"),
    ("pacharbour-drayage.example", "pacharbor-drayage.example", "British `harbour`", "bec-11"),
    ("pacharbor-drayage-llc.example", "pacharbor-drayage.example", "added word (thread continued)", "bec-17"),
    ("sakurasaka-law.example", "sakurazaka-law.example", "romaji `s` for `z` (さくらさか / さくらざか)", "bec-23"),
    ("kamorne-bank.example", "kamome-bank.example", "`rn` for `m`", "phishing-04"),
]

HARD_NEGATIVES = [
    ("clean-01, 02, 03", "invoice fraud (bank details in the mail, PDF invoice, full-width digits and Shift_JIS in 02)",
     "real vendor domain, authenticated, office origin, the account ON FILE"),
    ("clean-04", "payment pressure ('past due', routing and account in the mail)",
     "real vendor domain, routing and account on file, link only to its own portal"),
    ("clean-05", "bank phishing ('log in to check')",
     "the listed bank's own authenticated domain, links only to it, account masked"),
    ("clean-06, 07", "CEO fraud / urgent transfer (至急, 本日中, 'today instead of Friday', an executive asking)",
     "the organisation's domains via the internal relay, approval numbers, people in Cc, vendor accounts on file"),
    ("clean-08, 16", "data theft (源泉徴収票, マイナンバー, W-2, SSN, direct deposit)",
     "HR on the corporate domain (HR portal or relay), documents only in the portal, nothing by mail"),
    ("clean-09", "attorney impersonation (law firm, confidential acquisition, insider information, the CFO in Cc)",
     "the listed law firm's real domain, no payment, link to its own file share"),
    ("clean-10", "vendor bank-account change",
     "real domain, a month ahead, sealed letter by post, call-back to the number on file; the new account is on file"),
    ("clean-11, 12", "account compromise (RE:/Re: in a vendor thread, quoted history)",
     "real vendor, normal origin and hours, same correspondents, nothing changes"),
    ("clean-13", "spam / move to chat (WeChat, WhatsApp, LINE in the signature)",
     "solicited follow-up after a trade-show meeting, own authenticated domain, no payment"),
    ("clean-14", "gift-card fraud (Amazon gift cards)", "subscribed newsletter with a survey draw, List-Unsubscribe"),
    ("clean-15", "CEO fraud (the president writes to everyone about LINE, gift cards, secret transfers, lawyers)",
     "the president's real mailbox via the internal relay; a warning, no request"),
    ("clean-17", "payroll diversion (給与振込口座の変更)",
     "the employee's corporate mailbox via the relay, applied in the HR portal, no account number by mail"),
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


def org_section():
    P = C.P
    execs = ", ".join(f"{p.ja} ({p.title})" for p in C.PEOPLE.values() if p.executive)
    out = ["## The organisation", "",
           f"- **{C.NAME_JA}** ({C.NAME_EN}), a third-party logistics company in Yokohama (head office) "
           "with a distribution centre in Atsugi, and a US subsidiary in Carson, California (Asanagi "
           f"Logistics USA, Inc., own domain `{C.USA}`) serving the ports of Los Angeles and Long Beach.",
           f"- Two mail domains. Japan staff: **`{{family}}.{{given}}@{C.DOMAIN}`** (工藤 恭平 → "
           f"`kudo.kyohei@`, 東海林 健吾 → `shoji.kengo@`). US staff: **`{{given initial}}{{family}}@{C.USA}`** "
           "(Robert Delgado → `rdelgado@`). No other format exists. Role and list addresses (`info@`, "
           "`keiri@`, `zensha@`, `all-usa@`) are not in the directory.",
           f"- Inbound MX `{C.MX}` ({C.MX_IP}) stamps the top `Received` and the only "
           f"`Authentication-Results` for both domains; internal mail is submitted to `{C.RELAY}` "
           f"({C.RELAY_IP}) from office PCs in 10.61.0.0/16 (Yokohama), 10.62.0.0/16 (Atsugi) and "
           "10.63.0.0/16 (Carson, over the VPN), or by internal applications (the HR portal "
           f"`{C.HR_PORTAL[0]}`). `trusted_relays` lists the MX and the relay; `authserv_ids` lists the MX.",
           f"- Executives (`executive=true`): {execs}.",
           "- Roles the scenarios need: head of accounting 前田 恵; accounts payable 岩崎 翼 and 小野寺 紗希; "
           "treasury 久保 拓海; HR head 杉山 直樹, payroll 今井 彩, labour affairs 福田 美穂; president's "
           "secretary 中野 真由; procurement 川口 聡 and 平野 亜美; legal 三浦 里奈; IT 坂本 亮介; sales 石井 翔 "
           "and 原田 航; Atsugi centre 青木 秀樹 (manager), 森本 優斗 (dispatch), 藤井 健太郎 (warehouse); US "
           "controller Melissa Grant, AP Hannah Cole, HR & payroll Dana Ortiz, executive assistant Olivia "
           "Brooks, operations Kevin Nguyen, dispatcher Tyler Jensen, warehouse lead Luis Ramirez.",
           "- Private addresses on file (`personal_emails`): " + "; ".join(
               f"{p.ja} `{p.personal[0]}`" for p in C.PEOPLE.values() if p.personal) + ".",
           "- Romaji variants the attackers use: 東海林 is `Shoji` in the directory and `shouji` in bec-34; "
           "ハマカゼ運送 is `hamakaze-unso` and the look-alike `hamakaze-unsou`; 桜坂 is `sakurazaka` and the "
           "look-alike `sakurasaka`.",
           "", "### Vendors and partners (`vendors:` in org.yaml)", "",
           "| vendor | domain | payment details on file |", "| --- | --- | --- |"]
    for v in C.VENDORS:
        det = _bank(v.bank) if v.bank else "none on file; " + v.comment.split(";")[0]
        out.append(f"| {v.name} | `{v.domain}` | {det} |")
    o = C.HAMAKAZE_OLD
    out += ["",
            "株式会社ハマカゼ運送 changed its account on 2026-03-01, announced by mail and by a sealed letter on "
            "2026-02-04 (clean-10) and verified by a call-back to its number on file under the organisation's "
            f"procedure KEI-12; org.yaml holds the new account. The old one ({o['bank']} {o['branch']} "
            f"{o['account_type']} `{o['account']}`) appears only as 'before' in clean-10.",
            "",
            "### Look-alike and impostor domains used", "",
            "| domain | imitates | technique | messages |", "| --- | --- | --- | --- |"]
    for d, t, how, m in LOOKALIKES:
        out.append(f"| `{d}` | {t} | {how} | {m} |")
    out += ["",
            "Unknown, non-look-alike senders in BEC: law firms `piercehollowaylaw.example` (bec-20), "
            "`tokyo-chuo-lawpartners.example` (bec-21) and `kwanbarrett-law.example` (Cc of bec-22); free "
            "mail and ISP mailboxes in bec-01/02 (nifty), 05 (icloud.com), 06, 13, 25, 29, 30, 33, 34 "
            "(gmail.com), 12 and 28 (yahoo.co.jp), 27 (outlook.com), 31 (hotmail.com), 32 (ocn.ne.jp); "
            "free-mail Reply-To in bec-03 (outlook.com), 18, 19 and 24 (gmail.com); an outlook.com address "
            "added in Cc in bec-15.",
            "",
            "Account-compromise messages bec-14, 15, 16, 18 and 19 come from the vendors' **real**, fully "
            "authenticated domains and sit in real threads (In-Reply-To, References, quoted history); what "
            "gives them away is the content (a new payee for an invoice already sent, payments put on hold, "
            "'don't phone us', billing 'moved to a related company'), the origin (webmail at 02:47, SMTP AUTH "
            "or Exchange Online logins from outside addresses at night), the Reply-To (bec-18, bec-19: Gmail) "
            "and a new recipient in Cc (bec-15). bec-17 continues a real thread from a look-alike domain, so "
            "the sender's domain differs from every quoted message. Threads: clean-01 → bec-14; clean-03 → "
            "(the buyer's confirmation) → bec-15; (April invoice) → bec-16; clean-04 → (the AP clerk's "
            "answer) → bec-17; (the W-9 request and answer) → bec-18; (the price-revision question and "
            "answer) → bec-19; (a visit request) → clean-11; (a request for extra trucks) → clean-12. The "
            "messages in parentheses exist only as quoted history (`threads.py`).",
            "",
            "### Hard negatives and what they mirror", "",
            "| clean message | looks like | why it is clean |", "| --- | --- | --- |"]
    for m, looks, why in HARD_NEGATIVES:
        out.append(f"| {m} | {looks} | {why} |")
    out += ["",
            "### Recipients that do not exist",
            "",
            "| message | address | pattern | employee |", "| --- | --- | --- | --- |",
            f"| bec-01 | `sishii@{C.DOMAIN}` | `{{given_initial}}{{family}}` | {P('ishii').email} (also his private Gmail) |",
            f"| bec-02 | `tiwasaki@{C.DOMAIN}` | `{{given_initial}}{{family}}` | {P('iwasaki').email} (also his private Gmail) |",
            "",
            "bec-32 goes to the secretary's corporate address and her private iCloud address on file. The "
            "`{given_initial}{family}` pattern is the real one on the US domain, but not on the Japanese one.",
            ""]
    return out


def render(specs):
    rows = [{"file": s.file, "label": s.label, "scenario": s.scenario, "language": s.lang} for s in specs]
    clean = sum(1 for r in rows if r["label"] == "clean")
    text = _HEAD.format(n=len(rows), clean=clean, emp=len(C.PEOPLE), nv=len(C.VENDORS), mx=C.MX)
    lines = count_tables(rows) + [""] + org_section() + message_table(rows)
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
