"""labeled5's own short-hands on top of ../mailgen: how each kind of sender
reaches the organisation's MX (route, authentication verdicts, Message-ID and
header order), and the earlier messages that replies quote."""
import common as CM
import company as C
import routes as R
from mimeparts import tok, num, ALNUM, DIGITS, UHEX

# DMARC policies the free-mail providers publish (as the set assumes them)
_P = {"gmail.com": "none", "outlook.com": "none", "hotmail.com": "none", "outlook.jp": "none",
      "yahoo.co.jp": "none", "icloud.com": "quarantine", "nifty.com": "none", "ocn.ne.jp": "none"}


class Via:
    """route, auth, mid and style for one message."""

    def __init__(self, route, auth, mid, style="default"):
        self.route, self.auth, self.mid, self.style = route, auth, mid, style

    def kw(self):
        return dict(route=self.route, auth=self.auth, mid=self.mid, style=self.style)


def freemail(seed, when, rcpt, addr, client_ip=None, region="JPN"):
    """A mailbox at a real free-mail provider or ISP, authenticated for the
    provider's own domain."""
    dom = addr.split("@")[1]
    auth = R.aligned(dom, addr, _P[dom])
    if dom == "gmail.com":
        return Via(R.gmail(seed, when, rcpt), auth, CM.mid_gmail(seed), "gmail")
    if dom in ("outlook.com", "hotmail.com", "outlook.jp"):
        return Via(R.outlook_consumer(seed, when, rcpt, region), auth,
                   CM.mid_outlook_consumer(seed, region), "outlook")
    if dom == "yahoo.co.jp":
        return Via(R.yahoo_jp(seed, when, rcpt, client_ip), auth, CM.mid_yahoo(seed))
    if dom == "icloud.com":
        return Via(R.icloud(seed, when, rcpt), auth, CM.mid_apple(seed), "apple")
    if dom == "nifty.com":
        return Via(R.isp("nifty", seed, when, rcpt, client_ip), auth, CM.mid_outlook_desktop(seed, dom))
    if dom == "ocn.ne.jp":
        return Via(R.isp("ocn", seed, when, rcpt, client_ip), auth, CM.mid_std(seed, when, dom))
    raise ValueError(dom)


def internal(seed, when, rcpt, frm_addr, pc_ip, client="outlook"):
    """An employee's PC through the organisation's relay: aligned, DMARC p=quarantine."""
    dom = frm_addr.split("@")[1]
    route = R.internal(seed, when, rcpt, pc_ip)
    auth = R.aligned(dom, frm_addr, "quarantine")
    if client == "outlook":
        return Via(route, auth, CM.mid_outlook_desktop(seed, dom), "outlook")
    return Via(route, auth, CM.mid_std(seed, when, dom), "thunderbird")


def internal_app(seed, when, rcpt, frm_addr, app):
    dom = frm_addr.split("@")[1]
    route = R.internal_app(seed, when, rcpt, app[0], app[1])
    return Via(route, R.aligned(dom, frm_addr, "quarantine"), CM.mid_std(seed, when, app[0]))


def own_server(seed, when, rcpt, frm_addr, host, ip, client=None, auth=None, mid=None, style="default",
               p="none", **kw):
    """A fictional company's (or attacker's) own MTA."""
    dom = frm_addr.split("@")[1]
    route = R.server(seed, when, rcpt, host, ip, client=client, **kw)
    return Via(route, auth or R.aligned(dom, frm_addr, p), mid or CM.mid_std(seed, when, dom), style)


def m365(seed, when, rcpt, frm_addr, region, client_ip=None, auth=None, p="none"):
    dom = frm_addr.split("@")[1]
    route = R.m365(seed, when, rcpt, dom, region, client_ip)
    return Via(route, auth or R.aligned(dom, frm_addr, p), m365_mid(seed, dom, region), "outlook")


_M365 = {"EUR": ("AS8PR04MB", "eurprd04"), "NAM": ("BY5PR11MB", "namprd11"), "APC": ("TYZPR06MB", "apcprd06")}


def m365_mid(seed, tenant, region):
    """Exchange Online's Message-ID: the tenant's mailbox server (as routes.m365 names it)."""
    box, pod = _M365[region]
    b = box + tok(tenant + "b", 4, DIGITS)
    return f"{b}{tok(seed + 'mm', 16, UHEX)}@{b}.{pod}.prod.outlook.com"


def ip(seed, net="203.0.113"):
    """A documentation address for an attacker's machine."""
    return f"{net}.{num(seed + 'cip', 10, 250)}"


# ---------------------------------------------------------------- message short-hands

import mimeparts as M  # noqa: E402
from message import Msg  # noqa: E402


def msg(file, label, scenario, lang, notes, via, **kw):
    """A Msg whose route, verdicts, Message-ID and header order come from via."""
    for k, v in via.kw().items():
        kw.setdefault(k, v)
    return Msg(file, label, scenario, lang, notes, **kw)


def pdf(lines, filename, title, producer):
    return M.Attachment(M.pdf(lines, title=title, producer=producer), "application/pdf", filename)


def textfile(text, filename):
    return M.Attachment(text.replace("\n", "\r\n").encode("utf-8"), "text/plain; charset=UTF-8", filename)


def mixed(*parts):
    return M.Multi("mixed", parts)
