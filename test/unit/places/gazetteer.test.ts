import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../src/places/gazetteer.js';

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

  it('returns null for an unknown place instead of guessing', () => {
    expect(gazetteer.resolve('Atlantis, Nowhere')).toBeNull();
  });
});
