import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOrdinaryKatakanaWord, KATAKANA_WORDS_FORMAT_VERSION, loadKatakanaWords } from '../../../src/bridge/katakana-words.js';

describe('common katakana words', () => {
  it('ships with the repo: loanwords are listed, foreign names are not', () => {
    expect(isOrdinaryKatakanaWord('セミナー')).toBe(true);
    expect(isOrdinaryKatakanaWord('ミーティング')).toBe(true);
    expect(isOrdinaryKatakanaWord('マルセイユ')).toBe(false);
    expect(isOrdinaryKatakanaWord('トロント')).toBe(false);
  });

  it('warns and knows no word for a missing or invalid file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kw-'));
    const warnings: string[] = [];
    expect(loadKatakanaWords(path.join(dir, 'none.json'), (m) => warnings.push(m)).size).toBe(0);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: KATAKANA_WORDS_FORMAT_VERSION, source: 'x', words: [1] }));
    expect(loadKatakanaWords(bad, (m) => warnings.push(m)).size).toBe(0);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/the file is missing/);
    expect(warnings[1]).toMatch(/invalid \(words\.0/);
  });
});
