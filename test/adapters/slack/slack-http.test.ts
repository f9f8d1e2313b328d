/** The Slack adapter with a real Bolt app over HTTP, against a local fake Slack Web API. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSlack, type RunningAdapter } from '../../../adapters/slack/index.js';
import { SLACK_LIMITS } from '../../../adapters/slack/render.js';
import { silentLogger } from '../../../src/core/logger.js';
import type { AnswerReply } from '../../../src/core/types.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { CANNED_ANSWER, createFakeEngine, type FakeEngine } from '../../fakes/fake-engine.js';
import { freePort, signedHeaders, startFakeSlack, type FakeSlack } from '../../fakes/fake-slack.js';

const SECRET = 'test-signing-secret';
let slack: FakeSlack;
let adapter: RunningAdapter;
let engine: FakeEngine;
let port: number;
let originalAsk: FakeEngine['ask'];
const store = createMemoryStore();
const ackTimes: number[] = [];

async function post(body: string, contentType: string, headers: Record<string, string> = signedHeaders(SECRET, body)) {
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
  ackTimes.push(performance.now() - started);
  return res;
}
const postEvent = (event: Record<string, unknown>, eventId: string, headers?: Record<string, string>) => {
  const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: eventId, event_time: 1, event });
  return post(body, 'application/json', { ...signedHeaders(SECRET, body), ...headers });
};
const postCommand = (text: string) => post(new URLSearchParams({ command: '/musubi', text, team_id: 'T1', channel_id: 'C1', user_id: 'U1', user_name: 'aiko', response_url: `${slack.url}/respond/1`, trigger_id: 't' }).toString(), 'application/x-www-form-urlencoded');
const until = async (check: () => boolean | Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting for the adapter');
    await new Promise((r) => setTimeout(r, 20));
  }
};
const calls = (method: string) => slack.calls.filter((c) => c.method === method);

beforeAll(async () => {
  slack = await startFakeSlack();
  engine = createFakeEngine();
  originalAsk = engine.ask;
  port = await freePort();
  adapter = await startSlack({ engine, store, logger: silentLogger, config: { botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: slack.apiUrl, port } });
});
afterAll(async () => {
  await adapter.stop();
  await slack.close();
  const sorted = [...ackTimes].sort((a, b) => a - b);
  console.log(`Slack ack latency over ${sorted.length} requests: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, worst ${sorted.at(-1)!.toFixed(1)} ms`);
});
beforeEach(() => {
  slack.calls.length = 0;
  slack.responses.length = 0;
  engine.calls.length = 0;
});

describe('Slack adapter (HTTP receiver)', () => {
  it('answers a signed app_mention in the thread: placeholder first, then the answer with citations', async () => {
    const res = await postEvent({ type: 'app_mention', user: 'U1', text: '<@UBOT> How did it start?', ts: '111.1', channel: 'C1' }, 'Ev1');
    expect(res.status).toBe(200);
    await until(() => calls('chat.update').length === 1);
    expect(calls('chat.postMessage')[0]!.body).toMatchObject({ channel: 'C1', thread_ts: '111.1', text: '考えています… / Thinking…' });
    const update = JSON.stringify(calls('chat.update')[0]!.body);
    expect(update).toContain('KAMOME');
    expect(update).toContain('CULCON SND Working Group Final Report');
    expect(engine.calls[0]).toMatchObject({ method: 'ask', args: ['How did it start?', expect.anything()] });
  });

  it('answers a direct message', async () => {
    await postEvent({ type: 'message', channel_type: 'im', user: 'U1', text: '陸前高田について', ts: '222.1', channel: 'D1' }, 'Ev2');
    await until(() => calls('chat.update').length === 1);
    expect(calls('chat.postMessage')[0]!.body.channel).toBe('D1');
  });

  it('answers an event delivered twice (Slack retry) exactly once, and ignores bots', async () => {
    const event = { type: 'app_mention', user: 'U1', text: '<@UBOT> hello', ts: '333.1', channel: 'C1' };
    await postEvent(event, 'Ev3');
    await postEvent(event, 'Ev3', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await postEvent({ ...event, bot_id: 'B9', ts: '333.2' }, 'Ev3b');
    await until(() => calls('chat.update').length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(calls('chat.update')).toHaveLength(1);
    expect(engine.calls.filter((c) => c.method === 'ask')).toHaveLength(1);
  });

  it('rejects a bad signature and a stale timestamp with 401 and no answer', async () => {
    const body = JSON.stringify({ type: 'event_callback', event_id: 'Ev4', event: { type: 'app_mention', user: 'U1', text: 'x', ts: '1', channel: 'C1' } });
    expect((await post(body, 'application/json', signedHeaders('wrong-secret', body))).status).toBe(401);
    expect((await post(body, 'application/json', signedHeaders(SECRET, body, Math.floor(Date.now() / 1000) - 600))).status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(engine.calls).toHaveLength(0);
  });

  it.each([
    ['ask How did it start?', 'ask', 'channel'],
    ['How did it start?', 'ask', 'channel'],
    ['match coastal town', 'match', 'channel'],
    ['programs youth', 'programs', 'channel'],
    ['summary', 'summarize', 'channel'],
    ['shortlist', null, 'ephemeral'],
    ['help', null, 'ephemeral'],
  ])('acknowledges `/musubi %s` at once and answers (in the channel as the bot, or privately)', async (text, method, where) => {
    slack.thread = [{ user: 'U1', text: 'How about Crescent City?', ts: '1.1' }];
    const res = await postCommand(text);
    expect(res.status).toBe(200);
    expect(ackTimes.at(-1)!).toBeLessThan(3000);
    if (where === 'channel') {
      await until(() => calls('chat.postMessage').length >= 1);
      const body = calls('chat.postMessage')[0]!.body;
      expect(body).toMatchObject({ channel: 'C1', metadata: { event_type: 'musubi_reply' } });
      expect(JSON.stringify(body)).not.toMatch(/Sorry/);
    } else {
      await until(() => slack.responses.length >= 1);
      expect(slack.responses[0]).toMatchObject({ response_type: 'ephemeral' });
    }
    if (method) expect(engine.calls.map((c) => c.method)).toEqual([method]);
  });

  it('answers a command through response_url when it cannot post to the channel', async () => {
    slack.rateLimitPosts = 0;
    slack.failPosts = 1;
    await postCommand('ask How did it start?');
    await until(() => slack.responses.length >= 1);
    expect(slack.responses[0]).toMatchObject({ response_type: 'in_channel' });
    expect(JSON.stringify(slack.responses[0])).toContain('KAMOME');
  });

  it('splits an answer longer than the limits into several messages, each within Block Kit limits', async () => {
    const long: AnswerReply = { ...CANNED_ANSWER, text: '陸前高田市とクレセントシティの交流。'.repeat(900) + ' 😀'.repeat(50) };
    engine.ask = async () => long;
    await postEvent({ type: 'app_mention', user: 'U1', text: '<@UBOT> long please', ts: '555.1', channel: 'C1' }, 'Ev5');
    await until(() => calls('chat.update').length === 1 && calls('chat.postMessage').length >= 2);
    const messages = [calls('chat.update')[0]!, ...calls('chat.postMessage').slice(1)].map((c) => c.body.blocks as { text?: { text: string }; elements?: unknown[] }[]);
    expect(messages.length).toBeGreaterThan(1);
    for (const blocks of messages) {
      expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
      expect(JSON.stringify(blocks).length).toBeLessThan(12000);
      for (const b of blocks) {
        if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        if (b.elements) expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.actionsElements);
      }
    }
    const all = messages.flatMap((blocks) => blocks.map((b) => b.text?.text ?? '')).join('');
    expect(all).not.toMatch(/\uFFFD/);
    expect(all).toContain('😀');
    engine.ask = originalAsk;
  });

  it('retries a chat.postMessage that got 429 with Retry-After instead of losing it', async () => {
    slack.rateLimitPosts = 1;
    await postEvent({ type: 'app_mention', user: 'U1', text: '<@UBOT> busy?', ts: '666.1', channel: 'C1' }, 'Ev6');
    await until(() => calls('chat.update').length === 1, 8000);
    expect(calls('chat.postMessage').length).toBe(2); // the 429, then the retry
  });

  it('turns an engine failure into a visible message in the thread', async () => {
    engine.ask = async () => {
      throw new Error('boom');
    };
    await postEvent({ type: 'app_mention', user: 'U1', text: '<@UBOT> fail please', ts: '777.1', channel: 'C1' }, 'Ev7');
    await until(() => calls('chat.update').length === 1);
    expect(JSON.stringify(calls('chat.update')[0]!.body)).toMatch(/Sorry — something went wrong/);
    engine.ask = originalAsk;
  });

  it('passes the thread’s earlier turns as context for a follow-up', async () => {
    slack.thread = [
      { user: 'U1', text: '<@UBOT> ポートランド市と札幌市の関係は？', ts: '800.1' },
      { user: 'UBOT', text: '1959年に姉妹都市…', ts: '800.2' },
      { user: 'U1', text: '<@UBOT> それはいつ？', ts: '800.3' },
    ];
    await postEvent({ type: 'app_mention', user: 'U1', text: '<@UBOT> それはいつ？', ts: '800.3', thread_ts: '800.1', channel: 'C1' }, 'Ev8');
    await until(() => calls('chat.update').length === 1);
    const options = engine.calls.find((c) => c.method === 'ask')!.args[1] as { context: { role: string; text: string }[] };
    expect(options.context).toEqual([
      { role: 'user', text: 'ポートランド市と札幌市の関係は？' },
      { role: 'assistant', text: '1959年に姉妹都市…' },
    ]);
    expect(calls('conversations.replies').length).toBeGreaterThanOrEqual(2); // paginated (2 per page)
  });

  it('presses every button: buttons carry ids; Add/Remove round-trip, More excludes what was shown, Show sources lists the passages', async () => {
    const scope = { workspace: 'T1', channel: 'C7' };
    const action = (actionId: string, messageTs: string) =>
      post(
        new URLSearchParams({ payload: JSON.stringify({ type: 'block_actions', team: { id: 'T1' }, user: { id: 'U1', name: 'aiko' }, channel: { id: 'C7' }, message: { ts: messageTs, text: 'x' }, response_url: `${slack.url}/respond/2`, trigger_id: 't', actions: [{ type: 'button', action_id: actionId, value: actionId, block_id: 'b', action_ts: '1' }] }) }).toString(),
        'application/x-www-form-urlencoded',
      );
    const buttonsOf = (body: Record<string, unknown>) => (body.blocks as { type: string; elements?: { action_id: string; value: string }[]; accessory?: { action_id: string } }[]).flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])]).filter((e) => e.action_id?.startsWith('musubi:'));

    // A partner request: suggestions with Add and More buttons, and metadata recorded with the message.
    await postEvent({ type: 'app_mention', user: 'U1', text: '<@UBOT> /match coastal town', ts: '700.1', channel: 'C7' }, 'EvB1');
    await until(() => calls('chat.update').length === 1);
    const update = calls('chat.update')[0]!.body;
    const buttons = buttonsOf(update);
    for (const b of buttons) expect(b.action_id.length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(buttons)).not.toContain('coastal town'); // ids, never request text
    expect(update.metadata).toMatchObject({ event_type: 'musubi_reply', event_payload: { suggestions: [{ id: 'crescent-city', name: 'Crescent City' }] } });
    await until(async () => (await store.listReplies(scope)).length > 0); // stored after the update
    const [reply] = await store.listReplies(scope);
    expect(reply).toMatchObject({ command: 'match', request: 'coastal town', messageIds: [update.ts], shown: ['crescent-city'] });

    // Add to shortlist → the entry, by the presser, linked to the message.
    await action(buttons.find((b) => b.action_id.startsWith('musubi:add:'))!.action_id, String(update.ts));
    await until(() => slack.responses.length === 1);
    expect(JSON.stringify(slack.responses[0])).toContain('Added to the shortlist: Crescent City');
    expect((await store.listShortlist(scope)).map((e) => [e.suggestion, e.addedBy])).toEqual([['Crescent City', 'aiko']]);

    // More suggestions → the same request, excluding what was shown; twice grows the exclusions.
    await action(buttons.find((b) => b.action_id.startsWith('musubi:more:'))!.action_id, String(update.ts));
    await until(() => calls('chat.postMessage').some((c) => JSON.stringify(c.body).includes('TOMODACHI')));
    const more = calls('chat.postMessage').find((c) => JSON.stringify(c.body).includes('TOMODACHI'))!.body;
    expect(more.thread_ts).toBe(update.ts);
    expect(engine.calls.at(-1)).toMatchObject({ method: 'match', args: ['coastal town', { exclude: ['crescent-city'] }] });
    await action(buttonsOf(more).find((b) => b.action_id.startsWith('musubi:more:'))!.action_id, '701.1');
    await until(() => calls('chat.postMessage').some((c) => JSON.stringify(c.body).includes('JUSSCA')));
    expect(engine.calls.at(-1)).toMatchObject({ method: 'match', args: ['coastal town', { exclude: ['crescent-city', 'program:tomodachi'] }] });

    // The shortlist with its Remove button → removed.
    await post(new URLSearchParams({ command: '/musubi', text: 'shortlist', team_id: 'T1', channel_id: 'C7', user_id: 'U1', user_name: 'aiko', response_url: `${slack.url}/respond/3`, trigger_id: 't' }).toString(), 'application/x-www-form-urlencoded');
    await until(() => slack.responses.length === 2);
    expect(JSON.stringify(slack.responses[1])).toContain('Crescent City');
    await action(buttonsOf(slack.responses[1]!).find((b) => b.action_id.startsWith('musubi:rm:'))!.action_id, '1.1');
    await until(() => slack.responses.length === 3);
    expect(JSON.stringify(slack.responses[2])).toContain('Removed from the shortlist');
    expect(await store.listShortlist(scope)).toEqual([]);

    // An answer: Show sources lists that reply's passages without asking again; 👍 is recorded for the reply.
    await postEvent({ type: 'app_mention', user: 'U1', text: '<@UBOT> How did it start?', ts: '702.1', channel: 'C7' }, 'EvB2');
    await until(() => calls('chat.update').length === 2);
    const answerButtons = buttonsOf(calls('chat.update')[1]!.body);
    const asks = engine.calls.filter((c) => c.method === 'ask').length;
    await action(answerButtons.find((b) => b.action_id.startsWith('musubi:src:'))!.action_id, '703.1');
    await until(() => slack.responses.length === 4);
    expect(JSON.stringify(slack.responses[3])).toContain('KAMOME」が津波で流され');
    expect(engine.calls.filter((c) => c.method === 'ask').length).toBe(asks);
    const up = answerButtons.find((b) => b.action_id.startsWith('musubi:up:'))!.action_id;
    await action(up, '703.1');
    await until(() => slack.responses.length === 5);
    expect(store.feedback.at(-1)).toMatchObject({ vote: 'up', user: 'aiko', target: up.split(':')[2] });
  });

  it('hands the summariser Musubi\'s suggestions from message metadata and the team\'s reactions, as data', async () => {
    slack.thread = [
      { user: 'U1', text: 'How about Crescent City?', ts: '1.1', reactions: [{ name: 'white_check_mark', users: ['U2'], count: 1 }] } as never,
      { bot_id: 'B1', user: 'UBOT', text: '1. A, 2. B', ts: '1.2', metadata: { event_type: 'musubi_reply', event_payload: { reply_id: 'r', kind: 'matches', suggestions: [{ id: 'crescent-city', name: 'Crescent City', name_ja: 'クレセントシティ', name_en: 'Crescent City', kind: 'city', country: 'US', existing: true }] } } } as never,
    ];
    await postCommand('summary');
    await until(() => engine.calls.some((c) => c.method === 'summarize'));
    const messages = engine.calls.find((c) => c.method === 'summarize')!.args[0] as { isMusubi: boolean; suggestions?: { id: string; nameJa: string }[]; reactions?: unknown[] }[];
    expect(calls('conversations.history')[0]!.body).toMatchObject({ include_all_metadata: 'true' });
    // conversations.history is newest first; the summariser reads oldest first.
    const musubi = messages.find((m) => m.isMusubi)!;
    expect(musubi.suggestions).toMatchObject([{ id: 'crescent-city', nameJa: 'クレセントシティ' }]);
    expect(messages.find((m) => !m.isMusubi)!.reactions).toEqual([{ meaning: 'approve', users: ['U2'], count: 1 }]);
    slack.thread = [];
  });

  it('marks a person\'s message that mentions Musubi as asked of it, so its names are not read as proposals', async () => {
    slack.thread = [{ user: 'U1', text: '<@UBOT> any partner like Sapporo?', ts: '2.1' } as never, { user: 'U2', text: 'How about Crescent City?', ts: '2.2' } as never];
    engine.calls.length = 0;
    await postCommand('summary');
    await until(() => engine.calls.some((c) => c.method === 'summarize'));
    const messages = engine.calls.find((c) => c.method === 'summarize')!.args[0] as { text: string; toMusubi?: boolean }[];
    expect(messages.find((m) => m.text.includes('Sapporo'))!.toMusubi).toBe(true);
    expect(messages.find((m) => m.text.includes('Crescent'))!.toMusubi).toBeUndefined();
    slack.thread = [];
  });

  it('acknowledges an envelope it has no listener for at once, instead of after 3 s', async () => {
    const started = performance.now();
    const res = await post(new URLSearchParams({ payload: JSON.stringify({ type: 'shortcut', callback_id: 'unknown', team: { id: 'T1' }, user: { id: 'U1' }, trigger_id: 't' }) }).toString(), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('answers a mention with no text with a short helpful reply', async () => {
    await postEvent({ type: 'app_mention', user: 'U1', text: '<@UBOT>', ts: '704.1', channel: 'C1' }, 'EvEmpty');
    await until(() => calls('chat.update').length === 1);
    expect(JSON.stringify(calls('chat.update')[0]!.body)).toContain('help in en');
    expect(engine.calls.map((c) => c.method)).toEqual([]);
  });

  it('streams a model answer into the placeholder, throttled, and finishes with the full answer', async () => {
    engine.ask = async (question, options) => {
      for (let i = 1; i <= 10; i++) options?.onPartial?.(`part ${i}`);
      await new Promise((r) => setTimeout(r, 50));
      return { ...CANNED_ANSWER, question };
    };
    await postEvent({ type: 'app_mention', user: 'U1', text: '<@UBOT> stream please', ts: '990.1', channel: 'C1' }, 'Ev99');
    await until(() => calls('chat.update').some((c) => JSON.stringify(c.body).includes('KAMOME')));
    const updates = calls('chat.update');
    expect(updates.length).toBeLessThanOrEqual(2); // ten partials coalesced into at most one edit, then the answer
    expect(JSON.stringify(updates.at(-1)!.body)).toContain('KAMOME');
  });
});
