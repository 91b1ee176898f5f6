#!/usr/bin/env python3
"""Fills a mailbox of the test Dovecot (.ci/mail-servers.sh) with COUNT reports for the intake
benchmark: each an employee's forward of one message of CORPUS (read in place, again and again),
attached as message/rfc822 (its bytes as they are) with a Message-ID of its own, so that no two reports are the same.
The mailbox is made anew. With --fetch it instead fetches every message of MAILBOX the way intake
does (UID FETCH BODY.PEEK[] in batches of 25) and does nothing with them: the transfer alone,
the baseline intake is compared with. Usage:
    intake_fill.py CORPUS COUNT MAILBOX [--fetch] [--host localhost --port 10993 --ca CA]"""
import argparse
import imaplib
import os
import re
import ssl
import time

p = argparse.ArgumentParser()
p.add_argument("corpus")
p.add_argument("count", type=int)
p.add_argument("mailbox")
p.add_argument("--host", default="localhost")
p.add_argument("--port", type=int, default=10993)
p.add_argument("--ca", default="/tmp/becscope-mail/tls/ca.pem")
p.add_argument("--user", default="security@becscope.test")
p.add_argument("--password", default="becscope-test-password")
p.add_argument("--fetch", action="store_true")
a = p.parse_args()

if a.fetch:
    m = imaplib.IMAP4_SSL(a.host, a.port, ssl_context=ssl.create_default_context(cafile=a.ca))
    m.login(a.user, a.password)
    start = time.time()
    m.select(a.mailbox, readonly=True)
    uids = m.uid("SEARCH", None, "ALL")[1][0].split()
    total = 0
    for i in range(0, len(uids), 25):
        typ, data = m.uid("FETCH", b",".join(uids[i : i + 25]).decode(), "(BODY.PEEK[])")
        assert typ == "OK"
        total += sum(len(part[1]) for part in data if isinstance(part, tuple))
    seconds = time.time() - start
    m.logout()
    print("intake-throughput: imaplib-fetch seconds=%.2f messages=%d mb=%.1f messages_per_s=%d"
          % (seconds, len(uids), total / 1e6, len(uids) / max(seconds, 0.01)))
    raise SystemExit(0)

names = sorted(n for n in os.listdir(a.corpus) if n.endswith(".eml"))
message_id = re.compile(rb"^message-id:[^\n]*\n(?:[ \t][^\n]*\n)*", re.I | re.M)
reporters = ["hana", "taro", "alice", "bob"]
m = imaplib.IMAP4_SSL(a.host, a.port, ssl_context=ssl.create_default_context(cafile=a.ca))
m.login(a.user, a.password)
m.delete(a.mailbox)
assert m.create(a.mailbox)[0] == "OK"
start = time.time()
total = 0
for i in range(a.count):
    with open(os.path.join(a.corpus, names[i % len(names)]), "rb") as f:
        inner = message_id.sub(b"", f.read())
    inner = b"Message-ID: <intake-bench-%d@copies.invalid>\r\n" % i + inner
    # Written as bytes: the corpus's messages are attached exactly as they are.
    boundary = b"=_becscope-bench-%d-%s" % (i, os.urandom(8).hex().encode())
    head = (
        b"From: %s@becscope.test\r\nTo: %s\r\nSubject: FW: suspicious message %d\r\n"
        b"Message-ID: <report-%d@becscope.test>\r\nDate: Fri, 4 Dec 2026 09:00:00 +0900\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"%s\"\r\n\r\n"
        % (reporters[i % len(reporters)].encode(), a.user.encode(), i, i, boundary)
    )
    body = (
        b"--%s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease have a look at the attached message.\r\n"
        b"--%s\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"reported.eml\"\r\n\r\n"
        % (boundary, boundary)
    )
    inner = inner.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    data = head + body + inner + b"\r\n--%s--\r\n" % boundary
    total += len(data)
    typ, _ = m.append(a.mailbox, None, None, data)
    assert typ == "OK", i
m.logout()
print("intake_fill: %d reports, %.1f MB, appended in %.1f s" % (a.count, total / 1e6, time.time() - start))
