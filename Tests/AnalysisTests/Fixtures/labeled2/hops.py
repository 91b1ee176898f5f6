"""Trace headers (Received chains, Authentication-Results, DKIM-Signature).

A provider function returns a Hops object: the sender side's Received lines
(newest first), the host/IP that handed the message to mx.example.net, and
the DKIM selector that provider would sign with. trace() prepends the
organisation's MX hop and its Authentication-Results.

All IP addresses of the organisation are in 192.0.2.0/24. Other addresses are
public-looking but arbitrary; they accuse no real host.
"""
from datetime import timedelta, timezone

from mime import token, B64, ALNUM, LOWER, CRLF

JST = timezone(timedelta(hours=9), "JST")
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7), "PDT")

MX = "mx.example.net"
SMTP = "smtp.example.net"
SMTP_IP = "192.0.2.25"

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(dt, tz=JST, comment=True):
    d = dt.astimezone(tz)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = (f"{_DAYS[d.weekday()]}, {d.day:02d} {_MONS[d.month - 1]} {d.year} "
         f"{d.hour:02d}:{d.minute:02d}:{d.second:02d} {sign}{mins // 60:02d}{mins % 60:02d}")
    if comment and tz.tzname(None) and tz is not UTC:
        s += f" ({tz.tzname(None)})"
    return s


class Hops:
    def __init__(self, hops, helo, rdns, ip, dkim_selector=None, extra=None):
        self.hops, self.helo, self.rdns, self.ip = hops, helo, rdns, ip
        self.dkim_selector = dkim_selector
        self.extra = extra or []


def _t(dt, s):
    return dt + timedelta(seconds=s)


# ------------------------------------------------------------ providers

def gmail(seed, dt, rcpt):
    n = int(token(seed + "g", 3, "0123456789"))
    host = f"mail-pl1-f{170 + n % 60}.google.com"
    ip = f"209.85.214.{170 + n % 60}"
    sid = "d9443c01a7336-" + token(seed + "sid", 13, "0123456789abcdef") + "so" + token(seed + "s2", 7, "0123456789") + "ad.0"
    hops = [f"Received: by {host} with SMTP id {sid}{CRLF}"
            f"        for <{rcpt}>; {rfcdate(_t(dt, 2), PDT)}"]
    extra = [f"X-Google-Smtp-Source: AGHT+I" + token(seed + "gs", 58, B64) + "=",
             f"X-Received: by 2002:a17:903:{token(seed + 'xr', 4, '0123456789abcdef')} with SMTP id "
             f"{token(seed + 'xr2', 24, '0123456789abcdef')};{CRLF}        {rfcdate(_t(dt, 2), PDT)}"]
    return Hops(hops, host, host, ip, "20230601", extra)


def outlook(seed, dt, rcpt):
    box = "TYCP286MB" + token(seed + "box", 4, "0123456789")
    box2 = "OS3P286MB" + token(seed + "box2", 4, "0123456789")
    n = int(token(seed + "o", 2, "0123456789"))
    ip = f"40.92.99.{10 + n}"
    rdns = f"mail-tycjpn01olkn20{10 + n}.outbound.protection.outlook.com"
    hops = [
        f"Received: from {box}.JPNP286.PROD.OUTLOOK.COM{CRLF}"
        f" ([fe80::{token(seed + 'v6', 4, '0123456789abcdef')}:{token(seed + 'v6b', 4, '0123456789abcdef')}]) by {box}.JPNP286.PROD.OUTLOOK.COM{CRLF}"
        f" ([fe80::{token(seed + 'v6', 4, '0123456789abcdef')}:{token(seed + 'v6b', 4, '0123456789abcdef')}%6]) with mapi id 15.20.8813.024; {rfcdate(_t(dt, 1), UTC, False)}",
        f"Received: from {box}.JPNP286.PROD.OUTLOOK.COM (2603:1096:400:2c3::11) by{CRLF}"
        f" {box2}.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:1a7::9) with Microsoft SMTP{CRLF}"
        f" Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id{CRLF}"
        f" 15.20.8813.024; {rfcdate(_t(dt, 2), UTC, False)}",
    ]
    return Hops(hops[::-1], "JPN01-TYC-obe.outbound.protection.outlook.com", rdns, ip, "selector1")


def yahoojp(seed, dt, rcpt, client_ip):
    web = "web" + token(seed + "w", 5, "0123456789") + ".mail.kks.yahoo.co.jp"
    n = int(token(seed + "y", 2, "0123456789"))
    host = f"nh50{n % 9}-vm{n % 7}.bullet.mail.kks.yahoo.co.jp"
    ip = f"183.79.57.{100 + n}"
    hops = [
        f"Received: from {web} (10.243.{n}.{40 + n}){CRLF}"
        f"\tby {host} with NNFMP; {rfcdate(_t(dt, 2), JST, False)}",
        f"Received: from [{client_ip}] by {web} via HTTP; {rfcdate(_t(dt, 1), JST, False)}",
    ]
    return Hops(hops, host, host, ip, "yj20110701")


_ISP = {
    # name: (relay host, relay ip prefix, dkim selector, auth word)
    "nifty": ("mta-snd{n:05d}.mail.nifty.com", "106.153.226.", "default", "ESMTPA"),
    "biglobe": ("smtp-sender{n:02d}.biglobe.ne.jp", "133.208.181.", None, "ESMTPSA"),
    "ocn": ("mf-smf-ucb0{n:02d}c2.ocn.ad.jp", "153.153.63.", "ocnmail", "ESMTPA"),
    "so-net": ("msa-a{n:02d}.so-net.ne.jp", "202.238.84.", None, "ESMTPSA"),
}


def isp(name, seed, dt, rcpt, client_ip, client_rdns=None, helo=None):
    fmt, prefix, sel, how = _ISP[name]
    n = int(token(seed + name, 2, "0123456789")) + 1
    host = fmt.format(n=n)
    ip = prefix + str(20 + n)
    qid = token(seed + "q", 17, "0123456789") + "." + token(seed + "q2", 5, "ABCDEFGHJKLMNPQRSTUVWXYZ")
    rd = client_rdns or "unknown"
    helo = helo or "DESKTOP-" + token(seed + "pc", 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    hops = [f"Received: from {helo} ({rd} [{client_ip}]){CRLF}"
            f"\tby {host} with {how} id {qid}{CRLF}"
            f"\tfor <{rcpt}>; {rfcdate(_t(dt, 1), JST, True)}"]
    return Hops(hops, host, host, ip, sel)


def server(seed, dt, rcpt, host, ip, client=None, how="ESMTPSA", tz=JST,
           mta="(Postfix)", helo=None, sel=None):
    """A company's or service's own outbound MTA; client=(rdns, ip) of the
    submitting machine, shown in brackets, or None."""
    hops = []
    if client:
        qid = token(seed + "cq", 11, "0123456789ABCDEF")
        hops.append(f"Received: from [{client[1]}] ({client[0]} [{client[1]}]){CRLF}"
                    f"\tby {host} {mta} with {how} id {qid}{CRLF}"
                    f"\tfor <{rcpt}>; {rfcdate(_t(dt, 1), tz, True)}")
    else:
        qid = token(seed + "lq", 10, "0123456789ABCDEF")
        hops.append(f"Received: by {host} (Postfix, from userid 1001){CRLF}"
                    f"\tid {qid}; {rfcdate(_t(dt, 1), tz, True)}")
    return Hops(hops, helo or host, host, ip, sel)


def internal(seed, dt, rcpt, pc_ip):
    last = pc_ip.rsplit(".", 1)[1]
    qid = token(seed + "iq", 11, "0123456789ABCDEF")
    hops = [f"Received: from [{pc_ip}] (pc-{int(last):04d}.corp.example.net [{pc_ip}]){CRLF}"
            f"\tby {SMTP} (Postfix) with ESMTPSA id {qid}{CRLF}"
            f"\tfor <{rcpt}>; {rfcdate(_t(dt, 1), JST, True)}"]
    return Hops(hops, SMTP, SMTP, SMTP_IP, "s2025")


# ------------------------------------------------------------ assembly

def _ar(a):
    parts = [f"Authentication-Results: {MX};"]
    spf = a["spf"]
    cm = {"pass": "domain of {d} designates {ip} as permitted sender",
          "fail": "domain of {d} does not designate {ip} as permitted sender",
          "softfail": "domain of transitioning {d} does not designate {ip} as permitted sender",
          "none": "{d}: no SPF record",
          "neutral": "{ip} is neither permitted nor denied by domain of {d}"}[spf]
    prop = "smtp.helo" if a.get("helo") else "smtp.mailfrom"
    parts.append(f"\tspf={spf} ({cm.format(d=a['mfrom'], ip=a['ip'])}){CRLF}"
                 f"\t{prop}={a['mfrom']};")
    if a["dkim"] == "none":
        parts.append("\tdkim=none (message not signed);")
    else:
        parts.append(f"\tdkim={a['dkim']} (2048-bit key) header.d={a['d']} header.i=@{a['d']}{CRLF}"
                     f"\theader.b=\"{token(a['seed'] + 'hb', 8, ALNUM)}\";")
    dm = a["dmarc"]
    pol = a.get("p", "none")
    if dm == "none":
        parts.append(f"\tdmarc=none (no DMARC record) header.from={a['hfrom']}")
    else:
        dis = a.get("dis") or ("none" if dm == "pass" or pol == "none" else pol)
        parts.append(f"\tdmarc={dm} (p={pol} dis={dis}) header.from={a['hfrom']}")
    return CRLF.join(parts)


def dkim_sig(seed, d, s, t):
    b = token(seed + "dkb", 344, B64)
    blines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return (f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;{CRLF}"
            f"        d={d}; s={s}; t={t};{CRLF}"
            f"        h=from:to:subject:date:message-id:mime-version:content-type;{CRLF}"
            f"        bh={token(seed + 'bh', 42, B64)}{token(seed + 'bh2', 1, 'AEIMQUYcgkosw048')}=;{CRLF}"
            f"        b=" + (CRLF + "         ").join(blines))


def trace(seed, dt, rcpt, hops, auth, return_path):
    """auth: dict spf, mfrom, dkim, d, dmarc, hfrom, p (policy). ip is taken from hops."""
    auth = dict(auth, ip=hops.ip, seed=seed)
    qid = token(seed + "mx", 12, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
    rdns = hops.rdns or "unknown"
    top = (f"Received: from {hops.helo} ({rdns} [{hops.ip}]){CRLF}"
           f"\tby {MX} (Postfix) with ESMTPS id 4b{qid}{CRLF}"
           f"\tfor <{rcpt}>; {rfcdate(_t(dt, 4), JST, True)}")
    out = [top, _ar(auth), f"Return-Path: <{return_path}>" if return_path else "Return-Path: <>"]
    out += hops.hops
    out += hops.extra
    if auth["dkim"] in ("pass", "fail") and hops.dkim_selector:
        out.append(dkim_sig(seed, auth["d"], hops.dkim_selector, int(dt.timestamp())))
    return out
