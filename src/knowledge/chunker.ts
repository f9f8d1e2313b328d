/**
 * Cuts a report into chunks of a few sentences that never cross a section heading. Each
 * chunk keeps its span of the original text (for passages and quotes) and an index text that
 * is normalised, free of doubled infographic lines and page numbers, and prefixed with its
 * section heading so that a case study's paragraphs are found by the case's name.
 */
import type { Chunk } from './chunk.js';
import { isHeading } from './heading.js';
import { normaliseForIndex } from './normalise.js';
import { pageAt, type Report } from './report.js';
import { sentencesOfLine, splitLines, type Span } from './sentences.js';

export interface ChunkOptions {
  /** A chunk closes once its original text reaches this many characters. */
  readonly targetChars: number;
  /** Sentences longer than this are cut into pieces of this size. */
  readonly maxChars: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { targetChars: 260, maxChars: 520 };

function cutLong(span: Span, max: number): Span[] {
  if (span.end - span.start <= max) return [span];
  const pieces: Span[] = [];
  for (let s = span.start; s < span.end; s += max) pieces.push({ start: s, end: Math.min(span.end, s + max) });
  return pieces;
}

export function chunkReport(report: Report, options: ChunkOptions = DEFAULT_CHUNK_OPTIONS): Chunk[] {
  const text = report.text;
  const chunks: Chunk[] = [];
  let section: string | null = null;
  let pending: Span[] = [];
  let pendingIndex: string[] = [];
  let previousLine = '';
  /** Start of a heading not yet inside a chunk: the next chunk's span begins there. */
  let headingStart: number | null = null;

  const flush = () => {
    if (pending.length === 0) return;
    const start = headingStart ?? pending[0]!.start;
    headingStart = null;
    const end = pending[pending.length - 1]!.end;
    // Normalised as one text, so sentences wrapped over lines rejoin without a gap inside Japanese words.
    const body = normaliseForIndex(pendingIndex.join(' '));
    const indexText = section ? `${normaliseForIndex(section)} ${body}` : body;
    chunks.push({ id: `${report.meta.file}#${chunks.length}`, report: report.meta.file, start, end, page: pageAt(report, start), section, indexText });
    pending = [];
    pendingIndex = [];
  };
  const length = () => (pending.length ? pending[pending.length - 1]!.end - pending[0]!.start : 0);

  for (const line of splitLines(text)) {
    const trimmed = line.text.trim();
    if (trimmed.length === 0) continue;
    if (/^[0-9０-９]{1,3}$/.test(trimmed)) continue; // a page number or a lone figure value
    if (isHeading(trimmed)) {
      // A heading opens a new chunk and belongs to it: it names what follows, and can be quoted.
      flush();
      section = trimmed;
      headingStart = line.start + line.text.indexOf(trimmed);
      previousLine = normaliseForIndex(trimmed);
      continue;
    }
    const normalised = normaliseForIndex(trimmed);
    const doubled = normalised === previousLine;
    previousLine = normalised;
    for (const sentence of sentencesOfLine(line)) {
      for (const piece of cutLong(sentence, options.maxChars)) {
        if (pending.length && piece.end - pending[0]!.start > options.maxChars) flush();
        pending.push(piece);
        if (!doubled) pendingIndex.push(text.slice(piece.start, piece.end));
        if (length() >= options.targetChars) flush();
      }
    }
  }
  flush();
  return chunks.filter((c) => c.indexText.trim().length > 0);
}
