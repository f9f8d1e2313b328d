import { describe, expect, it } from 'vitest';
import { japaneseNumeralValue } from '../../../src/core/japanese-numerals.js';

describe('japaneseNumeralValue', () => {
  it('reads digits, kanji and mixed numerals whole', () => {
    expect(japaneseNumeralValue('3万4千')).toBe(34000);
    expect(japaneseNumeralValue('四万')).toBe(40000);
    expect(japaneseNumeralValue('2万3000')).toBe(23000);
    expect(japaneseNumeralValue('１２万')).toBe(120000);
    expect(japaneseNumeralValue('45,000')).toBe(45000);
  });
  it('reads a decimal before one unit', () => {
    expect(japaneseNumeralValue('2.5万')).toBe(25000);
  });
  it('is null for what is no numeral', () => {
    expect(japaneseNumeralValue('人口')).toBeNull();
    expect(japaneseNumeralValue('')).toBeNull();
    expect(japaneseNumeralValue('1.2.3')).toBeNull();
  });
});
