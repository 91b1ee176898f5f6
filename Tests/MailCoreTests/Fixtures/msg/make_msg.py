#!/usr/bin/env python3
"""Deterministic generator for the Outlook .msg fixtures of becscope's MSG reader.

Run:  python3 make_msg.py            writes every fixture, expected.json
      python3 make_msg.py --check    writes them, then verifies them (own strict
                                     CFB/OXMSG/LZFu reader, olefile, extract_msg,
                                     Python's email) and prints a table

Standard library only for writing.  olefile, extract_msg and compressed_rtf are
imported only by --check, to verify the output with independent readers.

What is implemented here (see README.md for the section list):
  * an MS-CFB writer: version 3 (512-byte sectors), FAT with its sector list in
    the header DIFAT, mini FAT + mini stream (64-byte mini sectors) in the root
    entry for streams shorter than the 4096-byte cutoff, directory entries whose
    siblings form a balanced binary search tree ordered by (name length,
    uppercased UTF-16 code units) and coloured as a valid red-black tree;
  * an MS-OXMSG writer: property streams (32-byte header for the top message,
    24-byte header for an embedded message, 8-byte header for recipient and
    attachment objects, 16-byte entries), __substg1.0_ streams for variable
    length properties, recipient / attachment storages, embedded message
    storages, and a minimal __nameid_version1.0 storage;
  * an MS-OXRTFCP (LZFu) compressor with the 207-byte pre-loaded dictionary,
    longest-match back references and the spec's CRC-32 variant;
  * MS-OXRTFEX HTML encapsulation in RTF ({\\*\\htmltagN ...} and \\htmlrtf).

Every expected value in expected.json is a *source* value given to the writer,
never a value read back by a parser.
"""

import base64
import hashlib
import json
import struct
import sys
import zlib
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ===================================================================== MS-CFB

SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
MAXREGSECT = 0xFFFFFFFA
DIFSECT = 0xFFFFFFFC
FATSECT = 0xFFFFFFFD
ENDOFCHAIN = 0xFFFFFFFE
FREESECT = 0xFFFFFFFF
NOSTREAM = 0xFFFFFFFF
SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")

OBJ_UNKNOWN, OBJ_STORAGE, OBJ_STREAM, OBJ_ROOT = 0, 1, 2, 5
RED, BLACK = 0, 1


def cfb_upper(name):
    """Uppercase used for sibling ordering (MS-CFB 2.6.4): simple per-character
    uppercase; a character whose uppercase is not a single character is kept."""
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in name)


def cfb_key(name):
    """Sort key of MS-CFB 2.6.4: shorter names first, then code-unit compare of
    the uppercased UTF-16 names."""
    units = cfb_upper(name).encode("utf-16-be")
    return (len(units) // 2, units)


class DirEntry:
    def __init__(self, name, kind, data=None):
        self.name = name
        self.kind = kind          # OBJ_ROOT / OBJ_STORAGE / OBJ_STREAM
        self.data = data          # bytes for streams
        self.children = []        # DirEntry list for storages
        self.sid = None
        self.left = NOSTREAM
        self.right = NOSTREAM
        self.child = NOSTREAM
        self.color = BLACK
        self.start = 0
        self.size = 0
        self.path = name


def _tree_from(node_name, tree, kind):
    """tree: dict name -> bytes (stream) or dict (storage)."""
    entry = DirEntry(node_name, kind)
    for name in tree:
        if len(name) > 31:
            raise ValueError("CFB name too long: %r" % name)
        value = tree[name]
        if isinstance(value, dict):
            child = _tree_from(name, value, OBJ_STORAGE)
        else:
            child = DirEntry(name, OBJ_STREAM, bytes(value))
        entry.children.append(child)
    keys = [cfb_key(c.name) for c in entry.children]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate names (case-insensitive) under %r" % node_name)
    entry.children.sort(key=lambda c: cfb_key(c.name))
    return entry


def _balanced_tree(children):
    """Link sorted siblings as a balanced BST (median split) and colour it as a
    red-black tree: nodes on the deepest level are red when that level is not
    full, every other node is black (all null links then lie on the last two
    levels, so every root-to-leaf path has the same black count and no red node
    has a red parent).  Returns the root's stream ID."""
    if not children:
        return NOSTREAM
    depth = {}

    def rec(lo, hi, d):
        if lo > hi:
            return NOSTREAM
        mid = (lo + hi) // 2
        node = children[mid]
        depth[id(node)] = d
        node.left = rec(lo, mid - 1, d + 1)
        node.right = rec(mid + 1, hi, d + 1)
        return node.sid

    root = rec(0, len(children) - 1, 0)
    n = len(children)
    max_depth = max(depth.values())
    perfect = (n + 1) & n == 0
    for c in children:
        c.color = BLACK
        if not perfect and max_depth > 0 and depth[id(c)] == max_depth:
            c.color = RED
    return root


def _dir_entry_bytes(e):
    if e is None:  # unallocated entry
        return b"\0" * 64 + struct.pack("<HBBIII", 0, OBJ_UNKNOWN, RED,
                                        NOSTREAM, NOSTREAM, NOSTREAM) + b"\0" * 48
    name = e.name.encode("utf-16-le") + b"\0\0"
    return (name.ljust(64, b"\0")
            + struct.pack("<HBBIII", len(name), e.kind, e.color, e.left, e.right, e.child)
            + b"\0" * 16            # CLSID: zero
            + b"\0" * 4             # state bits
            + b"\0" * 8 + b"\0" * 8  # creation / modification time: zero
            + struct.pack("<IQ", e.start, e.size))


def build_cfb(tree):
    """Build a version 3 compound file from a nested dict.  Returns
    (bytes, layout) where layout lets the broken fixtures patch the image."""
    root = _tree_from("Root Entry", tree, OBJ_ROOT)

    # Stream IDs: breadth first, each storage's children in sorted order.
    entries = [root]
    root.sid = 0
    queue = [root]
    while queue:
        st = queue.pop(0)
        for c in st.children:
            c.sid = len(entries)
            c.path = c.name if st is root else st.path + "/" + c.name
            entries.append(c)
            if c.kind == OBJ_STORAGE:
                queue.append(c)
    for e in entries:
        if e.kind in (OBJ_ROOT, OBJ_STORAGE):
            e.child = _balanced_tree(e.children)
    root.color = BLACK

    # Mini stream: streams shorter than the cutoff, in stream ID order.
    mini_fat = []
    mini_stream = bytearray()
    big = []
    for e in entries:
        if e.kind != OBJ_STREAM:
            continue
        e.size = len(e.data)
        if e.size == 0:
            e.start = ENDOFCHAIN
        elif e.size < MINI_CUTOFF:
            n = -(-e.size // MINI_SECTOR)
            e.start = len(mini_fat)
            mini_fat.extend(range(e.start + 1, e.start + n))
            mini_fat.append(ENDOFCHAIN)
            mini_stream += e.data.ljust(n * MINI_SECTOR, b"\0")
        else:
            big.append(e)

    n_dir = -(-len(entries) // 4)
    n_minifat = -(-len(mini_fat) // 128)
    n_ministream = -(-len(mini_stream) // SECTOR)
    n_big = sum(-(-len(e.data) // SECTOR) for e in big)
    n_other = n_dir + n_minifat + n_ministream + n_big
    n_fat = 1
    while n_fat * 128 < n_fat + n_other:
        n_fat += 1
    if n_fat > 109:
        raise ValueError("more than 109 FAT sectors would need DIFAT sectors")

    fat = []
    fat_sectors = list(range(n_fat))
    fat.extend([FATSECT] * n_fat)

    def chain(count):
        first = len(fat)
        for i in range(count):
            fat.append(first + i + 1 if i < count - 1 else ENDOFCHAIN)
        return first

    dir_start = chain(n_dir)
    minifat_start = chain(n_minifat) if n_minifat else ENDOFCHAIN
    ministream_start = chain(n_ministream) if n_ministream else ENDOFCHAIN
    for e in big:
        e.start = chain(-(-len(e.data) // SECTOR))
    root.start = ministream_start
    root.size = len(mini_stream)
    n_sectors = len(fat)
    fat.extend([FREESECT] * (n_fat * 128 - len(fat)))

    header = bytearray(SECTOR)
    header[0:8] = SIGNATURE
    struct.pack_into("<HHHHH", header, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40,
                     0,                 # number of directory sectors (0 in v3)
                     n_fat,
                     dir_start,
                     0,                 # transaction signature
                     MINI_CUTOFF,
                     minifat_start,
                     n_minifat,
                     ENDOFCHAIN,        # first DIFAT sector: none
                     0)                 # number of DIFAT sectors
    difat = fat_sectors + [FREESECT] * (109 - n_fat)
    struct.pack_into("<109I", header, 76, *difat)

    body = bytearray()
    body += struct.pack("<%dI" % len(fat), *fat)
    dir_bytes = b"".join(_dir_entry_bytes(e) for e in entries)
    dir_bytes += _dir_entry_bytes(None) * (n_dir * 4 - len(entries))
    body += dir_bytes
    if n_minifat:
        mf = mini_fat + [FREESECT] * (n_minifat * 128 - len(mini_fat))
        body += struct.pack("<%dI" % len(mf), *mf)
    body += bytes(mini_stream).ljust(n_ministream * SECTOR, b"\0")
    for e in big:
        body += e.data.ljust(-(-len(e.data) // SECTOR) * SECTOR, b"\0")
    assert len(body) == n_sectors * SECTOR, (len(body), n_sectors)

    layout = {
        "fat_sectors": fat_sectors,
        "dir_sectors": list(range(dir_start, dir_start + n_dir)),
        "entries": {e.path if e is not root else "": e for e in entries},
        "n_sectors": n_sectors,
    }
    return bytes(header) + bytes(body), layout


def sector_offset(sect):
    return SECTOR + sect * SECTOR


def dir_entry_offset(layout, sid):
    return sector_offset(layout["dir_sectors"][sid // 4]) + (sid % 4) * 128


def fat_entry_offset(layout, sect):
    return sector_offset(layout["fat_sectors"][sect // 128]) + (sect % 128) * 4


# ============================================ strict CFB reader (for --check)


class CfbError(Exception):
    pass


class StrictCfb:
    """A small, strict reader used by --check to prove the writer's output obeys
    the invariants it claims (chains, tree order, red-black colouring)."""

    def __init__(self, data):
        self.data = data
        if len(data) < SECTOR or data[:8] != SIGNATURE:
            raise CfbError("no CFB signature")
        if len(data) % SECTOR:
            raise CfbError("file size is not a multiple of 512")
        minor, major, order, sshift, mshift = struct.unpack_from("<HHHHH", data, 24)
        if (major, order, sshift, mshift) != (3, 0xFFFE, 9, 6):
            raise CfbError("not a v3 little-endian 512/64 file")
        (n_dir, n_fat, dir_start, _sig, cutoff, mf_start, n_mf, difat_start,
         n_difat) = struct.unpack_from("<9I", data, 40)
        if n_dir != 0 or cutoff != MINI_CUTOFF or n_difat != 0 or difat_start != ENDOFCHAIN:
            raise CfbError("header field out of range")
        self.n_sectors = len(data) // SECTOR - 1
        difat = struct.unpack_from("<109I", data, 76)
        fat_secs = list(difat[:n_fat])
        if any(s != FREESECT for s in difat[n_fat:]):
            raise CfbError("DIFAT tail not FREESECT")
        fat = []
        for s in fat_secs:
            fat.extend(struct.unpack_from("<128I", data, self._off(s)))
        self.fat = fat
        for s in fat_secs:
            if fat[s] != FATSECT:
                raise CfbError("FAT sector %d not marked FATSECT" % s)
        self.owner = {s: "FAT" for s in fat_secs}
        dir_chain = self.chain(dir_start, "directory")
        dbytes = b"".join(data[self._off(s):self._off(s) + SECTOR] for s in dir_chain)
        self.entries = []
        for i in range(len(dbytes) // 128):
            raw = dbytes[i * 128:(i + 1) * 128]
            nlen, kind, color, left, right, child = struct.unpack_from("<HBBIII", raw, 64)
            start, size = struct.unpack_from("<IQ", raw, 116)
            name = raw[:max(nlen - 2, 0)].decode("utf-16-le") if kind else ""
            if kind and (raw[80:116] != b"\0" * 36):
                raise CfbError("entry %d: CLSID/state/times not zero" % i)
            self.entries.append(dict(name=name, kind=kind, color=color, left=left,
                                     right=right, child=child, start=start, size=size))
        root = self.entries[0]
        if root["kind"] != OBJ_ROOT or root["name"] != "Root Entry" or root["color"] != BLACK:
            raise CfbError("bad root entry")
        self.mini_fat = []
        if n_mf:
            for s in self.chain(mf_start, "mini FAT", expect=n_mf):
                self.mini_fat.extend(struct.unpack_from("<128I", data, self._off(s)))
        self.mini_stream = self._read_big(root["start"], root["size"], "mini stream")
        self.mini_owner = {}
        self.paths = {}
        self.seen = set()
        self._walk_storage(0, "")
        for i, e in enumerate(self.entries):
            if e["kind"] and i not in self.seen:
                raise CfbError("entry %d unreachable" % i)
        for s in range(self.n_sectors):
            if s not in self.owner and fat[s] != FREESECT:
                raise CfbError("sector %d allocated but unowned" % s)
        for s in range(self.n_sectors, len(fat)):
            if fat[s] != FREESECT:
                raise CfbError("FAT entry beyond EOF not free")

    def _off(self, s):
        if s >= self.n_sectors:
            raise CfbError("sector %d beyond end of file" % s)
        return SECTOR + s * SECTOR

    def chain(self, start, what, expect=None):
        out = []
        s = start
        while s != ENDOFCHAIN:
            if s > MAXREGSECT or s >= self.n_sectors:
                raise CfbError("%s: sector %#x out of range" % (what, s))
            if s in self.owner:
                raise CfbError("%s: sector %d reused (cycle or cross-link)" % (what, s))
            self.owner[s] = what
            out.append(s)
            s = self.fat[s]
        if expect is not None and len(out) != expect:
            raise CfbError("%s: chain length %d, expected %d" % (what, len(out), expect))
        return out

    def _read_big(self, start, size, what):
        if size == 0:
            if start not in (ENDOFCHAIN,):
                raise CfbError("%s: empty stream must start at ENDOFCHAIN" % what)
            return b""
        secs = self.chain(start, what, expect=-(-size // SECTOR))
        return b"".join(self.data[self._off(s):self._off(s) + SECTOR] for s in secs)[:size]

    def _read_mini(self, start, size, what):
        out = []
        s = start
        while s != ENDOFCHAIN:
            if s >= len(self.mini_fat) or (s + 1) * MINI_SECTOR > len(self.mini_stream):
                raise CfbError("%s: mini sector %d out of range" % (what, s))
            if s in self.mini_owner:
                raise CfbError("%s: mini sector %d reused" % (what, s))
            self.mini_owner[s] = what
            out.append(s)
            s = self.mini_fat[s]
        if len(out) != -(-size // MINI_SECTOR):
            raise CfbError("%s: mini chain length" % what)
        return b"".join(self.mini_stream[s * 64:(s + 1) * 64] for s in out)[:size]

    def _walk_storage(self, sid, prefix):
        if sid in self.seen:
            raise CfbError("directory cycle at %d" % sid)
        self.seen.add(sid)
        st = self.entries[sid]
        order = []
        black_heights = set()

        def visit(n, depth_black, parent_red, lo, hi, path_len):
            if n == NOSTREAM:
                black_heights.add(depth_black)
                return
            if n >= len(self.entries) or path_len > len(self.entries):
                raise CfbError("sibling pointer %#x out of range" % n)
            if n in self.seen:
                raise CfbError("directory cycle at %d" % n)
            self.seen.add(n)
            e = self.entries[n]
            if e["kind"] not in (OBJ_STORAGE, OBJ_STREAM):
                raise CfbError("entry %d: bad type in tree" % n)
            key = cfb_key(e["name"])
            if (lo is not None and key <= lo) or (hi is not None and key >= hi):
                raise CfbError("entry %d (%s): sibling order violated" % (n, e["name"]))
            red = e["color"] == RED
            if red and parent_red:
                raise CfbError("red entry %d has a red parent" % n)
            nb = depth_black + (0 if red else 1)
            visit(e["left"], nb, red, lo, key, path_len + 1)
            order.append(n)
            visit(e["right"], nb, red, key, hi, path_len + 1)

        if st["child"] != NOSTREAM and self.entries[st["child"]]["color"] == RED:
            raise CfbError("tree root %d is red" % st["child"])
        visit(st["child"], 0, False, None, None, 0)
        if len(black_heights) > 1:
            raise CfbError("unequal black heights under %r" % st["name"])
        for n in order:
            e = self.entries[n]
            path = prefix + e["name"]
            if e["kind"] == OBJ_STORAGE:
                if e["start"] != 0 or e["size"] != 0:
                    raise CfbError("storage %s has start/size" % path)
                self.paths[path] = None
                self.seen.discard(n)
                self._walk_storage(n, path + "/")
            else:
                if e["child"] != NOSTREAM:
                    raise CfbError("stream %s has a child" % path)
                if e["size"] >= 1 << 32:
                    raise CfbError("stream %s: size high dword set" % path)
                if e["size"] == 0:
                    if e["start"] != ENDOFCHAIN:
                        raise CfbError("empty stream %s not at ENDOFCHAIN" % path)
                    data = b""
                elif e["size"] < MINI_CUTOFF:
                    data = self._read_mini(e["start"], e["size"], path)
                else:
                    data = self._read_big(e["start"], e["size"], path)
                self.paths[path] = data


# ================================================================== MS-OXMSG

PT_SHORT = 0x0002
PT_LONG = 0x0003
PT_BOOLEAN = 0x000B
PT_OBJECT = 0x000D
PT_I8 = 0x0014
PT_STRING8 = 0x001E
PT_UNICODE = 0x001F
PT_SYSTIME = 0x0040
PT_BINARY = 0x0102

PROPATTR_READABLE_WRITABLE = 0x00000006

# Property tags (id << 16 | type); the type is chosen per message below.
PR_IMPORTANCE = 0x0017
PR_MESSAGE_CLASS = 0x001A
PR_SUBJECT = 0x0037
PR_CLIENT_SUBMIT_TIME = 0x0039
PR_SUBJECT_PREFIX = 0x003D
PR_SENT_REPRESENTING_NAME = 0x0042
PR_SENT_REPRESENTING_ADDRTYPE = 0x0064
PR_SENT_REPRESENTING_EMAIL_ADDRESS = 0x0065
PR_CONVERSATION_TOPIC = 0x0070
PR_TRANSPORT_MESSAGE_HEADERS = 0x007D
PR_SENDER_NAME = 0x0C1A
PR_SENDER_ADDRTYPE = 0x0C1E
PR_SENDER_EMAIL_ADDRESS = 0x0C1F
PR_RECIPIENT_TYPE = 0x0C15
PR_DISPLAY_BCC = 0x0E02
PR_DISPLAY_CC = 0x0E03
PR_DISPLAY_TO = 0x0E04
PR_MESSAGE_DELIVERY_TIME = 0x0E06
PR_MESSAGE_FLAGS = 0x0E07
PR_HASATTACH = 0x0E1B
PR_NORMALIZED_SUBJECT = 0x0E1D
PR_RTF_IN_SYNC = 0x0E1F
PR_ATTACH_SIZE = 0x0E20
PR_ATTACH_NUM = 0x0E21
PR_OBJECT_TYPE = 0x0FFE
PR_BODY = 0x1000
PR_RTF_COMPRESSED = 0x1009
PR_HTML = 0x1013
PR_INTERNET_MESSAGE_ID = 0x1035
PR_ROWID = 0x3000
PR_DISPLAY_NAME = 0x3001
PR_ADDRTYPE = 0x3002
PR_EMAIL_ADDRESS = 0x3003
PR_STORE_SUPPORT_MASK = 0x340D
PR_ATTACH_DATA = 0x3701  # _BIN (0102) or _OBJ (000D)
PR_ATTACH_EXTENSION = 0x3703
PR_ATTACH_FILENAME = 0x3704
PR_ATTACH_METHOD = 0x3705
PR_ATTACH_LONG_FILENAME = 0x3707
PR_RENDERING_POSITION = 0x370B
PR_ATTACH_MIME_TAG = 0x370E
PR_ATTACH_FLAGS = 0x3714
PR_DISPLAY_TYPE = 0x3900
PR_SMTP_ADDRESS = 0x39FE
PR_INTERNET_CPID = 0x3FDE
PR_MESSAGE_CODEPAGE = 0x3FFD
PR_SENDER_SMTP_ADDRESS = 0x5D01
PR_SENT_REPRESENTING_SMTP_ADDRESS = 0x5D02
PR_ATTACHMENT_HIDDEN = 0x7FFE

STORE_UNICODE_OK = 0x00040000
MSGFLAG_READ = 0x00000001
MAPI_TO = 1
MAPI_MAILUSER = 6
MAPI_ATTACH = 7
ATTACH_BY_VALUE = 1
ATTACH_EMBEDDED_MSG = 5


class Msg:
    """A message object: props is a list of (tag, value); recipients a list of
    prop lists; attachments a list of prop lists (an attachment whose
    PR_ATTACH_DATA_OBJ value is a Msg is an embedded message).  codepage is the
    Python codec used for PT_STRING8 values."""

    def __init__(self, props, recipients=(), attachments=(), codepage=None):
        self.props = list(props)
        self.recipients = [list(r) for r in recipients]
        self.attachments = [list(a) for a in attachments]
        self.codepage = codepage


def filetime(dt):
    """datetime (aware) -> FILETIME: 100 ns intervals since 1601-01-01 UTC."""
    epoch = datetime(1601, 1, 1, tzinfo=timezone.utc)
    delta = dt - epoch
    return (delta.days * 86400 + delta.seconds) * 10_000_000 + delta.microseconds * 10


def encode_properties(props, codepage, header, parent_storage):
    """Fill parent_storage (dict) with the property stream and one stream per
    variable length property; return nothing.  MS-OXMSG 2.4.2."""
    entries = []
    for tag, value in sorted(props, key=lambda p: p[0]):
        ptype = tag & 0xFFFF
        name = "__substg1.0_%08X" % tag
        if ptype == PT_LONG:
            fixed = struct.pack("<i", value) if value < 0 else struct.pack("<I", value)
            entries.append(struct.pack("<II", tag, PROPATTR_READABLE_WRITABLE) + fixed.ljust(8, b"\0"))
        elif ptype == PT_SHORT:
            entries.append(struct.pack("<IIh", tag, PROPATTR_READABLE_WRITABLE, value).ljust(16, b"\0"))
        elif ptype == PT_BOOLEAN:
            entries.append(struct.pack("<II", tag, PROPATTR_READABLE_WRITABLE)
                           + bytes([1 if value else 0]).ljust(8, b"\0"))
        elif ptype == PT_SYSTIME:
            entries.append(struct.pack("<IIQ", tag, PROPATTR_READABLE_WRITABLE, filetime(value)))
        elif ptype == PT_I8:
            entries.append(struct.pack("<IIq", tag, PROPATTR_READABLE_WRITABLE, value))
        elif ptype == PT_UNICODE:
            data = value.encode("utf-16-le")
            parent_storage[name] = data
            # Size = stream size + 2 (the terminating null the stream omits).
            entries.append(struct.pack("<IIII", tag, PROPATTR_READABLE_WRITABLE, len(data) + 2, 0))
        elif ptype == PT_STRING8:
            data = value if isinstance(value, bytes) else value.encode(codepage)
            parent_storage[name] = data
            # Size = stream size + 1 (terminating null byte).
            entries.append(struct.pack("<IIII", tag, PROPATTR_READABLE_WRITABLE, len(data) + 1, 0))
        elif ptype == PT_BINARY:
            parent_storage[name] = bytes(value)
            entries.append(struct.pack("<IIII", tag, PROPATTR_READABLE_WRITABLE, len(value), 0))
        elif ptype == PT_OBJECT:
            assert isinstance(value, Msg)
            parent_storage[name] = message_storage(value, embedded=True)
            # Embedded message / storage attachment: Size MUST be 0xFFFFFFFF.
            entries.append(struct.pack("<IIII", tag, PROPATTR_READABLE_WRITABLE, 0xFFFFFFFF, 0))
        else:
            raise ValueError("unsupported property type %04X" % ptype)
    parent_storage["__properties_version1.0"] = header + b"".join(entries)


def message_storage(msg, embedded=False):
    """Storage contents (dict) for a message object: the root of a .msg file or
    the __substg1.0_3701000D storage of an embedded message."""
    storage = {}
    n_recip, n_att = len(msg.recipients), len(msg.attachments)
    # Top level: 8 reserved, next recipient ID, next attachment ID, recipient
    # count, attachment count, 8 reserved = 32 bytes.  Embedded: the same
    # without the trailing 8 reserved bytes = 24 bytes.
    header = b"\0" * 8 + struct.pack("<IIII", n_recip, n_att, n_recip, n_att)
    if not embedded:
        header += b"\0" * 8
    encode_properties(msg.props, msg.codepage, header, storage)
    for i, rprops in enumerate(msg.recipients):
        sub = {}
        encode_properties(rprops, msg.codepage, b"\0" * 8, sub)
        storage["__recip_version1.0_#%08X" % i] = sub
    for i, aprops in enumerate(msg.attachments):
        sub = {}
        encode_properties(aprops, msg.codepage, b"\0" * 8, sub)
        storage["__attach_version1.0_#%08X" % i] = sub
    if not embedded:
        # Named property mapping storage: GUID, entry and string streams, empty.
        storage["__nameid_version1.0"] = {
            "__substg1.0_00020102": b"",
            "__substg1.0_00030102": b"",
            "__substg1.0_00040102": b"",
        }
    return storage


def build_msg(msg):
    return build_cfb(message_storage(msg))


def tag(pid, ptype):
    return (pid << 16) | ptype


# ================================================ MS-OXRTFCP (compressed RTF)

LZFU_PRELOAD = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss "
    b"\\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier"
    b"{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"
)
assert len(LZFU_PRELOAD) == 207
COMPTYPE_LZFU = 0x75465A4C   # "LZFu"
COMPTYPE_MELA = 0x414C454D   # "MELA" (uncompressed)


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


CRC_TABLE = _crc_table()


def rtfcp_crc(data):
    """MS-OXRTFCP 2.1.3.2: CRC-32 table, initial value 0, no final XOR."""
    crc = 0
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc


def lzfu_compress(raw):
    """Compress with longest-match references into the 4096-byte circular
    dictionary (pre-loaded with the 207-byte string, write offset 207).  A
    reference is 16 bits big-endian: 12-bit dictionary offset, 4-bit length-2.
    A reference whose offset equals the write offset ends the stream."""
    dic = bytearray(4096)
    dic[:207] = LZFU_PRELOAD
    initialised = [i < 207 for i in range(4096)]
    where = {}
    for i in range(207):
        where.setdefault(dic[i], set()).add(i)
    wp = 207
    tokens = []
    pos = 0
    while pos < len(raw):
        maxlen = min(17, len(raw) - pos)
        best_len, best_off, best_dist = 0, 0, 0
        for o in sorted(where.get(raw[pos], ())):
            if o == wp:
                continue
            n = 0
            while n < maxlen:
                idx = (o + n) & 0xFFF
                d = (idx - wp) & 0xFFF
                if d < n:
                    b = raw[pos + d]            # byte written earlier by this copy
                elif initialised[idx]:
                    b = dic[idx]
                else:
                    break
                if b != raw[pos + n]:
                    break
                n += 1
            dist = (wp - o) & 0xFFF
            if n > best_len or (n == best_len and n and dist < best_dist):
                best_len, best_off, best_dist = n, o, dist
        if best_len >= 2:
            tokens.append((True, struct.pack(">H", (best_off << 4) | (best_len - 2))))
            count = best_len
        else:
            tokens.append((False, raw[pos:pos + 1]))
            count = 1
        for i in range(count):
            p = (wp + i) & 0xFFF
            if initialised[p]:
                where[dic[p]].discard(p)
            dic[p] = raw[pos + i]
            initialised[p] = True
            where.setdefault(dic[p], set()).add(p)
        wp = (wp + count) & 0xFFF
        pos += count
    tokens.append((True, struct.pack(">H", wp << 4)))   # end marker
    out = bytearray()
    for i in range(0, len(tokens), 8):
        run = tokens[i:i + 8]
        control = 0
        for bit, (is_ref, _) in enumerate(run):
            if is_ref:
                control |= 1 << bit
        out.append(control)
        for _, data in run:
            out += data
    return bytes(out)


def rtf_compress(raw):
    """PR_RTF_COMPRESSED value: 16-byte header + LZFu data."""
    comp = lzfu_compress(raw)
    return struct.pack("<IIII", len(comp) + 12, len(raw), COMPTYPE_LZFU, rtfcp_crc(comp)) + comp


def rtf_decompress(blob):
    """Reference decompressor used by --check (also validates size and CRC)."""
    compsize, rawsize, comptype, crc = struct.unpack_from("<IIII", blob, 0)
    if compsize != len(blob) - 4:
        raise ValueError("COMPSIZE mismatch")
    data = blob[16:]
    if comptype == COMPTYPE_MELA:
        return data[:rawsize]
    if comptype != COMPTYPE_LZFU or rtfcp_crc(data) != crc:
        raise ValueError("bad COMPTYPE or CRC")
    dic = bytearray(4096)
    dic[:207] = LZFU_PRELOAD
    wp = 207
    out = bytearray()
    i = 0
    refs = 0
    while i < len(data):
        control = data[i]
        i += 1
        for bit in range(8):
            if i >= len(data):
                raise ValueError("ran off the end without an end marker")
            if control & (1 << bit):
                word = (data[i] << 8) | data[i + 1]
                i += 2
                off, length = word >> 4, (word & 0xF) + 2
                if off == wp:
                    if len(out) != rawsize:
                        raise ValueError("RAWSIZE mismatch")
                    return bytes(out), refs
                refs += 1
                for k in range(length):
                    b = dic[(off + k) & 0xFFF]
                    out.append(b)
                    dic[wp] = b
                    wp = (wp + 1) & 0xFFF
            else:
                b = data[i]
                i += 1
                out.append(b)
                dic[wp] = b
                wp = (wp + 1) & 0xFFF
    raise ValueError("no end marker")


# ============================================== MS-OXRTFEX HTML encapsulation


def rtf_escape_text(text, codepage="cp1252"):
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\par\n")
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) < 0x80:
            out.append(ch)
        else:
            try:
                out.append("".join("\\'%02x" % b for b in ch.encode(codepage)))
            except UnicodeEncodeError:
                code = ord(ch)
                out.append("\\u%d?" % (code - 65536 if code > 32767 else code))
    return "".join(out)


# HTML tag -> \htmltagN parameter as Outlook writes them for common tags.  The
# parameter is only a hint for round-tripping (MS-OXRTFEX 2.1.3.1.3); readers
# that de-encapsulate take the tag text that follows it.
HTMLTAG_PARAM = {
    "html": 19, "/html": 27, "head": 34, "/head": 41, "meta": 161, "title": 177,
    "/title": 185, "style": 241, "/style": 249, "body": 50, "/body": 58,
    "div": 96, "/div": 104, "p": 64, "/p": 72, "a": 84, "/a": 92, "br": 112,
    "span": 84, "/span": 92, "b": 84, "/b": 92,
}


def encapsulate_html(parts):
    """Build HTML-encapsulated RTF.  parts is a list of ("tag", html) |
    ("text", text) | ("par",) | ("link", url) items; returns (rtf bytes, html
    str) where html is exactly what a de-encapsulator must produce."""
    rtf = [
        "{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl\r\n",
        "{\\f0\\fswiss\\fcharset0 Arial;}\r\n",
        "{\\f1\\fmodern Courier New;}\r\n",
        "{\\f2\\fnil\\fcharset2 Symbol;}\r\n",
        "{\\f3\\fmodern\\fcharset0 Courier New;}\r\n",
        "{\\f4\\fswiss\\fcharset0 Calibri;}}\r\n",
        "{\\colortbl\\red0\\green0\\blue0;\\red5\\green99\\blue193;}\r\n",
        "\\uc1\\pard\\plain\\deftab360 \\f0\\fs24 \r\n",
    ]
    html = []
    for item in parts:
        kind = item[0]
        if kind == "tag":
            source = item[1]
            name = source[1:].split(">")[0].split()[0].lower()
            param = HTMLTAG_PARAM.get(name, 64)
            body = rtf_escape_text(source).replace("\\par\n", "\\par ")
            rtf.append("{\\*\\htmltag%d %s}" % (param, body))
            html.append(source)
            if name in ("/p", "br", "/div"):
                rtf.append("\\htmlrtf \\par\r\n\\htmlrtf0 ")
            elif name in ("/head", "/style", "/title"):
                rtf.append("\r\n")
        elif kind == "nl":
            # A line break in the HTML source between tags: carried inside an
            # htmltag group so it comes back as CRLF and the RTF ignores it.
            rtf.append("{\\*\\htmltag0 \\par }\r\n")
            html.append("\r\n")
        elif kind == "text":
            rtf.append(rtf_escape_text(item[1]))
            html.append(item[1])
        elif kind == "entity":
            # An HTML entity: kept in an htmltag group for the HTML, and the
            # character it stands for given to RTF readers inside \htmlrtf.
            rtf.append("{\\*\\htmltag84 %s}\\htmlrtf %s\\htmlrtf0 " % (item[1], rtf_escape_text(item[2])))
            html.append(item[1])
        elif kind == "link":
            url = item[1]
            open_tag = '<a href="%s">' % url
            rtf.append("{\\*\\htmltag84 %s}" % open_tag)
            rtf.append('\\htmlrtf {\\field{\\*\\fldinst{HYPERLINK "%s"}}{\\fldrslt\\cf1\\ul \\htmlrtf0 ' % url)
            rtf.append(rtf_escape_text(url))
            rtf.append("\\htmlrtf }}\\htmlrtf0 ")
            rtf.append("{\\*\\htmltag92 </a>}")
            html.append(open_tag + url + "</a>")
        else:
            raise ValueError(kind)
    rtf.append("}")
    return "".join(rtf).encode("ascii"), "".join(html)


RTF_SYMBOLS = {"lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
               "rdblquote": "\u201d", "endash": "\u2013", "emdash": "\u2014",
               "bullet": "\u2022", "emspace": "\u2003", "enspace": "\u2002"}


def deencapsulate_html(rtf):
    """MS-OXRTFEX 2.1.3.1 de-encapsulation, as used by --check: keep the text of
    {\\*\\htmltagN ...} groups and plain text outside \\htmlrtf ... \\htmlrtf0,
    with \\par -> CRLF, \\tab -> TAB, \\'hh -> byte hh, \\{ \\} \\\\ -> literal;
    drop other control words and destinations.  Returns bytes in the RTF's
    code page."""
    s = rtf
    out = bytearray()
    i = 0
    depth = 0
    htmlrtf = False
    tag_depth = None       # depth of the current htmltag group
    skip_depth = None      # depth of an ignored destination
    while i < len(s):
        c = s[i:i + 1]
        if c == b"{":
            depth += 1
            i += 1
            if s.startswith(b"\\*\\htmltag", i) and skip_depth is None:
                j = i + len(b"\\*\\htmltag")
                while s[j:j + 1].isdigit():
                    j += 1
                if s[j:j + 1] == b" ":
                    j += 1
                tag_depth = depth
                i = j
            elif s.startswith(b"\\*", i) or s.startswith(b"\\fonttbl", i) or s.startswith(b"\\colortbl", i):
                if skip_depth is None and tag_depth is None:
                    skip_depth = depth
            continue
        if c == b"}":
            if skip_depth == depth:
                skip_depth = None
            if tag_depth == depth:
                tag_depth = None
            depth -= 1
            i += 1
            continue
        emitting = skip_depth is None and (tag_depth is not None or not htmlrtf)
        if c == b"\\":
            nxt = s[i + 1:i + 2]
            if nxt in (b"\\", b"{", b"}"):
                if emitting:
                    out += nxt
                i += 2
                continue
            if nxt == b"'":
                if emitting:
                    out.append(int(s[i + 2:i + 4], 16))
                i += 4
                continue
            j = i + 1
            while s[j:j + 1].isalpha():
                j += 1
            word = s[i + 1:j].decode()
            k = j
            if s[k:k + 1] == b"-" or s[k:k + 1].isdigit():
                k += 1
                while s[k:k + 1].isdigit():
                    k += 1
            param = s[j:k]
            if s[k:k + 1] == b" ":
                k += 1
            i = k
            if word == "htmlrtf":
                htmlrtf = param != b"0"
            elif word == "par" and emitting:
                out += b"\r\n"
            elif word == "tab" and emitting:
                out += b"\t"
            continue
        if c in (b"\r", b"\n"):
            i += 1
            continue
        if emitting:
            out += c
        i += 1
    return bytes(out)


def rtf_to_text(rtf):
    """Tiny RTF text extractor used by --check for the plain-RTF fixture:
    skips destinations ({\\* ...}, fonttbl, colortbl, stylesheet, info), maps
    \\par/\\line to newlines, \\tab to a tab, \\'hh via cp1252, \\uN."""
    s = rtf.decode("latin-1")
    out = []
    stack = []
    skip = False
    uc = 1
    pending_skip = 0
    i = 0
    skip_dests = {"fonttbl", "colortbl", "stylesheet", "info", "generator", "pict"}
    while i < len(s):
        c = s[i]
        if c == "{":
            stack.append((skip, uc))
            i += 1
            if s.startswith("\\*", i):
                skip = True
            continue
        if c == "}":
            skip, uc = stack.pop() if stack else (False, 1)
            i += 1
            continue
        if c == "\\":
            i += 1
            ch = s[i]
            if ch in "\\{}":
                if not skip:
                    out.append(ch)
                i += 1
                continue
            if ch == "'":
                if not skip and not pending_skip:
                    out.append(bytes([int(s[i + 1:i + 3], 16)]).decode("cp1252"))
                pending_skip = max(0, pending_skip - 1)
                i += 3
                continue
            if ch == "*":
                i += 1
                continue
            j = i
            while j < len(s) and s[j].isalpha():
                j += 1
            word = s[i:j]
            k = j
            if k < len(s) and (s[k] == "-" or s[k].isdigit()):
                k += 1
                while k < len(s) and s[k].isdigit():
                    k += 1
            param = s[j:k]
            if k < len(s) and s[k] == " ":
                k += 1
            i = k
            if word in skip_dests:
                skip = True
            elif skip:
                pass
            elif word in ("par", "line"):
                out.append("\n")
            elif word == "tab":
                out.append("\t")
            elif word in RTF_SYMBOLS:
                out.append(RTF_SYMBOLS[word])
            elif word == "uc":
                uc = int(param)
            elif word == "u":
                v = int(param)
                out.append(chr(v + 65536 if v < 0 else v))
                pending_skip = uc
            continue
        if c in "\r\n":
            i += 1
            continue
        if not skip:
            if pending_skip:
                pending_skip -= 1
            else:
                out.append(c)
        i += 1
    return "".join(out)


# ================================================================= content

JST_OFFSET = "+0900"
SUBJECT_JA = "至急のお願い"
LURE_FROM_NAME = "山田 太郎"
LURE_FROM_ADDR = "ejbjebduffy@optimum.net"
VICTIM_NAME = "高田 健"
VICTIM_ADDR = "takada.ken@hisui-denki.example"
SECURITY_NAME = "情報セキュリティ窓口"
SECURITY_ADDR = "security@hisui-denki.example"
ORIGIN_IP = "155.94.251.82"

# Mon, 09 Mar 2026 21:12:07 -0400 = 2026-03-10T01:12:07Z
LURE_SENT = datetime(2026, 3, 10, 1, 12, 7, tzinfo=timezone.utc)
LURE_DELIVERED = datetime(2026, 3, 10, 1, 12, 10, tzinfo=timezone.utc)
REPORT_SENT = datetime(2026, 3, 10, 1, 38, 12, tzinfo=timezone.utc)
REPORT_EML_SENT = datetime(2026, 3, 10, 1, 41, 5, tzinfo=timezone.utc)

# The lure of report-1.eml (Tests/InvestigationTests/Fixtures/case), addressed
# here to 高田 健 and extended with the LINE request and a confidentiality
# line.  "～" is U+FF5E FULLWIDTH TILDE: CP932 0x8160, which strict Shift_JIS
# decoders turn into U+301C WAVE DASH instead.
LURE_BODY = (
    "高田さん\r\n"
    "\r\n"
    "お疲れさまです。山田です。\r\n"
    "内々に進めたい案件があり、至急お願いしたいことがあります。\r\n"
    "この件は社内の他の方にはまだ内密にしてください。\r\n"
    "このメールを読んだら、まずは返信をください。\r\n"
    "今後の連絡はLINEで行いたいので、LINEのグループを作成して、\r\n"
    "QRコードをこのメールへの返信で送ってください。\r\n"
    "\r\n"
    "本日は10時～18時まで社外での打ち合わせが続くため、電話には出られません。\r\n"
    "よろしくお願いします。\r\n"
    "\r\n"
    "山田\r\n"
)
LURE_PHRASE = "LINEのグループを作成して、"
LURE_PHRASE_CP932 = "10時～18時"


def lure_props(string_type, message_id, extra=()):
    s = string_type
    props = [
        (tag(PR_MESSAGE_CLASS, s), "IPM.Note"),
        (tag(PR_SUBJECT, s), SUBJECT_JA),
        (tag(PR_SUBJECT_PREFIX, s), ""),
        (tag(PR_NORMALIZED_SUBJECT, s), SUBJECT_JA),
        (tag(PR_CONVERSATION_TOPIC, s), SUBJECT_JA),
        (tag(PR_SENDER_NAME, s), LURE_FROM_NAME),
        (tag(PR_SENDER_ADDRTYPE, s), "SMTP"),
        (tag(PR_SENDER_EMAIL_ADDRESS, s), LURE_FROM_ADDR),
        (tag(PR_SENDER_SMTP_ADDRESS, s), LURE_FROM_ADDR),
        (tag(PR_SENT_REPRESENTING_NAME, s), LURE_FROM_NAME),
        (tag(PR_SENT_REPRESENTING_ADDRTYPE, s), "SMTP"),
        (tag(PR_SENT_REPRESENTING_EMAIL_ADDRESS, s), LURE_FROM_ADDR),
        (tag(PR_SENT_REPRESENTING_SMTP_ADDRESS, s), LURE_FROM_ADDR),
        (tag(PR_DISPLAY_TO, s), VICTIM_NAME),
        (tag(PR_DISPLAY_CC, s), ""),
        (tag(PR_DISPLAY_BCC, s), ""),
        (tag(PR_INTERNET_MESSAGE_ID, s), message_id),
        (tag(PR_CLIENT_SUBMIT_TIME, PT_SYSTIME), LURE_SENT),
        (tag(PR_MESSAGE_DELIVERY_TIME, PT_SYSTIME), LURE_DELIVERED),
        (tag(PR_MESSAGE_FLAGS, PT_LONG), MSGFLAG_READ),
        (tag(PR_IMPORTANCE, PT_LONG), 1),
    ]
    props.extend(extra)
    return props


def smtp_recipient(string_type, name, addr, kind=MAPI_TO, rowid=0):
    s = string_type
    return [
        (tag(PR_RECIPIENT_TYPE, PT_LONG), kind),
        (tag(PR_ROWID, PT_LONG), rowid),
        (tag(PR_OBJECT_TYPE, PT_LONG), MAPI_MAILUSER),
        (tag(PR_DISPLAY_TYPE, PT_LONG), 0),
        (tag(PR_DISPLAY_NAME, s), name),
        (tag(PR_ADDRTYPE, s), "SMTP"),
        (tag(PR_EMAIL_ADDRESS, s), addr),
        (tag(PR_SMTP_ADDRESS, s), addr),
    ]


def ex_dn(alias):
    return ("/O=HISUI-DENKI/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)"
            "/CN=RECIPIENTS/CN=" + alias.upper())


def lure_msg_unicode(message_id):
    props = lure_props(PT_UNICODE, message_id, [
        (tag(PR_BODY, PT_UNICODE), LURE_BODY),
        (tag(PR_HASATTACH, PT_BOOLEAN), False),
        (tag(PR_STORE_SUPPORT_MASK, PT_LONG), 0x00040E79),
        (tag(PR_INTERNET_CPID, PT_LONG), 65001),
        (tag(PR_MESSAGE_CODEPAGE, PT_LONG), 932),
    ])
    return Msg(props, recipients=[smtp_recipient(PT_UNICODE, VICTIM_NAME, VICTIM_ADDR)])


# ---------------------------------------------------------------- fixture 1

def fixture_cp932():
    mid = "<1773105127.3C41A7E2B90D@mta-07.optimum.net>"
    props = lure_props(PT_STRING8, mid, [
        (tag(PR_BODY, PT_STRING8), LURE_BODY),
        (tag(PR_HASATTACH, PT_BOOLEAN), False),
        (tag(PR_MESSAGE_CODEPAGE, PT_LONG), 932),
        (tag(PR_INTERNET_CPID, PT_LONG), 932),
    ])
    msg = Msg(props, recipients=[smtp_recipient(PT_STRING8, VICTIM_NAME, VICTIM_ADDR)],
              codepage="cp932")
    expected = {
        "subject": SUBJECT_JA,
        "sender": {"name": LURE_FROM_NAME, "address": LURE_FROM_ADDR},
        "recipients": [{"kind": "to", "name": VICTIM_NAME, "address": VICTIM_ADDR}],
        "date": rfc3339(LURE_SENT),
        "delivery_date": rfc3339(LURE_DELIVERED),
        "message_id": mid,
        "body_contains": [LURE_PHRASE, LURE_PHRASE_CP932],
        "body_source": "PR_BODY (PT_STRING8, code page 932)",
        "string_type": "PT_STRING8",
        "codepage": 932,
        "attachments": [],
        "transport_headers": False,
        "originating_ip": None,
        "notes": "Every string property is PT_STRING8 (001E) in CP932; no 001F stream exists. "
                 "PR_MESSAGE_CODEPAGE and PR_INTERNET_CPID are both 932. The body contains "
                 "U+FF5E FULLWIDTH TILDE (CP932 0x8160), which a strict Shift_JIS decoder "
                 "maps to U+301C: the second body_contains phrase checks CP932 decoding. "
                 "PR_DISPLAY_CC/PR_DISPLAY_BCC are zero-length streams (start sector ENDOFCHAIN).",
    }
    return msg, expected


# ---------------------------------------------------------------- fixture 2

def iso2022_ew(text):
    return "=?ISO-2022-JP?B?%s?=" % base64.b64encode(text.encode("iso2022_jp")).decode()


def fake_pdf():
    """A deterministic, well-formed PDF of about 66 KB (an invoice whose
    content stream lists many rows), so that the data stream needs regular
    sectors and the file needs two FAT sectors."""
    lines = [b"BT /F1 14 Tf 50 800 Td (INVOICE 2026-03 / Hisui Denki) Tj ET"]
    y = 770
    for i in range(1, 930):
        if y < 40:
            y = 770
        lines.append(b"BT /F1 8 Tf 50 %d Td (Line %04d  Consulting services  JPY %7d) Tj ET"
                     % (y, i, (i * 7919) % 1000000))
        y -= 10
    content = b"\n".join(lines) + b"\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def transport_header_block(mid, boundary):
    lines = [
        "Received: from mx.hisui-denki.example (10.20.0.10) by",
        " mbx01.hisui-denki.example (10.20.0.31) with Microsoft SMTP Server",
        " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id",
        " 15.2.1544.4; Tue, 10 Mar 2026 10:12:11 +0900",
        "Return-Path: <%s>" % LURE_FROM_ADDR,
        "Authentication-Results: mx.hisui-denki.example;",
        "\tspf=pass (mx.hisui-denki.example: domain of %s designates 192.0.2.44 as permitted sender) smtp.mailfrom=optimum.net;" % LURE_FROM_ADDR,
        "\tdkim=none (message not signed);",
        "\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=optimum.net",
        "Received: from omta-04.optimum.net (omta-04.optimum.net [192.0.2.44])",
        "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))",
        "\tby mx.hisui-denki.example (Postfix) with ESMTPS id 4fQ2cR7JmXz1",
        "\tfor <%s>; Tue, 10 Mar 2026 10:12:10 +0900 (JST)" % VICTIM_ADDR,
        "Received: from mta-07.optimum.net ([192.0.2.17])",
        "\tby omta-04.optimum.net with ESMTP id 2a6f0c91e4d7b3;",
        "\tMon, 09 Mar 2026 21:12:08 -0400",
        "Received: from [%s] (unknown [%s])" % (ORIGIN_IP, ORIGIN_IP),
        "\tby mta-07.optimum.net with ESMTPSA id 9C20D5E1A4F7;",
        "\tMon, 09 Mar 2026 21:12:07 -0400",
        "X-Authenticated-Sender: %s" % LURE_FROM_ADDR,
        "X-Originating-IP: [%s]" % ORIGIN_IP,
        "From: %s <%s>" % (iso2022_ew(LURE_FROM_NAME), LURE_FROM_ADDR),
        "To: %s <%s>" % (iso2022_ew(VICTIM_NAME), VICTIM_ADDR),
        "Subject: %s" % iso2022_ew(SUBJECT_JA),
        "Date: Mon, 09 Mar 2026 21:12:07 -0400",
        "Message-ID: %s" % mid,
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed;",
        '\tboundary="%s"' % boundary,
        "X-MS-Exchange-Organization-AuthSource: mbx01.hisui-denki.example",
        "X-MS-Exchange-Organization-AuthAs: Anonymous",
    ]
    return "\r\n".join(lines) + "\r\n\r\n"


TRANSPORT_BODY = LURE_BODY.replace(
    "このメールを読んだら、まずは返信をください。\r\n",
    "このメールを読んだら、まずは返信をください。\r\n"
    "添付の請求書の支払いについても、あわせて相談させてください。\r\n")


def lure_html(body_text, size):
    paras = body_text.strip("\r\n").split("\r\n\r\n")
    html_paras = "".join("<p>%s</p>\r\n" % p.replace("\r\n", "<br>\r\n") for p in paras)
    head = ('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n'
            '</head>\r\n<body lang="JA">\r\n<div style="font-family:\'Yu Gothic\',sans-serif;font-size:11pt">\r\n')
    tail_open = "</div>\r\n"
    tail_close = "</body>\r\n</html>\r\n"
    html = (head + html_paras + tail_open).encode("utf-8")
    closing = tail_close.encode("utf-8")
    pad = size - len(html) - len(closing)
    if pad < 9:
        raise ValueError("HTML body too long for %d bytes" % size)
    # Pad with an HTML comment so that the stream is exactly `size` bytes.
    filler = ("<!--" + "-" * 0 + " " * (pad - 9) + "-->\r\n").encode("ascii")
    assert len(filler) == pad
    out = html + filler + closing
    assert len(out) == size
    return out


def fixture_transport():
    mid = "<1773105127.2B7C90A4E3F1@mta-07.optimum.net>"
    boundary = "----=_Part_4471_1190253477.1773105127881"
    headers = transport_header_block(mid, boundary)
    pdf = fake_pdf()
    html = lure_html(TRANSPORT_BODY, 4096)
    long_name = "請求書_2026年3月分.pdf"
    short_name = "請求書~1.PDF"
    props = lure_props(PT_UNICODE, mid, [
        (tag(PR_TRANSPORT_MESSAGE_HEADERS, PT_UNICODE), headers),
        (tag(PR_BODY, PT_UNICODE), TRANSPORT_BODY),
        (tag(PR_HTML, PT_BINARY), html),
        (tag(PR_HASATTACH, PT_BOOLEAN), True),
        (tag(PR_STORE_SUPPORT_MASK, PT_LONG), 0x00040E79),
        (tag(PR_INTERNET_CPID, PT_LONG), 65001),
        (tag(PR_MESSAGE_CODEPAGE, PT_LONG), 932),
    ])
    attachment = [
        (tag(PR_ATTACH_NUM, PT_LONG), 0),
        (tag(PR_OBJECT_TYPE, PT_LONG), MAPI_ATTACH),
        (tag(PR_ATTACH_METHOD, PT_LONG), ATTACH_BY_VALUE),
        (tag(PR_RENDERING_POSITION, PT_LONG), -1),
        (tag(PR_ATTACH_SIZE, PT_LONG), len(pdf)),
        (tag(PR_ATTACH_FLAGS, PT_LONG), 0),
        (tag(PR_ATTACHMENT_HIDDEN, PT_BOOLEAN), False),
        (tag(PR_DISPLAY_NAME, PT_UNICODE), long_name),
        (tag(PR_ATTACH_EXTENSION, PT_UNICODE), ".pdf"),
        (tag(PR_ATTACH_FILENAME, PT_UNICODE), short_name),
        (tag(PR_ATTACH_LONG_FILENAME, PT_UNICODE), long_name),
        (tag(PR_ATTACH_MIME_TAG, PT_UNICODE), "application/pdf"),
        (tag(PR_ATTACH_DATA, PT_BINARY), pdf),
    ]
    msg = Msg(props, recipients=[smtp_recipient(PT_UNICODE, VICTIM_NAME, VICTIM_ADDR)],
              attachments=[attachment])
    expected = {
        "subject": SUBJECT_JA,
        "sender": {"name": LURE_FROM_NAME, "address": LURE_FROM_ADDR},
        "recipients": [{"kind": "to", "name": VICTIM_NAME, "address": VICTIM_ADDR}],
        "date": rfc3339(LURE_SENT),
        "delivery_date": rfc3339(LURE_DELIVERED),
        "message_id": mid,
        "body_contains": ["添付の請求書の支払いについても", LURE_PHRASE],
        "html_contains": ["<p>高田さん</p>", "LINEのグループを作成して、"],
        "html_size": len(html),
        "body_source": "PR_BODY (PT_UNICODE); PR_HTML (PT_BINARY, UTF-8, exactly 4096 bytes)",
        "string_type": "PT_UNICODE",
        "attachments": [{
            "name": long_name,
            "short_name": short_name,
            "size": len(pdf),
            "content_type": "application/pdf",
            "method": ATTACH_BY_VALUE,
            "sha256": sha256(pdf),
        }],
        "transport_headers": True,
        "originating_ip": ORIGIN_IP,
        "received_count": 4,
        "authentication_results": {"spf": "pass", "dkim": "none", "dmarc": "pass",
                                   "authserv_id": "mx.hisui-denki.example"},
        "header_from": "%s <%s>" % (LURE_FROM_NAME, LURE_FROM_ADDR),
        "notes": "PR_TRANSPORT_MESSAGE_HEADERS holds the original header block (CRLF). The topmost "
                 "Received is an internal Exchange hop (10.20.0.10 -> mbx01); the originating IP "
                 "is the client in the bottom Received (also X-Originating-IP). PR_HTML is exactly "
                 "4096 bytes, so it is the one stream at the mini-stream cutoff and lives in regular "
                 "sectors. The attachment data (%d bytes) is in regular sectors and the file needs "
                 "two FAT sectors. PR_ATTACH_FILENAME is a short name that differs from "
                 "PR_ATTACH_LONG_FILENAME: the long one is the name to report." % len(pdf),
    }
    return msg, expected


# ---------------------------------------------------------------- fixture 3

VENDOR_FROM_NAME = "Acme Supplies Accounts Receivable"
VENDOR_FROM_ADDR = "accounts@acme-supplies.example"
AP_NAME = "Accounts Payable"
AP_ADDR = "ap@hisui-denki.example"
VENDOR_SENT = datetime(2026, 3, 12, 14, 5, 33, tzinfo=timezone.utc)
PAY_URL = "https://invoice-portal.example/pay"


def vendor_html_parts():
    style = ("<style><!--\r\n"
             "/* Font Definitions */\r\n"
             "@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\r\n"
             "/* Style Definitions */\r\n"
             "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}\r\n"
             "a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}\r\n"
             "span.EmailStyle17 {mso-style-type:personal-compose; font-family:\"Calibri\",sans-serif; color:windowtext;}\r\n"
             ".MsoChpDefault {mso-style-type:export-only; font-family:\"Calibri\",sans-serif;}\r\n"
             "@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\r\n"
             "div.WordSection1 {page:WordSection1;}\r\n"
             "--></style>")
    paragraphs = [
        "Dear Accounts Payable Team,",
        "Please be advised that our banking details have changed following our annual audit. "
        "All outstanding invoices, including INV-2026-0418 (USD 48,750.00), must now be settled "
        "through our secure invoice portal:",
        None,  # the link paragraph
        "Payments sent to the previous account will be returned and may incur late fees. "
        "Kindly process this today to avoid a hold on your upcoming shipment, and do not reply "
        "to this thread with questions \u2013 our phone lines are being migrated this week.",
        "Best regards,",
        "Michael Grant",
        "Accounts Receivable | Acme Supplies Ltd.",
        VENDOR_FROM_ADDR,
    ]
    parts = [("tag", "<html>"), ("nl",), ("tag", "<head>"), ("nl",),
             ("tag", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'), ("nl",),
             ("tag", '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'), ("nl",),
             ("tag", style), ("nl",),
             ("tag", "</head>"), ("nl",),
             ("tag", '<body lang="EN-US" link="#0563C1" vlink="#954F72">'), ("nl",),
             ("tag", '<div class="WordSection1">'), ("nl",)]
    for p in paragraphs:
        parts.append(("tag", '<p class="MsoNormal">'))
        if p is None:
            parts.append(("link", PAY_URL))
        else:
            parts.append(("text", p))
        parts.append(("tag", "</p>"))
        parts.append(("nl",))
        parts.append(("tag", '<p class="MsoNormal">'))
        parts.append(("entity", "&nbsp;", "\u00a0"))
        parts.append(("tag", "</p>"))
        parts.append(("nl",))
    parts += [("tag", "</div>"), ("nl",), ("tag", "</body>"), ("nl",), ("tag", "</html>"), ("nl",)]
    return parts


def fixture_rtf_html():
    rtf, html = encapsulate_html(vendor_html_parts())
    comp = rtf_compress(rtf)
    subject = "Updated remittance details - Invoice INV-2026-0418"
    mid = "<SN6PR02MB4112A7C3E0D4F91B2C6E8A15D93C0@SN6PR02MB4112.namprd02.prod.acme-supplies.example>"
    s = PT_UNICODE
    props = [
        (tag(PR_MESSAGE_CLASS, s), "IPM.Note"),
        (tag(PR_SUBJECT, s), subject),
        (tag(PR_SUBJECT_PREFIX, s), ""),
        (tag(PR_NORMALIZED_SUBJECT, s), subject),
        (tag(PR_CONVERSATION_TOPIC, s), subject),
        (tag(PR_SENDER_NAME, s), VENDOR_FROM_NAME),
        (tag(PR_SENDER_ADDRTYPE, s), "SMTP"),
        (tag(PR_SENDER_EMAIL_ADDRESS, s), VENDOR_FROM_ADDR),
        (tag(PR_SENDER_SMTP_ADDRESS, s), VENDOR_FROM_ADDR),
        (tag(PR_SENT_REPRESENTING_NAME, s), VENDOR_FROM_NAME),
        (tag(PR_SENT_REPRESENTING_ADDRTYPE, s), "SMTP"),
        (tag(PR_SENT_REPRESENTING_EMAIL_ADDRESS, s), VENDOR_FROM_ADDR),
        (tag(PR_DISPLAY_TO, s), AP_NAME),
        (tag(PR_INTERNET_MESSAGE_ID, s), mid),
        (tag(PR_CLIENT_SUBMIT_TIME, PT_SYSTIME), VENDOR_SENT),
        (tag(PR_MESSAGE_DELIVERY_TIME, PT_SYSTIME), datetime(2026, 3, 12, 14, 5, 36, tzinfo=timezone.utc)),
        (tag(PR_MESSAGE_FLAGS, PT_LONG), MSGFLAG_READ),
        (tag(PR_IMPORTANCE, PT_LONG), 2),
        (tag(PR_HASATTACH, PT_BOOLEAN), False),
        (tag(PR_RTF_COMPRESSED, PT_BINARY), comp),
        (tag(PR_RTF_IN_SYNC, PT_BOOLEAN), True),
        (tag(PR_STORE_SUPPORT_MASK, PT_LONG), 0x00040E79),
        (tag(PR_INTERNET_CPID, PT_LONG), 20127),
        (tag(PR_MESSAGE_CODEPAGE, PT_LONG), 1252),
    ]
    msg = Msg(props, recipients=[smtp_recipient(s, AP_NAME, AP_ADDR)])
    expected = {
        "subject": subject,
        "sender": {"name": VENDOR_FROM_NAME, "address": VENDOR_FROM_ADDR},
        "recipients": [{"kind": "to", "name": AP_NAME, "address": AP_ADDR}],
        "date": rfc3339(VENDOR_SENT),
        "message_id": mid,
        "body_contains": ["must now be settled through our secure invoice portal:", PAY_URL],
        "html_contains": ['<a href="%s">' % PAY_URL, "Dear Accounts Payable Team,"],
        "links": [PAY_URL],
        "body_source": "PR_RTF_COMPRESSED only (HTML encapsulated in RTF, \\fromhtml1)",
        "rtf": {"from_html": True, "raw_size": len(rtf), "compressed_size": len(comp),
                "sha256_raw": sha256(rtf)},
        "deencapsulated_html_sha256": sha256(html.encode("cp1252")),
        "string_type": "PT_UNICODE",
        "attachments": [],
        "transport_headers": False,
        "originating_ip": None,
        "notes": "No PR_BODY and no PR_HTML: the reader must decompress PR_RTF_COMPRESSED "
                 "(LZFu with back references, some of them overlapping the write position and "
                 "some into the pre-loaded dictionary; the raw RTF is longer than 4096 - 207 bytes "
                 "so the dictionary wraps) and de-encapsulate the HTML (MS-OXRTFEX). "
                 "deencapsulated_html_sha256 is over the exact HTML that de-encapsulation must "
                 "give, as bytes in the RTF code page (\\ansicpg1252, and the HTML declares "
                 "windows-1252): CRLF line breaks (\\par inside htmltag groups), the U+2013 dash "
                 "as \\'96 = byte 0x96, and &nbsp; entities kept from htmltag groups while the "
                 "\\htmlrtf \\'a0\\htmlrtf0 copies are dropped. The link is both an <a href> in "
                 "the HTML and a HYPERLINK field inside \\htmlrtf for RTF readers.",
    }
    return msg, expected, rtf, html


# ---------------------------------------------------------------- fixture 3b

GIFT_FROM_NAME = "Taro Yamada"
GIFT_FROM_ADDR = "t.yamada.office@freemail.example"
GIFT_SENT = datetime(2026, 3, 11, 23, 47, 2, tzinfo=timezone.utc)


def plain_rtf():
    text = (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1033"
        "{\\fonttbl{\\f0\\fswiss\\fcharset0 Calibri;}{\\f1\\fnil\\fcharset2 Symbol;}}\r\n"
        "{\\colortbl ;\\red0\\green0\\blue255;}\r\n"
        "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"
        "\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang9 Ken,\\par\r\n"
        "Are you at your desk? I need you to purchase 5 Apple gift cards (USD 200 each) for a client "
        "today. Keep this \\'93between us\\'94 for now \\endash  I will explain later.\\par\r\n"
        "Scratch the back of each card and reply with photos of the codes as soon as you have them. "
        "I am in back-to-back meetings and can\\rquote t take calls.\\par\r\n"
        "\\tab Thanks,\\line Taro Yamada\\par\r\n"
        "{\\i Sent from my iPhone}\\par\r\n"
        "\\u23665?\\u30000?\\u22826?\\u-28466?\\par\r\n"
        "}\r\n"
    )
    return text.encode("ascii")


def fixture_rtf_plain():
    rtf = plain_rtf()
    comp = rtf_compress(rtf)
    subject = "Quick favor"
    mid = "<CAF3x7QpN0m1Zr8Tq2w@mail.freemail.example>"
    s = PT_UNICODE
    props = [
        (tag(PR_MESSAGE_CLASS, s), "IPM.Note"),
        (tag(PR_SUBJECT, s), subject),
        (tag(PR_NORMALIZED_SUBJECT, s), subject),
        (tag(PR_CONVERSATION_TOPIC, s), subject),
        (tag(PR_SENDER_NAME, s), GIFT_FROM_NAME),
        (tag(PR_SENDER_ADDRTYPE, s), "SMTP"),
        (tag(PR_SENDER_EMAIL_ADDRESS, s), GIFT_FROM_ADDR),
        (tag(PR_SENDER_SMTP_ADDRESS, s), GIFT_FROM_ADDR),
        (tag(PR_SENT_REPRESENTING_NAME, s), GIFT_FROM_NAME),
        (tag(PR_SENT_REPRESENTING_ADDRTYPE, s), "SMTP"),
        (tag(PR_SENT_REPRESENTING_EMAIL_ADDRESS, s), GIFT_FROM_ADDR),
        (tag(PR_DISPLAY_TO, s), "Ken Takada"),
        (tag(PR_INTERNET_MESSAGE_ID, s), mid),
        (tag(PR_CLIENT_SUBMIT_TIME, PT_SYSTIME), GIFT_SENT),
        (tag(PR_MESSAGE_DELIVERY_TIME, PT_SYSTIME), datetime(2026, 3, 11, 23, 47, 5, tzinfo=timezone.utc)),
        (tag(PR_MESSAGE_FLAGS, PT_LONG), MSGFLAG_READ),
        (tag(PR_HASATTACH, PT_BOOLEAN), False),
        (tag(PR_RTF_COMPRESSED, PT_BINARY), comp),
        (tag(PR_RTF_IN_SYNC, PT_BOOLEAN), True),
        (tag(PR_STORE_SUPPORT_MASK, PT_LONG), 0x00040E79),
        (tag(PR_INTERNET_CPID, PT_LONG), 1252),
        (tag(PR_MESSAGE_CODEPAGE, PT_LONG), 1252),
    ]
    msg = Msg(props, recipients=[smtp_recipient(s, "Ken Takada", VICTIM_ADDR)])
    expected = {
        "subject": subject,
        "sender": {"name": GIFT_FROM_NAME, "address": GIFT_FROM_ADDR},
        "recipients": [{"kind": "to", "name": "Ken Takada", "address": VICTIM_ADDR}],
        "date": rfc3339(GIFT_SENT),
        "message_id": mid,
        "body_contains": ["I need you to purchase 5 Apple gift cards (USD 200 each)",
                          "Keep this \u201cbetween us\u201d for now",
                          "can\u2019t take calls.",
                          "\u5c71\u7530\u592a\u90ce"],
        "body_must_not_contain": ["Calibri", "Riched20", "Symbol", "\\par"],
        "body_source": "PR_RTF_COMPRESSED only (plain RTF, not \\fromhtml1): text must come from the RTF",
        "rtf": {"from_html": False, "raw_size": len(rtf), "compressed_size": len(comp),
                "sha256_raw": sha256(rtf)},
        "string_type": "PT_UNICODE",
        "attachments": [],
        "transport_headers": False,
        "originating_ip": None,
        "notes": "Plain RTF: the reader must skip the font table, colour table and the "
                 "{\\*\\generator} destination, map \\par/\\line to line breaks, \\'93/\\'94 via "
                 "\\ansicpg1252, \\rquote, \\endash, and \\uN? with \\uc1 (the last line is "
                 "\\u23665?\\u30000?\\u22826?\\u-28466? = 山田太郎; the last one is a "
                 "negative (signed 16-bit) value).",
    }
    return msg, expected, rtf


# ---------------------------------------------------------------- fixture 4

REPORT_NOTE = (
    "情報セキュリティ窓口 御中\r\n"
    "\r\n"
    "営業部の高田です。\r\n"
    "山田社長の名前で、社外のアドレス（optimum.net）から至急の依頼メールが届きました。\r\n"
    "LINEのグループを作ってQRコードを送るよう求められていますが、返信はしていません。\r\n"
    "元のメールを添付しますので、ご確認をお願いします。\r\n"
    "\r\n"
    "営業部 高田 健\r\n"
)


def fixture_embedded():
    inner_mid = "<1773105127.3C41A7E2B90D@mta-07.optimum.net>"
    inner = lure_msg_unicode(inner_mid)
    subject = "FW: " + SUBJECT_JA
    mid = "<TYCPR01MB8421D6E0A77B3C5F9E1B04C2A6E10@TYCPR01MB8421.jpnprd01.prod.hisui-denki.example>"
    s = PT_UNICODE
    sender_dn = ex_dn("takada.ken")
    props = [
        (tag(PR_MESSAGE_CLASS, s), "IPM.Note"),
        (tag(PR_SUBJECT, s), subject),
        (tag(PR_SUBJECT_PREFIX, s), "FW: "),
        (tag(PR_NORMALIZED_SUBJECT, s), SUBJECT_JA),
        (tag(PR_CONVERSATION_TOPIC, s), SUBJECT_JA),
        (tag(PR_SENDER_NAME, s), VICTIM_NAME),
        (tag(PR_SENDER_ADDRTYPE, s), "EX"),
        (tag(PR_SENDER_EMAIL_ADDRESS, s), sender_dn),
        (tag(PR_SENDER_SMTP_ADDRESS, s), VICTIM_ADDR),
        (tag(PR_SENT_REPRESENTING_NAME, s), VICTIM_NAME),
        (tag(PR_SENT_REPRESENTING_ADDRTYPE, s), "EX"),
        (tag(PR_SENT_REPRESENTING_EMAIL_ADDRESS, s), sender_dn),
        (tag(PR_SENT_REPRESENTING_SMTP_ADDRESS, s), VICTIM_ADDR),
        (tag(PR_DISPLAY_TO, s), SECURITY_NAME),
        (tag(PR_INTERNET_MESSAGE_ID, s), mid),
        (tag(PR_BODY, s), REPORT_NOTE),
        (tag(PR_CLIENT_SUBMIT_TIME, PT_SYSTIME), REPORT_SENT),
        (tag(PR_MESSAGE_DELIVERY_TIME, PT_SYSTIME), datetime(2026, 3, 10, 1, 38, 14, tzinfo=timezone.utc)),
        (tag(PR_MESSAGE_FLAGS, PT_LONG), MSGFLAG_READ),
        (tag(PR_HASATTACH, PT_BOOLEAN), True),
        (tag(PR_STORE_SUPPORT_MASK, PT_LONG), 0x00040E79),
        (tag(PR_INTERNET_CPID, PT_LONG), 65001),
        (tag(PR_MESSAGE_CODEPAGE, PT_LONG), 932),
    ]
    recipient = [
        (tag(PR_RECIPIENT_TYPE, PT_LONG), MAPI_TO),
        (tag(PR_ROWID, PT_LONG), 0),
        (tag(PR_OBJECT_TYPE, PT_LONG), MAPI_MAILUSER),
        (tag(PR_DISPLAY_TYPE, PT_LONG), 0),
        (tag(PR_DISPLAY_NAME, s), SECURITY_NAME),
        (tag(PR_ADDRTYPE, s), "EX"),
        (tag(PR_EMAIL_ADDRESS, s), ex_dn("security")),
        (tag(PR_SMTP_ADDRESS, s), SECURITY_ADDR),
    ]
    attachment = [
        (tag(PR_ATTACH_NUM, PT_LONG), 0),
        (tag(PR_OBJECT_TYPE, PT_LONG), MAPI_ATTACH),
        (tag(PR_ATTACH_METHOD, PT_LONG), ATTACH_EMBEDDED_MSG),
        (tag(PR_RENDERING_POSITION, PT_LONG), -1),
        (tag(PR_ATTACHMENT_HIDDEN, PT_BOOLEAN), False),
        (tag(PR_DISPLAY_NAME, s), SUBJECT_JA),
        (tag(PR_ATTACH_DATA, PT_OBJECT), inner),
    ]
    msg = Msg(props, recipients=[recipient], attachments=[attachment])
    expected = {
        "subject": subject,
        "sender": {"name": VICTIM_NAME, "address": VICTIM_ADDR, "addrtype": "EX",
                   "x500": sender_dn},
        "recipients": [{"kind": "to", "name": SECURITY_NAME, "address": SECURITY_ADDR}],
        "date": rfc3339(REPORT_SENT),
        "message_id": mid,
        "body_contains": ["元のメールを添付しますので、ご確認をお願いします。"],
        "body_source": "PR_BODY (PT_UNICODE)",
        "string_type": "PT_UNICODE",
        "attachments": [{"name": SUBJECT_JA, "size": None, "method": ATTACH_EMBEDDED_MSG,
                         "embedded": True}],
        "embedded": {
            "subject": SUBJECT_JA,
            "sender": {"name": LURE_FROM_NAME, "address": LURE_FROM_ADDR},
            "recipients": [{"kind": "to", "name": VICTIM_NAME, "address": VICTIM_ADDR}],
            "date": rfc3339(LURE_SENT),
            "message_id": inner_mid,
            "body_contains": [LURE_PHRASE, LURE_PHRASE_CP932],
            "string_type": "PT_UNICODE",
            "attachments": [],
            "transport_headers": False,
        },
        "transport_headers": False,
        "originating_ip": None,
        "notes": "Outer sender and recipient are Exchange (addrtype EX) entries: "
                 "PR_SENDER_EMAIL_ADDRESS / PR_EMAIL_ADDRESS hold X500 DNs and the SMTP addresses "
                 "are in PR_SENDER_SMTP_ADDRESS (0x5D01) / PR_SMTP_ADDRESS (0x39FE). The "
                 "attachment has PR_ATTACH_METHOD 5 and no file name; its display name is the "
                 "subject. The embedded message is in __substg1.0_3701000D with a 24-byte "
                 "property header and its own recipient storage; the props entry of 0x3701000D "
                 "has size 0xFFFFFFFF.",
    }
    return msg, expected


# ---------------------------------------------------------------- fixture 5

def fixture_report_eml(msg_bytes):
    boundary = "----=_NextPart_000_0013_01DCB043.7A2E5C10"
    fname = SUBJECT_JA + ".msg"
    fname_ew = "=?UTF-8?B?%s?=" % base64.b64encode(fname.encode("utf-8")).decode()
    note = (
        "情報セキュリティ窓口 御中\r\n"
        "\r\n"
        "営業部の高田です。\r\n"
        "山田社長を名乗る社外のアドレスから、至急の依頼メールが届きました。\r\n"
        "Outlookから元のメールをそのまま添付します。ご確認をお願いします。\r\n"
        "\r\n"
        "営業部 高田 健\r\n"
    )
    b64 = base64.b64encode(msg_bytes).decode()
    b64_lines = "\r\n".join(b64[i:i + 76] for i in range(0, len(b64), 76))
    mid = "<000f01dcb03f$2c7a91e0$856fb5a0$@hisui-denki.example>"
    lines = [
        "Received: from mbx01.hisui-denki.example (10.20.0.31) by",
        " mbx01.hisui-denki.example (10.20.0.31) with Microsoft SMTP Server",
        " (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id",
        " 15.2.1544.4 via Mailbox Transport; Tue, 10 Mar 2026 10:41:06 +0900",
        "From: %s <%s>" % (iso2022_ew(VICTIM_NAME), VICTIM_ADDR),
        "To: %s <%s>" % (iso2022_ew(SECURITY_NAME), SECURITY_ADDR),
        "Subject: FW: %s" % iso2022_ew(SUBJECT_JA),
        "Date: Tue, 10 Mar 2026 10:41:05 +0900",
        "Message-ID: %s" % mid,
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed;",
        '\tboundary="%s"' % boundary,
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: AdywPyx6keBWhvW1oIVv+7zI2mE1kQ==",
        "Content-Language: ja",
        "",
        "This is a multipart message in MIME format.",
        "",
        "--" + boundary,
        'Content-Type: text/plain;',
        '\tcharset="iso-2022-jp"',
        "Content-Transfer-Encoding: 7bit",
        "",
    ]
    body = note.encode("iso2022_jp").decode("ascii")
    text = "\r\n".join(lines) + "\r\n" + body + "\r\n"
    text += "\r\n".join([
        "--" + boundary,
        "Content-Type: application/vnd.ms-outlook;",
        '\tname="%s"' % fname_ew,
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment;",
        '\tfilename="%s"' % fname_ew,
        "",
        b64_lines,
        "",
        "--" + boundary + "--",
        "",
    ])
    data = text.encode("ascii")
    assert b"\n" not in data.replace(b"\r\n", b"")
    expected = {
        "format": "eml",
        "subject": "FW: " + SUBJECT_JA,
        "sender": {"name": VICTIM_NAME, "address": VICTIM_ADDR},
        "recipients": [{"kind": "to", "name": SECURITY_NAME, "address": SECURITY_ADDR}],
        "date": rfc3339(REPORT_EML_SENT),
        "message_id": mid,
        "body_contains": ["Outlookから元のメールをそのまま添付します。"],
        "attachments": [{
            "name": fname,
            "size": len(msg_bytes),
            "content_type": "application/vnd.ms-outlook",
            "sha256": sha256(msg_bytes),
            "same_bytes_as": "cp932-string8.msg",
        }],
        "embedded_msg": "cp932-string8.msg",
        "transport_headers": None,
        "originating_ip": None,
        "notes": "CRLF throughout. The attachment name is an RFC 2047 UTF-8 encoded-word in both "
                 "Content-Type name= and Content-Disposition filename=, as Outlook writes it. The "
                 "attached bytes are exactly cp932-string8.msg: parsing the attachment as MSG "
                 "must give that fixture's expectations.",
    }
    return data, expected


# ============================================================ broken fixtures


def patch_u32(buf, off, value):
    struct.pack_into("<I", buf, off, value)


def broken_fat_cycle(data, layout):
    """Directory chain loops: the FAT entry of the last directory sector points
    back to the first directory sector."""
    buf = bytearray(data)
    dirs = layout["dir_sectors"]
    assert len(dirs) >= 2
    patch_u32(buf, fat_entry_offset(layout, dirs[-1]), dirs[0])
    return bytes(buf), ("FAT chain of the directory loops: FAT[%d] (last directory sector) "
                        "= %d (first directory sector) instead of ENDOFCHAIN; a reader that "
                        "follows the chain until ENDOFCHAIN never stops" % (dirs[-1], dirs[0]))


def broken_stream_cycle(data, layout, path):
    """A regular-sector stream whose chain loops after three sectors."""
    buf = bytearray(data)
    e = layout["entries"][path]
    s = e.start
    patch_u32(buf, fat_entry_offset(layout, s + 2), s)
    return bytes(buf), ("FAT chain of %s (%d bytes, %d sectors from sector %d) loops: "
                        "FAT[%d] = %d, so only 3 distinct sectors are reachable"
                        % (path, e.size, -(-e.size // SECTOR), s, s + 2, s))


def broken_bad_sector(data, layout, path):
    buf = bytearray(data)
    e = layout["entries"][path]
    bad = 0x00FFFFF0
    patch_u32(buf, dir_entry_offset(layout, e.sid) + 116, bad)
    return bytes(buf), ("directory entry %d (%s, %d bytes) starts at sector %#x, far beyond "
                        "the %d sectors of the file (and beyond the FAT)"
                        % (e.sid, path, e.size, bad, layout["n_sectors"]))


def broken_dir_loop(data, layout):
    """In the root storage's sibling tree, a leaf's left sibling points back to
    the tree root, so the siblings form a cycle."""
    buf = bytearray(data)
    entries = layout["entries"]
    root = entries[""]
    by_sid = {e.sid: e for e in entries.values()}
    top = root.child
    node = by_sid[top]
    path = [node.sid]
    while node.right != NOSTREAM:            # walk to the right-most leaf
        node = by_sid[node.right]
        path.append(node.sid)
    assert node.left == NOSTREAM
    patch_u32(buf, dir_entry_offset(layout, node.sid) + 68, top)
    return bytes(buf), ("sibling pointers form a cycle in the root storage's tree: entry %d "
                        "(%s, reached from the tree root %d by right siblings %s) has its left "
                        "sibling set to the tree root %d"
                        % (node.sid, node.name, top, "->".join(map(str, path)), top))


def broken_truncated(data):
    half = len(data) // 2
    return data[:half], ("a valid file (cp932-string8.msg, %d bytes) cut to its first %d bytes: "
                         "the directory chain and the mini stream run past the end of the file"
                         % (len(data), half))


# =================================================================== driver


def rfc3339(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def generate():
    out = {}
    expected = {}

    msg1, exp1 = fixture_cp932()
    data1, layout1 = build_msg(msg1)
    out["cp932-string8.msg"] = data1
    expected["cp932-string8.msg"] = exp1

    msg2, exp2 = fixture_transport()
    data2, layout2 = build_msg(msg2)
    out["transport-headers.msg"] = data2
    expected["transport-headers.msg"] = exp2

    msg3, exp3, _, _ = fixture_rtf_html()
    out["rtf-only.msg"], _ = build_msg(msg3)
    expected["rtf-only.msg"] = exp3

    msg3b, exp3b, _ = fixture_rtf_plain()
    out["rtf-plain.msg"], _ = build_msg(msg3b)
    expected["rtf-plain.msg"] = exp3b

    msg4, exp4 = fixture_embedded()
    out["embedded.msg"], _ = build_msg(msg4)
    expected["embedded.msg"] = exp4

    eml, exp5 = fixture_report_eml(data1)
    out["report-with-msg.eml"] = eml
    expected["report-with-msg.eml"] = exp5

    att_path = "__attach_version1.0_#00000000/__substg1.0_37010102"
    for name, (data, why) in [
        ("fat-cycle.msg", broken_fat_cycle(data1, layout1)),
        ("stream-cycle.msg", broken_stream_cycle(data2, layout2, att_path)),
        ("bad-sector.msg", broken_bad_sector(data2, layout2, att_path)),
        ("dir-loop.msg", broken_dir_loop(data1, layout1)),
        ("truncated.msg", broken_truncated(data1)),
    ]:
        assert data[:8] == SIGNATURE
        out[name] = data
        expected[name] = {"broken": why, "size": len(data)}

    for name, data in out.items():
        entry = expected[name]
        entry.setdefault("format", "msg")
        entry["file_sha256"] = sha256(data)
    return out, expected


def write_all(out, expected):
    for name, data in out.items():
        (HERE / name).write_bytes(data)
    doc = {
        "_about": "Generated by make_msg.py; values are the source values given to the writer. "
                  "Dates are PR_CLIENT_SUBMIT_TIME in RFC 3339 UTC (the Date header for .eml). "
                  "recipients[].address is the SMTP address (PR_SMTP_ADDRESS when the "
                  "entry is an Exchange one). attachments[].size is the byte length of the data "
                  "(null for an embedded message). originating_ip is the client IP the Received "
                  "chain reveals, null when there are no transport headers. A 'broken' entry "
                  "says why the file must be rejected (cleanly, without hanging).",
        "fixtures": expected,
    }
    (HERE / "expected.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n",
                                        encoding="utf-8")


# ==================================================================== check


def check(out, expected):
    import email
    import email.policy
    import io
    import logging
    import warnings

    try:
        import compressed_rtf
        import extract_msg
        import olefile
    except ImportError as e:
        print("--check needs olefile, extract-msg and compressed-rtf (pip install extract-msg): %s" % e)
        return 2

    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    rows = []
    failures = []
    notes = []

    def fail(name, why):
        failures.append("%s: %s" % (name, why))

    # The LZFu preload and CRC against an independent implementation.
    from compressed_rtf import compressed_rtf as crtf_mod
    if crtf_mod.INIT_DICT[:207] != LZFU_PRELOAD:
        fail("lzfu", "preload dictionary differs from compressed_rtf's")
    sample = b"abcabcabcabc{\\rtf1 hello hello hello}" * 3
    if rtfcp_crc(sample) != (zlib.crc32(sample, 0xFFFFFFFF) ^ 0xFFFFFFFF):
        fail("lzfu", "CRC disagrees with zlib-derived CRC")

    for name in out:
        exp = expected[name]
        data = out[name]
        if name.endswith(".eml"):
            m = email.message_from_bytes(data, policy=email.policy.default)
            parts = list(m.iter_attachments())
            att = parts[0] if parts else None
            ok = (str(m["subject"]) == exp["subject"]
                  and m["from"].addresses[0].addr_spec == exp["sender"]["address"]
                  and m["from"].addresses[0].display_name == exp["sender"]["name"]
                  and att is not None and att.get_filename() == exp["attachments"][0]["name"]
                  and att.get_content() == out["cp932-string8.msg"]
                  and exp["body_contains"][0] in m.get_body(("plain",)).get_content())
            inner = extract_msg.openMsg(io.BytesIO(att.get_content())) if att else None
            rows.append((name, "email: ok" if ok else "email: MISMATCH",
                         str(m["subject"]), str(m["from"]),
                         "att %s (%d B) -> msg subject %r" % (att.get_filename(), len(att.get_content()),
                                                              inner.subject if inner else None)))
            if not ok:
                fail(name, "Python email disagrees")
            continue

        if "broken" in exp:
            try:
                StrictCfb(data)
                strict = "ACCEPTED"
                fail(name, "strict reader accepted a broken file")
            except (CfbError, struct.error, IndexError) as e:
                strict = "rejected: %s" % e
            try:
                ole = olefile.OleFileIO(io.BytesIO(data))
                try:
                    for p in ole.listdir():
                        ole.openstream(p).read()
                    ole_res = "olefile read all"
                except Exception as e:  # noqa: BLE001
                    ole_res = "olefile: %s" % type(e).__name__
            except Exception as e:  # noqa: BLE001
                ole_res = "olefile: %s" % type(e).__name__
            try:
                m = extract_msg.openMsg(io.BytesIO(data))
                _ = (m.subject, m.body, [a.data for a in m.attachments])
                em = "extract_msg opened (subject %r)" % m.subject
            except Exception as e:  # noqa: BLE001
                em = "extract_msg: %s" % type(e).__name__
            rows.append((name, strict[:70], ole_res, em, ""))
            continue

        # Good fixtures: strict structural check first.
        try:
            cfb = StrictCfb(data)
            strict = "strict ok (%d entries)" % sum(1 for e in cfb.entries if e["kind"])
        except CfbError as e:
            strict = "strict FAILED: %s" % e
            fail(name, strict)
            cfb = None
        ole = olefile.OleFileIO(io.BytesIO(data))
        if cfb is not None:
            for path, content in cfb.paths.items():
                if content is None:
                    continue
                if ole.openstream(path).read() != content:
                    fail(name, "olefile and strict reader disagree on %s" % path)
        ole.close()

        m = extract_msg.openMsg(io.BytesIO(data))
        sender = m.sender
        subject = m.subject
        checks = []
        checks.append(("subject", subject == exp["subject"]))
        checks.append(("sender", sender is not None and exp["sender"]["name"] in sender
                       and exp["sender"]["address"] in sender))
        recips = [(r.name, r.email, r.type) for r in m.recipients]
        checks.append(("recipients", [(r[0], r[1]) for r in recips]
                       == [(r["name"], r["address"]) for r in exp["recipients"]]
                       and all(int(r[2]) == 1 for r in recips)))
        if m.date is not None:
            checks.append(("date", rfc3339(m.date) == exp["date"]))
        body = m.body or ""
        html = m.htmlBody
        if isinstance(html, bytes):
            html_s = html.decode("utf-8", "replace")
        else:
            html_s = html or ""
        rtf_body = m.rtfBody
        if exp.get("rtf", {}).get("from_html"):
            text_for_phrases = html_s
        elif exp.get("rtf"):
            text_for_phrases = rtf_to_text(rtf_body) if rtf_body else ""
            if body:
                text_for_phrases += "\n" + body
        else:
            text_for_phrases = body
        for p in exp["body_contains"]:
            found = p in text_for_phrases
            if not found and exp.get("codepage") == 932 and "\uff5e" in p:
                # extract_msg maps code page 932 to Python's "shift_jis", which
                # decodes 0x8160 as U+301C; the stream itself is CP932.
                raw_body = m.getStream("__substg1.0_%08X" % tag(PR_BODY, PT_STRING8))
                found = (p.replace("\uff5e", "\u301c") in text_for_phrases
                         and p in raw_body.decode("cp932"))
                if found:
                    notes.append("%s: extract_msg decodes 932 as %s, giving U+301C for CP932 "
                                 "0x8160 (the stream holds CP932 bytes; decoded as cp932 it "
                                 "has U+FF5E)" % (name, m.stringEncoding))
            checks.append(("body:" + p[:12], found))
        for p in exp.get("html_contains", []):
            checks.append(("html:" + p[:12], p in html_s))
        for p in exp.get("body_must_not_contain", []):
            checks.append(("not:" + p, p not in text_for_phrases))
        if "rtf" in exp:
            comp = None
            for t in (tag(PR_RTF_COMPRESSED, PT_BINARY),):
                comp = m.getStream("__substg1.0_%08X" % t)
            raw, refs = rtf_decompress(comp)
            checks.append(("rtf:own", raw == rtf_body and len(raw) == exp["rtf"]["raw_size"]))
            checks.append(("rtf:compressed_rtf", compressed_rtf.decompress(comp) == raw))
            checks.append(("rtf:backrefs", refs > 20))
            if exp["rtf"]["from_html"]:
                # Our own de-encapsulation must give the exact source HTML.
                own = deencapsulate_html(raw)
                checks.append(("deencap:own sha256", sha256(own) == exp["deencapsulated_html_sha256"]))
                # RTFDE (behind extract_msg) writes \par as LF, re-encodes to
                # UTF-8 and turns U+00A0 into &nbsp;: compare modulo that.
                src = own.decode("cp1252").replace("\r\n", "\n").replace("\u00a0", "&nbsp;")
                checks.append(("deencap:RTFDE", html_s.replace("\u00a0", "&nbsp;") == src))
        atts = m.attachments
        checks.append(("attachment count", len(atts) == len(exp["attachments"])))
        att_desc = []
        for a, ea in zip(atts, exp["attachments"]):
            if ea.get("embedded"):
                inner = a.data
                iexp = exp["embedded"]
                ok = (inner.subject == iexp["subject"]
                      and iexp["sender"]["address"] in (inner.sender or "")
                      and all(p in (inner.body or "") for p in iexp["body_contains"])
                      and [(r.name, r.email) for r in inner.recipients]
                      == [(r["name"], r["address"]) for r in iexp["recipients"]]
                      and rfc3339(inner.date) == iexp["date"])
                checks.append(("embedded", ok))
                att_desc.append("embedded %r: subject %r, sender %r" % (a.displayName if hasattr(a, "displayName") else None,
                                                                       inner.subject, inner.sender))
            else:
                ok = (a.longFilename == ea["name"] and len(a.data) == ea["size"]
                      and sha256(a.data) == ea["sha256"]
                      and a.shortFilename == ea["short_name"]
                      and a.mimetype == ea["content_type"])
                checks.append(("attachment " + ea["name"], ok))
                att_desc.append("%s (%d B, %s)" % (a.longFilename, len(a.data), a.mimetype))
        if exp["transport_headers"]:
            hdr = m.header
            received = hdr.get_all("Received") or []
            checks.append(("received chain", len(received) == exp["received_count"]
                           and exp["originating_ip"] in received[-1]))
            checks.append(("x-originating-ip", exp["originating_ip"] in (hdr["X-Originating-IP"] or "")))
        bad = [c for c, ok in checks if not ok]
        if bad:
            fail(name, "extract_msg checks failed: %s" % ", ".join(bad))
        if "rtf" in exp and exp["rtf"]["from_html"]:
            body_view = "htmlBody (de-encapsulated): %d chars" % len(html_s)
        elif "rtf" in exp:
            body_view = "rtfBody %d B, text %r" % (len(rtf_body or b""), rtf_to_text(rtf_body)[:40])
        else:
            body_view = "body %r" % body.strip()[:24]
        rows.append((name, strict, "subject %r" % subject, "sender %r" % sender,
                     "%s; atts: %s; %s" % (body_view, "; ".join(att_desc) or "none",
                                           "OK" if not bad else "FAIL " + ",".join(bad))))

    print()
    print("%-22s | %-40s | %s" % ("fixture", "structure", "extract_msg / email"))
    print("-" * 120)
    for r in rows:
        print("%-22s | %-40s | %s" % (r[0], r[1][:40], r[2]))
        for extra in r[3:]:
            if extra:
                print("%-22s | %-40s | %s" % ("", "", extra))
    print("-" * 120)
    for n in notes:
        print("note: " + n)
    if failures:
        print("FAILURES:")
        for f in failures:
            print("  " + f)
        return 1
    print("all fixtures verified")
    return 0


def main(argv):
    out, expected = generate()
    # Determinism: a second run must give identical bytes.
    out2, expected2 = generate()
    assert out == out2 and expected == expected2, "generator is not deterministic"
    write_all(out, expected)
    print("wrote %d fixtures + expected.json into %s" % (len(out), HERE))
    if "--check" in argv:
        return check(out, expected)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
