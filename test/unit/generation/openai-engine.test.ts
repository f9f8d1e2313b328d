/** The whole engine in OpenAI mode against a local mock server: model answers, model embeddings, fallbacks. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { silentLogger } from '../../../src/core/logger.js';
import { createMusubi, type MusubiRuntime } from '../../../src/create-musubi.js';
import { SAMPLE_REPORTS, writeSampleKnowledge } from '../../fakes/sample-knowledge.js';
import { startMockOpenAI, type MockOpenAI } from '../../fakes/mock-openai.js';

let mock: MockOpenAI;
let runtime: MusubiRuntime;

beforeAll(async () => {
  mock = await startMockOpenAI();
  runtime = await createMusubi({
    config: loadConfig({
      MUSUBI_KNOWLEDGE_DIR: await writeSampleKnowledge(),
      MUSUBI_CACHE_DIR: await mkdtemp(path.join(tmpdir(), 'musubi-oa-')),
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: mock.baseUrl,
      OPENAI_MAX_RETRIES: '0',
      OPENAI_TIMEOUT_MS: '1000',
      MUSUBI_USE_OPENAI_EMBEDDINGS: 'true',
    }),
    logger: silentLogger,
  });
});
afterAll(() => mock.close());

describe('engine in OpenAI mode', () => {
  it('embeds the passages with the model and writes a grounded answer', async () => {
    expect(mock.requests.some((r) => r.path.endsWith('/embeddings'))).toBe(true);
    mock.script.push({ content: JSON.stringify({ answer: 'Portland and Sapporo signed in 1959.', citations: [{ passage: 1, quote: 'ポートランド市と札幌市は 1959 年に姉妹都市を締結した' }], grounded: true }) });
    const reply = await runtime.engine.ask('When did Portland and Sapporo become sister cities?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toBe('Portland and Sapporo signed in 1959.');
    if (reply.kind === 'answer') for (const c of reply.citations) expect(SAMPLE_REPORTS[c.report]).toContain(c.quote);
  });

  it('gives the offline answer with a note when the service fails', async () => {
    mock.script.push({ status: 503 });
    const reply = await runtime.engine.ask('When did Portland and Sapporo become sister cities?');
    expect(reply.text).toMatch(/1959/);
    expect(reply.warnings.join(' ')).toMatch(/offline answer/);
  });

  it('writes the digest prose with the model and keeps the extracted lists', async () => {
    const messages = [
      { author: 'aiko', text: 'I suggest Portland as a partner, they know Sapporo well.', isMusubi: false },
      { author: 'ben', text: "Let's go with Portland.", isMusubi: false },
    ];
    mock.script.push({ content: JSON.stringify({ summary: 'Aiko suggested Portland and the team chose it.' }) });
    const reply = await runtime.engine.summarize(messages);
    expect(reply.summary.startsWith('Aiko suggested Portland and the team chose it.\n\n')).toBe(true);
    expect(reply.decisions.join(' ')).toMatch(/Portland/);
    const last = mock.requests[mock.requests.length - 1]!;
    expect(JSON.stringify(last.body)).toContain('<messages>');
  });
});
