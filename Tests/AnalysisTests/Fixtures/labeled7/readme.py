"""README.md of labeled7: written from the message list, and checked against
labels.json (counts by label, scenario and language; every file listed once;
every message it mentions exists)."""
import re
from collections import Counter, OrderedDict

import banking as B
import company as C
from message import LABELS, BEC_SCENARIOS

_HEAD = """# labeled7: a seventh, blind evaluation set (BEC, phishing, spam, clean)

{n} raw messages (`*.eml`, CRLF line endings, each under 20 KB) addressed to a **new**
fictional organisation, 株式会社汐見ロジスティクス / Shiomi Logistics Co., Ltd.
(`shiomi-logi.example`), an international freight forwarder and customs broker in Kobe with a
branch in Yokohama, and its Dutch subsidiary in Rotterdam (Shiomi Logistics Europe B.V.,
`shiomi-eu.example`, with another address format), each with one label: `bec`, `phishing`,
`spam` or `clean`. The set measures `becscope analyze --org org.yaml` on the BEC scenarios the
FBI names (CEO fraud, bogus invoices and vendor impersonation, account compromise, attorney
impersonation, data theft, plus payroll diversion and gift cards), in Japanese and English,
against {clean} hard negatives that share the vocabulary of BEC (至急, 本日中, 振込先変更, 当座,
預り金, 源泉徴収票/住民税, マイナンバー, BSN, jaaropgave, same-day transfer, gift cards,
LINE/WhatsApp/Zalo/WeChat, confidential acquisitions, replies in vendor threads) but are
genuine. The sector is new to the labeled sets: freight forwarding, where the money moves as
drayage, storage, demurrage, customs duties and agents' fees, where a 'cargo hold' or a
'customs exam' is the pressure, and where the data worth stealing includes booking lists with
container and seal numbers (for cargo theft) besides staff and customer data.

**Written blind.** The author did not read the detector: nothing under `Sources/`,
`docs/rules.md`, `docs/bec-evaluation.md`, no Swift file, no `*.eml` file of the repository,
and no `msgs_*.py`, `mail_*.py`, `local.py`, `threads.py`, `generate.py` or `labels.json` of
the earlier sets, and ran neither becscope nor a Swift build. What was read: the case study
(`shared/mission/case-study.md`), `docs/interfaces.md` (input formats, the organisation
profile with its `vendors:` key, the employee directory), `labeled6/README.md`,
`labeled6/company.py` and `labeled6/readme.py` (the conventions of the previous set), and the
shared helpers in `../mailgen/` (`README.md`, `mimeparts.py`, `providers.py`, `routes.py`,
`banking.py`, `common.py`, `message.py`), which hold MIME encoding, trace-field, checksum and
message-check helpers and no detection rules. The generator imports those helpers unchanged;
this set's own helpers are in `local.py`. The messages were written as an attacker or a real
correspondent would write them, without guessing what any detector looks for. Do not tune
rules against this set; that would make it a training set.

**Everything is fictional**: people, companies, banks, ships, shipments, account numbers,
amounts, addresses, phone numbers and URLs. Fictional companies use only `.example`, `.test`
and `.invalid` domains; real free-mail and ISP providers (gmail.com, outlook.com, hotmail.com,
outlook.jp, yahoo.co.jp, icloud.com, nifty.com, ocn.ne.jp) appear only as attackers',
strangers' and employees' private addresses. Brands and products (Microsoft 365, SharePoint,
DocuSign, Google Maps, Google Play, Apple, Amazon, LINE, WhatsApp, Telegram, Zalo, WeChat and
mail clients in `X-Mailer`/`User-Agent`) appear only as lures, as names in text or as client
names; public bodies and systems (税関, NACCS, US CBP, the Dutch BSN and wage-tax forms) only
as names in text. Fictional servers use documentation and private addresses (192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24, 10.0.0.0/8); the real providers' relays are shown with host
names and address ranges of the kind they use. Every IBAN and US ABA routing number has a
valid checksum (fraudsters send numbers a bank accepts) but was made up; the Dutch account
numbers inside the NL IBANs also pass the old eleven-test, the Belgian one its national check
digits; Japanese and Hong Kong account numbers have no checksum and were made up too.
DKIM-Signature fields are decorative and do not verify; the verdicts are in
`Authentication-Results: {mx}`. Telephone numbers use unassigned ranges (`078-000-…`,
`045-000-…`, `03-0000-…`, `0120-000-…`, `+81-78-000-…`, `+31 10 000 …`, `(562) 555-01…`,
`+84 90 000 …`). **Do not visit any link or domain in these files.**

## Files

| file | what it is |
| --- | --- |
| `org.yaml` | organisation profile (`docs/interfaces.md` format) with `vendors:` ({nv} suppliers and partners, payment details on file for {nbank}) |
| `employees.csv` | {emp} employees: `email, family_name, given_name, family_name_latin, given_name_latin, title, personal_emails, executive` |
| `*.eml` | the messages: `LABEL-NN-short-description-LANG.eml` |
| `labels.json` | one object per message: `file`, `label`, `scenario`, `language`, `notes` |
| `generate.py` | writes every file here and checks it; `--check` checks without writing |
| `company.py`, `readme.py` | the organisation (with its relay's and workstations' names, read by `../mailgen/routes.py`), this README |
| `local.py` | this set's short-hands over `../mailgen`: how each kind of sender reaches the MX (route, verdicts, Message-ID, header order, client fields), bodies as Gmail and Outlook write them, PDF, text and HTML attachments |
| `threads.py` | the earlier messages of the vendor and intercompany threads that later messages quote and reference |
| `mail_ceo.py`, `mail_invoice.py`, `mail_compromise.py`, `mail_attorney.py`, `mail_data.py`, `mail_payroll_gift.py`, `mail_phishing.py`, `mail_spam.py`, `mail_vendor.py`, `mail_clean.py` | the messages |
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
round-trips; replies carry `In-Reply-To` and `References` (ending with it, and holding it);
every account-compromise message sits in a thread; a message only references earlier ones;
each IBAN and ABA routing number in any text or PDF has a valid checksum, the accounts a
message claims appear in it, a fraud account never equals a vendor's account on file, and a
clean message marked as carrying a vendor's payment details shows the ones on file; every URL
host and address domain is fictional or a known provider; a message marked `ja` has Japanese
text; file names, numbering (01.. without gaps per label) and Message-IDs (with those of the
quoted thread messages) are unique; `labels.json` lists every file exactly once; the counts
below match `labels.json`; no stray `.eml` file is on disk.

"""

LOOKALIKES = [
    ("shiorni-logi.example", "shiomi-logi.example", "`rn` for `m` (an Exchange Online tenant)", "bec-03"),
    ("shiomilogi.example", "shiomi-logi.example", "hyphen dropped", "bec-04"),
    ("shiomi-logistics.example", "shiomi-logi.example", "the English company name spelled out", "bec-07"),
    ("shiomi-logi-jp.example", "shiomi-logi.example", "`-jp` added", "bec-23"),
    ("shiomi-iogi.example", "shiomi-logi.example", "`i` for `l`", "bec-26"),
    ("shiomi-euro.example", "shiomi-eu.example", "`euro` for `eu` (an Exchange Online tenant)", "bec-25"),
    ("shiomi-eu-bv.example", "shiomi-eu.example", "`-bv` added (Reply-To only)", "bec-19"),
    ("rokko-transpot.example", "rokko-transport.example", "`r` dropped", "bec-08"),
    ("rokkou-transport.example", "rokko-transport.example", "long vowel `ou` (ろっこう)", "bec-12"),
    ("bayside-souko.example", "bayside-soko.example", "long vowel `ou` (そうこ), thread continued", "bec-18"),
    ("vanleeuwen-transports.example", "vanleeuwen-transport.example", "`s` added", "bec-10"),
    ("pacificcrest-logistic.example", "pacificcrest-logistics.example", "`s` dropped (Google Workspace)",
     "bec-11"),
    ("kitanozaka-iaw.example", "kitanozaka-law.example", "`i` for `l`", "bec-22"),
    ("sekkai-bnak.example", "sekkai-bank.example", "letters transposed", "phishing-04"),
    ("noordzee-handeisbank.example", "the subsidiary's bank (not a vendor)", "`i` for `l`", "phishing-08"),
]

HARD_NEGATIVES = [
    ("clean-01, 03", "invoice fraud (bank details in the text, PDF invoice)",
     "real vendor domain, authenticated, office hours, the usual client, the account ON FILE"),
    ("clean-02", "vendor bank-account change (変更前/変更後, a new 普通 account at another bank)",
     "real domain, six weeks ahead, sealed form by post, asks for a call to the number on file; the new account is on file"),
    ("clean-04", "payment pressure ('past due', routing and account in the text)",
     "real vendor tenant, 'remittance details are unchanged', routing and account on file, link only to its own portal"),
    ("clean-05", "bank phishing (certificate expires)",
     "the main bank's own authenticated domain (p=reject), login ID masked, 'use your bookmark', no link to a login"),
    ("clean-06, 07", "CEO fraud (至急, 本日中, 'urgent', 'today', an executive asking for a same-day payment)",
     "the organisation's own mailboxes via the internal relay, approval numbers, people in Cc, vendor accounts on file"),
    ("clean-08, 09", "data theft (住民税, マイナンバー, BSN, jaaropgave, wage-tax form)",
     "internal applications on the corporate domain via the relay, everything in the portal, nothing asked by mail"),
    ("clean-10", "attorney impersonation (law firm, confidential acquisition)",
     "the listed counsel's real domain, no payment (it says it never asks for one by mail), link to its own data room"),
    ("clean-11, 12", "account compromise (RE: in a vendor thread, quoted history)",
     "real vendor, usual client, normal origin and hours, same correspondents, nothing to pay and nothing changes"),
    ("clean-13", "an unknown free-mail sender and a move to chat (WhatsApp, Zalo, LINE, WeChat in the signature)",
     "solicited follow-up after a trade fair, a quotation that is 'not an invoice', no request"),
    ("clean-14", "gift-card fraud (gift cards of 30,000 to 100,000 yen)",
     "HR's real mailbox via the relay, cards handed over in person at a ceremony, nothing to buy, a warning"),
    ("clean-15", "CEO fraud / attorney impersonation ('strictly confidential', acquisition, do not forward)",
     "a real internal address via the relay, and it says there is no payment before signing"),
    ("clean-16", "every lure of the set (reply-only, chat apps, transfers, bank changes, gift cards, data)",
     "the CEO's real mailbox via the relay; a warning, no request"),
    ("clean-17", "payroll diversion (an employee's salary account changes)",
     "the employee's own corporate mailbox via the relay, the change made in the HR portal, no number by mail"),
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


def header_charsets(msgs):
    seen = Counter()
    for m in msgs:
        seen[m.hcs] += 1
    return ", ".join(f"{cs} {enc} ({n})" for (cs, enc), n in sorted(seen.items()))


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
    eub = C.EU_BANK
    out = ["## The organisation", "",
           f"- **{C.NAME_JA}** ({C.NAME_EN}), an international freight forwarder and customs broker: head "
           "office on Port Island in Kobe (管理本部, 海上輸出部, 航空貨物部, 通関部, 営業部), the 神戸ポートアイランド"
           f"物流センター (warehouse) and the 横浜支店. Its subsidiary **{C.EU_NAME}** forwards and clears "
           f"cargo in Rotterdam on its own domain `{C.EU}`.",
           f"- Two mail domains and two address formats. Japan: **`{{given initial}}-{{family}}@{C.DOMAIN}`** "
           "(大橋 誠一 → `s-ohashi@`, 山本 彩 → `a-yamamoto@`). Netherlands: "
           f"**`{{given}}.{{family, spaces removed}}@{C.EU}`** (Sanne de Vries → `sanne.devries@`, Femke van den "
           "Berg → `femke.vandenberg@`, 森田 航 → `wataru.morita@`). No other format exists. Role and list "
           "addresses (`jinji@`, `zenshain@`, `hr@`, `all-staff@`, `ap@`) are not in the directory.",
           f"- Inbound MX `{C.MX}` ({C.MX_IP}) stamps the top `Received` and the only "
           f"`Authentication-Results` for both domains; internal mail is submitted to `{C.RELAY}` "
           f"({C.RELAY_IP}) from workstations in 10.61.0.0/16 (Kobe head office), 10.62.0.0/16 (Yokohama), "
           "10.63.0.0/16 (the logistics centre) and 10.64.0.0/16 (Rotterdam, over the VPN), by the "
           f"organisation's webmail `{C.WEBMAIL[0]}` ({C.WEBMAIL[1]}), or by internal applications (the Japanese "
           f"HR portal `{C.JINJI_PORTAL[0]}`, the Dutch HR self-service `{C.NL_HR_PORTAL[0]}`). Both domains "
           "publish DMARC p=quarantine. `trusted_relays` lists the MX and the relay; `authserv_ids` lists the MX.",
           f"- Executives (`executive=true`): {execs}.",
           "- Roles the scenarios need: head of accounting 中川 恵子; accounts payable 山本 彩 and 西田 翔; treasury "
           "坂本 大輝; HR head 岡田 修, payroll 藤井 真由美, general affairs 三浦 直子; the CEO's secretary 小野 優子; "
           "corporate planning (M&A) 井上 直樹; legal 高木 聡; IT 松本 拓海; ocean export 村井 誠; customs broker "
           "石川 あゆみ; air import 吉田 健; sales 長谷川 亮 and customer service 野口 美咲; Yokohama branch manager "
           "清水 雅人 and clerk 工藤 さやか; logistics centre manager 田村 勝 and warehouse foreman 上田 大介. "
           "Rotterdam: sales manager 青木 里奈, finance manager Sanne de Vries, AP Lotte Jansen, HR & office "
           "Femke van den Berg, operations Daan Bakker, customs declarant Mehmet Yilmaz, warehouse supervisor "
           "Joost Visser, the MD's assistant Noor Hendriks.",
           "- Private addresses on file (`personal_emails`): " + "; ".join(
               f"{p.ja} `{p.personal[0]}`" for p in C.PEOPLE.values() if p.personal) + ". The payroll-diversion "
           "messages (bec-29, 30, 31) use other free-mail addresses than these.",
           "- Romaji variants the attackers use: 大橋 is `Ohashi` in the directory and `oohashi` in bec-01 and "
           "bec-32; 伊東 is `Ito` and `itoh` in bec-05; 加藤 is `Kato` and `katou` in bec-28.",
           f"- The subsidiary's own account (intercompany settlements): {eub['bank']}, IBAN `{eub['iban']}` "
           "(not a vendor; bec-19 tries to divert a payment meant for it).",
           "", "### Vendors and partners (`vendors:` in org.yaml)", "",
           "| vendor | domain | payment details on file |", "| --- | --- | --- |"]
    for v in C.VENDORS:
        det = _bank(v.bank) if v.bank else "none on file; " + v.comment.split(";")[0]
        out.append(f"| {v.name} | `{v.domain}` | {det} |")
    o = C.BAYSIDE_OLD
    out += ["",
            "株式会社ベイサイド倉庫 changed its account for payments from the end of June 2026, announced by mail and "
            "a sealed form by post on 2026-05-11 (clean-02) with a request to call its number on file; org.yaml "
            f"holds the new account. The old one ({o['bank']} {o['branch']} {o['account_type']} `{o['account']}`) "
            "appears only as 'before' in clean-02. Attackers then use the vendor: its real mailbox is taken over "
            "(bec-16: Reply-To to Yahoo! JAPAN, 'the payee may be notified again'), a free-mail impostor threatens "
            "to hold the cargo (bec-09), and a look-alike continues the account-change thread with an 'interim "
            "account' (bec-18).",
            "",
            "### Look-alike and impostor domains used", "",
            "| domain | imitates | technique | messages |", "| --- | --- | --- | --- |"]
    for d, t, how, m in LOOKALIKES:
        out.append(f"| `{d}` | {t} | {how} | {m} |")
    out += ["",
            "Unknown, non-look-alike senders in BEC: law firms `ashcombewray-law.example` (bec-20), "
            "`marunouchi-kokusai-law.example` (bec-21) and `vanaalst-advocaten.example` (Cc of bec-23); a "
            "'collections agency' on Gmail (bec-13); free mail and ISP mailboxes in bec-01 and 34 (nifty.com, "
            "ocn.ne.jp), 02, 05, 13, 24, 27, 29, 33 (gmail.com), 06 and 32 (icloud.com), 09 and 28 (yahoo.co.jp), "
            "30 (hotmail.com), 31 (outlook.com); free-mail Reply-To in bec-04 (gmail.com) and bec-16 "
            "(yahoo.co.jp); a look-alike Reply-To in bec-19; an outlook.com 'accounts team' added in Cc in bec-17.",
            "",
            "Account-compromise messages bec-14, 15, 16 and 17 come from the vendors' **real**, fully "
            "authenticated mailboxes and sit in real threads (In-Reply-To, References, quoted history); bec-19 "
            "comes from the subsidiary's own finance mailbox through the organisation's webmail. What gives them "
            "away is the content (a new payee for an invoice already sent, a factoring 'notice of assignment', "
            "a customs exam that contradicts the release reported in the same thread, an intercompany account "
            "'being migrated', 'email only'), the origin (webmail at 02:47, SMTP AUTH with a PHP mailer at 23:41 "
            "instead of the vendor's Becky!, Exchange Online logins from outside addresses at 04:12 and 03:40 "
            "local time, the organisation's webmail from a foreign address at 03:18), the Reply-To (bec-16, bec-19) "
            "and a new recipient in Cc (bec-17). bec-18 continues a real thread from a look-alike domain, so the "
            "sender's domain differs from every quoted message. Threads: clean-01 → (AP's acknowledgement) → "
            "bec-14; clean-03 → (AP's reply) → bec-15; (the May invoice and AP's acknowledgement) → bec-16; (the "
            "pre-alert) → clean-11 → (the export section's thanks) → bec-17; clean-02 → (AP's confirmation call) "
            "→ bec-18; (the intercompany invoice and treasury's answer) → bec-19; (the stocktake request) → "
            "clean-12. The messages in parentheses exist only as quoted history (`threads.py`). bec-08 'reissues' "
            "the invoice of clean-01 without replying to it, bec-11 names the open invoices of clean-04, and "
            "clean-07 names the fraudulent notice of bec-15.",
            "",
            "### Hard negatives and what they mirror", "",
            "| clean message | looks like | why it is clean |", "| --- | --- | --- |"]
    for m, looks, why in HARD_NEGATIVES:
        out.append(f"| {m} | {looks} | {why} |")
    out += ["",
            "### Recipients that do not exist", "",
            "| message | address | pattern | employee |", "| --- | --- | --- | --- |",
            f"| bec-01 | `ayamamoto@{C.DOMAIN}` | `{{given_initial}}{{family}}` (the real format has a hyphen) | "
            f"{P('yamamoto').email} (also in To) and her private Yahoo! JAPAN address |",
            f"| bec-06 | `nhendriks@{C.EU}` | `{{given_initial}}{{family}}` | {P('hendriks').email} (also in To) and "
            "her private Gmail address |",
            "",
            "Both lures spray one employee's addresses at once, as in the case study; the copy in the set is the "
            "one delivered to the real corporate address. bec-32 goes to the secretary's corporate address and "
            "her private iCloud address on file.",
            "",
            "### Encodings", "",
            "Text parts by charset and transfer encoding: " + encodings(msgs) + ". Header encoded-words "
            "(charset and encoding chosen per message): " + header_charsets(msgs) + "; Japanese attachment names "
            "use RFC 2231. Full-width digits in bec-03, 08, 12, 14, 18, 21, 22, 29; amounts in kanji numerals "
            "in bec-05 and bec-07. HTML-only: bec-12, phishing-05. Attachments: PDF invoices, notices and letters "
            "(clean-01, 02, 03; bec-08, 10, 15, 17, 22), a text file with remittance instructions (bec-11), an "
            "HTML sign-in form (phishing-06).",
            ""]
    return out


def render(msgs):
    rows = [{"file": m.file, "label": m.label, "scenario": m.scenario, "language": m.lang} for m in msgs]
    clean = sum(1 for r in rows if r["label"] == "clean")
    nbank = sum(1 for v in C.VENDORS if v.bank)
    text = _HEAD.format(n=len(rows), clean=clean, emp=len(C.PEOPLE), nv=len(C.VENDORS), nbank=nbank, mx=C.MX)
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
    for cell in re.findall(r"`([A-Z]{2}[0-9]{2}[A-Z0-9]{10,30})`", text):
        if not B.iban_ok(cell):
            raise SystemExit(f"check README: IBAN {cell} has a bad checksum")
