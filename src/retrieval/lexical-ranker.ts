/** Ranks chunks for an analysed question with BM25 over its concept groups (typed words and their glossary spellings). */
import type { LexicalIndex } from './lexical-index.js';
import type { AnalysedQuery } from './query-analysis.js';
import type { ScoredChunk } from './scored-chunk.js';

export function rankLexically(query: AnalysedQuery, index: LexicalIndex, k: number): ScoredChunk[] {
  return index.searchGroups(query.groups, k).map((hit) => ({ chunk: index.chunks[hit.doc]!, score: hit.score }));
}
