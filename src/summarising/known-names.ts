/**
 * The counterpart names Musubi can recognise in a conversation: places, organisations and
 * programs from the glossary, the partnership records and the programs list, in Japanese and
 * English.
 */
import path from 'node:path';
import { loadGlossary } from '../bridge/glossary-loader.js';
import { silentLogger } from '../core/logger.js';
import { loadPartnershipKnowledge } from '../knowledge/records-loader.js';
import type { GlossaryEntry, PartnershipRecord, Program } from '../knowledge/schemas.js';

/** One counterpart and every way it may be written. */
export interface KnownName {
  /** How the summary names it (English where known). */
  readonly display: string;
  readonly spellings: readonly string[];
}

// Countries (Japan, the US) are the setting of almost every message, not counterparts.
const NAME_KINDS = new Set(['organisation', 'program', 'municipality', 'prefecture', 'us-state', 'foreign-city', 'foreign-region']);
const PARTY_LEVELS_SKIPPED = new Set(['organisation', 'company', 'country']);

/**
 * A glossary term no English spelling of which is capitalised ("consulate", "task force", "host
 * town") is a common noun, not a counterpart: "the consulate" names no one in particular.
 */
const isProperLatin = (spelling: string) => /^[\x20-\x7e–’]+$/.test(spelling) && /(^|[\s(-])[A-Z]/.test(spelling);

export function knownNamesFrom({ glossary, records, programs }: { glossary: readonly GlossaryEntry[]; records: readonly PartnershipRecord[]; programs: readonly Program[] }): KnownName[] {
  const names: KnownName[] = [];
  for (const e of glossary) if (NAME_KINDS.has(e.kind) && e.en.some(isProperLatin)) names.push({ display: e.en[0]!, spellings: [...e.en, ...e.ja] });
  for (const p of programs) names.push({ display: p.name_en, spellings: [p.name_en, ...(p.name_ja ? [p.name_ja] : []), ...p.aliases] });
  for (const r of records) {
    for (const party of [r.a, r.b]) {
      if (PARTY_LEVELS_SKIPPED.has(party.level)) continue;
      const spellings = [party.name_en, party.name_ja].filter((s): s is string => Boolean(s));
      if (spellings.length) names.push({ display: party.name_en ?? party.name_ja!, spellings });
    }
  }
  return names;
}

/** Reads the knowledge folder (for the summarize command, which needs no search index). */
export async function buildKnownNames({ knowledgeDir }: { knowledgeDir: string }): Promise<KnownName[]> {
  const { entries } = await loadGlossary(path.join(knowledgeDir, 'glossary'), silentLogger);
  const { records, programs } = await loadPartnershipKnowledge({ knowledgeDir, logger: silentLogger });
  return knownNamesFrom({ glossary: entries, records, programs });
}
