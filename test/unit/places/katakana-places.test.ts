import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KATAKANA_PLACES_FORMAT_VERSION, loadKatakanaPlaces } from '../../../src/places/katakana-places.js';

describe('katakana place names file', () => {
  it('ships with the repo and holds common foreign towns', () => {
    const places = loadKatakanaPlaces();
    expect(places.get('ソウル')).toContain('Seoul');
    expect(places.size).toBeGreaterThan(5000);
  });

  it('warns once and yields nothing for a missing or invalid file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kana-'));
    const warnings: string[] = [];
    expect(loadKatakanaPlaces(path.join(dir, 'none.json'), (m) => warnings.push(m)).size).toBe(0);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ version: KATAKANA_PLACES_FORMAT_VERSION + 1, source: 'x', entries: [] }));
    expect(loadKatakanaPlaces(bad, (m) => warnings.push(m)).size).toBe(0);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/invalid \(version/);
  });
});
