/**
 * Matches English words to katakana words of the reports by sound: both sides are reduced to
 * a consonant skeleton under the rules by which English loanwords and place names are written
 * in katakana (r after a vowel drops, v→b, l→r, -tion→shon, c before e/i → s, n before b/p/m
 * → m…). "volunteer" and ボランティア both become "brnt"; "Houston" and ヒューストン "hstn".
 * It bridges the many loanwords and foreign names a glossary misses.
 */
import { toRomaji } from 'wanakana';
import { stemEnglish } from '../retrieval/tokenizer.js';

const VOWELS = 'aeiou';

/** Largest share of letters that may differ between the English spelling and the romaji. */
const MAX_SPELLING_DISTANCE = 0.45;
/** Stricter for three-consonant skeletons, which many unrelated words share. */
const MAX_SPELLING_DISTANCE_SHORT = 0.38;

function collapse(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

/** Maps sounds that katakana does not distinguish onto one letter. */
function foldConsonants(s: string): string {
  return s
    .replace(/sh|ch|j|z|ts|x?s/g, 's')
    .replace(/l/g, 'r')
    .replace(/v/g, 'b')
    .replace(/ph/g, 'f')
    .replace(/q|c|g(?=[^aeiou]|$)/g, (m) => (m === 'g' ? 'g' : 'k'));
}

/** The English word rewritten the way katakana would spell it (before vowels are dropped). */
function englishAsKana(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/tion|sion/g, 'shon')
    .replace(/tech/g, 'tek')
    .replace(/x/g, 'ks')
    .replace(/qu/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/g(?=[ei])/g, 'j')
    .replace(/th/g, 's')
    .replace(/wh/g, 'w')
    .replace(/y(?=[aeiou])/g, '')
    .replace(/([aeiouy])r(?=[^aeiouy]|$)/g, '$1')
    .replace(/e$/, '')
    .replace(/gh/g, '');
}

export function englishSkeleton(word: string): string {
  const consonants = [...foldConsonants(englishAsKana(word))].filter((ch) => !VOWELS.includes(ch) && ch !== 'y' && ch !== 'h').join('');
  return collapse(consonants);
}

function romaji(katakana: string): string {
  return toRomaji(katakana).toLowerCase().replace(/[^a-z]/g, '').replace(/n(?=[bpm])/g, 'm').replace(/y/g, '');
}

export function katakanaSkeleton(katakana: string): string {
  const r = romaji(katakana);
  const consonants = [...foldConsonants(r)].filter((ch) => !VOWELS.includes(ch) && ch !== 'h').join('');
  return collapse(consonants);
}

/** Katakana words of a corpus indexed by skeleton. */
export class KatakanaLexicon {
  private readonly bySkeleton = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      const key = katakanaSkeleton(word);
      if (key.length < 3) continue;
      const list = this.bySkeleton.get(key) ?? [];
      list.push(word);
      this.bySkeleton.set(key, list);
    }
  }

  /**
   * Katakana words of the corpus that sound like the English word (or two words written as one).
   * For a name ("Spiber"), the only katakana word with its consonants is taken even when the
   * vowels differ more than a loanword's would (スパイバー).
   */
  lookup(english: string, name = false): readonly string[] {
    const found = this.lookupForm(english.toLowerCase(), name);
    const stem = stemEnglish(english.toLowerCase());
    return found.length || stem === english.toLowerCase() ? found : this.lookupForm(stem, name);
  }

  private lookupForm(english: string, name: boolean): readonly string[] {
    const letters = english.replace(/[^a-z]/gi, '');
    const key = englishSkeleton(english);
    // Three consonants from a short word match too much by chance.
    if (key.length < 3 || (key.length === 3 && letters.length < 5)) return [];
    const candidates = this.bySkeleton.get(key) ?? [];
    // Same consonants is necessary, not sufficient: keep the spellings whose vowels agree too.
    const spelled = foldConsonants(englishAsKana(english));
    const scored = candidates
      .map((word) => {
        const r = foldConsonants(romaji(word)).replace(/([aeiou])\1+/g, '$1');
        return { word, distance: editDistance(spelled, r) / Math.max(spelled.length, r.length) };
      })
      .filter((c) => c.distance <= (key.length <= 3 ? MAX_SPELLING_DISTANCE_SHORT : MAX_SPELLING_DISTANCE))
      .sort((a, b) => a.distance - b.distance);
    // A name's only sound-alike counts when it starts with the same sound (Spiber/スパイバー, not Ontario/アンティル).
    if (scored.length === 0 && name && candidates.length === 1 && spelled[0] === foldConsonants(romaji(candidates[0]!))[0]) return candidates;
    const best = scored[0]?.distance ?? 0;
    return scored.filter((c) => c.distance <= best + 0.1).slice(0, 3).map((c) => c.word);
  }
}

/** Katakana words (3+ characters, split at the middle dot) in a text. */
export function katakanaWords(text: string): string[] {
  return text.match(/[\u30a1-\u30fa\u30fc]{3,}/g) ?? [];
}

/** Levenshtein distance between two strings (one row of the table at a time). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
