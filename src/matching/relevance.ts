/**
 * Relevance of a program's or record's text to a request, across languages: the request is
 * analysed like a question (glossary bridge, readings) and its concepts' coverage of the text
 * is measured with the reports' term rarities.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { normaliseForIndex } from '../knowledge/normalise.js';
import { coverage } from '../retrieval/coverage.js';
import { analyseQuery } from '../retrieval/query-analysis.js';
import { tokenize } from '../retrieval/tokenizer.js';
import type { Relevance } from './matcher.js';

export function createRelevance(kb: KnowledgeBase): Relevance {
  const analysed = new Map<string, ReturnType<typeof analyseQuery>>();
  const tokens = new Map<string, Set<string>>();
  return (request, text) => {
    let query = analysed.get(request);
    if (!query) {
      query = analyseQuery(request, kb);
      analysed.clear(); // one request at a time: keep only the current one
      analysed.set(request, query);
    }
    let set = tokens.get(text);
    if (!set) tokens.set(text, (set = new Set(tokenize(normaliseForIndex(text)))));
    return coverage(query.groups, set, kb.lexical);
  };
}
