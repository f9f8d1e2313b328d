/**
 * "What is the Action Plan about?", "外交青書について教えて": a question that names a report and
 * nothing else is answered with the report's opening — its catalog line on what it covers, and
 * the first substantive passages quoted verbatim — instead of a search for no words at all.
 */
import type { GlossaryIndex } from '../bridge/glossary-index.js';
import type { ReadingIndex } from '../bridge/proper-noun-readings.js';
import type { AnswerReply, Citation, Language } from '../core/types.js';
import type { Chunk } from '../knowledge/chunk.js';
import { reportTitle } from '../knowledge/report.js';
import { sentenceSpans } from '../knowledge/sentences.js';
import type { LexicalIndex } from '../retrieval/lexical-index.js';
import { toPassage } from '../retrieval/passages.js';
import type { ScoredChunk } from '../retrieval/scored-chunk.js';
import { citationLinesInEnglish } from './extractive-answerer.js';
import { accordingTo } from './messages.js';

/** A passage with less text than this is a title page, a heading or a table of contents. */
const MIN_BODY_CHARS = 120;
const MAX_QUOTE_CHARS = 280;
const OPENING_PASSAGES = 2;

/** The first passages of a report that read as prose (several sentences, enough text). */
export function openingChunks(file: string, index: LexicalIndex, count = OPENING_PASSAGES): Chunk[] {
  const { text, meta } = index.report(file);
  // A title page has dots ("行動計画 4. 0") but no two full sentences.
  const sentenceEnd = meta.language === 'ja' ? /。/g : /[.!?](\s|$)/g;
  return index.chunks
    .filter((c) => c.report === file)
    .sort((a, b) => a.start - b.start)
    .filter((c) => {
      const body = text.slice(c.start, c.end);
      return body.replace(/\s/g, '').length >= MIN_BODY_CHARS && (body.match(sentenceEnd) ?? []).length >= 2;
    })
    .slice(0, count);
}

/** The first full sentences of a chunk (titles and headings skipped), up to the quote limit, exactly as printed. */
function openingQuote(chunk: Chunk, text: string): string {
  const all = sentenceSpans(text, chunk.start, chunk.end).filter((s) => s.end - s.start >= 8);
  const firstSentence = all.findIndex((s) => /[。.!?]$/.test(text.slice(s.start, s.end).trim()));
  const spans = firstSentence > 0 ? all.slice(firstSentence) : all;
  let end = spans[0]?.end ?? Math.min(chunk.end, chunk.start + MAX_QUOTE_CHARS);
  const start = spans[0]?.start ?? chunk.start;
  for (const s of spans.slice(1)) if (s.end - start <= MAX_QUOTE_CHARS) end = s.end;
  return text.slice(start, Math.min(end, start + MAX_QUOTE_CHARS));
}

export function composeReportOverview(question: string, file: string, language: Language, index: LexicalIndex, glossary: GlossaryIndex, readings?: ReadingIndex): AnswerReply | null {
  const report = index.report(file);
  const chunks = openingChunks(file, index);
  if (chunks.length === 0) return null;
  const title = reportTitle(report.meta, language);
  const citations: Citation[] = chunks.map((c) => ({ report: file, title, page: c.page, quote: openingQuote(c, report.text) }));
  const { meta } = report;
  const published = [meta.publisher, meta.date].filter(Boolean).join(language === 'ja' ? '、' : ', ');
  const text =
    language === 'ja'
      ? [`${meta.titleJa}${published ? `（${published}）` : ''}の冒頭より:`, ...citations.map((c) => c.quote), accordingTo('ja', title)].join('\n')
      : [`${meta.titleEn}${published ? ` (${published})` : ''}${meta.about ? ` covers ${meta.about}.` : '.'} Its opening:`, ...citationLinesInEnglish(citations, { glossary, readings })].join('\n');
  const scored: ScoredChunk[] = chunks.map((chunk, i) => ({ chunk, score: 1 - i * 0.01 }));
  return { kind: 'answer', language, question, text, citations, passages: scored.map((s) => toPassage(s, index, language)), warnings: [] };
}
