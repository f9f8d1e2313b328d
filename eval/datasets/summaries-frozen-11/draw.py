"""Draw source material for the sum11 transcripts.

For each of the 8 transcripts, draw 3 report passages (non-empty lines of the
five reports, pooled in sorted-filename order; lines shorter than 20 characters
-- page numbers, flattened table cells -- are skipped so passages carry names)
and 5 rows of the sister-city CSV. One random.Random(111111) drives all draws.
"""
import csv, glob, os, random

REPORTS = "/work/shared/reports"
CSV = "/work/shared/data/sister-cities-japan-world.csv"

rng = random.Random(111111)
lines = []
for path in sorted(glob.glob(os.path.join(REPORTS, "*.ja.txt"))):
    with open(path, encoding="utf-8") as f:
        for i, ln in enumerate(f, 1):
            s = ln.strip()
            if s and len(s) >= 20:
                lines.append((os.path.basename(path), i, s))
with open(CSV, encoding="utf-8") as f:
    rows = list(csv.DictReader(f))

out = []
for n in range(1, 9):
    tid = f"s11-{n:02d}"
    out.append(f"== {tid} ==")
    for fn, i, s in rng.sample(lines, 3):
        out.append(f"  passage {fn}:{i}: {s}")
    for r in rng.sample(rows, 5):
        out.append("  row " + ",".join(r[k] for k in
                   ["japan_prefecture", "japan_city", "partner_country",
                    "partner_state", "partner_city", "kind"]))
text = "\n".join(out) + "\n"
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "draw-output.txt"), "w", encoding="utf-8") as f:
    f.write(text)
print(text)
