#!/usr/bin/env python3
"""Draw 80 (file, line) pairs from the five reports. Seed 181818. Do not modify after first run."""
import glob, os, random, re

REPORTS = "/work/shared/reports"
SEED = 181818
N = 80

TOC_RE = re.compile(r"(\.{3,}|…{2,}|・{3,})|\t\s*\d+\s*$|\s\d{1,3}\s*$")
HEAD_RE = re.compile(r"^\s*(第[0-9０-９一二三四五六七八九十]+[章節部]|[0-9０-９]+[－\-][0-9０-９]+[．.]|\(?[0-9０-９]{1,2}[)）.．]|[（(][0-9０-９a-zA-Z]+[)）]|[0-9０-９]{1,2}\s|[■●◆□○◇▼▶【]|[A-ZＡ-Ｚ][.．]\s)")
CAPTION_RE = re.compile(r"^\s*(図|表|写真|グラフ|Figure|Table|Fig\.|資料|出典|出所|注[0-9０-９：:]|※|\*|（注|\(注|[0-9０-９]{1,2}\s*[　 ]?[^\s]*『)")
CITE_RE = re.compile(r"(出典[：:]|出所[：:]|https?://|www\.|参照[：:]|より作成|を基に作成|作成$)")

def keep(text):
    t = text.strip()
    if len(t) < 25:
        return False
    if TOC_RE.search(t):
        return False
    if CAPTION_RE.match(t) or CITE_RE.search(t):
        return False
    # heading: numbered start and no sentence-ending punctuation
    if HEAD_RE.match(t) and "。" not in t and len(t) < 60:
        return False
    return True

def main():
    files = sorted(glob.glob(os.path.join(REPORTS, "*.ja.txt")))
    pools = {}
    for f in files:
        name = os.path.basename(f)
        with open(f, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        pools[name] = [(i + 1, l.strip()) for i, l in enumerate(lines) if l.strip() and keep(l)]
    names = sorted(pools)
    weights = [len(pools[n]) for n in names]
    rng = random.Random(SEED)
    seen = set()
    out = []
    while len(out) < N:
        name = rng.choices(names, weights=weights, k=1)[0]
        lineno, text = rng.choice(pools[name])
        if (name, lineno) in seen:
            continue
        seen.add((name, lineno))
        out.append((len(out) + 1, name, lineno, text))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "draw-output.txt"), "w", encoding="utf-8") as fh:
        for k, name, lineno, text in out:
            fh.write(f"{k}\t{name}\t{lineno}\t{text}\n")
    for n in names:
        print(n, len(pools[n]))

if __name__ == "__main__":
    main()
