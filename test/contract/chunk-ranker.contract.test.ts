/** One suite every ranker passes: lexical, LSA vector and hybrid. */
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { createHybridRanker } from '../../src/retrieval/hybrid-ranker.js';
import { rankLexically } from '../../src/retrieval/lexical-ranker.js';
import { buildLsaIndex } from '../../src/retrieval/lsa-index-cache.js';
import { createLsaRanker } from '../../src/retrieval/lsa-ranker.js';
import { analyseQuery, type AnalysedQuery } from '../../src/retrieval/query-analysis.js';
import type { ScoredChunk } from '../../src/retrieval/scored-chunk.js';
import { writeSampleKnowledge } from '../fakes/sample-knowledge.js';

type Ranker = (query: AnalysedQuery, k: number) => Promise<readonly ScoredChunk[]>;

const kb: KnowledgeBase = await loadKnowledgeBase({ knowledgeDir: await writeSampleKnowledge(), logger: silentLogger });
const lsa = buildLsaIndex(kb, { dimensions: 8, minDocumentFrequency: 1, maxDocumentShare: 0.9 });

const rankers: Record<string, Ranker> = {
  lexical: async (q, k) => rankLexically(q, kb.lexical, k),
  vector: (q, k) => createLsaRanker(lsa, kb.lexical).rank(q, k),
  hybrid: createHybridRanker(kb.lexical, createLsaRanker(lsa, kb.lexical)),
};

describe.each(Object.entries(rankers))('%s ranker', (_name, rank) => {
  const top = async (question: string, k = 3) => (await rank(analyseQuery(question, kb), k)).map((s) => s.chunk);

  it('finds the passage for a Japanese question', async () => {
    expect((await top('陸前高田市の津波と船')).map((c) => c.report)).toContain('cities.ja.txt');
  });

  it('finds Japanese text for an English question through the glossary', async () => {
    const chunks = await top('Rikuzentakata tsunami', 2);
    expect(chunks[0]?.report).toBe('cities.ja.txt');
  });

  it('returns at most k results, best first, with scores that never increase', async () => {
    const scored = await rank(analyseQuery('姉妹都市', kb), 2);
    expect(scored.length).toBeLessThanOrEqual(2);
    for (let i = 1; i < scored.length; i++) expect(scored[i]!.score).toBeLessThanOrEqual(scored[i - 1]!.score);
  });
});
