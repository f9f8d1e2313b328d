/** The offline vector side: the question's expanded terms embedded with LSA, searched in hnswlib. */
import type { LexicalIndex } from './lexical-index.js';
import type { LsaIndex } from './lsa-index-cache.js';
import type { VectorRanker } from './hybrid-ranker.js';
import { searchTerms } from './query-analysis.js';

export function createLsaRanker(lsa: LsaIndex, lexical: LexicalIndex): VectorRanker {
  return {
    async rank(query, k) {
      const vector = lsa.embedder.embedTerms(searchTerms(query));
      return lsa.index.search(vector, k).map((hit) => ({ chunk: lexical.chunks[hit.doc]!, score: hit.similarity }));
    },
  };
}
