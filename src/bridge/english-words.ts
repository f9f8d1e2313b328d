/**
 * Ordinary English words (the `word-list` package's dictionary). A capitalised word in a question
 * is usually a name ("Toyohashi", "Atlanta") the answer must mention, but title-cased phrases
 * ("Tsuruoka Science Park", "Leadership Summit") are made of ordinary words the reports write in
 * katakana or translate: those must not veto an answer.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: string | undefined;
const known = new Map<string, boolean>();

/**
 * True when the (lower-case) word is in the English dictionary. The list (≈270k words, one per
 * line) is searched as one string: a question has a few capitalised words, and building a Set
 * of the whole list would cost more start-up time than all those searches together.
 */
export function isOrdinaryEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  let answer = known.get(w);
  if (answer === undefined) {
    words ??= `\n${readFileSync(wordListPath, 'utf8')}\n`;
    answer = /^[a-z]+$/.test(w) && words.includes(`\n${w}\n`);
    if (known.size < 10_000) known.set(w, answer);
  }
  return answer;
}
