/**
 * Where in the wanted country a request wants its partner: a city it names with a word of place
 * beside it — "near Brisbane", "the Toronto area", "at the foot of Mount Tsukuba", 「トロント近郊」,
 * 「プサン周辺」. Words of nearness are a closed class of the two languages; the city itself comes
 * from the gazetteer (a katakana name through the dictionaries' spellings, else by sound), so any
 * city of any country can be the anchor.
 */
import type { Gazetteer, Place } from '../places/gazetteer.js';

/** English words that put the wanted place next to a named one, before the name. */
const NEAR_BEFORE = /\b(?:near|nearby|around|outside|close to|next to|not far from|within reach of|(?:on )?the (?:edge|outskirts|suburbs|foot|shore|side) of|(?:a )?suburbs? of|outskirts of|commut\w* (?:distance )?(?:to|from|of)|an? (?:hour|short drive) from)\s+(?:mount |mt\.? |lake |greater |metropolitan |metro )?$/i;
/** …and after it: "the Toronto area", "Busan's suburbs", "Perth's outskirts". */
const NEAR_AFTER = /^(?:'s|’s)?\s*(?:area|region|metro(?:politan)?(?: area)?|suburbs?|outskirts|surroundings|commuter belt|vicinity)\b/i;
/** Japanese: 「トロント近郊」「プサン周辺の」「パースの近く」「ソウル首都圏」. */
const NEAR_AFTER_JA = /^(?:の)?(?:近郊|周辺|郊外|近く|近辺|付近|周り|首都圏|都市圏|圏|エリア|地域|一帯|寄り)/;

/** Capitalised name runs ("Brisbane", "Mount Tsukuba", "St. John's"), up to three words. */
const LATIN_NAME = /\b[A-Z][a-z][\p{L}'’.-]*(?:\s+[A-Z][a-z][\p{L}'’.-]*){0,2}/gu;
const KATAKANA_NAME = /[\u30a1-\u30fa\u30fc・]{3,}/g;

/** An anchor is a real town, not a hamlet that shares a word. */
const MIN_ANCHOR_POPULATION = 30_000;

export interface WantedArea {
  readonly anchor: Place;
  /** As the request wrote it. */
  readonly spelling: string;
}

/**
 * The city of `country` (any country but the requester's when null) the request places its wish
 * next to, or null. `own` is the requester's place: it is where they are, not where they want a partner.
 */
export function wantedAreaIn(request: string, country: string | null, own: Place | null, gazetteer: Gazetteer): WantedArea | null {
  if (!request) return null;
  // With no country named, the city says it ("a sister city near Brisbane"): any country but the requester's.
  const usable = (p: Place | null): p is Place =>
    p !== null && p.level === 'city' && (country ? p.country === country : p.country !== own?.country) && p.lat !== null && (p.population ?? 0) >= MIN_ANCHOR_POPULATION && !(own && own.nameEn === p.nameEn && own.country === p.country);
  const lookUp = (name: string) => (country ? gazetteer.resolve(name, country) : gazetteer.resolveAnywhere(name));
  for (const m of request.matchAll(LATIN_NAME)) {
    const before = request.slice(Math.max(0, m.index - 40), m.index);
    const after = request.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (!NEAR_BEFORE.test(before) && !NEAR_AFTER.test(after)) continue;
    // "Mount Tsukuba" names the city of Tsukuba; the longest run that is a place wins.
    const words = m[0].split(/\s+/);
    for (let start = 0; start < words.length; start++) {
      const name = words.slice(start).join(' ');
      const place = lookUp(name);
      if (usable(place)) return { anchor: place, spelling: name };
    }
  }
  for (const m of request.matchAll(KATAKANA_NAME)) {
    if (!NEAR_AFTER_JA.test(request.slice(m.index + m[0].length))) continue;
    const place = gazetteer.katakanaCity(m[0], country, MIN_ANCHOR_POPULATION);
    if (usable(place)) return { anchor: place, spelling: m[0] };
  }
  return null;
}
