"""This set's short-hands over ../mailgen: how each kind of sender reaches the
organisation's MX (route, authentication verdicts, Message-ID, the client's
own header fields and their order), bodies as the common clients write them,
and attachments (PDF, text, HTML)."""
import company as C
import common as K
import mimeparts as M
import routes as R
from message import Msg, jst  # noqa: F401  (re-exported for the message modules)
from mimeparts import tok, num, ALNUM, UHEX, HEX, DIGITS, LOWERNUM  # noqa: F401

JST, CET, PST, UTC = R.JST, R.CET, R.PST, R.UTC
P = C.P


# ---------------------------------------------------------------- senders

def _v(route, auth, mid, style="default", fields=(), date_tz=JST, return_path=None):
    d = dict(route=route, auth=auth, mid=mid, style=style, fields=list(fields), date_tz=date_tz)
    if return_path is not None:
        d["return_path"] = return_path
    return d


def gmail(seed, when, addr, rcpt, tz=JST):
    return _v(R.gmail(seed, when, rcpt), R.aligned("gmail.com", addr, "none"), K.mid_gmail(seed),
              "gmail", date_tz=tz)


def outlook_com(seed, when, addr, rcpt, region="JPN", tz=JST):
    dom = addr.split("@")[1]
    return _v(R.outlook_consumer(seed, when, rcpt, region), R.aligned(dom, addr, "none"),
              K.mid_outlook_consumer(seed, region), "outlook",
              [("Thread-Index", K.thread_index(seed)),
               ("Accept-Language", "ja-JP, en-US" if region == "JPN" else "en-US"),
               ("Content-Language", "ja-JP" if region == "JPN" else "en-US")], date_tz=tz)


def yahoo(seed, when, addr, rcpt, client_ip):
    return _v(R.yahoo_jp(seed, when, rcpt, client_ip), R.aligned("yahoo.co.jp", addr, "none"),
              K.mid_yahoo(seed), "default", [("X-Mailer", "Yahoo! JAPAN Mail (web)")])


def icloud(seed, when, addr, rcpt, tz=JST, mailer="iPhone Mail (22B91)"):
    return _v(R.icloud(seed, when, rcpt), R.aligned("icloud.com", addr, "quarantine"),
              K.mid_apple(seed), "apple", [("X-Mailer", mailer)], date_tz=tz)


def isp(name, seed, when, addr, rcpt, client_ip, mailer="Microsoft Outlook 16.0"):
    dom = {"nifty": "nifty.com", "ocn": "ocn.ne.jp"}[name]
    return _v(R.isp(name, seed, when, rcpt, client_ip), R.aligned(dom, addr, "none"),
              K.mid_std(seed, when, dom), "outlook" if "Outlook" in mailer else "default",
              [("X-Mailer", mailer)])


def server(seed, when, rcpt, host, ip, addr, client=None, auth=None, mid=None, mailer=None,
           style="default", tz=JST, how="ESMTPSA", selector="default", fields=(), helo=None):
    """A (fictional) organisation's own outbound server."""
    dom = addr.split("@")[1]
    route = R.server(seed, when, rcpt, host, ip, client=client, how=how, tz=tz, selector=selector, helo=helo)
    f = list(fields)
    if mailer:
        f.insert(0, ("X-Mailer" if style != "thunderbird" else "User-Agent", mailer))
    return _v(route, auth or R.aligned(dom, addr, "none"), mid or K.mid_std(seed, when.astimezone(tz), dom), style, f,
              date_tz=tz)


def vendor_webmail(seed, when, rcpt, v, addr, client_ip, auth=None, mid=None):
    """A vendor's own webmail (Roundcube) on its mail server."""
    route = R.webmail(seed, when, rcpt, v.server, v.ip, v.webmail, client_ip, selector="default")
    return _v(route, auth or R.aligned(v.domain, addr, "none"), mid or K.mid_roundcube(seed, v.domain),
              "default", [("User-Agent", "Roundcube Webmail/1.6.9")])


M365_PODS = {"EUR": ("AS8PR04MB", "eurprd04"), "NAM": ("BY5PR11MB", "namprd11"),
             "APC": ("TYZPR06MB", "apcprd06")}


def m365_mid(seed, tenant, region):
    box, pod = M365_PODS[region]
    b = box + tok(tenant + "b", 4, DIGITS)
    return f"{b}{tok(seed + 'mm', 16, UHEX)}@{b}.{pod}.prod.outlook.com"


def m365(seed, when, rcpt, tenant, region, addr, subject, client_ip=None, p="none", auth=None, tz=JST,
         lang="en-US", attach=False, fields=()):
    """A fictional company on Exchange Online (Outlook / OWA)."""
    route = R.m365(seed, when, rcpt, tenant, region, client_ip)
    f = [("Thread-Topic", M.subject_value(_topic(subject), "UTF-8", "B")),
         ("Thread-Index", K.thread_index(seed)),
         ("Accept-Language", lang + (", en-US" if lang != "en-US" else "")),
         ("Content-Language", lang),
         ("X-MS-Has-Attach", "yes" if attach else ""),
         ("X-MS-TNEF-Correlator", "")] + list(fields)
    return _v(route, auth or R.aligned(tenant, addr, p), m365_mid(seed, tenant, region), "outlook", f,
              date_tz=tz)


def _topic(subject):
    s = subject
    for pre in ("RE: ", "Re: ", "AW: ", "FW: ", "Fwd: ", "WG: "):
        while s.startswith(pre):
            s = s[len(pre):]
    return s


def internal(seed, when, rcpt, pc_ip, dom=None, mailer="Microsoft Outlook 16.0", lang="ja"):
    """An employee's Outlook, through the relay."""
    dom = dom or C.DOMAIN
    p = C.DMARC_JP if dom == C.DOMAIN else C.DMARC_EU
    return _v(R.internal(seed, when, rcpt, pc_ip), R.aligned(dom, None, p),
              K.mid_outlook_desktop(seed, dom), "outlook",
              [("X-Mailer", mailer), ("Thread-Index", K.thread_index(seed)), ("Content-Language", lang)],
              date_tz=JST if pc_ip.split(".")[1] != "24" else CET)


def internal_auth(dom, addr):
    p = C.DMARC_JP if dom == C.DOMAIN else C.DMARC_EU
    return R.aligned(dom, addr, p)


def internal_v(seed, when, rcpt, pc_ip, addr, **kw):
    v = internal(seed, when, rcpt, pc_ip, addr.split("@")[1], **kw)
    v["auth"] = internal_auth(addr.split("@")[1], addr)
    return v


def app(seed, when, rcpt, portal, addr, tz=JST, mailer=None):
    """An internal application relaying through the relay."""
    dom = addr.split("@")[1]
    f = [("X-Mailer", mailer)] if mailer else []
    f.append(("Auto-Submitted", "auto-generated"))
    return _v(R.internal_app(seed, when, rcpt, portal[0], portal[1]), internal_auth(dom, addr),
              K.mid_std(seed, when, portal[0]), "default", f, date_tz=tz)


def org_webmail(seed, when, rcpt, addr, client_ip, tz=JST):
    """The organisation's own webmail (both domains)."""
    dom = addr.split("@")[1]
    route = R.webmail(seed, when, rcpt, C.RELAY, C.RELAY_IP, C.WEBMAIL[0], client_ip,
                      selector=C.RELAY_SELECTOR)
    return _v(route, internal_auth(dom, addr), K.mid_roundcube(seed, dom), "default",
              [("User-Agent", "Roundcube Webmail/1.6.9")], date_tz=tz)


def bulk(seed, when, rcpt, host, ip, addr, bounce, tz=JST, auth=None, fields=(), pickup=None):
    dom = addr.split("@")[1]
    route = R.bulk(seed, when, rcpt, host, ip, tz=tz, pickup_host=pickup)
    return _v(route, auth or R.aligned(dom, bounce, "none"), K.mid_std(seed, when, host.split(".", 1)[1]),
              "default", list(fields), date_tz=tz, return_path=bounce)


def auth(spf, mailfrom, dkim, d, dmarc, hfrom, p="none"):
    return R.Auth(spf, mailfrom, dkim, d, dmarc, hfrom, p)


def mail(file, label, scenario, lang, notes, via, **kw):
    """A Msg from a sender (via) and the message's own fields."""
    d = dict(via)
    d["fields"] = d.get("fields", []) + list(kw.pop("fields", []))
    d.update(kw)
    return Msg(file, label, scenario, lang, notes, **d)


# ---------------------------------------------------------------- bodies

def esc(s):
    return K.esc(s)


def plain(text, charset="ISO-2022-JP", cte=None, **kw):
    return K.plain(text, charset, cte, **kw)


def gmail_body(text, cte="base64"):
    """Gmail: text/plain and a <div dir="ltr"> HTML twin, both UTF-8."""
    rows = []
    quoted = False
    for ln in text.split("\n"):
        if ln.startswith(">") and not quoted:
            rows.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                        'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            quoted = True
        rows.append(f"<div>{esc(ln.lstrip('> ')) if ln.strip('> ') else '<br>'}</div>")
    if quoted:
        rows.append("</blockquote>")
    h = '<div dir="ltr">' + "\n".join(rows) + "</div>"
    pcte = cte if not M.is_ascii(text) else "7bit"
    return M.alt(M.Text(text, "plain", "UTF-8", pcte, quote_charset=True),
                 M.Text(h, "html", "UTF-8", "quoted-printable", quote_charset=True))


def outlook_html(text, lang="JA", font="游ゴシック", charset="iso-2022-jp"):
    rows = []
    for ln in text.split("\n"):
        rows.append(f"<p class=MsoNormal>{esc(ln) if ln else '&nbsp;'}<o:p></o:p></p>")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head>"
            f"<meta http-equiv=Content-Type content=\"text/html; charset={charset}\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--\n"
            f"p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0mm;font-size:10.5pt;font-family:\"{font}\";}}\n"
            "--></style></head>\n"
            f"<body lang={lang} link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
            "<div class=WordSection1>\n" + "\n".join(rows) + "\n</div></body></html>")


def outlook_ja(text):
    """Outlook for Windows in Japanese: ISO-2022-JP plain and HTML."""
    return M.alt(M.Text(text, "plain", "ISO-2022-JP", "7bit", quote_charset=True),
                 M.Text(outlook_html(text), "html", "ISO-2022-JP", "7bit", quote_charset=True))


def outlook_en(text, lang="EN-US", font="Calibri"):
    cs = "us-ascii" if M.is_ascii(text) else "utf-8"
    pl = M.Text(text, "plain", "US-ASCII" if cs == "us-ascii" else "UTF-8",
                "7bit" if cs == "us-ascii" else "quoted-printable", quote_charset=True)
    return M.alt(pl, M.Text(outlook_html(text, lang, font, "utf-8"), "html", "UTF-8", "quoted-printable",
                            quote_charset=True))


def outlook_utf8(text, lang="JA"):
    """Outlook / OWA on Exchange Online writing Japanese: UTF-8, base64 plain."""
    return M.alt(M.Text(text, "plain", "UTF-8", "base64", quote_charset=True),
                 M.Text(outlook_html(text, lang, "游ゴシック", "utf-8"), "html", "UTF-8", "base64",
                        quote_charset=True))


def apple_body(text):
    return M.Text(text, "plain", "UTF-8", "quoted-printable" if not M.is_ascii(text) else "7bit")


def mixed(body, *attachments):
    return M.Multi("mixed", [body] + list(attachments))


def pdf(lines, name, title=None, producer=None):
    return M.Attachment(M.pdf(lines, title or name.rsplit(".", 1)[0], producer), "application/pdf", name)


def textfile(text, name, ctype="text/plain; charset=UTF-8"):
    return M.Attachment(text.replace("\n", "\r\n").encode("utf-8"), ctype, name)


def htmlfile(text, name):
    return M.Attachment(text.encode("utf-8"), "text/html", name)


# ---------------------------------------------------------------- quoting

def quote(text, prefix="> "):
    return K.quote(text, prefix)


ja_date = K.ja_date
gmail_attr_ja = K.gmail_attr_ja
gmail_attr_en = K.gmail_attr_en
outlook_block_en = K.outlook_block_en
outlook_block_ja = K.outlook_block_ja
who = K.who
after = K.after


def becky_attr(dt, name, addr):
    d = dt.astimezone(JST)
    return (f"On {d.strftime('%a, %d %b %Y %H:%M:%S')} +0900\n"
            f"{name} <{addr}> wrote:")


def tb_attr_ja(dt, name, addr):
    d = dt.astimezone(JST)
    return f"{name} 様 wrote on {d.year}/{d.month:02d}/{d.day:02d} {d.hour}:{d.minute:02d}:"


# ---------------------------------------------------------------- signatures

HQ_ADDR = "〒950-0999 新潟県新潟市中央区雪椿町2-3-8"
SHIBATA_ADDR = "〒957-0099 新潟県新発田市椿台工業団地7番地"
TOKYO_ADDR = "〒103-0099 東京都中央区日本橋雪町1-4-2 雪椿ビル5F"
KOELN_ADDR = "Am Rheinkai 12, 50735 Köln, Germany"

_JP_SITE = {"igarashi": "hq", "ono": "hq", "sato": "tokyo", "watanabe": "shibata", "ogawa": "shibata",
            "ueno": "shibata", "sasaki": "shibata", "fujita": "tokyo", "nakamura": "tokyo",
            "hoshino": "shibata", "seki": "shibata"}
_PHONE = {"hq": "025-000-3100", "shibata": "0254-00-7100", "tokyo": "03-0000-5810"}
_EXT = {}


def sig_jp(key, line="―" * 24, phone=None):
    p = P(key)
    site = _JP_SITE.get(key, "hq")
    addr = {"hq": HQ_ADDR, "shibata": SHIBATA_ADDR, "tokyo": TOKYO_ADDR}[site]
    tel = phone or _PHONE[site][:-2] + f"{num('ext' + key, 10, 89):02d}"
    title = p.title
    return "\n".join([line, C.NAME_JA, title, f"{p.ja}（{p.given_latin} {p.family_latin}）", addr,
                      f"TEL {tel}", f"Mail {p.email}", line])


def sig_de(key, phone=None):
    p = P(key)
    title, _, company = p.title.partition(" - ")
    tel = phone or f"+49 221 4710 {num('ext' + key, 110, 189)}"
    return "\n".join(["", "Kind regards / Mit freundlichen Grüßen", p.en, title, "",
                      C.EU_NAME, KOELN_ADDR, f"Phone {tel}", p.email,
                      "Managing Director: Kenta Kobayashi | Amtsgericht Köln HRB 98765"])
