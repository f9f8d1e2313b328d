/**
 * Common katakana words of Japanese (チャンネル, ミーティング), shipped as
 * knowledge/lexicon/katakana-words.json by scripts/build-katakana-words.ts from EDICT: the Japanese
 * counterpart of ./english-words.ts. A katakana word in a chat is usually a foreign name ("マルセイユ",
 * "グルノーブル") — unless it is one of these. Loaded on first use and validated; a missing or
 * invalid file is one warning and no word known, never a crash.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readShippedJson } from '../knowledge/shipped-json.js';
import { createStreamLogger } from '../core/logger.js';

export const KATAKANA_WORDS_FORMAT_VERSION = 1;

export const KatakanaWordsFileSchema = z.object({
  version: z.literal(KATAKANA_WORDS_FORMAT_VERSION),
  source: z.string(),
  words: z.array(z.string().min(1)),
});
export type KatakanaWordsFile = z.infer<typeof KatakanaWordsFileSchema>;

export const DEFAULT_KATAKANA_WORDS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'knowledge', 'lexicon', 'katakana-words.json');

export function loadKatakanaWords(file: string = DEFAULT_KATAKANA_WORDS_FILE, warn: (message: string) => void = () => {}): ReadonlySet<string> {
  const read = readShippedJson(file, KatakanaWordsFileSchema);
  if (read.ok) return new Set(read.data.words);
  warn(`No katakana word list from ${file} (${read.problem}): every katakana word may be read as a name. Rebuild with \`npm run katakana:build\`.`);
  return new Set();
}

let shipped: ReadonlySet<string> | undefined;

/** True when a katakana word (・ ignored) is a common word of Japanese, not a name. */
export function isOrdinaryKatakanaWord(word: string): boolean {
  shipped ??= loadKatakanaWords(undefined, (m) => createStreamLogger('warn').warn(m));
  return shipped.has(word.replace(/・/g, ''));
}
