/**
 * Finds concepts in text: English phrases by their (stemmed) words, Japanese forms by substring,
 * romaji readings of kana. Concepts come from the small domain glossary (knowledge/glossary:
 * names, programs, titles, measures) and, where it is silent, from the lexicon (EDICT, ENAMDICT,
 * Sudachi: knowledge/lexicon). This is the bridge between English questions and Japanese
 * reports, and between Japanese report lines and English answers.
 */
import { toRomaji } from 'wanakana';
import { foldLatinDiacritics, normaliseForIndex } from '../knowledge/normalise.js';
import type { GlossaryEntry } from '../knowledge/schemas.js';
import type { ExpansionSource, Lexicon } from '../lexicon/index.js';
import { englishKey } from '../lexicon/english-key.js';
import { englishWords, stemEnglish } from '../retrieval/tokenizer.js';

export interface ConceptMatch {
  readonly entry: GlossaryEntry;
  /** The text that matched, as found in the input. */
  readonly surface: string;
  /** Character offsets in the normalised input (English: word offsets are not kept). */
  readonly start: number;
  readonly end: number;
  /** Where the concept comes from: the domain glossary, or the lexicon's dictionaries. */
  readonly source: ExpansionSource;
  /** For lexicon concepts: how sure the translation is (0..1], from src/lexicon/weights.ts. */
  readonly confidence: number;
  /** For lexicon concepts: the weight of each Japanese form of `entry.ja`, best first. */
  readonly weights?: readonly number[];
}

export interface GlossaryIndexOptions {
  /** Dictionary knowledge used where the glossary is silent. */
  readonly lexicon?: Lexicon;
  /**
   * Also find the lexicon's words in Japanese text (off by default). Measured: as typed concepts in
   * Japanese questions they made refusals worse, and as English key facts of a report line they
   * crowd out its names and numbers ("hence", "anyone"); query analysis asks for the glossary alone
   * either way (`findJapanese(text, { lexicon: false })`). Answers that want English for a
   * Japanese word use `Lexicon.japaneseToEnglish` / `nameInEnglish` for the words they choose.
   */
  readonly japaneseLexicon?: boolean;
}

/** The glossary kind a name from ENAMDICT stands for, by its tags. */
function nameKind(tags: readonly string[] | undefined): GlossaryEntry['kind'] {
  if (tags?.includes('p')) return 'municipality';
  if (tags?.some((t) => t === 'o' || t === 'c')) return 'organisation';
  return 'person';
}

export class GlossaryIndex {
  private readonly byEnglish = new Map<string, GlossaryEntry[]>();
  private readonly maxEnglishWords: number;
  /** Japanese forms (normalised), longest first, bucketed by their first character. */
  private readonly byFirstChar = new Map<string, { form: string; entry: GlossaryEntry }[]>();

  private readonly lexicon: Lexicon | undefined;
  /** Concepts made from lexicon phrases, one object per phrase key so that callers can dedupe them. */
  private readonly lexiconConcepts = new Map<string, GlossaryEntry>();
  private lexiconForms: Map<string, { form: string; entry: GlossaryEntry }[]> | null = null;
  private readonly japaneseLexicon: boolean;

  constructor(
    readonly entries: readonly GlossaryEntry[],
    { lexicon, japaneseLexicon = false }: GlossaryIndexOptions = {},
  ) {
    this.lexicon = lexicon;
    this.japaneseLexicon = japaneseLexicon && lexicon !== undefined;
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
   * English concepts in text, longest match first, non-overlapping (the glossary before the
   * lexicon at equal length). Returns the matches and the words no concept covered. `isName`
   * says which words may be read as Japanese names in romaji (ENAMDICT).
   */
  findEnglish(text: string, isName: (word: string) => boolean = () => false): { matches: ConceptMatch[]; leftover: string[] } {
    const words = englishWords(foldLatinDiacritics(text));
    const stems = words.map(stemEnglish);
    const matches: ConceptMatch[] = [];
    const leftover: string[] = [];
    const maxWords = Math.max(this.maxEnglishWords, this.lexicon?.maxPhraseWords ?? 0);
    for (let i = 0; i < stems.length; ) {
      let matched = false;
      for (let n = Math.min(maxWords, stems.length - i); n >= 1; n--) {
        const key = stems.slice(i, i + n).join(' ');
        const surface = words.slice(i, i + n).join(' ');
        const entries = this.byEnglish.get(key);
        if (entries) {
          for (const entry of entries) matches.push({ entry, surface, start: i, end: i + n, source: 'glossary', confidence: 1 });
          i += n;
          matched = true;
          break;
        }
        const phrase = this.lexicon?.phrase(surface, n <= 3 && words.slice(i, i + n).every((w) => isName(w)));
        if (phrase) {
          const conceptKey = `${key}\u0000${phrase.expansions.map((e) => e.ja).join('|')}`;
          let entry = this.lexiconConcepts.get(conceptKey);
          if (!entry) {
            entry = { ja: phrase.expansions.map((e) => e.ja), en: [surface], kind: phrase.name ? nameKind(phrase.expansions[0]!.tags) : 'term' };
            this.lexiconConcepts.set(conceptKey, entry);
          }
          matches.push({ entry, surface, start: i, end: i + n, source: phrase.expansions[0]!.source, confidence: phrase.confidence, weights: phrase.expansions.map((e) => e.weight) });
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

  /** The lexicon's Japanese words (kanji or katakana forms, verbs by stem) as concepts, built on first use. */
  private lexiconByFirstChar(): Map<string, { form: string; entry: GlossaryEntry }[]> {
    if (this.lexiconForms) return this.lexiconForms;
    const map = new Map<string, { form: string; entry: GlossaryEntry }[]>();
    if (this.japaneseLexicon && this.lexicon) {
      for (const { form, entry } of this.lexicon.japaneseForms()) {
        if (Array.from(form).length < 2) continue;
        const en = this.lexicon.japaneseToEnglish(entry.ja).slice(0, 3);
        if (!en.length) continue;
        const list = map.get(form[0]!) ?? [];
        list.push({ form, entry: { ja: [form], en, kind: 'term' } });
        map.set(form[0]!, list);
      }
      for (const list of map.values()) list.sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
    }
    this.lexiconForms = map;
    return map;
  }

  /**
   * Japanese concepts in (normalised) text, longest first, non-overlapping; the glossary wins
   * over the lexicon when both know a word of the same length. `lexicon: false`: the glossary only.
   */
  findJapanese(normalised: string, { lexicon: useLexicon = true }: { lexicon?: boolean } = {}): ConceptMatch[] {
    const matches: ConceptMatch[] = [];
    const lexicon = useLexicon ? this.lexiconByFirstChar() : new Map<string, { form: string; entry: GlossaryEntry }[]>();
    for (let i = 0; i < normalised.length; ) {
      const candidates = this.byFirstChar.get(normalised[i]!);
      const hit = candidates?.find((c) => normalised.startsWith(c.form, i));
      const word = lexicon.get(normalised[i]!)?.find((c) => normalised.startsWith(c.form, i));
      if (hit && (!word || hit.form.length >= word.form.length)) {
        for (const c of candidates!) if (c.form === hit.form) matches.push({ entry: c.entry, surface: c.form, start: i, end: i + c.form.length, source: 'glossary', confidence: 1 });
        i += hit.form.length;
      } else if (word) {
        matches.push({ entry: word.entry, surface: word.form, start: i, end: i + word.form.length, source: 'edict', confidence: 1 });
        i += word.form.length;
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
