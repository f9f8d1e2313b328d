#!/usr/bin/env python3
"""Build s9-*.jsonl and labels.json from src/*.txt (format: 'user|text', '---' = next day)."""
import datetime, json, random

rng = random.Random(99)  # timestamps only

def build(name):
    msgs = []
    t = None
    for line in open(f'src/{name}.txt', encoding='utf-8'):
        line = line.rstrip('\n')
        if not line:
            continue
        if line.startswith('#start '):
            t = datetime.datetime.strptime(line[7:], '%Y-%m-%dT%H:%M:%SZ')
            continue
        if line == '---':
            t = t + datetime.timedelta(days=rng.choice([1, 1, 2, 3]), minutes=rng.randint(0, 90))
            continue
        user, text = line.split('|', 1)
        text = text.replace('\\n', '\n')
        t = t + datetime.timedelta(seconds=rng.randint(20, 600))
        m = {"user": user, "text": text, "ts": t.strftime('%Y-%m-%dT%H:%M:%SZ')}
        if user == 'musubi':
            m["bot"] = True
        msgs.append(m)
    with open(f'{name}.jsonl', 'w', encoding='utf-8') as f:
        for m in msgs:
            f.write(json.dumps(m, ensure_ascii=False) + '\n')
    return len(msgs)

LABELS = {
 "s9-01": {"language": "ja",
   "recommendations": ["バーナビー", "JICA北海道", "ホルムスクとのオンライン交流"],
   "rejected": ["釜山広域市", "ホバート"],
   "accepted": ["バーナビー", "JICA北海道"],
   "decisions": ["ホルムスクとの関係は維持、ただし訪問事業は当面休止と決まりました",
                 "派遣先はバーナビーで決定とします。8月派遣で調整お願いします。",
                 "事前研修の講師はJICA北海道にお願いする方向で進めます"],
   "open_questions": ["ホルムスクとのオンライン交流って、そもそもやっていいんでしょうか？",
                      "ホームステイ先も向こうで探してくれるんですか？",
                      "ホームステイ先が足りなかった場合はどうしますか？寮とか？"]},
 "s9-02": {"language": "ja",
   "recommendations": ["高校生ホームステイ派遣", "市民訪問団", "若者向けリーダーシップフォーラム", "ビエンナーレの紹介展示"],
   "rejected": ["彫刻交流", "ニューカッスル大学との共同研究"],
   "accepted": ["高校生ホームステイ派遣", "市民訪問団"],
   "decisions": ["高校生ホームステイ派遣は実施で決定です。定員は20名で。",
                 "高校生ホームステイ派遣は7月下旬〜8月上旬で考えてください",
                 "市民訪問団は10月に前倒しにしましょう。11月案は取り消しで。"],
   "open_questions": ["リーダーシップフォーラムは結局やるんですか？",
                      "ビエンナーレの紹介展示、どこでやります？"]},
 "s9-03": {"language": "ja",
   "recommendations": ["JICA中部", "名古屋国際センター", "非核特使セッション", "愛知県国際交流協会", "なごや地球ひろば"],
   "rejected": ["ジャパン・プラットフォーム", "市民会館"],
   "accepted": ["JICA中部", "名古屋国際センター"],
   "decisions": ["テーマは「海外協力隊の経験を地域に」で決まりで。",
                 "会場は名古屋国際センターで決定します",
                 "10月17日(土)で仮押さえお願いします",
                 "登壇者はこの3名でお願いする方向で。"],
   "open_questions": ["非核特使セッションは、平和フェス実行委員会と相談してから決めましょう",
                      "共催の申請締切っていつでしたっけ？",
                      "子ども向けのワークショップも入れたいんだけど、誰かやれる人いる？"]},
 "s9-04": {"language": "en",
   "recommendations": ["Lexington", "Consulate-General of Japan in Nashville", "JETRO Atlanta",
                       "Japan-America Society of Kentucky", "Sister Cities International", "youth track"],
   "rejected": ["Louisville", "JETRO Chicago", "university's conference hall"],
   "accepted": ["Lexington", "Consulate-General of Japan in Nashville", "JETRO Atlanta",
                "Japan-America Society of Kentucky"],
   "decisions": ["Decision: summit in Lexington at the convention center, budget line 14k.",
                 "swap JETRO Chicago for JETRO Atlanta",
                 "let's ask them to be co-host",
                 "The summit moves to October 8-9. The Sept dates are cancelled."],
   "open_questions": ["Which prefecture would we even invite?",
                      "do we want a youth track with students from local universities?"]},
 "s9-05": {"language": "en",
   "recommendations": ["Surf life saving demo at Cronulla", "Bushwalk in the Royal National Park",
                       "Port Hacking High", "JETAA NSW", "CLAIR Sydney"],
   "rejected": ["Harbour cruise in Sydney", "Homestay night with local families"],
   "accepted": ["Surf life saving demo at Cronulla", "Bushwalk in the Royal National Park",
                "Port Hacking High", "JETAA NSW", "CLAIR Sydney"],
   "decisions": ["Surf life saving demo is a yes.",
                 "ok bushwalk stays in, short version",
                 "book the 30-seater instead of the 24-seater. That replaces what we decided on Monday.",
                 "let's ask CLAIR Sydney for the formal meeting."],
   "open_questions": ["welcome reception venue? Council chambers or somewhere at Cronulla?",
                      "what are we giving the Deputy Mayor?"]},
 "s9-06": {"language": "mixed",
   "recommendations": ["Salamanca Market", "TasTAFE", "University of Tasmania", "CLAIR", "地元企業の協賛"],
   "rejected": ["Taste of Tasmania", "CSIRO", "Tasmanian Polar Network"],
   "accepted": ["Salamanca Market", "TasTAFE"],
   "decisions": ["Salamanca Marketの出店で進めましょう。許可申請は鈴木さん担当で。",
                 "TasTAFEとの高校生交流は前向きに進めたいと伝えてください",
                 "University of Tasmaniaは将来の候補としてキープ"],
   "open_questions": ["CLAIRの助成って締切いつ？",
                      "should we invite Hobart's Lord Mayor to Yaizu next year in return?"]},
 "s9-07": {"language": "mixed",
   "recommendations": ["蘇州大学", "うちわ制作ワークショップ", "蘇州刺繍の実演と交流会", "成果展示会",
                       "丸亀城と城下町のフィールドワーク", "XJTLU"],
   "rejected": ["瀬戸内国際芸術祭"],
   "accepted": ["蘇州大学", "うちわ制作ワークショップ", "蘇州刺繍の実演と交流会", "成果展示会"],
   "decisions": ["うちわ制作ワークショップは確定で。",
                 "蘇州刺繍の実演と交流会、これで確定ですね",
                 "成果展示会もやりましょう",
                 "事前研修は全員Zoomに変更で。対面は無しにします。"],
   "open_questions": ["丸亀城は保留にしておきましょう",
                      "XJTLUは来年以降の候補として検討しましょう",
                      "宿泊はどうします？大学の寮？ホテル？"]},
 "s9-08": {"language": "mixed",
   "recommendations": ["CLAIRの姉妹提携データ", "JUSSCA", "日米リエゾン会議", "JETAA",
                       "youth leadership forum", "Sister Cities International"],
   "rejected": ["Fulbright Japan"],
   "accepted": ["CLAIRの姉妹提携データ", "JUSSCA", "日米リエゾン会議", "JETAA"],
   "decisions": ["Decision: we link to CLAIR's data and add local organisation info on top. No separate full database.",
                 "Yes, let's include JETAA.",
                 "Google Sites then.",
                 "日米リエゾン会議で10分発表OKだそうです"],
   "open_questions": ["パイロットの対象地域ってまだ決めてないですよね？中国地方？それとも全国？",
                      "I'd love a youth leadership forum, but maybe phase 2."]},
}

if __name__ == '__main__':
    out = {}
    for k, v in LABELS.items():
        n = build(k)
        out[k] = dict(v, messages=n)
        print(k, n)
    json.dump(out, open('labels.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
