import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { createProfileReader } from '../../../src/generation/profile-reader.js';
import { parseProfile } from '../../../src/matching/profile.js';
import type { ChatModel } from '../../../src/models/chat-model.js';
import { CircuitBreaker, DailyBudget } from '../../../src/models/resilience.js';
import { Gazetteer } from '../../../src/places/gazetteer.js';

const gazetteer = Gazetteer.load();

function reader(reply: () => Promise<string>) {
  const calls: string[] = [];
  const chat: ChatModel = { complete: async (messages) => { calls.push(messages[1]!.content); return { text: await reply(), tokens: 50 }; } };
  return { read: createProfileReader({ chat, logger: silentLogger, breaker: new CircuitBreaker(3, 60_000), budget: new DailyBudget(0), gazetteer: () => gazetteer }), calls };
}

describe('model reading of a matching request', () => {
  it('fills only what the offline reading left empty, with valid values', async () => {
    const request = 'We would love our pupils to meet kids abroad.';
    const offline = parseProfile(request, gazetteer);
    const { read } = reader(async () => JSON.stringify({ place: 'Hakui, Ishikawa', themes: ['youth-exchange', 'space-travel'], wanted_kind: 'city', wanted_country: 'US' }));
    const profile = await read(request, offline);
    expect(profile.themes).toEqual(['youth-exchange']);
    expect(profile.wantedKind).toBe('city');
    expect(profile.place?.nameEn).toBe('Hakui');
    expect(profile.wantedCountry).toBe('US');
  });

  it('does not ask the model about a request the offline reading understood, and survives failures', async () => {
    const full = parseProfile('Which Japanese city could be a sister city for Findlay, Ohio on youth exchange?', gazetteer);
    const asked = reader(async () => '{}');
    expect(await asked.read('x', full)).toBe(full);
    expect(asked.calls).toHaveLength(0);
    const offline = parseProfile('something vague', gazetteer);
    expect(await reader(async () => 'not json').read('something vague', offline)).toBe(offline);
    expect(await reader(async () => { throw new Error('timeout'); }).read('something vague', offline)).toBe(offline);
  });
});
