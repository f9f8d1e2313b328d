import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { loadPartnershipKnowledge } from '../../../src/knowledge/records-loader.js';
import { createMatcher, type Matcher } from '../../../src/matching/matcher.js';
import { Gazetteer } from '../../../src/places/gazetteer.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let gazetteer: Gazetteer;
let matcher: Matcher;

beforeAll(async () => {
  gazetteer = Gazetteer.load();
  const knowledge = await loadPartnershipKnowledge({ knowledgeDir: path.join(ROOT, 'knowledge'), logger: silentLogger });
  matcher = createMatcher({ knowledge, gazetteer });
});

/** How many of a reply's city suggestions the gazetteer places on the sea. */
function coastalShare(names: readonly (string | null)[], country: string): number {
  const places = names.map((n) => (n ? gazetteer.resolve(n.split(',')[0]!, country) : null));
  return places.filter((p) => p?.coastal === true).length / Math.max(1, places.length);
}

describe('matching prefers partners on the sea when the request asks for it', () => {
  it('a request that calls itself a port gets more coastal candidates than the same request without it', async () => {
    const port = await matcher.match('We are a harbour town of about 15,000 and want a sister town in Chile.', { top: 10 });
    const plain = await matcher.match('We are a town of about 15,000 and want a sister town in Chile.', { top: 10 });
    const cities = (r: typeof port) => r.suggestions.filter((s) => s.kind === 'city' && s.country === 'CL').map((s) => s.nameEn);
    expect(cities(port).length).toBeGreaterThan(0);
    expect(coastalShare(cities(port), 'CL')).toBeGreaterThan(coastalShare(cities(plain), 'CL'));
    expect(port.suggestions.some((s) => s.reasons.includes('both on the coast'))).toBe(true);
  });

  it('says it in Japanese to a Japanese request', async () => {
    const reply = await matcher.match('チリの町と姉妹都市になりたい、人口1万5千人ほどの港町です', { top: 10 });
    expect(reply.suggestions.some((s) => s.reasons.includes('ともに沿岸部'))).toBe(true);
  });
});
