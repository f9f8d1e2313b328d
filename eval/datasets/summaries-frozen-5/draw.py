#!/usr/bin/env python3
"""Reproducible draw for summaries-frozen-5 (seed 8585).
For each of 8 transcripts: language slot, message count (30-60), and a topic:
either a random row of the sister-city CSV or a random report passage that names
a program or organisation."""
import csv, json, random, re, os

SEED = 8585
rng = random.Random(SEED)
SHARED = "/work/shared"
REPORTS = sorted(f for f in os.listdir(f"{SHARED}/reports") if f.endswith(".txt"))
rows = list(csv.DictReader(open(f"{SHARED}/data/sister-cities-japan-world.csv", encoding="utf-8")))

ORG_PAT = re.compile(r"(JICA|CLAIR|JET|TOMODACHI|KAKEHASHI|JUSSCA|Sister Cities|協会|機構|財団|プログラム|事業|センター|協議会|ネット|大学|基金|NGO|NPO)")
passages = {}
for f in REPORTS:
    lines = [l.strip() for l in open(f"{SHARED}/reports/{f}", encoding="utf-8")]
    passages[f] = [l for l in lines if len(l) >= 60 and ORG_PAT.search(l)]

langs = ["ja"] * 3 + ["en"] * 2 + ["mixed"] * 3
rng.shuffle(langs)

draws = []
for i in range(8):
    n_msgs = rng.randint(30, 60)
    kind = rng.choice(["csv", "report"])
    if kind == "csv":
        topic = {"kind": "csv", "row": rng.choice(rows)}
    else:
        f = rng.choice(REPORTS)
        p = rng.choice(passages[f])
        topic = {"kind": "report", "file": f, "passage": p}
    draws.append({"id": f"s5-{i+1:02d}", "language": langs[i], "messages": n_msgs, "topic": topic})

if __name__ == "__main__":
    for d in draws:
        print(json.dumps(d, ensure_ascii=False))
