#!/usr/bin/env python3
"""Write corpora/formats/report.* from corpora/formats/source.txt (simplified) and
corpora/formats/source.trad.txt (the same text through OpenCC s2t, committed so that this
script needs only the standard library).

Every output must normalise to the same text as report.utf8.txt: the paragraphs of
source.txt, one per line, and the table rows as tab-separated cells.

    python3 corpora/tools/make_formats.py          # writes into corpora/formats/
"""
import html
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FORMATS = os.path.normpath(os.path.join(HERE, "..", "formats"))

# A fixed timestamp keeps the .docx byte-for-byte reproducible.
ZIP_TIME = (2024, 1, 15, 9, 30, 0)


def read_lines(name):
    with open(os.path.join(FORMATS, name), "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    assert not text.startswith("\ufeff"), name + " must not start with a BOM"
    return raw, text, text.rstrip("\n").split("\n")


def write(name, data):
    with open(os.path.join(FORMATS, name), "wb") as f:
        f.write(data)


def split_doc(lines):
    """(title, body items, signature lines). Body items are ('p', text) or ('table', rows)."""
    title, rest = lines[0], lines[1:]
    sig = rest[-2:]          # 吴中区总工会 / 2024年1月12日
    body_lines = rest[:-2]
    items, table = [], None
    for line in body_lines:
        if "\t" in line:
            if table is None:
                table = []
                items.append(("table", table))
            table.append(line.split("\t"))
        else:
            table = None
            items.append(("p", line))
    return title, items, sig


# ---------------------------------------------------------------- HTML

def esc(s):
    """Escape text for HTML, writing the Chinese curly quotes as named entities."""
    s = html.escape(s, quote=False)
    return s.replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")


def decorate(i, text):
    """Markup for one article paragraph; its visible text stays exactly `text`."""
    body = esc(text)
    # Section headings 一、…。 in <strong>, the rest of the paragraph after it.
    if len(text) > 2 and text[1] == "、" and "。" in text:
        head, tail = text.split("。", 1)
        body = "<strong>" + esc(head + "。") + "</strong>" + esc(tail)
    # A coloured span around one figure, as editors like to do.
    if "1864家" in text:
        body = body.replace("1864家", '<span style="color:#c00000;">1864家</span>')
    if "412万元" in text:
        body = body.replace("412万元", '<span class="num"><font color="red">412</font>万元</span>')
    # Indentation: full-width spaces, &nbsp; runs, or none.
    indent = ["\u3000\u3000", "&nbsp;&nbsp;&nbsp;&nbsp;", ""][i % 3]
    style = ' style="text-indent:2em;"' if i % 3 == 2 else ""
    return "<p%s>%s%s</p>" % (style, indent, body)


def table_html(rows):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="90%" align="center">',
           "<tbody>"]
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            tag = "th" if r == 0 else "td"
            inner = esc(cell)
            if r > 0 and c > 0:
                inner = '<span lang="EN-US">%s</span>' % inner
            cells.append('<%s valign="top" style="border:solid windowtext 1.0pt;">%s</%s>' % (tag, inner, tag))
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}_工会动态_吴中工会网</title>
<meta name="keywords" content="吴中工会,工作总结,职工服务">
<meta name="description" content="吴中区总工会门户网站，服务职工群众的网上家园。">
<link rel="stylesheet" type="text/css" href="/css/common.css">
<style type="text/css">
body {{ margin:0; font:12px/1.8 "宋体",Arial; color:#333; }}
.top {{ background:#b40000; color:#fff; height:32px; }}
.nav li {{ float:left; padding:0 18px; }}
.article p {{ font-size:16px; line-height:2em; margin:0 0 10px; }}
.article table td, .article table th {{ padding:4px 10px; text-align:center; }}
/* 右侧栏 */
.side {{ width:280px; float:right; }}
</style>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.example.cn/hm.js?3f5c0a9e";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
function setFont(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; /* 字号：大 中 小 */ }}
</script>
</head>
<body>
<div class="top">
  <div class="wrap">
    <span class="site">吴中工会网</span>&nbsp;|&nbsp;<span>欢迎访问苏州市吴中区总工会门户网站</span>
    <span class="login"><a href="/login.jsp">登录</a> | <a href="/reg.jsp">注册</a> | <a href="javascript:void(0)" onclick="addFav()">加入收藏</a></span>
  </div>
</div>
<div class="header"><img src="/images/logo.png" alt="吴中工会网"><form action="/search.jsp" method="get"><input type="text" name="q" value="请输入关键字"><input type="submit" value="搜索"></form></div>
<nav>
<ul class="nav">
  <li><a href="/">首页</a></li>
  <li><a href="/news/">工会动态</a></li>
  <li><a href="/notice/">通知公告</a></li>
  <li><a href="/weiquan/">维权服务</a></li>
  <li><a href="/bangfu/">帮扶救助</a></li>
  <li><a href="/jingsai/">劳动竞赛 &amp; 技能比武</a></li>
  <li><a href="/wenhua/">职工文化</a></li>
  <li><a href="/contact/">联系我们</a></li>
</ul>
</nav>
<div class="wrap clearfix">
<div class="side">
  <h3>相关链接</h3>
  <ul>
    <li><a href="/news/2024/0110/8812.html">区总工会召开三届七次全委（扩大）会议</a></li>
    <li><a href="/news/2024/0105/8790.html">“工会驿站”温暖户外劳动者</a></li>
    <li><a href="/news/2023/1228/8765.html">我区举办2023年职工职业技能大赛颁奖仪式</a></li>
    <li><a href="/news/2023/1220/8741.html">区总工会开展新就业形态劳动者集中入会活动</a></li>
  </ul>
  <h3>热点排行</h3>
  <ol><li>2023年度“吴中工匠”名单公示</li><li>关于开展2024年“两节”送温暖活动的通知</li></ol>
</div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">工会动态</a> &gt; 正文</div>
<div class="article" id="zoom">
<h1>{title}</h1>
{body}
<p style="text-align:right;">{sig0}<br>{sig1}</p>
</div>
<div class="info">发布时间：2024-01-15 09:30&nbsp;&nbsp;来源：区总工会办公室&nbsp;&nbsp;浏览次数：<span id="hits">1268</span>&nbsp;&nbsp;【字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="share">分享到：<a class="wx" href="#">微信</a> <a class="wb" href="#">微博</a> <a class="qq" href="#">QQ空间</a></div>
<div class="prevnext"><p>上一篇：<a href="/news/2024/0110/8812.html">区总工会召开三届七次全委（扩大）会议</a></p><p>下一篇：没有了</p></div>
</div>
</div>
<div class="footer">
  <p><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p>
  <p>版权所有 &copy; 2024 苏州市吴中区总工会&nbsp;&nbsp;苏ICP备05012345号-2</p>
  <p>地址：苏州市吴中区东吴北路&nbsp;&nbsp;邮编：215128&nbsp;&nbsp;电话：0512-65281234&nbsp;&nbsp;职工服务热线：12351</p>
  <script type="text/javascript">document.write("<span>技术支持：某某网络科技有限公司</span>");</script>
</div>
</body>
</html>
"""


def make_html(lines):
    title, items, sig = split_doc(lines)
    parts = []
    for i, (kind, val) in enumerate(items):
        parts.append(decorate(i, val) if kind == "p" else table_html(val))
    return PAGE.format(title=esc(title), body="\n".join(parts), sig0=esc(sig[0]), sig1=esc(sig[1]))


# ---------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run(text, bold=False, font=None, size=None):
    props = ""
    if font or bold or size:
        props = "<w:rPr>"
        if font:
            props += '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/>' % (font, font, font)
        if bold:
            props += "<w:b/><w:bCs/>"
        if size:
            props += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
        props += "</w:rPr>"
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return "<w:r>%s<w:t%s>%s</w:t></w:r>" % (props, space, xesc(text))


def split_runs(text, n):
    """Cut text into runs at a few places, as Word does after edits and spell checks."""
    if n % 2 == 1 or len(text) < 30:
        return [run(text)]
    cuts = {len(text) // 3, len(text) // 2, (2 * len(text)) // 3}
    # Word also splits runs inside numbers (a figure retyped during editing): 18 + 64.
    m = re.search(r"\d{4,}", text)
    if m:
        cuts.add(m.start() + 2)
    cuts = sorted(cuts)
    pieces, prev = [], 0
    for c in cuts + [len(text)]:
        pieces.append(text[prev:c])
        prev = c
    out = []
    for k, piece in enumerate(pieces):
        out.append(run(piece))
        if k == 0:
            out.append('<w:proofErr w:type="gramStart"/>')
        if k == 1:
            out.append('<w:proofErr w:type="gramEnd"/>')
    return out


def para(runs, jc=None, indent=True):
    ppr = "<w:pPr>"
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    if indent:
        ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    ppr += "</w:pPr>"
    return "<w:p>%s%s</w:p>" % (ppr, "".join(runs))


def table_docx(rows):
    ncol = len(rows[0])
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>' + '<w:gridCol w:w="2765"/>' * ncol + "</w:tblGrid>"]
    for r, row in enumerate(rows):
        tr = "<w:tr>"
        for cell in row:
            tr += ('<w:tc><w:tcPr><w:tcW w:w="2765" w:type="dxa"/></w:tcPr>'
                   + para([run(cell, bold=(r == 0))], jc="center", indent=False) + "</w:tc>")
        out.append(tr + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def make_docx(lines):
    title, items, sig = split_doc(lines)
    body = [para([run(title, bold=True, font="方正小标宋简体", size=44)], jc="center", indent=False)]
    for n, (kind, val) in enumerate(items):
        if kind == "table":
            body.append(table_docx(val))
        elif len(val) > 2 and val[1] == "、" and "。" in val:
            head, tail = val.split("。", 1)
            body.append(para([run(head + "。", bold=True, font="黑体")] + split_runs(tail, n)))
        else:
            body.append(para(split_runs(val, n)))
    body.append(para([run(sig[0])], jc="right", indent=False))
    body.append(para([run(sig[1])], jc="right", indent=False))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s'
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>'
                '</w:sectPr></w:body></w:document>') % (W_NS, R_NS, "".join(body))
    return build_docx(document)


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" '
             'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
             'Target="word/document.xml"/></Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')


def build_docx(document_xml, extra=None):
    """Bytes of a minimal .docx around document_xml (deterministic)."""
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        files = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                 ("word/document.xml", document_xml), ("word/_rels/document.xml.rels", DOC_RELS)]
        for name, data in files + list(extra or []):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


# ---------------------------------------------------------------- main

def main():
    raw, text, lines = read_lines("source.txt")
    _, trad, _ = read_lines("source.trad.txt")

    write("report.utf8.txt", raw)
    write("report.utf8-bom.txt", b"\xef\xbb\xbf" + raw)
    # The UTF-16 little-endian copy has Windows line ends, as Notepad saves it.
    write("report.utf16le.txt", b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le"))
    write("report.utf16be.txt", b"\xfe\xff" + text.encode("utf-16-be"))
    write("report.gb18030.txt", text.encode("gb18030"))
    write("report.gbk.txt", text.encode("gbk"))
    write("report.big5.txt", trad.encode("big5"))

    page = make_html(lines)
    write("report.gbk.html", page.encode("gbk"))
    write("report.utf8-mislabelled.html", page.encode("utf-8"))
    write("report.docx", make_docx(lines))
    print("wrote formats into", FORMATS, file=sys.stderr)


if __name__ == "__main__":
    main()
