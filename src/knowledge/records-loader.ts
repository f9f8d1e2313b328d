/**
 * Loads partnership records (knowledge/records/*.jsonl and *.csv, plus files given with
 * --records) and organisations/programs (knowledge/programs/*.jsonl). A bad row is reported
 * as "file:line: reason" and skipped; the good rows still load.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { MusubiError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { importCsv } from './csv-import.js';
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
    throw new MusubiError('knowledge_unreadable', `Cannot read records file ${file}: ${(error as Error).message}`, { cause: error });
  }
  if (file.toLowerCase().endsWith('.csv')) {
    const { records, warnings: w } = importCsv(new Uint8Array(bytes), file);
    warnings.push(...w);
    return records;
  }
  if (file.toLowerCase().endsWith('.jsonl')) {
    const { rows, errors } = parseJsonLines(bytes.toString('utf8'), file, PartnershipRecordSchema);
    warnings.push(...errors);
    return rows;
  }
  throw new MusubiError('input_unusable', `Records file ${file} must be .csv or .jsonl.`);
}

const listFiles = async (dir: string, exts: readonly string[]) =>
  (await readdir(dir).catch(() => [] as string[])).filter((f) => exts.some((e) => f.toLowerCase().endsWith(e))).sort().map((f) => path.join(dir, f));

export async function loadPartnershipKnowledge(options: { knowledgeDir: string; extraRecordFiles?: readonly string[]; logger: Logger }): Promise<PartnershipKnowledge> {
  const warnings: string[] = [];
  const files = [...(await listFiles(path.join(options.knowledgeDir, 'records'), ['.jsonl', '.csv'])), ...(options.extraRecordFiles ?? [])];
  const records: PartnershipRecord[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    for (const r of await loadRecordFile(file, warnings)) {
      // The same id twice (a file given twice, an id reused) keeps the first.
      if (ids.has(r.id)) continue;
      ids.add(r.id);
      records.push(r);
    }
  }
  const programs: Program[] = [];
  for (const file of await listFiles(path.join(options.knowledgeDir, 'programs'), ['.jsonl'])) {
    const { rows, errors } = parseJsonLines(await readFile(file, 'utf8'), file, ProgramSchema);
    programs.push(...rows);
    warnings.push(...errors);
  }
  for (const w of warnings) options.logger.warn(w);
  return { records, programs, warnings };
}
