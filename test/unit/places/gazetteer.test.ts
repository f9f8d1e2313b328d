import { describe, expect, it } from 'vitest';
import { bareName, Gazetteer } from '../../../src/places/gazetteer.js';

const gazetteer = Gazetteer.load();

describe('gazetteer', () => {
  it('resolves places in any country when the country is given', () => {
    expect(gazetteer.resolve('Kolding', 'DK')).toMatchObject({ country: 'DK', level: 'city', admin: expect.stringMatching(/^DK\./) });
    // Without a country, the product's two sides come first.
    expect(gazetteer.resolve('Portland')?.country).toBe('US');
  });

  it('resolves a merged municipality to its likely successor and keeps the former name', () => {
    const yoshii = gazetteer.resolve('Yoshii, Gunma');
    expect(yoshii).toMatchObject({ nameJa: '高崎市', formerName: 'Yoshii' });
    expect(gazetteer.resolve('Hakui, Ishikawa')?.formerName ?? null).toBeNull();
  });

  it('finds a place behind its administrative wrapper, a ward as its city, a Hepburn "oh" as a long o', () => {
    expect(bareName('Bucheon-si')).toBe('Bucheon');
    expect(bareName('Shire of Broome')).toBe('Broome');
    expect(bareName('Waitakere City')).toBe('Waitakere');
    expect(gazetteer.resolve('Bucheon', 'KR')?.country).toBe('KR');
    expect(gazetteer.resolve('Hakata-ku, Fukuoka')?.nameJa).toBe('福岡市');
    expect(gazetteer.resolve('Minoh, Osaka')?.nameJa).toBe('箕面市');
    // A city's section (PPLX in GeoNames) is still a place: Fremantle, Western Australia.
    expect(gazetteer.resolve('Fremantle', 'AU')?.country).toBe('AU');
  });

  it('returns null for an unknown place instead of guessing', () => {
    expect(gazetteer.resolve('Atlantis, Nowhere')).toBeNull();
  });
});
