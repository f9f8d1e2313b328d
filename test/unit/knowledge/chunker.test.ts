import { describe, expect, it } from 'vitest';
import { chunkReport } from '../../../src/knowledge/chunker.js';
import type { Report } from '../../../src/knowledge/report.js';

const meta = { file: 'sample.ja.txt', titleJa: 'サンプル', titleEn: 'Sample', publisher: null, date: null, language: 'ja' as const, aliases: [], about: null };

function report(text: string, pageStarts: number[] = []): Report {
  return { meta, text, pageStarts };
}

describe('chunkReport', () => {
  const text = [
    'はじめに',
    '',
    '❖ 陸前高田市とクレセントシティ',
    '',
    '2011 年の津波で小型船が流された。2 年後にクレセントシティに漂着した。',
    '生徒たちは船を清掃し',
    '返送した。',
    '交流人口 35 名',
    '交流人口 35 名',
    '15',
    '❖ ポートランド市と札幌市',
    '両市は 1959 年に姉妹都市を締結した。',
  ].join('\n');
  const chunks = chunkReport(report(text), { targetChars: 40, maxChars: 200 });

  it('keeps each chunk a span of the original text', () => {
    for (const c of chunks) expect(text.slice(c.start, c.end).length).toBeGreaterThan(0);
    expect(chunks.map((c) => text.slice(c.start, c.end)).join('')).toContain('2011 年の津波で小型船が流された。');
  });

  it('never crosses a section heading and knows its section', () => {
    const sapporo = chunks.find((c) => c.indexText.includes('1959'));
    expect(sapporo?.section).toBe('❖ ポートランド市と札幌市');
    for (const c of chunks) {
      const original = text.slice(c.start, c.end);
      expect(original.includes('津波') && original.includes('1959')).toBe(false);
    }
  });

  it('prefixes the section heading and drops doubled lines and page numbers from the index text', () => {
    const all = chunks.map((c) => c.indexText).join(' ');
    expect(all.match(/交流人口 35 名/g)?.length).toBe(1);
    expect(chunks.find((c) => c.indexText.includes('津波'))?.indexText.startsWith('❖ 陸前高田市とクレセントシティ')).toBe(true);
    expect(all).not.toMatch(/(^| )15( |$)/);
  });

  it('gives pages when the report has page marks', () => {
    const paged = 'ページ一の文。\f二ページ目の文です。';
    const [first, ...rest] = chunkReport(report(paged, [0, paged.indexOf('\f') + 1]), { targetChars: 5, maxChars: 100 });
    expect(first?.page).toBe(1);
    expect(rest.at(-1)?.page).toBe(2);
  });
});
