import { describe, expect, it } from 'vitest';
import { bigrams, stemEnglish, tokenize } from '../../../src/retrieval/tokenizer.js';

describe('tokenize', () => {
  it('also joins a number to the Japanese character after it, so a date or a count is one token', () => {
    const tokens = tokenize('2019年3月に8万人');
    expect(tokens).toEqual(expect.arrayContaining(['2019', '2019年', '3', '3月', '8', '8万', '万人']));
    // Only what directly follows: a space, or a number after Japanese, joins nothing.
    expect(tokenize('2019 年')).not.toContain('2019年');
    expect(tokenize('第3回')).not.toContain('第3');
  });

  it('turns Japanese runs into bigrams and keeps Latin words and numbers', () => {
    expect(tokenize('津波で kamome が 2011 年')).toEqual(['津波', '波で', 'kamome', 'が', '2011', '年']);
  });
  it('handles surrogate pairs without splitting them', () => {
    expect(bigrams('𠮷野家')).toEqual(['𠮷野', '野家']);
  });
  it('stems plurals lightly', () => {
    expect(stemEnglish('cities')).toBe('city');
    expect(stemEnglish('students')).toBe('student');
    expect(stemEnglish('business')).toBe('business');
  });
});
