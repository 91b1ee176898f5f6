"""Trace fields of the real mail providers and of generic servers, shared by the labeled sets:
Gmail, Outlook.com, Exchange Online, Yahoo! JAPAN, iCloud, Japanese ISPs, webmail, hybrid
Exchange, and the time zones and date format they write. Each set's `routes.py` adds its own
organisation's relays and MX on top of these.

Real providers are shown with host names and address ranges of the kind they use; the
attackers' own machines are documentation addresses.
"""
from datetime import timedelta, timezone

from mimeparts import tok, num, CRLF, ALNUM, B64CH, HEX, UHEX, DIGITS, LOWERNUM

JST = timezone(timedelta(hours=9), "JST")
UTC = timezone(timedelta(0), "UTC")
PDT = timezone(timedelta(hours=-7), "PDT")
PST = timezone(timedelta(hours=-8), "PST")
CDT = timezone(timedelta(hours=-5), "CDT")
CST = timezone(timedelta(hours=-6), "CST")
BST = timezone(timedelta(hours=1), "BST")
GMT = timezone(timedelta(0), "GMT")
CET = timezone(timedelta(hours=1), "CET")
HKT = timezone(timedelta(hours=8), "HKT")
SGT = timezone(timedelta(hours=8), "SGT")
CEST = timezone(timedelta(hours=2), "CEST")
WAT = timezone(timedelta(hours=1), "WAT")

_D = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_M = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date(dt, tz=JST, comment=True):
    d = dt.astimezone(tz)
    m = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if m >= 0 else "-"
    m = abs(m)
    s = (f"{_D[d.weekday()]}, {d.day} {_M[d.month - 1]} {d.year} "
         f"{d.hour:02d}:{d.minute:02d}:{d.second:02d} {sign}{m // 60:02d}{m % 60:02d}")
    if comment and tz is not UTC:
        s += f" ({tz.tzname(None)})"
    return s


def later(dt, s):
    return dt + timedelta(seconds=s)


class Route:
    """hops: the sender side's Received lines, newest first. helo/rdns/ip: the
    machine that handed the message to the MX. selector: DKIM selector used
    when the message is signed. extra: trace-like fields the sender side adds."""

    def __init__(self, hops, helo, rdns, ip, selector=None, extra=(), delay=3):
        self.hops, self.helo, self.rdns, self.ip = list(hops), helo, rdns, ip
        self.selector, self.extra, self.delay = selector, list(extra), delay


# ------------------------------------------------------------ real providers

def gmail(seed, dt, rcpt):
    kind = ["pl1", "pj1", "oi1", "qk1", "yb1", "ot1"][num(seed + "gk", 0, 5)]
    n = num(seed + "gn", 41, 230)
    host = f"mail-{kind}-f{n}.google.com"
    ip = f"209.85.{[214, 216, 167, 222, 219, 210][num(seed + 'gk', 0, 5)]}.{n}"
    sid = (tok(seed + "g1", 7, DIGITS) + "a" + tok(seed + "g2", 5, HEX) + "-" + tok(seed + "g3", 13, HEX)
           + "so" + tok(seed + "g4", 7, DIGITS) + "a" + tok(seed + "g5", 2, DIGITS) + ".1")
    tz = PDT if dt.month < 11 or (dt.month == 11 and dt.day < 2) else PST
    hops = [f"Received: by {host} with SMTP id {sid}{CRLF}"
            f"        for <{rcpt}>; {date(later(dt, 1), tz)}"]
    extra = [
        "X-Gm-Message-State: AOJu0Y" + tok(seed + "gms", 60, ALNUM),
        "X-Gm-Gg: ASbGnc" + tok(seed + "ggg", 62, ALNUM),
        "X-Google-Smtp-Source: AGHT+I" + tok(seed + "gss", 54, ALNUM) + "==",
        f"X-Received: by 2002:a17:90b:{tok(seed + 'xr', 4, HEX)}:b0:{tok(seed + 'xr2', 3, HEX)}:"
        f"{tok(seed + 'xr3', 4, HEX)}:{tok(seed + 'xr4', 4, HEX)} with SMTP id{CRLF}"
        f" {tok(seed + 'xr5', 22, LOWERNUM)}.{num(seed + 'xr6', 10, 99)}.{CRLF}"
        f"        {date(later(dt, 1), tz)}",
    ]
    return Route(hops, host, host, ip, "20230601", extra)


def outlook_consumer(seed, dt, rcpt, region="JPN"):
    if region == "JPN":
        box, box2, pod = "TYWP286MB" + tok(seed + "b", 4, DIGITS), "OS3P286MB" + tok(seed + "b2", 4, DIGITS), "JPNP286"
        n = num(seed + "on", 10, 99)
        rdns = f"mail-tycjpn01olkn20{n}.outbound.protection.outlook.com"
        ip = f"40.92.98.{n}"
        helo = "JPN01-TYC-obe.outbound.protection.outlook.com"
    else:
        box, box2, pod = "SA1PR19MB" + tok(seed + "b", 4, DIGITS), "DM6PR19MB" + tok(seed + "b2", 4, DIGITS), "namprd19"
        n = num(seed + "on", 10, 99)
        rdns = f"mail-bn8nam12olkn20{n}.outbound.protection.outlook.com"
        ip = f"40.92.21.{n}"
        helo = "NAM12-BN8-obe.outbound.protection.outlook.com"
    v6 = tok(seed + "v6", 4, HEX) + ":" + tok(seed + "v6b", 4, HEX)
    hops = [
        f"Received: from {box}.{pod}.PROD.OUTLOOK.COM ([fe80::{v6}]) by{CRLF}"
        f" {box}.{pod}.PROD.OUTLOOK.COM ([fe80::{v6}%6]) with mapi id{CRLF}"
        f" 15.20.9228.010; {date(later(dt, 1), UTC, False)}",
        f"Received: from {box}.{pod}.PROD.OUTLOOK.COM (2603:1096:400:{tok(seed + 'x', 3, HEX)}::9) by{CRLF}"
        f" {box2}.{pod}.PROD.OUTLOOK.COM (2603:1096:604:{tok(seed + 'y', 3, HEX)}::14) with Microsoft SMTP{CRLF}"
        f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id{CRLF}"
        f" 15.20.9228.010; {date(later(dt, 2), UTC, False)}",
    ]
    extra = ["X-MS-Exchange-Organization-SCL: 1" if False else
             f"X-Microsoft-Original-Message-ID: <{box}{tok(seed + 'mo', 16, UHEX)}@{box}.{pod}.PROD.OUTLOOK.COM>"]
    return Route(hops[::-1], helo, rdns, ip, "selector1", extra)


def yahoo_jp(seed, dt, rcpt, client_ip):
    w = "web" + tok(seed + "yw", 5, DIGITS) + ".mail.kks.yahoo.co.jp"
    n = num(seed + "yn", 100, 140)
    host = f"nh{num(seed + 'yh', 501, 509)}-vm{num(seed + 'yv', 1, 9)}.bullet.mail.kks.yahoo.co.jp"
    ip = f"183.79.57.{n}"
    hops = [
        f"Received: from {w} (10.223.{num(seed + 'y3', 1, 200)}.{num(seed + 'y4', 2, 250)}){CRLF}"
        f"\tby {host} with NNFMP; {date(later(dt, 2), JST, False)}",
        f"Received: from [{client_ip}] by {w} via HTTP; {date(later(dt, 1), JST, False)}",
    ]
    return Route(hops, host, host, ip, "yj20110701")


def icloud(seed, dt, rcpt):
    n = num(seed + "ic", 10, 99)
    host = f"st43p00im-ztfb100{n}01.me.com"
    ip = f"17.58.63.{n + 100}"
    hops = [f"Received: from smtpclient.apple (st43p00im-ztfb100{n}01.me.com [{ip}]){CRLF}"
            f"\tby {host} (Postfix) with ESMTPSA id {tok(seed + 'iq', 12, UHEX)}{CRLF}"
            f"\tfor <{rcpt}>; {date(later(dt, 1), UTC, False)}"]
    return Route(hops, host, host, ip, "1a1hai")


_ISP = {
    "nifty": ("mta-snd-e{n:02d}.mail.nifty.com", "106.153.227.", "default", "ESMTPA"),
    "ocn": ("mf-smf-ucb0{n:02d}c1.ocn.ad.jp", "153.153.63.", "ocn", "ESMTPA"),
}


def m365(seed, dt, rcpt, tenant_domain, region="EUR", client_ip=None):
    """A fictional company whose mail is hosted on Exchange Online: the
    mailbox server's hops, then Microsoft's outbound protection relay.
    client_ip: the submitting client's address (shown in X-Originating-IP
    style only by the caller; Exchange Online hides it in Received)."""
    pods = {"EUR": ("AS8PR04MB", "DB9PR04MB", "eurprd04", "mail-db8eur05on20{n}.outbound.protection.outlook.com",
                    "40.107.6.{n}", "EUR05-DB8-obe.outbound.protection.outlook.com"),
            "NAM": ("BY5PR11MB", "SJ0PR11MB", "namprd11", "mail-dm6nam12on20{n}.outbound.protection.outlook.com",
                    "40.107.243.{n}", "NAM12-DM6-obe.outbound.protection.outlook.com"),
            "APC": ("TYZPR06MB", "SEZPR06MB", "apcprd06", "mail-tyzapc01on20{n}.outbound.protection.outlook.com",
                    "40.107.117.{n}", "APC01-TYZ-obe.outbound.protection.outlook.com")}
    b1, b2, pod, rdns, ipf, helo = pods[region]
    n = num(seed + "m3", 10, 99)
    # the mailbox server belongs to the tenant; the transport server varies
    box, box2 = b1 + tok(tenant_domain + "b", 4, DIGITS), b2 + tok(seed + "b2", 4, DIGITS)
    v6 = tok(tenant_domain + "v6", 4, HEX) + ":" + tok(tenant_domain + "v6b", 4, HEX)
    hops = [
        f"Received: from {box}.{pod}.prod.outlook.com (2603:10a6:20b:{tok(seed + 'x', 3, HEX)}::7) by{CRLF}"
        f" {box2}.{pod}.prod.outlook.com (2603:10a6:10:{tok(seed + 'y', 3, HEX)}::12) with Microsoft SMTP{CRLF}"
        f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id{CRLF}"
        f" 15.20.9253.012; {date(later(dt, 2), UTC, False)}",
        f"Received: from {box}.{pod}.prod.outlook.com ([fe80::{v6}]) by{CRLF}"
        f" {box}.{pod}.prod.outlook.com ([fe80::{v6}%5]) with mapi id 15.20.9253.012;{CRLF}"
        f" {date(later(dt, 1), UTC, False)}",
    ]
    sel = "selector1-" + tenant_domain.replace(".", "-") + "0i"
    extra = [f"X-MS-Exchange-CrossTenant-Network-Message-Id: {tok(seed + 'nm', 8, HEX)}-{tok(seed + 'nm2', 4, HEX)}-"
             f"{tok(seed + 'nm3', 4, HEX)}-{tok(seed + 'nm4', 4, HEX)}-{tok(seed + 'nm5', 12, HEX)}",
             "X-MS-Exchange-CrossTenant-AuthAs: Internal",
             "X-MS-Exchange-CrossTenant-AuthSource: " + box + "." + pod + ".prod.outlook.com"]
    if client_ip:
        extra.append(f"X-Originating-IP: [{client_ip}]")
    return Route(hops, helo, rdns.format(n=n), ipf.format(n=n), sel, extra)


def isp(name, seed, dt, rcpt, client_ip, helo=None):
    fmt, prefix, sel, how = _ISP[name]
    n = num(seed + name, 1, 40)
    host = fmt.format(n=n)
    ip = prefix + str(100 + n)
    helo = helo or ("DESKTOP-" + tok(seed + "pc", 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
    qid = tok(seed + "iq", 18, DIGITS)
    hops = [f"Received: from {helo} ([{client_ip}]){CRLF}"
            f"\tby {host} with {how} id {qid}{CRLF}"
            f"\tfor <{rcpt}>; {date(later(dt, 1), JST)}"]
    return Route(hops, host, host, ip, sel)


# ------------------------------------------------------------ fictional servers

def server(seed, dt, rcpt, host, ip, client=None, how="ESMTPSA", tz=JST, mta="Postfix",
           selector=None, helo=None, local_user=None):
    """A fictional company's own outbound MTA. client=(rdns_or_None, ip) of the
    submitting machine, or None for a message generated on the server itself."""
    hops = []
    qid = tok(seed + "sq", 11, UHEX)
    if client:
        rd, cip = client[0], client[1]
        helo_c = client[2] if len(client) > 2 else f"[{cip}]"
        shown = f"({rd} [{cip}])" if rd else f"(unknown [{cip}])"
        hops.append(f"Received: from {helo_c} {shown}{CRLF}"
                    f"\tby {host} ({mta}) with {how} id {qid}{CRLF}"
                    f"\tfor <{rcpt}>; {date(later(dt, 1), tz)}")
    else:
        uid = local_user or 1001
        hops.append(f"Received: by {host} ({mta}, from userid {uid}){CRLF}"
                    f"\tid {qid}; {date(later(dt, 1), tz)}")
    return Route(hops, helo or host, host, ip, selector or "default")


def webmail(seed, dt, rcpt, host, ip, web, client_ip, tz=JST, software="Roundcube Webmail",
            selector="mail"):
    """A fictional company's webmail (Roundcube style): the browser's address
    is in the first hop, the submission goes over localhost."""
    qid = tok(seed + "wq", 11, UHEX)
    hops = [
        f"Received: from {web} (localhost [127.0.0.1]){CRLF}"
        f"\tby {host} (Postfix) with ESMTPSA id {qid}{CRLF}"
        f"\tfor <{rcpt}>; {date(later(dt, 1), tz)}",
        f"Received: from [{client_ip}]{CRLF}"
        f"\tby {web}{CRLF}"
        f"\twith HTTP (HTTP/1.1 POST); {date(dt, tz)}",
    ]
    return Route(hops, host, host, ip, selector, [f"X-Originating-IP: [{client_ip}]"])


def exchange_hybrid(seed, dt, rcpt, host, ip, internal_host, client_ip, tz=BST, selector="s1"):
    """A fictional company's own Exchange server behind an edge relay."""
    hops = [
        f"Received: from {internal_host} ({internal_host.split('.')[0]} [10.20.{num(seed + 'e1', 1, 30)}.{num(seed + 'e2', 2, 250)}]){CRLF}"
        f"\tby {host} (Postfix) with ESMTPS id {tok(seed + 'eq', 11, UHEX)}{CRLF}"
        f"\tfor <{rcpt}>; {date(later(dt, 2), tz)}",
        f"Received: from {internal_host.upper()} ({client_ip}) by{CRLF}"
        f" {internal_host.upper()} ({client_ip}) with Microsoft SMTP Server{CRLF}"
        f" (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14;{CRLF}"
        f" {date(later(dt, 1), tz, False)}",
    ]
    return Route(hops, host, host, ip, selector)
