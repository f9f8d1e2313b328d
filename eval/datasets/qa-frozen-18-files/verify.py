#!/usr/bin/env python3
"""Verify qa-frozen-18.jsonl. Prints 'verify: OK' when all checks pass."""
import json, re, sys, glob, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = "/work/shared/reports"
KEYS = ["id", "language", "question", "answerable", "report", "evidence", "facts", "style", "qtype"]
STYLES = {"direct", "paraphrase", "colloquial"}
QTYPES = {"when", "how-many", "who", "which", "what", "where", "list", "how", "why"}
JA_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
MAXRUN = 12

texts = {os.path.basename(p): open(p, encoding="utf-8").read() for p in sorted(glob.glob(REPORTS + "/*.ja.txt"))}
lines = {k: v.split("\n") for k, v in texts.items()}
errs = []

def shares_long_run(q, txt):
    for i in range(len(q) - MAXRUN):
        if q[i:i + MAXRUN + 1] in txt:
            return q[i:i + MAXRUN + 1]
    return None

raw = open(os.path.join(HERE, "qa-frozen-18.jsonl"), encoding="utf-8").read().split("\n")
if raw and raw[-1] == "":
    raw = raw[:-1]
if len(raw) != 50:
    errs.append(f"expected 50 lines, got {len(raw)}")
items = []
for n, l in enumerate(raw, 1):
    try:
        d = json.loads(l)
    except Exception as e:
        errs.append(f"line {n}: invalid JSON: {e}"); continue
    if list(d.keys()) != KEYS:
        errs.append(f"line {n}: key order {list(d.keys())}")
    items.append(d)

ids = [d.get("id") for d in items]
for i, c in Counter(ids).items():
    if c > 1: errs.append(f"duplicate id {i}")
cnt = Counter()
for d in items:
    i, lang = d["id"], d["language"]
    if lang not in ("en", "ja"): errs.append(f"{i}: bad language")
    if not (i.startswith("f18-") and i.endswith("-" + lang)): errs.append(f"{i}: id prefix/suffix")
    if d["style"] not in STYLES: errs.append(f"{i}: style")
    if d["qtype"] not in QTYPES: errs.append(f"{i}: qtype")
    if not isinstance(d["question"], str) or not d["question"].strip(): errs.append(f"{i}: empty question")
    cnt[(lang, d["answerable"])] += 1
    q = d["question"]
    if lang == "en" and JA_RE.search(q): errs.append(f"{i}: Japanese script in en question")
    if d["answerable"] is True:
        r = d["report"]
        if r not in texts: errs.append(f"{i}: unknown report {r}"); continue
        ev = d["evidence"]
        if not (1 <= len(ev) <= 3): errs.append(f"{i}: evidence count {len(ev)}")
        for e in ev:
            if not (10 <= len(e) <= 40): errs.append(f"{i}: evidence length {len(e)}: {e}")
            if not any(e in ln for ln in lines[r]): errs.append(f"{i}: evidence not within one line of report: {e}")
        fs = d["facts"]
        if not (1 <= len(fs) <= 3): errs.append(f"{i}: facts count {len(fs)}")
        for f in fs:
            if not (isinstance(f, list) and f and all(isinstance(x, str) and x for x in f)):
                errs.append(f"{i}: bad fact {f}"); continue
            if lang == "ja" and f[0] not in texts[r]: errs.append(f"{i}: ja fact first form not in report: {f[0]}")
        if d["style"] != "direct":
            run = shares_long_run(q, texts[r])
            if run: errs.append(f"{i}: {d['style']} question copies >{MAXRUN} chars: {run}")
    elif d["answerable"] is False:
        if d["report"] is not None or d["evidence"] != [] or d["facts"] != []:
            errs.append(f"{i}: unanswerable must have report null, evidence [], facts []")
        if d["style"] != "direct":
            for r, t in texts.items():
                run = shares_long_run(q, t)
                if run: errs.append(f"{i}: {d['style']} question copies >{MAXRUN} chars from {r}: {run}")
    else:
        errs.append(f"{i}: answerable not bool")

want = {("en", True): 19, ("ja", True): 19, ("en", False): 6, ("ja", False): 6}
for k, v in want.items():
    if cnt[k] != v: errs.append(f"count {k}: {cnt[k]} != {v}")

if errs:
    print("\n".join(errs)); print(f"verify: FAIL ({len(errs)} problems)"); sys.exit(1)
print("verify: OK")
