"""Verify summaries-frozen-7: JSON valid, ts increasing, counts, label names verbatim,
decisions/open questions (near-)verbatim, label consistency, language mix."""
import json, re, sys, glob, os, datetime
from difflib import SequenceMatcher
os.chdir(os.path.dirname(os.path.abspath(__file__)))
fails = []
def fail(m): fails.append(m)
labels = json.load(open("labels.json", encoding="utf-8"))
files = sorted(glob.glob("*.jsonl"))
if sorted(os.path.splitext(f)[0] for f in files) != sorted(labels):
    fail("label keys do not match transcript files")
KANA = re.compile(r"[\u3040-\u30ff]")
langs = {}
for f in files:
    name = os.path.splitext(f)[0]
    rows = []
    for i, line in enumerate(open(f, encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            fail(f"{f}:{i} bad JSON {e}"); continue
        if set(r) - {"user", "text", "ts", "bot"} or not {"user", "text", "ts"} <= set(r):
            fail(f"{f}:{i} bad keys {sorted(r)}")
        if (r.get("user") == "musubi") != (r.get("bot") is True):
            fail(f"{f}:{i} bot flag mismatch")
        if not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["ts"]):
            fail(f"{f}:{i} ts format {r['ts']}")
        rows.append(r)
    ts = [datetime.datetime.strptime(r["ts"], "%Y-%m-%dT%H:%M:%SZ") for r in rows]
    if any(b <= a for a, b in zip(ts, ts[1:])):
        fail(f"{f} ts not strictly increasing")
    L = labels.get(name, {})
    if L.get("messages") != len(rows):
        fail(f"{f} messages {L.get('messages')} != {len(rows)}")
    if not 30 <= len(rows) <= 60:
        fail(f"{f} has {len(rows)} messages, outside 30-60")
    if not any(r.get("bot") for r in rows):
        fail(f"{f} has no bot message")
    full = "\n".join(r["text"] for r in rows)
    for key in ("recommendations", "rejected", "accepted"):
        for nm in L.get(key, []):
            if nm not in full:
                fail(f"{name} {key} name not verbatim: {nm}")
    rec, rej, acc = set(L["recommendations"]), set(L["rejected"]), set(L["accepted"])
    if rej & acc: fail(f"{name} rejected&accepted: {rej & acc}")
    if rej & rec: fail(f"{name} rejected&recommendations: {rej & rec}")
    if not acc <= rec: fail(f"{name} accepted not in recommendations: {acc - rec}")
    for key in ("decisions", "open_questions"):
        if not L.get(key): fail(f"{name} empty {key}")
        for s in L.get(key, []):
            # near-verbatim: longest common block with some message >= 60% of the label or >= 20 chars
            best = max(SequenceMatcher(None, s, r["text"], autojunk=False).find_longest_match(0, len(s), 0, len(r["text"])).size for r in rows)
            if best < min(20, 0.6 * len(s)):
                fail(f"{name} {key} not near-verbatim ({best}): {s}")
    human = "\n".join(r["text"] for r in rows if not r.get("bot"))
    ja_msgs = sum(1 for r in rows if not r.get("bot") and KANA.search(r["text"]))
    en_msgs = sum(1 for r in rows if not r.get("bot") and not KANA.search(r["text"]) and re.search(r"[A-Za-z]{3}", r["text"]))
    lang = L.get("language")
    if lang == "ja" and en_msgs > 2: fail(f"{name} ja but {en_msgs} English messages")
    if lang == "en" and ja_msgs > 0: fail(f"{name} en but {ja_msgs} Japanese messages")
    if lang == "mixed" and (ja_msgs < 8 or en_msgs < 8): fail(f"{name} mixed but ja={ja_msgs} en={en_msgs}")
    langs[lang] = langs.get(lang, 0) + 1
    print(f"{name}: {lang} messages={len(rows)} ja_msgs={ja_msgs} en_msgs={en_msgs} rec={len(rec)} rej={len(rej)} acc={len(acc)}")
if langs != {"ja": 3, "en": 2, "mixed": 3}: fail(f"language counts {langs}")
print("languages", langs)
if fails:
    print("FAIL"); [print(" -", m) for m in fails]; sys.exit(1)
print("OK")
