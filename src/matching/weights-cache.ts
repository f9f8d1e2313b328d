/**
 * The fitted partner weights, cached beside the search index under a hash of the ties they were
 * fitted on (so a changed list refits, an unchanged one loads in a millisecond).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PartyPlace } from './record-places.js';
import { FEATURES, fitPartnerWeights, type PartnerWeights, type Requester, type TieIndex } from './partner-model.js';

/** 2: the coastal feature. */
const MODEL_VERSION = 2;

const WeightsSchema = z.object({
  weights: z.object(Object.fromEntries(FEATURES.map((f) => [f, z.number()])) as Record<(typeof FEATURES)[number], z.ZodNumber>),
  bias: z.number(),
  source: z.enum(['fitted', 'prior']),
  positives: z.number(),
  l2: z.number().nullable(),
  cvAuc: z.number().nullable(),
});

export function tiesHash(index: TieIndex): string {
  const h = createHash('sha256').update(`v${MODEL_VERSION}`);
  for (const t of index.ties) h.update(`${t.home.key}>${t.away.key};`);
  return h.digest('hex').slice(0, 16);
}

export function loadOrFitWeights(index: TieIndex, poolOf: (country: string) => readonly PartyPlace[], requesterOf: (home: PartyPlace) => Requester, cacheDir?: string): PartnerWeights {
  const file = cacheDir ? path.join(cacheDir, `partner-weights-${tiesHash(index)}.json`) : null;
  if (file) {
    try {
      const parsed = WeightsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // no cache yet: fit below
    }
  }
  const weights = fitPartnerWeights(index, poolOf, requesterOf);
  if (file) {
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(weights));
    } catch {
      // an unwritable cache only costs a refit next time
    }
  }
  return weights;
}
