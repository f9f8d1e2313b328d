import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../../src/lexicon/index.js';
import { corpusIdf, discountedPresence, knownImportance, withJapaneseVariants } from '../../../src/matching/relevance.js';
import type { IdfSource } from '../../../src/retrieval/coverage.js';
import type { TermGroup } from '../../../src/retrieval/query-analysis.js';

// A made-up dictionary: 少年団 and 少女団 share a Sudachi group; 若衆 translates as "lad", as 少年団 does.
const lexicon = new Lexicon({
  format: 1,
  passages: 10,
  sources: {},
  edict: [
    { ja: '若衆', reading: 'わかしゅ', common: true, df: 2, senses: [['lad']] },
    { ja: '青二才', reading: 'あおにさい', common: true, df: 3, senses: [['lad']] },
  ],
  enamdict: [],
  synonyms: [
    [
      { w: '少年団', v: 1, df: 4 },
      { w: '少女団', v: 2, df: 2 },
    ],
  ],
});

const idf = (table: Record<string, number>, maxIdf = 5): IdfSource => ({ idf: (t) => table[t] ?? 0, maxIdf });

describe('withJapaneseVariants', () => {
  it('gives each Japanese spelling of a typed concept its dictionary variants, discounted', () => {
    const group: TermGroup = { label: '若者組', alternatives: [['若者', '者組'], ['少年', '年団'], ['lads']], weight: 1, critical: false };
    const out = withJapaneseVariants(group, lexicon);
    const spelled = out.alternatives.map((a) => a.join(' '));
    expect(spelled).toContain('少女 女団');
    expect(spelled.slice(0, 3)).toEqual(['若者 者組', '少年 年団', 'lads']);
    const d = out.discounts!;
    expect(d.slice(0, 3)).toEqual([1, 1, 1]);
    expect(d[spelled.indexOf('少女 女団')]!).toBeLessThan(1);
  });

  it('counts a variant commoner than the word it stands for as less, and leaves names and English alone', () => {
    const group: TermGroup = { label: '少年団', alternatives: [['少年', '年団']], weight: 1, critical: false };
    const rare = withJapaneseVariants(group, lexicon, idf({ 少年: 4, 年団: 4, 少女: 4, 女団: 4 }));
    const common = withJapaneseVariants(group, lexicon, idf({ 少年: 4, 年団: 4, 少女: 1, 女団: 1 }));
    expect(common.discounts![1]!).toBeCloseTo(rare.discounts![1]! / 4);
    expect(withJapaneseVariants({ ...group, critical: true }, lexicon)).toEqual({ ...group, critical: true });
    const english: TermGroup = { label: 'boys club', alternatives: [['少年', '年団']], weight: 1, critical: false };
    expect(withJapaneseVariants(english, lexicon)).toBe(english);
  });
});

describe('discountedPresence', () => {
  it('scores a text that uses only a discounted spelling below one that uses the typed word', () => {
    const group: TermGroup = { label: 'x', alternatives: [['少年', '年団'], ['少女', '女団']], discounts: [1, 0.4], weight: 1, critical: false };
    const rarity = idf({});
    expect(discountedPresence(group, new Set(['少年', '年団']), rarity)).toBe(1);
    expect(discountedPresence(group, new Set(['少女', '女団']), rarity)).toBeCloseTo(0.4);
    expect(discountedPresence(group, new Set(['少女']), rarity)).toBe(0);
  });
});

describe('knownImportance', () => {
  it('weighs a concept by the rarity of a spelling the corpus knows, not by an English one it never uses', () => {
    const common: TermGroup = { label: 'club', alternatives: [['club'], ['倶楽', '楽部']], weight: 1, critical: false };
    const rare: TermGroup = { label: 'lads', alternatives: [['lads'], ['若衆']], weight: 1, critical: false };
    const rarity = idf({ 倶楽: 0.5, 楽部: 0.5, 若衆: 3 });
    expect(knownImportance(common, rarity)).toBeCloseTo(0.5);
    expect(knownImportance(rare, rarity)).toBeCloseTo(3);
    // Nothing known: as rare as can be.
    expect(knownImportance({ label: 'zz', alternatives: [['zz']], weight: 0.5, critical: false }, rarity)).toBeCloseTo(2.5);
  });

  it('measures rarity among the texts it is given', () => {
    const rarity = corpusIdf(['lads club', 'girls club', 'club hall']);
    expect(rarity.idf('club')).toBeLessThan(rarity.idf('hall'));
    expect(rarity.idf('hall')).toBeGreaterThan(0);
    expect(rarity.idf('never')).toBe(0);
    expect(rarity.maxIdf).toBeGreaterThan(rarity.idf('hall'));
  });
});
