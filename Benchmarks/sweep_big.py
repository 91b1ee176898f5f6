#!/usr/bin/env python3
"""Builds the large-copies sweep benchmark: COPIES copies of one lure, each with a SIZE_MB
attachment (base64), in an mbox beside a few small decoys, and the copy an employee reported.

usage: sweep_big.py COPIES SIZE_MB OUTDIR

Writes OUTDIR/reported.eml and OUTDIR/big-COPIES-SIZE.mbox. Deterministic.
"""
import base64
import random
import sys

copies, size_mb, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(copies * 1000 + size_mb)


def lure(i, attachment):
    text = (
        "Please handle this today: reply to this mail.\n"
        "I am in a meeting and cannot take calls.\n\nTaro Yamada\n"
    )
    head = (
        "Received: from mta-12.optimum.net (mta-12.optimum.net [167.206.4.12])\n"
        f"\tby mx.bench.example with ESMTPS id b{i:05}; Tue, 10 Mar 2026 10:12:07 +0900\n"
        "From: Taro Yamada <ejbjebduffy@optimum.net>\n"
        f"To: staff{i}@corp.example\n"
        "Subject: Urgent request\n"
        f"Date: Tue, 10 Mar 2026 10:{i % 60:02}:07 +0900\n"
        f"Message-ID: <big-{i}@optimum.net>\n"
        "MIME-Version: 1.0\n"
    )
    if attachment is None:
        return head + "Content-Type: text/plain; charset=utf-8\n\n" + text
    return (
        head
        + 'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n'
        + text
        + '\n--b\nContent-Type: application/pdf; name="invoice.pdf"\nContent-Transfer-Encoding: base64\n\n'
        + attachment
        + "\n--b--\n"
    )


with open(f"{out}/reported.eml", "w") as f:
    f.write(lure(0, None))
with open(f"{out}/big-{copies}-{size_mb}.mbox", "w") as f:
    for i in range(1, copies + 1):
        blob = base64.encodebytes(rng.randbytes(size_mb * 1024 * 1024 * 3 // 4)).decode()
        f.write("From MAILER-DAEMON Tue Mar 10 01:12:07 2026\n" + lure(i, blob) + "\n")
    for i in range(20):
        f.write(
            "From MAILER-DAEMON Tue Mar 10 01:12:07 2026\n"
            f"From: colleague{i}@corp.example\nTo: staff@corp.example\nSubject: lunch {i}\n"
            f"Message-ID: <decoy-{i}@corp.example>\n\nLunch at noon?\n\n"
        )
