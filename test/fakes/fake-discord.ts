/**
 * A local Discord (REST + gateway) on 127.0.0.1 for discord.js tests: HELLO, heartbeat ACK,
 * READY then GUILD_CREATE with a channel on IDENTIFY; records REST calls; scriptable 429s.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const BOT_ID = '100000000000000001';
export const APP_ID = '200000000000000002';
export const GUILD_ID = '300000000000000003';
export const CHANNEL_ID = '400000000000000004';
/** A public thread in CHANNEL_ID, for follow-up questions. */
export const THREAD_ID = '400000000000000044';

export interface RestCall {
  readonly method: string;
  readonly path: string;
  readonly body: Record<string, unknown> | null;
  readonly at: number;
}

export interface FakeDiscord {
  readonly apiUrl: string;
  readonly calls: RestCall[];
  /** Messages GET /channels/:id/messages returns (newest first), paged by `before`. */
  history: Record<string, unknown>[];
  /** Paths (regex) that answer 429 once with retry_after. */
  rateLimitOnce: RegExp | null;
  dispatch(t: string, d: Record<string, unknown>): void;
  readonly identified: Promise<void>;
  close(): Promise<void>;
}

export const user = (id: string, username: string, bot = false) => ({ id, username, discriminator: '0', global_name: username as string | null, avatar: null as string | null, bot });
let nextId = 500000000000000000n;
const snowflake = () => String(nextId++);

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return { raw };
  }
}

export function messageJson(channelId: string, content: string, author = user(BOT_ID, 'musubi', true), extra: Record<string, unknown> = {}) {
  return { id: snowflake(), channel_id: channelId, guild_id: GUILD_ID, author, content, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0, ...extra };
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const sockets: WebSocket[] = [];
  let seq = 0;
  let resolveIdentified!: () => void;
  const identified = new Promise<void>((r) => (resolveIdentified = r));
  const state = { calls: [] as RestCall[], history: [] as Record<string, unknown>[], rateLimitOnce: null as RegExp | null };
  let wsUrl = '';

  const server: Server = createServer(async (req, res) => {
    const body = await readJson(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, '');
    state.calls.push({ method: req.method ?? 'GET', path, body, at: performance.now() });
    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      // A 204 has no body, so no JSON content type (discord.js would try to parse it).
      res.writeHead(status, json === undefined ? headers : { 'content-type': 'application/json', ...headers });
      res.end(json === undefined ? '' : JSON.stringify(json));
    };
    if (state.rateLimitOnce?.test(path)) {
      state.rateLimitOnce = null;
      return send(429, { message: 'You are being rate limited.', retry_after: 0.5, global: false }, { 'retry-after': '1', 'x-ratelimit-scope': 'user' });
    }
    if (path === '/gateway/bot' && req.headers.authorization === 'Bot bad-token') return send(401, { message: '401: Unauthorized', code: 0 });
    if (path === '/gateway/bot') return send(200, { url: wsUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
    let m: RegExpExecArray | null;
    if ((m = /^\/channels\/(\d+)\/typing$/.exec(path))) return send(204);
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path)) && req.method === 'GET') {
      const before = url.searchParams.get('before');
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const start = before ? state.history.findIndex((h) => h.id === before) + 1 : 0;
      return send(200, state.history.slice(start, start + limit));
    }
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path))) return send(200, messageJson(m[1]!, String(body?.content ?? ''), undefined, { embeds: body?.embeds ?? [] }));
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return url.searchParams.get('with_response') === 'true' ? send(200, { interaction: { id: '1', type: 2 }, resource: { type: (body as { type?: number })?.type ?? 5 } }) : send(204);
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path))) return send(200, messageJson(CHANNEL_ID, String(body?.content ?? ''), undefined, { embeds: body?.embeds ?? [], webhook_id: m[1], application_id: APP_ID }));
    if (/\/commands$/.test(path)) return send(200, (body as unknown as unknown[]) ?? []);
    return send(404, { message: 'Unknown', code: 0 });
  });
  const wss = new WebSocketServer({ server });
  wss.on('connection', (socket) => {
    sockets.push(socket);
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45000 } }));
    socket.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { op: number };
      if (msg.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (msg.op === 2) {
        socket.send(JSON.stringify({ op: 0, t: 'READY', s: ++seq, d: { v: 10, user: user(BOT_ID, 'musubi', true), guilds: [{ id: GUILD_ID, unavailable: true }], session_id: 'session', resume_gateway_url: wsUrl, application: { id: APP_ID, flags: 0 }, shard: [0, 1] } }));
        socket.send(
          JSON.stringify({
            op: 0,
            t: 'GUILD_CREATE',
            s: ++seq,
            d: { id: GUILD_ID, name: 'Musubi test', icon: null, owner_id: '1', unavailable: false, member_count: 2, roles: [{ id: GUILD_ID, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false }], emojis: [], stickers: [], features: [], members: [], voice_states: [], presences: [], threads: [{ id: THREAD_ID, type: 11, name: 'follow-ups', guild_id: GUILD_ID, parent_id: CHANNEL_ID, owner_id: '600000000000000006', thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false }, message_count: 2, member_count: 2 }], stage_instances: [], guild_scheduled_events: [], channels: [{ id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, position: 0, permission_overwrites: [] }] },
          }),
        );
        resolveIdentified();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  wsUrl = `ws://127.0.0.1:${port}`;
  return Object.assign(state, {
    apiUrl: `http://127.0.0.1:${port}/api`,
    identified,
    dispatch(t: string, d: Record<string, unknown>) {
      for (const s of sockets) s.send(JSON.stringify({ op: 0, t, s: ++seq, d }));
    },
    close: async () => {
      for (const s of sockets) s.terminate();
      wss.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  });
}

export function interactionJson(name: string, options: { name: string; type: number; value: string }[] = [], id = snowflake()) {
  return {
    id,
    application_id: APP_ID,
    type: 2,
    token: `token-${id}`,
    version: 1,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' },
    guild_id: GUILD_ID,
    app_permissions: '0',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    member: { user: user('600000000000000006', 'aiko'), roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, permissions: '0', flags: 0 },
    data: { id: '700000000000000007', name, type: 1, options },
  };
}

export const mentionJson = (content: string, extra: Record<string, unknown> = {}) =>
  messageJson(CHANNEL_ID, content, user('600000000000000006', 'aiko'), { mentions: [user(BOT_ID, 'musubi', true)], ...extra });
