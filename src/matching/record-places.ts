/** The places of the partnership records, resolved once through the gazetteer so they can be compared. */
import type { Party, PartnershipRecord } from '../knowledge/schemas.js';
import type { Gazetteer } from '../places/gazetteer.js';
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

export function resolveParty(party: Party, gazetteer: Gazetteer): PartyPlace {
  const isCity = ['city', 'town', 'village', 'county'].includes(party.level);
  const region = regionOf(party);
  if (isCity) {
    const query = party.name_ja && party.country === 'JP' ? `${party.region_ja ?? ''}${party.name_ja}` : `${party.name_en ?? party.name_ja}${region ? `, ${region}` : ''}`;
    const place = gazetteer.resolve(query, party.country ?? undefined) ?? (party.name_en ? gazetteer.resolve(party.name_en, party.country ?? undefined) : null);
    if (place) {
      return { key: `${place.country}:${foldName(place.regionEn ?? '')}:${foldName(place.nameEn)}`.toLowerCase(), nameEn: place.nameEn, nameJa: place.nameJa ?? party.name_ja, country: place.country, region: place.regionEn, level: party.level, population: place.population, lat: place.lat };
    }
  }
  const regionLevel = party.level === 'prefecture' || party.level === 'state' || party.level === 'province' || party.level === 'region';
  const selfRegion = regionLevel ? regionOf({ ...party, region_en: party.name_en, region_ja: party.name_ja }) : region;
  const name = party.name_en ?? party.name_ja ?? '';
  return { key: `${party.country ?? ''}:${foldName(selfRegion ?? '')}:${foldName(name) || name}`.toLowerCase(), nameEn: party.name_en, nameJa: party.name_ja, country: party.country, region: selfRegion, level: party.level, population: null, lat: null };
}

export function resolveRecords(records: readonly PartnershipRecord[], gazetteer: Gazetteer): RecordSides[] {
  return records.map((record) => ({ record, a: resolveParty(record.a, gazetteer), b: resolveParty(record.b, gazetteer) }));
}
