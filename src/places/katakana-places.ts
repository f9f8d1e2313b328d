/**
 * Katakana spellings of the world's towns (ソウル → Seoul), shipped as
 * knowledge/places/katakana-places.json by scripts/build-katakana-places.ts from ENAMDICT and
 * EDICT. Loaded on first use and validated; a missing or invalid file is one warning and no
 * katakana names, never a crash.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    warn(`No katakana place names at ${file} (${(error as Error).message}): places written in katakana are matched by sound only. Rebuild with \`npx tsx scripts/build-katakana-places.ts\`.`);
    return new Map();
  }
  const parsed = KatakanaPlacesFileSchema.safeParse(raw);
  if (!parsed.success) {
    warn(`${file} is not a katakana place-name file of version ${KATAKANA_PLACES_FORMAT_VERSION} (${parsed.error.issues[0]?.message ?? 'invalid'}): places written in katakana are matched by sound only.`);
    return new Map();
  }
  return new Map(parsed.data.entries);
}
