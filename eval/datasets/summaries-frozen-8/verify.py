#!/usr/bin/env python3
"""Verify summaries-frozen-8: transcripts s8-*.jsonl and labels.json. Prints OK or the problems."""
import difflib, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
JA = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]')
TS = re.compile(r'^2026-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$')
LABEL_KEYS = {'language', 'recommendations', 'rejected', 'accepted', 'decisions', 'open_questions', 'messages'}
errors = []


def err(msg):
    errors.append(msg)


def is_english(text):
    return not JA.search(text) and re.search(r'[A-Za-z]{2,}', text) is not None


def lcb(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sm.find_longest_match(0, len(a), 0, len(b)).size


def near_verbatim(label, texts):
    need = min(20, 0.6 * len(label))
    best = max(lcb(label, t) for t in texts)
    return best >= need, best, need


try:
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
except Exception as e:
    print('labels.json invalid:', e)
    sys.exit(1)

files = sorted(glob.glob(os.path.join(HERE, 's8-*.jsonl')))
ids = [os.path.basename(f)[:-6] for f in files]
expected = ['s8-%02d' % i for i in range(1, 9)]
if ids != expected:
    err(f'transcript files {ids} != {expected}')
if sorted(labels) != expected:
    err(f'labels keys {sorted(labels)} != {expected}')

langs = {}
for sid in expected:
    path = os.path.join(HERE, sid + '.jsonl')
    if not os.path.exists(path):
        continue
    msgs = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        try:
            m = json.loads(line)
        except Exception as e:
            err(f'{sid}:{n} invalid JSON: {e}')
            continue
        keys = set(m)
        if not {'user', 'text', 'ts'} <= keys or keys - {'user', 'text', 'ts', 'bot'}:
            err(f'{sid}:{n} bad keys {sorted(keys)}')
        if not all(isinstance(m.get(k), str) and m.get(k) for k in ('user', 'text', 'ts')):
            err(f'{sid}:{n} user/text/ts must be non-empty strings')
            continue
        if (m['user'] == 'musubi') != (m.get('bot') is True):
            err(f'{sid}:{n} bot flag and user musubi disagree')
        if 'bot' in m and m['bot'] is not True:
            err(f'{sid}:{n} bot must be true when present')
        if not TS.match(m['ts']):
            err(f'{sid}:{n} bad ts {m["ts"]}')
        msgs.append(m)
    for a, b in zip(msgs, msgs[1:]):
        if not a['ts'] < b['ts']:
            err(f'{sid}: ts not strictly increasing at {a["ts"]} -> {b["ts"]}')
    if not 30 <= len(msgs) <= 60:
        err(f'{sid}: {len(msgs)} messages, need 30-60')
    if not any(m.get('bot') for m in msgs):
        err(f'{sid}: no bot message')
    lab = labels.get(sid)
    if lab is None:
        continue
    if set(lab) != LABEL_KEYS:
        err(f'{sid}: label keys {sorted(lab)}')
        continue
    if lab['messages'] != len(msgs):
        err(f'{sid}: labels messages {lab["messages"]} != {len(msgs)}')
    for k in ('recommendations', 'rejected', 'accepted', 'decisions', 'open_questions'):
        if not isinstance(lab[k], list) or not all(isinstance(x, str) and x for x in lab[k]):
            err(f'{sid}: {k} must be a list of non-empty strings')
        if len(set(lab[k])) != len(lab[k]):
            err(f'{sid}: duplicate in {k}')
    texts = [m['text'] for m in msgs]
    alltext = '\n'.join(texts)
    for k in ('recommendations', 'rejected', 'accepted'):
        for name in lab[k]:
            if name not in alltext:
                err(f'{sid}: {k} name not verbatim in transcript: {name!r}')
    rec, rej, acc = set(lab['recommendations']), set(lab['rejected']), set(lab['accepted'])
    if rej & acc:
        err(f'{sid}: rejected ∩ accepted = {rej & acc}')
    if rej & rec:
        err(f'{sid}: rejected ∩ recommendations = {rej & rec}')
    if not acc <= rec:
        err(f'{sid}: accepted not in recommendations: {acc - rec}')
    if not rec:
        err(f'{sid}: no recommendations')
    for k in ('decisions', 'open_questions'):
        if not lab[k]:
            err(f'{sid}: empty {k}')
        for item in lab[k]:
            ok, best, need = near_verbatim(item, texts)
            if not ok:
                err(f'{sid}: {k} not near-verbatim (block {best} < {need:.1f}): {item!r}')
    lang = lab['language']
    langs[sid] = lang
    human = [m['text'] for m in msgs if not m.get('bot')]
    en_human = sum(is_english(t) for t in human)
    ja_msgs = sum(bool(JA.search(t)) for t in texts)
    if lang == 'ja':
        if en_human > 2:
            err(f'{sid}: ja transcript has {en_human} English human messages (max 2)')
    elif lang == 'en':
        if ja_msgs:
            err(f'{sid}: en transcript has {ja_msgs} messages with Japanese characters')
    elif lang == 'mixed':
        if en_human < 3 or sum(bool(JA.search(t)) for t in human) < 3:
            err(f'{sid}: mixed transcript needs >=3 English and >=3 Japanese human messages '
                f'(has {en_human} / {sum(bool(JA.search(t)) for t in human)})')
    else:
        err(f'{sid}: bad language {lang!r}')

counts = {l: sum(v == l for v in langs.values()) for l in ('ja', 'en', 'mixed')}
if counts != {'ja': 3, 'en': 2, 'mixed': 3}:
    err(f'language counts {counts}, need ja 3, en 2, mixed 3')

if errors:
    print('\n'.join(errors))
    print(f'FAILED: {len(errors)} problem(s)')
    sys.exit(1)
print('OK', {sid: labels[sid]['messages'] for sid in expected}, counts)
