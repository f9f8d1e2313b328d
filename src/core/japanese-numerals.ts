/**
 * The value of a Japanese numeral as people write it: arabic digits, kanji or both, with the
 * myriad units (「2万7千」 27,000, 「三万」 30,000, 「1万2000」 12,000, 「1.5万」 15,000).
 * Whole numerals are read by @geolonia/japanese-numeral; it has no decimals, so a decimal before
 * one unit is read here.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { kanji2number } = require('@geolonia/japanese-numeral') as { kanji2number: (text: string) => number };

/** The characters a Japanese numeral is written with (after NFKC: full-width digits are ASCII). */
export const JAPANESE_NUMERAL = '[0-9.,〇一二三四五六七八九十百千万億]+';

const UNIT: Record<string, number> = { 千: 1e3, 万: 1e4, 億: 1e8 };

export function japaneseNumeralValue(text: string): number | null {
  const t = text.normalize('NFKC').replace(/,/g, '');
  if (!/[0-9〇一二三四五六七八九十百千万億]/.test(t) || !new RegExp(`^${JAPANESE_NUMERAL}$`).test(t)) return null;
  const decimal = /^(\d+\.\d+)(千|万|億)$/.exec(t);
  if (decimal) return Number(decimal[1]) * UNIT[decimal[2]!]!;
  if (t.includes('.')) return /^\d+\.\d+$/.test(t) ? Number(t) : null;
  const v = kanji2number(t);
  return Number.isFinite(v) && v > 0 ? v : null;
}
