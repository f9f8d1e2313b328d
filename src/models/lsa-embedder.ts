/**
 * The offline embedder: latent semantic analysis fitted on the knowledge itself (no weights
 * to download). Chunks become tf-idf vectors over the same tokens BM25 uses, projected onto
 * the top singular vectors of the corpus, so terms that occur in the same contexts (津波,
 * 震災, 復興…) land near each other. Questions are embedded from their glossary-expanded
 * terms, which is how English questions reach Japanese text in this space.
 */
import { normaliseForIndex } from '../knowledge/normalise.js';
import type { WeightedTerm } from '../retrieval/bm25.js';
import { tokenize } from '../retrieval/tokenizer.js';
import type { Embedder } from './embedder.js';
import { randomizedSvd } from './lsa/randomized-svd.js';
import type { CsrMatrix } from './lsa/sparse-matrix.js';

export interface LsaSettings {
  readonly dimensions: number;
  /** Terms in fewer documents than this are left out (they carry no co-occurrence signal). */
  readonly minDocumentFrequency: number;
  /** Terms in more than this share of documents are left out (they carry no topic). */
  readonly maxDocumentShare: number;
}

export const DEFAULT_LSA: LsaSettings = { dimensions: 128, minDocumentFrequency: 2, maxDocumentShare: 0.4 };

export interface LsaModelData {
  readonly terms: readonly string[];
  readonly idf: Float32Array;
  /** terms × dimensions, row-major. */
  readonly projection: Float32Array;
  readonly dimensions: number;
}

function normalise(v: Float32Array): Float32Array {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i] = v[i]! / norm;
  return v;
}

function grow(a: Int32Array | Float32Array, size: number): Int32Array | Float32Array {
  const b = new (a.constructor as Int32ArrayConstructor | Float32ArrayConstructor)(size);
  b.set(a);
  return b;
}

export class LsaEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly termIds: Map<string, number>;

  constructor(private readonly model: LsaModelData) {
    this.dimensions = model.dimensions;
    this.termIds = new Map(model.terms.map((t, i) => [t, i]));
    this.id = `lsa-${model.dimensions}-${model.terms.length}`;
  }

  /**
   * Fits LSA on `count` documents whose tokens `tokensOf(i)` yields. Two passes, so that the
   * tokens of a large corpus are never all in memory at once. Also returns the documents'
   * own embeddings, computed from the matrix rather than by tokenizing again.
   */
  static fit(count: number, tokensOf: (doc: number) => readonly string[], settings: LsaSettings = DEFAULT_LSA): { embedder: LsaEmbedder; documentVectors: Float32Array[] } {
    const df = new Map<string, number>();
    for (let d = 0; d < count; d++) for (const t of new Set(tokensOf(d))) df.set(t, (df.get(t) ?? 0) + 1);
    const terms = [...df.entries()]
      .filter(([, f]) => f >= settings.minDocumentFrequency && f <= Math.max(2, settings.maxDocumentShare * count))
      .map(([t]) => t)
      .sort();
    df.clear();
    const termIds = new Map(terms.map((t, i) => [t, i]));
    const docFreq = new Uint32Array(terms.length);
    const rowStart = new Int32Array(count + 1);
    let cols: Int32Array = new Int32Array(1024);
    let vals: Float32Array = new Float32Array(1024);
    let nnz = 0;
    for (let d = 0; d < count; d++) {
      const counts = new Map<number, number>();
      for (const t of tokensOf(d)) {
        const id = termIds.get(t);
        if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      if (nnz + counts.size > cols.length) {
        const size = Math.max(cols.length * 2, nnz + counts.size);
        cols = grow(cols, size) as Int32Array;
        vals = grow(vals, size) as Float32Array;
      }
      for (const [id, tf] of [...counts.entries()].sort((a, b) => a[0] - b[0])) {
        docFreq[id] = docFreq[id]! + 1;
        cols[nnz] = id;
        vals[nnz++] = 1 + Math.log(tf);
      }
      rowStart[d + 1] = nnz;
    }
    const idf = Float32Array.from(docFreq, (f) => Math.log((count + 1) / (f + 1)) + 1);
    // Rows: sublinear tf × idf, L2-normalised so long chunks do not dominate the axes.
    for (let d = 0; d < count; d++) {
      let norm = 0;
      for (let p = rowStart[d]!; p < rowStart[d + 1]!; p++) norm += (vals[p]! * idf[cols[p]!]!) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let p = rowStart[d]!; p < rowStart[d + 1]!; p++) vals[p] = (vals[p]! * idf[cols[p]!]!) / norm;
    }
    const matrix: CsrMatrix = { rows: count, cols: terms.length, rowStart, colIndex: cols.subarray(0, nnz), values: vals.subarray(0, nnz) };
    const k = Math.max(1, Math.min(settings.dimensions, count - 1, terms.length - 1));
    const { v } = randomizedSvd(matrix, k);
    const dims = v.cols;
    const projection = new Float32Array(terms.length * dims);
    for (let j = 0; j < dims; j++) for (let t = 0; t < terms.length; t++) projection[t * dims + j] = v.data[j * terms.length + t]!;
    const documentVectors: Float32Array[] = [];
    for (let d = 0; d < count; d++) {
      const out = new Float32Array(dims);
      for (let p = rowStart[d]!; p < rowStart[d + 1]!; p++) {
        const w = matrix.values[p]!;
        const base = matrix.colIndex[p]! * dims;
        for (let j = 0; j < dims; j++) out[j] = out[j]! + w * projection[base + j]!;
      }
      documentVectors.push(normalise(out));
    }
    return { embedder: new LsaEmbedder({ terms, idf, projection, dimensions: dims }), documentVectors };
  }

  get data(): LsaModelData {
    return this.model;
  }

  /** Embeds weighted terms (a question's expanded terms, or a document's tokens with weight 1 each). */
  embedTerms(terms: readonly WeightedTerm[]): Float32Array {
    const k = this.dimensions;
    const weights = new Map<number, number>();
    for (const { term, weight } of terms) {
      const id = this.termIds.get(term);
      if (id !== undefined) weights.set(id, (weights.get(id) ?? 0) + weight);
    }
    const out = new Float32Array(k);
    for (const [id, tf] of weights) {
      const w = (1 + Math.log(Math.max(tf, 1))) * this.model.idf[id]! * Math.min(tf, 1);
      const base = id * k;
      for (let j = 0; j < k; j++) out[j] = out[j]! + w * this.model.projection[base + j]!;
    }
    return normalise(out);
  }

  embedTokens(tokens: readonly string[]): Float32Array {
    return this.embedTerms(tokens.map((term) => ({ term, weight: 1 })));
  }

  async embedDocuments(texts: readonly string[]): Promise<number[][]> {
    return texts.map((t) => Array.from(this.embedTokens(tokenize(normaliseForIndex(t)))));
  }

  async embedQuery(text: string): Promise<number[]> {
    return Array.from(this.embedTokens(tokenize(normaliseForIndex(text))));
  }
}
