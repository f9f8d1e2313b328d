/**
 * What a proposal proposes when it names nothing Musubi knows and no proper name: the noun phrase
 * the cue governs. Teams propose activities and formats as often as partners ("What about a joint
 * photo exhibition?", 「記念切手を作るのはどうですか」).
 * English noun phrases come from compromise's part-of-speech tagger; Japanese ones are the run of
 * kanji and katakana a case or topic particle closes (Japanese compounds are written without spaces,
 * so the script run is the compound). Pure functions of the sentence.
 */
import { createRequire } from 'node:module';
import type nlpFunction from 'compromise';
import { isOrdinaryKatakanaWord } from '../bridge/katakana-words.js';
import type { FoundName } from './name-finder.js';
import type { Cue } from './sentence-acts.js';

/** `phrase` tells it from a name: people shorten a phrase by its head (laterSpellings). */
export type ProposedPhrase = FoundName & { readonly unlisted: true; readonly phrase: true };

// compromise takes ≈0.3 s and ≈30 MB to load: only a summary with an English proposal that names nothing known needs it.
const require = createRequire(import.meta.url);
let tagger: typeof nlpFunction | undefined;
const nlp = (text: string) => (tagger ??= require('compromise') as typeof nlpFunction)(text);

/** Where the object of an English cue ends: punctuation or a clause joint. */
const EN_CLAUSE_END = /[.?!;:,(]|\s[-–—]\s|\s(?:because|since|so that|instead|rather|but|which|that|if|when|as well)\b/i;
/** Words opening the noun phrase that are no part of the candidate's name: articles, quantifiers, possessives, hedging adverbs. */
const EN_LEADING = new Set(['a', 'an', 'the', 'some', 'our', 'their', 'its', 'his', 'her', 'my', 'your', 'this', 'that', 'these', 'those', 'another', 'more', 'any', 'also', 'just', 'maybe', 'perhaps']);
/** At most this many words may stand between the cue and its object ("we could also try holding a …"). */
const EN_REACH = 3;

/**
 * The English noun phrase right after a proposal cue: two words or more, headed by a noun, no
 * pronoun, number, date or person's name (single common nouns — "funding", "time" — are too often
 * the topic rather than a candidate).
 */
function englishPhraseAfter(sentence: string, cue: Cue, people: ReadonlySet<string>): ProposedPhrase | null {
  const rest = sentence.slice(cue.end);
  const end = EN_CLAUSE_END.exec(rest);
  const clause = end ? rest.slice(0, end.index) : rest;
  if (!/[a-z]/i.test(clause)) return null;
  const nouns = nlp(clause).nouns().json({ offset: true, terms: { tags: true } }) as { offset: { start: number }; terms: { text: string; tags: string[] }[] }[];
  const first = nouns[0];
  if (!first) return null;
  const wordsBefore = clause.slice(0, first.offset.start).trim().split(/\s+/).filter(Boolean).length;
  if (wordsBefore > EN_REACH) return null;
  const terms = first.terms.filter((t) => t.text);
  while (terms.length && (EN_LEADING.has(terms[0]!.text.toLowerCase()) || terms[0]!.tags.includes('Determiner'))) terms.shift();
  if (terms.length < 2) return null;
  // "a Saturday homework club" is a club; "next Saturday", "one night", "them" are no candidates.
  const head = terms.at(-1)!.tags;
  if (!head.includes('Noun') || ['Value', 'Date', 'Duration'].some((t) => head.includes(t))) return null;
  if (terms.some((t) => t.tags.includes('Pronoun') || t.tags.includes('Value') || t.tags.includes('Person') || people.has(t.text.toLowerCase()))) return null;
  // The tagger splits hyphenated words ("mother-tongue"): the spelling is the sentence's own.
  const written = new RegExp(terms.map((t) => t.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s-]+')).exec(sentence.slice(cue.end));
  if (!written) return null;
  const spelling = written[0];
  const at = cue.end + written.index;
  return { display: spelling, at, spelling, unlisted: true, phrase: true };
}

/** A run of kanji and katakana (a compound noun), closed by a particle that makes it an argument. */
const JA_ARGUMENT_RUNS = /([\u4e00-\u9fff々ヶ\u30a1-\u30fa\u30fc・]{2,})(?=は|が|も|を|って|については)/g;
/** A compound's head, too general to be proposed by itself (方向で決定, 予定は…): one or two kanji, or a common katakana word. */
const tooGeneral = (run: string) => /^[\u4e00-\u9fff々ヶ]{1,2}$/.test(run) || (/^[\u30a1-\u30fa\u30fc・]+$/.test(run) && isOrdinaryKatakanaWord(run));

/**
 * The Japanese compound a proposal cue is about: the last particle-marked run in its
 * clause before the cue (「記念切手を作るのはどうですか」 → 記念切手).
 */
function japanesePhraseBefore(sentence: string, cue: Cue): ProposedPhrase | null {
  const start = Math.max(sentence.lastIndexOf('。', cue.at - 1), sentence.lastIndexOf('、', cue.at - 1)) + 1;
  const clause = sentence.slice(start, cue.at);
  const runs = [...clause.matchAll(JA_ARGUMENT_RUNS)].filter((m) => !tooGeneral(m[1]!) && !/[0-9０-９]/.test(m[1]!));
  const last = runs.at(-1);
  if (!last) return null;
  return { display: last[1]!, at: start + last.index, spelling: last[1]!, unlisted: true, phrase: true };
}

/**
 * The phrase a proposal cue governs, when it names no known name. (Not a decision's: 「中学生派遣は7月末出発で
 * 決定」 decides the details of an activity, not a candidate — tried, and precision fell on the held-out sets.)
 */
export function proposedPhrase(sentence: string, cue: Cue, people: ReadonlySet<string>): ProposedPhrase | null {
  if (cue.japanese) return cue.act === 'propose' ? japanesePhraseBefore(sentence, cue) : null;
  return cue.act === 'propose' ? englishPhraseAfter(sentence, cue, people) : null;
}

/**
 * Shorter spellings people use for a phrase later: its last two words ("a student rugby match" is
 * "the rugby match" when dropped).
 */
export function laterSpellings(phrase: string): string[] {
  const words = phrase.split(/\s+/);
  return words.length > 2 ? [words.slice(-2).join(' ')] : [];
}
