#!/usr/bin/env python3
"""Write corpora/bad/: inputs that the reader must reject with a clear error (standard
library only; deterministic: the "random" bytes come from a seeded generator).

    python3 corpora/tools/make_bad.py

Needs corpora/formats/report.docx (run make_formats.py first) for truncated.docx.
"""
import io
import os
import random
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.normpath(os.path.join(HERE, "..", "bad"))
FORMATS = os.path.normpath(os.path.join(HERE, "..", "formats"))
sys.path.insert(0, HERE)
from make_formats import CONTENT_TYPES, ROOT_RELS, DOC_RELS, ZIP_TIME, W_NS  # noqa: E402


def write(name, data):
    with open(os.path.join(BAD, name), "wb") as f:
        f.write(data)


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def main():
    os.makedirs(BAD, exist_ok=True)
    rng = random.Random(20240115)

    write("empty.txt", b"")

    # A PNG signature and header chunk, then random bytes with plenty of NULs.
    ihdr = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 6, 0, 0, 0))
    noise = bytearray(rng.getrandbits(8) for _ in range(4096))
    for i in range(0, len(noise), 7):
        noise[i] = 0
    write("binary.txt", b"\x89PNG\r\n\x1a\n" + ihdr + bytes(noise))

    with open(os.path.join(FORMATS, "report.docx"), "rb") as f:
        docx = f.read()
    write("truncated.docx", docx[: int(len(docx) * 0.6)])

    write("not-zip.docx", ("这不是Word文件，只是改了扩展名的纯文本。\n"
                           "全市新建基层工会100家。\n").encode("utf-8"))

    # A valid zip (even with the package parts) but no word/document.xml.
    write("no-document.docx", zip_bytes([
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("docProps/app.xml", '<?xml version="1.0" encoding="UTF-8"?><Properties/>'),
    ]))

    # document.xml that is not well-formed: an unclosed <w:t>, mismatched end tags.
    broken = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>全市新建基层工会100家'
              '</w:r></w:p><w:p><w:r><w:t>会员5万人</w:t></w:p></w:body>' % W_NS)
    write("broken-xml.docx", zip_bytes([
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", broken), ("word/_rels/document.xml.rels", DOC_RELS),
    ]))

    # External entity (XXE) and billion laughs. A safe reader either rejects the DOCTYPE or
    # reads the text without expanding either entity; it must never read /etc/passwd nor
    # build the 3-GB string.
    lol = ['<!ENTITY lol "lol">']
    prev = "lol"
    for n in range(1, 10):
        name = "lol%d" % n
        lol.append('<!ENTITY %s "%s">' % (name, ("&%s;" % prev) * 10))
        prev = name
    entity = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
              '<!DOCTYPE w:document [\n  <!ENTITY x SYSTEM "file:///etc/passwd">\n  '
              + "\n  ".join(lol) + "\n]>\n"
              '<w:document xmlns:w="%s"><w:body>'
              '<w:p><w:r><w:t>全市新建基层工会100家。</w:t></w:r></w:p>'
              '<w:p><w:r><w:t>&x;</w:t></w:r></w:p>'
              '<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
              '</w:body></w:document>' % W_NS)
    write("entity.docx", zip_bytes([
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", entity), ("word/_rels/document.xml.rels", DOC_RELS),
    ]))

    write("unknown.xyz", bytes(rng.getrandbits(8) for _ in range(2048)))

    # Archives people forward with reports: named for what they are, not "not a Word document".
    write("workbook.xlsx", zip_bytes([
        ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'),
    ]))
    write("reports.zip", zip_bytes([("2023年工作报告.txt", "全市工会会员52.3万人。\n")]))
    print("wrote bad inputs into", BAD, file=sys.stderr)


if __name__ == "__main__":
    main()
