import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { loadPartnershipKnowledge } from '../../../src/knowledge/records-loader.js';
import { createMatcher, suggestionIdentity, type Matcher } from '../../../src/matching/matcher.js';
import { ProgramSchema } from '../../../src/knowledge/schemas.js';
import { Gazetteer } from '../../../src/places/gazetteer.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let matcher: Matcher;

beforeAll(async () => {
  const knowledge = await loadPartnershipKnowledge({
    knowledgeDir: path.join(ROOT, 'knowledge'),
    extraRecordFiles: [path.join(ROOT, 'test/fixtures/us-japan-sister-cities.csv')],
    logger: silentLogger,
  });
  matcher = createMatcher({ knowledge, gazetteer: Gazetteer.load() });
});

describe('matcher', () => {
  it('takes one place proposed by two sources for one suggestion, and two programs for two', () => {
    const boston = { kind: 'city' as const, country: 'US', nameEn: 'Boston', name: 'Boston, Massachusetts' };
    expect(suggestionIdentity({ ...boston, id: 'place:us:ma:boston' })).toBe(suggestionIdentity({ ...boston, id: 'city:us:ma:boston', name: 'ボストン市' }));
    expect(suggestionIdentity({ ...boston, id: 'city:us:boston', country: 'GB' })).not.toBe(suggestionIdentity({ ...boston, id: 'city:us:ma:boston' }));
    expect(suggestionIdentity({ id: 'program:jet', kind: 'program', country: 'JP', nameEn: 'JET', name: 'JET' })).not.toBe(suggestionIdentity({ id: 'program:jet-alumni', kind: 'program', country: 'JP', nameEn: 'JET', name: 'JET' }));
  });

  it('ranks a program whose whole scope a broad request covers above one it covers a third of', async () => {
    const program = (id: string, name: string, themes: string[]) => ProgramSchema.parse({ id, kind: 'program', name_en: name, name_ja: null, description_en: 'A scheme.', themes });
    const knowledge = { records: [], warnings: [], programs: [program('wide', 'Alpha Scheme', ['food', 'sports', 'peace']), program('narrow', 'Zeta Scheme', ['peace'])] };
    const reply = await createMatcher({ knowledge, gazetteer: Gazetteer.load() }).match('Which programme fits our peace, food culture and tourism projects with schools?', { kind: 'program' });
    expect(reply.suggestions.map((s) => s.nameEn)).toEqual(['Zeta Scheme', 'Alpha Scheme']);
  });

  it('ranks a program the best-matching report passage names above an equal one no passage names', async () => {
    const program = (id: string, name: string, ja: string) => ProgramSchema.parse({ id, kind: 'program', name_en: name, name_ja: ja, description_en: 'A scheme.', themes: ['peace'] });
    const knowledge = { records: [], warnings: [], programs: [program('a', 'Alpha Scheme', 'アルファ事業'), program('b', 'Beta Scheme', 'ベータ事業')] };
    const passages = () => ['地域の平和学習ではベータ事業を活用した。', '平和の取組は各地にある。'];
    const reply = await createMatcher({ knowledge, gazetteer: Gazetteer.load(), passages }).match('Which programme fits our peace projects?', { kind: 'program' });
    expect(reply.suggestions.map((s) => s.nameEn)).toEqual(['Beta Scheme', 'Alpha Scheme']);
    const without = await createMatcher({ knowledge, gazetteer: Gazetteer.load() }).match('Which programme fits our peace projects?', { kind: 'program' });
    expect(without.suggestions.map((s) => s.nameEn)).toEqual(['Alpha Scheme', 'Beta Scheme']);
  });

  it('reads "small" without a figure as the size of a typical town: no metropolis leads', async () => {
    const reply = await matcher.match('Which US city could partner with our small fishing town in Iwate?');
    const cities = reply.suggestions.filter((s) => s.kind === 'city');
    expect(cities.length).toBeGreaterThan(0);
    expect(cities[0]!.nameEn).not.toBe('Los Angeles');
    expect(cities.slice(0, 3).every((c) => !/Los Angeles|San Diego|San Jose/.test(c.nameEn ?? ''))).toBe(true);
  });

  it('parses a Japanese request into themes, country and kind, and answers in Japanese', async () => {
    const reply = await matcher.match('津波を経験した小さな沿岸の町です。米国の高校生と交流できる相手を探しています');
    expect(reply.language).toBe('ja');
    expect(reply.profile).toMatchObject({ wanted_country: 'US', size: 'small', coastal: true });
    expect(reply.profile.themes).toEqual(expect.arrayContaining(['disaster-recovery', 'youth-exchange']));
    expect(reply.suggestions[0]!.nameEn).toBe('Crescent City');
    expect(reply.suggestions[0]!.reasons.join(' ')).toMatch(/先行事例/);
    expect(reply.suggestions[0]!.evidence[0]!.quote.length).toBeGreaterThan(5);
  });

  it('suggests the sister prefecture first for a county in Maryland, with the precedent', async () => {
    const reply = await matcher.match("Our county in Maryland wants a Japanese partner for its community college's elder-care training.");
    expect(reply.suggestions[0]).toMatchObject({ kind: 'region', nameEn: expect.stringMatching(/Kanagawa/), country: 'JP' });
    expect(reply.suggestions[0]!.reasons.join(' ')).toMatch(/sister-state tie/);
    expect(new Set(reply.suggestions.map((s) => s.kind)).size).toBeGreaterThan(1);
  });

  it('resolves the place in Japanese or English the same way and finds US cities for it', async () => {
    const ja = await matcher.match('', { forPlace: '羽咋市', country: 'US' });
    const en = await matcher.match('', { forPlace: 'Hakui, Ishikawa', country: 'US' });
    expect(ja.profile.place).toEqual(en.profile.place);
    expect(en.suggestions.map((s) => s.nameEn)).toEqual(ja.suggestions.map((s) => s.nameEn));
    expect(ja.suggestions.every((s) => s.country === 'US' && s.kind === 'city')).toBe(true);
  });

  it('shows an existing partnership as existing, after the new proposals', async () => {
    const reply = await matcher.match('', { forPlace: '札幌市', country: 'US', top: 50 });
    const portland = reply.suggestions.find((s) => s.nameEn === 'Portland');
    expect(portland?.existing).toBe(true);
    expect(reply.suggestions.at(-1)!.existing).toBe(true);
    expect(reply.suggestions[0]!.existing).toBe(false);
  });

  it('uses imported precedents: a city with partners in the same prefecture ranks high (leave-one-out)', async () => {
    // Honolulu partners with Naha (Okinawa) and Hiroshima; asking for another Hiroshima city should surface it.
    const reply = await matcher.match('', { forPlace: '呉市', country: 'US', top: 10 });
    expect(reply.suggestions.map((s) => s.nameEn)).toContain('Honolulu');
  });

  it('reports an unknown place instead of guessing', async () => {
    const reply = await matcher.match('', { forPlace: 'Atlantis, Nowhere', country: 'US' });
    expect(reply.warnings.join(' ')).toMatch(/Unknown place "Atlantis, Nowhere"/);
  });

  it('suggests programs with reasons and evidence for a program request', async () => {
    const reply = await matcher.match('Our students should pick up artificial intelligence skills: is there a program for that?');
    expect(reply.suggestions.every((s) => s.kind === 'program')).toBe(true);
    expect(reply.suggestions.map((s) => s.nameEn)).toContain('IBM SkillsBuild');
    for (const s of reply.suggestions) expect(s.evidence.length).toBeGreaterThan(0);
  });
});
