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
