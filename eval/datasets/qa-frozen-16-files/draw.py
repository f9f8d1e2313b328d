#!/usr/bin/env python3
"""Draw random passages from the five reports for the qa16 held-out set.

Procedure (seed 161616):
  1. pick a report, weighted by its number of non-empty lines;
  2. pick a random non-empty line of that report with >= 25 characters,
     skipping heading-only lines, table-of-contents lines and page numbers;
  3. repeat until N distinct (report, line) draws; write draw-output.txt.
"""
import random
import re
import sys
from pathlib import Path

REPORTS = Path("/work/shared/reports")
SEED = 161616
N = 150
OUT = Path(__file__).resolve().parent / "draw-output.txt"

PAGE_RE = re.compile(r"^[\s\d０-９\-–—/|ページ頁p.]*$")
TOC_RE = re.compile(r"(\.{3,}|…{2,}|\t\s*\d+\s*$|\s\d{1,3}\s*$)")
HEADING_RE = re.compile(
    r"^\s*(第\s*\d+\s*[章節部]|[\d０-９]+\s*[－\-.．]\s*[\d０-９]+\s*[．.]|"
    r"\(\s*\d+\s*\)|（\s*\d+\s*）|[\d０-９]+(\.[\d０-９]+)*\s|[A-Z]\.\s|"
    r"自治体の取組事例|コラム|COLUMN)"
)


def is_heading(s: str) -> bool:
    # heading-like start and no sentence punctuation → heading only
    return bool(HEADING_RE.match(s)) and "。" not in s and len(s) < 60


def eligible(line: str) -> bool:
    s = line.strip()
    if len(s) < 25:
        return False
    if PAGE_RE.match(s):
        return False
    if TOC_RE.search(s) and "。" not in s:
        return False
    if is_heading(s):
        return False
    return True


def main():
    files = sorted(REPORTS.glob("*.ja.txt"))
    data = {}
    for f in files:
        lines = f.read_text(encoding="utf-8").split("\n")
        nonempty = [i for i, l in enumerate(lines, 1) if l.strip()]
        elig = [i for i in nonempty if eligible(lines[i - 1])]
        data[f.name] = (lines, nonempty, elig)
    names = [f.name for f in files]
    weights = [len(data[n][1]) for n in names]
    rng = random.Random(SEED)
    seen, draws = set(), []
    while len(draws) < N:
        name = rng.choices(names, weights=weights, k=1)[0]
        lines, _, elig = data[name]
        ln = rng.choice(elig)
        if (name, ln) in seen:
            continue
        seen.add((name, ln))
        draws.append((name, ln, lines[ln - 1].strip()))
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(f"# seed={SEED} N={N}\n")
        for n, w in zip(names, weights):
            fh.write(f"# {n}: nonempty={w} eligible={len(data[n][2])}\n")
        for k, (name, ln, text) in enumerate(draws, 1):
            fh.write(f"{k:03d}\t{name}\t{ln}\t{text}\n")
    print(f"wrote {OUT} ({len(draws)} draws)", file=sys.stderr)


if __name__ == "__main__":
    main()
