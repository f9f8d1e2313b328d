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
import type { PassageFinder, Relevance } from './matcher.js';
import { rankLexically } from '../retrieval/lexical-ranker.js';

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

/** How many report passages a request reads for the programs and organisations they name. */
const PASSAGES_READ = 8;

/** The report passages that best match a request (lexical ranking with the question's bridge), one request cached. */
export function createPassageFinder(kb: KnowledgeBase): PassageFinder {
  let last: { request: string; texts: readonly string[] } | null = null;
  return (request) => {
    if (last?.request !== request) last = { request, texts: rankLexically(analyseQuery(request, kb), kb.lexical, PASSAGES_READ).map((h) => h.chunk.indexText) };
    return last.texts;
  };
}
