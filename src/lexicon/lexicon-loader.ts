/** Loads knowledge/lexicon/lexicon.json, validated; a missing or invalid file is one warning and an empty lexicon. */
import { readFile } from 'node:fs/promises';
import type { Logger } from '../core/logger.js';
import { Lexicon } from './lexicon.js';
import { LexiconFileSchema } from './schema.js';

export interface LoadedLexicon {
  readonly lexicon: Lexicon;
  /** sha256-independent identity of the file's content: its length and first bytes are not enough, so the caller hashes `raw`. */
  readonly raw: string;
  readonly warnings: readonly string[];
  readonly loadMs: number;
}

export async function loadLexicon(file: string, logger: Logger, now: () => number = () => performance.now()): Promise<LoadedLexicon> {
  const started = now();
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    const warning = `No lexicon at ${file}: English questions will reach only the glossary. Run \`npm run lexicon:build\` (see knowledge/lexicon/README.md).`;
    logger.warn(warning);
    return { lexicon: Lexicon.empty(), raw: '', warnings: [warning], loadMs: now() - started };
  }
  try {
    const parsed = LexiconFileSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${issue.path.join('.') || 'file'}: ${issue.message}`);
    }
    const lexicon = new Lexicon(parsed.data);
    return { lexicon, raw, warnings: [], loadMs: now() - started };
  } catch (error) {
    const warning = `Lexicon ${file} ignored (${(error as Error).message}): rebuild it with \`npm run lexicon:build\`.`;
    logger.warn(warning);
    return { lexicon: Lexicon.empty(), raw: '', warnings: [warning], loadMs: now() - started };
  }
}
