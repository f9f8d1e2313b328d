/**
 * What a Japanese report line talks about, in English, without a translation model: its words
 * in the order the line says them, each glossed by its dictionary entry (the EDICT sense the reports use, lexicon.glossInContext;
 * for a place, ENAMDICT's romanised name). Not a translation — a reader who reads no Japanese
 * sees what the quoted line is about ("water and sewer services · waste disposal"), next to the
 * names, dates and figures english-facts.ts states.
 */
import { normaliseForIndex } from '../knowledge/normalise.js';
import type { Lexicon } from '../lexicon/index.js';
import { ENGLISH_STOPWORDS } from '../retrieval/stopwords.js';

/** Longest gloss kept: a dictionary's explanation is not a word. */
const MAX_GLOSS_WORDS = 4;
/** Longest compound phrase: beyond it a run of nouns reads as a list, not a name. */
const MAX_PHRASE_WORDS = 6;
/** A long quote (three sentences) is still glossed to its end. */
const MAX_GLOSSES = 32;
/** Suffixes that make the word before them a place: 川口市 is Kawaguchi, not "mouth of river". */
const PLACE_SUFFIX = /^[市町村県州区郡]/;

const KATAKANA = /[\u30a1-\u30fa\u30fc]/;
const DIGIT = /[0-9０-９]/;
const KANA = /[\u3041-\u3096]/;

/**
 * A dictionary word found in the line stands for itself only when it is a whole word of its
 * script: not the start of a longer katakana name (フィン of フィンドレー), not the counter of a
 * figure (年 of 1984年), and not a one-kanji stem with its kana (受け), whose sense the kana alone
 * cannot tell.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  if (DIGIT.test(text[start - 1] ?? '') || DIGIT.test(surface)) return false;
  if (KATAKANA.test(surface[0]!) && KATAKANA.test(text[start - 1] ?? '')) return false;
  if (KATAKANA.test(surface.at(-1)!) && KATAKANA.test(text[end] ?? '')) return false;
  if (KANA.test(surface) && Array.from(surface).filter((c) => !KANA.test(c)).length < 2) return false;
  return true;
}

/**
 * The line's dictionary words in English, in order, each once; function words and long
 * explanations left out, and so are words inside the proper names `names` gives (上田 of
 * 上田前知事 is a governor's name, not "high rice field"): the names line states those.
 */
export function wordsInEnglish(sentence: string, lexicon: Lexicon, names: readonly string[] = []): string[] {
  const text = normaliseForIndex(sentence);
  const nameSpans = names.flatMap((n) => {
    const form = normaliseForIndex(n);
    const spans: [number, number][] = [];
    for (let at = text.indexOf(form); form && at >= 0; at = text.indexOf(form, at + 1)) spans.push([at, at + form.length]);
    return spans;
  });
  const out: string[] = [];
  // Words that touch in the line form a compound, glossed as one phrase in the same order: Japanese
  // noun compounds, like English ones, put the head last (歓迎レセプション "welcome reception").
  let phrase: { text: string; end: number } | null = null;
  const flush = () => {
    if (phrase && !out.includes(phrase.text)) out.push(phrase.text);
    phrase = null;
  };
  for (const w of lexicon.findWords(text)) {
    if (!standsAlone(text, w.start, w.end) || nameSpans.some(([s, e]) => w.start < e && s < w.end)) continue;
    // The dictionary's sense first (文化 is "culture", though also a place name); a name when a place suffix follows.
    const asPlace = PLACE_SUFFIX.test(text.slice(w.end)) && lexicon.isPlaceName(w.surface);
    const gloss = (asPlace ? lexicon.nameInEnglish(w.surface) : null) ?? lexicon.glossInContext(w.surface) ?? (lexicon.isPlaceName(w.surface) ? lexicon.nameInEnglish(w.surface) : null);
    if (!gloss) continue;
    const words = gloss.split(/\s+/);
    if (words.length > MAX_GLOSS_WORDS || words.every((x) => ENGLISH_STOPWORDS.has(x.toLowerCase()))) continue;
    const part = gloss.replace(/^(?:the|a|an|to) /i, '');
    if (phrase && phrase.end === w.start && phrase.text.split(' ').length + part.split(' ').length <= MAX_PHRASE_WORDS) phrase = { text: `${phrase.text} ${part}`, end: w.end };
    else {
      flush();
      if (out.length >= MAX_GLOSSES) break;
      phrase = { text: gloss, end: w.end };
    }
  }
  flush();
  return out.slice(0, MAX_GLOSSES);
}

/** The dictionary word a name ends with (北海道銀行 → 銀行 "bank"): its reading and its English, title-cased. */
export interface NameHead {
  readonly ja: string;
  readonly reading: string;
  readonly english: string;
}

/**
 * The longest word of two kanji or more that ends a name and that EDICT glosses in a few words —
 * what kind of thing the name is (銀行, 大学, 協会): "北海道銀行" reads "Hokkaido Bank", not "Hokkaidoginko".
 */
export function nameHead(surface: string, lexicon: Lexicon): NameHead | null {
  const chars = Array.from(surface);
  for (let k = chars.length - 1; k >= 2; k--) {
    const tail = chars.slice(-k).join('');
    if (!/^[\u3400-\u9fff]+$/.test(tail)) continue;
    const entry = lexicon.entry(tail);
    const gloss = entry?.senses[0]?.[0];
    if (!entry || !gloss || gloss.split(/\s+/).length > 3) continue;
    return { ja: tail, reading: entry.reading, english: gloss.replace(/\b[a-z]/g, (c) => c.toUpperCase()) };
  }
  return null;
}
