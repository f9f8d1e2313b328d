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
  type ChannelScope,
  type ChatMessage,
  type Config,
  type Logger,
  type Musubi,
  type MusubiStore,
} from '../../src/index.js';
import { createEventClaims } from '../shared/event-claims.js';
import type { RunningAdapter } from '../shared/running-adapter.js';
export type { RunningAdapter } from '../shared/running-adapter.js';
import { throttle, type Throttled } from '../shared/throttle.js';
import { attachRecords, createChatLayer, errorReply, type ChatResult } from '../shared/chat-layer.js';
import { readConversation, toTurns } from './conversation.js';
import { renderReply, replyMetadata, type SlackMessage } from './render.js';

export interface SlackAdapterDeps {
  readonly engine: Musubi;
  readonly config: NonNullable<Config['slack']>;
  readonly store: MusubiStore;
  readonly logger: Logger;
  /** Reply ids (tests inject a deterministic one). */
  readonly newId?: () => string;
}

const PLACEHOLDER = '考えています… / Thinking…';
/** At most one streamed edit per 1.5 s: well inside chat.update's ~50 a minute. */
export const STREAM_UPDATE_MS = 1500;

/** Removes `<@U123>` mentions (the bot's and others') from a message's text. */
export const stripMentions = (text: string) => text.replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Acknowledges at once every envelope Musubi has no listener for (shortcuts, view submissions,
 * unknown types), instead of letting the receiver wait 3 s and answer 404. Wraps the app's
 * `processEvent`, which every receiver (HTTP and Socket Mode) calls.
 */
function acknowledgeUnknownEnvelopes(app: App, logger: Logger) {
  const process = app.processEvent.bind(app);
  app.processEvent = async (event) => {
    const body = event.body as { type?: string; event?: unknown; command?: string; actions?: { action_id?: string }[] };
    const handled = Boolean(body.event) || body.type === 'event_callback' || body.command === '/musubi' || (body.type === 'block_actions' && (body.actions ?? []).some((a) => a.action_id?.startsWith('musubi:')));
    if (!handled) {
      logger.debug('slack: acknowledged an envelope Musubi does not handle', { type: body.type ?? body.command ?? 'unknown' });
      await event.ack();
      return;
    }
    await process(event);
  };
}

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

export async function startSlack({ engine, config, store, logger, newId, now = Date.now }: SlackAdapterDeps & { now?: () => number }): Promise<RunningAdapter> {
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
  const layer = createChatLayer({ engine, store, ...(newId ? { newId } : {}) });
  acknowledgeUnknownEnvelopes(app, logger);

  /** The thread or channel as plain messages, with Musubi's suggestions attached as data. */
  async function conversation(client: WebClient, scope: ChannelScope, threadTs: string | undefined): Promise<ChatMessage[]> {
    const messages = await readConversation(client, scope.channel, threadTs, botUserId, scope.workspace);
    const records = await store.listReplies(scope).catch(() => []);
    return attachRecords(messages, records, (m) => m.ts);
  }

  /** Posts the reply's messages (the first replaces the placeholder) with metadata; returns their ts. */
  async function deliver(client: WebClient, channel: string, threadTs: string | undefined, placeholderTs: string | undefined, messages: readonly SlackMessage[], metadata?: ReturnType<typeof replyMetadata>): Promise<string[]> {
    const ids: string[] = [];
    const [first, ...rest] = messages;
    if (first && placeholderTs) {
      await client.chat.update({ channel, ts: placeholderTs, text: first.text, blocks: first.blocks, ...(metadata ? { metadata } : {}) });
      ids.push(placeholderTs);
    } else if (first) ids.push(((await client.chat.postMessage({ channel, thread_ts: threadTs, text: first.text, blocks: first.blocks, ...(metadata ? { metadata } : {}) })).ts as string) ?? '');
    for (const m of rest) ids.push(((await client.chat.postMessage({ channel, thread_ts: threadTs, text: m.text, blocks: m.blocks, ...(metadata ? { metadata } : {}) })).ts as string) ?? '');
    return ids;
  }

  async function record(scope: ChannelScope, result: ChatResult, ids: readonly string[]) {
    await layer.recordPosted(scope, result, ids).catch((error: unknown) => logger.warn('slack: could not record the reply', { error: String(error) }));
  }

  /** Answers a mention or DM: placeholder, chat layer, update; a failure becomes a visible message. */
  async function answerMessage(client: WebClient, channel: string, text: string, ts: string, threadTs: string | undefined, inThread: boolean, team: string | undefined) {
    const language = detectLanguage(text);
    const replyThread = inThread ? threadTs ?? ts : undefined;
    const scope: ChannelScope = { workspace: team ?? 'slack', channel };
    let placeholderTs: string | undefined;
    let partial: Throttled<string> | undefined;
    try {
      const placeholder = await client.chat.postMessage({ channel, thread_ts: replyThread, text: PLACEHOLDER });
      placeholderTs = placeholder.ts;
      // A model that streams updates the placeholder as it writes, within chat.update's rate limit.
      partial = throttle((t: string) => client.chat.update({ channel, ts: placeholderTs!, text: `${t} …` }), STREAM_UPDATE_MS);
      // The thread is read at most once per message, and only when the request needs it.
      let thread: Promise<ChatMessage[]> | undefined;
      const readThread = () => (thread ??= threadTs ? readConversation(client, channel, threadTs, botUserId) : Promise.resolve([]));
      const result = await layer.handle({
        text: stripMentions(text),
        scope,
        context: async () => toTurns((await readThread()).filter((m) => m.ts !== ts && m.ts !== placeholderTs)),
        conversation: () => conversation(client, scope, threadTs),
        threadMessageIds: async () => (await readThread()).map((m) => m.ts ?? ''),
        onPartial: partial,
      });
      await partial.cancel();
      if (result.reply.kind === 'error') logger.error('slack: could not answer', { code: result.reply.code });
      const ids = await deliver(client, channel, replyThread, placeholderTs, renderReply(result.reply, result.id), replyMetadata(result.reply, result.id));
      await record(scope, result, ids);
    } catch (error) {
      await partial?.cancel();
      const e = asMusubiError(error);
      logger.error('slack: could not answer', { code: e.code, cause: String((e.cause as Error | undefined)?.message ?? e.message) });
      await deliver(client, channel, replyThread, placeholderTs, renderReply(errorReply(language, e), '-')).catch((err) => logger.error('slack: could not post the error message', { error: String(err) }));
    }
  }

  app.event('app_mention', async ({ event, body, client }) => {
    if (!(await firstTime((body as { event_id?: string }).event_id ?? `${event.channel}:${event.ts}`))) return;
    if ((event as { bot_id?: string }).bot_id || event.user === botUserId) return;
    await answerMessage(client, event.channel, event.text ?? '', event.ts, event.thread_ts, true, (body as { team_id?: string }).team_id);
  });

  app.event('message', async ({ event, body, client }) => {
    const m = event as { channel_type?: string; subtype?: string; bot_id?: string; user?: string; text?: string; channel: string; ts: string; thread_ts?: string };
    if (m.channel_type !== 'im' || m.subtype || m.bot_id || m.user === botUserId) return;
    if (!(await firstTime((body as { event_id?: string }).event_id ?? `${m.channel}:${m.ts}`))) return;
    await answerMessage(client, m.channel, m.text ?? '', m.ts, m.thread_ts, Boolean(m.thread_ts), (body as { team_id?: string }).team_id);
  });

  app.command('/musubi', async ({ command, ack, respond, client }) => {
    await ack();
    const scope: ChannelScope = { workspace: command.team_id, channel: command.channel_id };
    const result = await layer.handle({ text: command.text ?? '', commandSurface: true, scope, conversation: () => conversation(client, scope, undefined) });
    if (result.reply.kind === 'error') logger.error('slack: command failed', { code: result.reply.code });
    const ephemeral = ['help', 'shortlist', 'error', 'notice'].includes(result.reply.kind);
    const messages = renderReply(result.reply, result.id);
    try {
      if (!ephemeral) {
        // Posted as the bot, so the reply has a ts and metadata the summary reads back as data;
        // where the bot is not in the channel, the response_url still works.
        const ids = await deliver(client, command.channel_id, undefined, undefined, messages, replyMetadata(result.reply, result.id)).catch((error: unknown) => {
          logger.debug('slack: posting the command reply failed; using response_url', { error: String(error) });
          return null;
        });
        if (ids) {
          await record(scope, result, ids);
          return;
        }
      }
      for (const m of messages) await respond({ response_type: ephemeral ? 'ephemeral' : 'in_channel', text: m.text, blocks: m.blocks });
      await record(scope, result, []);
    } catch (error) {
      logger.error('slack: could not respond to the command', { error: String(error) });
    }
  });

  app.action(/^musubi:/, async ({ ack, action, body, respond, client }) => {
    await ack();
    const a = action as { action_id: string };
    const b = body as { user?: { id?: string; name?: string; username?: string }; team?: { id?: string }; channel?: { id?: string }; message?: { ts?: string; thread_ts?: string; text?: string } };
    const scope: ChannelScope = { workspace: b.team?.id ?? 'slack', channel: b.channel?.id ?? 'dm' };
    const user = b.user?.name ?? b.user?.username ?? b.user?.id ?? 'someone';
    const pressed = await layer.press(a.action_id, { scope, user, messageLink: b.message?.ts ? `slack://channel?id=${scope.channel}&message=${b.message.ts}` : null, language: detectLanguage(b.message?.text ?? '') });
    if (!pressed) return;
    const { result, ephemeral } = pressed;
    try {
      if (!ephemeral && b.channel?.id) {
        // "More suggestions" is a reply for the channel: posted in the thread, with metadata, and recorded.
        const ids = await deliver(client, b.channel.id, b.message?.thread_ts ?? b.message?.ts, undefined, renderReply(result.reply, result.id), replyMetadata(result.reply, result.id));
        await record(scope, result, ids);
      } else {
        for (const m of renderReply(result.reply, result.id)) await respond({ response_type: ephemeral ? 'ephemeral' : 'in_channel', replace_original: false, text: m.text, blocks: m.blocks });
        await record(scope, result, []);
      }
    } catch (error) {
      logger.error('slack: action failed', { error: String(error) });
    }
  });

  if (config.appToken) await app.start();
  else await app.start(config.port);
  logger.info(`Slack adapter running (${config.appToken ? 'Socket Mode' : `HTTP on port ${config.port}, /slack/events`}).`);
  return { stop: async () => void (await app.stop()) };
}
