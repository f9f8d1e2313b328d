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

export class LsaEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly termIds: Map<string, number>;

  constructor(private readonly model: LsaModelData) {
    this.dimensions = model.dimensions;
    this.termIds = new Map(model.terms.map((t, i) => [t, i]));
    this.id = `lsa-${model.dimensions}-${model.terms.length}`;
  }

  static fit(documents: readonly (readonly string[])[], settings: LsaSettings = DEFAULT_LSA): LsaEmbedder {
    const df = new Map<string, number>();
    for (const doc of documents) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
    const n = documents.length;
    const terms = [...df.entries()]
      .filter(([, d]) => d >= settings.minDocumentFrequency && d <= Math.max(2, settings.maxDocumentShare * n))
      .map(([t]) => t)
      .sort();
    const termIds = new Map(terms.map((t, i) => [t, i]));
    const idf = Float32Array.from(terms, (t) => Math.log((n + 1) / (df.get(t)! + 1)) + 1);

    // Rows: sublinear tf × idf, L2-normalised so long chunks do not dominate the axes.
    const rowStart = new Int32Array(n + 1);
    const cols: number[] = [];
    const vals: number[] = [];
    documents.forEach((doc, r) => {
      const counts = new Map<number, number>();
      for (const t of doc) {
        const id = termIds.get(t);
        if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const entries = [...counts.entries()].sort((a, b) => a[0] - b[0]);
      let norm = 0;
      const weights = entries.map(([id, tf]) => {
        const w = (1 + Math.log(tf)) * idf[id]!;
        norm += w * w;
        return w;
      });
      norm = Math.sqrt(norm) || 1;
      entries.forEach(([id], i) => {
        cols.push(id);
        vals.push(weights[i]! / norm);
      });
      rowStart[r + 1] = cols.length;
    });
    const matrix: CsrMatrix = { rows: n, cols: terms.length, rowStart, colIndex: Int32Array.from(cols), values: Float32Array.from(vals) };
    const k = Math.max(1, Math.min(settings.dimensions, n - 1, terms.length - 1));
    const { v } = randomizedSvd(matrix, k);
    const projection = new Float32Array(terms.length * v.cols);
    for (let j = 0; j < v.cols; j++) for (let t = 0; t < terms.length; t++) projection[t * v.cols + j] = v.data[j * terms.length + t]!;
    return new LsaEmbedder({ terms, idf, projection, dimensions: v.cols });
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
