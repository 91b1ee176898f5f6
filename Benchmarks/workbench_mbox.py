"""Writes an mbox of N small reported messages for the workbench benchmark: mostly ordinary mail
from many senders, one in twenty a CEO-fraud lure from a free-mail address. Deterministic.

Usage: python3 workbench_mbox.py N OUT.mbox [START]   (messages START to START+N-1)
"""
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
start = int(sys.argv[3]) if len(sys.argv) > 3 else 0
rng = random.Random(20261203 + start)
words = "invoice meeting schedule report update project budget review lunch travel contract".split()
with open(out, "w", encoding="utf-8", newline="") as f:
    for i in range(start, start + n):
        lure = i % 20 == 0
        sender = f"ceo.office{i % 7}@gmail.com" if lure else f"user{rng.randrange(5000)}@partner{rng.randrange(300)}.example"
        subject = "Urgent wire transfer today" if lure else " ".join(rng.sample(words, 3)).capitalize() + f" {i}"
        body = ("Please wire the funds today and keep this confidential. I am in a meeting." if lure
                else "Hello, see the notes for " + " ".join(rng.sample(words, 5)) + ".")
        f.write(f"From bench@example Mon Mar  2 09:00:00 2026\n"
                f"From: \"{'CEO' if lure else 'Colleague'}\" <{sender}>\n"
                f"To: employee{rng.randrange(400)}@hisui-denki.example\n"
                f"Subject: {subject}\n"
                f"Date: Mon, 2 Mar 2026 09:{i % 60:02d}:00 +0900\n"
                f"Message-ID: <bench-{i}@{sender.split('@')[1]}>\n"
                f"Received: from mail.{sender.split('@')[1]} (mail [198.51.100.{i % 250 + 1}]) by mx.hisui-denki.example; Mon, 2 Mar 2026 09:00:00 +0900\n"
                f"\n{body}\n\n")
