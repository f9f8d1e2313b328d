/**
 * The Slack adapter (Bolt): mentions, DMs, `/musubi` subcommands and buttons. It acknowledges
 * first and works after, posts a placeholder and updates it, answers each event once (Slack
 * retries are de-duplicated by event id), replies in the thread with the thread's earlier turns
 * as context, and turns failures into a visible message. Socket Mode when SLACK_APP_TOKEN is
 * set, otherwise Bolt's HTTP receiver on PORT at /slack/events.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import {
  asMusubiError,
  detectLanguage,
  MusubiError,
  parseCommand,
  type ChannelScope,
  type Config,
  type Logger,
  type Musubi,
  type MusubiStore,
  type Reply,
} from '../../src/index.js';
import { createEventClaims } from '../shared/event-claims.js';
import type { RunningAdapter } from '../shared/running-adapter.js';
export type { RunningAdapter } from '../shared/running-adapter.js';
import { throttle, type Throttled } from '../shared/throttle.js';
import { readConversation, toTurns } from './conversation.js';
import { errorMessage, renderReply, type SlackMessage } from './render.js';

export interface SlackAdapterDeps {
  readonly engine: Musubi;
  readonly config: NonNullable<Config['slack']>;
  readonly store: MusubiStore;
  readonly logger: Logger;
}

const PLACEHOLDER = '考えています… / Thinking…';
/** At most one streamed edit per 1.5 s: well inside chat.update's ~50 a minute. */
export const STREAM_UPDATE_MS = 1500;

function boltLogger(logger: Logger) {
  let level = LogLevel.INFO;
  const fmt = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...m: unknown[]) => logger.debug(`slack: ${fmt(m)}`),
    info: (...m: unknown[]) => logger.info(`slack: ${fmt(m)}`),
    warn: (...m: unknown[]) => logger.warn(`slack: ${fmt(m)}`),
    error: (...m: unknown[]) => logger.error(`slack: ${fmt(m)}`),
    setLevel: (l: typeof level) => void (level = l),
    getLevel: () => level,
    setName: () => {},
  };
}

/** Requests signed more than this far in the future are refused, as Bolt refuses stale ones. */
export const MAX_FUTURE_SKEW_S = 5 * 60;

/** Bolt's HTTP receiver, refusing requests whose timestamp lies more than five minutes ahead (replays with a forged clock). */
function httpReceiver(signingSecret: string, logger: Logger, now: () => number): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret, logger: boltLogger(logger) });
  const verified = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const ts = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(ts) && ts - now() / 1000 > MAX_FUTURE_SKEW_S) {
      logger.warn('slack: refused a request dated more than 5 minutes in the future');
      res.writeHead(401).end();
      return;
    }
    verified(req, res);
  };
  return receiver;
}

export async function startSlack({ engine, config, store, logger, now = Date.now }: SlackAdapterDeps & { now?: () => number }): Promise<RunningAdapter> {
  const app = new App({
    token: config.botToken,
    ...(config.appToken ? { appToken: config.appToken, socketMode: true } : { receiver: httpReceiver(config.signingSecret ?? '', logger, now) }),
    clientOptions: {
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      // Rate-limited calls wait for Retry-After; other failures retry a little, then surface.
      retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
    },
    logger: boltLogger(logger),
    deferInitialization: true,
  });
  try {
    await app.init();
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (!code) throw new MusubiError('config_invalid', `Could not reach the Slack Web API${config.apiUrl ? ` at ${config.apiUrl}` : ''}: ${(error as Error).message}. Check the network or SLACK_API_URL.`, { cause: error });
    throw new MusubiError('config_invalid', `Slack rejected SLACK_BOT_TOKEN (${code}). Copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page into .env.`, { cause: error });
  }
  const auth = await app.client.auth.test().catch(() => ({ user_id: undefined, team_id: undefined }));
  const botUserId = auth.user_id as string | undefined;
  // Retries are answered once across restarts and replicas: event ids are claimed in the store.
  const firstTime = createEventClaims(store, logger, 'slack');

  /** Posts the reply's messages: the first replaces the placeholder, the rest follow in the thread. */
  async function deliver(client: WebClient, channel: string, threadTs: string | undefined, placeholderTs: string | undefined, messages: readonly SlackMessage[]) {
    const [first, ...rest] = messages;
    if (first && placeholderTs) await client.chat.update({ channel, ts: placeholderTs, text: first.text, blocks: first.blocks });
    else if (first) await client.chat.postMessage({ channel, thread_ts: threadTs, text: first.text, blocks: first.blocks });
    for (const m of rest) await client.chat.postMessage({ channel, thread_ts: threadTs, text: m.text, blocks: m.blocks });
  }

  /** Answers a mention or DM: placeholder, engine, update; a failure becomes a visible message. */
  async function answerMessage(client: WebClient, channel: string, text: string, ts: string, threadTs: string | undefined, inThread: boolean, team: string | undefined) {
    const language = detectLanguage(text);
    const replyThread = inThread ? threadTs ?? ts : undefined;
    let placeholderTs: string | undefined;
    let partial: Throttled<string> | undefined;
    try {
      const placeholder = await client.chat.postMessage({ channel, thread_ts: replyThread, text: PLACEHOLDER });
      placeholderTs = placeholder.ts;
      const command = parseCommand(text.replace(/<@[A-Z0-9]+>/g, ''));
      const scope: ChannelScope = { workspace: team ?? 'slack', channel };
      let reply: Reply;
      if (command.name === 'help') reply = engine.help(language);
      else if (command.name === 'match') reply = await engine.match(command.text, { workspace: scope.workspace });
      else if (command.name === 'programs') reply = await engine.programs(command.text, { workspace: scope.workspace });
      else if (command.name === 'summary') reply = await engine.summarize(await readConversation(client, channel, threadTs, botUserId), { scope });
      else {
        const context = threadTs ? toTurns((await readConversation(client, channel, threadTs, botUserId)).filter((m) => m.ts !== ts && m.ts !== placeholderTs)) : [];
        // A model that streams updates the placeholder as it writes, within chat.update's rate limit.
        partial = throttle((text: string) => client.chat.update({ channel, ts: placeholderTs!, text: `${text} …` }), STREAM_UPDATE_MS);
        reply = await engine.ask(command.text, { context, workspace: scope.workspace, onPartial: partial });
        await partial.cancel();
      }
      await deliver(client, channel, replyThread, placeholderTs, renderReply(reply));
    } catch (error) {
      await partial?.cancel();
      const e = asMusubiError(error);
      logger.error('slack: could not answer', { code: e.code, cause: String((e.cause as Error | undefined)?.message ?? e.message) });
      const friendly = errorMessage(language, e.code === 'internal' ? undefined : e.message);
      await deliver(client, channel, replyThread, placeholderTs, [friendly]).catch((err) => logger.error('slack: could not post the error message', { error: String(err) }));
    }
  }

  app.event('app_mention', async ({ event, body, client }) => {
    if (!(await firstTime((body as { event_id?: string }).event_id ?? `${event.channel}:${event.ts}`))) return;
    if ((event as { bot_id?: string }).bot_id || event.user === botUserId) return;
    await answerMessage(client, event.channel, event.text, event.ts, event.thread_ts, true, (body as { team_id?: string }).team_id);
  });

  app.event('message', async ({ event, body, client }) => {
    const m = event as { channel_type?: string; subtype?: string; bot_id?: string; user?: string; text?: string; channel: string; ts: string; thread_ts?: string };
    if (m.channel_type !== 'im' || m.subtype || m.bot_id || m.user === botUserId || !m.text) return;
    if (!(await firstTime((body as { event_id?: string }).event_id ?? `${m.channel}:${m.ts}`))) return;
    await answerMessage(client, m.channel, m.text, m.ts, m.thread_ts, Boolean(m.thread_ts), (body as { team_id?: string }).team_id);
  });

  app.command('/musubi', async ({ command, ack, respond, client }) => {
    await ack();
    const parsed = parseCommand(command.text ?? '');
    const language = detectLanguage(parsed.text || command.text || '');
    const scope: ChannelScope = { workspace: command.team_id, channel: command.channel_id };
    try {
      let reply: Reply | null = null;
      if (parsed.name === 'help' || (!parsed.text && parsed.name === 'ask')) reply = engine.help(language);
      else if (parsed.name === 'ask') reply = await engine.ask(parsed.text, { workspace: scope.workspace });
      else if (parsed.name === 'match') reply = await engine.match(parsed.text, { workspace: scope.workspace });
      else if (parsed.name === 'programs') reply = await engine.programs(parsed.text, { workspace: scope.workspace });
      else if (parsed.name === 'summary') reply = await engine.summarize(await readConversation(client, command.channel_id, undefined, botUserId), { scope });
      if (reply) {
        for (const m of renderReply(reply)) await respond({ response_type: reply.kind === 'help' ? 'ephemeral' : 'in_channel', text: m.text, blocks: m.blocks });
        return;
      }
      // shortlist
      const entries = await store.listShortlist(scope);
      const ja = language === 'ja';
      const blocks = entries.length
        ? entries.flatMap((e) => [
            { type: 'section', text: { type: 'mrkdwn', text: `*${e.suggestion}* — ${e.addedBy}, ${e.addedAt.slice(0, 10)}` }, accessory: { type: 'button', text: { type: 'plain_text', text: ja ? '削除' : 'Remove' }, action_id: `musubi_shortlist_remove_${e.id}`, value: String(e.id) } },
          ]).slice(0, 50)
        : [{ type: 'section', text: { type: 'mrkdwn', text: ja ? '候補リストは空です。' : 'The shortlist is empty.' } }];
      await respond({ response_type: 'ephemeral', text: ja ? '候補リスト' : 'Shortlist', blocks });
    } catch (error) {
      const e = asMusubiError(error);
      logger.error('slack: command failed', { code: e.code });
      const m = errorMessage(language, e.code === 'internal' ? undefined : e.message);
      await respond({ response_type: 'ephemeral', text: m.text, blocks: m.blocks });
    }
  });

  app.action(/^musubi_/, async ({ ack, action, body, respond }) => {
    await ack();
    const a = action as { action_id: string; value?: string };
    const b = body as { user?: { id?: string; name?: string }; team?: { id?: string }; channel?: { id?: string }; message?: { ts?: string } };
    const scope: ChannelScope = { workspace: b.team?.id ?? 'slack', channel: b.channel?.id ?? 'dm' };
    const user = b.user?.name ?? b.user?.id ?? 'someone';
    try {
      if (a.action_id === 'musubi_feedback_up' || a.action_id === 'musubi_feedback_down') {
        await store.recordFeedback(scope, { target: a.value ?? b.message?.ts ?? '', targetKind: 'answer', vote: a.action_id.endsWith('up') ? 'up' : 'down', user });
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'Thanks for the feedback! / フィードバックありがとうございます。' });
      } else if (a.action_id.startsWith('musubi_shortlist_add_')) {
        const { id, name } = JSON.parse(a.value ?? '{}') as { id?: string; name?: string };
        const entry = await store.addToShortlist(scope, { suggestion: name ?? id ?? '?', suggestionId: id, addedBy: user, messageLink: b.message?.ts ?? null });
        await respond({ response_type: 'ephemeral', replace_original: false, text: `Added to the shortlist: ${entry.suggestion}` });
      } else if (a.action_id.startsWith('musubi_shortlist_remove_')) {
        const removed = await store.removeFromShortlist(scope, Number(a.value));
        await respond({ response_type: 'ephemeral', replace_original: false, text: removed ? 'Removed from the shortlist.' : 'That entry was already removed.' });
      } else if (a.action_id === 'musubi_more') {
        const { request, exclude } = JSON.parse(a.value ?? '{}') as { request?: string; exclude?: string[] };
        const reply = await engine.match(request ?? '', { exclude, workspace: scope.workspace });
        for (const m of renderReply(reply)) await respond({ response_type: 'in_channel', replace_original: false, text: m.text, blocks: m.blocks });
      } else if (a.action_id === 'musubi_sources') {
        const reply = await engine.ask(a.value ?? '', { workspace: scope.workspace });
        const text = reply.passages.slice(0, 5).map((p, i) => `[${i + 1}] ${p.title}${p.page ? ` p.${p.page}` : ''}: ${p.text.replace(/\s+/g, ' ').slice(0, 400)}`).join('\n\n');
        await respond({ response_type: 'ephemeral', replace_original: false, text: text || 'No sources.' });
      }
    } catch (error) {
      const e = asMusubiError(error);
      logger.error('slack: action failed', { code: e.code });
      await respond({ response_type: 'ephemeral', replace_original: false, text: errorMessage('en').text });
    }
  });

  if (config.appToken) await app.start();
  else await app.start(config.port);
  logger.info(`Slack adapter running (${config.appToken ? 'Socket Mode' : `HTTP on port ${config.port}, /slack/events`}).`);
  return { stop: async () => void (await app.stop()) };
}
