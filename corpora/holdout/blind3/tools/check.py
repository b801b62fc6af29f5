#!/usr/bin/env python3
"""Check blind3's gold against its documents.

For every docs/X: normalise it the way records.md says (decode, drop boilerplate and
pinyin, NFKC, traditional -> simplified), then for every record of gold/NAME.gold.jsonl:
key order, metric/unit/qualifier/kind against ../../../../../shared/spec/metrics.tsv
(or $METRICS), the surface occurs in the normalised main text, the value parses from
the surface, the qualifier agrees with the cue words in the surface, a change's sign
agrees with 下降/减少.  With --numbers it also lists every number in the main text that
no gold surface covers (for reviewing the non-records by eye).

Python stdlib; opencc (python module) for traditional -> simplified when present,
else a small built-in table that covers the Big5 document.
Run: python3 tools/check.py [--numbers] [--dump NAME]
"""
import html.parser
import json
import os
import pathlib
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
METRICS = pathlib.Path(os.environ.get("METRICS", "/work/shared/spec/metrics.tsv"))
KEYS = ["metric", "value", "unit", "qualifier", "kind", "surface", "federation", "region", "year"]

# ------------------------------------------------------------------ normalisation
DOCSITE_NOISE = re.compile(r"已阅读\d+页|版权说明|^文档简介$|下载|VIP|^相关文档|^本文档")
PINYIN = re.compile(r"(?<=[\u3400-\u9fff])\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")


def t2s(text):
    try:
        import opencc
        return opencc.OpenCC("t2s").convert(text)
    except ImportError:  # enough for b3-06
        table = dict(zip(
            "總會關於質貫徹黨團結動員廣職為發貢獻項現將報組織進層農萬員達協議斷簽訂覆蓋單廠務開困難幫紮實籌資訪問戶學醫療參與勞動競賽類場訓創級維權處爭議經濟損滿級調規劃認真落創開錄績數覽閱剩讀續費權說檔簡歸屬內請舉領載電腦積專範計劃員",
            "总会关于质贯彻党团结动员广职为发贡献项现将报组织进层农万员达协议断签订覆盖单厂务开困难帮扎实筹资访问户学医疗参与劳动竞赛类场训创级维权处争议经济损满级调规划认真落创开录绩数览阅剩读续费权说档简归属内请举领载电脑积专范计划员"))
        return "".join(table.get(c, c) for c in text)


def docx_text(path):
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    lines = []
    body = root.find(w + "body")
    for block in body:
        if block.tag == w + "p":
            lines.append("".join(t.text or "" for t in block.iter(w + "t")))
        elif block.tag == w + "tbl":
            for tr in block.iter(w + "tr"):
                cells = ["".join(t.text or "" for t in tc.iter(w + "t")) for tc in tr.iter(w + "tc")]
                lines.append("\t".join(cells))
    return "\n".join(lines)


class Article(html.parser.HTMLParser):
    """Main text = the <h1> and the div.content of div.article; all else is boilerplate."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.main, self.all, self.skip = [], [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        cls = dict(attrs).get("class", "") or ""
        self.stack.append((tag, tag == "h1" or "content" in cls.split()))
        if tag in ("p", "div", "li", "h1", "h3", "br"):
            self.main.append("\n") if self.in_main() else None
            self.all.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def in_main(self):
        return any(m for _, m in self.stack)

    def handle_data(self, data):
        if self.skip:
            return
        self.all.append(data)
        if self.in_main():
            self.main.append(data)


def normalise(path):
    """Return (main_text, full_text) of a document, normalised."""
    name = path.name
    if name.endswith(".docx"):
        full = main = docx_text(path)
    elif name.endswith(".html"):
        p = Article()
        p.feed(path.read_text(encoding="utf-8"))
        main, full = "".join(p.main), "".join(p.all)
    else:
        data = path.read_bytes()
        enc = "big5" if ".big5." in name else "gb18030" if ".gb18030." in name else "utf-8"
        full = data.decode(enc).replace("\r\n", "\n")
        main = full
    out = []
    for text in (main, full):
        text = unicodedata.normalize("NFKC", text)
        text = PINYIN.sub("", text)
        if ".big5." in name:
            text = t2s(text)
            text = "\n".join(l for l in text.split("\n") if not DOCSITE_NOISE.search(l.strip()))
        out.append(text)
    return out[0], out[1]


# ------------------------------------------------------------------ values
CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CNU = {"十": 10, "百": 100, "千": 1000}


def cn_int(s):
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch in CNU:
            total += (cur or 1) * CNU[ch]
            cur = 0
    return total + cur


def candidates(surface):
    vals = []
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*(亿|万)?", surface):
        v = float(m.group(1)) * {"亿": 1e8, "万": 1e4, None: 1}[m.group(2)]
        vals.append(v)
    for m in re.finditer(r"([一二两三四五六七八九十百千]+)\s*(亿|万)?", surface):
        vals.append(cn_int(m.group(1)) * {"亿": 1e8, "万": 1e4, None: 1}[m.group(2)])
    return vals


def load_metrics():
    m = {}
    for line in METRICS.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        m[cols[0]] = cols[2].split("|")
    return m


def main(argv):
    metrics = load_metrics()
    show_numbers = "--numbers" in argv
    if "--dump" in argv:
        want = argv[argv.index("--dump") + 1]
        for d in sorted((ROOT / "docs").iterdir()):
            if want in d.name:
                print(normalise(d)[0])
        return 0
    errors, total = 0, 0
    for doc in sorted((ROOT / "docs").iterdir()):
        stem = doc.name.rsplit(".", 1)[0]
        gold_path = ROOT / "gold" / f"{stem}.gold.jsonl"
        if not gold_path.exists():
            print(f"{doc.name}: NO GOLD FILE")
            errors += 1
            continue
        main_text, full_text = normalise(doc)
        recs = []
        for n, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            r = json.loads(line)
            recs.append(r)
            where = f"{gold_path.name}:{n}"

            def bad(msg):
                nonlocal errors
                errors += 1
                print(f"  {where}: {msg}  {line}")

            keys = list(r)
            if keys != [k for k in KEYS if k in r] or not set(KEYS[:6]) <= set(keys):
                bad("key order / missing keys")
            if r["metric"] not in metrics:
                bad("unknown metric")
                continue
            allowed = metrics[r["metric"]]
            if r["kind"] == "level" and r["unit"] not in allowed:
                bad(f"unit {r['unit']} not allowed {allowed}")
            if r["kind"] == "change" and r["unit"] not in allowed + ["percent", "pp"]:
                bad("change unit")
            if r["kind"] not in ("level", "change"):
                bad("kind")
            if r["qualifier"] not in ("exact", "over", "under", "about"):
                bad("qualifier")
            if r["kind"] == "level" and r["value"] < 0:
                bad("negative level")
            s = r["surface"]
            if s not in main_text:
                bad("surface not in normalised main text")
            if s != unicodedata.normalize("NFKC", s):
                bad("surface not NFKC")
            if not any(abs(abs(r["value"]) - v) <= 1e-6 * max(1, v) for v in candidates(s)):
                bad(f"value not parsed from surface (candidates {candidates(s)})")
            neg = bool(re.search(r"下降|减少|降低", s))
            if r["kind"] == "change" and neg != (r["value"] < 0):
                bad("sign of change vs wording")
            cue = "exact"
            for m in re.finditer(r"(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)", s):
                before, after = s[max(0, m.start() - 4): m.start()], s[m.end(): m.end() + 8]
                if re.search(r"(超过|逾|多达)$", before) or re.match(r"(万|亿)?(余|多)", after) \
                        or re.match(r"\D{0,5}以上", after):
                    cue = "over"
                elif re.search(r"(近|将近|不到|不足)$", before):
                    cue = "under"
                elif re.search(r"(约|大约)$", before) or re.match(r"\D{0,5}左右", after):
                    cue = "about"
            if cue != r["qualifier"]:
                bad(f"qualifier {r['qualifier']} but surface cue says {cue}")
            if "year" in r and not isinstance(r["year"], int):
                bad("year not int")
        total += len(recs)
        print(f"{doc.name}: {len(recs)} records, main text {len(main_text)} chars")
        if show_numbers:
            covered = [False] * len(main_text)
            for r in recs:
                for m in re.finditer(re.escape(r["surface"]), main_text):
                    for i in range(m.start(), m.end()):
                        covered[i] = True
            for m in re.finditer(r"\d+(?:\.\d+)?", main_text):
                if not covered[m.start()]:
                    ctx = main_text[max(0, m.start() - 12): m.end() + 8].replace("\n", "⏎")
                    print(f"      not a record: {m.group()}   …{ctx}…")
    print(f"{total} records, {errors} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
