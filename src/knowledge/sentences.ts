import { isHeading } from './heading.js';

/**
 * Splits a report's original text into sentence spans (offsets into the original), for
 * chunking and for choosing quotes. Lines broken mid-sentence by the PDF extraction stay in
 * one span; page numbers, blank lines and headings end a span.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Line extends Span {
  readonly text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n' || text[i] === '\f') {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

const SENTENCE_END = /[。！？!?]/;

/** Bullets of slide-like reports, including the private-use glyphs PDF extraction leaves. */
const BULLET = /^\s*[\uf000-\uf0ff•・●■◆◇□※→⇒➢▶①-⑳]/;

/** Sentence spans within one line: after 。！？ (and a closing bracket that follows). */
export function sentencesOfLine(line: Line): Span[] {
  const spans: Span[] = [];
  const t = line.text;
  let s = 0;
  for (let i = 0; i < t.length; i++) {
    if (SENTENCE_END.test(t[i]!)) {
      let e = i + 1;
      while (e < t.length && /[」』）)】"']/.test(t[e]!)) e++;
      pushTrimmed(spans, line.start, t, s, e);
      s = e;
      i = e - 1;
    }
  }
  pushTrimmed(spans, line.start, t, s, t.length);
  return spans;
}

function pushTrimmed(out: Span[], base: number, t: string, s: number, e: number): void {
  while (s < e && /\s/.test(t[s]!)) s++;
  while (e > s && /\s/.test(t[e - 1]!)) e--;
  if (e > s) out.push({ start: base + s, end: base + e });
}

/**
 * Sentence spans of text[from, to), where a sentence may run over several lines: PDF
 * extraction breaks lines mid-sentence, so only 。！？, a blank line or a page number ends one.
 */
export function sentenceSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0) pushTrimmed(spans, 0, text, start, end);
    start = -1;
  };
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (start < 0) {
      if (!/\s/.test(ch)) start = i;
      continue;
    }
    if (SENTENCE_END.test(ch)) {
      let e = i + 1;
      while (e < to && /[」』）)】"']/.test(text[e]!)) e++;
      close(e);
      i = e - 1;
    } else if (ch === '\n' || ch === '\f') {
      // A blank line, a page number, a bullet or a heading on the next line ends the sentence.
      const lineEnd = text.indexOf('\n', i + 1);
      const nextLine = text.slice(i + 1, lineEnd === -1 ? to : Math.min(lineEnd, to));
      if (/^\s*$/.test(nextLine) || /^\s*[0-9０-９]{1,3}\s*$/.test(nextLine) || BULLET.test(nextLine) || isHeading(nextLine)) close(i);
    }
  }
  close(to);
  return spans.filter((s) => s.end > s.start);
}
