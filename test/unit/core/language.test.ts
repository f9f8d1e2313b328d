import { describe, expect, it } from 'vitest';
import { validateUserText } from '../../../src/core/command.js';
import { detectLanguage, unsupportedLanguage } from '../../../src/core/language.js';

describe('unsupportedLanguage', () => {
  it('finds Korean by its Hangul', () => {
    expect(unsupportedLanguage('부산시의 자매 도시는 어디입니까?')).toBe('ko');
    expect(unsupportedLanguage('서울과 Tokyo 의 자매 관계는?')).toBe('ko');
    // An English question naming a Korean place is still English.
    expect(unsupportedLanguage('What does 서울 mean for Tokyo?')).toBeNull();
  });

  it('finds Chinese written with characters Japanese does not use', () => {
    expect(unsupportedLanguage('大阪和旧金山是什么时候成为友好城市的？')).toBe('zh');
    expect(unsupportedLanguage('這個計畫的目的是什麼呢？')).toBe('zh');
  });

  it('never refuses Japanese, even without kana, nor English', () => {
    for (const text of ['札幌市姉妹都市一覧', '経済交流問題', '神戸市の姉妹都市は？', '国際交流員の給与額', 'How did Kobe and Seattle start?', '高齢化社会対策 2024年度予算']) {
      expect(unsupportedLanguage(text), text).toBeNull();
    }
  });

  it('turns such a question into a clear "Japanese or English only" error', () => {
    expect(() => validateUserText('부산시의 자매 도시는 어디입니까?')).toThrow(/Japanese or English only.*Korean/);
    expect(() => validateUserText('这个项目为什么重要？')).toThrow(expect.objectContaining({ code: 'language_unsupported' }));
    expect(detectLanguage('부산시의 자매 도시')).toBe('en');
  });
});
