/**
 * A hostile local server on 127.0.0.1: every request gets an error whose body echoes the
 * Authorization header back (as some proxies and misconfigured servers do). Redaction tests use
 * it to prove that no secret reaches a log line or a message.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EchoAuthServer {
  readonly url: string;
  /** Authorization headers received, to prove the secret really was sent and echoed. */
  readonly seen: string[];
  close(): Promise<void>;
}

export async function startEchoAuthServer(status = 401): Promise<EchoAuthServer> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    const auth = String(req.headers.authorization ?? '');
    seen.push(auth);
    const message = `Invalid credentials in header Authorization: ${auth}`;
    res.writeHead(status, { 'content-type': 'application/json' });
    // Shaped so OpenAI, Slack and Discord clients all surface the message.
    res.end(JSON.stringify({ ok: false, error: message, message, code: 0, errors: { auth: { _errors: [{ code: 'X', message }] } } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
