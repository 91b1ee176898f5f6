"""MIME encoding helpers for the labeled2 fixtures (standard library only).

Everything here is deterministic: pseudo-random tokens (Message-IDs, boundaries,
queue ids, fake signatures) are derived from a seed string with SHA-256.
"""
import base64
import hashlib
import quopri

CRLF = "\r\n"

# ---------------------------------------------------------------- tokens

def token(seed, n, alphabet="0123456789ABCDEF"):
    """n characters from alphabet, derived deterministically from seed."""
    out, i = [], 0
    while len(out) < n:
        h = hashlib.sha256(f"{seed}/{i}".encode()).digest()
        for b in h:
            out.append(alphabet[b % len(alphabet)])
        i += 1
    return "".join(out[:n])


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"


def boundary(seed):
    return "----=_Part_" + token(seed + "/b", 6, "0123456789") + "_" + token(seed + "/b2", 10, "0123456789") + "." + token(seed + "/b3", 13, "0123456789")


# ---------------------------------------------------------------- RFC 2047

def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def _b_chunks(text, charset):
    """Split text so that every B encoded-word stays <= 75 characters."""
    prefix = len(f"=?{charset}?B?") + 2
    max_b64 = 75 - prefix
    max_bytes = (max_b64 // 4) * 3
    chunks, cur = [], ""
    for ch in text:
        cand = cur + ch
        if len(cand.encode(_codec(charset))) > max_bytes and cur:
            chunks.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        chunks.append(cur)
    return chunks


def _codec(charset):
    return {"ISO-2022-JP": "iso-2022-jp", "UTF-8": "utf-8", "Shift_JIS": "shift_jis",
            "EUC-JP": "euc-jp"}[charset]


def _q_byte(b):
    c = chr(b)
    if c == " ":
        return "_"
    if c.isalnum() and b < 128:
        return c
    if c in "!*+-/" and b < 128:
        return c
    return "=%02X" % b


def _q_chunks(text, charset):
    prefix = len(f"=?{charset}?Q?") + 2
    chunks, cur, cur_len = [], "", 0
    for ch in text:
        enc = "".join(_q_byte(b) for b in ch.encode(_codec(charset)))
        if cur_len + len(enc) > 75 - prefix and cur:
            chunks.append(cur)
            cur, cur_len = ch, len(enc)
        else:
            cur += ch
            cur_len += len(enc)
    if cur:
        chunks.append(cur)
    return chunks


def encoded_words(text, charset="ISO-2022-JP", enc="B"):
    """Return a list of encoded-words that decode (concatenated) to text."""
    words = []
    if enc == "B":
        for c in _b_chunks(text, charset):
            data = c.encode(_codec(charset))
            words.append(f"=?{charset}?B?{base64.b64encode(data).decode()}?=")
    else:
        for c in _q_chunks(text, charset):
            q = "".join(_q_byte(b) for b in c.encode(_codec(charset)))
            words.append(f"=?{charset}?Q?{q}?=")
    return words


def unstructured(text, charset="ISO-2022-JP", enc="B"):
    """Encode an unstructured header value (Subject). A leading ASCII part
    (e.g. 'Re: ') stays plain; the rest becomes encoded-words, folded."""
    if _is_ascii(text):
        return text
    first = next(i for i, c in enumerate(text) if ord(c) >= 128)
    cut = text.rfind(" ", 0, first)
    plain, rest = (text[:cut], text[cut + 1:]) if cut > 0 else ("", text)
    words = encoded_words(rest, charset, enc)
    if plain:
        words[0] = plain + " " + words[0]
    return (CRLF + " ").join(words)


def _quote_name(name):
    specials = '()<>[]:;@\\,."'
    if any(c in specials for c in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return name


def addr(name, address, charset="ISO-2022-JP", enc="B"):
    """One mailbox: display name (encoded when non-ASCII) and address."""
    if not name:
        return address
    if _is_ascii(name):
        return f"{_quote_name(name)} <{address}>"
    return (CRLF + " ").join(encoded_words(name, charset, enc)) + f" <{address}>"


def addr_list(items, charset="ISO-2022-JP", enc="B"):
    """items: list of (name, address). Folded one mailbox per line."""
    return ("," + CRLF + " ").join(addr(n, a, charset, enc) for n, a in items)


# ---------------------------------------------------------------- RFC 2231

def rfc2231(param, value, charset="UTF-8"):
    if _is_ascii(value):
        return f'{param}="{value}"'
    safe = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~")
    if charset != "UTF-8":  # stateful charsets (ISO-2022-JP): one unsplit section
        data = value.encode(_codec(charset))
        return f"{param}*={charset}''" + "".join(chr(b) if b in safe else "%%%02X" % b for b in data)
    # split into continuations of at most 60 characters, at character boundaries
    parts, cur = [], ""
    for ch in value:
        enc = "".join(chr(b) if b in safe else "%%%02X" % b for b in ch.encode(_codec(charset)))
        if len(cur) + len(enc) > 60 and cur:
            parts.append(cur)
            cur = ""
        cur += enc
    parts.append(cur)
    if len(parts) == 1:
        return f"{param}*={charset}''{parts[0]}"
    out = []
    for n, p in enumerate(parts):
        out.append(f"{param}*{n}*={charset}''{p}" if n == 0 else f"{param}*{n}*={p}")
    return (";" + CRLF + "\t").join(out)


# ---------------------------------------------------------------- bodies

def wrap_b64(data):
    s = base64.b64encode(data).decode()
    return [s[i:i + 76] for i in range(0, len(s), 76)] or [""]


def qp_lines(data):
    """Quoted-printable for bytes whose line breaks are LF; returns lines."""
    enc = quopri.encodestring(data, quotetabs=False).decode("ascii")
    return enc.split("\n") if not enc.endswith("\n") else enc[:-1].split("\n")


class Text:
    """A text/* leaf part. text uses '\n' line breaks."""

    def __init__(self, text, subtype="plain", charset="ISO-2022-JP", cte="7bit",
                 params=None, disposition=None, fmt_flowed=False):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.params = params or []
        self.disposition = disposition
        self.fmt_flowed = fmt_flowed

    def render(self, seed):
        ct = f"text/{self.subtype}; charset=\"{self.charset}\"" if self.charset != "ISO-2022-JP" else f"text/{self.subtype}; charset=ISO-2022-JP"
        if self.fmt_flowed:
            ct += "; format=flowed"
        for p in self.params:
            ct += "; " + p
        heads = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {self.cte}"]
        if self.disposition:
            heads.append(f"Content-Disposition: {self.disposition}")
        codec = _codec(self.charset)
        lines = self.text.split("\n")
        if self.cte == "7bit":
            body = []
            for ln in lines:
                b = ln.encode(codec)  # per line: ISO-2022-JP returns to ASCII at EOL
                assert all(x < 128 for x in b), "7bit body not ASCII"
                body.append(b.decode("ascii"))
            return heads, [l.encode("ascii") for l in body]
        if self.cte == "8bit":
            return heads, [ln.encode(codec) for ln in lines]
        data = "\r\n".join(lines).encode(codec)
        if self.cte == "base64":
            return heads, [l.encode() for l in wrap_b64(data)]
        if self.cte == "quoted-printable":
            data = "\n".join(lines).encode(codec)
            return heads, [l.encode() for l in qp_lines(data)]
        raise ValueError(self.cte)


class Attachment:
    def __init__(self, data, ctype, filename, name_style="2231", charset="UTF-8",
                 inline=False):
        self.data, self.ctype, self.filename = data, ctype, filename
        self.name_style, self.charset, self.inline = name_style, charset, inline

    def render(self, seed):
        disp = "inline" if self.inline else "attachment"
        if self.name_style == "2047":
            ew = " ".join(encoded_words(self.filename, self.charset, "B"))
            heads = [f'Content-Type: {self.ctype};{CRLF}\tname="{ew}"',
                     f'Content-Disposition: {disp};{CRLF}\tfilename="{ew}"']
        else:
            heads = [f"Content-Type: {self.ctype};{CRLF}\t" + rfc2231("name", self.filename, self.charset),
                     f"Content-Disposition: {disp};{CRLF}\t" + rfc2231("filename", self.filename, self.charset)]
        heads.append("Content-Transfer-Encoding: base64")
        return heads, [l.encode() for l in wrap_b64(self.data)]


class Multi:
    def __init__(self, subtype, parts, params=None):
        self.subtype, self.parts, self.params = subtype, parts, params or []

    def render(self, seed):
        b = boundary(seed)
        ct = f'Content-Type: multipart/{self.subtype};{CRLF}\tboundary="{b}"'
        for p in self.params:
            ct += f";{CRLF}\t{p}"
        body = []
        for i, p in enumerate(self.parts):
            h, lines = p.render(f"{seed}/{i}")
            body.append(f"--{b}".encode())
            body += [x.encode("ascii") for x in "\r\n".join(h).split("\r\n")]
            body.append(b"")
            body += lines
        body.append(f"--{b}--".encode())
        body.append(b"")
        return [ct], body


def iter_leaves(part):
    if isinstance(part, Multi):
        for p in part.parts:
            yield from iter_leaves(p)
    else:
        yield part
