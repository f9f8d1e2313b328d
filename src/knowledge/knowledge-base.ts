/**
 * Everything the engine knows, loaded once: reports and their chunks with the lexical index,
 * the glossary, and a content hash of the knowledge files that keys the vector-index cache.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { loadGlossary } from '../bridge/glossary-loader.js';
import { GlossaryIndex } from '../bridge/glossary-index.js';
import { KatakanaLexicon, katakanaWords } from '../bridge/transliteration.js';
import { extractProperNouns, ReadingIndex, type ProperNoun } from '../bridge/proper-noun-readings.js';
import { KanaLexicon } from '../bridge/kana-lexicon.js';
import { loadLexicon, type Lexicon } from '../lexicon/index.js';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import type { Logger } from '../core/logger.js';
import { LexicalIndex } from '../retrieval/lexical-index.js';
import { INDEX_TEXT_VERSION } from './normalise.js';
import { withTopics } from './chunk-topics.js';
import { chunkReport, DEFAULT_CHUNK_OPTIONS, type ChunkOptions } from './chunker.js';
import { loadReports } from './report-loader.js';
import { z } from 'zod';
import { sha256 } from '../retrieval/cache-manifest.js';

export interface KnowledgeBase {
  readonly lexical: LexicalIndex;
  readonly glossary: GlossaryIndex;
  /** Dictionary knowledge (EDICT, ENAMDICT, Sudachi synonyms) filtered to the reports. */
  readonly lexicon: Lexicon;
  /** Katakana words of the reports, for matching English words by sound. */
  readonly katakana: KatakanaLexicon;
  /** Names of the reports, so that a question naming one prefers it. */
  readonly reportAliases: readonly { file: string; aliases: readonly string[] }[];
  /** The reports' words by their kana spelling, for questions typed in hiragana. */
  readonly kana: KanaLexicon;
  /** Readings of the reports' proper nouns (kanji ↔ romaji, kana). */
  readonly readings: ReadingIndex;
  /** Term rarity in the reports, for query analysis. */
  readonly idf: (term: string) => number;
  /** sha256 over the reports' text, the glossary and the chunking settings. */
  readonly hash: string;
  readonly warnings: readonly string[];
}

export interface KnowledgeBaseOptions {
  readonly knowledgeDir: string;
  readonly logger: Logger;
  readonly chunkOptions?: ChunkOptions;
  /** Where derived data (proper-noun readings) is cached; without it they are computed each time. */
  readonly cacheDir?: string;
  /** Ignore the cached readings and extract them again (`musubi index`). */
  readonly rebuildCache?: boolean;
}

const READINGS_FORMAT = 2;
/** The readings cache: the knowledge hash it belongs to, and a checksum over the nouns. */
const ReadingsCacheSchema = z.object({
  format: z.literal(READINGS_FORMAT),
  settings: z.string(),
  sha256: z.string(),
  nouns: z.array(z.object({ surface: z.string().min(1), reading: z.string().min(1), kind: z.string() })),
});

/** The readings in a cache or shipped file, when it is valid and written for this knowledge; else why not. */
async function readReadingsFile(file: string, hash: string): Promise<{ nouns: ProperNoun[] } | { problem: string } | null> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = ReadingsCacheSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return { problem: 'not in the expected shape' };
    if (parsed.data.settings !== hash) return { problem: 'written for other knowledge' };
    if (sha256(JSON.stringify(parsed.data.nouns)) !== parsed.data.sha256) return { problem: 'fails its checksum' };
    return { nouns: parsed.data.nouns };
  } catch {
    return { problem: 'not valid JSON' };
  }
}

/** Where the repository ships the readings of its own reports (`npm run readings:build`). */
export function shippedReadingsFile(knowledgeDir: string): string {
  return path.join(knowledgeDir, 'readings', 'readings.json');
}

/**
 * Proper-noun readings: from the cache (verified); else from the file the repository ships, when it
 * was built for exactly these reports, glossary and lexicon (so a fresh machine never loads
 * kuromoji, ≈1 s and ≈300 MB); else extracted (slow: loads kuromoji) and cached.
 */
async function loadReadings(texts: readonly string[], hash: string, knowledgeDir: string, cacheDir: string | undefined, logger: Logger, rebuild = false): Promise<ProperNoun[]> {
  // The format is in the name, so a cache from an older version is simply not looked at.
  const file = cacheDir ? path.join(cacheDir, `readings-v${READINGS_FORMAT}-${hash}.json`) : null;
  let shipped: ProperNoun[] | undefined;
  if (!rebuild) {
    const cached = file ? await readReadingsFile(file, hash) : null;
    if (cached && 'nouns' in cached) return cached.nouns;
    if (cached) logger.warn(`The readings cache ${file} is unusable (${cached.problem}); rebuilding it.`);
    // A shipped file for other reports is simply not used: adding a report is normal.
    const found = await readReadingsFile(shippedReadingsFile(knowledgeDir), hash);
    if (found && 'nouns' in found) shipped = found.nouns;
  }
  const nouns = shipped ?? (await extractProperNouns(texts));
  if (file) {
    try {
      await mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
      await writeFile(tmp, JSON.stringify({ format: READINGS_FORMAT, settings: hash, sha256: sha256(JSON.stringify(nouns)), nouns }));
      await rename(tmp, file);
    } catch (error) {
      logger.warn(`Could not cache proper-noun readings in ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); using them from memory.`);
    }
  }
  return nouns;
}

export async function loadKnowledgeBase({ knowledgeDir, logger, chunkOptions = DEFAULT_CHUNK_OPTIONS, cacheDir, rebuildCache }: KnowledgeBaseOptions): Promise<KnowledgeBase> {
  const { reports, warnings: reportWarnings } = await loadReports(path.join(knowledgeDir, 'reports'), logger);
  const glossary = await loadGlossary(path.join(knowledgeDir, 'glossary'), logger);
  const lexicon = await loadLexicon(path.join(knowledgeDir, 'lexicon', 'lexicon.json'), logger);
  logger.debug(`Lexicon loaded in ${Math.round(lexicon.loadMs)} ms`);
  const chunks = withTopics(reports.flatMap((r) => chunkReport(r, chunkOptions)));
  const hash = createHash('sha256');
  hash.update(`index-text-${INDEX_TEXT_VERSION}`).update(JSON.stringify(chunkOptions));
  for (const r of reports) hash.update(r.meta.file).update('\0').update(r.text).update('\0');
  hash.update(JSON.stringify(glossary.entries)).update(lexicon.raw);
  const lexical = new LexicalIndex(reports, chunks);
  const digest = hash.digest('hex').slice(0, 16);
  const nouns = await loadReadings(reports.map((r) => r.text), digest, knowledgeDir, cacheDir, logger, rebuildCache);
  const katakana = [...new Set(chunks.flatMap((c) => katakanaWords(c.indexText)))];
  const kanaOnlyGlossary = glossary.entries.flatMap((e) => e.ja).filter((j) => /^[\u3040-\u30ffー]+$/.test(j));
  return {
    readings: new ReadingIndex(nouns),
    kana: new KanaLexicon([
      ...katakana.map((k) => ({ kana: k, surface: k })),
      ...kanaOnlyGlossary.map((k) => ({ kana: k, surface: k })),
      ...nouns.map((n) => ({ kana: n.reading, surface: n.surface })),
    ]),
    lexical,
    idf: (term) => lexical.idf(term),
    glossary: new GlossaryIndex(glossary.entries, { lexicon: lexicon.lexicon }),
    lexicon: lexicon.lexicon,
    reportAliases: reports.map((r) => ({ file: r.meta.file, aliases: [...r.meta.aliases, r.meta.titleJa, r.meta.titleEn] })),
    katakana: new KatakanaLexicon(katakana),
    hash: digest,
    warnings: [...reportWarnings, ...glossary.warnings, ...lexicon.warnings],
  };
}
