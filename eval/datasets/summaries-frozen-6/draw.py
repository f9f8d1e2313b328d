"""Reproducible draw of topics for summaries-frozen-6. Seed 8686."""
import csv, glob, os, random, re, json

rng = random.Random(8686)
CSV = "/work/shared/data/sister-cities-japan-world.csv"
REPORTS = sorted(glob.glob("/work/shared/reports/*.txt"))
MARKERS = ["プログラム", "協会", "機構", "JICA", "JET", "CLAIR", "TOMODACHI", "KAKEHASHI",
           "財団", "事業", "センター", "Sister Cities", "JUSSCA", "ネット"]
TEAMS = ["市役所 国際交流課", "県庁 国際課", "大学 国際交流センター", "国際交流協会",
         "sister-city association (US/overseas side)", "町役場 企画課", "商工会議所", "NPO"]

rows = list(csv.DictReader(open(CSV, encoding="utf-8")))
passages = []
for f in REPORTS:
    text = open(f, encoding="utf-8").read()
    for p in re.split(r"\n\s*\n", text):
        p = p.strip()
        if len(p) >= 80 and any(m in p for m in MARKERS):
            passages.append((os.path.basename(f), p))

langs = ["ja"] * 3 + ["en"] * 2 + ["mixed"] * 3
rng.shuffle(langs)
draws = []
for i, lang in enumerate(langs, 1):
    n = rng.randint(30, 60)
    team = rng.choice(TEAMS)
    if rng.random() < 0.5:
        r = rows[rng.randrange(len(rows))]
        topic = {"source": "csv", "row": r}
    else:
        f, p = passages[rng.randrange(len(passages))]
        topic = {"source": "report", "file": f, "passage": p[:700]}
    draws.append({"transcript": f"s6-{i:02d}", "language": lang, "messages": n,
                  "team": team, "topic": topic})
print(json.dumps(draws, ensure_ascii=False, indent=1))
