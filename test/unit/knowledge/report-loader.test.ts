import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { loadReports } from '../../../src/knowledge/report-loader.js';
import { minimalPdf } from '../../fakes/minimal-pdf.js';

async function folder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'musubi-reports-'));
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

describe('loadReports', () => {
  it('loads .txt, .md and .pdf with catalog metadata, and pages from the PDF', async () => {
    const dir = await folder({
      'a.ja.txt': '報告書の本文です。',
      'b.md': '# Notes\n\nSister cities are good.',
      'c.pdf': minimalPdf(['Sister city report page one', 'Page two mentions Crescent City']),
      'catalog.json': JSON.stringify([{ file: 'a.ja.txt', title_ja: '報告書A', title_en: 'Report A', language: 'ja' }]),
      'ignored.csv': 'x,y',
    });
    const { reports, warnings } = await loadReports(dir, silentLogger);
    expect(warnings).toEqual([]);
    expect(reports.map((r) => r.meta.file)).toEqual(['a.ja.txt', 'b.md', 'c.pdf']);
    expect(reports[0]!.meta.titleEn).toBe('Report A');
    expect(reports[1]!.meta.titleEn).toBe('# Notes');
    const pdf = reports[2]!;
    expect(pdf.text).toContain('Crescent City');
    expect(pdf.pageStarts).toHaveLength(2);
    expect(pdf.text.indexOf('Crescent City')).toBeGreaterThan(pdf.pageStarts[1]!);
  });

  it('reports a PDF without text and an empty file instead of indexing them empty', async () => {
    const dir = await folder({ 'ok.txt': '本文。', 'scan.pdf': minimalPdf(['']), 'empty.txt': '  \n' });
    const { reports, warnings } = await loadReports(dir, silentLogger);
    expect(reports.map((r) => r.meta.file)).toEqual(['ok.txt']);
    expect(warnings.join('\n')).toMatch(/scan\.pdf: the PDF has no extractable text/);
    expect(warnings.join('\n')).toMatch(/empty\.txt is empty/);
  });

  it('reports a corrupt PDF and a missing folder clearly', async () => {
    const dir = await folder({ 'ok.txt': '本文。', 'broken.pdf': Buffer.from('%PDF-1.4 garbage') });
    const { warnings } = await loadReports(dir, silentLogger);
    expect(warnings.join('\n')).toMatch(/broken\.pdf/);
    await expect(loadReports(path.join(dir, 'nope'), silentLogger)).rejects.toThrow(/Cannot read the reports folder/);
  });

  it('fails with a clear message when no report is readable', async () => {
    const dir = await folder({ 'empty.txt': '' });
    await expect(loadReports(dir, silentLogger)).rejects.toThrow(/No readable reports/);
  });
});

describe('loadReports: one bad file or catalog costs only itself', () => {
  it('decodes a Shift_JIS report with a note and refuses bytes that are neither UTF-8 nor Shift_JIS', async () => {
    const iconv = (await import('iconv-lite')).default;
    const dir = await folder({ 'ok.txt': '本文。', 'sjis.txt': iconv.encode('姉妹都市の報告です。\n交流の記録。\n', 'Shift_JIS'), 'noise.txt': Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 37 + 128) % 256)) });
    const warnings: string[] = [];
    const { reports } = await loadReports(dir, { ...silentLogger, warn: (m: string) => warnings.push(m) });
    expect(reports.map((r) => r.meta.file)).toEqual(['ok.txt', 'sjis.txt']);
    expect(reports[1]!.text).toContain('姉妹都市の報告です。');
    expect(warnings.join('\n')).toMatch(/sjis\.txt is Shift_JIS; it was decoded/);
    expect(warnings.join('\n')).toMatch(/noise\.txt is neither UTF-8 nor Shift_JIS/);
  });

  it('reports an unreadable or invalid catalog.json and still loads the reports', async () => {
    const dir = await folder({ 'ok.txt': 'Sister city notes.\nMore.' });
    await (await import('node:fs/promises')).mkdir(path.join(dir, 'catalog.json'));
    const unreadable = await loadReports(dir, silentLogger);
    expect(unreadable.reports).toHaveLength(1);
    expect(unreadable.warnings.join('\n')).toMatch(/catalog\.json cannot be read \(EISDIR\)/);

    const dir2 = await folder({ 'ok.txt': 'x', 'b.txt': 'y', 'catalog.json': JSON.stringify([{ file: 'ok.txt', title_ja: 'A', title_en: 'Report A' }, { file: 'b.txt' }]) });
    const partial = await loadReports(dir2, silentLogger);
    expect(partial.reports.map((r) => r.meta.titleEn)).toEqual(['y', 'Report A']);
    expect(partial.warnings.join('\n')).toMatch(/catalog\.json: entry 1 skipped — title_ja/);
  });
});
