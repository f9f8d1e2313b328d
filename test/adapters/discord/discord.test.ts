/** The Discord adapter with a real discord.js client against a local gateway and REST. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDiscord, type RunningAdapter } from '../../../adapters/discord/index.js';
import { registerCommands } from '../../../adapters/discord/register.js';
import { DISCORD_LIMITS } from '../../../adapters/discord/render.js';
import { createStreamLogger, silentLogger } from '../../../src/core/logger.js';
import type { AnswerReply } from '../../../src/core/types.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { CANNED_ANSWER, createFakeEngine, type FakeEngine } from '../../fakes/fake-engine.js';
import { MusubiError } from '../../../src/core/errors.js';
import { APP_ID, CHANNEL_ID, GUILD_ID, interactionJson, mentionJson, messageJson, startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';

let discord: FakeDiscord;
let adapter: RunningAdapter;
let engine: FakeEngine;
const store = createMemoryStore();
let originalAsk: FakeEngine['ask'];
const deferLatencies: number[] = [];

const until = async (check: () => boolean, ms = 8000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for the adapter; calls: ${JSON.stringify(discord.calls.map((c) => [c.method, c.path]))}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};
const posts = (re: RegExp, method = 'POST') => discord.calls.filter((c) => c.method === method && re.test(c.path));

beforeAll(async () => {
  discord = await startFakeDiscord();
  engine = createFakeEngine();
  originalAsk = engine.ask;
  adapter = await startDiscord({ engine, store, logger: process.env.DEBUG_DISCORD ? createStreamLogger('debug') : silentLogger, config: { token: 'test-token', applicationId: APP_ID, apiUrl: discord.apiUrl } });
});
afterAll(async () => {
  await adapter?.stop();
  await discord?.close();
  const sorted = [...deferLatencies].sort((a, b) => a - b);
  if (sorted.length) console.log(`Discord defer latency over ${sorted.length} interactions: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, worst ${sorted.at(-1)!.toFixed(1)} ms`);
});
beforeEach(() => {
  discord.calls.length = 0;
  engine.calls.length = 0;
  engine.ask = originalAsk;
});

async function command(name: string, options: { name: string; type: number; value: string }[] = []) {
  const sent = performance.now();
  discord.dispatch('INTERACTION_CREATE', interactionJson(name, options));
  await until(() => posts(/\/callback$/).length > 0);
  deferLatencies.push(posts(/\/callback$/)[0]!.at - sent);
  await until(() => discord.calls.some((c) => c.method === 'PATCH' && /@original$/.test(c.path)));
}

describe('Discord adapter', () => {
  it('answers a mention with the answer and its citations', async () => {
    discord.dispatch('MESSAGE_CREATE', mentionJson('<@100000000000000001> How did it start?'));
    await until(() => posts(/\/channels\/\d+\/messages$/).length > 0);
    const body = JSON.stringify(posts(/\/channels\/\d+\/messages$/)[0]!.body);
    expect(body).toContain('KAMOME');
    expect(body).toContain('CULCON SND Working Group Final Report');
    expect(engine.calls[0]).toMatchObject({ method: 'ask', args: ['How did it start?', expect.anything()] });
  });

  it('ignores other bots and its own messages, and handles one gateway event once', async () => {
    const bot = messageJson(CHANNEL_ID, '<@100000000000000001> hi', { id: '9', username: 'otherbot', discriminator: '0', global_name: null, avatar: null, bot: true });
    discord.dispatch('MESSAGE_CREATE', bot);
    const once = mentionJson('<@100000000000000001> once?');
    discord.dispatch('MESSAGE_CREATE', once);
    discord.dispatch('MESSAGE_CREATE', once);
    await until(() => posts(/\/channels\/\d+\/messages$/).length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(engine.calls.filter((c) => c.method === 'ask')).toHaveLength(1);
  });

  it('defers /ask within 3 s, then edits the original response with the answer', async () => {
    await command('ask', [{ name: 'question', type: 3, value: '陸前高田の交流は？' }]);
    expect(posts(/\/callback$/)[0]!.body).toMatchObject({ type: 5 });
    expect(deferLatencies.at(-1)!).toBeLessThan(3000);
    const edit = discord.calls.find((c) => c.method === 'PATCH')!;
    expect(JSON.stringify(edit.body)).toContain('KAMOME');
  });

  it('returns /match suggestions as embed fields with reasons and sources', async () => {
    await command('match', [{ name: 'request', type: 3, value: 'coastal town' }, { name: 'country', type: 3, value: 'us' }]);
    const edit = discord.calls.find((c) => c.method === 'PATCH')!.body as { embeds: { fields?: { name: string; value: string }[] }[] };
    expect(edit.embeds[0]!.fields![0]!.name).toMatch(/Crescent City/);
    expect(edit.embeds[0]!.fields![0]!.value).toMatch(/tsunami/);
    expect(engine.calls.find((c) => c.method === 'match')!.args[1]).toMatchObject({ country: 'US' });
  });

  it('splits a long answer into several messages, each within Discord limits, Japanese intact', async () => {
    const long: AnswerReply = { ...CANNED_ANSWER, text: '陸前高田市とクレセントシティの交流。'.repeat(1200) };
    engine.ask = async () => long;
    await command('ask', [{ name: 'question', type: 3, value: 'long' }]);
    await until(() => posts(/^\/webhooks\/\d+\/[^/]+$/).length > 0);
    const bodies = [discord.calls.find((c) => c.method === 'PATCH')!, ...posts(/^\/webhooks\/\d+\/[^/]+$/)].map((c) => c.body as { content?: string; embeds: { description?: string; fields?: { name: string; value: string }[]; title?: string }[] });
    expect(bodies.length).toBeGreaterThan(1);
    let text = '';
    for (const b of bodies) {
      expect((b.content ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
      expect(b.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
      let total = 0;
      for (const e of b.embeds) {
        expect((e.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
        expect((e.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
        for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
        total += (e.description ?? '').length + (e.title ?? '').length + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
        text += e.description ?? '';
      }
      expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    }
    expect(text).not.toMatch(/\uFFFD/);
  });

  it('shows a visible message when the engine fails', async () => {
    engine.ask = async () => {
      throw new Error('boom');
    };
    await command('ask', [{ name: 'question', type: 3, value: 'fail' }]);
    expect(JSON.stringify(discord.calls.find((c) => c.method === 'PATCH')!.body)).toMatch(/Sorry — something went wrong/);
  });

  it('waits out a 429 from the REST API and still delivers the reply', async () => {
    discord.rateLimitOnce = /\/channels\/\d+\/messages$/;
    discord.dispatch('MESSAGE_CREATE', mentionJson('<@100000000000000001> busy?'));
    await until(() => posts(/\/channels\/\d+\/messages$/).length >= 2, 10000);
    expect(JSON.stringify(posts(/\/channels\/\d+\/messages$/).at(-1)!.body)).toContain('KAMOME');
  });

  it('summarises the channel, reading its history page by page', async () => {
    discord.history = Array.from({ length: 150 }, (_, i) => messageJson(CHANNEL_ID, i === 3 ? 'How about Crescent City?' : 'ok'));
    await command('summary');
    const reads = discord.calls.filter((c) => c.method === 'GET' && /\/messages$/.test(c.path));
    expect(reads.length).toBe(2);
    const messages = engine.calls.find((c) => c.method === 'summarize')!.args[0] as unknown[];
    expect(messages).toHaveLength(150);
  });

  it('registers the commands on the guild route when DISCORD_GUILD_ID is set', async () => {
    const { route, count } = await registerCommands({ token: 't', applicationId: APP_ID, guildId: GUILD_ID, apiUrl: discord.apiUrl });
    expect(route).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    const put = discord.calls.find((c) => c.method === 'PUT')!;
    expect(put.path).toBe(route);
    expect((put.body as unknown as { name: string }[]).map((c) => c.name)).toEqual(['ask', 'match', 'programs', 'summary', 'shortlist', 'help']);
    expect(count).toBe(6);
  });

  it('refuses a wrong token with a message that says what to do', async () => {
    const started = startDiscord({ engine, store: createMemoryStore(), logger: silentLogger, config: { token: 'bad-token', applicationId: APP_ID, apiUrl: discord.apiUrl } });
    await expect(started).rejects.toBeInstanceOf(MusubiError);
    await expect(started).rejects.toThrow(/Discord rejected DISCORD_TOKEN/);
  });

  it('adds to the shortlist from a button and lists it with /shortlist', async () => {
    const base = interactionJson('x');
    const message = messageJson(CHANNEL_ID, 'suggestions');
    discord.dispatch('INTERACTION_CREATE', { ...base, type: 3, message, data: { custom_id: 'musubi:add:Crescent City', component_type: 2 } });
    await until(() => posts(/\/callback$/).length > 0);
    expect(posts(/\/callback$/)[0]!.body).toMatchObject({ type: 4 });
    expect((await store.listShortlist({ workspace: GUILD_ID, channel: CHANNEL_ID })).map((e) => e.suggestion)).toEqual(['Crescent City']);
    discord.calls.length = 0;
    await command('shortlist');
    expect(JSON.stringify(discord.calls.find((c) => c.method === 'PATCH')!.body)).toContain('Crescent City');
  });

  it('streams a model answer into the deferred reply, throttled, and finishes with the full answer', async () => {
    engine.ask = async (question, options) => {
      for (let i = 1; i <= 10; i++) options?.onPartial?.(`part ${i}`);
      await new Promise((r) => setTimeout(r, 50));
      return { ...CANNED_ANSWER, question };
    };
    await command('ask', [{ name: 'question', type: 3, value: 'stream' }]);
    await until(() => discord.calls.some((c) => c.method === 'PATCH' && JSON.stringify(c.body).includes('KAMOME')));
    const edits = discord.calls.filter((c) => c.method === 'PATCH');
    expect(edits.length).toBeLessThanOrEqual(2);
    expect(JSON.stringify(edits.at(-1)!.body)).toContain('KAMOME');
  });
});
