import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { loadPartnershipKnowledge } from '../../../src/knowledge/records-loader.js';

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
