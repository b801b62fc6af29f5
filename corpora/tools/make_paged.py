#!/usr/bin/env python3
"""Writes the paged and legacy-office variants of the formats report (corpora/formats):

  report.cid.pdf      the report in a non-embedded CID font (STSong-Light, UniGB-UCS2-H) — the
                      usual setup of official documents; poppler needs poppler-data to read it
  report.ttf.pdf      the same in an embedded TrueType font (WenQuanYi Zen Hei)
  report.columns.pdf  the same in two columns, embedded font
  report.scan.pdf     a first page of text and a second page that is only a picture of the
                      fifth paragraph (no text layer), as a scan gives
  report.encrypted.pdf  the CID PDF with an owner and a user password
  report.truncated.pdf  the first 40% of the bytes of report.ttf.pdf
  report.odt, report.doc, report.rtf   report.docx converted by LibreOffice

Every PDF has a running header (吴中区总工会文件), a running footer (吴中区总工会办公室印发) and page
numbers (— 1 —), over three pages; the table is drawn as a table. Needs reportlab
(pip install reportlab), fonts-wqy-zenhei, poppler-utils and, for the office files, LibreOffice
(libreoffice-writer). PDFs are written deterministically (reportlab's invariant mode).
"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.lib.pdfencrypt import StandardEncryption

HERE = pathlib.Path(__file__).resolve().parent
FORMATS = HERE.parent / "formats"
SOURCE = FORMATS / "source.txt"
HEADER = "吴中区总工会文件"
FOOTER = "吴中区总工会办公室印发"
ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("ZenHei", ZENHEI, subfontIndex=0))


def story(font):
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24, spaceAfter=6)
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=26, alignment=1, firstLineIndent=0, spaceAfter=12)
    out, rows = [], []
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            t = Table(rows, hAlign="LEFT")
            t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 11),
                                   ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
            out.append(t)
            rows = []
        out.append(Paragraph(line, title if i == 0 else body))
    return out


def furniture(font):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 10)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 15 * mm, HEADER)
        canvas.drawCentredString(A4[0] / 2, 18 * mm, FOOTER)
        canvas.drawCentredString(A4[0] / 2, 11 * mm, "— %d —" % doc.page)
        canvas.restoreState()
    return draw


def build(name, font, columns=1, encrypt=None, after_first_page_picture=False):
    path = FORMATS / name
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=28 * mm,
                          bottomMargin=30 * mm, encrypt=encrypt, title="吴中区总工会2023年工作总结", author="", creator="", producer="")
    gutter = 16 * mm
    width = (doc.width - gutter * (columns - 1)) / columns
    frames = [Frame(doc.leftMargin + k * (width + gutter), doc.bottomMargin, width, doc.height, id="c%d" % k) for k in range(columns)]
    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=furniture(font))])
    doc.build(story(font))
    print("wrote", path, file=sys.stderr)


def scan():
    """A first page with a text layer, then a page that is only a picture of text (no text
    layer), as a scanner gives: the fifth paragraph, rendered at 200 dpi by pdftoppm."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    paragraph = next(l for l in lines if l.startswith("五、"))
    with tempfile.TemporaryDirectory() as tmp:
        text_pdf = os.path.join(tmp, "page.pdf")
        doc = BaseDocTemplate(text_pdf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=28 * mm, bottomMargin=30 * mm)
        doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)])])
        doc.build([Paragraph(paragraph, ParagraphStyle("b", fontName="ZenHei", fontSize=14, leading=24, wordWrap="CJK"))])
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", "1", text_pdf, os.path.join(tmp, "img")], check=True)
        image = next(pathlib.Path(tmp).glob("img*.png"))
        c = canvas.Canvas(str(FORMATS / "report.scan.pdf"), pagesize=A4, invariant=1)
        c.setFont("ZenHei", 12)
        c.drawString(25 * mm, A4[1] - 30 * mm, lines[0])
        c.drawString(25 * mm, A4[1] - 40 * mm, lines[1][:30])
        c.showPage()
        c.drawImage(ImageReader(str(image)), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()
    print("wrote", FORMATS / "report.scan.pdf", file=sys.stderr)


def office():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice not found: report.odt/.doc/.rtf not written", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for ext in ("odt", "doc", "rtf"):
            subprocess.run([soffice, "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                            "--convert-to", ext, "--outdir", tmp, str(FORMATS / "report.docx")],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.join(tmp, "report." + ext), FORMATS / ("report." + ext))
            print("wrote", FORMATS / ("report." + ext), file=sys.stderr)


if __name__ == "__main__":
    build("report.cid.pdf", "STSong-Light")
    build("report.ttf.pdf", "ZenHei")
    build("report.columns.pdf", "ZenHei", columns=2)
    build("report.encrypted.pdf", "STSong-Light", encrypt=StandardEncryption("user-secret", ownerPassword="owner-secret"))
    data = (FORMATS / "report.ttf.pdf").read_bytes()
    (FORMATS / "report.truncated.pdf").write_bytes(data[: int(len(data) * 0.4)])
    scan()
    office()
