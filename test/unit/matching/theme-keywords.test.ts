import { describe, expect, it } from 'vitest';
import { isCoastal, themesOf } from '../../../src/matching/theme-keywords.js';

describe('themes and coast by words, not substrings', () => {
  it('does not read "support", "report" or "career" as a port or as care', () => {
    const text = 'We need support to write a report on career paths for graduates.';
    expect(isCoastal(text)).toBe(false);
    expect(themesOf(text)).not.toContain('aging-health');
  });

  it('reads whole words and word beginnings marked as stems', () => {
    expect(isCoastal('a small port city')).toBe(true);
    expect(isCoastal('our harbour town')).toBe(true);
    expect(themesOf('educators and schools')).toContain('education');
    expect(themesOf('home care for the elderly')).toContain('aging-health');
  });

  it('does not take an airport (空港) for a port, but a port town (港町) is coastal', () => {
    expect(isCoastal('空港の近くの市です')).toBe(false);
    expect(isCoastal('港町で漁業が盛んです')).toBe(true);
    expect(themesOf('港町で漁業が盛んです')).toContain('fisheries');
  });
});
