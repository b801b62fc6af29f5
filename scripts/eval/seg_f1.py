#!/usr/bin/env python3
"""Word-segmentation F1 of `gonghui segment` on SIGHAN 2005 gold (PKU, MSR).

Usage: seg_f1.py GOLD_FILE [--errors N]

The gold's words (separated by spaces) are joined into unspaced lines, segmented by
`gonghui segment -`, and compared as character spans (the standard bakeoff scoring). Both
sides are compared after NFKC, which Gonghui applies (full-width digits become ASCII), so
character offsets are those of the normalised text. Prints P, R, F1 and, with --errors,
the most frequent differences.
"""
import collections, os, subprocess, sys, unicodedata

GONGHUI = os.environ.get("GONGHUI", os.path.join(os.path.dirname(__file__), "../../.build/release/gonghui"))


def spans(words):
    out, pos = set(), 0
    for w in words:
        out.add((pos, pos + len(w)))
        pos += len(w)
    return out


def main():
    path = sys.argv[1]
    show = int(sys.argv[sys.argv.index("--errors") + 1]) if "--errors" in sys.argv else 0
    gold_words = []
    lines = []
    for line in open(path, encoding="utf-8"):
        words = [unicodedata.normalize("NFKC", w) for w in line.split()]
        if not words:
            continue
        gold_words.extend(words)
        lines.append("".join(w for w in line.split()))
    text = "\n".join(lines) + "\n"
    out = subprocess.run([GONGHUI, "segment", "--keep-boilerplate", "-"], input=text.encode(), capture_output=True, check=True).stdout.decode()
    ours = [w for w in out.split() if w]
    g, o = "".join(gold_words), "".join(ours)
    # Normalisation may convert a variant character (蠧 → 蠹); spans only need equal lengths.
    changed = sum(1 for x, y in zip(g, o) if x != y)
    if len(g) != len(o):
        # Find the first divergence to report it; scoring needs the same characters.
        i = next((k for k in range(min(len(g), len(o))) if g[k] != o[k]), min(len(g), len(o)))
        sys.exit(f"texts differ at character {i}: gold …{g[i-20:i+20]}… vs ours …{o[i-20:i+20]}…")
    gs, os_ = spans(gold_words), spans(ours)
    tp = len(gs & os_)
    p, r = tp / len(os_), tp / len(gs)
    f = 2 * p * r / (p + r)
    print(f"{os.path.basename(path)}: P {p:.4f} R {r:.4f} F1 {f:.4f} ({len(gs)} gold words, {len(os_)} ours, {changed} characters changed by normalisation)")
    if show:
        # Most frequent gold words we split or merged wrongly.
        missed = collections.Counter()
        pos = 0
        for w in gold_words:
            if (pos, pos + len(w)) not in os_:
                missed[w] += 1
            pos += len(w)
        wrong = collections.Counter()
        pos = 0
        for w in ours:
            if (pos, pos + len(w)) not in gs:
                wrong[w] += 1
            pos += len(w)
        print("gold words we got wrong:", " ".join(f"{w}:{n}" for w, n in missed.most_common(show)))
        print("our words not in gold:  ", " ".join(f"{w}:{n}" for w, n in wrong.most_common(show)))


main()
