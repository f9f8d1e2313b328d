/** zod schema of knowledge/lexicon/lexicon.json, written by scripts/build-lexicon.ts. */
import { z } from 'zod';

/** Bump when the file's shape changes; the loader refuses other versions with one warning. */
export const LEXICON_FORMAT_VERSION = 1;

export const EdictEntrySchema = z.object({
  /** Headword as the index sees it (`normaliseForIndex`). */
  ja: z.string().min(1),
  /** The stem a verb or i-adjective is found by in the reports when its dictionary form is not (始まる → 始ま). */
  stem: z.string().min(1).optional(),
  reading: z.string().min(1),
  /** The reading as a romaji lookup key (long vowels folded, letters only), for readings of four kana or more. */
  romaji: z.string().min(1).optional(),
  /** EDICT's (P): a common word. */
  common: z.boolean(),
  /** Passages of the reports that contain the form. */
  df: z.number().int().nonnegative(),
  /** Cleaned glosses, sense by sense, in dictionary order. */
  senses: z.array(z.array(z.string().min(1)).min(1)).min(1),
});
export type EdictEntry = z.infer<typeof EdictEntrySchema>;

export const NameEntrySchema = z.object({
  ja: z.string().min(1),
  reading: z.string().min(1),
  romaji: z.string().min(1),
  /** ENAMDICT tags: p place, s surname, g given, f/m female/male given, c company, o organisation, u unclassified, … */
  tags: z.array(z.string().min(1)).min(1),
  df: z.number().int().nonnegative(),
});
export type NameEntry = z.infer<typeof NameEntrySchema>;

/**
 * A Sudachi synonym group: its members with their document frequency (0: not in the reports),
 * lexeme number `v` (one number: spellings of one word; different numbers: synonyms) and
 * `trigger: false` for members that are reached from others but never expand themselves.
 */
export const SynonymGroupSchema = z
  .array(z.object({ w: z.string().min(1), v: z.number().int(), df: z.number().int().nonnegative(), trigger: z.literal(false).optional() }))
  .min(2);

export const LexiconFileSchema = z.object({
  format: z.literal(LEXICON_FORMAT_VERSION),
  /** Number of passages the document frequencies were counted over. */
  passages: z.number().int().positive(),
  sources: z.record(z.string(), z.string()),
  edict: z.array(EdictEntrySchema),
  enamdict: z.array(NameEntrySchema),
  synonyms: z.array(SynonymGroupSchema),
});
export type LexiconFile = z.infer<typeof LexiconFileSchema>;
