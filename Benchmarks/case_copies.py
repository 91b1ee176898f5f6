#!/usr/bin/env python3
"""Writes COUNT distinct messages for the case-store benchmark: the messages of CORPUS (a folder
of .eml files, read in place) again and again, each copy with a Message-ID of its own so that no
two are the same report. Usage: case_copies.py CORPUS COUNT OUT_DIR"""
import os
import re
import sys

corpus, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(out, exist_ok=True)
names = sorted(n for n in os.listdir(corpus) if n.endswith(".eml"))
message_id = re.compile(rb"^message-id:[^\n]*\n(?:[ \t][^\n]*\n)*", re.I | re.M)
for i in range(count):
    with open(os.path.join(corpus, names[i % len(names)]), "rb") as f:
        raw = f.read()
    raw = message_id.sub(b"", raw)
    header = b"Message-ID: <bench-%d@copies.invalid>\r\n" % i
    with open(os.path.join(out, "copy-%05d.eml" % i), "wb") as f:
        f.write(header + raw)
