import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/matching/profile.js';
import { Gazetteer } from '../../../src/places/gazetteer.js';

const gazetteer = Gazetteer.load();

describe('request profile', () => {
  it('resolves a --for place given with its country, and a US state before a country of that name; an unknown region stays unknown', () => {
    expect(parseProfile('', gazetteer, { forPlace: 'Bergen, Norway' }).place).toMatchObject({ nameEn: 'Bergen', country: 'NO' });
    expect(parseProfile('', gazetteer, { forPlace: 'Savannah, Georgia' }).place).toMatchObject({ country: 'US' });
    expect(parseProfile('', gazetteer, { forPlace: 'Nowhere, Atlantis' }).unknownPlaces).toEqual(['Nowhere, Atlantis']);
  });

  it('does not take the requester\'s own description for the kind of counterpart wanted', () => {
    expect(parseProfile('Our prefecture wants to send its own staff abroad as volunteers.', gazetteer).wantedKind).toBeNull();
    expect(parseProfile('外国人住民が増えている町で、多文化共生を支援してくれる仕組みを探しています', gazetteer).wantedKind).toBe('program');
    expect(parseProfile('若い人たちに国際機関で働く経験を積ませたい', gazetteer).wantedKind).toBeNull();
    expect(parseProfile('Which Japanese city could be a sister city for Findlay, Ohio?', gazetteer).wantedKind).toBe('city');
  });

  it('reads the Japanese language as a language, not as the country wanted', () => {
    expect(parseProfile('アメリカの学校に日本語を教える若手を派遣したい', gazetteer).wantedCountry).toBe('US');
  });
});
