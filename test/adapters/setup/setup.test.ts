/** What a new admin follows: the README's Discord invite and Slack manifests match the code. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { INVITE_PERMISSIONS, invitePermissions, inviteUrl } from '../../../adapters/discord/permissions.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const manifest = (mode: string) => JSON.parse(readFileSync(path.join(ROOT, 'adapters', 'slack', `manifest.${mode}.json`), 'utf8')) as {
  features: { slash_commands: { command: string; url?: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { socket_mode_enabled: boolean; event_subscriptions: { request_url?: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url?: string } };
};

describe('Discord invite', () => {
  it('asks for exactly the permissions the README lists, with the number the README shows', () => {
    const expected = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.SendMessagesInThreads | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.ReadMessageHistory;
    expect(invitePermissions()).toBe(expected);
    const numbers = [...README.matchAll(/permissions=(\d+)/g)].map((m) => BigInt(m[1]!));
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) expect(n).toBe(expected);
    for (const name of ['View Channels', 'Send Messages', 'Send Messages in Threads', 'Embed Links', 'Read Message History']) expect(README.replace(/\s+/g, ' ')).toContain(name);
    expect(Object.keys(INVITE_PERMISSIONS)).toHaveLength(5);
    // Only the query is ours to check; the URL is never fetched.
    const invite = new URL(inviteUrl('123'));
    expect(invite.pathname).toBe('/oauth2/authorize');
    expect(Object.fromEntries(invite.searchParams)).toEqual({ client_id: '123', scope: 'bot applications.commands', permissions: String(expected) });
  });
});

describe('Slack manifests', () => {
  const socket = manifest('socket');
  const http = manifest('http');

  it('one per mode: Socket Mode on and no request URLs; HTTP off with every request URL set', () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain('request_url');
    expect(socket.features.slash_commands[0]!.url).toBeUndefined();
    expect(http.settings.socket_mode_enabled).toBe(false);
    // Every request URL is the README's placeholder host (to replace) with the events path.
    for (const url of [http.settings.event_subscriptions.request_url, http.settings.interactivity.request_url, http.features.slash_commands[0]!.url]) {
      const parsed = new URL(url!);
      expect([parsed.protocol, parsed.hostname, parsed.pathname]).toEqual(['https:', 'your-host', '/slack/events']);
    }
  });

  it('both ask for the same scopes, events and command, each explained in the README', () => {
    expect(socket.oauth_config).toEqual(http.oauth_config);
    expect(socket.settings.event_subscriptions.bot_events).toEqual(http.settings.event_subscriptions.bot_events);
    expect(socket.features.slash_commands[0]!.command).toBe('/musubi');
    expect(socket.settings.interactivity.is_enabled && http.settings.interactivity.is_enabled).toBe(true);
    for (const scope of socket.oauth_config.scopes.bot) expect(README).toContain(`\`${scope}\``);
    for (const event of socket.settings.event_subscriptions.bot_events) expect(README).toContain(`\`${event}\``);
    expect(README).toContain('adapters/slack/manifest.socket.json');
    expect(README).toContain('adapters/slack/manifest.http.json');
  });
});
