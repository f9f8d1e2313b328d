/** The Slack adapter over Socket Mode: a local WebSocket server plays Slack, envelopes are acked. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { startSlack } from '../../../adapters/slack/index.js';
import { MusubiError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/logger.js';
import { createMemoryStore } from '../../../src/store/memory-store.js';
import { createFakeEngine } from '../../fakes/fake-engine.js';
import { startFakeSlack } from '../../fakes/fake-slack.js';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

describe('Slack adapter (Socket Mode)', () => {
  it('connects, acknowledges an events_api envelope and answers the mention', async () => {
    const http = createServer();
    const wss = new WebSocketServer({ server: http });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const wsUrl = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/`;
    const acks: unknown[] = [];
    let sentUnknownAt = 0;
    let unknownAckedAt = 0;
    wss.on('connection', (socket: WebSocket) => {
      socket.on('message', (data) => {
        const ack = JSON.parse(String(data)) as { envelope_id?: string };
        if (ack.envelope_id === 'env-2') unknownAckedAt = performance.now();
        acks.push(ack);
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' }, debug_info: { approximate_connection_time: 18060 } }));
      socket.send(
        JSON.stringify({
          envelope_id: 'env-1',
          type: 'events_api',
          accepts_response_payload: false,
          payload: { type: 'event_callback', team_id: 'T1', event_id: 'EvS1', event: { type: 'app_mention', user: 'U1', text: '<@UBOT> hi', ts: '9.1', channel: 'C9' } },
        }),
      );
      // An envelope Musubi has no listener for (a global shortcut) is acknowledged at once too.
      sentUnknownAt = performance.now();
      socket.send(JSON.stringify({ envelope_id: 'env-2', type: 'interactive', accepts_response_payload: false, payload: { type: 'shortcut', callback_id: 'nothing', team: { id: 'T1' }, user: { id: 'U1' }, trigger_id: 't' } }));
    });
    const slack = await startFakeSlack();
    // apps.connections.open hands out the local WebSocket URL.
    slack.connectionsOpenUrl = wsUrl;
    const engine = createFakeEngine();
    closers.push(() => slack.close(), () => new Promise((r) => http.close(() => r())), async () => wss.close());
    const adapter = await startSlack({ engine, store: createMemoryStore(), logger: silentLogger, config: { botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: slack.apiUrl, port: 0 } });
    closers.push(() => adapter.stop());
    const end = Date.now() + 5000;
    while (!slack.calls.some((c) => c.method === 'chat.update') && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    while (!unknownAckedAt && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(acks).toContainEqual(expect.objectContaining({ envelope_id: 'env-1' }));
    expect(unknownAckedAt).toBeGreaterThan(0);
    expect(unknownAckedAt - sentUnknownAt).toBeLessThan(1000);
    expect(slack.calls.find((c) => c.method === 'chat.update')?.body.channel).toBe('C9');
  });

  it('refuses a wrong bot token with a message that says what to do', async () => {
    const slack = await startFakeSlack();
    closers.push(() => slack.close());
    slack.failAuth = true;
    const started = startSlack({ engine: createFakeEngine(), store: createMemoryStore(), logger: silentLogger, config: { botToken: 'xoxb-wrong', signingSecret: 's', apiUrl: slack.apiUrl, port: 0 } });
    await expect(started).rejects.toBeInstanceOf(MusubiError);
    await expect(started).rejects.toThrow(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);
  });
});
