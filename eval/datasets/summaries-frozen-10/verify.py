#!/usr/bin/env python3
"""Verify summaries-frozen-10: transcripts s10-01..08.jsonl and labels.json. Prints OK or the errors."""
import json, math, os, re, sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = [f"s10-{i:02d}" for i in range(1, 9)]
EXPECTED_LANG = {**{k: "ja" for k in IDS[:3]}, **{k: "en" for k in IDS[3:5]}, **{k: "mixed" for k in IDS[5:]}}
LABEL_KEYS = {"language", "recommendations", "rejected", "accepted", "decisions", "open_questions", "messages"}
JP = re.compile(r"[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
TS = re.compile(r"^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
errors = []


def err(msg):
    errors.append(msg)


def lcs_len(a, b):
    """length of the longest common substring"""
    best, prev = 0, [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def lang_of(text):
    if JP.search(text):
        return "ja"
    if re.search(r"[A-Za-z]", text):
        return "en"
    return "other"


try:
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
except Exception as e:
    print("labels.json unreadable:", e)
    sys.exit(1)
if sorted(labels) != IDS:
    err(f"labels.json ids {sorted(labels)} != {IDS}")

extra = sorted(f for f in os.listdir(HERE) if f.endswith(".jsonl") and f[:-6] not in IDS)
if extra:
    err(f"unexpected transcripts: {extra}")

tot = {"messages": 0, "bot": 0, "recommendations": 0, "rejected": 0, "accepted": 0, "decisions": 0, "open_questions": 0}
for tid in IDS:
    path = os.path.join(HERE, tid + ".jsonl")
    msgs = []
    try:
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                err(f"{tid}: blank line {ln}")
                continue
            try:
                m = json.loads(line)
            except Exception as e:
                err(f"{tid}:{ln} bad JSON: {e}")
                continue
            msgs.append((ln, m))
    except FileNotFoundError:
        err(f"{tid}: missing {path}")
        continue
    prev = None
    nbot, hum = 0, {"ja": 0, "en": 0, "other": 0}
    for ln, m in msgs:
        if not isinstance(m, dict):
            err(f"{tid}:{ln} not an object"); continue
        keys = set(m)
        if not {"user", "text", "ts"} <= keys or keys - {"user", "text", "ts", "bot"}:
            err(f"{tid}:{ln} keys {sorted(keys)}")
        if not isinstance(m.get("user"), str) or not m.get("user"):
            err(f"{tid}:{ln} bad user")
        if not isinstance(m.get("text"), str) or not m.get("text", "").strip():
            err(f"{tid}:{ln} empty text")
        ts = m.get("ts", "")
        if not isinstance(ts, str) or not TS.match(ts):
            err(f"{tid}:{ln} bad ts {ts!r}")
        else:
            t = datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ")
            if prev is not None and t <= prev:
                err(f"{tid}:{ln} ts not strictly increasing ({ts})")
            prev = t
        is_bot = m.get("bot") is True
        if "bot" in m and m["bot"] is not True:
            err(f"{tid}:{ln} bot flag must be true or absent")
        if is_bot != (m.get("user") == "musubi"):
            err(f"{tid}:{ln} bot flag and user musubi disagree")
        lg = lang_of(m.get("text", ""))
        if is_bot:
            nbot += 1
            if EXPECTED_LANG[tid] == "ja" and lg != "ja":
                err(f"{tid}:{ln} bot message in a ja transcript is not Japanese")
        else:
            hum[lg] += 1
        if EXPECTED_LANG[tid] == "en" and JP.search(m.get("text", "")):
            err(f"{tid}:{ln} Japanese characters in an en transcript")
    n = len(msgs)
    if not 30 <= n <= 60:
        err(f"{tid}: {n} messages, need 30-60")
    if nbot < 1:
        err(f"{tid}: no bot message")
    exp = EXPECTED_LANG[tid]
    if exp == "ja" and hum["en"] > 2:
        err(f"{tid}: {hum['en']} English human messages in a ja transcript (max 2)")
    if exp == "mixed" and (hum["ja"] < 3 or hum["en"] < 3):
        err(f"{tid}: mixed needs >=3 human messages per language, has ja={hum['ja']} en={hum['en']}")

    lab = labels.get(tid)
    if not isinstance(lab, dict):
        err(f"{tid}: no label"); continue
    if set(lab) != LABEL_KEYS:
        err(f"{tid}: label keys {sorted(lab)}")
        continue
    if lab["language"] != exp:
        err(f"{tid}: language {lab['language']} != {exp}")
    if lab["messages"] != n:
        err(f"{tid}: label messages {lab['messages']} != {n}")
    texts = [m.get("text", "") for _, m in msgs]
    alltext = "\n".join(texts)
    for k in ("recommendations", "rejected", "accepted", "decisions", "open_questions"):
        v = lab[k]
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            err(f"{tid}: {k} must be a list of non-empty strings"); continue
        if len(set(v)) != len(v):
            err(f"{tid}: duplicates in {k}")
    for k in ("recommendations", "rejected"):
        if not lab[k]:
            err(f"{tid}: {k} empty")
    for k in ("decisions", "open_questions"):
        if not lab[k]:
            err(f"{tid}: {k} empty")
    for k in ("recommendations", "rejected", "accepted"):
        for name in lab[k]:
            if name not in alltext:
                err(f"{tid}: {k} name not verbatim in transcript: {name!r}")
    inter = set(lab["recommendations"]) & set(lab["rejected"])
    if inter:
        err(f"{tid}: rejected ∩ recommendations = {sorted(inter)}")
    notsub = set(lab["accepted"]) - set(lab["recommendations"])
    if notsub:
        err(f"{tid}: accepted not in recommendations: {sorted(notsub)}")
    for k in ("decisions", "open_questions"):
        for s in lab[k]:
            need = min(20, math.ceil(0.6 * len(s)))
            best = max(lcs_len(s, t) for t in texts) if texts else 0
            if best < need:
                err(f"{tid}: {k} item shares only {best} chars (< {need}) with any message: {s!r}")
    tot["messages"] += n
    tot["bot"] += nbot
    for k in ("recommendations", "rejected", "accepted", "decisions", "open_questions"):
        tot[k] += len(lab[k])
    print(f"{tid} {exp:5s} msgs={n} bot={nbot} human ja={hum['ja']} en={hum['en']} rec={len(lab['recommendations'])} "
          f"rej={len(lab['rejected'])} acc={len(lab['accepted'])} dec={len(lab['decisions'])} oq={len(lab['open_questions'])}")

print("totals:", " ".join(f"{k}={v}" for k, v in tot.items()))
if errors:
    print(f"FAIL ({len(errors)} errors)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
