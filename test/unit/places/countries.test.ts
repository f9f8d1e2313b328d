import { describe, expect, it } from 'vitest';
import { World } from '../../../src/places/countries.js';

const world = new World([{ ja: ['東南アジア'], en: ['SoutheastAsia'] }, { ja: ['英国', 'イギリス'], en: ['UnitedKingdom', 'UK'] }, { ja: ['アフリカ'], en: ['Africa'] }, { ja: ['アジア'], en: ['Asia'] }, { ja: ['チリ'], en: ['Chile', 'Chilean'] }, { ja: ['ワシントン州'], en: ['Washington'] }]);

describe('countries and world regions in a request', () => {
  it('finds countries named in English or Japanese (ISO names, short Japanese forms)', () => {
    expect(world.countriesIn('A town that wants a partner in Kenya')).toEqual(['KE']);
    expect(world.countriesIn('ネパールの村と交流したい')).toEqual(['NP']);
    expect(world.countriesIn('タイとベトナムの都市')).toEqual(['TH', 'VN']);
    expect(world.countriesIn('イギリスの大学')).toEqual(['GB']);
  });

  it("reads a glossary entry's adjective form as its country, and tells a country's own name", () => {
    expect(world.countriesIn('a Chilean port town')).toEqual(['CL']);
    expect(world.countriesIn('a chilean port town')).toEqual([]);
    expect(world.countryNamed('Norway')).toBe('NO');
    // Demonyms from world-countries, with no glossary entry — irregular ones too (Peru → Peruvian).
    expect(world.countriesIn('an Austrian ski town and a Peruvian village')).toEqual(['AT', 'PE']);
    expect(world.countriesIn('a Filipino fishing town')).toEqual(['PH']);
    expect(world.countriesIn('a Hungarian town')).toEqual(['HU']);
    expect(world.countriesIn('a Georgian town')).toEqual([]);
    expect(world.countryNamed('the Netherlands')).toBe('NL');
    expect(world.countryNamed('Springfield')).toBeNull();
    expect(world.countryNamed('Georgia')).toBeNull();
  });

  it('names a prefecture or US state in the reader\'s language', () => {
    expect(world.divisionName('Washington', 'ja')).toBe('ワシントン州');
    expect(world.divisionName('Ishikawa', 'ja')).toBe('石川県');
    expect(world.divisionName('Washington', 'en')).toBe('Washington');
    expect(world.divisionName('Ontario', 'ja')).toBe('Ontario');
    expect(world.countryName('TW', 'en')).toBe('Taiwan');
    expect(world.countryName('MD', 'en')).toBe('Moldova');
    expect(world.countryName('KE', 'en')).toBe('Kenya');
  });

  it('does not read a US state or an ordinary word as a country', () => {
    expect(world.countriesIn('a county in Georgia')).toEqual([]);
    expect(world.countriesIn('we serve turkey and fine china')).toEqual([]);
  });

  it('reads a world region as its UN M49 countries, in either language', () => {
    const east = world.regionIn('a partner somewhere in East Africa');
    expect(east?.nameEn).toBe('Eastern Africa');
    expect(east?.countries).toEqual(expect.arrayContaining(['KE', 'TZ', 'UG']));
    expect(east?.countries).not.toContain('NG');
    expect(world.regionIn('東南アジアの町')?.countries).toEqual(expect.arrayContaining(['TH', 'VN', 'PH']));
    expect(world.regionIn('Southeast Asia')?.code).toBe('035');
    expect(world.regionIn('a town in Ohio')).toBeNull();
    // Composed in Japanese: a direction and a region.
    expect(world.regionIn('東アフリカの農村と協力したい')?.nameEn).toBe('Eastern Africa');
    expect(world.regionIn('南アジアの都市')?.countries).toEqual(expect.arrayContaining(['NP', 'IN', 'BD']));
    expect(world.regionIn('アフリカの町')?.nameEn).toBe('Africa');
  });

  it('names a country correctly for each reader', () => {
    expect(world.countryName('KE', 'ja')).toBe('ケニア');
    expect(world.countryName('US', 'ja')).toBe('アメリカ');
    expect(world.countryName('TH', 'en')).toBe('Thailand');
  });
});

describe('one-character country names', () => {
  const w = new World([{ ja: ['米国', '米'], en: ['United States'], kind: 'country' } as never]);
  it('are abbreviations only in the compounds Japanese makes of them', () => {
    expect(w.countriesIn('日米の交流')).toEqual(['US']);
    expect(w.countriesIn('訪米団を送る')).toEqual(['US']);
    expect(w.countriesIn('米国の都市')).toEqual(['US']);
    expect(w.countriesIn('米と酒の町です')).toEqual([]);
  });
});
