"""Trace fields: the sender side's Received lines, the organisation MX's own
Received line, its Authentication-Results, and a decorative DKIM-Signature.

Addresses: the organisation and every fictional company use documentation or
private ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 10.0.0.0/8).
Real mail providers (Gmail, Outlook.com, Yahoo! JAPAN, iCloud, @nifty, OCN) are
shown with host names and address ranges of the kind they use; the attackers'
own machines are documentation addresses.
"""
from datetime import timedelta, timezone

import company as C
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


def internal(seed, dt, rcpt, pc_ip, mua_helo=None):
    """Employee PC (10.20.0.0/16) -> smtp.wakaba-chem.example -> mx."""
    qid = tok(seed + "nq", 11, UHEX)
    helo = mua_helo or f"[{pc_ip}]"
    a, b = pc_ip.split(".")[2:]
    hops = [f"Received: from {helo} (wk-pc{int(a):02d}{int(b):03d}.corp.wakaba-chem.example [{pc_ip}]){CRLF}"
            f"\tby {C.SMTP} (Postfix) with ESMTPSA id {qid}{CRLF}"
            f"\tfor <{rcpt}>; {date(later(dt, 1), JST)}"]
    return Route(hops, C.SMTP, C.SMTP, C.SMTP_IP, "wk2025", delay=2)


def internal_app(seed, dt, rcpt, app_host, app_ip):
    """An internal application (HR portal, calendar) relaying through smtp."""
    qid = tok(seed + "aq", 11, UHEX)
    hops = [f"Received: from {app_host} ({app_host} [{app_ip}]){CRLF}"
            f"\tby {C.SMTP} (Postfix) with ESMTP id {qid}{CRLF}"
            f"\tfor <{rcpt}>; {date(later(dt, 1), JST)}"]
    return Route(hops, C.SMTP, C.SMTP, C.SMTP_IP, "wk2025", delay=2)


def bulk(seed, dt, rcpt, host, ip, tz=JST, selector="s1", pickup_host=None):
    """A mailing service's sender (newsletters, spam)."""
    hops = []
    if pickup_host:
        hops.append(f"Received: from {pickup_host} (unknown [10.{num(seed + 'b1', 1, 254)}.{num(seed + 'b2', 1, 254)}.{num(seed + 'b3', 1, 254)}]){CRLF}"
                    f"\tby {host} (Postfix) with ESMTP id {tok(seed + 'bq', 11, UHEX)}{CRLF}"
                    f"\tfor <{rcpt}>; {date(later(dt, 1), tz)}")
    else:
        hops.append(f"Received: by {host} (Postfix, from userid 33){CRLF}"
                    f"\tid {tok(seed + 'bq', 11, UHEX)}; {date(later(dt, 1), tz)}")
    return Route(hops, host, host, ip, selector)


# ------------------------------------------------------------ the organisation's MX

def mx_received(seed, dt, rcpt, r):
    qid = "4c" + tok(seed + "mx", 10, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
    rdns = r.rdns or "unknown"
    if r.ip == C.SMTP_IP:
        tls = ""
    else:
        tls = (f"{CRLF}\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"
               f"{CRLF}\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
               f"{CRLF}\t(No client certificate requested)")
    with_ = "ESMTP" if r.ip == C.SMTP_IP else "ESMTPS"
    return (f"Received: from {r.helo} ({rdns} [{r.ip}]){tls}{CRLF}"
            f"\tby {C.MX} (Postfix) with {with_} id {qid}{CRLF}"
            f"\tfor <{rcpt}>; {date(later(dt, r.delay), JST)}")


_SPF_WHY = {
    "pass": "domain of {mf} designates {ip} as permitted sender",
    "fail": "domain of {mf} does not designate {ip} as permitted sender",
    "softfail": "domain of transitioning {mf} does not designate {ip} as permitted sender",
    "neutral": "{ip} is neither permitted nor denied by domain of {mf}",
    "none": "domain of {mf} does not designate permitted sender hosts",
}


class Auth:
    """What mx.wakaba-chem.example concluded. mailfrom: the envelope sender
    (address or domain); d: the DKIM signing domain (None when unsigned);
    hfrom: the From domain; p: the DMARC policy published by hfrom (None when
    it publishes none)."""

    def __init__(self, spf, mailfrom, dkim, d, dmarc, hfrom, p="none", sign=None):
        self.spf, self.mailfrom, self.dkim, self.d = spf, mailfrom, dkim, d
        self.dmarc, self.hfrom, self.p = dmarc, hfrom, p
        self.sign = (dkim in ("pass", "fail")) if sign is None else sign

    def header(self, seed, r):
        mf = self.mailfrom
        if mf:
            spf = (f"\tspf={self.spf} ({C.MX}: " + _SPF_WHY[self.spf].format(mf=mf, ip=r.ip)
                   + f"){CRLF}\t smtp.mailfrom={mf};")
        else:  # null reverse-path (auto-replies, bounces): SPF checks the HELO name
            spf = (f"\tspf={self.spf} ({C.MX}: " + _SPF_WHY[self.spf].format(mf=r.helo, ip=r.ip)
                   + f"){CRLF}\t smtp.helo={r.helo};")
        if self.dkim == "none":
            dk = "\tdkim=none (message not signed);"
        else:
            why = {"pass": "2048-bit key; unprotected", "fail": "2048-bit key; signature verification failed",
                   "neutral": "no key for signature", "permerror": "bad signature"}.get(self.dkim, "2048-bit key")
            dk = (f"\tdkim={self.dkim} ({why}) header.d={self.d}{CRLF}"
                  f"\t header.i=@{self.d} header.a=rsa-sha256 header.s={r.selector or 'default'}"
                  f" header.b={tok(seed + 'hb', 8, ALNUM)};")
        if self.dmarc == "none" or self.p is None:
            dm = f"\tdmarc={self.dmarc} (p=none dis=none) header.from={self.hfrom}" if self.p else \
                 f"\tdmarc=none (no DMARC record) header.from={self.hfrom}"
        else:
            dis = "none" if self.dmarc == "pass" or self.p == "none" else self.p
            dm = f"\tdmarc={self.dmarc} (p={self.p} dis={dis}) header.from={self.hfrom}"
        return f"Authentication-Results: {C.MX};{CRLF}" + CRLF.join([spf, dk, dm])


def aligned(domain, mailfrom=None, p="none"):
    """A sender on its own domain: SPF, DKIM and DMARC pass."""
    return Auth("pass", mailfrom or domain, "pass", domain, "pass", domain, p)


def dkim_signature(seed, d, s, t, heads="from:to:cc:subject:date:message-id:reply-to:mime-version:content-type"):
    b = tok(seed + "sig", 341, B64CH) + tok(seed + "sig2", 1, "AQgw") + "=="
    rows = [b[i:i + 72] for i in range(0, len(b), 72)]
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};{CRLF}"
            f"\ts={s}; t={t};{CRLF}"
            f"\th={heads};{CRLF}"
            f"\tbh={tok(seed + 'bh', 42, B64CH)}{tok(seed + 'bh2', 1, 'AEIMQUYcgkosw048')}=;{CRLF}"
            f"\tb=" + (CRLF + "\t ").join(rows))
