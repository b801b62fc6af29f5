#!/usr/bin/env python3
"""Build the encoded documents of the blind2 set and check its gold records.

Usage (from any directory; python3 standard library only):
    python3 tools/blind2.py build   # write the encoded variants into docs/
    python3 tools/blind2.py check   # check every gold file against its document

build
    tools/src/b2-03-anji-county-summary.utf8.txt  -> docs/b2-03-anji-county-summary.txt
        (GB18030, CRLF line ends, as a Windows-saved county report)
    tools/src/b2-05-quanzhou-docshare.trad.txt    -> docs/b2-05-quanzhou-docshare.big5.txt
        (Big5, strict: every character must be in Big5; the traditional source already
        carries the inline pinyin annotations of the doc-sharing site, e.g. 會(hui))

check
    Normalises each document the way records.md describes (decode, strip web
    boilerplate, strip inline pinyin, traditional -> simplified, NFKC) and checks
    each gold record:
      - keys present and in the contract's order (metric, value, unit, qualifier,
        kind, surface, federation, region, year; the last three optional);
      - metric id known, unit allowed for the metric and kind, qualifier and kind valid;
      - surface occurs in the normalised text (for the HTML page: inside the article
        body, not in navigation, related links or footer), at least as often as
        records with that surface and metric;
      - value parses from the surface (Arabic or Chinese numerals, 万/亿 multipliers),
        a negative value only with a decrease word in the surface;
      - qualifier agrees with the qualifier words in the surface.
    Traditional -> simplified uses tools/src/b2-05-quanzhou-docshare.simp.txt, the
    simplified original, aligned character by character with the Big5 text (and, if
    the optional `opencc` module happens to be installed, cross-checked with t2s).
"""
import html
import json
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
SET = HERE.parent
DOCS, GOLD, SRC = SET / "docs", SET / "gold", HERE / "src"
METRICS = None
for cand in [SET.parents[2] / "dictionaries" / "metrics.tsv"] + [p / "shared" / "spec" / "metrics.tsv" for p in SET.parents]:
    if cand.exists():
        METRICS = cand
        break

GB_SRC = SRC / "b2-03-anji-county-summary.utf8.txt"
GB_DOC = DOCS / "b2-03-anji-county-summary.txt"
BIG5_SRC = SRC / "b2-05-quanzhou-docshare.trad.txt"
BIG5_SIMP = SRC / "b2-05-quanzhou-docshare.simp.txt"
BIG5_DOC = DOCS / "b2-05-quanzhou-docshare.big5.txt"

KEY_ORDER = ["metric", "value", "unit", "qualifier", "kind", "surface", "federation", "region", "year"]
QUALIFIERS = {"exact", "over", "under", "about"}
KINDS = {"level", "change"}
PINYIN = re.compile(r"(?<=[\u3400-\u9fff])\([a-zü]+\)")


def build():
    text = GB_SRC.read_text(encoding="utf-8")
    GB_DOC.write_bytes(text.replace("\r\n", "\n").replace("\n", "\r\n").encode("gb18030"))
    print(f"wrote {GB_DOC.relative_to(SET)} ({GB_DOC.stat().st_size} bytes, GB18030)")
    trad = BIG5_SRC.read_text(encoding="utf-8")
    BIG5_DOC.write_bytes(trad.encode("big5"))  # strict: fails on any non-Big5 character
    print(f"wrote {BIG5_DOC.relative_to(SET)} ({BIG5_DOC.stat().st_size} bytes, Big5)")


# ---------------------------------------------------------------- normalisation

def t2s_map():
    """Traditional -> simplified map from the aligned Big5 text and its simplified original."""
    trad = PINYIN.sub("", BIG5_DOC.read_bytes().decode("big5"))
    simp = BIG5_SIMP.read_text(encoding="utf-8")
    if len(trad) != len(simp):
        raise SystemExit(f"{BIG5_DOC.name}: {len(trad)} characters without pinyin, simplified original has {len(simp)}")
    mapping = {}
    for t, s in zip(trad, simp):
        if t != s:
            if mapping.get(t, s) != s:
                raise SystemExit(f"{BIG5_DOC.name}: {t} maps to both {mapping[t]} and {s}")
            mapping[t] = s
    try:
        import opencc  # optional cross-check only
        conv = opencc.OpenCC("t2s").convert(trad)
        if conv != simp:
            diff = [(i, a, b) for i, (a, b) in enumerate(zip(conv, simp)) if a != b][:5]
            print(f"WARNING {BIG5_DOC.name}: opencc t2s differs from the simplified original at {diff}")
        else:
            print(f"{BIG5_DOC.name}: opencc t2s agrees with the simplified original")
    except ImportError:
        pass
    return mapping


def html_text(raw, body_only=False):
    if body_only:
        m = re.search(r'<div class="article-content">(.*?)</div>', raw, re.S)
        raw = m.group(1) if m else ""
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)
    raw = re.sub(r"<br\s*/?>|</(p|div|li|h\d|tr|td|ul)>", "\n", raw, flags=re.I)
    raw = re.sub(r"<[^>]+>", "", raw)
    return html.unescape(raw)


def normalised(doc):
    data = doc.read_bytes()
    body = None
    if doc.name.endswith(".big5.txt"):
        mapping = t2s_map()
        text = PINYIN.sub("", data.decode("big5"))
        text = "".join(mapping.get(c, c) for c in text)
    elif doc.suffix == ".html":
        raw = data.decode("utf-8")
        text = html_text(raw)
        body = unicodedata.normalize("NFKC", html_text(raw, body_only=True))
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gb18030")
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n"))
    return text, body


# ---------------------------------------------------------------- numbers

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}


def cn_number(s):
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            section += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
        elif ch in CN_BIG:
            section += digit or 0
            total += section * CN_BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def candidates(surface):
    vals = []
    for m in re.finditer(r"(\d+(?:\.\d+)?)[余多]?([万亿]?)", surface):
        n = float(m.group(1))
        vals.append(n * CN_BIG[m.group(2)] if m.group(2) else n)
    for m in re.finditer(r"[零〇一二两三四五六七八九十百千万亿]+", surface):
        if any(c in CN_DIGITS or c in CN_UNITS for c in m.group(0)):
            vals.append(float(cn_number(m.group(0))))
    return vals


def expected_qualifier(surface):
    if re.search(r"余|多|逾|超过|以上|多达", surface):
        return "over"
    if re.search(r"近|将近|不到|不足", surface):
        return "under"
    if re.search(r"约|左右|大约", surface):
        return "about"
    return "exact"


# ---------------------------------------------------------------- check

def load_metrics():
    units = {}
    for line in METRICS.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) > 2:
            units[cols[0]] = set(cols[2].split("|"))
    return units


def gold_name(doc):
    return doc.name.rsplit(".", 1)[0]


def check():
    units = load_metrics()
    errors, total = [], 0
    docs = sorted(p for p in DOCS.iterdir() if p.is_file())
    gold_files = {p.name[: -len(".gold.jsonl")] for p in GOLD.glob("*.gold.jsonl")}
    names = {gold_name(d) for d in docs}
    for missing in sorted(names - gold_files):
        errors.append(f"{missing}: document without gold file")
    for extra in sorted(gold_files - names):
        errors.append(f"{extra}: gold file without document")
    print(f"{'document':46s} {'text bytes':>10s} {'records':>7s}")
    for doc in docs:
        name = gold_name(doc)
        gf = GOLD / f"{name}.gold.jsonl"
        if not gf.exists():
            continue
        text, body = normalised(doc)
        recs = []
        for n, line in enumerate(gf.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{gf.name}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                errors.append(f"{where}: not JSON ({err})")
                continue
            recs.append(rec)
            keys = list(rec)
            if keys[:6] != KEY_ORDER[:6] or keys != [k for k in KEY_ORDER if k in rec]:
                errors.append(f"{where}: keys {keys} not in contract order")
            metric, value, unit = rec.get("metric"), rec.get("value"), rec.get("unit")
            kind, qual, surface = rec.get("kind"), rec.get("qualifier"), rec.get("surface", "")
            if metric not in units:
                errors.append(f"{where}: unknown metric {metric}")
                continue
            if kind not in KINDS:
                errors.append(f"{where}: bad kind {kind}")
            if qual not in QUALIFIERS:
                errors.append(f"{where}: bad qualifier {qual}")
            allowed = units[metric] if kind == "level" else units[metric] | {"percent", "pp"}
            if unit not in allowed:
                errors.append(f"{where}: unit {unit} not allowed for {metric} {kind}")
            if unit == "pp" and kind != "change":
                errors.append(f"{where}: pp only for change records")
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                errors.append(f"{where}: value {value!r} is not a number")
                continue
            if value < 0 and (kind != "change" or not re.search(r"下降|减少|降低|下滑|减", surface)):
                errors.append(f"{where}: negative value without a decrease in the surface")
            if value > 0 and kind == "change" and re.search(r"下降|减少|降低", surface):
                errors.append(f"{where}: decrease word but positive value")
            if not any(abs(abs(value) - c) <= 1e-9 * max(1.0, c) for c in candidates(surface)):
                errors.append(f"{where}: value {value} does not parse from surface «{surface}» {candidates(surface)}")
            if expected_qualifier(surface) != qual:
                errors.append(f"{where}: qualifier {qual} but surface «{surface}» suggests {expected_qualifier(surface)}")
            if surface != unicodedata.normalize("NFKC", surface):
                errors.append(f"{where}: surface not NFKC")
            if surface not in text:
                errors.append(f"{where}: surface «{surface}» not in normalised text")
            elif body is not None and surface not in body:
                errors.append(f"{where}: surface «{surface}» only outside the article body")
            if "year" in rec and not (isinstance(rec["year"], int) and 1949 <= rec["year"] <= 2030):
                errors.append(f"{where}: bad year {rec['year']!r}")
            for field in ("federation", "region"):
                if field in rec and not rec[field]:
                    errors.append(f"{where}: empty {field}")
        # multiplicity: records sharing surface and metric need as many occurrences
        seen = {}
        for rec in recs:
            key = (rec.get("surface"), rec.get("metric"), rec.get("unit"), rec.get("kind"))
            seen[key] = seen.get(key, 0) + 1
        for (surface, metric, _, _), k in seen.items():
            if surface and text.count(surface) < k:
                errors.append(f"{gf.name}: {k} {metric} records with surface «{surface}», text has it {text.count(surface)} time(s)")
        size = len((body if body is not None else text).encode("utf-8"))
        print(f"{doc.name:46s} {size:10d} {len(recs):7d}")
        total += len(recs)
    print(f"{'total':46s} {'':10s} {total:7d}")
    for e in errors:
        print("ERROR", e)
    print("gold check:", "OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("build", "check"):
        raise SystemExit(__doc__)
    if sys.argv[1] == "build":
        build()
    else:
        sys.exit(check())
