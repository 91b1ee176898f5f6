"""labeled6's short-hands over ../mailgen: how each kind of sender reaches the
organisation's MX (route, authentication verdicts, Message-ID style, header
order, client fields), and PDF / text attachments. Nothing here knows a
detection rule; it only says what a real sender's mail looks like on arrival."""
import common as Cm
import company as C
import mimeparts as M
import routes as R
from message import Msg, jst  # noqa: F401
from mimeparts import tok, num, ALNUM, HEX, UHEX, DIGITS

JST, SGT = R.JST, R.SGT

M.PDF_PRODUCER = "Canon iR-ADV C5840 PDF"


def mk(file, label, scenario, lang, notes, *, via, when, frm, to, rcpt=None, fields=(), **kw):
    """One message: `via` says how it travelled (see the functions below)."""
    rcpt = rcpt or to[0][1]
    d = via(file, when, rcpt, frm[1])
    f = list(d.pop("fields", [])) + list(fields)
    for k in ("style", "date_tz", "mid", "return_path", "auth"):
        if k in kw:
            d[k] = kw.pop(k)
    return Msg(file, label, scenario, lang, notes, when=when, frm=frm, to=to, rcpt=rcpt, fields=f,
               **d, **kw)


def _dom(addr):
    return addr.split("@", 1)[1].lower()


# ------------------------------------------------------------------ free mail and ISPs

def gmail(tz=JST, auth=None):
    def f(seed, when, rcpt, addr):
        a = auth or R.Auth("pass", addr, "pass", "gmail.com", "pass", "gmail.com", "none")
        return dict(route=R.gmail(seed, when, rcpt), auth=a, mid=Cm.mid_gmail(seed), style="gmail",
                    date_tz=tz)
    return f


def outlook_com(region="JPN", tz=JST, mailer=None):
    """outlook.com, outlook.jp, hotmail.com (Outlook on the web or the mobile app)."""
    def f(seed, when, rcpt, addr):
        d = _dom(addr)
        fields = []
        if mailer:
            fields.append(("X-Mailer", mailer))
        return dict(route=R.outlook_consumer(seed, when, rcpt, region),
                    auth=R.Auth("pass", addr, "pass", d, "pass", d, "none"),
                    mid=Cm.mid_outlook_consumer(seed, region), style="outlook", date_tz=tz, fields=fields)
    return f


def yahoo(client_ip, tz=JST):
    def f(seed, when, rcpt, addr):
        return dict(route=R.yahoo_jp(seed, when, rcpt, client_ip),
                    auth=R.Auth("pass", addr, "pass", "yahoo.co.jp", "pass", "yahoo.co.jp", "none"),
                    mid=Cm.mid_yahoo(seed), style="default", date_tz=tz)
    return f


def icloud(mailer="iPhone Mail (22D82)", tz=JST):
    def f(seed, when, rcpt, addr):
        return dict(route=R.icloud(seed, when, rcpt),
                    auth=R.Auth("pass", addr, "pass", "icloud.com", "pass", "icloud.com", "quarantine"),
                    mid=Cm.mid_apple(seed), style="apple", date_tz=tz, fields=[("X-Mailer", mailer)])
    return f


def isp(name, client_ip, mailer="Becky! ver. 2.81.07 [ja]", tz=JST, helo=None):
    """nifty.com or ocn.ne.jp, submitted by a desktop mail client."""
    def f(seed, when, rcpt, addr):
        if name == "nifty":
            a = R.Auth("pass", addr, "pass", "nifty.com", "pass", "nifty.com", "none")
            mid = Cm.mid_becky(seed, when, "nifty.com")
        else:
            a = R.Auth("pass", addr, "none", None, "none", "ocn.ne.jp", None)
            mid = Cm.mid_std(seed, when, "ocn.ne.jp")
        return dict(route=R.isp(name, seed, when, rcpt, client_ip, helo), auth=a, mid=mid,
                    style="default", date_tz=tz, fields=[("X-Mailer", mailer)])
    return f


# ------------------------------------------------------------------ the organisation

def _outlook_fields(seed, lang):
    return [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", Cm.thread_index(seed)),
            ("Content-Language", "ja" if lang == "ja" else "en-sg")]


def internal(pc_ip, lang="ja", mailer="outlook"):
    """A workstation -> the relay -> the MX; DMARC p=quarantine on both domains."""
    def f(seed, when, rcpt, addr):
        d = _dom(addr)
        tz = SGT if pc_ip.startswith("10.44.") else JST
        if mailer == "outlook":
            fields, style, mid = _outlook_fields(seed, lang), "outlook", Cm.mid_outlook_desktop(seed, d)
        else:
            fields = [("User-Agent", "Mozilla Thunderbird")]
            style, mid = "thunderbird", Cm.mid_uuid(seed, d)
        return dict(route=R.internal(seed, when, rcpt, pc_ip), auth=R.aligned(d, p="quarantine"),
                    mid=mid, style=style, date_tz=tz, fields=fields)
    return f


def internal_app(app, tz=JST, fields=()):
    host, ip = app

    def f(seed, when, rcpt, addr):
        d = _dom(addr)
        return dict(route=R.internal_app(seed, when, rcpt, host, ip), auth=R.aligned(d, p="quarantine"),
                    mid=Cm.mid_std(seed, when, host), style="default", date_tz=tz,
                    fields=[("Auto-Submitted", "auto-generated")] + list(fields))
    return f


# ------------------------------------------------------------------ companies' own servers

def server(host, ip, client=None, tz=JST, auth=None, mailer="Microsoft Outlook 16.0", selector="default",
           mid="outlook", how="ESMTPSA", lang="ja", extra=()):
    """A company's own Postfix server; client=(rdns or None, ip[, helo]) of the
    submitting machine."""
    def f(seed, when, rcpt, addr):
        d = _dom(addr)
        r = R.server(seed, when, rcpt, host, ip, client=client, how=how, tz=tz, selector=selector)
        if mid == "outlook":
            m, style, fields = Cm.mid_outlook_desktop(seed, d), "outlook", _outlook_fields(seed, lang)
            if mailer != "Microsoft Outlook 16.0":
                fields[0] = ("X-Mailer", mailer)
        elif mid == "thunderbird":
            m, style, fields = Cm.mid_uuid(seed, d), "thunderbird", [("User-Agent", mailer)]
        else:
            m, style = Cm.mid_std(seed, when, d), "default"
            fields = [("X-Mailer", mailer)] if mailer else []
        return dict(route=r, auth=auth or R.aligned(d), mid=m, style=style, date_tz=tz,
                    fields=fields + list(extra))
    return f


def webmail(host, ip, web, client_ip, tz=JST, auth=None, selector="mail"):
    """A company's Roundcube webmail; the browser's address is in the first hop."""
    def f(seed, when, rcpt, addr):
        d = _dom(addr)
        return dict(route=R.webmail(seed, when, rcpt, host, ip, web, client_ip, tz=tz, selector=selector),
                    auth=auth or R.aligned(d), mid=Cm.mid_roundcube(seed, d), style="default", date_tz=tz,
                    fields=[("User-Agent", "Roundcube Webmail/1.6.9")])
    return f


_PODS = {"EUR": ("AS8PR04MB", "eurprd04"), "NAM": ("BY5PR11MB", "namprd11"), "APC": ("TYZPR06MB", "apcprd06")}


def m365(tenant, region="EUR", client_ip=None, tz=JST, auth=None, lang="en", mailer=True):
    """A tenant on Exchange Online (a real vendor's, or an attacker's look-alike)."""
    def f(seed, when, rcpt, addr):
        d = _dom(addr)
        box = _PODS[region][0] + tok(tenant + "b", 4, DIGITS)
        m = f"{box}{tok(seed + 'mm', 16, UHEX)}@{box}.{_PODS[region][1]}.prod.outlook.com"
        fields = [("Thread-Topic", None), ("Thread-Index", Cm.thread_index(seed)),
                  ("Accept-Language", "ja-JP, en-US" if lang == "ja" else "en-US"),
                  ("Content-Language", "ja-JP" if lang == "ja" else "en-US")]
        if mailer:
            fields.append(("X-MS-Has-Attach", None))
        return dict(route=R.m365(seed, when, rcpt, tenant, region, client_ip),
                    auth=auth or R.aligned(d, p="quarantine"), mid=m, style="outlook", date_tz=tz,
                    fields=fields)
    return f


def bulk(host, ip, bounce, tz=JST, selector="s1", pickup_host=None, auth=None, fields=()):
    """A mailing service (newsletters, spam): envelope sender on its bounce domain."""
    def f(seed, when, rcpt, addr):
        d = _dom(addr)
        a = auth or R.Auth("pass", bounce, "pass", d, "pass", d, "none")
        rp = bounce if "@" in bounce else f"bounce-{tok(seed + 'rp', 10, HEX)}@{bounce}"
        return dict(route=R.bulk(seed, when, rcpt, host, ip, tz=tz, selector=selector, pickup_host=pickup_host),
                    auth=a, mid=Cm.mid_std(seed, when, host), style="default", date_tz=tz,
                    return_path=rp, fields=list(fields))
    return f


def fill(msg, seed, subject, has_attach):
    """Fills the Outlook fields that depend on the message (Thread-Topic, X-MS-Has-Attach)."""
    out = []
    for k, v in msg.fields:
        if v is None:
            if k == "Thread-Topic":
                v = M.subject_value(_topic(subject), *msg.hcs)
            elif k == "X-MS-Has-Attach":
                v = "yes" if has_attach else ""
        out.append((k, v))
    msg.fields = out


def _topic(subject):
    s = subject
    for p in ("RE: ", "Re: ", "FW: ", "Fwd: ", "返信: ", "転送: "):
        while s.startswith(p):
            s = s[len(p):]
    return s


# ------------------------------------------------------------------ attachments

def pdf(lines, filename, title=None, producer=None):
    return M.Attachment(M.pdf(lines, title or filename.rsplit(".", 1)[0], producer), "application/pdf",
                        filename)


def textfile(text, filename):
    return M.Attachment(text.replace("\n", "\r\n").encode("utf-8"), "text/plain; charset=utf-8", filename)


def finish(msgs):
    """Fills every message's late fields; returns the list."""
    for m in msgs:
        has = any(isinstance(p, M.Attachment) for p in M.leaves(m.body))
        fill(m, m.file, m.subject, has)
    return msgs


# Outlook's separator line above a quoted header block
OUTLOOK_SEP = "________________________________"
