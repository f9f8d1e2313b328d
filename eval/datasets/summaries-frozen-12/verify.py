#!/usr/bin/env python3
"""Verify sum12: parse, counts, ts order, label consistency."""
import json, sys, datetime as dt
errs = []
labels = json.load(open("labels.json", encoding="utf-8"))
exp = [f"s12-0{i}" for i in range(1, 9)]
if sorted(labels) != exp: errs.append(f"label keys {sorted(labels)}")
for sid in exp:
    L = labels.get(sid, {})
    try:
        msgs = [json.loads(l) for l in open(f"{sid}.jsonl", encoding="utf-8") if l.strip()]
    except Exception as e:
        errs.append(f"{sid}: parse error {e}"); continue
    for i, m in enumerate(msgs):
        if not isinstance(m.get("user"), str) or not isinstance(m.get("text"), str) or not isinstance(m.get("ts"), str):
            errs.append(f"{sid}#{i}: bad fields")
        if set(m) - {"user", "text", "ts", "bot"}: errs.append(f"{sid}#{i}: extra keys")
        if "bot" in m and m["bot"] is not True: errs.append(f"{sid}#{i}: bot must be true")
    ts = [dt.datetime.strptime(m["ts"], "%Y-%m-%dT%H:%M:%SZ") for m in msgs]
    if any(b <= a for a, b in zip(ts, ts[1:])): errs.append(f"{sid}: ts not strictly increasing")
    n = len(msgs)
    if L.get("messages") != n: errs.append(f"{sid}: messages {L.get('messages')} != {n}")
    if not 30 <= n <= 60: errs.append(f"{sid}: {n} msgs out of range")
    nb = sum(1 for m in msgs if m.get("bot"))
    if not 4 <= nb <= 5: errs.append(f"{sid}: {nb} bot msgs")
    if any(m.get("bot") and m["user"] != "musubi" for m in msgs): errs.append(f"{sid}: bot user")
    if L.get("language") not in ("ja", "en", "mixed"): errs.append(f"{sid}: language")
    full = "\n".join(m["text"] for m in msgs)
    texts = {m["text"] for m in msgs}
    human = {m["text"] for m in msgs if not m.get("bot")}
    recs = L.get("recommendations", [])
    if len(set(recs)) != len(recs): errs.append(f"{sid}: duplicate recs")
    for r in recs:
        if r not in full: errs.append(f"{sid}: rec '{r}' not in transcript")
        elif not any(r in t for t in human): errs.append(f"{sid}: rec '{r}' never mentioned by a person")
    for k in ("rejected", "accepted"):
        for r in L.get(k, []):
            if r not in recs: errs.append(f"{sid}: {k} '{r}' not in recommendations")
    if set(L.get("rejected", [])) & set(L.get("accepted", [])): errs.append(f"{sid}: rejected∩accepted")
    for k in ("decisions", "open_questions"):
        for t in L.get(k, []):
            if t not in texts: errs.append(f"{sid}: {k} not a message text: {t[:40]}")
            elif t not in human: errs.append(f"{sid}: {k} is a bot message: {t[:40]}")
    print(f"{sid} {L.get('language'):5} msgs={n} bot={nb} recs={len(recs)} rej={len(L.get('rejected',[]))} "
          f"acc={len(L.get('accepted',[]))} dec={len(L.get('decisions',[]))} open={len(L.get('open_questions',[]))}")
if errs:
    print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
print("verify: OK")
