/**
 * How much of a question a text covers, concept by concept, weighted by how rare each
 * concept is. This is what decides "the reports do not say": a passage that matches only
 * the common words of a question covers little of it.
 */
import type { TermGroup } from './query-analysis.js';

export interface IdfSource {
  idf(term: string): number;
  /** The idf given to a term the corpus never uses: as rare as a term can be. */
  readonly maxIdf: number;
}

/** Importance of a group: mean idf of its best-known spelling (unknown words count as rare). */
export function groupImportance(group: TermGroup, idf: IdfSource): number {
  let best = 0;
  for (const alt of group.alternatives) {
    if (alt.length === 0) continue;
    let sum = 0;
    for (const t of alt) sum += idf.idf(t) || idf.maxIdf;
    best = Math.max(best, sum / alt.length);
  }
  return best * group.weight;
}

/** Fraction (0..1) of a group found in a token set: the best alternative's idf-weighted share. */
export function groupPresence(group: TermGroup, tokens: ReadonlySet<string>, idf: IdfSource): number {
  let best = 0;
  for (const alt of group.alternatives) {
    // Latin words are whole words: "TOMODACHI イニシアチブ" without "tomodachi" is another initiative.
    if (alt.some((t) => /^[a-z0-9]+$/.test(t) && !tokens.has(t)) && alt.some((t) => !/^[a-z0-9]+$/.test(t))) continue;
    let have = 0;
    let all = 0;
    for (const t of alt) {
      const w = idf.idf(t) || idf.maxIdf;
      all += w;
      if (tokens.has(t)) have += w;
    }
    if (all > 0) best = Math.max(best, have / all);
  }
  // A name matched by half its bigrams is a different name.
  return best >= 0.6 ? best : 0;
}

/** Each concept's importance and how much of it a text has. */
function weighedConcepts(groups: readonly TermGroup[], tokens: ReadonlySet<string>, idf: IdfSource): { total: number; concepts: { w: number; present: number }[] } {
  const concepts = groups.map((g) => ({ w: groupImportance(g, idf), present: groupPresence(g, tokens, idf) }));
  return { total: concepts.reduce((s, c) => s + c.w, 0), concepts };
}

export function coverage(groups: readonly TermGroup[], tokens: ReadonlySet<string>, idf: IdfSource): number {
  const { total, concepts } = weighedConcepts(groups, tokens, idf);
  return total > 0 ? concepts.reduce((s, c) => s + c.w * c.present, 0) / total : 0;
}

/**
 * The largest share of the question a text leaves out in one concept (0..1): a passage can cover
 * most of a question and still miss the one thing it asks about ("the mayor", 「予算」).
 */
export function largestGap(groups: readonly TermGroup[], tokens: ReadonlySet<string>, idf: IdfSource): number {
  const { total, concepts } = weighedConcepts(groups, tokens, idf);
  return total > 0 ? Math.max(0, ...concepts.map((c) => c.w * (1 - c.present))) / total : 0;
}
