import { describe, expect, it } from 'vitest';
import { countedNoun } from '../../../src/answering/answer-type.js';
import { countEvidence } from '../../../src/answering/count-evidence.js';
import type { TermGroup } from '../../../src/retrieval/query-analysis.js';

const idf = { idf: () => 1, maxIdf: 5 };
const group = (label: string, ...alternatives: string[][]): TermGroup => ({ label, alternatives, weight: 1, critical: false });

describe('what a "how many" question counts', () => {
  it('is the noun after "how many" up to a function word, or the counter after 何', () => {
    expect(countedNoun('How many partner schools does the town have?')).toBe('partner schools');
    expect(countedNoun('how many volunteers did the city send')).toBe('volunteers');
    expect(countedNoun('協定を結んだ大学は何校ありますか')).toBe('校');
    expect(countedNoun('何人の研修員が来日した？')).toBe('人');
  });

  it('is nothing for a question that counts time or counts nothing', () => {
    expect(countedNoun('何年に始まった？')).toBeNull();
    expect(countedNoun('When did the exchange begin?')).toBeNull();
  });
});

describe('whether a window states the asked count', () => {
  it('is 1 for a figure followed by the asked counter or noun, 0.5 for another counter, 0 for none', () => {
    expect(countEvidence('県内の協定校は12校にのぼる。', '校', [], idf)).toBe(1);
    expect(countEvidence('研修には30人が参加した。', '校', [], idf)).toBe(0.5);
    expect(countEvidence('2019年に協定を結んだ。', '校', [], idf)).toBe(0);
    const volunteers = group('volunteers', ['隊員']);
    expect(countEvidence('これまでに450隊員を派遣した', 'volunteers', [volunteers], idf)).toBe(1);
  });
});
