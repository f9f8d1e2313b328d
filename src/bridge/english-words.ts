/**
 * Ordinary English words (the `word-list` package's dictionary). A capitalised word in a question
 * is usually a name ("Toyohashi", "Atlanta") the answer must mention, but title-cased phrases
 * ("Tsuruoka Science Park", "Leadership Summit") are made of ordinary words the reports write in
 * katakana or translate: those must not veto an answer.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: ReadonlySet<string> | undefined;

/** True when the (lower-case) word is in the English dictionary. Loaded on first use (≈270k words). */
export function isOrdinaryEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word.toLowerCase());
}
