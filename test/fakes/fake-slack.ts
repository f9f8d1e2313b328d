/**
 * A local Slack Web API (and response_url) on 127.0.0.1 for Bolt tests: records every call,
 * answers auth.test, chat.*, conversations.* (paginated), and can answer 429 with Retry-After.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  readonly method: string;
  readonly body: Record<string, unknown>;
}

export interface FakeSlack {
  readonly url: string;
  readonly apiUrl: string;
  readonly calls: SlackCall[];
  readonly responses: Record<string, unknown>[];
  /** Messages conversations.replies/history return, split into pages of `pageSize`. */
  thread: { user?: string; text: string; ts: string; bot_id?: string }[];
  pageSize: number;
  /** How many chat.postMessage calls still get a 429. */
  rateLimitPosts: number;
  /** How many chat.postMessage calls still fail with not_in_channel. */
  failPosts: number;
  failAuth: boolean;
  /** What apps.connections.open returns (Socket Mode tests). */
  connectionsOpenUrl?: string;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  if ((req.headers['content-type'] ?? '').includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      out[k] = k === 'blocks' || k === 'attachments' || k === 'metadata' ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  let ts = 1000;
  const fake: Omit<FakeSlack, 'url' | 'apiUrl' | 'close'> & { connectionsOpenUrl?: string } = { calls: [], responses: [], thread: [], pageSize: 2, rateLimitPosts: 0, failPosts: 0, failAuth: false };
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(json));
    };
    if (req.url?.startsWith('/respond/')) {
      fake.responses.push(body);
      return send(200, { ok: true });
    }
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
    fake.calls.push({ method, body });
    switch (method) {
      case 'auth.test':
        return fake.failAuth ? send(200, { ok: false, error: 'invalid_auth' }) : send(200, { ok: true, user_id: 'UBOT', team_id: 'T1', bot_id: 'B1', user: 'musubi' });
      case 'chat.postMessage':
        if (fake.failPosts > 0) {
          fake.failPosts--;
          return send(200, { ok: false, error: 'not_in_channel' });
        }
        if (fake.rateLimitPosts > 0) {
          fake.rateLimitPosts--;
          return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
        }
        return send(200, { ok: true, channel: body.channel, ts: `${++ts}.000100` });
      case 'apps.connections.open':
        return send(200, { ok: true, url: fake.connectionsOpenUrl ?? 'ws://127.0.0.1:1/' });
      case 'chat.update':
        return send(200, { ok: true, channel: body.channel, ts: body.ts });
      case 'conversations.replies':
      case 'conversations.history': {
        const start = Number(body.cursor ?? 0);
        const page = fake.thread.slice(start, start + fake.pageSize);
        const next = start + fake.pageSize < fake.thread.length ? String(start + fake.pageSize) : '';
        return send(200, { ok: true, messages: page, has_more: Boolean(next), response_metadata: { next_cursor: next } });
      }
      default:
        return send(200, { ok: true });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    apiUrl: `http://127.0.0.1:${port}/api/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** Headers for a correctly signed Slack request (v0 HMAC-SHA256 of v0:{ts}:{body}). */
export function signedHeaders(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
