"""README.md of labeled3: written from the message list, and checked against
labels.json (counts by label, scenario and language; every file listed once)."""
import re
from collections import Counter, OrderedDict

import company as C
from message import LABELS, BEC_SCENARIOS

_HEAD = """# labeled3: a third, blind evaluation set (BEC, phishing, spam, clean)

{n} raw messages (`*.eml`, CRLF line endings, each under 20 KB) addressed to a **new**
fictional organisation, 若葉化学工業株式会社 / Wakaba Chemical Industries Co., Ltd.
(`wakaba-chem.example`), each with one label: `bec`, `phishing`, `spam` or `clean`.
The set measures `becscope analyze --org org.yaml` on every BEC scenario the FBI
names (CEO fraud, invoice fraud, account compromise, attorney impersonation, data
theft, plus payroll diversion and gift cards), in Japanese and English, against
{clean} hard negatives that share the vocabulary of BEC (至急, 振込先, 口座変更, gift
cards, payroll, W-2/源泉徴収票, 'log in', acquisitions and confidentiality,
replies in vendor threads) but are genuine.

**Written blind.** The author did not read the detector: nothing under `Sources/`,
`docs/rules.md`, `docs/bec-evaluation.md`, the `labeled/` messages and generator,
or the `msgs_*.py` / `generate.py` of `labeled2/`. Only the formats were read
(`docs/interfaces.md`: the analyze sections and the org profile; `labeled2/README.md`
and its helper modules for encoding conventions; the case study). The code here was
written anew. Do not tune rules against this set; that would make it a training set.

**Everything is fictional**: people, companies, banks, account numbers, amounts,
addresses, phone numbers and URLs. Fictional companies use only `.example`, `.test`
and `.invalid` domains; real free-mail providers (gmail.com, outlook.com, outlook.jp,
yahoo.co.jp, icloud.com, nifty.com, ocn.ne.jp) appear only as attackers' or
strangers' sender domains, as in real BEC. Brands (Microsoft 365, Amazon.co.jp,
ヤマト運輸, an e-signature service) appear only as phishing lures. Fictional servers
use documentation and private addresses (192.0.2.0/24, 198.51.100.0/24,
203.0.113.0/24, 10.0.0.0/8); the real providers' relays are shown with host names
and address ranges of the kind they use. Every IBAN and US ABA routing number has a
valid checksum (fraudsters send numbers a bank accepts) but was made up; none
belongs to a real account. DKIM-Signature fields are decorative and do not verify;
the verdicts are in `Authentication-Results: mx.wakaba-chem.example`.
**Do not visit any link or domain in these files.**

## Files

| file | what it is |
| --- | --- |
| `org.yaml` | organisation profile (`docs/interfaces.md` format) with the new `vendors:` key |
| `employees.csv` | {emp} employees: `email, family_name, given_name, family_name_latin, given_name_latin, title, personal_emails, executive` |
| `*.eml` | the messages: `LABEL-NN-short-description-LANG.eml` |
| `labels.json` | one object per message: `file`, `label`, `scenario`, `language`, `notes` |
| `generate.py` | writes every file here and checks it; `--check` checks without writing |
| `company.py`, `readme.py` | the organisation (with its relay's and PCs' names), this README |
| `../mailgen/`: `mimeparts.py`, `providers.py`, `routes.py`, `banking.py`, `common.py`, `message.py` | shared with the other labeled sets: MIME encoding and PDF, trace fields (mail providers', the organisation's relay and MX), IBAN/ABA, helpers, message assembly and checks |
| `msgs_ceo.py`, `msgs_vendor.py`, `msgs_bec_other.py`, `msgs_phishing.py`, `msgs_spam.py`, `msgs_clean.py`, `msgs_clean2.py` | the messages |
| `.gitattributes` | `*.eml -text`: keeps the CRLF bytes exact |

## Regenerate and check

```sh
python3 generate.py          # writes all files, then checks them
python3 generate.py --check  # writes nothing: the files on disk must equal the generator's output
```

Python 3 standard library only. The output is deterministic (every token comes from
SHA-256 of a seed), so two runs give identical bytes. Edit messages in `msgs_*.py`,
never the `.eml` files by hand. The checks: every message parses with Python's
`email` package (policy `default`) without defects; CRLF only, final CRLF, lines
≤ 998 octets, under 20 KB, 8-bit bytes only in `8bit` parts; the first fields are
`Return-Path`, `Delivered-To`, the MX's `Authentication-Results` (spf, dkim, dmarc)
and the MX's `Received`; From/To/Cc/Reply-To/Subject decode to what the generator
meant and every text part decodes back to its source; every attachment round-trips;
replies carry `In-Reply-To` and `References`; each IBAN and ABA routing number found
in any text or PDF has a valid checksum, the accounts a message claims appear in it,
a fraud account never equals a vendor's account on file and a clean invoice shows the
one on file; every URL host and address domain is fictional or a known provider;
`labels.json` lists every file exactly once; the counts below match `labels.json`.

"""


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
    out += ["", "What makes each message what it is (sender, authentication, recipients, request, "
            "encoding) is in the `notes` field of `labels.json`."]
    return out


def org_section():
    out = ["## The organisation", "",
           f"- **{C.NAME_JA}** ({C.NAME_EN}), a specialty-chemicals maker in Kawasaki with a US "
           "sales subsidiary in Houston (Wakaba Chemical America) whose staff use the parent's domain.",
           f"- One mail domain, `{C.DOMAIN}`. Address format **`{{given}}.{{family}}@{C.DOMAIN}`** in "
           "lower-case Hepburn without long-vowel marks (小松 大介 → `daisuke.komatsu@`, 河野 直樹 → "
           "`naoki.kono@`, 太田 早紀 → `saki.ota@`). No other format exists; `all-staff@` and `wca-all@` "
           "are lists, not in the directory.",
           f"- Inbound MX `{C.MX}` ({C.MX_IP}) stamps the top `Received` and the only "
           f"`Authentication-Results`; internal mail is submitted to `{C.SMTP}` ({C.SMTP_IP}) from office "
           "PCs in 10.20.0.0/16. `trusted_relays` lists both; `authserv_ids` lists the MX.",
           "- Roles the scenarios need: CEO 森田 健一, CFO 高木 真理子, COO 石井 誠, director 西村 浩, general "
           "counsel 福田 綾 (all `executive=true`); accounts payable 小松 大介 and 山本 葵; finance 藤井 拓海; "
           "head of accounting 原 恵美; payroll 岡本 由紀 (JP) and Jennifer Ortiz (US); US controller Daniel "
           "Brooks; secretary 太田 早紀.",
           "- Private addresses on file (`personal_emails`): " + "; ".join(
               f"{p.ja} `{p.personal[0]}`" for p in C.PEOPLE.values() if p.personal) + ".",
           "", "### Vendors and partners (`vendors:` in org.yaml)", "",
           "The profile carries a new key, `vendors:`, the suppliers and partners with the payment details on "
           "file (`bank:` with `bank`, `branch`, `account_type`, `account`, `holder`; or `iban`/`swift`; or "
           "`routing`/`account` for the US vendor).", "",
           "| vendor | domain | payment details on file |", "| --- | --- | --- |"]
    for v in C.VENDORS:
        if v.bank:
            b = v.bank
            if "iban" in b:
                det = f"{b['bank']}, IBAN `{b['iban']}`, SWIFT `{b['swift']}`"
            elif "routing" in b:
                det = f"{b['bank']}, ABA `{b['routing']}`, {b['account_type']} `{b['account']}`"
            else:
                det = f"{b['bank']} {b['branch']} {b['account_type']} `{b['account']}` ({b['holder']})"
        else:
            det = "none on file; " + v.comment.split(";")[0]
        out.append(f"| {v.name} | `{v.domain}` | {det} |")
    out += ["",
            "### Look-alike and impostor domains used", "",
            "| domain | imitates | technique | messages |", "| --- | --- | --- | --- |",
            "| `wakaba-chern.example` | wakaba-chem.example | `rn` for `m` | bec-04 |",
            "| `wakaba-chemical.example` | wakaba-chem.example | word completed | bec-22 |",
            "| `wakaba-chem.test` | wakaba-chem.example | other top-level domain | bec-24 |",
            "| `wakaba-chem-hd.example` | wakaba-chem.example | added word (Cc only) | bec-18 |",
            "| `wakaba-chem-it.example` | wakaba-chem.example | added word | phishing-04 |",
            "| `midori-butsuryuu.example` | midori-butsuryu.example | doubled vowel | bec-06 |",
            "| `northwind-cornponents.example` | northwind-components.example | `rn` for `m` | bec-07 |",
            "| `northwind-components-uk.example` | northwind-components.example | added word (Reply-To only) | bec-17 |",
            "| `pacificvalve-inc.example` | pacificvalve.example | added word | bec-08 |",
            "| `chigusa-housou.example` | chigusa-hoso.example | romanisation variant | bec-10 |",
            "| `sakurazaka-lawoffice.example` | sakurazaka-law.example | word changed | bec-21 |",
            "| `shiranami-bank-jp.example` | shiranami-bank.example | added word | phishing-03 |",
            "",
            "Account-compromise messages (bec-12 … bec-17) come from the vendors' **real**, fully "
            "authenticated domains; what gives them away is the content (new payee, payments on hold), the "
            "Reply-To (bec-14, bec-17), a sender that differs from the quoted history (bec-15), and the "
            "origin (webmail or SMTP AUTH from unusual addresses at unusual hours). clean-01 is the genuine "
            "invoice that bec-12 later quotes; phishing-08 is a credential lure from a compromised vendor "
            "mailbox (labelled phishing: it asks for a password, not money).",
            "",
            "### Hard negatives and what they mirror", "",
            "| clean message | looks like | why it is clean |", "| --- | --- | --- |",
            "| clean-01, 02, 04 | invoice fraud (bank details in the mail, PDF invoice, full-width digits in 04) | real vendor domain, authenticated, the account ON FILE |",
            "| clean-03, 05 | payment pressure ('past due', 'not received') | real vendor domain, the account on file, nothing changes |",
            "| clean-06, 07 | bank phishing ('log in', transfer details) | the listed bank's own authenticated domain, links only to it |",
            "| clean-08, 09, 10 | CEO fraud / urgent transfer (至急, 本日中, the CEO himself in 09) | corporate domain via the internal relay, on-file accounts, approval numbers, people in Cc |",
            "| clean-11, 12, 21 | payroll diversion, data theft (給与口座変更, 源泉徴収票, direct deposit) | HR / employee on the corporate domain; portal only, no data or account numbers by mail |",
            "| clean-13 | attorney impersonation (law firm, acquisition, confidentiality) | the listed law firm's real domain, no payment |",
            "| clean-14, 15 | account compromise (RE: in a vendor thread, quoted history) | real vendor, office network, no payment change |",
            "| clean-20 | gift-card fraud | cards handed out in person, never sent by mail |",
            "| clean-22 | credential phishing (password deadline, 'log in') | the organisation's own portal, link text = href |",
            "| clean-16, 17, 18, 19, 23 | bulk mail, invitations, auto-replies | subscribed senders, internal calendar, Auto-Submitted |",
            "",
            "### Recipients that do not exist",
            "",
            "| message | address | pattern | employee |", "| --- | --- | --- | --- |",
            "| bec-01 | `dkomatsu@wakaba-chem.example` | `{given_initial}{family}` | daisuke.komatsu (also his private Gmail) |",
            "| bec-31 | `s.ota@wakaba-chem.example` | `{given_initial}.{family}` | saki.ota |",
            ""]
    return out


def render(specs):
    rows = [{"file": s.file, "label": s.label, "scenario": s.scenario, "language": s.lang} for s in specs]
    clean = sum(1 for r in rows if r["label"] == "clean")
    text = _HEAD.format(n=len(rows), clean=clean, emp=len(C.PEOPLE))
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
