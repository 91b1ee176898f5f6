"""Renders README.md from the labels (counts are computed, never typed)."""
import collections

from org import PEOPLE, ORG_NAME_JA, ORG_NAME_EN

INTRO = """# labeled2: a second, unseen evaluation set (BEC, phishing, spam, clean)

{n} raw messages (`*.eml`, CRLF line endings, each under 15 KB), each labeled,
addressed to a **new** fictional organisation, {ja} / {en}
(`example.net`, `example.org`). The set exists to measure
`becscope analyze --org org.yaml` honestly: it was written **without looking at
the detector's rules** (nothing under `Sources/`, `docs/rules.md` or
`../labeled/generate.py` was read; only `docs/interfaces.md`, the case study and
`../labeled/README.md` for format conventions). Do not tune rules against it;
that would make it a training set.

**Everything here is fictional**: people, companies, banks, account numbers,
amounts, addresses and URLs. Nothing comes from a real mailbox. Brand names
(Amazon, Microsoft, DocuSign, 楽天カード, 日本郵便, LINE) appear only as lures, as
in real phishing. **Do not visit any link or domain in these files.** Public-
looking IP addresses are arbitrary and accuse no real host. DKIM-Signature
headers are decorative: they are not cryptographically valid; the verdicts of the
organisation's MX are in `Authentication-Results: mx.example.net`.

## Files

| file | what it is |
| --- | --- |
| `org.yaml` | organisation profile (`docs/interfaces.md` format), `trusted_relays: [mx.example.net, smtp.example.net]` |
| `employees.csv` | {people} employees: kanji names, Hepburn romaji, title, department (extra column), `personal_emails` (`;`-separated), `executive` |
| `*.eml` | the messages; the file name starts with the label (`bec-`, `phish-`, `spam-`, `clean-`) and ends with the language |
| `labels.json` | one object per message: `file`, `label` (bec, phishing, spam, clean), `kind`, `language`, `notes` |
| `generate.py` | writes every file here and verifies each message (Python 3 standard library only) |
| `mime.py`, `hops.py`, `build.py`, `verify.py`, `org.py`, `readme.py` | encoding helpers, trace headers, message assembly, checks, the organisation, this README |
| `msgs_bec.py`, `msgs_bec2.py`, `msgs_phish.py`, `msgs_phish2.py`, `msgs_spam.py`, `msgs_clean.py`, `msgs_clean2.py` | the messages |
| `.gitattributes` | `*.eml -text`: keeps the CRLF bytes exact |

Regenerate with `python3 generate.py`. Output is deterministic: running it twice
reproduces every file byte for byte. Edit messages in the `msgs_*.py` modules,
never the `.eml` files by hand.
"""

ORG = """
## The organisation

- **{ja}** ({en}), a precision-parts manufacturer (HQ and a plant in Matsumoto).
- Domains: `example.net` (all mailboxes) and `example.org` (second domain: lists and
  web only; no personal mailbox).
- Corporate address format: **`{{family}}.{{given}}@example.net`** in lower-case
  Hepburn romaji without long-vowel marks, e.g. `kobayashi.daiki@example.net`,
  `ono.osamu@example.net` (大野 修). No other format exists.
- Executives (`executive=true`, also recognisable from the title): {execs}.
- Name traps: 大野 Ono in the directory, "Osamu Ohno" in bec-14 (variant
  spelling); 斎藤 Saito is an employee while 佐藤 (Sato) in clean-02 is an
  outsider, not an impersonation.
- Role and list addresses that are **not** in the directory: `info@example.net`,
  `info@example.org`, `all@example.net`, `all@example.org` (expected kind
  `unknown-internal`, not `generated`).
- Own MTAs: `mx.example.net` (inbound, adds the top `Received` and the first
  `Authentication-Results` of every message) and `smtp.example.net` (192.0.2.25,
  outbound submission for internal mail). Office PCs are in 192.0.2.0/24.

### Private addresses (`personal_emails`)

| employee | corporate | private |
| --- | --- | --- |
{private}
"""

TABLES = """
### Recipients that do not exist (case-study pattern)

| message | generated address | pattern | employee | also sent to (private) |
| --- | --- | --- | --- | --- |
| bec-01 | dkobayashi@example.net | `{given_initial}{family}` | kobayashi.daiki@example.net | daiki.kbys.example@gmail.com |
| bec-02 | sinoue@example.net | `{given_initial}{family}` | inoue.sakura@example.net | sakura_inoue_example@yahoo.co.jp |
| bec-03 | hina.yamaguchi@example.net | `{given}.{family}` | yamaguchi.hina@example.net | hina-y.example@docomo.ne.jp |
| bec-12 | shimizu.a@example.org | `{family}.{given_initial}` | shimizu.ai@example.net | ai.shimizu.example@gmail.com |

bec-01 and bec-02 are one campaign (same sender `ssk.tkyk2025@nifty.com`, same
client IP `23.94.187.61`, same client HELO, same text): an investigation over the
set should group them.

### Lookalike and impersonation domains

| message | domain | imitates | technique |
| --- | --- | --- | --- |
| bec-09 | toho-kinzoku.example | tohokinzoku.example (supplier, see clean-03) | hyphen inserted |
| bec-10 | exarnple.net | example.net | homoglyph `rn` for `m` |
| bec-11 | example.com | example.net | TLD swap (reserved name, attacker-controlled in this fiction) |
| bec-13 | ex-ample.net | example.net | hyphen |
| bec-14 | example-group.net | example.net | added word |
| phish-06 | examp1e.net | example.net | homoglyph `1` for `l` |

Freemail and ISP senders used by BEC: nifty.com, ocn.ne.jp (relay ocn.ad.jp),
gmail.com, outlook.jp, yahoo.co.jp, ga2.so-net.ne.jp (subdomain), outlook.com,
biglobe.ne.jp. Display names: kanji (`佐々木 隆之`), title + name (`社長 佐々木`,
`Takayuki Sasaki CEO`), romaji in both orders, katakana (`ササキ タカユキ`).
"""

ENCODING = """
## Encoding and trace conventions

- Japanese bodies: mostly ISO-2022-JP (7bit, every line returns to ASCII);
  UTF-8 base64 (Gmail style), UTF-8 quoted-printable (Outlook.jp, SaaS, phishing);
  one Shift_JIS 8bit body (bec-07, Becky!).
- Headers: RFC 2047 encoded-words, B (ISO-2022-JP, UTF-8, Shift_JIS) and Q
  (UTF-8: bec-03, clean-05), folded, each word at most 75 characters and
  self-contained.
- Attachment names use RFC 2231 (`filename*=UTF-8''…` with continuations split on
  character boundaries, and one `filename*=ISO-2022-JP''…`). RFC 2047 words
  inside quoted parameters were not used because Python's `email` package records
  them as defects, and the set is verified defect-free.
- Each message starts with `Received: … by mx.example.net …`, then
  `Authentication-Results: mx.example.net; spf=… dkim=… dmarc=…` consistent
  with the scenario, `Return-Path`, then the sender side's hops (Gmail, Outlook,
  Yahoo JAPAN, nifty, OCN, BIGLOBE, So-net, company MTAs). ISP and company hops
  show the client IP in brackets; Gmail and Outlook hide it, as they do.
- Verified by `generate.py` with `email.policy.default`: subject, From, To, Cc and
  Reply-To round-trip; text parts decode strictly in their declared charset to the
  intended text; attachment names and bytes round-trip; no defects; CRLF only;
  no line over 998 octets; 8-bit bytes only in the declared 8bit part.

## Caveats for the evaluator

- The set does not use the label `suspicious`. A reasonable scoring rule: on a
  `bec` or `phishing` item it is partial credit; on a `clean` item it is a false
  positive; on `spam` it is acceptable.
- Genuine external senders (suppliers, customers, SaaS, payroll) use reserved
  names (`*.example`, `*.test`) so that no real company is named, whereas most
  attacker domains use ordinary TLDs. A detector must not treat a reserved TLD as
  a sign of legitimacy (bec-09 and bec-11 are malicious and reserved too).
- Some BEC messages authenticate perfectly (freemail, ISP or attacker-owned
  lookalike domains); some clean messages come from freemail (clean-02) or use
  urgent, payment, gift-card, LINE/QR and password vocabulary.
"""


def render(labels):
    n = len(labels)
    by_label = collections.defaultdict(collections.Counter)
    langs = collections.defaultdict(collections.Counter)
    for l in labels:
        by_label[l["label"]][l["kind"]] += 1
        langs[l["label"]][l["language"]] += 1
    out = [INTRO.format(n=n, ja=ORG_NAME_JA, en=ORG_NAME_EN, people=len(PEOPLE))]
    out.append("## Counts\n\n| label | n | ja | en | kinds |\n| --- | --- | --- | --- | --- |")
    tot = collections.Counter()
    for lab in ("bec", "phishing", "spam", "clean"):
        kinds = ", ".join(f"{k} {c}" for k, c in sorted(by_label[lab].items(), key=lambda x: (-x[1], x[0])))
        c = sum(by_label[lab].values())
        tot.update(langs[lab])
        out.append(f"| `{lab}` | {c} | {langs[lab]['ja']} | {langs[lab]['en']} | {kinds} |")
    out.append(f"| total | {n} | {tot['ja']} | {tot['en']} | |\n")
    out.append("## Messages\n\n| file | label | kind | lang |\n| --- | --- | --- | --- |")
    for l in labels:
        out.append(f"| `{l['file']}` | {l['label']} | {l['kind']} | {l['language']} |")
    out.append("\nThe `notes` field of `labels.json` says, for each message, what makes it "
               "what it is (sender, authentication, recipients, lure, encoding).")
    execs = ", ".join(f"{p.kanji} ({p.title})" for p in PEOPLE.values() if p.executive)
    private = "\n".join(f"| {p.kanji} ({p.title}) | {p.email} | {'; '.join(p.personal)} |"
                        for p in PEOPLE.values() if p.personal)
    out.append(ORG.format(ja=ORG_NAME_JA, en=ORG_NAME_EN, execs=execs, private=private))
    out.append(TABLES)
    out.append(ENCODING)
    return "\n".join(out).rstrip("\n") + "\n"
