#!/usr/bin/env python3
"""Build the encoded / packaged documents of blind3 from tools/src/.

  b3-03-helan-nianzhong.docx      <- src/b3-03-helan-nianzhong.src.txt  (lines = paragraphs,
                                      lines starting with '|' = table rows, first one the header)
  b3-05-qingxiu-zongjie.gb18030.txt <- src/b3-05-qingxiu-zongjie.src.txt (ASCII digits, '.', '%'
                                      and the remaining ASCII punctuation made full-width)
  b3-06-qujing-baogao.big5.txt    <- src/b3-06-qujing-baogao.simp.txt  (simplified -> traditional
                                      with opencc s2tw, cached in src/b3-06-qujing-baogao.trad.txt;
                                      pinyin annotations and doc-site noise lines added)

Python 3 stdlib only (opencc is needed once, to create the cached traditional text).
Run: python3 tools/build.py
"""
import pathlib
import re
import zipfile
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).resolve().parent
SRC = HERE / "src"
DOCS = HERE.parent / "docs"

# --------------------------------------------------------------------------- docx
CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>"""
CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>贺兰县总工会2023年工作总结</dc:title><dc:creator>办公室</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-08T09:12:00Z</dcterms:created>
</cp:coreProperties>"""
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def run(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text, style=None, center=False, bold=False, size=None, split_at=None):
    ppr = ""
    if style or center:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:jc w:val="center"/>' if center else "") + "</w:pPr>"
    if split_at and split_at in text:
        # Word often cuts a paragraph into several runs; do it once to be realistic.
        i = text.index(split_at)
        runs = run(text[:i], bold, size) + run(text[i:], bold, size)
    else:
        runs = run(text, bold, size)
    return f"<w:p>{ppr}{runs}</w:p>"


def table(rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>',
           "<w:tblGrid>" + "".join('<w:gridCol w:w="2000"/>' for _ in rows[0]) + "</w:tblGrid>"]
    for r, cells in enumerate(rows):
        out.append("<w:tr>")
        for c in cells:
            out.append('<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>'
                       + para(c, center=True, bold=(r == 0)) + "</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def build_docx():
    lines = (SRC / "b3-03-helan-nianzhong.src.txt").read_text(encoding="utf-8").splitlines()
    body, rows = [], []
    for n, line in enumerate(lines):
        if line.startswith("|"):
            rows.append(line[1:].split("|"))
            continue
        if rows:
            body.append(table(rows))
            rows = []
        if n == 0:
            body.append(para(line, center=True, bold=True, size=36))
        elif re.match(r"^[一二三四五六七八九十]+、", line):
            body.append(para(line, bold=True))
        else:
            body.append(para(line, split_at="，"))
    if rows:
        body.append(table(rows))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}">'
           f'<w:body>{"".join(body)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    out = DOCS / "b3-03-helan-nianzhong.docx"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", CT), ("_rels/.rels", RELS),
                           ("word/_rels/document.xml.rels", DOC_RELS),
                           ("docProps/core.xml", CORE), ("word/document.xml", xml)):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 8, 9, 12, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    return out


# --------------------------------------------------------------------------- GB18030
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789%.,:;()!?+-"}


def build_gb():
    text = (SRC / "b3-05-qingxiu-zongjie.src.txt").read_text(encoding="utf-8")
    text = "".join(FW.get(c, c) for c in text)
    assert not re.search(r"[0-9]", text)
    out = DOCS / "b3-05-qingxiu-zongjie.gb18030.txt"
    out.write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    return out


# --------------------------------------------------------------------------- Big5
# Pinyin written without tone marks: Big5 (as ICU and most tools read it) has no
# letters with tone marks; a page saved as Big5 loses them.
PINYIN = {"會": "hui", "說": "shuo", "關": "guan", "開": "kai", "發": "fa", "為": "wei",
          "與": "yu", "導": "dao", "調": "tiao", "這": "zhe", "據": "ju", "參": "can"}
NOISE_TOP = ["已閱讀3頁，還剩2頁未讀，繼續免費閱讀",
             "版權說明：本文檔由用戶提供並上傳，收益歸屬內容提供方，若內容存在侵權，請進行舉報或認領",
             "文檔簡介", ""]
NOISE_MID = "下載文檔到電腦，查找使用更方便　　10積分　　下載　　還剩2頁未讀，繼續閱讀"
NOISE_END = ["", "本文檔為【曲靖市總工會2023年工作報告】，可下載使用",
             "VIP專享文檔　　下載需要5積分　　第1頁/共3頁",
             "相關文檔：工會工作總結5篇　　2024年工會工作計劃範文"]


def traditional():
    cache = SRC / "b3-06-qujing-baogao.trad.txt"
    if not cache.exists():
        import opencc  # needed once
        simp = (SRC / "b3-06-qujing-baogao.simp.txt").read_text(encoding="utf-8")
        cache.write_text(opencc.OpenCC("s2tw").convert(simp), encoding="utf-8")
    return cache.read_text(encoding="utf-8")


def build_big5():
    trad = traditional()
    # corner brackets as a Taiwan/HK page has them
    trad = trad.replace("“", "「").replace("”", "」")
    trad = "".join(c + f"({PINYIN[c]})" if c in PINYIN else c for c in trad)
    trad = trad.replace("@@NOISE2@@", NOISE_MID)
    text = "\n".join(NOISE_TOP) + "\n" + trad.rstrip("\n") + "\n" + "\n".join(NOISE_END) + "\n"
    data = text.replace("\n", "\r\n").encode("big5")
    # keep to the standard Big5 ranges (no ETEN/HKSCS extensions, which ICU maps elsewhere)
    assert data.decode("big5") == text.replace("\n", "\r\n")
    assert data.decode("cp950") == text.replace("\n", "\r\n")
    i = 0
    while i < len(data):
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        code = (b << 8) | data[i + 1]
        ok = 0xA140 <= code <= 0xA3BF or 0xA440 <= code <= 0xC67E or 0xC940 <= code <= 0xF9D5
        assert ok, hex(code)
        i += 2
    out = DOCS / "b3-06-qujing-baogao.big5.txt"
    out.write_bytes(data)
    return out


if __name__ == "__main__":
    for f in (build_docx(), build_gb(), build_big5()):
        print(f.relative_to(HERE.parent), f.stat().st_size, "bytes")
