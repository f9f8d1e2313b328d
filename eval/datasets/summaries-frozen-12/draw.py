#!/usr/bin/env python3
"""Draw scenario seeds for sum12: 8 CSV rows + 8 report lines, random.Random(121212)."""
import csv, glob, os, random
rng = random.Random(121212)
CSV = "/work/shared/data/sister-cities-japan-world.csv"
REPORTS = sorted(glob.glob("/work/shared/reports/*.ja.txt"))
with open(CSV, encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
lines = []
for p in REPORTS:
    with open(p, encoding="utf-8") as f:
        for i, ln in enumerate(f, 1):
            ln = ln.strip()
            if len(ln) >= 40:  # skip page numbers, flattened-table fragments
                lines.append((os.path.basename(p), i, ln))
csv_draws = rng.sample(rows, 8)
line_draws = rng.sample(lines, 8)
out = ["# draw.py  seed=121212", f"# csv rows={len(rows)}  eligible report lines={len(lines)}", ""]
out.append("## CSV rows")
for k, r in enumerate(csv_draws, 1):
    out.append(f"C{k}: {r['japan_prefecture']},{r['japan_city']} -> {r['partner_country']},{r['partner_state']},{r['partner_city']} ({r['kind']})")
out.append("")
out.append("## Report lines")
for k, (fn, i, ln) in enumerate(line_draws, 1):
    out.append(f"R{k}: {fn}:{i}: {ln[:300]}")
open("draw-output.txt", "w", encoding="utf-8").write("\n".join(out) + "\n")
print("\n".join(out))
