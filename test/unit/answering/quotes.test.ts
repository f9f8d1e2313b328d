/** How many windows an answer quotes. Inputs are invented. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { createEngine } from '../../../src/engine.js';
import { loadKnowledgeBase } from '../../../src/knowledge/knowledge-base.js';
import { rankLexically } from '../../../src/retrieval/lexical-ranker.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { writeSampleKnowledge } from '../../fakes/sample-knowledge.js';

const FILLER = '本章では地域の国際交流の一般的な動向を整理する。各地の事例は多様であり、体制もさまざまである。';
const REPORT = [
  '# 架空の報告書',
  `青葉町の灯籠祭は、青葉町と海外の友好都市が毎年共催している。${FILLER}`,
  `${FILLER}${FILLER}`,
  `青葉町の灯籠祭には、友好都市から毎年約300人が訪れる。${FILLER}`,
  `${FILLER}${FILLER}`,
  `青葉町の灯籠祭では、友好都市の高校生が灯籠づくりを体験する。${FILLER}`,
].join('\n\n');

describe('quoted windows', () => {
  it('quotes up to three windows that each cover the question well, each verbatim', async () => {
    const dir = await writeSampleKnowledge();
    await writeFile(path.join(dir, 'reports', 'aoba-lanterns.ja.txt'), REPORT);
    const kb = await loadKnowledgeBase({ knowledgeDir: dir, logger: silentLogger });
    const engine = createEngine({ kb, rank: async (q, k) => rankLexically(q, kb.lexical, k), store: createMemoryStore(), logger: silentLogger });
    const reply = await engine.ask('青葉町の灯籠祭と友好都市について教えて');
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect(reply.citations.length).toBe(3);
    for (const c of reply.citations) expect(REPORT).toContain(c.quote);
  });
});
