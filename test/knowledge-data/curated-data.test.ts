// Checks the curated knowledge files: every line parses, ids are unique, evidence quotes are verbatim.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PartnershipRecordSchema, ProgramSchema } from '../../src/knowledge/schemas.js';

const root = join(import.meta.dirname, '..', '..', 'knowledge');
const reportsDir = join(root, 'reports');
const reports = new Map(
  readdirSync(reportsDir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(reportsDir, f), 'utf8')] as const),
);

interface Line { lineNo: number; raw: unknown }

/** Reads a JSONL file, keeping line numbers so a failure points at the line to fix. */
function readJsonl(file: string): Line[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ text, lineNo: i + 1 }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ text, lineNo }) => {
      try {
        return { lineNo, raw: JSON.parse(text) as unknown };
      } catch (err) {
        throw new Error(`${file}:${lineNo} is not valid JSON: ${(err as Error).message}`);
      }
    });
}

/** Returns one human-readable problem per evidence item whose quote is not in its report. */
function evidenceProblems(id: string, evidence: { report: string; quote: string }[]): string[] {
  return evidence.flatMap(({ report, quote }) => {
    const text = reports.get(report);
    if (text === undefined) return [`${id}: unknown report "${report}"`];
    if (quote.length < 10 || quote.length > 200) return [`${id}: quote length ${quote.length} outside 10–200: "${quote}"`];
    return text.includes(quote) ? [] : [`${id}: quote not verbatim in ${report}: "${quote}"`];
  });
}

function checkFile<S extends z.ZodType<{ id: string; evidence: { report: string; quote: string }[] }>>(
  label: string, file: string, schema: S, minCount: number,
): void {
  describe(label, () => {
    it('exists', () => {
      expect(existsSync(file), `${file} is missing: create it with one JSON object per line`).toBe(true);
    });
    if (!existsSync(file)) return;
    const lines = readJsonl(file);
    const parsed = lines.map(({ lineNo, raw }) => ({ lineNo, result: schema.safeParse(raw) }));
    const items = parsed.flatMap(({ result }) => (result.success ? [result.data] : []));

    it(`has at least ${minCount} entries`, () => {
      expect(lines.length).toBeGreaterThanOrEqual(minCount);
    });

    it('parses every line with its schema', () => {
      const failures = parsed.filter(({ result }) => !result.success)
        .map(({ lineNo, result }) => `line ${lineNo}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      expect(failures).toEqual([]);
    });

    it('has unique ids', () => {
      const seen = new Set<string>();
      const dupes = items.map((r) => r.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
      expect(dupes).toEqual([]);
    });

    it('backs every entry with 1–2 verbatim evidence quotes from a known report', () => {
      const problems = items.flatMap((r) => [
        ...(r.evidence.length === 0 || r.evidence.length > 2 ? [`${r.id}: ${r.evidence.length} evidence items, expected 1–2`] : []),
        ...evidenceProblems(r.id, r.evidence),
      ]);
      expect(problems).toEqual([]);
    });
  });
}

checkFile('knowledge/records/curated.jsonl', join(root, 'records', 'curated.jsonl'), PartnershipRecordSchema, 150);
checkFile('knowledge/programs/programs.jsonl', join(root, 'programs', 'programs.jsonl'), ProgramSchema, 40);

describe('curated records content', () => {
  if (!existsSync(join(root, 'records', 'curated.jsonl'))) return;
  const records = readJsonl(join(root, 'records', 'curated.jsonl')).map(({ raw }) => PartnershipRecordSchema.safeParse(raw))
    .flatMap((r) => (r.success ? [r.data] : []));

  it('names both parties in both languages and gives bilingual summaries', () => {
    const missing = records.filter((r) => !r.a.name_en || !r.a.name_ja || !r.b.name_en || !r.b.name_ja || !r.summary_en || !r.summary_ja)
      .map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('tags every record with at least one theme', () => {
    expect(records.filter((r) => r.themes.length === 0).map((r) => r.id)).toEqual([]);
  });
});
