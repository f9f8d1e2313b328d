"""Verify summaries-frozen-6: JSON, ts, counts, label evidence."""
import json, os, re, sys, glob, datetime, collections
HERE = os.path.dirname(os.path.abspath(__file__))
labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
errs = []
JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
files = sorted(glob.glob(os.path.join(HERE, "s6-*.jsonl")))
assert len(files) == 8, files
assert set(os.path.basename(f)[:-6] for f in files) == set(labels), "files/labels mismatch"
langs = collections.Counter()
for f in files:
    name = os.path.basename(f)[:-6]
    L = labels[name]
    lines = open(f, encoding="utf-8").read().splitlines()
    msgs = []
    for n, line in enumerate(lines, 1):
        try:
            m = json.loads(line)
        except Exception as e:
            errs.append(f"{name}:{n} bad json {e}"); continue
        if not {"user", "text", "ts"} <= set(m) or set(m) - {"user", "text", "ts", "bot"}:
            errs.append(f"{name}:{n} keys {sorted(m)}")
        if (m.get("bot") is True) != (m["user"] == "musubi"):
            errs.append(f"{name}:{n} bot flag")
        if not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:\d\dZ", m["ts"]):
            errs.append(f"{name}:{n} ts format {m['ts']}")
        msgs.append(m)
    ts = [datetime.datetime.strptime(m["ts"], "%Y-%m-%dT%H:%M:%SZ") for m in msgs]
    if any(b <= a for a, b in zip(ts, ts[1:])):
        errs.append(f"{name} ts not strictly increasing")
    if L["messages"] != len(lines) or not 30 <= len(lines) <= 60:
        errs.append(f"{name} messages {L['messages']} vs {len(lines)}")
    full = "\n".join(m["text"] for m in msgs)
    for key in ("recommendations", "rejected", "accepted"):
        for x in L[key]:
            if x not in full:
                errs.append(f"{name} {key} name not verbatim: {x}")
    for key in ("decisions", "open_questions"):
        if not L[key]:
            errs.append(f"{name} empty {key}")
        for x in L[key]:
            if not any(x in m["text"] for m in msgs):
                errs.append(f"{name} {key} not verbatim in one message: {x}")
    R, X, A = set(L["recommendations"]), set(L["rejected"]), set(L["accepted"])
    if A & X: errs.append(f"{name} accepted & rejected: {A & X}")
    if R & X: errs.append(f"{name} recommendations & rejected: {R & X}")
    if not A <= R: errs.append(f"{name} accepted not in recommendations: {A - R}")
    if not any(m.get("bot") for m in msgs): errs.append(f"{name} no bot message")
    if not any(re.search(r"^1\. .+ — ", m["text"], re.M) for m in msgs if m.get("bot")):
        errs.append(f"{name} no numbered bot list")
    # language check on human messages
    human = [m["text"] for m in msgs if not m.get("bot")]
    ja = sum(1 for t in human if JA.search(t))
    share = ja / len(human)
    lang = L["language"]; langs[lang] += 1
    ok = {"ja": share > 0.9, "en": share < 0.1, "mixed": 0.2 < share < 0.8}[lang]
    if not ok: errs.append(f"{name} language {lang} but ja share {share:.2f}")
    print(f"{name}: {lang:5s} msgs={len(lines)} ja_share={share:.2f} rec={len(R)} rej={len(X)} acc={len(A)} dec={len(L['decisions'])} open={len(L['open_questions'])}")
if langs != {"ja": 3, "en": 2, "mixed": 3}: errs.append(f"language counts {dict(langs)}")
print("\n".join(errs) if errs else "ALL OK")
sys.exit(1 if errs else 0)
