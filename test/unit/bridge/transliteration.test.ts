import { describe, expect, it } from 'vitest';
import { englishSkeleton, KatakanaLexicon, katakanaSkeleton } from '../../../src/bridge/transliteration.js';

describe('transliteration bridge', () => {
  it('reduces English words and their katakana spellings to the same skeleton', () => {
    for (const [en, ja] of [
      ['volunteer', 'ボランティア'],
      ['partnership', 'パートナーシップ'],
      ['innovation', 'イノベーション'],
      ['Boston', 'ボストン'],
      ['Quebec', 'ケベック'],
      ['Zambia', 'ザンビア'],
    ] as const) {
      expect(englishSkeleton(en), en).toBe(katakanaSkeleton(ja));
    }
  });

  const lexicon = new KatakanaLexicon(['ボランティア', 'ヒューストン', 'ホストタウン', 'プラットフォーム', 'ウェブサイト', 'センター']);

  it('finds the katakana word that sounds like an English word, and prefers matching vowels', () => {
    expect(lexicon.lookup('volunteers')).toEqual(['ボランティア']);
    expect(lexicon.lookup('Houston')).toEqual(['ヒューストン']);
    expect(lexicon.lookup('platforms')).toEqual(['プラットフォーム']);
  });

  it('does not guess from short words or unrelated sounds', () => {
    expect(lexicon.lookup('data')).toEqual([]);
    expect(lexicon.lookup('budget')).toEqual([]);
    expect(lexicon.lookup('visitors')).toEqual([]); // same consonants as ウェブサイト, different word
  });

  it('takes a name\'s only sound-alike when it starts with the same sound', () => {
    const lexicon = new KatakanaLexicon(['スパイバー', 'アンティル', 'グリーンテック']);
    expect(lexicon.lookup('spiber')).toEqual([]);
    expect(lexicon.lookup('spiber', true)).toEqual(['スパイバー']);
    expect(lexicon.lookup('ontario', true)).toEqual([]);
    expect(lexicon.lookup('greentech', true)).toEqual(['グリーンテック']);
  });
});
