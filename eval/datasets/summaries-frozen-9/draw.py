#!/usr/bin/env python3
"""Draw topics for summaries-frozen-9: 3 report passages (~8 lines) and 5 CSV rows, seed 9999."""
import csv, glob, random

SEED = 9999
rng = random.Random(SEED)
reports = sorted(glob.glob('/work/shared/reports/*.ja.txt'))
out = [f"seed={SEED}", ""]
for i in range(3):
    path = rng.choice(reports)
    lines = [l.rstrip('\n') for l in open(path, encoding='utf-8')]
    # keep only non-empty lines so a passage has ~8 lines of content
    nonempty = [(n + 1, l) for n, l in enumerate(lines) if l.strip()]
    start = rng.randrange(0, len(nonempty) - 8)
    chunk = nonempty[start:start + 8]
    out.append(f"## passage {i+1}: {path.split('/')[-1]} lines {chunk[0][0]}-{chunk[-1][0]}")
    out += [f"{n}: {l}" for n, l in chunk]
    out.append("")
with open('/work/shared/data/sister-cities-japan-world.csv', encoding='utf-8') as f:
    rows = list(csv.DictReader(f))
out.append("## csv rows")
for r in rng.sample(rows, 5):
    out.append(",".join(r[k] for k in ['japan_prefecture', 'japan_city', 'partner_country',
                                       'partner_state', 'partner_city', 'kind']))
text = "\n".join(out) + "\n"
open('draw-output.txt', 'w', encoding='utf-8').write(text)
print(text)
