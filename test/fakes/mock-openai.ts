/**
 * A local OpenAI-compatible server: chat completions (JSON and SSE streaming) and embeddings.
 * Each test scripts the next responses (status, body, delay, headers) and reads the requests.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Scripted {
  status?: number;
  /** Chat: the assistant's message content. */
  content?: string;
  /** A raw body instead (malformed JSON tests). */
  raw?: string;
  delayMs?: number;
  headers?: Record<string, string>;
  tokens?: number;
}

export interface MockOpenAI {
  readonly baseUrl: string;
  readonly requests: { path: string; body: Record<string, unknown>; headers: Record<string, unknown> }[];
  readonly script: Scripted[];
  close(): Promise<void>;
}

export async function startMockOpenAI(): Promise<MockOpenAI> {
  const state = { requests: [] as MockOpenAI['requests'], script: [] as Scripted[] };
  const server: Server = createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
    state.requests.push({ path: req.url ?? '', body, headers: req.headers });
    if (req.url?.endsWith('/embeddings')) {
      const input = (body.input as string[]) ?? [];
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data: input.map((t, index) => ({ object: 'embedding', index, embedding: [t.length % 7, 1, (t.charCodeAt(0) ?? 0) % 5, 0.5] })), model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
      return;
    }
    const next = state.script.shift() ?? { content: '{"answer":"","citations":[],"grounded":false}' };
    if (next.delayMs) await new Promise((r) => setTimeout(r, next.delayMs));
    if (res.destroyed) return;
    const status = next.status ?? 200;
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'application/json', ...next.headers });
      res.end(JSON.stringify({ error: { message: 'scripted failure', type: 'server_error' } }));
      return;
    }
    if (body.stream) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const content = next.content ?? '';
      for (const piece of content.match(/.{1,8}/gs) ?? []) res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`);
      res.write(`data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: next.tokens ?? 10 } })}\n\n`);
      res.end('data: [DONE]\n\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', ...next.headers });
    res.end(next.raw ?? JSON.stringify({ id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: next.content ?? '' }, finish_reason: 'stop' }], usage: { prompt_tokens: 5, completion_tokens: 5, total_tokens: next.tokens ?? 10 } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return Object.assign(state, {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  });
}
