import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { loadPartnershipKnowledge } from '../../../src/knowledge/records-loader.js';
import { createMatcher, type Matcher } from '../../../src/matching/matcher.js';
import { Gazetteer } from '../../../src/places/gazetteer.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let matcher: Matcher;

// A small list of ties of its own: Ishikawa towns with Australian and Canadian towns, one town that no longer exists.
const CSV = [
  'japan_prefecture,japan_city,partner_country,partner_state,partner_city,kind',
  'Ishikawa,Kanazawa,AU,,Wollongong,sister-city',
  'Ishikawa,Komatsu,AU,,Ballarat,sister-city',
  'Ishikawa,Nanao,AU,,Geelong,sister-city',
  'Ishikawa,Kaga,CA,,Kamloops,sister-city',
  'Ishikawa,Atlantiscity,AU,,Nowhereville,sister-city',
].join('\n');

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'musubi-world-'));
  const file = path.join(dir, 'ties.csv');
  await writeFile(file, CSV);
  const knowledge = await loadPartnershipKnowledge({ knowledgeDir: path.join(ROOT, 'knowledge'), extraRecordFiles: [file], logger: silentLogger });
  matcher = createMatcher({ knowledge, gazetteer: Gazetteer.load() });
});

describe('matcher beyond the US and Japan', () => {
  it('suggests no US city for a request about Kenya', async () => {
    const reply = await matcher.match('Our town wants to work with a farming community in Kenya.');
    expect(reply.profile.wanted_country).toBe('KE');
    expect(reply.suggestions.some((s) => s.kind === 'city' && s.country === 'US')).toBe(false);
  });

  it('offers towns of the country named without a place of the requester, and says what they rest on', async () => {
    const reply = await matcher.match('We hope to start a choir exchange with a town in Iceland.');
    expect(reply.profile.wanted_country).toBe('IS');
    expect(reply.suggestions[0]?.country).toBe('IS');
    expect(reply.warnings.some((w) => /^No partnership record ties cities in Iceland to Japan/.test(w))).toBe(true);
    const ja = await matcher.match('アイスランドの町と防災で交流したい');
    expect(ja.suggestions[0]?.country).toBe('IS');
    expect(ja.warnings.some((w) => w.startsWith('アイスランドの都市と日本との提携の記録がない'))).toBe(true);
  });

  it('answers a request for programs with a named country with how others did it there, too', async () => {
    const reply = await matcher.match('Which programme helps our IT companies hire young engineers from Bangladesh?');
    expect(reply.profile.wanted_kind).toBe('program');
    expect(reply.suggestions.some((s) => s.kind === 'program')).toBe(true);
    expect(reply.suggestions.some((s) => s.country === 'BD' && s.reasons.some((r) => /^precedent/.test(r)))).toBe(true);
  });

  it('says why when nothing offered is in the country named', async () => {
    const reply = await matcher.match('Which programme could help us start a choir exchange with Iceland?');
    expect(reply.profile.wanted_country).toBe('IS');
    expect(reply.suggestions.some((s) => s.country === 'IS')).toBe(false);
    expect(reply.warnings.some((w) => /^Nothing here is in Iceland: no place of yours was named/.test(w))).toBe(true);
    // Suggestions from the country named: no such note.
    const au = await matcher.match('', { forPlace: '羽咋市', country: 'AU', top: 5 });
    expect(au.warnings.some((w) => /Nothing here is in|候補はありません/.test(w))).toBe(false);
  });

  it('names a foreign country correctly in Japanese reasons and never calls it 米国', async () => {
    const reply = await matcher.match('', { forPlace: '羽咋市', country: 'AU', top: 5 });
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(reply.suggestions.every((s) => s.country === 'AU')).toBe(true);
    const reasons = reply.suggestions.flatMap((s) => s.reasons).join(' ');
    expect(reasons).not.toMatch(/米国/);
    expect(reasons).toMatch(/石川県/);
  });

  it('says which countries it chose when none is named', async () => {
    const reply = await matcher.match('羽咋市です。姉妹都市を探しています');
    expect(reply.profile.wanted_country).toBeNull();
    expect(reply.warnings.join(' ')).toMatch(/国の指定がないため/);
  });

  it('gives discriminating reasons: not every city the same sentence', async () => {
    const reply = await matcher.match('', { forPlace: 'Hakui, Ishikawa', country: 'AU', top: 5 });
    const firsts = reply.suggestions.map((s) => s.reasons[0]);
    expect(new Set(firsts).size).toBeGreaterThan(1);
  });

  it('falls back to the prefecture for a city it cannot find, and reports unplaceable imports', async () => {
    const reply = await matcher.match('', { forPlace: 'Atlantiscity, Ishikawa', country: 'AU', top: 5 });
    expect(reply.warnings.join(' ')).toMatch(/as a whole/);
    expect(reply.warnings.join(' ')).toMatch(/could not be found in the gazetteer.*Atlantiscity/);
    expect(reply.suggestions.length).toBeGreaterThan(0);
  });

  it('answers a program request in Japanese with Japanese descriptions', async () => {
    const reply = await matcher.match('高校生を海外に派遣できるプログラムはありますか');
    const reasons = reply.suggestions.flatMap((s) => s.reasons).join(' ');
    expect(reasons).not.toMatch(/how to engage|for: /);
    expect(reasons).toMatch(/概要/);
  });

  it('offers the organisations that give funding to a request for grants, after programs; not to a plain program request', async () => {
    const funding = await matcher.match('Is there funding for a theatre exchange between our schools and Japanese schools?', { top: 10 });
    expect(funding.suggestions.some((s) => s.kind === 'organisation')).toBe(true);
    const programs = await matcher.match('which programs bring Japanese teachers to our schools?');
    expect(programs.suggestions.every((s) => s.kind === 'program')).toBe(true);
  });

  it('fills the list with gazetteer cities of the country, said to rest on size and climate only, where no record involves it', async () => {
    const reply = await matcher.match('Find sister city candidates in Chile for Hakui, Ishikawa.');
    const chile = reply.suggestions.filter((s) => s.kind === 'city' && s.country === 'CL');
    expect(chile.length).toBe(5);
    expect(reply.suggestions.slice(0, 5).every((s) => s.country === 'CL')).toBe(true);
    expect(reply.warnings.join(' ')).toMatch(/No partnership record ties cities in Chile to/);
  });
});

describe('matcher: a requester abroad asking for a part of Japan', () => {
  it('offers Japanese cities of that prefecture only, and says so', async () => {
    const reply = await matcher.match('Hello from a wine town in Chile. We would like a sister town in Ishikawa.');
    const cities = reply.suggestions.filter((s) => s.kind === 'city');
    expect(cities.length).toBeGreaterThan(0);
    expect(cities.every((s) => s.country === 'JP' && /Ishikawa/.test(s.name))).toBe(true);
    expect(reply.warnings.join(' ')).toMatch(/Ishikawa, as asked/);
  });
});
