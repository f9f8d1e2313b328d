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
import { PartnershipRecordSchema, ProgramSchema, type PartnershipRecord, type Program } from './schemas.js';

export interface PartnershipKnowledge {
  readonly records: readonly PartnershipRecord[];
  readonly programs: readonly Program[];
  readonly warnings: readonly string[];
}

function parseJsonLines<T>(text: string, file: string, schema: { safeParse(x: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, warnings: string[]): T[] {
  const out: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      warnings.push(`${file}:${i + 1}: not valid JSON`);
      return;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) out.push(parsed.data);
    else warnings.push(`${file}:${i + 1}: ${parsed.error.issues[0]!.path.join('.')} ${parsed.error.issues[0]!.message}`);
  });
  return out;
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
  if (file.toLowerCase().endsWith('.jsonl')) return parseJsonLines(bytes.toString('utf8'), file, PartnershipRecordSchema, warnings);
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
    programs.push(...parseJsonLines(await readFile(file, 'utf8'), file, ProgramSchema, warnings));
  }
  for (const w of warnings) options.logger.warn(w);
  return { records, programs, warnings };
}
