/**
 * How a request is read against the knowledge, across languages: the request is analysed like a
 * question (glossary bridge, readings) once, then (1) its concepts' coverage of a program's or
 * record's text is measured with the reports' term rarities, and (2) the report passages that
 * best match it are found (lexical ranking), for the programs and organisations they name.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { normaliseForIndex } from '../knowledge/normalise.js';
import { coverage } from '../retrieval/coverage.js';
import { rankLexically } from '../retrieval/lexical-ranker.js';
import { analyseQuery, type AnalysedQuery } from '../retrieval/query-analysis.js';
import { tokenize } from '../retrieval/tokenizer.js';
import type { PassageFinder, Relevance } from './matcher.js';

/** How many report passages a request reads for the programs and organisations they name. */
const PASSAGES_READ = 8;

/** Relevance and the passage finder for the matcher, sharing one analysis of the current request. */
export function createRequestReader(kb: KnowledgeBase): { relevance: Relevance; passages: PassageFinder } {
  // One request at a time: only the current one's analysis and passages are kept.
  let analysed: { request: string; query: AnalysedQuery } | null = null;
  let found: { request: string; texts: readonly string[] } | null = null;
  const analyse = (request: string) => (analysed?.request === request ? analysed : (analysed = { request, query: analyseQuery(request, kb) })).query;
  const tokens = new Map<string, Set<string>>();
  return {
    relevance: (request, text) => {
      let set = tokens.get(text);
      if (!set) tokens.set(text, (set = new Set(tokenize(normaliseForIndex(text)))));
      return coverage(analyse(request).groups, set, kb.lexical);
    },
    passages: (request) => {
      if (found?.request !== request) found = { request, texts: rankLexically(analyse(request), kb.lexical, PASSAGES_READ).map((h) => h.chunk.indexText) };
      return found.texts;
    },
  };
}
