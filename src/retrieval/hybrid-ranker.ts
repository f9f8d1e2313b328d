/**
 * Hybrid ranking: BM25 over glossary-expanded terms fused with the vector side by reciprocal
 * rank fusion. RRF uses ranks only, so BM25 scores and cosine similarities never have to be
 * put on one scale.
 */
import type { LexicalIndex } from './lexical-index.js';
import { rankLexically } from './lexical-ranker.js';
import type { AnalysedQuery } from './query-analysis.js';
import type { ScoredChunk } from './scored-chunk.js';

/** Ranks chunks by meaning; each implementation says how it embeds the question. */
export interface VectorRanker {
  rank(query: AnalysedQuery, k: number): Promise<readonly ScoredChunk[]>;
}

export interface FusionSettings {
  /** RRF constant: larger flattens the difference between ranks. */
  readonly k: number;
  readonly lexicalWeight: number;
  readonly vectorWeight: number;
  /** How deep each side's list goes into the fusion. */
  readonly depth: number;
}

export const DEFAULT_FUSION: FusionSettings = { k: 60, lexicalWeight: 1, vectorWeight: 0.3, depth: 50 };

export function fuseRankings(lists: readonly { readonly items: readonly ScoredChunk[]; readonly weight: number }[], k: number): ScoredChunk[] {
  const fused = new Map<string, { chunk: ScoredChunk['chunk']; score: number }>();
  for (const { items, weight } of lists) {
    items.forEach((item, rank) => {
      const entry = fused.get(item.chunk.id) ?? { chunk: item.chunk, score: 0 };
      entry.score += weight / (k + rank + 1);
      fused.set(item.chunk.id, entry);
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score || a.chunk.id.localeCompare(b.chunk.id));
}

export function createHybridRanker(lexical: LexicalIndex, vector: VectorRanker, settings: FusionSettings = DEFAULT_FUSION, onVectorError?: (error: unknown) => void) {
  return async (query: AnalysedQuery, k: number): Promise<ScoredChunk[]> => {
    const lexicalHits = rankLexically(query, lexical, settings.depth);
    // A vector side that fails (a model service down) leaves the lexical ranking, not an error.
    const vectorHits = await vector.rank(query, settings.depth).catch((error: unknown) => {
      onVectorError?.(error);
      return [];
    });
    return fuseRankings(
      [
        { items: lexicalHits, weight: settings.lexicalWeight },
        { items: vectorHits, weight: settings.vectorWeight },
      ],
      settings.k,
    ).slice(0, k);
  };
}
