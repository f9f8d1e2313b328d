/** Names Musubi listed, written shorter by the team. Inputs are invented. */
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../src/core/types.js';
import { NameFinder } from '../../../src/summarising/name-finder.js';
import { createSummarizer } from '../../../src/summarising/summarizer.js';

const names = new NameFinder([
  { display: 'Pacific Youth Fund', spellings: ['Pacific Youth Fund', '環太平洋青少年交流基金事業'] },
  { display: 'Shimane', spellings: ['Shimane', '島根県'] },
]);
const summarizer = createSummarizer({ names });
const msg = (author: string, text: string, isMusubi = false): ChatMessage => ({ author, text, isMusubi, link: `chat://${author}/${text.length}` });

describe('shortened names', () => {
  it('finds a known name Musubi listed when the team writes only its tail', () => {
    const reply = summarizer.summarize([
      msg('musubi', '候補です。\n1. 環太平洋青少年交流基金事業 — 旅費の助成\n2. 島根県 — 交流の実績', true),
      msg('田中', '島根県を軸にしましょう。'),
      msg('佐藤', '青少年交流基金事業は今回は見送りましょう。'),
    ]);
    expect(reply.rejected.map((r) => r.name)).toEqual(['Pacific Youth Fund']);
    expect(reply.recommendations.map((r) => [r.name, r.status])).toEqual([['Shimane', 'accepted']]);
  });
});

describe('separable phrasal verbs and initials', () => {
  const en = new NameFinder([
    { display: 'Lakeport', spellings: ['Lakeport'] },
    { display: 'Elkton', spellings: ['Elkton'] },
  ]);
  const s = createSummarizer({ names: en });
  const statuses = (messages: ChatMessage[]) => {
    const reply = s.summarize(messages);
    return Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]));
  };

  it('reads "cross X off" and "rules it out" as turning the candidate down', () => {
    expect(statuses([msg('ann', 'How about Elkton?'), msg('bo', 'Fair, cross Elkton off.')])).toEqual({ Elkton: 'rejected' });
    expect(statuses([msg('ann', 'How about Elkton?'), msg('bo', 'Their hall is full all spring. That rules it out for us.')])).toEqual({ Elkton: 'rejected' });
  });

  it('finds a listed name by the initials of its words before the place it ends with', () => {
    const list = msg('musubi', 'Options:\n1. Pacific Culture Lakeport — a venue\n2. Elkton — a partner city', true);
    expect(statuses([list, msg('ann', "Let's go with Elkton."), msg('bo', 'PC is booked until June. That rules it out for us.')])).toEqual({ Elkton: 'accepted', 'Pacific Culture Lakeport': 'rejected' });
  });
});

describe('separable decision verbs and a bare "Done."', () => {
  const s = createSummarizer({ names: new NameFinder([{ display: 'Elkton', spellings: ['Elkton'] }]) });

  it('reads "pencil X in" and "lock that in" as deciding', () => {
    const reply = s.summarize([msg('ann', 'How about Elkton?'), msg('bo', 'If the hall is free, ok then, pencil Elkton in for May.')]);
    expect(reply.recommendations.map((r) => [r.name, r.status])).toEqual([['Elkton', 'accepted']]);
  });

  it('quotes what a bare "Done." settles as a decision', () => {
    const reply = s.summarize([msg('ann', 'Kim drafts, Lee translates. Done.')]);
    expect(reply.decisions.join(' ')).toContain('Kim drafts, Lee translates. Done.');
  });
});

describe('the team\'s own spelling of a conversation\'s name', () => {
  it('gives the short form people write most often as the name in Japanese script', () => {
    const reply = summarizer.summarize([
      msg('musubi', 'Options:\n1. Harbor Guild — Northern Harbor Craft Guild (北港職人協会), Lakeport — crafts for teenagers', true),
      msg('ann', '北協 sounds great for the kids.'),
      msg('田中', 'では、北協（北港職人協会）と日程を相談しましょう。'),
    ]);
    expect(reply.recommendations.map((r) => [r.name, r.nameJa, r.status])).toEqual([['Harbor Guild', '北協', 'accepted']]);
  });
});

describe('a listed name by its own word, and katakana words that are no names', () => {
  const s = createSummarizer({ names: new NameFinder([]) });
  const statuses = (messages: ChatMessage[]) => {
    const reply = s.summarize(messages);
    return Object.fromEntries([...reply.recommendations, ...reply.rejected].map((r) => [r.name, r.status]));
  };

  it('reads "Tübingen" as the one listed university it names, the shared word "Universität" as neither', () => {
    expect(
      statuses([
        msg('musubi', 'Options:\n1. Universität Tübingen — strong in medicine\n2. Universität Heidelberg — an old Japan studies chair', true),
        msg('ann', 'Tübingen is out, their exchange slots are full.'),
        msg('bo', "Let's go with Heidelberg then."),
      ]),
    ).toEqual({ 'Universität Heidelberg': 'accepted', 'Universität Tübingen': 'rejected' });
  });

  it('takes a common katakana word before a settling word for no candidate, a foreign name for one', () => {
    const reply = s.summarize([msg('田中', '来週のセミナーにしましょう。'), msg('佐藤', '相手はマルセイユにしましょう。')]);
    expect(reply.recommendations.map((r) => r.name)).toEqual(['マルセイユ']);
  });
});

describe('messages that asked Musubi', () => {
  it('propose nothing and leave no open question of the team', () => {
    const s = createSummarizer({ names: new NameFinder([{ display: 'Elkton', spellings: ['Elkton'] }]) });
    const asked: ChatMessage = { author: 'you', text: 'How about Elkton? When did it sign its first tie?', isMusubi: false, link: 'chat://you/1', toMusubi: true };
    const reply = s.summarize([asked]);
    expect(reply.recommendations).toEqual([]);
    expect(reply.openQuestions).toEqual([]);
    // The same words said to the team propose Elkton.
    expect(s.summarize([{ ...asked, toMusubi: false }]).recommendations.map((r) => r.name)).toEqual(['Elkton']);
  });
});

describe('the elliptical Japanese decision', () => {
  it('reads 「じゃあXで」 (the verb of going ahead left unsaid) as deciding on X', () => {
    const s = createSummarizer({ names: new NameFinder([{ display: 'Lyon', spellings: ['Lyon', 'リヨン'] }, { display: 'Marseille', spellings: ['Marseille', 'マルセイユ'] }]) });
    const reply = s.summarize([msg('田中', 'リヨンとマルセイユが候補ですね。'), msg('佐藤', 'じゃあマルセイユで！')]);
    expect(reply.recommendations.find((r) => r.name === 'Marseille')?.status).toBe('accepted');
    expect(reply.decisions.some((d) => d.includes('じゃあマルセイユで'))).toBe(true);
  });
});

describe('Japanese short forms of a listed name', () => {
  const none = new NameFinder([{ display: 'Sapporo', spellings: ['Sapporo', '札幌'] }]);
  it('drops a trailing known place, keeps the first ・-joined katakana word, an inner parenthesis and a leading acronym', async () => {
    const { japaneseShortForms } = await import('../../../src/summarising/conversation-names.js');
    expect(japaneseShortForms('ルミナス・アカデミー札幌', none)).toEqual(expect.arrayContaining(['ルミナス・アカデミー', 'ルミナス']));
    expect(japaneseShortForms('フランス共和国大使館', none)).toContain('大使館');
    expect(japaneseShortForms('地域文化くじ（bunka）助成', none)).toContain('bunka');
    expect(japaneseShortForms('ABC留学支援制度', none)).toContain('ABC');
    expect(japaneseShortForms('日仏交流会館', none)).toEqual([]);
  });

  it('turns a shortened mention of the listed name down', () => {
    const s = createSummarizer({ names: none });
    const reply = s.summarize([
      msg('musubi', '候補です。\n1. ルミナス・アカデミー札幌 — 語学講座\n2. フランス共和国大使館 — 後援', true),
      msg('田中', 'ルミナスは見送りで。'),
      msg('佐藤', '大使館ではなく総領事館に相談します。'),
    ]);
    expect(reply.rejected.map((r) => r.name).sort()).toEqual(['フランス共和国大使館', 'ルミナス・アカデミー札幌']);
  });
});

describe('Japanese ways of settling', () => {
  const ja = new NameFinder([{ display: 'Sapporo', spellings: ['Sapporo', '札幌市'] }]);
  const s = createSummarizer({ names: ja });
  it('reads 「…で決定」 as a decision', () => {
    const reply = s.summarize([msg('a', '札幌市はどうでしょう？'), msg('b', '交流先は札幌市にお願いする、で決定')]);
    expect(reply.decisions.some((d) => d.includes('で決定'))).toBe(true);
  });
  it('reads a plain 「…する」 (not 「気がする」) as committing the team', () => {
    expect(s.summarize([msg('a', '札幌市はどうでしょう？'), msg('b', '札幌市に共同展示の打診をする')]).decisions.length).toBe(1);
    expect(s.summarize([msg('a', '札幌市はどうでしょう？'), msg('b', '札幌市は海に近い気がする')]).decisions.length).toBe(0);
  });
});
