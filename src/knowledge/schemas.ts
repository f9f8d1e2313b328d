/**
 * zod schemas of the knowledge files: partnership records, organisations and programs, and
 * glossary entries. Every file under knowledge/ is validated against these at load.
 */
import { z } from 'zod';

/** Themes shared by records, organisations, programs and matching profiles. */
export const THEMES = [
  'youth-exchange',
  'education',
  'university',
  'disaster-recovery',
  'aging-health',
  'medical',
  'water',
  'agriculture',
  'fisheries',
  'food',
  'ai-digital',
  'technology-innovation',
  'business-investment',
  'manufacturing',
  'energy',
  'environment-climate',
  'tourism',
  'culture-arts',
  'sports',
  'language',
  'urban-planning',
  'multicultural-coexistence',
  'international-cooperation',
  'peace',
  'government-exchange',
  'women-leadership',
  'space-aviation',
] as const;
export const ThemeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof ThemeSchema>;

export const EvidenceSchema = z.object({
  /** File name in knowledge/reports. */
  report: z.string().min(1),
  page: z.number().int().positive().nullable().default(null),
  /** Verbatim substring of the report's original text (checked by a test). */
  quote: z.string().min(4),
});
export type EvidenceRecord = z.infer<typeof EvidenceSchema>;

export const PARTY_LEVELS = ['city', 'town', 'village', 'county', 'prefecture', 'state', 'province', 'region', 'country', 'organisation', 'school', 'university', 'company'] as const;

export const PartySchema = z.object({
  name_ja: z.string().min(1).nullable(),
  name_en: z.string().min(1).nullable(),
  /** ISO 3166-1 alpha-2, upper case ("JP", "US"). */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as JP or US').nullable(),
  level: z.enum(PARTY_LEVELS),
  /** Prefecture / state / province the party sits in, when it is below that level. */
  region_ja: z.string().nullable().default(null),
  region_en: z.string().nullable().default(null),
}).refine((p) => p.name_ja !== null || p.name_en !== null, 'needs name_ja or name_en');
export type Party = z.infer<typeof PartySchema>;

export const RECORD_KINDS = [
  'sister-city',
  'sister-state',
  'friendship-city',
  'mou',
  'school-exchange',
  'university-partnership',
  'company-tie',
  'jica-cooperation',
  'program-case',
  'other',
] as const;

export const PartnershipRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug'),
  kind: z.enum(RECORD_KINDS),
  a: PartySchema,
  b: PartySchema,
  year: z.number().int().min(1800).max(2100).nullable().default(null),
  themes: z.array(ThemeSchema).default([]),
  summary_en: z.string().nullable().default(null),
  summary_ja: z.string().nullable().default(null),
  evidence: z.array(EvidenceSchema).default([]),
  /** Where the record came from: "curated" for the reports, else the imported file's name. */
  source: z.string().default('curated'),
});
export type PartnershipRecord = z.infer<typeof PartnershipRecordSchema>;

export const ProgramSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug'),
  kind: z.enum(['organisation', 'program']),
  name_en: z.string().min(1),
  name_ja: z.string().min(1).nullable(),
  aliases: z.array(z.string()).default([]),
  country: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
  description_en: z.string().min(1),
  description_ja: z.string().nullable().default(null),
  for_whom_en: z.string().nullable().default(null),
  how_to_engage_en: z.string().nullable().default(null),
  themes: z.array(ThemeSchema).default([]),
  evidence: z.array(EvidenceSchema).default([]),
});
export type Program = z.infer<typeof ProgramSchema>;

export const GLOSSARY_KINDS = [
  'term',
  'organisation',
  'program',
  'title',
  'person',
  'country',
  'prefecture',
  'municipality',
  'us-state',
  'foreign-region',
  'foreign-city',
  'event',
  // A quantity a question can ask for (budget, salary, population): when no passage mentions it, the reports do not answer.
  'measure',
] as const;

/** One bilingual concept. The first `ja` and first `en` are canonical; the rest are variants. */
export const GlossaryEntrySchema = z.object({
  ja: z.array(z.string().min(1)).min(1),
  en: z.array(z.string().min(1)).min(1),
  kind: z.enum(GLOSSARY_KINDS),
  /**
   * Where the entry comes from: `reports/<file>` (a report that prints a Japanese form), or a
   * reference such as `programs.jsonl`; general words come from the lexicon, not the glossary.
   */
  source: z.string().min(1).optional(),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
export const GlossaryFileSchema = z.array(GlossaryEntrySchema);
