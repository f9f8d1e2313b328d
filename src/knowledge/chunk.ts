/** A chunk of a report: a span of the original text plus the cleaned text that is indexed. */

export interface Chunk {
  /** `<report file>#<n>`: stable while the report does not change. */
  readonly id: string;
  readonly report: string;
  /** Span [start, end) in the report's original text. */
  readonly start: number;
  readonly end: number;
  readonly page: number | null;
  readonly section: string | null;
  /** The place the chunk's neighbourhood is about, when the chunk does not name it itself (chunk-topics.ts). */
  readonly topic?: string;
  /** Normalised, de-duplicated, re-joined text (what the indexes see). */
  readonly indexText: string;
}
