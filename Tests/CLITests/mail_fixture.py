#!/usr/bin/env python3
"""The report mailbox's side of the intake tests, over real IMAP (Python's imaplib, written apart
from becscope's client): reports appended as they arrive from employees (forwarded as an
attachment, or inline in English and Japanese), mailboxes made anew, messages counted and read.

usage:
  mail_fixture.py append  --mailbox M [--inline-en FILE]... [--inline-ja FILE]... FILE...
  mail_fixture.py recreate --mailbox M
  mail_fixture.py count   --mailbox M
  mail_fixture.py delete  --mailbox M
  mail_fixture.py proxy   --listen PORT --to PORT --cut-after BYTES   (cuts the first connection once)
  mail_fixture.py read    --mailbox M --user U     (each message as a JSON line: header, text, parts)
  mail_fixture.py append  --reporter ADDRESS ...   (the reports' From and Message-ID made that reporter's)
common: --host localhost --port 10993 --ca /tmp/becscope-mail/tls/ca.pem --user U --password P
"""
import argparse
import email
import email.policy
import email.utils
import imaplib
import socket
import ssl
import sys
import threading
from email.message import EmailMessage


def connect(a):
    m = imaplib.IMAP4_SSL(a.host, a.port, ssl_context=ssl.create_default_context(cafile=a.ca))
    m.login(a.user, a.password)
    return m


def inner(path):
    """The reported lure: the message/rfc822 attached to a report."""
    report = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
    for part in report.walk():
        if part.get_content_type() == "message/rfc822":
            return report, part.get_payload()[0]
    raise SystemExit(f"{path}: no attached message")


def inline(path, language):
    """The same report as a forward inline: the lure's header block and text in the body."""
    report, lure = inner(path)
    body = lure.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    date = email.utils.parsedate_to_datetime(lure["Date"])
    if language == "ja":
        block = (f"-----Original Message-----\n差出人: {lure['From']}\n"
                 f"送信日時: {date.year}年{date.month}月{date.day}日 {date.hour}:{date.minute:02d}\n"
                 f"宛先: {lure['To']}\n件名: {lure['Subject']}\n\n")
        subject, lead = f"転送: {lure['Subject']}", "不審なメールを転送します。\n\n"
    else:
        block = (f"---------- Forwarded message ---------\nFrom: {lure['From']}\n"
                 f"Date: {date.strftime('%a, %b %d, %Y at %I:%M %p')}\nSubject: {lure['Subject']}\nTo: {lure['To']}\n\n")
        subject, lead = f"Fwd: {lure['Subject']}", "Forwarding a suspicious mail.\n\n"
    out = EmailMessage(policy=email.policy.SMTP)
    out["From"] = report["From"]
    out["To"] = report["To"]
    out["Subject"] = subject
    out["Date"] = report["Date"]
    out["Message-ID"] = email.utils.make_msgid(domain="becscope.test")
    out.set_content(lead + block + text)
    return out.as_bytes()


def as_reporter(data, reporter):
    """The report as `reporter` forwarded it: its From is theirs, with a new Message-ID."""
    if reporter is None:
        return data
    report = email.message_from_bytes(data, policy=email.policy.SMTP)
    del report["From"]
    report["From"] = reporter
    del report["Message-ID"]
    report["Message-ID"] = email.utils.make_msgid(domain="becscope.test")
    return report.as_bytes()


def read(m, box):
    """Every message of a mailbox, as JSON lines, for the answers' tests to check."""
    import json
    typ, data = m.select(box, readonly=True)
    assert typ == "OK", data
    typ, data = m.uid("SEARCH", None, "ALL")
    for uid in data[0].split():
        typ, fetched = m.uid("FETCH", uid, "(BODY.PEEK[])")
        raw = fetched[0][1]
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain",))
        print(json.dumps({
            "subject": str(msg["Subject"] or ""), "from": str(msg["From"] or ""), "to": str(msg["To"] or ""),
            "message_id": str(msg["Message-ID"] or ""),
            "in_reply_to": str(msg["In-Reply-To"] or ""), "references": str(msg["References"] or ""),
            "auto_submitted": str(msg["Auto-Submitted"] or ""), "content_language": str(msg["Content-Language"] or ""),
            "content_type": msg.get_content_type(), "parts": sum(1 for _ in msg.walk()),
            "text": body.get_content() if body is not None else "",
        }, ensure_ascii=False))


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def proxy(a):
    """Forwards 127.0.0.1:listen to 127.0.0.1:to; the first connection is cut after the server
    has sent `cut_after` bytes (in the middle of a literal, for a fetch)."""
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", a.listen))
    server.listen(8)
    print("ready", flush=True)
    first = [True]

    def pipe(src, dst, limit, done):
        sent = 0
        try:
            while True:
                data = src.recv(4096)
                if not data:
                    break
                if limit is not None and sent + len(data) > limit:
                    dst.sendall(data[: limit - sent])
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        finally:
            done()

    while True:
        client, _ = server.accept()
        upstream = socket.create_connection(("127.0.0.1", a.to))
        limit = a.cut_after if first[0] else None
        first[0] = False

        def close(c=client, u=upstream):
            for s in (c, u):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

        threading.Thread(target=pipe, args=(client, upstream, None, close), daemon=True).start()
        threading.Thread(target=pipe, args=(upstream, client, limit, close), daemon=True).start()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("command", choices=["append", "recreate", "count", "delete", "proxy", "read"])
    p.add_argument("--reporter")
    p.add_argument("--host", default="localhost")
    p.add_argument("--port", type=int, default=10993)
    p.add_argument("--ca", default="/tmp/becscope-mail/tls/ca.pem")
    p.add_argument("--user", default="security@becscope.test")
    p.add_argument("--password", default="becscope-test-password")
    p.add_argument("--mailbox", default="INBOX")
    p.add_argument("--inline-en", action="append", default=[])
    p.add_argument("--inline-ja", action="append", default=[])
    p.add_argument("--listen", type=int)
    p.add_argument("--to", type=int)
    p.add_argument("--cut-after", type=int)
    p.add_argument("files", nargs="*")
    a = p.parse_intermixed_args()
    if a.command == "proxy":
        return proxy(a)
    m = connect(a)
    box = '"' + a.mailbox + '"'
    if a.command == "append":
        m.create(box)
        for f in a.files:
            typ, _ = m.append(box, None, None, crlf(as_reporter(open(f, "rb").read(), a.reporter)))
            assert typ == "OK", f
        for f in a.inline_en:
            assert m.append(box, None, None, crlf(as_reporter(inline(f, "en"), a.reporter)))[0] == "OK", f
        for f in a.inline_ja:
            assert m.append(box, None, None, crlf(as_reporter(inline(f, "ja"), a.reporter)))[0] == "OK", f
    elif a.command == "recreate":
        m.delete(box)
        assert m.create(box)[0] == "OK"
    elif a.command == "delete":
        m.delete(box)
    elif a.command == "read":
        read(m, box)
    elif a.command == "count":
        typ, data = m.select(box, readonly=True)
        print(int(data[0]) if typ == "OK" else -1)
    m.logout()


if __name__ == "__main__":
    sys.exit(main())
