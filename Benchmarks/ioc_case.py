"""Writes MESSAGES reported lures with URLS distinct links each (the IOC-export benchmark).

usage: python3 Benchmarks/ioc_case.py MESSAGES URLS DIR
"""
import sys

messages, urls, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
for m in range(messages):
    links = "\n".join(f"https://pay{m}-{u}.invoice-portal.example/i/{m}/{u}?ref=x" for u in range(urls))
    with open(f"{out}/lure-{m:03}.eml", "w") as f:
        f.write(
            f"From: CEO <ceo.office{m}@gmail.com>\nTo: staff{m}@corp.example\nSubject: urgent wire {m}\n"
            f"Date: Mon, 2 Mar 2026 09:{m % 60:02}:00 +0000\nMessage-ID: <ioc-{m}@gmail.com>\n\n"
            f"Please pay today, see the invoices:\n{links}\n"
        )
