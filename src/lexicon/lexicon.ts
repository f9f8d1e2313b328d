/**
 * The lexicon's typed API: English → the reports' Japanese words (EDICT glosses, ENAMDICT names,
 * Sudachi's English members), Japanese → English glosses and romanised names, and Japanese
 * synonyms. Built from knowledge/lexicon/lexicon.json (see src/lexicon/weights.ts for the weights).
 */
import { toRomaji } from 'wanakana';
import { normaliseForIndex } from '../knowledge/normalise.js';
import type { EdictEntry, LexiconFile, NameEntry } from './schema.js';
import { englishKey, englishRoot, englishRootKey, englishStems, lemmaCandidates } from './english-key.js';
import { ambiguityFactor, AMBIGUITY, DERIVED, KEEP_RATIO, PART, PIVOT, PIVOT_KEEP_RATIO, PIVOT_MAX_FORMS, READING, MAX_FORMS, NAME, NOT_COMMON, corpusPrior, SAME_LEXEME, senseWeight, SUDACHI_ENGLISH, SYNONYM } from './weights.js';

export type ExpansionSource = 'edict' | 'enamdict' | 'sudachi' | 'glossary';

/** A Japanese form an English word (or a Japanese synonym) reaches, and how much it counts (0..1]. */
export interface Expansion {
  /** The form as the reports' index text spells it (a verb's stem when that is what they print). */
  readonly ja: string;
  readonly weight: number;
  readonly source: ExpansionSource;
  /** ENAMDICT tags of a name (p place, o organisation, c company, s surname, g given name, …). */
  readonly tags?: readonly string[];
}

/** An English phrase of a text the lexicon translates. */
export interface LexiconPhrase {
  /** Word offsets [start, end) in the text's English words. */
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly expansions: readonly Expansion[];
  /** How sure the lexicon is of what the phrase names: the best weight × 1/√(forms kept). */
  readonly confidence: number;
  /** A name (ENAMDICT) rather than a word. */
  readonly name: boolean;
}

type Posting = Expansion;
interface Trim {
  readonly keepRatio: number;
  readonly maxForms: number;
}

/** Words of a Japanese text the synonym dictionary knows, longest first. */
export interface SynonymWord {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  /** The word's passages in the reports (0: the reports never use it). */
  readonly df: number;
  readonly expansions: readonly Expansion[];
}

const MAX_PHRASE_WORDS = 6;
/** Words of a gloss that name nothing on their own. */
const GLOSS_FILLERS = new Set(['the', 'and', 'for', 'with', 'from', 'into', 'one', 'one\'s', 'someone', 'something', 'etc', 'being', 'that', 'this', 'out', 'off', 'not']);
/** A phrase that starts with an article is a gloss's phrasing ("the last"), not the question's concept. */
const ARTICLE = /^(?:the|a|an)$/;
const KANA_ONLY = /^[\u3040-\u30ffー]+$/;
const ROMAJI_NOTE = /\s*\([^)]*\)\s*/g;

/** A kana reading as a lookup key: Hepburn-ish romaji, long vowels folded, letters only (the build stores it). */
export function romajiKey(kana: string): string {
  return foldLongVowels(toRomaji(kana).toLowerCase()).replace(/[^a-z]/g, '');
}

/** Long vowels folded the way English texts spell Japanese names: Toukyou → Tokyo, Yuuki → Yuki. */
export function foldLongVowels(romaji: string): string {
  return romaji.replace(/ou/g, 'o').replace(/Ou/g, 'O').replace(/uu/g, 'u').replace(/Uu/g, 'U');
}

const PLACE_SUFFIXES: readonly [string, string][] = [
  ['都', ''],
  ['道', ''],
  ['府', ' Prefecture'],
  ['県', ' Prefecture'],
  ['市', ' City'],
  ['区', ' Ward'],
  ['町', ' Town'],
  ['村', ' Village'],
  ['郡', ' District'],
];
const NAME_TAG_ORDER = ['p', 'o', 'c', 's', 'g', 'f', 'm', 'h', 'pr', 'st', 'wk', 'u'];
const tagRank = (n: NameEntry) => Math.min(...n.tags.map((t) => (NAME_TAG_ORDER.indexOf(t) + 1 || 99)));

export class Lexicon {
  private readonly byEnglish = new Map<string, Map<string, Posting>>();
  /** The same glosses by root ("definition" under "defin"), reached from "define". */
  private readonly byRoot = new Map<string, Map<string, Posting>>();
  private readonly namesByRomaji = new Map<string, Map<string, Posting>>();
  /** The reports' words by their reading in romaji ("tabunkakyosei"). */
  private readonly wordsByRomaji = new Map<string, Map<string, Posting>>();
  private readonly edictByForm = new Map<string, EdictEntry>();
  private readonly namesByForm = new Map<string, NameEntry[]>();
  private readonly groupsByMember = new Map<string, number[]>();
  private readonly synonymStarts = new Map<string, string[]>();
  private readonly passages: number;
  private maxWords = 1;
  private indexed = false;

  constructor(private readonly file: LexiconFile) {
    this.passages = file.passages;
    for (const e of file.edict) this.edictByForm.set(e.ja, e);
    for (const n of file.enamdict) {
      const list = this.namesByForm.get(n.ja) ?? [];
      list.push(n);
      this.namesByForm.set(n.ja, list);
    }
    file.synonyms.forEach((group, i) => {
      for (const m of group) {
        const list = this.groupsByMember.get(m.w) ?? [];
        list.push(i);
        this.groupsByMember.set(m.w, list);
        if (!/^[a-z][a-z0-9 .'-]*$/.test(m.w) && Array.from(m.w).length >= 2 && (!KANA_ONLY.test(m.w) || /[\u30a0-\u30ff]/.test(m.w) || m.w.length >= 3)) {
          const first = m.w[0]!;
          const starts = this.synonymStarts.get(first) ?? [];
          if (!starts.includes(m.w)) starts.push(m.w);
          this.synonymStarts.set(first, starts);
        }
      }
    });
    for (const list of this.synonymStarts.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  }

  /**
   * The English index, built on the first English lookup (≈50–100 ms): start-up and Japanese
   * questions do not pay for it.
   */
  private ensureEnglishIndex(): void {
    if (this.indexed) return;
    this.indexed = true;
    let maxWords = 1;
    const roots = new Map<string, string>();
    const root = (w: string) => {
      let r = roots.get(w);
      if (r === undefined) roots.set(w, (r = englishRoot(w)));
      return r;
    };
    for (const e of this.file.edict) {
      const ja = e.stem ?? e.ja;
      const base = (e.common ? 1 : NOT_COMMON) * corpusPrior(e.df, this.passages);
      // Japanese words typed in romaji ("tabunka kyosei") are found by their reading, spaces ignored.
      if (e.romaji) this.post(this.wordsByRomaji, e.romaji, { ja, weight: READING * base, source: 'edict' });
      e.senses.forEach((sense, s) =>
        sense.forEach((gloss, g) => {
          // One pass over the gloss's words gives both keys (stems, and roots: cached, words repeat).
          const { words, stems } = englishStems(gloss);
          if (stems.length === 0) return;
          const key = stems.join(' ');
          maxWords = Math.max(maxWords, stems.length);
          const weight = base * senseWeight(s, g);
          this.post(this.byEnglish, key, { ja, weight, source: 'edict' });
          this.post(this.byRoot, words.map(root).join(' '), { ja, weight: weight * DERIVED, source: 'edict' });
          // A word of a short gloss ("total" of "total amount") reaches it too, for less.
          if (stems.length >= 2 && stems.length <= 3) {
            for (const w of stems) if (!GLOSS_FILLERS.has(w) && w.length >= 3) this.post(this.byRoot, root(w), { ja, weight: weight * PART, source: 'edict' });
          }
        }),
      );
    }
    for (const n of this.file.enamdict) {
      const key = foldLongVowels(englishKey(n.romaji.replace(ROMAJI_NOTE, ' ')).replace(/ /g, ''));
      if (!key) continue;
      this.post(this.namesByRomaji, key, { ja: n.ja, weight: NAME * corpusPrior(n.df, this.passages), source: 'enamdict', tags: n.tags });
    }
    for (const group of this.file.synonyms) {
      for (const m of group) {
        if (!/^[a-z][a-z0-9 .'-]*$/.test(m.w)) continue;
        const key = englishKey(m.w);
        // An English member reaches the group's members the reports use.
        if (key) for (const o of group) if (o.df > 0 && o.w !== m.w) this.post(this.byEnglish, key, { ja: o.w, weight: SUDACHI_ENGLISH * (o.v === m.v ? 1 : SYNONYM) * corpusPrior(o.df, this.passages), source: 'sudachi' });
      }
    }
    this.maxWords = Math.min(maxWords, MAX_PHRASE_WORDS);
  }

  /** Adds a posting under a key, keeping the best weight per Japanese form (Map keys keep insertion order: deterministic). */
  private post(map: Map<string, Map<string, Posting>>, key: string, p: Posting): void {
    let list = map.get(key);
    if (!list) map.set(key, (list = new Map()));
    const prev = list.get(p.ja);
    if (!prev || prev.weight < p.weight) list.set(p.ja, p);
  }

  /** Sizes, for the index report and the README. */
  get size(): { edict: number; enamdict: number; synonyms: number; englishKeys: number } {
    this.ensureEnglishIndex();
    return { edict: this.file.edict.length, enamdict: this.file.enamdict.length, synonyms: this.file.synonyms.length, englishKeys: this.byEnglish.size };
  }

  /** Expansions of an English key, best first, trimmed to those near the best. */
  private expand(postings: readonly Posting[] | undefined, trim: Trim = this.trim): Expansion[] {
    if (!postings?.length) return [];
    const best1 = new Map<string, Posting>();
    for (const p of postings) if ((best1.get(p.ja)?.weight ?? -1) < p.weight) best1.set(p.ja, p);
    const sorted = [...best1.values()].sort((a, b) => b.weight - a.weight || (a.ja < b.ja ? -1 : 1));
    const best = sorted[0]!.weight;
    return sorted.filter((p) => p.weight >= best * trim.keepRatio).slice(0, trim.maxForms);
  }

  /** How many translations an English lookup keeps (the pivot keeps fewer: see weights.ts). */
  private trim: Trim = { keepRatio: KEEP_RATIO, maxForms: MAX_FORMS };

  private lookupKey(key: string, rootKey: string, names: boolean): { expansions: Expansion[]; name: boolean } {
    this.ensureEnglishIndex();
    // A name typed as one (capitalised, or no English word) is first a place, organisation or
    // company of ENAMDICT: "Maryland" is メリーランド, a name the answer must mention.
    const spelled = foldLongVowels(key.replace(/ /g, ''));
    const romaji = names ? [...(this.namesByRomaji.get(spelled)?.values() ?? []), ...(this.wordsByRomaji.get(spelled)?.values() ?? [])] : undefined;
    const places = romaji?.filter((p) => p.tags?.some((t) => t === 'p' || t === 'o' || t === 'c'));
    // Exact glosses and glosses sharing the root compete on weight: "join" reaches 参加 ("joining").
    const words = this.expand([...(this.byEnglish.get(key)?.values() ?? []), ...(this.byRoot.get(rootKey)?.values() ?? [])]);
    // The name wins unless EDICT reads the word otherwise ("Park" is 公園, not a place パーク):
    // when EDICT knows it as the same word (Texas: テキサス in both), it is that place.
    if (places?.length && (words.length === 0 || words.some((w) => places.some((p) => p.ja === w.ja)))) return { expansions: this.expand(places), name: true };
    if (words.length) return { expansions: words, name: false };
    if (romaji?.length) {
      const found = this.expand(romaji);
      return { expansions: found, name: found[0]!.source === 'enamdict' };
    }
    return { expansions: [], name: false };
  }

  /**
   * The reports' Japanese words for an English word or phrase, best first.
   * @example lexicon.englishToJapanese('sister city') // [{ ja: '姉妹都市', weight: 0.85, source: 'edict' }, …]
   */
  englishToJapanese(phraseOrWord: string, { names = true }: { names?: boolean } = {}): Expansion[] {
    const { stems } = englishStems(phraseOrWord);
    if (stems.length === 0 || (stems.length > 1 && ARTICLE.test(stems[0]!))) return [];
    const direct = this.lookupKey(stems.join(' '), englishRootKey(phraseOrWord), names);
    if (direct.expansions.length) return direct.expansions;
    const last = stems[stems.length - 1]!;
    for (const lemma of lemmaCandidates(last)) {
      const found = this.lookupKey([...stems.slice(0, -1), lemma].join(' '), englishRootKey([...stems.slice(0, -1), lemma].join(' ')), false);
      if (found.expansions.length) return found.expansions;
    }
    return [];
  }

  /** True when the phrase is a reading in romaji (not a gloss). */
  private readingMatch(surface: string): boolean {
    const key = englishKey(surface);
    return !this.byEnglish.has(key) && !this.byRoot.has(englishRootKey(surface)) && this.wordsByRomaji.has(foldLongVowels(key.replace(/ /g, '')));
  }

  /** Longest phrase the English index holds, in words. */
  get maxPhraseWords(): number {
    this.ensureEnglishIndex();
    return this.maxWords;
  }

  /** One phrase (its words as typed) looked up: the expansions with their confidence, or null. */
  phrase(surface: string, asName: boolean): { expansions: Expansion[]; confidence: number; name: boolean } | null {
    const expansions = this.englishToJapanese(surface, { names: asName });
    if (!expansions.length) return null;
    return { expansions, confidence: expansions[0]!.weight * ambiguityFactor(expansions.length, AMBIGUITY), name: expansions[0]!.source === 'enamdict' || (asName && expansions[0]!.source === 'edict' && this.readingMatch(surface)) };
  }

  /**
   * English phrases of a text the lexicon translates, longest first and non-overlapping, with the
   * words nothing covered. `isName(word)` says which single words may be looked up as names
   * (ENAMDICT romaji): capitalised words of a question, not every ordinary word.
   */
  findEnglish(text: string, isName: (word: string) => boolean = () => false): { phrases: LexiconPhrase[]; leftover: string[] } {
    this.ensureEnglishIndex();
    const { words, stems } = englishStems(text);
    const phrases: LexiconPhrase[] = [];
    const leftover: string[] = [];
    for (let i = 0; i < stems.length; ) {
      let hit: LexiconPhrase | null = null;
      for (let n = Math.min(this.maxWords, stems.length - i); n >= 1 && !hit; n--) {
        const surface = words.slice(i, i + n).join(' ');
        const expansions = this.englishToJapanese(surface, { names: n <= 3 && words.slice(i, i + n).every(isName) });
        if (expansions.length) {
          const name = expansions[0]!.source === 'enamdict';
          hit = { start: i, end: i + n, surface, expansions, confidence: expansions[0]!.weight * ambiguityFactor(expansions.length, AMBIGUITY), name };
        }
      }
      if (hit) {
        phrases.push(hit);
        i = hit.end;
      } else leftover.push(words[i++]!);
    }
    return { phrases, leftover };
  }

  /** The EDICT entry of a Japanese word (normalised; a verb found by its stem is found by it too). */
  entry(ja: string): EdictEntry | undefined {
    return this.edictByForm.get(normaliseForIndex(ja));
  }

  /** English glosses of a Japanese word, best first: the first gloss of each sense, then the rest. */
  japaneseToEnglish(ja: string): string[] {
    const e = this.entry(ja);
    if (!e) return [];
    return [...new Set([...e.senses.map((s) => s[0]!), ...e.senses.flatMap((s) => s.slice(1))])];
  }

  /**
   * The English of a Japanese word in the sense the reports use it: of EDICT's senses, the one
   * whose glosses the reports also write with other words (推進 "promotion", shared with 促進 and
   * 振興, rather than "propulsion"), counted in passages; the first sense when none is shared.
   */
  glossInContext(ja: string): string | null {
    const form = normaliseForIndex(ja);
    const cached = this.glossCache.get(form);
    if (cached !== undefined) return cached;
    const gloss = this.senseInContext(ja, form);
    this.glossCache.set(form, gloss);
    return gloss;
  }

  private readonly glossCache = new Map<string, string | null>();

  private senseInContext(ja: string, form: string): string | null {
    const e = this.entry(ja);
    if (!e || !e.senses.length) return null;
    let best = e.senses[0]!;
    let bestScore = 0;
    for (const sense of e.senses) {
      let score = 0;
      for (const gloss of sense) {
        for (const x of this.englishToJapanese(gloss, { names: false })) if (x.ja !== form && x.source === 'edict') score += this.documentFrequency(x.ja);
      }
      if (score > bestScore) [best, bestScore] = [sense, score];
    }
    return best[0] ?? null;
  }

  /**
   * A Japanese proper name romanised for an English answer: ENAMDICT's romaji (places,
   * organisations, companies before people), a place suffix translated (陸前高田市 → Rikuzentakata
   * City), else a kana name in Hepburn. Null when neither knows it.
   * @example lexicon.nameInEnglish('十勝') // 'Tokachi'
   */
  nameInEnglish(ja: string): string | null {
    const form = normaliseForIndex(ja);
    const names = this.namesByForm.get(form);
    if (names?.length) {
      const best = [...names].sort((a, b) => tagRank(a) - tagRank(b) || b.df - a.df)[0]!;
      return foldLongVowels(best.romaji.replace(ROMAJI_NOTE, ' ').trim());
    }
    for (const [suffix, english] of PLACE_SUFFIXES) {
      if (!form.endsWith(suffix) || Array.from(form).length < 3) continue;
      const stem = this.namesByForm.get(form.slice(0, -suffix.length))?.filter((n) => n.tags.includes('p'));
      if (stem?.length) return `${foldLongVowels(stem[0]!.romaji.replace(ROMAJI_NOTE, ' ').trim())}${english}`;
    }
    if (KANA_ONLY.test(form) && /[\u3040-\u30ff]/.test(form)) {
      const romaji = foldLongVowels(toRomaji(form));
      return /^[a-z'-]+$/.test(romaji) ? romaji.charAt(0).toUpperCase() + romaji.slice(1) : null;
    }
    return null;
  }

  private wordStarts: Map<string, string[]> | null = null;

  /**
   * EDICT words of a (normalised) Japanese text, longest first and non-overlapping; with
   * `okurigana`, only words written with kanji and kana together (生み出, 深め, 取り組み), which
   * splitting by script would break apart.
   */
  findWords(normalised: string, { okurigana = false }: { okurigana?: boolean } = {}): { surface: string; start: number; end: number }[] {
    if (!this.wordStarts) {
      const starts = new Map<string, string[]>();
      for (const e of this.file.edict) {
        const form = e.stem ?? e.ja;
        if (Array.from(form).length < 2 || !/[\u3400-\u9fff\u30a0-\u30ff]/.test(form)) continue;
        const list = starts.get(form[0]!) ?? [];
        list.push(form);
        starts.set(form[0]!, list);
      }
      for (const list of starts.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
      this.wordStarts = starts;
    }
    const out: { surface: string; start: number; end: number }[] = [];
    for (let i = 0; i < normalised.length; ) {
      const hit = this.wordStarts.get(normalised[i]!)?.find((w) => normalised.startsWith(w, i));
      if (hit && (!okurigana || (/[\u3400-\u9fff]/.test(hit) && /[\u3040-\u309f]/.test(hit)))) {
        out.push({ surface: hit, start: i, end: i + hit.length });
        i += hit.length;
      } else i += hit ? hit.length : 1;
    }
    return out;
  }

  /**
   * Other words of the reports that EDICT translates as this word's first glosses (生み出す
   * "create" → 創出 "creation"): a pivot through English, weighted below a direct synonym.
   */
  pivotExpansions(ja: string): Expansion[] {
    const e = this.entry(ja) ?? this.file.edict.find((x) => x.stem === normaliseForIndex(ja));
    if (!e) return [];
    const self = e.stem ?? e.ja;
    const out = new Map<string, Expansion>();
    const saved = this.trim;
    this.trim = { keepRatio: PIVOT_KEEP_RATIO, maxForms: PIVOT_MAX_FORMS };
    const translations = e.senses[0]!.slice(0, 2).flatMap((gloss) => this.englishToJapanese(gloss, { names: false }));
    this.trim = saved;
    {
      for (const x of translations) {
        if (x.ja === self || x.ja === e.ja) continue;
        const weight = x.weight * PIVOT;
        if ((out.get(x.ja)?.weight ?? 0) < weight) out.set(x.ja, { ja: x.ja, weight, source: 'edict' });
      }
    }
    return [...out.values()].sort((a, b) => b.weight - a.weight || (a.ja < b.ja ? -1 : 1)).slice(0, PIVOT_MAX_FORMS);
  }

  /** True when ENAMDICT lists the form as a place, organisation or company. */
  isPlaceName(ja: string): boolean {
    return (this.namesByForm.get(normaliseForIndex(ja)) ?? []).some((n) => n.tags.some((t) => t === 'p' || t === 'o' || t === 'c'));
  }

  /** Sudachi synonyms of a Japanese word: members the reports use first (by passages), then the rest. */
  synonymsOf(ja: string): string[] {
    return this.synonymExpansions(ja, { all: true }).map((e) => e.ja);
  }

  /**
   * Synonym expansions of a Japanese word, best first: another spelling of the same lexeme weighs
   * more than a synonym; with `all: false` (the default) only members the reports use.
   */
  synonymExpansions(ja: string, { all = false }: { all?: boolean } = {}): Expansion[] {
    const form = normaliseForIndex(ja);
    const out = new Map<string, { e: Expansion; df: number }>();
    for (const g of this.groupsByMember.get(form) ?? []) {
      const group = this.file.synonyms[g]!;
      const self = group.find((m) => m.w === form)!;
      if (self.trigger === false) continue;
      for (const m of group) {
        if (m.w === form || (!all && m.df === 0)) continue;
        const weight = (m.v === self.v ? SAME_LEXEME : SYNONYM) * (m.df > 0 ? 1 : 0.5);
        const prev = out.get(m.w);
        if (!prev || prev.e.weight < weight) out.set(m.w, { e: { ja: m.w, weight, source: 'sudachi' }, df: m.df });
      }
    }
    return [...out.values()].sort((a, b) => Number(b.df > 0) - Number(a.df > 0) || b.e.weight - a.e.weight || b.df - a.df || (a.e.ja < b.e.ja ? -1 : 1)).map((x) => x.e);
  }

  /** Passages of the reports that use a form (0 when unknown or unused). */
  documentFrequency(ja: string): number {
    const form = normaliseForIndex(ja);
    const e = this.edictByForm.get(form);
    if (e) return e.df;
    for (const g of this.groupsByMember.get(form) ?? []) {
      const m = this.file.synonyms[g]!.find((x) => x.w === form);
      if (m) return m.df;
    }
    return this.namesByForm.get(form)?.[0]?.df ?? 0;
  }

  /**
   * Words of a (normalised) Japanese text that the synonym dictionary knows, longest first and
   * non-overlapping, with their synonyms the reports use.
   */
  findSynonymWords(normalised: string): SynonymWord[] {
    const out: SynonymWord[] = [];
    for (let i = 0; i < normalised.length; ) {
      const hit = this.synonymStarts.get(normalised[i]!)?.find((w) => normalised.startsWith(w, i));
      if (!hit) {
        i++;
        continue;
      }
      out.push({ surface: hit, start: i, end: i + hit.length, df: this.documentFrequency(hit), expansions: this.synonymExpansions(hit) });
      i += hit.length;
    }
    return out;
  }

  /** Entries whose form (or stem) has kanji or katakana, for finding the reports' words in Japanese text. */
  *japaneseForms(): Iterable<{ form: string; entry: EdictEntry }> {
    for (const e of this.file.edict) {
      const form = e.stem ?? e.ja;
      if (/[\u3400-\u9fff\u30a0-\u30ff]/.test(form)) yield { form, entry: e };
    }
  }

  /** ENAMDICT names (kanji or katakana) for finding proper nouns in Japanese text. */
  *names(): Iterable<NameEntry> {
    yield* this.file.enamdict;
  }

  /** A lexicon that knows nothing (when the file is missing). */
  static empty(): Lexicon {
    return new Lexicon({ format: 1, passages: 1, sources: {}, edict: [], enamdict: [], synonyms: [] });
  }
}
