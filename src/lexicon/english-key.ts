/** English lookup keys: stemmed words (as the glossary's `englishKey`), and de-inflected variants of a question word. */
import { foldLatinDiacritics } from '../knowledge/normalise.js';
import { englishWords, stemEnglish } from '../retrieval/tokenizer.js';

/** The key an English phrase is indexed by: stemmed words joined by spaces. */
export function englishKey(phrase: string): string {
  return englishWords(foldLatinDiacritics(phrase)).map(stemEnglish).join(' ');
}

/** The (stemmed) words of a text, in order, with their surfaces. */
export function englishStems(text: string): { words: string[]; stems: string[] } {
  const words = englishWords(foldLatinDiacritics(text));
  return { words, stems: words.map(stemEnglish) };
}

/**
 * Dictionary forms a question word may stand for, best guess first: "started" → start,
 * "planned" → plan, "deepening" → deepen, "made" stays. The glosses are in dictionary form, the
 * questions are not. Only tried when the word itself is no key.
 */
export function lemmaCandidates(stem: string): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    if (w.length >= 3 && w !== stem && !out.includes(w)) out.push(w);
  };
  for (const [suffix, replacements] of [
    ['ied', ['y']],
    ['ed', ['', 'e']],
    ['ing', ['', 'e']],
    ['ly', ['']],
    ['er', ['', 'e']],
    ['est', ['', 'e']],
  ] as const) {
    if (!stem.endsWith(suffix) || stem.length - suffix.length < 2) continue;
    const base = stem.slice(0, -suffix.length);
    for (const r of replacements) add(base + r);
    // Doubled final consonant: planned → plan, running → run.
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) add(base.slice(0, -1));
  }
  return out;
}

const ROOT_SUFFIXES = [
  // "-ation" goes as "-ion" and then "-at" (creation → creat = create; information → inform).
  'itions', 'ition', 'ions', 'ion',
  'ements', 'ement', 'ments', 'ment', 'ingly', 'ings', 'ing', 'edly', 'ed', 'ers', 'er', 'ies', 'ied', 'ly',
  'ances', 'ance', 'ences', 'ence', 'ities', 'ity', 'ives', 'ive', 'als', 'al', 'es', 's', 'e', 'y',
];

/**
 * A crude root shared by a word's inflections and derivations, applied alike to glosses and
 * question words: define/definition → defin, revised/revision → revis, originate/origin →
 * origin, centre/center → center. Roots collide more than stems, so a match by root weighs
 * less (`DERIVED` in src/lexicon/weights.ts).
 */
export function englishRoot(word: string): string {
  let w = word.toLowerCase().replace(/tre$/, 'ter').replace(/our$/, 'or').replace(/ageing/, 'aging').replace(/programme/, 'program');
  if (w.length <= 4 || /\d/.test(w)) return w;
  w = w.replace(/is(e|ed|es|ing|ation|ations|ion|ions)$/, 'iz$1');
  for (const suffix of ROOT_SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('at') && w.length >= 6) w = w.slice(0, -2);
  if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The root key of a phrase: the root of every word. */
export function englishRootKey(phrase: string): string {
  return englishWords(foldLatinDiacritics(phrase)).map(englishRoot).join(' ');
}
