/**
 * The counterpart names Musubi can recognise in a conversation: places, organisations and
 * programs from the glossary, the partnership records and the programs list, in Japanese and
 * English. Built once from the knowledge files.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { GlossaryFileSchema, PartnershipRecordSchema, ProgramSchema } from '../knowledge/schemas.js';

/** One counterpart and every way it may be written. */
export interface KnownName {
  /** How the summary names it (English where known). */
  readonly display: string;
  readonly spellings: readonly string[];
}

// Countries (Japan, the US) are the setting of almost every message, not counterparts.
const NAME_KINDS = new Set(['organisation', 'program', 'municipality', 'prefecture', 'us-state', 'foreign-city', 'foreign-region']);

async function readJsonLines(file: string): Promise<unknown[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as unknown];
      } catch {
        return [];
      }
    });
}

async function filesIn(dir: string, ext: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
}

/** Reads glossary, records and programs; files that are missing or invalid are skipped. */
export async function buildKnownNames({ knowledgeDir }: { knowledgeDir: string }): Promise<KnownName[]> {
  const names: KnownName[] = [];
  for (const file of await filesIn(path.join(knowledgeDir, 'glossary'), '.json')) {
    const parsed = GlossaryFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8').catch(() => '[]')));
    if (!parsed.success) continue;
    for (const e of parsed.data) if (NAME_KINDS.has(e.kind)) names.push({ display: e.en[0]!, spellings: [...e.en, ...e.ja] });
  }
  for (const file of await filesIn(path.join(knowledgeDir, 'programs'), '.jsonl')) {
    for (const raw of await readJsonLines(file)) {
      const p = ProgramSchema.safeParse(raw);
      if (p.success) names.push({ display: p.data.name_en, spellings: [p.data.name_en, ...(p.data.name_ja ? [p.data.name_ja] : []), ...p.data.aliases] });
    }
  }
  for (const file of await filesIn(path.join(knowledgeDir, 'records'), '.jsonl')) {
    for (const raw of await readJsonLines(file)) {
      const r = PartnershipRecordSchema.safeParse(raw);
      if (!r.success) continue;
      for (const party of [r.data.a, r.data.b]) {
        if (party.level === 'organisation' || party.level === 'company' || party.level === 'country') continue;
        const spellings = [party.name_en, party.name_ja].filter((s): s is string => Boolean(s));
        if (spellings.length) names.push({ display: party.name_en ?? party.name_ja!, spellings });
      }
    }
  }
  return names;
}
