/**
 * Answers a question end to end, offline: analyse it (with the thread's earlier question for
 * follow-ups), rank passages, compose the extractive answer.
 */
import type { ConversationTurn, AnswerReply, NoAnswerReply } from '../core/types.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { analyseQuery, type AnalysedQuery } from '../retrieval/query-analysis.js';
import { rerankByProximity } from '../retrieval/proximity-reranker.js';
import { englishWords, stemEnglish } from '../retrieval/tokenizer.js';
import type { ScoredChunk } from '../retrieval/scored-chunk.js';
import { nameHead, wordsInEnglish } from './english-gloss.js';
import { asksSomething, composeExtractiveAnswer, DEFAULT_ANSWER_SETTINGS, isContentFree, type AnswerSettings } from './extractive-answerer.js';
import { composeReportOverview } from './report-overview.js';

/** Ranks chunks for an analysed query: lexical alone, or hybrid. */
export type ChunkRanker = (query: AnalysedQuery, k: number) => Promise<readonly ScoredChunk[]>;

/** How many chunks are ranked per question (the answer reads the top few, the reply lists six). */
export const RANK_DEPTH = 20;

/** Adds the thread's previous question at half weight, so "and in 2024?" keeps its subject. */
export function withContext(query: AnalysedQuery, context: readonly ConversationTurn[] | undefined, kb: KnowledgeBase): AnalysedQuery {
  // The latest earlier question that asked something ("thanks!" in between lends no subject).
  let earlier: AnalysedQuery | undefined;
  for (const turn of [...(context ?? [])].reverse()) {
    if (turn.role !== 'user') continue;
    const analysed = analyseQuery(turn.text, kb);
    if (asksSomething(turn.text) || !isContentFree(analysed, kb.lexical)) {
      earlier = analysed;
      break;
    }
  }
  if (!earlier || hasOwnSubject(query, kb)) return query;
  const known = new Set(query.groups.map((g) => g.label));
  const inherited = earlier.groups.filter((g) => !known.has(g.label)).map((g) => ({ ...g, weight: g.weight * 0.5, critical: false }));
  return { ...query, groups: [...query.groups, ...inherited], concepts: [...query.concepts, ...earlier.concepts], reports: query.reports.length ? query.reports : earlier.reports };
}

/** Words that point back to what was said before ("they", "its", 「その」「同市」): a question with one leans on the thread. */
const ANAPHORA = /\b(they|them|their|it|its|he|she|his|her|those|these)\b|その|そこ|あそこ|彼ら|彼女|同市|同町|同村|同県|同社|両市|両者/i;

/**
 * A question that names its own subject — a place, an organisation, a program the reports print —
 * and points back to nothing is a new question, not a follow-up: the thread lends it no words.
 * (Measures and the attribute asked, "予算", "the population of", are not a subject.)
 */
function hasOwnSubject(query: AnalysedQuery, kb: KnowledgeBase): boolean {
  if (ANAPHORA.test(query.text)) return false;
  const measures = new Set(query.concepts.filter((e) => e.kind === 'measure').flatMap((e) => [...e.en, ...e.ja].map((f) => f.toLowerCase())));
  return query.groups.some(
    (g) => g.critical && !g.asked && !measures.has(g.label.toLowerCase()) && !/^\d+$/.test(g.label) && g.alternatives.some((alt) => alt.length > 0 && alt.every((t) => kb.lexical.idf(t) > 0)),
  );
}

/** Passages of the reports a question names come first, in their own order. */
export function preferReports(ranked: readonly ScoredChunk[], reports: readonly string[]): readonly ScoredChunk[] {
  if (reports.length === 0) return ranked;
  const named = ranked.filter((r) => reports.includes(r.chunk.report));
  return named.length ? [...named, ...ranked.filter((r) => !reports.includes(r.chunk.report))] : ranked;
}

/** English plural of a gloss ("elementary school student" → "elementary school students"). */
export function plural(noun: string): string {
  if (/s$/.test(noun)) return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(x|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/**
 * What a counted Japanese noun is in English: the lexicon gloss whose head word the question
 * itself uses ("how many students" + 小学生 → "elementary school students"). A gloss the question
 * does not echo may be another sense (隊員 → "troops"), so none is given and the count stays "people".
 */
function nounGlosser(kb: KnowledgeBase, question: string): (ja: string) => string | null {
  const asked = new Set(englishWords(question).map(stemEnglish));
  return (ja) => {
    const gloss = kb.lexicon.japaneseToEnglish(ja).find((g) => /^[a-z][a-z -]*$/i.test(g) && g.split(' ').length <= 4 && asked.has(stemEnglish(g.split(' ').at(-1)!)));
    return gloss ? plural(gloss) : null;
  };
}

/** An analysed question's passages: fused, re-ranked by proximity, a report the question names first. */
export async function rankQuery(query: AnalysedQuery, kb: KnowledgeBase, rank: ChunkRanker): Promise<readonly ScoredChunk[]> {
  if (query.groups.length === 0) return [];
  // Re-rank by proximity first; a report the question names still leads afterwards.
  const fused = rerankByProximity(query, await rank(query, query.reports.length ? RANK_DEPTH * 3 : RANK_DEPTH), kb.lexical);
  return preferReports(fused, query.reports).slice(0, RANK_DEPTH);
}

/** The analysed question (with the thread's context) and its ranked passages. */
export async function analyseAndRank(question: string, kb: KnowledgeBase, rank: ChunkRanker, context?: readonly ConversationTurn[]): Promise<{ query: AnalysedQuery; ranked: readonly ScoredChunk[] }> {
  const query = withContext(analyseQuery(question, kb), context, kb);
  return { query, ranked: await rankQuery(query, kb, rank) };
}

export async function answerQuestion(
  question: string,
  kb: KnowledgeBase,
  rank: ChunkRanker,
  options: { context?: readonly ConversationTurn[]; settings?: AnswerSettings } = {},
): Promise<{ reply: AnswerReply | NoAnswerReply; ranked: readonly ScoredChunk[] }> {
  const own = analyseQuery(question, kb);
  // "thanks!" after an answer is not a follow-up: whether a message asks anything is judged on
  // the message itself, before the thread's earlier question lends it words.
  if (options.context?.length && !asksSomething(question) && isContentFree(own, kb.lexical)) {
    return { reply: composeExtractiveAnswer(own, [], kb.lexical, { glossary: kb.glossary, readings: kb.readings }, options.settings ?? DEFAULT_ANSWER_SETTINGS), ranked: [] };
  }
  const query = withContext(own, options.context, kb);
  // A question that names one report and asks nothing specific of it ("Summary of the Action
  // Plan?", "外交青書について教えて") asks what the report is about.
  if (query.reports.length === 1 && (query.groups.length === 0 || isContentFree(own, kb.lexical))) {
    const overview = composeReportOverview(question, query.reports[0]!, query.language, kb.lexical, kb.glossary, kb.readings);
    if (overview) return { reply: overview, ranked: [] };
  }
  const ranked = await rankQuery(query, kb, rank);
  // People's and organisations' names the reports print (kuromoji's proper nouns): the names line states them.
  const personAndOrganisationNames = [...kb.readings.surfacesOf('人名'), ...kb.readings.surfacesOf('組織')];
  const bridge = { glossary: kb.glossary, readings: kb.readings, nounInEnglish: nounGlosser(kb, question), wordsInEnglish: (ja: string) => wordsInEnglish(ja, kb.lexicon, personAndOrganisationNames), nameHead: (surface: string) => nameHead(surface, kb.lexicon) };
  const reply = composeExtractiveAnswer(query, ranked, kb.lexical, bridge, options.settings ?? DEFAULT_ANSWER_SETTINGS);
  return { reply, ranked };
}
