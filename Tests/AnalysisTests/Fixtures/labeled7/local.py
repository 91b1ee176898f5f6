"""labeled7's short-hands over ../mailgen: how each kind of sender reaches
the organisation's MX (route, the MX's verdicts, Message-ID style, header
order, client fields), and the PDF and text attachments.

Each `via_*` function returns the keyword arguments of message.Msg that
describe the transport: route, auth, mid, style, fields (and date_tz when the
sender writes another time zone). `mk()` joins them with the message itself.
"""
from datetime import timedelta, timezone

import common as Cm
import company as C
import mimeparts as M
import routes as R
from message import Msg, jst  # noqa: F401  (jst re-exported for the message modules)
from mimeparts import tok, num, ALNUM, UHEX, HEX, DIGITS, B64CH

CEST = R.CEST
PDT = R.PDT
BST = R.BST
ICT = timezone(timedelta(hours=7), "ICT")   # Vietnam


# ---------------------------------------------------------------- verdicts

def auth(spf, mailfrom, dkim, d, dmarc, hfrom, p="none"):
    return R.Auth(spf, mailfrom, dkim, d, dmarc, hfrom, p)


def dom(addr):
    return addr.split("@", 1)[1].lower()


# ---------------------------------------------------------------- client fields

def _ms_fields(seed, lang="ja-JP", attach=False):
    return [("Thread-Index", Cm.thread_index(seed)),
            ("X-MS-Has-Attach", "yes" if attach else ""),
            ("X-MS-TNEF-Correlator", ""),
            ("Accept-Language", lang if lang == "en-US" else f"{lang}, en-US"),
            ("Content-Language", lang)]


MAILERS = {
    "outlook16": "Microsoft Outlook 16.0",
    "becky": "Becky! ver. 2.81.04 [ja]",
    "thunderbird": None,
}


# ---------------------------------------------------------------- the organisation

def via_internal(seed, when, rcpt, person, pc_ip, client="outlook", lang="ja-JP", attach=False):
    """An employee's PC -> the relay -> the MX; the relay signs for the
    sender's domain (both domains publish p=quarantine)."""
    d = dom(person.email)
    route = R.internal(seed, when, rcpt, pc_ip)
    a = R.aligned(d, person.email, p="quarantine")
    if client == "outlook":
        return dict(route=route, auth=a, mid=Cm.mid_outlook_desktop(seed, d), style="outlook",
                    fields=[("X-Mailer", MAILERS["outlook16"])] + _ms_fields(seed, lang, attach))
    if client == "thunderbird":
        return dict(route=route, auth=a, mid=Cm.mid_uuid(seed, d), style="thunderbird",
                    fields=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang.split("-")[0])])
    raise ValueError(client)


def via_internal_app(seed, when, rcpt, app, sender, mailer):
    host, ip = app
    route = R.internal_app(seed, when, rcpt, host, ip)
    d = dom(sender)
    return dict(route=route, auth=R.aligned(d, sender, p="quarantine"), mid=Cm.mid_std(seed, when, host),
                style="default", fields=[("X-Mailer", mailer), ("Auto-Submitted", "auto-generated")])


def via_org_webmail(seed, when, rcpt, person, client_ip, agent):
    """The organisation's own webmail, used from outside: browser -> webmail
    -> relay -> MX. Authentication passes: it is the real mailbox."""
    host, wip = C.WEBMAIL
    d = dom(person.email)
    hops = [
        f"Received: from {host} ({host} [{wip}]){M.CRLF}"
        f"\tby {C.RELAY} (Postfix) with ESMTPSA id {tok(seed + 'ow', 11, UHEX)}{M.CRLF}"
        f"\tfor <{rcpt}>; {R.date(R.later(when, 1), R.JST)}",
        f"Received: from [{client_ip}]{M.CRLF}"
        f"\tby {host}{M.CRLF}"
        f"\twith HTTP (HTTP/1.1 POST); {R.date(when, R.JST)}",
    ]
    route = R.Route(hops, C.RELAY, C.RELAY, C.RELAY_IP, C.RELAY_SELECTOR,
                    extra=[f"X-Originating-IP: [{client_ip}]"], delay=2)
    return dict(route=route, auth=R.aligned(d, person.email, p="quarantine"), mid=Cm.mid_roundcube(seed, d),
                style="thunderbird", fields=[("User-Agent", agent)])


# ---------------------------------------------------------------- real providers

def via_gmail(seed, when, rcpt, addr, ua=None):
    f = [("X-Mailer", ua)] if ua else []
    return dict(route=R.gmail(seed, when, rcpt), auth=R.aligned("gmail.com", addr, p="none"),
                mid=Cm.mid_gmail(seed), style="gmail", fields=f)


def via_outlook_com(seed, when, rcpt, addr, region="JPN", lang="ja-JP", attach=False):
    d = dom(addr)
    return dict(route=R.outlook_consumer(seed, when, rcpt, region), auth=R.aligned(d, addr, p="none"),
                mid=Cm.mid_outlook_consumer(seed, region), style="outlook",
                fields=_ms_fields(seed, lang, attach))


def via_yahoo(seed, when, rcpt, addr, client_ip):
    return dict(route=R.yahoo_jp(seed, when, rcpt, client_ip), auth=R.aligned("yahoo.co.jp", addr, p="none"),
                mid=Cm.mid_yahoo(seed), style="default",
                fields=[("X-Mailer", "Yahoo!Mail Web"),
                        ("X-YMail-OSG", tok(seed + "osg", 58, ALNUM).replace("x", ".") + "--")])


def via_icloud(seed, when, rcpt, addr, mailer="iPhone Mail (22F76)"):
    return dict(route=R.icloud(seed, when, rcpt), auth=R.aligned("icloud.com", addr, p="quarantine"),
                mid=Cm.mid_apple(seed), style="apple", fields=[("X-Mailer", mailer)])


def via_isp(seed, when, rcpt, name, addr, client_ip, mailer="becky"):
    d = dom(addr)
    route = R.isp(name, seed, when, rcpt, client_ip)
    if mailer == "becky":
        mid, fields, style = Cm.mid_becky(seed, when, d), [("X-Mailer", MAILERS["becky"])], "default"
    elif mailer is None:  # the caller adds its own client fields
        mid, fields, style = Cm.mid_std(seed, when, d), [], "default"
    else:
        mid, fields, style = Cm.mid_outlook_desktop(seed, d), [("X-Mailer", MAILERS["outlook16"])] + \
            _ms_fields(seed), "outlook"
    return dict(route=route, auth=R.aligned(d, addr, p="none"), mid=mid, style=style, fields=fields)


# ---------------------------------------------------------------- fictional companies

def _m365_mid(seed, tenant, region):
    box = {"EUR": "AS8PR04MB", "NAM": "BY5PR11MB", "APC": "TYZPR06MB"}[region] + tok(tenant + "b", 4, DIGITS)
    pod = {"EUR": "eurprd04", "NAM": "namprd11", "APC": "apcprd06"}[region]
    return f"{box}{tok(seed + 'mm', 16, UHEX)}@{box}.{pod}.prod.outlook.com"


def via_m365(seed, when, rcpt, addr, region="EUR", client_ip=None, lang="en-US", attach=False,
             p="quarantine", spf="pass", dkim="pass", dmarc="pass", tz=None):
    d = dom(addr)
    route = R.m365(seed, when, rcpt, d, region, client_ip)
    a = auth(spf, addr, dkim, d if dkim != "none" else None, dmarc, d, p)
    out = dict(route=route, auth=a, mid=_m365_mid(seed, d, region), style="outlook",
               fields=_ms_fields(seed, lang, attach))
    if tz:
        out["date_tz"] = tz
    return out


def via_server(seed, when, rcpt, addr, host, ip, client_ip, helo=None, mailer="outlook16", tz=R.JST,
               p="none", a=None, lang="ja-JP", attach=False, how="ESMTPSA", mta="Postfix"):
    """A fictional company's (or an attacker's) own MTA; client_ip is the
    submitting machine (its office's NAT address, or a hosting address)."""
    d = dom(addr)
    client = (None, client_ip, helo or f"[{client_ip}]") if client_ip else None
    route = R.server(seed, when, rcpt, host, ip, client=client, how=how, tz=tz, mta=mta)
    a = a or R.aligned(d, addr, p=p)
    if mailer == "outlook16":
        mid, style, fields = Cm.mid_outlook_desktop(seed, d), "outlook", \
            [("X-Mailer", MAILERS["outlook16"])] + _ms_fields(seed, lang, attach)
    elif mailer == "becky":
        mid, style, fields = Cm.mid_becky(seed, when, d), "default", [("X-Mailer", MAILERS["becky"])]
    elif mailer == "thunderbird":
        mid, style, fields = Cm.mid_uuid(seed, d), "thunderbird", \
            [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang.split("-")[0])]
    elif mailer is None:  # the caller adds its own client fields
        mid, style, fields = Cm.mid_std(seed, when, d), "default", []
    else:  # a script or a mass mailer: its name as X-Mailer
        mid, style, fields = Cm.mid_std(seed, when, d), "default", [("X-Mailer", mailer)]
    out = dict(route=route, auth=a, mid=mid, style=style, fields=fields)
    if tz is not R.JST:
        out["date_tz"] = tz
    return out


def via_webmail(seed, when, rcpt, addr, host, ip, web, client_ip, agent="Roundcube Webmail/1.6.9", p="none"):
    d = dom(addr)
    return dict(route=R.webmail(seed, when, rcpt, host, ip, web, client_ip),
                auth=R.aligned(d, addr, p=p), mid=Cm.mid_roundcube(seed, d), style="thunderbird",
                fields=[("User-Agent", agent)])


def via_bulk(seed, when, rcpt, addr, host, ip, mailer, unsubscribe=None, tz=R.JST, p="none", a=None,
             pickup_host=None, bounce=None):
    d = dom(addr)
    route = R.bulk(seed, when, rcpt, host, ip, tz, pickup_host=pickup_host)
    mf = bounce or addr
    a = a or auth("pass", mf, "pass", d, "pass", d, p)
    fields = [("X-Mailer", mailer)]
    if unsubscribe:
        fields += [("List-Unsubscribe", f"<{unsubscribe}>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("Precedence", "bulk")]
    out = dict(route=route, auth=a, mid=Cm.mid_std(seed, when, host), style="default", fields=fields,
               return_path=mf)
    if tz is not R.JST:
        out["date_tz"] = tz
    return out


# ---------------------------------------------------------------- assembling

def mk(file, label, scenario, lang, notes, via, *, topic=None, fields=(), **kw):
    """A Msg from the transport (a via_* dict) and the message. topic: the
    Thread-Topic Outlook writes (the subject without RE:)."""
    v = dict(via)
    if "date_tz" in kw:   # the message's own choice wins over the transport's
        v.pop("date_tz", None)
    f = list(v.pop("fields", []))
    if topic is not None and v.get("style") == "outlook":
        cs, enc = kw.get("hcs", ("ISO-2022-JP", "B"))
        f.insert(0, ("Thread-Topic", M.subject_value(topic, cs, enc)))
    f += list(fields)
    return Msg(file, label, scenario, lang, notes, fields=f, **v, **kw)


# ---------------------------------------------------------------- attachments

def pdf(filename, lines, title, producer="Microsoft: Print To PDF"):
    return M.Attachment(M.pdf(lines, title=title, producer=producer), "application/pdf", filename)


def textfile(filename, text):
    data = text.replace("\n", "\r\n").encode("utf-8")
    return M.Attachment(data, "text/plain; charset=UTF-8", filename)


def htmlfile(filename, text):
    return M.Attachment(text.encode("utf-8"), "text/html; charset=UTF-8", filename)


def plain(text, charset="ISO-2022-JP", cte=None, **kw):
    return Cm.plain(text, charset, cte, **kw)


def html(text, charset="UTF-8", cte="quoted-printable", **kw):
    return Cm.html(text, charset, cte, **kw)


def mixed(*parts):
    return M.Multi("mixed", parts)


def alt(p, h):
    return M.alt(p, h)


def after(dt, minutes=0, hours=0, days=0):
    return dt + timedelta(minutes=minutes, hours=hours, days=days)


# ---------------------------------------------------------------- bodies as clients write them

def gmail_html(text):
    rows = []
    for ln in text.split("\n"):
        rows.append(Cm.esc(ln) if ln else "")
    return '<div dir="ltr">' + "<br>\n".join(rows) + "</div>\n"


def gmail_alt(text, cte="base64"):
    """Gmail: text/plain and text/html, both UTF-8 (7bit when ASCII)."""
    if M.is_ascii(text):
        cte = "7bit"
    return alt(plain(text, "UTF-8", cte), html(gmail_html(text), "UTF-8", cte))


def outlook_html(text, font="游ゴシック", lang="JA"):
    paras = []
    for ln in text.split("\n"):
        paras.append(f'<p class="MsoNormal"><span lang="{lang}">{Cm.esc(ln) if ln else "<o:p>&nbsp;</o:p>"}</span></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            f'<style>p.MsoNormal {{margin:0mm; font-size:11.0pt; font-family:"{font}",sans-serif;}}</style>\n'
            '</head>\n<body lang="JA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>")


def outlook_alt(text, charset="ISO-2022-JP", cte=None, font="游ゴシック", lang="JA"):
    """Outlook for Windows: text/plain and text/html."""
    return alt(plain(text, charset, cte), html(outlook_html(text, font, lang), "UTF-8", "quoted-printable"))
