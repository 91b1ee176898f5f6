"""Writes replies.mbox: two employees of the fictional Hisui Denki (see ../case/README.md)
answer the case-study lure. 佐藤 美香 replies to the copy she received (In-Reply-To its
Message-ID); 伊藤 健二 writes to the attacker's address in a new message without threading.
Japanese in ISO-2022-JP, as Japanese mail clients send it; mboxrd, LF line endings."""
import base64
from email.header import Header

LURE_TO_SATO = "<1773105341.56101B69ABC0@mta-07.optimum.net>"
ATTACKER = "ejbjebduffy@optimum.net"


def jis(text):
    return text.encode("iso-2022-jp")


def encoded(text):
    return Header(text, "iso-2022-jp").encode()


def message(sender_name, sender, subject, date, msgid, extra, body, queue):
    headers = [
        f"Received: from pc-{queue}.hisui-denki.example (pc-{queue}.hisui-denki.example [10.20.4.{queue}])"
        f"\n\tby submit.hisui-denki.example (Postfix) with ESMTPSA id {queue}A1B2C3\n\tfor <{ATTACKER}>; {date}",
        f"From: {encoded(sender_name)} <{sender}>",
        f"To: {encoded('山田 太郎')} <{ATTACKER}>",
        f"Subject: {encoded(subject)}",
        f"Date: {date}",
        f"Message-ID: {msgid}",
    ] + extra + [
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=ISO-2022-JP",
        "Content-Transfer-Encoding: 7bit",
    ]
    return "\n".join(headers).encode("ascii") + b"\n\n" + jis(body) + b"\n"


def main():
    sato = message(
        "佐藤 美香", "mika.sato@hisui-denki.example", "Re: 至急のお願い",
        "Tue, 10 Mar 2026 10:41:12 +0900", "<20260310104112.5A70C1E2@hisui-denki.example>",
        [f"In-Reply-To: {LURE_TO_SATO}", f"References: {LURE_TO_SATO}"],
        "山田社長\n\nお疲れさまです。佐藤です。\n承知しました。どのようなご用件でしょうか。\n\n佐藤",
        31)
    ito = message(
        "伊藤 健二", "kenji.ito@hisui-denki.example", "ご依頼の件",
        "Tue, 10 Mar 2026 11:02:40 +0900", "<20260310110240.9C41D7A3@hisui-denki.example>",
        [],
        "山田社長\n\n伊藤です。先ほどのメールの件、何をすればよいかご指示ください。\n\n伊藤",
        47)
    with open("replies.mbox", "wb") as f:
        for stamp, m in [("Tue Mar 10 01:41:13 2026", sato), ("Tue Mar 10 02:02:41 2026", ito)]:
            f.write(b"From mailer-daemon " + stamp.encode() + b"\n" + m + b"\n")


if __name__ == "__main__":
    main()
