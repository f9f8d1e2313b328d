import { describe, expect, it } from 'vitest';
import { countriesWantedByGrammar } from '../../../src/matching/counterpart-country.js';
import { parseProfile } from '../../../src/matching/profile.js';
import { World } from '../../../src/places/countries.js';
import { Gazetteer } from '../../../src/places/gazetteer.js';

const world = new World();
const gazetteer = Gazetteer.load();
const wanted = (text: string) => countriesWantedByGrammar(text, world.countryMentions(text));

describe('which named country is the counterpart\'s', () => {
  it('is the one that qualifies the counterpart, not the one that sets the scene', () => {
    expect(wanted("A river town on Japan's longest river, looking for a sister city in Austria")).toEqual(['AT']);
    expect(wanted('We are a harbour city in Chile and want a Japanese port town as a partner')).toEqual(['JP']);
    expect(wanted("We're looking for a partner in Norway")).toEqual(['NO']);
    expect(wanted('インドの都市と交流したい')).toEqual(['IN']);
    expect(wanted('ブラジルと姉妹都市提携を結びたい')).toEqual(['BR']);
  });

  it('leaves the requester\'s own country out, in either language', () => {
    expect(wanted('We are a fishing town in Peru.')).toEqual([]);
    expect(wanted('ペルーの漁村です。')).toEqual([]);
  });

  it('decides the wanted country of a request that names two', () => {
    expect(parseProfile("Spa town in the north of Japan's main island; we'd like a partner in Hungary", gazetteer).wantedCountry).toBe('HU');
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

describe('demonyms inside longer names', () => {
  it('name no country: "British Columbia" is a Canadian province', () => {
    const w = new World();
    expect(w.countriesIn('a fishing town in British Columbia')).toEqual([]);
    expect(w.countriesIn('a British market town')).toEqual(['GB']);
    expect(parseProfile('We want a partner town in Canada, ideally in British Columbia', gazetteer).wantedCountry).toBe('CA');
  });
});
