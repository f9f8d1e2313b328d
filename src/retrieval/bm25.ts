/**
 * Okapi BM25 over tokenized chunks, queried by weighted concept groups so that glossary
 * expansions can count for less than the words a person typed. Postings in typed arrays.
 */

export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
}

export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

export interface Bm25Hit {
  readonly doc: number;
  /** Raw BM25 score: higher is better; comparable only within one query. */
  readonly score: number;
}

export class Bm25Index {
  private readonly termIds: Map<string, number>;
  private readonly avgLength: number;

  private constructor(
    terms: string[],
    private readonly postingDocs: Int32Array[],
    private readonly postingTfs: Uint16Array[],
    private readonly docLengths: Uint32Array,
    private readonly params: Bm25Params,
  ) {
    this.termIds = new Map(terms.map((t, i) => [t, i]));
    let sum = 0;
    for (const l of docLengths) sum += l;
    this.avgLength = docLengths.length ? sum / docLengths.length : 1;
  }

  /** Builds from `count` documents whose tokens `tokensOf(i)` yields (one at a time, to spare memory). */
  static build(count: number, tokensOf: (doc: number) => readonly string[], params: Bm25Params = DEFAULT_BM25): Bm25Index {
    const termIds = new Map<string, number>();
    const docsOf: number[][] = [];
    const tfsOf: number[][] = [];
    const lengths = new Uint32Array(count);
    for (let doc = 0; doc < count; doc++) {
      const tokens = tokensOf(doc);
      lengths[doc] = tokens.length;
      const counts = new Map<string, number>();
      for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, tf] of counts) {
        let id = termIds.get(t);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(t, id);
          docsOf.push([]);
          tfsOf.push([]);
        }
        docsOf[id]!.push(doc);
        tfsOf[id]!.push(Math.min(tf, 65535));
      }
    }
    return new Bm25Index(
      [...termIds.keys()],
      docsOf.map((d) => Int32Array.from(d)),
      tfsOf.map((t) => Uint16Array.from(t)),
      lengths,
      params,
    );
  }

  get size(): number {
    return this.docLengths.length;
  }

  /** Inverse document frequency of a term (0 when unknown). */
  idf(term: string): number {
    const id = this.termIds.get(term);
    if (id === undefined) return 0;
    const df = this.postingDocs[id]!.length;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /**
   * Top-k documents for groups of alternatives: each group is one concept spelled several
   * ways (ケベック州 / Quebec / ケベック). A spelling scores the mean of its tokens' BM25
   * (so a ten-bigram katakana name counts as one concept, not ten), a group scores its best
   * spelling, and the document sums its groups by weight. An alternative may count less than
   * the group (`discounts[i]`, 0..1: a dictionary's second translation, a synonym).
   */
  searchGroups(
    groups: readonly { readonly weight: number; readonly alternatives: readonly (readonly string[])[]; readonly discounts?: readonly number[] }[],
    k: number,
    lengthBonus = 0.25,
  ): Bm25Hit[] {
    const scores = new Float64Array(this.size);
    const { k1, b } = this.params;
    for (const group of groups) {
      const best = new Map<number, number>();
      for (const [a, alternative] of group.alternatives.entries()) {
        const discount = group.discounts?.[a] ?? 1;
        const tokens = [...new Set(alternative)];
        if (tokens.length === 0) continue;
        const sums = new Map<number, number>();
        for (const term of tokens) {
          const id = this.termIds.get(term);
          if (id === undefined) continue;
          const docs = this.postingDocs[id]!;
          const tfs = this.postingTfs[id]!;
          const idf = this.idf(term);
          for (let i = 0; i < docs.length; i++) {
            const doc = docs[i]!;
            const tf = tfs[i]!;
            const norm = k1 * (1 - b + (b * this.docLengths[doc]!) / this.avgLength);
            sums.set(doc, (sums.get(doc) ?? 0) + (idf * tf * (k1 + 1)) / (tf + norm));
          }
        }
        const scale = (discount * Math.min(2, 1 + lengthBonus * (tokens.length - 1))) / tokens.length;
        for (const [doc, sum] of sums) {
          const v = sum * scale;
          if (v > (best.get(doc) ?? 0)) best.set(doc, v);
        }
      }
      for (const [doc, v] of best) scores[doc] = scores[doc]! + group.weight * v;
    }
    return topK(scores, k);
  }

}

/** Indices of the k largest positive scores, best first. */
export function topK(scores: ArrayLike<number>, k: number): Bm25Hit[] {
  const hits: Bm25Hit[] = [];
  let floor = 0;
  for (let doc = 0; doc < scores.length; doc++) {
    const score = scores[doc]!;
    if (score <= 0 || (hits.length >= k && score <= floor)) continue;
    hits.push({ doc, score });
    if (hits.length > k * 4) {
      hits.sort((x, y) => y.score - x.score);
      hits.length = k;
      floor = hits[k - 1]!.score;
    }
  }
  hits.sort((x, y) => y.score - x.score || x.doc - y.doc);
  return hits.slice(0, k);
}
