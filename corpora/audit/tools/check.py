#!/usr/bin/env python3
"""Arithmetic check of a corpus of union reports against its gold records.

A small, independent re-implementation of the audit (python3 standard library only), used
to verify that corpora/audit plants exactly the inconsistencies listed in expected.tsv and
that nothing else in the corpus is inconsistent.

    python3 corpora/audit/tools/check.py            # the audit corpus, compared with expected.tsv
    python3 corpora/audit/tools/check.py --main     # corpora/reports with corpora/gold: no findings expected
    python3 corpora/audit/tools/check.py --docs D --gold G [--expected E]

Checks (one finding per problem):
  share     a survey share 在N…中 … 有M家,占P%  (same sentence), and a rate record against the
            stock records it is computed from (contracts.rate = contracts.enterprises /
            unions.covered_units and = contracts.workers / workers.covered; members.rate =
            members.count / workers.covered), nearest records in the paragraph, else the
            only ones in the document
  sum       cadres.fulltime + cadres.parttime = cadres.total in one sentence, and the
            exhaustive splits listed in SPLITS
  part      a 其中 part larger than its whole (same sentence, same metric; cadres.fulltime /
            cadres.parttime under cadres.total)
  growth    a stated change against the previous year's level (of the same federation and
            metric, in any document; 比2022年 fixes the base year; 同期 and 五年前 are skipped)
  conflict  two documents giving different levels for the same federation, metric, year and
            unit (survey subgroups and 其中 parts left out)

Tolerance: each stated figure is an interval, ±0.5 of its last stated digit (in 万/亿 when
written so), widened for 约 (±2%), 余/多/超过 (up to +10%) and 近/不足 (down to -10%).
A check passes when the computed interval meets the stated one ("strict"). "lenient" also
widens every 万/亿 figure by 1% relative. A finding is BLATANT when even the lenient check
fails, MARGINAL when only the strict check fails. The audit corpus must have only blatant
findings, exactly those of expected.tsv; the consistent documents must have none.

Exit status: 0 when the findings are exactly the expected ones (or none, for --main).
"""
import argparse
import html
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
AUDIT = os.path.dirname(HERE)
CORPORA = os.path.dirname(AUDIT)

# Exhaustive splits: (document, whole surface, [part surfaces]); the parts must add up to the whole.
SPLITS = [
    ("district-yinzhou-2023", "全区共有基层工会2,068家", ["企业工会1,742家", "机关事业单位和社会组织工会326家"]),
    ("textile-union-2021", "全年共开展各类竞赛25场", ["开展劳动竞赛18场", "技能比武7场"]),
    ("gbk-press-2023", "资助困难职工子女和困难农民工子女312名", ["考入本科院校的198名", "考入专科院校的114名"]),
]

RATE_PAIRS = {
    "contracts.rate": [("contracts.enterprises", "unions.covered_units"), ("contracts.workers", "workers.covered")],
    "members.rate": [("members.count", "workers.covered")],
}

NUM = r"\d[\d,]*(?:\.\d+)?"
SENT_END = "。！？!?\n"

# ---------------------------------------------------------------- loading


def decode_bytes(b):
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8")
    if b.startswith(b"\xff\xfe") or b.startswith(b"\xfe\xff"):
        return b.decode("utf-16")
    for enc in ("utf-8", "gb18030", "big5"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("utf-8", "replace")


def load_text(path):
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paras = []
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, re.S):
            cells = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", p, re.S)
            paras.append(html.unescape("".join(cells)))
        text = "\n".join(paras)
    else:
        with open(path, "rb") as f:
            text = decode_bytes(f.read())
        if path.endswith((".html", ".htm")):
            text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", text)
            text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>", "\n", text)
            text = re.sub(r"<[^>]+>", "", text)
            text = html.unescape(text)
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


class Doc:
    def __init__(self, name, path, records):
        self.name = name
        self.file = os.path.basename(path)
        self.text = load_text(path)
        self.records = records
        self.locate()
        self.survey_spans = [m.span() for m in survey_base_iter(self.text)]

    def locate(self):
        pos = 0
        for r in self.records:
            s = r["surface"]
            i = self.text.find(s, pos)
            if i < 0:
                i = self.text.find(s)
            else:
                pos = i + len(s)
            r["_pos"] = i if i >= 0 else None
            r["_doc"] = self

    def sentence(self, pos):
        if pos is None:
            return None
        a = max(self.text.rfind(c, 0, pos) for c in SENT_END) + 1
        ends = [self.text.find(c, pos) for c in SENT_END]
        ends = [e for e in ends if e >= 0]
        b = min(ends) + 1 if ends else len(self.text)
        return (a, b)

    def paragraph(self, pos):
        if pos is None:
            return None
        a = self.text.rfind("\n", 0, pos) + 1
        b = self.text.find("\n", pos)
        return (a, b if b >= 0 else len(self.text))

    def in_survey_sentence(self, r):
        sent = self.sentence(r["_pos"])
        if sent is None:
            return False
        return any(sent[0] <= a < sent[1] and a < r["_pos"] for a, _ in self.survey_spans)

    def is_qizhong_part(self, r):
        """True when r stands in a 其中 clause: 其中 before it, with no , or ; in between."""
        sent = self.sentence(r["_pos"])
        if sent is None:
            return False
        q = self.text.rfind("其中", sent[0], r["_pos"])
        return q >= 0 and not re.search(r"[,;]", self.text[q:r["_pos"]])


def survey_base_iter(text):
    return re.finditer(r"在([^,;。在\n]{0,20}?)(" + NUM + r")(万)?(家|名|个|人|所|户|份)([^,;。\d\n]{0,20})中", text)


def load_corpus(docs_dir, gold_dir, extra=None, aliases=None):
    files = dict(aliases or {})
    for d in [docs_dir] + (extra or []):
        for fn in sorted(os.listdir(d)):
            stem = fn.rsplit(".", 1)[0]
            files.setdefault(stem, os.path.join(d, fn))
    docs = []
    for fn in sorted(os.listdir(gold_dir)):
        if not fn.endswith(".gold.jsonl"):
            continue
        name = fn[: -len(".gold.jsonl")]
        path = files.get(name)
        if path is None:
            print(f"note: no document for {fn}, skipped", file=sys.stderr)
            continue
        with open(os.path.join(gold_dir, fn), encoding="utf-8") as f:
            recs = [json.loads(line) for line in f if line.strip()]
        docs.append(Doc(name, path, recs))
    return docs


# ---------------------------------------------------------------- intervals

CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"


def stated_number(surface, value):
    """(number text, multiplier) of the figure in a surface: the last Arabic number, with 万/亿."""
    ms = list(re.finditer(r"(" + NUM + r")\s*(万|亿)?", surface))
    if not ms:
        return None, 1
    m = ms[-1]
    mult = {"万": 1e4, "亿": 1e8}.get(m.group(2), 1)
    return m.group(1), mult


def interval(r, lenient=False):
    v = float(r["value"])
    txt, mult = stated_number(r["surface"], v)
    if txt is None:
        half = 0.5
    else:
        dec = len(txt.split(".")[1]) if "." in txt else 0
        half = 0.5 * 10 ** (-dec) * mult
        if r["unit"] not in ("percent", "pp") and abs(float(txt.replace(",", "")) * mult - abs(v)) > half * 2 + 1e-9:
            # the surface number is not the value (e.g. a Chinese numeral): exact integer
            half = 0.5
    lo, hi = v - half, v + half
    q = r.get("qualifier", "exact")
    if q == "about":
        lo, hi = min(lo, v * 0.98), max(hi, v * 1.02)
    elif q == "over":
        hi = max(hi, v * 1.10)
    elif q == "under":
        lo = min(lo, v * 0.90)
    if lenient and mult > 1:
        lo, hi = lo - abs(v) * 0.01, hi + abs(v) * 0.01
    return lo, hi


def meets(a, b, eps=1e-9):
    return a[0] <= b[1] + eps and b[0] <= a[1] + eps


def div(n, d):
    return (n[0] / d[1] * 100, n[1] / d[0] * 100)


def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])


def add(parts):
    return (sum(p[0] for p in parts), sum(p[1] for p in parts))


def pct_change(cur, prev):
    return ((cur[0] / prev[1] - 1) * 100, (cur[1] / prev[0] - 1) * 100)


def fmt(x):
    return f"{x:.2f}".rstrip("0").rstrip(".")


def mid(iv):
    return (iv[0] + iv[1]) / 2


# ---------------------------------------------------------------- findings

CHECKED = []  # (check, document file, description, passed) of every comparison made


def log(check, doc, desc, passed):
    CHECKED.append((check, doc.file, desc, passed))



class Findings:
    def __init__(self):
        self.items = []

    def add(self, check, rec, metric, year, docs, why, blatant):
        key = (check, rec.get("federation", ""), metric, str(year or ""))
        files = ",".join(sorted({d.file for d in docs}))
        for it in self.items:
            if it["key"] == key and it["documents"] == files:
                return
        self.items.append(dict(key=key, documents=files, why=why, blatant=blatant))


def judge(computed_fn, stated_fn):
    """(strict ok, lenient ok) of a comparison evaluated at both tolerances."""
    return (meets(computed_fn(False), stated_fn(False)), meets(computed_fn(True), stated_fn(True)))


def level(r):
    return r["kind"] == "level"


def same_scope(a, b):
    return a.get("federation") == b.get("federation") and a.get("year") == b.get("year")


def nearest(doc, rec, metric, pool, before_only=False):
    """The record of `metric` nearest to rec in its paragraph; else the only one in the doc."""
    cands = [r for r in pool if r["metric"] == metric and level(r) and same_scope(r, rec) and r is not rec]
    if rec["_pos"] is not None:
        para = doc.paragraph(rec["_pos"])
        inpara = [r for r in cands if r["_pos"] is not None and para[0] <= r["_pos"] < para[1]]
        if before_only:
            inpara = [r for r in inpara if r["_pos"] < rec["_pos"]]
        if inpara:
            return min(inpara, key=lambda r: abs(r["_pos"] - rec["_pos"]))
    return cands[0] if len(cands) == 1 else None


def check_survey_shares(doc, F):
    text = doc.text
    for base in survey_base_iter(text):
        sent = doc.sentence(base.start())
        nxt = [m.start() for m in survey_base_iter(text) if base.end() <= m.start() < sent[1]]
        stop = min(nxt) if nxt else sent[1]
        mult = 1e4 if base.group(3) else 1
        bval = float(base.group(2).replace(",", "")) * mult
        btxt = base.group(2)
        bdec = len(btxt.split(".")[1]) if "." in btxt else 0
        bhalf = 0.5 * 10 ** (-bdec) * mult
        seg = text[base.end():stop]
        for m in re.finditer(r"(" + NUM + r")(万)?(家|名|个|人|所|户|份)[,，]?(?:占|佔|入会率为?|比例为?)(\d+(?:\.\d+)?)%", seg):
            cm = 1e4 if m.group(2) else 1
            ctxt = m.group(1)
            cdec = len(ctxt.split(".")[1]) if "." in ctxt else 0
            cval = float(ctxt.replace(",", "")) * cm
            chalf = 0.5 * 10 ** (-cdec) * cm
            stxt = m.group(4)
            sdec = len(stxt.split(".")[1]) if "." in stxt else 0
            s = float(stxt)
            shalf = 0.5 * 10 ** (-sdec)

            def comp(len_):
                sl = 0.01 if len_ else 0
                n = (cval - chalf - cval * sl * (cm > 1), cval + chalf + cval * sl * (cm > 1))
                d = (bval - bhalf - bval * sl * (mult > 1), bval + bhalf + bval * sl * (mult > 1))
                return div(n, d)

            st = lambda _l: (s - shalf, s + shalf)
            strict, lenient = judge(comp, st)
            log("share", doc, f"{ctxt}/{btxt} = {fmt(mid(comp(False)))}% vs {stxt}%", strict)
            if strict:
                continue
            at = base.end() + m.start()
            rate = [r for r in doc.records if r["_pos"] is not None and sent[0] <= r["_pos"] < sent[1]
                    and r["unit"] == "percent" and level(r) and abs(float(r["value"]) - s) < 1e-9
                    and r["_pos"] >= at]
            rate.sort(key=lambda r: r["_pos"])
            rec = rate[0] if rate else (doc.records[0] if doc.records else {})
            metric = rate[0]["metric"] if rate else "-"
            why = f"{ctxt}{'万' if cm > 1 else ''}/{btxt}{'万' if mult > 1 else ''} = {fmt(mid(comp(False)))}%, stated {stxt}% (survey base 在…中)"
            F.add("share", rec, metric, rec.get("year"), [doc], why, not lenient)


def check_rates(doc, F):
    recs = doc.records
    pool = [r for r in recs if not doc.in_survey_sentence(r) and not doc.is_qizhong_part(r)]
    for r in recs:
        if r["metric"] not in RATE_PAIRS or not level(r) or r["unit"] != "percent":
            continue
        if doc.in_survey_sentence(r):
            continue  # checked against its own base by check_survey_shares
        for num_m, den_m in RATE_PAIRS[r["metric"]]:
            n = nearest(doc, r, num_m, pool)
            d = nearest(doc, r, den_m, pool)
            if not n or not d:
                continue
            strict, lenient = judge(lambda l: div(interval(n, l), interval(d, l)), lambda l: interval(r, l))
            log("share", doc, f"{n['surface']} / {d['surface']} = {fmt(mid(div(interval(n), interval(d))))}% vs {r['surface']}", strict)
            if strict:
                continue
            why = (f"{num_m} {n['surface']} / {den_m} {d['surface']} = "
                   f"{fmt(mid(div(interval(n), interval(d))))}%, stated {r['surface']}")
            F.add("share", r, r["metric"], r.get("year"), [doc], why, not lenient)


def check_sums(doc, F):
    recs = doc.records
    for t in recs:
        if t["metric"] != "cadres.total" or not level(t) or t["_pos"] is None:
            continue
        sent = doc.sentence(t["_pos"])
        parts = {}
        for m in ("cadres.fulltime", "cadres.parttime"):
            c = [r for r in recs if r["metric"] == m and level(r) and r["_pos"] is not None
                 and sent[0] <= r["_pos"] < sent[1] and same_scope(r, t)]
            if len(c) == 1:
                parts[m] = c[0]
        if len(parts) != 2:
            continue
        ps = list(parts.values())
        strict, lenient = judge(lambda l: add([interval(p, l) for p in ps]), lambda l: interval(t, l))
        log("sum", doc, " + ".join(p["surface"] for p in ps) + f" vs {t['surface']}", strict)
        if not strict:
            why = " + ".join(p["surface"] for p in ps) + f" = {fmt(sum(float(p['value']) for p in ps))}, stated {t['surface']}"
            F.add("sum", t, "cadres.total", t.get("year"), [doc], why, not lenient)
    for name, whole_s, part_s in SPLITS:
        if name != doc.name:
            continue
        whole = [r for r in recs if r["surface"] == whole_s]
        parts = [[r for r in recs if r["surface"] == s] for s in part_s]
        if not whole or not all(parts):
            print(f"note: split {whole_s} not found in {name}", file=sys.stderr)
            continue
        w, ps = whole[0], [p[0] for p in parts]
        strict, lenient = judge(lambda l: add([interval(p, l) for p in ps]), lambda l: interval(w, l))
        log("sum", doc, " + ".join(p["surface"] for p in ps) + f" vs {w['surface']}", strict)
        if not strict:
            why = " + ".join(p["surface"] for p in ps) + f" ≠ {w['surface']}"
            F.add("sum", w, w["metric"], w.get("year"), [doc], why, not lenient)


def check_parts(doc, F):
    recs = [r for r in doc.records if r["_pos"] is not None and level(r)]
    text = doc.text
    for q in re.finditer("其中", text):
        sent = doc.sentence(q.start())
        ends = [i for i in (text.find("其中", q.end(), sent[1]), text.find(";", q.end(), sent[1])) if i >= 0]
        stop = min(ends) if ends else sent[1]
        before = [r for r in recs if sent[0] <= r["_pos"] < q.start()]
        after = [r for r in recs if q.end() <= r["_pos"] < stop]
        for p in after:
            wm = "cadres.total" if p["metric"] in ("cadres.fulltime", "cadres.parttime") else p["metric"]
            ws = [r for r in before if r["metric"] == wm and r["unit"] == p["unit"] and same_scope(r, p)]
            if not ws:
                continue
            w = max(ws, key=lambda r: r["_pos"])
            pi, wi = interval(p), interval(w)
            log("part", doc, f"{p['surface']} <= {w['surface']}", pi[0] <= wi[1] + 1e-9)
            if pi[0] <= wi[1] + 1e-9:
                continue
            lenient = interval(p, True)[0] <= interval(w, True)[1]
            why = f"part {p['surface']} ({fmt(float(p['value']))}) > whole {w['surface']} ({fmt(float(w['value']))})"
            F.add("part", w, w["metric"], w.get("year"), [doc], why, not lenient)


def base_year(doc, c):
    sent = doc.sentence(c["_pos"])
    seg = doc.text[sent[0]: c["_pos"] + len(c["surface"])]
    if re.search(r"同期|[五十]年前|[”\"]末|期末", seg[-40:]):
        return None
    bi = seg.rfind("比")
    m = re.match(r"比(\d{4})年", seg[bi:]) if bi >= 0 else None
    if m:
        return int(m.group(1))
    return c["year"] - 1 if c.get("year") else None


def check_growth(docs, doc, F, all_recs):
    for c in doc.records:
        if c["kind"] != "change" or c["_pos"] is None or not c.get("year"):
            continue
        by = base_year(doc, c)
        if by is None:
            continue
        unit = c["unit"]
        if unit == "pp":
            ok_unit = lambda r: r["unit"] == "percent"
        elif unit == "percent":
            ok_unit = lambda r: r["unit"] != "percent"
        else:
            ok_unit = lambda r: r["unit"] == unit
        sent = doc.sentence(c["_pos"])
        cur = [r for r in doc.records if r["metric"] == c["metric"] and level(r) and ok_unit(r)
               and r["_pos"] is not None and r["_pos"] < c["_pos"] and r.get("year") == c["year"]
               and r.get("federation") == c.get("federation")]
        insent = [r for r in cur if r["_pos"] >= sent[0]]
        para = doc.paragraph(c["_pos"])
        inpara = [r for r in cur if r["_pos"] >= para[0]]
        cur = max(insent or inpara or [None], key=lambda r: r["_pos"] if r else -1)
        if cur is None:
            continue
        bases = [r for r in all_recs if r["metric"] == c["metric"] and level(r) and ok_unit(r)
                 and r.get("year") == by and r.get("federation") == c.get("federation")
                 and r["unit"] == cur["unit"] and not r["_doc"].in_survey_sentence(r)]
        if not bases:
            continue
        if unit == "percent":
            comp = lambda b, l: pct_change(interval(cur, l), interval(b, l))
        else:
            comp = lambda b, l: sub(interval(cur, l), interval(b, l))
        results = [(b, judge(lambda l, b=b: comp(b, l), lambda l: interval(c, l))) for b in bases]
        log("growth", doc, f"{cur['surface']} vs {by} " + " / ".join(
            f"{b['surface']} ({b['_doc'].file})" for b in bases) + f": {c['surface']}",
            any(s for _, (s, _) in results))
        if any(s for _, (s, _) in results):
            continue
        b = bases[0]
        lenient = any(l for _, (_, l) in results)
        u = "%" if unit == "percent" else (" pp" if unit == "pp" else "")
        why = (f"{cur['surface']} vs {by} {b['surface']} ({b['_doc'].file}): change = "
               f"{fmt(mid(comp(b, False)))}{u}, stated {c['surface']}")
        F.add("growth", c, c["metric"], c["year"], [doc, b["_doc"]], why, not lenient)


def check_conflicts(docs, F):
    groups = {}
    for d in docs:
        for r in d.records:
            if not level(r) or not r.get("federation") or not r.get("year"):
                continue
            if d.in_survey_sentence(r) or d.is_qizhong_part(r):
                continue
            groups.setdefault((r["federation"], r["metric"], r["year"], r["unit"]), {}).setdefault(d.name, []).append(r)
    for key, bydoc in groups.items():
        names = sorted(bydoc)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                A, B = bydoc[a], bydoc[b]
                agree = any(meets(interval(x), interval(y)) for x in A for y in B)
                CHECKED.append(("conflict", f"{a},{b}", f"{key[1]} {key[2]}: " + "/".join(x["surface"] for x in A)
                                + " vs " + "/".join(y["surface"] for y in B), agree))
                if agree:
                    continue
                lenient = any(meets(interval(x, True), interval(y, True)) for x in A for y in B)
                x, y = A[0], B[0]
                why = f"{x['_doc'].file}: {x['surface']} vs {y['_doc'].file}: {y['surface']}"
                F.add("conflict", x, key[1], key[2], [x["_doc"], y["_doc"]], why, not lenient)


def run(docs):
    F = Findings()
    all_recs = [r for d in docs for r in d.records]
    unplaced = [(d.name, r["surface"]) for d in docs for r in d.records if r["_pos"] is None]
    for d in docs:
        check_survey_shares(d, F)
        check_rates(d, F)
        check_sums(d, F)
        check_parts(d, F)
        check_growth(docs, d, F, all_recs)
    check_conflicts(docs, F)
    return F, unplaced


def read_expected(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip():
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            rows.append(row)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs")
    ap.add_argument("--gold")
    ap.add_argument("--expected")
    ap.add_argument("--main", action="store_true", help="check corpora/reports (+ corpora/formats/source.txt)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every comparison made")
    a = ap.parse_args()
    if a.main:
        docs_dir = a.docs or os.path.join(CORPORA, "reports")
        gold_dir = a.gold or os.path.join(CORPORA, "gold")
        docs = load_corpus(docs_dir, gold_dir,
                           aliases={"formats-report": os.path.join(CORPORA, "formats", "source.txt")})
        expected = None
    else:
        docs_dir = a.docs or os.path.join(AUDIT, "docs")
        gold_dir = a.gold or os.path.join(AUDIT, "gold")
        docs = load_corpus(docs_dir, gold_dir)
        exp = a.expected or os.path.join(AUDIT, "expected.tsv")
        expected = read_expected(exp) if os.path.exists(exp) else None

    F, unplaced = run(docs)
    print(f"{len(docs)} documents, {sum(len(d.records) for d in docs)} records")
    if unplaced:
        print(f"{len(unplaced)} gold surfaces not found in the normalised text (checked at document level only):")
        for n, s in unplaced[:10]:
            print(f"  {n}: {s}")
    counts = {}
    for c, _, _, ok_ in CHECKED:
        counts.setdefault(c, [0, 0])[0 if ok_ else 1] += 1
    print("comparisons: " + ", ".join(f"{c} {n[0] + n[1]} ({n[1]} failed)" for c, n in sorted(counts.items())))
    if a.verbose:
        for c, f, d, ok_ in CHECKED:
            print(f"  {'ok  ' if ok_ else 'FAIL'} {c:8} {f}: {d}")
    print("check\tfederation\tmetric\tyear\tdocuments\tseverity\texplanation")
    for it in F.items:
        c, fed, m, y = it["key"]
        print(f"{c}\t{fed}\t{m}\t{y}\t{it['documents']}\t{'BLATANT' if it['blatant'] else 'MARGINAL'}\t{it['why']}")
    ok = True
    if expected is None:
        ok = not F.items
    else:
        got = {(it["key"], it["documents"]) for it in F.items}
        want = {((r["check"], r["federation"], r["metric"], r["year"]),
                 ",".join(sorted(x.strip() for x in r["documents"].split(",")))) for r in expected}
        for k in sorted(want - got):
            print(f"MISSING (expected, not found): {k}")
            ok = False
        for k in sorted(got - want):
            print(f"UNEXPECTED (found, not expected): {k}")
            ok = False
        for it in F.items:
            if not it["blatant"]:
                print(f"NOT BLATANT: {it['key']}")
                ok = False
    print("OK" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
