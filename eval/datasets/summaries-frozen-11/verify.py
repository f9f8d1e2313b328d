"""Check the sum11 transcripts against labels.json. Prints OK or the problems."""
import datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = [f"s11-{n:02d}" for n in range(1, 9)]
EXPECT_LANG = {"s11-01": "ja", "s11-02": "ja", "s11-03": "ja",
               "s11-04": "en", "s11-05": "en",
               "s11-06": "mixed", "s11-07": "mixed", "s11-08": "mixed"}
LABEL_KEYS = {"language", "recommendations", "rejected", "accepted",
              "decisions", "open_questions", "messages"}
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
JA_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")
LAT_RE = re.compile(r"[A-Za-z]")
errors = []


def err(msg):
    errors.append(msg)


def kind(text):
    """'ja' if Japanese characters dominate the letters of a message, else 'en'."""
    ja, lat = len(JA_RE.findall(text)), len(LAT_RE.findall(text))
    if ja + lat == 0:
        return None           # emoji-only etc.
    return "ja" if ja >= lat else "en"


files = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"s11-\d\d\.jsonl", f))
if files != [i + ".jsonl" for i in IDS]:
    err(f"expected 8 files {IDS}, found {files}")

labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
if set(labels) != set(IDS):
    err(f"labels.json keys {sorted(labels)} != {IDS}")

for tid in IDS:
    path = os.path.join(HERE, tid + ".jsonl")
    if not os.path.exists(path):
        continue
    msgs = []
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            m = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{tid}:{ln} bad JSON: {e}")
            continue
        keys = set(m)
        if not {"user", "text", "ts"} <= keys or keys - {"user", "text", "ts", "bot"}:
            err(f"{tid}:{ln} bad keys {sorted(keys)}")
        if "bot" in m and m["bot"] is not True:
            err(f"{tid}:{ln} bot must be true when present")
        if (m.get("user") == "musubi") != (m.get("bot") is True):
            err(f"{tid}:{ln} musubi and bot:true must go together")
        if not isinstance(m.get("text"), str) or not m["text"].strip():
            err(f"{tid}:{ln} empty text")
        msgs.append(m)
    n = len(msgs)
    if not 30 <= n <= 60:
        err(f"{tid}: {n} messages, need 30-60")
    if not any(m.get("bot") for m in msgs):
        err(f"{tid}: no bot messages")
    prev = None
    for i, m in enumerate(msgs, 1):
        ts = m.get("ts", "")
        if not TS_RE.match(ts):
            err(f"{tid}:{i} malformed ts {ts!r}")
            continue
        try:
            t = dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ")
        except ValueError:
            err(f"{tid}:{i} invalid ts {ts!r}")
            continue
        if not t.year == 2026:
            err(f"{tid}:{i} ts not in 2026")
        if prev and t <= prev:
            err(f"{tid}:{i} ts not ascending")
        prev = t

    lab = labels.get(tid)
    if lab is None:
        continue
    if set(lab) != LABEL_KEYS:
        err(f"{tid}: label keys {sorted(lab)}")
        continue
    if lab["messages"] != n:
        err(f"{tid}: labels say {lab['messages']} messages, file has {n}")
    if lab["language"] != EXPECT_LANG[tid]:
        err(f"{tid}: language {lab['language']} != {EXPECT_LANG[tid]}")
    texts = [m["text"] for m in msgs]
    human = [m["text"] for m in msgs if not m.get("bot")]
    for k in ("recommendations", "rejected", "accepted", "decisions", "open_questions"):
        v = lab[k]
        if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
            err(f"{tid}: {k} must be a list of non-empty strings")
        if len(set(v)) != len(v):
            err(f"{tid}: duplicates in {k}")
    if not lab["recommendations"] or not lab["decisions"] or not lab["open_questions"]:
        err(f"{tid}: recommendations, decisions and open_questions must be non-empty")
    for r in lab["recommendations"]:
        if not any(r in t for t in texts):
            err(f"{tid}: recommendation {r!r} not found verbatim")
    for d in lab["decisions"]:
        if not any(d in t for t in human):
            err(f"{tid}: decision not found in a human message: {d!r}")
    for q in lab["open_questions"]:
        if not any(q in t for t in texts):
            err(f"{tid}: open question not found: {q!r}")
        elif not any(q in t and ("?" in t or "？" in t) for t in texts):
            err(f"{tid}: open question's message has no question mark: {q!r}")
    recs = set(lab["recommendations"])
    for k in ("rejected", "accepted"):
        extra = set(lab[k]) - recs
        if extra:
            err(f"{tid}: {k} not in recommendations: {sorted(extra)}")
    both = set(lab["accepted"]) & set(lab["rejected"])
    if both:
        err(f"{tid}: both accepted and rejected: {sorted(both)}")
    kinds = [k for k in (kind(t) for t in texts) if k]
    ja_share = kinds.count("ja") / len(kinds)
    en_share = kinds.count("en") / len(kinds)
    lang = EXPECT_LANG[tid]
    if lang == "ja" and ja_share < 0.9:
        err(f"{tid}: only {ja_share:.0%} of messages mostly Japanese")
    if lang == "en" and en_share < 0.9:
        err(f"{tid}: only {en_share:.0%} of messages mostly English")
    if lang == "mixed" and (ja_share < 0.25 or en_share < 0.25):
        err(f"{tid}: mixed but ja {ja_share:.0%} / en {en_share:.0%}")
    print(f"{tid}: {n} msgs, ja {ja_share:.0%} en {en_share:.0%}")

if errors:
    print("\n".join(errors))
    print(f"verify: FAILED ({len(errors)} problems)")
    sys.exit(1)
print("verify: OK")
