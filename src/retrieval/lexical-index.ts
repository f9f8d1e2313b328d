/**
 * The knowledge index: the reports, their chunks and a BM25 index over the chunks' cleaned
 * text. Built in milliseconds for the shipped reports, so it is rebuilt at start rather than
 * cached; the vector index (slow to build) is the part that is cached.
 */
import type { Chunk } from '../knowledge/chunk.js';
import type { Report } from '../knowledge/report.js';
import { Bm25Index, type Bm25Hit } from './bm25.js';
import type { IdfSource } from './coverage.js';
import { tokenize } from './tokenizer.js';

export class LexicalIndex implements IdfSource {
  readonly maxIdf: number;
  private readonly reportsByFile: Map<string, Report>;

  constructor(
    readonly reports: readonly Report[],
    readonly chunks: readonly Chunk[],
    private readonly bm25: Bm25Index = Bm25Index.build(chunks.length, (i) => tokenize(chunks[i]!.indexText)),
  ) {
    this.reportsByFile = new Map(reports.map((r) => [r.meta.file, r]));
    this.maxIdf = Math.log(1 + (chunks.length + 0.5) / 1.5);
  }

  report(file: string): Report {
    const r = this.reportsByFile.get(file);
    if (!r) throw new Error(`Unknown report ${file}`);
    return r;
  }

  /** Original text of a chunk. */
  originalText(chunk: Chunk): string {
    return this.report(chunk.report).text.slice(chunk.start, chunk.end);
  }

  idf(term: string): number {
    return this.bm25.idf(term);
  }

  searchGroups(groups: Parameters<Bm25Index['searchGroups']>[0], k: number): Bm25Hit[] {
    return this.bm25.searchGroups(groups, k);
  }

}
