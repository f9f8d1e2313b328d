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
  [/^(件)/, (n) => `${n} cases`],
  [/^(か国|カ国|ヶ国|ケ国)/, (n) => `${n} countries`],
  [/^(%|％)/, (n) => `${n}%`],
  [/^億円/, (n) => `¥${n}00 million`],
  [/^万円/, (n) => `¥${n}0,000`],
  [/^万人/, (n) => `${n}0,000 people`],
  [/^(校)/, (n) => `${n} schools`],
  [/^(団体)/, (n) => `${n} organisations`],
  [/^(自治体)/, (n) => `${n} local governments`],
  [/^(都市)/, (n) => `${n} cities`],
  [/^(回目|回)/, (n) => `${n} times`],
  [/^(周年)/, (n) => `${n}th anniversary`],
  [/^(か月|ヶ月|カ月)/, (n) => `${n} months`],
  [/^(以上)/, (n) => `over ${n}`],
];

/** Numbers with units, in English, in order of appearance. */
export function numberFacts(sentence: string): string[] {
  const text = sentence.normalize('NFKC');
  const facts: string[] = [];
  for (const m of text.matchAll(/(\d[\d,.]*)\s*/g)) {
    const n = m[1]!.replace(/[.,]$/, '');
    const after = text.slice(m.index! + m[0].length);
    const unit = UNITS.find(([re]) => re.test(after));
    facts.push(unit ? unit[1](n) : n);
  }
  return facts;
}

/** English names of the glossary concepts a Japanese sentence mentions, in order. */
export function conceptFacts(sentence: string, glossary: GlossaryIndex): string[] {
  const names: string[] = [];
  for (const m of glossary.findJapanese(normaliseForIndex(sentence))) {
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
