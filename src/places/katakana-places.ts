/**
 * Katakana spellings of the world's towns (ソウル → Seoul), shipped as
 * knowledge/places/katakana-places.json by scripts/build-katakana-places.ts from ENAMDICT and
 * EDICT. Loaded on first use and validated; a missing or invalid file is one warning and no
 * katakana names, never a crash.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readShippedJson } from '../knowledge/shipped-json.js';

/** Bump when the file's shape changes; the loader refuses other versions. */
export const KATAKANA_PLACES_FORMAT_VERSION = 1;

export const KatakanaPlacesFileSchema = z.object({
  version: z.literal(KATAKANA_PLACES_FORMAT_VERSION),
  source: z.string(),
  /** [katakana without ・, the Latin names it spells]. */
  entries: z.array(z.tuple([z.string().min(1), z.array(z.string().min(1)).min(1)])),
});
export type KatakanaPlacesFile = z.infer<typeof KatakanaPlacesFileSchema>;

export const DEFAULT_KATAKANA_PLACES_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'knowledge', 'places', 'katakana-places.json');

export type KatakanaPlaces = ReadonlyMap<string, readonly string[]>;

export function loadKatakanaPlaces(file: string = DEFAULT_KATAKANA_PLACES_FILE, warn: (message: string) => void = () => {}): KatakanaPlaces {
  const read = readShippedJson(file, KatakanaPlacesFileSchema);
  if (read.ok) return new Map(read.data.entries);
  warn(`No katakana place names from ${file} (${read.problem}): places written in katakana are matched by sound only. Rebuild with \`npm run katakana:build\`.`);
  return new Map();
}
