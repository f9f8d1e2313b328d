/**
 * Answers a question end to end, offline: analyse it (with the thread's earlier question for
 * follow-ups), rank passages, compose the extractive answer.
 */
import type { ConversationTurn, AnswerReply, NoAnswerReply } from '../core/types.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { analyseQuery, type AnalysedQuery } from '../retrieval/query-analysis.js';
import { rerankByProximity } from '../retrieval/proximity-reranker.js';
import type { ScoredChunk } from '../retrieval/scored-chunk.js';
import { composeExtractiveAnswer, DEFAULT_ANSWER_SETTINGS, type AnswerSettings } from './extractive-answerer.js';
import { composeReportOverview } from './report-overview.js';

/** Ranks chunks for an analysed query: lexical alone, or hybrid. */
export type ChunkRanker = (query: AnalysedQuery, k: number) => Promise<readonly ScoredChunk[]>;

/** How many chunks are ranked per question (the answer reads the top few, the reply lists six). */
export const RANK_DEPTH = 20;

/** Adds the thread's previous question at half weight, so "and in 2024?" keeps its subject. */
export function withContext(query: AnalysedQuery, context: readonly ConversationTurn[] | undefined, kb: KnowledgeBase): AnalysedQuery {
  const previous = [...(context ?? [])].reverse().find((t) => t.role === 'user');
  if (!previous) return query;
  const earlier = analyseQuery(previous.text, kb);
  const known = new Set(query.groups.map((g) => g.label));
  const inherited = earlier.groups.filter((g) => !known.has(g.label)).map((g) => ({ ...g, weight: g.weight * 0.5, critical: false }));
  return { ...query, groups: [...query.groups, ...inherited], concepts: [...query.concepts, ...earlier.concepts], reports: query.reports.length ? query.reports : earlier.reports };
}

/** Passages of the reports a question names come first, in their own order. */
export function preferReports(ranked: readonly ScoredChunk[], reports: readonly string[]): readonly ScoredChunk[] {
  if (reports.length === 0) return ranked;
  const named = ranked.filter((r) => reports.includes(r.chunk.report));
  return named.length ? [...named, ...ranked.filter((r) => !reports.includes(r.chunk.report))] : ranked;
}

/** The analysed question (with the thread's context) and its ranked passages. */
export async function analyseAndRank(question: string, kb: KnowledgeBase, rank: ChunkRanker, context?: readonly ConversationTurn[]): Promise<{ query: AnalysedQuery; ranked: readonly ScoredChunk[] }> {
  const query = withContext(analyseQuery(question, kb), context, kb);
  if (query.groups.length === 0) return { query, ranked: [] };
  const fused = preferReports(await rank(query, query.reports.length ? RANK_DEPTH * 3 : RANK_DEPTH), query.reports).slice(0, RANK_DEPTH);
  return { query, ranked: rerankByProximity(query, fused, kb.lexical) };
}

export async function answerQuestion(
  question: string,
  kb: KnowledgeBase,
  rank: ChunkRanker,
  options: { context?: readonly ConversationTurn[]; settings?: AnswerSettings } = {},
): Promise<{ reply: AnswerReply | NoAnswerReply; ranked: readonly ScoredChunk[] }> {
  const query = withContext(analyseQuery(question, kb), options.context, kb);
  // A question that names one report and nothing else asks what the report is about.
  if (query.reports.length === 1 && query.groups.length === 0) {
    const overview = composeReportOverview(question, query.reports[0]!, query.language, kb.lexical, kb.glossary, kb.readings);
    if (overview) return { reply: overview, ranked: [] };
  }
  const { ranked } = await analyseAndRank(question, kb, rank, options.context);
  const reply = composeExtractiveAnswer(query, ranked, kb.lexical, kb.glossary, options.settings ?? DEFAULT_ANSWER_SETTINGS, kb.readings);
  return { reply, ranked };
}
