/**
 * Reasons for a model-ranked city that say why it and not the next one: the features that
 * contribute most to its score, those where it beats the next candidate first, each stated with
 * its values ("similar size: 31,000 vs 29,000"; "Ishikawa already partners with Oregon — 4 ties").
 */
import type { Language } from '../core/types.js';
import type { Place } from '../places/gazetteer.js';
import type { World } from '../places/countries.js';
import type { Feature, FeatureFacts, FeatureVector } from './partner-model.js';
import type { PartyPlace } from './record-places.js';
import { themeLabel } from './reasons.js';

export interface CityExplanation {
  readonly x: FeatureVector;
  readonly facts: FeatureFacts;
  readonly contrib: Readonly<Record<Feature, number>>;
  readonly place: Place;
  readonly cand: PartyPlace;
  /** The requester's prefecture or state. */
  readonly region: string | null;
  /** The size the request states, when the place's own is unknown. */
  readonly statedPopulation?: number | null;
  /** The weights that scored it (a reason is stated only for a feature that counts in its favour). */
  readonly weights?: Readonly<Record<Feature, number>>;
  /** The candidate's state or province as the records name it, when the gazetteer has no name for it. */
  readonly candRegionName?: string | null;
}

const n = (v: number) => Math.round(v).toLocaleString('en-US');

function sentence(f: Feature, e: CityExplanation, l: Language, world: World): string | null {
  const { facts, place, cand } = e;
  const region = e.region ?? place.nameEn;
  const regionJa = place.level === 'city' ? place.regionJa ?? region : place.nameJa ?? region;
  const candRegion = cand.region ? world.divisionName(cand.region, l) : e.candRegionName ?? (l === 'ja' ? 'その州・地方' : 'its state or province');
  const candName = (l === 'ja' ? cand.nameJa : null) ?? cand.nameEn ?? cand.nameJa ?? '';
  switch (f) {
    case 'umbrella':
      return l === 'ja' ? `${regionJa}は${candRegion}と姉妹州・県の関係にあります` : `${region} has a sister-state tie with ${candRegion}`;
    case 'regionTies':
      return facts.regionTies
        ? l === 'ja'
          ? `${regionJa}の自治体はすでに${candRegion}と提携しています（${facts.regionTies}件）`
          : `${region} already partners with ${candRegion} — ${facts.regionTies} tie${facts.regionTies > 1 ? 's' : ''}`
        : null;
    case 'partnersInRegion':
      return facts.partnersInRegion
        ? l === 'ja'
          ? `${candName}はすでに${regionJa}の自治体と提携しています（${facts.partnersInRegion}件）`
          : `${candName} already partners with ${facts.partnersInRegion > 1 ? `${facts.partnersInRegion} towns` : 'a town'} in ${region}`
        : null;
    case 'experience':
      return facts.experience
        ? l === 'ja'
          ? `${world.countryName(place.country, 'ja')}の自治体との提携経験（${facts.experience}件）`
          : `experienced partner: ${facts.experience} tie${facts.experience > 1 ? 's' : ''} with ${world.countryName(place.country, 'en')}`
        : null;
    case 'size': {
      const own = place.population ?? e.statedPopulation;
      // "Similar" only when it is: within a factor of two.
      if (!own || !cand.population || Math.abs(Math.log(own / cand.population)) > Math.log(2)) return null;
      return own && cand.population
        ? l === 'ja'
          ? `人口規模が近い（${n(cand.population)}人と${n((place.population ?? e.statedPopulation)!)}人）`
          : `similar size: ${n(cand.population)} vs ${n((place.population ?? e.statedPopulation)!)}`
        : null;
    }
    case 'latitude':
      return place.lat !== null && cand.lat !== null && Math.abs(Math.abs(place.lat) - Math.abs(cand.lat)) <= 5
        ? l === 'ja'
          ? `緯度が近く気候が似ている（北緯・南緯${Math.abs(cand.lat).toFixed(0)}度と${Math.abs(place.lat).toFixed(0)}度）`
          : `similar latitude and climate (${Math.abs(cand.lat).toFixed(0)}° vs ${Math.abs(place.lat).toFixed(0)}°)`
        : null;
    case 'nearPartners':
      return facts.nearestKm !== null && facts.nearestName
        ? l === 'ja'
          ? `${regionJa}の自治体の提携先${facts.nearestName}から${n(facts.nearestKm)}km`
          : `${n(facts.nearestKm)} km from ${facts.nearestName}, a partner of a town in ${region}`
        : null;
    case 'themes':
      return facts.sharedThemes.length
        ? l === 'ja'
          ? `同じテーマの提携実績: ${facts.sharedThemes.map((t) => themeLabel(l, t)).join('、')}`
          : `its partnerships share your themes: ${facts.sharedThemes.map((t) => themeLabel(l, t)).join(', ')}`
        : null;
    case 'coastal':
      return facts.bothCoastal ? (l === 'ja' ? 'ともに沿岸部' : 'both on the coast') : null;
    case 'prominence':
    case 'seat':
      return cand.population
        ? l === 'ja'
          ? `地域の中心都市（人口${n(cand.population)}人）`
          : `a regional centre (population ${n(cand.population)})`
        : null;
    default:
      return null;
  }
}

/**
 * Up to `max` reasons: positive contributions, those where this candidate beats `next`
 * most first; a reason it shares with the next candidate at the same value comes last.
 */
export function cityReasons(e: CityExplanation, next: CityExplanation | undefined, l: Language, world: World, max = 3): string[] {
  // A feature with a negative weight lifts a candidate by being low ("far from the others"): not a reason to state.
  const feats = (Object.keys(e.contrib) as Feature[]).filter((f) => e.contrib[f] > 0.05 && f !== 'sizeKnown' && (e.weights?.[f] ?? 1) > 0);
  const edge = (f: Feature) => e.contrib[f] - (next?.contrib[f] ?? 0);
  feats.sort((a, b) => edge(b) - edge(a) || e.contrib[b] - e.contrib[a]);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const f of feats) {
    // prominence and seat read the same: one sentence for both.
    const key = f === 'seat' ? 'prominence' : f;
    if (seen.has(key)) continue;
    const s = sentence(f, e, l, world);
    if (s) {
      seen.add(key);
      out.push(s);
    }
    if (out.length >= max) break;
  }
  // Nothing lifts it above the average candidate (a backed city among backed ones): still say what it has, never nothing.
  if (!out.length) {
    const present = (Object.keys(e.x) as Feature[]).filter((f) => e.x[f] > 0 && f !== 'sizeKnown' && (e.weights?.[f] ?? 1) > 0);
    for (const f of present.sort((a, b) => e.contrib[b] - e.contrib[a])) {
      const s = sentence(f, e, l, world);
      if (s) return [s];
    }
  }
  return out;
}
