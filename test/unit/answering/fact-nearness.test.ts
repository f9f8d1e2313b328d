import { describe, expect, it } from 'vitest';
import { datesInEnglish } from '../../../src/answering/english-facts.js';
import { nearestFirst, nearness } from '../../../src/answering/fact-nearness.js';
import type { TermGroup } from '../../../src/retrieval/query-analysis.js';

const idf = { idf: () => 1, maxIdf: 1 };
const group = (label: string, ...alternatives: string[][]): TermGroup => ({ label, alternatives, weight: 1, critical: false });

describe('the fact nearest the question', () => {
  const sentence = '1950年に港が開かれ、1972年には市民の森公園が完成し、2001年に姉妹都市の提携を結んだ。';
  const sister = [group('sister city', ['姉妹', '妹都', '都市']), group('partnership', ['提携'])];

  it('ranks the date standing among the question\'s concepts first', () => {
    expect(nearestFirst(datesInEnglish(sentence), sentence, sister, idf).map((d) => d.year)).toEqual([2001, 1972, 1950]);
    const park = [group('park', ['公園'])];
    expect(nearestFirst(datesInEnglish(sentence), sentence, park, idf)[0]!.year).toBe(1972);
  });

  it('keeps the text order when the question names nothing in the quote', () => {
    expect(nearestFirst(datesInEnglish(sentence), sentence, [group('harbour', ['灯台'])], idf).map((d) => d.year)).toEqual([1950, 1972, 2001]);
  });

  it('finds a concept across a line wrap', () => {
    const wrapped = '2001年の記録。2010年に姉\n妹都市となった。';
    expect(nearness(wrapped, wrapped.indexOf('2010'), sister, idf)).toBeGreaterThan(nearness(wrapped, 0, sister, idf));
  });
});

describe('a date standing alone before a comma', () => {
  it('dates the clause that follows it', () => {
    const sentence = '1904年には協会が港町に設立され、1959年、港町と古都が姉妹都市となった。';
    const sister = [group('sister city', ['姉妹', '妹都', '都市'])];
    expect(nearestFirst(datesInEnglish(sentence), sentence, sister, idf)[0]!.year).toBe(1959);
  });
});
