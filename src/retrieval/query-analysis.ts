/**
 * Turns a question into weighted search terms. Words the person typed count fully; glossary
 * concepts found in the question add their forms in the other language (the bridge that lets
 * English questions find Japanese text), and kana words add their katakana form and any
 * concept their reading names. Terms are grouped by concept so that coverage can be judged
 * per concept ("does the passage mention Boston at all?"), not per bigram.
 */
import { toHiragana, toKatakana, toRomaji } from 'wanakana';
import { detectLanguage } from '../core/language.js';
import type { Language } from '../core/types.js';
import { isOrdinaryEnglishWord } from '../bridge/english-words.js';
import type { ConceptMatch, GlossaryIndex } from '../bridge/glossary-index.js';
import type { KatakanaLexicon } from '../bridge/transliteration.js';
import type { ReadingIndex } from '../bridge/proper-noun-readings.js';
import type { KanaLexicon } from '../bridge/kana-lexicon.js';
import type { Lexicon } from '../lexicon/index.js';
import { normaliseForIndex } from '../knowledge/normalise.js';
import type { GlossaryEntry } from '../knowledge/schemas.js';
import type { WeightedTerm } from './bm25.js';
import { ENGLISH_STOPWORDS, JAPANESE_FILLERS } from './stopwords.js';
import { stemEnglish, tokenize } from './tokenizer.js';

/** One concept of the question with its alternative spellings, each a token list. */
export interface TermGroup {
  readonly label: string;
  readonly alternatives: readonly (readonly string[])[];
  /** 1 for what was typed, less for expansions. */
  readonly weight: number;
  /**
   * How much each alternative counts in retrieval, relative to the group (0..1, default 1):
   * a dictionary's later translations and synonyms count less than its first. Coverage ignores
   * it: a passage that uses any of the spellings mentions the concept.
   */
  readonly discounts?: readonly number[];
  /**
   * A name or number the answer must mention (a place, an organisation, "2030"): when no
   * retrieved passage mentions it, the reports do not answer the question, however much of
   * the rest they cover.
   */
  readonly critical: boolean;
  /** The attribute the question asks for ("本部はどこ", "the population of"): the answer itself must state it. */
  readonly asked?: boolean;
}

export interface AnalysedQuery {
  readonly text: string;
  readonly language: Language;
  readonly groups: readonly TermGroup[];
  readonly concepts: readonly GlossaryEntry[];
  /** Reports the question names ("the Bluebook", "行動計画"): their passages are preferred. */
  readonly reports: readonly string[];
}

/** A report and the names people use for it. */
export interface ReportAliases {
  readonly file: string;
  readonly aliases: readonly string[];
}

/** Weight of a concept form the person did not type (the other language's name for it). */
const EXPANSION_WEIGHT = 0.9;

/**
 * Generic words ("partnership", "cooperation", 交流) are paraphrased freely, names are not:
 * a passage that names the right places answers even when it says 締結 where the question
 * said "partnership". Generic concepts therefore weigh half.
 */
const GENERIC_KINDS: ReadonlySet<GlossaryEntry['kind']> = new Set(['term', 'title']);
const GENERIC_WEIGHT = 0.5;
/** English words the reports never use and no bridge reaches. */
const UNBRIDGED_WEIGHT = 0.25;
/** Hiragana phrases are mostly verb endings and particles ("とつながる", "している"). */
const HIRAGANA_WEIGHT = 0.3;
/**
 * A Japanese word the reports never use, reached through its Sudachi synonyms (いきさつ → 経緯):
 * the group counts as typed, each synonym by its own weight (src/lexicon/weights.ts), below 1.
 */
const SYNONYM_GROUP_WEIGHT = 1;
/** A verb or adjective typed with its okurigana: content, but paraphrased freely (0.3 beat 0.5 and 1 on the dev sets). */
const OKURIGANA_WEIGHT = 0.3;
/** Synonyms (Sudachi) and pivots (EDICT) of a typed word the reports use join its spellings. */
const SYNONYMS_OF_PRESENT_WORDS = true;

/** A lone kanji or kana never matches: the index holds bigrams of Japanese runs. */
const isLoneJapaneseChar = (tokens: readonly string[]) => tokens.length === 1 && /^[\u3040-\u30ff\u3400-\u9fff]$/.test(tokens[0]!);

/**
 * An entry's spellings as token lists. Reached from an English word, a generic entry gives its
 * Japanese forms and that word only: its other English glosses are other senses ("volunteer" is
 * not "participant"), while a name's English variants are the same name.
 */
function entryAlternatives(entry: GlossaryEntry, englishSurface?: string, jaWeights?: readonly number[]): { alternatives: string[][]; discounts: number[] } {
  const english = englishSurface !== undefined && (GENERIC_KINDS.has(entry.kind) || entry.kind === 'measure') ? [englishSurface] : entry.en;
  const best = jaWeights?.[0] ?? 1;
  // An English question's "the Niigata city" may mean a city in Niigata, printed only inside a longer
  // address (新潟県長岡市): the name without its suffix counts too, at half weight.
  const stems = englishSurface !== undefined && entry.kind === 'municipality' ? entry.ja.flatMap((f) => (/^[\u4e00-\u9fff]{2,}(市|町|村)$/.test(f) ? [{ f: f.slice(0, -1), d: 0.5 }] : [])) : [];
  const forms = [...entry.ja.map((f, i) => ({ f, d: jaWeights?.[i] !== undefined ? jaWeights[i]! / best : 1 })), ...english.map((f) => ({ f, d: 1 })), ...stems];
  const seen = new Set<string>();
  const alternatives: string[][] = [];
  const discounts: number[] = [];
  for (const { f, d } of forms) {
    const t = tokenize(normaliseForIndex(f));
    if (t.length === 0 || isLoneJapaneseChar(t)) continue;
    const key = t.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    alternatives.push(t);
    discounts.push(d);
  }
  return { alternatives, discounts };
}

function conceptGroups(matches: readonly ConceptMatch[], typed: boolean, idf?: (term: string) => number): { groups: TermGroup[]; concepts: GlossaryEntry[] } {
  // Several entries can share one surface ("Georgia"): they become one group of alternatives.
  const bySurface = new Map<string, GlossaryEntry[]>();
  const jaWeights = new Map<GlossaryEntry, readonly number[]>();
  for (const m of matches) {
    bySurface.set(m.surface, [...(bySurface.get(m.surface) ?? []), m.entry]);
    if (m.weights) jaWeights.set(m.entry, m.weights);
  }
  const groups: TermGroup[] = [];
  const concepts: GlossaryEntry[] = [];
  for (const [surface, entries] of bySurface) {
    concepts.push(...entries);
    // Japanese typed as the reports write it counts fully; an English word stands for a translation.
    // A measure asked for ("salary", "予算") must be in the passages, however generic the word.
    const measure = entries.some((e) => e.kind === 'measure');
    const generic = !measure && entries.every((e) => GENERIC_KINDS.has(e.kind));
    // A measure is spelled by its own entry only: "budget" is not "funding" (資金) when a budget is asked for.
    const spelled = (measure ? entries.filter((e) => e.kind === 'measure') : entries).map((e) => entryAlternatives(e, typed ? undefined : surface, jaWeights.get(e)));
    const alternatives = spelled.flatMap((x) => x.alternatives);
    const discounts = spelled.flatMap((x) => x.discounts);
    // A generic word none of whose spellings the reports use is phrasing the bridge cannot carry: it weighs little.
    const unbridged = generic && idf !== undefined && !alternatives.some((alt) => alt.every((t) => idf(t) > 0));
    // A translated generic word counts like any generic word, however sure the dictionary is: on the
    // sets written from random passages (qa-calibration-2, qa-frozen-1, qa-frozen-3) English hit@5
    // was 5–13 points higher than with the translation's confidence scaling the group (which had
    // measured best on the older dev sets); the uncertainty stays in each spelling's BM25 discount.
    const weight = typed ? 1 : unbridged ? UNBRIDGED_WEIGHT : EXPANSION_WEIGHT * (generic || measure ? GENERIC_WEIGHT : 1);
    // Countries and continents in a question usually name the kind of answer ("which African
    // country", "米国の町"), not something the passage must say.
    const category = entries.every((e) => e.kind === 'country');
    groups.push({ label: surface, alternatives, ...(discounts.some((d) => d < 1) ? { discounts } : {}), weight, critical: measure || (!generic && !category) });
  }
  return { groups, concepts };
}

/** What bridges a question to the reports' language: the glossary, and katakana words by sound. */
export interface Bridge {
  readonly glossary: GlossaryIndex;
  /** How rare a term is in the reports (0 when they never use it). */
  readonly idf?: (term: string) => number;
  readonly katakana?: KatakanaLexicon;
  /** Proper nouns of the reports by reading: "Tokachi" or "とかち" → 十勝. */
  readonly readings?: ReadingIndex;
  /** The reports' words by kana spelling, for questions typed in hiragana. */
  readonly kana?: KanaLexicon;
  readonly reportAliases?: readonly ReportAliases[];
  /** Dictionary knowledge: Sudachi synonyms of Japanese words the reports do not use. */
  readonly lexicon?: Lexicon;
}

/** Finds the reports a question names and removes those names from it. */
export function findReportMentions(normalised: string, reports: readonly ReportAliases[]): { text: string; reports: string[] } {
  let text = normalised;
  const found: string[] = [];
  for (const report of reports) {
    for (const alias of [...report.aliases].sort((a, b) => b.length - a.length)) {
      const a = normaliseForIndex(alias);
      const pattern = /^[a-z0-9 .]+$/.test(a) ? new RegExp(`\\b${a.replace(/[.]/g, '\\.')}\\b`) : null;
      const hit = pattern ? pattern.test(text) : text.includes(a);
      if (!hit) continue;
      if (!found.includes(report.file)) found.push(report.file);
      text = pattern ? text.replace(pattern, ' ') : text.split(a).join(' ');
    }
  }
  return { text, reports: found };
}

/**
 * Words written with a capital inside the question ("… in Houston"), or acronyms: probably names.
 * Ordinary English words in a title-cased name ("Science Park") are not: the reports translate them.
 */
function capitalisedWords(question: string): Set<string> {
  const names = new Set<string>();
  for (const m of question.matchAll(/(?<=\S\s+)([A-Z][A-Za-z]+)|\b([A-Z]{2,})\b/g)) {
    const word = (m[1] ?? m[2]!).toLowerCase();
    if (m[2] || !isOrdinaryEnglishWord(word)) names.add(word);
  }
  return names;
}

export function analyseQuery(question: string, { glossary, katakana, readings, kana, reportAliases = [], idf, lexicon }: Bridge): AnalysedQuery {
  const language = detectLanguage(question);
  const mentions = findReportMentions(normaliseForIndex(question), reportAliases);
  const normalised = mentions.text;
  const names = capitalisedWords(question);
  // In a Japanese question, a capitalised word in Latin letters is a name ("Seaquake社", "JETRO").
  if (language === 'ja') for (const w of question.match(/[A-Z][A-Za-z-]{2,}/g) ?? []) names.add(w.toLowerCase());
  const groups: TermGroup[] = [];
  const concepts: GlossaryEntry[] = [];
  const addConcepts = (matches: readonly ConceptMatch[], typed: boolean) => {
    const c = conceptGroups(matches, typed, idf);
    groups.push(...c.groups);
    concepts.push(...c.concepts);
  };

  // Latin words (the whole question in English, names inside a Japanese one).
  const latin = normalised.replace(/[^a-z0-9'’\s-]+/g, ' ');
  // Capitalised words (even ones the word list knows: "Texas", "Sakai"), and words that are no
  // English ("furusato", "nozei"), may be names or Japanese typed in romaji.
  const capitalised = new Set([...names, ...[...question.matchAll(/(?<=\S\s+)([A-Z][A-Za-z]+)/g)].map((m) => m[1]!.toLowerCase())]);
  const { matches: englishMatches, leftover } = glossary.findEnglish(latin, (w) => capitalised.has(w) || (w.length >= 3 && /^[a-z]+$/.test(w) && !isOrdinaryEnglishWord(w)));
  // A stopword is phrasing even when the vocabulary can translate it ("main", "top" → 主要).
  // A phrase of stopwords only ("according to") is phrasing too.
  const phrasing = (surface: string) => surface.split(' ').every((w) => ENGLISH_STOPWORDS.has(w));
  addConcepts(englishMatches.filter((m) => !(phrasing(m.surface) && GENERIC_KINDS.has(m.entry.kind))), false);
  const content = leftover.filter((w) => !ENGLISH_STOPWORDS.has(w) && w.length >= 2);
  for (let i = 0; i < content.length; i++) {
    const word = content[i]!;
    // A Japanese name in romaji, possibly split in two ("Rikuzen Takata"), printed in kanji in the reports.
    const pair = content[i + 1] ? readings?.lookupRomaji(word + content[i + 1]) ?? [] : [];
    if (pair.length) {
      groups.push({ label: `${word} ${content[i + 1]}`, alternatives: pair.map((n) => tokenize(normaliseForIndex(n.surface))), weight: 1, critical: true });
      i++;
      continue;
    }
    const kanji = readings?.lookupRomaji(word) ?? [];
    // A loanword or foreign name the glossary lacks may still be in the reports in katakana.
    const name = (names.has(word) && word.length >= 3) || /^\d{3,}$/.test(word);
    const sounds = [...(katakana?.lookup(word, name) ?? []), ...kanji.map((n) => n.surface)];
    // A Japanese name typed in romaji may be printed in kana ("Iza" → イザ, "Bikaeru" → …かえる).
    if (name) sounds.push(...kanaSpellings(word));
    // A lower-case word with no bridge to the reports is mostly phrasing ("run", "own"): it weighs
    // little. An ordinary English word the reports happen to print (in an English title or
    // quote) is no bridge to their Japanese text either.
    const inReports = (idf?.(stemEnglish(word)) ?? 1) > 0 && !isOrdinaryEnglishWord(word);
    const bridged = sounds.length > 0 || inReports;
    groups.push({ label: word, alternatives: [[stemEnglish(word)], ...sounds.map((k) => tokenize(normaliseForIndex(k)))], weight: name ? 1 : bridged ? GENERIC_WEIGHT : UNBRIDGED_WEIGHT, critical: name });
  }

  const hasKanji = /[\u3400-\u9fff]/.test(normalised);
  // Japanese: glossary concepts found verbatim, then the remaining runs as typed.
  const japanese = normalised.replace(JAPANESE_FILLERS, ' ');
  const jaMatches = glossary.findJapanese(japanese, { lexicon: false });
  addConcepts(jaMatches, true);
  let rest = japanese;
  // Several entries can match one span (two 国際機関): cut each span out once, from the end.
  const spans = [...new Map(jaMatches.map((m) => [`${m.start}:${m.end}`, m] as const)).values()];
  for (const m of spans.sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  // Words written with kanji and kana (生み出して, 深めた) fall apart when split by script: the
  // lexicon finds them first, by the stem the reports print, with their pivot translations.
  if (lexicon) {
    const words = lexicon.findWords(rest, { okurigana: true });
    for (const w of words) {
      const forms = [{ f: w.surface, d: 1 }, ...lexicon.pivotExpansions(w.surface).map((e) => ({ f: e.ja, d: e.weight }))]
        .map(({ f, d }) => ({ t: tokenize(normaliseForIndex(f)), d }))
        .filter(({ t }) => t.length > 0 && !isLoneJapaneseChar(t));
      if (forms.length) groups.push({ label: w.surface, alternatives: forms.map((x) => x.t), discounts: forms.map((x) => x.d), weight: OKURIGANA_WEIGHT, critical: false });
    }
    for (const w of [...words].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, w.start)} ${rest.slice(w.end)}`;
  }
  for (const segment of japaneseSegments(rest)) {
    // Words the reports never use reach the ones they do through Sudachi's synonyms (いきさつ → 経緯).
    const synonyms = lexicon ? synonymGroups(segment.text, lexicon) : { groups: [], covers: false };
    if (synonyms.covers) {
      groups.push(...synonyms.groups);
      continue;
    }
    groups.push(...synonyms.groups);
    // A long run of hiragana is usually a whole phrase typed in kana: find the reports' words in it.
    const words = segment.hiragana && segment.text.length >= 6 ? kana?.segment(segment.text) ?? [] : [];
    for (const word of words) {
      // A glossary concept spelled this way brings its other spellings (ボストン → ポストン, Boston).
      const entries = word.surfaces.flatMap((w) => glossary.findJapanese(normaliseForIndex(w), { lexicon: false }).filter((m) => m.start === 0 && m.surface === normaliseForIndex(w)).map((m) => m.entry));
      const alternatives = [...word.surfaces.map((w) => tokenize(normaliseForIndex(w))), ...entries.flatMap((e) => entryAlternatives(e).alternatives)];
      // In a question written with kanji, a hiragana run is mostly grammar (ができたのは): the
      // reports' words found in it are guesses, and weigh as hiragana does.
      groups.push({ label: word.kana, alternatives, weight: hasKanji ? HIRAGANA_WEIGHT : 1, critical: false });
    }
    if (words.length) continue;
    const tokens = tokenize(segment.text);
    if (tokens.length === 0) continue;
    const alternatives: string[][] = [tokens];
    // Kana typed for a katakana name ("くれせんと") and readings of concepts ("かけはし").
    if (segment.hiragana) {
      alternatives.push(tokenize(toKatakana(segment.text)));
      for (const entry of glossary.findByReading(segment.text)) {
        concepts.push(entry);
        alternatives.push(...entryAlternatives(entry).alternatives);
      }
      for (const noun of readings?.lookupRomaji(toRomaji(segment.text)) ?? []) alternatives.push(tokenize(normaliseForIndex(noun.surface)));
    }
    // An unknown katakana word is almost always a name (a place, a program); one the dictionary
    // knows as a word (キーワード) is not, unless it is also a place (ケベック).
    const critical = /^[\u30a0-\u30ffー]{3,}$/.test(segment.text) && (!lexicon?.entry(segment.text) || lexicon.isPlaceName(segment.text));
    const discounts: number[] = alternatives.map(() => 1);
    // A word the reports use may be paraphrased in the passage that answers (雇用 / 採用): its
    // Sudachi synonyms and EDICT pivots the reports use join as spellings that count less.
    if (SYNONYMS_OF_PRESENT_WORDS && lexicon && !critical && !segment.hiragana) {
      for (const e of [...lexicon.synonymExpansions(segment.text), ...lexicon.pivotExpansions(segment.text)]) {
        const t = tokenize(normaliseForIndex(e.ja));
        if (t.length === 0 || isLoneJapaneseChar(t)) continue;
        alternatives.push(t);
        discounts.push(e.weight);
      }
    }
    groups.push({ label: segment.text, alternatives, ...(discounts.some((d) => d < 1) ? { discounts } : {}), weight: segment.hiragana ? HIRAGANA_WEIGHT : 1, critical });
  }

  // The attribute a question asks for ("予算はいくら", "what is the population of") must be in the
  // passages too: a passage about the right place that never mentions it does not answer.
  const focus = focusWords(question);
  const marked = groups.map((g) => (focus.some((f) => g.label === f || g.label === stemEnglish(f)) ? { ...g, critical: true, asked: true } : g));
  return { text: question, language, groups: dedupeGroups(marked), concepts: [...new Set(concepts)], reports: mentions.reports };
}

/**
 * Groups for the words of a segment the reports never use but whose Sudachi synonyms they do:
 * the typed word and its synonyms as alternatives, weighted by the best synonym's weight.
 * `covers` is true when one such word is the whole segment (it then replaces the segment).
 */
function synonymGroups(segment: string, lexicon: Lexicon): { groups: TermGroup[]; covers: boolean } {
  const groups: TermGroup[] = [];
  let covers = false;
  for (const word of lexicon.findSynonymWords(segment)) {
    if (word.df > 0 || word.expansions.length === 0) continue;
    const forms = [{ f: word.surface, d: 1 }, ...word.expansions.map((e) => ({ f: e.ja, d: e.weight }))]
      .map(({ f, d }) => ({ t: tokenize(normaliseForIndex(f)), d }))
      .filter(({ t }) => t.length > 0 && !isLoneJapaneseChar(t));
    groups.push({ label: word.surface, alternatives: forms.map((x) => x.t), discounts: forms.map((x) => x.d), weight: SYNONYM_GROUP_WEIGHT, critical: false });
    if (word.start === 0 && word.end === segment.length) covers = true;
  }
  return { groups, covers };
}

/** Katakana and hiragana spellings of a word that reads as romaji ("iza" → イザ, いざ), else none. */
function kanaSpellings(word: string): string[] {
  const katakana = toKatakana(word);
  return /^[\u30a0-\u30ffー]+$/.test(katakana) ? [katakana, toHiragana(word)] : [];
}

/**
 * Nouns that ask for an explanation (歴史, 背景, 目的) or a name (名前, 題名): the answer describes
 * or quotes them without naming the noun, so they are not attributes a passage must print.
 */
const EXPLAINED = /^(歴史|背景|理由|目的|特徴|内容|経緯|概要|課題|効果|成果|意義|役割|方針|狙い|ねらい|きっかけ|方法|仕組み|取組|取り組み|名前|名称|題名|タイトル)$/;
/** Nouns that only say "a figure" (割合, 人数): that the answer states one is checked by its answer type. */
const FIGURE_ONLY = /^(割合|比率|人数|件数|金額|数)$/;

/** Nouns a question asks about: "Xはいくら/いくつ/何/誰/どこ/いつ", "Xは？", "what is the X of". */
export function focusWords(question: string): string[] {
  const out: string[] = [];
  // "手当は月いくら", "人口は何人": a few characters (a period, a counter) may stand between.
  // The question word must be what is asked ("本部はどこにある"), not an adverb of the verb ("言葉はどこで生まれた").
  for (const m of question.matchAll(/([\u4e00-\u9fff]{2,})は[^、。？?\s]{0,3}?(?:いくら|いくつ|何|なに|誰|だれ|どこ|いつ|どれ)(?!で|へ|を|が|と|に(?!あ|い))/g)) out.push(m[1]!);
  // "来場者数は？": the noun before a bare "は？" is what is asked.
  for (const m of question.matchAll(/([\u4e00-\u9fff]{2,})は\s*[？?]\s*$/g)) if (!FIGURE_ONLY.test(m[1]!)) out.push(m[1]!);
  for (const m of question.matchAll(/\bwhat (?:is|was|are|were) the ([a-z]+) of\b/gi)) out.push(m[1]!.toLowerCase());
  return out.filter((w) => !EXPLAINED.test(w));
}

interface Segment {
  readonly text: string;
  readonly hiragana: boolean;
}

/**
 * Splits Japanese text into content segments by script: kanji runs (with a trailing
 * 々), katakana runs, and hiragana runs of three or more characters (shorter ones are
 * particles and verb endings). A lone kanji is usually a verb stem or counter ("始", "何人"):
 * dropped, since the index holds bigrams and a lone character would never match.
 */
export function japaneseSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  for (const m of text.matchAll(/[\u3400-\u9fff々〆ヶ]+|[\u30a0-\u30ffー]+|[\u3040-\u309f]+/g)) {
    const t = m[0];
    const hiragana = /^[\u3040-\u309f]+$/.test(t);
    if (hiragana ? t.length < 3 : Array.from(t).length < 2) continue;
    segments.push({ text: t, hiragana });
  }
  return segments;
}

function dedupeGroups(groups: readonly TermGroup[]): TermGroup[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const key = g.alternatives.map((a) => a.join(' ')).join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Flattens groups into BM25 terms; a term's weight is its group's, shared across a group's alternatives. */
export function searchTerms(query: AnalysedQuery): WeightedTerm[] {
  const terms: WeightedTerm[] = [];
  for (const group of query.groups) {
    for (const alternative of group.alternatives) {
      for (const term of alternative) terms.push({ term, weight: group.weight });
    }
  }
  return terms;
}

