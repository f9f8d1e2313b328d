/**
 * Measures question answering on the dev set: passage hit@5 per language (lexical alone vs
 * hybrid — the vector side must earn its place), answers containing the key facts, refusal
 * rates, and a sweep of the "not in the reports" threshold for calibration.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { answerQuestion, RANK_DEPTH, withContext, type ChunkRanker } from '../src/answering/question-answerer.js';
import { decideAnswer } from '../src/answering/extractive-answerer.js';
import { ANSWERABILITY_WEIGHTS } from '../src/answering/answerability-weights.js';
import { silentLogger } from '../src/core/logger.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { normaliseForIndex } from '../src/knowledge/normalise.js';
import { createHybridRanker } from '../src/retrieval/hybrid-ranker.js';
import { rankLexically } from '../src/retrieval/lexical-ranker.js';
import { loadOrBuildLsaIndex } from '../src/retrieval/lsa-index-cache.js';
import { createLsaRanker } from '../src/retrieval/lsa-ranker.js';
import { analyseQuery } from '../src/retrieval/query-analysis.js';
import type { ScoredChunk } from '../src/retrieval/scored-chunk.js';
import { FROZEN_QA } from './qa-sets.js';
import { loadQaDataset, type QaItem } from './qa-dataset.js';
import { loadConfig } from '../src/config/config.js';
import { createMusubi } from '../src/create-musubi.js';

const ROOT = path.resolve(import.meta.dirname, '..');
export const QA_DATASET_DIR = path.join(ROOT, 'eval', 'datasets');

export type QaSetItem = QaItem & { set: string };

/** Every question set in eval/datasets (files named qa-*.jsonl); `set` is the part after "qa-". */
export async function loadAllQaItems(dir = QA_DATASET_DIR): Promise<QaSetItem[]> {
  const files = (await readdir(dir)).filter((f) => /^qa-.*\.jsonl$/.test(f)).sort();
  const sets = await Promise.all(files.map(async (f) => (await loadQaDataset(path.join(dir, f))).map((item) => ({ ...item, set: f.slice(3, -'.jsonl'.length) }))));
  return sets.flat();
}

/** True when one of the top-k chunks overlaps an occurrence of an evidence string in the expected report. */
export function isHit(item: QaItem, ranked: readonly ScoredChunk[], kb: KnowledgeBase, k = 5): boolean {
  if (!item.report) return false;
  const text = kb.lexical.report(item.report).text;
  const spans: [number, number][] = [];
  for (const e of item.evidence) for (let i = text.indexOf(e); i !== -1; i = text.indexOf(e, i + 1)) spans.push([i, i + e.length]);
  return ranked.slice(0, k).some(({ chunk }) => chunk.report === item.report && spans.some(([s, e]) => chunk.start < e && s < chunk.end));
}

export function hasFacts(item: QaItem, answer: string): boolean {
  const a = normaliseForIndex(answer).replace(/\s/g, '');
  return item.facts.every((alternatives) => alternatives.some((f) => a.includes(normaliseForIndex(f).replace(/\s/g, ''))));
}

interface Row {
  item: QaSetItem;
  hitLexical: boolean;
  hitHybrid: boolean;
  grounded: boolean;
  correct: boolean;
  evidence: number;
}

const rate = (xs: readonly boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : NaN);
const pct = (x: number) => (Number.isNaN(x) ? '  n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

export async function runQaEval(options: { cacheDir?: string } = {}): Promise<{ lines: string[]; metrics: Record<string, number> }> {
  const items = await loadAllQaItems();
  const kb = await loadKnowledgeBase({ knowledgeDir: path.join(ROOT, 'knowledge'), logger: silentLogger, cacheDir: options.cacheDir ?? path.join(ROOT, '.cache') });
  const lsa = await loadOrBuildLsaIndex({ kb, cacheDir: options.cacheDir ?? path.join(ROOT, '.cache'), logger: silentLogger });
  const lexical: ChunkRanker = async (q, k) => rankLexically(q, kb.lexical, k);
  const hybrid: ChunkRanker = createHybridRanker(kb.lexical, createLsaRanker(lsa, kb.lexical));

  // With OPENAI_API_KEY (and OPENAI_BASE_URL) in the environment, answers come from the full
  // engine in OpenAI mode, so any OpenAI-compatible server can be measured.
  const modelEngine = process.env.OPENAI_API_KEY ? (await createMusubi({ config: loadConfig(process.env), logger: silentLogger })).engine : undefined;
  const rows: Row[] = [];
  for (const item of items) {
    const lexicalRanked = await lexical(analyseQuery(item.question, kb), RANK_DEPTH);
    const offline = await answerQuestion(item.question, kb, hybrid);
    const { ranked } = offline;
    const reply = modelEngine ? await modelEngine.ask(item.question) : offline.reply;
    const { confidence } = decideAnswer(withContext(analyseQuery(item.question, kb), undefined, kb), ranked, kb.lexical);
    rows.push({
      item,
      hitLexical: isHit(item, lexicalRanked, kb),
      hitHybrid: isHit(item, ranked, kb),
      grounded: reply.kind === 'answer',
      correct: reply.kind === 'answer' && hasFacts(item, reply.text + reply.citations.map((c) => c.quote).join('\n')),
      evidence: confidence,
    });
  }

  const lines: string[] = [`Question answering — ${items.length} questions (eval/datasets/qa-*.jsonl)${modelEngine ? `, answers written by ${process.env.OPENAI_CHAT_MODEL ?? 'the configured model'}` : ', offline'}`];
  const metrics: Record<string, number> = {};
  lines.push('set     language  n   hit@5 lexical  hit@5 hybrid  key facts  answerable refused  unanswerable refused');
  const sets = ['all', ...new Set(rows.map((r) => r.item.set))];
  for (const set of sets) {
    for (const language of ['en', 'ja'] as const) {
      const inGroup = rows.filter((r) => r.item.language === language && (set === 'all' || r.item.set === set));
      const answerable = inGroup.filter((r) => r.item.answerable);
      const unanswerable = inGroup.filter((r) => !r.item.answerable);
      const m = {
        hitLexical: rate(answerable.map((r) => r.hitLexical)),
        hitHybrid: rate(answerable.map((r) => r.hitHybrid)),
        facts: rate(answerable.map((r) => r.correct)),
        falseRefusal: rate(answerable.map((r) => !r.grounded)),
        refusal: rate(unanswerable.map((r) => !r.grounded)),
      };
      for (const [k, v] of Object.entries(m)) metrics[`${set}.${language}.${k}`] = v;
      lines.push(`${set.padEnd(7)} ${language.padEnd(8)}  ${String(inGroup.length).padEnd(3)} ${pct(m.hitLexical)}         ${pct(m.hitHybrid)}        ${pct(m.facts)}     ${pct(m.falseRefusal)}              ${pct(m.refusal)}`);
    }
  }

  lines.push('confidence threshold sweep (share of refusals): threshold  answerable  unanswerable');
  for (let t = 0.1; t <= 0.71; t += 0.05) {
    const a = rate(rows.filter((r) => r.item.answerable).map((r) => r.evidence < t));
    const u = rate(rows.filter((r) => !r.item.answerable).map((r) => r.evidence < t));
    const mark = Math.abs(t - ANSWERABILITY_WEIGHTS.refuseBelow) < 0.025 ? '  ← current' : '';
    lines.push(`  ${t.toFixed(2)}  ${pct(a)}  ${pct(u)}${mark}`);
  }
  // The frozen set is scored, never inspected question by question.
  const dev = rows.filter((r) => !FROZEN_QA.has(r.item.set));
  const misses = dev.filter((r) => r.item.answerable && !r.hitHybrid).map((r) => r.item.id);
  if (misses.length) lines.push(`hybrid misses (top 5): ${misses.join(', ')}`);
  const wrong = dev.filter((r) => r.item.answerable && r.grounded && !r.correct).map((r) => r.item.id);
  if (wrong.length) lines.push(`answers missing key facts: ${wrong.join(', ')}`);
  const refusedAnswerable = dev.filter((r) => r.item.answerable && !r.grounded).map((r) => r.item.id);
  if (refusedAnswerable.length) lines.push(`answerable but refused: ${refusedAnswerable.join(', ')}`);
  const answeredUnanswerable = dev.filter((r) => !r.item.answerable && r.grounded).map((r) => r.item.id);
  if (answeredUnanswerable.length) lines.push(`unanswerable but answered: ${answeredUnanswerable.join(', ')}`);
  return { lines, metrics };
}
