import { describe, expect, it } from 'vitest';
import { Lexicon, type LexiconFile } from '../../../src/lexicon/index.js';

/** Invented entries: 推力 is rare in these "reports", 促進 and 振興 are common. */
const FILE: LexiconFile = {
  format: 1,
  passages: 100,
  sources: {},
  edict: [
    { ja: '推進', reading: 'すいしん', common: true, df: 30, senses: [['propulsion', 'driving force'], ['promotion', 'furtherance']] },
    { ja: '推力', reading: 'すいりょく', common: false, df: 0, senses: [['propulsion', 'thrust']] },
    { ja: '促進', reading: 'そくしん', common: true, df: 12, senses: [['promotion', 'acceleration']] },
    { ja: '振興', reading: 'しんこう', common: true, df: 9, senses: [['promotion', 'encouragement']] },
    { ja: '定義', reading: 'ていぎ', common: true, df: 4, senses: [['definition']] },
  ],
  enamdict: [],
  synonyms: [],
};
const lexicon = new Lexicon(FILE);

describe('the sense the reports use', () => {
  it('picks the sense whose glosses other words of the reports share', () => {
    expect(lexicon.japaneseToEnglish('推進')[0]).toBe('propulsion');
    expect(lexicon.glossInContext('推進')).toBe('promotion');
  });

  it('keeps the first sense when none is shared, and knows nothing of unknown words', () => {
    expect(lexicon.glossInContext('定義')).toBe('definition');
    expect(lexicon.glossInContext('未知語')).toBeNull();
  });
});
