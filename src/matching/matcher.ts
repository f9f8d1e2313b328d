/**
 * The matcher: a request becomes a profile; candidates come from the partnership records,
 * the organisations and programs, and the gazetteer; each is scored with features that can be
 * explained (sister-state umbrella ties, precedents in the same prefecture or state, partner
 * experience, size, latitude, theme overlap) and returned with its reasons and evidence.
 */
import { normaliseForIndex } from '../knowledge/normalise.js';
import type { MatchOptions } from '../core/musubi.js';
import type { Evidence, MatchReply, Suggestion } from '../core/types.js';
import type { PartnershipKnowledge } from '../knowledge/records-loader.js';
import type { Program } from '../knowledge/schemas.js';
import type { Gazetteer, Place } from '../places/gazetteer.js';
import { foldName } from '../places/romaji.js';
import { findPrefecture, findUsState, US_STATES } from '../places/regions.js';
import { World, type NameEntry } from '../places/countries.js';
import { parseProfile, type MatchProfile } from './profile.js';
import { REASONS } from './reasons.js';
import { partyOf, resolveRecords, type PartyPlace, type RecordSides } from './record-places.js';
import { contributions, FEATURES, scoreOf, TieIndex, type Feature, type PartnerWeights, type Requester, type Tie } from './partner-model.js';
import { cityReasons, type CityExplanation } from './city-reasons.js';
import { loadOrFitWeights } from './weights-cache.js';

/**
 * What makes two suggestions one: a place is one suggestion whichever source proposed it (a
 * precedent's partner and a ranked city are both "Boston"); a program or organisation is its id.
 */
export function suggestionIdentity(x: Pick<Suggestion, 'id' | 'kind' | 'country' | 'nameEn' | 'name'>): string {
  return x.kind === 'city' || x.kind === 'region' ? `${x.kind}:${x.country}:${foldName(x.nameEn ?? x.name)}` : x.id;
}

export interface Matcher {
  match(request: string, options?: MatchOptions): Promise<MatchReply>;
}

const CITY_LEVELS = new Set(['city', 'town', 'village', 'county']);
const REGION_LEVELS = new Set(['prefecture', 'state', 'province', 'region']);
/** Share of the best score a kind's best candidate needs to be shown for variety when no kind is asked for. */
const VARIETY_FLOOR = 0.6;
/** How many of a named country's unbacked cities are offered when no record backs any there (a reply's default length, not three, so the country fills the list before precedents elsewhere). */
const UNBACKED_FILL = 5;

const evidenceOf = (sides: RecordSides): Evidence[] => sides.record.evidence.slice(0, 1).map((e) => ({ report: e.report, record: sides.record.id, quote: e.quote }));
const recordEvidence = (sides: RecordSides): Evidence[] => (sides.record.evidence.length ? evidenceOf(sides) : [{ report: null, record: sides.record.id, quote: `${sides.record.a.name_en ?? sides.record.a.name_ja} – ${sides.record.b.name_en ?? sides.record.b.name_ja} (${sides.record.kind}${sides.record.year ? `, ${sides.record.year}` : ''})` }]);

interface Scored {
  suggestion: Omit<Suggestion, 'score' | 'reasons' | 'evidence'>;
  score: number;
  reasons: string[];
  evidence: Evidence[];
  /** A precedent in the country a program or organisation request names. */
  inNamedCountry?: boolean;
  /** A city of a named country no record stands behind (none there does): a list of them is not cut short like backed ones. */
  guess?: boolean;
  /** For model-ranked cities: the features behind the score, turned into reasons once the list is cut. */
  explain?: CityExplanation;
}

function displayName(p: { nameEn: string | null; nameJa: string | null; region: string | null }, language: 'ja' | 'en'): string {
  const name = language === 'ja' ? p.nameJa ?? p.nameEn : p.nameEn ?? p.nameJa;
  return p.region && p.region !== name ? `${name}, ${p.region}` : name ?? '';
}

/** How well a text answers a request (0..1), across languages; the engine supplies its glossary-bridged coverage. */
export type Relevance = (request: string, text: string) => number;
/** The report passages that best match a request, best first (their normalised text). */
export type PassageFinder = (request: string) => readonly string[];

/** How much a program or organisation gains when the best-matching report passage names it (less for lower ones). */
const NAMED_IN_PASSAGES = 0.5;

/** Fills what the offline reading of a request left empty (a model, when one is configured). */
export type ProfileRefiner = (request: string, profile: MatchProfile, workspace?: string) => Promise<MatchProfile>;

export function createMatcher({ knowledge, gazetteer, relevance, passages, refineProfile, cacheDir, placeNames = [] }: { knowledge: PartnershipKnowledge; gazetteer: Gazetteer; relevance?: Relevance; /** Report passages for a request: a program they name is backed by the reports. */ passages?: PassageFinder; refineProfile?: ProfileRefiner; /** Where the fitted partner weights are cached. */ cacheDir?: string; /** Bilingual country and region names (the glossary's). */ placeNames?: readonly NameEntry[] }): Matcher {
  const world = new World(placeNames);
  const sides = resolveRecords(knowledge.records, gazetteer);
  // The median population of Japan's towns and villages (町・村) in the gazetteer: what "small" means
  // when a request gives no figure. From the data, computed once.
  let smallPlace: number | null | undefined;
  const typicalSmallPlace = (): number | null => {
    if (smallPlace !== undefined) return smallPlace;
    const sizes = gazetteer.cities('JP').filter((c) => c.nameJa && /[町村]$/.test(c.nameJa) && c.population).map((c) => c.population!).sort((a, b) => a - b);
    smallPlace = sizes.length ? sizes[Math.floor(sizes.length / 2)]! : null;
    return smallPlace;
  };
  // City parties of imported lists that the gazetteer cannot place (merged, misspelt, too small): reported, not dropped silently.
  const unresolvedImports = [...new Set(sides.flatMap((s) => (s.record.source === 'curated' ? [] : [s.a, s.b]).filter((p) => !p.resolved).map((p) => p.nameJa ?? p.nameEn ?? '')))];
  // Names of first-level divisions outside Japan and the US, as the records spell them (GeoNames gives codes only).
  const adminNames = new Map<string, string>();
  for (const s of sides) {
    for (const [party, place] of [[s.record.a, s.a], [s.record.b, s.b]] as const) {
      if (place.admin && !place.region && party.region_en && !adminNames.has(place.admin)) adminNames.set(place.admin, party.region_en);
    }
  }
  const recordsById = new Map(sides.map((s) => [s.record.id, s]));
  const recordEvidenceById = (id: string): Evidence => recordEvidence(recordsById.get(id)!)[0] ?? { report: null, record: id, quote: '' };
  // Each record seen from both ends: "this place partners with that one".
  const ends = sides.flatMap((s) => [
    { self: s.a, other: s.b, sides: s },
    { self: s.b, other: s.a, sides: s },
  ]);
  const partnersOf = new Map<string, typeof ends>();
  for (const e of ends) {
    const list = partnersOf.get(e.self.key);
    if (list) list.push(e);
    else partnersOf.set(e.self.key, [e]);
  }

  // The ties seen from either end, indexed for the partner model.
  const ties: Tie[] = sides.flatMap((s) => [
    { home: s.a, away: s.b, recordId: s.record.id, themes: s.record.themes },
    { home: s.b, away: s.a, recordId: s.record.id, themes: s.record.themes },
  ]);
  const tieIndex = new TieIndex(ties);
  const pools = new Map<string, PartyPlace[]>();
  /** Candidate cities of a country: the gazetteer's (Japan: municipalities only) and those the records name. */
  function poolOf(country: string): PartyPlace[] {
    let pool = pools.get(country);
    if (pool) return pool;
    const byKey = new Map<string, PartyPlace>();
    for (const e of ends) if (e.self.country === country && CITY_LEVELS.has(e.self.level) && e.self.nameEn && e.self.resolved) byKey.set(e.self.key, e.self);
    for (const c of gazetteer.cities(country, 1000)) {
      // GeoNames lists districts too; in Japan only municipalities (those with a kanji name) are partners.
      if (c.country === 'JP' && !c.nameJa) continue;
      const place = partyOf(c);
      if (!byKey.has(place.key)) byKey.set(place.key, place);
    }
    pool = [...byKey.values()];
    pools.set(country, pool);
    return pool;
  }
  const requesterOf = (p: PartyPlace, themes: readonly string[] = []): Requester => ({ key: p.key, country: p.country ?? '', admin: p.admin, population: p.population, lat: p.lat, lon: p.lon, themes, coastal: p.coastal });
  let fitted: PartnerWeights | undefined;
  /** Countries of the current request where the cities offered have no record behind them, and the requester's country they were ranked for. */
  const unbackedCountries = new Map<string, string>();
  const weightsFor = (): PartnerWeights => (fitted ??= loadOrFitWeights(tieIndex, poolOf, requesterOf, cacheDir));

  const describeWeights = (w: PartnerWeights) =>
    w.source === 'fitted' ? `fitted on ${w.positives} ties (L2 ${w.l2}, cross-validated AUC ${w.cvAuc?.toFixed(3)}): ${FEATURES.map((f) => `${f} ${w.weights[f].toFixed(2)}`).join(', ')}` : 'priors (too few ties to fit)';

  /** Counterpart cities in `country` for a place, ranked by the learned partner model and explained by its features. */
  function cityCandidates(place: Place, country: string, profile: MatchProfile, requireRecord = false): Scored[] {
    /** A free request: cities need a record behind them (relaxed below when none has one). */
    const strict = requireRecord;
    const l = profile.language;
    const self = partyOf(place);
    // A size the request states stands in for a place whose size is unknown (a state, a prefecture, a town GeoNames lacks).
    // "A small town" with no figure: the size of a typical Japanese town or village stands in for it.
    const wished = profile.population ?? (profile.size === 'small' && self.population === null ? typicalSmallPlace() : null);
    // A request that calls itself coastal or a port is on the sea, whatever its place's own fact.
    const req = { ...requesterOf(self, profile.themes), population: self.population ?? wished ?? null, statedPopulation: wished !== null && (self.population === null || self.population === wished), coastal: profile.coastal ? true : self.coastal };
    const weights = weightsFor();
    const ctx = tieIndex.context(req, country);
    // Where a record must stand behind each city, only the cities one stands behind are featurised
    // (all of them when there are none: then size, climate and standing decide).
    // A requester abroad who asked for a part of Japan gets cities there only.
    const area = country === 'JP' && profile.wantedArea ? new Set(profile.wantedArea.admins) : null;
    const whole = area ? poolOf(country).filter((c) => c.admin !== null && area.has(c.admin)) : poolOf(country);
    const recorded = requireRecord ? whole.filter((c) => ctx.mayHaveRecord(c)) : whole;
    const pool = recorded.length ? recorded : whole;
    // Every candidate without the distance search first; then the distance only for those that
    // could still reach the top of the list with it (an exact cut: nearPartners is at most 1).
    const features = pool.map((c) => ctx.features(c, false));
    const wNear = weights.weights.nearPartners;
    const partial = features.map((f) => scoreOf(weights, f.x));
    const k = Math.min(partial.length, 250);
    // (A typed array sorts numbers without a comparator: several times faster on 10,000 candidates.)
    const kth = Float64Array.from(partial).sort()[partial.length - k] ?? -Infinity;
    partial.forEach((p, i) => {
      if (p + Math.max(0, wNear) >= kth + Math.min(0, wNear)) features[i] = ctx.features(pool[i]!, true);
    });
    const region = place.level === 'city' ? place.regionEn : place.nameEn;
    const mine = new Set(tieIndex.tiesOf(self.key).map((t) => t.away.key));
    // Contributions are measured against the average candidate of this pool: "why this one".
    const mean = Object.fromEntries(FEATURES.map((f) => [f, features.reduce((s, v) => s + v.x[f], 0) / Math.max(1, features.length)])) as Record<Feature, number>;
    const out: Scored[] = [];
    // Only the best few hundred are explained and backed with evidence; the rest cannot be shown.
    const scores = features.map((f) => scoreOf(weights, f.x));
    const backed = (i: number) => {
      const f = features[i]!.facts;
      return f.experience || f.regionTies || f.umbrella || f.partnersInRegion || f.sharedThemes.length;
    };
    // Where a record must stand behind each city, the best few hundred are taken among the backed
    // ones (a stated small size ranks hundreds of small unbacked towns above every backed city), and
    // only those are sorted.
    const all = scores.map((_, i) => i);
    const eligible = requireRecord && all.some(backed) ? all.filter(backed) : all;
    const order = eligible.sort((a, b) => scores[b]! - scores[a]!).slice(0, 300);
    // When no city of the country has any record behind it, the gazetteer's best by size, climate and
    // standing are the only proposals there are: a list's worth offered, said so, rather than nothing.
    if (requireRecord && !order.some(backed)) {
      requireRecord = false;
      order.splice(UNBACKED_FILL);
      unbackedCountries.set(country, place.country);
    }
    for (const i of order) {
      const cand = pool[i]!;
      const { x, facts } = features[i]!;
      if (cand.key === self.key) continue;
      // In a free request a city with no record behind it (only size, latitude, prominence) is a guess, not a suggestion.
      if (requireRecord && !backed(i)) continue;
      const score = scores[i]!;
      const raw = contributions(weights, x);
      const contrib = Object.fromEntries(FEATURES.map((f) => [f, raw[f] - weights.weights[f] * mean[f]])) as Record<Feature, number>;
      const existing = mine.has(cand.key);
      const evidence: Evidence[] = [];
      const theirs = tieIndex.partnersOf(cand.key);
      const regional = theirs.find((t) => t.home.admin === self.admin && t.home.key !== self.key);
      if (regional) evidence.push(recordEvidenceById(regional.recordId));
      const umbrellaTie = facts.umbrella ? ties.find((t) => t.home.admin === self.admin && REGION_LEVELS.has(t.home.level) && REGION_LEVELS.has(t.away.level) && t.away.admin === cand.admin) : undefined;
      if (umbrellaTie) evidence.unshift(recordEvidenceById(umbrellaTie.recordId));
      const abroad = theirs.find((t) => t.home.country === place.country && t.home.key !== self.key);
      if (!evidence.length && abroad) evidence.push(recordEvidenceById(abroad.recordId));
      out.push({
        suggestion: { id: `city:${cand.key}`, name: displayName(cand, l), nameJa: cand.nameJa, nameEn: cand.nameEn, kind: 'city', country: cand.country, existing },
        // A city with nothing on record comes after every backed proposal.
        score: strict && !backed(i) ? score - 6 : score,
        ...(strict && !backed(i) ? { guess: true } : {}),
        reasons: [],
        evidence: evidence.filter((e) => e.quote).slice(0, 2),
        explain: { x, facts, contrib, place, cand, region: region ?? null, statedPopulation: req.population, weights: weights.weights, candRegionName: cand.admin ? adminNames.get(cand.admin) ?? null : null },
      });
    }
    return out;
  }

  /** The sister regions of the requester's prefecture or state, backed by the tie and by theme precedents. */
  function regionCandidates(place: Place, country: string, profile: MatchProfile): Scored[] {
    const l = profile.language;
    const region = place.level === 'city' ? place.regionEn : place.nameEn;
    const out: Scored[] = [];
    for (const e of ends) {
      if (e.self.country !== place.country || e.other.country !== country || e.self.region !== region) continue;
      if (!REGION_LEVELS.has(e.self.level) || !REGION_LEVELS.has(e.other.level)) continue;
      const reasons = [REASONS.umbrella(l, region ?? '', e.other.region ?? '')];
      const evidence = recordEvidence(e.sides);
      let score = 3.5;
      // Cases between the two regions on the request's themes (the UMBC–Kanagawa seminar on aging…).
      for (const c of ends) {
        const between = (c.self.region === region && c.other.region === e.other.region) || (c.other.region === region && c.self.region === e.other.region);
        if (!between || c.sides === e.sides || c.self !== c.sides.a) continue;
        const shared = c.sides.record.themes.filter((t) => profile.themes.includes(t));
        if (!shared.length) continue;
        score += 0.5;
        reasons.push(REASONS.precedent(l, `${c.other.nameEn ?? c.other.nameJa}`, l === 'ja' ? c.sides.record.summary_ja : c.sides.record.summary_en));
        evidence.push(...recordEvidence(c.sides));
      }
      const existing = place.level !== 'city' && REGION_LEVELS.has(e.self.level) && e.self.region === place.nameEn;
      out.push({
        suggestion: { id: `region:${e.other.key}`, name: displayName({ ...e.other, region: null }, l), nameJa: e.other.nameJa, nameEn: e.other.nameEn, kind: 'region', country: e.other.country, existing: existing && profile.wantedKind === 'region' },
        score,
        reasons,
        evidence: evidence.slice(0, 3),
      });
    }
    return out;
  }

  const KIND_LABEL: Record<string, [en: string, ja: string]> = {
    'jica-cooperation': ["JICA's cooperation programs", 'JICAの協力事業'],
    'sister-city': ['a sister-city tie', '姉妹都市提携'],
    'friendship-city': ['a friendship-city tie', '友好都市提携'],
    'school-exchange': ['a school exchange', '学校間交流'],
    'university-partnership': ['a university partnership', '大学間連携'],
    'company-tie': ['a business tie', '企業の連携'],
    mou: ['a memorandum of understanding', '協力覚書'],
    'program-case': ['a national program', '国の事業'],
  };

  /**
   * Partnerships on the request's themes whose partner is in the wanted countries: precedents to
   * follow, shown as the partner place. A precedent elsewhere (same world region, or anywhere when
   * the wanted countries have none) is offered as a path to copy, said so.
   */
  function precedentCandidates(profile: MatchProfile, request: string, countries: readonly string[] | null): Scored[] {
    const l = profile.language;
    const own = profile.place?.country ?? 'JP';
    const size = profile.place?.population ?? profile.population ?? null;
    const wanted = countries ? new Set(countries) : null;
    const out = new Map<string, Scored>();
    for (const e of ends) {
      if (e.other.country !== own || e.self.country === own || !e.self.country) continue;
      if (!CITY_LEVELS.has(e.self.level) && !REGION_LEVELS.has(e.self.level) && e.self.level !== 'country') continue;
      const shared = e.sides.record.themes.filter((t) => profile.themes.includes(t));
      // An imported row with no story and no shared theme cannot be a precedent for this request.
      if (!shared.length && !e.sides.record.summary_en && !e.sides.record.summary_ja) continue;
      // How well the precedent's own story answers the request, beyond a shared theme label.
      const related = relevance ? relevance(request, `${e.sides.record.summary_en ?? ''} ${e.sides.record.summary_ja ?? ''}`) : 0;
      if (!shared.length && related < 0.3) continue;
      const inWanted = !wanted || wanted.has(e.self.country);
      const summary = l === 'ja' ? e.sides.record.summary_ja : e.sides.record.summary_en;
      const partner = (l === 'ja' ? e.other.nameJa ?? e.other.nameEn : e.other.nameEn ?? e.other.nameJa) ?? '';
      const existing = profile.place !== null && foldName(profile.place.nameEn) === foldName(e.other.nameEn ?? '');
      const sameRegion = profile.place && e.other.region === (profile.place.regionEn ?? profile.place.nameEn) ? 0.5 : 0;
      const similarSize = size && e.other.population ? 0.3 * Math.max(0, 1 - Math.abs(Math.log(size / e.other.population)) / 3) : 0;
      const score = (profile.themes.length ? shared.length / profile.themes.length : 0) + related + sameRegion + similarSize - (inWanted ? 0 : 0.6);
      const prev = out.get(e.self.key);
      if (prev && prev.score >= score) continue;
      const via = KIND_LABEL[e.sides.record.kind]?.[l === 'ja' ? 1 : 0];
      const reasons = [
        ...(shared.length ? [REASONS.themes(l, shared)] : []),
        inWanted ? REASONS.precedent(l, partner, summary) : REASONS.pathElsewhere(l, partner, world.countryName(e.self.country, l), via ?? null, summary),
        ...(similarSize > 0.15 && e.other.population && size ? [REASONS.size(l, size, e.other.population)] : []),
      ];
      out.set(e.self.key, {
        suggestion: {
          id: `place:${e.self.key}`,
          name: e.self.level === 'country' ? `${world.countryName(e.self.country, l)}${l === 'ja' ? `（${partner}の協力先）` : ` (with ${partner})`}` : displayName(e.self, l),
          nameJa: e.self.nameJa,
          nameEn: e.self.nameEn,
          kind: CITY_LEVELS.has(e.self.level) ? 'city' : 'region',
          country: e.self.country,
          existing,
        },
        score,
        reasons,
        evidence: recordEvidence(e.sides),
      });
    }
    return [...out.values()];
  }

  /** Organisations and companies the records tie to the requester's own place (or prefecture). */
  function ownPlaceOrganisations(profile: MatchProfile, request: string): Scored[] {
    const place = profile.place;
    if (!place) return [];
    const self = partyOf(place);
    const l = profile.language;
    const out = new Map<string, Scored>();
    for (const e of ends) {
      const mine = e.self.key === self.key || (e.self.admin !== null && e.self.admin === self.admin && (place.level !== 'city' || REGION_LEVELS.has(e.self.level)));
      const near = e.self.region !== null && e.self.region === (place.regionEn ?? place.nameEn) && e.self.country === place.country;
      if (!mine && !near) continue;
      if (!['organisation', 'company', 'university', 'school'].includes(e.other.level)) continue;
      const name = (l === 'ja' ? e.other.nameJa ?? e.other.nameEn : e.other.nameEn ?? e.other.nameJa) ?? '';
      const related = relevance ? relevance(request, `${e.sides.record.summary_en ?? ''} ${e.sides.record.summary_ja ?? ''} ${name}`) : 0;
      const score = (mine ? 1 : 0.6) + related;
      const prev = out.get(e.other.key);
      if (prev && prev.score >= score) continue;
      const summary = l === 'ja' ? e.sides.record.summary_ja : e.sides.record.summary_en;
      out.set(e.other.key, {
        suggestion: { id: `organisation:${e.other.key}`, name, nameJa: e.other.nameJa, nameEn: e.other.nameEn, kind: 'organisation', country: e.other.country, existing: false },
        score,
        reasons: [REASONS.namedWithYourPlace(l, (l === 'ja' ? e.self.nameJa : e.self.nameEn) ?? e.self.nameEn ?? '', summary)],
        evidence: recordEvidence(e.sides),
      });
    }
    return [...out.values()];
  }

  /** The rank-discounted strength with which the request's best report passages name a program (0 when none does). */
  const passageForms = new Map<Program, string[]>();
  const namedInPassages = (p: Program, texts: readonly string[]) => {
    let forms = passageForms.get(p);
    if (!forms) passageForms.set(p, (forms = [...(p.name_ja ? [p.name_ja, p.name_ja.replace(/[（(][^）)]*[）)]/g, '')] : []), ...p.aliases].filter((n) => Array.from(n).length >= 3).map(normaliseForIndex)));
    const at = texts.findIndex((t) => forms.some((f) => t.includes(f)));
    return at === -1 ? 0 : 1 / (1 + at);
  };

  function programCandidates(profile: MatchProfile, request: string, kind: 'program' | 'organisation' | null, floor = 0.2): Scored[] {
    const l = profile.language;
    const texts = passages?.(request) ?? [];
    const words = new Set(request.toLowerCase().match(/[a-z]{4,}|[\u3040-\u30ff\u4e00-\u9fff]{2,}/g) ?? []);
    return knowledge.programs
      .filter((p: Program) => !kind || p.kind === kind)
      .map((p: Program) => {
        const shared = p.themes.filter((t) => profile.themes.includes(t));
        const text = `${p.name_en} ${p.name_ja ?? ''} ${p.aliases.join(' ')} ${p.description_en} ${p.for_whom_en ?? ''}`.toLowerCase();
        const named = [p.name_en, ...(p.name_ja ? [p.name_ja] : []), ...p.aliases].some((n) => n.length >= 3 && request.toLowerCase().includes(n.toLowerCase()));
        let overlap = 0;
        for (const w of words) if (text.includes(w)) overlap++;
        const wantedCountries = profile.wantedCountries ?? (profile.wantedCountry ? [profile.wantedCountry] : null);
        // Japanese and US programs serve both sides of the product's core relationship.
        const countryFit = !wantedCountries || !p.country || wantedCountries.includes(p.country) || p.country === 'JP' || p.country === 'US';
        const related = relevance ? relevance(request, `${text} ${p.description_ja ?? ''}`) : Math.min(1, overlap / 6);
        // Theme fit is the overlap of the two scopes (shared over the smaller): a broad request is fully
        // answered by a program whose whole scope it covers, however many other themes it names.
        const score = (shared.length ? shared.length / Math.max(1, Math.min(profile.themes.length, p.themes.length)) : 0) + related + (named ? 1 : 0) + (countryFit ? 0 : -0.5) + NAMED_IN_PASSAGES * namedInPassages(p, texts);
        // A Japanese reader gets the Japanese description; who-it-is-for and how-to-engage exist in English only.
        const reasons = l === 'ja'
          ? [...(shared.length ? [REASONS.themes(l, shared)] : []), ...(p.description_ja ? [REASONS.about(l, p.description_ja)] : [])]
          : [
              ...(shared.length ? [REASONS.themes(l, shared)] : []),
              ...(p.for_whom_en ? [REASONS.forWhom(l, p.for_whom_en)] : []),
              ...(p.how_to_engage_en ? [REASONS.engage(l, p.how_to_engage_en)] : []),
            ];
        return {
          suggestion: { id: `${p.kind}:${p.id}`, name: l === 'ja' ? p.name_ja ?? p.name_en : p.name_en, nameJa: p.name_ja, nameEn: p.name_en, kind: p.kind, country: p.country, existing: false },
          score,
          reasons,
          evidence: p.evidence.slice(0, 1).map((e) => ({ report: e.report, record: null, quote: e.quote })),
        } satisfies Scored;
      })
      .filter((s) => s.score > floor);
  }

  return {
    async match(request, options = {}) {
      const parsed = parseProfile(request, gazetteer, { forPlace: options.forPlace, country: options.country, kind: options.kind }, world);
      let profile = refineProfile && !options.forPlace ? await refineProfile(request, parsed, options.workspace) : parsed;
      const l = profile.language;
      const notes: string[] = [];
      unbackedCountries.clear();
      // A city that cannot be found but whose prefecture or state can: suggestions for the region, said so.
      if (!profile.place && options.forPlace && /,/.test(options.forPlace)) {
        const part = options.forPlace.split(',').slice(1).join(',').trim();
        const pref = findPrefecture(part);
        const state = pref ? null : findUsState(part);
        const region: Place | null = pref
          ? { nameEn: pref.en, nameJa: pref.ja, country: 'JP', level: 'prefecture', regionEn: null, regionJa: null, population: null, lat: null, lon: null }
          : state
            ? { nameEn: US_STATES[state]!, nameJa: null, country: 'US', level: 'state', regionEn: null, regionJa: null, population: null, lat: null, lon: null }
            : null;
        if (region) {
          profile = { ...profile, place: region };
          notes.push(REASONS.regionInstead(l, options.forPlace, (l === 'ja' ? region.nameJa : null) ?? region.nameEn));
        }
      }
      if (profile.place?.formerName) notes.push(REASONS.merged(l, profile.place.formerName, (l === 'ja' ? profile.place.nameJa : null) ?? profile.place.nameEn));
      const top = options.top ?? 5;
      const kind = profile.wantedKind;
      const wantsPlaces = kind === 'city' || kind === 'region' || kind === null;
      // (Said only where places are offered: a request for programs is not narrowed to an area.)
      if (profile.wantedArea && wantsPlaces) notes.push(REASONS.areaAsked(l, l === 'ja' ? profile.wantedArea.nameJa : profile.wantedArea.nameEn));
      let countries: readonly string[] | null = profile.wantedCountries ?? (profile.wantedCountry ? [profile.wantedCountry] : null);
      const named = countries !== null;
      let tieNote: string | null = null;
      const place = profile.place;
      // No country named: the requester's own ties say where its partners are; say so.
      // Only when places are what is asked for: a request for help or programs does not become a list of cities.
      if (!countries && place && (kind === 'city' || kind === 'region' || options.forPlace)) {
        const self = partyOf(place);
        const counts = new Map<string, number>();
        for (const t of ties) {
          if (!t.away.country || t.away.country === place.country || t.home.country !== place.country) continue;
          if (t.home.key === self.key || (self.admin && t.home.admin === self.admin)) counts.set(t.away.country, (counts.get(t.away.country) ?? 0) + 1);
        }
        const best = [...counts].sort((a, b) => b[1] - a[1])[0];
        if (best) {
          countries = [best[0]];
          const where = (l === 'ja' ? (place.level === 'city' ? place.regionJa : place.nameJa) : null) ?? (place.level === 'city' ? place.regionEn : place.nameEn) ?? place.nameEn;
          tieNote = REASONS.countriesChosen(l, world.countryName(best[0], l), l === 'ja' ? `${where}の自治体はすでに${best[1]}件の提携があります` : `${where} already has ${best[1]} tie${best[1] > 1 ? 's' : ''} there`);
        }
      }
      let scored: Scored[] = [];
      const mixCity = (s: Scored): Scored => ({ ...s, score: 4 / (1 + Math.exp(-(s.score - (fitted?.source === 'fitted' ? 0 : 2)))) });
      // A region of many countries: cities only where the records show ties with the requester's country.
      const withTies = (own: string, named: readonly string[]) => (named.length === 1 ? named : named.filter((c) => ties.some((t) => t.away.country === c && t.home.country === own)).slice(0, 3));
      if (wantsPlaces && place && countries) {
        for (const c of withTies(place.country, countries)) {
          if (kind !== 'city' || place.level !== 'city') scored.push(...regionCandidates(place, c, profile));
          if (kind !== 'region') {
            const cities = cityCandidates(place, c, profile, !options.forPlace);
            scored.push(...(options.forPlace ? cities : cities.map(mixCity)));
          }
        }
      } else if (wantsPlaces && !place && countries && kind !== 'region') {
        // Cities of a named country with no place of the requester's: a stand-in with what the request
        // says (its size, stated or "small"), on the product's other side, ranked like any place. Knowing
        // nothing of the requester's own ties, these few rank after any precedent on the request's themes.
        // Both sides named ("Japan–US"): whose side the requester is on is unknown, so no stand-in.
        const own = ['JP', 'US'].find((c) => !countries.includes(c));
        const standIn: Place = { nameEn: '', nameJa: null, country: own ?? '', level: 'city', regionEn: null, regionJa: null, population: profile.population ?? null, lat: null, lon: null, coastal: profile.coastal ? true : null };
        if (own) for (const c of withTies(own, countries)) scored.push(...cityCandidates(standIn, c, profile, true).sort((a, b) => b.score - a.score).slice(0, top).map(mixCity).map((s) => ({ ...s, score: s.score / 8 })));
      }
      if (tieNote && scored.some((x) => x.suggestion.country === countries?.[0])) notes.push(tieNote);
      else if (tieNote) tieNote = null;
      if (wantsPlaces && !options.forPlace && (!place || scored.length < top || !named)) {
        const precedents = precedentCandidates(profile, request, named ? countries : null);
        scored.push(...precedents);
        if (!named && !tieNote && precedents.length) {
          const found = [...new Set(precedents.sort((a, b) => b.score - a.score).slice(0, top).map((p) => p.suggestion.country).filter((c): c is string => c !== null))];
          if (found.length) notes.push(REASONS.countriesChosen(l, found.map((c) => world.countryName(c, l)).join(l === 'ja' ? '、' : ', '), l === 'ja' ? '依頼のテーマに合う先行事例がある国' : 'where the records hold precedents on your themes'));
        }
      } else if (!wantsPlaces && named && countries) {
        // Programs or organisations for work with a named country: how others there did it (a town's
        // JICA project, a university's exchange) is an answer too, after the programs that fit as well.
        const inCountry = precedentCandidates(profile, request, countries).filter((p) => countries!.includes(p.suggestion.country ?? ''));
        scored.push(...inCountry.map((p) => ({ ...p, score: p.score * 0.8, inNamedCountry: true })));
      }
      if (kind === 'program' || kind === 'organisation' || kind === null) {
        const programs = programCandidates(profile, request, kind === 'program' || kind === 'organisation' ? kind : null);
        // "Which grants…": a funder is an organisation, so a request for funding gets the organisations that give it too, after the programs.
        if (kind === 'program' && /\bgrants?\b|\bfund(s|ing|er|ers)?\b|scholarships?|助成|奨学|資金/i.test(request)) programs.push(...programCandidates(profile, request, 'organisation').map((o) => ({ ...o, score: o.score * 0.85 })));
        if (kind !== 'program') programs.push(...ownPlaceOrganisations(profile, request));
        // Without a kind asked for, programs fill in after places but never crowd them out.
        scored.push(...(kind === null ? programs.map((p) => ({ ...p, score: p.score * 0.8 })) : programs));
      }
      // Nothing at all: the closest programs and organisations, said to be a weak fit, rather than silence.
      let weak = false;
      if (!scored.length && !options.forPlace && request.trim()) {
        scored.push(...programCandidates(profile, request, null, 0).sort((a, b) => b.score - a.score).slice(0, 3));
        weak = scored.length > 0;
      }
      const excluded = new Set(options.exclude ?? []);
      scored = scored.filter((s) => !excluded.has(s.suggestion.id));
      // Existing partnerships are shown after the new proposals; where a country was named, a place
      // elsewhere (a precedent to copy) after every proposal that is there.
      const elsewhere = (s: Scored) => named && countries !== null && (s.suggestion.kind === 'city' || s.suggestion.kind === 'region') && !countries.includes(s.suggestion.country ?? '');
      scored.sort((a, b) => Number(a.suggestion.existing) - Number(b.suggestion.existing) || Number(elsewhere(a)) - Number(elsewhere(b)) || b.score - a.score || a.suggestion.name.localeCompare(b.suggestion.name));
      const seen = new Set<string>();
      const suggestions: Suggestion[] = [];
      const cityOrder = scored.filter((s) => s.explain);
      const nextCity = new Map(cityOrder.map((s, i) => [s, cityOrder[i + 1]]));
      const take = (s: Scored) => {
        if (seen.has(suggestionIdentity(s.suggestion)) || suggestions.length >= top) return;
        seen.add(suggestionIdentity(s.suggestion));
        const reasons = s.explain ? [...(s.suggestion.existing ? [REASONS.existing(profile.language)] : []), ...cityReasons(s.explain, nextCity.get(s)?.explain, profile.language, world), ...s.reasons] : s.reasons;
        suggestions.push({ ...s.suggestion, score: Number(s.score.toFixed(3)), reasons, evidence: s.evidence });
      };
      // Existing partnerships are shown (at most two, last), never in place of new proposals' ranking.
      const existing = scored.filter((s) => s.suggestion.existing).slice(0, 2);
      const fresh = scored.filter((s) => !s.suggestion.existing);
      const room = top - Math.min(existing.length, Math.max(0, top - 1));
      // Programs asked for with a country named: the best precedent there has a place, so the reply has
      // something from that country (or says why not)…
      const precedentThere = fresh.find((s) => s.inNamedCountry);
      // No kind asked for: the best of each kind first (a region, a city, a program, an organisation), then the rest.
      // A kind whose best candidate scores far below the best overall is not offered for variety's sake.
      if (kind === null) {
        for (const k of ['region', 'city', 'program', 'organisation'] as const) {
          // Variety never brings in a place outside the country named.
          const best = fresh.find((s) => s.suggestion.kind === k && !elsewhere(s));
          if (best && (profile.mixedKinds || best.score >= VARIETY_FLOOR * (fresh[0]?.score ?? 0)) && suggestions.length < room) take(best);
        }
      }
      // Fewer, better: in a free request a city far below the best one is not padding for the list.
      const bestCity = fresh.find((s) => s.explain)?.score ?? 0;
      for (const s of fresh) if (suggestions.length < room && (options.forPlace || !s.explain || s.guess || s.score >= 0.35 * bestCity)) take(s);
      // …taking the last place when nothing else offered is from the country named.
      if (precedentThere && !suggestions.some((x) => countries?.includes(x.country ?? ''))) {
        if (suggestions.length >= room) seen.delete(suggestionIdentity(suggestions.pop()!));
        take(precedentThere);
      }
      for (const s of existing) take(s);
      const unbacked = [...unbackedCountries.keys()].filter((c) => suggestions.some((x) => x.kind === 'city' && x.country === c));
      if (unbacked.length) {
        const sides = [...new Set(unbacked.map((c) => unbackedCountries.get(c)!))];
        notes.push(REASONS.unbacked(l, unbacked.map((c) => world.countryName(c, l)).join(l === 'ja' ? '、' : ', '), sides.map((c) => world.countryName(c, l)).join(l === 'ja' ? '・' : ' or ')));
      }
      // A country was named but nothing offered is there: say why, rather than leave the reader to notice.
      const wantedHere = named && countries ? countries : null;
      if (wantedHere?.length && suggestions.length && !suggestions.some((x) => x.country !== null && wantedHere.includes(x.country))) {
        const names = profile.wantedRegion ? ((l === 'ja' ? profile.wantedRegion.nameJa : null) ?? profile.wantedRegion.nameEn) : wantedHere.map((c) => world.countryName(c, l)).join(l === 'ja' ? '、' : ', ');
        notes.push(REASONS.noneInCountry(l, names, place !== null));
      }
      const warnings = [
        ...notes,
        ...(weak ? [REASONS.weak(l)] : []),
        ...(options.forPlace && unresolvedImports.length ? [REASONS.unresolvedImports(l, unresolvedImports)] : []),
        ...profile.unknownPlaces.map((p) => (profile.language === 'ja' ? `地名「${p}」が見つかりませんでした。` : `Unknown place "${p}": not in the gazetteer, so it was not used.`)),
        ...(suggestions.length === 0 ? [profile.language === 'ja' ? '条件に合う候補が見つかりませんでした。テーマや地域を具体的に書いてください。' : 'No counterpart fits this request; try naming your place, a theme (youth exchange, disaster recovery…) or the country you want.'] : []),
      ];
      return {
        kind: 'matches',
        language: profile.language,
        request,
        profile: { place: profile.place, themes: profile.themes, wanted_kind: profile.wantedKind, wanted_country: profile.wantedCountry, wanted_countries: countries, wanted_region: profile.wantedRegion ?? null, size: profile.size, population: profile.population ?? null, coastal: profile.coastal, unknown_places: profile.unknownPlaces, ...(fitted ? { partner_model: describeWeights(fitted) } : {}) },
        suggestions,
        warnings,
      };
    },
  };
}
