/** The OpenAI daily token budget, spent once across two app instances that share one store. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config/config.js';
import { silentLogger } from '../../../src/core/logger.js';
import { guardedCompletion } from '../../../src/generation/guarded-completion.js';
import { createModels } from '../../../src/models/create-models.js';
import { openSqliteStore } from '../../../src/store/sqlite-store.js';
import { startMockOpenAI, type MockOpenAI } from '../../fakes/mock-openai.js';

let mock: MockOpenAI;
beforeAll(async () => {
  mock = await startMockOpenAI();
});
afterAll(() => mock.close());

describe('daily token budget across instances', () => {
  it('two instances on one SQLite file stop calling the model once their combined spend reaches the budget', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'musubi-db-')), 'musubi.db');
    const config: NonNullable<Config['openai']> = { apiKey: 'sk-test-budget', baseUrl: mock.baseUrl, chatModel: 'gpt-test', embeddingModel: 'emb', timeoutMs: 2000, maxRetries: 0, dailyTokenBudget: 25, useEmbeddings: false };
    const storeA = openSqliteStore(file, silentLogger);
    const storeB = openSqliteStore(file, silentLogger);
    const a = createModels(config, silentLogger, storeA);
    const b = createModels(config, silentLogger, storeB);
    const call = (models: typeof a) => {
      mock.script.push({ content: '{"ok":true}', tokens: 10 });
      return guardedCompletion(models, [{ role: 'user', content: 'hello' }], { workspace: 'T1', purpose: 'answer' });
    };
    expect(await call(a)).toMatchObject({ ok: true });
    expect(await call(b)).toMatchObject({ ok: true });
    expect(await call(a)).toMatchObject({ ok: true }); // 20 < 25: still allowed
    const before = mock.requests.length;
    expect(await call(b)).toEqual({ ok: false, reason: 'budget' }); // 30 spent across both
    expect(await call(a)).toEqual({ ok: false, reason: 'budget' });
    expect(mock.requests.length).toBe(before);
    mock.script.length = 0;
    // Another workspace has its own budget.
    mock.script.push({ content: '{"ok":true}', tokens: 10 });
    expect(await guardedCompletion(b, [{ role: 'user', content: 'x' }], { workspace: 'T2', purpose: 'answer' })).toMatchObject({ ok: true });
    await storeA.close();
    await storeB.close();
  });
});
