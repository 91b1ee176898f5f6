"""Bank identifiers used in the set: IBAN (ISO 13616, mod 97), US ABA routing
numbers (3-7-1 weights), SWIFT/BIC shape, and Japanese account helpers.

Every IBAN and ABA routing number in the set is built here with a valid check,
because real fraudsters send numbers that a bank will accept. The numbers are
arbitrary; none was taken from a real account.
"""
import re

IBAN_LENGTH = {"GB": 22, "DE": 22, "LT": 20, "PL": 28, "PT": 25, "ES": 24, "NL": 18,
               "FR": 27, "IE": 22, "BE": 16, "AT": 20}


def _mod97(s):
    digits = "".join(str(int(c, 36)) for c in s)
    return int(digits) % 97


def iban(country, bban):
    """A checksum-valid IBAN (electronic format, no spaces)."""
    bban = bban.replace(" ", "").upper()
    check = 98 - _mod97(bban + country + "00")
    value = f"{country}{check:02d}{bban}"
    assert iban_ok(value), value
    return value


def iban_ok(value):
    v = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", v):
        return False
    if IBAN_LENGTH.get(v[:2]) not in (None, len(v)):
        return False
    return _mod97(v[4:] + v[:4]) == 1


def iban_print(value):
    """Paper format: groups of four."""
    v = value.replace(" ", "")
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def aba(prefix8):
    """A 9-digit ABA routing number: 8 given digits plus the check digit."""
    assert re.fullmatch(r"[0-9]{8}", prefix8)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(d) * k for d, k in zip(prefix8, w))
    value = prefix8 + str((10 - s % 10) % 10)
    assert aba_ok(value), value
    return value


def aba_ok(value):
    if not re.fullmatch(r"[0-9]{9}", value):
        return False
    w = [3, 7, 1, 3, 7, 1, 3, 7, 1]
    return sum(int(d) * k for d, k in zip(value, w)) % 10 == 0


def bic_ok(value):
    return re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", value) is not None


_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(s):
    """Digits in full width, as many Japanese invoices write them."""
    return s.translate(_FW)


_HW = str.maketrans("０１２３４５６７８９－−，", "0123456789--,")


def halfwidth(s):
    return s.translate(_HW)


# ---------------------------------------------------------------- finders for the checks

IBAN_RE = re.compile(r"\b([A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
ABA_RE = re.compile(r"(?i)(?:ABA|routing|RTN|ルーティング)[^0-9\n]{0,40}([0-9]{9})\b")


def find_ibans(text):
    out = []
    for m in IBAN_RE.finditer(text):
        v = m.group(1).replace(" ", "")
        if v[:2] in IBAN_LENGTH:
            out.append(v)
    return out


def find_abas(text):
    return [m.group(1) for m in ABA_RE.finditer(halfwidth(text))]
