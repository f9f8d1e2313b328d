/**
 * States what a Japanese report line says in English without a translation model: its dates
 * ("2017年6月" → "June 2017", "令和5年" → "2023"), its counts with what they count
 * ("小学生10人" → "10 elementary school students" when the lexicon glosses the noun), and
 * its proper names in English (glossary names, romanised readings, Latin names as printed).
 * Generic vocabulary is left out on purpose: a bag of every term is noise to an English reader.
 */
import type { GlossaryIndex } from '../bridge/glossary-index.js';
import type { ReadingIndex } from '../bridge/proper-noun-readings.js';
import { normaliseForIndex } from '../knowledge/normalise.js';
import type { GlossaryEntry } from '../knowledge/schemas.js';
import { packageWorld } from '../places/countries.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** First Gregorian year of each era (Reiwa 1 = 2019). */
const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

export interface DateFact {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly year: number | null;
}

/** Dates in a sentence, in order: full dates, year–month, years (also era years), and bare months. */
export function datesInEnglish(sentence: string): DateFact[] {
  const text = sentence.normalize('NFKC');
  const out: DateFact[] = [];
  // Also timeline notation: "2011.5" or "2011/5" is May 2011.
  const re = /((?:1[89]|20)\d{2})[./](\d{1,2})(?![\d,])|(?:(令和|平成|昭和)\s*(\d+|元)\s*年|((?:1[89]|20)\d{2})(?:\s*年|(?![\d,])))(?:\s*(?:度|代))?(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?|(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g;
  for (const m of text.matchAll(re)) {
    const [whole, dotYear, dotMonth, era, eraYear, yearMatch, monthMatch, day, bareMonth, bareDay] = m;
    const year = dotYear ?? yearMatch;
    const month = dotMonth ?? monthMatch;
    let y: number | null = null;
    if (era) y = ERAS[era]! + (eraYear === '元' ? 1 : Number(eraYear));
    else if (year) {
      // "2017" inside a longer figure (12,017) or a plain number without 年 next to a counter is no year.
      const after = text.slice(m.index! + whole.length, m.index! + whole.length + 2);
      if (!/年/.test(whole) && /^[\d,.]|^\s*(人|名|件|円|万|億|社|校|か国|カ国)/.test(after)) continue;
      y = Number(year);
    }
    const mo = Number(month ?? bareMonth ?? 0);
    const d = Number(day ?? bareDay ?? 0);
    if (mo > 12 || d > 31) continue;
    const monthName = mo ? MONTHS[mo - 1] : null;
    const written = [monthName && d ? `${monthName} ${d}` : monthName, y ? (/年度/.test(whole) ? `fiscal ${y}` : /年代/.test(whole) ? `${y}s` : String(y)) : null].filter(Boolean).join(monthName && d && y ? ', ' : ' ');
    if (!written) continue;
    out.push({ text: written, start: m.index!, end: m.index! + whole.length, year: y });
  }
  return out;
}

/** Counters and how they read in English; the noun before the figure, when glossed, says what is counted. */
const COUNTERS: ReadonlyArray<[RegExp, string]> = [
  [/^(人|名)/, 'people'],
  [/^(か国|カ国|ヶ国|ケ国|ヵ国)/, 'countries'],
  [/^(件)/, 'cases'],
  [/^(社)/, 'companies'],
  [/^(校)/, 'schools'],
  [/^(団体)/, 'organisations'],
  [/^(自治体)/, 'local governments'],
  [/^(都市)/, 'cities'],
  [/^(回目|回)/, 'times'],
  [/^(周年)/, 'th anniversary'],
  [/^(年連続)/, 'years in a row'],
  [/^(年間)/, 'years'],
  [/^(年後)/, 'years later'],
  [/^(年前)/, 'years earlier'],
  [/^(か月|ヶ月|カ月)/, 'months'],
  [/^(歳)/, 'years old'],
  [/^(%|％)/, '%'],
  [/^(トン)/, 'tonnes'],
  [/^(分野)/, 'fields'],
];

export interface CountFact {
  readonly text: string;
  /** The English counter ("people", "countries"), or null for a bare figure. */
  readonly unit: string | null;
  /** Where the figure stands in the (NFKC-normalised) sentence. */
  readonly start: number;
}

/** Currencies as the reports write them, and how an English figure is marked: a prefix ("¥3 million") or a word after it. */
const CURRENCIES: ReadonlyArray<[RegExp, { prefix?: string; word?: string }]> = [
  [/^円/, { prefix: '¥' }],
  [/^(米ドル|ドル)/, { prefix: 'US$' }],
  [/^カナダドル/, { word: 'Canadian dollars' }],
  [/^(豪ドル|オーストラリアドル)/, { word: 'Australian dollars' }],
  [/^ユーロ/, { prefix: '€' }],
  [/^ポンド/, { prefix: '£' }],
  [/^(人民元|元)(?![年号気])/, { word: 'yuan' }],
  [/^ウォン/, { word: 'won' }],
];

/** A large figure as English says it: "1.5 million", "3 billion"; smaller ones with thousands separators. */
const inWords = (value: number) => (value >= 1e9 ? `${+(value / 1e9).toFixed(2)} billion` : value >= 1e6 ? `${+(value / 1e6).toFixed(2)} million` : value.toLocaleString('en-US', { maximumFractionDigits: 2 }));

const formatMoney = (value: number, currency: { prefix?: string; word?: string }) => (currency.prefix ? `${currency.prefix}${inWords(value)}` : `${inWords(value)} ${currency.word}`);

/** English ordinal suffix: 1st, 2nd, 3rd, 11th, 30th. */
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

/**
 * Figures that are not dates, with their unit in English: "5万7,442人" → "57,442 people",
 * "3億円" → "¥300 million", "460以上の姉妹都市" → "over 460 …".
 * `nounInEnglish` glosses the word a figure counts ("小学生" → "elementary school students").
 */
export function countsInEnglish(sentence: string, nounInEnglish: (ja: string) => string | null = () => null): CountFact[] {
  const text = sentence.normalize('NFKC');
  const dates = datesInEnglish(text);
  const facts: CountFact[] = [];
  let rangeEnd = -1;
  for (const m of text.matchAll(/(\d[\d,.]*)(?:\s*(万|億|千)\s*(\d[\d,]*)?)?\s*/g)) {
    const at = m.index!;
    if (dates.some((d) => at >= d.start && at < d.end) || at < rangeEnd) continue;
    let value = Number(m[1]!.replace(/,/g, '').replace(/\.$/, ''));
    if (Number.isNaN(value)) continue;
    if (m[2]) value = value * (m[2] === '万' ? 1e4 : m[2] === '億' ? 1e8 : 1e3) + Number((m[3] ?? '0').replace(/,/g, ''));
    let after = text.slice(at + m[0].length);
    // "25～34歳": a range reads "25 to 34 years old", one fact.
    const range = /^[～〜~‐-]\s*(\d[\d,.]*)\s*/.exec(after);
    const upTo = range ? Number(range[1]!.replace(/,/g, '')) : null;
    if (range) {
      rangeEnd = at + m[0].length + range[0].length;
      after = after.slice(range[0].length);
    }
    const currency = CURRENCIES.find(([re]) => re.test(after));
    if (currency) {
      facts.push({ text: formatMoney(value, currency[1]), unit: 'money', start: at });
      continue;
    }
    // "第30回", "第2の都市": an ordinal.
    if (/第\s*$/.test(text.slice(Math.max(0, at - 2), at)) && Number.isInteger(value)) {
      facts.push({ text: ordinal(value), unit: 'ordinal', start: at });
      continue;
    }
    const over = /^(以上|超|余り)/.test(after);
    const rest = over ? after.replace(/^(以上|超|余り)\s*(の)?\s*/, '') : after;
    const counter = COUNTERS.find(([re]) => re.test(rest));
    const one = (v: number) => (v >= 1e6 && v % 1e4 === 0 ? inWords(v) : v.toLocaleString('en-US', { maximumFractionDigits: 2 }));
    const n = upTo !== null ? `${one(value)} to ${one(upTo)}` : one(value);
    // What is counted: the noun just before the figure ("小学生10人"), or after "の" ("460以上の姉妹都市関係").
    const before = /([\u4e00-\u9fff\u30a0-\u30ffー]{2,})\s*$/.exec(text.slice(Math.max(0, at - 12), at))?.[1];
    const afterNoun = /^の?\s*([\u4e00-\u9fff\u30a0-\u30ffー]{2,})/.exec(counter ? rest.replace(counter[0], '') : rest)?.[1];
    const noun = (before && nounInEnglish(before)) ?? (afterNoun && nounInEnglish(afterNoun)) ?? null;
    const unit = counter?.[1] ?? null;
    const prefix = over ? 'over ' : '';
    if (unit === '%') facts.push({ text: `${n}%${noun ? ` (${noun})` : ''}`, unit, start: at });
    else if (unit === 'th anniversary') facts.push({ text: `${n}th anniversary`, unit, start: at });
    else if (unit === 'people' && noun) facts.push({ text: `${prefix}${n} ${noun}`, unit, start: at });
    else if (unit) facts.push({ text: `${prefix}${n} ${unit}${noun && unit !== 'people' ? ` (${noun})` : ''}`, unit, start: at });
    else facts.push({ text: `${prefix}${n}${noun ? ` ${noun}` : ''}`, unit: null, start: at });
  }
  return facts;
}

/** Kinds of glossary entry that are names (not generic vocabulary). */
const NAME_KINDS: ReadonlySet<GlossaryEntry['kind']> = new Set<GlossaryEntry['kind']>(['organisation', 'program', 'person', 'country', 'prefecture', 'municipality', 'us-state', 'foreign-region', 'foreign-city', 'event']);

/** Proper names of a Japanese sentence in English, in order of appearance, without repeats. */
export function namesInEnglish(sentence: string, glossary: GlossaryIndex, readings?: ReadingIndex, headOf?: (surface: string) => { readonly reading: string; readonly english: string } | null): string[] {
  const normalised = normaliseForIndex(sentence);
  const found: { at: number; name: string }[] = [];
  const covered: [number, number][] = [];
  for (const m of glossary.findJapanese(normalised)) {
    if (!NAME_KINDS.has(m.entry.kind)) continue;
    if (covered.some(([s, e]) => m.start < e && s < m.end)) continue;
    covered.push([m.start, m.end]);
    found.push({ at: m.start, name: m.entry.en[0]! });
  }
  // A title the glossary knows (知事, 大臣) after a person's name.
  const titleAt = (rest: string) => glossary.findJapanese(normaliseForIndex(rest.slice(0, 8)), { lexicon: false }).some((m) => m.start === 0 && m.entry.kind === 'title');
  for (const n of readings?.findIn(sentence, { titleAt }) ?? []) {
    const at = normalised.indexOf(normaliseForIndex(n.surface));
    if (at >= 0 && covered.some(([s, e]) => at < e && s < at + n.surface.length)) continue;
    const romanised = readings?.romanise(n.surface, headOf?.(n.surface));
    if (romanised) found.push({ at: Math.max(0, at), name: romanised });
  }
  // Countries the glossary and the readings do not know (ニカラグア): their names from the country package.
  const text = sentence.normalize('NFKC');
  const world = packageWorld();
  for (const code of world.countriesIn(text)) {
    const name = code === 'US' ? 'United States' : world.countryName(code, 'en');
    found.push({ at: Math.max(0, normaliseForIndex(text).indexOf(normaliseForIndex(world.countryName(code, 'ja')))), name });
  }
  // Names printed in Latin letters (KAMOME, JETRO, Del Norte): kept as printed.
  for (const m of sentence.normalize('NFKC').matchAll(/[A-Z][A-Za-z0-9&.'-]*(?:\s+[A-Z][A-Za-z0-9&.'-]*)*/g)) {
    if (m[0].length >= 2) found.push({ at: normaliseForIndex(sentence.slice(0, m.index!)).length, name: m[0] });
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.name)
    .filter((n) => {
      const key = n.toLowerCase();
      if (seen.has(key) || [...seen].some((s) => s.includes(key))) return false;
      seen.add(key);
      return true;
    });
}
