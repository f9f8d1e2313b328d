#!/usr/bin/env python3
"""Draw topics for summaries-frozen-8: 3 report passages (~8 lines) and 5 sister-city rows."""
import csv, glob, os, random

SEED = 9898
rng = random.Random(SEED)
reports = sorted(glob.glob('/work/shared/reports/*.ja.txt'))
out = [f'seed: {SEED}', '']
for i in range(3):
    path = rng.choice(reports)
    with open(path, encoding='utf-8') as f:
        lines = f.read().splitlines()
    start = rng.randrange(0, max(1, len(lines) - 8))
    out.append(f'## passage {i+1}: {os.path.basename(path)} lines {start+1}-{start+8}')
    out.extend(lines[start:start + 8])
    out.append('')
with open('/work/shared/data/sister-cities-japan-world.csv', encoding='utf-8') as f:
    rows = list(csv.DictReader(f))
out.append('## sister-city rows')
for r in rng.sample(rows, 5):
    out.append(','.join(r[k] for k in ['japan_prefecture', 'japan_city', 'partner_country',
                                       'partner_state', 'partner_city', 'kind']))
text = '\n'.join(out) + '\n'
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'draw-output.txt'), 'w', encoding='utf-8') as f:
    f.write(text)
print(text)
