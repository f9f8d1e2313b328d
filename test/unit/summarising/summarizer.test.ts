import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/core/types.js';
import { NameFinder } from '../../../src/summarising/name-finder.js';
import { createSummarizer } from '../../../src/summarising/summarizer.js';

const names = new NameFinder([
  { display: 'Crescent City', spellings: ['Crescent City', 'クレセントシティ'] },
  { display: 'JUSSCA', spellings: ['JUSSCA', '日米姉妹都市協会'] },
  { display: 'Japan-US Sister City Association (JUSSCA)', spellings: ['Japan-US Sister City Association (JUSSCA)', 'JUSSCA'] },
  { display: 'TOMODACHI Initiative', spellings: ['TOMODACHI Initiative', 'TOMODACHI'] },
  { display: 'Fukui', spellings: ['Fukui', '福井県'] },
  { display: 'Ohio', spellings: ['Ohio', 'オハイオ州'] },
  { display: 'Portland', spellings: ['Portland', 'ポートランド'] },
  { display: 'Boise', spellings: ['Boise', 'ボイシ'] },
]);
const summarizer = createSummarizer({ names });
const msg = (author: string, text: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({ author, text, isMusubi: false, link: `chat://${author}/${text.length}`, ...extra });

describe('summariser', () => {
  it('credits Musubi for its numbered suggestions and people for theirs, with reasons and links', () => {
    const reply = summarizer.summarize([
      msg('musubi', 'Suggestions:\n1. Crescent City — shared tsunami experience\n2. TOMODACHI Initiative — funds youth exchanges', { isMusubi: true }),
      msg('ken', 'I suggest we contact JUSSCA first, they know many cities.'),
      msg('aiko', 'Crescent City really fits us.'),
    ]);
    expect(reply.recommendations.map((r) => [r.name, r.proposedBy[0]])).toEqual([
      ['Crescent City', 'Musubi'],
      ['TOMODACHI Initiative', 'Musubi'],
      ['JUSSCA', 'ken'],
    ]);
    expect(reply.recommendations[0]!.reasons).toEqual(['shared tsunami experience']);
    // The later mention is linked as support, not counted as a new proposal.
    expect(reply.recommendations[0]!.messageLinks).toHaveLength(2);
  });

  it('uses the structured suggestions Musubi attached to its message', () => {
    const reply = summarizer.summarize([
      msg('musubi', '(blocks)', {
        isMusubi: true,
        suggestions: [{ id: 'x', name: 'Fukui', nameJa: '福井県', nameEn: 'Fukui', kind: 'region', country: 'JP', score: 1, reasons: ['scholarship since 2006'], evidence: [], existing: true }],
      }),
    ]);
    expect(reply.recommendations).toMatchObject([{ name: 'Fukui', proposedBy: ['Musubi'], reasons: ['scholarship since 2006'], messageLinks: ['chat://musubi/8'], status: 'suggested' }]);
  });

  it('finds decisions and open questions in English and Japanese, and answers in the majority language', () => {
    const reply = summarizer.summarize([
      msg('佐藤', '福井県はどうでしょう？'),
      msg('鈴木', '予算はまだ未定です。'),
      msg('田中', '福井県を第一候補にしましょう。'),
      msg('ken', "Let's go with Fukui."),
    ]);
    expect(reply.language).toBe('ja');
    expect(reply.recommendations.map((r) => r.name)).toEqual(['Fukui']);
    expect(reply.decisions).toEqual(['福井県を第一候補にしましょう。 (田中)', "福井県 (Fukui) — Let's go with Fukui. (ken)"]);
    expect(reply.openQuestions).toEqual(['予算はまだ未定です。 (鈴木)']);
    expect(reply.summary).toMatch(/^提案: 福井県 \(Fukui\)/);
  });

  it('merges two names for one organisation and ignores names mentioned without a cue', () => {
    const reply = summarizer.summarize([msg('a', 'We met Ohio people yesterday.'), msg('b', 'How about JUSSCA?'), msg('c', 'What about the Japan-US Sister City Association (JUSSCA)?')]);
    expect(reply.recommendations.map((r) => r.name)).toEqual(['JUSSCA']);
    expect(reply.recommendations[0]!.proposedBy).toEqual(['b', 'c']);
  });

  it('summarises 1,000 messages', () => {
    const many = Array.from({ length: 1000 }, (_, i) => msg(`u${i % 7}`, i % 50 === 0 ? 'How about Crescent City?' : 'noted, thanks'));
    expect(summarizer.summarize(many).recommendations).toHaveLength(1);
  });

  it('recognises a place the knowledge does not list when it is named next to a cue, and nothing else', () => {
    const places = (text: string) => ({ 'Boise, Idaho': 'Boise, Idaho', 岐阜市: 'Gifu, Gifu' } as Record<string, string>)[text] ?? null;
    const withPlaces = createSummarizer({ names, places });
    const reply = withPlaces.summarize([msg('aiko', 'How about Boise, Idaho? They have a Japan program.'), msg('ken', '岐阜市はどうでしょう？'), msg('mai', 'How about next Tuesday for a call?')]);
    expect(reply.recommendations.map((r) => [r.name, r.proposedBy[0]])).toEqual([
      ['Boise, Idaho', 'aiko'],
      ['Gifu, Gifu', 'ken'],
    ]);
  });

  describe('where each candidate stands', () => {
    const statusOf = (reply: ReturnType<typeof summarizer.summarize>) => Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, [r.status, r.proposedBy, r.decidedBy]]));

    it('rejects on negation, drawbacks and contrast, and never lists a rejected candidate as a recommendation', () => {
      const reply = summarizer.summarize([
        msg('aiko', 'How about Portland?'),
        msg('ken', 'Portland is too big for us.'),
        msg('mai', "I don't think Boise is a good idea."),
        msg('aiko', "Let's go with Crescent City rather than JUSSCA."),
      ]);
      expect(reply.recommendations.map((r) => r.name)).toEqual(['Crescent City']);
      expect(statusOf(reply)).toEqual({
        Portland: ['rejected', ['aiko'], ['ken']],
        Boise: ['rejected', [], ['mai']],
        'Crescent City': ['accepted', ['aiko'], ['aiko']],
        JUSSCA: ['rejected', [], ['aiko']],
      });
      expect(reply.summary).toMatch(/Rejected: Portland/);
    });

    it('applies a reaction that names nothing to the candidate just discussed; agreement makes it open, a later decision settles it', () => {
      const reply = summarizer.summarize([
        msg('aiko', 'What about Boise?'),
        msg('ken', 'Too far from the coast, I think.'),
        msg('aiko', 'How about TOMODACHI Initiative?'),
        msg('mai', 'Sounds good.'),
        msg('aiko', 'Maybe Crescent City as well?'),
        msg('ken', "Agreed, let's do that."),
      ]);
      expect(statusOf(reply)).toMatchObject({ Boise: ['rejected', ['aiko'], ['ken']], 'TOMODACHI Initiative': ['open', ['aiko'], []], 'Crescent City': ['accepted', ['aiko'], ['ken']] });
    });

    it('reads Japanese rejection, contrast and decision cues', () => {
      const reply = summarizer.summarize([
        msg('佐藤', '福井県はどうでしょう？'),
        msg('鈴木', 'ポートランドも候補です。'),
        msg('田中', '福井県は遠すぎて難しいと思います。'),
        msg('佐藤', 'ポートランドではなくクレセントシティにしましょう。'),
      ]);
      expect(statusOf(reply)).toMatchObject({ Fukui: ['rejected', ['佐藤'], ['田中']], Portland: ['rejected', ['鈴木'], ['佐藤']], 'Crescent City': ['accepted', ['佐藤'], ['佐藤']] });
      expect(reply.recommendations.map((r) => [r.name, r.nameJa])).toEqual([['Crescent City', 'クレセントシティ']]);
    });

    it('treats a request for candidates as context, not a proposal, and the team\'s own place as no candidate', () => {
      const reply = summarizer.summarize([msg('john', 'We are in Ohio and looking for a partner city in Japan.'), msg('kate', 'Our office in Ohio could try Fukui, since we already work with Ohio groups.')]);
      expect(reply.recommendations.map((r) => r.name)).toEqual(['Fukui']);
    });

    it('finds open questions with and without a question mark, in both languages', () => {
      const reply = summarizer.summarize([msg('a', 'I wonder who will host the delegation'), msg('b', '予算はどうしましょう。'), msg('c', '訪問の時期はいつになりますか')]);
      expect(reply.openQuestions).toHaveLength(3);
    });

    it('counts the shortlist as the team\'s choice and Musubi\'s data suggestions as proposals', () => {
      const reply = summarizer.summarize(
        [msg('musubi', '', { isMusubi: true, suggestions: [{ id: 'c', name: 'Crescent City', nameJa: 'クレセントシティ', nameEn: 'Crescent City', kind: 'city', country: 'US', score: 0, reasons: [], evidence: [], existing: true }] })],
        [{ id: 1, suggestion: 'Crescent City', addedBy: 'aiko', addedAt: '2026-12-01T00:00:00Z', messageLink: 'chat://1' }],
      );
      expect(statusOf(reply)).toEqual({ 'Crescent City': ['accepted', ['Musubi'], ['aiko']] });
    });

    it('writes a mixed channel\'s summary in its majority language with names in both scripts', () => {
      const reply = summarizer.summarize([msg('佐藤', '福井県はどうでしょう？'), msg('鈴木', '賛成です。'), msg('ken', "Let's go with Fukui.")]);
      expect(reply.language).toBe('ja');
      expect(reply.decisions).toEqual(["福井県 (Fukui) — Let's go with Fukui. (ken)"]);
      expect(reply.summary).toMatch(/^提案: 福井県 \(Fukui\)（佐藤・採用: ken）/);
    });

    it('reads more ways of turning down, settling and deferring, in both languages', () => {
      const reply = summarizer.summarize([
        msg('a', 'How about Portland?'),
        msg('b', 'Portland already has a sister city in Japan.'),
        msg('a', 'What about Boise?'),
        msg('c', 'Boise is a no-go for us.'),
        msg('a', 'TOMODACHI Initiative could fund it.'),
        msg('b', 'Go for it.'),
        msg('佐藤', '福井県も候補です。'),
        msg('鈴木', '福井県は今回は保留にしましょう。'),
        msg('佐藤', 'JUSSCAはどうでしょう？'),
        msg('田中', 'JUSSCAは優先度が低いです。'),
      ]);
      expect(statusOf(reply)).toMatchObject({
        Portland: ['rejected', ['a'], ['b']],
        Boise: ['rejected', ['a'], ['c']],
        'TOMODACHI Initiative': ['accepted', ['a'], ['b']],
        JUSSCA: ['rejected', ['佐藤'], ['田中']],
      });
      expect(reply.recommendations.find((r) => r.name === 'Fukui')?.status).toBe('open');
      expect(reply.openQuestions.join(' ')).toContain('保留');
    });

    it('follows names only Musubi knew, reads an opening "OK" as an interjection, and an office\'s city as no candidate', () => {
      const reply = summarizer.summarize([
        msg('musubi', '1. ケアンズ — 観光\n2. タウンズビル — 港湾', { isMusubi: true }),
        msg('鈴木', 'タウンズビルは人口規模が大きすぎると思います。'),
        msg('山田', 'ケアンズを第一候補に決定します。'),
        msg('ken', 'OK, Crescent City is our first choice for the youth program.'),
        msg('aiko', "Let's contact JUSSCA's Portland office."),
      ]);
      expect(statusOf(reply)).toMatchObject({ ケアンズ: ['accepted', ['Musubi'], ['山田']], タウンズビル: ['rejected', ['Musubi'], ['鈴木']], 'Crescent City': ['accepted', ['ken'], ['ken']], JUSSCA: ['accepted', ['aiko'], ['aiko']] });
      expect(statusOf(reply).Portland).toBeUndefined();
    });

    it('reads each clause of a sentence for itself, and one place under two spellings as one candidate', () => {
      const places = (t: string) => (/^(Boise|ボイシ市)$/.test(t) ? 'Boise, Idaho' : null);
      const withPlaces = createSummarizer({ names, places });
      const reply = withPlaces.summarize([
        msg('ken', 'ボイシ市はどうでしょうか。'),
        msg('aiko', 'Boise sounds interesting. What about Portland?'),
        msg('ken', "OK, let's drop Portland and reach out to Boise."),
        msg('mai', 'TOMODACHI Initiative it is, then.'),
      ]);
      expect(statusOf(reply)).toMatchObject({ 'Boise, Idaho': ['accepted', ['ken'], ['ken']], Portland: ['rejected', ['aiko'], ['ken']], 'TOMODACHI Initiative': ['accepted', ['mai'], ['mai']] });
      expect(reply.recommendations.map((r) => r.name)).toEqual(['Boise, Idaho', 'TOMODACHI Initiative']);
    });

    it('reads casual Japanese: いいね, やめとこう, してみる？, そうしよう — and a place compared with is no candidate', () => {
      const reply = summarizer.summarize([
        msg('musubi', '1. ポートランド — 姉妹都市の経験\n2. TOMODACHI Initiative — 青少年交流', { isMusubi: true }),
        msg('伊藤', 'ポートランドいいね！'),
        msg('高橋', 'でもオハイオ州と重なるからやめとこう。'),
        msg('伊藤', 'じゃあTOMODACHIに相談してみる？'),
        msg('高橋', 'そうしよう。'),
      ]);
      expect(statusOf(reply)).toEqual({ Portland: ['rejected', ['Musubi'], ['高橋']], 'TOMODACHI Initiative': ['accepted', ['Musubi', '伊藤'], ['高橋']] });
      expect(reply.decisions).toEqual(['ポートランド (Portland) — でもオハイオ州と重なるからやめとこう。 (高橋)', 'TOMODACHI Initiative — そうしよう。 (高橋)']);
    });

    it('writes in the people\'s language, not the language of Musubi\'s bilingual lists', () => {
      const reply = summarizer.summarize([
        msg('aiko', 'Which US city could partner with our town?'),
        msg('musubi', '1. クレセントシティ / Crescent City — 津波の経験\n2. 福井県 / Fukui — 奨学金', { isMusubi: true }),
      ]);
      expect(reply.language).toBe('en');
    });

    it('reads the team\'s reactions as data: ✅ accepts, 👎 rejects a single proposal; any reaction on a list makes it open', () => {
      const reply = summarizer.summarize([
        msg('aiko', 'How about Portland?', { reactions: [{ meaning: 'object', users: ['U2'], count: 1 }] }),
        msg('ken', 'What about Crescent City?', { reactions: [{ meaning: 'approve', users: ['U3', 'U4'], count: 2 }] }),
        msg('musubi', '', {
          isMusubi: true,
          suggestions: ['TOMODACHI Initiative', 'JUSSCA'].map((name) => ({ id: name, name, nameJa: null, nameEn: name, kind: 'program' as const, country: null, score: 0, reasons: [], evidence: [], existing: false })),
          reactions: [{ meaning: 'approve', users: [], count: 1 }],
        }),
      ]);
      expect(statusOf(reply)).toEqual({
        Portland: ['rejected', ['aiko'], ['U2']],
        'Crescent City': ['accepted', ['ken'], ['U3', 'U4']],
        'TOMODACHI Initiative': ['open', ['Musubi'], []],
        JUSSCA: ['open', ['Musubi'], []],
      });
    });
  });

  describe('rejections, decisions and questions phrased many ways', () => {
    const list = msg('musubi', '1. Fukui — scholarship ties\n2. Portland — port city\n3. Boise — similar size', { isMusubi: true });
    const statusAfter = (text: string, extra: ChatMessage[] = []) => {
      const reply = summarizer.summarize([list, ...extra, msg('ken', text)]);
      return Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]));
    };
    it.each([
      "Let's leave Fukui out.",
      'We won\'t pursue Fukui.',
      "Fukui doesn't really work for us.",
      'Scratch Fukui.',
      'I would not go with Fukui.',
      '福井県は難しそうです。',
      '福井県は今回はパスで。',
      '福井県は見合わせます。',
      '福井県は現実的ではないですね。',
      '福井県は断念しましょう。',
      '福井県は合わなそうです。',
    ])('turns Fukui down: %s', (text) => {
      expect(statusAfter(text).Fukui).toBe('rejected');
    });
    it.each(["Let's lock in Fukui.", "We'll pick Fukui.", 'Fukui is our choice.', "We're moving ahead with Fukui.", '福井県でいこう。', '福井県で確定です。', '福井県にすることにしました。'])(
      'accepts Fukui: %s',
      (text) => {
        expect(statusAfter(text).Fukui).toBe('accepted');
      },
    );
    it.each(['福井県にしますか？', 'Is Fukui too far?', 'Do we drop Fukui?'])('a question settles nothing: %s', (text) => {
      const reply = summarizer.summarize([list, msg('ken', text)]);
      expect(reply.recommendations.find((r) => r.name === 'Fukui')?.status).toBe('open');
      expect(reply.decisions).toEqual([]);
      expect(reply.openQuestions).toHaveLength(1);
    });
    it('a musing "…対象外かな。" still turns the candidate down', () => {
      expect(statusAfter('福井県はオハイオとのつながりがないので、対象外かな。').Fukui).toBe('rejected');
    });
    it('"unlike X" sets aside a candidate already on the table, and only then', () => {
      expect(statusAfter("Unlike Fukui, Portland has a port, so let's go with Portland.")).toMatchObject({ Fukui: 'rejected', Portland: 'accepted' });
      const reply = summarizer.summarize([msg('ken', 'Unlike Ohio, we have no snow. How about Boise?')]);
      expect(reply.rejected.map((r) => r.name)).toEqual([]);
    });
    it('an opening "Agreed," accepts nothing when the sentence goes on to reject: turning it down is the decision', () => {
      const reply = summarizer.summarize([list, msg('ken', "Agreed, let's take Fukui off the list.")]);
      expect(reply.rejected.map((r) => r.name)).toEqual(['Fukui']);
      expect(reply.decisions).toEqual(["Agreed, let's take Fukui off the list. (ken)"]);
    });
    it('a bare "Decided." quotes the sentence it decides', () => {
      const reply = summarizer.summarize([list, msg('ken', 'Portland first, Boise next year. Decided.')]);
      expect(reply.decisions[0]).toContain('Portland first');
    });
    it('a place read after a cue does not swallow the full stop ("drop Fukui.")', () => {
      // A lookup that resolves the dotted spelling to another town must not replace the known name.
      const withPlaces = createSummarizer({ names, places: (t) => (t.startsWith('Fukui') ? (t === 'Fukui' ? null : 'Sakai, Fukui') : null) });
      const reply = withPlaces.summarize([list, msg('ken', "Let's drop Fukui.")]);
      expect(reply.rejected.map((r) => r.name)).toEqual(['Fukui']);
    });
    it('suggestions phrased as possibilities propose the name', () => {
      const reply = summarizer.summarize([msg('aiko', 'TOMODACHIも使えるかもしれません。'), msg('ken', 'JUSSCA would be a good partner for this.')]);
      expect(reply.recommendations.map((r) => [r.name, r.proposedBy[0]])).toEqual([
        ['TOMODACHI Initiative', 'aiko'],
        ['JUSSCA', 'ken'],
      ]);
    });
  });
});


describe('references and replies', () => {
  const list = msg('musubi', '1. Portland (ポートランド) — port city\n2. Boise — similar size\n3. Fukui — scholarship ties', { isMusubi: true });
  const statusOf = (...later: ChatMessage[]) => Object.fromEntries(((r) => [...r.recommendations, ...r.rejected])(summarizer.summarize([list, ...later])).map((r) => [r.name, r.status]));

  it.each([
    ['The second one is too far for us.', 'Boise'],
    ["Musubi's first suggestion doesn't fit.", 'Portland'],
    ['The last option is not realistic.', 'Fukui'],
    ['2番目は難しいです。', 'Boise'],
    ['三つ目の案は見送りましょう。', 'Fukui'],
  ])('resolves an item of Musubi\'s list by its position: %s', (text, name) => {
    const status = statusOf(msg('ken', text));
    expect(status[name]).toBe('rejected');
    expect(Object.values(status).filter((s) => s === 'rejected')).toHaveLength(1);
  });

  it('does not read "our first choice" as a reference to the list', () => {
    expect(statusOf(msg('ken', 'Boise is our first choice.'))).toMatchObject({ Portland: 'suggested', Boise: 'accepted' });
  });

  it('finds an item later named in the other script Musubi gave in parentheses', () => {
    expect(statusOf(msg('佐藤', 'ポートランドは見送りましょう。')).Portland).toBe('rejected');
  });

  it.each(['Agreed.', '+1', '同感です。'])('a bare agreement takes on the act of the message it answers: %s', (text) => {
    const reply = summarizer.summarize([list, msg('aiko', 'Fukui is too far for us.'), msg('ken', text)]);
    expect(reply.rejected.find((r) => r.name === 'Fukui')?.decidedBy).toEqual(['aiko', 'ken']);
    // The rejection is the decision; the agreement adds no line of its own.
    expect(reply.decisions).toHaveLength(1);
    expect(reply.decisions[0]).toContain('Fukui is too far for us. (aiko)');
  });

  it.each(['福井県には賛成できません。', '福井県は良さそうではないです。', '福井県はおすすめしません。', '福井県がいいとは思いません。'])('a negation auxiliary on a positive word turns it around: %s', (text) => {
    expect(statusOf(msg('佐藤', text)).Fukui).toBe('rejected');
  });

  it.each(['福井県もいいのではないでしょうか。', '福井県も参考になるかもしれません。'])('a negative question or かもしれません still proposes: %s', (text) => {
    expect(statusOf(msg('佐藤', text)).Fukui).not.toBe('rejected');
  });

  it('the last act on a candidate stands: turned down, then proposed again, it is open; then turned down again', () => {
    expect(statusOf(msg('aiko', 'Fukui is too far.'), msg('ken', 'How about Fukui after all? The new flight helps.')).Fukui).toBe('open');
    expect(statusOf(msg('aiko', 'Fukui is too far.'), msg('ken', 'How about Fukui after all?'), msg('aiko', "No, let's drop Fukui.")).Fukui).toBe('rejected');
  });

  it('counts what the team commits to as decisions: turning a candidate down, resolving moods in both languages', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', 'Boise is a no for us.'),
      msg('ken', "Let's ask the prefecture first."),
      msg('佐藤', '来週、県に相談します。'),
      msg('鈴木', '予算の方向で調整しましょう。'),
      msg('佐藤', 'よろしくお願いします。'),
      msg('鈴木', '資料はあると思います。'),
      msg('ken', 'Shall we drop Fukui?'),
    ]);
    // The channel writes mostly Japanese: the English rejection leads with the candidate it settles.
    expect(reply.decisions).toEqual(['ボイシ (Boise) — Boise is a no for us. (aiko)', "Let's ask the prefecture first. (ken)", '来週、県に相談します。 (佐藤)', '予算の方向で調整しましょう。 (鈴木)']);
    expect(reply.rejected.map((r) => r.name)).toEqual(['Boise']);
  });

  it('reads list items with full-width parentheses, and the short forms people write', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. 束草市（속초시）— 姉妹都市\n2. パラオ共和国 — 交流実績\n3. トビタテ！留学JAPAN — 奨学金\n4. 太平洋共同体（SPC）— 技術協力', { isMusubi: true }),
      msg('佐藤', 'パラオは今回は見送りましょう。'),
      msg('鈴木', 'トビタテも対象外です。'),
      msg('田中', '束草で決まりですね。'),
      msg('佐藤', 'SPCは保留にします。'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({
      '束草市（속초시）': 'accepted',
      パラオ共和国: 'rejected',
      'トビタテ！留学JAPAN': 'rejected',
      '太平洋共同体（SPC）': 'open',
    });
  });

  it('a settling question agreed to is the decision; a negated statement put as a question rejects', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', '福井県は今回はお声がけしないということでよろしいでしょうか。'),
      msg('ken', '異論ありません。'),
      msg('aiko', 'Shall we go with Boise?'),
      msg('mai', '+1'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, [r.status, r.decidedBy]]))).toMatchObject({ Fukui: ['rejected', ['aiko', 'ken']], Boise: ['accepted', ['aiko', 'mai']] });
    expect(reply.decisions.map((d) => d.replace(/^.* — /, ''))).toEqual(['福井県は今回はお声がけしないということでよろしいでしょうか。 (aiko)', 'Shall we go with Boise? (aiko)']);
  });

  it('keeps a list item that only contains a known name as its own, finds it by its initials, and reads contracted cues', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Tourism Ohio Partners — regional body\n2. International Crane Foundation — research\n3. Portland City — port', { isMusubi: true }),
      msg('aiko', "ICF's out, sadly."),
      msg('ken', "Portland's a no."),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({
      'Tourism Ohio Partners': 'suggested',
      'International Crane Foundation': 'rejected',
      Portland: 'rejected',
    });
  });

  it('follows a name the team writes in the other script, and gives both scripts', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Würzburg (ヴュルツブルク市) — sister city\n2. Guaratinguetá (São Paulo state) — homestays\n3. ケアンズ — 観光', { isMusubi: true }),
      msg('佐藤', 'グアラチンゲタは今回は見送りましょう。'),
      msg('ken', "Cairns is too far, let's drop it."),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, [r.status, r.nameJa, r.nameEn]]))).toEqual({
      Würzburg: ['suggested', 'ヴュルツブルク市', 'Würzburg'],
      // The other script as the team wrote it.
      Guaratinguetá: ['rejected', 'グアラチンゲタ', 'Guaratinguetá'],
      ケアンズ: ['rejected', 'ケアンズ', 'Cairns'],
    });
  });

  it('finds a long name by its leading name, in either script, unless that word is a name of its own', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Nürnberg Christkindlesmarkt — market\n2. JUSSCA Kansai Network — contacts\n3. Würzburg — sister city', { isMusubi: true }),
      msg('佐藤', 'ニュルンベルクはやめておきましょう。'),
      msg('ken', 'JUSSCA is too busy.'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toMatchObject({
      'Nürnberg Christkindlesmarkt': 'rejected',
      'JUSSCA Kansai Network': 'suggested',
      Würzburg: 'suggested',
    });
  });

  it('reads a list line with a region after the other-script name, the second name of a decision, and "X it is, …"', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Cheorwon County (철원군), South Korea — wintering ground\n2. Zhalong Reserve (扎龙), China — breeding\n3. Crescent City — tsunami', { isMusubi: true }),
      msg('ken', "Let's go with Crescent City as our main partner and Cheorwon County for monitoring."),
      msg('aiko', "Then I'd say Zhalong it is, for the research side."),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({ 'Cheorwon County': 'accepted', 'Zhalong Reserve': 'accepted', 'Crescent City': 'accepted' });
  });

  it('finds municipalities and organisations anywhere in a Japanese sentence that proposes or commits, not the ones that only qualify the next', () => {
    const places = (t: string) => ({ 周南市: 'Shunan, Yamaguchi', 米子市: 'Yonago, Tottori' } as Record<string, string>)[t] ?? null;
    const withPlaces = createSummarizer({ names, places });
    const reply = withPlaces.summarize([
      msg('川井', '@musubi 米子市 スポーツ交流 候補'),
      msg('清水', '周南市さんとの合同派遣という形も考えられるのではないでしょうか。'),
      msg('山田', '瀋陽総領事館の大連領事事務所には計画を一報しておきましょう。'),
    ]);
    expect(reply.recommendations.map((r) => r.name)).toEqual(['Shunan, Yamaguchi', '大連領事事務所']);
  });

  it('a name qualifying a compared noun phrase is compared too', () => {
    const reply = summarizer.summarize([msg('佐藤', '福井県の青年プログラムのような取組も参考になりますね。')]);
    expect(reply.recommendations).toEqual([]);
  });

  it('reads a dash as a clause break, an outcome line as a decision, and a one-word opening before "we\'ll"', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', "Let's go ahead with Boise - Ken, could you ask Portland's international office for an intro?"),
      msg('ken', 'OK: Fukui as the fallback, Boise as the lead.'),
      msg('mai', "Easy, we'll bring the banners."),
      msg('aiko', "Portland doesn't fit. Drop it."),
    ]);
    // (Without the lead that names the candidate a sentence settles by reference, and the author.)
    expect(reply.decisions.map((d) => d.replace(/^[^—]* — /, '').replace(/ \(\w+\)$/, ''))).toEqual([
      "Let's go ahead with Boise - Ken, could you ask Portland's international office for an intro?",
      'OK: Fukui as the fallback, Boise as the lead.',
      "Easy, we'll bring the banners.",
      "Portland doesn't fit. Drop it.",
    ]);
    expect(reply.recommendations.find((r) => r.name === 'Portland')).toBeUndefined();
  });

  it('a nameless agreement does not revive a candidate just turned down, and an aside reacts to nothing', () => {
    const reply = summarizer.summarize([list, msg('aiko', 'Fukui is too far.'), msg('ken', 'Sounds good.'), msg('mai', "Let's ask Boise."), msg('ken', 'By the way, the new café is not realistic for lunch.')]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toMatchObject({ Fukui: 'rejected', Boise: 'accepted' });
  });

  it('"not this year/project" turns a candidate down, any clause may resolve, and 第一候補とし decides', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', "I love the idea 😂 but let's keep Portland for the usual exchanges, not this project."),
      msg('佐藤', '相手はボイシを第一候補とし、応募を目指す方向で報告したいと思います。'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toMatchObject({ Portland: 'rejected', Boise: 'accepted' });
    expect(reply.decisions).toHaveLength(2);
  });

  it('a pronoun a settling word governs is the candidate just discussed, even beside another name', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', 'Fukui is too pricey. Not this year.'),
      msg('ken', 'Update: Fukui now shares a stand with Boise, for a fraction of the cost.'),
      msg('aiko', "That changes things. Let's do it under the Boise stand then."),
    ]);
    expect(reply.recommendations.find((r) => r.name === 'Fukui')?.status).toBe('accepted');
  });

  it('a clause with a subject of its own says nothing of the name in it by another clause\'s words', () => {
    const reply = summarizer.summarize([list, msg('aiko', 'Our Japanese is honestly not great and the host families in Fukui may not speak English.')]);
    expect(reply.recommendations.find((r) => r.name === 'Fukui')?.status).toBe('suggested');
  });

  it('a reaction that names nothing reaches a few messages back, not to a topic long left; a decision reaches further', () => {
    const chat = (...later: ChatMessage[]) => summarizer.summarize([list, msg('aiko', 'How about Fukui?'), msg('a', 'brb'), msg('b', 'thanks'), msg('c', 'hmm'), msg('d', 'back'), ...later]);
    expect(chat(msg('ken', 'Visa is not needed, too far to worry.')).recommendations.find((r) => r.name === 'Fukui')?.status).toBe('open');
    expect(chat(msg('ken', "OK, let's do that.")).recommendations.find((r) => r.name === 'Fukui')?.status).toBe('accepted');
  });

  it('learns the other-script name at the start of a list reason, a short name explained in parentheses, and skips a place where something happens', () => {
    const places = (t: string) => (t === 'サンパウロ' ? 'Sao Paulo' : null);
    const withPlaces = createSummarizer({ names, places });
    const reply = withPlaces.summarize([
      msg('musubi', '1. Bunkyo — Sociedade Brasileira de Cultura (ブラジル日本文化協会), São Paulo — cultural hub\n2. Fukui — scholarship ties', { isMusubi: true }),
      msg('佐藤', 'では、文協（ブラジル日本文化協会）とは、サンパウロでのプログラムを相談する方向で進めましょう。'),
      msg('鈴木', '文協は見送りましょう。'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({ Bunkyo: 'rejected', Fukui: 'suggested' });
  });

  it('a question of choosing is answered once what it asks about is settled; other questions about a candidate stay open', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', 'Fukui and Boise, which should we contact first?'),
      msg('ken', 'Do we have budget to bring a choir to Portland?'),
      msg('aiko', "Let's go with Boise and drop Fukui."),
      msg('mai', "Let's go with Portland too."),
    ]);
    expect(reply.openQuestions).toEqual(['Do we have budget to bring a choir to Portland? (ken)']);
  });

  it('a rejection before a closing question still settles, and a long name is not given the script of a name inside it', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Fukui Harbor Institute — research\n2. Boise — similar size', { isMusubi: true }),
      msg('aiko', "I'd suggest we don't pursue Boise for now - does anyone feel strongly otherwise?"),
    ]);
    expect(reply.rejected.map((r) => r.name)).toEqual(['Boise']);
    expect(reply.decisions).toHaveLength(1);
    expect(reply.recommendations[0]).toMatchObject({ name: 'Fukui Harbor Institute', nameJa: null });
  });

  it('"I don\'t want to <verb>" is about the action, "I don\'t want X" turns X down', () => {
    expect(statusOf(msg('aiko', 'Keep Fukui on the list. I don\'t want to muddy the main paper.')).Fukui).not.toBe('rejected');
    expect(statusOf(msg('aiko', "Honestly I don't want Fukui.")).Fukui).toBe('rejected');
  });

  it('a list line with no name in it lists nothing', () => {
    const reply = summarizer.summarize([msg('musubi', '1. \n2. (note)\n- ', { isMusubi: true }), msg('aiko', 'Agreed.')]);
    expect([...reply.recommendations, ...reply.rejected]).toEqual([]);
  });

  it('a presumption (…強そう, …でしょう), thanks or a leave-taking is no commitment', () => {
    const reply = summarizer.summarize([msg('佐藤', '名前が使えたら集客は強そう…'), msg('鈴木', '来月には決まるでしょう。'), msg('佐藤', '助かります。'), msg('鈴木', 'お先に失礼します。')]);
    expect(reply.decisions).toEqual([]);
  });

  it('follows a Japanese name shortened to its tail or to its characters in order', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. 日本中国友好協会 — 市民交流\n2. 中華人民共和国駐大阪総領事館 — 式典\n3. 東京外国語大学 — 通訳', { isMusubi: true }),
      msg('佐藤', '日中友好協会は今回は見送りましょう。'),
      msg('鈴木', '駐大阪総領事館にお願いする方向で進めます。'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, [r.status, r.nameJa]]))).toEqual({
      日本中国友好協会: ['rejected', '日中友好協会'],
      中華人民共和国駐大阪総領事館: ['accepted', '駐大阪総領事館'],
      東京外国語大学: ['suggested', '東京外国語大学'],
    });
  });

  it('finds a long name by the short form people use, unless two names share it', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Cheorwon County — wintering ground\n2. Nagaoka University of Technology — engineering\n3. Hokuto University of Art — art\n4. Hokuto College of Music — music', { isMusubi: true }),
      msg('aiko', "Cheorwon it is, then."),
      msg('ken', "Let's not pursue Nagaoka for now."),
      msg('mai', "Hokuto is too far."),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({
      'Cheorwon County': 'accepted',
      'Nagaoka University of Technology': 'rejected',
      'Hokuto University of Art': 'suggested',
      'Hokuto College of Music': 'suggested',
    });
  });

  it('keeps a hyphen inside a listed name, and a listed name wins over the knowledge\'s name of the same spelling', () => {
    const reply = summarizer.summarize([
      msg('musubi', '1. Daiwa Anglo-Japanese Foundation - small grants\n2. Boise Harbor Institute — research', { isMusubi: true }),
      msg('ken', "Let's not pursue Boise for now."),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({ 'Daiwa Anglo-Japanese Foundation': 'suggested', 'Boise Harbor Institute': 'rejected' });
  });

  it('reads a cue written in katakana as in hiragana, and 広域市 as a place suffix', () => {
    const reply = summarizer.summarize([msg('musubi', '1. 釜山広域市 — 姉妹都市\n2. Fukui — scholarship ties', { isMusubi: true }), msg('佐藤', '福井県はナシで。'), msg('鈴木', '釜山はパスで。')]);
    expect(reply.rejected.map((r) => r.name).sort()).toEqual(['Fukui', '釜山広域市']);
  });

  it('a settling word with a subject of its own is not a reaction to the candidate just discussed', () => {
    const reply = summarizer.summarize([list, msg('aiko', "Let's ask Fukui first."), msg('ken', 'Unrelated, but the new calendar is out.')]);
    expect(reply.recommendations.find((r) => r.name === 'Fukui')?.status).toBe('accepted');
  });

  it('a name the team commits to is decided', () => {
    const reply = summarizer.summarize([list, msg('佐藤', '受け入れはボイシにお願いする方向で進めます。')]);
    expect(reply.recommendations.find((r) => r.name === 'Boise')?.status).toBe('accepted');
  });

  it('keeping a candidate on the list keeps it open, and is a decision', () => {
    const reply = summarizer.summarize([
      list,
      msg('aiko', 'Fukui is out.'),
      msg('ken', '福井県は来年度以降の候補として残す'),
      msg('aiko', "We'll apply to Boise, with Portland as the fallback if that doesn't come through."),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({ Fukui: 'open', Boise: 'accepted', Portland: 'open' });
    expect(reply.decisions).toHaveLength(3);
  });

  it('a known name in a commitment is context unless it is already a candidate', () => {
    const reply = summarizer.summarize([msg('aiko', "We'll fly in via Portland next week."), msg('ken', '来週、オハイオ州の資料を作ります。')]);
    expect(reply.recommendations).toEqual([]);
  });

  it('a commitment that names a candidate the team turned down does not bring it back', () => {
    expect(statusOf(msg('aiko', '福井県は遠すぎます。'), msg('ken', '福井県には資料だけ送ります。')).Fukui).toBe('rejected');
  });

  it('agreeing with a decision joins the decision', () => {
    const reply = summarizer.summarize([list, msg('aiko', "Let's go with Boise."), msg('ken', 'Agreed.')]);
    expect(reply.recommendations.find((r) => r.name === 'Boise')).toMatchObject({ status: 'accepted', decidedBy: ['aiko', 'ken'] });
  });
});

describe('names neither known nor in the gazetteer', () => {
  it('finds a capitalised or katakana name a proposal governs, and follows it through the conversation', () => {
    const reply = summarizer.summarize([
      msg('aiko', 'How about the Hyogo International Association?'),
      msg('ken', 'Kagoshima Exchange Center could help too.'),
      msg('佐藤', 'タウンズビルはどうでしょう？'),
      msg('mai', 'The Hyogo International Association is too far from us.'),
    ]);
    expect(Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]))).toEqual({
      'Hyogo International Association': 'rejected',
      'Kagoshima Exchange Center': 'suggested',
      タウンズビル: 'suggested',
    });
  });

  it('takes no ordinary word, weekday, person of the channel or possessive for a name', () => {
    const reply = summarizer.summarize([msg('aiko', 'How about Tuesday?'), msg('Ken', "Let's ask Ken."), msg('mai', 'Maybe Schools could help.'), msg('aiko', "Let's contact JUSSCA's Osaka office.")]);
    expect(reply.recommendations.map((r) => r.name)).toEqual(['JUSSCA']);
  });
});

describe('summariser and Musubi\'s answers', () => {
  it('never reads candidates from an answer it knows is an answer; bullet lines count only in transcripts without data', () => {
    const answer = 'According to the report:\n• TOMODACHI Initiative; Crescent City; 2017\n  Source line (Japanese): “…”';
    const known = summarizer.summarize([msg('you', 'How did it start?'), msg('Musubi', answer, { isMusubi: true, replyKind: 'answer' })]);
    expect(known.recommendations).toEqual([]);
    const unknown = summarizer.summarize([msg('musubi', answer, { isMusubi: true })]);
    expect(unknown.recommendations.length).toBeGreaterThan(0);
  });
});
