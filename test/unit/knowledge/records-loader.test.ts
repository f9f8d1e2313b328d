import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { loadPartnershipKnowledge, logLines } from '../../../src/knowledge/records-loader.js';

describe('loadPartnershipKnowledge: each file on its own', () => {
  it('skips an unreadable or missing records file with one line naming it, and loads the rest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'musubi-records-'));
    await mkdir(path.join(dir, 'records'));
    await mkdir(path.join(dir, 'programs'));
    await writeFile(path.join(dir, 'records', 'good.csv'), 'japan_city,partner_city\nKobe,Seattle\n');
    // A directory named like a records file cannot be read as one, even by root.
    await mkdir(path.join(dir, 'records', 'broken.jsonl'));
    await writeFile(path.join(dir, 'programs', 'bad.jsonl'), '{not json\n');
    await writeFile(path.join(dir, 'notes.txt'), 'just notes');
    const warned: string[] = [];
    const { records, warnings } = await loadPartnershipKnowledge({
      knowledgeDir: dir,
      extraRecordFiles: [path.join(dir, 'missing.csv'), path.join(dir, 'notes.txt')],
      logger: { ...silentLogger, warn: (m: string) => warned.push(m) },
    });
    expect(records.map((r) => r.b.name_en)).toEqual(['Seattle']);
    expect(warnings).toContain(`Records file ${path.join(dir, 'records', 'broken.jsonl')} skipped: cannot read it (EISDIR).`);
    expect(warnings).toContain(`Records file ${path.join(dir, 'missing.csv')} skipped: cannot read it (ENOENT).`);
    expect(warnings).toContain(`Records file ${path.join(dir, 'notes.txt')} skipped: records files must be .csv or .jsonl.`);
    expect(warnings).toContain(`${path.join(dir, 'programs', 'bad.jsonl')}:1: not valid JSON`);
    expect(warned).toEqual(warnings);
  });
});

describe('warnings of a large import, as logged', () => {
  it('shows the first lines of each file and counts the rest', () => {
    const warnings = [...Array.from({ length: 12 }, (_, i) => `big.csv:${i + 2}: duplicate of line 1 (merged)`), 'small.csv:3: bad kind', 'A folder is missing.'];
    const lines = logLines(warnings, 10);
    expect(lines.filter((l) => l.startsWith('big.csv:') && /:\d+: /.test(l))).toHaveLength(10);
    expect(lines).toContain('small.csv:3: bad kind');
    expect(lines).toContain('A folder is missing.');
    expect(lines.at(-1)).toBe('big.csv: 2 more lines skipped or merged (not shown)');
  });
});
