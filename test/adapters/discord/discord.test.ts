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
import { APP_ID, BOT_ID, CHANNEL_ID, GUILD_ID, THREAD_ID, interactionJson, mentionJson, messageJson, startFakeDiscord, user, type FakeDiscord } from '../../fakes/fake-discord.js';

let discord: FakeDiscord;
let adapter: RunningAdapter;
let engine: FakeEngine;
const store = createMemoryStore();
let originalAsk: FakeEngine['ask'];
const deferLatencies: number[] = [];

const until = async (check: () => boolean | Promise<boolean>, ms = 8000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
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

  it('marks a person\'s message that mentions Musubi as asked of it, so its names are not read as proposals', async () => {
    const aiko = user('600000000000000006', 'aiko');
    discord.history = [messageJson(CHANNEL_ID, `<@${BOT_ID}> any partner like Sapporo?`, aiko), messageJson(CHANNEL_ID, 'How about Crescent City?', aiko)];
    await command('summary');
    const messages = engine.calls.find((c) => c.method === 'summarize')!.args[0] as { text: string; toMusubi?: boolean }[];
    expect(messages.find((m) => m.text.includes('Sapporo'))!.toMusubi).toBe(true);
    expect(messages.find((m) => m.text.includes('Crescent'))!.toMusubi).toBeUndefined();
    discord.history = [];
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

  it('presses every button: ids under 100 characters; Add/Remove round-trip, More excludes what was shown, Show sources lists the passages', async () => {
    const scope = { workspace: GUILD_ID, channel: CHANNEL_ID };
    const customIds = (body: Record<string, unknown> | null) => ((body?.components ?? []) as { components: { custom_id: string }[] }[]).flatMap((r) => r.components.map((c) => c.custom_id));
    const press = async (customId: string) => {
      const before = discord.calls.length;
      discord.dispatch('INTERACTION_CREATE', { ...interactionJson('x'), type: 3, message: messageJson(CHANNEL_ID, ''), data: { custom_id: customId, component_type: 2 } });
      await until(() => discord.calls.slice(before).some((c) => c.method === 'PATCH' && /@original$/.test(c.path)));
      const calls = discord.calls.slice(before);
      return { callback: calls.find((c) => /\/callback$/.test(c.path))!.body!, edit: calls.find((c) => c.method === 'PATCH')!.body! };
    };

    discord.dispatch('MESSAGE_CREATE', mentionJson('<@100000000000000001> /match coastal town'));
    await until(() => posts(/\/channels\/\d+\/messages$/).length > 0);
    const first = posts(/\/channels\/\d+\/messages$/)[0]!.body;
    const ids = customIds(first);
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
    expect(ids.join(' ')).not.toContain('coastal');
    expect(first).toMatchObject({ allowed_mentions: { parse: [] } });
    // The record is stored after the post (it carries the message id): wait for it.
    await until(async () => (await store.listReplies(scope)).at(-1)?.command === 'match');
    expect((await store.listReplies(scope)).at(-1)).toMatchObject({ command: 'match', request: 'coastal town', shown: ['crescent-city'] });

    const added = await press(ids.find((id) => id.startsWith('musubi:add:'))!);
    expect(added.callback).toMatchObject({ type: 5, data: { flags: 64 } }); // deferred, ephemeral
    expect(JSON.stringify(added.edit)).toContain('Added to the shortlist: Crescent City');
    expect((await store.listShortlist(scope)).map((e) => [e.suggestion, e.addedBy])).toEqual([['Crescent City', 'aiko']]);

    const more = await press(ids.find((id) => id.startsWith('musubi:more:'))!);
    expect(JSON.stringify(more.edit)).toContain('TOMODACHI');
    expect(engine.calls.at(-1)).toMatchObject({ method: 'match', args: ['coastal town', { exclude: ['crescent-city'] }] });
    const more2 = await press(customIds(more.edit).find((id) => id.startsWith('musubi:more:'))!);
    expect(JSON.stringify(more2.edit)).toContain('JUSSCA');
    expect(engine.calls.at(-1)).toMatchObject({ method: 'match', args: ['coastal town', { exclude: ['crescent-city', 'program:tomodachi'] }] });

    discord.calls.length = 0;
    await command('shortlist');
    const list = discord.calls.find((c) => c.method === 'PATCH')!.body;
    expect(JSON.stringify(list)).toContain('Crescent City');
    const removed = await press(customIds(list).find((id) => id.startsWith('musubi:rm:'))!);
    expect(JSON.stringify(removed.edit)).toContain('Removed from the shortlist');
    expect(await store.listShortlist(scope)).toEqual([]);

    discord.calls.length = 0;
    discord.dispatch('MESSAGE_CREATE', mentionJson('<@100000000000000001> How did it start?'));
    await until(() => posts(/\/channels\/\d+\/messages$/).length > 0);
    const answerIds = customIds(posts(/\/channels\/\d+\/messages$/)[0]!.body);
    const asks = engine.calls.filter((c) => c.method === 'ask').length;
    const sources = await press(answerIds.find((id) => id.startsWith('musubi:src:'))!);
    expect(JSON.stringify(sources.edit)).toContain('KAMOME」が津波で流され');
    expect(engine.calls.filter((c) => c.method === 'ask').length).toBe(asks);
    const up = answerIds.find((id) => id.startsWith('musubi:up:'))!;
    const thanks = await press(up);
    expect(JSON.stringify(thanks.edit)).toContain('Thanks for the feedback');
    expect(store.feedback.at(-1)).toMatchObject({ vote: 'up', user: 'aiko', target: up.split(':')[2] });
  });

  it('passes a thread\'s earlier turns as context for a follow-up question', async () => {
    const aiko = { id: '600000000000000006', username: 'aiko', discriminator: '0', global_name: 'aiko', avatar: null, bot: false };
    // Newest first, as Discord returns them; Musubi's earlier answer is an embed with no content.
    discord.history = [
      messageJson(THREAD_ID, '', undefined, { embeds: [{ description: '2018年に姉妹都市になりました。' }] }),
      messageJson(THREAD_ID, '<@100000000000000001> 陸前高田市とクレセントシティの関係は？', aiko),
    ];
    discord.dispatch('MESSAGE_CREATE', mentionJson('<@100000000000000001> And in which year did they sign it?', { channel_id: THREAD_ID }));
    await until(() => engine.calls.some((c) => c.method === 'ask'));
    const [question, options] = engine.calls.find((c) => c.method === 'ask')!.args as [string, { context: { role: string; text: string }[] }];
    expect(question).toBe('And in which year did they sign it?');
    expect(options.context).toEqual([
      { role: 'user', text: '陸前高田市とクレセントシティの関係は？' },
      { role: 'assistant', text: '2018年に姉妹都市になりました。' },
    ]);
    // The reply is posted after the engine answers: wait for it, so it cannot land in the next test.
    await until(() => posts(/\/channels\/\d+\/messages$/).length > 0);
    discord.history = [];
  });

  it('answers a mention with no text with a short helpful reply', async () => {
    discord.dispatch('MESSAGE_CREATE', mentionJson('<@100000000000000001>'));
    await until(() => posts(/\/channels\/\d+\/messages$/).length > 0);
    expect(JSON.stringify(posts(/\/channels\/\d+\/messages$/)[0]!.body)).toContain('help in en');
  });

  it('reads Musubi\'s own suggestions as data for a summary (embeds have no content)', async () => {
    const recordsBefore = (await store.listReplies({ workspace: GUILD_ID, channel: CHANNEL_ID })).length;
    discord.dispatch('MESSAGE_CREATE', mentionJson('<@100000000000000001> /match coastal town'));
    await until(() => posts(/\/channels\/\d+\/messages$/).length > 0);
    await until(async () => (await store.listReplies({ workspace: GUILD_ID, channel: CHANNEL_ID })).length > recordsBefore);
    const [record] = (await store.listReplies({ workspace: GUILD_ID, channel: CHANNEL_ID })).slice(-1);
    // The channel's history holds that reply (an embed, empty content) under its message id.
    discord.history = [messageJson(CHANNEL_ID, '', undefined, { id: record!.messageIds[0], embeds: [{ title: 'Candidates', fields: [{ name: '1. Crescent City', value: 'x' }] }] })];
    discord.calls.length = 0;
    await command('summary');
    const messages = engine.calls.find((c) => c.method === 'summarize')!.args[0] as { isMusubi: boolean; suggestions?: { id: string }[] }[];
    expect(messages[0]).toMatchObject({ isMusubi: true, suggestions: [{ id: 'crescent-city' }] });
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
