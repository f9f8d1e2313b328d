/**
 * Finds glossary concepts in text: English phrases by their (stemmed) words, Japanese forms
 * by substring, romaji readings of kana. This is the bridge between English questions and
 * Japanese reports, and between Japanese report lines and English answers.
 */
import { toRomaji } from 'wanakana';
import { normaliseForIndex } from '../knowledge/normalise.js';
import type { GlossaryEntry } from '../knowledge/schemas.js';
import { englishWords, stemEnglish } from '../retrieval/tokenizer.js';

export interface ConceptMatch {
  readonly entry: GlossaryEntry;
  /** The text that matched, as found in the input. */
  readonly surface: string;
  /** Character offsets in the normalised input (English: word offsets are not kept). */
  readonly start: number;
  readonly end: number;
}

const stripMacrons = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** The key an English phrase is indexed by: stemmed words joined by spaces. */
export function englishKey(phrase: string): string {
  return englishWords(stripMacrons(phrase)).map(stemEnglish).join(' ');
}

export class GlossaryIndex {
  private readonly byEnglish = new Map<string, GlossaryEntry[]>();
  private readonly maxEnglishWords: number;
  /** Japanese forms (normalised), longest first, bucketed by their first character. */
  private readonly byFirstChar = new Map<string, { form: string; entry: GlossaryEntry }[]>();

  constructor(readonly entries: readonly GlossaryEntry[]) {
    let maxWords = 1;
    for (const entry of entries) {
      for (const en of entry.en) {
        const key = englishKey(en);
        if (!key) continue;
        maxWords = Math.max(maxWords, key.split(' ').length);
        const list = this.byEnglish.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        this.byEnglish.set(key, list);
      }
      for (const ja of entry.ja) {
        const form = normaliseForIndex(ja);
        // Latin "ja" forms (UMB, JICA) are matched as English words, never inside other words.
        if (!/[\u3040-\u30ff\u3400-\u9fff]/.test(form)) continue;
        // A single character (年, 人) would match inside every other word.
        if (Array.from(form).length < 2) continue;
        const first = form[0]!;
        const list = this.byFirstChar.get(first) ?? [];
        list.push({ form, entry });
        this.byFirstChar.set(first, list);
      }
    }
    for (const list of this.byFirstChar.values()) list.sort((a, b) => b.form.length - a.form.length);
    this.maxEnglishWords = Math.min(maxWords, 8);
  }

  /** Entries whose English form equals the phrase (after stemming). */
  lookupEnglish(phrase: string): readonly GlossaryEntry[] {
    return this.byEnglish.get(englishKey(phrase)) ?? [];
  }

  /**
   * English concepts in text, longest match first, non-overlapping. Returns the matches and
   * the words no concept covered.
   */
  findEnglish(text: string): { matches: ConceptMatch[]; leftover: string[] } {
    const words = englishWords(stripMacrons(text));
    const stems = words.map(stemEnglish);
    const matches: ConceptMatch[] = [];
    const leftover: string[] = [];
    for (let i = 0; i < stems.length; ) {
      let matched = false;
      for (let n = Math.min(this.maxEnglishWords, stems.length - i); n >= 1; n--) {
        const key = stems.slice(i, i + n).join(' ');
        const entries = this.byEnglish.get(key);
        if (entries) {
          for (const entry of entries) matches.push({ entry, surface: words.slice(i, i + n).join(' '), start: i, end: i + n });
          i += n;
          matched = true;
          break;
        }
      }
      if (!matched) {
        leftover.push(words[i]!);
        i++;
      }
    }
    return { matches, leftover };
  }

  /** Japanese concepts in (normalised) text, longest first, non-overlapping. */
  findJapanese(normalised: string): ConceptMatch[] {
    const matches: ConceptMatch[] = [];
    for (let i = 0; i < normalised.length; ) {
      const candidates = this.byFirstChar.get(normalised[i]!);
      const hit = candidates?.find((c) => normalised.startsWith(c.form, i));
      if (hit) {
        for (const c of candidates!) if (c.form === hit.form) matches.push({ entry: c.entry, surface: c.form, start: i, end: i + c.form.length });
        i += hit.form.length;
      } else i++;
    }
    return matches;
  }

  /** Concepts named by a kana word's romaji reading ("かけはし" → KAKEHASHI). */
  findByReading(kana: string): readonly GlossaryEntry[] {
    const romaji = toRomaji(kana).replace(/[^a-z]/g, '');
    if (romaji.length < 3) return [];
    const found = this.lookupEnglish(romaji);
    if (found.length) return found;
    // Place names typed with their suffix: りくぜんたかたし → "rikuzentakata" (+ shi).
    const bare = romaji.replace(/(shi|ken|ku|chou|cho|machi|mura|son|fu|to|dou)$/, '');
    return bare.length >= 3 && bare !== romaji ? this.lookupEnglish(bare) : [];
  }
}
