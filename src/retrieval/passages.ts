/** Turns scored chunks into the engine's Passages: original report text, at most 1,200 characters. */
import type { Language, Passage } from '../core/types.js';
import { reportTitle } from '../knowledge/report.js';
import type { LexicalIndex } from './lexical-index.js';
import type { ScoredChunk } from './scored-chunk.js';

export const MAX_PASSAGE_CHARS = 1200;

export function toPassage(scored: ScoredChunk, index: LexicalIndex, language: Language): Passage {
  const { chunk } = scored;
  const report = index.report(chunk.report);
  let text = report.text.slice(chunk.start, chunk.end).trim();
  if (text.length > MAX_PASSAGE_CHARS) text = text.slice(0, MAX_PASSAGE_CHARS);
  return {
    chunkId: chunk.id,
    report: chunk.report,
    title: reportTitle(report.meta, language),
    page: chunk.page,
    section: chunk.section,
    text,
    score: Number(scored.score.toFixed(4)),
  };
}
