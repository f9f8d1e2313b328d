/**
 * Japanese-aware tokenizer for lexical search: runs of Japanese script become overlapping
 * character bigrams (robust to OCR noise and unknown names, no dictionary to load), Latin
 * words are lower-cased and lightly stemmed, numbers are kept whole — and also joined to the
 * Japanese character that follows them ("11月", "2019年", "8万"), so a date or a count is one
 * rare token, not a common number beside a common counter. Input must already be normalised
 * with `normaliseForIndex`.
 */
import { isJapaneseChar } from '../knowledge/normalise.js';

/** Light English stemming: enough to fold plurals and common suffixes of question words. */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Bigrams of a run of Japanese characters (the run itself when it is one character long). */
export function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return [run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Lower-case Latin words split on anything that is not a letter or digit. */
export function englishWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g)?.map((w) => w.replace(/['’][a-z]+$/, '')) ?? [];
}

export function tokenize(normalised: string): string[] {
  const tokens: string[] = [];
  let run = '';
  let word = '';
  const endRun = () => {
    if (run) tokens.push(...bigrams(run));
    run = '';
  };
  let number = '';
  const endWord = () => {
    if (word) tokens.push(stemEnglish(word));
    number = /^\d+$/.test(word) ? word : '';
    word = '';
  };
  for (const ch of normalised) {
    if (isJapaneseChar(ch)) {
      endWord();
      if (number && !run) tokens.push(number + ch);
      number = '';
      run += ch;
    } else if (/[a-z0-9]/.test(ch)) {
      endRun();
      word += ch;
    } else {
      endRun();
      endWord();
      number = '';
    }
  }
  endRun();
  endWord();
  return tokens;
}
