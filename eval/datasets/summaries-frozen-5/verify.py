#!/usr/bin/env python3
"""Checks for summaries-frozen-5. Exit 1 on any failure."""
import json, os, re, sys, datetime as dt
from collections import Counter
from draw import draws

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)

labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
ids = [d["id"] for d in draws]
if sorted(labels) != sorted(ids): err(f"label keys {sorted(labels)} != {ids}")
files = sorted(f[:-6] for f in os.listdir(HERE) if f.endswith(".jsonl"))
if files != sorted(ids): err(f"jsonl files {files} != {ids}")
JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
langs = Counter()
for d in draws:
    tid = d["id"]; lab = labels.get(tid, {})
    lines = open(os.path.join(HERE, tid + ".jsonl"), encoding="utf-8").read().splitlines()
    msgs = []
    for n, l in enumerate(lines, 1):
        try: m = json.loads(l)
        except Exception as e: err(f"{tid}:{n} bad JSON {e}"); continue
        if not isinstance(m.get("user"), str) or not isinstance(m.get("text"), str) or not m["text"].strip():
            err(f"{tid}:{n} missing user/text")
        if not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:\d\dZ", m.get("ts", "")): err(f"{tid}:{n} bad ts")
        extra = set(m) - {"user", "text", "ts", "bot"}
        if extra: err(f"{tid}:{n} extra keys {extra}")
        if (m.get("user") == "musubi") != (m.get("bot") is True): err(f"{tid}:{n} bot flag mismatch")
        msgs.append(m)
    ts = [dt.datetime.strptime(m["ts"], "%Y-%m-%dT%H:%M:%SZ") for m in msgs]
    if any(b <= a for a, b in zip(ts, ts[1:])): err(f"{tid}: ts not strictly increasing")
    if not (30 <= len(msgs) <= 60): err(f"{tid}: {len(msgs)} messages out of 30-60")
    if len(msgs) != lab.get("messages") or len(msgs) != d["messages"]:
        err(f"{tid}: messages {len(msgs)} vs label {lab.get('messages')} vs draw {d['messages']}")
    if lab.get("language") != d["language"]: err(f"{tid}: language label != draw")
    langs[lab.get("language")] += 1
    bots = [m for m in msgs if m.get("bot")]
    if not bots: err(f"{tid}: no bot message")
    if not any(re.search(r"(^|\n)1\. .+ — ", m["text"]) for m in bots): err(f"{tid}: no numbered bot suggestion list")
    full = "\n".join(m["text"] for m in msgs)
    for key in ("recommendations", "rejected", "accepted", "decisions", "open_questions"):
        v = lab.get(key)
        if not isinstance(v, list): err(f"{tid}: {key} not a list"); continue
        if len(set(v)) != len(v): err(f"{tid}: duplicate in {key}")
        for s in v:
            if s not in full: err(f"{tid}: {key} item not verbatim in transcript: {s!r}")
    rec, rej, acc = set(lab["recommendations"]), set(lab["rejected"]), set(lab["accepted"])
    if rej & acc: err(f"{tid}: rejected and accepted overlap {rej & acc}")
    if rej & rec: err(f"{tid}: rejected and recommendations overlap {rej & rec}")
    if not acc <= rec: err(f"{tid}: accepted not subset of recommendations {acc - rec}")
    # language sanity on human messages
    human = [m["text"] for m in msgs if not m.get("bot")]
    ja_share = sum(bool(JA.search(t)) for t in human) / len(human)
    lang = d["language"]
    if lang == "ja" and ja_share < 0.95: err(f"{tid}: ja transcript but ja share {ja_share:.2f}")
    if lang == "en" and ja_share > 0.10: err(f"{tid}: en transcript but ja share {ja_share:.2f}")
    if lang == "mixed":
        en_only = sum(not JA.search(t) for t in human)
        if not (0.2 <= ja_share and en_only >= 5): err(f"{tid}: mixed transcript not mixed (ja {ja_share:.2f}, en-only {en_only})")
    print(f"{tid} {lang:5} msgs={len(msgs):2} bot={len(bots)} ja_share={ja_share:.2f} "
          f"rec={len(rec)} rej={len(rej)} acc={len(acc)} dec={len(lab['decisions'])} open={len(lab['open_questions'])}")
if dict(langs) != {"ja": 3, "en": 2, "mixed": 3}: err(f"language counts {dict(langs)}")
print("languages:", dict(langs))
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK")
