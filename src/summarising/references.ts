/**
 * References to an item of Musubi's latest list by its place in it: "the second one", "option 2",
 * "Musubi's first suggestion", "the last one", 「2番目」, 「三つ目の案」, 「最後の候補」. Ordinals are a
 * closed class of words in both languages, so this carries over to anyone's phrasing.
 */
import type { FoundName } from './name-finder.js';

const EN_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const JA_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, ひと: 1, ふた: 2, みっ: 3, よっ: 4, いつ: 5 };

/** Nouns that name an item of a list ("the second option"). */
const EN_ITEM = '(?:one|option|suggestion|candidate|idea|item|entry|proposal|name|city|town|place|prefecture|state|program(?:me)?|organi[sz]ation)s?';
/** Without a noun, the ordinal must end the phrase: "the second is too far", "I like the third." */
const EN_BARE_FOLLOW = "(?=\\s*(?:[,.;:!?)]|$|(?:is|looks|seems|sounds|has|was|would|could|might|may|fits|works|'s)\\b))";
const EN_ORDINAL = `(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|[1-9](?:st|nd|rd|th))`;
const EN_REFERENCE = new RegExp(
  `\\b(?:the|musubi'?s|your|its|their)\\s+${EN_ORDINAL}(?:\\s+${EN_ITEM}\\b|${EN_BARE_FOLLOW})|\\b(?:option|suggestion|candidate|item|number|no\\.|#)\\s*([1-9])\\b`,
  'gi',
);
const JA_NUMBER = '([0-9０-９]|[一二三四五六七八九十]|ひと|ふた|みっ|よっ|いつ)';
const JA_REFERENCE = new RegExp(`${JA_NUMBER}(?:番目|つ目|個目)|([0-9０-９])番(?![目地号線])|(最初|最後)の(?:案|候補|提案|もの|やつ|方|ほう|都市|自治体)`, 'g');

function ordinalOf(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'last' || w === '最後') return -1;
  if (w === '最初') return 1;
  if (EN_ORDINALS[w]) return EN_ORDINALS[w]!;
  const digits = w.normalize('NFKC').match(/^[0-9]+/);
  if (digits) return Number(digits[0]);
  return JA_DIGITS[w] ?? null;
}

/** The items of `list` that a sentence refers to by position, as names found where the reference is. */
export function listReferences(sentence: string, list: readonly string[]): FoundName[] {
  if (!list.length) return [];
  const out: FoundName[] = [];
  for (const re of [EN_REFERENCE, JA_REFERENCE]) {
    for (const m of sentence.matchAll(re)) {
      const word = m[1] ?? m[2] ?? m[3];
      const n = word ? ordinalOf(word) : null;
      if (n === null) continue;
      const display = n === -1 ? list.at(-1) : list[n - 1];
      if (display && !out.some((f) => f.display === display)) out.push({ display, at: m.index, spelling: m[0] });
    }
  }
  return out;
}
