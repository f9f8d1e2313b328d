import { describe, expect, it } from 'vitest';
import { fitLogistic, fitPartnerWeights, PRIOR_WEIGHTS, TieIndex, type Tie } from '../../../src/matching/partner-model.js';
import type { PartyPlace } from '../../../src/matching/record-places.js';

const place = (key: string, country: string, admin: string, population: number, lat: number, lon: number): PartyPlace => ({
  key, nameEn: key, nameJa: null, country, region: admin, level: 'city', population, lat, lon, admin, featureCode: 'PPL', resolved: true, formerName: null, coastal: null,
});

describe('logistic regression', () => {
  it('learns a positive weight for a feature that separates the classes and a negative one for its opposite', () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ x: [i % 2 ? 1 + (i % 7) / 10 : -1 - (i % 5) / 10, i % 2 ? -0.5 : 0.5], y: i % 2 }));
    const { w } = fitLogistic(rows, 1);
    expect(w[0]).toBeGreaterThan(0.5);
    expect(w[1]).toBeLessThan(0);
  });
});

describe('partner model', () => {
  // 40 Japanese towns in two prefectures; each partners with a town in the foreign state its prefecture favours.
  const foreign = Array.from({ length: 60 }, (_, i) => place(`f${i}`, 'AU', i < 30 ? 'AU.02' : 'AU.07', 5000 + i * 500, -30 - (i % 10), 140 + (i % 10)));
  const home = Array.from({ length: 40 }, (_, i) => place(`j${i}`, 'JP', i < 20 ? 'JP.01' : 'JP.02', 20000 + i * 1000, 35, 135));
  const ties: Tie[] = home.map((h, i) => ({ home: h, away: foreign[i < 20 ? i % 30 : 30 + (i % 30)]!, recordId: `r${i}`, themes: [] }));
  const index = new TieIndex(ties);

  it('leaves the requester\'s own ties out of its features', () => {
    const req = { key: 'j0', country: 'JP', admin: 'JP.01', population: 20000, lat: 35, lon: 135, themes: [] };
    const [own] = index.featurise(req, [foreign[0]!], 'AU');
    // f0's only Japanese partner is j0 itself: no experience, no tie within the prefecture once j0's ties are hidden.
    expect(own!.facts.experience).toBe(0);
    expect(own!.facts.partnersInRegion).toBe(0);
    // …but the prefecture's other towns partner in the same state.
    expect(own!.facts.regionTies).toBeGreaterThan(0);
  });

  it('fits weights on the ties themselves: the prefecture–state pattern gets a positive weight', () => {
    const w = fitPartnerWeights(index, () => foreign, (h) => ({ key: h.key, country: 'JP', admin: h.admin, population: h.population, lat: h.lat, lon: h.lon, themes: [] }), { minPositives: 20 });
    expect(w.source).toBe('fitted');
    expect(w.weights.regionTies).toBeGreaterThan(0);
    expect(w.cvAuc).toBeGreaterThan(0.6);
  });

  it('gives a candidate no prominence beyond a size the request states, but all of it beyond a known place\'s', () => {
    const big = place('big', 'AU', 'AU.09', 2_000_000, -33, 151);
    const peer = place('peer', 'AU', 'AU.09', 15_000, -33, 151);
    const known = { key: 'jx', country: 'JP', admin: null, population: 15000, lat: null, lon: null, themes: [] };
    const [bigKnown, peerKnown] = index.featurise(known, [big, peer], 'AU');
    const [bigStated, peerStated] = index.featurise({ ...known, key: null, statedPopulation: true }, [big, peer], 'AU');
    expect(bigKnown!.x.prominence).toBeCloseTo(Math.log10(2_000_000) - 4);
    expect(bigStated!.x.prominence).toBeCloseTo(Math.log10(15000) - 4);
    expect(peerStated!.x.prominence).toBeCloseTo(peerKnown!.x.prominence);
    // The size gap still counts against the big one.
    expect(bigStated!.x.size).toBeLessThan(peerStated!.x.size);
  });

  it('falls back to the priors with too few ties', () => {
    const small = new TieIndex(ties.slice(0, 5));
    expect(fitPartnerWeights(small, () => foreign, () => ({ key: null, country: 'JP', admin: null, population: null, lat: null, lon: null, themes: [] }))).toBe(PRIOR_WEIGHTS);
  });
});

describe('coastal feature', () => {
  it('counts for a candidate on the sea when the requester is on the sea, and nothing otherwise', async () => {
    const { coastalFit } = await import('../../../src/matching/partner-model.js');
    expect(coastalFit({ coastal: true }, true)).toBe(1);
    expect(coastalFit({ coastal: true }, false)).toBe(0);
    expect(coastalFit({ coastal: true }, null)).toBe(0);
    expect(coastalFit({ coastal: false }, true)).toBe(0);
    expect(coastalFit({ coastal: null }, true)).toBe(0);
  });

  it('is learned from the ties: coastal homes that partner with coastal places get a positive weight', () => {
    const sea = (p: PartyPlace, coastal: boolean): PartyPlace => ({ ...p, coastal });
    const homes = Array.from({ length: 40 }, (_, i) => sea(place(`h${i}`, 'JP', `JP.${10 + (i % 5)}`, 30000 + i * 500, 34 + (i % 5), 135), i % 2 === 0));
    const foreign = Array.from({ length: 200 }, (_, i) => sea(place(`f${i}`, 'AU', `AU.0${i % 7}`, 20000 + i * 300, -30 - (i % 9), 140 + (i % 11)), i % 4 === 0));
    const coastalForeign = foreign.filter((f) => f.coastal);
    const inlandForeign = foreign.filter((f) => !f.coastal);
    const ties: Tie[] = homes.map((h, i) => ({ home: h, away: (h.coastal ? coastalForeign : inlandForeign)[i % 20]!, recordId: `r${i}`, themes: [] }));
    const w = fitPartnerWeights(new TieIndex(ties), () => foreign, (h) => ({ key: h.key, country: 'JP', admin: h.admin, population: h.population, lat: h.lat, lon: h.lon, themes: [], coastal: h.coastal }), { minPositives: 20 });
    expect(w.source).toBe('fitted');
    expect(w.weights.coastal).toBeGreaterThan(0.5);
    expect(PRIOR_WEIGHTS.weights.coastal).toBeGreaterThan(0);
  });
});
