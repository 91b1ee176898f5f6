"""Writes the ZIP archives ZipArchiveTests reads, with Python's own zipfile (an encoder written
apart from becscope's reader). Usage: zip_fixtures.py FOLDER"""
import sys
import zipfile
import zlib

out = sys.argv[1]
MESSAGE = b"From: a@example.test\r\nTo: b@example.test\r\nSubject: zipped %d\r\n\r\nbody %d\r\n"

# A Maildir with a Maildir++ subfolder, deflated and stored entries, and folder entries.
with zipfile.ZipFile(f"{out}/maildir.zip", "w") as z:
    z.writestr("Maildir/", b"")
    z.writestr(zipfile.ZipInfo("Maildir/cur/"), b"")
    z.writestr("Maildir/cur/1700000000.M1P1.host:2,S", MESSAGE % (1, 1), zipfile.ZIP_DEFLATED)
    z.writestr("Maildir/new/1700000001.M2P1.host", MESSAGE % (2, 2), zipfile.ZIP_STORED)
    z.writestr("Maildir/tmp/1700000002.M3P1.host", MESSAGE % (3, 3), zipfile.ZIP_DEFLATED)
    z.writestr("Maildir/.Reported/cur/1700000003.M4P1.host:2,", MESSAGE % (4, 4), zipfile.ZIP_DEFLATED)
    z.writestr("Maildir/.Reported/new/.keep", b"", zipfile.ZIP_STORED)
    z.writestr("報告/転送.eml", MESSAGE % (5, 5), zipfile.ZIP_DEFLATED)

# Entries that must not be written as they are named.
with zipfile.ZipFile(f"{out}/hostile.zip", "w") as z:
    z.writestr("../../evil.eml", MESSAGE % (6, 6))
    z.writestr("a/../../evil2.eml", MESSAGE % (7, 7))
    z.writestr("/etc/cron.d/x", MESSAGE % (8, 8))
    z.writestr("..\\..\\win.eml", MESSAGE % (9, 9))
    link = zipfile.ZipInfo("link.eml")
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    z.writestr(link, b"/etc/passwd")
    z.writestr("bzip.eml", MESSAGE % (11, 11), zipfile.ZIP_BZIP2)
    z.writestr("ok.eml", MESSAGE % (12, 12), zipfile.ZIP_DEFLATED)
    z.writestr("...", MESSAGE % (13, 13))
    z.writestr("/".join(["d"] * 20) + "/deep.eml", MESSAGE % (14, 14))

# An entry marked encrypted (zipfile does not encrypt: the flag is set in both headers).
with zipfile.ZipFile(f"{out}/locked.zip", "w") as z:
    z.writestr("locked.eml", MESSAGE % (10, 10))
raw = bytearray(open(f"{out}/locked.zip", "rb").read())
for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
    raw[raw.index(signature) + offset] |= 1
open(f"{out}/locked.zip", "wb").write(bytes(raw))

# Two MiB of zeros each, deflated to a few KiB: bombs under small limits.
with zipfile.ZipFile(f"{out}/zeros.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for n in range(3):
        z.writestr(f"zeros-{n}.bin", bytes(2 << 20))

# An entry whose stored data does not match its CRC-32, and one whose deflated data is cut.
data = MESSAGE % (15, 15)
with zipfile.ZipFile(f"{out}/crc.zip", "w") as z:
    z.writestr("bad-crc.eml", data, zipfile.ZIP_STORED)
raw = bytearray(open(f"{out}/crc.zip", "rb").read())
at = raw.index(data)
raw[at] ^= 0xFF
open(f"{out}/crc.zip", "wb").write(bytes(raw))

# A deflated entry that declares fewer bytes than it inflates to (both headers patched).
with zipfile.ZipFile(f"{out}/liar.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("liar.eml", bytes(100_000))
raw = bytearray(open(f"{out}/liar.zip", "rb").read())
for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
    at = raw.index(signature) + offset
    raw[at : at + 4] = (1000).to_bytes(4, "little")
open(f"{out}/liar.zip", "wb").write(bytes(raw))

# Many empty entries.
with zipfile.ZipFile(f"{out}/many.zip", "w") as z:
    for n in range(300):
        z.writestr(f"m/{n}.eml", b"")
