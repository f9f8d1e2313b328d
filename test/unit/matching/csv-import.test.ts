import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryCode, decodeCsv, importCsv } from '../../../src/knowledge/csv-import.js';

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

  it('knows every country by its ISO names in English and Japanese, codes and formal names included', () => {
    const csv = 'Prefecture,Japanese City,Country,Partner City\n愛知県,豊田市,Kenya,Nakuru\n愛知県,岡崎市,ペルー共和国,Lima\n愛知県,半田市,Republic of Fiji,Nadi\n愛知県,安城市,Viet Nam,Hue\n愛知県,刈谷市,NPL,Pokhara\n愛知県,碧南市,Atlantis,Poseidonis\n';
    const { records, warnings } = importCsv(new TextEncoder().encode(csv), 'w.csv');
    expect(records.map((r) => r.b.country)).toEqual(['KE', 'PE', 'FJ', 'VN', 'NP', null]);
    expect(warnings).toEqual(['w.csv:7: unknown country "Atlantis" (kept without a country)']);
    expect(countryCode('ケニア')).toBe('KE');
    expect(countryCode('the Netherlands')).toBe('NL');
    expect(countryCode('ZZ')).toBeNull();
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
  it('an unclosed quote costs only its own row, and the warning names the line where it opened', () => {
    const lines = ['japan_city,partner_city,partner_country,date'];
    for (let i = 1; i <= 100_000; i++) lines.push(i === 500 ? 'Town500,"Bad City,US,1990' : `Town${i},Partner${i},US,${1950 + (i % 70)}`);
    lines[700] = 'Town700,"Quoted, City",US,1991';
    const started = performance.now();
    const { records, warnings } = importCsv(new TextEncoder().encode(lines.join('\r\n')), 'big.csv');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(records).toHaveLength(99_999);
    expect(warnings).toEqual(['big.csv:501: skipped — a quote opened in column 9 is never closed']);
    expect(records.find((r) => r.a.name_en === 'Town700')!.b.name_en).toBe('Quoted, City');
  });

  it('keeps quoted commas, doubled quotes and quoted line breaks in one row', () => {
    const csv = 'japan_city,partner_city,themes\nKobe,"Seattle, ""WA""",education\nNara,"Toledo\nOhio",culture\nMito,Anaheim,\n';
    const { records, warnings } = importCsv(new TextEncoder().encode(csv), 'q.csv');
    expect(warnings).toEqual([]);
    expect(records.map((r) => [r.a.name_en, r.b.name_en])).toEqual([['Kobe', 'Seattle, "WA"'], ['Nara', 'Toledo\nOhio'], ['Mito', 'Anaheim']]);
    expect(records.map((r) => r.id)).toEqual(['q-csv-2', 'q-csv-3', 'q-csv-5']);
  });

  it('reports a Shift_JIS row inside a UTF-8 file by line, and reads every other row intact', async () => {
    const utf8 = (s: string) => Buffer.from(s, 'utf8');
    const iconv = (await import('iconv-lite')).default;
    const bytes = Buffer.concat([utf8('市区町村,相手都市,相手国\n'), utf8('札幌市,ポートランド,米国\n'), iconv.encode('神戸市,シアトル,米国\n', 'Shift_JIS'), utf8('仙台市,リバーサイド,米国\n')]);
    expect(decodeCsv(bytes).encoding).toBe('utf-8');
    const { records, warnings } = importCsv(new Uint8Array(bytes), 'mixed.csv');
    expect(records.map((r) => r.a.name_ja)).toEqual(['札幌市', '仙台市']);
    expect(warnings).toEqual(["mixed.csv:3: skipped — does not decode as UTF-8 (the file's encoding; this line looks like Shift_JIS or another encoding)"]);
  });
});
