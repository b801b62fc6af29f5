import json, os, re, sys, unicodedata, zipfile, csv
from html.parser import HTMLParser
import opencc
D = "/work/main/corpora/holdout"
t2s = opencc.OpenCC("t2s")
metrics = {}
with open("/work/shared/spec/metrics.tsv", encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        metrics[row["id"]] = set(row["units"].split("|"))
PINYIN = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
class Vis(HTMLParser):
    def __init__(s):
        super().__init__(); s.skip = 0; s.out = []
    def handle_starttag(s, tag, a):
        if tag in ("script", "style", "head", "title"): s.skip += 1
        if tag in ("p", "div", "li", "br", "h1", "h3", "tr"): s.out.append("\n")
    def handle_endtag(s, tag):
        if tag in ("script", "style", "head", "title"): s.skip -= 1
    def handle_data(s, d):
        if not s.skip: s.out.append(d)
def raw_text(path):
    b = open(path, "rb").read()
    if path.endswith(".html"):
        p = Vis(); p.feed(b.decode("utf-8")); return "".join(p.out)
    if path.endswith(".docx"):
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        paras = re.findall(r"<w:p>(.*?)</w:p>", xml, re.S)
        from html import unescape
        return "\n".join(unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p, re.S))) for p in paras)
    for enc in ("utf-8", "gbk", "big5"):
        try: return b.decode(enc)
        except UnicodeDecodeError: pass
    raise ValueError(path)
def norm(t):
    t = unicodedata.normalize("NFKC", t)
    t = PINYIN.sub("", t)
    return t2s.convert(t)
NUM = re.compile(r"(\d+(?:\.\d+)?)(万|亿)?")
CN = {"百": 100}
def values(s):
    vs = []
    for m in NUM.finditer(s):
        v = float(m.group(1)) * {None: 1, "万": 1e4, "亿": 1e8}[m.group(2)]
        vs.append(v)
    return vs
bad = 0; total = 0
for fn in sorted(os.listdir(D)):
    p = os.path.join(D, fn)
    if not os.path.isfile(p) or fn == "NOTES.md": continue
    text = norm(raw_text(p))
    stem = fn.rsplit(".", 1)[0]
    gp = os.path.join(D, "gold", stem + ".gold.jsonl")
    n = 0
    for i, line in enumerate(open(gp, encoding="utf-8")):
        r = json.loads(line); n += 1
        err = []
        assert set(r) <= {"metric","value","unit","qualifier","kind","surface","federation","region","year"}, r
        if r["metric"] not in metrics: err.append("metric")
        else:
            allowed = metrics[r["metric"]]
            if r["kind"] == "level" and r["unit"] not in allowed: err.append("unit")
            if r["kind"] == "change" and r["unit"] not in allowed | {"percent", "pp"}: err.append("unit")
            if r["kind"] == "level" and r["unit"] == "percent" and not (0 <= r["value"] <= 100): err.append("pct range")
        if r["qualifier"] not in ("exact","over","under","about"): err.append("qual")
        if r["kind"] not in ("level","change"): err.append("kind")
        if r["surface"] not in text: err.append("surface not in text")
        if not any(abs(v - r["value"]) < 1e-6 for v in values(r["surface"])): err.append("value not in surface")
        if "year" in r and not isinstance(r["year"], int): err.append("year")
        if err:
            bad += 1; print(fn, i+1, err, r["surface"], r["value"])
    total += n
    print(f"{fn}: {len(text)} chars normalised, {n} records")
print("total", total, "bad", bad)
