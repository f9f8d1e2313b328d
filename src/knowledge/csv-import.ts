/**
 * Imports a team's partnership list from CSV: English headers or the Japanese headers of a
 * municipal sister-city list, UTF-8 (with or without BOM) or Shift_JIS, detected per file. Bad
 * rows (an unclosed quote, bytes that do not decode, missing fields), unknown columns and
 * duplicates become warnings with file, line and reason; every other row loads.
 */
import { createRequire } from 'node:module';
import { csvRows, type CsvProblem } from './csv-rows.js';
import { decodeLines } from './text-decoding.js';
import { PartnershipRecordSchema, ThemeSchema, type PartnershipRecord } from './schemas.js';

/** Column names accepted for each field (compared ignoring case, spaces, underscores, hyphens and brackets). */
export const CSV_COLUMNS = {
  japan_prefecture: ['japan_prefecture', 'prefecture', 'japanese prefecture', '都道府県', '都道府県名'],
  japan_city: ['japan_city', 'municipality', 'city', 'japanese city', 'japanese municipality', 'jp city', '市区町村', '市区町村名', '自治体', '自治体名', '団体名', '日本側自治体'],
  partner_country: ['partner_country', 'country', 'partner nation', '相手国', '国名', '提携国'],
  partner_state: ['partner_state', 'state', 'region', 'us state', 'province', 'state/province', '相手州', '州', '相手地域', '州・省等'],
  partner_city: ['partner_city', 'partner', 'us city', 'american city', 'sister city', 'foreign city', 'counterpart', 'partner municipality', '相手都市', '提携先', '相手先', '相手自治体', '提携先自治体', '相手都市名', '姉妹都市'],
  date: ['date', 'year', 'since', '提携日', '締結日', '提携年月日', '締結年月日', '提携年'],
  kind: ['kind', 'type', '種別', '提携種別', '区分'],
  themes: ['themes', 'テーマ'],
} as const;
type Field = keyof typeof CSV_COLUMNS;

const COUNTRY_NAMES: Record<string, string> = {
  'united states': 'US', usa: 'US', us: 'US', 'u.s.': 'US', 'u.s.a.': 'US', america: 'US', 'united states of america': 'US',
  米国: 'US', アメリカ: 'US', アメリカ合衆国: 'US', 合衆国: 'US',
  japan: 'JP', 日本: 'JP', canada: 'CA', カナダ: 'CA', china: 'CN', 中国: 'CN', 中華人民共和国: 'CN', korea: 'KR', 'south korea': 'KR', 韓国: 'KR', 大韓民国: 'KR',
  australia: 'AU', オーストラリア: 'AU', brazil: 'BR', ブラジル: 'BR', france: 'FR', フランス: 'FR', germany: 'DE', ドイツ: 'DE', italy: 'IT', イタリア: 'IT',
  'united kingdom': 'GB', uk: 'GB', 英国: 'GB', イギリス: 'GB', 'new zealand': 'NZ', ニュージーランド: 'NZ', mexico: 'MX', メキシコ: 'MX',
};

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as {
  registerLocale(locale: unknown): void;
  getNames(lang: string, opts?: { select: 'official' | 'alias' | 'all' }): Record<string, string[]>;
  alpha3ToAlpha2(code: string): string | undefined;
  isValid(code: string): boolean;
};
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
isoCountries.registerLocale(require('i18n-iso-countries/langs/ja.json'));

/** Japanese formal suffixes people drop (ケニア共和国 → ケニア, ベルギー王国 → ベルギー). */
const JA_FORMAL_SUFFIX = /(合衆国|民主主義人民共和国|人民民主共和国|民主共和国|人民共和国|連邦共和国|社会主義共和国|イスラム共和国|共和国|連合王国|王国|大公国|公国|連邦|首長国連邦)$/;
/** Names compared by their letters only ("Viet Nam" = "Vietnam", "Timor-Leste" = "Timor Leste"). */
const countryKey = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFKC').toLowerCase().replace(/[^\p{L}]/gu, '');
/** Formal prefixes people add to an English name ("Republic of Kenya", "the Kingdom of Thailand"). */
const EN_FORMAL_PREFIX = /^(?:the\s+)?(?:(?:federal|democratic|people's|islamic|united|socialist|federative|plurinational|bolivarian|co-operative|cooperative|oriental)\s+)*(?:republic|kingdom|state|commonwealth|federation|principality|sultanate|grand duchy|union)\s+of\s+(?:the\s+)?/i;
let isoNames: Map<string, string> | undefined;

/** Every English and Japanese ISO 3166-1 name and alias, and the Japanese short forms, by key. */
function isoNameMap(): Map<string, string> {
  if (isoNames) return isoNames;
  isoNames = new Map();
  for (const lang of ['en', 'ja']) {
    for (const [code, names] of Object.entries(isoCountries.getNames(lang, { select: 'all' }))) {
      for (const n of names) {
        if (!isoNames.has(countryKey(n))) isoNames.set(countryKey(n), code);
        const short = n.replace(JA_FORMAL_SUFFIX, '');
        if (lang === 'ja' && short !== n && short.length >= 2 && !isoNames.has(countryKey(short))) isoNames.set(countryKey(short), code);
      }
    }
  }
  return isoNames;
}

/** A country column's value as an ISO alpha-2 code: a code (US, USA), an everyday name, or any ISO name in English or Japanese. */
export function countryCode(name: string): string | null {
  const t = name.normalize('NFKC').trim();
  if (/^[A-Z]{2}$/.test(t)) return isoCountries.isValid(t) ? t : COUNTRY_NAMES[t.toLowerCase()] ?? null;
  const everyday = COUNTRY_NAMES[t.toLowerCase()] ?? COUNTRY_NAMES[t];
  if (everyday) return everyday;
  if (/^[A-Z]{3}$/.test(t)) return isoCountries.alpha3ToAlpha2(t) ?? null;
  // "Kenya", "Republic of Kenya", "ケニア", "ケニア共和国", "the Netherlands".
  const names = isoNameMap();
  const forms = [t, t.replace(/^the\s+/i, ''), t.replace(EN_FORMAL_PREFIX, ''), t.replace(JA_FORMAL_SUFFIX, '')];
  for (const f of forms) {
    const code = names.get(countryKey(f));
    if (code) return code;
  }
  return null;
}

function kindOf(text: string): PartnershipRecord['kind'] {
  if (/友好|friend/i.test(text)) return 'friendship-city';
  if (/姉妹州|sister.?state|sister.?prefecture/i.test(text)) return 'sister-state';
  if (/協定|覚書|mou|agreement/i.test(text)) return 'mou';
  return 'sister-city';
}

/** UTF-8 unless most non-ASCII lines are Shift_JIS (common for Japanese municipal lists); lines that do not decode are blank. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'shift_jis' } {
  const { lines, encoding } = decodeLines(bytes);
  return { text: lines.map((l) => l ?? '').join('\n'), encoding };
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'x';

export interface CsvImport {
  readonly records: PartnershipRecord[];
  readonly warnings: string[];
}

/** "Partner City", "partner_city" and "PARTNER-CITY" are one column. */
const headerKey = (h: string) => h.normalize('NFKC').toLowerCase().replace(/[\s_\-./()・]/g, '');

export function importCsv(bytes: Uint8Array, file: string): CsvImport {
  const decoded = decodeLines(bytes);
  const warnings: string[] = [];
  const other = decoded.encoding === 'utf-8' ? 'Shift_JIS or another encoding' : 'not Shift_JIS';
  // Problems not yet reported, in line order: each is reported where it sits, before the next row read.
  const pending: CsvProblem[] = decoded.badLines.map((line) => ({ line, reason: `does not decode as ${decoded.encoding === 'utf-8' ? 'UTF-8' : 'Shift_JIS'} (the file's encoding; this line looks like ${other})` }));
  const addProblem = (p: CsvProblem) => {
    let i = pending.length;
    while (i > 0 && pending[i - 1]!.line > p.line) i--;
    pending.splice(i, 0, p);
  };
  const flushProblemsBefore = (line: number) => {
    while (pending.length && pending[0]!.line < line) {
      const p = pending.shift()!;
      warnings.push(`${file}:${p.line}: skipped — ${p.reason}`);
    }
  };
  let column: Map<Field, number> | null = null;
  const records: PartnershipRecord[] = [];
  const seen = new Map<string, number>();
  const parties = new Map<string, Party>();
  // Rows are read one at a time, so a list of 100,000 never holds all its cells at once.
  for (const item of csvRows(decoded.lines)) {
    if ('reason' in item) {
      addProblem(item);
      continue;
    }
    const line = item.line;
    const row = item.cells;
    // The header row's own problems are reported first.
    flushProblemsBefore(line);
    if (!column) {
      column = new Map<Field, number>();
      const unknown: string[] = [];
      row.map(headerKey).forEach((h, i) => {
        const field = (Object.keys(CSV_COLUMNS) as Field[]).find((f) => CSV_COLUMNS[f].some((name) => headerKey(name) === h));
        if (field && !column!.has(field)) column!.set(field, i);
        else if (h) unknown.push(row[i]!);
      });
      if (unknown.length) warnings.push(`${file}: ignoring unknown column(s) ${unknown.join(', ')}`);
      if (!column.has('partner_city') || (!column.has('japan_city') && !column.has('japan_prefecture'))) {
        return { records: [], warnings: [...warnings, `${file}: needs a partner_city (相手都市) column and a japan_city (市区町村) or japan_prefecture (都道府県) column; see the README for the columns`] };
      }
      continue;
    }
    const cols = column;
    const get = (f: Field) => (cols.has(f) ? (row[cols.get(f)!] ?? '').trim() : '');
    const city = get('japan_city');
    const pref = get('japan_prefecture');
    const partner = get('partner_city');
    if (!partner || (!city && !pref)) {
      warnings.push(`${file}:${line}: skipped — ${!partner ? 'no partner city' : 'no Japanese municipality or prefecture'}`);
      continue;
    }
    const japanese = (s: string) => /[\u3040-\u30ff\u3400-\u9fff]/.test(s);
    const japanSide = city || pref;
    const year = /(\d{4})/.exec(get('date'))?.[1];
    const countryText = get('partner_country');
    const candidate = {
      id: `${slug(file.split(/[\\/]/).pop()!)}-${line}`,
      kind: kindOf(get('kind')),
      a: { name_ja: japanese(japanSide) ? japanSide : null, name_en: japanese(japanSide) ? null : japanSide, country: 'JP', level: city ? 'city' : 'prefecture', region_ja: city && japanese(pref) ? pref : null, region_en: city && pref && !japanese(pref) ? pref : null },
      b: { name_ja: japanese(partner) ? partner : null, name_en: japanese(partner) ? null : partner, country: countryText ? countryCode(countryText) : null, level: 'city', region_ja: null, region_en: get('partner_state') || null },
      year: year ? Number(year) : null,
      themes: get('themes').split(/[;|,]/).map((t) => t.trim()).filter((t) => ThemeSchema.safeParse(t).success),
      source: file.split(/[\\/]/).pop()!,
    };
    const parsed = PartnershipRecordSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      warnings.push(`${file}:${line}: skipped — ${issue.path.join('.')} ${issue.message}`);
      continue;
    }
    if (countryText && !candidate.b.country) warnings.push(`${file}:${line}: unknown country "${countryText}" (kept without a country)`);
    const key = `${japanSide}|${pref}|${partner}|${candidate.kind}`.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      warnings.push(`${file}:${line}: duplicate of line ${first} (merged)`);
      continue;
    }
    seen.set(key, line);
    // A list names the same few thousand places over and over: one party object for each.
    records.push({ ...parsed.data, a: intern(parties, parsed.data.a), b: intern(parties, parsed.data.b) });
  }
  if (!column) return { records: [], warnings: [...pending.map((p) => `${file}:${p.line}: skipped — ${p.reason}`), `${file}: empty`] };
  flushProblemsBefore(Number.POSITIVE_INFINITY);
  return { records, warnings };
}

type Party = PartnershipRecord['a'];

function intern(parties: Map<string, Party>, party: Party): Party {
  const key = `${party.country}|${party.level}|${party.region_ja}|${party.region_en}|${party.name_ja}|${party.name_en}`;
  const known = parties.get(key);
  if (known) return known;
  parties.set(key, party);
  return party;
}
