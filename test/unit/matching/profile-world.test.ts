import { describe, expect, it } from 'vitest';
import { parseProfile, statedPopulation } from '../../../src/matching/profile.js';
import { Gazetteer } from '../../../src/places/gazetteer.js';

const gazetteer = Gazetteer.load();

describe('request profile: any country, region and size', () => {
  it('has no default country: nothing named, nothing wanted', () => {
    const p = parseProfile('羽咋市です。子どもたちの交流相手を探しています', gazetteer);
    expect(p.place?.nameJa).toBe('羽咋市');
    expect(p.wantedCountry).toBeNull();
    expect(p.wantedCountries ?? null).toBeNull();
  });

  it('reads a named country other than Japan or the US', () => {
    expect(parseProfile('Our town in Hokkaido wants a farming partner in Kenya', gazetteer).wantedCountry).toBe('KE');
    expect(parseProfile('タイの学校と交流したい', gazetteer).wantedCountry).toBe('TH');
  });

  it('looks up "Town, Country" in that country, and never reads a country as a town', () => {
    const p = parseProfile('Greetings from Bergen, Norway: we would like a Japanese partner town', gazetteer);
    expect(p.place?.country).toBe('NO');
    expect(p.wantedCountry).toBe('JP');
    // A region that is neither a prefecture nor a state: the name alone, in any country.
    expect(parseProfile('Greetings from Perth, Western Australia: we want a Japanese partner', gazetteer).place?.country).toBe('AU');
    const q = parseProfile('Our farming town wants a partner city in Brazil', gazetteer);
    expect(q.place).toBeNull();
    expect(q.wantedCountry).toBe('BR');
  });

  it('reads a country named inside a named region as the wish', () => {
    const p = parseProfile('Our port city wants a partner in Peru, to build on its links with South America', gazetteer);
    expect(p.wantedCountries).toEqual(['PE']);
  });

  it('asks for both kinds when a question wants a place and a scheme, and for its focus only otherwise', () => {
    const both = parseProfile('Which town could our school work with, and through what scheme?', gazetteer);
    expect(both.wantedKind).toBeNull();
    expect(both.mixedKinds).toBe(true);
    const one = parseProfile('Which association helps a town find a sister city?', gazetteer);
    expect(one.wantedKind).toBe('organisation');
    expect(one.mixedKinds).toBe(false);
    expect(parseProfile('タイの町と交流したい。どの町が良いですか。使える助成はありますか', gazetteer).mixedKinds).toBe(true);
    // A Japanese question's focus is the noun it ends on.
    expect(parseProfile('奨学金の情報を集めています。留学生の受け入れを手伝ってくれる協会はありますか', gazetteer).wantedKind).toBe('organisation');
  });

  it('reads a world region as its countries', () => {
    const p = parseProfile('We want to share disaster know-how with a city in Southeast Asia', gazetteer);
    expect(p.wantedCountry).toBeNull();
    expect(p.wantedCountries).toEqual(expect.arrayContaining(['TH', 'VN', 'ID', 'PH']));
    expect(p.wantedRegion?.code).toBe('035');
  });

  it('reads a stated size', () => {
    expect(statedPopulation('We are a city of 30,000 on the coast')).toBe(30000);
    expect(statedPopulation('a town of about 8k people')).toBe(8000);
    expect(statedPopulation('人口3万人の町です')).toBe(30000);
    expect(statedPopulation('人口約12万の市')).toBe(120000);
    expect(statedPopulation('人口3万4千人ほどの町')).toBe(34000);
    expect(statedPopulation('人口は約四万です')).toBe(40000);
    expect(statedPopulation('6万2千人くらいの市')).toBe(62000);
    expect(statedPopulation('人口減少が課題です')).toBeNull();
    expect(statedPopulation('We have 3 schools')).toBeNull();
    expect(statedPopulation('a fishing village (pop. about 1,800) in the north')).toBe(1800);
    expect(statedPopulation('Population: roughly 45k, mostly farmers')).toBe(45000);
    expect(statedPopulation('home to 7,200 residents')).toBe(7200);
    expect(statedPopulation('a popular 10-day festival')).toBeNull();
  });

  it('does not report the words a request describes itself with (港町) as unknown places', () => {
    const p = parseProfile('人口5万人の港町です。アメリカの港町と交流したい', gazetteer);
    expect(p.unknownPlaces).toEqual([]);
    expect(p.coastal).toBe(true);
    expect(p.population).toBe(50000);
    expect(parseProfile('架空町の者です', gazetteer).unknownPlaces).toEqual(['架空町']);
  });
});

describe('request profile: a requester abroad asking for a part of Japan', () => {
  it('reads the prefecture or region named after their own country as the side wanted', () => {
    const p = parseProfile('We are a cider-making village in Normandy, France. We would like a twin village in Aomori.', gazetteer);
    expect(p.place?.country ?? null).not.toBe('JP');
    expect(p.wantedCountry).toBe('JP');
    expect(p.wantedArea?.admins).toEqual(['JP.03']);
    const q = parseProfile('チリの港町の市役所で働いています。四国の漁業の町と交流したいです。', gazetteer);
    expect(q.wantedCountry).toBe('JP');
    expect(q.wantedArea?.nameJa).toBe('四国');
    expect(q.wantedArea?.admins).toHaveLength(4);
    // A region that is also a town's name (東北町) is the region.
    const t = parseProfile('Our college in Oregon, USA would like a partner town in Tohoku.', gazetteer);
    expect(t.wantedArea?.nameJa).toBe('東北');
  });

  it('keeps a Japanese requester who names the country wanted first as the requester', () => {
    const p = parseProfile('A partner in Chile for our fishing town in Kochi, please', gazetteer);
    expect(p.wantedArea ?? null).toBeNull();
    expect(p.wantedCountry).toBe('CL');
    const r = parseProfile('Please help us find a partner town in Peru for Muroto, Kochi', gazetteer);
    expect(r.wantedArea ?? null).toBeNull();
    expect(r.wantedCountry).toBe('PE');
    // A prefecture the writer calls theirs, after a foreign country named in passing.
    const own = parseProfile('We already exchange with a school in Canada. Our prefecture, Kochi, now wants a partner in Peru.', gazetteer);
    expect(own.wantedArea ?? null).toBeNull();
    const q = parseProfile('ペルーの町と交流したい。高知県の町です', gazetteer);
    expect(q.wantedArea ?? null).toBeNull();
    expect(q.place?.nameJa).toBe('高知県');
  });
});
