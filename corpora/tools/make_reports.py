#!/usr/bin/env python3
"""Write the corpora/reports/ files that are not plain UTF-8 text, from the UTF-8 sources in
corpora/tools/report-sources/ (standard library only):

    textile-union-2021.docx      from report-sources/textile-union-2021.txt (simplified)
    wenku-copy-2020.big5.txt     from report-sources/wenku-copy-2020.trad.txt (traditional,
                                 OpenCC s2t of the simplified draft), wrapped in document-site
                                 noise and inline pinyin annotations, encoded Big5, CRLF
    gbk-press-2023.txt           from report-sources/gbk-press-2023.txt, encoded GBK

    python3 corpora/tools/make_reports.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(HERE, "report-sources")
REPORTS = os.path.normpath(os.path.join(HERE, "..", "reports"))
sys.path.insert(0, HERE)
import make_formats  # noqa: E402  (docx helpers)


def read(name):
    with open(os.path.join(SOURCES, name), encoding="utf-8") as f:
        return f.read()


def write(name, data):
    with open(os.path.join(REPORTS, name), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- Big5 document-site copy

# Readings of the characters the site annotates. Big5 has no letters with tone marks, so the
# copy went through a transliterating converter (iconv //TRANSLIT style) and the annotations
# lost their tones: 會(huì) became 會(hui). Only characters with one reading in this text.
PINYIN = {
    "會": "hui", "職": "zhi", "員": "yuan", "萬": "wan", "結": "jie", "織": "zhi", "動": "dong",
    "幫": "bang", "戶": "hu", "勞": "lao", "簽": "qian", "訂": "ding", "資": "zi", "開": "kai",
    "級": "ji", "業": "ye", "發": "fa", "說": "shuo", "場": "chang", "頁": "ye", "續": "xu",
    "費": "fei", "權": "quan", "請": "qing", "進": "jin", "舉": "ju", "檔": "dang", "簡": "jian",
    "讀": "du", "載": "zai", "論": "lun", "聯": "lian", "繫": "xi", "刪": "shan", "網": "wang",
}


def annotate(text, every=2, stray=7, state=None):
    """Insert (pinyin) after every `every`-th annotatable character; every `stray`-th
    annotation gets a stray space inside the brackets, as the sites' converters produce."""
    state = state if state is not None else {"seen": 0, "done": 0}
    out = []
    for ch in text:
        out.append(ch)
        py = PINYIN.get(ch)
        if py is None:
            continue
        state["seen"] += 1
        if state["seen"] % every:
            continue
        state["done"] += 1
        if state["done"] % stray == 0:
            py = py + " " if state["done"] % (2 * stray) else " " + py
        out.append("(" + py + ")")
    return "".join(out)


def make_wenku():
    body_lines = read("wenku-copy-2020.trad.txt").rstrip("\n").split("\n")
    head = [
        "", "", "",
        annotate("已閱讀5頁,還剩2頁未讀, 繼續免費閱讀", every=1),
        annotate("版權說明:本文檔由網友上傳分享,僅供學習交流使用,如有侵權請聯繫刪除,我們將在24小時內處理", every=1),
        annotate("文檔簡介", every=1),
    ]
    state = {"seen": 0, "done": 0}
    # The site flattens the document: paragraphs run on in one line, separated by spaces.
    flat = "  ".join(annotate(line, state=state) for line in body_lines)
    tail = [
        annotate("下載文檔到電腦,查找使用更方便", every=1),
        "2 積分",
        annotate("點擊閱讀全文", every=1),
        annotate("下載說明", every=1),
        annotate("- 1. 本站所有資源如無特殊說明,都需要本地電腦安裝OFFICE2007和PDF閱讀器。", every=3),
        annotate("- 2. 用戶上傳的文檔僅供參考,下載後請自行核對內容。", every=3),
        annotate("- 3. 如遇下載失敗,請聯繫客服,客服工作時間9:00-18:00。", every=3),
        annotate("最新文檔", every=1),
        "- 2021年黨支部工作計劃範文",
        "- 小學三年級數學期末試卷(含答案)",
        "- 倉庫管理制度(通用版)",
        "- 建築工程施工安全技術交底記錄",
        "- 2020年度個人述職報告",
        "- 企業年會主持詞大全",
        "- 物業服務合同(範本)",
        "- 高中英語書面表達萬能模板",
        annotate("評論", every=1),
        "0/150",
        annotate("提交評論", every=1),
    ]
    text = "\r\n".join(head + [flat] + tail) + "\r\n"
    return text.encode("big5")


def main():
    write("textile-union-2021.docx",
          make_formats.make_docx(read("textile-union-2021.txt").rstrip("\n").split("\n")))
    write("wenku-copy-2020.big5.txt", make_wenku())
    write("gbk-press-2023.txt", read("gbk-press-2023.txt").encode("gbk"))
    print("wrote reports into", REPORTS, file=sys.stderr)


if __name__ == "__main__":
    main()
