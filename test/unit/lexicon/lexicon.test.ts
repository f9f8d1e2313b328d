import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { englishRoot, lemmaCandidates } from '../../../src/lexicon/english-key.js';
import { Lexicon, loadLexicon, type LexiconFile } from '../../../src/lexicon/index.js';
import { GlossaryIndex } from '../../../src/bridge/glossary-index.js';

/** A tiny lexicon of invented frequencies: the tests use their own words, never an eval question. */
const FILE: LexiconFile = {
  format: 1,
  passages: 100,
  sources: {},
  edict: [
    { ja: '交流', reading: 'こうりゅう', common: true, df: 60, senses: [['exchange', 'interchange'], ['alternating current']] },
    { ja: '両替', reading: 'りょうがえ', common: true, df: 1, senses: [['money exchange', 'exchange']] },
    { ja: '定義', reading: 'ていぎ', common: true, df: 4, senses: [['definition']] },
    { ja: '始まる', stem: '始ま', reading: 'はじまる', common: true, df: 9, senses: [['begin', 'start']] },
    { ja: '総額', reading: 'そうがく', common: true, df: 3, senses: [['sum total', 'total amount']] },
    { ja: '多文化共生', reading: 'たぶんかきょうせい', romaji: 'tabunkakyosei', common: false, df: 5, senses: [['multicultural coexistence']] },
    { ja: '研修所', reading: 'けんしゅうじょ', common: false, df: 2, senses: [['training center']] },
    { ja: '生み出す', stem: '生み出', reading: 'うみだす', common: true, df: 2, senses: [['create', 'produce']] },
    { ja: '創出', reading: 'そうしゅつ', common: true, df: 20, senses: [['creation']] },
  ],
  enamdict: [
    { ja: '十勝', reading: 'とかち', romaji: 'Tokachi', tags: ['p', 's'], df: 3 },
    { ja: '大洋', reading: 'たいよう', romaji: 'Taiyou', tags: ['s'], df: 1 },
    { ja: '陸前高田', reading: 'りくぜんたかた', romaji: 'Rikuzentakata', tags: ['p'], df: 7 },
  ],
  synonyms: [
    [
      { w: '経緯', v: 1, df: 3 },
      { w: 'いきさつ', v: 1, df: 0 },
      { w: '事情', v: 2, df: 5 },
      { w: 'reason', v: 3, df: 0 },
    ],
  ],
};
const lexicon = new Lexicon(FILE);

describe('Lexicon', () => {
  it('translates an English word into the reports\' words, the form they use most first', () => {
    // 両替's "exchange" is a later gloss of a form the reports rarely use: it comes second, well below.
    const found = lexicon.englishToJapanese('exchanges');
    expect(found.map((e) => e.ja)).toEqual(['交流', '両替']);
    expect(found[0]).toMatchObject({ source: 'edict' });
    expect(found[0]!.weight).toBeGreaterThan(0.8);
    expect(found[1]!.weight).toBeLessThan(found[0]!.weight * 0.7);
    expect(lexicon.englishToJapanese('money exchange').map((e) => e.ja)).toEqual(['両替']);
  });

  it('matches inflected and derived words, and a verb by the stem the reports print', () => {
    expect(lexicon.englishToJapanese('started')[0]!.ja).toBe('始ま');
    expect(lexicon.englishToJapanese('defined').map((e) => e.ja)).toEqual(['定義']);
    expect(lexicon.englishToJapanese('total').map((e) => e.ja)).toEqual(['総額']);
    expect(lexicon.englishToJapanese('training centre').map((e) => e.ja)).toEqual(['研修所']);
  });

  it('reads romaji as a name only when asked to, with or without spaces', () => {
    expect(lexicon.englishToJapanese('Tokachi', { names: false })).toEqual([]);
    expect(lexicon.englishToJapanese('Tokachi')[0]).toMatchObject({ ja: '十勝', source: 'enamdict' });
    expect(lexicon.englishToJapanese('tabunka kyosei')[0]!.ja).toBe('多文化共生');
  });

  it('finds phrases in a sentence, longest first, and leaves the rest', () => {
    const { phrases, leftover } = lexicon.findEnglish('the money exchange in Tokachi', (w) => w === 'tokachi');
    expect(phrases.map((p) => p.surface)).toEqual(['money exchange', 'tokachi']);
    expect(phrases[1]!.name).toBe(true);
    expect(leftover).toEqual(['the', 'in']);
  });

  it('gives English glosses, first senses first', () => {
    expect(lexicon.japaneseToEnglish('交流')).toEqual(['exchange', 'alternating current', 'interchange']);
    expect(lexicon.japaneseToEnglish('知らない語')).toEqual([]);
  });

  it('romanises names: ENAMDICT first, place suffixes translated, kana in Hepburn', () => {
    expect(lexicon.nameInEnglish('十勝')).toBe('Tokachi');
    expect(lexicon.nameInEnglish('大洋')).toBe('Taiyo');
    expect(lexicon.nameInEnglish('陸前高田市')).toBe('Rikuzentakata City');
    expect(lexicon.nameInEnglish('さくらんぼう')).toBe('Sakuranbo');
    expect(lexicon.nameInEnglish('未知')).toBeNull();
  });

  it('lists synonyms with the reports\' words first, and expands only to those', () => {
    expect(lexicon.synonymsOf('いきさつ')).toEqual(['経緯', '事情', 'reason']);
    const expansions = lexicon.synonymExpansions('いきさつ');
    expect(expansions.map((e) => e.ja)).toEqual(['経緯', '事情']);
    // Another spelling of the same word counts more than a synonym, and both less than typed.
    expect(expansions[0]!.weight).toBeGreaterThan(expansions[1]!.weight);
    expect(expansions[0]!.weight).toBeLessThan(1);
    expect(lexicon.findSynonymWords('交流のいきさつ').map((w) => [w.surface, w.df])).toEqual([['いきさつ', 0]]);
  });

  it('finds words written with kanji and kana, and pivots through their English glosses', () => {
    expect(lexicon.findWords('雇用を生み出している', { okurigana: true }).map((w) => w.surface)).toEqual(['生み出']);
    const pivots = lexicon.pivotExpansions('生み出す');
    expect(pivots.map((e) => e.ja)).toEqual(['創出']);
    expect(pivots[0]!.weight).toBeLessThanOrEqual(0.5);
  });

  it('reaches Japanese words from a synonym group\'s English member', () => {
    expect(lexicon.englishToJapanese('reasons').map((e) => e.ja)).toEqual(['事情', '経緯']);
  });
});

describe('English keys', () => {
  it('de-inflects question words and shares roots across derivations', () => {
    expect(lemmaCandidates('planned')).toContain('plan');
    expect(lemmaCandidates('deepened')).toContain('deepen');
    expect(englishRoot('define')).toBe(englishRoot('definition'));
    expect(englishRoot('revised')).toBe(englishRoot('revision'));
    expect(englishRoot('centre')).toBe(englishRoot('center'));
  });
});

describe('loadLexicon', () => {
  it('loads a valid file, and turns a missing or invalid one into one warning and an empty lexicon', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'musubi-lexicon-'));
    const good = path.join(dir, 'good.json');
    await writeFile(good, JSON.stringify(FILE));
    const loaded = await loadLexicon(good, silentLogger);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.lexicon.nameInEnglish('十勝')).toBe('Tokachi');

    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ ...FILE, edict: [{ ja: '交流' }] }));
    const invalid = await loadLexicon(bad, silentLogger);
    expect(invalid.warnings).toHaveLength(1);
    expect(invalid.warnings[0]).toMatch(/lexicon:build/);
    expect(invalid.lexicon.englishToJapanese('exchange')).toEqual([]);

    const missing = await loadLexicon(path.join(dir, 'none.json'), silentLogger);
    expect(missing.warnings).toHaveLength(1);
  });
});

describe('GlossaryIndex with a lexicon', () => {
  it('prefers the domain glossary, and falls back to the lexicon with its confidence', () => {
    const index = new GlossaryIndex([{ ja: ['姉妹交流'], en: ['sister exchange'], kind: 'term' }], { lexicon });
    const { matches, leftover } = index.findEnglish('sister exchange and exchange in tokachi', (w) => w === 'tokachi');
    expect(matches.map((m) => [m.surface, m.source])).toEqual([
      ['sister exchange', 'glossary'],
      ['exchange', 'edict'],
      ['tokachi', 'enamdict'],
    ]);
    expect(matches[1]!.entry.ja[0]).toBe('交流');
    expect(matches[1]!.confidence).toBeLessThan(1);
    expect(matches[2]!.entry.kind).toBe('municipality');
    expect(leftover).toEqual(['and', 'in']);
  });
});
