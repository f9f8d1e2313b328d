import { describe, expect, it } from 'vitest';
import { foldLatinDiacritics, normaliseForIndex } from '../../../src/knowledge/normalise.js';

describe('normaliseForIndex', () => {
  it('folds OCR and variant kanji to their common forms', () => {
    expect(normaliseForIndex('高齡社会')).toBe('高齢社会');
    expect(normaliseForIndex('國際')).toBe('国際');
    expect(normaliseForIndex('⾧野')).toBe('長野');
  });
  it('folds full-width forms, case and whitespace', () => {
    expect(normaliseForIndex('ＪＥＴ　プログラム  2011')).toBe('jet プログラム 2011');
  });
  it('folds dash variants', () => {
    expect(normaliseForIndex('日米–関係')).toBe(normaliseForIndex('日米—関係'));
  });
});

describe('foldLatinDiacritics', () => {
  it('writes romanised names with and without macrons alike, and leaves kana alone', () => {
    expect(normaliseForIndex('Kitakyūshū and Ōita, Québec')).toBe('kitakyushu and oita, quebec');
    // NFD would split が into か and a voicing mark: only Latin letters are decomposed.
    expect(foldLatinDiacritics('がぎぐ パピプ Tōkyō')).toBe('がぎぐ パピプ Tokyo');
  });
});
