/** A chunk with a retrieval score (a similarity: higher is better, comparable within one list). */
import type { Chunk } from '../knowledge/chunk.js';

export interface ScoredChunk {
  readonly chunk: Chunk;
  readonly score: number;
}
