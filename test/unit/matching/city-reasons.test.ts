import { describe, expect, it } from 'vitest';
import { cityReasons, type CityExplanation } from '../../../src/matching/city-reasons.js';
import { FEATURES, PRIOR_WEIGHTS, type Feature } from '../../../src/matching/partner-model.js';
import type { PartyPlace } from '../../../src/matching/record-places.js';
import type { Place } from '../../../src/places/gazetteer.js';
import { World } from '../../../src/places/countries.js';

const zero = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<Feature, number>;
const place: Place = { nameEn: 'Umihama', nameJa: '海浜町', country: 'JP', level: 'city', regionEn: 'Chiba', regionJa: '千葉県', population: 30000, lat: 35, lon: 140, coastal: true };
const cand: PartyPlace = { key: 'au::seaview', nameEn: 'Seaview', nameJa: null, country: 'AU', region: null, level: 'city', population: 52000, lat: -33, lon: 151, admin: 'AU.02', featureCode: 'PPL', resolved: true, formerName: null, coastal: true };

function explanation(contrib: Partial<Record<Feature, number>>, extra: Partial<CityExplanation> = {}): CityExplanation {
  return {
    x: zero,
    facts: { experience: 0, regionTies: 0, umbrella: false, partnersInRegion: 0, nearestKm: null, nearestName: null, sharedThemes: [], bothCoastal: true },
    contrib: { ...zero, ...contrib },
    place,
    cand,
    region: 'Chiba',
    weights: PRIOR_WEIGHTS.weights,
    ...extra,
  };
}

describe('city reasons for the coast', () => {
  const world = new World();
  it('says both are on the coast, in the requester\'s language', () => {
    expect(cityReasons(explanation({ coastal: 0.5 }), undefined, 'en', world)).toContain('both on the coast');
    expect(cityReasons(explanation({ coastal: 0.5 }), undefined, 'ja', world)).toContain('ともに沿岸部');
  });
});

describe('city reasons when nothing sets a city above the average candidate', () => {
  const world = new World();
  it('still states a fact the city has rather than nothing', () => {
    const below = explanation({ coastal: -0.2 }, { x: { ...zero, coastal: 1 } });
    expect(cityReasons(below, undefined, 'en', world)).toEqual(['both on the coast']);
  });

  it('states nothing it does not have', () => {
    expect(cityReasons(explanation({ coastal: -0.2 }), undefined, 'en', world)).toEqual([]);
  });
});
