"""README.md of labeled8: written from the message list, and checked against
labels.json (counts by label, scenario and language; every file listed once;
every message it mentions exists)."""
import re
from collections import Counter, OrderedDict

import banking as B
import company as C
from message import LABELS, BEC_SCENARIOS

_HEAD = """# labeled8: an eighth, blind evaluation set (BEC, phishing, spam, clean)

{n} raw messages (`*.eml`, CRLF line endings, each under 20 KB) addressed to a **new**
fictional organisation, 株式会社雪椿フーズ / Yukitsubaki Foods Co., Ltd.
(`yukitsubaki-foods.example`), a food manufacturer (rice crackers, miso, frozen rice dishes)
headquartered in Niigata City with its factory in Shibata and a sales office in Tokyo, and its
German subsidiary in Cologne (Yukitsubaki Foods Europe GmbH, `yukitsubaki-europe.example`,
with another address format), each with one label: `bec`, `phishing`, `spam` or `clean`. The
set measures `becscope analyze --org org.yaml` on the BEC scenarios the FBI names (CEO fraud,
bogus invoices and vendor impersonation, account compromise, attorney impersonation, data
theft, plus payroll diversion and gift cards), in Japanese and English, against {clean} hard
negatives that share the vocabulary of BEC (至急, 本日中, 振込先変更, 当座/普通, 預り金,
源泉徴収票, マイナンバー, Lohnsteuerbescheinigung, Steuer-ID, same-day transfer, gift cards,
LINE/WhatsApp/WeChat, confidential acquisitions, replies in vendor threads) but are genuine.
The sector is new to the labeled sets: food manufacturing, where the money moves as rice,
soybeans, packaging, cold-chain transport and storage, listing fees and in-store promotions,
where the pressure is a rice shipment that will be 'stopped', a snowstorm, a food-poisoning
claim or a labelling fine, and where the data worth stealing includes recipes (配合表), HACCP
plans and retail customer lists with net prices, besides staff and tax data.

**Written blind.** The author did not read the detector: nothing under `Sources/`,
`docs/rules.md`, `docs/bec-evaluation.md`, no Swift file, no `*.eml` file of the repository,
and no `msgs_*.py`, `mail_*.py`, `local.py`, `threads.py`, `generate.py` or `labels.json` of
the earlier sets, and ran neither becscope nor a Swift build. What was read: the case study
(`shared/mission/case-study.md`), `docs/interfaces.md` (input formats, the organisation
profile with its `vendors:` key, the employee directory), `labeled7/README.md`,
`labeled7/company.py` and `labeled7/readme.py` (the conventions of the previous set), and the
shared helpers in `../mailgen/` (`README.md`, `mimeparts.py`, `providers.py`, `routes.py`,
`banking.py`, `common.py`, `message.py`), which hold MIME encoding, trace-field, checksum and
message-check helpers and no detection rules. The generator imports those helpers unchanged;
this set's own helpers are in `local.py`. The messages were written as an attacker or a real
correspondent would write them, without guessing what any detector looks for. Do not tune
rules against this set; that would make it a training set.

**Everything is fictional**: people, companies, banks, products, ships, shipments, account
numbers, amounts, addresses, phone numbers and URLs. Fictional companies use only `.example`,
`.test` and `.invalid` domains; real free-mail and ISP providers (gmail.com, outlook.com,
hotmail.com, outlook.jp, yahoo.co.jp, icloud.com, nifty.com, ocn.ne.jp) appear only as
attackers', strangers' and employees' private addresses. Brands and products (Microsoft 365,
DocuSign, Apple, Amazon, Google Play, QUO card, LINE, WhatsApp, Telegram, WeChat, Instagram,
TikTok and mail clients in `X-Mailer`/`User-Agent`) appear only as lures, as names in text or
as client names; public bodies and laws (税務署, 消費者庁, 景品表示法, the German tax office and
Steuer-ID, the UK Takeover Code) only as names in text. Fictional servers use documentation
and private addresses (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 10.0.0.0/8); the real
providers' relays are shown with host names and address ranges of the kind they use. Every
IBAN and US ABA routing number has a valid checksum (fraudsters send numbers a bank accepts)
but was made up, as were the German bank codes, BICs and UK sort codes; Japanese account
numbers have no checksum and were made up too. DKIM-Signature fields are decorative and do
not verify; the verdicts are in `Authentication-Results: {mx}`. Telephone numbers use
unassigned or fiction-reserved ranges (`025-000-…`, `0254-00-…`, `03-0000-…`, `090-0000-…`,
`0120-000-…`, `+81-25-000-…`, `+49 221 4710 …`, `+44 20 7946 0…`, `+44 7700 900…`,
`(916) 555-01…`, `(702) 555-01…`). **Do not visit any link or domain in these files.**

## Files

| file | what it is |
| --- | --- |
| `org.yaml` | organisation profile (`docs/interfaces.md` format) with `vendors:` ({nv} suppliers and partners, payment details on file for {nbank}) |
| `employees.csv` | {emp} employees: `email, family_name, given_name, family_name_latin, given_name_latin, title, personal_emails, executive` |
| `*.eml` | the messages: `LABEL-NN-short-description-LANG.eml` |
| `labels.json` | one object per message: `file`, `label`, `scenario`, `language`, `notes` |
| `generate.py` | writes every file here and checks it; `--check` checks without writing |
| `company.py`, `readme.py` | the organisation (with its relay's and workstations' names, read by `../mailgen/routes.py`), this README |
| `local.py` | this set's short-hands over `../mailgen`: how each kind of sender reaches the MX (route, verdicts, Message-ID, header order, client fields), bodies as Gmail, Outlook and Exchange Online write them, signatures, PDF, text and HTML attachments |
| `threads.py` | the messages of the vendor and intercompany threads that later messages quote and reference (some are messages of the set, the others exist only as quoted history) |
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
every account-compromise message sits in a thread; a message only references earlier ones
that exist; each IBAN and ABA routing number in any text, PDF or text attachment has a valid
checksum, the accounts a message claims appear in it, a fraud account never equals a vendor's
account on file, and a clean message marked as carrying a vendor's payment details shows the
ones on file; every URL host and address domain is fictional or a known provider; a message
marked `ja` has Japanese text and one marked `en` has none in its own part; file names,
numbering (01.. without gaps per label) and Message-IDs (with those of the quoted thread
messages) are unique; `labels.json` lists every file exactly once; the counts below match
`labels.json`; no stray `.eml` file is on disk.

"""

LOOKALIKES = [
    ("yukitubaki-foods.example", "yukitsubaki-foods.example",
     "Kunrei-shiki `tu` for Hepburn `tsu` (an Exchange Online tenant)", "bec-03"),
    ("yukitsubaki-food.example", "yukitsubaki-foods.example", "`s` dropped", "bec-07"),
    ("yukitsubaki-foods-jp.example", "yukitsubaki-foods.example", "`-jp` added", "bec-23"),
    ("yukitsubaki-fooods.example", "yukitsubaki-foods.example", "an extra `o`", "bec-26"),
    ("yukitsubaki-europa.example", "yukitsubaki-europe.example", "German spelling `europa`", "bec-04"),
    ("yukltsubaki-europe.example", "yukitsubaki-europe.example", "`l` for `i` (an Exchange Online tenant)",
     "bec-25"),
    ("yukitsubaki-eu.example", "yukitsubaki-europe.example", "shortened to `eu` (Reply-To only)", "bec-19"),
    ("shinanogawa-pkq.example", "shinanogawa-pkg.example", "`q` for `g`", "bec-08"),
    ("kanbara-beikoku.example", "kambara-beikoku.example",
     "`n` for `m` (the other romanisation of 蒲原), thread continued", "bec-18"),
    ("nihonkai-coldchian.example", "nihonkai-coldchain.example", "`ai` transposed to `ia`", "bec-12"),
    ("rheinfracht-logisitk.example", "rheinfracht-logistik.example", "letters transposed (Google Workspace)",
     "bec-10"),
    ("sierravalley-soya.example", "sierravalley-soy.example", "`soya` for `soy` (an Exchange Online tenant)",
     "bec-11"),
    ("hakusan-lawoffice.example", "hakusan-law.example", "`office` added", "bec-22"),
    ("echigominato-bank.example", "echigo-minato-bank.example", "hyphen dropped", "phishing-03"),
    ("dornstadt-bank.example", "Domstadt Bank (the subsidiary's bank, not a vendor)", "`rn` for `m`",
     "phishing-08"),
]

HARD_NEGATIVES = [
    ("clean-01, 03", "invoice fraud (bank details in the text, PDF invoice)",
     "real vendor domain, authenticated, office hours, the usual client, the account ON FILE"),
    ("clean-02", "vendor bank-account change (変更前/変更後, another bank, a new account number)",
     "real domain and office, six weeks ahead, same holder, letter by post, asks for a call to the number on file; the new account is on file"),
    ("clean-04", "payment pressure ('past due', routing and account in the text)",
     "real vendor tenant, 'remittance details are unchanged', routing and account on file, link only to its own portal"),
    ("clean-05", "bank phishing (certificate expires)",
     "the main bank's own authenticated domain (p=reject), login ID masked, 'use your bookmark', no link at all"),
    ("clean-06, 07", "CEO fraud (至急, 本日中, 'today', an executive asking for a same-day payment)",
     "the organisation's own mailboxes via the internal relay, approval number or four-eyes approval, people in Cc, vendor accounts on file, the fake mails named"),
    ("clean-08, 09", "data theft (源泉徴収票, マイナンバー, Lohnsteuerbescheinigung, tax ID)",
     "internal applications on the corporate domain via the relay, everything in the portal, nothing asked by mail"),
    ("clean-10", "attorney impersonation (law firm, confidential acquisition)",
     "the listed counsel's real domain, no payment (it says it never asks for one by mail), link to its own data room"),
    ("clean-11, 12", "account compromise (RE: in a vendor thread, quoted history, attachment)",
     "real vendor, usual client, normal origin and hours, same correspondents, nothing to pay and nothing changes"),
    ("clean-13", "an unknown free-mail sender and a move to chat (WhatsApp, WeChat, LINE in the signature)",
     "a follow-up of a real meeting at a trade fair, asks for a price list, 'no rush', no request for money or data"),
    ("clean-14", "gift-card fraud (Amazon gift cards, QUO cards, codes)",
     "the benefits portal via the relay, codes shown in the portal, nothing to buy, a warning"),
    ("clean-15", "CEO fraud / attorney impersonation ('strictly confidential', acquisition, do not contact)",
     "a real internal address via the relay, and it says there are no payments before signing"),
    ("clean-16", "every lure of the set (reply-only, chat apps, transfers, bank changes, gift cards, data)",
     "the CEO's real mailbox via the relay; a warning, no request"),
    ("clean-17", "payroll diversion (an employee's salary account changes)",
     "the employee's own corporate mailbox via the relay, the change made by him in the HR portal, no number by mail"),
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
           f"- **{C.NAME_JA}** ({C.NAME_EN}), a food manufacturer: head office in Niigata City (管理本部, "
           "経営企画室, 品質保証部, 購買部, 海外事業部), the 新発田工場 (Shibata factory, with the R&D room) and the "
           f"東京営業所 (Tokyo sales office in Nihonbashi). Its subsidiary **{C.EU_NAME}** imports and "
           f"distributes the products in Germany, Austria, Switzerland and Benelux from Cologne on its own domain `{C.EU}`; "
           "its staff write in English.",
           f"- Two mail domains and two address formats. Japan: **`{{family}}.{{given}}@{C.DOMAIN}`** "
           "(五十嵐 正和 → `igarashi.masakazu@`, 本間 裕子 → `homma.yuko@`, Hepburn without long-vowel marks). "
           f"Germany: **`{{given initial}}.{{family}}@{C.EU}`** with umlauts as ae/oe/ue (Sabine Krüger → "
           "`s.krueger@`, Lukas Hoffmann → `l.hoffmann@`, 小林 健太 → `k.kobayashi@`). No other format exists. Role "
           "and list addresses (`zenshain@`, `jinji-portal@`, `fukuri-portal@`, `personal-portal@`, `payments@`) "
           "are not in the directory.",
           f"- Inbound MX `{C.MX}` ({C.MX_IP}) stamps the top `Received` and the only `Authentication-Results` "
           f"for both domains; internal mail is submitted to `{C.RELAY}` ({C.RELAY_IP}) from workstations in "
           "10.21.0.0/16 (Niigata head office), 10.22.0.0/16 (Shibata factory), 10.23.0.0/16 (Tokyo) and "
           f"10.24.0.0/16 (Cologne, over the VPN), by the organisation's webmail `{C.WEBMAIL[0]}` "
           f"({C.WEBMAIL[1]}), or by internal applications (the Japanese HR portal `{C.JINJI_PORTAL[0]}`, the "
           f"benefits portal `{C.BENEFIT_PORTAL[0]}`, the German HR self-service `{C.DE_HR_PORTAL[0]}`). "
           f"`{C.DOMAIN}` publishes DMARC p={C.DMARC_JP}, `{C.EU}` p={C.DMARC_EU}. `trusted_relays` lists the MX "
           "and the relay; `authserv_ids` lists the MX.",
           f"- Executives (`executive=true`): {execs}.",
           "- Roles the scenarios need: head of accounting 本間 裕子; accounts payable 長谷川 美穂 and 小池 翔太; "
           "treasury 斎藤 大輔; HR head 石田 修, payroll 阿部 真由美, general affairs 近藤 直子; the CEO's secretary "
           "遠藤 優子; corporate planning (M&A) 丸山 直樹; legal 高橋 聡; IT 松田 拓海; quality assurance 関 美紀; "
           "R&D 星野 亮介; purchasing 田中 誠 and 山口 彩; Shibata factory manager 小川 勝, foreman 上野 大介 and "
           "clerk 佐々木 恵; Tokyo manager 藤田 雅之 and sales 中村 亮; export 岡本 さやか. Cologne: key account "
           "manager 森本 千尋, head of finance Katharina Wolf, AP Lukas Hoffmann, HR & office Sabine Krüger, "
           "sales manager DACH Jonas Becker, logistics Murat Demir, the MD's assistant Lea Schmitt, warehouse & "
           "customer service Tim Schulz.",
           "- Private addresses on file (`personal_emails`): " + "; ".join(
               f"{p.ja} `{p.personal[0]}`" for p in C.PEOPLE.values() if p.personal) + ". The payroll-diversion "
           "messages (bec-29, 30, 31) use other free-mail addresses than these.",
           "- Romaji variants the attackers use: 大野 is `Ono` in the directory and `oono` in bec-05 and bec-28; "
           "蒲原 (the rice supplier) is `kambara` on its real domain and `kanbara` on the look-alike of bec-18; "
           "雪椿 is `yukitsubaki` and `yukitubaki` (Kunrei-shiki) in bec-03.",
           f"- The subsidiary's own account (intercompany settlements): {eub['bank']}, IBAN `{eub['iban']}` "
           "(not a vendor; bec-19 tries to divert a payment meant for it).",
           "", "### Vendors and partners (`vendors:` in org.yaml)", "",
           "| vendor | domain | payment details on file |", "| --- | --- | --- |"]
    for v in C.VENDORS:
        det = _bank(v.bank) if v.bank else "none on file; " + v.comment.split(";")[0]
        out.append(f"| {v.name} | `{v.domain}` | {det} |")
    o = C.KAMBARA_OLD
    out += ["",
            "蒲原米穀株式会社's credit union merged on 2026-11-24, which changed its bank and account number. It "
            "announced this by mail and by letter on 2026-10-13 (clean-02) and asked the customer to call its "
            "number on file; treasury did, and org.yaml holds the new account. The old one "
            f"({o['bank']} {o['branch']} {o['account_type']} `{o['account']}`) appears only as 'before' in "
            "clean-02. Attackers then use the change: a look-alike continues the thread with an 'interim "
            "account' (bec-18) and a Yahoo! JAPAN impostor claims the payment never arrived and threatens to "
            "stop the rice shipment (bec-09).",
            "",
            "### Look-alike and impostor domains used", "",
            "| domain | imitates | technique | messages |", "| --- | --- | --- | --- |"]
    for d, t, how, m in LOOKALIKES:
        out.append(f"| `{d}` | {t} | {how} | {m} |")
    out += ["",
            "Unknown, non-look-alike senders in BEC: law firms `harrowgate-lyle-legal.example` (bec-20), "
            "`toranomon-chuo-law.example` (bec-21) and `hartmann-schreiber-ra.example` (Cc of bec-23); a "
            "'collection agency' on Hotmail (bec-13); free mail and ISP mailboxes in bec-01 (ocn.ne.jp), "
            "bec-34 (nifty.com), 02, 05, 24, 27, 29, 33 (gmail.com), 06 and 32 (icloud.com), 09 and 28 "
            "(yahoo.co.jp), 30 (outlook.com), 31 (hotmail.com); free-mail Reply-To in bec-04 (gmail.com) and "
            "bec-16 (outlook.jp); a look-alike Reply-To in bec-19; an outlook.com 'accounts team' added in Cc in "
            "bec-17.",
            "",
            "Account-compromise messages bec-14, 15, 16 and 17 come from the vendors' **real**, fully "
            "authenticated mailboxes and sit in real threads (In-Reply-To, References, quoted history); bec-19 "
            "comes from the subsidiary's own finance mailbox through the organisation's webmail. What gives them "
            "away is the content (a new payee for an invoice already acknowledged, a factoring 'notice of "
            "assignment', cash against documents and an early payment to an 'insured receivables' account, an "
            "intercompany account 'moving to Dublin', 'email only'), the origin (the vendor's webmail at 03:12 "
            "instead of its clerk's Becky!, Exchange Online logins from outside addresses at 04:27 CET, 22:51 "
            "JST and 02:35 PST, the organisation's webmail from an outside address at 02:50 CET), the Reply-To "
            "(bec-16, bec-19) and a new recipient in Cc (bec-17). bec-18 continues a real thread from a "
            "look-alike domain, so the sender's domain differs from every quoted message. Threads: clean-01 → "
            "(AP's acknowledgement) → bec-14; clean-02 → (treasury's confirmation after the call) → bec-18; "
            "clean-03 → (AP's reply) → bec-15; (the shipment pre-alert) → clean-11 → (purchasing's thanks) → "
            "bec-17; (the November invoice and AP's acknowledgement) → bec-16; (QA's request) → clean-12; (the "
            "intercompany invoice and treasury's answer) → bec-19. The messages in parentheses exist only as "
            "quoted history (`threads.py`). bec-08 'reissues' the invoice of clean-01 without replying to it, "
            "bec-11 and bec-13 name the invoice of clean-11 and clean-04, clean-06 names the fake account change "
            "of bec-16 and clean-07 the fraudulent notice of bec-15.",
            "",
            "### Hard negatives and what they mirror", "",
            "| clean message | looks like | why it is clean |", "| --- | --- | --- |"]
    for m, looks, why in HARD_NEGATIVES:
        out.append(f"| {m} | {looks} | {why} |")
    out += ["",
            "### Recipients that do not exist", "",
            "| message | address | pattern | employee |", "| --- | --- | --- | --- |",
            f"| bec-01 | `mhasegawa@{C.DOMAIN}` | `{{given_initial}}{{family}}` (the real format is family.given) | "
            f"{P('hasegawa').email} (also in To) and her private Yahoo! JAPAN address |",
            f"| bec-06 | `lschmitt@{C.EU}` | `{{given_initial}}{{family}}` without the dot | {P('schmitt').email} "
            "(also in To) and her private Gmail address |",
            "",
            "Both lures spray one employee's addresses at once, as in the case study; the copy in the set is the "
            "one delivered to the real corporate address. bec-32 goes to the secretary's corporate address and "
            "her private iCloud address on file.",
            "",
            "### Encodings", "",
            "Text parts by charset and transfer encoding: " + encodings(msgs) + ". Header encoded-words "
            "(charset and encoding chosen per message): " + header_charsets(msgs) + "; Japanese attachment names "
            "use RFC 2231. Full-width digits in bec-03, 07, 08, 09, 12, 14, 18, 21, 22, 29; amounts or account "
            "numbers in kanji numerals in bec-05 and bec-12. HTML-only: bec-12, phishing-05. Attachments: PDF "
            "invoices, notices and orders (clean-01, 03; bec-08, 10, 15, 22), a text file with remittance "
            "instructions (bec-11), a CSV temperature log (clean-12), an HTML sign-in form (phishing-06).",
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
    for label, nums in re.findall(r"\b(bec|phishing|spam|clean)-(\d\d(?:(?:, | and |/)\d\d)+)", text):
        for n in re.findall(r"\d\d", nums):
            if not any(r["file"].startswith(f"{label}-{n}-") for r in rows):
                raise SystemExit(f"check README: {label}-{n} is mentioned but no such message exists")
    for cell in re.findall(r"`([A-Z]{2}[0-9]{2}[A-Z0-9]{10,30})`", text):
        if not B.iban_ok(cell):
            raise SystemExit(f"check README: IBAN {cell} has a bad checksum")
