"""Trace fields, shared by the labeled sets: the real providers' and generic servers' Received
lines (`providers.py`, re-exported here), and on the organisation's side its internal relay, its
MX's Received line and Authentication-Results, bulk senders, and a decorative DKIM-Signature.
`company` is the set's own module (first on `sys.path`): MX, RELAY, RELAY_IP, RELAY_SELECTOR
and pc_name() come from it.

Addresses: the organisation and every fictional company use documentation or private ranges
(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 10.0.0.0/8).
"""
import company as C
from mimeparts import tok, num, CRLF, ALNUM, B64CH, HEX, UHEX, DIGITS, LOWERNUM
from providers import *  # noqa: F401,F403
from providers import Route, date, later  # noqa: F401


def internal(seed, dt, rcpt, pc_ip, mua_helo=None):
    """Employee PC -> the organisation's relay -> its MX."""
    qid = tok(seed + "nq", 11, UHEX)
    helo = mua_helo or f"[{pc_ip}]"
    hops = [f"Received: from {helo} ({C.pc_name(pc_ip)} [{pc_ip}]){CRLF}"
            f"\tby {C.RELAY} (Postfix) with ESMTPSA id {qid}{CRLF}"
            f"\tfor <{rcpt}>; {date(later(dt, 1), JST)}"]
    return Route(hops, C.RELAY, C.RELAY, C.RELAY_IP, C.RELAY_SELECTOR, delay=2)


def internal_app(seed, dt, rcpt, app_host, app_ip):
    """An internal application (HR portal, calendar) relaying through smtp."""
    qid = tok(seed + "aq", 11, UHEX)
    hops = [f"Received: from {app_host} ({app_host} [{app_ip}]){CRLF}"
            f"\tby {C.RELAY} (Postfix) with ESMTP id {qid}{CRLF}"
            f"\tfor <{rcpt}>; {date(later(dt, 1), JST)}"]
    return Route(hops, C.RELAY, C.RELAY, C.RELAY_IP, C.RELAY_SELECTOR, delay=2)


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
    if r.ip == C.RELAY_IP:
        tls = ""
    else:
        tls = (f"{CRLF}\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)"
               f"{CRLF}\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
               f"{CRLF}\t(No client certificate requested)")
    with_ = "ESMTP" if r.ip == C.RELAY_IP else "ESMTPS"
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
    """What the organisation's MX concluded. mailfrom: the envelope sender
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
