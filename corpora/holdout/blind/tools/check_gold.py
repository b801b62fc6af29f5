#!/usr/bin/env python3
"""Check the hold-out gold against the documents (stdlib only).

For every gold record: the metric exists and allows the unit; qualifier and kind are
valid; the surface is NFKC-stable and occurs in the normalised document (decoded,
tags and entities removed for HTML, inline pinyin removed, traditional mapped back to
simplified, NFKC); the value equals the number in the surface times 万/亿; a
qualifier word in the surface agrees with the qualifier; a decrease word agrees with
a negative value; the unit word in the surface agrees with the unit.
Also: every document in docs/ has a gold file and every holdout-* gold file a document
(gold/ is shared with another set, h01-h12, whose documents sit in corpora/holdout/).
"""
import html
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
sys.path.insert(0, HERE)
import make_encodings  # noqa: E402

METRICS = '/work/shared/spec/metrics.tsv'
INV = {v: k for k, v in make_encodings.S2T.items()}


def load_metrics():
    m = {}
    with open(METRICS, encoding='utf-8') as f:
        next(f)
        for line in f:
            p = line.rstrip('\n').split('\t')
            m[p[0]] = set(p[2].split('|'))
    return m


def normalise(path):
    raw = open(path, 'rb').read()
    name = os.path.basename(path)
    if '.big5.' in name:
        t = raw.decode('cp950')
        t = re.sub(r'\(\s*[a-z]+\s*\)', '', t)
        t = ''.join(INV.get(c, c) for c in t)
    elif '.gb18030.' in name:
        t = raw.decode('gb18030')
    else:
        t = raw.decode('utf-8')
    if name.endswith('.html'):
        t = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', t)
        t = re.sub(r'<[^>]+>', '', t)
        t = html.unescape(t)
    return unicodedata.normalize('NFKC', t)


CN = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6,
      '七': 7, '八': 8, '九': 9}
CNU = {'十': 10, '百': 100, '千': 1000}


def cn_value(s):
    total, cur = 0, 0
    for c in s:
        if c in CN:
            cur = CN[c]
        else:
            total += (cur or 1) * CNU[c]
            cur = 0
    return total + cur


def surface_number(s):
    m = re.findall(r'\d[\d,]*(?:\.\d+)?', s)
    if len(m) == 1:
        num, after = Decimal(m[0].replace(',', '')), s[s.index(m[0]) + len(m[0]):]
    elif not m:
        c = re.findall(r'[一二两三四五六七八九十百千]+(?=[余多]?[名个家人户场件条项份])', s)
        if len(c) != 1:
            return None, None
        num, after = Decimal(cn_value(c[0])), s[s.index(c[0]) + len(c[0]):]
    else:
        return None, None
    after = after.lstrip('余多')
    if after.startswith('万'):
        num *= 10000
    elif after.startswith('亿'):
        num *= 100000000
    return num, after


UNIT_WORDS = [('个百分点', 'pp'), ('%', 'percent'), ('人次', 'person_time'), ('次', 'person_time'),
              ('份', 'contract'), ('件', 'case'), ('户', 'household'), ('元', 'yuan'),
              ('场', 'event'), ('条', 'item'), ('名', 'person'), ('人', 'person')]


def main():
    metrics = load_metrics()
    docs = {}
    for fn in sorted(os.listdir(os.path.join(ROOT, 'docs'))):
        docs[fn.rsplit('.', 1)[0]] = os.path.join(ROOT, 'docs', fn)
    golds = {fn[:-len('.gold.jsonl')] for fn in os.listdir(os.path.join(ROOT, 'gold'))
             if fn.endswith('.gold.jsonl') and fn.startswith('holdout-')}
    errors = []
    if set(docs) != golds:
        errors.append('doc/gold mismatch: %s' % (set(docs) ^ golds))
    total = 0
    for name in sorted(docs):
        text = normalise(docs[name])
        recs = [json.loads(l) for l in open(os.path.join(ROOT, 'gold', name + '.gold.jsonl'),
                                                encoding='utf-8')]
        total += len(recs)
        surf_count = {}
        for i, r in enumerate(recs, 1):
            where = '%s:%d %s' % (name, i, r.get('surface'))
            keys = list(r)
            expect = ['metric', 'value', 'unit', 'qualifier', 'kind', 'surface']
            if keys[:6] != expect or not set(keys[6:]) <= {'federation', 'region', 'year'}:
                errors.append(where + ': keys ' + str(keys))
            met, unit, val, s = r['metric'], r['unit'], r['value'], r['surface']
            if met not in metrics:
                errors.append(where + ': unknown metric')
                continue
            allowed = metrics[met] | ({'percent', 'pp'} if r['kind'] == 'change' else set())
            if unit not in allowed:
                errors.append(where + ': unit %s not allowed for %s' % (unit, met))
            if r['qualifier'] not in ('exact', 'over', 'under', 'about'):
                errors.append(where + ': qualifier')
            if r['kind'] not in ('level', 'change'):
                errors.append(where + ': kind')
            if 'year' in r and not isinstance(r['year'], int):
                errors.append(where + ': year type')
            if unicodedata.normalize('NFKC', s) != s:
                errors.append(where + ': surface not NFKC')
            if s not in text:
                errors.append(where + ': surface not in document')
            surf_count[s] = surf_count.get(s, 0) + 1
            num, after = surface_number(s)
            if num is None:
                errors.append(where + ': cannot read number')
                continue
            if Decimal(str(abs(val))) != num:
                errors.append(where + ': value %s but surface says %s' % (val, num))
            dec = bool(re.search(r'下降|减少|降低', s))
            if (val < 0) != dec:
                errors.append(where + ': sign vs wording')
            if dec and r['kind'] != 'change':
                errors.append(where + ': decrease must be a change')
            q = 'exact'
            if re.search(r'余|多|超过|以上|逾', s):
                q = 'over'
            elif re.search(r'近|不到|不足', s):
                q = 'under'
            elif re.search(r'约|左右', s):
                q = 'about'
            if q != r['qualifier']:
                errors.append(where + ': qualifier %s but wording says %s' % (r['qualifier'], q))
            after = after.lstrip('万亿')
            for w, u in UNIT_WORDS:
                if after.startswith(w):
                    ok = (u == unit or (u == 'person_time' and unit == 'person_time')
                          or (w == '次' and unit == 'event'))
                    if not ok:
                        errors.append(where + ': unit word %s vs %s' % (w, unit))
                    break
            else:
                if after[:1] in ('家', '个', '所') and unit not in ('org', 'item'):
                    errors.append(where + ': unit word %s vs %s' % (after[:1], unit))
        for s, n in surf_count.items():
            occ = text.count(s)
            if occ < 1:
                continue
            if n > occ and not (n == 2 * occ):
                print('note: %s: surface %r used %d times, occurs %d times' % (name, s, n, occ))
        print('%-45s %3d records, %5d chars normalised' % (name, len(recs), len(text)))
    print('total', total)
    if errors:
        print('\n'.join(errors))
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main()
