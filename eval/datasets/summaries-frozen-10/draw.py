#!/usr/bin/env python3
"""Draw topic seeds for summaries-frozen-10: per transcript 3 report passages
(8 consecutive non-empty lines) and 5 CSV rows. Deterministic: random.Random(101010)."""
import csv, glob, os, random

REPORTS = sorted(glob.glob('/work/shared/reports/*.ja.txt'))
CSV = '/work/shared/data/sister-cities-japan-world.csv'
N_TRANSCRIPTS, N_PASSAGES, N_LINES, N_ROWS = 8, 3, 8, 5

rng = random.Random(101010)
lines = {p: [l.rstrip('\n') for l in open(p, encoding='utf-8') if l.strip()] for p in REPORTS}
with open(CSV, encoding='utf-8') as f:
    rows = list(csv.DictReader(f))

out = []
for t in range(1, N_TRANSCRIPTS + 1):
    out.append(f'##### s10-{t:02d}')
    for k in range(N_PASSAGES):
        p = rng.choice(REPORTS)
        ls = lines[p]
        start = rng.randrange(0, len(ls) - N_LINES + 1)
        out.append(f'--- passage {k+1}: {os.path.basename(p)} non-empty lines {start+1}-{start+N_LINES}')
        out.extend(ls[start:start + N_LINES])
    out.append('--- csv rows')
    for r in rng.sample(rows, N_ROWS):
        out.append(','.join(r[c] for c in ['japan_prefecture', 'japan_city', 'partner_country', 'partner_state', 'partner_city', 'kind']))
    out.append('')

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'draw-output.txt'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(out))
print('\n'.join(out))
