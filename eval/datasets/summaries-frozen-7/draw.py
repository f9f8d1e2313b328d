"""Reproducible topic draw for summaries-frozen-7 (seed 8787)."""
import csv, random, re, json
R = random.Random(8787)
CSV = "/work/shared/data/sister-cities-japan-world.csv"
REP = "/work/shared/reports/"
FILES = ["culcon31-snd-working-group-final-report.ja.txt",
         "grassroots-task-force-action-plan-4.ja.txt",
         "okinawa-regional-diplomacy-case-studies.ja.txt",
         "jica-tokyo-regional-internationalization-survey.ja.txt",
         "diplomatic-bluebook-2026-chapter4.ja.txt"]
# a passage "naming a program or organisation"
KEY = re.compile(r"(プログラム|事業|協会|機構|財団|JICA|JET|CLAIR|クレア|TOMODACHI|KAKEHASHI|Initiative|イニシアティブ|センター|協議会|ネット)")
rows = list(csv.DictReader(open(CSV, encoding="utf-8")))
langs = ["ja", "ja", "ja", "en", "en", "mixed", "mixed", "mixed"]
R.shuffle(langs)
out = []
for i, lang in enumerate(langs, 1):
    kind = R.choice(["csv", "report"])
    if kind == "csv":
        row = R.choice(rows)
        out.append({"n": i, "lang": lang, "kind": kind, "row": row})
    else:
        f = R.choice(FILES)
        lines = [l.strip() for l in open(REP + f, encoding="utf-8")]
        idx = [k for k, l in enumerate(lines) if len(l) > 25 and KEY.search(l)]
        k = R.choice(idx)
        out.append({"n": i, "lang": lang, "kind": kind, "file": f, "line": k + 1,
                    "passage": " ".join(lines[max(0, k - 1):k + 2])})
    n_msgs = R.randint(30, 60)
    out[-1]["target_messages"] = n_msgs
for o in out:
    print(json.dumps(o, ensure_ascii=False))
