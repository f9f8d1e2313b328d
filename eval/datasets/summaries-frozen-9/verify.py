#!/usr/bin/env python3
"""Verify summaries-frozen-9: transcripts s9-01..08.jsonl and labels.json."""
import difflib, json, re, sys

NAMES = [f"s9-{i:02d}" for i in range(1, 9)]
KEYS = {"language", "recommendations", "rejected", "accepted", "decisions", "open_questions", "messages"}
TS = re.compile(r'^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$')
JA = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]')
LAT = re.compile(r'[A-Za-z]')
errors = []

def err(msg):
    errors.append(msg)

def lcb(a, b):
    m = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return m.find_longest_match(0, len(a), 0, len(b)).size

try:
    labels = json.load(open('labels.json', encoding='utf-8'))
except Exception as e:
    print('labels.json invalid:', e); sys.exit(1)
if sorted(labels) != NAMES:
    err(f'labels keys {sorted(labels)}')

langs = {}
for name in NAMES:
    msgs = []
    for i, line in enumerate(open(f'{name}.jsonl', encoding='utf-8'), 1):
        try:
            m = json.loads(line)
        except Exception as e:
            err(f'{name}:{i} invalid JSON {e}'); continue
        if not isinstance(m, dict):
            err(f'{name}:{i} not an object'); continue
        ks = set(m)
        if not ({"user", "text", "ts"} <= ks <= {"user", "text", "ts", "bot"}):
            err(f'{name}:{i} keys {ks}')
        if not all(isinstance(m.get(k), str) and m.get(k) for k in ("user", "text", "ts")):
            err(f'{name}:{i} empty/non-string field')
        isbot = m.get("bot") is True
        if "bot" in m and m["bot"] is not True:
            err(f'{name}:{i} bot flag not true')
        if isbot != (m.get("user") == "musubi"):
            err(f'{name}:{i} bot flag <-> user musubi mismatch')
        if not TS.match(m.get("ts", "")):
            err(f'{name}:{i} bad ts {m.get("ts")}')
        msgs.append(m)
    for a, b in zip(msgs, msgs[1:]):
        if not a["ts"] < b["ts"]:
            err(f'{name}: ts not strictly increasing at {b["ts"]}')
    n = len(msgs)
    if not 30 <= n <= 60:
        err(f'{name}: {n} messages')
    if not any(m.get("bot") for m in msgs):
        err(f'{name}: no bot message')
    L = labels.get(name, {})
    if set(L) != KEYS:
        err(f'{name}: label keys {set(L)}'); continue
    if L["messages"] != n:
        err(f'{name}: label messages {L["messages"]} != {n}')
    texts = [m["text"] for m in msgs]
    alltext = "\n".join(texts)
    for k in ("recommendations", "rejected", "accepted", "decisions", "open_questions"):
        if not isinstance(L[k], list) or not all(isinstance(x, str) and x for x in L[k]):
            err(f'{name}: {k} not a list of strings')
        if len(set(L[k])) != len(L[k]):
            err(f'{name}: duplicates in {k}')
    for k in ("recommendations", "rejected", "accepted"):
        for x in L[k]:
            if x not in alltext:
                err(f'{name}: {k} name not verbatim: {x!r}')
    rec, rej, acc = set(L["recommendations"]), set(L["rejected"]), set(L["accepted"])
    if rej & acc: err(f'{name}: rejected ∩ accepted = {rej & acc}')
    if rej & rec: err(f'{name}: rejected ∩ recommendations = {rej & rec}')
    if not acc <= rec: err(f'{name}: accepted ⊄ recommendations: {acc - rec}')
    for k in ("decisions", "open_questions"):
        for x in L[k]:
            need = min(20, int(0.6 * len(x) + 0.999))
            best = max(lcb(x, t) for t in texts)
            if best < need:
                err(f'{name}: {k} not near-verbatim ({best}<{need}): {x!r}')
    lang = L["language"]
    if lang not in ("ja", "en", "mixed"):
        err(f'{name}: language {lang}')
    human = [m["text"] for m in msgs if not m.get("bot")]
    en_h = [t for t in human if not JA.search(t) and LAT.search(t)]
    ja_h = [t for t in human if JA.search(t)]
    if lang == "ja":
        if len(en_h) > 2: err(f'{name}: ja with {len(en_h)} English human messages')
        for m in msgs:
            if m.get("bot") and not JA.search(m["text"]): err(f'{name}: English bot message in ja')
    elif lang == "en":
        if JA.search(alltext): err(f'{name}: Japanese in en transcript')
    elif lang == "mixed":
        if len(en_h) < 3 or len(ja_h) < 3:
            err(f'{name}: mixed but en={len(en_h)} ja={len(ja_h)}')
    langs[lang] = langs.get(lang, 0) + 1
    print(f'{name}: {lang} msgs={n} bot={sum(1 for m in msgs if m.get("bot"))} en_h={len(en_h)} ja_h={len(ja_h)} '
          f'rec={len(rec)} acc={len(acc)} rej={len(rej)} dec={len(L["decisions"])} oq={len(L["open_questions"])}')

if langs != {"ja": 3, "en": 2, "mixed": 3}:
    err(f'language mix {langs}')
if errors:
    print('\n'.join('ERROR ' + e for e in errors)); sys.exit(1)
print('OK')
