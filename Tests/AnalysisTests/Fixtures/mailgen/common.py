"""Small helpers shared by the message modules: Message-ID styles, quoting
and attribution lines of common mail clients, short-hands."""
from datetime import timedelta

import company as C
import mimeparts as M
import routes as R
from mimeparts import tok, ALNUM, UHEX, HEX, DIGITS, LOWERNUM

WD_JA = "月火水木金土日"
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


# ---------------------------------------------------------------- Message-IDs

def mid_gmail(seed):
    return "CA" + tok(seed + "mg", 40, ALNUM).replace("+", "x") + "@mail.gmail.com"


def mid_outlook_consumer(seed, region="JPN"):
    box = ("TYWP286MB" if region == "JPN" else "SA1PR19MB") + tok(seed + "b", 4, DIGITS)
    pod = "JPNP286" if region == "JPN" else "namprd19"
    return f"{box}{tok(seed + 'mo', 16, UHEX)}@{box}.{pod}.PROD.OUTLOOK.COM"


def mid_yahoo(seed):
    return f"{tok(seed + 'y1', 6, DIGITS)}.{tok(seed + 'y2', 5, DIGITS)}.qm@web{tok(seed + 'yw', 5, DIGITS)}.mail.kks.yahoo.co.jp"


def mid_apple(seed, domain="icloud.com"):
    u = tok(seed + "ap", 32, UHEX)
    return f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}"


def mid_uuid(seed, domain):
    u = tok(seed + "uu", 32, HEX)
    return f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}"


def mid_exchange(seed, host_prefix, domain):
    return f"{tok(seed + 'ex', 32, HEX)}@{host_prefix}.{domain}"


def mid_std(seed, when, domain, sep="."):
    return when.strftime("%Y%m%d%H%M%S") + sep + tok(seed + "ms", 8, UHEX) + "@" + domain


def mid_becky(seed, when, domain):
    return when.strftime("%Y%m%d%H%M%S") + "." + tok(seed + "bk", 4, UHEX) + "." + tok(seed + "bk2", 8, UHEX) + "@" + domain


def mid_roundcube(seed, domain):
    return tok(seed + "rc", 32, HEX) + "@" + domain


def mid_outlook_desktop(seed, domain):
    """Outlook for Windows: <0000xx01dcxxxx$xxxxxxxx$xxxxxxxx$@domain>."""
    return (f"{tok(seed + 'od', 4, HEX)}01dc{tok(seed + 'od2', 4, HEX)}${tok(seed + 'od3', 8, HEX)}"
            f"${tok(seed + 'od4', 8, HEX)}$@{domain}")


def mid_m365(seed, box="AS8PR04MB", pod="eurprd04"):
    b = box + tok(seed + "b", 4, DIGITS)
    return f"{b}{tok(seed + 'mm', 16, UHEX)}@{b}.{pod}.prod.outlook.com"


def thread_index(seed):
    return "AQH" + tok(seed + "ti", 29, ALNUM) + "=="


# ---------------------------------------------------------------- quoting

def quote(text, prefix="> "):
    out = []
    for ln in text.split("\n"):
        if not ln:
            out.append(prefix.rstrip())
        elif ln.startswith(">"):
            out.append(prefix.rstrip() + ln)
        else:
            out.append(prefix + ln)
    return "\n".join(out)


def ja_date(dt):
    d = dt.astimezone(R.JST)
    return f"{d.year}年{d.month}月{d.day}日({WD_JA[d.weekday()]}) {d.hour}:{d.minute:02d}"


def gmail_attr_ja(dt, name, addr):
    return f"{ja_date(dt)} {name} <{addr}>:"


def gmail_attr_en(dt, name, addr, tz=R.JST, nnbsp=False):
    d = dt.astimezone(tz)
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return (f"On {WD_EN[d.weekday()][:3]}, {MON_EN[d.month - 1][:3]} {d.day}, {d.year} at {h}:{d.minute:02d}"
            f"{chr(0x202f) if nnbsp else ' '}{ampm} {name} <{addr}> wrote:")


def outlook_block_en(dt, frm, to, subject, cc=None, tz=R.JST, uk=False):
    d = dt.astimezone(tz)
    if uk:
        sent = f"{d.day:02d} {MON_EN[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}"
    else:
        h = d.hour % 12 or 12
        sent = (f"{WD_EN[d.weekday()]}, {MON_EN[d.month - 1]} {d.day}, {d.year} {h}:{d.minute:02d} "
                + ("AM" if d.hour < 12 else "PM"))
    lines = ["From: " + frm, "Sent: " + sent, "To: " + to]
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + subject)
    return "\n".join(lines)


def outlook_block_ja(dt, frm, to, subject, cc=None):
    d = dt.astimezone(R.JST)
    lines = ["差出人: " + frm, f"送信日時: {d.year}年{d.month}月{d.day}日 {d.hour}:{d.minute:02d}",
             "宛先: " + to]
    if cc:
        lines.append("CC: " + cc)
    lines.append("件名: " + subject)
    return "\n".join(lines)


def who(name, addr):
    return f"{name} <{addr}>"


def P(key):
    return C.P(key)


def plain(text, charset="ISO-2022-JP", cte=None, **kw):
    if cte is None:
        cte = "7bit" if charset in ("ISO-2022-JP", "US-ASCII") or M.is_ascii(text) else "base64"
    return M.Text(text, "plain", charset, cte, **kw)


def html(text, charset="UTF-8", cte="quoted-printable", **kw):
    return M.Text(text, "html", charset, cte, **kw)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def simple_html(text, font="Meiryo UI, sans-serif", size="11pt"):
    """An HTML rendering of a plain text as webmail clients write it: one
    <div> per line."""
    rows = []
    for ln in text.split("\n"):
        rows.append(f"<div>{esc(ln) if ln else '<br>'}</div>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body><div dir=\"ltr\" style=\"font-family:{font};font-size:{size}\">\n"
            + "\n".join(rows) + "\n</div></body></html>")


def after(dt, minutes=0, hours=0, days=0):
    return dt + timedelta(minutes=minutes, hours=hours, days=days)
