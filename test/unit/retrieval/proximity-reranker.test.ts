import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../../src/knowledge/chunk.js';
import type { LexicalIndex } from '../../../src/retrieval/lexical-index.js';
import type { AnalysedQuery } from '../../../src/retrieval/query-analysis.js';
import { bestWindowCoverage, rerankByProximity } from '../../../src/retrieval/proximity-reranker.js';
import { tokenize } from '../../../src/retrieval/tokenizer.js';

const idf = { idf: () => 1, maxIdf: 1 } as unknown as LexicalIndex;
const group = (label: string) => ({ label, alternatives: [tokenize(label)], weight: 1, critical: false });
const query = { text: 'q', language: 'ja', groups: [group('津波'), group('漂着')], concepts: [], reports: [] } as AnalysedQuery;
const chunk = (id: string, indexText: string) => ({ chunk: { id, indexText } as Chunk, score: 1 });

describe('proximity re-ranking', () => {
  it('scores the best window of one or two sentences, not the whole passage', () => {
    expect(bestWindowCoverage(query, '津波が来た。その後、船が漂着した。', idf)).toBe(1);
    expect(bestWindowCoverage(query, '津波が来た。別の話。さらに別の話。船が漂着した。', idf)).toBe(0.5);
  });

  it('moves a passage whose words occur together above one that scatters them', () => {
    const scattered = chunk('a', '津波が来た。別の話。さらに別の話。船が漂着した。');
    const together = chunk('b', '津波の二年後に船が漂着した。');
    const reranked = rerankByProximity(query, [scattered, together], idf, { depth: 20, weight: 0.8 });
    expect(reranked.map((r) => r.chunk.id)).toEqual(['b', 'a']);
    // With no weight the fused order stands.
    expect(rerankByProximity(query, [scattered, together], idf, { depth: 20, weight: 0 }).map((r) => r.chunk.id)).toEqual(['a', 'b']);
  });
});
