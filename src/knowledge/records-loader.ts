/**
 * Loads partnership records (knowledge/records/*.jsonl and *.csv, plus files given with
 * --records) and organisations/programs (knowledge/programs/*.jsonl). Each file is read on
 * its own: an unreadable file is skipped with one line naming it and the reason, a bad row is
 * reported as "file:line: reason"; everything else still loads.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { MusubiError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { importCsv } from './csv-import.js';
import { decodeText } from './text-decoding.js';
import { parseJsonLines } from './json-lines.js';
import { PartnershipRecordSchema, ProgramSchema, type PartnershipRecord, type Program } from './schemas.js';

export interface PartnershipKnowledge {
  readonly records: readonly PartnershipRecord[];
  readonly programs: readonly Program[];
  readonly warnings: readonly string[];
}

async function loadRecordFile(file: string, warnings: string[]): Promise<PartnershipRecord[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new MusubiError('knowledge_unreadable', `Records file ${file} skipped: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, { cause: error });
  }
  if (file.toLowerCase().endsWith('.csv')) {
    const { records, warnings: w } = importCsv(new Uint8Array(bytes), file);
    warnings.push(...w);
    return records;
  }
  if (file.toLowerCase().endsWith('.jsonl')) {
    const decoded = decodeText(new Uint8Array(bytes));
    if (!decoded) throw new MusubiError('knowledge_invalid', `Records file ${file} skipped: it is neither UTF-8 nor Shift_JIS text.`);
    const { rows, errors } = parseJsonLines(decoded.text, file, PartnershipRecordSchema);
    warnings.push(...decoded.badLines.map((n) => `${file}:${n}: skipped — does not decode as ${decoded.encoding === 'utf-8' ? 'UTF-8' : 'Shift_JIS'}`));
    warnings.push(...errors);
    return rows;
  }
  throw new MusubiError('input_unusable', `Records file ${file} skipped: records files must be .csv or .jsonl.`);
}

const listFiles = async (dir: string, exts: readonly string[]) =>
  (await readdir(dir).catch(() => [] as string[])).filter((f) => exts.some((e) => f.toLowerCase().endsWith(e))).sort().map((f) => path.join(dir, f));

export async function loadPartnershipKnowledge(options: { knowledgeDir: string; extraRecordFiles?: readonly string[]; logger: Logger }): Promise<PartnershipKnowledge> {
  const warnings: string[] = [];
  const files = [...(await listFiles(path.join(options.knowledgeDir, 'records'), ['.jsonl', '.csv'])), ...(options.extraRecordFiles ?? [])];
  const records: PartnershipRecord[] = [];
  const ids = new Set<string>();
  // One file's failure is that file's: reported, and the others load.
  const readOrReport = async <T>(read: () => Promise<T[]>): Promise<T[]> => {
    try {
      return await read();
    } catch (error) {
      warnings.push(error instanceof MusubiError ? error.message : `${(error as Error).message}`);
      return [];
    }
  };
  for (const file of files) {
    for (const r of await readOrReport(() => loadRecordFile(file, warnings))) {
      // The same id twice (a file given twice, an id reused) keeps the first.
      if (ids.has(r.id)) continue;
      ids.add(r.id);
      records.push(r);
    }
  }
  const programs: Program[] = [];
  for (const file of await listFiles(path.join(options.knowledgeDir, 'programs'), ['.jsonl'])) {
    const rows = await readOrReport(async () => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        throw new MusubiError('knowledge_unreadable', `Programs file ${file} skipped: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`, { cause: error });
      }
      const parsed = parseJsonLines(text, file, ProgramSchema);
      warnings.push(...parsed.errors);
      return parsed.rows;
    });
    programs.push(...rows);
  }
  for (const w of logLines(warnings)) options.logger.warn(w);
  return { records, programs, warnings };
}

/** A large import's warnings, for a log a person reads: the first few of each file, then how many more (all stay in `warnings`). */
export function logLines(warnings: readonly string[], perFile = 10): string[] {
  const shown = new Map<string, number>();
  const hidden = new Map<string, number>();
  const out: string[] = [];
  for (const w of warnings) {
    const file = /^(.*?):\d+: /.exec(w)?.[1] ?? '';
    const n = shown.get(file) ?? 0;
    if (!file || n < perFile) {
      out.push(w);
      shown.set(file, n + 1);
    } else hidden.set(file, (hidden.get(file) ?? 0) + 1);
  }
  for (const [file, n] of hidden) out.push(`${file}: ${n} more line${n === 1 ? '' : 's'} skipped or merged (not shown)`);
  return out;
}
