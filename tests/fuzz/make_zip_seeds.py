#!/usr/bin/env python3
"""Writes the seed zips of the zip_extract fuzz target into corpus/zip_extract/.

Run once by hand when the seeds change (the zips are committed). Made with Python's
zipfile and Info-ZIP's zip (nobody here wrote either) plus byte patches for the hostile
shapes. A trailing byte after the end record picks the reader's options in the target
(ZipExtractTarget.h): .mode1 overwrite, .mode2 skip unsafe links, .mode3 pre-filled target.
"""
import io
import os
import shutil
import stat
import struct
import subprocess
import sys
import tempfile
import zipfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "zip_extract")
DATE = (2020, 5, 17, 10, 20, 30)


def build(entries, method=zipfile.ZIP_DEFLATED, **kw):
    """entries: (name, data, mode or None, link target or None)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method, **kw) as z:
        for name, data, mode, link in entries:
            info = zipfile.ZipInfo(name, date_time=DATE)
            info.compress_type = method
            info.create_system = 3
            if link is not None:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                data = link
            elif name.endswith("/"):
                info.external_attr = ((stat.S_IFDIR | (0o755 if mode is None else mode)) << 16) | 0x10
            else:
                info.external_attr = (stat.S_IFREG | (0o644 if mode is None else mode)) << 16
            z.writestr(info, data)
    return buf.getvalue()


def patch32(data, offset, value):
    return data[:offset] + struct.pack("<I", value) + data[offset + 4:]


def patch16(data, offset, value):
    return data[:offset] + struct.pack("<H", value) + data[offset + 2:]


def central(data, n=0):
    pos = -1
    for _ in range(n + 1):
        pos = data.index(b"PK\x01\x02", pos + 1)
    return pos


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    text = b"Dear reader, this is sample text for the Coffre fuzz seeds.\n" * 20
    tree = [("docs/", b"", None, None), ("docs/letter.txt", text, 0o600, None),
            ("docs/empty.txt", b"", None, None), ("docs/link.txt", b"", None, "letter.txt"),
            ("docs/sub/", b"", 0o700, None), ("docs/sub/bin.dat", bytes(range(256)) * 4, 0o755, None),
            ("caf\u00e9 \u5199\u771f.txt", b"unicode name\n", None, None)]
    write("tree-deflate.zip", build(tree))
    write("tree-stored.zip", build(tree, zipfile.ZIP_STORED))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("big/one.txt", text), ("big/two.txt", b"two\n")):
            with z.open(zipfile.ZipInfo(name, date_time=DATE), "w", force_zip64=True) as f:
                f.write(data)
    write("zip64-extra.zip", buf.getvalue())
    write("empty-archive.zip", build([]))
    write("bzip2.zip", build([("a.txt", text, None, None)], zipfile.ZIP_BZIP2))
    write("bomb-1mb-zeros.zip", build([("zeros.bin", bytes(1 << 20), None, None)]))
    write("setuid-and-locked-folder.zip",
          build([("locked/", b"", 0o000, None), ("locked/x", b"x", None, None), ("suid", b"#!/bin/sh\n", 0o4755, None)]))

    # Streamed (data descriptors, sizes 0 in the local headers), as unseekable writers make.
    class Unseekable(io.RawIOBase):
        def __init__(self):
            self.buf = bytearray()
        def writable(self):
            return True
        def write(self, b):
            self.buf += b
            return len(b)
    sink = Unseekable()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("streamed.txt", "w") as f:
            f.write(text)
    write("data-descriptor.zip", bytes(sink.buf))

    hostile = {
        "zip-slip.zip": [("ok.txt", b"fine", None, None), ("../outside/x", b"evil", None, None)],
        "deep-zip-slip.zip": [("a/b/../../../outside/x", b"evil", None, None)],
        "absolute.zip": [("/tmp/coffre-fuzz-evil", b"evil", None, None)],
        "backslash-slip.zip": [("..\\outside\\x", b"evil", None, None), ("C:\\evil.txt", b"e", None, None)],
        "link-absolute.zip": [("evil", b"", None, "/tmp"), ("evil/x", b"evil", None, None)],
        "link-up-and-out.zip": [("d/", b"", None, None), ("d/evil", b"", None, "../../outside"),
                                ("d/evil/x", b"e", None, None)],
        "link-through-link.zip": [("x", b"", None, "."), ("y", b"", None, "x/.."), ("y/outside/x", b"e", None, None)],
        "write-through-link.zip": [("sub/", b"", None, None), ("d", b"", None, "sub"), ("d/x", b"evil", None, None)],
        "duplicate-name.zip": [("a.txt", b"1", None, None), ("a.txt", b"2", None, None)],
        "file-then-folder.zip": [("a", b"1", None, None), ("a/", b"", None, None), ("a/b", b"2", None, None)],
        "dot-names.zip": [("./a//b/./c.txt", b"c", None, None), ("./", b"", None, None)],
        "link-to-link-outside.zip": [("l1", b"", None, "l2"), ("l2", b"", None, "../outside")],
    }
    for name, entries in hostile.items():
        write(name, build(entries))
    write("link-up-and-out.mode2.zip", build(hostile["link-up-and-out.zip"][:2]) + b"\x02")
    write("link-absolute.mode2.zip", build([("a.txt", b"1", None, None), ("etc", b"", None, "/etc"),
                                             ("b.txt", b"2", None, None)]) + b"\x02")
    write("existing-link.mode3.zip", build([("docs/x.txt", b"evil", None, None)]) + b"\x03")
    write("existing-file.mode3.zip", build([("existing.txt", b"evil", None, None)]) + b"\x03")
    write("existing-abs.mode3.zip", build([("abs/x.txt", b"evil", None, None)]) + b"\x03")
    write("overwrite.mode1.zip", build(tree[:2]) + b"\x01")

    # Lying sizes: 10 kB of 'A' declared as 1000 bytes (a small bomb), or as more.
    for method, tag in ((zipfile.ZIP_DEFLATED, "deflate"), (zipfile.ZIP_STORED, "stored")):
        z = build([("bomb.txt", b"A" * 10000, None, None), ("after.txt", b"x", None, None)], method)
        z = patch32(patch32(z, 22, 1000), central(z) + 24, 1000)
        write("declared-smaller-%s.zip" % tag, z)
    z = build([("short.txt", b"A" * 5000, None, None)])
    write("declared-larger.zip", patch32(patch32(z, 22, 200000), central(z) + 24, 200000))
    z = build([("crc.txt", text, None, None)])
    write("bad-crc.zip", patch32(patch32(z, 14, 0x12345678), central(z) + 16, 0x12345678))
    z = build([("secret.txt", b"not really encrypted", None, None)], zipfile.ZIP_STORED)
    write("encrypted-flag.zip", patch16(patch16(z, 6, 1), central(z) + 8, 1))
    z = build([("huge.txt", b"tiny", None, None)], zipfile.ZIP_STORED)
    write("declared-4gb.zip", patch32(patch32(z, 22, 0xFFFFFFFE), central(z) + 24, 0xFFFFFFFE))

    # Two directory entries sharing one local header (an "overlapping" bomb).
    z = build([("one.txt", b"B" * 50000, None, None)])
    cd = central(z)
    eocd = z.rindex(b"PK\x05\x06")
    record = z[cd:eocd]
    second = record.replace(b"one.txt", b"two.txt")
    body = z[:cd] + record + second
    end = z[eocd:]
    end = patch16(patch16(end, 8, 2), 10, 2)
    end = patch32(patch32(end, 12, len(record) * 2), 16, cd)
    write("overlapping-entries.zip", body + end)

    # Names that are not UTF-8 (no UTF-8 flag): Latin-1 bytes, and a NUL in the middle.
    z = build([("caf_.txt", b"latin1", None, None), ("nul_x.txt", b"nul", None, None)])
    z = z.replace(b"caf_.txt", b"caf\xe9.txt").replace(b"nul_x.txt", b"nul\x00x.txt")
    write("raw-names.zip", z)

    write("truncated.zip", build(tree)[:300])
    write("not-a-zip.zip", b"PK\x03\x04 this is not really a zip at all\n")
    write("comment.zip", build([("c.txt", b"c", None, None)]).rstrip(b"\x00")[:-2] + struct.pack("<H", 5) + b"hello")

    # Info-ZIP's zip: extra fields (UT, ux) and a stored symlink (-y).
    if shutil.which("zip"):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "src")
            os.makedirs(os.path.join(src, "folder"))
            with open(os.path.join(src, "folder", "note.txt"), "wb") as f:
                f.write(text)
            os.symlink("folder/note.txt", os.path.join(src, "shortcut"))
            os.utime(os.path.join(src, "folder", "note.txt"), (1600000000, 1600000000))
            out = os.path.join(tmp, "infozip.zip")
            subprocess.run(["zip", "-q", "-r", "-y", "-X", out, "src"], cwd=tmp, check=True)
            with open(out, "rb") as f:
                write("infozip-symlink.zip", f.read())
    else:
        print("zip not installed: infozip-symlink.zip not made", file=sys.stderr)


if __name__ == "__main__":
    main()
