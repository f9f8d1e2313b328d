/**
 * Partner prediction learned from the partnership records themselves: general features of a
 * (requester, candidate) pair — prefecture–state ties, the candidate's ties with the requester's
 * prefecture, its experience with the requester's country, size ratio, latitude, distance to the
 * partners of the same prefecture, prominence — weighted by a logistic regression fitted on the
 * loaded ties against sampled non-pairs (each requester's own ties hidden while its examples are
 * built, as they are hidden at prediction), with the L2 strength chosen by cross-validation.
 * Without enough ties to fit, sensible priors are used.
 */
import { kmBetween } from '../places/distance.js';
import { seededRandom } from '../models/lsa/linear-algebra.js';
import type { PartyPlace } from './record-places.js';

/** One partnership between two places, seen from the requester's country. */
export interface Tie {
  readonly home: PartyPlace;
  readonly away: PartyPlace;
  readonly recordId: string;
  readonly themes: readonly string[];
}

/** The place asking, as the model needs it. */
export interface Requester {
  readonly key: string | null;
  readonly country: string;
  /** Its first-level division key ("JP.15"). */
  readonly admin: string | null;
  readonly population: number | null;
  /**
   * The population is what the request says ("a town of 20,000"), not a known place's: a wish for
   * partners of that size. A candidate then earns no prominence beyond that size — the fitted
   * prominence weight, learned from ties of mostly large Japanese cities, would otherwise outweigh
   * the size gap and offer Phoenix to a town of 20,000.
   */
  readonly statedPopulation?: boolean;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly themes: readonly string[];
  /** On the sea: the place's coastline fact, or what the request says of itself; null when unknown. */
  readonly coastal?: boolean | null;
}

export const FEATURES = ['experience', 'regionTies', 'umbrella', 'partnersInRegion', 'size', 'sizeKnown', 'latitude', 'nearPartners', 'prominence', 'seat', 'themes', 'coastal'] as const;
export type Feature = (typeof FEATURES)[number];
export type FeatureVector = Readonly<Record<Feature, number>>;

/** What a feature value means, for the reasons. */
export interface FeatureFacts {
  readonly experience: number;
  readonly regionTies: number;
  readonly umbrella: boolean;
  readonly partnersInRegion: number;
  readonly nearestKm: number | null;
  readonly nearestName: string | null;
  readonly sharedThemes: readonly string[];
  /** Requester and candidate are both on the sea. */
  readonly bothCoastal: boolean;
}

export interface PartnerWeights {
  readonly weights: Readonly<Record<Feature, number>>;
  readonly bias: number;
  /** 'fitted' on the loaded ties (with how many positives and the chosen L2), or 'prior'. */
  readonly source: 'fitted' | 'prior';
  readonly positives: number;
  readonly l2: number | null;
  /** Cross-validated AUC: how often a held-out tie outranks a sampled non-pair (fitted only). */
  readonly cvAuc: number | null;
}

/** Hand-set starting weights used when there are too few ties to fit (standardised scale is not used for priors). */
export const PRIOR_WEIGHTS: PartnerWeights = {
  weights: { experience: 0.6, regionTies: 0.8, umbrella: 1.5, partnersInRegion: 1.2, size: 0.5, sizeKnown: 0, latitude: 0.3, nearPartners: 0.4, prominence: 0.15, seat: 0.1, themes: 0.8, coastal: 0.5 },
  bias: 0,
  source: 'prior',
  positives: 0,
  l2: null,
  cvAuc: null,
};

const CITY_LEVELS = new Set(['city', 'town', 'village', 'county']);
const REGION_LEVELS = new Set(['prefecture', 'state', 'province', 'region']);

/** Index of the ties for fast per-request features. */
export class TieIndex {
  /** away place key → ties (its partners in the home countries). */
  private readonly byAway = new Map<string, Tie[]>();
  /** `${home admin}|${away country}` → ties. */
  private readonly byAdminCountry = new Map<string, Tie[]>();
  /** home place key → ties. */
  private readonly byHome = new Map<string, Tie[]>();

  constructor(readonly ties: readonly Tie[]) {
    for (const t of ties) {
      push(this.byAway, t.away.key, t);
      push(this.byHome, t.home.key, t);
      if (t.home.admin && t.away.country) push(this.byAdminCountry, `${t.home.admin}|${t.away.country}`, t);
    }
  }

  tiesOf(homeKey: string): readonly Tie[] {
    return this.byHome.get(homeKey) ?? [];
  }

  partnersOf(awayKey: string): readonly Tie[] {
    return this.byAway.get(awayKey) ?? [];
  }

  /** `${home admin}|${away country}` → the ties' aggregates, built at the first requester from that region. */
  private readonly regionals = new Map<string, Regional>();

  private regionalOf(admin: string, country: string): Regional {
    const key = `${admin}|${country}`;
    let r = this.regionals.get(key);
    if (!r) {
      const t = tally(this.byAdminCountry.get(key) ?? []);
      r = { ...t, grid: t.anchors.length > 64 ? gridOf(t.anchors) : null };
      this.regionals.set(key, r);
    }
    return r;
  }

  /** Features of every candidate for one requester (see `context`). */
  featurise(req: Requester, candidates: readonly PartyPlace[], country: string): { x: FeatureVector; facts: FeatureFacts }[] {
    const ctx = this.context(req, country);
    return candidates.map((c) => ctx.features(c, true));
  }

  /**
   * What one requester's features need, computed once: the ties of its prefecture or state with
   * `country`, its own ties left out (so a place that already partners with a candidate is not
   * scored by that very tie). `features(c, false)` skips the distance search (nearPartners = 0),
   * which a ranking adds only where it can change the top of the list.
   */
  context(req: Requester, country: string): { features(c: PartyPlace, withNear: boolean): { x: FeatureVector; facts: FeatureFacts }; mayHaveRecord(c: PartyPlace): boolean } {
    const base = req.admin ? this.regionalOf(req.admin, country) : EMPTY_REGIONAL;
    // The requester's own ties are left out by subtracting their counts from its region's, so
    // the region's aggregates (and its distance grid) are built once, not once per requester.
    const own = req.key && req.admin ? (this.byHome.get(req.key) ?? []).filter((t) => t.home.admin === req.admin && t.away.country === country) : [];
    const mine = tally(own);
    const byAdminOf = (admin: string) => (base.byAdmin.get(admin) ?? 0) - (mine.byAdmin.get(admin) ?? 0);
    const umbrellaHas = (admin: string) => (base.umbrella.get(admin) ?? 0) - (mine.umbrella.get(admin) ?? 0) > 0;
    const inRegionOf = (key: string) => (base.inRegion.get(key) ?? 0) - (mine.inRegion.get(key) ?? 0);
    const reqThemes = new Set(req.themes);
    const { anchors, grid } = base;
    return {
      // Whether a record stands behind the candidate — ties with the requester's country, or its state's
      // or prefecture's ties with the requester's region — as the features would say, without them.
      mayHaveRecord: (c) =>
        (this.byAway.get(c.key) ?? []).some((t) => t.home.key !== req.key && t.home.country === req.country) || (c.admin !== null && (byAdminOf(c.admin) > 0 || umbrellaHas(c.admin))) || inRegionOf(c.key) > 0,
      features: (c, withNear) => {
        const theirs = this.byAway.get(c.key) ?? [];
        let experience = 0;
        const shared = new Set<string>();
        for (const t of theirs) {
          if (t.home.key === req.key || t.home.country !== req.country) continue;
          experience++;
          for (const th of t.themes) if (reqThemes.has(th)) shared.add(th);
        }
        let nearestKm: number | null = null;
        let nearestName: string | null = null;
        if (withNear && c.lat !== null && c.lon !== null) {
          for (const a of grid ? grid.around(c.lat, c.lon) : anchors) {
            if (a.key === c.key || (mine.inRegion.has(a.key) && inRegionOf(a.key) <= 0)) continue;
            const d = kmBetween(c.lat, c.lon, a.lat!, a.lon!);
            if (nearestKm === null || d < nearestKm) [nearestKm, nearestName] = [d, a.nameEn ?? a.nameJa];
          }
        }
        const sizeKnown = req.population && c.population ? 1 : 0;
        const regionTies = c.admin ? byAdminOf(c.admin) : 0;
        const partners = inRegionOf(c.key);
        const bothCoastal = req.coastal === true && c.coastal === true;
        const x: FeatureVector = {
          experience: Math.log1p(experience),
          regionTies: Math.log1p(regionTies),
          umbrella: c.admin && umbrellaHas(c.admin) ? 1 : 0,
          partnersInRegion: Math.log1p(partners),
          size: sizeKnown ? -Math.abs(Math.log(req.population! / c.population!)) : 0,
          sizeKnown,
          latitude: req.lat !== null && c.lat !== null ? -Math.abs(Math.abs(req.lat) - Math.abs(c.lat)) / 10 : 0,
          nearPartners: nearestKm === null ? 0 : 1 / (1 + nearestKm / 50),
          prominence: c.population ? Math.log10(req.statedPopulation && req.population ? Math.min(c.population, req.population) : c.population) - 4 : 0,
          seat: c.featureCode && /^PPL(A|C)$/.test(c.featureCode) ? 1 : c.featureCode === 'PPLA2' ? 0.5 : 0,
          themes: shared.size ? Math.log1p(shared.size) : 0,
          coastal: coastalFit(req, c.coastal),
        };
        return { x, facts: { experience, regionTies, umbrella: x.umbrella === 1, partnersInRegion: partners, nearestKm, nearestName, sharedThemes: [...shared], bothCoastal } };
      },
    };
  }
}

/** The coastal feature: 1 when requester and candidate are both on the sea, 0 otherwise (unknown is no evidence). */
export function coastalFit(req: Pick<Requester, 'coastal'>, candidate: boolean | null): number {
  return req.coastal === true && candidate === true ? 1 : 0;
}

/** What a set of a region's ties with one country says about candidates there. */
interface Tally {
  /** Candidate's first-level division → city ties with it. */
  readonly byAdmin: Map<string, number>;
  /** First-level divisions tied region to region (sister state–prefecture) → how many such ties. */
  readonly umbrella: Map<string, number>;
  /** Candidate city → ties with the region. */
  readonly inRegion: Map<string, number>;
  /** The region's partner cities with coordinates, each once. */
  readonly anchors: PartyPlace[];
}

interface Regional extends Tally {
  readonly grid: { around(lat: number, lon: number): PartyPlace[] } | null;
}

const EMPTY_REGIONAL: Regional = { byAdmin: new Map(), umbrella: new Map(), inRegion: new Map(), anchors: [], grid: null };

function tally(ties: readonly Tie[]): Tally {
  const byAdmin = new Map<string, number>();
  const umbrella = new Map<string, number>();
  const inRegion = new Map<string, number>();
  const anchors: PartyPlace[] = [];
  for (const t of ties) {
    if (REGION_LEVELS.has(t.home.level) && REGION_LEVELS.has(t.away.level)) {
      if (t.away.admin) umbrella.set(t.away.admin, (umbrella.get(t.away.admin) ?? 0) + 1);
      continue;
    }
    if (t.away.admin) byAdmin.set(t.away.admin, (byAdmin.get(t.away.admin) ?? 0) + 1);
    if (CITY_LEVELS.has(t.away.level)) {
      if (!inRegion.has(t.away.key) && t.away.lat !== null && t.away.lon !== null) anchors.push(t.away);
      inRegion.set(t.away.key, (inRegion.get(t.away.key) ?? 0) + 1);
    }
  }
  return { byAdmin, umbrella, inRegion, anchors };
}

/**
 * Places bucketed by 1° cells: `around` returns those of the nearest non-empty ring of cells and
 * the ring beyond it — the nearest place, or one a few kilometres from it (good enough for a soft
 * feature, and it keeps 100,000 ties fast).
 */
function gridOf(places: readonly PartyPlace[]): { around(lat: number, lon: number): PartyPlace[] } {
  const cells = new Map<string, PartyPlace[]>();
  const cell = (lat: number, lon: number) => `${Math.floor(lat)}:${Math.floor(lon)}`;
  for (const p of places) push(cells, cell(p.lat!, p.lon!), p);
  return {
    around(lat, lon) {
      const out: PartyPlace[] = [];
      const la = Math.floor(lat);
      const lo = Math.floor(lon);
      let found = -1;
      for (let r = 0; r <= 180 && (found < 0 || r <= found + 1); r++) {
        for (let i = -r; i <= r; i++) {
          for (let j = -r; j <= r; j++) {
            if (Math.max(Math.abs(i), Math.abs(j)) !== r) continue;
            const list = cells.get(`${la + i}:${((lo + j + 540) % 360) - 180}`);
            if (list) out.push(...list);
          }
        }
        if (out.length && found < 0) found = r;
      }
      return out;
    },
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const scoreOf = (w: PartnerWeights, x: FeatureVector): number => FEATURES.reduce((s, f) => s + w.weights[f] * x[f], w.bias);

/** Contribution of each feature to a score (weight × value), for explanations. */
export const contributions = (w: PartnerWeights, x: FeatureVector): Record<Feature, number> =>
  Object.fromEntries(FEATURES.map((f) => [f, w.weights[f] * x[f]])) as Record<Feature, number>;

interface Example {
  readonly x: number[];
  readonly y: 0 | 1;
  readonly group: number;
}

/** L2-regularised logistic regression by Newton's method (a few features, thousands of rows). */
export function fitLogistic(rows: readonly { x: readonly number[]; y: number }[], l2: number, iterations = 15, init?: { readonly w: readonly number[]; readonly b: number }): { w: number[]; b: number } {
  const d = rows[0]?.x.length ?? 0;
  const n = rows.length;
  const m = d + 1;
  // One flat row-major matrix with the bias column appended: the Newton loop below runs over
  // tens of thousands of rows a dozen times per fit, and arrays of arrays cost it most of its time.
  const X = new Float64Array(n * m);
  const Y = new Float64Array(n);
  rows.forEach((r, k) => {
    for (let i = 0; i < d; i++) X[k * m + i] = r.x[i]!;
    X[k * m + d] = 1;
    Y[k] = r.y;
  });
  const w = new Float64Array(m);
  if (init) init.w.forEach((v, i) => (w[i] = v));
  w[d] = init?.b ?? 0;
  const g = new Float64Array(m);
  const H = new Float64Array(m * m);
  for (let it = 0; it < iterations; it++) {
    // Gradient and Hessian over [w..., b]; the bias is not regularised.
    g.fill(0);
    H.fill(0);
    for (let k = 0; k < n; k++) {
      const o = k * m;
      let z = 0;
      for (let i = 0; i < m; i++) z += w[i]! * X[o + i]!;
      const p = 1 / (1 + Math.exp(-z));
      const e = p - Y[k]!;
      const s = Math.max(p * (1 - p), 1e-6);
      for (let i = 0; i < m; i++) {
        const xi = X[o + i]!;
        g[i]! += e * xi;
        const si = s * xi;
        for (let j = i; j < m; j++) H[i * m + j]! += si * X[o + j]!;
      }
    }
    for (let i = 0; i < d; i++) {
      g[i]! += l2 * w[i]!;
      H[i * m + i]! += l2;
    }
    const A = Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, j) => (j >= i ? H[i * m + j]! : H[j * m + i]!)));
    const step = solve(A, [...g]);
    if (!step) break;
    let change = 0;
    for (let i = 0; i < m; i++) {
      change = Math.max(change, Math.abs(step[i]!));
      w[i]! -= step[i]!;
    }
    if (change < 1e-4) break;
  }
  return { w: [...w.subarray(0, d)], b: w[d]! };
}

/** Gaussian elimination with partial pivoting; null when singular. */
function solve(A: number[][], y: number[]): number[] | null {
  const n = y.length;
  const M = A.map((row, i) => [...row, y[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    if (Math.abs(M[p]![c]!) < 1e-12) return null;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / row[i]!);
}

export interface FitOptions {
  /** Non-pairs sampled per tie. */
  readonly negatives?: number;
  readonly folds?: number;
  readonly l2Grid?: readonly number[];
  readonly seed?: number;
  /** Fewer positive examples than this: use the priors. */
  readonly minPositives?: number;
  /** More than this: fit on a sample of places holding about this many ties. */
  readonly maxPositives?: number;
}

/**
 * Fits the weights on the index's own city-to-city ties. `candidatesIn(country)` is the pool
 * a prediction would rank (gazetteer cities and record places of that country); `requesterOf`
 * turns a home place into the requester it would be.
 */
export function fitPartnerWeights(
  index: TieIndex,
  candidatesIn: (country: string) => readonly PartyPlace[],
  requesterOf: (home: PartyPlace) => Requester,
  options: FitOptions = {},
): PartnerWeights {
  const { negatives = 20, folds = 4, l2Grid = [0.1, 1, 10], seed = 11, minPositives = 30, maxPositives = 750 } = options;
  const random = seededRandom(seed);
  const all = index.ties.filter((t) => CITY_LEVELS.has(t.home.level) && CITY_LEVELS.has(t.away.level) && t.home.resolved && t.away.resolved && t.away.country);
  if (all.length < minPositives) return PRIOR_WEIGHTS;
  // A large list is sampled (whole places at a time): 750 ties (≈8,000 examples with their sampled
  // non-pairs) fit the eleven weights as well as 100,000 — the world list fits on 670.
  let positives = all;
  if (all.length > maxPositives) {
    const places = [...new Set(all.map((t) => t.home.key))];
    const keep = new Set<string>();
    for (let i = places.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [places[i], places[j]] = [places[j]!, places[i]!];
    }
    let count = 0;
    const perPlace = new Map<string, number>();
    for (const t of all) perPlace.set(t.home.key, (perPlace.get(t.home.key) ?? 0) + 1);
    for (const p of places) {
      if (count >= maxPositives) break;
      keep.add(p);
      count += perPlace.get(p)!;
    }
    positives = all.filter((t) => keep.has(t.home.key));
  }
  // A sampled large list has ties enough: half the non-pairs per tie fit the weights as well, in half the time.
  const perTie = positives.length < all.length ? Math.ceil(negatives / 2) : negatives;
  // Group examples by the requester so a fold hides whole places, as prediction does.
  const homes = [...new Set(positives.map((t) => t.home.key))];
  const groupOf = new Map(homes.map((h, i) => [h, i % folds]));
  const examples: Example[] = [];
  const byHomeCountry = new Map<string, Tie[]>();
  for (const t of positives) push(byHomeCountry, `${t.home.key}|${t.away.country}`, t);
  for (const [key, ties] of byHomeCountry) {
    const home = ties[0]!.home;
    const country = ties[0]!.away.country!;
    const pool = candidatesIn(country);
    if (pool.length < 2) continue;
    const truth = new Set(ties.map((t) => t.away.key));
    const picked: PartyPlace[] = ties.map((t) => t.away);
    for (let i = 0; i < perTie * ties.length; i++) {
      const c = pool[Math.floor(random() * pool.length)]!;
      if (!truth.has(c.key)) picked.push(c);
    }
    const features = index.featurise(requesterOf(home), picked, country);
    features.forEach((f, i) => examples.push({ x: FEATURES.map((k) => f.x[k]), y: truth.has(picked[i]!.key) ? 1 : 0, group: groupOf.get(key.split('|')[0]!)! }));
  }
  // Standardise for the fit; the weights are mapped back to the raw scale.
  const d = FEATURES.length;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const e of examples) e.x.forEach((v, i) => (mean[i]! += v / examples.length));
  for (const e of examples) e.x.forEach((v, i) => (sd[i]! += (v - mean[i]!) ** 2 / examples.length));
  for (let i = 0; i < d; i++) sd[i] = Math.sqrt(sd[i]!) || 1;
  const z = examples.map((e) => ({ x: e.x.map((v, i) => (v - mean[i]!) / sd[i]!), y: e.y, group: e.group }));
  // Cross-validation over places: the L2 strength with the best held-out log-likelihood; AUC reported.
  // Folds outer, L2 strengths inner: each fold's split is made once, and each fit starts from the
  // previous strength's solution (Newton then needs a step or two, not fifteen).
  const sums = l2Grid.map(() => ({ loss: 0, correct: 0, pairs: 0 }));
  let start: { w: number[]; b: number } | undefined;
  const fold0: ({ w: number[]; b: number } | undefined)[] = [];
  for (let f = 0; f < folds; f++) {
    const train = z.filter((e) => e.group !== f);
    const test = z.filter((e) => e.group === f);
    if (!train.length || !test.length) continue;
    // Each fold starts from the first fold's solution at the first strength (a convex problem: the
    // same optimum, in a few Newton steps instead of a dozen from zero).
    start = fold0[0];
    l2Grid.forEach((l2, g) => {
      const m = fitLogistic(train, l2, 15, start);
      start = m;
      fold0[g] ??= m;
      const s = test.map((e) => e.x.reduce((acc, v, i) => acc + m.w[i]! * v, m.b));
      test.forEach((e, i) => {
        const p = Math.min(1 - 1e-9, Math.max(1e-9, 1 / (1 + Math.exp(-s[i]!))));
        sums[g]!.loss -= e.y ? Math.log(p) : Math.log(1 - p);
      });
      const pos = s.filter((_, i) => test[i]!.y === 1);
      const neg = s.filter((_, i) => test[i]!.y === 0).sort((a, b) => a - b);
      for (const p of pos) {
        sums[g]!.correct += lowerCount(neg, p);
        sums[g]!.pairs += neg.length;
      }
    });
  }
  let best = { l2: l2Grid[0]!, loss: Infinity, auc: 0, g: 0 };
  l2Grid.forEach((l2, g) => {
    const t = sums[g]!;
    if (t.loss < best.loss) best = { l2, loss: t.loss, auc: t.pairs ? t.correct / t.pairs : 0, g };
  });
  const m = fitLogistic(z, best.l2, 15, fold0[best.g]);
  const weights = Object.fromEntries(FEATURES.map((f, i) => [f, m.w[i]! / sd[i]!])) as Record<Feature, number>;
  const bias = m.b - FEATURES.reduce((s, _, i) => s + (m.w[i]! * mean[i]!) / sd[i]!, 0);
  return { weights, bias, source: 'fitted', positives: positives.length, l2: best.l2, cvAuc: best.auc };
}

/** How many values of a sorted array are below v. */
function lowerCount(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
