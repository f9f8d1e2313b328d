/**
 * Re-ranks the head of a fused ranking by proximity: a passage where the question's content
 * (or its expansions) occurs together in one or two consecutive sentences is more likely to
 * answer than one that mentions each word somewhere. BM25 and the vector side look at the whole
 * chunk; this looks at the best short window of it.
 */
import { coverage } from './coverage.js';
import type { LexicalIndex } from './lexical-index.js';
import type { AnalysedQuery } from './query-analysis.js';
import type { ScoredChunk } from './scored-chunk.js';
import { tokenize } from './tokenizer.js';

export interface ProximitySettings {
  /** How many of the top passages are re-ranked (the rest keep their order below them). */
  readonly depth: number;
  /** Weight of the best-window coverage against the fused rank (0: fused rank only). */
  readonly weight: number;
}

export const DEFAULT_PROXIMITY: ProximitySettings = { depth: 20, weight: 0.5 };

/** Sentences of a chunk's index text (split after 。！？ and blank lines). */
function sentences(text: string): string[] {
  return text.split(/(?<=[。！？!?])|\n\s*\n/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The best coverage of the question by one or two consecutive sentences of a text (0..1). */
export function bestWindowCoverage(query: AnalysedQuery, text: string, index: LexicalIndex): number {
  const parts = sentences(text).map((s) => new Set(tokenize(s)));
  let best = 0;
  for (let i = 0; i < parts.length; i++) {
    best = Math.max(best, coverage(query.groups, parts[i]!, index));
    if (i + 1 < parts.length) best = Math.max(best, coverage(query.groups, new Set([...parts[i]!, ...parts[i + 1]!]), index));
  }
  return best;
}

export function rerankByProximity(query: AnalysedQuery, ranked: readonly ScoredChunk[], index: LexicalIndex, settings: ProximitySettings = DEFAULT_PROXIMITY): ScoredChunk[] {
  if (settings.weight <= 0 || ranked.length < 2) return [...ranked];
  const head = ranked.slice(0, settings.depth);
  // Rank position in 0..1 (1 for the first), so the two parts share a scale.
  const scored = head.map((r, i) => ({ r, score: (1 - settings.weight) * (1 - i / head.length) + settings.weight * bestWindowCoverage(query, r.chunk.indexText, index) }));
  scored.sort((a, b) => b.score - a.score);
  // Scores stay similarities (higher is better), now the re-ranked ones.
  return [...scored.map(({ r, score }) => ({ chunk: r.chunk, score: Number(score.toFixed(4)) })), ...ranked.slice(settings.depth)];
}
