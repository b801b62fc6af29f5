import json, os, re, sys
sys.argv=['x']
exec(open('validate.py').read().split("bad = 0")[0])
for fn in sorted(os.listdir(D)):
    p=os.path.join(D,fn)
    if not os.path.isfile(p) or fn=="NOTES.md": continue
    text=norm(raw_text(p)); stem=fn.rsplit(".",1)[0]
    recs=[json.loads(l) for l in open(os.path.join(D,"gold",stem+".gold.jsonl"),encoding="utf-8")]
    covered=set()
    for r in recs:
        start=0
        while True:
            i=text.find(r["surface"],start)
            if i<0: break
            covered.update(range(i,i+len(r["surface"]))); start=i+1
    print("=====",fn)
    out=[]
    for m in re.finditer(r"[\d.]+[万亿]?[%\w]?|[一二三四五六七八九十百千两]+[个名家户人项]",text):
        if not any(k in covered for k in range(m.start(),m.end())):
            out.append(text[max(0,m.start()-8):m.end()+3].replace("\n"," "))
    print(" | ".join(out))
