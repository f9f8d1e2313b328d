#!/usr/bin/env python3
"""Validate the summaries-dev transcripts against labels.json.

Usage: python3 check.py   (from any directory; exits 1 on any error)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TS_RE = re.compile(r"^2026-10-\d{2}T\d{2}:\d{2}:\d{2}Z$")
LIST_KEYS = ["recommendations", "rejected", "accepted", "decisions", "open_questions"]
EXPECTED_PREFIXES = {"ja": 4, "en": 3, "mixed": 3}

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def load_transcript(path, name):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(name, f"line {n}: blank line")
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(name, f"line {n}: invalid JSON ({e})")
                continue
            if not isinstance(r, dict):
                err(name, f"line {n}: not an object")
                continue
            for k in ("user", "text", "ts"):
                if not isinstance(r.get(k), str) or not r.get(k):
                    err(name, f"line {n}: missing/empty '{k}'")
            extra = set(r) - {"user", "text", "ts", "bot"}
            if extra:
                err(name, f"line {n}: unexpected keys {sorted(extra)}")
            if isinstance(r.get("ts"), str) and not TS_RE.match(r["ts"]):
                err(name, f"line {n}: bad ts {r.get('ts')!r}")
            if r.get("user") == "musubi":
                if r.get("bot") is not True:
                    err(name, f"line {n}: musubi message without \"bot\": true")
            elif "bot" in r:
                err(name, f"line {n}: human message has 'bot' key")
            rows.append(r)
    return rows


def main():
    labels_path = os.path.join(HERE, "labels.json")
    try:
        with open(labels_path, encoding="utf-8") as f:
            labels = json.load(f)
    except Exception as e:  # noqa: BLE001
        print(f"labels.json: cannot load ({e})")
        return 1

    files = sorted(fn[:-6] for fn in os.listdir(HERE) if fn.endswith(".jsonl"))
    prefixes = Counter(fn.split("_", 1)[0] for fn in files)
    for p, want in EXPECTED_PREFIXES.items():
        if prefixes.get(p, 0) != want:
            err("(set)", f"expected {want} '{p}_' transcripts, found {prefixes.get(p, 0)}")
    for p in prefixes:
        if p not in EXPECTED_PREFIXES:
            err("(set)", f"unexpected prefix '{p}_'")
    for name in sorted(set(labels) - set(files)):
        err(name, "label without transcript file")

    for name in files:
        rows = load_transcript(os.path.join(HERE, name + ".jsonl"), name)
        lab = labels.get(name)
        if lab is None:
            err(name, "no labels")
            continue

        # time order (strictly increasing; ISO format sorts lexically)
        for i in range(1, len(rows)):
            if not rows[i]["ts"] > rows[i - 1]["ts"]:
                err(name, f"line {i + 1}: ts {rows[i]['ts']} not after {rows[i - 1]['ts']}")

        # shape of the transcript
        if not 15 <= len(rows) <= 60:
            err(name, f"{len(rows)} messages, want 15-60")
        humans = {r["user"] for r in rows if r.get("user") != "musubi"}
        if not 2 <= len(humans) <= 6:
            err(name, f"{len(humans)} human participants, want 2-6")
        nbot = sum(1 for r in rows if r.get("user") == "musubi")
        if not 1 <= nbot <= 3:
            err(name, f"{nbot} musubi messages, want 1-3")

        # label fields
        prefix = name.split("_", 1)[0]
        if lab.get("language") != prefix:
            err(name, f"language {lab.get('language')!r} does not match prefix {prefix!r}")
        if lab.get("messages") != len(rows):
            err(name, f"labels say {lab.get('messages')} messages, file has {len(rows)}")
        for k in LIST_KEYS:
            v = lab.get(k)
            if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
                err(name, f"'{k}' must be a list of non-empty strings")
                lab[k] = [x for x in (v or []) if isinstance(x, str)]
            elif len(set(v)) != len(v):
                err(name, f"'{k}' has duplicates")
        extra = set(lab) - set(LIST_KEYS) - {"language", "messages"}
        if extra:
            err(name, f"unexpected label keys {sorted(extra)}")

        texts = [r.get("text", "") for r in rows]
        alltext_lower = "\n".join(texts).lower()

        for k in ("decisions", "open_questions"):
            for s in lab[k]:
                if not any(s in t for t in texts):
                    err(name, f"{k} substring not found verbatim: {s!r}")
        for k in ("recommendations", "rejected", "accepted"):
            for s in lab[k]:
                if s.lower() not in alltext_lower:
                    err(name, f"{k} name not in transcript: {s!r}")

        recs, rej, acc = set(lab["recommendations"]), set(lab["rejected"]), set(lab["accepted"])
        if not acc <= recs:
            err(name, f"accepted not in recommendations: {sorted(acc - recs)}")
        if rej & recs:
            err(name, f"rejected also in recommendations: {sorted(rej & recs)}")

    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} error(s)")
        return 1
    for name in files:
        lab = labels[name]
        print(f"ok  {name:40s} msgs={lab['messages']:2d} rec={len(lab['recommendations'])} "
              f"acc={len(lab['accepted'])} rej={len(lab['rejected'])} "
              f"dec={len(lab['decisions'])} open={len(lab['open_questions'])}")
    print(f"PASS: {len(files)} transcripts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
