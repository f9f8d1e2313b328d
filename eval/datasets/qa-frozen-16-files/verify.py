#!/usr/bin/env python3
"""Verify qa-frozen-16.jsonl. Prints OK when every check passes."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "qa-frozen-16.jsonl"
REPORTS = Path("/work/shared/reports")
KEYS = ["id", "language", "question", "answerable", "report", "evidence", "facts", "style", "qtype"]
STYLES = {"direct", "paraphrase", "colloquial"}
QTYPES = {"when", "how-many", "who", "which", "what", "where", "list", "how", "why"}
JA_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
MAX_COPY = 12  # longest report substring allowed in paraphrase/colloquial questions

errors = []


def err(msg):
    errors.append(msg)


def longest_shared(q, text):
    """Length of the longest substring of q that occurs in text."""
    best = 0
    for i in range(len(q)):
        lo = best + 1
        while i + lo <= len(q) and q[i:i + lo] in text:
            best = lo
            lo += 1
    return best


reports = {p.name: p.read_text(encoding="utf-8") for p in REPORTS.glob("*.ja.txt")}
report_lines = {n: t.split("\n") for n, t in reports.items()}
if len(reports) != 5:
    err(f"expected 5 reports, found {len(reports)}")

lines = DATA.read_text(encoding="utf-8").splitlines()
if len(lines) != 100:
    err(f"expected 100 lines, got {len(lines)}")
rows = []
for n, line in enumerate(lines, 1):
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"line {n}: bad JSON: {e}")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1:
        err(f"duplicate id {i}")

copy_max = 0
for r in rows:
    rid = r.get("id", "?")
    if list(r.keys()) != KEYS:
        err(f"{rid}: keys {list(r.keys())}")
        continue
    lang = r["language"]
    if lang not in ("en", "ja"):
        err(f"{rid}: language {lang}")
    if not re.fullmatch(r"f16-[a-z0-9-]+-(en|ja)", rid) or not rid.endswith("-" + lang):
        err(f"{rid}: id format / language suffix")
    if r["style"] not in STYLES:
        err(f"{rid}: style {r['style']}")
    if r["qtype"] not in QTYPES:
        err(f"{rid}: qtype {r['qtype']}")
    q = r["question"]
    if not isinstance(q, str) or len(q) < 8:
        err(f"{rid}: question too short")
    if lang == "ja" and not JA_RE.search(q):
        err(f"{rid}: ja question without Japanese")
    if lang == "en" and JA_RE.search(q):
        err(f"{rid}: en question contains Japanese script")
    if not isinstance(r["answerable"], bool):
        err(f"{rid}: answerable not bool")
        continue
    if not r["answerable"]:
        if r["report"] is not None or r["evidence"] != [] or r["facts"] != []:
            err(f"{rid}: unanswerable must have report null, evidence [], facts []")
        continue
    rep = r["report"]
    if rep not in reports:
        err(f"{rid}: unknown report {rep}")
        continue
    ev = r["evidence"]
    if not isinstance(ev, list) or not ev:
        err(f"{rid}: evidence must be a non-empty list")
        ev = []
    for e in ev:
        if not isinstance(e, str) or not (10 <= len(e) <= 60):
            err(f"{rid}: evidence length {len(e) if isinstance(e, str) else e!r}: {e!r}")
        elif not any(e in L for L in report_lines[rep]):
            err(f"{rid}: evidence not within one line of {rep}: {e!r}")
    facts = r["facts"]
    if not isinstance(facts, list) or not (1 <= len(facts) <= 3):
        err(f"{rid}: facts must have 1-3 groups")
        continue
    text_l = reports[rep].lower()
    any_ja_in_report = False
    for g in facts:
        if not isinstance(g, list) or not g or not all(isinstance(a, str) and a.strip() for a in g):
            err(f"{rid}: bad fact group {g!r}")
            continue
        in_rep = [a for a in g if a.lower() in text_l]
        if not in_rep:
            err(f"{rid}: no alternative of group {g!r} occurs in report")
        if any(JA_RE.search(a) or re.fullmatch(r"[\d,.]+", a) for a in in_rep):
            any_ja_in_report = True
        if not any(a.lower() in e.lower() for a in g for e in ev):
            err(f"{rid}: fact group {g!r} not supported by any evidence string")
        if lang == "en" and not any(not JA_RE.search(a) for a in g):
            err(f"{rid}: en question but group {g!r} has no non-Japanese alternative")
    if not any_ja_in_report:
        err(f"{rid}: no fact group with a report-form (Japanese) alternative found in report")
    if r["style"] in ("paraphrase", "colloquial"):
        ls = longest_shared(q, reports[rep])
        copy_max = max(copy_max, ls)
        if ls > MAX_COPY:
            err(f"{rid}: {r['style']} question shares {ls} chars verbatim with report")

lang_c = Counter(r.get("language") for r in rows)
ans_c = Counter((r.get("language"), r.get("answerable")) for r in rows)
style_c = Counter(r.get("style") for r in rows)
qtype_c = Counter(r.get("qtype") for r in rows)
if lang_c != Counter({"en": 50, "ja": 50}):
    err(f"language counts {dict(lang_c)}")
for lang in ("en", "ja"):
    if ans_c[(lang, True)] != 38 or ans_c[(lang, False)] != 12:
        err(f"{lang}: answerable {ans_c[(lang, True)]}, unanswerable {ans_c[(lang, False)]}")
for s in STYLES:
    if style_c[s] < 25:
        err(f"style {s} only {style_c[s]}%")

print("languages:", dict(lang_c))
print("answerable:", {f"{k[0]}/{k[1]}": v for k, v in sorted(ans_c.items())})
print("styles:", dict(style_c))
print("qtypes:", dict(sorted(qtype_c.items())))
print("max verbatim report substring in paraphrase/colloquial question:", copy_max)
if errors:
    for e in errors:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
