import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/core/types.js';
import { NameFinder } from '../../../src/summarising/name-finder.js';
import { createSummarizer } from '../../../src/summarising/summarizer.js';

const names = new NameFinder([
  { display: 'Cedar Harbor', spellings: ['Cedar Harbor', 'シーダーハーバー'] },
  { display: 'JUSSCA', spellings: ['JUSSCA', '日米姉妹都市協会'] },
  { display: 'Japan-US Sister City Association (JUSSCA)', spellings: ['Japan-US Sister City Association (JUSSCA)', 'JUSSCA'] },
  { display: 'TOMODACHI Initiative', spellings: ['TOMODACHI Initiative', 'TOMODACHI'] },
  { display: 'Shimane', spellings: ['Shimane', '島根県'] },
  { display: 'Vermont', spellings: ['Vermont', 'バーモント州'] },
  { display: 'Lakeport', spellings: ['Lakeport', 'レイクポート'] },
  { display: 'Elkton', spellings: ['Elkton', 'エルクトン'] },
]);
const summarizer = createSummarizer({ names });
const msg = (author: string, text: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({ author, text, isMusubi: false, link: `chat://${author}/${text.length}`, ...extra });

describe('summariser', () => {
  it('credits Musubi for its numbered suggestions and people for theirs, with reasons and links', () => {
    const reply = summarizer.summarize([
      msg('musubi', 'Suggestions:\n1. Cedar Harbor — both run oyster festivals\n2. TOMODACHI Initiative — grants for student trips', { isMusubi: true }),
      msg('ken', 'I suggest we email JUSSCA early, their network is large.'),
      msg('aiko', 'Cedar Harbor is a great match for us.'),
    ]);
    expect(reply.recommendations.map((r) => [r.name, r.proposedBy[0]])).toEqual([
      ['Cedar Harbor', 'Musubi'],
      ['TOMODACHI Initiative', 'Musubi'],
      ['JUSSCA', 'ken'],
    ]);
    expect(reply.recommendations[0]!.reasons).toEqual(['both run oyster festivals']);
    // The later mention is linked as support, not counted as a new proposal.
    expect(reply.recommendations[0]!.messageLinks).toHaveLength(2);
  });

  it('uses the structured suggestions Musubi attached to its message', () => {
    const reply = summarizer.summarize([
      msg('musubi', '(blocks)', {
        isMusubi: true,
        suggestions: [{ id: 'x', name: 'Shimane', nameJa: '島根県', nameEn: 'Shimane', kind: 'region', country: 'JP', score: 1, reasons: ['scholarship since 2006'], evidence: [], existing: true }],
      }),
    ]);
    expect(reply.recommendations).toMatchObject([{ name: 'Shimane', proposedBy: ['Musubi'], reasons: ['scholarship since 2006'], messageLinks: ['chat://musubi/8'], status: 'suggested' }]);
  });

  it('finds decisions and open questions in English and Japanese, and answers in the majority language', () => {
    const reply = summarizer.summarize([
      msg('佐藤', '島根県なんかはどうでしょう？'),
      msg('鈴木', '旅費の額はまだ決まっていません。'),
      msg('田中', '島根県を本命にしましょう。'),
      msg('ken', "Let's go with Shimane."),
    ]);
    expect(reply.language).toBe('ja');
    expect(reply.recommendations.map((r) => r.name)).toEqual(['Shimane']);
    expect(reply.decisions).toEqual(['島根県を本命にしましょう。 (田中)', "島根県 (Shimane) — Let's go with Shimane. (ken)"]);
    expect(reply.openQuestions).toEqual(['旅費の額はまだ決まっていません。 (鈴木)']);
    expect(reply.summary).toMatch(/^提案: 島根県 \(Shimane\)/);
  });

  it('merges two names for one organisation and ignores names mentioned without a cue', () => {
    const reply = summarizer.summarize([msg('a', 'We met Vermont people yesterday.'), msg('b', 'How about JUSSCA?'), msg('c', 'What about the Japan-US Sister City Association (JUSSCA)?')]);
    expect(reply.recommendations.map((r) => r.name)).toEqual(['JUSSCA']);
    expect(reply.recommendations[0]!.proposedBy).toEqual(['b', 'c']);
  });

  it('summarises 1,000 messages', () => {
    const many = Array.from({ length: 1000 }, (_, i) => msg(`u${i % 7}`, i % 50 === 0 ? 'How about Cedar Harbor?' : 'noted, thanks'));
    expect(summarizer.summarize(many).recommendations).toHaveLength(1);
  });

  it('recognises a place the knowledge does not list when it is named next to a cue, and nothing else', () => {
    const places = (text: string) => ({ 'Elkton, Kentucky': 'Elkton, Kentucky', 津山市: 'Tsuyama, Okayama' } as Record<string, string>)[text] ?? null;
    const withPlaces = createSummarizer({ names, places });
    const reply = withPlaces.summarize([msg('aiko', 'How about Elkton, Kentucky? They have a Japan program.'), msg('ken', '津山市はどうでしょう？'), msg('mai', 'How about next Tuesday for a call?')]);
    expect(reply.recommendations.map((r) => [r.name, r.proposedBy[0]])).toEqual([
      ['Elkton, Kentucky', 'aiko'],
      ['Tsuyama, Okayama', 'ken'],
    ]);
  });

  describe('where each candidate stands', () => {
    const statusOf = (reply: ReturnType<typeof summarizer.summarize>) => Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, [r.status, r.proposedBy, r.decidedBy]]));

    it('rejects on negation, drawbacks and contrast, and never lists a rejected candidate as a recommendation', () => {
      const reply = summarizer.summarize([
        msg('aiko', 'How about Lakeport?'),
        msg('ken', 'Lakeport is too big for us.'),
        msg('mai', "I don't think Elkton is a good idea."),
        msg('aiko', "Let's go with Cedar Harbor rather than JUSSCA."),
      ]);
      expect(reply.recommendations.map((r) => r.name)).toEqual(['Cedar Harbor']);
      expect(statusOf(reply)).toEqual({
        Lakeport: ['rejected', ['aiko'], ['ken']],
        Elkton: ['rejected', [], ['mai']],
        'Cedar Harbor': ['accepted', ['aiko'], ['aiko']],
        JUSSCA: ['rejected', [], ['aiko']],
      });
      expect(reply.summary).toMatch(/Rejected: Lakeport/);
    });

    it('applies a reaction that names nothing to the candidate just discussed; agreement makes it open, a later decision settles it', () => {
      const reply = summarizer.summarize([
        msg('aiko', 'What about Elkton?'),
        msg('ken', 'Too far inland, I fear.'),
        msg('aiko', 'How about TOMODACHI Initiative?'),
        msg('mai', 'Sounds good.'),
        msg('aiko', 'Maybe Cedar Harbor too?'),
        msg('ken', "Agreed, let's do it."),
      ]);
      expect(statusOf(reply)).toMatchObject({ Elkton: ['rejected', ['aiko'], ['ken']], 'TOMODACHI Initiative': ['open', ['aiko'], []], 'Cedar Harbor': ['accepted', ['aiko'], ['ken']] });
    });

    it('reads Japanese rejection, contrast and decision cues', () => {
      const reply = summarizer.summarize([
        msg('佐藤', '島根県もありかなと思うのですが、どうでしょう？'),
        msg('鈴木', 'レイクポートも候補に入ります。'),
        msg('田中', '島根県は移動時間が長くて難しいかと。'),
        msg('佐藤', 'レイクポートではなくシーダーハーバーで行きましょう。'),
      ]);
      expect(statusOf(reply)).toMatchObject({ Shimane: ['rejected', ['佐藤'], ['田中']], Lakeport: ['rejected', ['鈴木'], ['佐藤']], 'Cedar Harbor': ['accepted', ['佐藤'], ['佐藤']] });
      expect(reply.recommendations.map((r) => [r.name, r.nameJa])).toEqual([['Cedar Harbor', 'シーダーハーバー']]);
    });

    it('treats a request for candidates as context, not a proposal, and the team\'s own place as no candidate', () => {
      const reply = summarizer.summarize([msg('john', 'Our team is based in Vermont and we want a twin town in Japan.'), msg('kate', 'Our office in Vermont could try Shimane, since we already work with Vermont groups.')]);
      expect(reply.recommendations.map((r) => r.name)).toEqual(['Shimane']);
    });

    it('finds open questions with and without a question mark, in both languages', () => {
      const reply = summarizer.summarize([msg('a', 'I wonder who will host the delegation'), msg('b', '通訳の手配はどうしましょう。'), msg('c', '説明会の会場はどこになりますか')]);
      expect(reply.openQuestions).toHaveLength(3);
    });

    it('counts the shortlist as the team\'s choice and Musubi\'s data suggestions as proposals', () => {
      const reply = summarizer.summarize(
        [msg('musubi', '', { isMusubi: true, suggestions: [{ id: 'c', name: 'Cedar Harbor', nameJa: 'シーダーハーバー', nameEn: 'Cedar Harbor', kind: 'city', country: 'US', score: 0, reasons: [], evidence: [], existing: true }] })],
        [{ id: 1, suggestion: 'Cedar Harbor', addedBy: 'aiko', addedAt: '2026-12-01T00:00:00Z', messageLink: 'chat://1' }],
      );
      expect(statusOf(reply)).toEqual({ 'Cedar Harbor': ['accepted', ['Musubi'], ['aiko']] });
    });

    it('writes a mixed channel\'s summary in its majority language with names in both scripts', () => {
      const reply = summarizer.summarize([msg('佐藤', '島根県あたりはどうでしょう？'), msg('鈴木', '賛成です。'), msg('ken', "Let's go with Shimane.")]);
      expect(reply.language).toBe('ja');
      expect(reply.decisions).toEqual(["島根県 (Shimane) — Let's go with Shimane. (ken)"]);
      expect(reply.summary).toMatch(/^提案: 島根県 \(Shimane\)（佐藤・採用: ken）/);
    });

    it('reads more ways of turning down, settling and deferring, in both languages', () => {
      const reply = summarizer.summarize([
        msg('a', 'How about Lakeport?'),
        msg('b', 'Lakeport already has a partner town in Japan.'),
        msg('a', 'What about Elkton?'),
        msg('c', 'Elkton is a no-go for us.'),
        msg('a', 'TOMODACHI Initiative could help with the cost.'),
        msg('b', 'Go for it.'),
        msg('佐藤', '島根県も候補です。'),
        msg('鈴木', '島根県は今回は保留にしましょう。'),
        msg('佐藤', 'JUSSCAはどうでしょう？'),
        msg('田中', 'JUSSCAは優先度が低いです。'),
      ]);
      expect(statusOf(reply)).toMatchObject({
        Lakeport: ['rejected', ['a'], ['b']],
        Elkton: ['rejected', ['a'], ['c']],
        'TOMODACHI Initiative': ['accepted', ['a'], ['b']],
        JUSSCA: ['rejected', ['佐藤'], ['田中']],
      });
      expect(reply.recommendations.find((r) => r.name === 'Shimane')?.status).toBe('open');
      expect(reply.openQuestions.join(' ')).toContain('保留');
    });

    it('follows names only Musubi knew, reads an opening "OK" as an interjection, and an office\'s city as no candidate', () => {
      const reply = summarizer.summarize([
        msg('musubi', '1. ミルフォード — 温泉\n2. ハートリー — 漁業', { isMusubi: true }),
        msg('鈴木', 'ハートリーはうちの町には大きすぎる気がします。'),
        msg('山田', 'ミルフォードを第一候補に決定します。'),
        msg('ken', 'OK, Cedar Harbor is our first choice for the youth program.'),
        msg('aiko', "Let's contact JUSSCA's Lakeport office."),
      ]);
      expect(statusOf(reply)).toMatchObject({ ミルフォード: ['accepted', ['Musubi'], ['山田']], ハートリー: ['rejected', ['Musubi'], ['鈴木']], 'Cedar Harbor': ['accepted', ['ken'], ['ken']], JUSSCA: ['accepted', ['aiko'], ['aiko']] });
      expect(statusOf(reply).Lakeport).toBeUndefined();
    });

    it('reads each clause of a sentence for itself, and one place under two spellings as one candidate', () => {
      const places = (t: string) => (/^(Elkton|エルクトン市)$/.test(t) ? 'Elkton, Kentucky' : null);
      const withPlaces = createSummarizer({ names, places });
      const reply = withPlaces.summarize([
        msg('ken', 'エルクトン市はどうでしょうか。'),
        msg('aiko', 'Elkton looks promising. What about Lakeport?'),
        msg('ken', "OK, let's drop Lakeport and reach out to Elkton."),
        msg('mai', 'TOMODACHI Initiative it is, then.'),
      ]);
      expect(statusOf(reply)).toMatchObject({ 'Elkton, Kentucky': ['accepted', ['ken'], ['ken']], Lakeport: ['rejected', ['aiko'], ['ken']], 'TOMODACHI Initiative': ['accepted', ['mai'], ['mai']] });
      expect(reply.recommendations.map((r) => r.name)).toEqual(['Elkton, Kentucky', 'TOMODACHI Initiative']);
    });

    it('reads casual Japanese: いいね, やめとこう, してみる？, そうしよう — and a place compared with is no candidate', () => {
      const reply = summarizer.summarize([
        msg('musubi', '1. レイクポート — 湖の町\n2. TOMODACHI Initiative — 留学支援', { isMusubi: true }),
        msg('伊藤', 'レイクポートいいね！'),
        msg('高橋', 'でもバーモント州と重なるからやめとこう。'),
        msg('伊藤', 'じゃあTOMODACHIに聞いてみる？'),
        msg('高橋', 'そうしよう。'),
      ]);
      expect(statusOf(reply)).toEqual({ Lakeport: ['rejected', ['Musubi'], ['高橋']], 'TOMODACHI Initiative': ['accepted', ['Musubi', '伊藤'], ['高橋']] });
      expect(reply.decisions).toEqual(['レイクポート (Lakeport) — でもバーモント州と重なるからやめとこう。 (高橋)', 'TOMODACHI Initiative — そうしよう。 (高橋)']);
    });

    it('writes in the people\'s language, not the language of Musubi\'s bilingual lists', () => {
      const reply = summarizer.summarize([
        msg('aiko', 'Which American town would suit our school?'),
        msg('musubi', '1. シーダーハーバー / Cedar Harbor — 牡蠣の養殖\n2. 島根県 / Shimane — 奨学金', { isMusubi: true }),
      ]);
      expect(reply.language).toBe('en');
    });

    it('reads the team\'s reactions as data: ✅ accepts, 👎 rejects a single proposal; any reaction on a list makes it open', () => {
      const reply = summarizer.summarize([
        msg('aiko', 'How about Lakeport?', { reactions: [{ meaning: 'object', users: ['U2'], count: 1 }] }),
        msg('ken', 'What about Cedar Harbor?', { reactions: [{ meaning: 'approve', users: ['U3', 'U4'], count: 2 }] }),
        msg('musubi', '', {
          isMusubi: true,
          suggestions: ['TOMODACHI Initiative', 'JUSSCA'].map((name) => ({ id: name, name, nameJa: null, nameEn: name, kind: 'program' as const, country: null, score: 0, reasons: [], evidence: [], existing: false })),
          reactions: [{ meaning: 'approve', users: [], count: 1 }],
        }),
      ]);
      expect(statusOf(reply)).toEqual({
        Lakeport: ['rejected', ['aiko'], ['U2']],
        'Cedar Harbor': ['accepted', ['ken'], ['U3', 'U4']],
        'TOMODACHI Initiative': ['open', ['Musubi'], []],
        JUSSCA: ['open', ['Musubi'], []],
      });
    });
  });

  describe('rejections, decisions and questions phrased many ways', () => {
    const list = msg('musubi', '1. Shimane — school links\n2. Lakeport — port city\n3. Elkton — similar size', { isMusubi: true });
    const statusAfter = (text: string, extra: ChatMessage[] = []) => {
      const reply = summarizer.summarize([list, ...extra, msg('ken', text)]);
      return Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]));
    };
    it.each([
      "Let's leave Shimane out.",
      'We won\'t pursue Shimane.',
      "Shimane doesn't really work for us.",
      'Scratch Shimane.',
      'I would not go with Shimane.',
      '島根県は難しそうです。',
      '島根県は今回はパスで。',
      '島根県は見合わせます。',
      '島根県は現実的ではないですね。',
      '島根県は断念しましょう。',
      '島根県は合わなそうです。',
    ])('turns Shimane down: %s', (text) => {
      expect(statusAfter(text).Shimane).toBe('rejected');
    });
    it.each(["Let's lock in Shimane.", "We'll pick Shimane.", 'Shimane is our choice.', "We're moving ahead with Shimane.", '島根県でいこう。', '島根県で確定です。', '島根県にすることにしました。'])(
      'accepts Shimane: %s',
      (text) => {
        expect(statusAfter(text).Shimane).toBe('accepted');
      },
    );
    it.each(['島根県にしますか？', 'Is Shimane too far?', 'Do we drop Shimane?'])('a question settles nothing: %s', (text) => {
      const reply = summarizer.summarize([list, msg('ken', text)]);
      expect(reply.recommendations.find((r) => r.name === 'Shimane')?.status).toBe('open');
      expect(reply.decisions).toEqual([]);
      expect(reply.openQuestions).toHaveLength(1);
    });
    it('a musing "…対象外かな。" still turns the candidate down', () => {
      expect(statusAfter('島根県はうちと縁が薄いから、対象外かな。').Shimane).toBe('rejected');
    });
    it('"unlike X" sets aside a candidate already on the table, and only then', () => {
      expect(statusAfter("Unlike Shimane, Lakeport has a port, so let's go with Lakeport.")).toMatchObject({ Shimane: 'rejected', Lakeport: 'accepted' });
      const reply = summarizer.summarize([msg('ken', 'Unlike Vermont, we have no snow. How about Elkton?')]);
      expect(reply.rejected.map((r) => r.name)).toEqual([]);
    });
    it('an opening "Agreed," accepts nothing when the sentence goes on to reject: turning it down is the decision', () => {
      const reply = summarizer.summarize([list, msg('ken', "Agreed, let's drop Shimane for good.")]);
      expect(reply.rejected.map((r) => r.name)).toEqual(['Shimane']);
      expect(reply.decisions).toEqual(["Agreed, let's drop Shimane for good. (ken)"]);
    });
    it('a bare "Decided." quotes the sentence it decides', () => {
      const reply = summarizer.summarize([list, msg('ken', 'Lakeport in spring, Elkton after that. Decided.')]);
      expect(reply.decisions[0]).toContain('Lakeport in spring');
    });
    it('a place read after a cue does not swallow the full stop ("drop Shimane.")', () => {
      // A lookup that resolves the dotted spelling to another town must not replace the known name.
      const withPlaces = createSummarizer({ names, places: (t) => (t.startsWith('Shimane') ? (t === 'Shimane' ? null : 'Izumo, Shimane') : null) });
      const reply = withPlaces.summarize([list, msg('ken', "Let's drop Shimane.")]);
      expect(reply.rejected.map((r) => r.name)).toEqual(['Shimane']);
    });
    it('suggestions phrased as possibilities propose the name', () => {
      const reply = summarizer.summarize([msg('aiko', 'TOMODACHIなら助成してもらえるかもしれません。'), msg('ken', 'JUSSCA would be a good partner for this.')]);
      expect(reply.recommendations.map((r) => [r.name, r.proposedBy[0]])).toEqual([
        ['TOMODACHI Initiative', 'aiko'],
        ['JUSSCA', 'ken'],
      ]);
    });
  });
});


describe('references and replies', () => {
  const list = msg('musubi', '1. Lakeport (レイクポート) — port city\n2. Elkton — similar size\n3. Shimane — school links', { isMusubi: true });
  const statusOf = (...later: ChatMessage[]) => Object.fromEntries(((r) => [...r.recommendations, ...r.rejected])(summarizer.summarize([list, ...later])).map((r) => [r.name, r.status]));

  it.each([
    ['The second one is out of reach for us.', 'Elkton'],
    ["Musubi's first suggestion doesn't fit.", 'Lakeport'],
    ['The last option is not realistic.', 'Shimane'],
    ['2番目は難しいです。', 'Elkton'],
    ['三つ目の案は見送りましょう。', 'Shimane'],
  ])('resolves an item of Musubi\'s list by its position: %s', (text, name) => {
    const status = statusOf(msg('ken', text));
    expect(status[name]).toBe('rejected');
    expect(Object.values(status).filter((s) => s === 'rejected')).toHaveLength(1);
  });

  it('does not read "our first choice" as a reference to the list', () => {
    expect(statusOf(msg('ken', 'Elkton is our first choice.'))).toMatchObject({ Lakeport: 'suggested', Elkton: 'accepted' });
  });

  it('finds an item later named in the other script Musubi gave in parentheses', () => {
    expect(statusOf(msg('佐藤', 'レイクポートは見送りましょう。')).Lakeport).toBe('rejected');
  });

  it.each(['Agreed.', '+1', '同感です。'])('a bare agreement takes on the act of the message it answers: %s', (text) => {
    const reply = summarizer.summarize([list, msg('aiko', 'Shimane is too remote for us.'), msg('ken', text)]);
    expect(reply.rejected.find((r) => r.name === 'Shimane')?.decidedBy).toEqual(['aiko', 'ken']);
    // The rejection is the decision; the agreement adds no line of its own.
    expect(reply.decisions).toHaveLength(1);
    expect(reply.decisions[0]).toContain('Shimane is too remote for us. (aiko)');
  });

  it.each(['島根県には賛成できません。', '島根県は良さそうではないです。', '島根県はおすすめしません。', '島根県がいいとは思いません。'])('a negation auxiliary on a positive word turns it around: %s', (text) => {
    expect(statusOf(msg('佐藤', text)).Shimane).toBe('rejected');
  });

  it.each(['島根県もいいのではないでしょうか。', '島根県の例は参考になるかもしれません。'])('a negative question or かもしれません still proposes: %s', (text) => {
    expect(statusOf(msg('佐藤', text)).Shimane).not.toBe('rejected');
  });

  it('the last act on a candidate stands: turned down, then proposed again, it is open; then turned down again', () => {
    expect(statusOf(msg('aiko', 'Shimane is too far.'), msg('ken', 'How about Shimane after all? The new flight helps.')).Shimane).toBe('open');
    expect(statusOf(msg('aiko', 'Shimane is too far.'), msg('ken', 'How about Shimane after all?'), msg('aiko', "No, let's drop Shimane.")).Shimane).toBe('rejected');
  });

  it('counts what the team commits to as decisions: turning a candidate down, resolving moods in both languages', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', 'Elkton is a no for us.'),
      msg('ken', "Let's ask the prefecture first."),
      msg('佐藤', '来週、県に相談します。'),
      msg('鈴木', '予算の方向で調整しましょう。'),
      msg('佐藤', 'よろしくお願いします。'),
      msg('鈴木', '資料はあると思います。'),
      msg('ken', 'Shall we drop Shimane?'),
    ]);
    // The channel writes mostly Japanese: the English rejection leads with the candidate it settles.
    expect(reply.decisions).toEqual(['エルクトン (Elkton) — Elkton is a no for us. (aiko)', "Let's ask the prefecture first. (ken)", '来週、県に相談します。 (佐藤)', '予算の方向で調整しましょう。 (鈴木)']);
    expect(reply.rejected.map((r) => r.name)).toEqual(['Elkton']);
  });

  it('reads list items with full-width parentheses, and the short forms people write', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. 晋州市（진주시）— 友好都市\n2. ルリア共和国 — 研修受入れ\n3. ハバタケ！国際塾 — 奨学金\n4. 東アジア海洋機構（EAMO）— 共同調査', { isMusubi: true }),
      msg('佐藤', 'ルリアは今年は見送りです。'),
      msg('鈴木', 'ハバタケも対象外ですね。'),
      msg('田中', '晋州で決まりですね。'),
      msg('佐藤', 'EAMOは保留にします。'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({
      '晋州市（진주시）': 'accepted',
      ルリア共和国: 'rejected',
      'ハバタケ！国際塾': 'rejected',
      '東アジア海洋機構（EAMO）': 'open',
    });
  });

  it('a settling question agreed to is the decision; a negated statement put as a question rejects', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', '島根県には今年度は声をかけないということでよろしいでしょうか。'),
      msg('ken', '異論ありません。'),
      msg('aiko', 'Shall we go with Elkton?'),
      msg('mai', '+1'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, [r.status, r.decidedBy]]))).toMatchObject({ Shimane: ['rejected', ['aiko', 'ken']], Elkton: ['accepted', ['aiko', 'mai']] });
    expect(reply.decisions.map((d) => d.replace(/^.* — /, ''))).toEqual(['島根県には今年度は声をかけないということでよろしいでしょうか。 (aiko)', 'Shall we go with Elkton? (aiko)']);
  });

  it('keeps a list item that only contains a known name as its own, finds it by its initials, and reads contracted cues', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Tourism Vermont Partners — regional body\n2. Global Heron Trust — wetlands\n3. Lakeport City — port', { isMusubi: true }),
      msg('aiko', "GHT's out, unfortunately."),
      msg('ken', "Lakeport's a no."),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({
      'Tourism Vermont Partners': 'suggested',
      'Global Heron Trust': 'rejected',
      Lakeport: 'rejected',
    });
  });

  it('follows a name the team writes in the other script, and gives both scripts', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Lübeck (リューベック市) — twin town\n2. Taubaté (Paraná state) — farm stays\n3. ダーウィン — 港町', { isMusubi: true }),
      msg('佐藤', 'タウバテは今年は見送りにしましょう。'),
      msg('ken', "Darwin is a long way off, let's skip it."),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, [r.status, r.nameJa, r.nameEn]]))).toEqual({
      Lübeck: ['suggested', 'リューベック市', 'Lübeck'],
      // The other script as the team wrote it.
      Taubaté: ['rejected', 'タウバテ', 'Taubaté'],
      ダーウィン: ['rejected', 'ダーウィン', 'Darwin'],
    });
  });

  it('finds a long name by its leading name, in either script, unless that word is a name of its own', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Lindholm Wintermarkt — fair\n2. JUSSCA Kansai Network — contacts\n3. Lübeck — twin town', { isMusubi: true }),
      msg('佐藤', 'リントホルムはやめにしましょう。'),
      msg('ken', 'JUSSCA is too busy.'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toMatchObject({
      'Lindholm Wintermarkt': 'rejected',
      'JUSSCA Kansai Network': 'suggested',
      Lübeck: 'suggested',
    });
  });

  it('reads a list line with a region after the other-script name, the second name of a decision, and "X it is, …"', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Yanggu County (양구군), South Korea — mountain villages\n2. Poyang Reserve (鄱阳), China — lake birds\n3. Cedar Harbor — oysters', { isMusubi: true }),
      msg('ken', "Let's go with Cedar Harbor for the school visits and Yanggu County for the hiking club."),
      msg('aiko', "Then I guess Poyang it is, for the science class."),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({ 'Yanggu County': 'accepted', 'Poyang Reserve': 'accepted', 'Cedar Harbor': 'accepted' });
  });

  it('finds municipalities and organisations anywhere in a Japanese sentence that proposes or commits, not the ones that only qualify the next', () => {
    const places = (t: string) => ({ 高岡市: 'Takaoka, Toyama', 三次市: 'Miyoshi, Hiroshima' } as Record<string, string>)[t] ?? null;
    const withPlaces = createSummarizer({ names, places });
    const reply = withPlaces.summarize([
      msg('川井', '@musubi 三次市 音楽交流 相手'),
      msg('清水', '高岡市さんとの共同開催も考えられると思います。'),
      msg('山田', '上海総領事館の杭州連絡事務所には日程を先に伝えておきましょう。'),
    ]);
    expect(reply.recommendations.map((r) => r.name)).toEqual(['Takaoka, Toyama', '杭州連絡事務所']);
  });

  it('a name qualifying a compared noun phrase is compared too', () => {
    const reply = summarizer.summarize([msg('佐藤', '島根県の農業研修のような事業も参考になりますね。')]);
    expect(reply.recommendations).toEqual([]);
  });

  it('reads a dash as a clause break, an outcome line as a decision, and a one-word opening before "we\'ll"', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', "Let's move forward with Elkton - Ken, can you get Lakeport's city hall to put us in touch?"),
      msg('ken', 'OK: Elkton first, Shimane in reserve.'),
      msg('mai', "Sure, we'll print the flyers."),
      msg('aiko', "Lakeport doesn't suit us. Drop it."),
    ]);
    // (Without the lead that names the candidate a sentence settles by reference, and the author.)
    expect(reply.decisions.map((d) => d.replace(/^[^—]* — /, '').replace(/ \(\w+\)$/, ''))).toEqual([
      "Let's move forward with Elkton - Ken, can you get Lakeport's city hall to put us in touch?",
      'OK: Elkton first, Shimane in reserve.',
      "Sure, we'll print the flyers.",
      "Lakeport doesn't suit us. Drop it.",
    ]);
    expect(reply.recommendations.find((r) => r.name === 'Lakeport')).toBeUndefined();
  });

  it('a nameless agreement does not revive a candidate just turned down, and an aside reacts to nothing', () => {
    const reply = summarizer.summarize([list, msg('aiko', 'Shimane is too remote.'), msg('ken', 'Sounds good.'), msg('mai', "Let's ask Elkton."), msg('ken', 'By the way, the new canteen is not realistic for lunch.')]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toMatchObject({ Shimane: 'rejected', Elkton: 'accepted' });
  });

  it('"not this year/project" turns a candidate down, any clause may resolve, and 第一候補とし decides', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', "Fun thought 😄 but let's save Lakeport for the choir visits, not this project."),
      msg('佐藤', '交流先はエルクトンを第一候補とし、申請を進める方向で課長に伝えたいと思います。'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toMatchObject({ Lakeport: 'rejected', Elkton: 'accepted' });
    expect(reply.decisions).toHaveLength(2);
  });

  it('a pronoun a settling word governs is the candidate just discussed, even beside another name', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', 'Shimane costs too much. Not this year.'),
      msg('ken', 'News: Shimane will share a booth with Elkton, so it costs half.'),
      msg('aiko', "OK, new situation. Let's do it through the Elkton booth then."),
    ]);
    expect(reply.recommendations.find((r) => r.name === 'Shimane')?.status).toBe('accepted');
  });

  it('a clause with a subject of its own says nothing of the name in it by another clause\'s words', () => {
    const reply = summarizer.summarize([list, msg('aiko', 'Our French is quite rusty and the schools in Shimane might not teach English.')]);
    expect(reply.recommendations.find((r) => r.name === 'Shimane')?.status).toBe('suggested');
  });

  it('a reaction that names nothing reaches a few messages back, not to a topic long left; a decision reaches further', () => {
    const chat = (...later: ChatMessage[]) => summarizer.summarize([list, msg('aiko', 'What about Shimane?'), msg('a', 'brb'), msg('b', 'thanks'), msg('c', 'hmm'), msg('d', 'back'), ...later]);
    expect(chat(msg('ken', 'No visa needed, too early to worry.')).recommendations.find((r) => r.name === 'Shimane')?.status).toBe('open');
    expect(chat(msg('ken', "OK, let's do that.")).recommendations.find((r) => r.name === 'Shimane')?.status).toBe('accepted');
  });

  it('learns the other-script name at the start of a list reason, a short name explained in parentheses, and skips a place where something happens', () => {
    const places = (t: string) => (t === 'クリチバ' ? 'Curitiba' : null);
    const withPlaces = createSummarizer({ names, places });
    const reply = withPlaces.summarize([
      msg('musubi', '1. Rengo — Federação das Associações Nipo-Paranaenses (パラナ日系団体連合会), Curitiba — regional network\n2. Shimane — school links', { isMusubi: true }),
      msg('佐藤', 'それなら、日伯会（パラナ日系団体連合会）とは、クリチバでの講座を相談する方向で進めましょう。'),
      msg('鈴木', '日伯会はやめておきましょう。'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({ Rengo: 'rejected', Shimane: 'suggested' });
  });

  it('a question of choosing is answered once what it asks about is settled; other questions about a candidate stay open', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', 'Shimane or Elkton, which one do we write to first?'),
      msg('ken', 'Can we afford to send the brass band to Lakeport?'),
      msg('aiko', "Let's go with Elkton and drop Shimane."),
      msg('mai', "Let's go with Lakeport too."),
    ]);
    expect(reply.openQuestions).toEqual(['Can we afford to send the brass band to Lakeport? (ken)']);
  });

  it('a rejection before a closing question still settles, and a long name is not given the script of a name inside it', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Shimane Harbor Institute — research\n2. Elkton — similar size', { isMusubi: true }),
      msg('aiko', "I think we shouldn't pursue Elkton this round - any objections?"),
    ]);
    expect(reply.rejected.map((r) => r.name)).toEqual(['Elkton']);
    expect(reply.decisions).toHaveLength(1);
    expect(reply.recommendations[0]).toMatchObject({ name: 'Shimane Harbor Institute', nameJa: null });
  });

  it('"I don\'t want to <verb>" is about the action, "I don\'t want X" turns X down', () => {
    expect(statusOf(msg('aiko', 'Keep Shimane on the list. I don\'t want to overload the first draft.')).Shimane).not.toBe('rejected');
    expect(statusOf(msg('aiko', "To be frank, I don't want Shimane.")).Shimane).toBe('rejected');
  });

  it('a list line with no name in it lists nothing', () => {
    const reply = summarizer.summarize([msg('musubi', '1. \n2. (note)\n- ', { isMusubi: true }), msg('aiko', 'Agreed.')]);
    expect([...reply.recommendations, ...reply.rejected]).toEqual([]);
  });

  it('a presumption (…強そう, …でしょう), thanks or a leave-taking is no commitment', () => {
    const reply = summarizer.summarize([msg('佐藤', '有名な会場なら人は集まりそう…'), msg('鈴木', '来月には決まるでしょう。'), msg('佐藤', 'ありがたいです。'), msg('鈴木', 'お先に失礼します。')]);
    expect(reply.decisions).toEqual([]);
  });

  it('follows a Japanese name shortened to its tail or to its characters in order', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. 日本韓国親善協会 — 市民交流\n2. 大韓民国駐福岡総領事館 — 記念行事\n3. 北陸国際大学 — 通訳', { isMusubi: true }),
      msg('佐藤', '日韓親善協会は今年は見送ります。'),
      msg('鈴木', '駐福岡総領事館に頼む方向で進めます。'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, [r.status, r.nameJa]]))).toEqual({
      日本韓国親善協会: ['rejected', '日韓親善協会'],
      大韓民国駐福岡総領事館: ['accepted', '駐福岡総領事館'],
      北陸国際大学: ['suggested', '北陸国際大学'],
    });
  });

  it('finds a long name by the short form people use, unless two names share it', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Yanggu County — mountain villages\n2. Toyooka Institute of Science — robotics\n3. Hokuto University of Art — art\n4. Hokuto College of Music — music', { isMusubi: true }),
      msg('aiko', "Yanggu it is, then."),
      msg('ken', "Let's not pursue Toyooka this term."),
      msg('mai', "Hokuto is too far."),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({
      'Yanggu County': 'accepted',
      'Toyooka Institute of Science': 'rejected',
      'Hokuto University of Art': 'suggested',
      'Hokuto College of Music': 'suggested',
    });
  });

  it('keeps a hyphen inside a listed name, and a listed name wins over the knowledge\'s name of the same spelling', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Sasaki Anglo-Japanese Trust - travel bursaries\n2. Elkton Harbor Institute — research', { isMusubi: true }),
      msg('ken', "Let's not pursue Elkton for now."),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({ 'Sasaki Anglo-Japanese Trust': 'suggested', 'Elkton Harbor Institute': 'rejected' });
  });

  it('reads a cue written in katakana as in hiragana, and 広域市 as a place suffix', () => {
    const reply = summarizer.summarize([msg('musubi', '1. 大邱広域市 — 友好都市\n2. Shimane — school links', { isMusubi: true }), msg('佐藤', '島根県はナシで。'), msg('鈴木', '大邱はパスかな。')]);
    expect(reply.rejected.map((r) => r.name).sort()).toEqual(['Shimane', '大邱広域市']);
  });

  it('a settling word with a subject of its own is not a reaction to the candidate just discussed', () => {
    const reply = summarizer.summarize([list, msg('aiko', "Let's ask Shimane first."), msg('ken', 'Unrelated, but the new timetable is out.')]);
    expect(reply.recommendations.find((r) => r.name === 'Shimane')?.status).toBe('accepted');
  });

  it('a name the team commits to is decided', () => {
    const reply = summarizer.summarize([list, msg('佐藤', 'ホストはエルクトンに頼む方向で進めます。')]);
    expect(reply.recommendations.find((r) => r.name === 'Elkton')?.status).toBe('accepted');
  });

  it('keeping a candidate on the list keeps it open, and is a decision', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', 'Shimane is out.'),
      msg('ken', '島根県は再来年の候補として残す'),
      msg('aiko', "We'll apply to Elkton, and keep Lakeport as the fallback in case it falls through."),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({ Shimane: 'open', Elkton: 'accepted', Lakeport: 'open' });
    expect(reply.decisions).toHaveLength(3);
  });

  it('a known name in a commitment is context unless it is already a candidate', () => {
    const reply = summarizer.summarize([msg('aiko', "We'll change trains at Lakeport next week."), msg('ken', '来週、バーモント州の地図を用意します。')]);
    expect(reply.recommendations).toEqual([]);
  });

  it('a commitment that names a candidate the team turned down does not bring it back', () => {
    expect(statusOf(msg('aiko', '島根県は遠いので無理です。'), msg('ken', '島根県にはパンフレットだけ送ります。')).Shimane).toBe('rejected');
  });

  it('agreeing with a decision joins the decision', () => {
    const reply = summarizer.summarize([list, msg('aiko', "Let's go with Elkton."), msg('ken', 'Agreed.')]);
    expect(reply.recommendations.find((r) => r.name === 'Elkton')).toMatchObject({ status: 'accepted', decidedBy: ['aiko', 'ken'] });
  });
});

describe('names neither known nor in the gazetteer', () => {
  it('finds a capitalised or katakana name a proposal governs, and follows it through the conversation', () => {
    const reply = summarizer.summarize([
      msg('aiko', 'How about the Hyogo International Association?'),
      msg('ken', 'Kagoshima Exchange Center could help too.'),
      msg('佐藤', 'ブルームフィールドはどうでしょう？'),
      msg('mai', 'The Hyogo International Association is too far from us.'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({
      'Hyogo International Association': 'rejected',
      'Kagoshima Exchange Center': 'suggested',
      ブルームフィールド: 'suggested',
    });
  });

  it('takes no ordinary word, weekday, person of the channel or possessive for a name', () => {
    const reply = summarizer.summarize([msg('aiko', 'How about Tuesday?'), msg('Ken', "Let's ask Ken."), msg('mai', 'Maybe Schools could help.'), msg('aiko', "Let's contact JUSSCA's Osaka office.")]);
    expect(reply.recommendations.map((r) => r.name)).toEqual(['JUSSCA']);
  });
});

describe('summariser and Musubi\'s answers', () => {
  it('never reads candidates from an answer it knows is an answer; bullet lines count only in transcripts without data', () => {
    const answer = 'According to the report:\n• TOMODACHI Initiative; Cedar Harbor; 2019\n  Source line (Japanese): “…”';
    const known = summarizer.summarize([msg('you', 'How did it start?'), msg('Musubi', answer, { isMusubi: true, replyKind: 'answer' })]);
    expect(known.recommendations).toEqual([]);
    const unknown = summarizer.summarize([msg('musubi', answer, { isMusubi: true })]);
    expect(unknown.recommendations.length).toBeGreaterThan(0);
  });
});
