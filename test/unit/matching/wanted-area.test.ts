import { describe, expect, it } from 'vitest';
import { wantedAreaIn } from '../../../src/matching/wanted-area.js';
import { parseProfile } from '../../../src/matching/profile.js';
import { createMatcher } from '../../../src/matching/matcher.js';
import { kmBetween } from '../../../src/places/distance.js';
import path from 'node:path';
import { silentLogger } from '../../../src/core/logger.js';
import { loadPartnershipKnowledge } from '../../../src/knowledge/records-loader.js';
import { Gazetteer } from '../../../src/places/gazetteer.js';

const gazetteer = Gazetteer.load();

describe('wanted area: a city the partner should be near', () => {
  it('reads a city with a word of nearness, in English and Japanese (katakana by the dictionary spelling)', () => {
    expect(wantedAreaIn('We want a partner town somewhere near Brisbane', 'AU', null, gazetteer)?.anchor.nameEn).toBe('Brisbane');
    expect(wantedAreaIn('A partner in the Toronto area would suit us', 'CA', null, gazetteer)?.anchor.nameEn).toBe('Toronto');
    expect(wantedAreaIn('a town at the foot of Mount Tsukuba', 'JP', null, gazetteer)?.anchor.nameEn).toBe('Tsukuba');
    expect(wantedAreaIn('トロント近郊の町と交流したい', 'CA', null, gazetteer)?.anchor.nameEn).toBe('Toronto');
    // No country named: the city names it.
    expect(wantedAreaIn('ブリスベン周辺の町がいい', null, null, gazetteer)?.anchor.country).toBe('AU');
  });

  it('needs the word of nearness, the wanted country and a town of some size', () => {
    expect(wantedAreaIn('We love Brisbane and want a partner', 'AU', null, gazetteer)).toBeNull();
    expect(wantedAreaIn('A partner near Brisbane', 'NZ', null, gazetteer)).toBeNull();
    expect(wantedAreaIn('A partner near Nowhereville', 'AU', null, gazetteer)).toBeNull();
  });

  it('is part of the profile, and the matcher offers cities within reach of it', async () => {
    const request = 'Our town of 30,000 in Miyagi would like a sister city near Brisbane for school exchange';
    const profile = parseProfile(request, gazetteer);
    expect(profile.area?.anchor.nameEn).toBe('Brisbane');
    const knowledge = await loadPartnershipKnowledge({ knowledgeDir: path.resolve(import.meta.dirname, '..', '..', '..', 'knowledge'), logger: silentLogger });
    const matcher = createMatcher({ knowledge, gazetteer });
    const reply = await matcher.match(request);
    const brisbane = profile.area!.anchor;
    const cities = reply.suggestions.filter((s) => s.kind === 'city');
    expect(cities.length).toBeGreaterThanOrEqual(3);
    for (const s of cities) {
      const p = gazetteer.resolve(s.nameEn!, 'AU');
      expect(p && kmBetween(brisbane.lat!, brisbane.lon!, p.lat!, p.lon!)).toBeLessThan(120);
      expect(s.reasons.some((r) => /km from Brisbane|Brisbane itself/.test(r))).toBe(true);
    }
  });
});
