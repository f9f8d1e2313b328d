import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { loadKnowledgeBase } from '../../../src/knowledge/knowledge-base.js';
import { loadOrBuildEmbeddingIndex } from '../../../src/retrieval/embedding-index.js';
import { analyseQuery } from '../../../src/retrieval/query-analysis.js';
import { createFakeEmbedder } from '../../fakes/fake-embedder.js';
import { writeSampleKnowledge } from '../../fakes/sample-knowledge.js';

describe('model-embedding index (LangChain HNSWLib behind the Embedder port)', () => {
  it('builds once, then loads from the cache without embedding the passages again', async () => {
    const kb = await loadKnowledgeBase({ knowledgeDir: await writeSampleKnowledge(), logger: silentLogger });
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'musubi-emb-'));
    const embedder = createFakeEmbedder();
    const progress: string[] = [];
    const ranker = await loadOrBuildEmbeddingIndex({ kb, embedder, cacheDir, logger: silentLogger, batchSize: 2, onProgress: (m) => progress.push(m) });
    expect(embedder.embedded).toBe(kb.lexical.chunks.length);
    expect(progress.at(-1)).toMatch(new RegExp(`${kb.lexical.chunks.length}/${kb.lexical.chunks.length}$`));

    const hits = await ranker.rank(analyseQuery('ケベック州の在外事務所', kb), 3);
    expect(hits[0]?.chunk.report).toBe('okinawa.ja.txt');
    expect(hits[0]!.score).toBeGreaterThan(hits.at(-1)!.score - 1e-9);
    expect(hits[0]!.score).toBeLessThanOrEqual(1);

    const again = createFakeEmbedder();
    await loadOrBuildEmbeddingIndex({ kb, embedder: again, cacheDir, logger: silentLogger });
    expect(again.embedded).toBe(0);
  });
});
