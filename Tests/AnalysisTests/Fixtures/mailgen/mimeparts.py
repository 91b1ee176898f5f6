"""MIME building blocks for the labeled fixtures (labeled3, labeled4; Python 3 standard library only).

Nothing here is random: every token (boundary, Message-ID part, queue id,
decorative signature) is derived from a seed string with SHA-256, so two runs
write the same bytes.
"""
import base64
import hashlib
import quopri

CRLF = "\r\n"

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
DIGITS = "0123456789"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64CH = ALNUM + "+/"
LOWERNUM = "abcdefghijklmnopqrstuvwxyz0123456789"

CODECS = {"ISO-2022-JP": "iso-2022-jp", "Shift_JIS": "shift_jis", "UTF-8": "utf-8",
          "EUC-JP": "euc-jp", "US-ASCII": "ascii", "windows-1252": "cp1252"}


def tok(seed, n, alphabet=UHEX):
    """n characters of alphabet, a pure function of seed."""
    out, i = "", 0
    while len(out) < n:
        for b in hashlib.sha256(f"{seed}#{i}".encode("utf-8")).digest():
            out += alphabet[b % len(alphabet)]
        i += 1
    return out[:n]


def num(seed, lo, hi):
    """An integer in [lo, hi], a pure function of seed."""
    h = int.from_bytes(hashlib.sha256(seed.encode("utf-8")).digest()[:8], "big")
    return lo + h % (hi - lo + 1)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


# ------------------------------------------------------------------ RFC 2047

def _split_for(text, charset, limit, measure):
    parts, cur = [], ""
    for ch in text:
        if cur and measure(cur + ch) > limit:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        parts.append(cur)
    return parts


def _qword(data):
    out = []
    for b in data:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif b < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def words(text, charset="ISO-2022-JP", enc="B"):
    """Encoded-words (each at most 75 characters) whose decoding is text."""
    codec = CODECS[charset]
    head = len(f"=?{charset}?{enc}?") + 2
    if enc == "B":
        def measure(s):
            n = len(s.encode(codec))
            return ((n + 2) // 3) * 4
        chunks = _split_for(text, charset, 75 - head, measure)
        return [f"=?{charset}?B?{base64.b64encode(c.encode(codec)).decode()}?=" for c in chunks]
    chunks = _split_for(text, charset, 75 - head, lambda s: len(_qword(s.encode(codec))))
    return [f"=?{charset}?Q?{_qword(c.encode(codec))}?=" for c in chunks]


def subject_value(text, charset="ISO-2022-JP", enc="B"):
    """An unstructured header value. A leading ASCII run that ends in a space
    ('Re: ', 'RE: [PO 4512] ') stays as it is; the rest is encoded and folded."""
    if is_ascii(text):
        return fold_ascii(text)
    first = next(i for i, c in enumerate(text) if ord(c) > 127)
    cut = text.rfind(" ", 0, first)
    plain, rest = (text[:cut], text[cut + 1:]) if cut > 0 else ("", text)
    ws = words(rest, charset, enc)
    if plain:
        ws[0] = plain + " " + ws[0]
    return (CRLF + " ").join(ws)


def fold_ascii(text, width=76):
    """Fold a long ASCII header value at spaces."""
    if len(text) <= width:
        return text
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    return (CRLF + " ").join(out)


def _display(name):
    if any(c in '()<>[]:;@\\,."' for c in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return name


def mailbox(name, address, charset="ISO-2022-JP", enc="B"):
    if not name:
        return address
    if is_ascii(name):
        return f"{_display(name)} <{address}>"
    ws = words(name, charset, enc)
    # A display name stays one encoded-word: decoders disagree on the
    # whitespace between adjacent encoded-words inside a phrase.
    if len(ws) != 1:
        raise ValueError(f"display name too long for one encoded-word: {name!r}")
    return ws[0] + f" <{address}>"


def mailboxes(items, charset="ISO-2022-JP", enc="B"):
    return ("," + CRLF + " ").join(mailbox(n, a, charset, enc) for n, a in items)


# ------------------------------------------------------------------ RFC 2231

_ATTR = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~")


def param2231(name, value):
    """name*=UTF-8''... with continuations for long values; plain when ASCII."""
    if is_ascii(value):
        return f'{name}="{value}"'
    pieces, cur = [], ""
    for ch in value:
        e = "".join(chr(b) if b in _ATTR else "%%%02X" % b for b in ch.encode("utf-8"))
        if cur and len(cur) + len(e) > 54:
            pieces.append(cur)
            cur = ""
        cur += e
    pieces.append(cur)
    if len(pieces) == 1:
        return f"{name}*=UTF-8''{pieces[0]}"
    return (";" + CRLF + "\t").join(
        (f"{name}*0*=UTF-8''{p}" if i == 0 else f"{name}*{i}*={p}") for i, p in enumerate(pieces))


# ------------------------------------------------------------------ parts

def b64_lines(data):
    s = base64.b64encode(data).decode("ascii")
    return [s[i:i + 76] for i in range(0, len(s), 76)] or [""]


class Text:
    """A text/* leaf. `text` uses '\\n' line breaks; cte one of 7bit, 8bit,
    base64, quoted-printable."""

    def __init__(self, text, subtype="plain", charset="ISO-2022-JP", cte="7bit",
                 flowed=False, disposition=None, quote_charset=False, params=()):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.params = list(params)
        self.flowed, self.disposition, self.quote_charset = flowed, disposition, quote_charset

    def headers(self):
        cs = f'"{self.charset}"' if self.quote_charset else self.charset
        ct = f"Content-Type: text/{self.subtype}; charset={cs}"
        if self.flowed:
            ct += "; format=flowed; delsp=yes"
        for p in self.params:
            ct += "; " + p
        h = [ct, f"Content-Transfer-Encoding: {self.cte}"]
        if self.disposition:
            h.append(f"Content-Disposition: {self.disposition}")
        return h

    def render(self, seed):
        codec = CODECS[self.charset]
        lines = self.text.split("\n")
        if self.cte == "7bit":
            out = []
            for ln in lines:
                b = ln.encode(codec)  # line by line: ISO-2022-JP returns to ASCII before CRLF
                if any(x > 127 for x in b):
                    raise ValueError(f"{seed}: 8-bit data in a 7bit part")
                out.append(b)
            return self.headers(), out
        if self.cte == "8bit":
            return self.headers(), [ln.encode(codec) for ln in lines]
        if self.cte == "base64":
            return self.headers(), [x.encode() for x in b64_lines(CRLF.join(lines).encode(codec))]
        if self.cte == "quoted-printable":
            enc = quopri.encodestring("\n".join(lines).encode(codec), quotetabs=False).decode("ascii")
            if enc.endswith("\n"):
                enc = enc[:-1]
            return self.headers(), [x.encode() for x in enc.split("\n")]
        raise ValueError(self.cte)


class Attachment:
    def __init__(self, data, ctype, filename, inline=False, extra=None):
        self.data, self.ctype, self.filename, self.inline = data, ctype, filename, inline
        self.extra = extra or []

    def render(self, seed):
        disp = "inline" if self.inline else "attachment"
        if is_ascii(self.filename):
            h = [f'Content-Type: {self.ctype}; name="{self.filename}"',
                 f'Content-Disposition: {disp}; filename="{self.filename}"']
        else:
            h = [f"Content-Type: {self.ctype};{CRLF}\t" + param2231("name", self.filename),
                 f"Content-Disposition: {disp};{CRLF}\t" + param2231("filename", self.filename)]
        h.append("Content-Transfer-Encoding: base64")
        h += self.extra
        return h, [x.encode() for x in b64_lines(self.data)]


class Multi:
    def __init__(self, subtype, parts, params=()):
        self.subtype, self.parts, self.params = subtype, list(parts), list(params)

    def boundary(self, seed):
        return "_" + tok(seed + "/bd", 4, DIGITS) + "_" + tok(seed + "/bd2", 24, ALNUM) + "_"

    def render(self, seed):
        b = self.boundary(seed)
        ct = f'Content-Type: multipart/{self.subtype};{CRLF}\tboundary="{b}"'
        for p in self.params:
            ct += f";{CRLF}\t{p}"
        out = [b"This is a multi-part message in MIME format.", b""] if self.subtype == "mixed" else []
        for i, part in enumerate(self.parts):
            h, lines = part.render(f"{seed}/{i}")
            out.append(f"--{b}".encode())
            for x in h:
                out += [y.encode("ascii") for y in x.split(CRLF)]
            out.append(b"")
            out += lines
        out.append(f"--{b}--".encode())
        out.append(b"")
        return [ct], out


def leaves(part):
    if isinstance(part, Multi):
        for p in part.parts:
            yield from leaves(p)
    else:
        yield part


def alt(plain, html):
    """multipart/alternative of a plain and an HTML Text."""
    return Multi("alternative", [plain, html])


# ------------------------------------------------------------------ PDF

def _pdf_str(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


# The PDF producer a set's documents name (labeled4 sets its own in generate.py).
PDF_PRODUCER = "WKPrint 3.2"


def pdf(lines, title="Document", producer=None):
    """A small, well-formed, uncompressed one-page PDF.

    lines: list of strings. ASCII lines are set in Helvetica; lines with
    Japanese are set in the CID font HeiseiKakuGo-W5 with the UniJIS-UCS2-H
    CMap (the text is written as UTF-16BE hex, as PDF producers do)."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        if is_ascii(ln):
            ops.append(f"/F1 11 Tf {_pdf_str(ln)} Tj T*")
        else:
            ops.append(f"/F2 11 Tf <{ln.encode('utf-16-be').hex().upper()}> Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H "
        b"/DescendantFonts [7 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> "
        b"/FontDescriptor 8 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 "
        b"/FontBBox [-92 -250 1010 922] /ItalicAngle 0 /Ascent 752 /Descent -221 "
        b"/CapHeight 737 /StemV 114 >>",
        ("<< /Title " + ("<FEFF" + title.encode("utf-16-be").hex().upper() + ">") +
         " /Producer " + _pdf_str(producer or PDF_PRODUCER) + " >>").encode("ascii"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, len(objs), xref))
    return out


def pdf_text(data):
    """The text lines drawn by a PDF made by pdf() (used by the checks)."""
    s = data.decode("latin-1")
    body = s.split("stream\n", 1)[1].split("\nendstream", 1)[0]
    out = []
    for op in body.split("\n"):
        if op.endswith("Tj T*"):
            arg = op.split(" Tf ", 1)[1][:-len(" Tj T*")]
            if arg.startswith("<"):
                out.append(bytes.fromhex(arg[1:-1]).decode("utf-16-be"))
            else:
                out.append(arg[1:-1].replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\"))
    return out
