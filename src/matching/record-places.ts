/** The places of the partnership records, resolved once through the gazetteer so they can be compared. */
import type { Party, PartnershipRecord } from '../knowledge/schemas.js';
import type { Gazetteer, Place } from '../places/gazetteer.js';
import { findPrefecture, findUsState, US_STATES } from '../places/regions.js';
import { foldName } from '../places/romaji.js';

export interface PartyPlace {
  /** Key that identifies one place across records ("us:oh:findlay"). */
  readonly key: string;
  readonly nameEn: string | null;
  readonly nameJa: string | null;
  readonly country: string | null;
  /** Prefecture (English) or US state name; for a prefecture or state, itself. */
  readonly region: string | null;
  readonly level: Party['level'];
  readonly population: number | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** First-level division key ("US.OR", "JP.15", "AU.04"), when known. */
  readonly admin: string | null;
  /** GeoNames feature code of a resolved city (PPLA… = seat of a division). */
  readonly featureCode: string | null;
  /** False when a city-level party could not be found in the gazetteer (merged, misspelt or too small). */
  readonly resolved: boolean;
  /** The former name when the record names a municipality that has since merged into this one. */
  readonly formerName: string | null;
  /** On the sea (the gazetteer's coastline fact); null when unknown — a region, an unresolved town, no mask. */
  readonly coastal: boolean | null;
}

export interface RecordSides {
  readonly record: PartnershipRecord;
  readonly a: PartyPlace;
  readonly b: PartyPlace;
}

function regionOf(party: Party): string | null {
  const raw = party.region_en ?? party.region_ja;
  if (!raw) return null;
  const state = findUsState(raw);
  if (state) return US_STATES[state]!;
  return findPrefecture(raw)?.en ?? raw;
}

/** A city of the gazetteer as a party: one key, whether it came from a record or from the gazetteer. */
function cityParty(place: Place): PartyPlace {
  return {
    key: `${place.country}:${foldName(place.regionEn ?? '')}:${foldName(place.nameEn)}`.toLowerCase(),
    nameEn: place.nameEn,
    nameJa: place.nameJa,
    country: place.country,
    region: place.regionEn,
    level: 'city',
    population: place.population,
    lat: place.lat,
    lon: place.lon,
    admin: place.admin ?? null,
    featureCode: place.featureCode ?? null,
    resolved: true,
    formerName: place.formerName ?? null,
    coastal: place.coastal ?? null,
  };
}

export function resolveParty(party: Party, gazetteer: Gazetteer): PartyPlace {
  const isCity = ['city', 'town', 'village', 'county'].includes(party.level);
  const region = regionOf(party);
  if (isCity) {
    const query = party.name_ja && party.country === 'JP' ? `${party.region_ja ?? ''}${party.name_ja}` : `${party.name_en ?? party.name_ja}${region ? `, ${region}` : ''}`;
    const place = gazetteer.resolve(query, party.country ?? undefined) ?? (party.name_en ? gazetteer.resolve(party.name_en, party.country ?? undefined) : null);
    if (place) return { ...cityParty(place), nameJa: place.nameJa ?? (place.formerName ? null : party.name_ja), level: party.level };
  }
  const regionLevel = party.level === 'prefecture' || party.level === 'state' || party.level === 'province' || party.level === 'region';
  const selfRegion = regionLevel ? regionOf({ ...party, region_en: party.name_en, region_ja: party.name_ja }) : region;
  const name = party.name_en ?? party.name_ja ?? '';
  const stateCode = party.country === 'US' && selfRegion ? findUsState(selfRegion) : null;
  const pref = party.country === 'JP' && selfRegion ? findPrefecture(selfRegion) : null;
  const admin = stateCode ? `US.${stateCode}` : pref ? `JP.${pref.geonames}` : null;
  return {
    key: `${party.country ?? ''}:${foldName(selfRegion ?? '')}:${foldName(name) || name}`.toLowerCase(),
    nameEn: party.name_en,
    nameJa: party.name_ja,
    country: party.country,
    region: selfRegion,
    level: party.level,
    population: null,
    lat: null,
    lon: null,
    admin,
    featureCode: null,
    resolved: !isCity,
    formerName: null,
    coastal: null,
  };
}

export function resolveRecords(records: readonly PartnershipRecord[], gazetteer: Gazetteer): RecordSides[] {
  // One object per distinct party: 100,000 rows name a few thousand places, each resolved once.
  const seen = new Map<string, PartyPlace>();
  const resolve = (party: Party) => {
    const key = `${party.country}|${party.level}|${party.region_ja}|${party.region_en}|${party.name_ja}|${party.name_en}`;
    let place = seen.get(key);
    if (!place) seen.set(key, (place = resolveParty(party, gazetteer)));
    return place;
  };
  return records.map((record) => ({ record, a: resolve(record.a), b: resolve(record.b) }));
}

/** A gazetteer place as a record party would resolve to it (same key), so the two compare. */
export function partyOf(place: Place): PartyPlace {
  if (place.level === 'city') return cityParty(place);
  const state = place.country === 'US' ? findUsState(place.nameEn) : null;
  const pref = place.country === 'JP' ? findPrefecture(place.nameEn) : null;
  return {
    key: `${place.country}:${foldName(place.nameEn)}:${foldName(place.nameEn)}`.toLowerCase(),
    nameEn: place.nameEn,
    nameJa: place.nameJa,
    country: place.country,
    region: place.nameEn,
    level: place.level,
    population: place.population,
    lat: place.lat,
    lon: place.lon,
    admin: state ? `US.${state}` : pref ? `JP.${pref.geonames}` : null,
    featureCode: null,
    resolved: true,
    formerName: null,
    coastal: null,
  };
}
