/** No secret leaks through error text: servers on 127.0.0.1 echo the Authorization header back. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../../adapters/slack/index.js';
import { loadConfig } from '../../../src/config/config.js';
import { createStreamLogger } from '../../../src/core/logger.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { createFakeEngine } from '../../fakes/fake-engine.js';
import { startEchoAuthServer, type EchoAuthServer } from '../../fakes/echo-auth-server.js';
import { freePort } from '../../fakes/fake-slack.js';
import { runCli } from '../../fakes/run-cli.js';

// Shaped like no known credential, so only the configured-secret rule can catch it.
const OPENAI_KEY = 'plainkey-0a1b2c3d4e5f6a7b8c9d';
const SLACK_TOKEN = 'xoxb-111-222-leakcheckvalue';
const DISCORD_TOKEN = 'discord-token-value-0123456789abcdef';

let server: EchoAuthServer;
beforeAll(async () => {
  server = await startEchoAuthServer();
});
afterAll(() => server.close());

function capture() {
  const lines: string[] = [];
  return { lines, logger: createStreamLogger('debug', { write: (l: string) => lines.push(l) }) };
}

describe('redaction at the edge', () => {
  it('OpenAI: the embeddings fallback warning names the failure, not the key', async () => {
    const config = loadConfig({ OPENAI_API_KEY: OPENAI_KEY, OPENAI_BASE_URL: `${server.url}/v1`, OPENAI_MAX_RETRIES: '0' });
    const { createModels, modelVectorSide } = await import('../../../src/models/create-models.js');
    const { lines, logger } = capture();
    const side = await modelVectorSide(createModels(config.openai!, logger), {} as never, '/nonexistent-cache', logger);
    expect(side).toBeUndefined();
    expect(server.seen.some((h) => h.includes(OPENAI_KEY))).toBe(true);
    const out = lines.join('');
    expect(out).toMatch(/Model embeddings are unavailable/);
    expect(out).toMatch(/Invalid credentials/);
    expect(out).not.toContain(OPENAI_KEY);
  });

  it('Slack: a rejected token stops start-up with a message and logs that never show it', async () => {
    loadConfig({ SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: 'signing-secret-for-test' });
    const { lines, logger } = capture();
    const error = await startSlack({
      engine: createFakeEngine(),
      store: createMemoryStore(),
      logger,
      config: { botToken: SLACK_TOKEN, signingSecret: 'signing-secret-for-test', apiUrl: `${server.url}/api/`, port: await freePort() },
    }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toBeDefined();
    expect(server.seen.some((h) => h.includes(SLACK_TOKEN))).toBe(true);
    expect(`${error!.message}${lines.join('')}`).not.toContain('leakcheckvalue');
  });

  it('Discord: discord:register exits 3 on a rejected token and never prints it', async () => {
    const r = await runCli([], {
      entry: 'adapters/discord/register.ts',
      env: { DISCORD_TOKEN, DISCORD_APPLICATION_ID: '123456789012', DISCORD_GUILD_ID: '210987654321', DISCORD_API_URL: `${server.url}/api` },
    });
    expect(server.seen.some((h) => h.includes(DISCORD_TOKEN))).toBe(true);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Discord rejected DISCORD_TOKEN/);
    expect(r.stdout + r.stderr).not.toContain(DISCORD_TOKEN);
  });
});
