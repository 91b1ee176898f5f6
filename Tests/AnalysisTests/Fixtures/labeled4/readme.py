"""README.md of labeled4: written from the message list, and checked against
labels.json (counts by label, scenario and language; every file listed once)."""
import re
from collections import Counter, OrderedDict

import company as C
from message import LABELS, BEC_SCENARIOS

_HEAD = """# labeled4: a fourth, blind evaluation set (BEC, phishing, spam, clean)

{n} raw messages (`*.eml`, CRLF line endings, each under 20 KB) addressed to a **new**
fictional organisation, 青嵐電子工業株式会社 / Seiran Electronics Co., Ltd.
(`seiran-elec.example`, with its Singapore subsidiary on `seiran-asia.example`), each with
one label: `bec`, `phishing`, `spam` or `clean`. The set measures
`becscope analyze --org org.yaml` on the BEC scenarios the FBI names (CEO fraud, bogus
invoices, account compromise, attorney impersonation, data theft, plus payroll diversion
and gift cards), in Japanese and English, against {clean} hard negatives that share the
vocabulary of BEC (至急, 振込先変更, 口座, 源泉徴収票, W-2, gift cards, LINE/WeChat/WhatsApp,
acquisitions and confidentiality, replies in vendor threads) but are genuine.

**Written blind.** The author did not read the detector: nothing under `Sources/`,
`docs/rules.md`, `docs/bec-evaluation.md` or `Tests/` (other than what is listed here), no
`*.eml` file of the repository, and no `msgs_*.py` / `generate.py` of the earlier sets.
What was read: the case study (`shared/mission/case-study.md`), `docs/interfaces.md` (input
formats, the organisation profile with its `vendors:` key, the employee directory),
`labeled3/README.md`, and labeled3's helper modules (`mimeparts.py`, `routes.py`,
`banking.py`, `common.py`, `message.py`, `readme.py`, `company.py`), which hold encoding,
trace-field and checksum helpers and no detection rules; they were copied and adapted,
and afterwards (by the engineer who committed the set, without changing a byte of it) merged
with labeled3's into `../mailgen/`, which both generators now share. The messages were written as an attacker or a real correspondent would write
them, without guessing what any detector looks for. Do not tune rules against this set;
that would make it a training set.

**Everything is fictional**: people, companies, banks, account numbers, amounts,
addresses, phone numbers and URLs. Fictional companies use only `.example`, `.test` and
`.invalid` domains; real free-mail and ISP providers (gmail.com, outlook.com, yahoo.co.jp,
icloud.com, nifty.com, ocn.ne.jp) appear only as attackers' or strangers' sender domains.
Brands (Microsoft 365, 佐川急便, DHL, an e-signature and a file-sharing service) appear only
as phishing lures. Fictional servers use documentation and private addresses
(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 10.0.0.0/8); the real providers' relays
are shown with host names and address ranges of the kind they use. Every IBAN and US ABA
routing number has a valid checksum (fraudsters send numbers a bank accepts) but was made
up. DKIM-Signature fields are decorative and do not verify; the verdicts are in
`Authentication-Results: mx1.seiran-elec.example`. Telephone numbers use unassigned
ranges (`053-000-…`, `+44 7700 900…`, `555-01…`).
**Do not visit any link or domain in these files.**

## Files

| file | what it is |
| --- | --- |
| `org.yaml` | organisation profile (`docs/interfaces.md` format) with `vendors:` (6 suppliers and partners, payment details on file) |
| `employees.csv` | {emp} employees: `email, family_name, given_name, family_name_latin, given_name_latin, title, personal_emails, executive` |
| `*.eml` | the messages: `LABEL-NN-short-description-LANG.eml` |
| `labels.json` | one object per message: `file`, `label`, `scenario`, `language`, `notes` |
| `generate.py` | writes every file here and checks it; `--check` checks without writing |
| `company.py`, `readme.py` | the organisation (with its relay's and PCs' names), this README |
| `../mailgen/`: `mimeparts.py`, `providers.py`, `routes.py`, `banking.py`, `common.py`, `message.py` | shared with the other labeled sets: MIME encoding and PDF, trace fields (mail providers', the organisation's relay and MX), IBAN/ABA, helpers, message assembly and checks |
| `threads.py` | earlier messages of the vendor threads that later messages quote and reference |
| `mail_ceo.py`, `mail_invoice.py`, `mail_compromise.py`, `mail_other.py`, `mail_phishing.py`, `mail_spam.py`, `mail_clean.py`, `mail_clean2.py` | the messages |
| `.gitattributes` | `*.eml -text`: keeps the CRLF bytes exact |

## Regenerate and check

```sh
python3 generate.py          # writes all files, then checks them
python3 generate.py --check  # writes nothing: the files on disk must equal the generator's output
```

Python 3 standard library only. The output is deterministic (every token comes from
SHA-256 of a seed), so two runs give identical bytes. Edit messages in `mail_*.py`, never
the `.eml` files by hand. The checks: every message parses with Python's `email` package
(policy `default`) without defects; CRLF only, final CRLF, lines ≤ 998 octets, under
20 KB, 8-bit bytes only in `8bit` parts; the first fields are `Return-Path`,
`Delivered-To` (an organisation address), the MX's `Authentication-Results` (spf, dkim,
dmarc) and the MX's `Received`; From/To/Cc/Reply-To/Subject decode to what the generator
meant and every text part decodes back to its source; every attachment round-trips;
replies carry `In-Reply-To` and `References` (ending with it); each IBAN and ABA routing
number found in any text or PDF has a valid checksum, the accounts a message claims
appear in it, a fraud account never equals a vendor's account on file, and a clean
message marked as carrying a vendor's payment details shows the ones on file; every URL
host and address domain is fictional or a known provider; file names, numbering and
Message-IDs are unique; `labels.json` lists every file exactly once; the counts below
match `labels.json`; no stray `.eml` file is on disk.

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
           f"- **{C.NAME_JA}** ({C.NAME_EN}), a maker of power modules and sensor boards in Hamamatsu, "
           "with a sales subsidiary in Singapore (Seiran Electronics Asia Pte. Ltd., own domain "
           f"`{C.ASIA}`) and a US office in San Jose (Seiran Electronics America, Inc.) whose staff use the "
           "parent's domain.",
           f"- Two mail domains. Japan and US staff: **`{{given initial}}-{{family}}@{C.DOMAIN}`** "
           "(桐谷 誠一郎 → `s-kiritani@`, 大野 隆 → `t-ohno@`, Laura Bennett → `l-bennett@`). Singapore staff: "
           f"**`{{given}}.{{family}}@{C.ASIA}`** (Wei Ling Tan → `weiling.tan@`). No other format exists; "
           "`all@` and `sea-all@` are lists, not in the directory.",
           f"- Inbound MX `{C.MX}` ({C.MX_IP}) stamps the top `Received` and the only "
           f"`Authentication-Results` for both domains; internal mail is submitted to `{C.RELAY}` "
           f"({C.RELAY_IP}) from office PCs in 10.41.0.0/16 (Hamamatsu), 10.42.0.0/16 (Singapore) and "
           "10.43.0.0/16 (San Jose, over the VPN). `trusted_relays` lists the MX and the relay; "
           "`authserv_ids` lists the MX.",
           "- Roles the scenarios need: CEO 桐谷 誠一郎, vice-president 長谷川 由美子, CFO 宮崎 俊介, sales "
           "director 大野 隆 (romaji `Ohno`), CTO 伊藤 浩二, US president Gregory Hale, Singapore managing "
           "director Daniel Lim (all `executive=true`); head of accounting 松本 直美; accounts payable "
           "佐々木 健太 and 村上 愛; treasury 吉田 翔太; HR head 小林 雅人, payroll 井上 優子, labour 加藤 真央; "
           "purchasing 石田 健 and 林 さくら; secretary 中川 美咲; general affairs 山口 和也; legal 岡田 理恵; "
           "US controller Michael Reyes, US HR Laura Bennett; Singapore finance Wei Ling Tan, HR & payroll "
           "Priya Nair, assistant Rachel Chua.",
           "- Private addresses on file (`personal_emails`): " + "; ".join(
               f"{p.ja} `{p.personal[0]}`" for p in C.PEOPLE.values() if p.personal) + ".",
           "", "### Vendors and partners (`vendors:` in org.yaml)", "",
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
    o = C.KODAMA_OLD
    out += ["",
            f"株式会社コダマ電材 changed its account on 2026-04-01 after a signed letter (2026-02-13) and a "
            f"call-back to its number on file under the organisation's procedure FIN-07; org.yaml holds the "
            f"verified new account. The old one ({o['bank']} {o['branch']} {o['account_type']} `{o['account']}`) "
            "appears only as 'before' in clean-10 and in history.",
            "",
            "### Look-alike and impostor domains used", "",
            "| domain | imitates | technique | messages |", "| --- | --- | --- | --- |",
            "| `seiran-e1ec.example` | seiran-elec.example | digit `1` for `l` | bec-03 |",
            "| `seiranelec.example` | seiran-elec.example | hyphen dropped | bec-07 |",
            "| `seiran-elec-group.example` | seiran-elec.example | added word | bec-22 |",
            "| `seiran-elec-us.example` | seiran-elec.example | added word | bec-24 |",
            "| `seiran-elec.test` | seiran-elec.example | other top-level domain | bec-26 |",
            "| `seiran-elec-support.example` | seiran-elec.example | added word | phishing-07 |",
            "| `seiran-asia-voice.example` | seiran-asia.example | added word | phishing-06 |",
            "| `takami-seirnitsu.example` | takami-seimitsu.example | `rn` for `m` | bec-08 |",
            "| `kodama-denzal.example` | kodama-denzai.example | `l` for `i` | bec-09 |",
            "| `kessler-messtech.example` | kessler-messtechnik.example | name shortened | bec-10 |",
            "| `bayview-test.example` | bayviewtest.example | hyphen added | bec-11 |",
            "| `bayviewtest-us.example` | bayviewtest.example | added word (thread hijack) | bec-17 |",
            "| `aoba-bashi-law.example` | aobabashi-law.example | hyphen inserted | bec-23 |",
            "| `shiokaze-bank-ib.example` | shiokaze-bank.example | added word | phishing-04 |",
            "",
            "Unknown, non-look-alike senders in BEC: law firms `whitfieldcrane-law.example` (bec-20), "
            "`mp-lawpartners.example` (bec-21), `harcourt-legal.example` (Cc of bec-22); free mail and ISP "
            "mailboxes in bec-01/02 (nifty), 04 and 27 (outlook.com), 05 and 31 (icloud.com), 06, 13, 25, 29, "
            "30, 33, 34 (gmail.com), 12 and 28 (yahoo.co.jp), 32 (ocn.ne.jp).",
            "",
            "Account-compromise messages bec-14, 15, 16, 18 and 19 come from the vendors' **real**, fully "
            "authenticated domains and sit in real threads (In-Reply-To, References, quoted history); what "
            "gives them away is the content (new payee, 'this time only', shipments held, remittance advice "
            "'to me directly'), the origin (webmail at 02:14, SMTP AUTH or Exchange Online logins from "
            "unusual addresses), the Reply-To (bec-19, Gmail) and new recipients in Cc (bec-15). bec-17 "
            "continues a real thread from a look-alike domain, so the sender differs from the quoted history. "
            "Threads: clean-01 → bec-14; clean-11 → bec-15; clean-02 → bec-16; clean-12 → bec-19; "
            "bec-06 → bec-33.",
            "",
            "### Hard negatives and what they mirror", "",
            "| clean message | looks like | why it is clean |", "| --- | --- | --- |",
            "| clean-01, 02, 03 | invoice fraud (bank details in the mail, PDF invoice, full-width digits and Shift_JIS in 02) | real vendor domain, authenticated, office origin, the account ON FILE |",
            "| clean-04 | payment pressure ('past due') | real vendor domain, routing and account on file, link to its own portal |",
            "| clean-05 | bank phishing ('log in to check') | the listed bank's own authenticated domain, links only to it, account masked |",
            "| clean-06, 07, 16 | CEO fraud / urgent transfer (至急, 'today', the US president in 16) | the organisation's domains via the internal relay, approval and workflow numbers, accounts on file, people in Cc |",
            "| clean-08, 17 | data theft (源泉徴収票, W-2, My Number) | HR on the corporate domain, documents only in the portal, nothing by mail |",
            "| clean-09 | attorney impersonation (law firm, acquisition, insider information) | the listed law firm's real domain, no payment, link to its own site |",
            "| clean-10 | bank-account change by a vendor | real domain, announced three weeks ahead, signed letter, call-back per FIN-07; the new account is the one on file |",
            "| clean-11, 12 | account compromise (RE: in a vendor thread, quoted history) | real vendor, normal origin, nothing changes (11 carries the IBAN on file) |",
            "| clean-13 | spam / move to chat (WeChat, WhatsApp in the signature) | solicited follow-up after a trade-show meeting, own authenticated domain, no payment |",
            "| clean-14, 15 | gift-card fraud | subscribed newsletter with a survey draw; internal notice with codes only in the portal |",
            "| clean-18 | CEO fraud (the president writes to everyone about LINE, gift cards, secret transfers) | the president's real mailbox via the internal relay; a warning, no request |",
            "",
            "### Recipients that do not exist",
            "",
            "| message | address | pattern | employee |", "| --- | --- | --- | --- |",
            "| bec-01 | `daisuke.mori@seiran-elec.example` | `{given}.{family}` | d-mori (also his private Gmail) |",
            "| bec-02 | `ksasaki@seiran-elec.example` | `{given_initial}{family}` | k-sasaki (also his private Gmail) |",
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
    for ref in set(re.findall(r"\b((?:bec|phishing|spam|clean)-\d\d)\b", text)):
        if not any(r["file"].startswith(ref + "-") for r in rows):
            raise SystemExit(f"check README: {ref} is mentioned but no such message exists")
