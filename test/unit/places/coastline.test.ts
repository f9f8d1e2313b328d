import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COASTLINE_FORMAT_VERSION, CoastlineFileSchema, decodeRow, encodeRow, inIntervals } from '../../../src/places/coast-grid.js';
import { coastMaskOf, loadCoastMask } from '../../../src/places/coastline.js';
import { Gazetteer } from '../../../src/places/gazetteer.js';

describe('coast grid rows', () => {
  it('round-trips runs, including runs at both ends and long gaps (multi-byte varints)', () => {
    const flags = new Uint8Array(1000);
    flags.fill(1, 0, 3);
    flags.fill(1, 400, 401);
    flags.fill(1, 990, 1000);
    const intervals = decodeRow(encodeRow(flags));
    expect([...intervals]).toEqual([0, 3, 400, 401, 990, 1000]);
    for (let i = 0; i < 1000; i++) expect(inIntervals(intervals, i)).toBe(flags[i] === 1);
  });

  it('encodes an empty row as the empty string', () => {
    expect(encodeRow(new Uint8Array(50))).toBe('');
    expect(inIntervals(decodeRow(''), 7)).toBe(false);
  });
});

/** A 1-cell-per-degree world with one marked cell: 10°–11° N, 20°–21° E. */
function tinyFile() {
  const rows = Array.from({ length: 180 }, () => '');
  const flags = new Uint8Array(360);
  flags[200] = 1;
  rows[79] = encodeRow(flags);
  return { format: COASTLINE_FORMAT_VERSION, source: 'test', licence: 'test', cellsPerDegree: 1, radiusKm: 10, rows };
}

describe('coast mask', () => {
  it('answers true inside a marked cell, false outside, null without coordinates', () => {
    const mask = coastMaskOf(CoastlineFileSchema.parse(tinyFile()));
    expect(mask.coastal(10.5, 20.5)).toBe(true);
    expect(mask.coastal(10.5, 21.5)).toBe(false);
    expect(mask.coastal(11.5, 20.5)).toBe(false);
    expect(mask.coastal(10.5, 20.5 + 360)).toBe(true);
    expect(mask.coastal(null, 20.5)).toBeNull();
  });

  it('a missing or invalid file is one warning and "unknown", never a throw', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'musubi-coast-'));
    const warnings: string[] = [];
    const missing = loadCoastMask(path.join(dir, 'none.json'), (m) => warnings.push(m));
    expect(missing.coastal(10, 20)).toBeNull();
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...tinyFile(), rows: ['', ''] }));
    expect(loadCoastMask(bad, (m) => warnings.push(m)).coastal(10, 20)).toBeNull();
    writeFileSync(bad, '{ not json');
    expect(loadCoastMask(bad, (m) => warnings.push(m)).coastal(10, 20)).toBeNull();
    expect(warnings).toHaveLength(3);
    const good = path.join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(tinyFile()));
    expect(loadCoastMask(good, (m) => warnings.push(m)).coastal(10.5, 20.5)).toBe(true);
    expect(warnings).toHaveLength(3);
  });

  it('the shipped mask knows sea coasts from inland places and from lake shores', () => {
    const mask = loadCoastMask(undefined, (m) => {
      throw new Error(m);
    });
    // Sea ports and seaside towns.
    for (const [lat, lon] of [[34.69, 135.19], [47.6, -122.33], [-33.87, 151.2], [21.3, -157.86], [35.18, 136.9]] as const) expect(mask.coastal(lat, lon)).toBe(true);
    // Inland, and on lakes only (Lake Michigan, Lake Geneva, Lake Biwa, the Caspian).
    for (const [lat, lon] of [[36.65, 138.18], [39.74, -104.98], [27.7, 85.3], [41.85, -87.65], [46.2, 6.15], [35.0, 135.87], [40.4, 49.87]] as const) expect(mask.coastal(lat, lon)).toBe(false);
  });
});

describe('gazetteer places carry the coastal fact', () => {
  it('true for a seaside city, false for an inland one, unknown without a mask', () => {
    const gazetteer = Gazetteer.load();
    expect(gazetteer.resolve('Monterey, California')?.coastal).toBe(true);
    expect(gazetteer.resolve('Boise, Idaho')?.coastal).toBe(false);
    const blind = Gazetteer.load({ coast: { coastal: () => null } });
    expect(blind.resolve('Monterey, California')?.coastal).toBeNull();
  });
});
