import { describe, expect, it } from 'vitest';
import { bigrams, stemEnglish, tokenize } from '../../../src/retrieval/tokenizer.js';

describe('tokenize', () => {
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
