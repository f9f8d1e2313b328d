/**
 * States the key facts of a Japanese report line in English: the glossary names it mentions
 * and its numbers with their units. This is how an offline English answer says "2011",
 * "Crescent City" and "35 people" without a translation model.
 */
import type { GlossaryIndex } from '../bridge/glossary-index.js';
import type { ReadingIndex } from '../bridge/proper-noun-readings.js';
import { normaliseForIndex } from '../knowledge/normalise.js';

const UNITS: ReadonlyArray<[RegExp, (n: string) => string]> = [
  [/^年(度)?/, (n) => (n.length === 4 ? n : `${n} years`)],
  [/^(人|名)/, (n) => `${n} people`],
  [/^歳/, (n) => `age ${n}`],
  [/^(件)/, (n) => `${n} cases`],
  [/^(か国|カ国|ヶ国|ケ国)/, (n) => `${n} countries`],
  [/^(%|％)/, (n) => `${n}%`],
  [/^円/, (n) => `¥${n}`],
  [/^(校)/, (n) => `${n} schools`],
  [/^(団体)/, (n) => `${n} organisations`],
  [/^(自治体)/, (n) => `${n} local governments`],
  [/^(都市)/, (n) => `${n} cities`],
  [/^(回目|回)/, (n) => `${n} times`],
  [/^(周年)/, (n) => `${n}th anniversary`],
  [/^(か月|ヶ月|カ月)/, (n) => `${n} months`],
  [/^(以上)/, (n) => `over ${n}`],
];

/** Numbers with units, in English, in order of appearance ("5万7,442人" → "57,442 people"). */
export function numberFacts(sentence: string): string[] {
  const text = sentence.normalize('NFKC');
  const facts: string[] = [];
  for (const m of text.matchAll(/(\d[\d,.]*)(?:\s*(万|億)\s*(\d[\d,]*)?)?\s*/g)) {
    let n = m[1]!.replace(/[.,]$/, '');
    // Japanese myriads: 5万7,442 is 57,442; 3億 is 300,000,000 (unless a money unit follows).
    const after = text.slice(m.index! + m[0].length);
    if (m[2]) {
      const value = Number(n.replace(/,/g, '')) * (m[2] === '万' ? 10_000 : 100_000_000) + Number((m[3] ?? '0').replace(/,/g, ''));
      if (/^円/.test(after)) {
        facts.push(`¥${value >= 1e9 ? `${+(value / 1e9).toFixed(1)} billion` : value >= 1e6 ? `${+(value / 1e6).toFixed(1)} million` : value.toLocaleString('en-US')}`);
        continue;
      }
      n = value.toLocaleString('en-US');
    }
    const unit = UNITS.find(([re]) => re.test(after));
    facts.push(unit ? unit[1](n) : n);
  }
  return facts;
}

/** English names of the glossary concepts a Japanese sentence mentions, in order. */
export function conceptFacts(sentence: string, glossary: GlossaryIndex): string[] {
  const names: string[] = [];
  const stated = new Set<number>();
  for (const m of glossary.findJapanese(normaliseForIndex(sentence))) {
    // Several entries can share a spelling (きっかけ: "started", "trigger"): one word, one fact.
    if (stated.has(m.start)) continue;
    stated.add(m.start);
    // Generic two-character words (交流, 発展) would only add noise to the facts.
    if ((m.entry.kind === 'term' || m.entry.kind === 'title') && m.surface.length < 3) continue;
    const en = m.entry.en[0]!;
    if (!names.includes(en)) names.push(en);
  }
  return names;
}

/** Romanised names of the proper nouns the glossary does not know ("黒岩" → "Kuroiwa"). */
export function romanisedNames(sentence: string, glossary: GlossaryIndex, readings: ReadingIndex | undefined): string[] {
  if (!readings) return [];
  const normalised = normaliseForIndex(sentence);
  const known = glossary.findJapanese(normalised).map((m) => m.surface);
  return readings
    .findIn(sentence)
    .filter((n) => !known.some((k) => k.includes(normaliseForIndex(n.surface))))
    .map((n) => readings.romanise(n.surface))
    .filter((r): r is string => r !== null);
}

const MAX_FACTS = 12;

export function keyFactsInEnglish(sentence: string, glossary: GlossaryIndex, readings?: ReadingIndex): string[] {
  const facts = [...conceptFacts(sentence, glossary), ...romanisedNames(sentence, glossary, readings), ...numberFacts(sentence)];
  // A line dense with figures would drown the answer: the first dozen facts carry it.
  return [...new Set(facts)].slice(0, MAX_FACTS);
}
