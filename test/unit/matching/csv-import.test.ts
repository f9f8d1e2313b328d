import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsv, importCsv } from '../../../src/knowledge/csv-import.js';

const fixture = (name: string) => readFile(path.join(import.meta.dirname, '../../fixtures', name));

describe('CSV import of partnership lists', () => {
  it('reads a Shift_JIS municipal list with Japanese headers, reporting bad rows, duplicates and unknown columns', async () => {
    const bytes = new Uint8Array(await fixture('municipal-list.sjis.csv'));
    expect(decodeCsv(bytes).encoding).toBe('shift_jis');
    const { records, warnings } = importCsv(bytes, 'municipal-list.sjis.csv');
    expect(records.map((r) => [r.a.name_ja, r.b.name_ja, r.b.country, r.kind, r.year])).toEqual([
      ['羽咋市', 'モンテシト', 'US', 'sister-city', 1980],
      ['大船渡市', 'パロス・バーデス', 'US', 'friendship-city', 1986],
    ]);
    expect(records[0]!.a.region_ja).toBe('石川県');
    expect(warnings).toEqual([
      'municipal-list.sjis.csv: ignoring unknown column(s) 備考',
      'municipal-list.sjis.csv:3: duplicate of line 2 (merged)',
      'municipal-list.sjis.csv:4: skipped — no partner city',
    ]);
  });

  it('reads UTF-8 with a BOM and English headers', async () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await fixture('us-japan-sister-cities.csv')]));
    const { records, warnings } = importCsv(bytes, 'us.csv');
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(30);
    expect(records[0]).toMatchObject({ a: { name_ja: '大阪市', region_ja: '大阪府', country: 'JP' }, b: { name_en: 'San Francisco', region_en: 'California', country: 'US' }, year: 1957, source: 'us.csv' });
  });

  it('explains which columns are missing', () => {
    const { records, warnings } = importCsv(new TextEncoder().encode('a,b\n1,2\n'), 'x.csv');
    expect(records).toEqual([]);
    expect(warnings.at(-1)).toMatch(/needs a partner_city .* column/);
  });

  it('accepts headers written the way people write them ("Japanese City", "US State", "Partner-City")', () => {
    const { records, warnings } = importCsv(new TextEncoder().encode('Prefecture,Japanese City,US State,Partner-City,Year\nHokkaido,Sapporo,Oregon,Portland,1959\n'), 'p.csv');
    expect(warnings).toEqual([]);
    expect(records[0]).toMatchObject({ a: { name_en: 'Sapporo', region_en: 'Hokkaido' }, b: { name_en: 'Portland', region_en: 'Oregon' }, year: 1959 });
  });
});
