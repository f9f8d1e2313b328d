/** The Retriever port: lexical, vector and hybrid retrieval all implement it. */
import type { Passage } from '../core/types.js';

export interface Retriever {
  /** Top-k passages for a query, best first; `score` is a similarity (higher is better). */
  retrieve(query: string, k: number): Promise<readonly Passage[]>;
}
