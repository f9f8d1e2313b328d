/**
 * Finds the report's words inside a question typed all in hiragana ("くれせんとしてぃと
 * りくぜんたかたの…"): a greedy longest match against the kana spellings of the reports'
 * katakana words and the readings of their proper nouns.
 */
import { toHiragana } from 'wanakana';

export interface KanaWord {
  /** The hiragana as typed. */
  readonly kana: string;
  /** How the reports write it (クレセントシティ, 陸前高田). */
  readonly surfaces: readonly string[];
}

/** Shorter kana strings match inside ordinary words too often. */
const MIN_KANA = 3;

export class KanaLexicon {
  private readonly byKana = new Map<string, string[]>();
  private readonly longest: number;

  /** `words` pairs a spelling in kana (katakana or hiragana) with its written surface. */
  constructor(words: Iterable<{ readonly kana: string; readonly surface: string }>) {
    let longest = 0;
    for (const { kana, surface } of words) {
      const key = toHiragana(kana).replace(/ー/g, '');
      if (key.length < MIN_KANA) continue;
      const list = this.byKana.get(key) ?? [];
      if (!list.includes(surface)) list.push(surface);
      this.byKana.set(key, list);
      longest = Math.max(longest, key.length);
    }
    this.longest = longest;
  }

  /** The known words in a hiragana run, left to right, longest first. */
  segment(run: string): KanaWord[] {
    const text = run.replace(/ー/g, '');
    const words: KanaWord[] = [];
    for (let i = 0; i < text.length; ) {
      let found: KanaWord | null = null;
      for (let n = Math.min(this.longest, text.length - i); n >= MIN_KANA; n--) {
        const surfaces = this.byKana.get(text.slice(i, i + n));
        if (surfaces) {
          found = { kana: text.slice(i, i + n), surfaces };
          break;
        }
      }
      if (found) {
        words.push(found);
        i += found.kana.length;
      } else i++;
    }
    return words;
  }
}
