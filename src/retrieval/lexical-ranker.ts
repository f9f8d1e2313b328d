/** Ranks chunks for an analysed question with BM25 over the glossary-expanded terms. */
import type { LexicalIndex } from './lexical-index.js';
import { searchTerms, type AnalysedQuery } from './query-analysis.js';
import type { ScoredChunk } from './scored-chunk.js';

export function rankLexically(query: AnalysedQuery, index: LexicalIndex, k: number): ScoredChunk[] {
  return index.search(searchTerms(query), k).map((hit) => ({ chunk: index.chunks[hit.doc]!, score: hit.score }));
}
