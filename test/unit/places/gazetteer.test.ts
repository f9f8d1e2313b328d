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

describe('gazetteer: names better known abroad, katakana spellings', () => {
  it('takes a bare name abroad when it is far more populous there than in Japan or the US', () => {
    expect(gazetteer.resolve('Melbourne')?.country).toBe('AU');
    expect(gazetteer.resolve('Paris')?.country).toBe('FR');
    // Comparable sizes keep the product's two sides first.
    expect(gazetteer.resolve('Cambridge')?.country).toBe('US');
    expect(gazetteer.resolve('Melbourne', 'US')?.country).toBe('US');
    // A Japanese municipality stays, even where GeoNames gives it no population (Chita, Aichi; Takeo, Saga).
    expect(gazetteer.resolve('Chita')?.country).toBe('JP');
    expect(gazetteer.resolve('Takeo')?.country).toBe('JP');
  });

  it('finds a foreign town written in katakana, by the dictionaries or by sound', () => {
    expect(gazetteer.katakanaCity('ストラスブール', 'FR', 1000)?.nameEn).toBe('Strasbourg');
    expect(gazetteer.katakanaCity('オークランド', 'NZ', 1000)?.nameEn).toBe('Auckland');
    expect(gazetteer.katakanaCity('オークランド', 'US', 1000)?.nameEn).toBe('Oakland');
    expect(gazetteer.katakanaCity('ケヤキ', 'FR', 1000)).toBeNull();
  });
});
