import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../../src/bridge/glossary-index.js';
import { Lexicon } from '../../../src/lexicon/index.js';
import { analyseQuery, focusWords, japaneseSegments } from '../../../src/retrieval/query-analysis.js';

const glossary = new GlossaryIndex([
  { ja: ['札幌市', '札幌'], en: ['Sapporo'], kind: 'municipality' },
  { ja: ['姉妹都市'], en: ['sister city'], kind: 'term' },
  { ja: ['外交青書'], en: ['Bluebook'], kind: 'term' },
  { ja: ['給与'], en: ['salary', 'pay'], kind: 'measure' },
  { ja: ['科学'], en: ['science'], kind: 'term' },
  { ja: ['主要'], en: ['main'], kind: 'term' },
  { ja: ['函館市'], en: ['Hakodate'], kind: 'municipality' },
]);

describe('query analysis', () => {
  it('bridges English words to the Japanese forms, names weigh more than generic words', () => {
    const q = analyseQuery('When did Sapporo sign its sister city agreement?', { glossary });
    const sapporo = q.groups.find((g) => g.label === 'sapporo')!;
    const sister = q.groups.find((g) => g.label === 'sister city')!;
    expect(sapporo.alternatives).toContainEqual(['札幌', '幌市']);
    expect(sapporo.critical).toBe(true);
    expect(sister.critical).toBe(false);
    expect(sapporo.weight).toBeGreaterThan(sister.weight);
  });

  it('treats a named report as a filter, not as words to find', () => {
    const q = analyseQuery('What does the Bluebook say about foreign residents?', { glossary, reportAliases: [{ file: 'bluebook.txt', aliases: ['Bluebook'] }] });
    expect(q.reports).toEqual(['bluebook.txt']);
    expect(q.groups.map((g) => g.label)).not.toContain('bluebook');
  });

  it('splits Japanese into content segments and drops particles and lone kanji', () => {
    const segments = japaneseSegments('陸前高田市とクレセントシティの交流はどうやって始まったの').map((s) => s.text);
    expect(segments.slice(0, 3)).toEqual(['陸前高田市', 'クレセントシティ', '交流']);
    expect(segments).not.toContain('と');
    expect(segments).not.toContain('始');
  });

  it('marks the attribute a question asks for as something the passages must mention', () => {
    expect(focusWords('横浜市とサンディエゴ市の交流事業の予算はいくら？')).toEqual(['予算']);
    expect(focusWords('What is the population of Eureka?')).toEqual(['population']);
    const q = analyseQuery('札幌市の予算はいくら？', { glossary });
    expect(q.groups.find((g) => g.label === '予算')?.critical).toBe(true);
  });

  it('requires a measure the question asks for, even one the reports never use', () => {
    const idf = (t: string) => (t === '給与' || t === 'salary' ? 0 : 1);
    const q = analyseQuery('What salary do people in Sapporo receive?', { glossary, idf });
    expect(q.groups.find((g) => g.label === 'salary')?.critical).toBe(true);
    expect(focusWords('研修員の日当は月いくらもらえる？')).toEqual(['日当']);
    // "どこで" modifies the verb: the noun before it is the subject, not what is asked.
    expect(focusWords('「国際交流」という言葉はどこで生まれた？')).toEqual([]);
  });

  it('takes capitalised rare words for names, but not ordinary words in a title-cased name', () => {
    const q = analyseQuery('Which university opened a lab in the Tsuruoka Science Park?', { glossary });
    expect(q.groups.find((g) => g.label === 'tsuruoka')?.critical).toBe(true);
    expect(q.groups.find((g) => g.label === 'park')?.critical).toBe(false);
    expect(q.groups.find((g) => g.label === 'science')?.critical).toBe(false);
  });

  it('keeps stopwords out of the question even when the vocabulary could translate them', () => {
    const q = analyseQuery('What are the main sister city ties of Sapporo?', { glossary });
    expect(q.groups.map((g) => g.label)).not.toContain('main');
    expect(q.groups.map((g) => g.label)).toContain('sister city');
  });

  it('reads a bare "Xは？" as asking for X, unless X only says "a figure"', () => {
    expect(focusWords('はままつ国際フェアの来場者数は？')).toEqual(['来場者数']);
    expect(focusWords('岡崎北中学校の外国人生徒の割合は？')).toEqual([]);
  });

  it('spells a romanised Japanese name in kana too', () => {
    const q = analyseQuery('When did the Iza caravan start?', { glossary });
    expect(q.groups.find((g) => g.label === 'iza')?.alternatives).toContainEqual(['イザ']);
  });

  it('does not require nouns that ask for an explanation (歴史, 背景) to be printed', () => {
    expect(focusWords('堺市の国際交流の背景にある歴史は？')).toEqual([]);
    expect(focusWords('国際電気通信連合の本部はどこにある？')).toEqual(['本部']);
  });

  it('takes a capitalised Latin word in a Japanese question for a name, dictionary word or not', () => {
    const q = analyseQuery('Brightwave社の創業年は？', { glossary });
    expect(q.groups.find((g) => g.label === 'brightwave')?.critical).toBe(true);
  });

  it('keeps the word after a span that two glossary entries share', () => {
    const shared = new GlossaryIndex([
      { ja: ['農業試験場'], en: ['agricultural station'], kind: 'term' },
      { ja: ['農業試験場'], en: ['experiment station'], kind: 'term' },
    ]);
    const q = analyseQuery('農業試験場で稲作研究', { glossary: shared });
    expect(q.groups.map((g) => g.label)).toContain('稲作研究');
  });

  it('reaches a word the reports never use through its synonyms, below what was typed', () => {
    const lexicon = new Lexicon({
      format: 1,
      passages: 10,
      sources: {},
      edict: [],
      enamdict: [],
      synonyms: [[{ w: '由来', v: 1, df: 0 }, { w: '起源', v: 2, df: 4 }]],
    });
    const q = analyseQuery('祭りの由来', { glossary, lexicon });
    const group = q.groups.find((g) => g.label === '由来')!;
    expect(group.alternatives).toContainEqual(['起源']);
    expect(group.discounts?.[group.alternatives.findIndex((a) => a.join() === '起源')]).toBeLessThan(1);
  });

  it('lets an English question\'s city count by its name without the suffix, at half weight, but not a Japanese one', () => {
    const en = analyseQuery('What does the Hakodate city office run?', { glossary }).groups.find((g) => g.label.startsWith('hakodate'))!;
    const at = en.alternatives.findIndex((a) => a.join('') === '函館');
    expect(at).toBeGreaterThan(-1);
    expect(en.discounts?.[at]).toBe(0.5);
    const ja = analyseQuery('函館市の事業は？', { glossary }).groups.find((g) => g.label === '函館市')!;
    expect(ja.alternatives.some((a) => a.join('') === '函館')).toBe(false);
  });
});
