#!/usr/bin/env python3
"""Builds a large mbox for the mailbox-sweep benchmark of `becscope investigate --mailbox`.

usage: sweep_mbox.py COUNT OUTDIR [CORPUS_DIR]

Writes OUTDIR/mailbox-COUNT.mbox (mboxrd): COUNT messages, most of them small messages of the
shared corpora (read in place) with fresh Message-IDs, dates and recipients, and about one in
ten thousand (at least five) planted copies of a CEO-impersonation lure, each with its own
recipient name and greeting. Also OUTDIR/reported.eml (the copy an employee reported) and
OUTDIR/planted-COUNT.txt (the planted Message-IDs, one a line). Deterministic for a COUNT.
"""
import email.utils
import os
import random
import sys

count = int(sys.argv[1])
out = sys.argv[2]
corpus = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus")
os.makedirs(out, exist_ok=True)
rng = random.Random(count)

# Small messages of the corpora, headers and body split once.
seeds = []
for sub in ("mikel-mail", "cpython-test-email", "japanese", "stalwart-mail-parser", "sisimai"):
    for root, _, files in os.walk(os.path.join(corpus, sub)):
        for name in sorted(files):
            path = os.path.join(root, name)
            if name.endswith((".json", ".md")) or name.startswith("LICENSE"):
                continue
            try:
                data = open(path, "rb").read()
            except OSError:
                continue
            if not (200 < len(data) < 8000) or data.startswith(b"From "):
                continue
            data = data.replace(b"\r\n", b"\n")
            head, sep, body = data.partition(b"\n\n")
            if not sep:
                continue
            lines = [l for l in head.split(b"\n") if not l.lower().startswith((b"message-id:", b"to:", b"date:"))]
            seeds.append((b"\n".join(lines), body))
if not seeds:
    sys.exit("no corpus messages found under " + corpus)

given = ["sho", "mika", "kenji", "yuko", "taro", "hanako", "daiki", "aya", "ren", "saki", "yuto", "mei"]
family = ["takada", "sato", "ito", "suzuki", "tanaka", "watanabe", "yamamoto", "nakamura", "kobayashi", "kato"]
kanji = ["高田", "佐藤", "伊藤", "鈴木", "田中", "渡辺", "山本", "中村", "小林", "加藤"]


def lure(i, g, f, k, message_id, date):
    body = (
        f"{k}さん\n\nお疲れ様です。山田です。\n至急ご対応いただきたい件があります。\n"
        "このメールに返信してください。\n\nなお、現在会議中のため電話には出られません。\nよろしくお願いします。\n\n山田 太郎\n"
    )
    return (
        "Received: from mta-12.optimum.net (mta-12.optimum.net [167.206.4.12])\n"
        "\tby mx.bench.example with ESMTPS id b%05d; %s\n"
        "Received: from [155.94.251.82] by mta-12.optimum.net with ESMTPSA id s%05d; %s\n"
        "From: =?UTF-8?B?5bGx55SwIOWkqumDjg==?= <ejbjebduffy@optimum.net>\n"
        "To: %s.%s.private@gmail.com, %s%s@bench.example\n"
        "Subject: =?UTF-8?B?6Iez5oCl44Gu44GK6aGY44GE?=\n"
        "Date: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" % (i, date, i, date, g, f, g[0], f, date, message_id)
    ).encode() + body.encode()


def escape(body):
    # mboxrd: every line that starts with ">*From " gains one more ">".
    out = []
    for line in body.split(b"\n"):
        stripped = line.lstrip(b">")
        out.append(b">" + line if stripped.startswith(b"From ") else line)
    return b"\n".join(out)


planted_every = max(1, count // max(5, count // 10000))
planted = []
with open(os.path.join(out, f"mailbox-{count}.mbox"), "wb") as mbox:
    for i in range(count):
        date = email.utils.formatdate(1_780_000_000 + i * 7, usegmt=True)
        message_id = f"<bench-{count}-{i}@bench.example>"
        if i % planted_every == planted_every // 2:
            g, fi = rng.choice(given), rng.randrange(len(family))
            msg = lure(i, g, family[fi], kanji[fi], message_id, date)
            planted.append(message_id)
        else:
            head, body = seeds[rng.randrange(len(seeds))]
            to = f"{rng.choice(given)}.{rng.choice(family)}@bench.example"
            msg = head + f"\nMessage-ID: {message_id}\nTo: {to}\nDate: {date}".encode() + b"\n\n" + body
        mbox.write(b"From sender@bench.example " + date.encode() + b"\n")
        mbox.write(escape(msg.rstrip(b"\n")) + b"\n\n")
with open(os.path.join(out, f"planted-{count}.txt"), "w") as f:
    f.write("\n".join(planted) + "\n")
with open(os.path.join(out, "reported.eml"), "wb") as f:
    f.write(lure(0, "daiki", "kobayashi", "小林", "<bench-reported@bench.example>", email.utils.formatdate(1_779_999_000, usegmt=True)))
print(f"{count} messages, {len(planted)} planted, {len(seeds)} corpus seeds")
