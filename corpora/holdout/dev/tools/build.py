import importlib, json, os, sys, unicodedata
sys.path.insert(0, "/tmp/hb")
OUT = "/work/main/corpora/holdout"
MODS = ["h01","h02","h03","h04","h05","h06","h07","h08","h09","h10","h11","h12"]
for m in MODS:
    mod = importlib.import_module(m)
    path = os.path.join(OUT, mod.NAME)
    if hasattr(mod, "make_bytes"):
        data = mod.make_bytes()
    else:
        text = mod.make() if hasattr(mod, "make") else mod.TEXT
        data = text.encode(getattr(mod, "ENCODING", "utf-8"))
    open(path, "wb").write(data)
    stem = mod.NAME.rsplit(".", 1)[0]
    with open(os.path.join(OUT, "gold", stem + ".gold.jsonl"), "w", encoding="utf-8") as f:
        for r in mod.RECORDS:
            r["surface"] = unicodedata.normalize("NFKC", r["surface"])
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(mod.NAME, len(data), "bytes", len(mod.RECORDS), "records")
