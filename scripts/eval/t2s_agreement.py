#!/usr/bin/env python3
"""Agreement of Gonghui's traditional→simplified conversion with OpenCC (t2s).

Usage: t2s_agreement.py FILE... (needs `pip install opencc` and a built gonghui)

For each file: the Han characters of `gonghui normalize FILE` are aligned with those of
OpenCC's t2s conversion of the same decoded text (difflib; lines Gonghui drops as boilerplate
align as deletions). Agreement = equal characters / aligned characters. Differences are listed.
"""
import collections, difflib, os, subprocess, sys, unicodedata

import opencc

GONGHUI = os.environ.get("GONGHUI", os.path.join(os.path.dirname(__file__), "../../.build/debug/gonghui"))
conv = opencc.OpenCC("t2s")


def han(s):
    return [c for c in s if "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"]


total = agree = 0
diffs = collections.Counter()
for path in sys.argv[1:]:
    raw = open(path, "rb").read()
    encodings = ("utf-8-sig", "big5", "gb18030") if "big5" in path else ("utf-8-sig", "gb18030", "big5")
    for enc in encodings:
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    ours = subprocess.run([GONGHUI, "normalize", path], capture_output=True, text=True).stdout
    theirs = conv.convert(unicodedata.normalize("NFKC", text))
    a, b = han(ours), han(theirs)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    t = g = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            t += i2 - i1
            g += i2 - i1
        elif op == "replace" and i2 - i1 == j2 - j1:
            t += i2 - i1
            for x, y in zip(a[i1:i2], b[j1:j2]):
                diffs[(x, y)] += 1
    total += t
    agree += g
    print(f"{os.path.basename(path)}: {g}/{t} = {g / max(t, 1):.4f}")
print(f"all: {agree}/{total} = {agree / max(total, 1):.5f}")
for (x, y), n in diffs.most_common(30):
    print(f"  gonghui {x} / opencc {y}: {n}")
