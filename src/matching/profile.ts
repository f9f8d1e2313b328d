/** Parses a matching request (Japanese or English) into a profile: who asks, what for, what kind of counterpart, where. */
import { JAPANESE_NUMERAL, japaneseNumeralValue } from '../core/japanese-numerals.js';
import { detectLanguage } from '../core/language.js';
import type { Language, SuggestionKind } from '../core/types.js';
import type { Theme } from '../knowledge/schemas.js';
import type { Gazetteer, Place } from '../places/gazetteer.js';
import { findPrefecture, findUsState, PREFECTURE_LIST, type Prefecture } from '../places/regions.js';
import { japanRegions, japanRegionsIn } from '../places/japan-regions.js';
import { packageWorld, type World, type WorldRegion } from '../places/countries.js';
import { isCoastal, themesOf } from './theme-keywords.js';

export interface MatchProfile {
  readonly language: Language;
  readonly place: Place | null;
  /** Place names in the request that could not be resolved (reported, never guessed). */
  readonly unknownPlaces: readonly string[];
  readonly themes: readonly Theme[];
  readonly wantedKind: SuggestionKind | null;
  /** Both a place and a program or organisation asked for: each kind's best is offered. */
  readonly mixedKinds?: boolean;
  readonly wantedCountry: string | null;
  /** Several countries: a world region named ("East Africa", 東南アジア → its UN M49 countries) or several countries named. */
  readonly wantedCountries?: readonly string[] | null;
  readonly wantedRegion?: Pick<WorldRegion, 'code' | 'nameEn' | 'nameJa'> | null;
  /** Prefectures of Japan a requester abroad asks for ("a sister town in Hokkaido", 「九州の温泉地」): the Japanese side is narrowed to them. */
  readonly wantedArea?: WantedArea | null;
  readonly size: 'small' | 'large' | null;
  /** A population the request states ("a city of 30,000", 人口3万人の町). */
  readonly population?: number | null;
  readonly coastal: boolean;
}

export interface WantedArea {
  readonly nameEn: string;
  readonly nameJa: string;
  /** GeoNames first-level codes of the prefectures ("JP.12"), as Place.admin spells them. */
  readonly admins: readonly string[];
}

/** "a city of 30,000", "population of about 120,000", "pop. ~3,000", "30k people", 人口3万人, 人口約12万の市, 人口2万7千人, 5万人規模. */
export function statedPopulation(text: string): number | null {
  const t = text.normalize('NFKC');
  // The words that may stand between a size cue and its number: "population of about", "pop. ~", "population: roughly".
  const hedge = String.raw`(?:\s*(?:of|is|:|=|~|≈|about|around|some|roughly|nearly|approximately|approx\.?|almost|over|under|just|only|c\.|ca\.))*\s*`;
  const en = new RegExp(String.raw`(?:\b(?:city|town|village|county|community|municipality|place|island) of|\bpop(?:ulation|\.)?)${hedge}(\d[\d,.]*)\s*(k\b|thousand|million)?`, 'i').exec(t) ??
    /(\d[\d,.]*)\s*(k|thousand|million)?\s+(?:people|residents|inhabitants|citizens|souls)\b/i.exec(t);
  if (en) {
    const v = Number(en[1]!.replace(/,/g, ''));
    const m = en[2]?.toLowerCase();
    const n = m === 'million' ? v * 1e6 : m === 'k' || m === 'thousand' ? v * 1e3 : v;
    return n >= 100 && n < 5e7 ? Math.round(n) : null;
  }
  // 人口2万7千人, 人口約三万, 5万7千人くらい: the numeral is read whole (not "2万" of 2万7千).
  const ja = new RegExp(`人口(?:は|が)?(?:約|およそ|ほぼ)?(${JAPANESE_NUMERAL})`).exec(t) ?? new RegExp(`(${JAPANESE_NUMERAL})人(?:規模|ほど|程度|くらい|ぐらい|前後|の)`).exec(t);
  if (ja) {
    const n = japaneseNumeralValue(ja[1]!);
    return n !== null && n >= 100 && n < 5e7 ? Math.round(n) : null;
  }
  return null;
}

const KIND_CUES: ReadonlyArray<[SuggestionKind, RegExp]> = [
  ['program', /\bprograms?\b|\bprogrammes?\b|scholarship|grant|funding|\bschemes?\b|mechanism|プログラム|事業|制度|助成|奨学|仕組み|スキーム/i],
  ['organisation', /organi[sz]ations?|associations?|who can help|\bngo\b|団体|協会|機関|組織/i],
  ['city', /sister cit|partner cit|\bcit(y|ies)\b|\btowns?\b|姉妹都市|友好都市|相手都市|都市|まち|町/i],
  ['region', /sister state|sister prefecture|\bprefectures?\b|\bstates?\b|姉妹州|都道府県|州/i],
];

/**
 * Words that describe who is asking ("our prefecture", "沿岸の町で", "市です") or where the
 * work happens ("国際機関で働く"), not the kind of counterpart wanted: removed before the cues.
 */
const NOT_A_WANTED_KIND = [
  /\b(our|my|we are an?|we're an?|as an?|i am from an?|i'm from an?)\s+(\w+\s+){0,2}(city|town|village|prefecture|county|state|university|school|organi[sz]ation|association|ngo)('s)?\b/gi,
  /\b(city|town|prefecture|state) (hall|office|government|staff|officials?)\b/gi,
  /(私たち|わたしたち|当|うち|我々)の?(市|町|村|県|団体|協会|大学)/g,
  /[\u4e00-\u9fff]*(市|町|村|県|州|大学|団体|自治体)(です|で、|として|の職員|職員)/g,
  /国際機関|international organi[sz]ations?|\bU\.?N\.?\b|国連/gi,
];

function wantedKindsIn(request: string): SuggestionKind[] {
  const text = NOT_A_WANTED_KIND.reduce((t, re) => t.replace(re, ' '), request);
  // An English question's focus ("which organisation helps … find a sister city") is what it asks for;
  // the other kinds it mentions are its purpose.
  // In Japanese, the noun phrase a question ends on ("…してくれる団体はありますか").
  const focus = [
    ...[...text.matchAll(/\b(?:which|what|who)\b((?:\W+\w+){1,3})/gi)].map((m) => m[1]!),
    ...[...text.matchAll(/((?:[\p{sc=Han}\p{sc=Katakana}ー]+(?:や|と|・|、)?)+)(?:は|が|を)(?:ありますか|ありませんか|どこ|どれ|何|誰|ですか|でしょう|教えて|知りたい)/gu)].map((m) => m[1]!),
    ...[...text.matchAll(/(?:どの|どんな|どういう|どこの)([\p{sc=Han}\p{sc=Katakana}ー]+)/gu)].map((m) => m[1]!),
  ].join(' ');
  const focused = KIND_CUES.filter(([, re]) => re.test(focus)).map(([k]) => k);
  return focused.length ? focused : KIND_CUES.filter(([, re]) => re.test(text)).map(([k]) => k);
}

/** A place and a program or organisation asked for together ("which city, and through what scheme"). */
const isMixed = (kinds: readonly SuggestionKind[]) => kinds.some((k) => k === 'city' || k === 'region') && kinds.some((k) => k === 'program' || k === 'organisation');

/** The language and the people are not the place: "日本語を教える人材を米国に送りたい" wants the US. */
const LANGUAGE_OR_PEOPLE = /日本語|日本人|Japanese[- ]language|\bJapanese (teachers?|students?|people|nationals|language)\b/gi;

/** Spaces for the language and people words, so that what remains keeps its positions. */
const withoutLanguageOrPeople = (request: string) => request.replace(LANGUAGE_OR_PEOPLE, (m) => ' '.repeat(m.length));

/** Words by which a sentence speaks of its writer: "we", "our", "hello from", 「〜です」「担当しています」. */
const SELF_CUE = /\b(we|we're|our|ours|us|i|i'm|my)\b|\b(hello|greetings) from\b|\bhere\b|(です|でございます|しています|しております|働いています|担当)\s*[。！!]?\s*$/i;

/** Possessives of the writer, and how far before a place they may stand ("our small town here in Hokkaido"). */
const OWN_MARK = /\b(our|my)\b|私たちの|わたしたちの|うちの|わが|我が|当/gi;
const OWN_REACH = 30;

/** Where the requester describes themselves: the first sentence that speaks of its writer (and where in it that starts), or null. */
function selfSentence(request: string): { start: number; end: number; cue: number } | null {
  for (const m of request.matchAll(/[^。.!?！？\n]+[。.!?！？\n]*/g)) {
    const cue = SELF_CUE.exec(m[0].trim());
    if (cue) return { start: m.index!, end: m.index! + m[0].length, cue: m.index! + m[0].indexOf(m[0].trim()) + cue.index };
  }
  return null;
}

/**
 * The part of Japan a requester abroad asks for. People introduce themselves first ("a wine town
 * in South Australia … a sister town in Hokkaido", 「ニュージーランドの町です。九州の温泉地と」):
 * when the first country a request names is not Japan and every prefecture or region of Japan it
 * names comes after it, those are the side wanted, not the requester's own place. The country
 * read is the first one named where the requester speaks of themselves.
 */
function japaneseAreaWanted(request: string, world: World): { area: WantedArea; ownCountry: string } | null {
  const self = selfSentence(request);
  if (!self) return null;
  const first = world.countryMentions(withoutLanguageOrPeople(request)).find(([i]) => i >= self.start && i < self.end);
  if (!first || first[1] === 'JP') return null;
  const hits: { index: number; nameEn: string; nameJa: string; prefectures: readonly Prefecture[] }[] = [];
  for (const p of PREFECTURE_LIST) {
    const ja = request.indexOf(p.ja);
    const en = new RegExp(`\\b${p.en}\\b`).exec(request);
    const index = Math.min(ja >= 0 ? ja : Infinity, en ? en.index : Infinity);
    if (index < Infinity) hits.push({ index, nameEn: p.en, nameJa: p.ja, prefectures: [p] });
  }
  for (const { region, index } of japanRegionsIn(request, (name) => world.countryNamed(name) !== null)) hits.push({ index, nameEn: region.nameEn, nameJa: region.nameJa, prefectures: region.prefectures });
  if (!hits.length || hits.some((h) => h.index < first[0])) return null;
  // "Our prefecture, Gunma", 「うちの群馬県」: a Japanese place the writer calls theirs is their own.
  const countries = world.countryMentions(request).map(([i]) => i);
  if (hits.some((h) => {
    const before = request.slice(Math.max(0, h.index - OWN_REACH), h.index);
    const own = [...before.matchAll(OWN_MARK)].at(-1);
    if (!own) return false;
    const at = h.index - before.length + own.index!;
    return !/[。.!?！？\n]/.test(request.slice(at, h.index)) && !countries.some((c) => c > at && c < h.index);
  })) return null;
  // Both sides in the sentence that speaks of the writer: theirs is the one named after "we"/"our"
  // ("Our city in Ontario, Canada wants a town in Tohoku"), not before it ("a town in Chile for a town in Hokkaido like ours").
  if (hits.some((h) => h.index < self.end) && self.cue > first[0]) return null;
  hits.sort((a, b) => a.index - b.index);
  const admins = [...new Set(hits.flatMap((h) => h.prefectures.map((p) => `JP.${p.geonames}`)))];
  return { area: { nameEn: hits.map((h) => h.nameEn).join(', '), nameJa: hits.map((h) => h.nameJa).join('、'), admins }, ownCountry: first[1] };
}

/** The countries a request names, the requester's own last (it is where they are, not what they want). */
function countriesIn(request: string, own: string | null, world: World): string[] {
  const text = request.replace(LANGUAGE_OR_PEOPLE, ' ');
  const found = world.countriesIn(text);
  // Everyday names of the product's two sides that the ISO names miss.
  if (/米国|アメリカ|合衆国|\bU\.?S\.?A?\b|\bAmerican?s?\b|United States/.test(text) && !found.includes('US')) found.push('US');
  if (/日本|\bJapan(ese)?\b/i.test(text) && !found.includes('JP')) found.push('JP');
  return [...found.filter((c) => c !== own), ...found.filter((c) => c === own)];
}

/** "Findlay, Ohio", "a county in Vermont", "羽咋市", "石川県の町". */
function placeMentions(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b([A-Z][a-zA-Z.'-]+(?:\s[A-Z][a-zA-Z.'-]+)*),\s*([A-Z][a-zA-Z]+(?:\s[A-Z][a-zA-Z]+)?)\b/g)) out.push(`${m[1]}, ${m[2]}`);
  for (const m of text.matchAll(/\b(?:in|of|from)\s+([A-Z][a-zA-Z]+(?:\s[A-Z][a-zA-Z]+)?)\b/g)) out.push(m[1]!);
  for (const m of text.matchAll(/([\u4e00-\u9fff々ヶ]{1,4}[都道府県])?([\u4e00-\u9fff々ヶ]{1,5}[市町村])/g)) {
    // 姉妹都市, 市町村, 都市: words about cities, not names of places.
    if (!/都市$|市町村$|^各|^同市|^両市/.test(m[2]!)) out.push(`${m[1] ?? ''}${m[2]}`);
  }
  for (const m of text.matchAll(/([\u4e00-\u9fff々]{2,3}[都道府県])/g)) out.push(m[1]!);
  return [...new Set(out)];
}

/** "Bergen, Norway" → the name and the country it is bound to (null when what follows the comma is no country). */
function namedWithCountry(mention: string, world: World): { name: string; country: string | null } {
  const [name, after] = mention.split(/\s*,\s*/);
  return { name: name!, country: after ? world.countryNamed(after) : null };
}

export function parseProfile(request: string, gazetteer: Gazetteer, options: { forPlace?: string; country?: string; kind?: SuggestionKind } = {}, world: World = packageWorld()): MatchProfile {
  const language = detectLanguage(request || options.forPlace || '');
  const unknownPlaces: string[] = [];
  let place: Place | null = null;
  if (options.forPlace) {
    // "Tampere, Finland" is looked up in that country; a region that is neither a country, a
    // prefecture nor a state leaves the place unknown rather than guessed. A US state or
    // prefecture reads first ("Atlanta, Georgia" is not in the country Georgia).
    const { name, country } = namedWithCountry(options.forPlace, world);
    place = gazetteer.resolve(options.forPlace) ?? (country ? gazetteer.resolve(name, country) : null);
    if (!place) unknownPlaces.push(options.forPlace);
  } else {
    const mentions = placeMentions(request);
    // "Bergen, Norway": a name followed by a country is looked up in that country only, and
    // so is the same name mentioned alone; a country's own name ("in Brazil") is not a town.
    const boundTo = new Map<string, string>();
    for (const m of mentions) {
      const { name, country } = namedWithCountry(m, world);
      if (country) boundTo.set(name, country);
    }
    // "Hobart, Tasmania": a region neither a prefecture nor a state leaves the place to the name
    // alone, looked up in every country (the most populous of that name), not in Japan and the US only.
    const anywhere = new Set(mentions.filter((m) => /,/.test(m) && !boundTo.has(m.split(/\s*,\s*/)[0]!) && !gazetteer.resolve(m)).map((m) => m.split(/\s*,\s*/)[0]!));
    for (const mention of mentions) {
      if (world.countryNamed(mention)) continue;
      const name = mention.split(/\s*,\s*/)[0]!;
      if (anywhere.has(name)) {
        const found = gazetteer.resolveAnywhere(name);
        if (found && (!place || (place.level !== 'city' && found.level === 'city'))) place = found;
        if (!found && /,/.test(mention)) unknownPlaces.push(mention);
        continue;
      }
      const bound = boundTo.get(name);
      // "in Nagano", "from Shizuoka": a bare prefecture name is the prefecture, not its capital city.
      const asPrefecture = !bound && /^[A-Z][a-z]+$/.test(mention) ? findPrefecture(mention) : null;
      const resolved = asPrefecture
        ? { nameEn: asPrefecture.en, nameJa: asPrefecture.ja, country: 'JP', level: 'prefecture' as const, regionEn: null, regionJa: null, population: null, lat: null, lon: null }
        : bound
          ? gazetteer.resolve(name, bound)
          : gazetteer.resolve(mention);
      if (resolved) {
        // A city beats a state or prefecture named in the same request.
        if (!place || (place.level !== 'city' && resolved.level === 'city')) place = resolved;
      } else if (/[,]|[市町村県]$/.test(mention) && !findPrefecture(mention) && !findUsState(mention) && !isCoastal(mention) && !themesOf(mention).length) {
        // 港町, 農村: words the request uses to describe itself, not names of places.
        unknownPlaces.push(mention);
      }
    }
  }
  const kinds = wantedKindsIn(request);
  const mixed = isMixed(kinds);
  // A Japanese municipality named is the requester's own ("a partner in Brazil for Hakui, Ishikawa"): only a prefecture or region is read as wanted.
  // (A town named like a region — 東北町 for "Tohoku" — is read as the region.)
  const ownMunicipality = place?.country === 'JP' && place.level === 'city' && !japanRegions().some((r) => r.nameEn === place!.nameEn || `${r.nameJa}町` === place!.nameJa || `${r.nameJa}村` === place!.nameJa);
  const abroad = options.forPlace || options.country || ownMunicipality ? null : japaneseAreaWanted(request, world);
  // A Japanese place read from such a request is on the side wanted, not the requester's.
  if (abroad && place?.country === 'JP') place = null;
  const own = abroad?.ownCountry ?? place?.country ?? null;
  const named = countriesIn(request, own, world);
  const region = options.country ? null : world.regionIn(request.replace(LANGUAGE_OR_PEOPLE, ' '));
  // "Abroad" or "developing countries" asks for any country; with nothing named there is no default:
  // the matcher says which countries it chose and why.
  const foreign = named.filter((c) => c !== own);
  const wantedCountry = options.country ?? (abroad ? 'JP' : null) ?? (foreign.length === 1 && !region ? foreign[0]! : foreign.length === 0 && named.length === 1 && !own ? named[0]! : null);
  // A country named inside a region named ("Paraguay … South America") is the more precise wish.
  const inRegion = region ? foreign.filter((c) => region.countries.includes(c)) : [];
  const regionCountries = region ? (inRegion.length ? inRegion : region.countries.filter((c) => c !== own && c !== 'JP')) : null;
  const wantedCountries = options.country ? [options.country] : abroad ? ['JP'] : regionCountries?.length ? regionCountries : foreign.length > 1 ? foreign : wantedCountry ? [wantedCountry] : null;
  return {
    language,
    place,
    unknownPlaces,
    themes: themesOf(request),
    wantedKind: options.kind ?? (mixed ? null : kinds[0]) ?? (options.forPlace ? 'city' : null),
    mixedKinds: !options.kind && mixed,
    wantedCountry,
    wantedCountries,
    wantedArea: abroad?.area ?? null,
    wantedRegion: !abroad && region && regionCountries?.length ? { code: region.code, nameEn: region.nameEn, nameJa: region.nameJa } : null,
    size: /\bsmall\b|小さな|小規模|小さい/i.test(request) ? 'small' : /\blarge\b|\bbig\b|大都市|大きな/i.test(request) ? 'large' : null,
    population: statedPopulation(request),
    coastal: isCoastal(request),
  };
}
